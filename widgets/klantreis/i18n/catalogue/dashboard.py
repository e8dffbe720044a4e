"""The read-only dashboard."""

MESSAGES: dict[str, dict[str, str]] = {
    "dashboard.persona": {"nl": "Persona", "en": "Persona"},
    "dashboard.no_persona": {
        "nl": "Deze klantreis heeft nog geen persona.",
        "en": "This journey has no persona yet.",
    },
    "dashboard.map": {"nl": "De klantreis als kaart", "en": "The journey map"},
    "dashboard.no_steps": {
        "nl": "Deze klantreis heeft nog geen stappen.",
        "en": "This journey has no steps yet.",
    },
    "dashboard.lane.step": {"nl": "Stap", "en": "Step"},
    "dashboard.lane.channel": {"nl": "Kanaal en soort", "en": "Channel and kind"},
    "dashboard.lane.score": {"nl": "Emotioneel cijfer", "en": "Emotional score"},
    "dashboard.lane.moments": {"nl": "Moment van de waarheid", "en": "Moment of truth"},
    "dashboard.lane.owner": {"nl": "Eigenaar", "en": "Owner"},
    "dashboard.score": {
        "nl": "{mean} (n={n}, {low}–{high})",
        "en": "{mean} (n={n}, {low}–{high})",
    },
    "dashboard.unrated": {"nl": "nog geen cijfer", "en": "not rated yet"},
    "dashboard.curve": {"nl": "Emotiecurve", "en": "Emotion curve"},
    "dashboard.gap": {"nl": "Functioneel en emotioneel", "en": "Functional and emotional"},
    "dashboard.backlog": {"nl": "Verbeteringen op volgorde", "en": "Ranked improvements"},
    "dashboard.no_ideas": {"nl": "Nog geen ideeën.", "en": "No ideas yet."},
    "dashboard.col.rank": {"nl": "#", "en": "#"},
    "dashboard.col.ice": {"nl": "ICE", "en": "ICE"},
    "dashboard.in_backlog": {"nl": "in de backlog", "en": "in the backlog"},
    "dashboard.responsibility": {
        "nl": "Verantwoordelijkheid per fase",
        "en": "Responsibility per phase",
    },
    "dashboard.downloads": {"nl": "Downloads", "en": "Downloads"},
    "dashboard.prepare": {"nl": "Bestanden klaarmaken", "en": "Prepare files"},
    "dashboard.prepared": {
        "nl": "Klaar: klik op een bestand om het te bewaren (stand van {time}).",
        "en": "Ready: click a file to save it (as of {time}).",
    },
    "dashboard.files_failed": {
        "nl": "Deze bestanden konden niet worden gemaakt: {files}. De andere staan klaar.",
        "en": "These files could not be made: {files}. The others are ready.",
    },
    "dashboard.file.json": {"nl": "Workshop (JSON)", "en": "Workshop (JSON)"},
    "dashboard.file.xlsx": {"nl": "Workshop (Excel)", "en": "Workshop (Excel)"},
    "dashboard.file.report_html": {"nl": "Rapport (HTML)", "en": "Report (HTML)"},
    "dashboard.file.report_pdf": {"nl": "Rapport (PDF)", "en": "Report (PDF)"},
    "dashboard.file.map": {"nl": "Klantreiskaart ({format})", "en": "Journey map ({format})"},
    "dashboard.file.poster": {"nl": "Klantreiskaart als poster (PDF, {paper} liggend)",
                              "en": "Journey map as a poster (PDF, {paper} landscape)"},
    "dashboard.file.chart": {"nl": "{chart} ({format})", "en": "{chart} ({format})"},
    # File names of the downloads (made file-system safe by the dashboard).
    "dashboard.filename.report": {"nl": "rapport", "en": "report"},
    "dashboard.filename.map": {"nl": "klantreiskaart", "en": "journey-map"},
    "dashboard.filename.desired_map": {
        "nl": "gewenste-klantreiskaart",
        "en": "desired-journey-map",
    },
    "dashboard.filename.curve": {"nl": "emotiecurve", "en": "emotion-curve"},
    "dashboard.filename.gap": {"nl": "functioneel-en-emotioneel", "en": "gap"},
    "dashboard.filename.responsibility": {
        "nl": "verantwoordelijkheid",
        "en": "responsibility",
    },
    "dashboard.filename.customers": {"nl": "klanten", "en": "customers"},
    "dashboard.customers": {
        "nl": "Wat klanten zeggen, naast wat het team denkt",
        "en": "What customers say, beside what the team thinks",
    },
    "dashboard.customer_figures": {
        "nl": "Per fase en stap: wat er gemeten is",
        "en": "Per phase and step: what was measured",
    },
    "dashboard.whole_phase": {
        "nl": "{phase} (de fase als geheel)",
        "en": "{phase} (the phase as a whole)",
    },
    "dashboard.goals": {"nl": "Doelen per fase", "en": "Goals per phase"},
    "dashboard.no_goals": {
        "nl": "Geen fase heeft een doel voor het merk. Een lens met doelen geeft elke fase er "
        "een: {goals}.",
        "en": "No phase has a goal for the brand. A lens with goals gives each phase one: "
        "{goals}.",
    },
    "dashboard.evidence": {"nl": "Waar de kaart op rust", "en": "What the map rests on"},
    "dashboard.comments": {"nl": "Toelichtingen van deelnemers", "en": "Participants' comments"},
    "dashboard.no_comments": {
        "nl": "Nog geen deelnemer schreef een toelichting bij een cijfer.",
        "en": "No participant has written a comment with a rating yet.",
    },
    "dashboard.col.judged": {"nl": "Functionele cijfers", "en": "Functional scores"},
    "dashboard.no_customers": {
        "nl": "Nog geen klantgegevens: lees een enquête in met het notebook Klantdata "
        "(notebooks/mining.ipynb), dan verschijnen de resultaten hier.",
        "en": "No customer data yet: load a survey in the customer-mining notebook "
        "(notebooks/mining.ipynb) and its results show here.",
    },
}
