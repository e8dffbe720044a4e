"""Two versions of the emotion curve on one chart: what each line holds, where each step
stands, the legend, and that names reach the SVG escaped."""

from __future__ import annotations

import json
from typing import Any

import pytest

from klantreis.charts import to_svg
from klantreis.charts.theme import CURVE_COLOR, INDIVIDUAL_COLOR
from klantreis.charts.versions import versions_chart
from klantreis.core.versions import Snapshot, read_snapshot, snapshot_frames
from klantreis.figures.versions import VersionComparison, compare_versions

HOSTILE = "<script>alert(1)</script>"


def snapshot(steps: list[tuple[str, str]], ratings: dict[str, list[int]]) -> Snapshot:
    """One phase 'Orient' with (id, name) steps in order and each step's emotional scores."""
    rows: dict[str, list[dict[str, Any]]] = {
        "journeys": [{"id": "j", "workshop_id": "w", "persona_id": "p", "name": "Trip"}],
        "phases": [{"id": "a", "journey_id": "j", "position": 0, "name": "Orient"}],
        "steps": [{"id": i, "phase_id": "a", "position": n, "name": name}
                  for n, (i, name) in enumerate(steps)],
        "ratings": [{"participant_id": f"p{n}", "step_id": step, "emotional": score}
                    for step, scores in ratings.items() for n, score in enumerate(scores)],
        "moments": [], "ideas": [], "idea_steps": []}
    return Snapshot("j", snapshot_frames(read_snapshot(json.dumps({"format": 1,
                                                                    "tables": rows}))))


# Then: Search 7.0 (6, 8), Ask 4.0, Pay 9.5 (9, 10). Now: Search renamed 8.5 (8, 9), Ask
# gone, Compare added and unrated, Pay 7.0. Shared order: Search, Ask, Compare, Pay.
THEN = snapshot([("s1", "Search"), ("s2", "Ask"), ("s3", "Pay")],
                {"s1": [6, 8], "s2": [4], "s3": [9, 10]})
NOW = snapshot([("s1", "Search online"), ("s4", "Compare"), ("s3", "Pay")],
               {"s1": [8, 9], "s3": [7]})


@pytest.fixture
def comparison() -> VersionComparison:
    return compare_versions(THEN, NOW)


def layers(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {layer["name"]: layer for layer in spec["layer"] if "name" in layer}


def values(spec: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return spec["datasets"][layers(spec)[name]["data"]["name"]]


def test_each_line_holds_its_own_steps_in_the_shared_columns(
        comparison: VersionComparison) -> None:
    spec = versions_chart(comparison, ("March", "Now")).to_dict()
    assert list(layers(spec)) == ["phase_bands", "phase_labels", "reference", "then_line",
                                  "then_points", "now_line", "now_points"]
    then = [(row["x"], row["mean"]) for row in values(spec, "then_line")]
    now = [(row["x"], row["mean"]) for row in values(spec, "now_line")]
    assert then == [(0.0, 7.0), (1.0, 4.0), (3.0, 9.5)]
    assert now == [(0.0, 8.5), (2.0, None), (3.0, 7.0)]  # unrated Compare breaks the line
    assert [row["x"] for row in values(spec, "now_points")] == [0.0, 3.0]
    assert [row["change"] for row in values(spec, "now_points")] == [1.5, -2.5]
    labels = layers(spec)["now_line"]["encoding"]["x"]["axis"]["labelExpr"]
    assert '["1. Search online", "2. Ask", "3. Compare", "4. Pay"]' in labels


def test_the_legend_numbers_the_versions_and_the_earlier_is_dashed(
        comparison: VersionComparison) -> None:
    spec = versions_chart(comparison, ("Same", "Same")).to_dict()
    scale = layers(spec)["now_line"]["encoding"]["color"]["scale"]
    assert scale == {"domain": ["1: Same", "2: Same"], "range": [INDIVIDUAL_COLOR, CURVE_COLOR]}
    assert layers(spec)["then_line"]["mark"]["strokeDash"] == [8, 5]
    assert layers(spec)["now_line"]["mark"]["strokeDash"] == [1, 0]
    assert spec["title"]["text"] == "Two versions of the emotion curve"


def test_the_chart_speaks_dutch(comparison: VersionComparison) -> None:
    spec = versions_chart(comparison, ("Maart", "Nu"), "nl").to_dict()
    assert spec["title"]["text"] == "Twee versies van de emotiecurve"
    assert spec["title"]["subtitle"][0].startswith("Elke stap staat in beide versies")
    tooltip = [t["title"] for t in layers(spec)["now_points"]["encoding"]["tooltip"]]
    assert tooltip == ["Stap", "Fase", "Versie", "Gemiddelde", "Aantal beoordelingen",
                       "Verschil"]


def test_names_reach_the_svg_escaped() -> None:
    hostile = snapshot([("s1", HOSTILE)], {"s1": [5]})
    svg = to_svg(versions_chart(compare_versions(hostile, hostile), (HOSTILE, "Now")))
    assert "<script" not in svg and "&lt;script&gt;" in svg


def test_without_steps_or_ratings_the_chart_says_so() -> None:
    empty = snapshot([], {})
    spec = versions_chart(compare_versions(empty, empty), ("A", "B")).to_dict()
    assert spec["title"]["subtitle"] == ["No steps yet."]
    unrated = snapshot([("s1", "Search")], {})
    spec = versions_chart(compare_versions(unrated, unrated), ("A", "B")).to_dict()
    assert spec["title"]["subtitle"] == ["No ratings yet."]
    assert to_svg(versions_chart(compare_versions(empty, empty), ("A", "B"))).startswith("<svg")
