"""The report as an A4 PDF, laid out with ReportLab.

Why ReportLab: it is pure Python from PyPI and conda-forge (BSD licence, wheels for every
platform, needs only Pillow), composes flowing paragraphs and tables that split across pages
with a repeated header, and embeds TrueType fonts, so Dutch and other accented text renders
and can be searched and copied. The alternatives fell short here: WeasyPrint needs the
system's Pango; fpdf2 cannot read the SVG vl-convert writes; svglib (ReportLab's SVG reader)
drops the charts' transparency, which hides the curve's spread bars.

Charts are embedded as PNG rendered offline by vl-convert at twice their size (about 200 to
400 dpi on the page). Text is set in DejaVu Sans when the system has it (the charts' font,
with wide Unicode coverage), else in Bitstream Vera, which ships with ReportLab and covers
Western European languages; characters neither font has (emoji, most non-Latin scripts)
show as empty boxes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as Para
from reportlab.platypus import Table as PdfTable

from ...charts import to_png
from ...charts.fonts import FONT, register_fonts
from ...charts.journey_map import lanes
from ...i18n import t
from ..journey_map import page_layout, window_png
from .document import (
    Block,
    Cell,
    Chart,
    Facts,
    Group,
    Heading,
    MapPicture,
    Paragraph,
    Report,
    Table,
)

__all__ = ["render_pdf"]

MARGIN = 16 * mm
PORTRAIT, LANDSCAPE = "portrait", "landscape"
FRAME_WIDTH = A4[0] - 2 * MARGIN  # of a portrait page, where tables and the map stay
#: A chart wider than this many portrait frames would shrink past legibility on one (its
#: 13 px labels would fall below about 6.5 pt).
WIDE = 1.5
#: Room a chart leaves on its page for the section's heading and first paragraph.
HEADROOM = 90
INK = colors.HexColor("#222222")
SOFT = colors.HexColor("#555555")
LINE = colors.HexColor("#d9dde3")
BAND = colors.HexColor("#eef2f7")
NOTE = colors.HexColor("#fff6d6")
TONES = {"low": colors.HexColor("#fbe3d6"), "high": colors.HexColor("#d7f0e6")}
PX = 0.75  # points per CSS pixel
#: Room the first map page leaves for the report's title, its note and the map's heading.
MAP_HEADROOM = 130
MAP_PPI = 200  # the map's pictures in the PDF





def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK,
                          spaceAfter=4)
    bold = FONT + "-Bold"
    return {
        "body": base,
        "h1": ParagraphStyle("h1", base, fontName=bold, fontSize=19, leading=24,
                             spaceAfter=8),
        "h2": ParagraphStyle("h2", base, fontName=bold, fontSize=14, leading=18,
                             spaceBefore=14, spaceAfter=6),
        "h3": ParagraphStyle("h3", base, fontName=bold, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=4),
        "note": ParagraphStyle("note", base, backColor=NOTE, borderPadding=(5, 6, 5, 6),
                               borderColor=colors.HexColor("#e0b400"), borderWidth=0,
                               spaceBefore=4, spaceAfter=10),
        "quote": ParagraphStyle("quote", base, fontName=FONT + "-Italic", fontSize=11,
                                leading=15, leftIndent=10, spaceBefore=2, spaceAfter=6),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=SOFT),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10.5, spaceAfter=0),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=8, leading=10.5,
                               textColor=colors.white, spaceAfter=0),
        "detail": ParagraphStyle("detail", base, fontSize=7, leading=9, textColor=SOFT,
                                 spaceAfter=0, spaceBefore=1),
        "fact": ParagraphStyle("fact", base, fontName=bold, spaceAfter=0),
        "footer": ParagraphStyle("footer", base, fontSize=7.5, textColor=SOFT),
    }


def _markup(text: str) -> str:
    """User text as ReportLab paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def render_pdf(report: Report) -> bytes:
    """The whole report as PDF bytes."""
    register_fonts()
    styles = _styles()
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, title=report.title, lang=report.language,
                          creator="Klantreis")
    pages = [_page(PORTRAIT, report), _page(LANDSCAPE, report)]
    if any(isinstance(block, MapPicture) for block in report.blocks):
        pages.reverse()  # the map, on the first page, is landscape
    doc.addPageTemplates(pages)
    story: list[Flowable] = []
    for section in _sections(report.blocks):
        flowables = _section(section, styles, report.language)
        if _turns(flowables[:2], LANDSCAPE) and _turns(story[-2:], PORTRAIT):
            del story[-2:]  # landscape after landscape: no empty portrait page between
        story.extend(flowables)
    story.append(Spacer(1, 10))
    story.append(Para(_markup(report.footer), styles["footer"]))
    doc.build(story)
    return out.getvalue()


def _turns(flowables: list[Flowable], orientation: str) -> bool:
    """Whether these two flowables start a new page of this orientation."""
    return (len(flowables) == 2 and isinstance(flowables[0], NextPageTemplate)
            and flowables[0].action == ("nextPageTemplate", orientation)
            and isinstance(flowables[1], PageBreak))


def _page(name: str, report: Report) -> PageTemplate:
    """A page of one orientation with the title and page number at its foot."""
    width, height = A4 if name == PORTRAIT else landscape(A4)
    frame = Frame(MARGIN, MARGIN + 4 * mm, width - 2 * MARGIN, height - 2 * MARGIN - 4 * mm,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def footer(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(SOFT)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, report.title[:110])
        page = t("report.page", report.language, page=document.page)
        canvas.drawRightString(width - MARGIN, MARGIN - 2 * mm, page)
        canvas.restoreState()

    return PageTemplate(id=name, frames=[frame], onPage=footer, pagesize=(width, height))


def _sections(blocks: Iterable[Block]) -> list[list[Block]]:
    """The blocks cut at each top-level heading (h1, h2)."""
    sections: list[list[Block]] = []
    for block in blocks:
        if not sections or (isinstance(block, Heading) and block.level <= 2):
            sections.append([])
        sections[-1].append(block)
    return sections


def _section(blocks: list[Block], styles: dict[str, ParagraphStyle],
             language: str) -> list[Flowable]:
    """A section's flowables. One without a table is kept on one page when it fits on one
    (the map is not cut after its first row, a heading stays with its chart); tables flow
    on. A section with a chart too wide to read on a portrait page gets a landscape page of
    its own, where the chart's text stays legible. The map's section is landscape too."""
    if any(isinstance(b, MapPicture) for b in blocks):
        return _map_section(blocks, styles, language)
    images = {id(b): to_png(b.chart, scale=2) for b in blocks if isinstance(b, Chart)}
    wide = any(_natural_width(png) > FRAME_WIDTH * WIDE for png in images.values())
    page = landscape(A4) if wide else A4
    frame = (page[0] - 2 * MARGIN, page[1] - 2 * MARGIN - 4 * mm - HEADROOM)
    flowables = [f for b in blocks for f in _block(b, styles, images.get(id(b)), frame)]
    if not wide:
        has_table = any(isinstance(b, Table) for b in blocks)
        return flowables if has_table else [KeepTogether(flowables)]
    return [NextPageTemplate(LANDSCAPE), PageBreak(), *flowables, NextPageTemplate(PORTRAIT),
            PageBreak()]


def _block(block: Block, styles: dict[str, ParagraphStyle], png: bytes | None,
           frame: tuple[float, float]) -> Iterable[Flowable]:
    if isinstance(block, Heading):
        if block.level >= 2:  # no heading alone at the foot of a page
            yield CondPageBreak((60 if block.level == 2 else 40) * mm)
        yield Para(_markup(block.text), styles[f"h{min(block.level, 3)}"])
    elif isinstance(block, Paragraph):
        yield Para(_markup(block.text), styles.get(block.style, styles["body"]))
    elif isinstance(block, Facts):
        yield from _facts(block, styles)
    elif isinstance(block, Table):
        yield _table(block, styles)
    elif isinstance(block, Chart) and png is not None:
        yield _chart(png, frame)
    else:
        raise TypeError(f"cannot render {type(block).__name__}")


def _facts(block: Facts, styles: dict[str, ParagraphStyle]) -> Iterable[Flowable]:
    if not block.rows:
        return
    rows = [[Para(_markup(label), styles["fact"]), Para(_markup(value), styles["body"])]
            for label, value in block.rows]
    table = PdfTable(rows, colWidths=[38 * mm, FRAME_WIDTH - 38 * mm], hAlign="LEFT",
                     splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    yield table
    yield Spacer(1, 4)


def _cell(cell: Cell, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    parts: list[Flowable] = [Para(_markup(cell.text), styles["cell"])] if cell.text else []
    parts += [Para(_markup(d), styles["detail"]) for d in cell.details]
    return parts


def _grid_style() -> list[tuple]:
    """Rules every table shares: a dark header row and light lines between rows."""
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, 0), INK),
    ]


def _table(table: Table, styles: dict[str, ParagraphStyle]) -> PdfTable:
    total = sum(table.widths)
    widths = [FRAME_WIDTH * w / total for w in table.widths]
    data: list[list[object]] = [[Para(_markup(h), styles["head"]) for h in table.header]]
    rules = _grid_style()
    for row in table.rows:
        y = len(data)
        if isinstance(row, Group):
            data.append([Para(f"<b>{_markup(row.text)}</b>", styles["cell"])]
                        + [""] * (len(widths) - 1))
            rules += [("SPAN", (0, y), (-1, y)), ("BACKGROUND", (0, y), (-1, y), BAND)]
            continue
        data.append([_cell(cell, styles) for cell in row])
        rules += [("BACKGROUND", (x, y), (x, y), TONES[c.tone])
                  for x, c in enumerate(row) if c.tone in TONES]
    pdf = PdfTable(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    pdf.setStyle(TableStyle(rules))
    return pdf


def _map_section(blocks: list[Block], styles: dict[str, ParagraphStyle],
                 language: str) -> list[Flowable]:
    """The journey map on landscape pages: its text as large as the page's height allows,
    whole phases per page when it is too wide for one (as on the poster). What follows the
    map in its section (the report's facts) starts the portrait pages after it."""
    width, height = landscape(A4)
    frame = (width - 2 * MARGIN, height - 2 * MARGIN - 4 * mm - MAP_HEADROOM)
    last = max(i for i, block in enumerate(blocks) if isinstance(block, MapPicture))
    flowables: list[Flowable] = []
    for block in blocks[:last + 1]:
        if not isinstance(block, MapPicture):
            flowables += list(_block(block, styles, None, frame))
            continue
        prepared = lanes(block.journey_map, language)
        scale, windows = page_layout(block.journey_map, language, *frame, prepared)
        for number, window in enumerate(windows):
            png, drawn_width, drawn_height = window_png(block.journey_map, language, window,
                                                        scale * MAP_PPI / 72, prepared)
            if number:
                flowables.append(PageBreak())
            flowables.append(Image(io.BytesIO(png), width=drawn_width * scale,
                                   height=drawn_height * scale))
    after = [f for block in blocks[last + 1:] for f in _block(block, styles, None, frame)]
    return [*flowables, NextPageTemplate(PORTRAIT), PageBreak(), *after]


def _natural_width(png: bytes) -> float:
    """A chart's width in points at its designed size (the PNG is rendered at twice it)."""
    return ImageReader(io.BytesIO(png)).getSize()[0] / 2 * PX


def _chart(png: bytes, frame: tuple[float, float]) -> Flowable:
    """The chart at its designed size, shrunk to fit the frame (width, height) when larger."""
    pixels_wide, pixels_high = ImageReader(io.BytesIO(png)).getSize()
    natural = _natural_width(png)
    scale = min(1.0, frame[0] / natural, frame[1] / (natural * pixels_high / pixels_wide))
    width = natural * scale
    height = width * pixels_high / pixels_wide
    return KeepTogether([Spacer(1, 4), Image(io.BytesIO(png), width=width, height=height),
                         Spacer(1, 6)])
