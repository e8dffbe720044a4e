"""The team's curve on a phone: well-formed SVG drawn without Vega-Lite, readable at a phone's
size in both languages, every mark where its score puts it, and a participant's kernel that
never imports Altair or the renderer."""

from __future__ import annotations

import itertools
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from klantreis.charts.phone import HEIGHT, PHONE_HEIGHT, WIDTH, Plot, phone_curve_svg
from klantreis.core.store import Store
from klantreis.figures import JourneyData
from klantreis.i18n import number, t
from klantreis.samples import build_sample

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def journey(sqlite_store: Store) -> JourneyData:
    workshop = build_sample(sqlite_store, "hotel")
    return JourneyData(workshop.frames(), None, "en")


def parsed(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # raises on anything that is not well-formed XML


def marks(root: ET.Element, css: str) -> list[ET.Element]:
    return [e for e in root.iter() if e.get("class") == css]


def texts(root: ET.Element) -> list[str]:
    return ["".join(e.itertext()) for e in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_phone_curve_speaks_the_pages_language_and_fits_a_phone(journey, language) -> None:
    current = str(journey.steps["step_id"].iloc[2])
    root = parsed(phone_curve_svg(journey.curve, language, current))
    shown = texts(root)
    for key in ("room.team_curve", "chart.step", "chart.aim_line", "chart.pass_line",
                "chart.emotional_score"):
        assert t(key, language) in shown, key
    assert root.get("aria-label") == t("room.team_curve", language)
    assert float(root.get("width")) == WIDTH <= 370  # fits a 390 px screen with its margins
    mean = journey.curve.set_index("step_id").loc[current, "mean"]
    assert [e.text for e in marks(root, "kr-phone-mean")] == [number(mean, language)]


def test_every_rated_step_sits_at_its_mean_with_its_spread(journey) -> None:
    root = parsed(phone_curve_svg(journey.curve, "en"))
    plot = Plot(len(journey.curve))
    curve = journey.curve.sort_values("order").reset_index(drop=True)
    points = {e.get("data-step"): e for e in marks(root, "kr-phone-point")}
    spreads = {e.get("data-step"): e for e in marks(root, "kr-phone-spread")}
    assert set(points) == set(curve["step_id"].astype(str)) == set(spreads)
    for index, row in curve.iterrows():
        point, spread = points[str(row["step_id"])], spreads[str(row["step_id"])]
        assert float(point.get("cx")) == pytest.approx(plot.x(index), abs=0.06)
        assert float(point.get("cy")) == pytest.approx(plot.y(row["mean"]), abs=0.06)
        assert float(spread.get("y1")) == pytest.approx(plot.y(row["min"]), abs=0.06)
        assert float(spread.get("y2")) == pytest.approx(plot.y(row["max"]), abs=0.06)
    assert plot.y(10) == plot.top and plot.y(1) == plot.top + PHONE_HEIGHT < HEIGHT


def test_the_step_being_rated_is_ringed_and_unrated_steps_break_the_line(journey) -> None:
    steps = [str(s) for s in journey.curve.sort_values("order")["step_id"]]
    curve = journey.curve.copy()
    curve.loc[curve["step_id"] == steps[1], ["mean", "min", "max"]] = None
    root = parsed(phone_curve_svg(curve, "en", steps[0]))
    assert [e.get("data-step") for e in marks(root, "kr-phone-current")] == [steps[0]]
    assert steps[1] not in {e.get("data-step") for e in marks(root, "kr-phone-point")}
    lines = marks(root, "kr-phone-line")
    assert [len(e.get("points").split()) for e in lines] == [len(steps) - 2]  # 1 | 3..n
    unrated = parsed(phone_curve_svg(curve, "en", steps[1]))
    assert marks(unrated, "kr-phone-current") == [] == marks(unrated, "kr-phone-mean")


def test_a_long_journey_keeps_its_step_numbers_apart(journey) -> None:
    curve = journey.curve.iloc[[0] * 80].reset_index(drop=True)
    curve["step_id"] = [f"s{i}" for i in range(80)]
    curve["order"] = range(80)
    root = parsed(phone_curve_svg(curve, "nl", "s79"))
    numbers = marks(root, "kr-phone-step-number")
    xs = [float(e.get("x")) for e in numbers]
    assert numbers[0].text == "1" and 5 <= len(numbers) < 80
    assert min(b - a for a, b in itertools.pairwise(xs)) >= 22
    assert len(marks(root, "kr-phone-point")) == 80


def test_no_steps_and_hostile_text_still_draw(journey) -> None:
    empty = parsed(phone_curve_svg(journey.curve.iloc[0:0], "nl"))
    assert marks(empty, "kr-phone-point") == [] and marks(empty, "kr-phone-line") == []
    curve = journey.curve.copy()
    curve["step_id"] = ['"><script>alert(1)</script>', *list(curve["step_id"].iloc[1:])]
    svg = phone_curve_svg(curve, "en", curve["step_id"].iloc[0])
    assert "<script>" not in svg and parsed(svg) is not None


def test_a_participants_page_does_not_import_altair_or_the_renderer() -> None:
    code = ("import sys\nimport klantreis.ui.participant.panel\n"
            "from klantreis.ui.page import panel_class\npanel_class('participant')\n"
            "import klantreis.charts.phone\n"
            "print('altair' in sys.modules, 'vl_convert' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]
