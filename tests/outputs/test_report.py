"""The workshop report: one self-contained HTML file and a PDF with the same content.

Reports of the three sample workshops are built once per module (rendering charts costs about
a second per report) and checked for what a manager needs: the sections, the persona, every
step, the confirmed moments and the chosen ideas, in the workshop's language; the HTML makes
no outside request and runs nothing; hostile text shows as text in both formats. A small
workshop on the brand lens checks the rest of the method against numbers read from its
tables: evidence and the share of assumed steps, questions, comments (names only when the
workshop shows them), functional against emotional, customers' figures beside the team's
belief, and each phase's goal for the brand.
"""

from __future__ import annotations

import html
import io
import re
import string
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from klantreis import cli, figures
from klantreis.core.errors import KlantreisError, NotFoundError
from klantreis.core.store import Store, open_store
from klantreis.core.workshop import Workshop
from klantreis.i18n import MESSAGES, number, t
from klantreis.outputs.journey_map import page_layout
from klantreis.outputs.report import build_report, pdf, report_html, report_pdf, write_report
from klantreis.outputs.report.document import Cell, Facts, Group, Heading, Report, Table
from klantreis.outputs.report.html import render_html
from klantreis.samples import build_sample

SAMPLES = ("mountainbike", "hotel", "fridge")
SECTIONS = ("report.heading.persona", "report.heading.map", "report.heading.curve",
            "report.heading.gap", "report.heading.moments", "report.heading.customers",
            "report.heading.evidence", "report.heading.backlog", "report.heading.steps")
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


class Page(HTMLParser):
    """What a browser would see in a document: its tags, attributes and text."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.text: list[str] = []
        self.feed(document)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, name, value or "") for name, value in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(tmp_path_factory.mktemp("report") / "workshops.db") as opened:
        yield opened


@pytest.fixture(scope="module")
def samples(store: Store) -> dict[str, Workshop]:
    return {key: build_sample(store, key) for key in SAMPLES}


@pytest.fixture(scope="module")
def journeys(samples: dict[str, Workshop]) -> dict[str, list[str]]:
    """Each sample's journey ids, the default one first (the fridge has two)."""
    out = {}
    for key, workshop in samples.items():
        first = figures.default_journey(workshop.frames())
        out[key] = [first, *(j for j in workshop.frame("journeys")["id"] if j != first)]
    return out


@pytest.fixture(scope="module")
def htmls(samples: dict[str, Workshop], journeys: dict[str, list[str]]) -> dict[str, str]:
    """The HTML report of every journey, by journey id."""
    return {journey: report_html(samples[key], journey)
            for key, ids in journeys.items() for journey in ids}


@pytest.fixture(scope="module")
def pdf_texts(samples: dict[str, Workshop]) -> dict[str, tuple[bytes, str]]:
    out = {}
    for key, workshop in samples.items():
        data = report_pdf(workshop)
        out[key] = (data, _pdf_text(data))
    return out


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _expected(workshop: Workshop, journey_id: str | None = None) -> dict[str, Any]:
    """What the report must show, read from the store independently of the report code."""
    frames = workshop.frames()
    journeys = frames["journeys"]
    if journey_id is None:
        first = frames["personas"]["id"].iloc[0]
        journey_id = journeys.loc[journeys["persona_id"].eq(first).to_numpy(dtype=bool)
                                  & journeys["variant"].eq("current").to_numpy(dtype=bool),
                                  "id"].iloc[0]
    journey = journeys.set_index("id").loc[journey_id]
    phases = frames["phases"][frames["phases"]["journey_id"].eq(journey_id).to_numpy(dtype=bool)]
    steps = frames["steps"][frames["steps"]["phase_id"].isin(phases["id"]).to_numpy(dtype=bool)]
    moments = frames["moments"]
    confirmed = moments[moments["step_id"].isin(steps["id"]).to_numpy(dtype=bool)
                        & moments["status"].eq("confirmed").to_numpy(dtype=bool)]
    links = frames["idea_steps"]
    mine = set(links.loc[links["step_id"].isin(steps["id"]).to_numpy(dtype=bool), "idea_id"])
    ideas = frames["ideas"]
    selected = ideas[ideas["id"].isin(mine).to_numpy(dtype=bool)
                     & ideas["status"].eq("selected").to_numpy(dtype=bool)]
    persona = frames["personas"].set_index("id").loc[journey["persona_id"]]
    return {
        "journey_id": journey_id,
        "persona": persona,
        "steps": list(steps["name"]),
        "moments": list(confirmed["reason"]),
        "selected": list(selected["title"]),
        "other_ideas": [t for t in ideas["title"] if t not in set(
            ideas.loc[ideas["id"].isin(mine).to_numpy(dtype=bool), "title"])],
    }


def _in_order(words: list[str], text: str) -> bool:
    """Whether the words occur in `text` in this order (lines of table cells interleave in
    extracted PDF text, so a wrapped name is not one substring there)."""
    position = 0
    for word in words:
        position = text.find(word, position)
        if position < 0:
            return False
        position += len(word)
    return True


# --------------------------------------------------------------------------- HTML


@pytest.mark.parametrize("key", SAMPLES)
def test_html_report_shows_what_a_manager_needs(
    key: str, samples: dict[str, Workshop], journeys: dict[str, list[str]],
    htmls: dict[str, str],
) -> None:
    workshop = samples[key]
    language, info = workshop.language, workshop.info()
    shown = {"moments": 0, "selected": 0}
    for journey in journeys[key]:
        document, expected = htmls[journey], _expected(workshop, journey)
        page = Page(document)
        assert f'<html lang="{language}">' in document
        assert page.tags.count("h1") == 1
        for key_ in SECTIONS:
            assert html.escape(t(key_, language)) in document, key_
        assert t("export.synthetic_note", language) in page.plain
        assert html.escape(info["title"]) in document
        assert html.escape(info["goal"]) in document
        persona = expected["persona"]
        for field in ("name", "description", "quote", "goals", "needs", "frustrations"):
            assert html.escape(persona[field]) in document, field
        for name in expected["steps"]:
            assert html.escape(name) in document, name
        for text in [*expected["moments"], *expected["selected"]]:
            assert html.escape(text) in document, text
        if not expected["moments"]:
            assert html.escape(t("report.no_moments", language)) in document
        shown["moments"] += len(expected["moments"])
        shown["selected"] += len(expected["selected"])
        assert page.tags.count("svg") >= 3  # curve, impact-effort matrix, responsibility
    assert shown["moments"] >= 2 and shown["selected"] >= 3


@pytest.mark.parametrize("key", SAMPLES)
def test_html_report_is_self_contained_and_runs_nothing(
    key: str, journeys: dict[str, list[str]], htmls: dict[str, str]
) -> None:
    document = htmls[journeys[key][0]]
    page = Page(document)
    assert "script" not in page.tags
    assert not {"link", "iframe", "object", "embed", "img"} & set(page.tags)
    for tag, name, value in page.attrs:
        assert not name.startswith("on"), (tag, name)
        if name in ("src", "href", "xlink:href", "action", "srcset"):
            assert not re.match(r"\s*(https?:)?//", value), (tag, name, value)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", document)
    assert "@import" not in document
    ids = [value for _, name, value in page.attrs if name == "id"]
    assert len(ids) == len(set(ids)), "each chart's ids are its own"
    assert set(re.findall(r"url\(#([^)]+)\)", document)) <= set(ids)


def test_selected_ideas_come_first_in_the_backlog(samples: dict[str, Workshop]) -> None:
    report = build_report(samples["hotel"])
    table = next(b for b in report.blocks if getattr(b, "name", "") == "backlog")
    statuses = [row[1].text for row in table.rows]
    chosen = t("value.selected", "en")
    assert statuses[: statuses.count(chosen)] == [chosen] * statuses.count(chosen)
    assert statuses.count(chosen) == 3 and len(statuses) == 6


def test_dutch_workshop_reads_dutch(
    journeys: dict[str, list[str]], htmls: dict[str, str]
) -> None:
    document = htmls[journeys["mountainbike"][0]]
    for key in ("report.heading.moments", "report.heading.backlog", "report.col.step",
                "field.department", "value.selected", "report.workshop_date"):
        assert html.escape(t(key, "nl")) in document, key
        assert html.escape(t(key, "en")) not in document, key
    assert "Emotiecurve" in document and "Emotion curve" not in document
    assert re.search(r"\b\d,\d\b", Page(document).plain), "Dutch decimals use a comma"


def test_language_can_be_chosen(samples: dict[str, Workshop]) -> None:
    document = report_html(samples["fridge"], language="nl")
    assert t("report.heading.backlog", "nl") in document
    assert t("report.heading.backlog", "en") not in document


def test_fridge_report_follows_the_chosen_journey(
    samples: dict[str, Workshop], journeys: dict[str, list[str]], htmls: dict[str, str]
) -> None:
    fridge = samples["fridge"]
    first_id, other_id = journeys["fridge"]
    first, other = _expected(fridge, first_id), _expected(fridge, other_id)
    assert _expected(fridge)["journey_id"] == first_id  # the first persona's current journey
    default = build_report(fridge)  # content only: rendering it is what htmls did
    assert Heading(first["persona"]["name"], 3) in default.blocks
    default_doc, other_doc = htmls[first_id], htmls[other_id]
    assert html.escape(first["persona"]["name"]) in default_doc
    assert html.escape(other["persona"]["name"]) not in default_doc
    assert html.escape(other["persona"]["name"]) in other_doc
    only_other = set(other["steps"]) - set(first["steps"])
    assert only_other
    for name in only_other:
        assert html.escape(name) in other_doc and html.escape(name) not in default_doc
    for title in other["other_ideas"]:  # ideas aimed only at the other journey stay out
        assert html.escape(title) not in other_doc


def test_unknown_journey_is_refused(samples: dict[str, Workshop]) -> None:
    with pytest.raises(NotFoundError, match="nope"):
        report_html(samples["hotel"], "nope")


# --------------------------------------------------------------------------- hostile text


@pytest.fixture(scope="module")
def hostile(store: Store) -> Workshop:
    """A workshop where every text a person types is an attack."""
    workshop = store.create_workshop(HOSTILE, language="en", goal=HOSTILE, scope=HOSTILE)
    persona = workshop.add_persona(HOSTILE, description=HOSTILE, goals=HOSTILE,
                                   needs=HOSTILE, frustrations=HOSTILE, quote=HOSTILE)
    journey = workshop.add_journey(persona, HOSTILE)
    phase = workshop.add_phase(journey, HOSTILE)
    step = workshop.add_step(phase, HOSTILE, channel=HOSTILE, department=HOSTILE,
                             doing=HOSTILE, thinking=HOSTILE, feeling=HOSTILE,
                             difficulties=HOSTILE)
    workshop.update_step(step, questions=HOSTILE)
    workshop.update_phase(phase, brand_goal=HOSTILE)
    workshop.add_evidence("interview", HOSTILE, step_id=step, insight=HOSTILE)
    person = workshop.add_participant(HOSTILE, HOSTILE)
    workshop.rate(person, step, 3, 2, comment=HOSTILE)
    source = workshop.save_source(HOSTILE, "survey", {})
    workshop.save_results(source, journey, [
        {"step_id": step, "metric": "csat", "n": 12, "value": 40.0, "low": 30.0, "high": 50.0,
         "score": 6.0, "score_low": 5.0, "score_high": 7.0, "worst": 1, "best": 5}])
    workshop.add_moment(step, "negative", HOSTILE, status="confirmed")
    idea = workshop.add_idea(HOSTILE, [step], description=HOSTILE, department=HOSTILE,
                             metric=HOSTILE, impact=4, effort=2, confidence=3,
                             expected_effect=2.0, status="selected")
    workshop.vote(person, idea, 2)
    return workshop


def test_hostile_text_shows_as_text_in_html(hostile: Workshop) -> None:
    document = report_html(hostile)
    page = Page(document)
    assert "script" not in page.tags and "img" not in page.tags
    assert not [a for a in page.attrs if a[1].startswith("on")]
    assert "<script>" not in document and "<img" not in document
    assert page.plain.count(HOSTILE) >= 15  # title, facts, persona, map, tables
    assert html.escape(HOSTILE) in document
    tables = _tables(build_report(hostile))
    assert _texts(tables["comments"]) == [(HOSTILE, HOSTILE)]  # the comment, no name
    assert _texts(tables["goals"]) == [(HOSTILE, HOSTILE)]
    assert f"Asks: {HOSTILE}" in page.plain and f"“{HOSTILE}”" in page.plain  # the source


@pytest.mark.slow  # renders a PDF
def test_hostile_text_shows_as_text_in_pdf(hostile: Workshop) -> None:
    text = _pdf_text(report_pdf(hostile))
    assert text.count('<script>alert("x")</script>') >= 5
    assert "<img src=x onerror=alert(1)>" in text
    assert _in_order(f"Asks: {HOSTILE}".split(), text)


# --------------------------------------------------------------------------- the method

PEOPLE = ("Annika Zwart", "Bob Oranje", "Cy <img src=x onerror=alert(2)>")


def _method(store: Store, language: str, names: bool) -> Workshop:
    """Three steps on the brand lens's first three phases; Bo leaves the functional score
    empty, one comment is blank and one hostile; evidence on two steps; a survey's results
    on two steps and their phases."""
    workshop = store.create_workshop(f"Method {language} {names}", language=language,
                                     lens="brand", comment_names=names)
    journey = workshop.frame("journeys")["id"].iloc[0]
    phases = list(workshop.frame("phases").sort_values("position")["id"])
    s1 = workshop.add_step(phases[0], "Ask friends", questions="Which size fits me?")
    s2 = workshop.add_step(phases[1], "Compare shops", questions="Is it in stock?")
    s3 = workshop.add_step(phases[2], "Pay")
    ann, bo, cy = (workshop.add_participant(name, "Sales") for name in PEOPLE)
    workshop.rate(ann, s1, 8, 6, comment="Friends disagree")
    workshop.rate(bo, s1, None, 4, comment="   ")
    workshop.rate(cy, s1, 6, 5, comment=HOSTILE)
    workshop.rate(ann, s2, 9, 9)
    workshop.rate(bo, s2, None, 7)
    workshop.rate(ann, s3, None, 3, comment="Card refused")
    workshop.add_evidence("interview", step_id=s1)
    workshop.add_evidence("assumption", step_id=s2)
    workshop.add_evidence("analytics", step_id=s3)
    workshop.add_evidence("survey", step_id=s3)
    source = workshop.save_source("survey.csv", "survey", {})
    common = {"metric": "csat", "worst": 1, "best": 5}
    workshop.save_results(source, journey, [
        {"step_id": s1, "n": 40, "value": 20.5, "low": 10.5, "high": 30.5, "score": 4.0,
         "score_low": 3.5, "score_high": 4.5, **common},
        {"phase_id": phases[0], "n": 40, "value": 20.5, "low": 10.5, "high": 30.5,
         "score": 4.0, "score_low": 3.5, "score_high": 4.5, **common},
        {"step_id": s3, "n": 12, "value": 75.5, "low": 50.5, "high": 90.5, "score": 3.5,
         "score_low": 2.0, "score_high": 5.0, **common},
        {"phase_id": phases[2], "n": 12, "value": 75.5, "low": 50.5, "high": 90.5,
         "score": 3.5, "score_low": 2.0, "score_high": 5.0, **common},
    ])
    return workshop


@pytest.fixture(scope="module")
def method(store: Store) -> dict[str, Workshop]:
    return {"en": _method(store, "en", False), "nl": _method(store, "nl", False),
            "named": _method(store, "en", True)}


@pytest.fixture(scope="module")
def method_reports(method: dict[str, Workshop]) -> dict[str, tuple[Report, str]]:
    """Each method workshop's report and its HTML."""
    out = {}
    for key, workshop in method.items():
        report = build_report(workshop)
        out[key] = (report, render_html(report))
    return out


def _tables(report: Report) -> dict[str, Table]:
    return {block.name: block for block in report.blocks if isinstance(block, Table)}


def _texts(table: Table) -> list[tuple[str, ...]]:
    return [tuple(cell.text for cell in row) for row in table.rows if not isinstance(row, Group)]


def _row_of(table: Table, name: str) -> tuple[Cell, ...]:
    return next(row for row in table.rows if not isinstance(row, Group) and row[0].text == name)


def test_the_share_of_assumed_steps_and_every_steps_evidence(
        method: dict[str, Workshop], method_reports: dict[str, tuple[Report, str]]) -> None:
    frames = method["en"].frames()
    report, document = method_reports["en"]
    evidence = frames["evidence"]
    backed = set(evidence.loc[evidence["source"].ne("assumption").to_numpy(dtype=bool)
                              & evidence["step_id"].notna().to_numpy(dtype=bool), "step_id"])
    steps = frames["steps"]
    assumed = len(set(steps["id"]) - backed)
    share = t("map.assumed_share", "en", count=assumed, total=len(steps),
              share=round(100 * assumed / len(steps)))
    assert share == "1 of 3 steps (33 %) rest on assumptions only"
    plain = Page(document).plain
    assert share in plain
    details = {row[1].text: row[1].details for row in _tables(report)["steps"].rows
               if not isinstance(row, Group)}
    assert "Evidence: interview" in details["Ask friends"]
    assert "Evidence: assumptions only" in details["Compare shops"]
    assert "Evidence: survey and analytics" in details["Pay"]
    assert _texts(_tables(report)["evidence"]) == [("1. Ask friends", "interview"),
                                                   ("3. Pay", "survey and analytics")]
    for question in steps["questions"]:
        if question:
            assert f"Asks: {question}" in plain


def test_comments_show_without_names_and_skip_empty_ones(
        method_reports: dict[str, tuple[Report, str]]) -> None:
    report, document = method_reports["en"]
    assert _texts(_tables(report)["comments"]) == [
        ("Ask friends", f"Friends disagree\n{HOSTILE}"), ("Pay", "Card refused")]
    plain = Page(document).plain
    assert t("report.comments_anonymous", "en") in plain
    for name in PEOPLE:
        assert name not in plain and html.escape(name) not in document
    assert "<script>" not in document and html.escape(HOSTILE) in document


def test_comments_show_names_when_the_workshop_says_so(
        method_reports: dict[str, tuple[Report, str]]) -> None:
    report, document = method_reports["named"]
    assert _texts(_tables(report)["comments"]) == [
        ("Ask friends", f"{PEOPLE[0]}: Friends disagree\n{PEOPLE[2]}: {HOSTILE}"),
        ("Pay", f"{PEOPLE[0]}: Card refused")]
    page = Page(document)
    assert t("report.comments_named", "en") in page.plain
    assert f"{PEOPLE[0]}: Friends disagree" in page.plain
    assert html.escape(f"{PEOPLE[2]}: {HOSTILE}") in document
    assert "img" not in page.tags and "script" not in page.tags
    assert PEOPLE[1] not in page.plain  # Bo's comment was blank


def test_functional_against_emotional_counts_only_real_functional_scores(
        method: dict[str, Workshop], method_reports: dict[str, tuple[Report, str]]) -> None:
    frames = method["en"].frames()
    report, document = method_reports["en"]
    ratings = frames["ratings"].merge(frames["steps"][["id", "name"]], left_on="step_id",
                                      right_on="id")
    expected = []
    for name, group in ratings.groupby("name"):
        functional = group["functional"].dropna().astype(float)
        emotional = group["emotional"].astype(float)
        if len(functional) and abs(emotional.mean() - functional.mean()) >= 1:
            expected.append((emotional.mean() - functional.mean(), name, functional.mean(),
                             len(functional), len(group), emotional.mean()))
    expected.sort(key=lambda row: -abs(row[0]))
    assert [row[1] for row in expected] == ["Ask friends", "Compare shops"]  # -2.0, -1.0
    rows = [row for row in _tables(report)["gap"].rows if not isinstance(row, Group)]
    assert [(r[0].text, r[1].text, r[1].details[0], r[2].text, r[3].text) for r in rows] == [
        (name, number(f, "en"), f"{count} of {n} judged", number(e, "en"),
         number(gap, "en", sign=True)) for gap, name, f, count, n, e in expected]
    judged = int(frames["ratings"]["functional"].notna().sum())
    intro = t("report.gap_intro", "en", judged=judged, ratings=len(frames["ratings"]))
    assert judged == 3 and intro in Page(document).plain
    assert 'class="chart chart-gap"' in document


def test_customers_figures_beside_the_teams_belief(
        method: dict[str, Workshop], method_reports: dict[str, tuple[Report, str]]) -> None:
    frames = method["en"].frames()
    report, document = method_reports["en"]
    table = _tables(report)["customers"]
    assert table.header[1] == "Customer satisfaction (CSAT)"
    results = frames["source_results"]
    steps, ratings = frames["steps"], frames["ratings"]
    phase_names = dict(zip(frames["phases"]["id"], frames["phases"]["name"], strict=True))
    step_phase = dict(zip(steps["id"], steps["phase_id"], strict=True))
    groups = [row.text for row in table.rows if isinstance(row, Group)]
    reached = set(results["phase_id"].dropna())
    assert groups == [phase_names[p] for p in frames["phases"].sort_values("position")["id"]
                      if p in reached]
    for result in results.to_dict("records"):
        if pd.isna(result["step_id"]):  # a phase: every rating on its steps
            row = next(r for r, g in zip(table.rows[1:], table.rows, strict=False)
                       if isinstance(g, Group) and g.text == phase_names[result["phase_id"]])
            assert row[0].text == "The phase as a whole"
            mine = [s for s, p in step_phase.items() if p == result["phase_id"]]
        else:
            row = _row_of(table, steps.set_index("id").loc[result["step_id"], "name"])
            mine = [result["step_id"]]
        team = ratings.loc[ratings["step_id"].isin(mine).to_numpy(dtype=bool), "emotional"]
        assert row[1].text == number(result["value"], "en")
        assert row[1].details == (f"{number(result['low'], 'en')} to "
                                  f"{number(result['high'], 'en')}",)
        assert row[2].text == str(result["n"])
        assert row[3].text == number(result["score"], "en")
        assert row[4].text == number(team.astype(float).mean(), "en")
        assert row[4].details == (f"{len(team)} scores",)
        difference = result["score"] - team.astype(float).mean()
        assert row[5].text == number(difference, "en", sign=True)
        outside = not result["score_low"] <= team.astype(float).mean() <= result["score_high"]
        assert (row[5].details == ("⚠ disagree",)) == (outside and abs(difference) >= 1)
    assert _row_of(table, "Ask friends")[5].details == ("⚠ disagree",)  # 4.0 against 5.0
    assert "20.5" in Page(document).plain and "10.5 to 30.5" in Page(document).plain


def test_goals_per_phase_and_the_lens(method: dict[str, Workshop],
                                      method_reports: dict[str, tuple[Report, str]]) -> None:
    frames = method["en"].frames()
    report, document = method_reports["en"]
    phases = frames["phases"].sort_values("position")
    assert _texts(_tables(report)["goals"]) == list(zip(phases["name"], phases["brand_goal"],
                                                        strict=True))
    assert ("Information", "Reach") in _texts(_tables(report)["goals"])
    facts = next(block for block in report.blocks if isinstance(block, Facts))
    assert ("Lens", "Brand") in facts.rows
    assert "reach, engagement, conversion, retention and advocacy" in Page(document).plain


def _fragments(text: str) -> list[str]:
    """The fixed words of a message, without its placeholders, long enough to be telling."""
    return [part.strip(" .,:;()") for part, *_ in string.Formatter().parse(text)
            if len(part.strip(" .,:;()")) >= 5]


def test_the_dutch_report_has_no_english_for_the_method(
        method_reports: dict[str, tuple[Report, str]]) -> None:
    report, document = method_reports["nl"]
    plain = Page(document).plain
    for key in ("report.heading.goals", "report.heading.gap", "report.heading.customers",
                "report.heading.evidence", "report.heading.comments", "report.col.functional",
                "report.col.comments", "report.whole_phase", "report.evidence_backed",
                "report.comments_anonymous", "report.questions", "report.assumed_only"):
        assert t(key, "nl") in plain, key
    leaks = [(key, fragment) for key, texts in MESSAGES.items() if key.startswith(("report.",
             "map.assumed", "mining.col.", "mining.kept", "field.lens", "field.brand"))
             for fragment in _fragments(texts["en"])
             if fragment not in texts["nl"] and fragment in plain]
    assert not leaks
    table = _tables(report)["customers"]
    assert table.header[1] == "Klanttevredenheid (CSAT)"
    row = _row_of(table, "Ask friends")
    assert (row[1].text, row[1].details) == ("20,5", ("10,5 tot 30,5",))
    assert _row_of(table, "Pay")[3].text == "3,5"
    assert "1 van de 3 stappen (33 %) rusten alleen op aannames" in plain
    assert "Onderbouwing: enquête en webanalyse en data" in plain


# --------------------------------------------------------------------------- PDF


@pytest.mark.slow  # renders a PDF
@pytest.mark.parametrize("key", SAMPLES)
def test_pdf_report_has_the_same_content(
    key: str, samples: dict[str, Workshop], pdf_texts: dict[str, tuple[bytes, str]]
) -> None:
    workshop = samples[key]
    data, text = pdf_texts[key]
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 3
    assert reader.metadata.title == workshop.info()["title"]
    assert workshop.info()["title"] in text
    for key_ in SECTIONS:
        assert t(key_, workshop.language) in text, key_
    expected = _expected(workshop)
    assert expected["persona"]["name"] in text
    for name in [*expected["steps"], *expected["selected"], *expected["moments"]]:
        assert _in_order(name.split(), text), name


@pytest.mark.slow  # renders a PDF
def test_pdf_renders_dutch_accents(pdf_texts: dict[str, tuple[bytes, str]]) -> None:
    text = pdf_texts["mountainbike"][1]
    for word in ("Één", "één", "€", "ideeën", "vóór"):
        assert word in text, word
    assert "Verzonnen voorbeeld" in text and "pagina 1" in text


@pytest.mark.slow  # renders a PDF
def test_pdf_shows_the_method_with_names_and_hostile_text_as_text(
        method: dict[str, Workshop]) -> None:
    text = _pdf_text(report_pdf(method["named"]))
    for key in ("report.heading.goals", "report.heading.gap", "report.heading.customers",
                "report.heading.evidence", "report.heading.comments"):
        assert t(key, "en") in text, key
    assert "1 of 3 steps (33 %) rest on assumptions only" in text
    assert _in_order(f"{PEOPLE[0]}: Friends disagree".split(), text)
    assert _in_order(f"{PEOPLE[2]}: {HOSTILE}".split(), text)
    assert _in_order(["Evidence:", "survey", "and", "analytics"], text)
    assert "10.5 to 30.5" in text and "⚠ disagree" in text


@pytest.mark.slow  # renders a PDF
def test_dutch_pdf_shows_the_method_in_dutch(pdf_texts: dict[str, tuple[bytes, str]]) -> None:
    text = pdf_texts["mountainbike"][1]
    for key in ("report.heading.gap", "report.heading.customers", "report.heading.evidence",
                "report.heading.comments"):
        assert t(key, "nl") in text and t(key, "en") not in text, key
    assert "rusten alleen op aannames" in text and "De fase als geheel" in text


@pytest.mark.slow  # renders a PDF
def test_pdf_puts_a_wide_curve_on_a_landscape_page(
    pdf_texts: dict[str, tuple[bytes, str]]
) -> None:
    reader = PdfReader(io.BytesIO(pdf_texts["hotel"][0]))
    shapes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    curve = next(i for i, p in enumerate(reader.pages) if "Emotion curve" in p.extract_text())
    assert shapes[curve][0] > shapes[curve][1]
    heading = t("report.heading.persona", "en")
    persona = next(i for i, p in enumerate(reader.pages) if heading in p.extract_text())
    assert shapes[persona][0] < shapes[persona][1]


@pytest.mark.slow  # renders a PDF
@pytest.mark.parametrize("key", SAMPLES)
def test_the_pdf_opens_with_the_journey_map(key: str, samples: dict[str, Workshop],
                                            pdf_texts: dict[str, tuple[bytes, str]]) -> None:
    """Page one is landscape with the title, the map's heading and the map as a picture;
    a map too wide for one page goes on over the next, whole phases per page."""
    reader = PdfReader(io.BytesIO(pdf_texts[key][0]))
    workshop = samples[key]
    journey_map = figures.JourneyData(workshop.frames()).journey_map
    frame = (841.89 - 2 * pdf.MARGIN, 595.28 - 2 * pdf.MARGIN - 4 * mm - pdf.MAP_HEADROOM)
    _scale, windows = page_layout(journey_map, workshop.language, *frame)
    first = reader.pages[0]
    assert float(first.mediabox.width) > float(first.mediabox.height)
    text = first.extract_text()
    assert workshop.info()["title"] in text and t("report.heading.map", workshop.language) in text
    for page in reader.pages[:len(windows)]:
        assert float(page.mediabox.width) > float(page.mediabox.height)
        assert len(page.images) == 1
    assert len(windows) >= 2  # the samples are too wide for one A4 page


# --------------------------------------------------------------------------- files


@pytest.fixture(scope="module")
def empty(store: Store) -> Workshop:
    return store.create_workshop("Nog leeg", language="nl")


def test_empty_workshop_still_makes_a_report(empty: Workshop) -> None:
    page = Page(report_html(empty))
    assert "Nog leeg" in page.plain
    assert t("report.heading.map", "nl") in page.plain
    assert t("report.no_steps", "nl") in page.plain
    assert report_pdf(empty).startswith(b"%PDF")


def test_write_report_chooses_the_format_by_suffix(empty: Workshop, tmp_path: Path) -> None:
    page = write_report(empty, tmp_path / "report.HTML")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert write_report(empty, tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(KlantreisError, match=r"\.html, \.pdf"):
        write_report(empty, tmp_path / "report.docx")
    assert not (tmp_path / "report.docx").exists()


def test_cli_writes_reports_and_fails_clearly(
    store: Store, samples: dict[str, Workshop], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = str(store.engine.url.database)
    fridge = samples["fridge"]
    other = next(j for j in fridge.frame("journeys")["id"]
                 if j != figures.default_journey(fridge.frames()))
    target = tmp_path / "fridge.html"
    assert cli.main(["--db", db, "report", fridge.id, str(target), "--journey", other]) == 0
    assert str(target) in capsys.readouterr().out
    name = _expected(fridge, other)["persona"]["name"]
    assert html.escape(name) in target.read_text(encoding="utf-8")

    assert cli.main(["--db", db, "report", "missing", str(tmp_path / "x.html")]) == 1
    assert "missing" in capsys.readouterr().err
    assert cli.main(["--db", db, "report", fridge.id, str(tmp_path / "x.txt")]) == 1
    assert ".html, .pdf" in capsys.readouterr().err
    assert cli.main(["--db", db, "--lang", "nl", "report", fridge.id, str(tmp_path / "x.txt")]
                    ) == 1
    assert "Kan" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists() and not (tmp_path / "x.txt").exists()


@pytest.mark.slow  # renders a PDF
def test_the_report_shows_the_desired_journeys_map_after_todays(store: Store) -> None:
    from klantreis.charts.journey_map import map_svg

    workshop = build_sample(store, "mountainbike")
    data = figures.JourneyData(workshop.frames())
    workshop.derive_desired(data.journey_id)
    desired = figures.JourneyData(workshop.frames(), data.journey_id).desired_journey
    assert desired is not None
    language = workshop.language
    page = report_html(workshop)
    today, plan = (page.index(svg) for svg in (
        map_svg(figures.JourneyData(workshop.frames()).journey_map, language),
        map_svg(desired.journey_map, language)))
    assert today < page.index(html.escape(t("map.desired", language))) < plan
    reader = PdfReader(io.BytesIO(report_pdf(workshop)))
    landscape = [p for p in reader.pages if float(p.mediabox.width) > float(p.mediabox.height)
                 and len(p.images) == 1]
    frame = (841.89 - 2 * pdf.MARGIN, 595.28 - 2 * pdf.MARGIN - 4 * mm - pdf.MAP_HEADROOM)
    windows = [len(page_layout(m, language, *frame)[1]) for m in (data.journey_map,
                                                                 desired.journey_map)]
    assert len(landscape) >= sum(windows)
    assert any(t("map.desired", language) in p.extract_text() for p in reader.pages)
