"""Problems with input, files and the store; `{field}` and `{entity}` are filled in
translated (see `field.*` and `entity.*`)."""

MESSAGES: dict[str, dict[str, str]] = {
    # Problems with input. {field} is the translated field name.
    "error.required": {
        "nl": "{field} is verplicht: vul iets in.",
        "en": "{field} is required: please fill it in.",
    },
    "error.too_long": {
        "nl": "{field} is te lang ({length} tekens): houd het bij ten hoogste {limit} tekens.",
        "en": "{field} is too long ({length} characters): keep it to {limit} characters at most.",
    },
    "error.not_text": {
        "nl": "{field} moet tekst zijn.",
        "en": "{field} must be text.",
    },
    "error.control_character": {
        "nl": "{field} bevat een onzichtbaar stuurteken op positie {position}: haal het weg.",
        "en": "{field} contains an invisible control character at position {position}: "
        "please remove it.",
    },
    "error.not_integer": {
        "nl": "{field} moet een geheel getal zijn, niet '{value}'.",
        "en": "{field} must be a whole number, not '{value}'.",
    },
    "error.not_number": {
        "nl": "{field} moet een getal zijn, niet '{value}'.",
        "en": "{field} must be a number, not '{value}'.",
    },
    "error.out_of_range": {
        "nl": "{field} moet tussen {low} en {high} liggen, niet {value}.",
        "en": "{field} must be between {low} and {high}, not {value}.",
    },
    "error.not_boolean": {
        "nl": "{field} moet ja of nee zijn, niet '{value}'.",
        "en": "{field} must be yes or no, not '{value}'.",
    },
    "error.choice": {
        "nl": "{field} moet een van deze waarden zijn: {choices}; '{value}' kan niet.",
        "en": "{field} must be one of: {choices}; '{value}' is not allowed.",
    },
    "error.unknown_id": {
        "nl": "Er is geen {entity} met id '{value}'.",
        "en": "There is no {entity} with id '{value}'.",
    },
    "error.based_on_original": {
        "nl": "Een stap van de gewenste reis hoort bij een stap van de huidige reis; '{value}' "
        "is zelf al een gewenste stap.",
        "en": "A step of the desired journey belongs to a step of the current journey; "
        "'{value}' is itself a desired step.",
    },
    "error.unknown_field": {
        "nl": "{entity} heeft geen veld '{value}'.",
        "en": "{entity} has no field '{value}'.",
    },
    "error.duplicate_name": {
        "nl": "Er is al een {entity} met de naam '{value}'. Kies een andere naam.",
        "en": "There is already a {entity} named '{value}'. Please choose another name.",
    },
    "error.has_ratings": {
        "nl": "{entity} '{value}' is al beoordeeld (beoordelingen: {count}). Bevestig dat die "
        "mee verwijderd mogen worden.",
        "en": "{entity} '{value}' has {count} rating(s). Confirm that they may be deleted too.",
    },
    "error.vote_budget": {
        "nl": "{name} heeft nog {left} van de {budget} stemmen over en kan er geen {wanted} "
        "uitdelen.",
        "en": "{name} has {left} of {budget} votes left and cannot give {wanted}.",
    },
    "error.parent_cycle": {
        "nl": "Een fase kan niet onder zichzelf of onder een eigen subfase hangen.",
        "en": "A phase cannot sit under itself or under one of its own sub-phases.",
    },
    "error.other_journey": {
        "nl": "{entity} '{value}' hoort bij een andere klantreis.",
        "en": "{entity} '{value}' belongs to another journey.",
    },
    "error.read_only": {
        "nl": "Deze workshop is alleen-lezen geopend: er kan niets worden gewijzigd.",
        "en": "This workshop is open read-only: nothing can be changed.",
    },
    "error.newer_schema": {
        "nl": "Dit bestand is gemaakt met een nieuwere versie van Klantreis (schema {found}, "
        "deze versie kent tot {known}). Werk Klantreis bij om het te openen.",
        "en": "This file was made by a newer Klantreis (schema {found}; this version knows up "
        "to {known}). Please update Klantreis to open it.",
    },
    "error.older_schema": {
        "nl": "Dit bestand heeft een ouder formaat (schema {found}). Open het één keer "
        "gewoon (niet alleen-lezen) om het bij te werken.",
        "en": "This file has an older format (schema {found}). Open it once normally "
        "(not read-only) to upgrade it.",
    },
    "error.not_a_store": {
        "nl": "'{value}' is geen Klantreis-workshopbestand.",
        "en": "'{value}' is not a Klantreis workshop file.",
    },
    "error.no_store": {
        "nl": "Er is geen workshop-opslag op '{value}'. Kies de juiste met --db, of maak er "
        "een met bijvoorbeeld klantreis samples.",
        "en": "There is no workshop store at '{value}'. Choose the right one with --db, or "
        "make one with, for example, klantreis samples.",
    },
    "error.damaged_store": {
        "nl": "De workshop-opslag '{value}' is beschadigd en kan niet gelezen worden. Zet een "
        "reservekopie ervan terug, of importeer een export van de workshop in een nieuwe "
        "opslag (klantreis import).",
        "en": "The workshop store '{value}' is damaged and cannot be read. Restore a backup "
        "of it, or import an export of the workshop into a new store (klantreis import).",
    },
    "error.server_unreachable": {
        "nl": "De databaseserver op {host}:{port} is niet bereikbaar of weigert de verbinding. "
        "Kijk of hij draait en of adres, gebruiker en wachtwoord in --db kloppen.",
        "en": "The database server at {host}:{port} cannot be reached or refuses the "
        "connection. Check that it is running and that the address, user and password in "
        "--db are right.",
    },
    "error.busy": {
        "nl": "De workshop is even bezet door andere deelnemers. Probeer het zo nog eens; "
        "er is niets verloren.",
        "en": "The workshop is busy with other participants. Please try again in a moment; "
        "nothing was lost.",
    },
    # Problems with files.
    "error.file_location": {
        "nl": "{file}{where}: {problem}",
        "en": "{file}{where}: {problem}",
    },
    "error.file_where_sheet": {"nl": ", blad '{sheet}'", "en": ", sheet '{sheet}'"},
    "error.file_where_row": {"nl": ", rij {row}", "en": ", row {row}"},
    "error.file_where_column": {"nl": ", kolom '{column}'", "en": ", column '{column}'"},
    "error.file_unreadable": {
        "nl": "het bestand kan niet gelezen worden ({reason}).",
        "en": "the file cannot be read ({reason}).",
    },
    "error.file_not_json": {
        "nl": "dit is geen geldige JSON ({reason}).",
        "en": "this is not valid JSON ({reason}).",
    },
    "error.file_format": {
        "nl": "dit is geen Klantreis-export (het veld 'format' ontbreekt of klopt niet).",
        "en": "this is not a Klantreis export (the 'format' field is missing or wrong).",
    },
    "error.file_version": {
        "nl": "formaatversie {found} wordt niet ondersteund (deze versie leest {known}).",
        "en": "format version {found} is not supported (this version reads {known}).",
    },
    "error.file_schema": {
        "nl": "de inhoud klopt niet met het formaat: {reason}",
        "en": "the content does not match the format: {reason}",
    },
    "error.file_missing_sheet": {
        "nl": "het blad '{sheet}' ontbreekt.",
        "en": "the sheet '{sheet}' is missing.",
    },
    "error.file_missing_column": {
        "nl": "de kolom '{column}' ontbreekt.",
        "en": "the column '{column}' is missing.",
    },
    "error.file_unknown_column": {
        "nl": "onbekende kolom '{column}'.",
        "en": "unknown column '{column}'.",
    },
    "error.file_duplicate_id": {
        "nl": "het id '{value}' komt twee keer voor.",
        "en": "the id '{value}' occurs twice.",
    },
    "error.file_unknown_reference": {
        "nl": "'{value}' verwijst naar iets dat niet in het bestand staat.",
        "en": "'{value}' refers to something that is not in the file.",
    },
    "error.file_one_workshop": {
        "nl": "een bestand moet precies één workshop bevatten, niet {count}.",
        "en": "a file must hold exactly one workshop, not {count}.",
    },
    "error.workshop_exists": {
        "nl": "workshop '{value}' staat al in deze opslag. Importeer met nieuwe ids of "
        "verwijder de bestaande eerst.",
        "en": "workshop '{value}' is already in this store. Import with new ids or delete "
        "the existing one first.",
    },
    # Exchange.
    "error.file_unknown_sheet": {
        "nl": "onbekend blad of onbekende tabel '{sheet}'.",
        "en": "unknown sheet or table '{sheet}'.",
    },
    "error.file_duplicate_column": {
        "nl": "de kolom '{column}' komt twee keer voor.",
        "en": "the column '{column}' occurs twice.",
    },
    "error.file_duplicate_key": {
        "nl": "de combinatie {value} komt twee keer voor.",
        "en": "the combination {value} occurs twice.",
    },
    "error.file_id_taken": {
        "nl": "het id '{value}' is in deze opslag al in gebruik. Importeer met nieuwe ids.",
        "en": "the id '{value}' is already used in this store. Import with new ids.",
    },
    "error.file_too_deep": {
        "nl": "de gegevens zijn dieper genest dan {limit} niveaus; zo ziet een "
        "Klantreis-export er niet uit.",
        "en": "the data is nested deeper than {limit} levels; a Klantreis export does not "
        "look like that.",
    },
    "error.file_number_too_long": {
        "nl": "een getal van {digits} cijfers is te lang om te lezen.",
        "en": "a number of {digits} digits is too long to read.",
    },
    "error.file_not_finite": {
        "nl": "'{value}' is geen getal dat bewaard kan worden. Vul een getal in of laat de "
        "waarde weg.",
        "en": "'{value}' is not a number that can be stored. Give a number or leave the "
        "value out.",
    },
    "error.file_encoding": {
        "nl": "de tekens in dit bestand zijn niet te lezen: het is niet als UTF-8 (of UTF-16 "
        "met byte order mark) opgeslagen, maar bijvoorbeeld als Latin-1. Sla het op als "
        "'CSV UTF-8' en importeer het opnieuw.",
        "en": "the characters in this file cannot be read: it is not saved as UTF-8 (or "
        "UTF-16 with a byte order mark) but, for example, as Latin-1. Save it as "
        "'CSV UTF-8' and import it again.",
    },
    # Versions of a journey: the snapshot a version keeps (JSON written by the kit).
    "error.version_snapshot": {
        "nl": "{field} van deze versie is niet te lezen: {reason}",
        "en": "{field} of this version cannot be read: {reason}",
    },
    "error.version_snapshot_shape": {
        "nl": "het is geen klantreis zoals de kit die bewaart.",
        "en": "it is not a journey as the kit keeps one.",
    },
    "error.version_other_journey": {
        "nl": "{field} bevat een andere klantreis ('{value}') dan die van de versie.",
        "en": "{field} holds another journey ('{value}') than the version's.",
    },
}
