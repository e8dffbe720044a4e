"""The dashboard's versions: the facilitator saves and deletes them, everybody lists and
compares them, and nobody else can save or delete, whatever they send."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pytest
import sqlalchemy as sa

from klantreis.core.schema import SQL_TABLES
from klantreis.core.store import Store, open_store
from klantreis.core.versions import save_version, versions
from klantreis.ui.dashboard.panel import DashboardPanel
from klantreis.ui.dashboard.versions import NOW, Versions
from klantreis.ui.session import Session, SessionChoice, open_session

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def filled(tmp_path: Path) -> dict[str, Any]:
    """One journey: Book (Search: 6 and 7, Pack: 3 and 5), Stay (Check in: 9)."""
    path = tmp_path / "workshop.db"
    with open_store(path) as store:
        w = store.create_workshop("Hotel", language="en")
        persona = w.add_persona("Eva")
        journey = w.add_journey(persona, "Stay")
        other = w.add_journey(w.add_persona("Bob"), "Other")
        book, stay = w.add_phase(journey, "Book"), w.add_phase(journey, "Stay")
        steps = {"search": w.add_step(book, "Search"),
                 "pack": w.add_step(book, "Pack", kind="non_touchpoint"),
                 "check_in": w.add_step(stay, "Check in")}
        ann, bo = w.add_participant("Ann"), w.add_participant("Bo")
        for person, scores in ((ann, (6, 3, 9)), (bo, (7, 5, None))):
            for step, score in zip(steps.values(), scores, strict=True):
                if score is not None:
                    w.rate(person, step, None, score)
    return {"path": str(path), "id": w.id, "journey": journey, "other": other,
            "steps": steps, "ann": ann, "bo": bo}


def panel_as(filled: dict[str, Any], role: str = "facilitator", language: str = "en",
             read_only: bool = False) -> DashboardPanel:
    store = open_store(filled["path"], read_only=read_only)
    return DashboardPanel(Session(store, store.workshop(filled["id"]), role, None, language))


def counts(store: Store) -> dict[str, int]:
    with store.reading() as conn:
        return {name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for name, t in SQL_TABLES.items()}


def table_rows(markup: str) -> list[list[str]]:
    return [re.findall(r"<td>(.*?)</td>", row)
            for row in re.findall(r"<tr>(.*?)</tr>", markup) if "<td>" in row]


def save(section: Versions, name: str, note: str = "") -> None:
    section.name.value, section.note.value = name, note
    section.save()


def test_the_facilitator_saves_a_version_and_compares_it_with_now(
        filled: dict[str, Any]) -> None:
    panel = panel_as(filled)
    section = panel.versions
    assert section.form.layout.display != "none"
    assert section.comparison.layout.display == "none"  # nothing to compare yet
    save(section, "  March ", "before the new desk")
    assert section.feedback.key == "versions.saved"
    assert (section.name.value, section.note.value) == ("", "")
    assert list(versions(panel.workshop, filled["journey"])["name"]) == ["March"]
    line = section.listing.widget.children[0].children[0].value
    assert "<b>March</b>" in line and "before the new desk" in line
    assert (section.then.label, section.now.value) == ("March", NOW)
    assert section.chart.widget.value.startswith("<svg")
    assert "No steps added." in section.changes.value
    # Search 6.5, Pack 4.0, Check in 9.0, then and now
    assert table_rows(section.moved.value) == [["Search", "6.5", "6.5", "+0.0"],
                                               ["Pack", "4.0", "4.0", "+0.0"],
                                               ["Check in", "9.0", "9.0", "+0.0"]]
    with open_store(filled["path"]) as writer:  # the team rates again, elsewhere
        workshop = writer.workshop(filled["id"])
        workshop.rate(filled["ann"], filled["steps"]["pack"], None, 9)
        workshop.rate(filled["bo"], filled["steps"]["check_in"], None, 6)
    assert panel.state.live.tick()
    # Pack (9, 5) 7.0: +3.0; Check in (9, 6) 7.5: -1.5
    assert table_rows(section.moved.value)[1:] == [["Pack", "4.0", "7.0", "+3.0"],
                                                   ["Check in", "9.0", "7.5", "-1.5"]]


def test_numbers_are_written_as_the_page_writes_them(filled: dict[str, Any]) -> None:
    with open_store(filled["path"]) as store:
        workshop = store.workshop(filled["id"])
        save_version(workshop, filled["journey"], "Maart")
        workshop.rate(filled["bo"], filled["steps"]["search"], None, 10)
    section = panel_as(filled, language="nl").versions
    assert table_rows(section.moved.value)[0] == ["Search", "6,5", "8,0", "+1,5"]
    assert "<th>Toen</th>" in section.moved.value
    assert re.search(r"\d\d-\d\d-\d{4} \d\d:\d\d UTC",
                     section.listing.widget.children[0].children[0].value)


def test_steps_added_removed_and_renamed_since(filled: dict[str, Any]) -> None:
    with open_store(filled["path"]) as store:
        workshop = store.workshop(filled["id"])
        save_version(workshop, filled["journey"], "March")
        workshop.update_step(filled["steps"]["search"], name="Search " + HOSTILE)
        workshop.delete_step(filled["steps"]["pack"], confirm=True)
        stay = workshop.frame("phases").query("name == 'Stay'")["id"].iloc[0]
        workshop.add_step(stay, "Find the iron")
    section = panel_as(filled).versions
    changes = section.changes.value
    assert "<li>Find the iron <small>(Stay)</small></li>" in changes
    assert "<li>Pack <small>(Book)</small></li>" in changes
    assert changes.index("Steps added") < changes.index("Find the iron") < changes.index(
        "Steps removed") < changes.index("Pack")
    # the renamed step is the same step: compared, under its new name, escaped
    assert table_rows(section.moved.value)[0] == [
        "Search &lt;script&gt;alert(1)&lt;/script&gt;", "6.5", "6.5", "+0.0"]
    assert "<script" not in section.moved.value + section.chart.widget.value


@pytest.mark.parametrize(("name", "key"), [
    ("", "error.required"),
    ("   ", "error.required"),
    ("x" * 10_000, "error.too_long"),
    ("Maart\x00", "error.control_character"),
    ("Maart", "error.duplicate_name"),
])
def test_bad_input_gets_a_sentence_and_writes_nothing(filled: dict[str, Any], name: str,
                                                      key: str) -> None:
    section = panel_as(filled, language="nl").versions
    save(section, "Maart")
    before, revision = counts(section.workshop.store), section.workshop.revision
    save(section, name, "n" * 10)
    assert section.feedback.key == key
    assert 'role="alert"' in section.feedback.widget.value
    assert "Traceback" not in section.feedback.widget.value
    assert counts(section.workshop.store) == before and section.workshop.revision == revision
    assert section.name.value == name  # kept, to be corrected


def test_a_note_that_is_too_long_is_refused_in_dutch(filled: dict[str, Any]) -> None:
    section = panel_as(filled, language="nl").versions
    save(section, "Maart", "n" * 10_000)
    assert section.feedback.key == "error.too_long"
    assert "Notitie is te lang (10000 tekens)" in section.feedback.widget.value
    assert versions(section.workshop, filled["journey"]).empty


def test_markup_in_a_name_is_kept_and_shown_as_text(filled: dict[str, Any]) -> None:
    section = panel_as(filled).versions
    save(section, HOSTILE, HOSTILE)
    assert list(versions(section.workshop, filled["journey"])["name"]) == [HOSTILE]
    shown = section.listing.widget.children[0].children[0].value + section.feedback.widget.value
    assert "<script" not in shown and shown.count("&lt;script&gt;") == 3
    assert section.then.label == HOSTILE  # a dropdown shows its labels as text
    assert "<script" not in section.chart.widget.value


@pytest.mark.parametrize("role", ["viewer", "participant"])
def test_only_the_facilitator_saves_or_deletes_whatever_is_sent(filled: dict[str, Any],
                                                                 role: str) -> None:
    with open_store(filled["path"]) as store:
        kept = save_version(store.workshop(filled["id"]), filled["journey"], "March")
    section = panel_as(filled, role=role).versions
    assert section.form.layout.display == "none"
    row = section.listing.widget.children[0]
    assert "kr-versions-row" in row._dom_classes  # the line only: no delete button
    assert section.chart.widget.value.startswith("<svg")  # but the comparison, yes
    before = counts(section.workshop.store)
    save(section, "Mallory's version")  # as a crafted message would press the hidden button
    assert section.feedback.key == "ui.facilitator_only"
    section.ask_delete(kept, "March")
    assert not section.confirm.open and section.feedback.key == "ui.facilitator_only"
    section._delete(kept, "March")
    assert section.feedback.key == "ui.facilitator_only"
    assert counts(section.workshop.store) == before


def test_the_read_only_dashboard_lists_and_compares(filled: dict[str, Any]) -> None:
    with open_store(filled["path"]) as store:
        save_version(store.workshop(filled["id"]), filled["journey"], "March")
    session = open_session(SessionChoice(filled["id"], "facilitator", None, "en"),
                           store=filled["path"], read_only=True)
    panel = DashboardPanel(session)
    section = panel.versions
    assert session.role == "viewer" and section.form.layout.display == "none"
    assert not [w for w in _widgets(panel.widget) if isinstance(w, widgets.Text | widgets.Textarea)]
    assert section.then.label == "March" and section.chart.widget.value.startswith("<svg")
    save(section, "June")
    assert section.feedback.key == "ui.facilitator_only"


def _widgets(root: widgets.Widget) -> list[widgets.Widget]:
    """Every widget in a page's tree: what a browser could show."""
    found = [root]
    for child in getattr(root, "children", ()):
        found += _widgets(child)
    return found


def test_deleting_asks_first_then_removes_the_version(filled: dict[str, Any]) -> None:
    section = panel_as(filled).versions
    save(section, "March")
    save(section, "June")
    march = versions(section.workshop, filled["journey"])["id"].iloc[0]
    section.ask_delete(march, "March")
    assert section.confirm.open
    assert "Delete version &#x27;March&#x27;?" in section.confirm.message.value
    assert len(versions(section.workshop, filled["journey"])) == 2
    section.confirm._accept()
    assert section.feedback.key == "versions.deleted"
    assert list(versions(section.workshop, filled["journey"])["name"]) == ["June"]
    assert [label for label, _ in section.then.options] == ["June"]


def test_the_same_version_twice_is_no_comparison(filled: dict[str, Any]) -> None:
    section = panel_as(filled).versions
    save(section, "March")
    section.now.value = section.then.value
    assert "Choose two different versions to compare." in section.changes.value
    assert section.chart.widget.layout.display == "none" and section.moved.value == ""
    section.now.value = NOW
    assert section.chart.widget.layout.display != "none" and section.moved.value


def test_each_journey_shows_its_own_versions(filled: dict[str, Any]) -> None:
    panel = panel_as(filled)
    section = panel.versions
    save(section, "March")
    march = section.then.value
    panel.state.journey_id = filled["other"]
    assert section.then.options == () and section.comparison.layout.display == "none"
    assert section._snapshot(march) is None  # another journey's version is not offered
    save(section, "Other March")
    assert list(versions(panel.workshop, filled["other"])["name"]) == ["Other March"]
    panel.state.journey_id = filled["journey"]
    assert [label for label, _ in section.then.options] == ["March"]
