"""Opening a customer file and checking it against a mapping: the two steps of an import.

`open_file` reads the file's shape (columns, header rows, delimiter) and keeps its cells as
text; `LoadedFile.check` applies a mapping. Keeping both steps apart lets the panel show the
columns before anyone maps them, and re-map without reading the file again.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from ..core.errors import ImportFileError
from .cleaning import Checked, check
from .engine import Progress, connect
from .reading import RawTable, load_file
from .settings import REQUIRED, SourceSettings

_names = itertools.count(1)


@dataclass
class LoadedFile:
    """A file's cells in the engine, not yet checked against a mapping."""

    con: duckdb.DuckDBPyConnection
    raw: RawTable
    path: str

    @property
    def columns(self) -> list[str]:
        return self.raw.columns

    def preview(self, rows: int = 8) -> pd.DataFrame:
        """The first data rows as written, under the file's column names."""
        frame = self.con.execute(
            f"SELECT * FROM {self.raw.table} WHERE rowid >= {self.raw.header_rows} "
            f"ORDER BY rowid LIMIT {int(rows)}").df()
        frame.columns = self.raw.columns
        return frame

    def settings(self, kind: str, **values: Any) -> SourceSettings:
        """Settings for this file with its detected shape filled in."""
        return SourceSettings(kind=kind, file=self.path, header_rows=self.raw.header_rows,
                              delimiter=self.raw.delimiter, **values)

    def check(self, settings: SourceSettings, prefix: str, *, language: str = "en",
              progress: Progress | None = None) -> Checked:
        """Make `<prefix>_clean` and `<prefix>_problems`; refuse a mapping that names
        columns the file does not have, or leaves out one the kind of file needs."""
        settings.check(language)
        for role in REQUIRED[settings.kind]:
            if not settings.columns.get(role):
                raise ImportFileError(self.raw.file, "mining.error.role_missing", language,
                                      role=role)
        for column in settings.columns.values():
            if column and column not in self.raw.columns:
                raise _no_column(self.raw, column, language)
        return check(self.con, self.raw, settings, prefix, language=language,
                     progress=progress)


def _no_column(raw: RawTable, column: str, language: str) -> ImportFileError:
    if len(raw.columns) == 1:
        return ImportFileError(raw.file, "mining.error.one_column", language,
                               names={"column": column}, found=raw.columns[0][:60])
    shown = ", ".join(raw.columns[:12]) + (" …" if len(raw.columns) > 12 else "")
    return ImportFileError(raw.file, "mining.error.no_column", language,
                           names={"column": column}, columns=shown)


def open_file(
    path: str | Path,
    *,
    language: str = "en",
    header_rows: int | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    progress: Progress | None = None,
    con: duckdb.DuckDBPyConnection | None = None,
    name: str | None = None,
    keep_text: bool = True,
) -> LoadedFile:
    """Read a CSV or Excel file's cells as text (`ImportFileError` if it cannot be read).
    Without `keep_text` only the first rows are kept: enough to preview the file and check
    it once, which then reads the file itself (see `reading`)."""
    con = con or connect()
    table = f"raw_{next(_names)}"
    raw = load_file(con, path, table, language=language, header_rows=header_rows,
                    delimiter=delimiter, sheet=sheet, progress=progress, name=name,
                    keep_text=keep_text)
    return LoadedFile(con, raw, str(path))


def open_with(settings: SourceSettings, *, language: str = "en",
              progress: Progress | None = None,
              con: duckdb.DuckDBPyConnection | None = None,
              keep_text: bool = True) -> LoadedFile:
    """Open the file that saved settings name, the way they say to read it."""
    return open_file(settings.file, language=language, header_rows=settings.header_rows,
                     delimiter=settings.delimiter, sheet=settings.sheet, progress=progress,
                     con=con, keep_text=keep_text)
