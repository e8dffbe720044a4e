"""The `klantreis` command: its messages and, under `cli.help.*`, its help."""

MESSAGES: dict[str, dict[str, str]] = {
    # Command line.
    "cli.samples_written": {
        "nl": "{count} voorbeeldworkshops staan in {path}.",
        "en": "{count} sample workshops are in {path}.",
    },
    "cli.exported": {"nl": "Geëxporteerd naar {path}.", "en": "Exported to {path}."},
    "cli.imported": {
        "nl": "Workshop '{title}' geïmporteerd (id {id}).",
        "en": "Imported workshop '{title}' (id {id}).",
    },
    "cli.workshop_line": {"nl": "{id}  {title}  ({language})", "en": "{id}  {title}  ({language})"},
    "cli.no_workshops": {
        "nl": "Nog geen workshops in {path}.",
        "en": "No workshops in {path} yet.",
    },
    "cli.error": {"nl": "Fout: {message}", "en": "Error: {message}"},
    "cli.help.usage": {"nl": "gebruik: ", "en": "usage: "},
    "cli.help.positionals": {"nl": "argumenten", "en": "positional arguments"},
    "cli.help.options": {"nl": "opties", "en": "options"},
    "cli.help.help": {"nl": "toon deze hulp en stop", "en": "show this help message and exit"},
    "cli.help.description": {
        "nl": "Het commando klantreis: laad de voorbeeldworkshops, toon, exporteer en "
        "importeer workshops, schrijf rapporten en grafieken, en serveer ze aan een zaal. De "
        "opslag is --db (een bestandspad of database-URL), anders $KLANTREIS_DB, anders "
        ".klantreis/workshops.db in de huidige map.",
        "en": "The klantreis command: load the sample workshops, list, export and import "
        "workshops, write reports and charts, and serve them to a room. The store is --db (a "
        "file path or database URL), else $KLANTREIS_DB, else .klantreis/workshops.db in the "
        "current directory.",
    },
    "cli.help.db": {"nl": "opslag: bestandspad of database-URL",
                    "en": "store: file path or database URL"},
    "cli.help.lang": {"nl": "taal van de hulp en de meldingen (standaard: die van het systeem)",
                      "en": "language of the help and messages (default: the system's)"},
    "cli.help.samples": {"nl": "voeg de voorbeeldworkshops toe aan de opslag",
                         "en": "add the sample workshops to the store"},
    "cli.help.force": {"nl": "ook als ze er al zijn", "en": "add them even if present"},
    "cli.help.list": {"nl": "toon de workshops in de opslag",
                      "en": "list the workshops in the store"},
    "cli.help.export": {"nl": "schrijf een workshop naar een bestand",
                        "en": "write a workshop to a file"},
    "cli.help.workshop_id": {"nl": "id van de workshop (zie `klantreis list`)",
                             "en": "workshop id (see `klantreis list`)"},
    "cli.help.export_path": {"nl": "bestand (.json, .xlsx, .mmd) of map/.zip (csv)",
                             "en": "file (.json, .xlsx, .mmd) or folder/.zip (csv)"},
    "cli.help.format": {"nl": "standaard: volgens het pad", "en": "default: from the path"},
    "cli.help.import": {"nl": "lees een workshop uit een bestand",
                        "en": "read a workshop from a file"},
    "cli.help.import_path": {"nl": ".json, .xlsx, .zip of een map met CSV-bestanden",
                             "en": ".json, .xlsx, .zip or a folder of CSV files"},
    "cli.help.new_ids": {"nl": "importeer als kopie", "en": "import as a copy"},
    "cli.help.report": {"nl": "schrijf het rapport van een reis (HTML of PDF)",
                        "en": "write a journey's report (HTML or PDF)"},
    "cli.help.report_path": {"nl": "bestand (.html of .pdf)", "en": "file (.html or .pdf)"},
    "cli.help.journey": {"nl": "id van de reis (standaard: die van de eerste persona)",
                         "en": "journey id (default: the first persona's)"},
    "cli.help.chart": {"nl": "schrijf één grafiek van een reis (PNG, SVG, PDF)",
                       "en": "write one chart of a journey (PNG, SVG, PDF)"},
    "cli.help.chart_name": {"nl": "welke grafiek", "en": "which chart"},
    "cli.help.chart_path": {"nl": "bestand (.png, .svg of .pdf)",
                            "en": "file (.png, .svg or .pdf)"},
    "cli.help.map": {
        "nl": "schrijf de klantreiskaart als afbeelding of poster (SVG, PNG, PDF op A3 of A1)",
        "en": "write the journey map as a picture or poster (SVG, PNG, PDF on A3 or A1)"},
    "cli.help.map_path": {"nl": "bestand (.svg, .png of .pdf)", "en": "file (.svg, .png or .pdf)"},
    "cli.help.desired": {"nl": "de kaart van de gewenste klantreis van die persona",
                         "en": "the map of that persona's desired journey"},
    "cli.help.size": {"nl": "papierformaat van de PDF, liggend (standaard a3)",
                      "en": "the PDF's paper size, landscape (default a3)"},
    "cli.help.serve": {"nl": "serveer de workshop-apps met Voilà en toon de links om mee te doen",
                       "en": "serve the workshop apps with Voilà and print the join links"},
    "cli.help.printables": {
        "nl": "schrijf het persona-blad, de beoordelingskaarten en de ideeënkaarten als PDF "
        "(leeg of ingevuld)",
        "en": "write the persona sheet, rating cards and idea cards as PDF (blank or filled)",
    },
    "cli.help.outdir": {"nl": "map om de PDF's in te schrijven",
                        "en": "folder to write the PDFs to"},
    "cli.help.printables_workshop": {"nl": "vul ze in vanuit deze workshop (standaard: leeg)",
                                     "en": "fill them from this workshop (default: blank)"},
    "cli.help.sheet_lang": {
        "nl": "taal van de bladen (standaard: die van de workshop, anders en)",
        "en": "language of the sheets (default: the workshop's, else en)",
    },
    "cli.help.page_lang": {
        "nl": "taal van de pagina's en meldingen (standaard: die van de workshop)",
        "en": "language of the pages and messages (default: the workshop's)",
    },
    "cli.help.serve_workshop": {"nl": "id van de workshop (standaard: de nieuwste)",
                                "en": "workshop id (default: the newest)"},
    "cli.help.host": {"nl": "adres om op te luisteren; met 0.0.0.0 kan het netwerk meedoen",
                      "en": "address to listen on; 0.0.0.0 lets the network join"},
    "cli.help.port": {"nl": "poort om op te luisteren", "en": "port to listen on"},
    "cli.help.pool": {"nl": "voorverwarmde kernels per deelnemerspagina (0: geen)",
                      "en": "preheated kernels per participant page (0: none)"},
    "cli.help.notebooks": {"nl": "map met de notebooks van de kit",
                           "en": "folder with the kit's notebooks"},
    "cli.help.dashboard": {"nl": "serveer alleen het dashboard, dat niets laat wijzigen",
                           "en": "serve only the read-only dashboard"},
    "cli.help.new_code": {
        "nl": "geef de zaal een nieuwe code om mee te doen; met de oude kan niemand meer "
        "meedoen",
        "en": "give the room a new code to join with; the old one stops letting anyone in",
    },
}
