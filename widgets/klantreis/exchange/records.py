"""A workshop as plain records, and back: the one place every file format goes through.

JSON, Excel and CSV only turn files into `{table: [row, ...]}` and back; every check on
imported data lives here, so the formats cannot disagree about what a valid workshop is.
An import checks everything first and then writes in one transaction: a bad file leaves the
store exactly as it was.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..core.errors import ImportFileError, ValidationError
from ..core.schema import SQL_TABLES
from ..core.tables import (
    ADDED_IN_FILES,
    CONTENT_TABLES,
    OPTIONAL_IN_FILES,
    TABLE_ORDER,
    TABLES,
    Table,
)
from ..core.validation import clean_value
from ..core.versions import read_snapshot, snapshot_journey, snapshot_text
from ..core.workshop import Workshop, new_id
from ..i18n import LANGUAGES

if TYPE_CHECKING:
    from ..core.store import Store

FORMAT_NAME = "klantreis-workshop"
FORMAT_VERSION = 1

Records = dict[str, list[dict[str, Any]]]
#: Where a table's rows come from, as (file, sheet): JSON and Excel name a sheet, CSV a file.
Locate = Callable[[str], tuple[str, str | None]]

_ID_CHUNK = 500


# -- dumping ------------------------------------------------------------------------------


def dump_workshop(workshop: Workshop) -> Records:
    """Every table of the workshop as lists of plain rows with exactly the columns of the
    table definitions.

    All tables are read in one snapshot, so an export taken during a live session is
    consistent (no rating of a step deleted halfway through the export).
    """
    snapshot = workshop.snapshot(*TABLE_ORDER)
    return {name: [_plain(TABLES[name], row) for row in snapshot[name]] for name in TABLE_ORDER}


def _plain(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {column: _json_value(row[column]) for column in table.columns}


def _json_value(value: Any) -> Any:
    """Database values as JSON-able Python (drivers may hand back numpy-like scalars)."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    return value.item() if hasattr(value, "item") else str(value)


# -- locating errors ----------------------------------------------------------------------


@dataclass(frozen=True)
class Origin:
    """Where records came from, so that an error points at the file, sheet, row and column."""

    source: str
    language: str
    locate: Locate
    row_numbers: Mapping[str, Sequence[int]] = field(default_factory=dict)

    def row(self, table: str, index: int) -> int:
        numbers = self.row_numbers.get(table)
        return numbers[index] if numbers is not None else index + 1

    def error(
        self,
        key: str,
        table: str | None = None,
        index: int | None = None,
        column: str | None = None,
        names: Mapping[str, str] | None = None,
        **params: Any,
    ) -> ImportFileError:
        file, sheet = self.locate(table) if table else (self.source, None)
        row = self.row(table, index) if table and index is not None else None
        return ImportFileError(file, key, self.language, names=names, sheet=sheet, row=row,
                           column=column, **params)

    def invalid(self, table: str, index: int, column: str, key: str, **params: Any) -> Exception:
        """A validation message (as the API would give it) located in the file."""
        nested = ValidationError(key, self.language, field=column, **params)
        return self.error("nested", table, index, column, error=nested)


# -- loading ------------------------------------------------------------------------------


def load_workshop(
    store: Store,
    data: Mapping[str, Any],
    *,
    source: str,
    new_ids: bool = False,
    language: str | None = None,
    locate: Locate | None = None,
    row_numbers: Mapping[str, Sequence[int]] | None = None,
) -> Workshop:
    """Check records completely, then write them in one transaction as a new workshop.

    Errors are `ImportFileError`s in `language`, else the file's workshop language. `locate`
    and `row_numbers` let file readers point at their own sheets and spreadsheet rows
    (default: sheet = table name, row = 1-based index). With `new_ids`, every row gets a
    fresh id, so a workshop can be imported next to its original.
    """
    origin = Origin(source, _language(data, language, store.language),
                    locate or (lambda table: (source, table)), row_numbers or {})
    records = _clean_tables(data, origin)
    for check in (_check_keys, _check_references, _check_phases, _check_based_on,
                  _check_votes, _check_versions):
        check(records, origin)
    if new_ids:
        records = _with_fresh_ids(records)
    _write(store, records, origin)
    return Workshop(store, records["workshops"][0]["id"])


def _language(data: Mapping[str, Any], language: str | None, fallback: str) -> str:
    if language in LANGUAGES:
        return str(language)
    rows = data.get("workshops") if isinstance(data, Mapping) else None
    if isinstance(rows, list) and rows and isinstance(rows[0], Mapping):
        found = rows[0].get("language")
        if found in LANGUAGES:
            return str(found)
    return fallback


def _clean_tables(data: Mapping[str, Any], origin: Origin) -> Records:
    if not isinstance(data, Mapping):
        raise origin.error("error.file_schema", reason="expected an object of tables")
    for name in data:
        if name not in CONTENT_TABLES:
            raise origin.error("error.file_unknown_sheet", names={"sheet": str(name)})
    data = {**{name: [] for name in OPTIONAL_IN_FILES}, **data}  # older files lack them
    for name in TABLE_ORDER:
        if not isinstance(data.get(name), list):
            raise origin.error("error.file_missing_sheet", names={"sheet": name})
    if len(data["workshops"]) != 1:
        raise origin.error("error.file_one_workshop", "workshops", count=len(data["workshops"]))
    return {
        name: [_clean_row(TABLES[name], row, index, origin) for index, row in
               enumerate(data[name])]
        for name in TABLE_ORDER
    }


def _clean_row(table: Table, row: Any, index: int, origin: Origin) -> dict[str, Any]:
    if not isinstance(row, Mapping):
        raise origin.error("error.file_schema", table.name, index, reason="expected a row")
    for column in row:
        if column not in table.by_field:
            raise origin.error("error.file_unknown_column", table.name, index,
                               names={"column": str(column)})
    return {column: _clean_cell(table, row, column, index, origin) for column in table.columns}


def _clean_cell(table: Table, row: Mapping[str, Any], column: str, index: int,
                origin: Origin) -> Any:
    if column not in row and (table.name, column) in ADDED_IN_FILES:
        return table.by_field[column].default  # an older file
    if column not in row:
        raise origin.error("error.file_missing_column", table.name, index,
                           names={"column": column})
    try:
        value = clean_value(table, column, row[column], origin.language)
        if value is None and table.by_field[column].required:  # timestamps have no default
            raise ValidationError("error.required", origin.language, field=column)
    except ValidationError as error:
        raise origin.error("nested", table.name, index, column, error=error) from error
    return value


def _check_keys(records: Records, origin: Origin) -> None:
    """Primary keys and unique columns (participant names) occur once."""
    for name, table in CONTENT_TABLES.items():
        for columns in (table.key, *table.unique):
            seen: set[tuple[Any, ...]] = set()
            for index, row in enumerate(records[name]):
                value = tuple(row[c] for c in columns)
                if value in seen:
                    raise _duplicate(table, columns, row, index, origin)
                seen.add(value)


def _duplicate(table: Table, columns: Sequence[str], row: dict[str, Any], index: int,
               origin: Origin) -> Exception:
    if columns == ("id",):
        return origin.error("error.file_duplicate_id", table.name, index, "id", value=row["id"])
    if columns in table.unique:
        return origin.invalid(table.name, index, columns[-1], "error.duplicate_name",
                              entity=table.entity, value=row[columns[-1]])
    value = ", ".join(f"{c} = '{row[c]}'" for c in columns)
    return origin.error("error.file_duplicate_key", table.name, index, value=value)


def _check_references(records: Records, origin: Origin) -> None:
    ids = {name: {row["id"] for row in rows} for name, rows in records.items()
           if "id" in TABLES[name].by_field}
    for name, table in CONTENT_TABLES.items():
        refs = [f for f in table.fields if f.kind == "ref"]
        for index, row in enumerate(records[name]):
            for ref in refs:
                value = row[ref.name]
                if value is not None and value not in ids[str(ref.ref)]:
                    raise origin.error("error.file_unknown_reference", name, index, ref.name,
                                       value=value)


def _check_phases(records: Records, origin: Origin) -> None:
    """A sub-phase hangs under a phase of its own journey, and never under itself."""
    phases = {row["id"]: row for row in records["phases"]}
    for index, row in enumerate(records["phases"]):
        parent = phases.get(row["parent_id"])
        if parent is None:
            continue
        if parent["journey_id"] != row["journey_id"]:
            raise origin.invalid("phases", index, "parent_id", "error.other_journey",
                                 entity="phase", value=parent["name"])
        if row["id"] in _ancestors(phases, row["id"]):
            raise origin.invalid("phases", index, "parent_id", "error.parent_cycle")


def _check_based_on(records: Records, origin: Origin) -> None:
    """A desired step is based on an original step (one not based on another itself)."""
    steps = {row["id"]: row for row in records["steps"]}
    for index, row in enumerate(records["steps"]):
        original = steps.get(row["based_on"])
        if original is not None and (original["based_on"] is not None
                                     or original["id"] == row["id"]):
            raise origin.invalid("steps", index, "based_on", "error.based_on_original",
                                 value=original["name"])


def _ancestors(phases: Mapping[str, dict[str, Any]], phase_id: str) -> Iterator[str]:
    """Parents, grandparents, …; stops at the first repeat, so cycles end too."""
    seen: set[str] = set()
    current = phases[phase_id]["parent_id"]
    while current is not None and current not in seen:
        seen.add(current)
        yield current
        current = phases[current]["parent_id"]


def _check_votes(records: Records, origin: Origin) -> None:
    budget = records["workshops"][0]["vote_budget"]
    names = {row["id"]: row["name"] for row in records["participants"]}
    spent: dict[str, int] = defaultdict(int)
    for index, row in enumerate(records["votes"]):
        who = row["participant_id"]
        if spent[who] + row["votes"] > budget:
            raise origin.invalid("votes", index, "votes", "error.vote_budget", name=names[who],
                                 left=budget - spent[who], budget=budget, wanted=row["votes"])
        spent[who] += row["votes"]


def _check_versions(records: Records, origin: Origin) -> None:
    """A version's snapshot is one the kit can read, of the version's own journey (it is JSON
    text, where the other checks do not look)."""
    for index, row in enumerate(records["versions"]):
        try:
            journey = snapshot_journey(read_snapshot(row["snapshot"], origin.language))
        except ValidationError as error:
            raise origin.error("nested", "versions", index, "snapshot", error=error) from error
        if journey != row["journey_id"]:
            raise origin.invalid("versions", index, "snapshot", "error.version_other_journey",
                                 value=journey)


def _with_fresh_ids(records: Records) -> Records:
    """The same workshop with a new id for every row and every reference rewritten."""
    fresh = {name: {row["id"]: new_id() for row in rows}
             for name, rows in records.items() if "id" in TABLES[name].by_field}
    renamed = {name: _renumber(name, rows, fresh) for name, rows in records.items()}
    places = {**fresh["steps"], **fresh["phases"]}
    renamed["sources"] = [{**row, "settings": _relabel(row["settings"], places)}
                          for row in renamed["sources"]]
    renamed["versions"] = [{**row, "snapshot": _renumber_snapshot(row["snapshot"], fresh)}
                           for row in renamed["versions"]]
    return renamed


def _renumber(name: str, rows: list[dict[str, Any]],
              fresh: Mapping[str, Mapping[str, str]]) -> list[dict[str, Any]]:
    """One table's rows with their ids and references looked up in `fresh` (per table, old
    id -> new id); an id that is not there is kept."""
    maps = {f.name: fresh.get(name if f.kind == "id" else str(f.ref), {})
            for f in TABLES[name].fields if f.kind in ("id", "ref")}
    return [{c: maps[c].get(v, v) if c in maps and v is not None else v for c, v in row.items()}
            for row in rows]


def _renumber_snapshot(text: str, fresh: Mapping[str, Mapping[str, str]]) -> str:
    """A version's snapshot with the ids inside it renewed as the rows around it are, so it
    still matches its journey and the steps it shares with it. Rows deleted before the export
    are not in the file: their ids stay, and still match the same rows in other versions."""
    rows = read_snapshot(text)
    return snapshot_text({name: _renumber(name, table_rows, fresh)
                          for name, table_rows in rows.items()})


def _relabel(settings: str, ids: Mapping[str, str]) -> str:
    """Saved settings with their label mapping pointed at the new step and phase ids (the
    ids are inside JSON text, where no reference check sees them)."""
    try:
        data = json.loads(settings)
    except ValueError:
        return settings
    if not isinstance(data, dict) or "labels" not in data:
        return settings
    labels = _swap(data["labels"], ids)
    if labels == data["labels"]:
        return settings
    return json.dumps({**data, "labels": labels}, ensure_ascii=False, sort_keys=True)


def _swap(value: Any, ids: Mapping[str, str]) -> Any:
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [_swap(item, ids) for item in value]
    if isinstance(value, dict):
        return {key: _swap(item, ids) for key, item in value.items()}
    return value


# -- writing ------------------------------------------------------------------------------


def _write(store: Store, records: Records, origin: Origin) -> None:
    workshop_id = records["workshops"][0]["id"]
    with store.writing() as conn:
        workshops = SQL_TABLES["workshops"]
        if conn.execute(sa.select(workshops.c.id).where(workshops.c.id == workshop_id)).first():
            raise origin.error("error.workshop_exists", value=workshop_id)
        _check_free_ids(conn, records, origin)
        for name in TABLE_ORDER:
            rows = (_parents_first(records[name]) if name == "phases" else
                    _originals_first(records[name]) if name == "steps" else records[name])
            extra = {"revision": 1} if name == "workshops" else {"workshop_id": workshop_id}
            if rows:
                conn.execute(sa.insert(SQL_TABLES[name]), [{**row, **extra} for row in rows])


def _check_free_ids(conn: sa.Connection, records: Records, origin: Origin) -> None:
    """Ids are unique in the whole store, not just per workshop: refuse clashes by name."""
    for name, rows in records.items():
        if "id" not in TABLES[name].by_field or name == "workshops":
            continue
        index_of = {row["id"]: index for index, row in enumerate(rows)}
        column = SQL_TABLES[name].c.id
        ids = list(index_of)
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start:start + _ID_CHUNK]
            taken = conn.execute(sa.select(column).where(column.in_(chunk))).scalars().first()
            if taken is not None:
                raise origin.error("error.file_id_taken", name, index_of[taken], "id",
                                   value=taken)


def _originals_first(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Steps ordered so that an original is inserted before the desired steps based on it."""
    return sorted(steps, key=lambda row: row["based_on"] is not None)


def _parents_first(phases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Phases ordered so that a parent is inserted before its sub-phases (foreign key)."""
    by_id = {row["id"]: row for row in phases}
    depth = {row["id"]: sum(1 for _ in _ancestors(by_id, row["id"])) for row in phases}
    return sorted(phases, key=lambda row: depth[row["id"]])
