"""Chart builders produce the intended Vega-Lite spec and render offline to safe SVG."""

from __future__ import annotations

import pandas as pd

from klantreis import charts, derived

HOSTILE = "<script>alert(1)</script>"


def _curve() -> pd.DataFrame:
    phases = pd.DataFrame(
        {
            "id": ["p"],
            "journey_id": ["j"],
            "parent_id": [pd.NA],
            "position": [0],
            "name": ["Stay"],
            "brand_goal": [""],
            "description": [""],
        }
    ).astype({"parent_id": "string", "position": "Int64"})
    steps = pd.DataFrame(
        {
            "id": ["a", "b"],
            "phase_id": ["p", "p"],
            "position": [0, 1],
            "name": ["Pack", HOSTILE],
            "kind": ["non_touchpoint", "touchpoint"],
            "channel": ["", "desk"],
            "online": [False, False],
            "department": ["", "Front desk"],
            **{c: ["", ""] for c in ("doing", "thinking", "feeling", "questions", "difficulties")},
        }
    ).astype({"position": "Int64", "online": "boolean"})
    ratings = pd.DataFrame(
        {
            "participant_id": ["x", "y", "x", "y"],
            "step_id": ["a", "a", "b", "b"],
            "functional": [5, 5, 8, 8],
            "emotional": [1, 9, 8, 9],
            "comment": [""] * 4,
            "updated_at": [pd.Timestamp("2026-01-01", tz="UTC")] * 4,
        }
    ).astype({"functional": "Int64", "emotional": "Int64"})
    return derived.emotion_curve(phases, steps, ratings)


def test_emotion_curve_spec_has_mean_spread_and_reference_lines() -> None:
    spec = charts.emotion_curve_chart(_curve(), "en").to_dict()
    marks = [layer.get("mark", {}).get("type") for layer in spec["layer"]]
    assert marks[:3] == ["rule", "line", "point"]
    assert spec["layer"][1]["encoding"]["y"]["scale"]["domain"] == [1, 10]
    reference = spec["layer"][3]
    lines = [d for data in spec["datasets"].values() for d in data if "name" in d]
    assert {(d["y"], d["name"]) for d in lines} == {(9.0, "9+: the aim"), (5.5, "pass line (5.5)")}
    assert reference["layer"][0]["mark"]["type"] == "rule"
    point_color = spec["layer"][2]["encoding"]["color"]
    assert point_color["condition"]["test"] == "datum.disagreement"


def test_emotion_curve_speaks_dutch() -> None:
    spec = charts.emotion_curve_chart(_curve(), "nl").to_dict()
    assert spec["layer"][0]["encoding"]["x"]["title"] == "Stap"


def test_svg_renders_offline_and_shows_markup_as_text() -> None:
    svg = charts.to_svg(charts.emotion_curve_chart(_curve(), "en"))
    assert svg.startswith("<svg")
    assert "1. Pack" in svg
    assert "<script" not in svg
    assert "&lt;script&gt;" in svg
