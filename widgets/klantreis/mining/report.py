"""The problems report of an import: every value that could not be read, located and explained.

The full list stays in the engine (a file of ten million events may have a million
duplicates); callers ask for a summary per column and problem, or for the rows themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb
import pandas as pd

from ..i18n import grouped, label, t

PROBLEM_COLUMNS = ("file", "row", "column", "value", "problem", "detail")


@dataclass
class ImportReport:
    """How many rows were read and kept, what was wrong with the others, and notes on what
    was decided (such as the date order the file itself proved)."""

    rows: int
    kept: int
    problem_count: int
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    con: duckdb.DuckDBPyConnection | None = field(default=None, repr=False)
    tables: list[str] = field(default_factory=list, repr=False)

    @property
    def skipped(self) -> int:
        return self.rows - self.kept

    def _union(self) -> str:
        return " UNION ALL ".join(f"SELECT * FROM {name}" for name in self.tables)

    def problems(self, limit: int | None = None) -> pd.DataFrame:
        """Unreadable values in file and row order: file, row (as numbered in the file,
        header rows included), column, value as written, problem code and detail."""
        if self.con is None or not self.tables:
            return _empty()
        cap = f" LIMIT {int(limit)}" if limit is not None else ""
        return self.con.execute(f'SELECT * FROM ({self._union()}) ORDER BY file, "row"{cap}'
                                ).df()

    def summary(self) -> pd.DataFrame:
        """One row per file, column and problem: how many, and the first rows affected."""
        if self.con is None or not self.tables:
            return pd.DataFrame(columns=["file", "column", "problem", "detail", "count",
                                         "rows"])
        return self.con.execute(
            f'SELECT file, "column", problem, any_value(detail) AS detail, count(*) AS count, '
            f'list("row" ORDER BY "row")[1:5] AS rows FROM ({self._union()}) '
            'GROUP BY file, "column", problem ORDER BY count DESC, file, "column"').df()

    def explained(self, language: str, limit: int | None = 500) -> pd.DataFrame:
        """The problems with a sentence saying why, in `language`, for people to read."""
        frame = self.problems(limit)
        frame["why"] = [explain(p, v, d, language) for p, v, d in
                        zip(frame["problem"], frame["value"], frame["detail"], strict=True)]
        return frame

    def sentences(self, language: str) -> list[str]:
        """The report in words: totals, one line per kind of problem, then the notes."""
        lines = [t("mining.report.totals", language, rows=grouped(self.rows, language),
                   kept=grouped(self.kept, language),
                   skipped=grouped(self.skipped, language))]
        for row in self.summary().itertuples():
            rows = ", ".join(str(r) for r in row.rows)
            column = row.column or t("mining.whole_row", language)
            why = label("mining.kind", row.problem, language,
                        detail=localised(row.detail, language))
            lines.append(t("mining.report.line", language, count=grouped(row.count, language),
                           file=row.file,
                           column=column, rows=rows, why=why))
        lines += [t(key, language, **params) for key, params in self.notes]
        return lines


def explain(problem: str, value: Any, detail: Any, language: str) -> str:
    """Why a value could not be read, as a sentence."""
    return label("mining.problem", problem, language, value=_text(value),
                 detail=localised(detail, language))


def localised(detail: Any, language: str) -> str:
    """A problem's detail in the page's number format: a scale stored as '2.5–10' reads
    '2,5–10' in Dutch (details hold no other points)."""
    text = _text(detail)
    return text.replace(".", ",") if language == "nl" else text


def _text(value: Any) -> str:
    return "" if value is None or value is pd.NA or value != value else str(value)


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in PROBLEM_COLUMNS})
