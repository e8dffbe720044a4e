"""The preparation panel."""

MESSAGES: dict[str, dict[str, str]] = {
    # The panel.
    "prep.read_only": {
        "nl": "Je ziet de voorbereiding van de begeleider. Alleen de begeleider kan de opbouw "
        "wijzigen; jij beoordeelt straks in de empathiefase.",
        "en": "You are looking at the facilitator's preparation. Only the facilitator can "
        "change the structure; you will rate the steps in the empathy phase.",
    },
    "prep.no_journey": {
        "nl": "Er is nog geen klantreis: voeg eerst een persona toe.",
        "en": "There is no journey yet: add a persona first.",
    },
    # Scope.
    "prep.goal_placeholder": {
        "nl": "bijv. de drie grootste ergernissen bij het kopen van een koelkast vinden",
        "en": "e.g. find the three biggest annoyances when buying a fridge",
    },
    "prep.scope_placeholder": {
        "nl": "Waar begint de reis en waar eindigt hij?",
        "en": "Where does the journey start and where does it end?",
    },
    # Participants.
    "prep.add_participant": {"nl": "Deelnemer toevoegen", "en": "Add a participant"},
    "prep.new_participant": {"nl": "naam van de nieuwe deelnemer", "en": "new participant's name"},
    "prep.no_participants": {"nl": "Nog geen deelnemers.", "en": "No participants yet."},
    # Personas.
    "prep.add_persona": {"nl": "Persona toevoegen", "en": "Add a persona"},
    "prep.new_persona": {"nl": "bijv. Zakenreiziger Sanne", "en": "e.g. Business traveller Sam"},
    # Lens.
    "prep.outside_in": {"nl": "vanuit de klant", "en": "customer's view"},
    "prep.inside_out": {"nl": "vanuit de organisatie", "en": "organisation's view"},
    "prep.channels": {"nl": "Typische kanalen", "en": "Typical channels"},
    "prep.lens_nudge": {
        "nl": "Tip: kies liever een lens vanuit de klant (Activiteiten of Doelgericht), of "
        "herschrijf de fasen als wat de klant doet.",
        "en": "Tip: prefer a lens from the customer's view (Activities or Goal-oriented), or "
        "rewrite the phases as what the customer does.",
    },
    "prep.apply_lens": {
        "nl": "Fasen van deze lens toevoegen aan de klantreis",
        "en": "Add this lens's phases to the journey",
    },
    "prep.journey_empty": {
        "nl": "Deze klantreis heeft nog geen fasen.",
        "en": "This journey has no phases yet.",
    },
    "prep.journey_phases": {
        "nl": "Fasen die deze klantreis al heeft: {count}.",
        "en": "This journey already has {count} phase(s).",
    },
    "prep.lens_confirm": {
        "nl": "Fasen die deze klantreis al heeft: {count}. De fasen van de lens komen erachter. "
        "Doorgaan?",
        "en": "This journey already has {count} phase(s). The lens's phases will be added "
        "after them. Go ahead?",
    },
    "prep.lens_yes": {"nl": "Ja, toevoegen", "en": "Yes, add them"},
    # Phases and steps.
    "prep.new_phase": {"nl": "naam van de nieuwe fase", "en": "new phase's name"},
    "prep.add_phase": {"nl": "Fase toevoegen", "en": "Add phase"},
    "prep.add_subphase": {
        "nl": "Subfase onder de gekozen fase",
        "en": "Sub-phase under the chosen phase",
    },
    "prep.choose_phase": {"nl": "Kies eerst een fase.", "en": "Choose a phase first."},
    "prep.no_phases": {
        "nl": "Nog geen fasen. Kies een lens of voeg zelf een fase toe.",
        "en": "No phases yet. Choose a lens or add a phase yourself.",
    },
    "prep.touchpoints": {"nl": "Contactmomenten", "en": "Touchpoints"},
    "prep.non_touchpoints": {"nl": "Zonder contact", "en": "Non-touchpoints"},
    "prep.missing": {"nl": "ontbreekt", "en": "missing"},
    "prep.counts": {
        "nl": "Contactmomenten: {touch} · stappen zonder contact: {non}.",
        "en": "{touch} touchpoint(s), {non} non-touchpoint(s).",
    },
    "prep.nudge_non_touchpoints": {
        "nl": "Deze fase heeft nog geen stap zonder contact. Waar is de klant bezig zonder "
        "met jullie te praten? Bijvoorbeeld een koffer inpakken of vrienden om advies vragen.",
        "en": "This phase has no non-touchpoint yet. Where is the customer busy without "
        "talking to you? e.g. packing a suitcase, asking friends for advice.",
    },
    "prep.steps_of": {"nl": "Stappen in fase", "en": "Steps in phase"},
    "prep.new_step": {"nl": "naam van de nieuwe stap", "en": "new step's name"},
    "prep.add_step": {"nl": "Stap toevoegen", "en": "Add step"},
    "prep.same_moment_hint": {
        "nl": "bijv. Betalen: hetzelfde label bij dit moment in elk kanaal",
        "en": "e.g. Pay: the same label for this moment in every channel",
    },
    "prep.no_target": {"nl": "(nog niet gekozen)", "en": "(not set)"},
    "prep.based_on": {
        "nl": "Gewenste klantreis: deze stap verandert de stap '{step}' van vandaag.",
        "en": "Desired journey: this step changes today's step '{step}'.",
    },
    "prep.new_in_desired": {
        "nl": "Gewenste klantreis: een nieuwe stap, die er vandaag niet is.",
        "en": "Desired journey: a new step, not there today.",
    },
    "prep.blueprint": {
        "nl": "Service blueprint (optioneel): onder de zichtlijn",
        "en": "Service blueprint (optional): below the line of visibility",
    },
    "prep.move_to": {"nl": "Naar fase", "en": "To phase"},
    "prep.move": {"nl": "Stap verplaatsen", "en": "Move step"},
    # Assumptions.
    "prep.new_assumption": {
        "nl": "bijv. klanten lezen de bevestigingsmail niet",
        "en": "e.g. customers do not read the confirmation e-mail",
    },
    "prep.add_assumption": {"nl": "Aanname toevoegen", "en": "Add assumption"},
    "prep.assumption_counts": {
        "nl": "Aannames nog te toetsen: {open} · onderbouwd met een bron: {backed}.",
        "en": "{open} assumption(s) still to check, {backed} backed by a source.",
    },
}
