"""Tables as pandas DataFrames with fixed columns and dtypes.

Charts and derived frames rely on these dtypes, so they are set explicitly instead of being
guessed from whatever rows happen to be there: text is "string", whole numbers "Int64",
other numbers "Float64", yes/no "boolean", moments `datetime64[ns, UTC]`; missing is `<NA>`.
`docs/data-model.md` lists every column.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from .tables import TABLES, Field

_DTYPES = {
    "id": "string",
    "ref": "string",
    "name": "string",
    "text": "string",
    "choice": "string",
    "int": "Int64",
    "float": "Float64",
    "bool": "boolean",
}
_EXTRA_COLUMNS = {"workshops": {"revision": "Int64"}}
# Columns a frame leaves out: a version's snapshot can be megabytes, and every page loads its
# tables when it opens (a phone included). Read it by id (`core.versions.load_version`).
LEFT_OUT_OF_FRAMES: dict[str, frozenset[str]] = {"versions": frozenset({"snapshot"})}


def dtype_of(field: Field) -> str:
    return _DTYPES.get(field.kind, "string")


def frame_dtypes(table_name: str) -> dict[str, str]:
    """Column name -> dtype of a table's frame, in column order."""
    table = TABLES[table_name]
    left_out = LEFT_OUT_OF_FRAMES.get(table_name, frozenset())
    dtypes = {f.name: dtype_of(f) for f in table.fields
              if f.kind != "timestamp" and f.name not in left_out}
    dtypes.update(_EXTRA_COLUMNS.get(table_name, {}))
    return dtypes


def frame_columns(table_name: str) -> list[str]:
    left_out = LEFT_OUT_OF_FRAMES.get(table_name, frozenset())
    extra = list(_EXTRA_COLUMNS.get(table_name, {}))
    return [c for c in TABLES[table_name].columns if c not in left_out] + extra


def frame_from_rows(table_name: str, rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build a typed frame from database rows (any mapping with at least the columns)."""
    columns = frame_columns(table_name)
    return frame_from_records(table_name, [[row[c] for c in columns] for row in rows])


def frame_from_records(table_name: str, records: Sequence[Sequence[Any]]) -> pd.DataFrame:
    """Build a typed frame from tuples in `frame_columns` order (the fast path for reads)."""
    columns = frame_columns(table_name)
    dtypes = frame_dtypes(table_name)  # every column but the timestamps
    # Column by column, each straight to its typed array: a live view reads thousands of
    # ratings on every change, and a frame of objects converted afterwards costs twice as much.
    values = list(zip(*records, strict=True)) if records else [()] * len(columns)
    data = {
        name: pd.array(list(column), dtype=dtypes[name]) if name in dtypes
        else pd.to_datetime(pd.Series(list(column), dtype=object), utc=True, format="ISO8601")
        for name, column in zip(columns, values, strict=True)
    }
    return pd.DataFrame(data, columns=columns)
