"""The method beside the map and the curve, as plain functions, against hand-computed numbers:
the share of steps resting on assumptions, participants' comments (names only when the
workshop shows them), functional scores that are optional, customers' figures per phase and
step beside the team's belief, and the lens's goals per phase."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from klantreis import figures
from klantreis.core.store import Store
from klantreis.core.workshop import Workshop
from klantreis.figures import JourneyData

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def small(sqlite_store: Store) -> dict[str, Any]:
    """Two phases (the first with a sub-phase), four steps, three participants.

    Journey order: s1 (Look), s2 (Look > Compare), s3 and s4 (Buy). Evidence: s1 interview,
    s2 an assumption only, s3 survey and analytics, s4 nothing.
    """
    workshop = sqlite_store.create_workshop("Method", language="en")
    persona = workshop.add_persona("Pat")
    journey = workshop.add_journey(persona, "Buy a bike")
    look = workshop.add_phase(journey, "Look")
    compare = workshop.add_phase(journey, "Compare", parent_id=look)
    buy = workshop.add_phase(journey, "Buy")
    s1 = workshop.add_step(look, "Ask friends")
    s2 = workshop.add_step(compare, "Compare shops")
    s3 = workshop.add_step(buy, "Pay")
    s4 = workshop.add_step(buy, "Wait")
    ann, bo, cy = (workshop.add_participant(n) for n in ("Ann", "Bo", "Cy"))
    workshop.rate(ann, s1, 8, 6, comment="Friends disagree")
    workshop.rate(bo, s1, None, 4, comment="   ")
    workshop.rate(cy, s1, 6, 5, comment=HOSTILE)
    workshop.rate(ann, s2, 9, 9)
    workshop.rate(bo, s2, None, 7)
    workshop.rate(ann, s3, None, 3, comment="Card refused")
    workshop.add_evidence("interview", step_id=s1)
    workshop.add_evidence("assumption", step_id=s2)
    workshop.add_evidence("analytics", step_id=s3)
    workshop.add_evidence("survey", step_id=s3)
    workshop.add_evidence("survey")  # about the journey, not a step
    return {"workshop": workshop, "journey": journey, "steps": (s1, s2, s3, s4),
            "phases": (look, buy)}


def data_of(small: dict[str, Any]) -> JourneyData:
    return JourneyData(small["workshop"].frames(), small["journey"])


def test_the_share_of_steps_resting_on_assumptions(small: dict[str, Any]) -> None:
    share = figures.assumed_share(data_of(small).journey_map)
    assert (share.assumed, share.steps, share.share) == (2, 4, 0.5)  # s2 and s4
    assert share.sentence("en") == "2 of 4 steps (50 %) rest on assumptions only"
    assert share.sentence("nl") == "2 van de 4 stappen (50 %) rusten alleen op aannames"
    assert figures.AssumedShare(0, 0).sentence("en") == ""


def test_comments_skip_empty_ones_and_hide_names_unless_asked(small: dict[str, Any]) -> None:
    data = data_of(small)
    frames = data.frames
    s1, _s2, s3, _s4 = small["steps"]
    hidden = figures.step_comments(frames["ratings"], frames["participants"], data.steps, False)
    assert list(hidden["step_id"]) == [s1, s1, s3]
    assert list(hidden["comment"]) == ["Friends disagree", HOSTILE, "Card refused"]
    assert list(hidden["name"]) == ["", "", ""]
    named = figures.step_comments(frames["ratings"], frames["participants"], data.steps, True)
    assert list(named["name"]) == ["Ann", "Cy", "Ann"]
    assert list(named["step_name"]) == ["Ask friends", "Ask friends", "Pay"]
    assert figures.said(named["name"][0], named["comment"][0], "nl") == "Ann: Friends disagree"
    assert figures.said("", HOSTILE, "en") == HOSTILE


def test_names_with_comments_are_off_until_the_workshop_turns_them_on(
        small: dict[str, Any]) -> None:
    workshop: Workshop = small["workshop"]
    assert figures.comment_names(workshop.frame("workshops")) is False
    workshop.update(comment_names=True)
    assert figures.comment_names(workshop.frame("workshops")) is True
    assert figures.comment_names(pd.DataFrame()) is False


def test_functional_scores_are_counted_and_only_real_ones_count(small: dict[str, Any]) -> None:
    data = data_of(small)
    counted = figures.gap_counts(data.gap, data.frames["ratings"]).set_index("step_name")
    # Ask friends: functional 8 and 6 (Bo left it empty), emotional 6, 4 and 5.
    assert counted.loc["Ask friends", "functional_mean"] == pytest.approx(7.0)
    assert counted.loc["Ask friends", "emotional_mean"] == pytest.approx(5.0)
    assert counted.loc["Ask friends", "gap"] == pytest.approx(-2.0)
    assert tuple(counted.loc["Ask friends", ["functional_n", "emotional_n", "n"]]) == (2, 3, 3)
    assert tuple(counted.loc["Compare shops", ["functional_n", "emotional_n"]]) == (1, 2)
    assert counted.loc["Compare shops", "gap"] == pytest.approx(8.0 - 9.0)
    assert counted.loc["Pay", "functional_n"] == 0 and pd.isna(counted.loc["Pay", "gap"])
    assert tuple(counted.loc["Wait", ["functional_n", "emotional_n", "n"]]) == (0, 0, 0)


def test_notable_gaps_start_at_one_point_largest_first(small: dict[str, Any]) -> None:
    data = data_of(small)
    notable = figures.notable_gaps(figures.gap_counts(data.gap, data.frames["ratings"]))
    assert list(notable["step_name"]) == ["Ask friends", "Compare shops"]  # -2.0, then -1.0
    assert list(figures.notable_gaps(figures.gap_counts(
        data.gap, data.frames["ratings"]), at_least=1.5)["step_name"]) == ["Ask friends"]


def keep_results(small: dict[str, Any]) -> None:
    """A survey's kept results: Look and its first step, Buy and Pay."""
    workshop: Workshop = small["workshop"]
    s1, _s2, s3, _s4 = small["steps"]
    look, buy = small["phases"]
    source = workshop.save_source("survey.csv", "survey", {})
    common = {"metric": "nps", "worst": 0, "best": 10}
    workshop.save_results(source, small["journey"], [
        {"step_id": s1, "n": 40, "value": 20.0, "low": 10.0, "high": 30.0, "score": 4.0,
         "score_low": 3.5, "score_high": 4.5, **common},
        {"phase_id": look, "n": 60, "value": 25.0, "low": 15.0, "high": 35.0, "score": 4.2,
         "score_low": 3.9, "score_high": 4.5, **common},
        {"step_id": s3, "n": 10, "value": -50.0, "low": -70.0, "high": -30.0, "score": 3.5,
         "score_low": 2.0, "score_high": 5.0, **common},
        {"phase_id": buy, "n": 10, "value": -50.0, "low": -70.0, "high": -30.0, "score": 3.5,
         "score_low": 2.0, "score_high": 5.0, **common},
    ])


def test_customer_figures_per_phase_and_step_beside_the_team(small: dict[str, Any]) -> None:
    keep_results(small)
    data = data_of(small)
    found = figures.customer_figures(data.customers, data.steps, data.curve)
    s1, _s2, s3, _s4 = small["steps"]
    look, buy = small["phases"]
    assert list(zip(found["level"], found["id"], strict=True)) == [
        ("phase", look), ("step", s1), ("phase", buy), ("step", s3)]
    rows = found.set_index("id")
    # Look: the team's emotional ratings on Ask friends and on Compare shops (its sub-phase):
    # 6, 4, 5, 9 and 7, a mean of 6.2, outside the customers' 3.9–4.5 and 2.0 apart.
    assert rows.loc[look, "team"] == pytest.approx(6.2) and rows.loc[look, "team_n"] == 5
    assert rows.loc[look, "difference"] == pytest.approx(4.2 - 6.2)
    assert bool(rows.loc[look, "disagree"])
    assert tuple(rows.loc[look, ["value", "low", "high", "n"]]) == (25.0, 15.0, 35.0, 60)
    # Ask friends: team 5.0 on three ratings, customers 4.0 (3.5–4.5): one point, outside.
    assert rows.loc[s1, "team"] == pytest.approx(5.0) and rows.loc[s1, "team_n"] == 3
    assert tuple(rows.loc[s1, ["score", "score_low", "score_high"]]) == (4.0, 3.5, 4.5)
    assert bool(rows.loc[s1, "disagree"])
    # Buy and Pay: one rating of 3, inside the customers' 2.0–5.0: no disagreement.
    for place in (buy, s3):
        assert rows.loc[place, "team"] == pytest.approx(3.0)
        assert not bool(rows.loc[place, "disagree"])
    assert set(found["metric"]) == {"nps"} and rows.loc[s3, "value"] == -50.0


def test_goals_per_phase_come_from_the_lens(small: dict[str, Any]) -> None:
    workshop: Workshop = small["workshop"]
    phases = workshop.frame("phases")
    assert figures.phase_goals(phases, small["journey"]) == ()  # phases without goals
    journey = workshop.add_journey(workshop.frame("personas")["id"].iloc[0], "Branded")
    workshop.apply_lens(journey, "brand")  # its phases have no steps yet: goals all the same
    goals = figures.phase_goals(workshop.frame("phases"), journey)
    assert goals == (("Information", "Reach"), ("Orientation", "Engagement"),
                     ("Purchase", "Conversion"), ("Service", "Retention"),
                     ("Advocate", "Advocacy"))
    assert figures.lens_goals("en") == ("Reach", "Engagement", "Conversion", "Retention",
                                        "Advocacy")
    assert figures.lens_goals("nl")[0] == "Bereik"
    assert figures.lens_name("brand", "nl") == "Merk"
    assert figures.lens_name("brand", "en") == "Brand"
    assert figures.lens_name(None, "en") == figures.lens_name("unknown", "en") == ""
    workshop.update_phase(workshop.frame("phases").query("name == 'Purchase'")["id"].iloc[0],
                          brand_goal="")
    assert figures.phase_goals(workshop.frame("phases"), journey)[2] == ("Purchase", "")
