"""The one catalogue of user-facing text, in Dutch and English.

Every string a workshop participant can see goes through `t()`, so a missing translation is a
test failure instead of a half-Dutch screen. Keys are dotted: `error.*` for problems,
`field.*` for the names of the things a user types into, `value.*` for choices.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANGUAGE = "en"

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
        "nl": "Er is geen {entity} met id '{value}' in deze workshop.",
        "en": "There is no {entity} with id '{value}' in this workshop.",
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
        "nl": "{entity} '{value}' heeft {count} beoordeling(en). Bevestig dat die mee verwijderd "
        "mogen worden.",
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
    # Names of entities, as used inside messages.
    "entity.workshop": {"nl": "workshop", "en": "workshop"},
    "entity.participant": {"nl": "deelnemer", "en": "participant"},
    "entity.persona": {"nl": "persona", "en": "persona"},
    "entity.journey": {"nl": "klantreis", "en": "journey"},
    "entity.phase": {"nl": "fase", "en": "phase"},
    "entity.step": {"nl": "stap", "en": "step"},
    "entity.rating": {"nl": "beoordeling", "en": "rating"},
    "entity.moment": {"nl": "moment van de waarheid", "en": "moment of truth"},
    "entity.evidence": {"nl": "onderbouwing", "en": "evidence"},
    "entity.idea": {"nl": "idee", "en": "idea"},
    "entity.idea_step": {"nl": "koppeling idee-stap", "en": "idea-step link"},
    "entity.vote": {"nl": "stem", "en": "vote"},
    # Names of fields, as used inside messages.
    "field.id": {"nl": "Id", "en": "Id"},
    "field.title": {"nl": "Titel", "en": "Title"},
    "field.language": {"nl": "Taal", "en": "Language"},
    "field.goal": {"nl": "Doel", "en": "Goal"},
    "field.scope_kind": {"nl": "Soort reis", "en": "Kind of journey"},
    "field.scope": {"nl": "Afbakening", "en": "Scope"},
    "field.lens": {"nl": "Lens", "en": "Lens"},
    "field.vote_budget": {"nl": "Stemmen per deelnemer", "en": "Votes per participant"},
    "field.name": {"nl": "Naam", "en": "Name"},
    "field.department": {"nl": "Afdeling", "en": "Department"},
    "field.description": {"nl": "Beschrijving", "en": "Description"},
    "field.goals": {"nl": "Doelen", "en": "Goals"},
    "field.needs": {"nl": "Behoeften", "en": "Needs"},
    "field.frustrations": {"nl": "Frustraties", "en": "Frustrations"},
    "field.quote": {"nl": "Citaat", "en": "Quote"},
    "field.persona_id": {"nl": "Persona", "en": "Persona"},
    "field.journey_id": {"nl": "Klantreis", "en": "Journey"},
    "field.variant": {"nl": "Variant", "en": "Variant"},
    "field.parent_id": {"nl": "Bovenliggende fase", "en": "Parent phase"},
    "field.position": {"nl": "Positie", "en": "Position"},
    "field.brand_goal": {"nl": "Doel voor het merk", "en": "Goal for the brand"},
    "field.phase_id": {"nl": "Fase", "en": "Phase"},
    "field.kind": {"nl": "Soort stap", "en": "Kind of step"},
    "field.channel": {"nl": "Kanaal", "en": "Channel"},
    "field.online": {"nl": "Online", "en": "Online"},
    "field.doing": {"nl": "Wat de klant doet", "en": "What the customer does"},
    "field.thinking": {"nl": "Wat de klant denkt", "en": "What the customer thinks"},
    "field.feeling": {"nl": "Wat de klant voelt", "en": "What the customer feels"},
    "field.questions": {"nl": "Vragen en informatiebehoefte", "en": "Questions and information needs"},
    "field.difficulties": {"nl": "Moeilijkheden", "en": "Difficulties"},
    "field.participant_id": {"nl": "Deelnemer", "en": "Participant"},
    "field.step_id": {"nl": "Stap", "en": "Step"},
    "field.functional": {"nl": "Functioneel cijfer", "en": "Functional score"},
    "field.emotional": {"nl": "Emotioneel cijfer", "en": "Emotional score"},
    "field.comment": {"nl": "Toelichting", "en": "Comment"},
    "field.updated_at": {"nl": "Bijgewerkt op", "en": "Updated at"},
    "field.polarity": {"nl": "Richting", "en": "Polarity"},
    "field.reason": {"nl": "Reden", "en": "Reason"},
    "field.status": {"nl": "Status", "en": "Status"},
    "field.insight": {"nl": "Inzicht", "en": "Insight"},
    "field.source": {"nl": "Bron", "en": "Source"},
    "field.note": {"nl": "Notitie", "en": "Note"},
    "field.impact": {"nl": "Impact", "en": "Impact"},
    "field.effort": {"nl": "Inspanning", "en": "Effort"},
    "field.confidence": {"nl": "Zekerheid", "en": "Confidence"},
    "field.expected_effect": {"nl": "Verwacht effect op het cijfer", "en": "Expected effect on the score"},
    "field.metric": {"nl": "Meetpunt", "en": "Metric to watch"},
    "field.idea_id": {"nl": "Idee", "en": "Idea"},
    "field.votes": {"nl": "Stemmen", "en": "Votes"},
    "field.workshop_id": {"nl": "Workshop", "en": "Workshop"},
    "field.created_at": {"nl": "Gemaakt op", "en": "Created at"},
    "field.revision": {"nl": "Revisie", "en": "Revision"},
    "field.synthetic": {"nl": "Verzonnen voorbeeld", "en": "Synthetic example"},
    # Choices.
    "value.nl": {"nl": "Nederlands", "en": "Dutch"},
    "value.en": {"nl": "Engels", "en": "English"},
    "value.transaction": {"nl": "één aankoop of transactie", "en": "a single transaction"},
    "value.life_event": {"nl": "een levensgebeurtenis", "en": "a life event"},
    "value.current": {"nl": "huidige reis", "en": "current journey"},
    "value.desired": {"nl": "gewenste reis", "en": "desired journey"},
    "value.touchpoint": {"nl": "contactmoment", "en": "touchpoint"},
    "value.non_touchpoint": {"nl": "geen contactmoment", "en": "non-touchpoint"},
    "value.positive": {"nl": "positief", "en": "positive"},
    "value.negative": {"nl": "negatief", "en": "negative"},
    "value.proposed": {"nl": "voorgesteld", "en": "proposed"},
    "value.confirmed": {"nl": "bevestigd", "en": "confirmed"},
    "value.dismissed": {"nl": "verworpen", "en": "dismissed"},
    "value.assumption": {"nl": "aanname", "en": "assumption"},
    "value.interview": {"nl": "interview", "en": "interview"},
    "value.survey": {"nl": "enquête", "en": "survey"},
    "value.analytics": {"nl": "webanalyse en data", "en": "analytics"},
    "value.complaint": {"nl": "klachtenregistratie", "en": "complaint log"},
    "value.selected": {"nl": "gekozen", "en": "selected"},
    "value.rejected": {"nl": "afgewezen", "en": "rejected"},
    "value.done": {"nl": "gerealiseerd", "en": "done"},
    "value.true": {"nl": "ja", "en": "yes"},
    "value.false": {"nl": "nee", "en": "no"},
    # Names the kit gives before the team chooses its own.
    "default.persona": {"nl": "Onze klant", "en": "Our customer"},
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
    "cli.no_workshops": {"nl": "Nog geen workshops in {path}.", "en": "No workshops in {path} yet."},
    "cli.error": {"nl": "Fout: {message}", "en": "Error: {message}"},
    # Exports.
    "export.synthetic_note": {
        "nl": "Verzonnen voorbeeld: deze workshop en alle cijfers zijn bedacht om de kit te tonen.",
        "en": "Synthetic example: this workshop and all its figures were made up to show the kit.",
    },
    "mermaid.unrated": {"nl": "nog niet beoordeeld", "en": "not rated yet"},
}


def check_language(language: str) -> str:
    """Return `language` when the kit speaks it; raise otherwise, so typos fail early."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    return language


def t(key: str, language: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """Translate `key` into `language`, filling `{placeholders}` from `params`."""
    entry = MESSAGES[key]
    return entry[check_language(language)].format(**params)


def has(key: str) -> bool:
    """Whether the catalogue knows `key` (used where labels are looked up dynamically)."""
    return key in MESSAGES
