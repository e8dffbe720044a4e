"""Chart builders produce the intended Vega-Lite spec and render offline to safe SVG/PNG/PDF.

Specs are checked as data (`chart.to_dict()`); rendering goes through vl-convert, which is
slow-ish (about 0.1 s a call), so renders are batched into a few tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import pytest

from klantreis import charts, figures, open_store
from klantreis.charts import theme
from klantreis.figures.channels import means_per_channel
from klantreis.samples import build_sample

HOSTILE = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOTEL_PHASES = ["Search", "Book", "Prepare", "Check in", "Stay", "Check out"]


# --------------------------------------------------------------------------- data


def _phases(*rows: tuple[str, str | None, int, str]) -> pd.DataFrame:
    ids, parents, positions, names = zip(*rows, strict=True)
    return pd.DataFrame(
        {
            "id": ids,
            "journey_id": ["j"] * len(rows),
            "parent_id": parents,
            "position": positions,
            "name": names,
            "brand_goal": [""] * len(rows),
            "description": [""] * len(rows),
        }
    ).astype({"parent_id": "string", "position": "Int64"})


def _steps(*rows: tuple[str, str, int, str]) -> pd.DataFrame:
    ids, phases, positions, names = zip(*rows, strict=True)
    n = len(rows)
    return pd.DataFrame(
        {
            "id": ids,
            "phase_id": phases,
            "position": positions,
            "name": names,
            "kind": ["touchpoint"] * n,
            "channel": ["desk"] * n,
            "online": [False] * n,
            "department": ["Front desk"] * n,
            **{c: [""] * n for c in ("doing", "thinking", "feeling", "questions", "difficulties")},
        }
    ).astype({"position": "Int64", "online": "boolean"})


def _ratings(*rows: tuple[str, str, int]) -> pd.DataFrame:
    participants, steps, scores = zip(*rows, strict=True)
    return pd.DataFrame(
        {
            "participant_id": participants,
            "step_id": steps,
            "functional": [5] * len(rows),
            "emotional": scores,
            "comment": [""] * len(rows),
            "updated_at": [pd.Timestamp("2026-01-01", tz="UTC")] * len(rows),
        }
    ).astype({"functional": "Int64", "emotional": "Int64"})


SMALL_PHASES = _phases(("p", None, 0, "Stay"))
SMALL_STEPS = _steps(("a", "p", 0, "Pack"), ("b", "p", 1, HOSTILE))
SMALL_RATINGS = _ratings(("x", "a", 1), ("y", "a", 9), ("x", "b", 8), ("y", "b", 9))


def _curve() -> pd.DataFrame:
    """Two steps in one phase; participants disagree on the first."""
    return figures.emotion_curve(SMALL_PHASES, SMALL_STEPS, SMALL_RATINGS)


def _gappy_curve() -> pd.DataFrame:
    """Three steps in two phases (one with a sub-phase); the middle step is unrated."""
    phases = _phases(("p", None, 0, "Before"), ("q", None, 1, "After"), ("s", "q", 0, "Sub"))
    steps = _steps(("a", "p", 0, "First"), ("b", "q", 0, "Second"), ("c", "s", 0, "Third"))
    return figures.emotion_curve(phases, steps, _ratings(("x", "a", 6), ("x", "c", 8)))


def _ranking(*titles: str, missing: int = 0) -> pd.DataFrame:
    """Ideas with the given titles; the last ``missing`` have no effort estimate."""
    n = len(titles)
    ideas = pd.DataFrame(
        {
            "id": [f"i{k}" for k in range(n)],
            "title": list(titles),
            "department": ["Sales"] * n,
            "status": (["selected", "proposed", "done", "rejected"] * n)[:n],
            "impact": [4] * n,
            "effort": [2] * (n - missing) + [None] * missing,
            "confidence": [3] * n,
        }
    ).astype({"impact": "Int64", "effort": "Int64", "confidence": "Int64"})
    votes = pd.DataFrame({"participant_id": ["x"], "idea_id": ["i0"], "votes": [3]})
    return figures.idea_ranking(ideas, votes.astype({"votes": "Int64"}))


@pytest.fixture(scope="module")
def hotel(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The hotel sample workshop, built once, with every chart input derived from it."""
    store = open_store(tmp_path_factory.mktemp("hotel") / "w.db")
    frames = build_sample(store, "hotel").frames()
    journeys = frames["journeys"]
    journey = journeys.loc[journeys["variant"] == "current", "id"].iloc[0]
    phases, steps, ratings = frames["phases"], frames["steps"], frames["ratings"]
    curve = figures.emotion_curve(phases, steps, ratings, journey_id=journey)
    desired = curve[["step_id", "order", "mean"]].assign(mean=(curve["mean"] + 1).clip(upper=10))
    return {
        **frames,
        "curve": curve,
        "desired": desired,
        "candidates": figures.moment_candidates(curve),
        "gap": figures.score_gap(phases, steps, ratings, journey),
        "ranking": figures.idea_ranking(frames["ideas"], frames["votes"], frames["idea_steps"]),
        "responsibility": figures.responsibility(phases, steps, journey),
        "ordered": figures.ordered_steps(phases, steps, journey),
    }


def _channel_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "step_name": ["Book", "Book", "Check in", "Check in", "Pay"],
            "channel": ["Web", "Phone", "Desk", "App", "E-mail"],
            "mean": [8.0, 5.5, 6.0, 7.0, 5.0],
            "n": [4, 4, 4, 3, 4],
        }
    )


def _hotel_charts(hotel: dict[str, Any], language: str = "en") -> dict[str, alt.TopLevelMixin]:
    curve = hotel["curve"]
    return {
        "emotion_curve": charts.emotion_curve_chart(
            curve,
            language,
            moments=hotel["moments"],
            individual=hotel["ratings"],
            desired=hotel["desired"],
        ),
        "gap": charts.gap_chart(hotel["gap"], language),
        "impact_effort": charts.impact_effort_chart(hotel["ranking"], language),
        "idea_ranking": charts.idea_ranking_chart(hotel["ranking"], language),
        "responsibility": charts.responsibility_heatmap(hotel["responsibility"], language),
        "channels": charts.channel_consistency_chart(_channel_frame(), language),
    }


# --------------------------------------------------------------------------- spec helpers


def _layers(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Top-level layers by the name each builder gives them."""
    return {layer["name"]: layer for layer in spec["layer"] if "name" in layer}


def _names(spec: dict[str, Any]) -> list[str]:
    return [layer.get("name", "") for layer in spec["layer"]]


def _data(spec: dict[str, Any], layer: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows a layer draws: its own dataset, its first sub-layer's, or the chart's."""
    if "data" not in layer:
        layer = layer["layer"][0] if "layer" in layer else spec
    return spec["datasets"][layer["data"]["name"]]


def _mark(layer: dict[str, Any]) -> dict[str, Any]:
    mark = layer["mark"]
    return mark if isinstance(mark, dict) else {"type": mark}


def _subtitle(spec: dict[str, Any]) -> list[str]:
    subtitle = spec["title"].get("subtitle", [])
    return [subtitle] if isinstance(subtitle, str) else subtitle


# --------------------------------------------------------------------------- emotion curve


def test_emotion_curve_layers_are_drawn_back_to_front() -> None:
    spec = charts.emotion_curve_chart(_curve(), "en").to_dict()
    assert _names(spec) == [
        "phase_bands",
        "phase_labels",
        "reference",
        "spread",
        "mean_line",
        "mean",
    ]
    layers = _layers(spec)
    assert [_mark(layers[n])["type"] for n in ("phase_bands", "spread", "mean_line", "mean")] == [
        "rect",
        "rule",
        "line",
        "point",
    ]


def test_emotion_curve_encodings_are_typed_and_on_the_1_to_10_scale() -> None:
    layers = _layers(charts.emotion_curve_chart(_curve(), "en").to_dict())
    mean = layers["mean"]["encoding"]
    assert (mean["x"]["field"], mean["x"]["type"]) == ("x", "quantitative")
    assert (mean["y"]["field"], mean["y"]["type"]) == ("mean", "quantitative")
    assert mean["y"]["scale"]["domain"] == [1, 10]
    assert mean["color"]["type"] == "nominal"
    spread = layers["spread"]["encoding"]
    assert (spread["y"]["field"], spread["y2"]["field"]) == ("min", "max")
    assert spread["y"]["scale"]["domain"] == [1, 10]
    assert spread["y"]["title"] == "Emotional score (1–10)"
    tooltip = {item["field"] for item in mean["tooltip"]}
    assert {"step_name", "mean", "n"} <= tooltip


def test_aim_and_pass_lines_have_their_values_and_labels() -> None:
    spec = charts.emotion_curve_chart(_curve(), "en").to_dict()
    reference = _layers(spec)["reference"]
    rows = {(row["value"], row["name"]) for row in _data(spec, reference)}
    assert rows == {(9.0, "9+: the aim"), (5.5, "pass line (5.5)")}
    assert [_mark(layer)["type"] for layer in reference["layer"]] == ["rule", "text"]
    assert _mark(reference["layer"][0])["strokeDash"]


def test_disagreement_is_orange_and_explained_in_the_legend() -> None:
    spec = charts.emotion_curve_chart(_curve(), "en").to_dict()
    mean = _layers(spec)["mean"]
    scale = mean["encoding"]["color"]["scale"]
    legend = dict(zip(scale["domain"], scale["range"], strict=True))
    assert legend == {
        "current journey": theme.CURVE_COLOR,
        "participants disagree (spread ≥ 2)": theme.DISAGREE_COLOR,
    }
    series = {row["step_name"]: row["series"] for row in _data(spec, mean)}
    assert series == {"Pack": "participants disagree (spread ≥ 2)", HOSTILE: "current journey"}


def test_step_axis_orders_steps_and_labels_them_by_name() -> None:
    long_name = "A very long step name that will not fit under the axis"
    curve = _curve().assign(step_name=["Pack", long_name])
    x = _layers(charts.emotion_curve_chart(curve, "en").to_dict())["mean"]["encoding"]["x"]
    assert x["scale"]["domain"] == [-0.5, 1.5]
    assert x["axis"]["values"] == [0, 1]
    assert '"1. Pack"' in x["axis"]["labelExpr"]
    assert '"2. A very long step name that…"' in x["axis"]["labelExpr"]
    assert x["title"] == "Step"


def test_phase_bands_one_per_top_level_phase(hotel: dict[str, Any]) -> None:
    spec = charts.emotion_curve_chart(hotel["curve"], "en").to_dict()
    bands = _data(spec, _layers(spec)["phase_bands"])
    curve = hotel["curve"]
    expected = [
        (
            name,
            float(curve.loc[curve["top_phase_name"] == name, "order"].min()),
            float(curve.loc[curve["top_phase_name"] == name, "order"].max()),
        )
        for name in HOTEL_PHASES
    ]
    assert [(b["phase"], b["start"], b["end"]) for b in bands] == expected
    assert all(b["x0"] == b["start"] - 0.5 and b["x1"] == b["end"] + 0.5 for b in bands)
    assert [b["band"] % 2 for b in bands] == [0, 1, 0, 1, 0, 1]
    labels = _data(spec, _layers(spec)["phase_labels"])
    assert [row["label"] for row in labels] == HOTEL_PHASES


def test_sub_phases_share_their_top_level_band() -> None:
    spec = charts.emotion_curve_chart(_gappy_curve(), "en").to_dict()
    bands = _data(spec, _layers(spec)["phase_bands"])
    assert [(b["phase"], b["start"], b["end"]) for b in bands] == [
        ("Before", 0.0, 0.0),
        ("After", 1.0, 2.0),
    ]


def test_unrated_steps_get_no_point_and_break_the_line() -> None:
    spec = charts.emotion_curve_chart(_gappy_curve(), "en").to_dict()
    layers = _layers(spec)
    assert [row["step_name"] for row in _data(spec, layers["mean"])] == ["First", "Third"]
    assert _mark(layers["mean_line"])["invalid"] == "break-paths-show-domains"
    line_rows = _data(spec, layers["mean_line"])
    assert [row["mean"] for row in line_rows] == [6.0, None, 8.0]


def test_moment_markers_show_polarity_and_status(hotel: dict[str, Any]) -> None:
    moments = pd.concat(
        [
            hotel["moments"],
            pd.DataFrame(
                {
                    "step_id": [hotel["curve"]["step_id"].iloc[0]],
                    "polarity": ["positive"],
                    "reason": ["dismissed by the team"],
                    "status": ["dismissed"],
                }
            ),
            hotel["candidates"],
        ],
        ignore_index=True,
    )
    spec = charts.emotion_curve_chart(hotel["curve"], "en", moments=moments).to_dict()
    layer = _layers(spec)["moments"]
    assert _names(spec)[-1] == "moments"  # drawn on top
    rows = {(r["step_name"], r["polarity"], r["status"]) for r in _data(spec, layer)}
    assert rows == {
        ("Pack the suitcase", "negative", "confirmed"),
        ("Early grab-and-go breakfast", "positive", "confirmed"),
        ("Receive the invoice for his expenses", "negative", "proposed"),
        ("Receive the invoice for his expenses", "positive", "proposed"),
    }
    encoding = layer["encoding"]
    shapes = dict(zip(*(encoding["shape"]["scale"][k] for k in ("domain", "range")), strict=True))
    fills = dict(zip(*(encoding["fill"]["scale"][k] for k in ("domain", "range")), strict=True))
    assert shapes["positive (confirmed)"] == "triangle-up"
    assert shapes["negative (proposed)"] == "triangle-down"
    assert fills["positive (confirmed)"] == theme.MOMENT_COLOR
    assert fills["negative (proposed)"] == theme.PROPOSED_COLOR
    for row in _data(spec, layer):  # ▲ above the mean, ▼ below it
        mean = hotel["curve"].set_index("step_id").loc[row["step_id"], "mean"]
        assert (row["y"] > mean) == (row["polarity"] == "positive")
    reasons = {r["step_name"]: r["reason"] for r in _data(spec, layer)}
    assert "very low score" in reasons["Pack the suitcase"]


def test_individual_ratings_are_small_grey_fanned_out_points(hotel: dict[str, Any]) -> None:
    spec = charts.emotion_curve_chart(hotel["curve"], "en", individual=hotel["ratings"]).to_dict()
    layer = _layers(spec)["individual"]
    assert _mark(layer)["color"] == theme.INDIVIDUAL_COLOR
    dots = _data(spec, layer)
    assert len(dots) == len(hotel["ratings"])
    orders = hotel["curve"].set_index("step_id")["order"]
    offsets = [dot["x"] - orders[dot["step_id"]] for dot in dots]
    assert all(abs(offset) <= 0.32 for offset in offsets)
    assert len({round(offset, 3) for offset in offsets}) > 1
    assert layer["encoding"]["y"]["field"] == "emotional"


def test_desired_curve_is_dashed_with_a_current_desired_legend(hotel: dict[str, Any]) -> None:
    spec = charts.emotion_curve_chart(hotel["curve"], "en", desired=hotel["desired"]).to_dict()
    layer = _layers(spec)["desired"]
    assert _mark(layer)["type"] == "line"
    assert _mark(layer)["strokeDash"]
    scale = layer["encoding"]["color"]["scale"]
    assert scale["domain"][:2] == ["current journey", "desired journey"]
    assert scale["range"][:2] == [theme.CURVE_COLOR, theme.DESIRED_COLOR]
    assert len(_data(spec, layer)) == len(hotel["curve"])
    assert "desired" not in _layers(charts.emotion_curve_chart(hotel["curve"]).to_dict())


def test_emotion_curve_speaks_dutch() -> None:
    spec = charts.emotion_curve_chart(_curve(), "nl").to_dict()
    assert spec["title"]["text"] == "Emotiecurve"
    assert _layers(spec)["mean"]["encoding"]["x"]["title"] == "Stap"
    rows = _data(spec, _layers(spec)["reference"])
    assert {row["name"] for row in rows} == {"9+: het doel", "voldoende (5,5)"}
    series = _layers(spec)["mean"]["encoding"]["color"]["scale"]["domain"]
    assert series == ["huidige reis", "deelnemers oneens (spreiding ≥ 2)"]


# --------------------------------------------------------------------------- other charts


def test_gap_chart_is_a_dumbbell_of_functional_and_emotional(hotel: dict[str, Any]) -> None:
    spec = charts.gap_chart(hotel["gap"], "en").to_dict()
    layers = _layers(spec)
    gap = layers["gap"]["encoding"]
    assert _mark(layers["gap"])["type"] == "rule"
    assert (gap["y"]["field"], gap["y2"]["field"]) == ("functional_mean", "emotional_mean")
    assert gap["y"]["scale"]["domain"] == [1, 10]
    scores = layers["scores"]
    assert scores["encoding"]["color"]["scale"]["domain"] == ["functional", "emotional"]
    assert len(_data(spec, scores)) == 2 * len(hotel["gap"])
    assert "reference" in layers


def test_impact_effort_chart_has_quadrants_and_sized_points(hotel: dict[str, Any]) -> None:
    spec = charts.impact_effort_chart(hotel["ranking"], "en").to_dict()
    layers = _layers(spec)
    ideas = layers["ideas"]["encoding"]
    assert (ideas["x"]["field"], ideas["y"]["field"]) == ("ex", "iy")
    assert ideas["x"]["scale"]["domain"] == ideas["y"]["scale"]["domain"] == [0.5, 5.5]
    assert (ideas["size"]["field"], ideas["size"]["type"]) == ("votes", "quantitative")
    assert ideas["color"]["field"] == "status_label"
    assert {"title", "votes", "confidence"} <= {t["field"] for t in ideas["tooltip"]}
    assert _data(spec, layers["quadrant_x"]) == [{"at": 3.0}]
    assert layers["quadrant_x"]["encoding"]["x"]["field"] == "at"
    assert layers["quadrant_y"]["encoding"]["y"]["field"] == "at"
    corners = {
        row["label"]: (row["x"] < 3, row["y"] > 3)
        for row in _data(spec, layers["quadrant_labels"]["layer"][0])
        + _data(spec, layers["quadrant_labels"]["layer"][1])
    }
    assert corners == {
        "Quick wins": (True, True),
        "Big bets": (False, True),
        "Fill-ins": (True, False),
        "Money pits": (False, False),
    }
    labels = [row["label"] for row in _data(spec, layers["idea_labels"])]
    assert labels[0] == "1. Room checklist on the w…"
    assert "subtitle" not in spec["title"]


def test_impact_effort_leaves_out_unestimated_ideas_and_says_so() -> None:
    ranking = _ranking("One", "Two", "Three", missing=2)
    spec = charts.impact_effort_chart(ranking, "en").to_dict()
    assert len(_data(spec, _layers(spec)["ideas"])) == 1
    assert _subtitle(spec) == ["2 ideas without impact or effort estimates are not shown."]
    one = charts.impact_effort_chart(_ranking("One", "Two", missing=1), "nl").to_dict()
    assert _subtitle(one) == ["1 idee zonder schatting van impact of inspanning staat er niet in."]


def test_impact_effort_speaks_dutch(hotel: dict[str, Any]) -> None:
    spec = charts.impact_effort_chart(hotel["ranking"], "nl").to_dict()
    layers = _layers(spec)
    quadrants = layers["quadrant_labels"]["layer"]
    labels = {row["label"] for q in quadrants for row in _data(spec, q)}
    assert labels == {"Snelle winst", "Grote projecten", "Klusjes tussendoor", "Geldverslinders"}
    assert layers["ideas"]["encoding"]["x"]["title"].startswith("Inspanning")
    assert "gekozen" in {row["status_label"] for row in _data(spec, layers["ideas"])}


def test_idea_ranking_chart_bars_in_rank_order(hotel: dict[str, Any]) -> None:
    spec = charts.idea_ranking_chart(hotel["ranking"], "en").to_dict()
    bars = _layers(spec)["bars"]
    assert _mark(bars)["type"] == "bar"
    encoding = bars["encoding"]
    assert (encoding["x"]["field"], encoding["x"]["type"]) == ("votes", "quantitative")
    ranked = hotel["ranking"].sort_values("rank")
    assert [label.split(".")[0] for label in encoding["y"]["sort"]] == [
        str(r) for r in ranked["rank"]
    ]
    assert encoding["color"]["field"] == "status_label"
    assert encoding["color"]["scale"]["range"] == list(theme.STATUS_COLORS.values())


def test_responsibility_heatmap_keeps_phase_order_and_greys_out_gaps(
    hotel: dict[str, Any],
) -> None:
    spec = charts.responsibility_heatmap(hotel["responsibility"], "en").to_dict()
    cells = _layers(spec)["cells"]
    encoding = cells["encoding"]
    assert encoding["x"]["sort"] == HOTEL_PHASES
    assert encoding["color"]["condition"]["test"] == "datum.steps > 0"
    assert encoding["color"]["condition"]["field"] == "steps"
    assert encoding["color"]["value"] == theme.EMPTY_CELL
    counts = _layers(spec)["counts"]
    assert {"filter": "datum.steps > 0"} in counts["transform"]
    assert counts["encoding"]["text"]["field"] == "steps"


def test_responsibility_heatmap_translates_unassigned() -> None:
    resp = figures.responsibility(SMALL_PHASES, SMALL_STEPS.assign(department=["", "Desk"]))
    spec = charts.responsibility_heatmap(resp, "nl").to_dict()
    departments = {row["department"] for row in _data(spec, _layers(spec)["cells"])}
    assert departments == {"(geen afdeling)", "Desk"}
    assert spec["title"]["text"] == "Welke afdeling speelt mee in welke fase"


def test_channel_chart_flags_steps_whose_channels_differ() -> None:
    spec = charts.channel_consistency_chart(_channel_frame(), "en").to_dict()
    layers = _layers(spec)
    spans = {row["step_name"]: row["differs"] for row in _data(spec, layers["spans"])}
    assert spans == {"Book": True, "Check in": False}  # "Pay" has one channel: left out
    assert [row["delta"] for row in _data(spec, layers["differences"])] == ["Δ 2.5"]
    dots = layers["channels"]["encoding"]
    assert (dots["x"]["field"], dots["color"]["field"]) == ("mean", "channel")
    assert dots["x"]["scale"]["domain"] == [1, 10]
    assert layers["spans"]["encoding"]["color"]["condition"]["value"] == theme.DISAGREE_COLOR
    assert theme.DISAGREE_COLOR not in theme.CHANNEL_COLORS


def test_channel_means_groups_ratings_by_step_name_and_channel() -> None:
    steps = pd.DataFrame(
        {
            "step_id": ["a", "b", "c"],
            "step_name": ["Book", "Book", "Pay"],
            "channel": ["Web", "Phone", "Web"],
        }
    ).astype("string")
    ratings = _ratings(("x", "a", 8), ("y", "a", 6), ("x", "b", 3), ("x", "z", 9))
    means = means_per_channel(steps, ratings)
    assert means.to_dict("records") == [
        {"step_name": "Book", "channel": "Web", "mean": 7.0, "n": 2},
        {"step_name": "Book", "channel": "Phone", "mean": 3.0, "n": 1},
    ]
    assert str(means["mean"].dtype) == "Float64"
    empty = means_per_channel(steps, ratings.iloc[0:0])
    assert list(empty.columns) == ["step_name", "channel", "mean", "n"]
    assert empty.empty


def test_charts_share_one_look() -> None:
    builders = [
        charts.emotion_curve_chart(_curve()),
        charts.gap_chart(figures.score_gap(SMALL_PHASES, SMALL_STEPS, SMALL_RATINGS)),
        charts.idea_ranking_chart(_ranking("One")),
        charts.channel_consistency_chart(_channel_frame()),
    ]
    configs = [chart.to_dict()["config"] for chart in builders]
    assert all(c["font"] == theme.FONT and c["axis"] == configs[0]["axis"] for c in configs)


# --------------------------------------------------------------------------- rendering


def _empty_charts() -> list[alt.TopLevelMixin]:
    no = pd.DataFrame()
    curve = figures.emotion_curve(no, no, no)
    ranking = figures.idea_ranking(no, no)
    channels = pd.DataFrame(
        {
            c: pd.Series(dtype=d)
            for c, d in zip(
                ["step_name", "channel", "mean", "n"],
                ["string", "string", "Float64", "Int64"],
                strict=True,
            )
        }
    )
    return [
        charts.emotion_curve_chart(
            curve,
            "en",
            moments=figures.moment_candidates(curve),
            individual=_ratings(("x", "a", 5)).iloc[0:0],
            desired=curve,
        ),
        charts.gap_chart(figures.score_gap(no, no, no)),
        charts.impact_effort_chart(ranking),
        charts.idea_ranking_chart(ranking),
        charts.responsibility_heatmap(figures.responsibility(no, no)),
        charts.channel_consistency_chart(channels),
    ]


def test_every_chart_builds_and_renders_from_empty_frames() -> None:
    for chart in _empty_charts():
        svg = charts.to_svg(chart)
        assert svg.startswith("<svg")
    spec = _empty_charts()[0].to_dict()
    assert _subtitle(spec) == ["No steps yet."]


def test_every_chart_renders_the_hotel_sample_offline(hotel: dict[str, Any]) -> None:
    for name, chart in _hotel_charts(hotel).items():
        svg = charts.to_svg(chart)
        assert svg.startswith("<svg"), name
        assert "http" not in svg.replace("http://www.w3.org", ""), name
    curve_svg = charts.to_svg(_hotel_charts(hotel, "nl")["emotion_curve"])
    assert "Emotiecurve" in curve_svg
    assert "huidige reis" in curve_svg
    assert "1. Search hotels near the clie…" in curve_svg


def test_png_of_each_chart_for_the_hotel_sample(hotel: dict[str, Any], tmp_path: Path) -> None:
    """One PNG per chart; set KLANTREIS_CHART_PNGS to a folder to keep them for a look."""
    folder = Path(os.environ.get("KLANTREIS_CHART_PNGS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    for name, chart in _hotel_charts(hotel).items():
        png = charts.to_png(chart)
        assert png.startswith(b"\x89PNG"), name
        (folder / f"{name}.png").write_bytes(png)
    assert len(list(folder.glob("*.png"))) >= 6


def test_pdf_is_a_pdf() -> None:
    assert charts.to_pdf(charts.emotion_curve_chart(_curve())).startswith(b"%PDF")
    assert charts.to_png(charts.emotion_curve_chart(_curve()), scale=1).startswith(b"\x89PNG")


@pytest.mark.parametrize("hostile", [HOSTILE, HOSTILE_IMG])
def test_user_text_reaches_the_svg_escaped(hostile: str) -> None:
    steps = _steps(("a", "p", 0, hostile), ("b", "p", 1, "Fine"))
    phases = _phases(("p", None, 0, hostile))
    ratings = _ratings(("x", "a", 2), ("y", "a", 9), ("x", "b", 6))
    curve = figures.emotion_curve(phases, steps, ratings)
    channel = pd.DataFrame(
        {
            "step_name": [hostile, hostile],
            "channel": [hostile, "Web"],
            "mean": [3.0, 8.0],
            "n": [1, 1],
        }
    )
    built: list[Callable[[], alt.TopLevelMixin]] = [
        lambda: charts.emotion_curve_chart(
            curve, "en", moments=figures.moment_candidates(curve), individual=ratings
        ),
        lambda: charts.impact_effort_chart(_ranking(hostile, "Fine")),
        lambda: charts.idea_ranking_chart(_ranking(hostile)),
        lambda: charts.channel_consistency_chart(channel),
        lambda: charts.responsibility_heatmap(
            figures.responsibility(phases, steps.assign(department=hostile))
        ),
    ]
    escaped = "&lt;script&gt;" if hostile == HOSTILE else "&lt;img src=x"
    for build in built:
        svg = charts.to_svg(build())
        assert "<script" not in svg and "<img" not in svg
        assert escaped in svg


# -- the live path: a cached spec with fresh data -----------------------------------------


@pytest.fixture
def hotel_workshop(tmp_path: Path):
    return build_sample(open_store(tmp_path / "w.db"), "hotel")


def _comparable(spec: dict) -> dict:
    """A spec with each layer's data inlined, so specs that name datasets differently compare."""
    datasets = spec.get("datasets", {})

    def inline(node):
        if isinstance(node, list):
            return [inline(item) for item in node]
        if not isinstance(node, dict):
            return node
        out = {k: inline(v) for k, v in node.items() if k != "datasets"}
        if isinstance(node.get("data"), dict) and "name" in node["data"]:
            out["data"] = {"values": datasets[node["data"]["name"]]}
        return out

    return inline(spec)


def test_live_curve_spec_equals_a_full_rebuild_after_ratings_change(hotel_workshop) -> None:
    hotel = hotel_workshop
    from klantreis.charts import emotion_curve_spec

    frames = hotel.frames()
    journey = frames["journeys"]["id"].iloc[0]
    step = figures.ordered_steps(frames["phases"], frames["steps"], journey)["step_id"].iloc[3]
    people = frames["participants"]["id"].tolist()
    moments = frames["moments"]
    for round_, score in enumerate((1, 10, 4)):
        hotel.rate(people[round_], step, score, score)
        fresh = hotel.frames()
        curve = figures.emotion_curve(fresh["phases"], fresh["steps"], fresh["ratings"],
                                      journey_id=journey)
        options = {"moments": moments, "individual": fresh["ratings"]}
        live = emotion_curve_spec(curve, "en", **options)
        full = charts.emotion_curve_chart(curve, "en", **options).to_dict()
        assert _comparable(live) == _comparable(full)
        point = next(r for r in live["datasets"]["mean"] if r["step_id"] == step)
        assert point["mean"] == pytest.approx(float(curve.set_index("step_id").loc[step, "mean"]))


def test_live_curve_spec_rebuilds_when_the_steps_change(hotel_workshop) -> None:
    hotel = hotel_workshop
    from klantreis.charts import emotion_curve_spec

    frames = hotel.frames()
    journey = frames["journeys"]["id"].iloc[0]
    curve = figures.emotion_curve(frames["phases"], frames["steps"], frames["ratings"],
                                  journey_id=journey)
    before = emotion_curve_spec(curve, "en")
    renamed = curve.assign(step_name=curve["step_name"].str.upper())
    after = emotion_curve_spec(renamed, "en")
    assert _comparable(after) == _comparable(charts.emotion_curve_chart(renamed, "en").to_dict())
    assert _comparable(after) != _comparable(before)


def test_every_chart_a_test_draws_is_checked_against_the_schema() -> None:
    """Pages skip the schema check for speed (render.CHECK_SPECS); the suite turns it on, so a
    builder that made an invalid spec would fail whichever test draws it."""
    from klantreis.ui.kit import ChartView

    invalid = alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(
        x=alt.X("x:Q", bin="yes please"))
    with pytest.raises(alt.utils.schemapi.SchemaValidationError):
        ChartView("kr-test").show(invalid)
