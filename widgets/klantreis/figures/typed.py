"""Frames with fixed columns and dtypes, also when empty: what every figure returns.

Text columns are ``string``, whole numbers ``Int64``, other numbers ``Float64``, flags
``boolean``, and a missing value is ``pd.NA``, so widgets, charts and exports can rely on the
shape without special cases. These helpers build such frames and read values out of them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

STR = "string"
INT = "Int64"
FLOAT = "Float64"
BOOL = "boolean"


def is_missing(value: Any) -> bool:
    """True for pd.NA / None / NaN, which all mean 'no value' in workshop frames."""
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def plain(value: Any) -> Any:
    """Turn any missing marker into None so plain Python logic can be used."""
    return None if is_missing(value) else value


def column_values(frame: pd.DataFrame, name: str) -> list[Any]:
    """Values of a column as a Python list with None for missing (all None if absent)."""
    if name not in frame.columns:
        return [None] * len(frame)
    return [plain(v) for v in frame[name].tolist()]


def typed_frame(rows: Mapping[str, list[Any]] | None, schema: Mapping[str, str]) -> pd.DataFrame:
    """Build a frame with exactly the schema's columns and dtypes (empty if rows is None)."""
    data: dict[str, pd.Series] = {}
    for col, dtype in schema.items():
        values = [] if rows is None else rows[col]
        values = [pd.NA if is_missing(v) else v for v in values]
        data[col] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data, columns=list(schema)).reset_index(drop=True)


def typed_arrays(data: Mapping[str, Any], schema: Mapping[str, str]) -> pd.DataFrame:
    """A frame with exactly the schema's columns and dtypes, from columns of equal length.

    Each column goes straight to its nullable array (NaN and None become <NA>): going through
    an object frame first cost most of a live curve update."""
    return pd.DataFrame({col: pd.array(np.asarray(data[col]), dtype=dtype)
                         for col, dtype in schema.items()}, columns=list(schema))


def position_key(position: Any, row: int) -> tuple[bool, float, int]:
    """Sort key: by position (missing last), then original row for a stable order."""
    pos = plain(position)
    return (pos is None, float(pos) if pos is not None else 0.0, row)


def plain_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Nullable columns as plain numpy ones (NA -> NaN/None), which Altair serialises as null."""
    out = {}
    for name in frame.columns:
        col = frame[name]
        if pd.api.types.is_bool_dtype(col.dtype):
            out[name] = col.to_numpy(dtype=bool, na_value=False)
        elif pd.api.types.is_numeric_dtype(col.dtype):
            out[name] = col.to_numpy(dtype="float64", na_value=np.nan)
        else:
            out[name] = pd.Series(col.to_numpy(dtype=object, na_value=None), index=frame.index,
                                  dtype=object)  # kept as objects: None stays None
    return pd.DataFrame(out, index=frame.index, columns=frame.columns)
