"""The read-only dashboard: what it shows, that it follows the store, that it cannot write."""

from __future__ import annotations

import base64
import html
import json
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from klantreis import figures
from klantreis.charts.journey_map import map_svg
from klantreis.core.errors import ReadOnlyError
from klantreis.core.frames import frame_from_records
from klantreis.core.store import Store, open_store
from klantreis.core.tables import TABLE_ORDER
from klantreis.figures import JourneyData
from klantreis.i18n import MESSAGES, number, t
from klantreis.ui import page as app
from klantreis.ui.dashboard.downloads import (
    build,
    download_list,
    journey_charts,
    slug,
    workshop_files,
)
from klantreis.ui.dashboard.map import backlog_table, journey_map
from klantreis.ui.dashboard.panel import DashboardPanel
from klantreis.ui.session import SessionChoice, open_session

HOSTILE = "<img src=x onerror=alert(1)>"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def filled(tmp_path: Path) -> dict:
    """A store with one workshop: two phases, three steps, ratings, a moment, ideas, votes."""
    path = tmp_path / "workshop.db"
    with open_store(path) as store:
        workshop = store.create_workshop("Hotel " + HOSTILE, language="en")
        persona = workshop.add_persona("Eva " + HOSTILE, quote="Where is the iron?",
                                       needs=HOSTILE)
        journey = workshop.add_journey(persona, "Stay")
        book = workshop.add_phase(journey, "Book")
        stay = workshop.add_phase(journey, "Stay " + HOSTILE)
        steps = [workshop.add_step(book, "Search", channel="web", department="Marketing",
                                   doing="compares", thinking=HOSTILE, feeling="curious",
                                   difficulties="no iron listed"),
                 workshop.add_step(book, "Pack", kind="non_touchpoint"),
                 workshop.add_step(stay, "Check in", channel="desk", department="Front")]
        ann, bo = workshop.add_participant("Ann"), workshop.add_participant("Bo")
        workshop.rate(ann, steps[0], functional=8, emotional=6)
        workshop.rate(bo, steps[0], functional=7, emotional=4)
        workshop.rate(ann, steps[2], functional=9, emotional=9)
        workshop.add_moment(steps[1], "negative", reason="no iron " + HOSTILE,
                            status="confirmed")
        idea = workshop.add_idea("List the iron " + HOSTILE, [steps[0]], expected_effect=2.0,
                                 impact=4, effort=1, confidence=4)
        workshop.add_idea("Second idea", [steps[2]])
        workshop.vote(ann, idea, 2)
        workshop.update_idea(idea, status="selected")
    return {"path": str(path), "id": workshop.id, "journey": journey, "steps": steps,
            "phases": (book, stay)}


@pytest.fixture
def panel(filled: dict) -> DashboardPanel:
    session = open_session(SessionChoice(filled["id"], "facilitator", None, "en"),
                           store=filled["path"], read_only=True)
    return DashboardPanel(session)


def test_the_dashboard_opens_the_store_read_only_whatever_the_role(panel: DashboardPanel,
                                                                   filled: dict) -> None:
    assert panel.state.role == "viewer"
    assert panel.state.store.read_only and not panel.state.can_contribute
    with pytest.raises(ReadOnlyError):
        panel.workshop.add_participant("Mallory")
    with pytest.raises(ReadOnlyError):
        panel.workshop.rate(panel.workshop.participant_id("Ann"), filled["steps"][1], 5, 5)


def test_show_dashboard_forces_read_only(filled: dict, monkeypatch) -> None:
    seen = {}
    original = app.open_page_session

    def spy(*args, **kwargs):
        seen.update(kwargs)
        return original(*args, **kwargs)

    monkeypatch.setattr(app, "open_page_session", spy)
    page = app.show_dashboard(choice=SessionChoice(filled["id"], "facilitator"),
                              store=filled["path"])
    assert seen["read_only"] is True
    assert "kr-page" in page._dom_classes


def test_a_missing_store_is_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    page = app.show_dashboard(choice=SessionChoice(language="nl"),
                              store=str(tmp_path / "missing.db"))
    assert 'role="alert"' in page.value and "Traceback" not in page.value


def map_of(panel: DashboardPanel) -> ET.Element:
    """The dashboard's journey map as XML: its one SVG, inside the box that scrolls."""
    markup = panel.map.picture.value
    assert markup.startswith('<div class="kr-map-wrap"><svg') and markup.count("<svg") == 1
    return ET.fromstring(markup)


def cell_texts(root: ET.Element, lane: str) -> list[str]:
    """A lane's cells, left to right, each as its lines joined by spaces."""
    group = next(g for g in root.iter(f"{SVG}g") if g.get("data-lane") == lane)
    return [" ".join(t.text or "" for t in cell.iter(f"{SVG}text"))
            for cell in group if cell.get("class") == "kr-map-cell"]


def test_the_map_has_phases_as_columns_and_every_lane(panel: DashboardPanel) -> None:
    root = map_of(panel)
    phases = [float(r.get("width", 0)) for r in root.iter(f"{SVG}rect")
              if r.get("class") == "kr-map-phase"]
    assert len(phases) == 2 and phases[0] == pytest.approx(2 * phases[1], abs=2)
    lanes = {g.get("data-lane") for g in root.iter(f"{SVG}g") if g.get("data-lane")}
    assert lanes == {"step", "channel", "doing", "thinking", "feeling", "difficulties",
                     "moments", "evidence", "owner", "ideas"}
    assert cell_texts(root, "owner") == ["Marketing", "", "Front"]
    assert cell_texts(root, "channel")[0] == "touchpoint web · offline"
    assert cell_texts(root, "moments")[1].startswith("▼ negative: no iron")
    assert cell_texts(root, "ideas")[0].startswith("★ List the iron")


def test_the_map_scores_are_the_curve(panel: DashboardPanel, filled: dict) -> None:
    frames = panel.frames
    curve = figures.emotion_curve(frames["phases"], frames["steps"], frames["ratings"],
                                  journey_id=filled["journey"])
    points = [(int(p.get("data-n", 0)), float(p.get("data-mean", 0)))
              for p in map_of(panel).iter(f"{SVG}circle") if p.get("class") == "kr-map-point"]
    rated = curve[curve["n"].gt(0)]
    assert points == [(int(n), pytest.approx(m, abs=1e-4))
                      for n, m in zip(rated["n"], rated["mean"], strict=True)]


def test_user_text_is_escaped_everywhere(panel: DashboardPanel) -> None:
    for markup in (panel.map.picture.value, panel.persona.card.value, panel.backlog.table.value):
        assert "<img" not in markup
    assert "&lt;img" in panel.map.picture.value
    assert "&lt;img" in panel.persona.card.value and "&lt;img" in panel.backlog.table.value


def test_charts_show_current_and_desired_curve_gap_and_heatmap(panel: DashboardPanel) -> None:
    curve_svg = panel.curve.chart.widget.value
    assert curve_svg.startswith("<svg") and "desired" in curve_svg
    assert panel.gap.chart.widget.value.startswith("<svg")
    assert panel.responsibility.chart.widget.value.startswith("<svg")
    shown = journey_charts(panel.state.journey, "en")
    assert set(shown) == {"emotion-curve", "gap", "responsibility"}


def test_backlog_is_ranked_and_marks_the_chosen(panel: DashboardPanel) -> None:
    rows = re.findall(r"<tr( class=\"kr-chosen\")?><td>(\d)</td>", panel.backlog.table.value)
    assert rows == [(' class="kr-chosen"', "1"), ("", "2")]


def test_the_dashboard_follows_a_running_workshop(panel: DashboardPanel, filled: dict) -> None:
    with open_store(filled["path"]) as writer:
        workshop = writer.workshop(filled["id"])
        workshop.rate(workshop.participant_id("Bo"), filled["steps"][2], 5, 5)
    assert panel.state.live.tick()
    assert 'data-n="2" data-mean="7.0000"' in panel.map.picture.value


def test_downloads_are_data_links(panel: DashboardPanel) -> None:
    panel.downloads.prepare_downloads()
    links = dict(re.findall(r'download="([^"]+)" href="data:[^;]+;base64,([^"]+)"',
                            panel.downloads.links.value))
    base = "klantreis-hotel-img-src-x-onerror-alert-1"
    data = json.loads(base64.b64decode(links[f"{base}.json"]))
    assert any(row["name"] == "Ann" for row in data["tables"]["participants"])
    assert base64.b64decode(links[f"{base}.xlsx"])[:2] == b"PK"
    assert base64.b64decode(links["emotion-curve.png"])[:4] == b"\x89PNG"
    assert base64.b64decode(links["gap.pdf"])[:4] == b"%PDF"
    assert base64.b64decode(links["journey-map.svg"]) == map_svg(
        panel.state.journey.journey_map, "en").encode("utf-8")
    assert base64.b64decode(links["journey-map.png"])[:4] == b"\x89PNG"
    for paper in ("a3", "a1"):
        assert base64.b64decode(links[f"journey-map-{paper}.pdf"])[:4] == b"%PDF"
    assert "kr-ok" in panel.downloads.feedback.widget.value


def test_a_file_that_fails_is_named_and_the_others_still_offered(filled: dict,
                                                                 sqlite_store: Store) -> None:
    workshop = open_store(filled["path"], read_only=True).workshop(filled["id"])
    makers = workshop_files(workshop, None, "en")
    makers.append(("broken", "broken.json", "Broken", lambda: 1 / 0))
    files, failed = build(makers)
    assert failed == ["Broken"] and {f.kind for f in files} >= {"json", "xlsx"}
    assert download_list(files).count("<li>") == len(files)


def test_empty_parts_say_so() -> None:
    import pandas as pd

    empty = figures.idea_ranking(pd.DataFrame(), pd.DataFrame())
    assert "kr-empty" in backlog_table(empty, "nl")
    frames = {name: frame_from_records(name, []) for name in TABLE_ORDER}
    assert t("dashboard.no_steps", "en") in journey_map(JourneyData(frames), "en")


def test_slug_makes_safe_file_names() -> None:
    assert slug("Een koelkast kopen!") == "een-koelkast-kopen"
    assert slug("<>") == "workshop"


def test_without_customer_data_the_dashboard_says_how_to_add_it(panel: DashboardPanel) -> None:
    assert "customer-mining notebook" in panel.customers.details.value
    comparison = panel.customers.comparison
    assert comparison.widget.layout.display == "none" and not comparison.spec
    assert "customers" not in journey_charts(panel.state.journey, "en")


def test_kept_customer_results_show_without_the_file(panel: DashboardPanel, filled: dict) -> None:
    with open_store(filled["path"]) as store:  # the mining panel, elsewhere, kept results
        workshop = store.workshop(filled["id"])
        source = workshop.save_source(HOSTILE, "survey", {"file": "/elsewhere/survey.csv"})
        workshop.save_results(source, filled["journey"], [
            {"step_id": step, "metric": "csat", "n": n, "value": 40.0, "low": 30.0,
             "high": 50.0, "score": score, "score_low": score - 0.5,
             "score_high": score + 0.5, "worst": 5, "best": 1}
            for step, score, n in ((filled["steps"][0], 8.5, 90),
                                   (filled["steps"][2], 4.0, 60))])
    assert panel.state.live.tick()
    spec = panel.customers.comparison.spec
    assert panel.customers.comparison.widget.layout.display != "none"
    subtitle = " ".join(spec["title"]["subtitle"])
    assert "rescaled linearly to 1–10 (answer 5 = 1, 1 = 10)" in subtitle
    assert "Check in" in str(spec) and "customers" in journey_charts(panel.state.journey, "en")
    shown = panel.customers.details.value
    assert HOSTILE not in shown and "&lt;img src=x onerror=alert(1)&gt;" in shown
    assert "Customer satisfaction (CSAT)" in shown
    # Check in: team 9.0, customers 4.0 — the largest gap comes first
    assert shown.index("Check in") < shown.index("Search")
    with pytest.raises(ReadOnlyError):
        panel.workshop.save_results(source, filled["journey"], [])


# --------------------------------------------------------------------------- the method


@pytest.fixture
def rich(filled: dict) -> dict:
    return enrich(filled)


def enrich(filled: dict) -> dict:
    """The filled workshop with the rest of the method: comments (one blank, one hostile),
    Bo's check-in rating without a functional score, evidence, a goal on the first phase,
    the brand lens, and a survey's results on a phase and two steps."""
    search, _pack, check_in = filled["steps"]
    book, _stay = filled["phases"]
    with open_store(filled["path"]) as store:
        workshop = store.workshop(filled["id"])
        ann, bo = workshop.participant_id("Ann"), workshop.participant_id("Bo")
        workshop.rate(ann, search, 8, 6, comment="Filters hide the iron")
        workshop.rate(bo, search, 7, 4, comment="  ")
        workshop.rate(bo, check_in, None, 3, comment=HOSTILE)
        workshop.add_evidence("complaint", step_id=search)
        workshop.add_evidence("interview", step_id=search)
        workshop.add_evidence("assumption", step_id=check_in)
        workshop.update_phase(book, brand_goal="Reach " + HOSTILE)
        workshop.update(lens="brand")
        source = workshop.save_source("survey.csv", "survey", {})
        common = {"metric": "csat", "worst": 1, "best": 5}
        workshop.save_results(source, filled["journey"], [
            {"step_id": search, "n": 90, "value": 40.5, "low": 30.5, "high": 50.5,
             "score": 8.5, "score_low": 8.0, "score_high": 9.0, **common},
            {"phase_id": book, "n": 90, "value": 40.5, "low": 30.5, "high": 50.5,
             "score": 8.5, "score_low": 8.0, "score_high": 9.0, **common},
            {"step_id": check_in, "n": 60, "value": 10.5, "low": 5.5, "high": 15.5,
             "score": 4.0, "score_low": 3.5, "score_high": 4.5, **common}])
    return filled


def open_panel(filled: dict, language: str = "en") -> DashboardPanel:
    session = open_session(SessionChoice(filled["id"], "facilitator", None, language),
                           store=filled["path"], read_only=True)
    return DashboardPanel(session)


def plain(markup: str) -> str:
    """What a reader sees of an HTML widget: its text, entities decoded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def rows_of(markup: str, css: str) -> list[list[str]]:
    """A table's body rows (by its class) as the cells' text."""
    body = re.search(rf'<table class="kr-table {css}">.*?<tbody>(.*?)</tbody>', markup).group(1)
    return [[html.unescape(cell) for cell in re.findall(r"<td>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", body)]


def test_the_share_of_assumed_steps_and_what_backs_the_others(rich: dict) -> None:
    panel = open_panel(rich)
    frames = panel.workshop.frames()
    evidence, steps = frames["evidence"], frames["steps"]
    backed = evidence[evidence["source"].ne("assumption").to_numpy(dtype=bool)]
    assumed = len(set(steps["id"]) - set(backed["step_id"]))
    shown = panel.evidence.summary.value
    sentence = t("map.assumed_share", "en", count=assumed, total=len(steps),
                 share=round(100 * assumed / len(steps)))
    assert sentence == "2 of 3 steps (67 %) rest on assumptions only"
    assert sentence in plain(shown)
    # Evidence kinds in the kit's order of sources: interview before complaint log.
    assert rows_of(shown, "kr-dashboard-evidence-table") == [
        ["1. Search", "interview and complaint log"]]


def test_comments_hide_names_until_the_workshop_shows_them(rich: dict) -> None:
    panel = open_panel(rich)
    shown = panel.comments.table.value
    rows = rows_of(shown, "kr-dashboard-comment-table")
    assert [row[1] for row in rows] == ["Filters hide the iron", HOSTILE]  # no blank one
    assert [row[0] for row in rows] == ["Search", "Check in"]
    assert "<img" not in shown and html.escape(HOSTILE) in shown
    assert "Ann" not in plain(shown) and "Bo" not in plain(shown)
    with open_store(rich["path"]) as writer:
        writer.workshop(rich["id"]).update(comment_names=True)
    assert panel.state.live.tick()
    shown = panel.comments.table.value
    assert [row[1] for row in rows_of(shown, "kr-dashboard-comment-table")] == [
        "Ann: Filters hide the iron", f"Bo: {HOSTILE}"]
    assert "<img" not in shown and t("report.comments_named", "en") in plain(shown)


def test_the_gap_says_how_many_functional_scores_each_step_has(rich: dict) -> None:
    panel = open_panel(rich)
    ratings = panel.workshop.frame("ratings")
    names = dict(zip(panel.frames["steps"]["id"], panel.frames["steps"]["name"], strict=True))
    expected = []
    for step, group in ratings.groupby("step_id"):
        functional = group["functional"].dropna().astype(float)
        gap = group["emotional"].astype(float).mean() - functional.mean()
        if len(functional) and abs(gap) >= 1:
            expected.append((-abs(gap), [names[step], number(functional.mean(), "en"),
                                         f"{len(functional)} of {len(group)} judged",
                                         number(group["emotional"].astype(float).mean(), "en"),
                                         number(gap, "en", sign=True)]))
    # Check in: functional 9 from Ann only (Bo left it empty), emotional (9 + 3) / 2 = 6.
    assert [row for _, row in sorted(expected, key=lambda e: e[0])] == [
        ["Check in", "9.0", "1 of 2 judged", "6.0", "-3.0"],
        ["Search", "7.5", "2 of 2 judged", "5.0", "-2.5"]]
    shown = panel.gap.steps.value
    assert rows_of(shown, "kr-dashboard-gap-table") == [row for _, row in sorted(expected)]
    judged = int(ratings["functional"].notna().sum())
    assert t("report.gap_intro", "en", judged=judged, ratings=len(ratings)) in plain(shown)


def test_goals_per_phase_and_the_lens(panel: DashboardPanel, filled: dict) -> None:
    assert t("dashboard.no_goals", "en", goals="reach, engagement, conversion, retention "
             "and advocacy") in plain(panel.goals.table.value)  # no goals yet: what they are
    enrich(filled)
    assert panel.state.live.tick()
    shown = panel.goals.table.value
    assert "Lens: Brand" in plain(shown)
    assert rows_of(shown, "kr-dashboard-goal-table") == [["Book", "Reach " + HOSTILE],
                                                         ["Stay " + HOSTILE, "–"]]
    assert "<img" not in shown


def test_customers_figures_per_phase_and_step(rich: dict) -> None:
    panel = open_panel(rich)
    frames = panel.workshop.frames()
    ratings = frames["ratings"]
    search, pack, check_in = rich["steps"]
    team = {"Book": ratings[ratings["step_id"].isin([search, pack]).to_numpy(dtype=bool)],
            "Search": ratings[ratings["step_id"].eq(search).to_numpy(dtype=bool)],
            "Check in": ratings[ratings["step_id"].eq(check_in).to_numpy(dtype=bool)]}
    means = {name: rows["emotional"].astype(float).mean() for name, rows in team.items()}
    assert means == {"Book": 5.0, "Search": 5.0, "Check in": 6.0}
    shown = panel.customers.details.value
    assert t("dashboard.customer_figures", "en") in plain(shown)
    assert rows_of(shown, "kr-dashboard-figures") == [
        ["Book (the phase as a whole)", "40.5", "30.5 – 50.5", "90", "8.5", "8.0 – 9.0",
         number(means["Book"], "en"), "yes"],
        ["Search", "40.5", "30.5 – 50.5", "90", "8.5", "8.0 – 9.0",
         number(means["Search"], "en"), "yes"],
        ["Check in", "10.5", "5.5 – 15.5", "60", "4.0", "3.5 – 4.5",
         number(means["Check in"], "en"), "yes"]]


def _fragments(text: str) -> list[str]:
    return [part.strip(" .,:;()") for part, *_ in string.Formatter().parse(text)
            if len(part.strip(" .,:;()")) >= 5]


def test_the_dutch_dashboard_shows_the_method_in_dutch(rich: dict) -> None:
    panel = open_panel(rich, "nl")
    boxes = (panel.goals.table, panel.evidence.summary, panel.gap.steps, panel.comments.table,
             panel.customers.details)
    shown = " ".join(plain(box.value) for box in boxes)
    for key in ("dashboard.customer_figures", "report.evidence_backed",
                "report.comments_anonymous", "report.gaps_intro"):
        assert t(key, "nl") in shown, key
    headings = " ".join(plain(section.widget.children[0].value) for section in
                        (panel.goals, panel.evidence, panel.comments))
    assert headings == "Doelen per fase Waar de kaart op rust Toelichtingen van deelnemers"
    leaks = [(key, fragment) for key, texts in MESSAGES.items()
             if key.startswith(("dashboard.", "report.", "map.assumed", "mining.col.", "field."))
             for fragment in _fragments(texts["en"])
             if fragment not in texts["nl"] and fragment in shown]
    assert not leaks
    assert "2 van de 3 stappen (67 %) rusten alleen op aannames" in shown
    assert "Book (de fase als geheel)" in shown and "40,5" in shown and "30,5 – 50,5" in shown
    assert "interview en klachtenregistratie" in shown
