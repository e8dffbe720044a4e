"""The printables (persona sheet, rating cards, idea cards) build as A4 PDFs, blank and from a
sample workshop, in Dutch and English, with the pages and the text they should have."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest
from pypdf import PdfReader

from klantreis import cli
from klantreis.core.store import open_store
from klantreis.figures import ordered_steps
from klantreis.i18n import LANGUAGES, t
from klantreis.outputs.printables import SHEETS, build_printables
from klantreis.samples import build_all

pytestmark = pytest.mark.slow  # renders and reads back PDFs

A4 = (595.3, 841.9)


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The sample workshops in one store, by title keyword."""
    db = tmp_path_factory.mktemp("printables") / "workshops.db"
    store = open_store(str(db))
    workshops = build_all(store)
    found = {}
    for workshop in workshops:
        title = str(workshop.info()["title"]).lower()
        key = next(k for k in ("mountainbike", "hotel", "fridge") if k in title)
        found[key] = workshop
    found["db"] = str(db)
    return found


def _read(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF")
    return PdfReader(io.BytesIO(pdf))


def _text(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _flat(text: str) -> str:
    return " ".join(text.split())


def _assert_a4(reader: PdfReader) -> None:
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width, 1), round(height, 1)) == A4


SHEET_TITLES = {"persona-sheet": "printables.persona.sheet",
                "rating-cards": "printables.rating.sheet",
                "idea-cards": "printables.idea.sheet"}
# Text every copy of a sheet carries, blank or filled.
EXPECTED = {
    "persona-sheet": ["printables.persona.sheet", "printables.persona.goals",
                      "printables.persona.needs", "printables.persona.frustrations",
                      "printables.persona.quote"],
    "rating-cards": ["printables.rating.card", "printables.rating.emotional",
                     "printables.rating.functional", "printables.rating.aim",
                     "printables.your_name"],
    "idea-cards": ["printables.idea.card", "printables.idea.owner", "printables.idea.impact",
                   "printables.idea.effort", "printables.idea.confidence",
                   "printables.idea.metric", "printables.idea.effect"],
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sheet", SHEETS)
def test_blank_sheet_is_one_a4_page_with_its_labels(sheet: str, language: str) -> None:
    reader = _read(SHEETS[sheet](language))
    assert len(reader.pages) == 1
    _assert_a4(reader)
    text = _text(reader)
    for key in EXPECTED[sheet]:
        assert _flat(t(key, language)) in text, key
    title = t(SHEET_TITLES[sheet], language)
    assert t("printables.footer", language, sheet=title, page=1) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_blank_rating_cards_have_faces_legend_and_ten_grades(language: str) -> None:
    text = _text(_read(SHEETS["rating-cards"](language)))
    assert _flat(t("printables.rating.faces", language)) in text
    assert text.count("1 2 3 4 5 6 7 8 9 10") == 8  # four cards, two rows each


def test_persona_sheet_from_a_workshop_has_a_page_per_persona(samples: dict) -> None:
    fridge = samples["fridge"]
    personas = fridge.frame("personas")
    reader = _read(SHEETS["persona-sheet"]("en", fridge))
    assert len(reader.pages) == len(personas) == 2
    _assert_a4(reader)
    text = _text(reader)
    for row in personas.itertuples():
        for value in (row.name, row.goals, row.frustrations):
            assert _flat(value) in text
    assert "Priya replaces her fridge" in text  # the persona's journey
    assert _flat(str(fridge.info()["title"])) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_rating_cards_from_a_workshop_have_a_card_per_step(samples: dict,
                                                           language: str) -> None:
    hotel = samples["hotel"]
    frames = hotel.frames("journeys", "phases", "steps")
    journeys = frames["journeys"].query("variant == 'current'")["id"]
    counts = [len(ordered_steps(frames["phases"], frames["steps"], j)) for j in journeys]
    reader = _read(SHEETS["rating-cards"](language, hotel))
    assert len(reader.pages) == sum(math.ceil(n / 4) for n in counts)
    text = _text(reader)
    for name in frames["steps"]["name"]:
        assert _flat(name) in text, name
    total = sum(counts)
    assert t("printables.rating.step_of", language, number=total, count=total) in text


def test_rating_cards_start_each_journey_on_a_new_page(samples: dict) -> None:
    fridge = samples["fridge"]
    frames = fridge.frames("journeys", "phases", "steps")
    journeys = frames["journeys"].query("variant == 'current'")["id"]
    counts = [len(ordered_steps(frames["phases"], frames["steps"], j)) for j in journeys]
    assert sorted(counts) == [5, 15]
    reader = _read(SHEETS["rating-cards"]("en", fridge))
    assert len(reader.pages) == 2 + 4
    first_pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert sum("Step 1 of" in page for page in first_pages) == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_idea_cards_from_a_workshop_show_every_idea_then_blank_cards(
    samples: dict, language: str
) -> None:
    bike = samples["mountainbike"]
    ideas = bike.frame("ideas")
    reader = _read(SHEETS["idea-cards"](language, bike))
    assert len(reader.pages) == math.ceil(len(ideas) / 2) + 1
    text = _text(reader)
    for row in ideas.itertuples():
        assert _flat(row.title) in text
        assert _flat(row.metric) in text
    selected = int((ideas["status"] == "selected").sum())
    assert text.count(t("printables.idea.status_selected", language)) == selected
    # The backlog comes first.
    first = " ".join(reader.pages[0].extract_text().split())
    assert t("printables.idea.status_selected", language) in first
    # The last page holds two blank cards.
    last = " ".join(reader.pages[-1].extract_text().split())
    assert last.count(t("printables.idea.description", language)) == 2
    assert t("printables.idea.effect_unit", language) in last


@pytest.mark.parametrize("language", LANGUAGES)
def test_build_printables_writes_three_files(tmp_path: Path, language: str) -> None:
    written = build_printables(tmp_path / "out", language)
    assert [p.name for p in written] == [f"{stem}-{language}.pdf" for stem in SHEETS]
    for path in written:
        assert path.read_bytes().startswith(b"%PDF")


def test_build_printables_refuses_an_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        build_printables(tmp_path, "de")


def test_cli_writes_blank_printables(tmp_path: Path) -> None:
    out = tmp_path / "blank"
    code = cli.main(["--db", str(tmp_path / "empty.db"), "printables", str(out),
                     "--lang", "nl"])
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{s}-nl.pdf" for s in SHEETS)


def test_cli_fills_them_from_a_workshop_in_its_language(samples: dict, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    bike = samples["mountainbike"]
    assert bike.info()["language"] == "nl"
    code = cli.main(["--db", samples["db"], "printables", str(tmp_path),
                     "--workshop", bike.id])
    assert code == 0
    assert "3" in capsys.readouterr().out
    persona = _text(PdfReader(tmp_path / "persona-sheet-nl.pdf"))
    assert "Sanne" in persona and t("printables.persona.sheet", "nl") in persona
    code = cli.main(["--db", samples["db"], "printables", str(tmp_path / "en"),
                     "--workshop", bike.id, "--lang", "en"])
    assert code == 0
    assert (tmp_path / "en" / "rating-cards-en.pdf").is_file()


def test_blank_printables_from_the_command_line_leave_no_store_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from klantreis.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KLANTREIS_DB", raising=False)
    assert main(["printables", "out"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "idea-cards-en.pdf", "persona-sheet-en.pdf", "rating-cards-en.pdf"]
    assert not (tmp_path / ".klantreis").exists()
