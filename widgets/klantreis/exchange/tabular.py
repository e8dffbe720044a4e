"""Excel and CSV: one sheet (or one CSV file) per table, a header row of column names.
Saved versions of a journey are left out (`SHEET_TABLES`): only JSON carries them.

Both formats share the per-table conversion (`table_sheet` and `sheet_records`); only the
containers differ. Text is always written as text, so `=1+1` or `007` stays what was typed
and never becomes a formula or a number. Reading checks headers here and everything else in
`records.load_workshop`, which writes nothing unless the whole file is right.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from ..core.errors import ImportFileError
from ..core.files import atomic_path, write_all_atomic
from ..core.tables import ADDED_IN_FILES, OPTIONAL_IN_FILES, TABLE_ORDER, TABLES, Field
from ..core.validation import now_timestamp
from ..i18n import LANGUAGES, t
from .records import FORMAT_NAME, FORMAT_VERSION, dump_workshop, load_workshop

if TYPE_CHECKING:
    from ..core.store import Store
    from ..core.workshop import Workshop

ABOUT = "about"
_TEXT_KINDS = ("text", "name")
_BOM = "\ufeff"
# A version's snapshot is JSON text that runs to megabytes, and a spreadsheet cell holds at
# most 32,767 characters: versions travel in JSON files only, and a spreadsheet leaves them out.
SHEET_TABLES: tuple[str, ...] = tuple(name for name in TABLE_ORDER if name != "versions")
_CSV_NAMES = (ABOUT, *SHEET_TABLES)
# Characters XML 1.0 cannot carry (a bare \r is read back as \n): written as Excel's own
# `_xHHHH_` escapes, like Excel does; a literal `_xHHHH_` gets its underscore escaped.
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\r\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# OWASP "CSV injection": a spreadsheet that opens a CSV file runs a cell starting with one of
# these as a formula. Such a cell gets a `'` in front, and so does every cell that starts with
# `'` itself, so an import can take exactly that one `'` off again (see `_csv_guard`).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
# Byte order marks, longest first (a UTF-32 mark starts like a UTF-16 one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_UNREADABLE = (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError,
               TypeError, EOFError, csv.Error)


@dataclass
class Sheet:
    """One table as read from a file: its header and rows, with spreadsheet row numbers."""

    file: str
    name: str | None
    rows: list[tuple[int, Sequence[Any]]]


# -- shared per-table conversion ----------------------------------------------------------


def table_sheet(table_name: str, records: Iterable[dict[str, Any]]) -> list[list[Any]]:
    """A header row and one row per record; empty text becomes an empty cell."""
    columns = TABLES[table_name].columns
    return [list(columns), *([_to_cell(row[c]) for c in columns] for row in records)]


def _to_cell(value: Any) -> Any:
    """Empty text is an empty cell; a float Excel would round (it keeps 15 digits) is text."""
    if isinstance(value, float) and float(f"{value:.15g}") != value:
        return repr(value)
    return None if value == "" else value


def sheet_records(table_name: str, sheet: Sheet,
                  language: str) -> tuple[list[dict[str, Any]], list[int]]:
    """Records and their spreadsheet row numbers from a sheet; blank rows are skipped."""
    table = TABLES[table_name]
    header = _header(table_name, sheet, language)
    records, numbers = [], []
    for number, cells in sheet.rows[1:]:
        padded = list(cells) + [None] * (len(header) - len(cells))
        if all(_is_blank(cell) for cell in padded):
            continue
        records.append({name: _from_cell(table.by_field[name], padded[i])
                        for i, name in enumerate(header) if name is not None})
        numbers.append(number)
    return records, numbers


def _header(table_name: str, sheet: Sheet, language: str) -> list[str | None]:
    """Column names by position (None for blank header cells), checked against the field."""
    cells = sheet.rows[0][1] if sheet.rows else ()
    names = [None if _is_blank(c) else str(c).strip() for c in cells]
    columns = TABLES[table_name].columns
    for position, name in enumerate(names):
        if name is None:
            continue
        problem = ("error.file_unknown_column" if name not in columns
                   else "error.file_duplicate_column" if name in names[:position] else None)
        if problem:
            raise ImportFileError(sheet.file, problem, language, names={"column": name},
                              sheet=sheet.name, row=1)
    for column in columns:
        if column not in names and (table_name, column) not in ADDED_IN_FILES:
            raise ImportFileError(sheet.file, "error.file_missing_column", language,
                              names={"column": column}, sheet=sheet.name)
    return names


def _is_blank(cell: Any) -> bool:
    return cell is None or cell == ""


def _from_cell(field: Field, cell: Any) -> Any:
    """A cell as the record value `clean_value` expects; numbers in text columns become text."""
    if cell is None:
        return None
    if field.kind in _TEXT_KINDS:
        return cell if isinstance(cell, str) else _as_text(cell)
    if isinstance(cell, str):
        return cell if cell.strip() else None
    if field.kind in ("id", "ref", "choice"):
        return _as_text(cell)
    return cell


def _as_text(cell: Any) -> str:
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        return cell.isoformat()
    return str(cell)


def _about_rows(workshop: Workshop) -> list[list[Any]]:
    info = workshop.info()
    rows: list[list[Any]] = [
        ["key", "value"],
        ["format", FORMAT_NAME],
        ["version", FORMAT_VERSION],
        ["title", info["title"]],
        ["exported_at", now_timestamp()],
    ]
    if info["synthetic"]:
        rows.append(["note", t("export.synthetic_note", info["language"])])
    return rows


def _load_sheets(store: Store, sheets: dict[str, Sheet], *, source: str, new_ids: bool,
                 language: str | None) -> Workshop:
    lang = language if language in LANGUAGES else _sheet_language(sheets) or store.language
    _check_about(sheets.get(ABOUT), lang)
    data, numbers = {}, {}
    for name in SHEET_TABLES:
        if name not in sheets and name in OPTIONAL_IN_FILES:
            continue  # a file from before the table existed: `load_workshop` reads it as empty
        if name not in sheets:
            raise ImportFileError(source, "error.file_missing_sheet", lang,
                              names={"sheet": _sheet_label(sheets, name)})
        data[name], numbers[name] = sheet_records(name, sheets[name], lang)
    return load_workshop(store, data, source=source, new_ids=new_ids, language=lang,
                         locate=lambda name: (sheets[name].file, sheets[name].name),
                         row_numbers=numbers)


def _sheet_label(sheets: dict[str, Sheet], name: str) -> str:
    """How a missing table is called: its sheet name, or its file name for CSV."""
    csv_like = any(sheet.name is None for sheet in sheets.values())
    return f"{name}.csv" if csv_like or not sheets else name


def _sheet_language(sheets: dict[str, Sheet]) -> str | None:
    """The workshop's language read straight from its sheet, for header errors."""
    sheet = sheets.get("workshops")
    if sheet is None or len(sheet.rows) < 2:
        return None
    header = [str(c).strip() if c is not None else "" for c in sheet.rows[0][1]]
    if "language" not in header:
        return None
    cells = sheet.rows[1][1]
    position = header.index("language")
    found = cells[position] if position < len(cells) else None
    return found if found in LANGUAGES else None


def _check_about(sheet: Sheet | None, language: str) -> None:
    """An `about` sheet is optional, but if present it must describe this format."""
    if sheet is None:
        return
    about = {str(row[0]): row[1] for _, row in sheet.rows[1:] if len(row) >= 2}
    if about.get("format", FORMAT_NAME) != FORMAT_NAME:
        raise ImportFileError(sheet.file, "error.file_format", language, sheet=sheet.name)
    version = about.get("version", FORMAT_VERSION)
    if str(version).strip() != str(FORMAT_VERSION):
        raise ImportFileError(sheet.file, "error.file_version", language, sheet=sheet.name,
                              found=version, known=FORMAT_VERSION)


# -- Excel --------------------------------------------------------------------------------


def export_excel(workshop: Workshop, path: str | os.PathLike[str]) -> Path:
    """Write an .xlsx with an `about` sheet and one sheet per table."""
    target = Path(path)
    book = Workbook()
    book.remove(book.active)
    _write_sheet(book, ABOUT, _about_rows(workshop))
    tables = dump_workshop(workshop)
    for name in SHEET_TABLES:
        _write_sheet(book, name, table_sheet(name, tables[name]))
    with atomic_path(target) as temporary:
        book.save(temporary)
    return target


def _write_sheet(book: Workbook, title: str, rows: list[list[Any]]) -> None:
    sheet = book.create_sheet(title)
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c, value=_xlsx_escape(value))
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, error code or number
            if r == 1:
                cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for c in range(1, len(rows[0]) + 1):
        longest = max(len(str(row[c - 1] or "")) for row in rows[:200])
        sheet.column_dimensions[get_column_letter(c)].width = min(60, max(10, longest + 2))


def _xlsx_escape(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    return _XML_UNSAFE.sub(lambda m: f"_x{ord(m.group()):04X}_", value)


def _xlsx_unescape(value: Any) -> Any:
    if not isinstance(value, str) or "_x" not in value:
        return value
    return _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


def import_excel(store: Store, path: str | os.PathLike[str], *, new_ids: bool = False,
                 language: str | None = None) -> Workshop:
    """Import a workshop from an .xlsx export; nothing is written if anything is wrong."""
    source = Path(path)
    sheets = _read_workbook(source, language or store.language)
    return _load_sheets(store, sheets, source=source.name, new_ids=new_ids, language=language)


def _read_workbook(path: Path, language: str) -> dict[str, Sheet]:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            return {ws.title: Sheet(path.name, ws.title, _numbered(
                tuple(_xlsx_unescape(v) for v in row) for row in ws.iter_rows(values_only=True)
            )) for ws in book.worksheets}
        finally:
            book.close()
    except _UNREADABLE as error:
        raise _unreadable(path.name, error, language) from error


def _numbered(rows: Iterable[Sequence[Any]]) -> list[tuple[int, Sequence[Any]]]:
    return list(enumerate(rows, start=1))


def _unreadable(file: str, error: Exception, language: str) -> ImportFileError:
    reason = str(error).strip() or type(error).__name__
    return ImportFileError(file, "error.file_unreadable", language, reason=reason)


# -- CSV ----------------------------------------------------------------------------------


def export_csv(workshop: Workshop, directory: str | os.PathLike[str]) -> Path:
    """Write `about.csv` and one `<table>.csv` per table (UTF-8 with BOM, for Excel).

    A path ending in `.zip` gets a zip file with the same CSV files instead of a directory.
    """
    target = Path(directory)
    files = {f"{ABOUT}.csv": _csv_bytes(_about_rows(workshop))}
    tables = dump_workshop(workshop)
    for name in SHEET_TABLES:
        files[f"{name}.csv"] = _csv_bytes(table_sheet(name, tables[name]))
    if target.suffix.lower() == ".zip":
        with atomic_path(target) as temporary, \
                zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            for file, content in files.items():
                archive.writestr(file, content)
    else:
        target.mkdir(parents=True, exist_ok=True)
        write_all_atomic({target / file: content for file, content in files.items()})
    return target


def _csv_bytes(rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([[_csv_guard(_csv_text(v)) for v in row] for row in rows])
    return (_BOM + buffer.getvalue()).encode("utf-8")


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return repr(value) if isinstance(value, float) else str(value)


def _csv_guard(text: str) -> str:
    """A cell a spreadsheet would run as a formula, or that starts with `'`, gets a `'` in
    front; a plain number (`-5`, `+1.5e3`) is left as it is, being no formula."""
    if text.startswith(_GUARD) or (
            text.startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text)):
        return _GUARD + text
    return text


def _csv_unguard(cell: str) -> str:
    """The cell as it was before `_csv_guard`: one leading `'` before a formula character or
    another `'` is taken off; any other `'` (typed in a spreadsheet) stays."""
    if cell[:1] == _GUARD and cell[1:2] and cell[1:2] in (_GUARD, *_FORMULA_STARTS):
        return cell[1:]
    return cell


def import_csv(store: Store, path: str | os.PathLike[str], *, new_ids: bool = False,
               language: str | None = None) -> Workshop:
    """Import a workshop from a directory (or .zip) of CSV files written by `export_csv`."""
    source = Path(path)
    fallback = language or store.language
    try:
        files = _zip_files(source) if source.is_file() else _directory_files(source)
        sheets = {name: Sheet(file, None, _numbered(_csv_rows(content, file, fallback)))
                  for name, (file, content) in files.items()}
    except ImportFileError:
        raise
    except _UNREADABLE as error:
        raise _unreadable(source.name, error, fallback) from error
    return _load_sheets(store, sheets, source=source.name, new_ids=new_ids, language=language)


def _directory_files(directory: Path) -> dict[str, tuple[str, bytes]]:
    if not directory.is_dir():
        raise FileNotFoundError(f"no such directory: {directory.name}")
    return {name: (f"{name}.csv", (directory / f"{name}.csv").read_bytes())
            for name in _CSV_NAMES if (directory / f"{name}.csv").is_file()}


def _zip_files(path: Path) -> dict[str, tuple[str, bytes]]:
    """The CSV files in a zip, found by file name wherever they sit inside it."""
    with zipfile.ZipFile(path) as archive:
        members = {Path(m).name: m for m in archive.namelist() if not m.endswith("/")}
        return {name: (f"{path.name}/{name}.csv", archive.read(members[f"{name}.csv"]))
                for name in _CSV_NAMES if f"{name}.csv" in members}


def _csv_rows(content: bytes, file: str, language: str) -> list[list[str]]:
    """The rows of a CSV file in UTF-8 (with or without a byte order mark) or in UTF-16 or
    UTF-32 with one; any other encoding is refused at the first row it cannot read."""
    text = _csv_decode(content, file, language)
    return [[_csv_unguard(cell) for cell in row] for row in _csv_reader(text)]


def _csv_reader(text: str) -> Iterator[list[str]]:
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","  # Dutch Excel
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _csv_decode(content: bytes, file: str, language: str) -> str:
    """The text of a CSV file. Latin-1, Windows-1252 and UTF-16 without a byte order mark
    cannot be told apart from each other for certain, so they are refused, not guessed."""
    encoding = next((name for bom, name in _BOMS if content.startswith(bom)), "utf-8")
    # UTF-16 without a byte order mark reads as UTF-8 with a zero byte in every other place;
    # the data model allows no zero character, so the first one marks the row.
    bad = content.find(b"\x00") if encoding.startswith("utf-8") else -1
    if bad < 0:
        try:
            return content.decode(encoding)
        except UnicodeDecodeError as error:
            bad = error.start
    known = content[:bad].decode(encoding, errors="replace")
    raise ImportFileError(file, "error.file_encoding", language, row=_row_of(known))


def _row_of(before: str) -> int:
    """The row (counted from 1, as a spreadsheet does) that holds the text after `before`."""
    try:
        return sum(1 for _ in _csv_reader(before.removeprefix(_BOM) + "x"))
    except csv.Error:
        return before.count("\n") + 1
