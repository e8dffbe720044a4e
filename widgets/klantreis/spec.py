"""The workshop's tables, described once.

This description drives the database schema, input validation, DataFrame dtypes, the file
formats (JSON, Excel, CSV) and the published JSON Schema, so they cannot drift apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

from .errors import ValidationError

NAME_LIMIT = 200
TEXT_LIMIT = 5000
SCORE_RANGE = (1, 10)
ESTIMATE_RANGE = (1, 5)
EFFECT_RANGE = (-9.0, 9.0)
VOTE_BUDGET_RANGE = (1, 50)
# Saved data-source settings (column and label mappings) are JSON text; Excel holds at most
# 32,767 characters in a cell, so the exports stay readable.
SETTINGS_LIMIT = 32_000

Kind = Literal["id", "ref", "name", "text", "int", "float", "bool", "choice", "timestamp"]

# C0 control characters other than tab, newline and carriage return cannot be stored in every
# backend (PostgreSQL refuses NUL, Excel refuses all of them), so they are refused up front.
_ALLOWED_CONTROL = {"\t", "\n", "\r"}


@dataclass(frozen=True)
class Field:
    """One column: its kind, whether it may be empty, and its limits."""

    name: str
    kind: Kind
    required: bool = True
    ref: str | None = None
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    default: Any = None
    max_length: int | None = None

    @property
    def limit(self) -> int | None:
        return self.max_length or {"name": NAME_LIMIT, "text": TEXT_LIMIT}.get(self.kind)


@dataclass(frozen=True)
class Table:
    """One table; `parent` is the field that ties a row to its owner, for scoping ids."""

    name: str
    entity: str
    fields: tuple[Field, ...]
    key: tuple[str, ...] = ("id",)
    unique: tuple[tuple[str, ...], ...] = ()
    by_field: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_field", {f.name: f for f in self.fields})

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


def _id() -> Field:
    return Field("id", "id")


def _ref(name: str, table: str, required: bool = True) -> Field:
    return Field(name, "ref", required=required, ref=table)


def _name(name: str = "name") -> Field:
    return Field(name, "name")


def _text(name: str) -> Field:
    return Field(name, "text", required=False, default="")


def _choice(name: str, choices: tuple[str, ...], default: str | None = None) -> Field:
    return Field(name, "choice", choices=choices, default=default or choices[0])


def _score(name: str, low_high: tuple[int, int] = SCORE_RANGE, required: bool = True) -> Field:
    low, high = low_high
    return Field(name, "int", required=required, low=low, high=high)


LANGUAGE_CHOICES = ("nl", "en")
SCOPE_KINDS = ("transaction", "life_event")
VARIANTS = ("current", "desired")
STEP_KINDS = ("touchpoint", "non_touchpoint")
POLARITIES = ("negative", "positive")
MOMENT_STATUSES = ("proposed", "confirmed", "dismissed")
SOURCES = ("assumption", "interview", "survey", "analytics", "complaint")
IDEA_STATUSES = ("proposed", "selected", "rejected", "done")
SOURCE_KINDS = ("survey", "events")
MINING_METRICS = ("nps", "csat", "ces", "fcr")

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "workshops",
            "workshop",
            (
                _id(),
                _name("title"),
                _choice("language", LANGUAGE_CHOICES),
                _text("goal"),
                _choice("scope_kind", SCOPE_KINDS),
                _text("scope"),
                Field("lens", "name", required=False),
                _score("vote_budget", VOTE_BUDGET_RANGE),
                Field("synthetic", "bool", default=False),
                Field("created_at", "timestamp"),
            ),
        ),
        Table(
            "participants",
            "participant",
            (_id(), _ref("workshop_id", "workshops"), _name(), _text("department")),
            unique=(("workshop_id", "name"),),
        ),
        Table(
            "personas",
            "persona",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _name(),
                _text("description"),
                _text("goals"),
                _text("needs"),
                _text("frustrations"),
                _text("quote"),
            ),
        ),
        Table(
            "journeys",
            "journey",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _ref("persona_id", "personas"),
                _name(),
                _choice("variant", VARIANTS),
            ),
        ),
        Table(
            "phases",
            "phase",
            (
                _id(),
                _ref("journey_id", "journeys"),
                _ref("parent_id", "phases", required=False),
                Field("position", "int", low=0),
                _name(),
                _text("brand_goal"),
                _text("description"),
            ),
        ),
        Table(
            "steps",
            "step",
            (
                _id(),
                _ref("phase_id", "phases"),
                Field("position", "int", low=0),
                _name(),
                _choice("kind", STEP_KINDS),
                _text("channel"),
                Field("online", "bool", default=False),
                _text("department"),
                _text("doing"),
                _text("thinking"),
                _text("feeling"),
                _text("questions"),
                _text("difficulties"),
            ),
        ),
        Table(
            "ratings",
            "rating",
            (
                _ref("participant_id", "participants"),
                _ref("step_id", "steps"),
                _score("functional"),
                _score("emotional"),
                _text("comment"),
                Field("updated_at", "timestamp"),
            ),
            key=("participant_id", "step_id"),
        ),
        Table(
            "moments",
            "moment",
            (
                _id(),
                _ref("step_id", "steps"),
                _choice("polarity", POLARITIES),
                _text("reason"),
                _choice("status", MOMENT_STATUSES),
            ),
        ),
        Table(
            "evidence",
            "evidence",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _ref("step_id", "steps", required=False),
                _text("insight"),
                _choice("source", SOURCES),
                _text("note"),
            ),
        ),
        Table(
            "ideas",
            "idea",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _name("title"),
                _text("description"),
                _text("department"),
                _score("impact", ESTIMATE_RANGE, required=False),
                _score("effort", ESTIMATE_RANGE, required=False),
                _score("confidence", ESTIMATE_RANGE, required=False),
                Field(
                    "expected_effect",
                    "float",
                    required=False,
                    low=EFFECT_RANGE[0],
                    high=EFFECT_RANGE[1],
                ),
                _text("metric"),
                _choice("status", IDEA_STATUSES),
            ),
        ),
        Table(
            "idea_steps",
            "idea_step",
            (_ref("idea_id", "ideas"), _ref("step_id", "steps")),
            key=("idea_id", "step_id"),
        ),
        Table(
            "votes",
            "vote",
            (
                _ref("participant_id", "participants"),
                _ref("idea_id", "ideas"),
                Field("votes", "int", low=1, high=VOTE_BUDGET_RANGE[1]),
            ),
            key=("participant_id", "idea_id"),
        ),
        Table(
            "sources",
            "source",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _choice("kind", SOURCE_KINDS),
                _name(),
                Field("settings", "text", required=False, default="{}",
                      max_length=SETTINGS_LIMIT),
                Field("created_at", "timestamp"),
            ),
            unique=(("workshop_id", "name"),),
        ),
        Table(
            "source_results",
            "source_result",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _ref("source_id", "sources"),
                _ref("journey_id", "journeys"),
                _ref("step_id", "steps", required=False),
                _ref("phase_id", "phases", required=False),
                _choice("metric", MINING_METRICS),
                Field("n", "int", low=0),
                Field("value", "float", required=False),
                Field("low", "float", required=False),
                Field("high", "float", required=False),
                Field("score", "float", required=False),
                Field("score_low", "float", required=False),
                Field("score_high", "float", required=False),
                Field("worst", "int"),
                Field("best", "int"),
                Field("computed_at", "timestamp"),
            ),
        ),
    )
}

# Tables in an order where every reference points to an earlier table (phases also to itself).
TABLE_ORDER: tuple[str, ...] = tuple(TABLES)

# Tables added after the first export format: a file without them is read as having none.
OPTIONAL_IN_FILES: frozenset[str] = frozenset({"sources", "source_results"})


def clean_value(table: Table, name: str, value: Any, language: str) -> Any:
    """Check one value against its field and return it in its stored form.

    Text is kept exactly as typed, markup included; escaping is the renderer's job.
    """
    spec = table.by_field.get(name)
    if spec is None:
        raise ValidationError("error.unknown_field", language, entity=table.entity, value=name)
    if _is_missing(value):
        return _missing(spec, language)
    return _CLEANERS[spec.kind](spec, value, language)


def clean_row(table: Table, values: dict[str, Any], language: str) -> dict[str, Any]:
    """Check every value of a row; missing optional fields get their defaults."""
    return {name: clean_value(table, name, value, language) for name, value in values.items()}


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN and pandas.NA
    except (TypeError, ValueError):
        return False


def _missing(spec: Field, language: str) -> Any:
    if spec.kind in ("name",) and spec.required:
        raise ValidationError("error.required", language, field=spec.name)
    if spec.required and spec.default is None and spec.kind != "timestamp":
        raise ValidationError("error.required", language, field=spec.name)
    return spec.default


def _clean_text(spec: Field, value: Any, language: str) -> str | None:
    if not isinstance(value, str):
        raise ValidationError("error.not_text", language, field=spec.name)
    for position, char in enumerate(value, start=1):
        if (ord(char) < 32 and char not in _ALLOWED_CONTROL) or 0xD800 <= ord(char) <= 0xDFFF:
            raise ValidationError(
                "error.control_character", language, field=spec.name, position=position
            )
    if spec.kind == "name":
        if not value.strip():
            if spec.required:
                raise ValidationError("error.required", language, field=spec.name)
            return None
        value = value.strip()
    limit = spec.limit
    if limit is not None and len(value) > limit:
        raise ValidationError(
            "error.too_long", language, field=spec.name, length=len(value), limit=limit
        )
    return value


def _clean_id(spec: Field, value: Any, language: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("error.required", language, field=spec.name)
    if len(value) > 64 or any(not (c.isalnum() or c in "-_") for c in value):
        raise ValidationError("error.unknown_id", language, entity=_entity_of(spec), value=value)
    return value


def _entity_of(spec: Field) -> str:
    target = TABLES.get(spec.ref or "")
    return target.entity if target else "workshop"


def _clean_int(spec: Field, value: Any, language: str) -> int:
    number = _as_number(spec, value, language, "error.not_integer")
    if isinstance(number, float):
        if not number.is_integer():
            raise ValidationError("error.not_integer", language, field=spec.name, value=value)
        number = int(number)
    _check_range(spec, number, language)
    return number


def _clean_float(spec: Field, value: Any, language: str) -> float:
    number = float(_as_number(spec, value, language, "error.not_number"))
    if not math.isfinite(number):
        raise ValidationError("error.not_number", language, field=spec.name, value=value)
    _check_range(spec, number, language)
    return number


def _as_number(spec: Field, value: Any, language: str, key: str) -> int | float:
    if isinstance(value, bool):
        raise ValidationError(key, language, field=spec.name, value=value)
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        try:
            return int(text)
        except ValueError:
            try:
                return float(text)
            except ValueError:
                raise ValidationError(key, language, field=spec.name, value=value) from None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if not isinstance(value, int | float):
        raise ValidationError(key, language, field=spec.name, value=value)
    return value


def _check_range(spec: Field, number: float, language: str) -> None:
    low = spec.low if spec.low is not None else -math.inf
    high = spec.high if spec.high is not None else math.inf
    if not low <= number <= high:
        raise ValidationError(
            "error.out_of_range",
            language,
            field=spec.name,
            low=_fmt(spec.low, "…"),
            high=_fmt(spec.high, "…"),
            value=number,
        )


def _fmt(bound: float | None, open_end: str) -> str:
    if bound is None:
        return open_end
    return str(int(bound)) if float(bound).is_integer() else str(bound)


_TRUE = {"true", "1", "yes", "ja", "y", "j", "waar"}
_FALSE = {"false", "0", "no", "nee", "n", "onwaar"}


def _clean_bool(spec: Field, value: Any, language: str) -> bool:
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValidationError("error.not_boolean", language, field=spec.name, value=value)


def _clean_choice(spec: Field, value: Any, language: str) -> str:
    if not isinstance(value, str) or value not in spec.choices:
        raise ValidationError(
            "error.choice", language, field=spec.name, choices=", ".join(spec.choices), value=value
        )
    return value


def _clean_timestamp(spec: Field, value: Any, language: str) -> str:
    import datetime as dt

    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return to_timestamp(value)
    if isinstance(value, str):
        try:
            return to_timestamp(dt.datetime.fromisoformat(value))
        except ValueError:
            pass
    raise ValidationError("error.not_text", language, field=spec.name)


def to_timestamp(moment: Any) -> str:
    """ISO 8601 in UTC with microseconds: sortable as text and identical in every backend."""
    import datetime as dt

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def now_timestamp() -> str:
    import datetime as dt

    return to_timestamp(dt.datetime.now(dt.UTC))


_CLEANERS = {
    "id": _clean_id,
    "ref": _clean_id,
    "name": _clean_text,
    "text": _clean_text,
    "int": _clean_int,
    "float": _clean_float,
    "bool": _clean_bool,
    "choice": _clean_choice,
    "timestamp": _clean_timestamp,
}
