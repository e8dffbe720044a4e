"""Comparing two versions of a journey, against numbers worked out by hand."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import pytest

from klantreis.core.versions import Snapshot, read_snapshot, snapshot_frames
from klantreis.figures.versions import (
    COMPARED_COLUMNS,
    compare_curves,
    compare_versions,
    shared_order,
)

NA = pd.NA


def snapshot(phases: list[tuple[str, str]], steps: list[tuple[str, str, str]],
             ratings: dict[str, list[int]], journey: str = "j") -> Snapshot:
    """A snapshot from (id, name) phases in order, (id, phase, name) steps in order within
    their phase, and each step's emotional scores (one participant per score)."""
    rows: dict[str, list[dict[str, Any]]] = {
        "journeys": [{"id": journey, "workshop_id": "w", "persona_id": "p", "name": "Trip"}],
        "phases": [{"id": i, "journey_id": journey, "position": n, "name": name}
                   for n, (i, name) in enumerate(phases)],
        "steps": [{"id": i, "phase_id": phase, "name": name,
                   "position": [s[1] for s in steps[:n]].count(phase)}
                  for n, (i, phase, name) in enumerate(steps)],
        "ratings": [{"participant_id": f"p{n}", "step_id": step, "emotional": score,
                     "functional": 11 - score}
                    for step, scores in ratings.items() for n, score in enumerate(scores)],
        "moments": [], "ideas": [], "idea_steps": []}
    frames = snapshot_frames(read_snapshot(json.dumps({"format": 1, "tables": rows})))
    return Snapshot(journey, frames)


# Then: Orient (Search: 6 and 8 -> 7.0; Ask a friend: 4 -> 4.0), Buy (Pay: 9 and 10 -> 9.5).
THEN = snapshot([("a", "Orient"), ("b", "Buy")],
                [("s1", "a", "Search"), ("s2", "a", "Ask a friend"), ("s3", "b", "Pay")],
                {"s1": [6, 8], "s2": [4], "s3": [9, 10]})
# Now: Search renamed (8 and 9 -> 8.5), Ask a friend gone, Compare added before Pay
# (unrated), Pay 7.
NOW = snapshot([("a", "Orient"), ("b", "Buy")],
               [("s1", "a", "Search online"), ("s4", "b", "Compare"), ("s3", "b", "Pay")],
               {"s1": [8, 9], "s3": [7]})


def test_steps_are_matched_by_id_on_one_shared_order() -> None:
    steps = compare_versions(THEN, NOW).steps
    assert dict(steps.dtypes.astype(str)) == COMPARED_COLUMNS
    assert list(steps["step_id"]) == ["s1", "s2", "s4", "s3"]
    assert list(steps["order"]) == [0, 1, 2, 3]
    assert list(steps["step_name"]) == ["Search online", "Ask a friend", "Compare", "Pay"]
    assert list(steps["phase_name"]) == ["Orient", "Orient", "Buy", "Buy"]
    assert list(steps["in_then"]) == [True, True, False, True]
    assert list(steps["in_now"]) == [True, False, True, True]
    assert list(steps["then_n"]) == [2, 1, 0, 2]
    assert list(steps["now_n"]) == [2, 0, 0, 1]
    assert steps["then_mean"].tolist() == [7.0, 4.0, NA, 9.5]
    assert steps["now_mean"].tolist() == [8.5, NA, NA, 7.0]
    assert steps["change"].tolist() == [1.5, NA, NA, -2.5]


def test_added_removed_and_moved() -> None:
    comparison = compare_versions(THEN, NOW)
    assert list(comparison.added["step_name"]) == ["Compare"]
    assert list(comparison.removed["step_name"]) == ["Ask a friend"]
    moved = comparison.moved
    assert moved[["step_name", "then_mean", "now_mean", "change"]].values.tolist() == [
        ["Search online", 7.0, 8.5, 1.5], ["Pay", 9.5, 7.0, -2.5]]


def test_each_curve_is_its_own_versions_curve() -> None:
    comparison = compare_versions(THEN, NOW)
    assert list(comparison.then["step_name"]) == ["Search", "Ask a friend", "Pay"]
    assert comparison.then["mean"].tolist() == [7.0, 4.0, 9.5]
    assert list(comparison.now["step_name"]) == ["Search online", "Compare", "Pay"]


def test_the_other_way_round_swaps_added_and_removed() -> None:
    back = compare_versions(NOW, THEN)
    assert list(back.added["step_name"]) == ["Ask a friend"]
    assert list(back.removed["step_name"]) == ["Compare"]
    assert list(back.steps["step_id"]) == ["s1", "s4", "s2", "s3"]  # Compare after Search
    assert back.moved["change"].tolist() == [-1.5, 2.5]


def test_the_functional_score_can_be_compared_too() -> None:
    # functional = 11 - emotional: then Search (5, 3) 4.0 and Pay (2, 1) 1.5; now Search
    # (3, 2) 2.5 and Pay (4) 4.0
    moved = compare_versions(THEN, NOW, score="functional").moved
    assert moved["change"].tolist() == [-1.5, 2.5]


def test_a_version_against_itself_changes_nothing() -> None:
    same = compare_versions(THEN, THEN)
    assert same.added.empty and same.removed.empty
    assert same.moved["change"].tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize(("then", "now", "expected"), [
    (["a", "b", "c", "d"], ["c", "e", "a"], ["c", "d", "e", "a", "b"]),
    (["x", "a"], ["a"], ["x", "a"]),  # removed first: at the start
    (["a", "x", "y"], ["a", "b"], ["a", "x", "y", "b"]),  # removed run kept in its order
    ([], ["a", "b"], ["a", "b"]),
    (["a", "b"], [], ["a", "b"]),
])
def test_shared_order(then: list[str], now: list[str], expected: list[str]) -> None:
    assert shared_order(then, now) == expected


def test_empty_curves_compare_to_an_empty_frame() -> None:
    empty = snapshot([("a", "Orient")], [], {})
    steps = compare_versions(empty, empty).steps
    assert steps.empty and dict(steps.dtypes.astype(str)) == COMPARED_COLUMNS
    emptied = compare_curves(compare_versions(THEN, NOW).then, compare_versions(empty, empty).now)
    assert list(emptied["step_id"]) == ["s1", "s2", "s3"] and not emptied["in_now"].any()
