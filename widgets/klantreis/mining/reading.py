"""Reading a customer file (CSV or Excel) into the engine as text, exactly as written.

Everything is read as text first: checking and converting values is `cleaning`'s job, where
each value that cannot be read becomes a located problem instead of a silent guess. What
this module does decide is the shape of the file: its encoding (UTF-8, with or without a
byte-order mark, else Latin-1, said in a note), its delimiter (`,` `;` tab or `|`, from the
first lines, unless the caller says) and its header rows (survey tools write several;
detected, unless the caller says). A file whose structure is broken (an unterminated quote,
a row with more fields than the header, no data at all) is refused as a whole.

The text is kept in the engine so that the panel can preview the file and re-map it without
reading it again. An import that checks the file once against saved settings does not need
that copy (`keep_text=False`): only the first rows are kept, for the header, and the check
reads the file itself (`RawTable.scan`), with the same options and the same record order.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from ..core.errors import ImportFileError
from .engine import Progress, count_rows, literal, run

DELIMITERS = (",", ";", "\t", "|")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
MAX_HEADER_ROWS = 5
_SNIFF_BYTES = 256 * 1024
_SNIFF_LINES = 60
_BODY_SAMPLE = 200
_NUMBER = re.compile(r"^\s*[-+]?\d+([.,]\d+)?\s*$")


@dataclass
class RawTable:
    """A file's cells as text in table `table` (columns c0, c1, …; rowid = record order).

    With `scan` (the file as a table function), `table` holds only the first records and
    `rows` counts the data records among them until a check has read the whole file."""

    file: str
    table: str
    columns: list[str]
    header_rows: int
    rows: int
    delimiter: str | None = None
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    scan: str | None = None
    path: Path | None = None  # the CSV file read, for a closer look when reading fails

    @property
    def source(self) -> str:
        """What a check reads all records from: the file itself, or the kept table."""
        return self.scan or self.table

    def column_sql(self, name: str) -> str:
        """The engine's column for a display name (`c3`)."""
        return f"c{self.columns.index(name)}"

    def first_row(self) -> int:
        """The file row number (1-based, header rows included) of the first data row."""
        return self.header_rows + 1


def load_file(
    con: duckdb.DuckDBPyConnection,
    path: str | Path,
    table: str,
    *,
    language: str = "en",
    header_rows: int | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    progress: Progress | None = None,
    name: str | None = None,
    keep_text: bool = True,
) -> RawTable:
    """Load a CSV or Excel file into `table` as text; raise `ImportFileError` if unreadable.
    Without `keep_text` a CSV file's text is only sampled (see the module's description)."""
    source = Path(path)
    label = name or source.name
    if not source.is_file():
        raise ImportFileError(label, "mining.error.no_file", language)
    if source.suffix.lower() in EXCEL_SUFFIXES:
        raw = _load_excel(con, source, table, label, sheet, language, progress)
    else:
        raw = _load_csv(con, source, table, label, delimiter, language, progress, keep_text)
    raw.header_rows = _header_rows(con, raw, header_rows, language)
    raw.columns = _header_names(con, raw)
    raw.rows = count_rows(con, table) - raw.header_rows
    if raw.rows <= 0:
        raise ImportFileError(label, "mining.error.no_rows", language)
    return raw


# -- CSV ------------------------------------------------------------------------------------


def _load_csv(con: duckdb.DuckDBPyConnection, source: Path, table: str, label: str,
              delimiter: str | None, language: str, progress: Progress | None,
              keep_text: bool = True) -> RawTable:
    with source.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if not head.lstrip(b"\xef\xbb\xbf \r\n\t"):
        raise ImportFileError(label, "mining.error.empty", language)
    encoding, text = _decode(head)
    lines = text.splitlines()
    if len(head) == _SNIFF_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the sample may end in the middle of a line
    lines = lines[:_SNIFF_LINES]
    chosen = delimiter if delimiter is not None else sniff_delimiter(lines)
    width = _width(lines, chosen)
    scan = _scan(source, chosen, width, encoding)
    sample = "" if keep_text else f" LIMIT {_BODY_SAMPLE}"
    try:
        run(con, f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM {scan}{sample}",
            progress=progress if keep_text else None, stage="read", span=(0.0, 0.6))
    except duckdb.Error as error:
        raise csv_error(label, error, language, source) from None
    raw = RawTable(label, table, [], 1, 0, chosen, scan=None if keep_text else scan,
                   path=source)
    if encoding != "utf-8":
        raw.notes.append(("mining.note.latin1", {}))
    return raw


def _scan(source: Path, delimiter: str, width: int, encoding: str) -> str:
    """The file as a table function: every field text, strict about its structure."""
    columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(width)) + "}"
    return (f"read_csv({literal(str(source))}, auto_detect = false, header = false, "
            f"delim = {literal(delimiter)}, quote = '\"', escape = '\"', strict_mode = true, "
            f"columns = {columns}, encoding = {literal(encoding)})")


def _decode(head: bytes) -> tuple[str, str]:
    """UTF-8 (a BOM is dropped by the engine) when the bytes are UTF-8, else Latin-1."""
    try:
        return "utf-8", head.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.start > len(head) - 4:  # a character cut at the end of the sample
            return "utf-8", head[: error.start].decode("utf-8-sig")
        return "latin-1", head.decode("latin-1")


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the first lines into the same number (> 1) of fields."""
    best, best_score = ",", (0.0, 0)
    for candidate in DELIMITERS:
        widths = [len(r) for r in csv.reader(io.StringIO("\n".join(lines)), delimiter=candidate)]
        if not widths:
            continue
        common, count = Counter(widths).most_common(1)[0]
        score = (count / len(widths), common) if common > 1 else (0.0, 1)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _width(lines: list[str], delimiter: str) -> int:
    """Fields per record: the most common count over the first lines (quotes respected)."""
    widths = [len(r) for r in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)]
    return Counter(widths).most_common(1)[0][0] if widths else 1


def csv_error(label: str, error: duckdb.Error, language: str,
              path: Path | None = None) -> ImportFileError:
    """The engine's parse error as one clear sentence with the row it stopped at."""
    message = str(error)
    line = re.search(r"Line: (\d+)", message)
    row = int(line.group(1)) if line else None
    changed = _newline_change(path) if path and "invalid state" in message else None
    if changed:
        return ImportFileError(label, "mining.error.csv_newlines", language, row=changed)
    fields = re.search(r"Expected Number of Columns: (\d+) Found: (\d+)", message)
    if "unterminated quote" in message:
        return ImportFileError(label, "mining.error.csv_quote", language, row=row)
    if fields:
        return ImportFileError(label, "mining.error.csv_fields", language, row=row,
                               expected=fields.group(1), found=fields.group(2))
    if "encod" in message.lower() or "unicode" in message.lower():
        return ImportFileError(label, "mining.error.encoding", language, row=row)
    reason = message.splitlines()[0].removeprefix("Invalid Input Error: ")[:200]
    return ImportFileError(label, "error.file_unreadable", language, row=row, reason=reason)


def _newline_change(path: Path) -> int | None:
    """The first line that ends otherwise (CR LF or LF) than the first line does: the
    engine's parser stops on such a file without saying where."""
    with path.open("rb") as handle:
        first = None
        for number, text in enumerate(handle, 1):
            if not text.endswith(b"\n"):
                break
            windows = text.endswith(b"\r\n")
            if first is None:
                first = windows
            elif windows != first:
                return number
    return None


# -- Excel ----------------------------------------------------------------------------------


def _load_excel(con: duckdb.DuckDBPyConnection, source: Path, table: str, label: str,
                sheet: str | None, language: str, progress: Progress | None) -> RawTable:
    from openpyxl import load_workbook

    try:
        book = load_workbook(source, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, TypeError) as error:
        raise ImportFileError(label, "mining.error.excel", language,
                              reason=type(error).__name__) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ImportFileError(label, "error.file_missing_sheet", language,
                                  names={"sheet": sheet})
        rows = _sheet_rows(book[sheet or book.sheetnames[0]], progress)
    finally:
        book.close()
    if not rows:
        raise ImportFileError(label, "mining.error.empty", language, sheet=sheet)
    width = max(len(r) for r in rows)
    data = pd.DataFrame([r + [None] * (width - len(r)) for r in rows],
                        columns=[f"c{i}" for i in range(width)], dtype="string")
    con.register("_excel_rows", data)
    try:
        run(con, f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM _excel_rows")
    finally:
        con.unregister("_excel_rows")
    if progress:
        progress(0.6, "read")
    return RawTable(label, table, [], 1, 0)


def _sheet_rows(worksheet: Any, progress: Progress | None) -> list[list[str | None]]:
    """The sheet's cells as text; trailing empty rows dropped. Dates become ISO text."""
    total = max(int(worksheet.max_row or 0), 1)
    rows: list[list[str | None]] = []
    for index, values in enumerate(worksheet.iter_rows(values_only=True)):
        rows.append([_cell_text(v) for v in values])
        if progress and index % 20_000 == 0:
            progress(0.6 * min(index / total, 1.0), "read")
    while rows and all(v is None for v in rows[-1]):
        rows.pop()
    return rows


def _cell_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# -- headers --------------------------------------------------------------------------------


def _sample(con: duckdb.DuckDBPyConnection, table: str, limit: int) -> list[tuple[Any, ...]]:
    return con.execute(f"SELECT * FROM {table} WHERE rowid < {int(limit)} ORDER BY rowid"
                       ).fetchall()


def _header_rows(con: duckdb.DuckDBPyConnection, raw: RawTable, wanted: int | None,
                 language: str) -> int:
    if wanted is not None:
        if not 1 <= int(wanted) <= MAX_HEADER_ROWS:
            raise ImportFileError(raw.file, "mining.error.header_rows", language,
                                  most=MAX_HEADER_ROWS)
        return int(wanted)
    return detect_header_rows(_sample(con, raw.table, _BODY_SAMPLE))


def detect_header_rows(rows: list[tuple[Any, ...]]) -> int:
    """How many leading rows are headers: after the first, rows that hold text where the
    body holds numbers (survey tools add question texts or import ids under the names)."""
    enough = len(rows) > 2 * (MAX_HEADER_ROWS + 1)
    body = rows[MAX_HEADER_ROWS + 1:] if enough else rows[max(1, len(rows) // 2):]
    numeric = [i for i in range(len(rows[0]) if rows else 0) if _mostly_numbers(body, i)]
    count = 1
    for row in rows[1:MAX_HEADER_ROWS]:
        cells = [row[i] for i in numeric if row[i] not in (None, "")]
        if not numeric or not cells or any(_NUMBER.match(str(c)) for c in cells):
            break
        count += 1
    return count


def _mostly_numbers(rows: list[tuple[Any, ...]], index: int) -> bool:
    values = [r[index] for r in rows if r[index] not in (None, "")]
    return bool(values) and sum(bool(_NUMBER.match(str(v))) for v in values) >= 0.8 * len(values)


def _header_names(con: duckdb.DuckDBPyConnection, raw: RawTable) -> list[str]:
    """One name per column: the header rows' distinct non-empty texts joined with ' / ';
    an empty header becomes '#<n>', a repeated one gets ' (2)', ' (3)', …"""
    return header_names(_sample(con, raw.table, raw.header_rows))


def header_names(header: list[tuple[Any, ...]] | tuple[tuple[Any, ...], ...]) -> list[str]:
    """Column names from header rows (see `_header_names`)."""
    names: list[str] = []
    for index in range(len(header[0]) if header else 0):
        parts: list[str] = []
        for row in header:
            text = " ".join(str(row[index] or "").split())
            if text and text not in parts:
                parts.append(text)
        names.append(" / ".join(parts) or f"#{index + 1}")
    return _unique(names)


def _unique(names: list[str]) -> list[str]:
    seen: Counter[str] = Counter()
    result = []
    for name in names:
        seen[name] += 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return result

