"""The preparation panel, driven from Python as a facilitator and as a participant would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from klantreis import open_store
from klantreis.core.store import Store
from klantreis.core.workshop import Workshop
from klantreis.samples import build_sample
from klantreis.ui import kit
from klantreis.ui.live import LiveSync
from klantreis.ui.preparation.panel import PreparationPanel
from klantreis.ui.session import Session

Make = Callable[..., PreparationPanel]


@pytest.fixture
def make(sqlite_store: Store) -> Make:
    """A panel on a workshop (empty by default, or a sample), in a role and language."""

    def build(role: str = "facilitator", language: str = "en", sample: str | None = None,
              workshop: Workshop | None = None) -> PreparationPanel:
        if workshop is None:
            workshop = (build_sample(sqlite_store, sample) if sample else
                        sqlite_store.create_workshop("Empty", language=language))
        return PreparationPanel(Session(sqlite_store, workshop, role, None, language))

    return build


def steps_of(panel: PreparationPanel, phase: str) -> list[str]:
    frame = panel.workshop.frame("steps")
    return list(frame[frame["phase_id"] == phase].sort_values("position")["name"])


def top_phases(panel: PreparationPanel) -> list[str]:
    frame = panel.workshop.frame("phases")
    return list(frame[frame["parent_id"].isna()].sort_values("position")["name"])


def add_persona(panel: PreparationPanel, name: str = "Sam") -> None:
    panel.personas.new_name.value = name
    panel.personas.add.click()


def test_persona_lens_phases_and_steps_through_the_widgets(make: Make) -> None:
    panel = make()
    add_persona(panel)
    personas, journeys = panel.workshop.frame("personas"), panel.workshop.frame("journeys")
    assert list(personas["name"]) == ["Sam"] and list(journeys["variant"]) == ["current"]
    assert panel.journey_id == journeys["id"].iloc[0]

    panel.lens.lens.value = "active"
    assert "Check in" in panel.lens.preview.value and "kr-outside-in" in panel.lens.preview.value
    panel.lens.apply_button.click()
    assert top_phases(panel) == ["Search", "Book", "Check in", "Stay", "Check out"]
    assert panel.workshop.info()["lens"] == "active"

    phases = panel.phases
    phases.phase.value = phases.phase.options[1][1]  # Book
    phases.phase_form.inputs["name"].value = "Book a room"
    phases.phase_up.click()
    assert top_phases(panel)[:2] == ["Book a room", "Search"]
    book = phases.phase.value
    phases.new_phase.value = "Compare prices"
    phases.add_sub_button.click()
    sub = panel.workshop.frame("phases").query("name == 'Compare prices'").iloc[0]
    assert sub["parent_id"] == book and phases.phase.value == sub["id"]  # the new one is chosen
    assert "\u21b3 Compare prices" in [label.strip() for label, _ in phases.phase.options]

    phases.phase.value = book
    for name in ("Open the site", "Pay"):
        phases.new_step.value = name
        phases.add_step_button.click()
    assert steps_of(panel, book) == ["Open the site", "Pay"]
    phases.step_form.inputs["channel"].value = "web shop"
    phases.step_form.inputs["online"].value = True
    phases.step_form.inputs["device"].value = "phone"
    phases.step_form.inputs["same_moment"].value = "Pay"
    phases.step_form.inputs["backstage"].value = "Payment provider checks the card"
    phases.step_up.click()
    assert steps_of(panel, book) == ["Pay", "Open the site"]
    step = panel.workshop.frame("steps").query("name == 'Pay'").iloc[0]
    assert step["channel"] == "web shop" and bool(step["online"])
    assert (step["device"], step["same_moment"]) == ("phone", "Pay")
    assert step["backstage"] == "Payment provider checks the card"

    phases.target.value = next(i for label, i in phases.target.options if label == "Stay")
    phases.move.click()
    assert steps_of(panel, phases.target.value) == ["Pay"] and phases.phase.value == \
        phases.target.value
    phases.step_delete.click()
    assert "Pay" not in set(panel.workshop.frame("steps")["name"])
    phases.phase.value = book
    phases.phase_delete.click()
    assert "Book a room" not in top_phases(panel)
    assert "Compare prices" not in set(panel.workshop.frame("phases")["name"])


def test_a_desired_journeys_steps_show_their_origin_and_take_a_target(make: Make) -> None:
    panel = make(sample="hotel")
    phases = panel.phases
    assert phases.step_form.inputs["target"].layout.display == "none"  # a current journey
    current = panel.journey_id
    desired = panel.workshop.derive_desired(current)
    panel.state.live.tick()
    panel.state.journey_id = desired
    step = phases.step.value
    original = panel.workshop.frame("steps").set_index("id").loc[step, "based_on"]
    name = panel.workshop.frame("steps").set_index("id").loc[original, "name"]
    assert phases.step_form.inputs["target"].layout.display != "none"
    assert kit.esc(name) in phases.based_on.value
    phases.step_form.inputs["target"].value = 9
    assert panel.workshop.frame("steps").set_index("id").loc[step, "target"] == 9
    phases.new_step.value = "Check in on the phone"
    phases.add_step_button.click()
    assert "a new step, not there today" in phases.based_on.value


def test_a_hostile_device_value_is_refused_and_nothing_changes(make: Make) -> None:
    panel = make(sample="hotel")
    phases = panel.phases
    before = panel.workshop.frame("steps")
    phases.restructure(lambda: panel.workshop.update_step(phases.step.value,
                                                          device="<script>"))
    assert panel.workshop.frame("steps").equals(before)
    assert "device" in phases.feedback.widget.value.lower()


def test_delete_with_ratings_asks_first(make: Make) -> None:
    panel = make(sample="hotel")
    phases = panel.phases
    step = phases.step.value
    before = len(panel.workshop.frame("ratings"))
    phases.step_delete.click()
    assert step in set(panel.workshop.frame("steps")["id"])  # nothing deleted yet
    assert phases.confirm.open and "rating" in phases.confirm.message.value
    phases.confirm.no.click()
    assert not phases.confirm.open and step in set(panel.workshop.frame("steps")["id"])
    phases.step_delete.click()
    phases.confirm.yes.click()
    assert step not in set(panel.workshop.frame("steps")["id"])
    assert len(panel.workshop.frame("ratings")) < before


def test_lens_on_a_journey_with_phases_needs_a_second_yes(make: Make) -> None:
    panel = make(sample="hotel")
    count = len(panel.phases.phase.options)
    panel.lens.apply_button.click()
    assert panel.lens.confirm.open and len(panel.phases.phase.options) == count
    panel.lens.confirm.yes.click()
    assert len(panel.phases.phase.options) > count


def test_non_touchpoint_nudge_comes_and_goes(make: Make) -> None:
    panel = make()
    add_persona(panel)
    phases = panel.phases
    phases.new_phase.value = "Search"
    phases.add_phase_button.click()
    phases.new_step.value = "Visit the web shop"
    phases.add_step_button.click()
    assert "kr-nudge" in phases.status.value and "packing a suitcase" in phases.status.value
    assert "kr-nudge-flag" in phases.overview.value
    phases.new_step.value = "Ask friends for advice"
    phases.new_kind.value = "non_touchpoint"
    phases.add_step_button.click()
    assert "kr-nudge" not in phases.status.value and "kr-nudge-flag" not in phases.overview.value
    assert "1 touchpoint(s), 1 non-touchpoint(s)" in phases.status.value


def test_participant_cannot_restructure(make: Make) -> None:
    panel = make(role="participant", sample="mountainbike")
    store_before = panel.workshop.frames("phases", "steps", "personas", "participants")
    phases = panel.phases
    assert phases.add_step_button.disabled and phases.phase_delete.disabled
    assert panel.scope.form.inputs["title"].disabled and panel.lens.apply_button.disabled
    assert "kr-read-only" in panel.notice.value

    phases.new_step.value = "Sneaky step"
    phases.add_step()
    phases.delete_step()
    phases.phase_form.inputs["name"].value = "Renamed"
    panel.personas.new_name.value = "Sneaky"
    panel.personas.add_persona()
    panel.participants.delete_selected()
    after = panel.workshop.frames("phases", "steps", "personas", "participants")
    assert all(after[name].equals(store_before[name]) for name in store_before)
    for section in (phases, panel.personas, panel.participants):
        assert "Only the facilitator" in section.feedback.widget.value


def test_a_viewer_cannot_add_a_participant_either(make: Make) -> None:
    panel = make(role="viewer", sample="hotel")
    count = len(panel.workshop.frame("participants"))
    panel.participants.new_name.value = "Mallory"
    panel.participants.add_participant()
    assert len(panel.workshop.frame("participants")) == count
    assert panel.participants.add.disabled


@pytest.mark.parametrize("bad", ["", "   ", "x" * 201])
def test_invalid_names_show_a_translated_error_and_change_nothing(make: Make, bad: str) -> None:
    panel = make(language="nl", sample="mountainbike")
    phases = panel.phases
    before = panel.workshop.frames("phases", "steps")
    phases.new_step.value = bad
    phases.add_step_button.click()
    phases.phase_form.inputs["name"].value = bad
    after = panel.workshop.frames("phases", "steps")
    assert all(after[name].equals(before[name]) for name in before)
    message = phases.feedback.widget.value
    assert "kr-error" in message and "Naam" in message
    assert ("verplicht" in message) if not bad.strip() else ("te lang" in message)
    assert phases.phase_form.inputs["name"].value == bad  # what they typed stays to be fixed


def test_dutch_session_shows_dutch_labels(make: Make) -> None:
    panel = make(language="nl", sample="mountainbike")
    assert panel.accordion.titles[4] == "5. Fasen en stappen"
    assert panel.phases.add_step_button.description == "Stap toevoegen"
    assert "Wat doe je?" in panel.phases.widget.children[0].value
    english = make(language="en", workshop=panel.workshop)
    assert english.phases.add_step_button.description == "Add step"


def test_participants_add_rename_and_delete_with_confirmation(make: Make) -> None:
    panel = make(sample="hotel")
    people = panel.participants
    people.new_name.value, people.new_department.value = "Noor <b>", "Sales"
    people.add.click()
    noor = panel.workshop.participant_id("Noor <b>")
    assert noor and people.select.value == noor and "Noor &lt;b&gt;" in people.table.value
    people.form.inputs["department"].value = "Service"
    assert panel.workshop.frame("participants").set_index("id").loc[noor, "department"] == \
        "Service"
    people.new_name.value = "Noor <b>"
    people.add.click()
    assert "already" in people.feedback.widget.value
    assert (panel.workshop.frame("participants")["name"] == "Noor <b>").sum() == 1
    rated = panel.workshop.frame("ratings")["participant_id"].iloc[0]
    people.select.value = rated
    people.remove.click()
    assert people.confirm.open and rated in set(panel.workshop.frame("participants")["id"])
    people.confirm.yes.click()
    assert rated not in set(panel.workshop.frame("participants")["id"])


def test_fridge_has_two_journeys_to_choose_from(make: Make) -> None:
    panel = make(sample="fridge")
    picker = panel.picker.dropdown
    assert len(picker.options) == 2
    first = [label for label, _ in panel.phases.phase.options]
    picker.value = picker.options[1][1]
    assert panel.state.journey_id == picker.options[1][1]
    second = [label for label, _ in panel.phases.phase.options]
    assert first != second
    journeys = panel.workshop.frame("journeys").set_index("id")
    assert panel.personas.select.value == journeys.loc[panel.state.journey_id, "persona_id"]


def test_scope_and_assumptions_are_written_on_change(make: Make) -> None:
    panel = make(sample="hotel")
    panel.scope.form.inputs["goal"].value = "Find the packing problem"
    panel.scope.form.inputs["vote_budget"].value = 7
    info = panel.workshop.info()
    assert info["goal"] == "Find the packing problem" and info["vote_budget"] == 7

    notes = panel.assumptions
    notes.new_insight.value = "Guests read the confirmation e-mail"
    notes.add.click()
    evidence = panel.workshop.frame("evidence").set_index("id")
    new = notes.select.value
    assert evidence.loc[new, "source"] == "assumption"
    notes.form.inputs["source"].value = "survey"
    notes.form.inputs["step_id"].value = notes.form.inputs["step_id"].options[1][1]
    row = panel.workshop.frame("evidence").set_index("id").loc[new]
    assert row["source"] == "survey" and row["step_id"] == notes.form.inputs["step_id"].value
    notes.remove.click()
    assert new not in set(panel.workshop.frame("evidence")["id"])


def test_live_sync_between_two_kernels(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    first_store, second_store = open_store(path), open_store(path)
    workshop = build_sample(first_store, "hotel")
    first = PreparationPanel(Session(first_store, workshop, "facilitator", None, "en"))
    other = second_store.workshop(workshop.id)
    live = LiveSync(other)
    second = PreparationPanel(Session(second_store, other, "facilitator", None, "en"), live)
    phase = first.phases.phase.value
    assert second.phases.phase.value == phase
    assert second.phases.step.value == first.phases.step.value
    second.phases.new_step.value = "half typed"  # being typed in the other kernel
    too_long = "x" * 201  # refused by the store, so it stays in the field to be fixed
    second.phases.step_form.inputs["name"].value = too_long
    second_steps = [label for label, _ in second.phases.step.options]

    first.phases.new_step.value = "Ask the front desk"
    first.phases.add_step_button.click()
    first.phases.step.value = second.phases.step.value
    first.phases.step_form.inputs["name"].value = "Renamed in the first kernel"
    first.phases.step_form.inputs["doing"].value = "Walks to the desk"
    assert live.tick()
    labels = [label for label, _ in second.phases.step.options]
    assert len(labels) == len(second_steps) + 1 and any("Ask the front desk" in x for x in labels)
    assert second.phases.new_step.value == "half typed"
    assert second.phases.step_form.inputs["name"].value == too_long  # not overwritten
    assert second.phases.step_form.inputs["doing"].value == "Walks to the desk"  # idle: updated
    assert not live.tick()  # nothing new: no redraw
