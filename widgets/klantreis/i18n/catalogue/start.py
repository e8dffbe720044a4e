"""The start page: open or create a workshop, say who you are, the links onwards."""

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
    "start.link.preparation": {"nl": "Voorbereiding", "en": "Preparation"},
    "start.link.empathy": {"nl": "Empathie", "en": "Empathy"},
    "start.link.improvement": {"nl": "Verbetering", "en": "Improvement"},
    "start.link.mining": {"nl": "Klantdata", "en": "Customer data"},
    "start.progress.preparation": {"nl": "Voorbereiding", "en": "Preparation"},
    "start.progress.empathy": {"nl": "Empathie", "en": "Empathy"},
    "start.progress.improvement": {"nl": "Verbetering", "en": "Improvement"},
    "start.progress_text.preparation": {
        "nl": "persona's: {personas} · fasen: {phases} · stappen: {steps}, waarvan zonder "
        "contact: {non_touchpoints} · deelnemers: {participants} · aannames: {assumptions}",
        "en": "{personas} persona(s), {phases} phase(s), {steps} step(s) of which "
        "{non_touchpoints} non-touchpoint(s), {participants} participant(s), {assumptions} "
        "assumption(s)",
    },
    "start.progress_text.empathy": {
        "nl": "beoordelingen gegeven: {ratings} van {possible} · momenten van de waarheid "
        "bevestigd: {moments}",
        "en": "{ratings} of {possible} ratings given, {moments} moment(s) of truth confirmed",
    },
    "start.progress_text.improvement": {
        "nl": "ideeën: {ideas} · stemmen uitgedeeld: {votes} van {dots} · gekozen voor de "
        "backlog: {selected}",
        "en": "{ideas} idea(s), {votes} of {dots} votes given, {selected} selected for the "
        "backlog",
    },
}
