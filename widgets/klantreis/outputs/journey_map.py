"""The journey map as a file: SVG, PNG at print resolution, or a PDF poster at A3 or A1
landscape, split by phase across pages when the whole map does not fit one page readably.

Every page of a poster has the same lanes at the same heights (they are measured on the whole
map), so pages put side by side on a wall line up. Files are written whole or not at all.
"""

from __future__ import annotations

import io
import math
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..charts.journey_map import (
    COLUMN_WIDTH,
    LABEL_WIDTH,
    MARGIN,
    SIZE,
    MapLanes,
    draw_map,
    esc,
    lanes,
    map_svg,
    svg_document,
)
from ..charts.render import in_a_process
from ..core.errors import KlantreisError
from ..core.files import write_atomic
from ..core.workshop import Workshop
from ..figures import JourneyData, JourneyMap
from ..i18n import check_language, t

__all__ = ["MAP_SUFFIXES", "PAPERS", "map_pages", "map_png", "map_svg", "page_layout",
           "poster_pdf", "window_png", "write_map"]

# Landscape paper in points (1/72 inch): ISO 216 A3 and A1.
PAPERS = {"a3": (1190.55, 841.89), "a1": (2383.94, 1683.78)}
MAP_SUFFIXES = (".svg", ".png", ".pdf")
PAGE_MARGIN = 28.0  # points around the map on paper
FOOTER = 16.0  # points for the page line under the map
MIN_TEXT = 7.0  # points: a poster never sets the map's text smaller, unless its height must
PRINT_PPI = 300  # a PNG has this many pixels per inch where the map has 96 per inch
MAX_PNG_PIXELS = 120_000_000  # a bigger map gets fewer pixels per inch, not a failed render


def map_png(journey_map: JourneyMap, language: str) -> bytes:
    """The whole map as a PNG at print resolution (300 ppi where it fits in memory)."""
    import vl_convert as vlc

    drawing = draw_map(journey_map, language)
    scale = PRINT_PPI / 96
    pixels = drawing.width * drawing.height * scale * scale
    if pixels > MAX_PNG_PIXELS:
        scale *= math.sqrt(MAX_PNG_PIXELS / pixels)
    return vlc.svg_to_png(svg_document(drawing.body, drawing.width, drawing.height), scale=scale)


def map_pages(journey_map: JourneyMap, language: str,
              paper: str = "a3") -> tuple[float, list[tuple[int, int]]]:
    """How the map goes onto landscape `paper` (see `page_layout`)."""
    return page_layout(journey_map, language, *_printable(paper))


def page_layout(journey_map: JourneyMap, language: str, width: float, height: float,
                prepared: MapLanes | None = None) -> tuple[float, list[tuple[int, int]]]:
    """How the map goes onto pages with room for `width` × `height` points: the scale
    (points per map pixel) and each page's window of steps. One page when the whole map fits
    with its text at least `MIN_TEXT`; else whole phases per page, and a phase wider than a
    page over as many as it needs. A map too tall for the page is shrunk to its height."""
    drawing = draw_map(journey_map, language, (0, 0), prepared)
    whole = 2 * MARGIN + LABEL_WIDTH + max(len(journey_map.steps), 1) * COLUMN_WIDTH
    fit_height = height / drawing.height
    scale = min(fit_height, width / whole)
    if scale * SIZE >= MIN_TEXT or len(journey_map.steps) <= 1:
        return scale, [(0, len(journey_map.steps))]
    scale = min(fit_height, MIN_TEXT / SIZE)
    per_page = max(1, int((width / scale - 2 * MARGIN - LABEL_WIDTH) // COLUMN_WIDTH))
    return scale, _windows([len(phase.steps) for phase in journey_map.phases], per_page)


def window_png(journey_map: JourneyMap, language: str, window: tuple[int, int],
               scale: float, prepared: MapLanes | None = None) -> tuple[bytes, float, float]:
    """One window of the map as a PNG at `scale` pixels per map pixel, with its size in
    map pixels: a page of the report."""
    import vl_convert as vlc

    drawing = draw_map(journey_map, language, window, prepared)
    document = svg_document(drawing.body, drawing.width, drawing.height)
    return vlc.svg_to_png(document, scale=scale), drawing.width, drawing.height


def _printable(paper: str) -> tuple[float, float]:
    page_width, page_height = PAPERS[paper]
    return page_width - 2 * PAGE_MARGIN, page_height - 2 * PAGE_MARGIN - FOOTER


def _windows(phase_sizes: list[int], per_page: int) -> list[tuple[int, int]]:
    """Consecutive windows of at most `per_page` steps that cut no phase that fits a page."""
    windows: list[tuple[int, int]] = []
    start = stop = 0
    for size in phase_sizes:
        if stop - start + size > per_page and stop > start:
            windows.append((start, stop))
            start = stop
        if size > per_page:
            windows += [(first, min(first + per_page, stop + size))
                        for first in range(stop, stop + size, per_page)]
            start = stop + size
        stop += size
    if stop > start:
        windows.append((start, stop))
    return windows


def poster_pdf(journey_map: JourneyMap, language: str, paper: str = "a3") -> bytes:
    """The map as a PDF poster on landscape `paper` ("a3" or "a1"), one or more pages."""
    from pypdf import PdfReader, PdfWriter

    prepared = lanes(journey_map, language)
    scale, windows = page_layout(journey_map, language, *_printable(paper), prepared)
    page_width, page_height = PAPERS[paper]
    pages = []
    for number, window in enumerate(windows, start=1):
        drawing = draw_map(journey_map, language, window, prepared)
        footer = t("map.page", language, page=number, pages=len(windows))
        body = (f'<g transform="translate({PAGE_MARGIN} {PAGE_MARGIN}) scale({scale:.5f})">'
                f'{drawing.body}</g><text x="{PAGE_MARGIN}" y="{page_height - PAGE_MARGIN}" '
                f'font-size="9" fill="#5a5a5a">{esc(footer)}</text>')
        pages.append(svg_document(body, page_width, page_height))
    writer = PdfWriter()
    for page in svgs_to_pdfs(pages):
        writer.append(PdfReader(io.BytesIO(page)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# The renderer converts one page at a time and holds Python's lock while it does (about
# 0.16 ms a letter: 1.5 s for an A1 page of 20 steps), so the pages of a poster are converted
# in processes of their own, one per core.
_CONVERT = ("import sys, vl_convert; "
            "sys.stdout.buffer.write(vl_convert.svg_to_pdf(sys.stdin.buffer.read().decode()))")


def svgs_to_pdfs(svgs: list[str]) -> list[bytes]:
    """Each SVG as a one-page PDF: in parallel when there are several pages and cores."""
    import vl_convert as vlc

    workers = min(len(svgs), os.cpu_count() or 1)
    if workers <= 1:
        return [vlc.svg_to_pdf(svg) for svg in svgs]
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda svg: in_a_process(_CONVERT, svg.encode("utf-8")), svgs))


def write_map(workshop: Workshop, path: str | Path, journey_id: str | None = None,
              language: str | None = None, paper: str = "a3", desired: bool = False) -> Path:
    """Write a journey's map as SVG, PNG or a PDF poster on `paper`, by the file's suffix;
    with `desired`, the map of the desired journey of that journey's persona."""
    language = check_language(language or workshop.language)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in MAP_SUFFIXES:
        raise KlantreisError("report.bad_suffix", language, path=str(target),
                             choices=", ".join(MAP_SUFFIXES))
    if paper not in PAPERS:
        raise KlantreisError("map.bad_paper", language, paper=paper,
                             choices=", ".join(PAPERS))
    data = JourneyData(workshop.frames(), journey_id, language)
    if desired:
        found = data.desired_journey
        if found is None:
            raise KlantreisError("map.no_desired", language,
                                 journey=str(data.journey.get("name", "")))
        data = found
    journey_map = data.journey_map
    if suffix == ".svg":
        data = map_svg(journey_map, language).encode("utf-8")
    elif suffix == ".png":
        data = map_png(journey_map, language)
    else:
        data = poster_pdf(journey_map, language, paper)
    try:
        write_atomic(target, data)
    except OSError as error:
        raise KlantreisError("map.cannot_write", language, path=str(target),
                             reason=error.strerror or type(error).__name__) from error
    return target
