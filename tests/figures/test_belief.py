"""Belief versus data: a disagreement needs a real gap, not only a narrow interval."""

from __future__ import annotations

import pandas as pd

from klantreis import figures
from klantreis.core.store import Store
from klantreis.figures.customers import MIN_GAP, belief_vs_data, kept_scores
from klantreis.samples import build_sample


def frames(team: list[float], customers: list[float], half_width: float) -> pd.DataFrame:
    ids = [f"s{i}" for i in range(len(team))]
    curve = pd.DataFrame({"step_id": ids, "mean": team, "n": [6] * len(team)}).astype(
        {"mean": "Float64", "n": "Int64"})
    scores = pd.DataFrame({
        "step_id": ids, "step_name": [f"Step {i}" for i in range(len(team))],
        "phase_name": ["Phase"] * len(team), "order": range(len(team)), "score": customers,
        "low": [c - half_width for c in customers], "high": [c + half_width for c in customers],
        "n": [400] * len(team)})
    return belief_vs_data(curve, scores)


def test_a_gap_beyond_a_narrow_interval_is_a_disagreement_only_from_a_point_on() -> None:
    table = frames(team=[7.0, 7.0, 7.0], customers=[6.7, 5.5, 7.05], half_width=0.2)
    rows = table.set_index("step_name")
    assert bool(rows.loc["Step 0", "beyond_interval"]) and not rows.loc["Step 0", "disagree"]
    assert bool(rows.loc["Step 1", "disagree"])  # 1.5 points and far outside 5.3–5.7
    assert not rows.loc["Step 2", "beyond_interval"] and not rows.loc["Step 2", "disagree"]


def test_a_large_gap_inside_a_wide_interval_is_no_disagreement() -> None:
    table = frames(team=[8.0], customers=[5.0], half_width=3.5)  # three answers, say
    assert abs(table.loc[0, "difference"]) >= MIN_GAP
    assert not table.loc[0, "beyond_interval"] and not table.loc[0, "disagree"]


def test_each_sample_tells_one_story_of_disagreement(sqlite_store: Store) -> None:
    expected = {"hotel": ["Check in at the front desk"],
                "mountainbike": ["Proefrit bij de dealer"],
                "fridge": ["Choose a delivery slot at checkout"]}
    for key, steps in expected.items():
        workshop = build_sample(sqlite_store, key)
        tables = workshop.frames()
        found = []
        for journey in tables["journeys"]["id"]:
            kept = kept_scores(tables, journey)
            if kept is None:
                continue
            curve = figures.emotion_curve(tables["phases"], tables["steps"], tables["ratings"],
                                          journey_id=journey)
            table = belief_vs_data(curve, kept[1])
            found += list(table[table["disagree"].fillna(False)]["step_name"])
        assert found == steps, key
