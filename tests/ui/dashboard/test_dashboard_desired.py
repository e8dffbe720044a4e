"""The dashboard with a desired journey: its map below today's, drawing the scores the team
aims for, and its map files beside today's."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from klantreis.charts.journey_map import map_svg
from klantreis.charts.palette import DESIRED_COLOR
from klantreis.core.store import open_store
from klantreis.i18n import t
from klantreis.samples import build_sample
from klantreis.ui.dashboard.panel import DashboardPanel
from klantreis.ui.session import SessionChoice, open_session

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def fridge_with_plan(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The fridge sample with a desired journey: every copied step aims one point higher
    than today's mean (capped at 10), and one step is new."""
    path = tmp_path_factory.mktemp("desired") / "w.db"
    with open_store(path) as store:
        workshop = build_sample(store, "fridge")
        frames = workshop.frames()
        current = frames["journeys"].query("variant == 'current'")["id"].iloc[0]
        desired = workshop.derive_desired(current)
        steps = workshop.frame("steps")
        means = frames["ratings"].groupby("step_id")["emotional"].mean()
        targets = {}
        for step in steps[steps["based_on"].notna()].to_dict("records"):
            targets[step["id"]] = min(10, round(float(means[step["based_on"]])) + 1)
            workshop.update_step(step["id"], target=targets[step["id"]])
        phases = workshop.frame("phases")
        first = phases[phases["journey_id"] == desired]["id"].iloc[0]
        workshop.add_step(first, "Chat with a fitter before buying")
    return {"path": str(path), "id": workshop.id, "targets": targets}


@pytest.fixture(params=["en", "nl"])
def panel(fridge_with_plan: dict, request: pytest.FixtureRequest) -> DashboardPanel:
    choice = SessionChoice(fridge_with_plan["id"], "viewer", None, request.param)
    return DashboardPanel(open_session(choice, store=fridge_with_plan["path"], read_only=True))


def test_the_desired_map_sits_below_todays_and_draws_the_targets(panel: DashboardPanel,
                                                                 fridge_with_plan: dict) -> None:
    markup = panel.map.picture.value
    language = panel.language
    today, desired = (markup.index(esc) for esc in (t("map.today", language),
                                                    t("map.desired", language)))
    assert today < desired and markup.count("<svg") == 2
    svg = re.findall(r"<svg.*?</svg>", markup, flags=re.S)[1]
    root = ET.fromstring(svg)
    points = {p.get("data-step"): float(p.get("data-mean", 0)) for p in root.iter(f"{SVG}circle")
              if p.get("class") == "kr-map-point"}
    assert points == pytest.approx(fridge_with_plan["targets"])
    fills = {p.get("fill") for p in root.iter(f"{SVG}circle") if p.get("class") == "kr-map-point"}
    assert fills == {DESIRED_COLOR}
    assert t("map.legend.target", language) in svg and t("map.lane.target", language) in svg


def test_both_maps_download_as_files(panel: DashboardPanel) -> None:
    panel.downloads.prepare_downloads()
    links = dict(re.findall(r'download="([^"]+)" href="data:[^;]+;base64,([^"]+)"',
                            panel.downloads.links.value))
    desired = panel.state.journey.desired_journey
    assert desired is not None
    names = {"en": ("desired-journey-map", "journey-map"),
             "nl": ("gewenste-klantreiskaart", "klantreiskaart")}
    desired_name, today_name = names[panel.language]
    assert base64.b64decode(links[f"{desired_name}.svg"]) == map_svg(
        desired.journey_map, panel.language).encode("utf-8")
    assert base64.b64decode(links[f"{today_name}.svg"]) == map_svg(
        panel.state.journey.journey_map, panel.language).encode("utf-8")
    for paper in ("a3", "a1"):
        assert base64.b64decode(links[f"{desired_name}-{paper}.pdf"])[:4] == b"%PDF"
    assert t("map.desired_file", panel.language) in panel.downloads.links.value


def test_without_a_desired_journey_the_map_stands_alone(tmp_path: Path) -> None:
    with open_store(tmp_path / "w.db") as store:
        workshop = build_sample(store, "hotel")
    choice = SessionChoice(workshop.id, "viewer", None, "en")
    panel = DashboardPanel(open_session(choice, store=str(tmp_path / "w.db"), read_only=True))
    assert panel.map.picture.value.count("<svg") == 1
    assert t("map.desired", "en") not in panel.map.picture.value
