"""Messages of the read-only dashboard."""

MESSAGES: dict[str, dict[str, str]] = {
    "guide.dashboard.title": {
        "nl": "Het dashboard: de hele workshop in één blik",
        "en": "The dashboard: the whole workshop at a glance",
    },
    "guide.dashboard.what": {
        "nl": "Bekijk de persona, de klantreis als kaart, de emotiecurve, het verschil tussen "
        "functioneel en emotioneel, de gekozen verbeteringen en wie waarvoor verantwoordelijk "
        "is. Haal de resultaten op als bestand.",
        "en": "See the persona, the journey as a map, the emotion curve, the gap between "
        "functional and emotional, the chosen improvements and who is responsible where. "
        "Take the results away as files.",
    },
    "guide.dashboard.why": {
        "nl": "Wie niet bij de workshop was, ziet hier wat het team vond en besloot, zonder iets "
        "te kunnen veranderen.",
        "en": "People who were not in the workshop see what the team found and decided, "
        "without being able to change anything.",
    },
    "guide.dashboard.example": {
        "nl": "Een manager opent het dashboard na de workshop en downloadt het rapport.",
        "en": "A manager opens the dashboard after the workshop and downloads the report.",
    },
    "guide.dashboard.time": {
        "nl": "5 minuten; het ververst vanzelf terwijl een workshop loopt.",
        "en": "5 minutes; it refreshes by itself while a workshop is running.",
    },
    "dashboard.journey": {"nl": "Klantreis", "en": "Journey"},
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
    "dashboard.file.chart": {"nl": "{chart} ({format})", "en": "{chart} ({format})"},
    "dashboard.customers": {
        "nl": "Wat klanten zeggen, naast wat het team denkt",
        "en": "What customers say, beside what the team thinks",
    },
    "dashboard.no_customers": {
        "nl": "Nog geen klantgegevens: lees een enquête in met het notebook Klantdata "
        "(notebooks/mining.ipynb), dan verschijnen de resultaten hier.",
        "en": "No customer data yet: load a survey in the customer-mining notebook "
        "(notebooks/mining.ipynb) and its results show here.",
    },
}
