"""Nothing written that should not be: exports are whole or absent, CSV cells never run as
formulas, Mermaid names are never markup, and bad files get a located message."""

from __future__ import annotations

import codecs
import csv
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_exchange import build_workshop, canonical, failed_import

from klantreis.core import files
from klantreis.core.files import atomic_path, write_all_atomic, write_atomic
from klantreis.core.store import Store
from klantreis.core.workshop import Workshop
from klantreis.exchange import (
    dump_workshop,
    export_csv,
    export_excel,
    export_json,
    export_mermaid,
    import_csv,
    import_json,
    to_mermaid,
    workshop_from_json_text,
    workshop_to_json,
)

FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-5 degrees", "'=already",
            "@SUM(A1)", "\tTAB", "'", "''x", "'plain", "-5", "+1.5e3"]


class Killed(BaseException):
    """Stands for the process being stopped halfway through an export."""


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# ------------------------------------------------------------------------- atomic writing


def test_a_writer_failing_halfway_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"the old export")
    with pytest.raises(Killed), atomic_path(target) as temporary:
        assert temporary.parent == tmp_path and temporary != target
        with open(temporary, "wb") as file:
            file.write(b"half of the n")
            raise Killed
    assert target.read_bytes() == b"the old export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_write_atomic_replaces_whole_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert write_atomic(target, "nieuw ë\n") == target
    assert target.read_bytes() == "nieuw ë\n".encode()
    assert target.stat().st_mode & 0o777 == 0o640
    write_atomic(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.bin"]


def test_several_files_are_all_written_before_any_is_replaced(tmp_path: Path) -> None:
    old = {tmp_path / "a.csv": b"old a", tmp_path / "b.csv": b"old b"}
    for path, data in old.items():
        path.write_bytes(data)

    class Unwritable:  # the second file fails while it is being written
        pass

    with pytest.raises(TypeError):
        write_all_atomic({tmp_path / "a.csv": b"new a", tmp_path / "b.csv": Unwritable()})  # type: ignore[dict-item]
    assert {p: p.read_bytes() for p in old} == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]


EXPORTS: dict[str, tuple[Callable[[Workshop, Path], Any], str]] = {
    "json": (export_json, "w.json"),
    "xlsx": (export_excel, "w.xlsx"),
    "csv folder": (export_csv, "w-csv"),
    "zip": (export_csv, "w.zip"),
    "mermaid": (export_mermaid, "w.mmd"),
}


@pytest.mark.parametrize("fmt", EXPORTS)
def test_an_export_killed_before_it_is_complete_leaves_the_old_file(
        fmt: str, sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export, name = EXPORTS[fmt]
    workshop = build_workshop(sqlite_store)
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    export(workshop, target)
    before = folder_bytes(out)
    workshop.update(title="Another title entirely")

    def killed(temporary: Path, final: Path) -> None:
        raise Killed

    monkeypatch.setattr(files, "_commit", killed)
    with pytest.raises(Killed):
        export(workshop, target)
    assert folder_bytes(out) == before  # byte for byte, and no temporary file
    monkeypatch.undo()
    export(workshop, target)
    assert folder_bytes(out) != before


def test_a_zip_export_failing_halfway_leaves_the_old_zip(
        sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workshop = build_workshop(sqlite_store)
    (tmp_path / "out").mkdir()
    target = export_csv(workshop, tmp_path / "out" / "w.zip")
    old = target.read_bytes()
    written = zipfile.ZipFile.writestr

    def writestr(archive: zipfile.ZipFile, name: Any, data: Any, *args: Any) -> None:
        if str(name) == "steps.csv":
            raise Killed
        written(archive, name, data, *args)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)
    with pytest.raises(Killed):
        export_csv(workshop, target)
    assert target.read_bytes() == old
    assert [p.name for p in target.parent.iterdir()] == ["w.zip"]


# ----------------------------------------------------------------------- CSV and formulas


def formula_workshop(store: Store) -> Workshop:
    workshop = build_workshop(store)
    steps = workshop.frame("steps")["id"].tolist()
    for number, text in enumerate(FORMULAS):
        column = ("doing", "thinking", "feeling")[number // len(steps)]
        workshop.update_step(steps[number % len(steps)], **{column: text})
    workshop.update(goal=FORMULAS[0])
    return workshop


@pytest.mark.parametrize("name", ["csv", "csv.zip"])
def test_csv_cells_never_start_a_formula_and_come_back_as_typed(
        name: str, sqlite_store: Store, tmp_path: Path) -> None:
    workshop = formula_workshop(sqlite_store)
    expected = canonical(dump_workshop(workshop))
    target = export_csv(workshop, tmp_path / name)
    raw = (zipfile.ZipFile(target).read("steps.csv") if target.is_file()
           else (target / "steps.csv").read_bytes()).decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(raw, newline="")) for cell in row]
    for text in FORMULAS[:4]:
        assert f"'{text}" in cells
    assert {"-5", "+1.5e3"} <= set(cells)  # a plain number is no formula: left as it is
    assert {"''", "'''x", "''plain", "'\tTAB", "'@SUM(A1)"} <= set(cells)
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")
                and c not in ("-5", "+1.5e3")]
    copy = import_csv(sqlite_store, target, new_ids=True)
    assert canonical(dump_workshop(copy)) == expected


def test_a_quote_typed_in_a_spreadsheet_before_ordinary_text_stays(sqlite_store: Store,
                                                                   tmp_path: Path) -> None:
    workshop = build_workshop(sqlite_store)
    folder = export_csv(workshop, tmp_path / "csv")
    steps = folder / "steps.csv"
    rows = list(csv.reader(io.StringIO(steps.read_text(encoding="utf-8-sig"), newline="")))
    column = rows[0].index("doing")
    rows[1][column] = "'007"
    rows[2][column] = "'=1+1"
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    steps.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    copy = import_csv(sqlite_store, folder, new_ids=True)
    doings = set(copy.frame("steps")["doing"])
    assert {"'007", "=1+1"} <= doings


# --------------------------------------------------------------------------------- Mermaid


def test_mermaid_names_are_never_markup(sqlite_store: Store) -> None:
    workshop = sqlite_store.create_workshop('<script>alert("t")</script>', language="en")
    journey = workshop.add_journey(workshop.add_persona("Ada"))
    phase = workshop.add_phase(journey, "<b>bold</b> & co")
    workshop.add_step(phase, "<img src=x onerror=alert(1)>", department="<i>d</i>",
                      channel='"web"')
    text = to_mermaid(workshop, journey)
    assert not {"<", ">", '"', "&"} & set(text)
    assert "title #60;script#62;alert(#34;t#34;)#60;/script#62;" in text
    assert "section #60;b#62;bold#60;/b#62; #38; co" in text
    assert "#60;img src=x onerror=alert(1)#62;" in text
    assert "#60;i#62;d#60;/i#62;, #34;web#34;" in text


# ---------------------------------------------------------------------------- bad JSON


def document_text(workshop: Workshop, change: Callable[[str], str]) -> str:
    return change(workshop_to_json(workshop))


def set_score(text: str, spelling: str) -> str:
    """The first rating's emotional score written as `spelling` (not valid JSON per se)."""
    document = json.loads(text)
    document["tables"]["ratings"][0]["emotional"] = "@@SCORE@@"
    return json.dumps(document).replace('"@@SCORE@@"', spelling)


@pytest.mark.parametrize("spelling", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_json_nan_and_infinity_are_refused_where_they_stand(spelling: str,
                                                            sqlite_store: Store) -> None:
    source = build_workshop(sqlite_store)
    text = set_score(workshop_to_json(source), spelling)
    error = failed_import(sqlite_store, lambda: workshop_from_json_text(
        sqlite_store, text, source="w.json", new_ids=True))
    assert (error.file, error.sheet, error.row, error.column) == (
        "w.json", "ratings", 1, "emotional")
    assert error.problem_key == "error.file_not_finite"
    assert str(error) == (f"w.json, sheet 'ratings', row 1, column 'emotional': '{spelling}' "
                          "is not a number that can be stored. Give a number or leave the "
                          "value out.")


def test_json_integer_of_thousands_of_digits_is_refused(sqlite_store: Store,
                                                        tmp_path: Path) -> None:
    source = build_workshop(sqlite_store, language="nl")
    path = tmp_path / "w.json"
    path.write_text(set_score(workshop_to_json(source), "9" * 5000), encoding="utf-8")
    error = failed_import(sqlite_store, lambda: import_json(sqlite_store, path, new_ids=True))
    assert error.problem_key == "error.file_number_too_long"
    assert (error.sheet, error.row, error.column) == ("ratings", 1, "emotional")
    assert "5000 cijfers" in str(error)


@pytest.mark.parametrize("depth", [3000, 100_000, 200])
def test_json_nested_deeply_is_refused(depth: int, sqlite_store: Store) -> None:
    text = "[" * depth + "]" * depth
    error = failed_import(sqlite_store, lambda: workshop_from_json_text(
        sqlite_store, text, source="deep.json"))
    assert error.problem_key == "error.file_too_deep"
    assert str(error).startswith("deep.json: the data is nested deeper than 32 levels")


def test_json_nested_deeply_inside_a_row_is_located(sqlite_store: Store) -> None:
    source = build_workshop(sqlite_store)
    document = json.loads(workshop_to_json(source))
    document["tables"]["steps"][1]["doing"] = "@@DEEP@@"
    text = json.dumps(document).replace('"@@DEEP@@"', "[" * 500 + "]" * 500)
    error = failed_import(sqlite_store, lambda: workshop_from_json_text(
        sqlite_store, text, source="w.json", new_ids=True))
    assert (error.problem_key, error.sheet, error.row, error.column) == (
        "error.file_too_deep", "steps", 2, "doing")


# ------------------------------------------------------------------- CSV text encodings


def rewrite(folder: Path, table: str, encode: Callable[[str], bytes]) -> None:
    file = folder / f"{table}.csv"
    file.write_bytes(encode(file.read_text(encoding="utf-8-sig")))


@pytest.mark.parametrize("encode", [
    lambda text: text.encode("utf-8"),  # no byte order mark
    lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    lambda text: text.encode("utf-16"),  # with a byte order mark, little- or big-endian
    lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
], ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be"])
def test_csv_files_in_utf8_or_utf16_with_a_mark_are_read(encode: Callable[[str], bytes],
                                                         sqlite_store: Store,
                                                         tmp_path: Path) -> None:
    workshop = build_workshop(sqlite_store)
    workshop.update_step(workshop.frame("steps")["id"].iloc[0], doing="Crème brûlée 😀")
    expected = canonical(dump_workshop(workshop))
    folder = export_csv(workshop, tmp_path / "csv")
    rewrite(folder, "steps", encode)
    copy = import_csv(sqlite_store, folder, new_ids=True)
    assert canonical(dump_workshop(copy)) == expected


def latin1(text: str) -> bytes:
    return text.encode("latin-1", errors="replace")


def utf16_without_mark(text: str) -> bytes:
    return text.encode("utf-16-le")


@pytest.mark.parametrize(("encode", "language", "expected"), [
    (latin1, "nl", "steps.csv, rij 3: de tekens in dit bestand zijn niet te lezen"),
    (latin1, "en", "steps.csv, row 3: the characters in this file cannot be read"),
    (utf16_without_mark, "en", "steps.csv, row 1: the characters in this file"),
])
def test_csv_in_another_encoding_is_refused_at_its_file_and_row(
        encode: Callable[[str], bytes], language: str, expected: str, sqlite_store: Store,
        tmp_path: Path) -> None:
    workshop = build_workshop(sqlite_store, language=language)
    steps = workshop.frame("steps").sort_values("position")
    workshop.update_step(steps["id"].iloc[-1], doing="Crème brûlée")
    folder = export_csv(workshop, tmp_path / "w-csv")
    rows = list(csv.reader(io.StringIO((folder / "steps.csv").read_text(encoding="utf-8-sig"),
                                       newline="")))
    row = next(n for n, cells in enumerate(rows, start=1) if "Crème brûlée" in cells)
    expected = expected.replace("row 3", f"row {row}").replace("rij 3", f"rij {row}")
    rewrite(folder, "steps", encode)
    with zipfile.ZipFile(tmp_path / "w.zip", "w") as archive:
        for file in folder.iterdir():
            archive.write(file, f"w-csv/{file.name}")
    for path in (folder, tmp_path / "w.zip"):
        error = failed_import(sqlite_store, lambda p=path: import_csv(
            sqlite_store, p, new_ids=True, language=language))
        assert error.problem_key == "error.file_encoding"
        assert str(error).startswith(expected if path == folder else f"w.zip/{expected}")
        assert "codec" not in str(error) and "0x" not in str(error)
