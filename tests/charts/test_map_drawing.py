"""The journey map as one SVG: every sample and an 80-step journey in both languages, each
curve point above its own step's column, lanes that line up across poster windows, and
hostile text in every lane shown as text that stays inside its cell."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from klantreis.charts.journey_map import (
    COLUMN_WIDTH,
    LABEL_WIDTH,
    MARGIN,
    MAX_LINES,
    PADDING,
    SIZE,
    draw_map,
    map_svg,
    text_width,
    wrap,
)
from klantreis.core.store import open_store
from klantreis.figures import JourneyData, JourneyMap
from klantreis.i18n import LANGUAGES, t
from klantreis.samples import SAMPLE_KEYS, build_sample
from map_shapes import synthetic_map

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def sample_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, JourneyData]]:
    with open_store(tmp_path_factory.mktemp("maps") / "w.db") as store:
        yield {key: JourneyData(build_sample(store, key).frames()) for key in SAMPLE_KEYS}


def parsed(svg: str) -> ET.Element:
    """The SVG as XML: a parse error here means the picture would not open."""
    return ET.fromstring(svg)


def columns_of(root: ET.Element) -> dict[str, tuple[float, float]]:
    return {rect.get("data-step", ""): (float(rect.get("x", 0)),
                                        float(rect.get("x", 0)) + float(rect.get("width", 0)))
            for rect in root.iter(f"{SVG}rect") if rect.get("class") == "kr-map-column"}


def points_of(root: ET.Element) -> dict[str, ET.Element]:
    return {point.get("data-step", ""): point for point in root.iter(f"{SVG}circle")
            if point.get("class") == "kr-map-point"}


def texts_of(root: ET.Element) -> list[str]:
    return [element.text or "" for element in root.iter(f"{SVG}text")]


def assert_points_above_their_columns(root: ET.Element, journey_map: JourneyMap) -> None:
    columns, points = columns_of(root), points_of(root)
    rated = [step for step in journey_map.steps if step.mean is not None]
    assert set(columns) == {step.step_id for step in journey_map.steps}
    assert set(points) == {step.step_id for step in rated}
    for step in rated:
        left, right = columns[step.step_id]
        x = float(points[step.step_id].get("cx", "nan"))
        assert left + COLUMN_WIDTH / 4 < x < right - COLUMN_WIDTH / 4, step.name
        mean = float(points[step.step_id].get("data-mean", "nan"))
        assert mean == pytest.approx(step.mean, abs=1e-4)
    order = [columns[step.step_id][0] for step in journey_map.steps]
    assert order == sorted(order) and len(set(order)) == len(order)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", SAMPLE_KEYS)
def test_each_samples_map_has_its_points_above_their_steps(sample_data, key: str,
                                                           language: str) -> None:
    data = sample_data[key]
    journey_map = data.journey_map
    root = parsed(map_svg(journey_map, language))
    assert_points_above_their_columns(root, journey_map)
    texts = " ".join(texts_of(root))
    for phase in journey_map.phases:
        assert phase.name.split()[0] in texts
    for lane in ("dashboard.lane.step", "field.doing", "map.lane.evidence", "map.lane.ideas",
                 "dashboard.lane.score"):
        assert t(lane, language).split()[0] in texts
    assert t("chart.pass_line", language) in texts and t("chart.aim_line", language) in texts
    moments = [e for e in root.iter(f"{SVG}path") if e.get("class") == "kr-map-moment"]
    assert len(moments) == len(data.confirmed_moments) > 0


def test_the_curve_points_sit_at_their_scores(sample_data) -> None:
    """Higher means are drawn higher (smaller y), on one scale for the whole band."""
    journey_map = sample_data["fridge"].journey_map
    points = points_of(parsed(map_svg(journey_map, "en")))
    ranked = sorted((step.mean, -float(points[step.step_id].get("cy", 0)))
                    for step in journey_map.steps if step.mean is not None)
    heights = [height for _mean, height in ranked]
    assert heights == sorted(heights)


@pytest.mark.parametrize("language", LANGUAGES)
def test_eighty_steps_stay_readable(language: str) -> None:
    """Columns keep their width, so the text keeps its size: the picture grows instead."""
    journey_map = synthetic_map(80)
    root = parsed(map_svg(journey_map, language))
    assert_points_above_their_columns(root, journey_map)
    assert float(root.get("width", 0)) == 2 * MARGIN + LABEL_WIDTH + 80 * COLUMN_WIDTH
    sizes = {float(e.get("font-size", SIZE)) for e in root.iter(f"{SVG}text")}
    assert min(sizes) >= 10


def test_a_window_shows_its_steps_with_the_whole_maps_lane_heights() -> None:
    journey_map = synthetic_map(30)
    whole = draw_map(journey_map, "en")
    left, right = draw_map(journey_map, "en", (0, 12)), draw_map(journey_map, "en", (12, 30))
    assert left.height == right.height == whole.height
    assert set(columns_of(parsed(map_svg(journey_map, "en", (12, 30))))) == {
        f"s{n}" for n in range(12, 30)}
    lanes = [
        [(g.get("data-lane"), float(next(g.iter(f"{SVG}text")).get("y", 0)))
         for g in parsed(map_svg(journey_map, "en", window)).iter(f"{SVG}g")
         if g.get("class") == "kr-map-lane"]
        for window in ((0, 12), (12, 30))]
    assert lanes[0] == lanes[1]


def test_hostile_text_in_every_lane_is_shown_as_text_inside_its_cell() -> None:
    long_text = (HOSTILE + " ") * 3 + "x" * 10_000
    journey_map = synthetic_map(5, long_text, phases=2)
    svg = map_svg(journey_map, "nl")
    root = parsed(svg)
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert not tags & {"script", "img", "foreignObject", "a"}
    assert "<script" not in svg and "<img" not in svg
    texts = texts_of(root)
    assert any("<script>" in line for line in texts)
    for group in root.iter(f"{SVG}g"):
        if group.get("class") != "kr-map-lane":
            continue
        for element in group.iter(f"{SVG}text"):
            x = float(element.get("x", 0))
            if x < MARGIN + LABEL_WIDTH:
                continue
            bold = element.get("font-weight") == "bold"
            assert text_width(element.text or "", SIZE, bold) <= COLUMN_WIDTH - 2 * PADDING
    assert any(line.endswith("…") for line in texts)


def test_characters_xml_forbids_are_left_out() -> None:
    journey_map = synthetic_map(2, "bell\x07 and nul\x00 here", phases=1)
    assert "bell and nul here" in " ".join(texts_of(parsed(map_svg(journey_map, "en"))))


def test_unrated_steps_show_a_dash_and_break_the_line() -> None:
    journey_map = synthetic_map(6, phases=1)
    phase = journey_map.phases[0]
    steps = list(phase.steps)
    steps[2] = replace(steps[2], n=0, mean=None, low=None, high=None)
    gapped = replace(journey_map, phases=(replace(phase, steps=tuple(steps)),))
    root = parsed(map_svg(gapped, "en"))
    assert "s2" not in points_of(root)
    lines = [e for e in root.iter(f"{SVG}polyline")]
    assert sorted(len(line.get("points", "").split()) for line in lines) == [2, 3]


def test_an_empty_journey_says_so() -> None:
    empty = JourneyMap("", "", (), False)
    texts = texts_of(parsed(map_svg(empty, "nl")))
    assert t("dashboard.no_steps", "nl") in texts and t("map.untitled", "nl") in texts[0]


@pytest.mark.parametrize(("value", "width"), [
    ("a few short words that need more than one line here", 80),
    ("x" * 400, 60),
    ("line one\nline two", 200),
])
def test_wrapped_lines_fit_their_width(value: str, width: float) -> None:
    lines = wrap(value, width)
    assert all(text_width(line) <= width for line in lines)
    assert "".join(line.rstrip("…") for line in lines).replace(" ", "") in value.replace(
        " ", "").replace("\n", "")
    assert len(lines) <= MAX_LINES


def test_the_map_renders_offline_to_png(tmp_path: Path) -> None:
    import vl_convert as vlc

    png = vlc.svg_to_png(map_svg(synthetic_map(8, phases=2), "en"))
    assert png.startswith(b"\x89PNG")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_service_blueprint_sits_below_the_line_of_visibility(language: str) -> None:
    root = parsed(map_svg(synthetic_map(8, phases=2), language))
    lane_tops = {g.get("data-lane"): float(next(g.iter(f"{SVG}text")).get("y", 0))
                 for g in root.iter(f"{SVG}g") if g.get("class") == "kr-map-lane"}
    [line] = [e for e in root.iter(f"{SVG}line") if e.get("class") == "kr-map-visibility"]
    visibility = float(line.get("y1", 0))
    blueprint = [lane_tops[name] for name in ("frontstage", "backstage", "support")]
    above = [top for lane, top in lane_tops.items()
             if lane not in ("frontstage", "backstage", "support")]
    assert max(above) < visibility < min(blueprint) and blueprint == sorted(blueprint)
    assert t("map.line_of_visibility", language) in texts_of(root)


def test_a_map_without_blueprint_text_has_no_line_of_visibility() -> None:
    journey_map = synthetic_map(4, phases=1)
    phase = journey_map.phases[0]
    plain = tuple(replace(step, story={**step.story, "frontstage": "", "backstage": "",
                                       "support": ""}) for step in phase.steps)
    root = parsed(map_svg(replace(journey_map, phases=(replace(phase, steps=plain),)), "en"))
    assert not [e for e in root.iter(f"{SVG}line") if e.get("class") == "kr-map-visibility"]
    lanes_drawn = {g.get("data-lane") for g in root.iter(f"{SVG}g")}
    assert not lanes_drawn & {"frontstage", "backstage", "support"}


def test_the_channel_lane_names_the_device_and_the_same_moment() -> None:
    root = parsed(map_svg(synthetic_map(6, phases=1), "nl"))
    texts = " ".join(texts_of(root))
    assert "Website · online · telefoon" in texts  # step 2: online, on a phone
    assert t("map.same_moment", "nl", moment="Pay") in texts  # step 1 (n % 6 == 0)
