"""A workshop served to a room: the participant's page (joining, what the facilitator has
opened, the time box) and the facilitator's room controls."""

MESSAGES: dict[str, dict[str, str]] = {
    # -- the participant's page: joining ---------------------------------------------------
    "room.code_title": {"nl": "Doe mee met de workshop", "en": "Join the workshop"},
    "room.code_help": {
        "nl": "Typ de code van zes tekens die de begeleider laat zien.",
        "en": "Type the six-character code the facilitator shows.",
    },
    "room.code_label": {"nl": "Code", "en": "Code"},
    "room.code_button": {"nl": "Verder", "en": "Continue"},
    "room.code_wrong": {
        "nl": "Met die code kom je niet in deze workshop. Kijk de code na bij de begeleider.",
        "en": "That code does not open this workshop. Check it with the facilitator.",
    },
    "room.name_title": {"nl": "Hoe heet je?", "en": "What is your name?"},
    "room.name_help": {
        "nl": "Zo ziet de begeleider wie er meedoet. Je cijfers blijven van jou.",
        "en": "So the facilitator sees who takes part. Your scores stay yours.",
    },
    "room.join_button": {"nl": "Doe mee", "en": "Join"},
    "room.name_taken": {
        "nl": "In deze workshop heet al iemand '{name}'. Ben jij dat op een ander apparaat? "
        "Open daar je persoonlijke link. Anders: zet je achternaam of een initiaal erbij.",
        "en": "Someone in this workshop is already called '{name}'. Is that you on another "
        "device? Open your personal link there. Otherwise, add your surname or an initial.",
    },
    "room.served_only": {
        "nl": "Dit is de pagina voor deelnemers aan een workshop die de begeleider deelt met "
        "klantreis serve: open hem via de deelnamelink of de QR-code. Op je eigen computer "
        "werk je in de fasenotebooks.",
        "en": "This is the page for participants of a workshop the facilitator serves with "
        "klantreis serve: open it from the join link or the QR code. On your own computer, "
        "work in the phase notebooks.",
    },
    "room.not_now": {
        "nl": "Dat kan nu niet: de begeleider heeft iets anders geopend.",
        "en": "Not now: the facilitator has opened something else.",
    },
    "room.personal_link": {
        "nl": "Je persoonlijke link, voor een ander apparaat",
        "en": "Your personal link, for another device",
    },
    # -- the participant's page: what is open now ----------------------------------------
    "room.now.waiting": {
        "nl": "De begeleider begint zo. Maak alvast kennis met de klant wiens reis we lopen.",
        "en": "The facilitator starts in a moment. Meet the customer whose journey we walk.",
    },
    "room.now.preparation": {
        "nl": "Leer de klant en zijn reis kennen.",
        "en": "Get to know the customer and the journey.",
    },
    "room.now.empathy": {
        "nl": "Geef de stap een cijfer zoals de klant hem beleeft.",
        "en": "Give the step a grade as the customer lives it.",
    },
    "room.now.improvement": {
        "nl": "Bedenk verbeteringen en verdeel je stemmen.",
        "en": "Think of improvements and place your dots.",
    },
    "room.pace.follow": {
        "nl": "De begeleider kiest de stap; je scherm volgt vanzelf.",
        "en": "The facilitator picks the step; your screen follows by itself.",
    },
    "room.pace.own": {
        "nl": "Loop de stappen in je eigen tempo.",
        "en": "Go through the steps at your own pace.",
    },
    "room.no_step": {
        "nl": "Nog geen stap gekozen: wacht even op de begeleider.",
        "en": "No step chosen yet: wait a moment for the facilitator.",
    },
    "room.time_left": {"nl": "Nog", "en": "Time left"},
    "room.time_up": {"nl": "De tijd is om", "en": "Time is up"},
    "room.hidden": {
        "nl": "De cijfers van het team verschijnen zodra de begeleider ze laat zien: zo "
        "oordeelt ieder eerst zelf.",
        "en": "The team's figures appear once the facilitator shows them: everyone judges "
        "on their own first.",
    },
    "room.version_placeholder": {
        "nl": "Naam van een versie, bijv. 'Na de workshop van maart'",
        "en": "A version's name, e.g. 'After the March workshop'",
    },
    "room.save_version": {"nl": "Reis bewaren als versie", "en": "Keep the journey as a version"},
    "room.version_saved": {
        "nl": "Versie '{name}' bewaard. Vergelijk versies op het dashboard.",
        "en": "Version '{name}' kept. Compare versions on the dashboard.",
    },
    "room.team_curve": {"nl": "De curve van het team", "en": "The team's curve"},
    # -- the facilitator's room controls ---------------------------------------------------
    "room.console": {"nl": "De zaal", "en": "The room"},
    "room.new_code": {"nl": "Nieuwe code", "en": "New code"},
    "room.new_code_done": {
        "nl": "De nieuwe code is {code}; met de oude kan niemand meer meedoen.",
        "en": "The new code is {code}; the old one no longer lets anyone join.",
    },
    "room.people": {"nl": "Wie doet mee ({count})", "en": "Who has joined ({count})"},
    "room.nobody": {"nl": "Nog niemand.", "en": "Nobody yet."},
    "room.person": {
        "nl": "{name}: stappen beoordeeld: {rated} van {steps} · stemmen: {dots}",
        "en": "{name}: rated {rated} of {steps} steps, {dots} dots",
    },
    "room.rename": {"nl": "Andere naam", "en": "Rename"},
    "room.new_link": {"nl": "Nieuwe link", "en": "New link"},
    "room.new_link_done": {
        "nl": "De persoonlijke link van {name}, om door te geven: {url}",
        "en": "{name}'s personal link, to pass on: {url}",
    },
    "room.remove": {"nl": "Verwijderen", "en": "Remove"},
    "room.remove_confirm": {
        "nl": "{name} verwijderen, met alle cijfers en stemmen?",
        "en": "Remove {name}, with all their grades and dots?",
    },
    "room.removed": {
        "nl": "{name} is verwijderd; die link werkt niet meer.",
        "en": "{name} is removed; their link no longer works.",
    },
    "room.renamed": {"nl": "De naam is nu {name}.", "en": "The name is now {name}."},
    "room.part": {"nl": "Deelnemers zien nu", "en": "Participants see"},
    "room.pace": {"nl": "Tempo", "en": "Pace"},
    "room.reveal_show": {
        "nl": "Laat de cijfers van het team zien",
        "en": "Show the team's figures",
    },
    "room.reveal_hide": {"nl": "Verberg de cijfers weer", "en": "Hide the figures again"},
    "room.timebox": {"nl": "Tijd (minuten)", "en": "Time box (minutes)"},
    "room.start_timer": {"nl": "Start de tijd", "en": "Start the clock"},
    "room.stop_timer": {"nl": "Stop de tijd", "en": "Stop the clock"},
    "room.rated": {
        "nl": "{count} van {total} hebben deze stap beoordeeld.",
        "en": "{count} of {total} have rated this step.",
    },
    "room.voted": {
        "nl": "{count} van {total} hebben gestemd.",
        "en": "{count} of {total} have voted.",
    },
    "room.curve_hidden": {
        "nl": "De curve blijft verborgen tot je hem laat zien: {count} van {total} hebben "
        "deze stap beoordeeld.",
        "en": "The curve stays hidden until you show it: {count} of {total} have rated this "
        "step.",
    },
    "room.moments_hidden": {
        "nl": "De voorgestelde momenten van de waarheid verschijnen samen met de curve.",
        "en": "The proposed moments of truth appear with the curve.",
    },
    "room.votes_hidden": {
        "nl": "De stemmen blijven verborgen tot je ze laat zien: {count} van {total} hebben "
        "gestemd.",
        "en": "The votes stay hidden until you show them: {count} of {total} have voted.",
    },
}
