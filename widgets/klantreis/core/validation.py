"""Input checks: every value is checked against its field before it may reach the store.

A value that does not fit raises a `ValidationError` in the user's language that names the
field, so a panel can show the problem next to the input that caused it.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .errors import ValidationError
from .tables import TABLES, Field, Table

# C0 control characters other than tab, newline and carriage return cannot be stored in every
# backend (PostgreSQL refuses NUL, Excel refuses all of them), so they are refused up front.
# Searched with one regular expression: a version's snapshot is megabytes of text.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def clean_value(table: Table, name: str, value: Any, language: str) -> Any:
    """Check one value against its field and return it in its stored form.

    Text is kept exactly as typed, markup included; escaping is the renderer's job.
    """
    field = table.by_field.get(name)
    if field is None:
        raise ValidationError("error.unknown_field", language, entity=table.entity, value=name)
    if _is_missing(value):
        return _missing(field, language)
    return _CLEANERS[field.kind](field, value, language)


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


def _missing(field: Field, language: str) -> Any:
    if field.kind in ("name",) and field.required:
        raise ValidationError("error.required", language, field=field.name)
    if field.required and field.default is None and field.kind != "timestamp":
        raise ValidationError("error.required", language, field=field.name)
    return field.default


def _clean_text(field: Field, value: Any, language: str) -> str | None:
    if not isinstance(value, str):
        raise ValidationError("error.not_text", language, field=field.name)
    forbidden = _FORBIDDEN.search(value)
    if forbidden is not None:
        raise ValidationError("error.control_character", language, field=field.name,
                              position=forbidden.start() + 1)
    if field.kind == "name":
        if not value.strip():
            if field.required:
                raise ValidationError("error.required", language, field=field.name)
            return None
        value = value.strip()
    limit = field.limit
    if limit is not None and len(value) > limit:
        raise ValidationError(
            "error.too_long", language, field=field.name, length=len(value), limit=limit
        )
    return value


def _clean_id(field: Field, value: Any, language: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("error.required", language, field=field.name)
    if len(value) > 64 or any(not (c.isalnum() or c in "-_") for c in value):
        raise ValidationError("error.unknown_id", language, entity=_entity_of(field), value=value)
    return value


def _entity_of(field: Field) -> str:
    target = TABLES.get(field.ref or "")
    return target.entity if target else "workshop"


def _clean_int(field: Field, value: Any, language: str) -> int:
    number = _as_number(field, value, language, "error.not_integer")
    if isinstance(number, float):
        if not number.is_integer():
            raise ValidationError("error.not_integer", language, field=field.name, value=value)
        number = int(number)
    _check_range(field, number, language)
    return number


def _clean_float(field: Field, value: Any, language: str) -> float:
    number = float(_as_number(field, value, language, "error.not_number"))
    if not math.isfinite(number):
        raise ValidationError("error.not_number", language, field=field.name, value=value)
    _check_range(field, number, language)
    return number


def _as_number(field: Field, value: Any, language: str, key: str) -> int | float:
    if isinstance(value, bool):
        raise ValidationError(key, language, field=field.name, value=value)
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        try:
            return int(text)
        except ValueError:
            try:
                return float(text)
            except ValueError:
                raise ValidationError(key, language, field=field.name, value=value) from None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if not isinstance(value, int | float):
        raise ValidationError(key, language, field=field.name, value=value)
    return value


def _check_range(field: Field, number: float, language: str) -> None:
    low = field.low if field.low is not None else -math.inf
    high = field.high if field.high is not None else math.inf
    if not low <= number <= high:
        raise ValidationError(
            "error.out_of_range",
            language,
            field=field.name,
            low="…" if field.low is None else field.low,
            high="…" if field.high is None else field.high,
            value=number,
        )


_TRUE = {"true", "1", "yes", "ja", "y", "j", "waar"}
_FALSE = {"false", "0", "no", "nee", "n", "onwaar"}


def _clean_bool(field: Field, value: Any, language: str) -> bool:
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValidationError("error.not_boolean", language, field=field.name, value=value)


def _clean_choice(field: Field, value: Any, language: str) -> str:
    if not isinstance(value, str) or value not in field.choices:
        raise ValidationError("error.choice", language, field=field.name,
                              choices=tuple(field.choices), value=value)
    return value


def _clean_timestamp(field: Field, value: Any, language: str) -> str:
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
    raise ValidationError("error.not_text", language, field=field.name)


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
