"""The empathy panel driven from Python: walking, rating, the live curve, moments, evidence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pytest
from traitlets import TraitError

from klantreis import figures
from klantreis.core.store import Store, open_store
from klantreis.core.workshop import Workshop
from klantreis.figures import journey_data
from klantreis.i18n import t
from klantreis.samples import build_sample
from klantreis.ui.empathy import curve as empathy_module
from klantreis.ui.empathy.panel import EmpathyPanel
from klantreis.ui.empathy.rating import FACES
from klantreis.ui.kit import esc
from klantreis.ui.session import Session

HOSTILE = "<img src=x onerror=alert(1)>"
ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"


@pytest.fixture
def fridge(sqlite_store: Store) -> Workshop:
    return build_sample(sqlite_store, "fridge")


@pytest.fixture
def newcomer(fridge: Workshop) -> str:
    """A participant who has rated nothing yet."""
    return fridge.add_participant("Noor", "Finance")


def panel_for(workshop: Workshop, role: str = "participant", participant: str | None = None,
              language: str = "en") -> EmpathyPanel:
    return EmpathyPanel(Session(workshop.store, workshop, role, participant, language))


def curve_mean(panel: EmpathyPanel, step_id: str) -> float:
    """The step's mean in the chart's spec (the line and the points must agree)."""
    means = {
        round(row["mean"], 9)
        for rows in panel.curve.chart.spec["datasets"].values()
        for row in rows
        if row.get("step_id") == step_id and "series" in row and row.get("mean") is not None
    }
    assert len(means) == 1, means
    return means.pop()


def stored_mean(workshop: Workshop, step_id: str) -> float:
    ratings = workshop.frame("ratings")
    return float(ratings.loc[ratings["step_id"] == step_id, "emotional"].astype(float).mean())


def my_ratings(workshop: Workshop, participant: str) -> list[dict[str, Any]]:
    return [r for r in workshop.rows("ratings") if r["participant_id"] == participant]


def html_widgets(root: widgets.Widget) -> Iterator[widgets.HTML]:
    if isinstance(root, widgets.HTML):
        yield root
    for child in getattr(root, "children", ()):
        yield from html_widgets(child)


def journey_order(workshop: Workshop, journey_id: str) -> list[str]:
    frames = workshop.frames("phases", "steps")
    return list(figures.ordered_steps(frames["phases"], frames["steps"], journey_id)["step_id"])


# -- rating ------------------------------------------------------------------------------------


def test_rating_through_the_widgets_writes_the_store_and_redraws_the_curve(
        fridge: Workshop, newcomer: str) -> None:
    panel = panel_for(fridge, participant=newcomer)
    step = panel.step_id
    assert "not rated yet" in panel.rating.status.value.lower()

    assert panel.rating.same.disabled  # nothing to be the same as yet
    panel.rating.emotional.value = 3
    [rating] = my_ratings(fridge, newcomer)
    assert (rating["step_id"], rating["emotional"]) == (step, 3)
    assert rating["functional"] is None  # not judged: not copied from the emotional score
    assert curve_mean(panel, step) == pytest.approx(stored_mean(fridge, step))
    assert "Functional not given yet" in panel.rating.status.value
    assert panel.rating.next_step.layout.display != "none"

    assert not panel.rating.same.disabled
    panel.rating.same.click()  # an explicit judgement: it worked as well as it felt
    [rating] = my_ratings(fridge, newcomer)
    assert (rating["emotional"], rating["functional"]) == (3, 3)
    assert "Saved: emotional 3, functional 3" in panel.rating.status.value

    panel.rating.functional.value = 8
    panel.rating.comment.value = "Nobody told me about disposal."
    panel.rating.emotional.value = 2
    [rating] = my_ratings(fridge, newcomer)
    assert (rating["emotional"], rating["functional"]) == (2, 8)
    assert rating["comment"] == "Nobody told me about disposal."
    assert curve_mean(panel, step) == pytest.approx(stored_mean(fridge, step))

    panel.rating.next_step.click()
    assert panel.step_id == journey_order(fridge, panel.journey_id)[1]
    assert panel.rating.emotional.value is None and panel.rating.comment.value == ""


def test_face_buttons_set_the_documented_emotional_scores(fridge: Workshop,
                                                          newcomer: str) -> None:
    assert [score for _, score in FACES] == [2, 4, 6, 8, 10]
    for language in ("en", "nl"):
        documented = t("guide.empathy_rate.what", language)
        assert all(f"{face} {score}" in documented for face, score in FACES)
    panel = panel_for(fridge, participant=newcomer)
    for face, score in zip(panel.rating.faces, FACES, strict=True):
        face.click()
        [rating] = my_ratings(fridge, newcomer)
        assert rating["emotional"] == score[1] and face.description == score[0]


def test_rerating_replaces_the_earlier_rating(fridge: Workshop, newcomer: str) -> None:
    panel = panel_for(fridge, participant=newcomer)
    panel.rating.emotional.value = 9
    panel.rating.functional.value = 7
    panel.rating.emotional.value = 4
    assert [(r["emotional"], r["functional"]) for r in my_ratings(fridge, newcomer)] == [(4, 7)]


def test_mean_is_shown_only_after_rating_to_avoid_anchoring(fridge: Workshop,
                                                            newcomer: str) -> None:
    panel = panel_for(fridge, participant=newcomer)
    assert "7 of 8 participants" in panel.rating.count.value
    assert "Mean" not in panel.rating.count.value
    panel.rating.faces[2].click()
    assert "8 of 8 participants" in panel.rating.count.value
    assert "Mean" in panel.rating.count.value


def test_out_of_range_scores_cannot_be_chosen_and_a_direct_bad_call_shows_an_error(
        fridge: Workshop, newcomer: str) -> None:
    panel = panel_for(fridge, participant=newcomer)
    for bad in (0, 11, "9+"):
        with pytest.raises(TraitError):
            panel.rating.emotional.value = bad
        with pytest.raises(TraitError):
            panel.rating.functional.value = bad
    assert panel.rating.save(11, 5) is False
    assert panel.rating.feedback.key == "error.out_of_range"
    assert "between 1 and 10" in panel.rating.feedback.widget.value
    assert "Traceback" not in panel.rating.feedback.widget.value
    assert my_ratings(fridge, newcomer) == []


# -- walking -----------------------------------------------------------------------------------


def test_next_and_previous_walk_in_journey_order_with_progress(fridge: Workshop) -> None:
    panel = panel_for(fridge, "facilitator")
    order = journey_order(fridge, panel.journey_id)
    walk = figures.ordered_steps(fridge.frame("phases"), fridge.frame("steps"), panel.journey_id)
    assert panel.walk.previous.disabled and not panel.walk.next.disabled
    seen = [panel.step_id]
    for _ in range(len(order) + 2):  # past the end: stays on the last step
        panel.walk.next.click()
        seen.append(panel.step_id)
    assert list(dict.fromkeys(seen)) == order and panel.walk.next.disabled
    for _ in range(len(order) - 4):
        panel.walk.previous.click()
    row = walk.iloc[3]
    assert panel.step_id == row["step_id"]
    progress = panel.walk.progress_text.value
    assert f"Step 4 of {len(order)} · Phase: {row['top_phase_name']}" in progress
    assert (panel.walk.progress.value, panel.walk.progress.max) == (4, len(order))
    assert row["step_name"] in panel.walk.step_card.value


def test_choosing_the_fridge_journey_switches_steps_persona_and_curve(fridge: Workshop) -> None:
    panel = panel_for(fridge, "viewer")
    picker = panel.picker.dropdown
    assert picker.layout.display != "none" and len(picker.options) == 2
    first, second = (value for _, value in panel.picker.dropdown.options)
    assert panel.journey_id == first
    panel.walk.next.click()
    panel.picker.dropdown.value = second
    assert [row["step_id"] for row in panel.walk.steps] == journey_order(fridge, second)
    assert panel.step_id == journey_order(fridge, second)[0]
    journeys = fridge.frame("journeys").set_index("id")
    persona = fridge.frame("personas").set_index("id").loc[journeys.loc[second, "persona_id"]]
    assert esc(persona["name"]) in panel.walk.persona_card.value
    assert esc(persona["quote"]) in panel.walk.persona_card.value
    curve_steps = {row["step_id"] for rows in panel.curve.chart.spec["datasets"].values()
                   for row in rows if "series" in row}
    assert curve_steps == set(journey_order(fridge, second))


# -- roles and who you are ---------------------------------------------------------------------


def test_a_viewer_sees_everything_and_changes_nothing(fridge: Workshop) -> None:
    before = {name: len(fridge.frame(name)) for name in ("ratings", "moments", "evidence")}
    someone = fridge.frame("participants")["id"].iloc[0]
    panel = panel_for(fridge, "viewer", participant=someone)
    rating = panel.rating
    assert all(w.disabled for w in (rating.emotional, rating.functional, rating.comment,
                                    *rating.faces))
    assert panel.evidence.form.layout.display == "none"
    assert panel.join.box.layout.display == "none"
    assert "Mean" in rating.count.value  # nothing to anchor: a viewer does not rate
    rating.emotional.value = 1  # a disabled widget driven anyway: refused, and put back
    assert rating.emotional.value == rating.synced["emotional"]
    assert panel.rating.save(5, 5) is False
    assert panel.rating.feedback.key == "ui.read_only"
    assert "nothing can be changed" in panel.rating.feedback.widget.value
    assert panel.evidence.add_evidence("interview", "x", "y") is False
    proposal = panel.moments.open[0]
    assert panel.moments.decide(proposal.step_id, proposal.polarity, "confirmed") is False
    assert before == {name: len(fridge.frame(name)) for name in before}


def test_a_participant_without_id_is_asked_to_pick_a_name(fridge: Workshop) -> None:
    panel = panel_for(fridge, "participant")
    join = panel.join
    assert join.box.layout.display != "none"
    assert t("ui.choose_participant_first", "en") in join.box.children[0].value
    assert panel.rating.save(7) is False
    assert panel.rating.feedback.key == "ui.choose_participant_first"
    assert "say who you are" in panel.rating.feedback.widget.value
    names = [label for label, _ in join.pick.options]
    assert "Priya" not in names and len(names) == 1 + len(fridge.frame("participants"))
    pid = join.pick.options[1][1]
    join.pick.value = pid
    join.pick_button.click()
    assert panel.state.participant_id == pid
    assert join.box.layout.display == "none" and not panel.rating.emotional.disabled


def test_joining_with_a_taken_name_is_refused(fridge: Workshop) -> None:
    panel = panel_for(fridge, "participant")
    taken = str(fridge.frame("participants")["name"].iloc[0])
    count = len(fridge.frame("participants"))
    panel.join.name.value = f"  {taken} "
    panel.join.join_button.click()
    assert panel.join.feedback.key == "empathy.name_taken"
    assert esc(f"The name '{taken}' is already taken") in panel.join.feedback.widget.value
    assert len(fridge.frame("participants")) == count and panel.state.participant_id is None
    panel.join.name.value, panel.join.department.value = "Noor", "Finance"
    panel.join.join_button.click()
    assert panel.state.participant_id == fridge.participant_id("Noor")
    assert "Noor" in [label for label, _ in panel.join.pick.options]
    panel.rating.faces[0].click()
    assert my_ratings(fridge, panel.state.participant_id)[0]["emotional"] == 2


# -- moments of truth --------------------------------------------------------------------------


def _proposal_buttons(panel: EmpathyPanel, index: int) -> dict[str, widgets.Button]:
    row = panel.moments.rows.children[index]
    return {b._dom_classes[0]: b for b in row.children if isinstance(b, widgets.Button)}


def test_the_facilitator_confirms_and_dismisses_proposed_moments(fridge: Workshop) -> None:
    panel = panel_for(fridge, "facilitator")
    first = panel.moments.open[0]
    stored_before = len(fridge.frame("moments"))
    _proposal_buttons(panel, 0)["kr-moment-confirm"].click()
    moments = fridge.frame("moments")
    mine = moments[(moments["step_id"] == first.step_id)
                   & (moments["polarity"] == first.polarity)]
    assert list(mine["status"]) == ["confirmed"]
    assert first.moment_id is None or len(moments) == stored_before  # updated, not doubled
    assert (first.step_id, first.polarity) not in {(p.step_id, p.polarity)
                                                   for p in panel.moments.open}
    assert first.step_name in panel.moments.confirmed.value

    second = panel.moments.open[0]
    _proposal_buttons(panel, 0)["kr-moment-dismiss"].click()
    moments = fridge.frame("moments")
    assert "dismissed" in set(moments.loc[moments["step_id"] == second.step_id, "status"])
    assert second not in panel.moments.open
    assert panel_for(fridge, "viewer").moments.open == panel.moments.open  # not again


def test_the_facilitator_confirms_a_kit_candidate_as_a_new_moment(fridge: Workshop) -> None:
    panel = panel_for(fridge, "facilitator")
    candidate = next(p for p in panel.moments.open if p.moment_id is None)
    assert panel.moments.decide(candidate.step_id, candidate.polarity, "confirmed")
    row = fridge.frame("moments").query("step_id == @candidate.step_id").iloc[-1]
    assert (row["polarity"], row["status"]) == (candidate.polarity, "confirmed")
    assert row["reason"]  # the kit's reason is kept with the moment
    marks = [r for rows in panel.curve.chart.spec["datasets"].values() for r in rows
             if r.get("step_id") == candidate.step_id and "moment" in r]
    assert marks and "confirmed" in marks[0]["moment"]


def test_a_participant_cannot_decide_on_moments(fridge: Workshop) -> None:
    someone = fridge.frame("participants")["id"].iloc[0]
    panel = panel_for(fridge, participant=someone)
    before = fridge.frame("moments")
    assert panel.moments.open
    assert not any(isinstance(w, widgets.Button) for row in panel.moments.rows.children
                   for w in row.children)
    proposal = panel.moments.open[0]
    assert panel.moments.decide(proposal.step_id, proposal.polarity, "confirmed") is False
    assert panel.moments.feedback.key == "empathy.only_facilitator_moments"
    assert "Only the facilitator" in panel.moments.feedback.widget.value
    assert fridge.frame("moments").equals(before)


# -- evidence ----------------------------------------------------------------------------------


def test_evidence_is_tagged_on_the_current_step_said_apart_from_shown(
        fridge: Workshop, newcomer: str) -> None:
    panel = panel_for(fridge, participant=newcomer)
    panel.walk.next.click()
    step = panel.step_id
    box = panel.evidence
    box.source.value, box.insight.value = "interview", "They measure the niche twice"
    box.note.value = "4 of 6 interviewees"
    box.add.click()
    box.source.value, box.insight.value, box.note.value = "analytics", "Most filter by size", ""
    box.add.click()
    evidence = fridge.frame("evidence")
    rows = evidence[evidence["step_id"] == step]
    assert set(zip(rows["source"], rows["insight"], strict=True)) >= {
        ("interview", "They measure the niche twice"), ("analytics", "Most filter by size")}
    listing = box.listing.value
    said, shown = listing.index("What customers said"), listing.index("What data shows")
    assert said < listing.index("They measure the niche twice") < shown
    assert shown < listing.index("Most filter by size")
    assert box.insight.value == "" and box.note.value == ""
    box.add.click()  # nothing typed: refused with a hint, nothing written
    assert panel.evidence.feedback.key == "empathy.evidence_needed"
    assert "Type the insight" in panel.evidence.feedback.widget.value
    assert len(fridge.frame("evidence")) == len(evidence)


# -- hostile text ------------------------------------------------------------------------------


def test_hostile_text_shows_as_text_in_every_html_widget(fridge: Workshop) -> None:
    journey = fridge.frame("journeys").iloc[0]
    first = journey_order(fridge, journey["id"])[0]
    fridge.update_step(first, name=HOSTILE, doing=HOSTILE)
    fridge.update_persona(journey["persona_id"], quote=HOSTILE, goals="<script>x</script>")
    fridge.update_phase(fridge.frame("steps").set_index("id").loc[first, "phase_id"],
                        name=HOSTILE)
    someone = fridge.add_participant(HOSTILE)
    fridge.rate(someone, first, 1, 1, comment=HOSTILE)
    fridge.add_evidence("survey", HOSTILE, step_id=first, insight=HOSTILE)
    panel = panel_for(fridge, "facilitator", participant=someone)
    panel.picker.dropdown.value = journey["id"]
    panel.curve.individual.value = True
    html = [w.value for w in html_widgets(panel.widget)]
    assert not [v for v in html if "<img" in v or "<script" in v]
    for widget in (panel.walk.step_card, panel.walk.persona_card, panel.walk.progress_text,
                   panel.evidence.listing, panel.curve.chart.widget):
        assert ESCAPED in widget.value
    assert panel.rating.comment.value == HOSTILE  # a text box shows it as typed


# -- live --------------------------------------------------------------------------------------


def test_live_sync_between_two_kernels_keeps_what_b_is_typing(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    store_a, store_b = open_store(path), open_store(path)
    workshop_a = build_sample(store_a, "fridge")
    workshop_b = store_b.workshop(workshop_a.id)
    ann, bob = (workshop_a.add_participant(n) for n in ("Ann", "Bob"))
    a = panel_for(workshop_a, participant=ann)
    b = panel_for(workshop_b, participant=bob)
    step = a.step_id
    assert b.step_id == step

    b.rating.faces[4].click()  # Bob rated (10) and now types a comment, not yet sent
    with b.rating.quiet():
        b.rating.comment.value = "half typed"
    renders = b.curve.chart.renders
    a.rating.faces[0].click()  # Ann rates 2 in her own kernel
    assert curve_mean(b, step) != pytest.approx(stored_mean(workshop_a, step))
    assert b.state.live.tick()
    assert curve_mean(b, step) == pytest.approx(stored_mean(workshop_a, step))
    assert b.curve.chart.renders == renders + 1
    assert b.rating.comment.value == "half typed" and b.rating.emotional.value == 10

    assert not b.state.live.tick()  # nothing changed: no reload, no redraw
    workshop_a.add_idea("Unrelated idea")  # another table changed: the chart stays
    assert b.state.live.tick() and b.curve.chart.renders == renders + 1

    workshop_a.rate(bob, step, 6, 3)  # Bob's own rating changed on another page of his
    b.state.live.tick()
    assert (b.rating.emotional.value, b.rating.functional.value) == (3, 6)
    assert b.rating.comment.value == "half typed"


def test_changes_outside_the_curve_do_not_rebuild_the_chart(
        fridge: Workshop, newcomer: str, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = panel_for(fridge, "viewer")
    built = []
    original = empathy_module.emotion_curve_spec
    monkeypatch.setattr(empathy_module, "emotion_curve_spec",
                        lambda *a, **k: built.append(1) or original(*a, **k))
    other = next(v for _, v in panel.picker.dropdown.options if v != panel.journey_id)
    someone = fridge.frame("participants")["id"].iloc[0]
    step = panel.step_id
    fridge.rate(newcomer, journey_order(fridge, other)[0], 1, 1)  # another journey's step
    fridge.add_evidence("survey", "note", step_id=step)  # a table the chart does not show
    assert panel.state.live.tick() and built == []
    ratings = fridge.frame("ratings").set_index(["participant_id", "step_id"])
    score = ratings.loc[(someone, step)]
    fridge.rate(someone, step, int(score["functional"]), int(score["emotional"]),
                comment="Only the comment changed")
    assert panel.state.live.tick() and built == []
    fridge.rate(newcomer, step, 10, 10)
    assert panel.state.live.tick() and built == [1]
    assert curve_mean(panel, step) == pytest.approx(stored_mean(fridge, step))


# -- language ----------------------------------------------------------------------------------


def test_a_dutch_session_shows_dutch_labels(fridge: Workshop, newcomer: str) -> None:
    panel = panel_for(fridge, participant=newcomer, language="nl")
    assert (panel.walk.previous.description, panel.walk.next.description) == ("Vorige", "Volgende")
    assert panel.walk.progress_text.value.startswith("<b>Stap 1 van")
    assert "Hier kent het team de klant niet" in panel.curve.disagreement.value
    assert "Emotiecurve" in panel.curve.chart.widget.value
    labels = {w.value for w in _labels(panel.widget)}
    assert "Emotioneel: hoe voelde het?" in labels
    assert any("Loop de reis als de persona" in w.value for w in html_widgets(panel.widget))
    panel.rating.faces[3].click()
    assert "Opgeslagen" in panel.rating.status.value


def _labels(root: widgets.Widget) -> Iterator[widgets.Label]:
    if isinstance(root, widgets.Label):
        yield root
    for child in getattr(root, "children", ()):
        yield from _labels(child)


def test_the_walk_shows_what_customers_said_beside_the_team(sqlite_store: Store) -> None:
    hotel = build_sample(sqlite_store, "hotel")  # keeps its synthetic survey's results
    panel = panel_for(hotel, role="viewer")
    order = [row["step_name"] for row in panel.walk.steps]
    panel.walk.go(order.index("Check in at the front desk"))
    line = panel.customers.line.value
    assert "Customers (Net Promoter Score): 3.4 on 1–10" in line and "team: 6.3" in line
    assert "kr-customers-disagree" in line  # the team's 6.3 lies far outside 3.2–3.6
    panel.walk.go(-order.index("Check in at the front desk"))  # the first step: no answers there
    assert "no answers on this step" in panel.customers.line.value


def test_customer_results_are_read_only_when_they_change(fridge: Workshop,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    panel = panel_for(fridge, role="facilitator")
    reads = []
    real = journey_data.kept_results
    monkeypatch.setattr(journey_data, "kept_results", lambda *a: reads.append(1) or real(*a))
    people = fridge.frame("participants")["id"]
    fridge.rate(str(people.iloc[0]), panel.step_id, 2, 2)
    assert panel.state.live.tick() and reads == []  # a rating redraws the curve, not the results
    source = fridge.sources("survey")[0]["id"]
    fridge.save_results(source, panel.journey_id, [
        {"step_id": panel.step_id, "metric": "nps", "n": 3, "value": 0.0, "score": 9.0,
         "score_low": 8.0, "score_high": 9.5, "worst": 0, "best": 10}])
    assert panel.state.live.tick() and reads == [1]
    assert "9.0 on 1–10" in panel.customers.line.value and "n = 3" in panel.customers.line.value


@pytest.mark.parametrize(("device", "language", "shown"), [
    ("phone", "nl", "telefoon"), ("in_person", "en", "in person"), ("any", "en", None)])
def test_the_step_card_says_what_the_customer_uses(device: str, language: str,
                                                   shown: str | None) -> None:
    from klantreis.ui.empathy.cards import step_card

    card = step_card({"name": "Pay", "kind": "touchpoint", "channel": "Web shop",
                      "online": True, "device": device}, language)
    meta = card.split("</h3>")[1].split("</p>")[0]
    if shown is None:
        assert "any" not in meta and "maakt niet uit" not in meta
    else:
        assert shown in meta
