"""One journey, everywhere the same: the dashboard, the report and the exported charts show
the same backlog and the same moments of truth, for every journey of every sample.

They all take their rows from `JourneyData`; this checks what each one actually shows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import pytest

from klantreis.charts import spec_of
from klantreis.charts.journey import journey_chart
from klantreis.core.store import Store, open_store
from klantreis.figures import BACKLOG, JourneyData
from klantreis.i18n import value_label
from klantreis.outputs.report import build_report
from klantreis.outputs.report.document import Table
from klantreis.samples import SAMPLE_KEYS, build_sample
from klantreis.ui.dashboard.panel import DashboardPanel
from klantreis.ui.session import Session

Backlog = set[tuple[int, str, bool]]  # rank, title, chosen for the backlog
Moments = set[tuple[str, str]]  # step name, polarity
MARKS = {"▲": "positive", "▼": "negative"}  # how the map's moments lane starts a moment
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = open_store(Path(tmp_path_factory.mktemp("samples")) / "samples.db")
    for key in SAMPLE_KEYS:
        build_sample(store, key)
    return store


def journeys(store: Store) -> list[tuple[str, str]]:
    return [(str(w), str(j)) for w in store.workshops()["id"]
            for j in store.workshop(str(w)).frame("journeys").query("variant == 'current'")["id"]]


# -- what each one shows ----------------------------------------------------------------


def dashboard(store: Store, workshop_id: str, journey_id: str) -> tuple[Backlog, Moments, Moments]:
    """The dashboard's backlog table, the moments on its map and on its curve."""
    workshop = store.workshop(workshop_id)
    panel = DashboardPanel(Session(store, workshop, "viewer", None, workshop.language))
    panel.picker.dropdown.value = journey_id
    rows = re.findall(r"<tr( class=\"kr-chosen\")?><td>(\d+)</td><td>(.*?)</td>",
                      panel.backlog.table.value)
    backlog = {(int(rank), unescape(title), bool(chosen)) for chosen, rank, title in rows}
    picture = ET.fromstring(panel.map.picture.value)
    names = dict(zip(panel.state.journey.steps["step_id"],
                     panel.state.journey.steps["step_name"], strict=True))
    lanes = {g.get("data-lane"): g for g in picture.iter(f"{SVG}g") if g.get("data-lane")}
    on_map = {(names[cell.get("data-step")], MARKS[line.text[0]])
              for cell in lanes.get("moments", ()) if cell.get("class") == "kr-map-cell"
              for line in cell.iter(f"{SVG}text") if line.text and line.text[0] in MARKS}
    on_curve = chart_moments(panel.curve.chart.spec)
    return backlog, on_map, on_curve


def chart_moments(spec: dict) -> Moments:
    """The confirmed moments marked on a curve chart's spec."""
    rows = [row for rows in spec.get("datasets", {}).values() for row in rows if "moment" in row]
    return {(row["step_name"], row["polarity"]) for row in rows
            if row.get("status", "confirmed") == "confirmed"}


def report(store: Store, workshop_id: str, journey_id: str) -> tuple[Backlog, Moments]:
    """The report's backlog table and its table of moments of truth."""
    workshop = store.workshop(workshop_id)
    built = build_report(workshop, journey_id)
    tables = {block.name: block for block in built.blocks if isinstance(block, Table)}
    chosen = {value_label(s, built.language) for s in BACKLOG}
    backlog = set()
    for row in tables["backlog"].rows if "backlog" in tables else ():
        rank, title = row[0].text.split(". ", 1)
        backlog.add((int(rank), title, row[1].text in chosen))
    polarity = {value_label(p, built.language): p for p in ("positive", "negative")}
    moments = {(row[0].text, polarity[row[1].text])
               for row in (tables["moments"].rows if "moments" in tables else ())}
    return backlog, moments


def exported(store: Store, workshop_id: str, journey_id: str) -> tuple[Backlog, Moments]:
    """The exported ranking chart (what `klantreis chart` writes) and the curve chart."""
    workshop = store.workshop(workshop_id)
    data = JourneyData(workshop.frames(), journey_id)
    language = workshop.language
    bars = spec_of(journey_chart(data, "ranking", language))
    rows = [row for rows in bars["datasets"].values() for row in rows if "rank" in row]
    backlog = {(int(row["rank"]), row["title"], row["status"] in BACKLOG) for row in rows}
    return backlog, chart_moments(spec_of(journey_chart(data, "curve", language)))


# -- the comparison ---------------------------------------------------------------------


@pytest.mark.slow
def test_dashboard_report_and_exports_agree_on_every_sample_journey(samples: Store) -> None:
    compared = 0
    for workshop_id, journey_id in journeys(samples):
        data = JourneyData(samples.workshop(workshop_id).frames(), journey_id)
        expected_backlog = {(int(r["rank"]), r["title"], r["status"] in BACKLOG)
                            for r in data.ranking.to_dict("records")}
        expected_moments = {(m["step_name"], m["polarity"])
                            for m in data.confirmed_moments.to_dict("records")}
        board_backlog, on_map, on_curve = dashboard(samples, workshop_id, journey_id)
        report_backlog, report_moments = report(samples, workshop_id, journey_id)
        export_backlog, export_moments = exported(samples, workshop_id, journey_id)
        where = samples.workshop(workshop_id).info()["title"], journey_id
        assert board_backlog == report_backlog == export_backlog == expected_backlog, where
        assert on_map == on_curve == report_moments == export_moments == expected_moments, \
            where
        compared += bool(expected_backlog) and bool(expected_moments)
    assert compared >= 3  # every sample has ideas and confirmed moments on a journey
