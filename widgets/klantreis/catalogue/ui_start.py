"""Messages of the start panel."""

MESSAGES: dict[str, dict[str, str]] = {
    "start.open": {"nl": "1. Kies een workshop", "en": "1. Choose a workshop"},
    "start.workshop": {"nl": "Workshop", "en": "Workshop"},
    "start.example": {"nl": "voorbeeld", "en": "example"},
    "start.new_workshop": {"nl": "Nieuwe workshop maken", "en": "Create a new workshop"},
    "start.title_placeholder": {
        "nl": "bijv. Een koelkast kopen",
        "en": "e.g. Buying a fridge",
    },
    "start.create": {"nl": "Workshop maken", "en": "Create workshop"},
    "start.create_needs_facilitator": {
        "nl": "Alleen de begeleider maakt een nieuwe workshop: kies hieronder de rol begeleider.",
        "en": "Only the facilitator creates a new workshop: choose the facilitator role below.",
    },
    "start.created": {
        "nl": "Workshop '{title}' is gemaakt en geopend.",
        "en": "Workshop '{title}' was created and opened.",
    },
    "start.who": {"nl": "2. Wie ben je?", "en": "2. Who are you?"},
    "start.your_name": {"nl": "Jouw naam", "en": "Your name"},
    "start.new_name": {
        "nl": "Sta je er niet bij? Typ je naam",
        "en": "Not in the list? Type your name",
    },
    "start.join": {"nl": "Voeg mij toe", "en": "Add me"},
    "start.name_taken": {
        "nl": "De naam '{name}' staat al in de lijst. Ben jij dat? Kies dan die naam. Is het "
        "iemand anders, maak je naam dan uniek, bijvoorbeeld met je afdeling erbij.",
        "en": "The name '{name}' is already in the list. Is that you? Then pick that name. If "
        "it is someone else, make your name unique, for example by adding your department.",
    },
    "start.use_taken": {"nl": "Ja, dat ben ik", "en": "Yes, that is me"},
    "start.choose_name": {
        "nl": "Kies je naam hierboven, zodat je cijfers en stemmen bij jou horen.",
        "en": "Pick your name above, so your ratings and votes are yours.",
    },
    "start.language": {"nl": "Taal", "en": "Language"},
    "start.links_title": {"nl": "3. Verder naar de fasen", "en": "3. On to the phases"},
    "start.link_preparation": {"nl": "Voorbereiding", "en": "Preparation"},
    "start.link_empathy": {"nl": "Empathie", "en": "Empathy"},
    "start.link_improvement": {"nl": "Verbetering", "en": "Improvement"},
    "start.link_mining": {"nl": "Klantdata", "en": "Customer data"},
    "start.progress_preparation": {"nl": "Voorbereiding", "en": "Preparation"},
    "start.progress_empathy": {"nl": "Empathie", "en": "Empathy"},
    "start.progress_improvement": {"nl": "Verbetering", "en": "Improvement"},
    "start.progress_preparation_text": {
        "nl": "{personas} persona('s), {phases} fase(n), {steps} stap(pen) waarvan "
        "{non_touchpoints} zonder contact, {participants} deelnemer(s), {assumptions} "
        "aanname(s)",
        "en": "{personas} persona(s), {phases} phase(s), {steps} step(s) of which "
        "{non_touchpoints} non-touchpoint(s), {participants} participant(s), {assumptions} "
        "assumption(s)",
    },
    "start.progress_empathy_text": {
        "nl": "{ratings} van {possible} beoordelingen gegeven, {moments} moment(en) van de "
        "waarheid bevestigd",
        "en": "{ratings} of {possible} ratings given, {moments} moment(s) of truth confirmed",
    },
    "start.progress_improvement_text": {
        "nl": "{ideas} idee(ën), {votes} van {dots} stemmen uitgedeeld, {selected} gekozen "
        "voor de backlog",
        "en": "{ideas} idea(s), {votes} of {dots} votes given, {selected} selected for the "
        "backlog",
    },
    "guide.start.title": {"nl": "Zo begin je", "en": "How to start"},
    "guide.start.what": {
        "nl": "Kies een workshop (of maak er een als begeleider), zeg welke rol je hebt en "
        "kies je naam. Open daarna de fase waar het team mee bezig is.",
        "en": "Choose a workshop (or create one as facilitator), say which role you have and "
        "pick your name. Then open the phase the team is working on.",
    },
    "guide.start.why": {
        "nl": "Alles wat je invult, wordt meteen bewaard onder jouw naam. Zo ziet iedereen "
        "live de cijfers, ideeën en stemmen van de anderen.",
        "en": "Everything you enter is saved at once under your name, so everyone sees the "
        "others' ratings, ideas and votes live.",
    },
    "guide.start.example": {
        "nl": "Open het voorbeeld 'mountainbike' om te zien hoe een afgeronde klantreis eruitziet.",
        "en": "Open the hotel example to see what a finished journey map looks like.",
    },
    "guide.start.time": {"nl": "5 minuten.", "en": "5 minutes."},
}
