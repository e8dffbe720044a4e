"""The journey map as a file: SVG, PNG and PDF posters at A3 and A1, looked at page by page
with poppler's pdfinfo and pdftoppm; written whole or not at all; from the command line."""

from __future__ import annotations

import io
import itertools
import os
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from klantreis import cli
from klantreis.core.errors import KlantreisError
from klantreis.core.workshop import Workshop
from klantreis.figures import JourneyData
from klantreis.i18n import t
from klantreis.outputs import journey_map as output
from klantreis.outputs.journey_map import PAPERS, map_pages, poster_pdf, write_map
from klantreis.samples import build_sample
from map_shapes import synthetic_map

POINTS_PER_MM = 72 / 25.4


def pdf_pages(path: Path) -> tuple[int, tuple[float, float]]:
    """The number of pages and the first page's size in millimetres, as pdfinfo reads them."""
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    return pages, (float(size.group(1)) / POINTS_PER_MM, float(size.group(2)) / POINTS_PER_MM)


def inked_share(path: Path, page: int) -> float:
    """The share of a page's pixels that are not white, from pdftoppm's greyscale image."""
    image = subprocess.run(["pdftoppm", "-r", "12", "-gray", "-f", str(page), "-l", str(page),
                            str(path)], check=True, capture_output=True).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", image)
    pixels = image[header.end():]
    return sum(value < 230 for value in pixels) / len(pixels)


@pytest.mark.slow
@pytest.mark.parametrize(("paper", "size_mm"), [("a3", (420, 297)), ("a1", (841, 594))])
@pytest.mark.parametrize("steps", [15, 80])
def test_posters_have_landscape_pages_with_content_on_each(tmp_path: Path, paper: str,
                                                         size_mm: tuple[int, int],
                                                         steps: int) -> None:
    journey_map = synthetic_map(steps)
    _scale, windows = map_pages(journey_map, "en", paper)
    path = tmp_path / "map.pdf"
    path.write_bytes(poster_pdf(journey_map, "en", paper))
    pages, (width, height) = pdf_pages(path)
    assert pages == len(windows)
    assert width == pytest.approx(size_mm[0], abs=1) and height == pytest.approx(size_mm[1],
                                                                                 abs=1)
    for page in range(1, pages + 1):
        assert inked_share(path, page) > 0.05, f"page {page} is (nearly) blank"


def test_a_poster_cuts_no_phase_that_fits_a_page() -> None:
    journey_map = synthetic_map(80)
    for paper in PAPERS:
        scale, windows = map_pages(journey_map, "en", paper)
        assert scale * 12 >= output.MIN_TEXT - 1e-9
        assert windows[0][0] == 0 and windows[-1][1] == 80
        assert all(a[1] == b[0] for a, b in itertools.pairwise(windows))
        starts = {0}
        for phase in journey_map.phases:
            starts.add(max(starts) + len(phase.steps))
        assert {start for start, _stop in windows} <= starts
    assert len(map_pages(journey_map, "en", "a1")[1]) < len(map_pages(journey_map, "en",
                                                                      "a3")[1])


def test_a_phase_wider_than_a_page_goes_over_several() -> None:
    assert output._windows([3, 25, 4], 10) == [(0, 3), (3, 13), (13, 23), (23, 28), (28, 32)]
    assert output._windows([2, 2, 2], 10) == [(0, 6)]


def test_a_short_journey_fits_one_a1_page(fridge: Workshop) -> None:
    journey_map = JourneyData(fridge.frames()).journey_map
    scale, windows = map_pages(journey_map, "en", "a1")
    assert windows == [(0, 15)] and scale * 12 >= output.MIN_TEXT


@pytest.mark.parametrize("suffix", [".svg", ".png", ".pdf"])
def test_write_map_writes_each_format(fridge: Workshop, tmp_path: Path, suffix: str) -> None:
    path = write_map(fridge, tmp_path / f"map{suffix}")
    data = path.read_bytes()
    start = {".svg": b"<svg", ".png": b"\x89PNG", ".pdf": b"%PDF"}[suffix]
    assert data.startswith(start)
    assert oct(path.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    if suffix == ".svg":
        assert "Priya" in data.decode("utf-8")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_failed_render_leaves_the_old_file(fridge: Workshop, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "map.pdf"
    path.write_bytes(b"the old poster")

    def broken(*_args: object) -> bytes:
        raise RuntimeError("renderer gone")

    monkeypatch.setattr(output, "poster_pdf", broken)
    with pytest.raises(RuntimeError):
        write_map(fridge, path)
    assert path.read_bytes() == b"the old poster"
    assert [p.name for p in tmp_path.iterdir()] == ["map.pdf"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_bad_paths_and_sizes_get_a_clear_error(fridge: Workshop, tmp_path: Path,
                                                language: str) -> None:
    with pytest.raises(KlantreisError) as error:
        write_map(fridge, tmp_path / "map.docx", language=language)
    assert ".svg" in error.value.message(language)
    with pytest.raises(KlantreisError) as error:
        write_map(fridge, tmp_path / "map.pdf", language=language, paper="a0")
    assert error.value.message(language) == t("map.bad_paper", language, paper="a0",
                                              choices="a3, a1")
    with pytest.raises(KlantreisError) as error:
        write_map(fridge, tmp_path / "missing" / "map.svg", language=language)
    assert str(tmp_path / "missing" / "map.svg") in error.value.message(language)
    assert not (tmp_path / "missing").exists()


def test_the_command_writes_a_poster(sample_db: Path, fridge: Workshop, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "poster.pdf"
    assert cli.main(["--db", str(sample_db), "map", fridge.id, str(path), "--size", "a1"]) == 0
    assert pdf_pages(path)[0] == 1
    assert t("map.written", "en", path=path) in capsys.readouterr().out
    wrong = str(tmp_path / "x.txt")
    assert cli.main(["--db", str(sample_db), "--lang", "nl", "map", fridge.id, wrong]) == 1
    assert "Fout:" in capsys.readouterr().err


def test_the_command_writes_the_desired_journeys_map(sample_db: Path, sample_store,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    hotel = build_sample(sample_store, "hotel")
    command = ["--db", str(sample_db), "--lang", "nl", "map", hotel.id]
    assert cli.main([*command, str(tmp_path / "none.svg"), "--desired"]) == 1
    assert "nog geen gewenste klantreis" in capsys.readouterr().err
    assert not (tmp_path / "none.svg").exists()
    current = JourneyData(hotel.frames()).journey_id
    hotel.derive_desired(current)
    path = tmp_path / "desired.svg"
    # Without --lang the map is in the workshop's language (with it, in the one asked).
    assert cli.main(["--db", str(sample_db), "map", hotel.id, str(path), "--desired"]) == 0
    desired = JourneyData(hotel.frames(), current).desired_journey
    assert desired is not None
    expected = output.map_svg(desired.journey_map, hotel.language)  # the workshop's language
    assert path.read_text(encoding="utf-8") == expected


def test_pages_converted_in_processes_match_those_converted_here(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [output.svg_document(f'<text x="10" y="20">Page {n}</text>', 200, 100)
             for n in range(3)]
    monkeypatch.setattr(output.os, "cpu_count", lambda: 2)
    parallel = output.svgs_to_pdfs(pages)
    monkeypatch.setattr(output.os, "cpu_count", lambda: 1)
    here = output.svgs_to_pdfs(pages)
    texts = [[PdfReader(io.BytesIO(page)).pages[0].extract_text().strip() for page in made]
             for made in (parallel, here)]
    assert texts[0] == texts[1] == ["Page 0", "Page 1", "Page 2"]
