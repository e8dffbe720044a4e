"""Customer mining: reading files, the problems report, the panel, its charts and the
results kept with the workshop."""

MESSAGES: dict[str, dict[str, str]] = {
    # Files that cannot be read at all.
    "mining.error.no_file": {
        "nl": "het bestand bestaat niet of is geen bestand.",
        "en": "the file does not exist or is not a file.",
    },
    "mining.error.empty": {
        "nl": "het bestand is leeg.",
        "en": "the file is empty.",
    },
    "mining.error.no_rows": {
        "nl": "het bestand heeft kopregels maar geen gegevens.",
        "en": "the file has header rows but no data.",
    },
    "mining.error.csv_quote": {
        "nl": "een aanhalingsteken wordt geopend maar nooit gesloten; er is niets "
        "ingelezen. Herstel het bestand of exporteer het opnieuw.",
        "en": "a quotation mark is opened but never closed; nothing was imported. Repair "
        "the file or export it again.",
    },
    "mining.error.csv_fields": {
        "nl": "deze regel heeft {found} velden waar de kop {expected} kolommen heeft; er is "
        "niets ingelezen. Klopt het scheidingsteken?",
        "en": "this line has {found} fields where the header has {expected} columns; nothing "
        "was imported. Is the delimiter right?",
    },
    "mining.error.csv_newlines": {
        "nl": "de regels eindigen op twee manieren (Windows en Unix), voor het eerst anders op "
        "deze regel; er is niets ingelezen. Sla het bestand opnieuw op met één soort "
        "regeleinde, bijvoorbeeld als CSV vanuit een spreadsheet.",
        "en": "the lines end in two ways (Windows and Unix), differently for the first time "
        "on this line; nothing was imported. Save the file again with one kind of line "
        "ending, for example as CSV from a spreadsheet.",
    },
    "mining.error.encoding": {
        "nl": "de tekens in het bestand zijn niet te lezen (geen UTF-8 of Latin-1).",
        "en": "the characters in the file cannot be read (neither UTF-8 nor Latin-1).",
    },
    "mining.error.excel": {
        "nl": "dit is geen leesbaar Excel-bestand ({reason}); er is niets ingelezen.",
        "en": "this is not a readable Excel file ({reason}); nothing was imported.",
    },
    "mining.error.header_rows": {
        "nl": "het aantal kopregels moet tussen 1 en {most} liggen.",
        "en": "the number of header rows must be between 1 and {most}.",
    },
    "mining.error.role_missing": {
        "nl": "kies welke kolom '{role}' bevat: zonder die kolom kan het bestand niet "
        "gebruikt worden.",
        "en": "choose the column that holds '{role}': the file cannot be used without it.",
    },
    "mining.error.no_column": {
        "nl": "de kolom '{column}' staat niet in het bestand. Het heeft: {columns}.",
        "en": "the column '{column}' is not in the file. It has: {columns}.",
    },
    "mining.error.one_column": {
        "nl": "de kolom '{column}' staat niet in het bestand: het lijkt maar één kolom te "
        "hebben ('{found}'). Kies het juiste scheidingsteken (komma of puntkomma).",
        "en": "the column '{column}' is not in the file: it seems to have a single column "
        "('{found}'). Choose the right delimiter (comma or semicolon).",
    },
    "mining.error.scale": {
        "nl": "{field}: het laagste antwoord ({low}) moet onder het hoogste ({high}) liggen.",
        "en": "{field}: the lowest answer ({low}) must be below the highest ({high}).",
    },
    "mining.error.no_metric": {
        "nl": "Kies eerst een kolom met scores (NPS, CSAT, CES of FCR).",
        "en": "First choose a column with scores (NPS, CSAT, CES or FCR).",
    },
    "mining.error.no_date": {
        "nl": "Voor een voor/na-vergelijking is een datumkolom nodig: kies die eerst.",
        "en": "A before/after comparison needs a date column: choose it first.",
    },
    # What was decided while reading, said in the report.
    "mining.note.latin1": {
        "nl": "Het bestand is geen UTF-8 en is gelezen als Latin-1 (Windows-tekens).",
        "en": "The file is not UTF-8 and was read as Latin-1 (Windows characters).",
    },
    "mining.note.date_order_dmy": {
        "nl": "{file}: datums in '{column}' zijn gelezen als dag/maand/jaar: {count} datums passen "
        "alleen zo en geen enkele alleen als maand/dag/jaar.",
        "en": "{file}: dates in '{column}' were read as day/month/year: {count} dates fit only "
        "that way and none only as month/day/year.",
    },
    "mining.note.date_order_mdy": {
        "nl": "{file}: datums in '{column}' zijn gelezen als maand/dag/jaar: {count} datums passen "
        "alleen zo en geen enkele alleen als dag/maand/jaar.",
        "en": "{file}: dates in '{column}' were read as month/day/year: {count} dates fit only "
        "that way and none only as day/month/year.",
    },
    "mining.note.date_mixed": {
        "nl": "{file}: '{column}' mengt twee datumvolgordes: {dmy} datums passen alleen als "
        "dag/maand/jaar, {mdy} alleen als maand/dag/jaar. Datums die op beide manieren "
        "passen zijn niet geraden maar gemeld; kies de volgorde om ze wel te lezen.",
        "en": "{file}: '{column}' mixes two date orders: {dmy} dates fit only day/month/year, "
        "{mdy} only month/day/year. Dates that fit both were not guessed but reported; choose the "
        "order to read them.",
    },
    # Why a value could not be read.
    "mining.problem.missing": {
        "nl": "leeg, maar deze kolom is nodig",
        "en": "empty, but this column is needed",
    },
    "mining.problem.not_number": {
        "nl": "'{value}' is geen getal",
        "en": "'{value}' is not a number",
    },
    "mining.problem.not_whole": {
        "nl": "'{value}' is geen geheel getal op de schaal {detail}",
        "en": "'{value}' is not a whole number on the scale {detail}",
    },
    "mining.problem.out_of_range": {
        "nl": "{value} ligt buiten de schaal {detail}",
        "en": "{value} is outside the scale {detail}",
    },
    "mining.problem.not_yes_no": {
        "nl": "'{value}' is geen ja of nee",
        "en": "'{value}' is not yes or no",
    },
    "mining.problem.date_unreadable": {
        "nl": "'{value}' is geen datum die we kunnen lezen",
        "en": "'{value}' is not a date we can read",
    },
    "mining.problem.date_ambiguous": {
        "nl": "'{value}' kan dag/maand of maand/dag zijn en is niet geraden",
        "en": "'{value}' could be day/month or month/day and was not guessed",
    },
    "mining.problem.date_order": {
        "nl": "'{value}' past niet in de gekozen volgorde {detail}",
        "en": "'{value}' does not fit the chosen order {detail}",
    },
    "mining.problem.duplicate": {
        "nl": "dubbel: gelijk aan rij {detail}, die wel meetelt",
        "en": "duplicate: the same as row {detail}, which is counted",
    },
    "mining.kind.missing": {"nl": "leeg", "en": "empty"},
    "mining.kind.not_number": {"nl": "geen getal", "en": "not a number"},
    "mining.kind.not_whole": {"nl": "geen geheel getal", "en": "not a whole number"},
    "mining.kind.out_of_range": {"nl": "buiten de schaal {detail}",
                                 "en": "outside the scale {detail}"},
    "mining.kind.not_yes_no": {"nl": "geen ja of nee", "en": "not yes or no"},
    "mining.kind.date_unreadable": {"nl": "onleesbare datum", "en": "unreadable date"},
    "mining.kind.date_ambiguous": {
        "nl": "dag/maand of maand/dag: niet geraden",
        "en": "day/month or month/day: not guessed",
    },
    "mining.kind.date_order": {"nl": "past niet in {detail}", "en": "does not fit {detail}"},
    "mining.kind.duplicate": {"nl": "dubbele rij", "en": "duplicate row"},
    "mining.whole_row": {"nl": "hele rij", "en": "whole row"},
    "mining.report.totals": {
        "nl": "{rows} rijen gelezen, {kept} gebruikt, {skipped} niet gebruikt.",
        "en": "{rows} rows read, {kept} used, {skipped} not used.",
    },
    "mining.report.line": {
        "nl": "{count}× {file}, kolom '{column}': {why} (rijen {rows} …)",
        "en": "{count}× {file}, column '{column}': {why} (rows {rows} …)",
    },
    "mining.stage.read": {"nl": "Bestand lezen", "en": "Reading the file"},
    "mining.stage.check": {"nl": "Waarden controleren", "en": "Checking the values"},
    "mining.example": {
        "nl": "Gebruik de voorbeelddata (synthetisch)",
        "en": "Use the example data (synthetic)",
    },
    "mining.no_example": {
        "nl": "Deze workshop heeft geen voorbeelddata: laad een eigen bestand.",
        "en": "This workshop has no example data: load a file of your own.",
    },
    "mining.section.survey": {"nl": "1. Enquêtebestand", "en": "1. Survey file"},
    "mining.section.results": {
        "nl": "2. Enquêteresultaten en de curve van het team",
        "en": "2. Survey results and the team's curve",
    },
    "mining.section.change": {
        "nl": "3. Voor en na een verbetering",
        "en": "3. Before and after an improvement",
    },
    "mining.section.behaviour": {"nl": "4. Gedragsdata", "en": "4. Behaviour data"},
    "mining.section.problems": {
        "nl": "5. Wat niet gelezen kon worden",
        "en": "5. What could not be read",
    },
    "mining.survey_intro": {
        "nl": "Kies een CSV- of Excel-bestand met enquêteantwoorden en klik op Lezen. Kies "
        "daarna per kolom wat erin staat en koppel de labels (bijvoorbeeld een kolom "
        "'klantfase') aan stappen of fasen.",
        "en": "Choose a CSV or Excel file of survey answers and click Read. Then say what each "
        "column holds and map the labels (such as a 'journey stage' column) to steps or "
        "phases.",
    },
    "mining.events_intro": {
        "nl": "Voeg één voor één de bestanden met gebeurtenissen toe (klantnummer, tijdstip, "
        "gebeurtenis). Ze worden via het klantnummer gecombineerd.",
        "en": "Add the event files one by one (customer id, time, event). They are combined by "
        "customer id.",
    },
    "mining.change_intro": {
        "nl": "Kies de datum waarop een verbetering live ging. Antwoorden vanaf die dag tellen "
        "als 'na'. Een verandering is 'boven de ruis' als het 95%-interval van de "
        "verandering nul niet bevat.",
        "en": "Choose the date an improvement went live. Answers from that day on count as "
        "'after'. A change is 'beyond noise' when the 95% interval of the change leaves "
        "out zero.",
    },
    "mining.file": {"nl": "Bestand", "en": "File"},
    "mining.path_hint": {
        "nl": "pad naar een .csv- of .xlsx-bestand",
        "en": "path to a .csv or .xlsx file",
    },
    "mining.upload": {"nl": "Uploaden", "en": "Upload"},
    "mining.upload_hint": {
        "nl": "kies een bestand met Uploaden",
        "en": "choose a file with Upload",
    },
    "mining.served_upload": {
        "nl": "Op een gedeelde pagina kies je een bestand met Uploaden; een pad op de server "
        "typen kan hier niet.",
        "en": "On a shared page, choose a file with Upload; typing a path on the server is "
        "not possible here.",
    },
    "mining.header_rows": {"nl": "Kopregels (0 = zelf vinden)", "en": "Header rows (0 = detect)"},
    "mining.delimiter": {"nl": "Scheidingsteken", "en": "Delimiter"},
    "mining.delimiter.auto": {"nl": "zelf vinden", "en": "detect"},
    "mining.delimiter.tab": {"nl": "tab", "en": "tab"},
    "mining.read": {"nl": "Lezen", "en": "Read"},
    "mining.read_first": {"nl": "Lees eerst een bestand.", "en": "Read a file first."},
    "mining.shape": {
        "nl": "Rijen: {rows} · kolommen: {columns} · kopregels: {header_rows}.",
        "en": "{rows} rows, {columns} columns, {header_rows} header row(s).",
    },
    "mining.columns": {"nl": "Wat staat er in welke kolom?", "en": "What is in which column?"},
    "mining.labels": {
        "nl": "Welke stap of fase hoort bij elk label?",
        "en": "Which step or phase belongs to each label?",
    },
    "mining.not_on_map": {"nl": "(niet op de kaart)", "en": "(not on the map)"},
    "mining.apply": {"nl": "Toepassen en bewaren", "en": "Apply and save"},
    "mining.role.customer": {"nl": "Klantnummer", "en": "Customer id"},
    "mining.role.date": {"nl": "Datum", "en": "Date"},
    "mining.role.time": {"nl": "Tijdstip", "en": "Time"},
    "mining.role.channel": {"nl": "Kanaal", "en": "Channel"},
    "mining.role.text": {"nl": "Vrije tekst", "en": "Free text"},
    "mining.role.label": {"nl": "Plaats in de reis", "en": "Place in the journey"},
    "mining.role.event": {"nl": "Gebeurtenis", "en": "Event"},
    "mining.role.nps": {"nl": "NPS (0–10)", "en": "NPS (0–10)"},
    "mining.role.csat": {"nl": "Tevredenheid (CSAT)", "en": "Satisfaction (CSAT)"},
    "mining.role.ces": {"nl": "Klantinspanning (CES)", "en": "Effort (CES)"},
    "mining.role.segment": {"nl": "Klantsegment", "en": "Customer segment"},
    "mining.role.score": {"nl": "Score (eigen schaal)", "en": "Score (own scale)"},
    "mining.role.n": {"nl": "Aantal antwoorden (n)", "en": "Number of answers (n)"},
    "mining.role.sd": {"nl": "Standaardafwijking", "en": "Standard deviation"},
    "mining.role.fcr": {
        "nl": "Opgelost bij eerste contact (ja/nee)",
        "en": "Resolved at first contact (yes/no)",
    },
    "mining.date_order": {"nl": "Volgorde van datums", "en": "Date order"},
    "mining.date_order.auto": {"nl": "zelf vinden (niets raden)", "en": "detect (guess nothing)"},
    "mining.date_order.dmy": {"nl": "dag/maand/jaar", "en": "day/month/year"},
    "mining.date_order.mdy": {"nl": "maand/dag/jaar", "en": "month/day/year"},
    "mining.metric": {"nl": "Maat", "en": "Metric"},
    "mining.metric.nps": {"nl": "Net Promoter Score", "en": "Net Promoter Score"},
    "mining.metric.csat": {"nl": "Klanttevredenheid (CSAT)", "en": "Customer satisfaction (CSAT)"},
    "mining.metric.ces": {"nl": "Klantinspanning (CES)", "en": "Customer effort (CES)"},
    "mining.metric.score": {"nl": "Gemiddelde score", "en": "Mean score"},
    "mining.metric.fcr": {
        "nl": "Opgelost bij eerste contact (FCR)",
        "en": "First-contact resolution (FCR)",
    },
    "mining.measure.nps": {"nl": "NPS (−100 tot 100)", "en": "NPS (−100 to 100)"},
    "mining.measure.csat": {"nl": "CSAT: % tevreden", "en": "CSAT: % satisfied"},
    "mining.measure.score": {"nl": "Score: gemiddelde", "en": "Score: mean"},
    "mining.measure.ces": {"nl": "CES: gemiddelde", "en": "CES: mean"},
    "mining.measure.ces_easy": {"nl": "CES: % 'makkelijk'", "en": "CES: % 'easy'"},
    "mining.measure.fcr": {"nl": "FCR: % opgelost", "en": "FCR: % resolved"},
    "mining.by.all": {"nl": "totaal", "en": "overall"},
    "mining.by.step": {"nl": "per stap", "en": "per step"},
    "mining.by.phase": {"nl": "per fase", "en": "per phase"},
    "mining.all": {"nl": "Alles", "en": "All"},
    "mining.belief": {
        "nl": "Geloof tegenover data: waar team en klanten het het meest oneens zijn",
        "en": "Belief versus data: where team and customers disagree most",
    },
    "mining.labels_unmatched": {
        "nl": "Labels zonder stap of fase (tellen alleen in het totaal): {labels}",
        "en": "Labels without a step or phase (only counted overall): {labels}",
    },
    "mining.go_live": {"nl": "Live sinds", "en": "Live since"},
    "mining.compare": {"nl": "Vergelijken", "en": "Compare"},
    "mining.load_survey_first": {
        "nl": "Laad eerst een enquêtebestand.",
        "en": "Load a survey file first.",
    },
    "mining.analyse": {"nl": "Analyseren", "en": "Analyse"},
    "mining.no_event_sources": {
        "nl": "Voeg eerst een bestand met gebeurtenissen toe.",
        "en": "Add an event file first.",
    },
    "mining.saved_events": {
        "nl": "Bewaarde bestanden met gebeurtenissen:",
        "en": "Saved event files:",
    },
    "mining.no_report": {"nl": "Nog niets geladen.", "en": "Nothing loaded yet."},
    "mining.more_problems": {
        "nl": "… en meer: {count} problemen in totaal.",
        "en": "… and more: {count} problems in all.",
    },
    "mining.nothing": {"nl": "(niets)", "en": "(nothing)"},
    "mining.yes": {"nl": "ja", "en": "yes"},
    "mining.no": {"nl": "nee", "en": "no"},
    "mining.customers": {"nl": "Klanten", "en": "Customers"},
    "mining.customers_total": {
        "nl": "{count} klanten in de data.",
        "en": "{count} customers in the data.",
    },
    "mining.conversion": {"nl": "Doorstroom", "en": "Conversion"},
    "mining.times": {"nl": "Tijd tussen stappen (mediaan)", "en": "Time between steps (median)"},
    "mining.paths": {"nl": "Meest voorkomende routes", "en": "Most common paths"},
    "mining.unmatched": {
        "nl": "Gebeurtenissen zonder stap: contactmomenten die de kaart misschien mist",
        "en": "Events matching no step: touchpoints the map may be missing",
    },
    "mining.unseen": {
        "nl": "Stappen die niet in de data voorkomen",
        "en": "Steps never seen in the data",
    },
    "mining.low": {"nl": "Ondergrens (95%)", "en": "Lower bound (95%)"},
    "mining.high": {"nl": "Bovengrens (95%)", "en": "Upper bound (95%)"},
    "mining.test.newcombe": {
        "nl": "verschil van aandelen (Newcombe)",
        "en": "difference of shares (Newcombe)",
    },
    "mining.test.normal": {"nl": "verschil van NPS (normaal)", "en": "difference of NPS (normal)"},
    "mining.test.welch": {
        "nl": "verschil van gemiddelden (Welch)",
        "en": "difference of means (Welch)",
    },
    "mining.col.after": {"nl": "Na", "en": "After"},
    "mining.col.before": {"nl": "Voor", "en": "Before"},
    "mining.col.disagree": {
        "nl": "Oneens? (≥ 1 punt, buiten het interval)",
        "en": "Disagree? (≥ 1 point, beyond the interval)",
    },
    "mining.col.beyond_noise": {"nl": "Boven de ruis?", "en": "Beyond noise?"},
    "mining.col.change": {"nl": "Verandering", "en": "Change"},
    "mining.col.column": {"nl": "Kolom", "en": "Column"},
    "mining.col.customers": {"nl": "Klanten (1–10)", "en": "Customers (1–10)"},
    "mining.col.customers_n": {"nl": "Klanten", "en": "Customers"},
    "mining.col.difference": {"nl": "Verschil", "en": "Difference"},
    "mining.col.dropout": {"nl": "Haakt hier af", "en": "Drops out here"},
    "mining.col.event": {"nl": "Gebeurtenis", "en": "Event"},
    "mining.col.events": {"nl": "Gebeurtenissen", "en": "Events"},
    "mining.col.file": {"nl": "Bestand", "en": "File"},
    "mining.col.from": {"nl": "Van", "en": "From"},
    "mining.col.group": {"nl": "Stap of fase", "en": "Step or phase"},
    "mining.col.hours": {"nl": "Uren (mediaan)", "en": "Hours (median)"},
    "mining.col.interval": {"nl": "95%-interval", "en": "95% interval"},
    "mining.col.kind": {"nl": "Soort", "en": "Kind"},
    "mining.col.measure": {"nl": "Maat", "en": "Measure"},
    "mining.col.n": {"nl": "n", "en": "n"},
    "mining.col.n_after": {"nl": "n na", "en": "n after"},
    "mining.col.n_before": {"nl": "n voor", "en": "n before"},
    "mining.col.path": {"nl": "Route", "en": "Path"},
    "mining.col.rank": {"nl": "#", "en": "#"},
    "mining.col.row": {"nl": "Rij", "en": "Row"},
    "mining.col.share": {"nl": "Aandeel", "en": "Share"},
    "mining.col.source": {"nl": "Bron", "en": "Source"},
    "mining.col.step": {"nl": "Stap", "en": "Step"},
    "mining.col.team": {"nl": "Team (1–10)", "en": "Team (1–10)"},
    "mining.col.test": {"nl": "Toets", "en": "Test"},
    "mining.col.to": {"nl": "Naar", "en": "To"},
    "mining.col.value": {"nl": "Waarde", "en": "Value"},
    "mining.col.why": {"nl": "Waarom", "en": "Why"},
    "mining.chart.title.comparison": {
        "nl": "Wat het team denkt en wat klanten zeggen",
        "en": "What the team believes and what customers say",
    },
    "mining.chart.title.metric": {
        "nl": "Klantscores met 95%-interval",
        "en": "Customer scores with 95% interval",
    },
    "mining.chart.title.funnel": {"nl": "Klanten per fase", "en": "Customers per phase"},
    "mining.chart.funnel_note": {
        "nl": "Percentage: deel van de klanten uit de vorige fase dat deze fase daarna "
        "bereikte.",
        "en": "Percentage: share of the previous phase's customers who reached this phase "
        "afterwards.",
    },
    "mining.chart.team": {
        "nl": "Team (gemiddeld emotiecijfer)",
        "en": "Team (mean emotional score)",
    },
    "mining.chart.customers": {"nl": "Klanten (herschaald)", "en": "Customers (rescaled)"},
    "mining.chart.score": {"nl": "Cijfer (1–10)", "en": "Score (1–10)"},
    "mining.chart.method": {
        "nl": "Klanten: gemiddeld antwoord op {metric}, lineair herschaald naar 1–10 (antwoord "
        "{worst} = 1, {best} = 10).",
        "en": "Customers: mean answer on {metric}, rescaled linearly to 1–10 (answer {worst} = "
        "1, {best} = 10).",
    },
    "mining.chart.interval.t": {
        "nl": "Balkjes: 95%-interval van het gemiddelde (Student-t).",
        "en": "Bars: 95% interval of the mean (Student's t).",
    },
    "mining.chart.interval.wilson": {
        "nl": "Balkjes: 95%-interval van het aandeel (Wilson).",
        "en": "Bars: 95% interval of the share (Wilson).",
    },
    "mining.chart.interval.nps": {
        "nl": "Balkjes: 95%-interval (normale benadering van de NPS).",
        "en": "Bars: 95% interval (normal approximation of the NPS).",
    },
    "mining.kept": {
        "nl": "{metric} uit “{source}”, berekend op {date}.",
        "en": "{metric} from “{source}”, computed on {date}.",
    },
    "mining.error.top_from": {
        "nl": "De grens voor 'tevreden' of 'makkelijk' ({value}) ligt buiten de schaal "
        "{low}–{high}.",
        "en": "The threshold for 'satisfied' or 'easy' ({value}) is outside the scale "
        "{low}–{high}.",
    },
    "mining.error.aggregate_roles": {
        "nl": "Een kolom met n of standaardafwijking hoort bij een rapport met gemiddelden: "
        "zet 'Rapport met gemiddelden' aan, of kies die kolom niet.",
        "en": "A column of n or standard deviation belongs to a report of averages: turn on "
        "'Report of averages', or do not choose that column.",
    },
    "mining.error.aggregated_nps": {
        "nl": "Een rapport met gemiddelden kan geen NPS of klantnummer hebben: een NPS laat "
        "zich niet uit een gemiddelde berekenen. Kies een score, CSAT (%), CES of FCR (%).",
        "en": "A report of averages cannot have an NPS or a customer id: an NPS cannot be "
        "computed from an average. Choose a score, CSAT (%), CES or FCR (%).",
    },
    "mining.error.aggregated_wide": {
        "nl": "Een rapport met gemiddelden heeft één rij per contactmoment, geen kolom per "
        "stap: kies het een of het ander.",
        "en": "A report of averages has a row per touchpoint, not a column per step: choose "
        "one or the other.",
    },
    "mining.error.wide_and_long": {
        "nl": "In een breed bestand zijn de scores de gekozen scorekolommen per stap; kies "
        "daarnaast geen NPS-, CSAT-, CES-, FCR- of scorekolom.",
        "en": "In a wide file the scores are the chosen score columns per step; do not also "
        "choose an NPS, CSAT, CES, FCR or score column.",
    },
    "mining.note.na_labels": {
        "nl": "{file}: {count} rijen hebben in '{column}' geen waarde maar {values}: die "
        "tellen als leeg, niet als eigen label.",
        "en": "{file}: {count} rows have no value in '{column}' but {values}: counted as "
        "blank, not as a label of their own.",
    },
    "mining.note.blank_scores": {
        "nl": "{file}: {count} rijen hebben in '{column}' geen antwoord (leeg of 'N/A'): "
        "ze tellen niet mee in de n van die kolom.",
        "en": "{file}: {count} rows have no answer in '{column}' (blank or 'N/A'): they are "
        "not in that column's n.",
    },
    "mining.drop.stop": {
        "nl": "Niet toegepast: {share} van de {rows} rijen zou wegvallen. {cause} Pas de "
        "instellingen aan, of kies 'Toch toepassen' om bewust door te gaan.",
        "en": "Not applied: {share} of the {rows} rows would be dropped. {cause} Change the "
        "settings, or choose 'Apply anyway' to go on deliberately.",
    },
    "mining.drop.out_of_range": {
        "nl": "{count} antwoorden in '{column}' liggen buiten {scale}; de waarden lopen van "
        "{low} tot {high}: is de schaal {guess}?",
        "en": "{count} answers in '{column}' are outside {scale}; the values run from {low} "
        "to {high}: is the scale {guess}?",
    },
    "mining.drop.not_whole": {
        "nl": "{count} antwoorden in '{column}' zijn geen hele getallen, en een NPS is 0–10 "
        "in hele getallen: kies voor deze kolom 'Score (eigen schaal)'.",
        "en": "{count} answers in '{column}' are not whole numbers, and an NPS is 0–10 in "
        "whole numbers: choose 'Score (own scale)' for this column.",
    },
    "mining.drop.not_number": {
        "nl": "{count} waarden in '{column}' zijn geen getal: is dit de goede kolom?",
        "en": "{count} values in '{column}' are not numbers: is this the right column?",
    },
    "mining.drop.date": {
        "nl": "{count} datums in '{column}' zijn niet te lezen: kies de volgorde van datums.",
        "en": "{count} dates in '{column}' cannot be read: choose the date order.",
    },
    "mining.drop.other": {
        "nl": "{count} keer in '{column}': {why}.",
        "en": "{count} times in '{column}': {why}.",
    },
    # The label mapper (ui/mining/labels.py): many data labels to steps, by search and rule.
    "mining.label_search": {"nl": "Zoeken", "en": "Search"},
    "mining.label_search_hint": {
        "nl": "tekst of patroon, bijvoorbeeld check-in*",
        "en": "text or pattern, e.g. check-in*",
    },
    "mining.labels_all_shown": {"nl": "{total} labels.", "en": "{total} labels."},
    "mining.labels_showing": {
        "nl": "{shown} van de {total} labels getoond; zoek om de andere te vinden.",
        "en": "Showing {shown} of {total} labels; search to find others.",
    },
    "mining.labels_matching": {
        "nl": "{matching} van de {total} labels passen bij de zoekterm.",
        "en": "{matching} of {total} labels match the search.",
    },
    "mining.labels_matching_more": {
        "nl": "{shown} van de {matching} passende labels getoond ({total} in totaal); zoek "
        "preciezer om de andere te vinden.",
        "en": "Showing {shown} of {matching} matching labels ({total} in all); search more "
        "narrowly to find others.",
    },
    "mining.labels_no_match": {
        "nl": "Geen label past bij “{search}”.",
        "en": "No label matches “{search}”.",
    },
    "mining.map_to": {"nl": "Naar", "en": "To"},
    "mining.map_all": {
        "nl": "Alle {count} passende labels zo koppelen",
        "en": "Map all {count} matching labels like this",
    },
    "mining.mapped_all": {
        "nl": "{count} labels gekoppeld.",
        "en": "{count} labels mapped.",
    },
    "mining.patterns": {
        "nl": "Regels voor veel labels tegelijk (* is elke tekst, ? één teken)",
        "en": "Rules for many labels at once (* is any text, ? one character)",
    },
    "mining.pattern": {"nl": "Patroon", "en": "Pattern"},
    "mining.pattern_hint": {"nl": "bijvoorbeeld check-in*", "en": "e.g. check-in*"},
    "mining.add_rule": {"nl": "Regel toevoegen", "en": "Add rule"},
    "mining.remove_rule": {"nl": "Verwijderen", "en": "Remove"},
    "mining.pattern_rule": {
        "nl": "{pattern} → {target} ({count} labels)",
        "en": "{pattern} → {target} ({count} labels)",
    },
    "mining.pattern_off_map": {
        "nl": "{target} (niet op deze kaart)",
        "en": "{target} (not on this map)",
    },
    "mining.error.pattern_wildcard": {
        "nl": "Typ een patroon met * of ?; kies voor één label de stap in de lijst.",
        "en": "Type a pattern with * or ?; for a single label choose its step in the list.",
    },
    "mining.unmapped": {
        "nl": "Nog niet op de kaart: {labels}.",
        "en": "Not on the map yet: {labels}.",
    },
    "mining.unmapped_more": {
        "nl": "Nog niet op de kaart: {labels} en nog {count}.",
        "en": "Not on the map yet: {labels} and {count} more.",
    },
    "mining.all_mapped": {
        "nl": "Elk label staat op de kaart.",
        "en": "Every label is on the map.",
    },
    # Customers' comments per step (ui/mining/comments.py), to keep as evidence.
    "mining.comments_intro": {
        "nl": "Lees wat klanten bij een stap schreven, de laagste score eerst; bewaar een "
        "opmerking als onderbouwing bij die stap.",
        "en": "Read what customers wrote at a step, lowest score first; keep a comment as "
        "evidence for that step.",
    },
    "mining.comments_step": {"nl": "Stap", "en": "Step"},
    "mining.comments_choose": {"nl": "(kies een stap)", "en": "(choose a step)"},
    "mining.comments_none": {
        "nl": "Geen opmerkingen bij deze stap.",
        "en": "No comments on this step.",
    },
    "mining.comments_count": {
        "nl": "{shown} van de {total} opmerkingen, de laagste score eerst.",
        "en": "{shown} of {total} comments, lowest score first.",
    },
    "mining.comment_score": {"nl": "score {score}", "en": "score {score}"},
    "mining.comment_keep": {"nl": "Bewaren als onderbouwing", "en": "Keep as evidence"},
    "mining.comment_kept": {"nl": "Bewaard", "en": "Kept"},
    "mining.comment_note": {"nl": "enquête, rij {row}", "en": "survey, row {row}"},
    "mining.comment_note_no_row": {"nl": "enquête", "en": "survey"},
    "mining.apply_anyway": {"nl": "Toch toepassen", "en": "Apply anyway"},
    "mining.shape_kind": {"nl": "Vorm van het bestand", "en": "Shape of the file"},
    "mining.shape_kind.long": {"nl": "een antwoord per rij", "en": "an answer per row"},
    "mining.shape_kind.wide": {"nl": "een kolom per stap", "en": "a column per step"},
    "mining.shape_kind.aggregated": {"nl": "rapport met gemiddelden",
                                     "en": "report of averages"},
    "mining.wide_columns": {"nl": "Scorekolommen (een per stap)",
                            "en": "Score columns (one per step)"},
    "mining.wide_metric": {"nl": "Zij meten", "en": "They measure"},
    "mining.no_persona": {"nl": "(geen persona)", "en": "(no persona)"},
    "mining.segment_personas": {
        "nl": "Welke persona hoort bij elk klantsegment?",
        "en": "Which persona belongs to each customer segment?",
    },
    "mining.scale_low": {"nl": "Laagste", "en": "Lowest"},
    "mining.scale_high": {"nl": "Hoogste", "en": "Highest"},
    "mining.best": {"nl": "Beste antwoord", "en": "Best answer"},
    "mining.best.high": {"nl": "het hoogste", "en": "the highest"},
    "mining.best.low": {"nl": "het laagste (1 = zeer goed)", "en": "the lowest (1 = very good)"},
    "mining.top_from": {"nl": "Tevreden/makkelijk vanaf", "en": "Satisfied/easy from"},
    "mining.scale_of.score": {"nl": "Schaal van de score", "en": "Scale of the score"},
    "mining.scale_of.csat": {"nl": "Schaal van CSAT", "en": "Scale of CSAT"},
    "mining.scale_of.ces": {"nl": "Schaal van CES", "en": "Scale of CES"},
    "mining.seen_none": {"nl": "Geen getallen in deze kolom.",
                         "en": "No numbers in this column."},
    "mining.seen": {
        "nl": "In het bestand: van {low} tot {high}. Voorstel: {guess}. Klopt dat niet, "
        "vul dan de echte schaal in.",
        "en": "In the file: from {low} to {high}. Proposed: {guess}. If that is not right, "
        "enter the real scale.",
    },
    "mining.customers_of": {"nl": "Klanten", "en": "Customers"},
    "mining.split": {"nl": "per segment", "en": "per segment"},
    "mining.all_customers": {"nl": "alle klanten", "en": "all customers"},
    "mining.comments_title": {
        "nl": "Wat klanten schreven, laagste scores eerst",
        "en": "What customers wrote, lowest scores first",
    },
    "mining.col.segment": {"nl": "Segment", "en": "Segment"},
    "mining.aggregated_note": {
        "nl": "Uit een rapport met gemiddelden: per rij gewogen naar n, geen losse antwoorden.",
        "en": "From a report of averages: each row weighted by its n, no single answers.",
    },
    "mining.no_interval.no_n": {"nl": "geen interval: n onbekend",
                                "en": "no interval: n unknown"},
    "mining.no_interval.no_sd": {"nl": "geen interval: geen standaardafwijking",
                                 "en": "no interval: no standard deviation"},
    "mining.kept_segment": {"nl": "Klanten: {segment}.", "en": "Customers: {segment}."},
    "mining.kept_aggregated": {
        "nl": "Uit een rapport met gemiddelden, gewogen naar n.",
        "en": "From a report of averages, weighted by n.",
    },
}
