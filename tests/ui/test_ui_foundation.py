"""The widget layer's shared pieces: sessions, live polling, feedback, chart views."""

from __future__ import annotations

from pathlib import Path

import altair as alt
import ipywidgets as widgets
import pandas as pd
import pytest

from klantreis import open_store
from klantreis.core.errors import ValidationError
from klantreis.ui.kit import ChartView, Feedback, esc, set_if_idle
from klantreis.ui.live import LiveSync
from klantreis.ui.session import (
    SessionChoice,
    open_session,
    save_choice,
    saved_choice,
)


def test_join_link_query_is_read_and_cleaned() -> None:
    choice = SessionChoice.from_query("?workshop=abc&role=participant&name=%20Bo%20&lang=nl")
    assert choice == SessionChoice("abc", "participant", "Bo", "nl")
    odd = SessionChoice.from_query("role=admin&lang=fr&participant=")
    assert odd == SessionChoice()


def test_choice_falls_back_part_by_part() -> None:
    wanted = SessionChoice(role="viewer").merged(SessionChoice("w1", "participant", "p1", "nl"))
    assert wanted == SessionChoice("w1", "viewer", "p1", "nl")


def test_saved_choice_round_trip_and_a_broken_file(tmp_path: Path) -> None:
    db = str(tmp_path / "workshops.db")
    save_choice(SessionChoice("w1", "participant", "p1", "en"), db)
    assert saved_choice(db) == SessionChoice("w1", "participant", "p1", "en")
    (tmp_path / "session.json").write_text("{not json", encoding="utf-8")
    assert saved_choice(db) == SessionChoice()


def test_open_session_follows_the_link_then_the_saved_choice(tmp_path: Path, monkeypatch) -> None:
    db = str(tmp_path / "workshops.db")
    monkeypatch.setenv("KLANTREIS_DB", db)
    store = open_store(db)
    first = store.create_workshop("First", language="nl")
    second = store.create_workshop("Second", language="en")
    bo = second.add_participant("Bo")
    save_choice(SessionChoice(second.id, "participant", "Bo", None), db)

    session = open_session(store=store)
    assert (session.workshop.id, session.role, session.participant_id) == (
        second.id,
        "participant",
        bo,
    )
    assert session.language == "en" and session.can_contribute and not session.can_restructure

    linked = open_session(SessionChoice(first.id, "facilitator", None, None), store=store)
    assert linked.workshop.id == first.id and linked.language == "nl"
    assert linked.can_restructure and linked.participant_id is None


def test_the_query_string_of_a_voila_page_wins(tmp_path: Path, monkeypatch) -> None:
    db = str(tmp_path / "workshops.db")
    store = open_store(db)
    workshop = store.create_workshop("Linked")
    monkeypatch.setenv("KLANTREIS_DB", db)
    monkeypatch.setenv("QUERY_STRING", f"workshop={workshop.id}&role=viewer&lang=nl")
    session = open_session()
    assert (session.workshop.id, session.role, session.language) == (workshop.id, "viewer", "nl")
    assert not session.can_contribute


def test_read_only_session_is_a_viewer(tmp_path: Path) -> None:
    db = str(tmp_path / "workshops.db")
    open_store(db).create_workshop("Shown")
    session = open_session(SessionChoice(role="facilitator"), store=db, read_only=True)
    assert session.role == "viewer" and not session.can_contribute


def test_live_sync_sees_other_connections_and_names_what_changed(tmp_path: Path) -> None:
    db = tmp_path / "workshops.db"
    here = open_store(db).create_workshop("Live", lens="target")
    there = open_store(db).workshop(here.id)
    live = LiveSync(here)
    seen: list[set[str]] = []
    live.subscribe(lambda frames, changed: seen.append(changed))

    assert live.tick() is False and seen == []
    there.add_participant("Ann")
    assert live.tick() is True
    assert seen == [{"participants"}]
    assert live.frames["participants"]["name"].tolist() == ["Ann"]
    assert live.tick() is False and len(seen) == 1


def test_feedback_turns_errors_into_a_sentence_never_a_traceback() -> None:
    feedback = Feedback("nl")

    def bad() -> None:
        raise ValidationError("error.required", "en", field="name")

    assert feedback.guard(bad)() is None
    assert "Naam is verplicht" in feedback.widget.value and 'role="alert"' in feedback.widget.value

    def broken() -> None:
        raise RuntimeError("<b>internal</b> detail")

    feedback.guard(broken)()
    assert "Er ging iets mis" in feedback.widget.value
    assert "internal" not in feedback.widget.value
    assert feedback.guard(lambda: 42)() == 42


def test_esc_shows_markup_as_text() -> None:
    assert esc('<img src=x onerror="alert(1)">') == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
    assert esc(None) == ""


def test_chart_view_redraws_only_when_the_spec_changes() -> None:
    view = ChartView("kr-test-chart")
    data = pd.DataFrame({"x": [1, 2], "y": [3, 4]})
    chart = alt.Chart(data).mark_line().encode(x="x:Q", y="y:Q")
    assert view.show(chart) is True and view.widget.value.startswith("<svg")
    assert view.show(alt.Chart(data.copy()).mark_line().encode(x="x:Q", y="y:Q")) is False
    assert view.renders == 1
    assert view.show(alt.Chart(data.assign(y=[5, 6])).mark_line().encode(x="x:Q", y="y:Q"))
    assert view.renders == 2 and view.spec["mark"]["type"] == "line"


@pytest.mark.parametrize(
    ("typed", "last", "new", "updated", "shown"),
    [
        ("old", "old", "new", True, "new"),  # untouched: takes the store's value
        ("typing…", "old", "new", False, "typing…"),  # being edited: left alone
    ],
)
def test_set_if_idle_never_overwrites_typing(typed, last, new, updated, shown) -> None:
    box = widgets.Text(value=typed)
    assert set_if_idle(box, new, last) is updated
    assert box.value == shown


def test_live_sync_reads_only_the_tables_a_write_touched(tmp_path: Path) -> None:
    db = tmp_path / "workshops.db"
    here = open_store(db).create_workshop("Live", lens="target")
    there = open_store(db).workshop(here.id)
    person = there.add_participant("Ann")
    live = LiveSync(here)
    read: list[tuple[str, ...]] = []
    original = here.frames
    here.frames = lambda *names: read.append(names) or original(*names)  # type: ignore[method-assign]

    step = there.add_step(live.frames["phases"]["id"].iloc[0], "Ask friends")
    assert live.tick() and read[-1] == ("steps",)
    there.rate(person, step, 4, 5)
    assert live.tick() and read[-1] == ("ratings",)
    assert live.frames["ratings"]["emotional"].tolist() == [5]
    there.delete_step(step, confirm=True)
    assert live.tick() and set(read[-1]) == {"steps", "ratings"}
    there.update(title="Renamed")
    assert live.tick() and read[-1] == ("workshops",)
    assert live.frames["workshops"]["title"].iloc[0] == "Renamed"


def test_live_sync_switches_workshops_with_a_full_read(tmp_path: Path) -> None:
    store = open_store(tmp_path / "workshops.db")
    first = store.create_workshop("First", lens="target")
    second = store.create_workshop("Second")
    live = LiveSync(first)
    seen: list[set[str]] = []
    live.subscribe(lambda frames, changed: seen.append(changed))
    live.switch(second)
    assert live.frames["phases"].empty and live.frames["workshops"]["title"].tolist() == ["Second"]
    assert "phases" in seen[-1] and "workshops" in seen[-1]


def _count(root: widgets.Widget, wanted: widgets.Widget) -> int:
    """How often `wanted` is shown under `root` (a widget shown twice shows twice)."""
    return int(root is wanted) + sum(_count(child, wanted)
                                     for child in getattr(root, "children", ()))


@pytest.mark.parametrize("area", ["start", "preparation", "empathy", "improvement",
                                  "dashboard", "mining"])
def test_every_section_shows_its_feedback_and_confirmation_once(tmp_path: Path,
                                                                 area: str) -> None:
    """A section's messages and its "are you sure?" must be on the page, and only once."""
    from klantreis.samples import build_sample
    from klantreis.ui.page import panel_class
    from klantreis.ui.session import Session

    store = open_store(tmp_path / "w.db")
    workshop = build_sample(store, "hotel")
    panel = panel_class(area)(Session(store, workshop, "facilitator", None, "en"))
    assert panel.sections
    for section in panel.sections:
        assert _count(panel.widget, section.feedback.widget) == 1, section.key
        assert _count(panel.widget, section.confirm.widget) == 1, section.key
