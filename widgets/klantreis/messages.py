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
    "field.questions": {
        "nl": "Vragen en informatiebehoefte",
        "en": "Questions and information needs",
    },
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
    "field.expected_effect": {
        "nl": "Verwacht effect op het cijfer",
        "en": "Expected effect on the score",
    },
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
    # Charts.
    "chart.step": {"nl": "Stap", "en": "Step"},
    "chart.emotional_score": {"nl": "Emotioneel cijfer (1–10)", "en": "Emotional score (1–10)"},
    "chart.mean": {"nl": "Gemiddelde", "en": "Mean"},
    "chart.ratings": {"nl": "Aantal beoordelingen", "en": "Number of ratings"},
    "chart.aim_line": {"nl": "9+: het doel", "en": "9+: the aim"},
    "chart.pass_line": {"nl": "voldoende (5,5)", "en": "pass line (5.5)"},
    "chart.title.emotion_curve": {"nl": "Emotiecurve", "en": "Emotion curve"},
    "chart.title.gap": {
        "nl": "Functioneel tegenover emotioneel cijfer",
        "en": "Functional against emotional score",
    },
    "chart.title.impact_effort": {"nl": "Impact en inspanning", "en": "Impact and effort"},
    "chart.title.idea_ranking": {"nl": "Stemmen per idee", "en": "Votes per idea"},
    "chart.title.responsibility": {
        "nl": "Welke afdeling speelt mee in welke fase",
        "en": "Which department plays a part in which phase",
    },
    "chart.title.channels": {
        "nl": "Dezelfde stap op verschillende kanalen",
        "en": "The same step on different channels",
    },
    "chart.curve_note": {
        "nl": "Punt: gemiddelde per stap · balk: laagste tot hoogste cijfer",
        "en": "Dot: mean per step · bar: lowest to highest rating",
    },
    "chart.individual_note": {
        "nl": "grijs: cijfer van één deelnemer",
        "en": "grey: one participant's rating",
    },
    "chart.no_steps": {"nl": "Nog geen stappen.", "en": "No steps yet."},
    "chart.no_ratings": {"nl": "Nog geen beoordelingen.", "en": "No ratings yet."},
    "chart.no_ideas": {"nl": "Nog geen ideeën.", "en": "No ideas yet."},
    "chart.current": {"nl": "huidige reis", "en": "current journey"},
    "chart.desired": {"nl": "gewenste reis", "en": "desired journey"},
    "chart.disagreement": {
        "nl": "deelnemers oneens (spreiding ≥ 2)",
        "en": "participants disagree (spread ≥ 2)",
    },
    "chart.phase": {"nl": "Fase", "en": "Phase"},
    "chart.lowest": {"nl": "Laagste cijfer", "en": "Lowest rating"},
    "chart.highest": {"nl": "Hoogste cijfer", "en": "Highest rating"},
    "chart.moments": {"nl": "Moment van de waarheid", "en": "Moment of truth"},
    "chart.reason": {"nl": "Waarom", "en": "Why"},
    "chart.reason.low": {"nl": "zeer laag cijfer", "en": "very low score"},
    "chart.reason.drop": {"nl": "steile daling", "en": "steep drop"},
    "chart.reason.high": {"nl": "zeer hoog cijfer", "en": "very high score"},
    "chart.reason.peak": {"nl": "hoogtepunt van de reis", "en": "peak of the journey"},
    "chart.reason.end": {"nl": "einde van de reis", "en": "end of the journey"},
    "chart.score": {"nl": "Cijfer (1–10)", "en": "Score (1–10)"},
    "chart.functional": {"nl": "functioneel", "en": "functional"},
    "chart.emotional": {"nl": "emotioneel", "en": "emotional"},
    "chart.gap": {
        "nl": "Verschil (emotioneel − functioneel)",
        "en": "Gap (emotional − functional)",
    },
    "chart.gap_note": {
        "nl": "Hoe langer de lijn, hoe meer beleving en uitvoering uiteenlopen",
        "en": "The longer the line, the further feeling and delivery are apart",
    },
    "chart.impact": {"nl": "Impact (1 = klein, 5 = groot)", "en": "Impact (1 = small, 5 = large)"},
    "chart.effort": {
        "nl": "Inspanning (1 = weinig, 5 = veel)",
        "en": "Effort (1 = little, 5 = a lot)",
    },
    "chart.confidence": {"nl": "Zekerheid (1–5)", "en": "Confidence (1–5)"},
    "chart.votes": {"nl": "Stemmen", "en": "Votes"},
    "chart.idea": {"nl": "Idee", "en": "Idea"},
    "chart.status": {"nl": "Status", "en": "Status"},
    "chart.quadrant.quick_wins": {"nl": "Snelle winst", "en": "Quick wins"},
    "chart.quadrant.big_bets": {"nl": "Grote projecten", "en": "Big bets"},
    "chart.quadrant.fill_ins": {"nl": "Klusjes tussendoor", "en": "Fill-ins"},
    "chart.quadrant.money_pits": {"nl": "Geldverslinders", "en": "Money pits"},
    "chart.ideas_hidden_one": {
        "nl": "1 idee zonder schatting van impact of inspanning staat er niet in.",
        "en": "1 idea without an impact or effort estimate is not shown.",
    },
    "chart.ideas_hidden_many": {
        "nl": "{count} ideeën zonder schatting van impact of inspanning staan er niet in.",
        "en": "{count} ideas without impact or effort estimates are not shown.",
    },
    "chart.department": {"nl": "Afdeling", "en": "Department"},
    "chart.steps": {"nl": "Stappen", "en": "Steps"},
    "chart.unassigned": {"nl": "(geen afdeling)", "en": "(no department)"},
    "chart.responsibility_note": {
        "nl": "Lege vakjes: deze afdeling heeft hier geen stap — let op de overdracht",
        "en": "Empty cells: this department owns no step here — watch the hand-over",
    },
    "chart.channel": {"nl": "Kanaal", "en": "Channel"},
    "chart.no_channel": {"nl": "(geen kanaal)", "en": "(no channel)"},
    "chart.no_multichannel": {
        "nl": "Nog geen beoordeelde stap die op meer dan één kanaal speelt.",
        "en": "No rated step is served on more than one channel yet.",
    },
    "chart.channel_note": {
        "nl": "Oranje: de kanalen verschillen {points} punten of meer",
        "en": "Orange: the channels differ by {points} points or more",
    },
    # Names the kit gives before the team chooses its own.
    "default.persona": {"nl": "Onze klant", "en": "Our customer"},
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
    # Exports.
    "export.synthetic_note": {
        "nl": "Verzonnen voorbeeld: deze workshop en alle cijfers zijn bedacht om de kit te tonen.",
        "en": "Synthetic example: this workshop and all its figures were made up to show the kit.",
    },
    "mermaid.unrated": {"nl": "nog niet beoordeeld", "en": "not rated yet"},
}


def _merge_parts() -> None:
    """Add the catalogue's per-area parts (see `klantreis.catalogue`) to `MESSAGES`."""
    import importlib

    from .catalogue import PARTS

    for name in PARTS:
        part = importlib.import_module(f".catalogue.{name}", __package__).MESSAGES
        twice = set(part) & set(MESSAGES)
        if twice:
            raise RuntimeError(f"message keys defined twice: {sorted(twice)}")
        MESSAGES.update(part)


_merge_parts()


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
