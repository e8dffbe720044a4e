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
    "cli.usage_error": {"nl": "{prog}: fout: {message}", "en": "{prog}: error: {message}"},
    "cli.export_unknown_format": {
        "nl": "Klantreis kent het bestandstype '{suffix}' van {path} niet. Exporteer naar "
        ".json, .xlsx, .mmd (Mermaid), .zip of een map (CSV), of kies met --format een van: "
        "{formats}.",
        "en": "Klantreis does not know the file type '{suffix}' of {path}. Export to .json, "
        ".xlsx, .mmd (Mermaid), .zip or a folder (CSV), or choose one with --format: "
        "{formats}.",
    },
    "cli.import_unknown_format": {
        "nl": "Klantreis kan {path} niet importeren: het bestandstype '{suffix}' is onbekend. "
        "Importeer een .json, een .xlsx, of een .zip of map met CSV-bestanden.",
        "en": "Klantreis cannot import {path}: the file type '{suffix}' is unknown. Import a "
        ".json, an .xlsx, or a .zip or folder of CSV files.",
    },
    "cli.import_single_csv": {
        "nl": "Het bestand {path} is één CSV-bestand; een CSV-import leest een map of .zip "
        "met alle CSV-bestanden van een export: {files}.",
        "en": "The file {path} is a single CSV file; a CSV import reads a folder or .zip "
        "with all the CSV files of an export: {files}.",
    },
    "cli.import_not_zip": {
        "nl": "Het bestand {path} is geen zip-bestand (of het is beschadigd). Importeer een "
        ".zip of map met de CSV-bestanden van een export.",
        "en": "The file {path} is not a zip file (or it is damaged). Import a .zip or folder "
        "with the CSV files of an export.",
    },
    # Problems with files and folders, without the system's own (English) words.
    "cli.os.no_folder": {
        "nl": "de map {folder} bestaat niet (voor {path}). Maak hem eerst aan of kies een "
        "andere plek.",
        "en": "the folder {folder} does not exist (for {path}). Create it first or choose "
        "another place.",
    },
    "cli.os.not_found": {"nl": "{path} bestaat niet.", "en": "{path} does not exist."},
    "cli.os.permission": {
        "nl": "geen toestemming voor {path}: Klantreis mag het niet lezen of schrijven.",
        "en": "permission denied for {path}: Klantreis may not read or write it.",
    },
    "cli.os.is_folder": {"nl": "{path} is een map, geen bestand.",
                         "en": "{path} is a folder, not a file."},
    "cli.os.not_a_folder": {"nl": "een deel van {path} is een bestand, geen map.",
                            "en": "part of {path} is a file, not a folder."},
    "cli.os.exists": {"nl": "{path} bestaat al.", "en": "{path} already exists."},
    "cli.os.disk_full": {"nl": "de schijf is vol: {path} kan niet geschreven worden.",
                         "en": "the disk is full: {path} cannot be written."},
    "cli.os.read_only": {"nl": "{path} staat op een schijf die alleen gelezen kan worden.",
                         "en": "{path} is on a disk that can only be read."},
    "cli.os.other": {"nl": "{path} kan niet gebruikt worden (systeemfout {code}).",
                     "en": "{path} cannot be used (system error {code})."},
    # argparse's own messages (its %-placeholders are filled in by argparse).
    "cli.argparse.required": {"nl": "deze argumenten ontbreken: %s",
                              "en": "the following arguments are required: %s"},
    "cli.argparse.unrecognized": {"nl": "onbekende argumenten: %s",
                                  "en": "unrecognized arguments: %s"},
    "cli.argparse.invalid_choice": {
        "nl": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "cli.argparse.argument": {"nl": "argument %(argument_name)s: %(message)s",
                              "en": "argument %(argument_name)s: %(message)s"},
    "cli.argparse.invalid_value": {"nl": "ongeldige waarde %(value)r (verwacht: %(type)s)",
                                   "en": "invalid %(type)s value: %(value)r"},
    "cli.argparse.expected_one": {"nl": "hier hoort één waarde bij",
                                  "en": "expected one argument"},
    "cli.argparse.expected_at_most_one": {"nl": "hier hoort hoogstens één waarde bij",
                                          "en": "expected at most one argument"},
    "cli.argparse.expected_at_least_one": {"nl": "hier hoort minstens één waarde bij",
                                           "en": "expected at least one argument"},
    "cli.argparse.expected_count": {"nl": "hier horen %s waarde(n) bij",
                                    "en": "expected %s argument(s)"},
    "cli.argparse.ambiguous": {
        "nl": "dubbelzinnige optie: %(option)s kan elk van deze zijn: %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "cli.argparse.not_allowed_with": {"nl": "kan niet samen met %s",
                                      "en": "not allowed with argument %s"},
    "cli.argparse.ignored_value": {"nl": "waarde %r wordt genegeerd",
                                   "en": "ignored explicit argument %r"},
    "cli.argparse.one_of_required": {"nl": "een van deze argumenten is nodig: %s",
                                     "en": "one of the arguments %s is required"},
    "cli.argparse.unknown_command": {
        "nl": "onbekend commando %(parser_name)r (kies uit %(choices)s)",
        "en": "unknown command %(parser_name)r (choose from %(choices)s)",
    },
    "cli.argparse.unexpected_option": {"nl": "onverwachte optie: %s",
                                       "en": "unexpected option string: %s"},
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
    "cli.help.lang": {
        "nl": "taal van de hulp, de meldingen en wat een commando schrijft (standaard: die "
        "van het systeem; voor rapporten, kaarten en pagina's: die van de workshop)",
        "en": "language of the help, the messages and what a command writes (default: the "
        "system's; for reports, maps and pages: the workshop's)",
    },
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
        "nl": "taal van de bladen (standaard: die van de workshop, anders die van de "
        "meldingen)",
        "en": "language of the sheets (default: the workshop's, else that of the messages)",
    },
    "cli.help.page_lang": {
        "nl": "taal van de pagina's en meldingen (standaard: die van de workshop)",
        "en": "language of the pages and messages (default: the workshop's)",
    },
    "cli.serve_port_taken": {
        "nl": "Poort {port} op {host} is al in gebruik (draait klantreis serve al?). Kies een "
        "andere poort met --port, bijvoorbeeld --port {suggestion}.",
        "en": "Port {port} on {host} is already in use (is klantreis serve running already?). "
        "Choose another port with --port, for example --port {suggestion}.",
    },
    "cli.serve_port_refused": {
        "nl": "Klantreis mag niet luisteren op poort {port} van {host}. Kies een andere poort "
        "met --port (boven 1023) of een ander adres met --host.",
        "en": "Klantreis may not listen on port {port} of {host}. Choose another port with "
        "--port (above 1023) or another address with --host.",
    },
    "cli.serve_dashboard_upgrade": {
        "nl": "De opslag {path} heeft een ouder formaat (schema {found}) en het dashboard "
        "wijzigt niets, dus ook dat niet. Werk hem één keer bij met een ander commando, "
        "bijvoorbeeld: klantreis list --db {path}",
        "en": "The store {path} has an older format (schema {found}), and the dashboard "
        "changes nothing, that included. Upgrade it once with another command, for "
        "example: klantreis list --db {path}",
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
