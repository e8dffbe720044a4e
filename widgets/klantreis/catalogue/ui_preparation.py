"""Messages of the preparation panel."""

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
        "nl": "Deze klantreis heeft al {count} fase(n).",
        "en": "This journey already has {count} phase(s).",
    },
    "prep.lens_confirm": {
        "nl": "Deze klantreis heeft al {count} fase(n). De fasen van de lens komen erachter. "
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
        "nl": "{touch} contactmoment(en), {non} stap(pen) zonder contact.",
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
    "prep.move_to": {"nl": "Naar fase", "en": "To phase"},
    "prep.move": {"nl": "Stap verplaatsen", "en": "Move step"},
    # Assumptions.
    "prep.new_assumption": {
        "nl": "bijv. klanten lezen de bevestigingsmail niet",
        "en": "e.g. customers do not read the confirmation e-mail",
    },
    "prep.add_assumption": {"nl": "Aanname toevoegen", "en": "Add assumption"},
    "prep.assumption_counts": {
        "nl": "{open} aanname(s) nog te toetsen, {backed} onderbouwd met een bron.",
        "en": "{open} assumption(s) still to check, {backed} backed by a source.",
    },
    # Guides.
    "guide.preparation_scope.title": {"nl": "1. Afbakening en doel", "en": "1. Scope and goal"},
    "guide.preparation_scope.what": {
        "nl": "Geef de workshop een titel, schrijf op wat hij moet opleveren en welke reis je "
        "in kaart brengt: één aankoop of een levensgebeurtenis, met begin en einde. Kies hoeveel "
        "stemmen elke deelnemer straks mag uitdelen.",
        "en": "Give the workshop a title, write down what it should deliver and which journey "
        "you map: one transaction or a life event, with its start and end. Choose how many "
        "votes each participant may give later.",
    },
    "guide.preparation_scope.why": {
        "nl": "De voorbereiding kijkt eerst vanuit de organisatie. Een scherpe afbakening "
        "voorkomt dat de groep de hele klantrelatie tegelijk probeert te vangen.",
        "en": "Preparation starts from the organisation's view. A sharp scope keeps the team "
        "from trying to capture the whole customer relationship at once.",
    },
    "guide.preparation_scope.example": {
        "nl": "'Een nieuwe mountainbike kopen: van het eerste idee tot de eerste rit.'",
        "en": "'Buying a new mountain bike: from the first idea to the first ride.'",
    },
    "guide.preparation_scope.time": {"nl": "10 minuten.", "en": "10 minutes."},
    "guide.preparation_participants.title": {"nl": "2. Deelnemers", "en": "2. Participants"},
    "guide.preparation_participants.what": {
        "nl": "Zet iedereen die meedoet in de lijst, met afdeling of rol.",
        "en": "List everyone who takes part, with their department or role.",
    },
    "guide.preparation_participants.why": {
        "nl": "Marketing, verkoop, service, management en medewerkers aan de frontlinie zien elk "
        "een ander stuk van de reis. Samen zien ze de overdrachten waar het misgaat.",
        "en": "Marketing, sales, service, management and front-line staff each see a different "
        "part of the journey. Together they see the hand-overs where it goes wrong.",
    },
    "guide.preparation_participants.example": {
        "nl": "Eva (marketing), Daan (verkoop), Fatima (klantenservice).",
        "en": "Eva (marketing), Daan (sales), Fatima (customer service).",
    },
    "guide.preparation_participants.time": {"nl": "5 minuten.", "en": "5 minutes."},
    "guide.preparation_personas.title": {"nl": "3. Persona's", "en": "3. Personas"},
    "guide.preparation_personas.what": {
        "nl": "Beschrijf wie de klant is: naam, korte beschrijving, doelen, behoeften, "
        "frustraties en een typisch citaat. Meer persona's mag; elke persona krijgt een eigen "
        "klantreis.",
        "en": "Describe who the customer is: name, short description, goals, needs, "
        "frustrations and a typical quote. Several personas are fine; each gets its own "
        "journey.",
    },
    "guide.preparation_personas.why": {
        "nl": "Een klantreis wordt altijd verteld vanuit één doelgroep. Zonder persona praat "
        "iedereen over een andere klant.",
        "en": "A journey is always told from one target group's point of view. Without a "
        "persona everyone talks about a different customer.",
    },
    "guide.preparation_personas.example": {
        "nl": "Zakenreiziger die vóór het inpakken wil weten of de kamer een strijkijzer, "
        "föhn en laptopkluis heeft.",
        "en": "A business traveller who wants to know before packing whether the room has an "
        "iron, a hair dryer and a laptop safe.",
    },
    "guide.preparation_personas.time": {"nl": "20 minuten.", "en": "20 minutes."},
    "guide.preparation_lens.title": {"nl": "4. Een lens kiezen", "en": "4. Choose a lens"},
    "guide.preparation_lens.what": {
        "nl": "Kies een sjabloon met fasen, bekijk de fasen, merkdoelen en kanalen, en voeg de "
        "fasen toe aan de gekozen klantreis. Pas ze daarna gerust aan.",
        "en": "Choose a phase template, look at its phases, brand goals and channels, and add "
        "the phases to the chosen journey. Adapt them afterwards.",
    },
    "guide.preparation_lens.why": {
        "nl": "De meeste lenzen volgen de processen van de organisatie (van binnen naar "
        "buiten) en sturen zo de blik weg van de klant. De lenzen vanuit de klant beginnen bij "
        "wat de klant zelf doet.",
        "en": "Most lenses follow the organisation's own processes (inside-out) and so pull "
        "the view away from the customer. The customer's-view lenses start from what the "
        "customer actually does.",
    },
    "guide.preparation_lens.example": {
        "nl": "Hotel: zoeken → boeken → inchecken → verblijven → uitchecken.",
        "en": "Hotel: search → book → check in → stay → check out.",
    },
    "guide.preparation_lens.time": {"nl": "10 minuten.", "en": "10 minutes."},
    "guide.preparation_phases.title": {
        "nl": "5. Fasen en stappen",
        "en": "5. Phases and steps",
    },
    "guide.preparation_phases.what": {
        "nl": "Zet de fasen op volgorde (met subfasen waar nodig) en noem onder elke fase de "
        "stappen: contactmomenten met kanaal, online of niet, en eigenaar; en stappen zonder "
        "contact, waarin de klant bezig is zonder met jullie te praten.",
        "en": "Put the phases in order (with sub-phases where useful) and list the steps under "
        "each: touchpoints with their channel, online or not, and owner; and non-touchpoints, "
        "where the customer is busy without talking to you.",
    },
    "guide.preparation_phases.why": {
        "nl": "Tussen de afdelingen, waar niemand contact heeft met de klant, gaat de beleving "
        "het vaakst mis. Die stappen zie je alleen als je ernaar vraagt.",
        "en": "Between departments, where no one is in contact with the customer, is where "
        "experiences break most often. You only see those steps if you ask for them.",
    },
    "guide.preparation_phases.example": {
        "nl": "Koelkast: vrienden om advies vragen (zonder contact) → winkel bezoeken "
        "(contact, winkel, verkoop) → ruimte in de keuken opmeten (zonder contact).",
        "en": "Fridge: ask friends for advice (non-touchpoint) → visit the shop (touchpoint, "
        "shop, sales) → measure the space in the kitchen (non-touchpoint).",
    },
    "guide.preparation_phases.time": {"nl": "30 tot 45 minuten.", "en": "30 to 45 minutes."},
    "guide.preparation_assumptions.title": {"nl": "6. Aannames", "en": "6. Assumptions"},
    "guide.preparation_assumptions.what": {
        "nl": "Schrijf op wat het team gelooft maar niet heeft gecontroleerd. Zodra een bron "
        "het onderbouwt (interview, enquête, data, klachten), zet je de bron erbij.",
        "en": "Write down what the team believes but has not checked. Once a source backs it "
        "(interview, survey, data, complaints), set the source.",
    },
    "guide.preparation_assumptions.why": {
        "nl": "Klanten doen niet altijd wat ze zeggen. Aannames die je benoemt, kun je later "
        "toetsen met klantdata in plaats van ze als feit te behandelen.",
        "en": "Customers do not always do what they say. Assumptions you name can be checked "
        "later against customer data instead of being treated as facts.",
    },
    "guide.preparation_assumptions.example": {
        "nl": "'Kopers van een mountainbike beslissen vooral in de winkel.' (aanname)",
        "en": "'Mountain bike buyers mostly decide in the shop.' (assumption)",
    },
    "guide.preparation_assumptions.time": {"nl": "10 minuten.", "en": "10 minutes."},
}
