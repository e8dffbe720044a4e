"""The JSON file format: a versioned, lossless copy of one workshop.

`json_schema()` derives the published schema (workshop.schema.json) from the table definitions, so
the schema, the database and the validation cannot drift apart. An import checks the
structure against that schema first and then hands the tables to `records.load_workshop`.
"""

from __future__ import annotations

import json
import math
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from jsonschema.exceptions import best_match

from ..core.errors import ImportFileError, ValidationError
from ..core.files import write_atomic
from ..core.tables import ADDED_IN_FILES, OPTIONAL_IN_FILES, TABLE_ORDER, TABLES, Field
from ..core.validation import clean_value, now_timestamp
from ..i18n import label
from .records import FORMAT_NAME, FORMAT_VERSION, dump_workshop, load_workshop

if TYPE_CHECKING:
    from ..core.store import Store
    from ..core.workshop import Workshop

_REASON_LIMIT = 200  # schema messages quote the offending value, which may be a whole table
# The format nests five levels (document, tables, table, row, value); anything much deeper is
# not an export, and walking it would exhaust Python's recursion limit.
DEPTH_LIMIT = 32
SCHEMA_FILE = Path(__file__).resolve().parent / "workshop.schema.json"


# -- export -------------------------------------------------------------------------------


def workshop_to_json(workshop: Workshop) -> str:
    """The workshop as pretty-printed JSON text (UTF-8 characters kept, not escaped)."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": now_timestamp(),
        "tables": dump_workshop(workshop),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_json(workshop: Workshop, path: str | os.PathLike[str]) -> Path:
    """Write the workshop to a JSON file and return its path."""
    target = Path(path)
    write_atomic(target, workshop_to_json(workshop), newline="\n")
    return target


# -- import -------------------------------------------------------------------------------


def import_json(store: Store, path: str | os.PathLike[str], *, new_ids: bool = False,
                language: str | None = None) -> Workshop:
    """Import a workshop from a JSON export; nothing is written if anything is wrong."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFileError(source.name, "error.file_unreadable", language or store.language,
                              reason=str(error)) from error
    return workshop_from_json_text(store, text, source=source.name, new_ids=new_ids,
                                   language=language)


def workshop_from_json_text(
    store: Store,
    text: str,
    *,
    source: str = "<text>",
    new_ids: bool = False,
    language: str | None = None,
) -> Workshop:
    """Import a workshop from JSON text; `source` names it in error messages."""
    fallback = language or store.language
    try:
        document = json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                              parse_constant=_parse_constant)
    except json.JSONDecodeError as error:
        raise ImportFileError(source, "error.file_not_json", fallback,
                              reason=str(error)) from error
    except RecursionError as error:
        raise ImportFileError(source, "error.file_too_deep", fallback,
                              limit=DEPTH_LIMIT) from error
    lang = _document_language(document, language) or fallback
    _check_values(document, source, lang)
    _check_header(document, source, lang)
    _check_schema(document, source, lang)
    return load_workshop(store, document["tables"], source=source, new_ids=new_ids,
                         language=lang)


class _Refused:
    """A value JSON can spell but the kit does not take (NaN, Infinity, 1e999, an integer
    of thousands of digits), kept in the document so the error can say where it stood."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, **params: object) -> None:
        self.key, self.params = key, params


def _parse_int(text: str) -> int | _Refused:
    try:
        return int(text)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
        return _Refused("error.file_number_too_long", digits=len(text.lstrip("-")))


def _parse_float(text: str) -> float | _Refused:
    value = float(text)
    return value if math.isfinite(value) else _Refused("error.file_not_finite", value=text)


def _parse_constant(text: str) -> _Refused:
    """`NaN`, `Infinity` and `-Infinity`, which Python's JSON reader accepts but JSON has not."""
    return _Refused("error.file_not_finite", value=text)


def _check_values(document: Any, source: str, language: str) -> None:
    """Refuse, at its place, the first value the kit cannot take and any nesting deeper than
    `DEPTH_LIMIT` (walked without recursion, so no depth can crash the walk)."""
    stack: list[tuple[list[Any], Any]] = [([], document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, _Refused):
            raise ImportFileError(source, value.key, language, **_where(path), **value.params)
        if len(path) >= DEPTH_LIMIT and isinstance(value, dict | list):
            raise ImportFileError(source, "error.file_too_deep", language, **_where(path),
                                  limit=DEPTH_LIMIT)
        items = value.items() if isinstance(value, dict) else (
            enumerate(value) if isinstance(value, list) else ())
        stack.extend(reversed([([*path, key], item) for key, item in items]))


def _where(path: list[Any]) -> dict[str, Any]:
    """Table, row (counted from 1) and column of a place in the document."""
    table = path[1] if len(path) > 1 and path[0] == "tables" else None
    row = path[2] + 1 if table is not None and len(path) > 2 and isinstance(path[2], int) \
        else None
    column = path[3] if row is not None and len(path) > 3 and isinstance(path[3], str) \
        else None
    return {"sheet": table, "row": row, "column": column}


def _document_language(document: Any, language: str | None) -> str | None:
    if language:
        return language
    try:
        found = document["tables"]["workshops"][0]["language"]
    except (KeyError, IndexError, TypeError):
        return None
    return found if found in ("nl", "en") else None


def _check_header(document: Any, source: str, language: str) -> None:
    """Format and version first: a wrong file gets one clear sentence, not schema noise."""
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFileError(source, "error.file_format", language)
    version = document.get("version")
    if type(version) is not int or version != FORMAT_VERSION:
        found = "—" if version is None else json.dumps(version, ensure_ascii=False)
        raise ImportFileError(source, "error.file_version", language, found=found,
                              known=FORMAT_VERSION)


def _check_schema(document: Any, source: str, language: str) -> None:
    error = best_match(_validator().iter_errors(document))
    if error is not None:
        raise _located(error, source, language)


def _located(error: SchemaError, source: str, language: str) -> ImportFileError:
    """The schema error as a message pointing at table, row and column.

    Where the field's own validation also refuses the value, its translated message is used.
    """
    where = _where(list(error.absolute_path))
    table, row, column = where["sheet"], where["row"], where["column"]
    if error.validator in ("minItems", "maxItems") and table == "workshops":
        return ImportFileError(source, "error.file_one_workshop", language, sheet=table,
                               count=len(error.instance))
    if row is not None and column is None and error.validator in ("required",
                                                                   "additionalProperties"):
        return _column_problem(error, source, language, where)
    if table in TABLES and isinstance(column, str) and column in TABLES[table].by_field:
        try:
            clean_value(TABLES[table], column, error.instance, language)
        except ValidationError as nested:
            return ImportFileError(source, "nested", language, error=nested, **where)
    reason = error.message if len(error.message) <= _REASON_LIMIT else (
        error.message[:_REASON_LIMIT] + "…")
    return ImportFileError(source, "error.file_schema", language, reason=reason, **where)


def _column_problem(error: SchemaError, source: str, language: str,
                    where: dict[str, Any]) -> ImportFileError:
    instance = error.instance if isinstance(error.instance, dict) else {}
    if error.validator == "required":
        missing = [c for c in error.validator_value if c not in instance]
        return ImportFileError(source, "error.file_missing_column", language,
                           names={"column": missing[0]}, **where)
    allowed = error.schema.get("properties", {})
    unknown = [c for c in instance if c not in allowed]
    return ImportFileError(source, "error.file_unknown_column", language,
                       names={"column": unknown[0]}, **where)


# -- the schema ---------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the export format, derived from `core.tables.TABLES`."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Klantreis workshop export",
        "description": "One customer journey mapping workshop, as written by Klantreis.",
        "type": "object",
        "required": ["format", "version", "exported_at", "tables"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            "exported_at": {"type": "string", "format": "date-time"},
            "tables": {
                "type": "object",
                "required": [n for n in TABLE_ORDER if n not in OPTIONAL_IN_FILES],
                "additionalProperties": False,
                "properties": {
                    name: _table_property(name) for name in TABLE_ORDER
                },
            },
        },
        "$defs": {name: _row_schema(name) for name in TABLE_ORDER},
    }


def _table_property(name: str) -> dict[str, Any]:
    rows: dict[str, Any] = {"type": "array", "items": {"$ref": f"#/$defs/{name}"}}
    if name == "workshops":
        rows.update(minItems=1, maxItems=1)
    return rows


def _row_schema(name: str) -> dict[str, Any]:
    table = TABLES[name]
    return {
        "type": "object",
        "description": label("entity", table.entity, "en"),
        "required": [c for c in table.columns if (name, c) not in ADDED_IN_FILES],
        "additionalProperties": False,
        "properties": {f.name: _field_schema(f) for f in table.fields},
    }


def _field_schema(field: Field) -> dict[str, Any]:
    schema: dict[str, Any] = {"description": label("field", field.name, "en")}
    schema.update(_KIND_SCHEMAS[field.kind](field))
    if not field.required and field.kind in ("ref", "name", "int", "float"):
        schema["type"] = [schema["type"], "null"]
    return schema


def _bounds(field: Field) -> dict[str, Any]:
    bounds = {"minimum": field.low, "maximum": field.high}
    return {k: (int(v) if float(v).is_integer() and field.kind == "int" else v)
            for k, v in bounds.items() if v is not None}


_KIND_SCHEMAS: dict[str, Any] = {
    "id": lambda field: {"type": "string", "minLength": 1, "maxLength": 64},
    "ref": lambda field: {"type": "string", "minLength": 1, "maxLength": 64},
    "name": lambda field: {"type": "string", "maxLength": field.limit},
    "text": lambda field: {"type": "string", "maxLength": field.limit},
    "int": lambda field: {"type": "integer", **_bounds(field)},
    "float": lambda field: {"type": "number", **_bounds(field)},
    "bool": lambda field: {"type": "boolean"},
    "choice": lambda field: {"type": "string", "enum": list(field.choices)},
    "timestamp": lambda field: {"type": "string", "format": "date-time"},
}


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(json_schema())


def write_schema_file(path: str | os.PathLike[str] = SCHEMA_FILE) -> Path:
    """Regenerate the published schema file (run after changing `spec`)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    write_atomic(target, text, newline="\n")
    return target
