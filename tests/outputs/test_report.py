"""The workshop report: one self-contained HTML file and a PDF with the same content.

Reports of the three sample workshops are built once per module (rendering charts costs about
a second per report) and checked for what a manager needs: the sections, the persona, every
step, the confirmed moments and the chosen ideas, in the workshop's language; the HTML makes
no outside request and runs nothing; hostile text shows as text in both formats.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from klantreis import cli, figures
from klantreis.core.errors import KlantreisError, NotFoundError
from klantreis.core.store import Store, open_store
from klantreis.core.workshop import Workshop
from klantreis.i18n import t
from klantreis.outputs.journey_map import page_layout
from klantreis.outputs.report import build_report, pdf, report_html, report_pdf, write_report
from klantreis.outputs.report.document import Heading
from klantreis.samples import build_sample

SAMPLES = ("mountainbike", "hotel", "fridge")
SECTIONS = ("report.heading.persona", "report.heading.map", "report.heading.curve",
            "report.heading.moments", "report.heading.backlog", "report.heading.steps")
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
    person = workshop.add_participant(HOSTILE, HOSTILE)
    workshop.rate(person, step, 3, 2, comment=HOSTILE)
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


@pytest.mark.slow  # renders a PDF
def test_hostile_text_shows_as_text_in_pdf(hostile: Workshop) -> None:
    text = _pdf_text(report_pdf(hostile))
    assert text.count('<script>alert("x")</script>') >= 5
    assert "<img src=x onerror=alert(1)>" in text


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
