"""The improvement panel, driven from Python as a user would: ideas, votes, the backlog, the
desired journey, responsibility and channels; plus the pure functions behind the desired
curve and the channel comparison, checked against hand-computed numbers."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd
import pytest

from klantreis import figures
from klantreis.core.store import Store, open_store
from klantreis.core.workshop import Workshop
from klantreis.figures.channels import channel_means, shared_steps
from klantreis.figures.desired import desired_curve
from klantreis.i18n import number, t
from klantreis.samples import build_sample
from klantreis.ui.improvement.panel import ImprovementPanel
from klantreis.ui.kit import esc
from klantreis.ui.session import Session

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


# --------------------------------------------------------------------------- helpers


def panel_for(workshop: Workshop, role: str = "facilitator", participant: str | None = None,
              language: str = "en") -> ImprovementPanel:
    return ImprovementPanel(Session(workshop.store, workshop, role, participant, language))


def tiny(store: Store) -> tuple[Workshop, dict[str, str]]:
    """One journey, two phases; 'Book a room' on the website and by phone, marked as one moment
    (its label spelt differently); two participants whose ratings give means 8.5 (web), 4.5
    (phone), 6.5 (sleep)."""
    workshop = store.create_workshop("Tiny hotel", language="en")
    journey = workshop.add_journey(workshop.add_persona("Dana"))
    book, stay = workshop.add_phase(journey, "Book"), workshop.add_phase(journey, "Stay")
    ids = {
        "web": workshop.add_step(book, "Book a room", channel="Website",
                                 department="Sales", same_moment="Book a room"),
        "phone": workshop.add_step(book, " book a  ROOM", channel="Phone",
                                   department="Front desk", same_moment=" book a  ROOM"),
        "sleep": workshop.add_step(stay, "Sleep", channel="Guest room",
                                   department="Housekeeping"),
        "ann": workshop.add_participant("Ann", "Sales"),
        "ben": workshop.add_participant("Ben", "Front desk"),
    }
    for step, (a, b) in {"web": (8, 9), "phone": (4, 5), "sleep": (7, 6)}.items():
        workshop.rate(ids["ann"], ids[step], a, a)
        workshop.rate(ids["ben"], ids[step], b, b)
    return workshop, ids


def html_values(widget: widgets.Widget) -> list[str]:
    """Every HTML widget's value in a widget tree."""
    found = [widget.value] if isinstance(widget, widgets.HTML) else []
    for child in getattr(widget, "children", ()):
        found += html_values(child)
    return found


def find(widget: widgets.Widget, css_class: str) -> list[widgets.Widget]:
    """Widgets in a tree carrying a CSS class, in tree order."""
    found = [widget] if css_class in widget._dom_classes else []
    for child in getattr(widget, "children", ()):
        found += find(child, css_class)
    return found


def find_layer(spec: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The layer of a chart spec with this name, searched at any depth."""

    def walk(node: Any) -> dict[str, Any] | None:
        if isinstance(node, dict):
            if node.get("name") == name:
                return node
            nodes = node.values()
        elif isinstance(node, list):
            nodes = node
        else:
            return None
        return next((hit for hit in map(walk, nodes) if hit is not None), None)

    return walk(spec.get("layer", []))


def layer_rows(spec: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The data rows of the named layer of a chart spec (or of the chart, if shared)."""
    layer = find_layer(spec, name)
    assert layer is not None, f"no layer {name!r}"
    data = layer.get("data") or spec["data"]
    return spec["datasets"][data["name"]]


def visible(widget: widgets.Widget) -> bool:
    return widget.layout.display != "none"


def store_ideas(workshop: Workshop) -> pd.DataFrame:
    return workshop.frame("ideas")


@pytest.fixture
def tiny_hotel(sqlite_store: Store) -> tuple[Workshop, dict[str, str]]:
    return tiny(sqlite_store)


@pytest.fixture
def hotel(sqlite_store: Store) -> Workshop:
    return build_sample(sqlite_store, "hotel")


# --------------------------------------------------------------------------- ideas


def test_an_idea_added_through_the_form_targets_its_steps(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    panel = panel_for(workshop, "participant", ids["ann"])
    form = panel.ideas.form
    assert [v for _, v in form.steps.options] == [ids["web"], ids["phone"], ids["sleep"]]
    assert set(form.department.options) == {"Sales", "Front desk", "Housekeeping"}
    form.title.value = "Call back within the hour"
    form.description.value = "A named person calls every phone booker back."
    form.steps.value = (ids["phone"], ids["sleep"])
    form.department.value = "Front desk"
    form.estimates["impact"].value = 4
    form.estimates["effort"].value = 2
    form.effect.value = 1.5
    form.metric.value = "Phone bookings abandoned"
    form.submit_button.click()

    ideas = store_ideas(workshop)
    assert list(ideas["title"]) == ["Call back within the hour"]
    idea = ideas.iloc[0]
    assert (idea["department"], idea["impact"], idea["effort"]) == ("Front desk", 4, 2)
    assert pd.isna(idea["confidence"]) and idea["expected_effect"] == 1.5
    links = workshop.frame("idea_steps")
    assert set(links["step_id"]) == {ids["phone"], ids["sleep"]}
    assert set(links["idea_id"]) == {idea["id"]}
    assert "Call back within the hour" in panel.ideas.feedback.widget.value
    assert form.title.value == "" and form.steps.value == ()  # ready for the next idea
    listed = " ".join(html_values(panel.ideas.list.widget))
    assert "Call back within the hour" in listed and "book a  ROOM" in listed
    assert len(panel.voting.rows.widget.children) == 1


def test_a_starting_point_prefills_the_idea_form(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    panel = panel_for(workshop, "participant", ids["ben"])
    rows = panel.starting.pains.widget.children
    # below the pass line first, then topped up with the lowest others
    assert ["book a  ROOM" in rows[0].children[0].value, "Sleep" in rows[1].children[0].value,
            "Book a room" in rows[2].children[0].value] == [True, True, True]
    panel.ideas.form.title.value = "Half a thought"
    find(rows[0], "kr-idea-from-step")[0].click()
    assert panel.ideas.form.steps.value == (ids["phone"],)
    assert panel.ideas.form.department.value == "Front desk"
    assert panel.ideas.form.title.value == "Half a thought"
    assert panel.accordion.selected_index == panel.sections.index(panel.ideas)
    assert "book a  ROOM" in panel.ideas.feedback.widget.value


def test_confirmed_moments_are_starting_points(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    workshop.add_moment(ids["web"], "positive", "Booking <online> is a breeze", "confirmed")
    workshop.add_moment(ids["sleep"], "negative", "proposed only")
    panel = panel_for(workshop)
    rows = panel.starting.moments.widget.children
    assert len(rows) == 1
    assert "Booking &lt;online&gt; is a breeze" in rows[0].children[0].value
    find(rows[0], "kr-idea-from-step")[0].click()
    assert panel.ideas.form.steps.value == (ids["web"],)


@pytest.mark.parametrize(("typed", "override", "message"), [
    ("", {}, "Title is required"),
    ("Good idea", {"impact": 0}, "Impact must be between 1 and 5"),
    ("Good idea", {"expected_effect": 12.0}, "between -9"),
])
def test_invalid_ideas_show_inline_and_change_nothing(tiny_hotel, typed: str, override: dict,
                                                      message: str) -> None:
    workshop, ids = tiny_hotel
    panel = panel_for(workshop, "participant", ids["ann"])
    form = panel.ideas.form
    form.title.value = typed
    form.steps.value = (ids["web"],)
    revision = workshop.revision
    assert form.submit(**override) is False
    feedback = panel.ideas.feedback.widget.value
    assert 'class="kr-error"' in feedback and message in feedback
    assert store_ideas(workshop).empty and workshop.revision == revision
    assert form.title.value == typed and form.steps.value == (ids["web"],)  # nothing lost


def test_the_facilitator_edits_and_deletes_ideas_participants_only_add(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    idea = workshop.add_idea("Old title", [ids["web"], ids["sleep"]], impact=3)
    participant = panel_for(workshop, "participant", ids["ann"])
    assert find(participant.ideas.list.widget, "kr-edit-idea") == []
    participant.ideas.delete(idea)
    assert "Only the facilitator" in participant.ideas.feedback.widget.value
    assert len(store_ideas(workshop)) == 1

    panel = panel_for(workshop)
    find(panel.ideas.list.widget, "kr-edit-idea")[0].click()
    form = panel.ideas.form
    assert form.title.value == "Old title" and form.estimates["impact"].value == 3
    assert form.submit_button.description == "Save changes"
    form.title.value = "New title"
    form.steps.value = (ids["phone"],)
    form.submit_button.click()
    stored = store_ideas(workshop).iloc[0]
    assert stored["title"] == "New title" and stored["impact"] == 3
    assert list(workshop.frame("idea_steps")["step_id"]) == [ids["phone"]]
    assert form.submit_button.description == "Add idea"

    delete = find(panel.ideas.list.widget, "kr-delete-idea")[0]
    delete.click()  # the first click only asks
    assert delete.description == "Yes, delete" and len(store_ideas(workshop)) == 1
    delete.click()
    assert store_ideas(workshop).empty
    assert "No ideas yet" in " ".join(html_values(panel.ideas.list.widget))


def test_editing_keeps_targets_on_another_journey(sqlite_store: Store) -> None:
    workshop = build_sample(sqlite_store, "fridge")
    panel = panel_for(workshop)
    assert visible(panel.picker.dropdown) and len(panel.picker.dropdown.options) == 2
    first_steps = {v for _, v in panel.ideas.form.steps.options}
    panel.picker.dropdown.value = panel.picker.dropdown.options[1][1]
    second_steps = {v for _, v in panel.ideas.form.steps.options}
    assert first_steps.isdisjoint(second_steps)
    idea = workshop.add_idea("Across journeys", [next(iter(first_steps)),
                                                 next(iter(second_steps))])
    panel.state.live.tick()
    panel.ideas.edit(idea)
    panel.ideas.form.submit()
    assert set(workshop.frame("idea_steps").query("idea_id == @idea")["step_id"]) == {
        next(iter(first_steps)), next(iter(second_steps))}


# --------------------------------------------------------------------------- voting


def test_votes_within_and_over_the_budget_and_taking_one_back(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    first = workshop.add_idea("First", [ids["phone"]])
    workshop.add_idea("Second", [ids["web"]])
    panel = panel_for(workshop, "participant", ids["ann"])
    assert "You have 5 of 5 dots left" in panel.voting.status.value
    plus = find(panel.voting.rows.widget, "kr-vote-plus")[0]
    minus = find(panel.voting.rows.widget, "kr-vote-minus")[0]
    assert minus.disabled  # nothing to take back yet
    for _ in range(5):
        plus.click()
    assert workshop.votes_left(ids["ann"]) == 0
    assert "You have 0 of 5 dots left" in panel.voting.status.value
    assert "5 dots in total · 5 of yours" in panel.voting.rows.widget.children[0].children[0].value

    plus.click()  # one too many
    feedback = panel.voting.feedback.widget.value
    assert 'class="kr-error"' in feedback and "Ann has 0 of 5 votes left" in feedback
    assert int(workshop.frame("votes")["votes"].sum()) == 5

    minus.click()
    votes = workshop.frame("votes")
    assert list(votes["idea_id"]) == [first] and list(votes["votes"]) == [4]
    assert "You have 1 of 5 dots left" in panel.voting.status.value
    assert panel.voting.feedback.widget.value == ""  # the old error is gone


def test_a_viewer_cannot_vote_or_add(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    idea = workshop.add_idea("Look, don't touch", [ids["web"]])
    panel = panel_for(workshop, "viewer", ids["ann"])
    assert not any(visible(b) for b in find(panel.voting.rows.widget, "kr-vote-plus"))
    assert not visible(panel.ideas.form.widget)
    assert find(panel.starting.widget, "kr-idea-from-step") == []
    assert panel.voting.vote(idea, 1) is False
    assert "nothing can be changed" in panel.voting.feedback.widget.value
    panel.ideas.form.title.value = "Sneaky"
    assert panel.ideas.form.submit() is False
    assert workshop.frame("votes").empty and len(store_ideas(workshop)) == 1


def test_a_participant_without_a_name_is_asked_to_pick_one(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    idea = workshop.add_idea("Who am I", [ids["web"]])
    panel = panel_for(workshop, "participant", None)
    assert "First say who you are" in panel.voting.status.value
    assert all(b.disabled for b in find(panel.voting.rows.widget, "kr-vote-plus"))
    assert panel.voting.vote(idea, 1) is False
    assert "First say who you are" in panel.voting.feedback.widget.value
    assert workshop.frame("votes").empty


# --------------------------------------------------------------------------- ranking, backlog


def test_the_ranking_follows_the_votes(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    quick = workshop.add_idea("Quick win", [ids["phone"]], impact=5, effort=1, confidence=4)
    big = workshop.add_idea("Big bet", [ids["web"]], impact=5, effort=5, confidence=2)
    panel = panel_for(workshop, "participant", ids["ann"])
    panel.open_section(panel.ranking)
    assert list(panel.ranking.table["idea_id"]) == [quick, big]  # no votes: ICE decides
    for _ in range(2):
        panel.voting.vote(big, 1)
    assert list(panel.ranking.table["idea_id"]) == [big, quick]
    first_row = panel.ranking.rows.widget.children[0].children[0].value
    assert first_row.startswith("<b>1. Big bet — 2 dots")
    ideas = layer_rows(panel.ranking.matrix.spec, "ideas")
    assert {(r["title"], r["votes"]) for r in ideas} == {("Big bet", 2.0), ("Quick win", 0.0)}
    bars = layer_rows(panel.ranking.bars.spec, "bars")
    assert [r["title"] for r in bars] == ["Big bet", "Quick win"]


def test_charts_are_drawn_when_opened_and_a_vote_redraws_only_the_ranking(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    idea = workshop.add_idea("Idea", [ids["phone"]], impact=3, effort=2, expected_effect=1.0)
    panel = panel_for(workshop, "participant", ids["ann"])
    views = {"matrix": panel.ranking.matrix, "bars": panel.ranking.bars,
             "desired": panel.desired.chart, "resp": panel.responsibility.chart}
    assert {name: view.renders for name, view in views.items()} == dict.fromkeys(views, 0)
    for section in (panel.desired, panel.responsibility, panel.ranking):  # ranking stays open
        panel.open_section(section)
    assert {name: view.renders for name, view in views.items()} == dict.fromkeys(views, 1)
    pains = panel.starting.pains.widget.children
    panel.voting.vote(idea, 1)
    assert {name: view.renders for name, view in views.items()} == {
        "matrix": 2, "bars": 2, "desired": 1, "resp": 1}
    assert layer_rows(panel.ranking.matrix.spec, "ideas")[0]["votes"] == 1
    assert panel.starting.pains.widget.children == pains  # untouched, not rebuilt

    workshop.rate(ids["ann"], ids["sleep"], 1, 1)  # someone else's page rates
    panel.state.live.tick()
    assert "<b>Sleep</b> · mean 3.5" in panel.starting.pains.widget.children[0].children[0].value
    assert views["desired"].renders == 1  # closed: drawn when opened, not before
    panel.open_section(panel.desired)
    assert views["desired"].renders == 2 and views["matrix"].renders == 2


def test_selecting_an_idea_lifts_the_desired_curve_capped_at_ten(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    big = workshop.add_idea("Answer the phone properly", [ids["phone"]], expected_effect=9.0)
    small = workshop.add_idea("Softer pillows", [ids["sleep"], ids["phone"]],
                              expected_effect=1.0)
    panel = panel_for(workshop)
    panel.open_section(panel.desired)
    spec = panel.desired.chart.spec
    assert find_layer(spec, "desired") is None and find_layer(spec, "mean") is not None
    assert panel.desired.frame["mean"].tolist() == [8.5, 4.5, 6.5]  # nothing selected yet
    assert "No selected idea" in panel.desired.summary.value

    find(panel.ranking.rows.widget, "kr-select-idea")[0].click()  # the first ranked idea
    panel.ranking.toggle(small)
    statuses = store_ideas(workshop).set_index("id")["status"]
    assert statuses[big] == "selected" and statuses[small] == "selected"
    assert panel.desired.chart.spec != spec
    desired = layer_rows(panel.desired.chart.spec, "desired")
    # web 8.5 + 0; phone 4.5 + 9 + 1 = 14.5, capped at 10; sleep 6.5 + 1 = 7.5
    assert [r["mean"] for r in desired] == [8.5, 10.0, 7.5]
    assert list(panel.desired.frame["uplift"]) == [0.0, 10.0, 1.0]
    assert "2 selected idea(s) lift 2 step(s)" in panel.desired.summary.value
    assert "In the backlog: 2" in panel.ranking.summary.value

    panel.ranking.toggle(small)  # selected -> proposed
    assert store_ideas(workshop).set_index("id")["status"][small] == "proposed"
    dropdown = find(panel.ranking.rows.widget, "kr-idea-status")[0]
    dropdown.value = "done"
    assert store_ideas(workshop)["status"].tolist().count("done") == 1


def test_a_participant_cannot_select_the_backlog(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    idea = workshop.add_idea("Mine", [ids["web"]])
    panel = panel_for(workshop, "participant", ids["ann"])
    assert find(panel.ranking.rows.widget, "kr-select-idea") == []
    assert panel.ranking.set_status(idea, "selected") is False
    assert "Only the facilitator" in panel.ranking.feedback.widget.value
    assert store_ideas(workshop)["status"].tolist() == ["proposed"]


# --------------------------------------------------------------------------- responsibility


def test_the_heatmap_has_every_department_and_phase_and_names_the_gaps(tiny_hotel) -> None:
    workshop, _ = tiny_hotel
    panel = panel_for(workshop)
    panel.open_section(panel.responsibility)
    cells = layer_rows(panel.responsibility.chart.spec, "cells")
    pairs = {(c["department"], c["phase_name"]) for c in cells}
    assert pairs == {(d, p) for d in ("Sales", "Front desk", "Housekeeping")
                     for p in ("Book", "Stay")}
    gaps = panel.responsibility.gaps.value
    assert "Every function plays a part in every phase" in gaps
    for line in ("Sales: no step in Stay", "Front desk: no step in Stay",
                 "Housekeeping: no step in Book"):
        assert line in gaps


def test_the_hotel_heatmap_covers_its_departments(hotel: Workshop) -> None:
    panel = panel_for(hotel)
    panel.open_section(panel.responsibility)
    resp = figures.responsibility(hotel.frame("phases"), hotel.frame("steps"))
    cells = layer_rows(panel.responsibility.chart.spec, "cells")
    assert len(cells) == resp["department"].nunique() * resp["phase_id"].nunique()


# --------------------------------------------------------------------------- channels


def test_the_same_step_on_two_channels_is_compared(tiny_hotel) -> None:
    workshop, _ = tiny_hotel
    panel = panel_for(workshop)
    panel.open_section(panel.channels)
    assert visible(panel.channels.chart.widget)
    assert "On several channels: Book a room." in panel.channels.note.value
    dots = layer_rows(panel.channels.chart.spec, "channels")
    assert {(d["step_name"], d["channel"], d["mean"]) for d in dots} == {
        ("Book a room", "Website", 8.5), ("Book a room", "Phone", 4.5)}


def test_without_shared_steps_the_channels_section_says_what_to_do(hotel: Workshop) -> None:
    panel = panel_for(hotel)
    assert not visible(panel.channels.chart.widget)
    assert "same moment" in panel.channels.note.value


# --------------------------------------------------------------------------- safety, live, language


def test_hostile_text_shows_escaped_in_every_html_widget(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    workshop.add_moment(ids["phone"], "negative", HOSTILE, "confirmed")
    panel = panel_for(workshop, "facilitator", ids["ann"])
    form = panel.ideas.form
    form.title.value = HOSTILE
    form.description.value = HOSTILE
    form.department.value = HOSTILE
    form.metric.value = HOSTILE
    form.steps.value = (ids["phone"],)
    form.estimates["impact"].value = 5
    form.estimates["effort"].value = 1
    form.effect.value = 2.0
    form.submit_button.click()
    idea = store_ideas(workshop)["id"].iloc[0]
    panel.voting.vote(idea, 1)
    panel.ranking.toggle(idea)
    panel.ideas.edit(idea)
    for section in panel.sections:  # draw every chart
        panel.open_section(section)

    values = html_values(panel.widget)
    assert not [v for v in values if "<script" in v or "<img" in v]
    shown = " ".join(values)
    assert shown.count("&lt;script&gt;") >= 5  # list, votes, ranking, moment, form heading
    assert store_ideas(workshop)["title"].iloc[0] == HOSTILE  # stored exactly as typed


def test_live_votes_reach_another_page_without_losing_typing(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    first_store, second_store = open_store(path), open_store(path)
    workshop, ids = tiny(first_store)
    idea = workshop.add_idea("Shared idea", [ids["phone"]])
    here = panel_for(workshop, "participant", ids["ann"])
    there = panel_for(second_store.workshop(workshop.id), "participant", ids["ben"])
    there.ideas.form.title.value = "Half-typ"
    there.ideas.form.steps.value = (ids["sleep"],)

    here.voting.vote(idea, 3)
    assert there.ranking.table["votes"].tolist() == [0]  # not polled yet
    assert there.state.live.tick()
    assert there.ranking.table["votes"].tolist() == [3]
    assert "3 dots" in there.ranking.rows.widget.children[0].children[0].value
    assert "3 dots in total · 0 of yours" in there.voting.rows.widget.children[0].children[0].value
    assert there.ideas.form.title.value == "Half-typ"
    assert there.ideas.form.steps.value == (ids["sleep"],)

    there.ideas.form.submit_button.click()
    here.state.live.tick()
    assert "Half-typ" in " ".join(html_values(here.ideas.list.widget))


def test_a_dutch_session_speaks_dutch(sqlite_store: Store) -> None:
    workshop = build_sample(sqlite_store, "mountainbike")
    person = workshop.add_participant("Nieuwe deelnemer")
    panel = panel_for(workshop, "participant", person, "nl")
    assert panel.ideas.form.submit_button.description == "Idee toevoegen"
    assert panel.accordion.titles[1] == "2. Ideeën"
    assert "Je hebt nog 5 van je 5 stemmen" in panel.voting.status.value
    assert "Nieuw idee voor deze stap" in [
        b.description for b in find(panel.starting.widget, "kr-idea-from-step")]
    panel.ideas.form.submit()
    assert "Titel is verplicht" in panel.ideas.feedback.widget.value
    assert "Wat doe je?" in panel.starting.widget.children[0].value


# --------------------------------------------------------------------------- pure functions


def test_the_facilitator_makes_a_desired_journey_and_sets_its_targets(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    idea = workshop.add_idea("Call back within the hour", [ids["phone"]])
    viewer = panel_for(workshop, role="viewer")
    viewer.open_section(viewer.desired)
    assert "no desired journey of its own" in viewer.desired.plan.value
    before = workshop.frame("journeys")
    viewer.desired.make_desired()  # the button is hidden for a viewer; the call is refused too
    assert workshop.frame("journeys").equals(before)

    panel = panel_for(workshop)
    panel.open_section(panel.desired)
    assert visible(panel.desired.make) and not visible(panel.desired.editor)
    panel.desired.make.click()
    journeys = workshop.frame("journeys")
    assert list(journeys["variant"]) == ["current", "desired"]
    assert not visible(panel.desired.make) and visible(panel.desired.editor)
    assert "3 step(s), 0 of them new" in panel.desired.plan.value
    assert "No target scores yet" in panel.desired.plan.value

    steps = workshop.frame("steps").set_index("based_on")
    phone_copy = steps.loc[ids["phone"], "id"]
    panel.desired.step.value = phone_copy
    panel.desired.target.value = 8
    assert workshop.frame("steps").set_index("id").loc[phone_copy, "target"] == 8
    panel.desired.ideas.value = (idea,)
    panel.desired.save_ideas.click()
    links = workshop.frame("idea_steps")
    assert set(links[links["idea_id"] == idea]["step_id"]) == {ids["phone"], phone_copy}

    # Today's means over the desired journey's steps (web 8.5, phone 4.5, sleep 6.5), and
    # the one target: phone 8, i.e. +3.5.
    spec = panel.desired.plan_chart.spec
    assert [r["mean"] for r in layer_rows(spec, "mean_line")] == [8.5, 4.5, 6.5]
    assert [(r["mean"]) for r in layer_rows(spec, "desired")] == [8.0]
    assert list(panel.desired.state.journey.targets["uplift"]) == [3.5]

    desired_id = journeys.query("variant == 'desired'")["id"].iloc[0]
    web_copy = steps.loc[ids["web"], "id"]
    workshop.delete_step(web_copy)  # the desired journey does away with booking online
    phases = workshop.frame("phases")
    book = phases[phases["journey_id"] == desired_id]["id"].iloc[0]
    workshop.add_step(book, "Book through a chat", target=9)
    panel.state.live.tick()
    assert "1 of them new" in panel.desired.plan.value
    assert esc("Today's steps that go: Book a room.") in panel.desired.plan.value
    rows = layer_rows(panel.desired.plan_chart.spec, "mean_line")
    assert [r["mean"] for r in rows] == [4.5, None, 6.5]  # the new step has no line of today's


def test_a_refused_target_shows_what_is_stored(tiny_hotel) -> None:
    workshop, _ = tiny_hotel
    current = workshop.frame("journeys")["id"].iloc[0]
    workshop.derive_desired(current)
    panel = panel_for(workshop, language="nl")
    panel.open_section(panel.desired)
    step = panel.desired.step.value
    workshop.delete_step(step)  # gone on another page meanwhile
    panel.desired.target.value = 7
    assert "stap" in panel.desired.feedback.widget.value.lower()
    assert step not in set(workshop.frame("steps")["id"])


def test_desired_curve_adds_the_chosen_effects_and_caps_to_the_scale() -> None:
    curve = pd.DataFrame({
        "step_id": pd.array(["c", "a", "b"], dtype="string"),
        "order": pd.array([2, 0, 1], dtype="Int64"),
        "mean": pd.array([9.5, 4.5, None], dtype="Float64"),
    })
    ideas = pd.DataFrame({
        "id": ["i1", "i2", "i3", "i4", "i5"],
        "status": ["selected", "proposed", "done", "selected", "selected"],
        "expected_effect": pd.array([2.0, 3.0, None, -1.0, -9.0], dtype="Float64"),
    })
    links = pd.DataFrame({"idea_id": ["i1", "i1", "i2", "i3", "i4", "i5"],
                          "step_id": ["a", "c", "a", "a", "c", "b"]})
    desired = desired_curve(curve, ideas, links)
    assert list(desired.columns) == ["step_id", "order", "mean", "uplift"]
    assert list(desired["step_id"]) == ["a", "b", "c"]  # journey order
    # a: 4.5 + 2 = 6.5; b: unrated stays NA (uplift -9 recorded); c: 9.5 + 2 - 1 = 10.5 -> 10
    assert desired["mean"].tolist()[0] == 6.5 and pd.isna(desired["mean"].iloc[1])
    assert desired["mean"].iloc[2] == 10.0
    assert desired["uplift"].tolist() == [2.0, -9.0, 1.0]
    proposed = desired_curve(curve, ideas, links, statuses=("proposed",))
    assert proposed["mean"].iloc[0] == 7.5 and proposed["uplift"].tolist() == [3.0, 0.0, 0.0]
    floor = desired_curve(curve.assign(mean=pd.array([9.5, 4.5, 2.0], dtype="Float64")),
                          ideas, links)
    assert floor["mean"].iloc[1] == 1.0  # 2 - 9 = -7, kept on the scale
    assert str(desired["mean"].dtype) == "Float64" and str(desired["order"].dtype) == "Int64"


def test_channel_means_matches_marked_moments_across_case_and_spacing() -> None:
    steps = pd.DataFrame({
        "step_id": ["a", "b", "c", "d", "e", "f", "g", "h"],
        "step_name": ["Book online", "Call us", "Pay", "Pay", "Sleep", "Check in", "Eat", "Eat"],
        "same_moment": ["Book a room", " book a  ROOM", "Pay", "Pay", "Sleep", "Check in",
                        "", ""],
        "channel": ["Website", "Phone", "Website", "website ", "Room", "", "Room", "Bar"],
    }).astype("string")
    ratings = pd.DataFrame({
        "step_id": ["a", "a", "b", "b", "b", "c", "d", "e", "f"],
        "emotional": pd.array([8, 9, 4, 5, 6, 7, 3, 5, 9], dtype="Int64"),
    })
    assert shared_steps(steps)["step_id"].tolist() == ["a", "b"]
    means = channel_means(steps, ratings)
    assert list(means.columns) == ["step_name", "channel", "mean", "n"]
    # Website (8 + 9) / 2 = 8.5 from 2; Phone (4 + 5 + 6) / 3 = 5.0 from 3. "Pay" is one
    # channel spelt two ways; "Sleep" and "Check in" have one channel or none; the two
    # "Eat" steps share a name but nobody marked them as one moment.
    assert means.to_dict("records") == [
        {"step_name": "Book a room", "channel": "Website", "mean": 8.5, "n": 2},
        {"step_name": "Book a room", "channel": "Phone", "mean": 5.0, "n": 3},
    ]
    assert channel_means(steps.iloc[:0], ratings).empty


# --------------------------------------------------------------------------- customer data


def _keep_results(workshop: Workshop, ids: dict[str, str], name: str = "guests.csv") -> None:
    """Customers' kept results: booking by phone scores 2.0 (team 4.5), sleeping 6.4 (team
    6.5, inside the interval), booking on the web 8.0 (team 8.5, outside a tight interval)."""
    journey = str(workshop.frame("journeys")["id"].iloc[0])
    source = workshop.save_source(name, "survey", {})
    rows = [{"step_id": ids[key], "metric": "csat", "n": n, "value": 50.0, "score": score,
             "score_low": low, "score_high": high, "worst": 1, "best": 5}
            for key, score, low, high, n in (("phone", 2.0, 1.5, 2.5, 80),
                                             ("sleep", 6.4, 5.0, 7.8, 12),
                                             ("web", 8.0, 7.8, 8.2, 300))]
    workshop.save_results(source, journey, rows)


def test_without_customer_data_the_starting_points_say_how_to_add_it(tiny_hotel) -> None:
    workshop, _ = tiny_hotel
    rows = panel_for(workshop).starting.customers.widget.children
    assert len(rows) == 1 and "customer-mining notebook" in html_values(rows[0])[0]


def test_customer_data_gives_labelled_starting_points(tiny_hotel) -> None:
    workshop, ids = tiny_hotel
    panel = panel_for(workshop, "participant", ids["ann"])
    _keep_results(workshop, ids, name="<script>alert(1)</script>")
    panel.state.live.tick()
    rows = panel.starting.customers.widget.children
    texts = [" ".join(html_values(row)) for row in rows]
    assert "Customer satisfaction (CSAT)" in texts[0] and "<script>" not in texts[0]
    assert "&lt;script&gt;" in texts[0]  # the source's name, shown as text
    # disagreement first (phone: 2.5 points beyond the interval; web is beyond its narrow
    # interval but less than a point away), then the lowest scores
    assert "book a  ROOM" in texts[1] and "disagree (-2.5 points)" in texts[1]
    assert "Sleep" in texts[2] and "customers score this lowest" in texts[2]
    assert "Book a room" in texts[3] and "customers score this lowest" in texts[3]
    assert len(rows) == 4
    find(rows[1], "kr-idea-from-step")[0].click()
    assert panel.ideas.form.steps.value == (ids["phone"],)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_channels_section_shows_each_phase_online_offline_and_by_device(
        tiny_hotel, language) -> None:
    workshop, ids = tiny_hotel
    workshop.update_step(ids["web"], online=True, device="phone")
    panel = panel_for(workshop, language=language)
    panel.open_section(panel.channels)
    markup = panel.channels.per_phase.value
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(\d+)</td><td>(\d+)</td>"
                      r"<td>(.*?)</td></tr>", markup)
    online, offline = t("empathy.online", language), t("empathy.offline", language)
    phone = t("value.phone", language)
    # Book: web (8, 9) online on a phone; phone booking (4, 5) offline. Stay: sleep (7, 6).
    assert rows == [("Book", online, "1", "2", number(8.5, language)),
                    ("Book", offline, "1", "2", number(4.5, language)),
                    ("Book", phone, "1", "2", number(8.5, language)),
                    ("Stay", offline, "1", "2", number(6.5, language))]
    assert t("improvement.experience_title", language) in markup
