"""Export and import: lossless JSON, Excel and CSV round trips, located errors, Mermaid."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import openpyxl
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klantreis.core.errors import ImportFileError
from klantreis.core.schema import SQL_TABLES
from klantreis.core.store import Store, open_store
from klantreis.core.tables import TABLE_ORDER, TABLES
from klantreis.core.versions import current, load_version, save_version, versions
from klantreis.core.workshop import Workshop
from klantreis.exchange import (
    dump_workshop,
    export_csv,
    export_excel,
    export_json,
    export_mermaid,
    import_csv,
    import_excel,
    import_json,
    json_schema,
    load_workshop,
    to_mermaid,
    workshop_from_json_text,
    workshop_to_json,
)
from klantreis.exchange.json_format import SCHEMA_FILE
from klantreis.figures.versions import compare_versions

HOSTILE = '<img src=x onerror=alert(1)> <script>alert("x")</script> & "quotes"'
ODD_TEXTS = ["=1+1", "007", "  padded  ", " ", "a\r\nb\rc\nd", "#N/A", "TRUE", "1e5",
             "_x000D_", "😀 emoji", "مرحبا بالعالم", 'comma, "quote"; semi', "\ttab", "\uffff"]

Exporter = Callable[[Workshop, Path], Path]
Importer = Callable[..., Workshop]
FORMATS: dict[str, tuple[Exporter, Importer, str]] = {
    "json": (export_json, import_json, "workshop.json"),
    "xlsx": (export_excel, import_excel, "workshop.xlsx"),
    "csv": (export_csv, import_csv, "workshop-csv"),
    "zip": (export_csv, import_csv, "workshop.zip"),
}


# ------------------------------------------------------------------------------- helpers


def build_workshop(store: Store, language: str = "en", synthetic: bool = False) -> Workshop:
    """A small but complete workshop: every table has rows, odd text included."""
    w = store.create_workshop("Buying a fridge", language=language, goal="  padded goal  ",
                              scope=HOSTILE, synthetic=synthetic, vote_budget=3)
    persona = w.add_persona("Ada", description="Busy parent\nof two", quote="It broke! 😀")
    journey = w.add_journey(persona)
    orient = w.add_phase(journey, "Orientation", brand_goal="Be found")
    compare = w.add_phase(journey, "Compare", parent_id=orient, description="=1+1")
    buy = w.add_phase(journey, "Buy")
    search = w.add_step(orient, "Search online", channel="web", online=True, department="Marketing")
    ask = w.add_step(orient, "Ask a friend", kind="non_touchpoint", feeling="unsure, a bit")
    shop = w.add_step(compare, "Visit the shop", channel="store", doing="007")
    pay = w.add_step(buy, "Pay", channel="till", department="Sales", difficulties="مرحبا")
    bo = w.add_participant("Bo", "Sales")
    cy = w.add_participant("Cy")
    for person, scores in ((bo, (7, 8, 3, 9)), (cy, (6, 4, 2, 10))):
        for step, score in zip((search, ask, shop, pay), scores, strict=True):
            w.rate(person, step, functional=score, emotional=score, comment=f" {HOSTILE} ")
    w.add_moment(shop, "negative", reason="Long queue\r\nat the till")
    w.add_moment(pay, "positive", status="confirmed")
    w.add_evidence("survey", "n = 120", step_id=shop, insight="People wait")
    w.add_evidence("assumption", insight="Free-standing")
    idea = w.add_idea("Queue app", steps=[shop, pay], impact=4, effort=2, expected_effect=1.5,
                      metric="wait time")
    other = w.add_idea("Chat", description="", impact=None)
    w.vote(bo, idea, 2)
    w.vote(bo, other, 1)
    w.vote(cy, idea, 3)
    source = w.save_source("Survey 2024", "survey", {"columns": {"score": "Q1"},
                                                     "labels": [["Pay", pay], ["Buy*", buy]],
                                                     "note": HOSTILE})
    w.save_results(source, journey, [
        {"step_id": pay, "metric": "nps", "n": 40, "value": -12.5, "low": -30.0, "high": 5.0,
         "score": 5.9, "score_low": 5.2, "score_high": 6.6, "worst": 0, "best": 10},
        {"step_id": shop, "metric": "nps", "n": 2, "value": 100.0, "worst": 0, "best": 10},
        {"phase_id": buy, "metric": "nps", "n": 40, "value": -12.5, "score": 5.9,
         "worst": 0, "best": 10}])
    desired = w.derive_desired(journey)  # steps based on the current ones, and one new
    copies = w.frame("steps").query("based_on == @pay")
    w.update_step(copies["id"].iloc[0], target=9)
    w.add_step(copies["phase_id"].iloc[0], "Delivered the same day", target=10)
    assert desired
    return w


def current_journey(workshop: Workshop) -> str:
    return str(workshop.frame("journeys").query("variant == 'current'")["id"].iloc[0])


def with_versions(workshop: Workshop) -> dict[str, str]:
    """Two versions of the current journey with a step renamed, one deleted and one added
    between them, and a score changed since: names -> the steps' ids at the time."""
    journey = current_journey(workshop)
    steps = workshop.frame("steps")
    steps = steps[steps["based_on"].isna()].set_index("name")["id"]  # not the desired copies
    ids = {name: str(steps[name]) for name in ("Search online", "Ask a friend", "Pay")}
    save_version(workshop, journey, "March", note="before the queue app")
    workshop.update_step(ids["Search online"], name="Search the web")
    workshop.delete_step(ids["Ask a friend"], confirm=True)
    phase = workshop.frame("phases").query("name == 'Buy' and journey_id == @journey")["id"]
    phase = phase.iloc[0]
    ids["Compare prices"] = workshop.add_step(phase, "Compare prices", position=0)
    save_version(workshop, journey, "June")
    workshop.rate(workshop.participant_id("Bo"), ids["Pay"], functional=5, emotional=5)
    return ids


def march_against_now(workshop: Workshop) -> Any:
    journey = current_journey(workshop)
    march = versions(workshop, journey)["id"].iloc[0]
    return compare_versions(load_version(workshop, march), current(workshop, journey))


def row_counts(store: Store) -> dict[str, int]:
    with store.reading() as conn:
        return {n: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for n, t in SQL_TABLES.items()}


def failed_import(store: Store, action: Callable[[], Any]) -> ImportFileError:
    """Run an import that must fail, and check it left the store untouched."""
    before, counts = store.workshops(), row_counts(store)
    with pytest.raises(ImportFileError) as caught:
        action()
    assert store.workshops().equals(before)
    assert row_counts(store) == counts
    return caught.value


def canonical(dump: dict[str, list[dict[str, Any]]]) -> dict[str, list[str]]:
    """Tables with every id replaced by what it points at: equal modulo ids."""
    by_id = {name: {row["id"]: row for row in rows} for name, rows in dump.items()
             if "id" in TABLES[name].by_field}

    names = {i: f"<{n}: {row['name']}>" for n in ("steps", "phases")
             for i, row in by_id[n].items()}

    def describe(name: str, row: dict[str, Any]) -> tuple[Any, ...]:
        out = []
        for field in TABLES[name].fields:
            value = row[field.name]
            if field.kind == "ref" and value is not None:
                value = describe(str(field.ref), by_id[str(field.ref)][value])
            if field.name == "settings":  # label mappings name steps and phases by id
                value = json.dumps(json.loads(value)["labels"]) if value else value
                for found, label in names.items():
                    value = value.replace(found, label)
            if field.kind != "id":
                out.append((field.name, value))
        return tuple(out)

    return {name: sorted(repr(describe(name, row)) for row in rows) for name, rows in dump.items()}


def json_document(workshop: Workshop) -> dict[str, Any]:
    return json.loads(workshop_to_json(workshop))


def edit_sheet(path: Path, sheet: str, change: Callable[[Any], None]) -> None:
    book = openpyxl.load_workbook(path)
    change(book[sheet])
    book.save(path)


def edit_csv(directory: Path, table: str, change: Callable[[list[list[str]]], None]) -> None:
    file = directory / f"{table}.csv"
    rows = list(csv.reader(io.StringIO(file.read_text(encoding="utf-8-sig"), newline="")))
    change(rows)
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    file.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")


# ----------------------------------------------------------------------------- round trips


def test_dump_has_exactly_the_spec_columns(sqlite_store: Store) -> None:
    workshop = build_workshop(sqlite_store)
    save_version(workshop, current_journey(workshop), "Before")
    dump = dump_workshop(workshop)
    assert tuple(dump) == TABLE_ORDER
    for name, rows in dump.items():
        assert rows, name
        assert all(list(row) == TABLES[name].columns for row in rows)
    assert "workshop_id" not in dump["ratings"][0]
    assert json.loads(json.dumps(dump)) == dump


def test_json_round_trip_is_lossless(store: Store, tmp_path: Path) -> None:
    original = build_workshop(store)
    path = export_json(original, tmp_path / "w.json")
    with open_store(tmp_path / "copy.db") as other:
        copy = import_json(other, path)
        assert dump_workshop(copy) == dump_workshop(original)
        assert copy.revision == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_file_round_trip_is_lossless(fmt: str, sqlite_store: Store, tmp_path: Path) -> None:
    export, load, name = FORMATS[fmt]
    original = build_workshop(sqlite_store, synthetic=True)
    path = export(original, tmp_path / name)
    with open_store(tmp_path / "copy.db") as other:
        copy = load(other, path)
        assert dump_workshop(copy) == dump_workshop(original)
        assert copy.info()["revision"] == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_new_ids_give_a_second_equal_workshop(fmt: str, sqlite_store: Store,
                                              tmp_path: Path) -> None:
    export, load, name = FORMATS[fmt]
    original = build_workshop(sqlite_store)
    copy = load(sqlite_store, export(original, tmp_path / name), new_ids=True)
    before, after = dump_workshop(original), dump_workshop(copy)
    assert copy.id != original.id
    assert canonical(after) == canonical(before)
    old_ids = {row["id"] for rows in before.values() for row in rows if "id" in row}
    assert not old_ids & {row["id"] for rows in after.values() for row in rows if "id" in row}
    assert {r["workshop_id"] for r in after["participants"]} == {copy.id}
    assert len(sqlite_store.workshops()) == 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_importing_twice_fails_and_changes_nothing(fmt: str, sqlite_store: Store,
                                                   tmp_path: Path) -> None:
    export, load, name = FORMATS[fmt]
    path = export(build_workshop(sqlite_store), tmp_path / name)
    error = failed_import(sqlite_store, lambda: load(sqlite_store, path))
    assert error.problem_key == "error.workshop_exists"
    assert str(error).startswith(f"{Path(name).name}: workshop '")


def test_versions_travel_in_json_and_compare_the_same(store: Store, tmp_path: Path) -> None:
    original = build_workshop(store)
    with_versions(original)
    path = export_json(original, tmp_path / "w.json")
    assert [row["name"] for row in json_document(original)["tables"]["versions"]] == [
        "March", "June"]
    with open_store(tmp_path / "copy.db") as other:
        copy = import_json(other, path)
        assert dump_workshop(copy) == dump_workshop(original)
        assert march_against_now(copy).steps.equals(march_against_now(original).steps)


def test_new_ids_renew_the_ids_inside_a_snapshot(sqlite_store: Store, tmp_path: Path) -> None:
    original = build_workshop(sqlite_store)
    ids = with_versions(original)
    copy = import_json(sqlite_store, export_json(original, tmp_path / "w.json"), new_ids=True)
    journey = current_journey(copy)
    assert list(versions(copy, journey)["name"]) == ["March", "June"]
    march = load_version(copy, versions(copy, journey)["id"].iloc[0])
    assert march.journey_id == journey
    names = dict(zip(march.frames["steps"]["name"], march.frames["steps"]["id"], strict=True))
    renamed = copy.frame("steps").query("name == 'Search the web'")["id"].iloc[0]
    assert names["Search online"] == renamed != ids["Search online"]  # the same step, new id
    assert names["Ask a friend"] == ids["Ask a friend"]  # deleted before the export: kept
    # Then (March, two ratings each): Search 7 and 6, Pay 9 and 10; now Bo gave Pay a 5.
    ours, theirs = march_against_now(copy), march_against_now(original)
    assert list(ours.added["step_name"]) == ["Compare prices"]
    assert list(ours.removed["step_name"]) == ["Ask a friend"]
    moved = ours.moved.set_index("step_name")
    assert moved.loc["Search the web", ["then_mean", "now_mean", "change"]].tolist() == [
        6.5, 6.5, 0.0]
    assert moved.loc["Pay", ["then_mean", "now_mean", "change"]].tolist() == [9.5, 7.5, -2.0]
    assert ours.steps.drop(columns="step_id").equals(theirs.steps.drop(columns="step_id"))


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "zip"])
def test_spreadsheets_leave_versions_out_without_an_error(fmt: str, sqlite_store: Store,
                                                          tmp_path: Path) -> None:
    export, load, name = FORMATS[fmt]
    original = build_workshop(sqlite_store)
    with_versions(original)
    path = export(original, tmp_path / name)
    if fmt == "xlsx":
        assert "versions" not in openpyxl.load_workbook(path).sheetnames
    elif fmt == "csv":
        assert not (path / "versions.csv").exists() and (path / "sources.csv").exists()
    with open_store(tmp_path / "copy.db") as other:
        copy = load(other, path)
        before, after = dump_workshop(original), dump_workshop(copy)
        assert len(before["versions"]) == 2 and after["versions"] == []
        assert {**before, "versions": []} == after


def test_a_file_without_versions_imports_with_none(sqlite_store: Store, tmp_path: Path) -> None:
    document = json_document(build_workshop(sqlite_store))
    del document["tables"]["versions"]
    with open_store(tmp_path / "copy.db") as other:
        copy = workshop_from_json_text(other, json.dumps(document))
        assert copy.frame("versions").empty and len(copy.frame("steps")) == 4 + 4 + 1


def test_a_snapshot_the_kit_cannot_read_is_refused_and_located(sqlite_store: Store) -> None:
    workshop = build_workshop(sqlite_store)
    with_versions(workshop)
    tables = dump_workshop(workshop)
    tables["versions"][1]["snapshot"] = '{"format": 1, "tables": {"journeys": []}}'
    error = failed_import(sqlite_store, lambda: load_workshop(sqlite_store, tables, source="t",
                                                              new_ids=True))
    assert (error.sheet, error.row, error.column) == ("versions", 2, "snapshot")
    assert str(error) == ("t, sheet 'versions', row 2, column 'snapshot': Snapshot of this "
                          "version cannot be read: it is not a journey as the kit keeps one.")
    tables = dump_workshop(workshop)
    desired = tables["journeys"][1]["id"]
    snapshot = json.loads(tables["versions"][0]["snapshot"])
    snapshot["tables"]["journeys"][0]["id"] = desired
    tables["versions"][0]["snapshot"] = json.dumps(snapshot)
    error = failed_import(sqlite_store, lambda: load_workshop(sqlite_store, tables, source="t",
                                                              new_ids=True))
    assert str(error) == (f"t, sheet 'versions', row 1, column 'snapshot': Snapshot holds "
                          f"another journey ('{desired}') than the version's.")


def test_excel_marks_text_as_text_and_notes_synthetic_examples(sqlite_store: Store,
                                                               tmp_path: Path) -> None:
    path = export_excel(build_workshop(sqlite_store, synthetic=True), tmp_path / "w.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["about", *(n for n in TABLE_ORDER if n != "versions")]
    phases = book["phases"]
    assert phases.freeze_panes == "A2" and phases["A1"].font.b
    formula = [c for row in phases.iter_rows(min_row=2) for c in row if c.value == "=1+1"]
    assert formula and all(c.data_type == "s" for c in formula)
    about = {row[0]: row[1] for row in book["about"].iter_rows(values_only=True)}
    assert about["format"] == "klantreis-workshop" and about["version"] == 1
    assert about["note"].startswith("Synthetic example")


def test_numbers_typed_into_text_columns_come_back_as_text(sqlite_store: Store,
                                                           tmp_path: Path) -> None:
    path = export_excel(build_workshop(sqlite_store), tmp_path / "w.xlsx")
    edit_sheet(path, "evidence", lambda ws: setattr(ws["F2"], "value", 7))
    with open_store(tmp_path / "copy.db") as other:
        notes = [row["note"] for row in import_excel(other, path).rows("evidence")]
    assert "7" in notes


# ------------------------------------------------------------------- property-based trips

CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\x7f"
TEXT = st.one_of(
    st.sampled_from([*ODD_TEXTS, HOSTILE]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=CONTROL),
            max_size=12),
)
NAME = TEXT.filter(lambda s: bool(s.strip()))


@st.composite
def random_workshops(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "title": draw(NAME), "goal": draw(TEXT), "persona": draw(NAME), "quote": draw(TEXT),
        "phase": draw(NAME), "sub": draw(NAME), "step": draw(NAME), "doing": draw(TEXT),
        "department": draw(TEXT), "participant": draw(NAME), "comment": draw(TEXT),
        "idea": draw(NAME), "metric": draw(TEXT), "effect": draw(
            st.none() | st.floats(-9, 9, allow_nan=False)),
        "note": draw(TEXT), "reason": draw(TEXT), "score": draw(st.integers(1, 10)),
    }


def workshop_from(store: Store, v: dict[str, Any]) -> Workshop:
    w = store.create_workshop(v["title"], goal=v["goal"])
    journey = w.add_journey(w.add_persona(v["persona"], quote=v["quote"]))
    phase = w.add_phase(journey, v["phase"])
    step = w.add_step(w.add_phase(journey, v["sub"], parent_id=phase), v["step"],
                      doing=v["doing"], department=v["department"])
    person = w.add_participant(v["participant"], v["department"])
    w.rate(person, step, v["score"], 11 - v["score"], comment=v["comment"])
    idea = w.add_idea(v["idea"], steps=[step], metric=v["metric"], expected_effect=v["effect"])
    w.vote(person, idea, 1)
    w.add_evidence("interview", v["note"], step_id=step, insight=v["reason"])
    w.add_moment(step, "negative", reason=v["reason"])
    return w


@pytest.mark.slow  # many generated workshops
@pytest.mark.parametrize("fmt", ["json", "xlsx", "csv"])
@settings(max_examples=30, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(values=random_workshops())
def test_random_text_survives_a_round_trip(fmt: str, values: dict[str, Any]) -> None:
    export, load, name = FORMATS[fmt]
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        with open_store(here / "a.db") as first, open_store(here / "b.db") as second:
            original = workshop_from(first, values)
            copy = load(second, export(original, here / name))
            assert dump_workshop(copy) == dump_workshop(original)


# ---------------------------------------------------------------------------- bad files


def test_malformed_json_names_file_and_line(sqlite_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "klantreis-workshop",\n  "version": 1,\n  oops\n}')
    error = failed_import(sqlite_store, lambda: import_json(sqlite_store, path))
    assert str(error).startswith("broken.json: this is not valid JSON (")
    assert "line 4" in str(error)


@pytest.mark.parametrize(("change", "expected"), [
    ({"format": "something-else"}, "this is not a Klantreis export"),
    ({"format": None}, "this is not a Klantreis export"),
    ({"version": 2}, "format version 2 is not supported (this version reads 1)."),
    ({"version": None}, "format version — is not supported"),
])
def test_wrong_format_or_version(change: dict[str, Any], expected: str, sqlite_store: Store
                                 ) -> None:
    document = json_document(build_workshop(sqlite_store))
    document.update(change)
    document = {k: v for k, v in document.items() if v is not None}
    text = json.dumps(document)
    error = failed_import(sqlite_store, lambda: workshop_from_json_text(
        sqlite_store, text, source="w.json", new_ids=True))
    assert str(error).startswith("w.json: ") and expected in str(error)


def test_schema_violation_is_located_and_translated(sqlite_store: Store) -> None:
    document = json_document(build_workshop(sqlite_store))
    document["tables"]["ratings"][2]["emotional"] = "high"
    text = json.dumps(document)
    error = failed_import(sqlite_store, lambda: workshop_from_json_text(
        sqlite_store, text, source="w.json", new_ids=True))
    assert str(error) == ("w.json, sheet 'ratings', row 3, column 'emotional': "
                          "Emotional score must be a whole number, not 'high'.")


def test_schema_violation_without_a_spec_message_quotes_the_schema(sqlite_store: Store) -> None:
    document = json_document(build_workshop(sqlite_store))
    document["tables"]["steps"][0]["online"] = "yes"  # the API would accept it; files may not
    text = json.dumps(document)
    error = failed_import(sqlite_store, lambda: workshop_from_json_text(
        sqlite_store, text, source="w.json", new_ids=True))
    assert str(error) == ("w.json, sheet 'steps', row 1, column 'online': the content does not "
                          "match the format: 'yes' is not of type 'boolean'")


def test_json_structure_errors(sqlite_store: Store) -> None:
    document = json_document(build_workshop(sqlite_store))
    document["tables"]["workshops"] *= 2
    text = json.dumps(document)
    error = failed_import(sqlite_store, lambda: workshop_from_json_text(sqlite_store, text))
    assert str(error) == "<text>, sheet 'workshops': a file must hold exactly one workshop, not 2."
    document["tables"]["workshops"] = document["tables"]["workshops"][:1]
    document["tables"]["steps"] = {"rows": document["tables"]["steps"] * 50}
    text = json.dumps(document)
    error = failed_import(sqlite_store, lambda: workshop_from_json_text(sqlite_store, text))
    assert str(error).startswith("<text>, sheet 'steps': the content does not match the format")
    assert str(error).endswith("…") and len(str(error)) < 300


def test_missing_and_unknown_json_columns(sqlite_store: Store) -> None:
    document = json_document(build_workshop(sqlite_store))
    del document["tables"]["moments"][1]["reason"]
    text = json.dumps(document)
    error = failed_import(sqlite_store, lambda: workshop_from_json_text(sqlite_store, text))
    assert str(error) == "<text>, sheet 'moments', row 2: the column 'reason' is missing."
    document = json_document(build_workshop(sqlite_store))
    document["tables"]["ideas"][0]["colour"] = "red"
    text = json.dumps(document)
    error = failed_import(sqlite_store, lambda: workshop_from_json_text(sqlite_store, text))
    assert str(error) == "<text>, sheet 'ideas', row 1: unknown column 'colour'."


@pytest.mark.parametrize("language", ["en", "nl"])
def test_out_of_range_score_in_excel(language: str, sqlite_store: Store,
                                     tmp_path: Path) -> None:
    path = export_excel(build_workshop(sqlite_store, language=language), tmp_path / "w.xlsx")
    edit_sheet(path, "ratings", lambda ws: setattr(ws["D3"], "value", 12))
    assert openpyxl.load_workbook(path)["ratings"]["D1"].value == "emotional"
    error = failed_import(sqlite_store, lambda: import_excel(sqlite_store, path, new_ids=True))
    expected = {
        "en": "w.xlsx, sheet 'ratings', row 3, column 'emotional': "
              "Emotional score must be between 1 and 10, not 12.",
        "nl": "w.xlsx, blad 'ratings', rij 3, kolom 'emotional': "
              "Emotioneel cijfer moet tussen 1 en 10 liggen, niet 12.",
    }
    assert str(error) == expected[language]
    assert error.message("en") == expected["en"]


def test_out_of_range_score_in_csv(sqlite_store: Store, tmp_path: Path) -> None:
    folder = export_csv(build_workshop(sqlite_store), tmp_path / "csv")
    edit_csv(folder, "ratings", lambda rows: rows[6].__setitem__(3, "12"))
    error = failed_import(sqlite_store, lambda: import_csv(sqlite_store, folder, new_ids=True))
    assert str(error) == ("ratings.csv, row 7, column 'emotional': "
                          "Emotional score must be between 1 and 10, not 12.")


def test_dangling_reference(sqlite_store: Store, tmp_path: Path) -> None:
    folder = export_csv(build_workshop(sqlite_store), tmp_path / "csv")
    edit_csv(folder, "idea_steps", lambda rows: rows[1].__setitem__(1, "no-such-step"))
    error = failed_import(sqlite_store, lambda: import_csv(sqlite_store, folder, new_ids=True))
    assert str(error) == ("idea_steps.csv, row 2, column 'step_id': "
                          "'no-such-step' refers to something that is not in the file.")


def test_missing_and_unknown_columns_in_sheets(sqlite_store: Store, tmp_path: Path) -> None:
    workshop = build_workshop(sqlite_store)
    path = export_excel(workshop, tmp_path / "w.xlsx")
    edit_sheet(path, "moments", lambda ws: ws.delete_cols(4))
    error = failed_import(sqlite_store, lambda: import_excel(sqlite_store, path, new_ids=True))
    assert str(error) == "w.xlsx, sheet 'moments': the column 'reason' is missing."
    folder = export_csv(workshop, tmp_path / "csv")
    edit_csv(folder, "votes", lambda rows: [r.append("x") for r in rows])
    error = failed_import(sqlite_store, lambda: import_csv(sqlite_store, folder, new_ids=True))
    assert str(error) == "votes.csv, row 1: unknown column 'x'."


def test_missing_sheet_and_missing_csv_file(sqlite_store: Store, tmp_path: Path) -> None:
    workshop = build_workshop(sqlite_store)
    path = export_excel(workshop, tmp_path / "w.xlsx")
    book = openpyxl.load_workbook(path)
    del book["votes"]
    book.save(path)
    error = failed_import(sqlite_store, lambda: import_excel(sqlite_store, path, new_ids=True))
    assert str(error) == "w.xlsx: the sheet 'votes' is missing."
    folder = export_csv(workshop, tmp_path / "csv")
    (folder / "steps.csv").unlink()
    error = failed_import(sqlite_store, lambda: import_csv(sqlite_store, folder, new_ids=True))
    assert str(error) == "csv: the sheet 'steps.csv' is missing."


@pytest.mark.parametrize(("importer", "name"), [(import_excel, "bad.xlsx"),
                                               (import_csv, "bad.zip"),
                                               (import_json, "bad.json")])
def test_corrupt_files_are_unreadable(importer: Importer, name: str, sqlite_store: Store,
                                      tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 this is not what it claims \xff\xfe")
    error = failed_import(sqlite_store, lambda: importer(sqlite_store, path))
    assert str(error).startswith(f"{name}: ")
    assert error.problem_key in ("error.file_unreadable", "error.file_not_json")


def test_zip_without_tables_and_xlsx_from_elsewhere(sqlite_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    error = failed_import(sqlite_store, lambda: import_csv(sqlite_store, path))
    assert str(error) == "empty.zip: the sheet 'workshops.csv' is missing."
    other = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(other)
    error = failed_import(sqlite_store, lambda: import_excel(sqlite_store, other))
    assert str(error) == "other.xlsx: the sheet 'workshops' is missing."


Tables = dict[str, list[dict[str, Any]]]


def _index(rows: list[dict[str, Any]], **match: Any) -> int:
    return next(i for i, row in enumerate(rows) if match.items() <= row.items())


def _phase_cycle(tables: Tables) -> str:
    phases = tables["phases"]
    top, sub = _index(phases, name="Orientation"), _index(phases, name="Compare")
    phases[top]["parent_id"] = phases[sub]["id"]
    first = min(top, sub)  # both rows are in the cycle: the first one in the file is named
    return (f"sheet 'phases', row {first + 1}, column 'parent_id': A phase cannot sit under "
            "itself or under one of its own sub-phases.")


def _over_budget(tables: Tables) -> str:
    cy = next(p["id"] for p in tables["participants"] if p["name"] == "Cy")
    row = _index(tables["votes"], participant_id=cy)
    tables["votes"][row]["votes"] = 4
    return f"sheet 'votes', row {row + 1}, column 'votes': Cy has 3 of 3 votes left and " \
        "cannot give 4."


def _duplicate_step(tables: Tables) -> str:
    tables["steps"].append(dict(tables["steps"][0]))
    row = len(tables["steps"])
    return f"sheet 'steps', row {row}, column 'id': the id '{tables['steps'][0]['id']}' " \
        "occurs twice."


def _desired_step_based_on_a_desired_step(tables: Tables) -> str:
    copies = [i for i, row in enumerate(tables["steps"]) if row["based_on"] is not None]
    first, second = copies[0], copies[1]
    tables["steps"][second]["based_on"] = tables["steps"][first]["id"]
    name = tables["steps"][first]["name"]
    return (f"sheet 'steps', row {second + 1}, column 'based_on': A step of the desired "
            f"journey belongs to a step of the current journey; '{name}' is itself a desired "
            "step.")


def _duplicate_rating(tables: Tables) -> str:
    first = tables["ratings"][0]
    tables["ratings"].append({**first, "comment": "again"})
    return (f"sheet 'ratings', row 9: the combination participant_id = "
            f"'{first['participant_id']}', step_id = '{first['step_id']}' occurs twice.")


def _duplicate_name(tables: Tables) -> str:
    tables["participants"].append({**tables["participants"][0], "id": "p2"})
    name = tables["participants"][0]["name"]
    return (f"sheet 'participants', row 3, column 'name': There is already a participant "
            f"named '{name}'. Please choose another name.")


def _dangling_evidence(tables: Tables) -> str:
    tables["evidence"][0]["step_id"] = "gone"
    return "sheet 'evidence', row 1, column 'step_id': 'gone' refers to something that is " \
        "not in the file."


def _no_timestamp(tables: Tables) -> str:
    tables["ratings"][0]["updated_at"] = None
    return "sheet 'ratings', row 1, column 'updated_at': Updated at is required: please fill " \
        "it in."


def _two_workshops(tables: Tables) -> str:
    tables["workshops"].append(tables["workshops"][0])
    return "sheet 'workshops': a file must hold exactly one workshop, not 2."


def _no_votes(tables: Tables) -> str:
    del tables["votes"]
    return "the sheet 'votes' is missing."


def _extra_table(tables: Tables) -> str:
    tables["notes"] = []
    return "unknown sheet or table 'notes'."


@pytest.mark.parametrize("change", [
    _phase_cycle, _over_budget, _duplicate_step, _desired_step_based_on_a_desired_step,
    _duplicate_rating, _duplicate_name,
    _dangling_evidence, _no_timestamp, _two_workshops, _no_votes, _extra_table,
])
def test_record_checks(change: Callable[[Tables], str], sqlite_store: Store) -> None:
    tables = dump_workshop(build_workshop(sqlite_store))
    expected = change(tables)
    error = failed_import(sqlite_store, lambda: load_workshop(sqlite_store, tables, source="t"))
    assert str(error) in (f"t, {expected}", f"t: {expected}")


def test_ids_already_used_elsewhere_in_the_store(sqlite_store: Store) -> None:
    tables = dump_workshop(build_workshop(sqlite_store))
    tables["workshops"][0]["id"] = "fresh"
    tables["participants"] = [{**p, "workshop_id": "fresh"} for p in tables["participants"]]
    for name in ("personas", "journeys", "evidence", "ideas", "sources", "source_results"):
        tables[name] = [{**r, "workshop_id": "fresh"} for r in tables[name]]
    error = failed_import(sqlite_store, lambda: load_workshop(sqlite_store, tables, source="t"))
    assert error.problem_key == "error.file_id_taken"
    assert error.sheet == "participants" and error.row == 1 and error.column == "id"


# ------------------------------------------------------------------------- the schema


def test_committed_schema_is_the_generated_one(sqlite_store: Store) -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema()
    jsonschema.Draft202012Validator.check_schema(json_schema())
    document = json_document(build_workshop(sqlite_store, synthetic=True))
    jsonschema.validate(document, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")),
                        cls=jsonschema.Draft202012Validator)


# ---------------------------------------------------------------------------- Mermaid


def test_mermaid_journey_for_a_small_workshop(sqlite_store: Store, tmp_path: Path) -> None:
    w = build_workshop(sqlite_store)
    current = w.frame("journeys").query("variant == 'current'")["id"].iloc[0]
    expected = (
        "journey\n"
        "  title Buying a fridge\n"
        "  section Orientation\n"
        "    Search online: 4: Marketing, web\n"
        "    Ask a friend: 3\n"
        "  section Orientation / Compare\n"
        "    Visit the shop: 2: store\n"
        "  section Buy\n"
        "    Pay: 5: Sales, till\n"
    )
    assert to_mermaid(w, current) == expected
    assert to_mermaid(w, current, score="functional") == expected
    assert "section current journey / Orientation" in to_mermaid(w)  # both journeys
    path = export_mermaid(w, tmp_path / "journey.mmd", current)
    assert path.read_text(encoding="utf-8") == expected


def test_mermaid_unrated_steps_and_hostile_names(sqlite_store: Store) -> None:
    w = sqlite_store.create_workshop("Plan: #1; 100%% done", language="nl")
    journey = w.add_journey(w.add_persona("Ada"))
    phase = w.add_phase(journey, "Fase: één\n#twee")
    w.add_step(phase, "Stap: a # b\nc; d", department="Klant, service", channel="%%x")
    w.add_step(phase, "section gevaar")
    w.add_step(phase, "Journey")
    lines = to_mermaid(w, journey_id=journey).splitlines()
    assert lines == [
        "journey",
        "  title Plan∶ #35;1#59; 100#37;#37; done",
        "  section Fase∶ één #35;twee",
        "    Stap∶ a #35; b c#59; d (nog niet beoordeeld): 3: Klant#44; service, #37;#37;x",
        "    #115;ection gevaar (nog niet beoordeeld): 3",
        "    #74;ourney (nog niet beoordeeld): 3",
    ]
    task = re.compile(r"^    [^:#;\n]*(#\d+;[^:#;\n]*)*: [1-5](: .+)?$")
    assert all(task.match(line) for line in lines[3:])
