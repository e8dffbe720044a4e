"""The printable persona sheet, rating cards and idea cards."""

MESSAGES: dict[str, dict[str, str]] = {
    # -- shared -------------------------------------------------------------------------------
    "printables.footer": {
        "nl": "Klantreis · {sheet} · pagina {page}",
        "en": "Klantreis · {sheet} · page {page}",
    },
    "printables.workshop": {"nl": "Workshop", "en": "Workshop"},
    "printables.your_name": {"nl": "Jouw naam", "en": "Your name"},
    "printables.built": {
        "nl": "Bestanden geschreven in {path}: {count}",
        "en": "Wrote {count} file(s) to {path}",
    },
    # -- persona sheet ------------------------------------------------------------------------
    "printables.persona.sheet": {"nl": "Personablad", "en": "Persona sheet"},
    "printables.persona.intro": {
        "nl": "Wie is de klant? Schrijf vanuit wat je weet uit onderzoek en gesprekken. Zet "
        "een (A) achter alles wat een aanname is die nog niemand heeft gecontroleerd.",
        "en": "Who is the customer? Write from what research and conversations tell you. Put "
        "an (A) after anything that is an assumption nobody has checked yet.",
    },
    "printables.persona.name": {"nl": "Naam, leeftijd, rol", "en": "Name, age, role"},
    "printables.persona.journey": {"nl": "Klantreis", "en": "Journey"},
    "printables.persona.picture": {
        "nl": "Teken of plak een beeld",
        "en": "Draw or stick a picture",
    },
    "printables.persona.description": {"nl": "Korte beschrijving", "en": "Short description"},
    "printables.persona_hint.description": {
        "nl": "Leven, werk, situatie: wat doet ertoe voor deze reis?",
        "en": "Life, work, situation: what matters for this journey?",
    },
    "printables.persona.goals": {"nl": "Doelen", "en": "Goals"},
    "printables.persona_hint.goals": {
        "nl": "Wat wil deze klant bereiken?",
        "en": "What does this customer want to achieve?",
    },
    "printables.persona.needs": {"nl": "Behoeften", "en": "Needs"},
    "printables.persona_hint.needs": {
        "nl": "Wat heeft de klant onderweg nodig?",
        "en": "What does the customer need along the way?",
    },
    "printables.persona.frustrations": {"nl": "Frustraties", "en": "Frustrations"},
    "printables.persona_hint.frustrations": {
        "nl": "Wat ergert of remt de klant?",
        "en": "What annoys or holds the customer back?",
    },
    "printables.persona.quote": {"nl": "Citaat", "en": "Quote"},
    "printables.persona_hint.quote": {
        "nl": "Een zin die de klant zelf zou kunnen zeggen.",
        "en": "A sentence the customer could say in their own words.",
    },
    # -- rating cards -------------------------------------------------------------------------
    "printables.rating.sheet": {"nl": "Beoordelingskaarten", "en": "Rating cards"},
    "printables.rating.card": {"nl": "Beoordelingskaart", "en": "Rating card"},
    "printables.rating.step_of": {
        "nl": "Stap {number} van {count}",
        "en": "Step {number} of {count}",
    },
    "printables.rating.step": {"nl": "Stap", "en": "Step"},
    "printables.rating.phase": {"nl": "Fase", "en": "Phase"},
    "printables.rating.emotional": {
        "nl": "Emotioneel: hoe voelde het voor de klant?",
        "en": "Emotional: how did it feel to the customer?",
    },
    "printables.rating.functional": {
        "nl": "Functioneel: geleverd zoals beloofd en verwacht?",
        "en": "Functional: delivered as promised and expected?",
    },
    "printables.rating.faces": {
        "nl": "Omcirkel per rij één cijfer. Een gezichtje hoort bij het cijfer eronder: "
        "2 heel slecht · 4 slecht · 6 neutraal · 8 goed · 10 geweldig.",
        "en": "Circle one number in each row. A face stands for the number below it: "
        "2 very bad · 4 bad · 6 neutral · 8 good · 10 delighted.",
    },
    "printables.rating.aim": {
        "nl": "5,5 is een voldoende; het doel is een 9+.",
        "en": "5.5 is a pass; the aim is 9+.",
    },
    "printables.rating.comment": {
        "nl": "Opmerking (wat doet, denkt en voelt de klant hier?)",
        "en": "Comment (what does the customer do, think and feel here?)",
    },
    "printables.rating.no_contact": {
        "nl": "geen contactmoment",
        "en": "non-touchpoint",
    },
    "printables.rating.contact": {"nl": "contactmoment", "en": "touchpoint"},
    # -- idea cards ---------------------------------------------------------------------------
    "printables.idea.sheet": {"nl": "Ideeënkaarten", "en": "Idea cards"},
    "printables.idea.card": {"nl": "Ideeënkaart", "en": "Idea card"},
    "printables.idea.title": {"nl": "Idee", "en": "Idea"},
    "printables.idea.description": {
        "nl": "Wat verandert er voor de klant?",
        "en": "What changes for the customer?",
    },
    "printables.idea.steps": {
        "nl": "Voor welke stap(pen)? (naam of nummer van de beoordelingskaart)",
        "en": "Which step(s)? (name, or number from the rating card)",
    },
    "printables.idea.owner": {"nl": "Eigenaar (afdeling)", "en": "Owner (department)"},
    "printables.idea.impact": {"nl": "Impact", "en": "Impact"},
    "printables.idea_hint.impact": {
        "nl": "op de beleving van de klant",
        "en": "on the customer's experience",
    },
    "printables.idea.effort": {"nl": "Moeite", "en": "Effort"},
    "printables.idea_hint.effort": {
        "nl": "tijd en geld om het te doen",
        "en": "time and money to make it happen",
    },
    "printables.idea.confidence": {"nl": "Zekerheid", "en": "Confidence"},
    "printables.idea_hint.confidence": {
        "nl": "hoe zeker weten we dat het werkt?",
        "en": "how sure are we that it works?",
    },
    "printables.idea.scale": {
        "nl": "Omcirkel 1 (laag) tot 5 (hoog).",
        "en": "Circle 1 (low) to 5 (high).",
    },
    "printables.idea.effect": {
        "nl": "Verwacht effect op het emotionele cijfer",
        "en": "Expected effect on the emotional score",
    },
    "printables.idea.effect_unit": {"nl": "+ ______ punt(en)", "en": "+ ______ point(s)"},
    "printables.idea.effect_value": {"nl": "+{value} punt(en)", "en": "+{value} point(s)"},
    "printables.idea.metric": {"nl": "Meetpunt om te volgen", "en": "Metric to watch"},
    "printables.idea.votes": {
        "nl": "Stemmen: plak of zet hier je stemmen",
        "en": "Votes: put your dots here",
    },
    "printables.idea.status_selected": {
        "nl": "Gekozen voor de backlog",
        "en": "Selected for the backlog",
    },
}
