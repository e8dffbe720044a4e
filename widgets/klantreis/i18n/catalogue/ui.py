"""Words every panel shares: buttons, notices, the header, errors of the page itself."""

MESSAGES: dict[str, dict[str, str]] = {
    "ui.unexpected_error": {
        "nl": "Er ging iets mis dat we niet hadden voorzien. Er is niets verloren; probeer het "
        "nog eens of vraag de begeleider om hulp.",
        "en": "Something unexpected went wrong. Nothing was lost; please try again or ask the "
        "facilitator for help.",
    },
    "ui.opening": {"nl": "De workshop wordt geopend…", "en": "Opening the workshop…"},
    "ui.guide_what": {"nl": "Wat doe je?", "en": "What to do:"},
    "ui.guide_why": {"nl": "Waarom?", "en": "Why:"},
    "ui.guide_example": {"nl": "Voorbeeld:", "en": "Example:"},
    "ui.guide_time": {"nl": "Tijd:", "en": "Time:"},
    "ui.saved": {"nl": "Opgeslagen.", "en": "Saved."},
    "ui.language": {"nl": "Taal", "en": "Language"},
    "ui.not_in_room": {
        "nl": "Dat kan niet in een geserveerde workshop: de sleutel van de zaal opent alleen "
        "deze workshop.",
        "en": "Not in a served workshop: the room's key opens this workshop only.",
    },
    "ui.read_only": {
        "nl": "Je kijkt mee: wijzigen kan hier niet.",
        "en": "You are viewing: nothing can be changed here.",
    },
    "ui.facilitator_only": {
        "nl": "Alleen de begeleider kan de opbouw van de klantreis wijzigen.",
        "en": "Only the facilitator can change the structure of the journey.",
    },
    "ui.choose_participant_first": {
        "nl": "Kies eerst wie je bent (bovenaan of in de startpagina).",
        "en": "First say who you are (at the top, or on the start page).",
    },
    "ui.journey": {"nl": "Persona en reis", "en": "Persona and journey"},
    "ui.journey_option": {"nl": "{persona} — {journey}", "en": "{persona} — {journey}"},
    "ui.you_are": {
        "nl": "Je bent {name} ({role}) in workshop '{title}'.",
        "en": "You are {name} ({role}) in workshop '{title}'.",
    },
    "ui.no_access": {
        "nl": "Deze link opent deze workshop niet. Vraag de begeleider om de link of de code "
        "om mee te doen.",
        "en": "This link does not open this workshop. Ask the facilitator for the link, or "
        "for the code to join.",
    },
    "ui.you_are_nobody": {
        "nl": "Je bent hier als {role} in workshop '{title}'.",
        "en": "You are here as {role} in workshop '{title}'.",
    },
    "ui.add": {"nl": "Toevoegen", "en": "Add"},
    "ui.save": {"nl": "Bewaren", "en": "Save"},
    "ui.delete": {"nl": "Verwijderen", "en": "Delete"},
    "ui.confirm_delete": {"nl": "Ja, verwijderen", "en": "Yes, delete"},
    "ui.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "ui.up": {"nl": "Omhoog", "en": "Up"},
    "ui.down": {"nl": "Omlaag", "en": "Down"},
    "ui.previous": {"nl": "Vorige", "en": "Previous"},
    "ui.next": {"nl": "Volgende", "en": "Next"},
    "ui.none": {"nl": "(geen)", "en": "(none)"},
    "ui.no_example": {
        "nl": "Deze opslag heeft geen voorbeeldworkshop. Met `klantreis samples` voeg je de "
        "voorbeelden toe.",
        "en": "This store has no example workshop. `klantreis samples` adds the examples.",
    },
    "ui.example_moments": {
        "nl": "Momenten van de waarheid die de kit voorstelt",
        "en": "Moments of truth the kit proposes",
    },
    "ui.example_reason.low": {"nl": "zeer laag cijfer", "en": "very low score"},
    "ui.example_reason.high": {"nl": "zeer hoog cijfer", "en": "very high score"},
    "ui.example_reason.drop": {"nl": "steile daling", "en": "steep drop"},
    "ui.example_reason.peak": {"nl": "hoogtepunt", "en": "the peak"},
    "ui.example_reason.end": {"nl": "het einde van de reis", "en": "the end of the journey"},
}
