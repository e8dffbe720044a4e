"""docs/data-model.md documents every column of every table with its real dtype."""

from __future__ import annotations

import re
from pathlib import Path

from klantreis.core.frames import LEFT_OUT_OF_FRAMES, frame_dtypes
from klantreis.core.tables import TABLES

DOC = Path(__file__).parents[2] / "docs" / "data-model.md"


def _documented() -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {}
    current = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.fullmatch(r"### `(\w+)`", line)
        if heading:
            current = tables.setdefault(heading.group(1), {})
        row = re.match(r"\| `(\w+)` \| ([^|]+) \|", line)
        if row and current is not None:
            current[row.group(1)] = row.group(2).strip()
    return tables


def test_every_table_and_column_is_documented_with_its_dtype() -> None:
    documented = _documented()
    assert set(documented) == set(TABLES)
    for name, table in TABLES.items():
        expected = frame_dtypes(name)
        timestamps = {f.name for f in table.fields if f.kind == "timestamp"}
        left_out = LEFT_OUT_OF_FRAMES.get(name, frozenset())
        assert set(documented[name]) == set(expected) | timestamps | left_out, name
        for column, dtype in expected.items():
            assert documented[name][column] == dtype, (name, column)
