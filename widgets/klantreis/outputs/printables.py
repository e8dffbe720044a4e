"""Printable material for rooms without laptops: a persona sheet, rating cards and idea cards.

Each is an A4 PDF in Dutch or English, either blank (to fill in by hand) or filled from a
workshop: its personas, a rating card for every step of every current journey, and a card for
every idea next to blank ones. What people write on paper goes into the kit afterwards, so the
cards ask for exactly what the kit stores: a rating's functional and emotional grade (1-10)
and comment; an idea's title, steps, owner, impact / effort / confidence (1-5), expected
effect and metric.

Laid out with ReportLab on a plain canvas, in the report's font (see `report_pdf`). The face
icons are drawn as vector shapes, because the fonts have no emoji.

    from klantreis.outputs.printables import build_printables
    build_printables("out/", "nl")                  # blank
    build_printables("out/", "en", workshop)        # filled from a workshop
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ..charts.fonts import FONT, register_fonts
from ..core.files import write_all_atomic
from ..i18n import check_language, label, t

if TYPE_CHECKING:
    from ..core.workshop import Workshop

__all__ = ["SHEETS", "build_printables", "idea_cards", "persona_sheet", "rating_cards"]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 12 * mm
FOOTER = 7 * mm  # room kept free at the bottom of each page for the footer
INK = colors.HexColor("#222222")
SOFT = colors.HexColor("#666666")
LINE = colors.HexColor("#b9c0ca")
BAND = colors.HexColor("#eef2f7")
ACCENT = colors.HexColor("#2f5d8a")
FILLED = colors.HexColor("#2f5d8a")
#: Face buttons of the kit (see `ui.empathy_rating.FACES`): the grade each one sets and the
#: face's colour on paper, from a frown to a broad smile.
FACE_GRADES = (2, 4, 6, 8, 10)
FACE_COLOURS = {2: "#f4a99b", 4: "#f8cfa0", 6: "#f3e6a2", 8: "#c9e7a8", 10: "#9fd8b4"}
GRADES = tuple(range(1, 11))
ESTIMATES = tuple(range(1, 6))
#: Blank cards printed when there is no workshop (or after a workshop's ideas).
BLANK_RATING_CARDS = 4
BLANK_IDEA_CARDS = 2


# --------------------------------------------------------------------------- drawing helpers


def _style(size: float, bold: bool = False, colour: colors.Color = INK,
           italic: bool = False) -> ParagraphStyle:
    face = FONT + ("-Bold" if bold else "") + ("-Italic" if italic and not bold else "")
    return ParagraphStyle("p", fontName=face, fontSize=size, leading=size * 1.25,
                          textColor=colour)


def _markup(text: Any) -> str:
    return escape(str(text or "")).replace("\n", "<br/>")


class _Pages:
    """A canvas that puts the footer on every page and counts them."""

    def __init__(self, title: str, language: str) -> None:
        register_fonts()
        self.language = language
        self.title = title
        self.out = io.BytesIO()
        self.canvas = Canvas(self.out, pagesize=A4, lang=language)
        self.canvas.setTitle(title)
        self.canvas.setAuthor("Klantreis")
        self.canvas.setCreator("Klantreis")
        self.page = 0
        self.open = False

    def new_page(self) -> Canvas:
        if self.open:
            self._finish_page()
        self.page += 1
        self.open = True
        return self.canvas

    def _finish_page(self) -> None:
        c = self.canvas
        c.saveState()
        c.setFont(FONT, 7.5)
        c.setFillColor(SOFT)
        c.drawString(MARGIN, MARGIN - 3 * mm,
                     t("printables.footer", self.language, sheet=self.title, page=self.page))
        c.restoreState()
        c.showPage()

    def pdf(self) -> bytes:
        if self.open:
            self._finish_page()
        self.canvas.save()
        return self.out.getvalue()


def _text(c: Canvas, text: str, x: float, top: float, width: float, style: ParagraphStyle,
          max_height: float | None = None) -> float:
    """Draw wrapped text with its top at `top`; returns its height. Shrinks the font (down to
    60%) when `max_height` would be exceeded."""
    body = _markup(text)
    size = style.fontSize
    while True:
        current = ParagraphStyle("fit", style, fontSize=size, leading=size * 1.25)
        paragraph = Paragraph(body, current)
        _, height = paragraph.wrap(width, PAGE_HEIGHT)
        if max_height is None or height <= max_height or size <= style.fontSize * 0.6:
            paragraph.drawOn(c, x, top - height)
            return height
        size -= 0.5


def _label(c: Canvas, text: str, x: float, y: float, size: float = 8.5, bold: bool = True,
           colour: colors.Color = INK) -> None:
    c.setFont(FONT + ("-Bold" if bold else ""), size)
    c.setFillColor(colour)
    c.drawString(x, y, text)


def _lines(c: Canvas, x: float, top: float, width: float, bottom: float,
           gap: float = 7 * mm) -> None:
    """Writing lines from just below `top` down to `bottom`."""
    c.saveState()
    c.setStrokeColor(LINE)
    c.setLineWidth(0.5)
    y = top - gap
    while y >= bottom - 0.1:
        c.line(x, y, x + width, y)
        y -= gap
    c.restoreState()


def _box(c: Canvas, x: float, y: float, width: float, height: float,
         fill: colors.Color | None = None, stroke: colors.Color = LINE,
         dash: bool = False, line_width: float = 0.8) -> None:
    c.saveState()
    c.setStrokeColor(stroke)
    c.setLineWidth(line_width)
    if dash:
        c.setDash(3, 3)
    if fill is not None:
        c.setFillColor(fill)
    c.roundRect(x, y, width, height, 2 * mm, stroke=1, fill=int(fill is not None))
    c.restoreState()


def _face(c: Canvas, cx: float, cy: float, radius: float, grade: int) -> None:
    """A face for an emotional grade: 2 frowns, 6 is neutral, 10 smiles broadly."""
    c.saveState()
    c.setFillColor(colors.HexColor(FACE_COLOURS[grade]))
    c.setStrokeColor(INK)
    c.setLineWidth(0.7)
    c.circle(cx, cy, radius, stroke=1, fill=1)
    c.setFillColor(INK)
    eye = radius * 0.12
    for side in (-1, 1):
        c.circle(cx + side * radius * 0.35, cy + radius * 0.25, eye, stroke=0, fill=1)
    bend = (grade - 6) / 4 * radius * 0.45  # negative: corners up means a smile
    mouth_y = cy - radius * 0.35 + (bend * 0.5 if bend < 0 else 0)
    left, right = cx - radius * 0.45, cx + radius * 0.45
    path = c.beginPath()
    path.moveTo(left, mouth_y)
    path.curveTo(left + radius * 0.2, mouth_y - bend, right - radius * 0.2, mouth_y - bend,
                 right, mouth_y)
    c.setLineWidth(0.9)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def _scale(c: Canvas, x: float, y: float, width: float, values: tuple[int, ...],
           chosen: int | None = None, height: float = 7 * mm) -> list[float]:
    """A row of numbered boxes across `width` (bottom at `y`); the chosen one is filled.
    Returns the boxes' centres."""
    gap = 1.2 * mm
    size = (width - gap * (len(values) - 1)) / len(values)
    centres = []
    for i, value in enumerate(values):
        left = x + i * (size + gap)
        picked = chosen is not None and value == chosen
        c.saveState()
        c.setStrokeColor(ACCENT if picked else INK)
        c.setLineWidth(0.8)
        c.setFillColor(FILLED if picked else colors.white)
        c.rect(left, y, size, height, stroke=1, fill=1)
        c.setFillColor(colors.white if picked else INK)
        c.setFont(FONT + "-Bold", 9)
        c.drawCentredString(left + size / 2, y + height / 2 - 3.2, str(value))
        c.restoreState()
        centres.append(left + size / 2)
    return centres


def _cut_marks(c: Canvas, columns: int, rows: int, card_width: float,
               card_height: float, top: float) -> None:
    """Dashed lines between the cards of a page, to cut along."""
    c.saveState()
    c.setStrokeColor(LINE)
    c.setLineWidth(0.4)
    c.setDash(2, 3)
    for i in range(1, columns):
        x = MARGIN + i * card_width
        c.line(x, top, x, top - rows * card_height)
    for j in range(1, rows):
        y = top - j * card_height
        c.line(MARGIN, y, MARGIN + columns * card_width, y)
    c.restoreState()


def _header(c: Canvas, heading: str, subtitle: str, top: float) -> float:
    """A page heading with the workshop's title; returns the y below it."""
    _label(c, heading, MARGIN, top - 7 * mm, size=17)
    height = _text(c, subtitle, MARGIN, top - 10 * mm, PAGE_WIDTH - 2 * MARGIN,
                   _style(9, colour=SOFT))
    return top - 10 * mm - height - 3 * mm


# --------------------------------------------------------------------------- workshop data


@dataclass
class _Persona:
    name: str = ""
    journey: str = ""
    description: str = ""
    goals: str = ""
    needs: str = ""
    frustrations: str = ""
    quote: str = ""


@dataclass
class _Step:
    name: str = ""
    phase: str = ""
    kind: str = ""
    channel: str = ""
    number: int = 0
    count: int = 0
    persona: str = ""


@dataclass
class _Idea:
    title: str = ""
    description: str = ""
    steps: list[str] = field(default_factory=list)
    owner: str = ""
    impact: int | None = None
    effort: int | None = None
    confidence: int | None = None
    effect: float | None = None
    metric: str = ""
    selected: bool = False


def _value(row: dict[str, Any], key: str) -> Any:
    """A cell of a frame's row, with pandas' missing values (None, NaN, NA) as None."""
    value = row.get(key)
    return None if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)) else value


def _current_journeys(workshop: Workshop) -> list[dict[str, Any]]:
    journeys = workshop.frame("journeys")
    return [row for row in journeys.to_dict("records") if row.get("variant") == "current"]


def _personas(workshop: Workshop) -> list[_Persona]:
    journeys: dict[str, list[str]] = {}
    for row in _current_journeys(workshop):
        journeys.setdefault(row["persona_id"], []).append(str(row["name"]))
    result = []
    for row in workshop.frame("personas").to_dict("records"):
        result.append(_Persona(
            name=str(row["name"] or ""),
            journey=", ".join(journeys.get(row["id"], [])),
            **{key: str(_value(row, key) or "") for key in
               ("description", "goals", "needs", "frustrations", "quote")},
        ))
    return result


def _steps(workshop: Workshop) -> list[list[_Step]]:
    """The steps of each current journey, in journey order."""
    from ..figures import ordered_steps

    frames = workshop.frames("personas", "phases", "steps")
    personas = dict(zip(frames["personas"]["id"], frames["personas"]["name"], strict=True))
    result = []
    for journey in _current_journeys(workshop):
        ordered = ordered_steps(frames["phases"], frames["steps"], journey["id"])
        rows = ordered.to_dict("records")
        steps = []
        for number, row in enumerate(rows, start=1):
            phase = str(row["top_phase_name"])
            if row["phase_name"] != row["top_phase_name"]:
                phase += f" › {row['phase_name']}"
            steps.append(_Step(name=str(row["step_name"]), phase=phase,
                               kind=str(_value(row, "kind") or ""),
                               channel=str(_value(row, "channel") or ""),
                               number=number, count=len(rows),
                               persona=str(personas.get(journey["persona_id"], ""))))
        if steps:
            result.append(steps)
    return result


def _ideas(workshop: Workshop) -> list[_Idea]:
    frames = workshop.frames("ideas", "idea_steps", "steps")
    names = dict(zip(frames["steps"]["id"], frames["steps"]["name"], strict=True))
    targets: dict[str, list[str]] = {}
    for row in frames["idea_steps"].to_dict("records"):
        targets.setdefault(row["idea_id"], []).append(str(names.get(row["step_id"], "")))
    ideas = []
    for row in frames["ideas"].to_dict("records"):
        ideas.append(_Idea(
            title=str(row["title"] or ""),
            description=str(_value(row, "description") or ""),
            steps=targets.get(row["id"], []),
            owner=str(_value(row, "department") or ""),
            impact=_int(_value(row, "impact")),
            effort=_int(_value(row, "effort")),
            confidence=_int(_value(row, "confidence")),
            effect=_value(row, "expected_effect"),
            metric=str(_value(row, "metric") or ""),
            selected=row.get("status") == "selected",
        ))
    ideas.sort(key=lambda idea: not idea.selected)  # the backlog first
    return ideas


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _title(workshop: Workshop | None) -> str:
    return "" if workshop is None else str(workshop.info()["title"])


# --------------------------------------------------------------------------- persona sheet


def persona_sheet(language: str = "en", workshop: Workshop | None = None) -> bytes:
    """One A4 page per persona of `workshop` (filled in), or one blank page to fill in."""
    language = check_language(language)
    personas = (_personas(workshop) if workshop is not None else []) or [_Persona()]
    pages = _Pages(t("printables.persona.sheet", language), language)
    for persona in personas:
        _persona_page(pages, persona, language, _title(workshop))
    return pages.pdf()


def _persona_page(pages: _Pages, persona: _Persona, language: str, title: str) -> None:
    c = pages.new_page()
    width = PAGE_WIDTH - 2 * MARGIN
    subtitle = (f"{t('printables.workshop', language)}: {title}" if title
                else t("printables.persona.intro", language))
    y = _header(c, t("printables.persona.sheet", language), subtitle,
                PAGE_HEIGHT - MARGIN)
    if title:
        y -= _text(c, t("printables.persona.intro", language), MARGIN, y, width,
                   _style(8.5, colour=SOFT)) + 2 * mm

    # Name and journey, then a picture beside the description.
    y = _field(c, t("printables.persona.name", language), persona.name, MARGIN, y,
               width, 16 * mm, size=13, bold=True)
    y = _field(c, t("printables.persona.journey", language), persona.journey, MARGIN, y,
               width, 14 * mm)
    picture = 48 * mm
    _box(c, MARGIN, y - picture, picture, picture, dash=True)
    _text(c, t("printables.persona.picture", language), MARGIN + 3 * mm,
          y - picture / 2 + 3 * mm, picture - 6 * mm, _style(8, colour=SOFT))
    _field(c, t("printables.persona.description", language), persona.description,
           MARGIN + picture + 4 * mm, y, width - picture - 4 * mm, picture,
           hint=t("printables.persona_hint.description", language))
    y -= picture + 4 * mm

    # Goals, needs and frustrations share what is left with the quote.
    quote_height = 26 * mm
    bottom = MARGIN + FOOTER
    room = y - bottom - quote_height - 4 * mm
    each = (room - 2 * 4 * mm) / 3
    for key in ("goals", "needs", "frustrations"):
        y = _field(c, label("printables.persona", key, language), getattr(persona, key),
                   MARGIN, y, width, each, hint=label("printables.persona_hint", key, language))
    _field(c, t("printables.persona.quote", language),
           f"“{persona.quote}”" if persona.quote else "", MARGIN, y, width, quote_height,
           hint=t("printables.persona_hint.quote", language), italic=True, size=11)


def _field(c: Canvas, label: str, value: str, x: float, top: float, width: float,
           height: float, hint: str = "", size: float = 10, bold: bool = False,
           italic: bool = False) -> float:
    """A labelled box with the value written in it, writing lines below any text; returns
    the y below the box (with a gap)."""
    _box(c, x, top - height, width, height)
    pad = 3 * mm
    _label(c, label, x + pad, top - pad - 7)
    if hint:
        c.setFont(FONT, 7.5)
        c.setFillColor(SOFT)
        c.drawRightString(x + width - pad, top - pad - 7, hint)
    text_top = top - pad - 10
    used = 0.0
    if value:
        used = _text(c, value, x + pad, text_top - 1 * mm, width - 2 * pad,
                     _style(size, bold=bold, italic=italic),
                     max_height=text_top - 1 * mm - (top - height) - 2 * mm) + 1 * mm
    if height > 14 * mm:
        _lines(c, x + pad, text_top - used, width - 2 * pad, top - height + pad)
    return top - height - 4 * mm


# --------------------------------------------------------------------------- rating cards


def rating_cards(language: str = "en", workshop: Workshop | None = None) -> bytes:
    """Four A6 rating cards per A4 page: one per step of each current journey of
    `workshop` (each journey starts on a new page), or a page of blank cards."""
    language = check_language(language)
    journeys = _steps(workshop) if workshop is not None else []
    if not journeys:
        journeys = [[_Step() for _ in range(BLANK_RATING_CARDS)]]
    pages = _Pages(t("printables.rating.sheet", language), language)
    title = _title(workshop)

    def draw(c: Canvas, step: _Step, x: float, y: float, w: float, h: float) -> None:
        _rating_card(c, step, x, y, w, h, language, title)

    for steps in journeys:
        for group in _chunks(steps, 4):
            _card_grid(pages.new_page(), group, 2, 2, draw)
    return pages.pdf()


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _card_grid(c: Canvas, items: list[Any], columns: int, rows: int,
               draw: Callable[[Canvas, Any, float, float, float, float], None]) -> None:
    """Lay `items` out in a grid of cards filling the page, with cut lines between them."""
    top = PAGE_HEIGHT - MARGIN
    card_width = (PAGE_WIDTH - 2 * MARGIN) / columns
    card_height = (PAGE_HEIGHT - 2 * MARGIN - FOOTER) / rows
    _cut_marks(c, columns, rows, card_width, card_height, top)
    pad = 5 * mm
    for index, item in enumerate(items):
        column, row = index % columns, index // columns
        x = MARGIN + column * card_width + pad
        y = top - row * card_height - pad
        draw(c, item, x, y, card_width - 2 * pad, card_height - 2 * pad)


def _rating_card(c: Canvas, step: _Step, x: float, top: float, width: float,
                 height: float, language: str, title: str) -> None:
    bottom = top - height
    # Header band: card name, step number, workshop.
    band = 7 * mm
    _box(c, x, top - band, width, band, fill=BAND, stroke=BAND)
    _label(c, t("printables.rating.card", language), x + 2 * mm, top - band + 2.3 * mm, 8.5)
    if step.number:
        c.setFont(FONT, 8)
        c.drawRightString(x + width - 2 * mm, top - band + 2.3 * mm,
                          t("printables.rating.step_of", language, number=step.number,
                            count=step.count))
    y = top - band - 2 * mm
    context = " · ".join(filter(None, [title, step.persona]))
    if context:
        y -= _text(c, context, x, y, width, _style(7, colour=SOFT), max_height=9 * mm)
        y -= 1 * mm

    # The step: printed, or a line to write it on.
    if step.name:
        _label(c, f"{t('printables.rating.phase', language)}: {step.phase}", x, y - 8,
               7.5, bold=False, colour=SOFT)
        y -= 11
        y -= _text(c, step.name, x, y, width, _style(12, bold=True), max_height=15 * mm)
        kind = t("printables.rating.no_contact" if step.kind == "non_touchpoint"
                 else "printables.rating.contact", language) if step.kind else ""
        detail = " · ".join(filter(None, [kind, step.channel]))
        if detail:
            y -= 1 * mm
            y -= _text(c, detail, x, y, width, _style(7.5, colour=SOFT), max_height=8 * mm)
    else:
        for key in ("printables.rating.phase", "printables.rating.step"):
            _label(c, t(key, language), x, y - 10, 8.5)
            _lines(c, x + 16 * mm, y + 7 * mm - 12, width - 16 * mm, y - 12)
            y -= 8 * mm
    y -= 3 * mm
    _label(c, t("printables.your_name", language), x, y - 9, 8.5)
    _lines(c, x + 22 * mm, y + 7 * mm - 11, width - 22 * mm, y - 11)
    y -= 9 * mm

    # Emotional row with the faces above their grades, then the functional row.
    _label(c, t("printables.rating.emotional", language), x, y - 8, 8.5)
    y -= 11
    radius = 3.1 * mm
    row_bottom = y - 2 * radius - 2 * mm - 7 * mm
    centres = _scale(c, x, row_bottom, width, GRADES)
    for grade in FACE_GRADES:
        _face(c, centres[grade - 1], row_bottom + 7 * mm + 1.5 * mm + radius, radius, grade)
    y = row_bottom - 4 * mm
    _label(c, t("printables.rating.functional", language), x, y - 8, 8.5)
    y -= 11
    _scale(c, x, y - 8 * mm, width, GRADES)
    y -= 10 * mm
    y -= _text(c, t("printables.rating.faces", language), x, y, width, _style(6.8, colour=SOFT))
    y -= _text(c, t("printables.rating.aim", language), x, y, width,
               _style(6.8, bold=True, colour=SOFT))
    y -= 2 * mm
    y -= _text(c, t("printables.rating.comment", language), x, y, width,
               _style(7.5, bold=True))
    _lines(c, x, y, width, bottom + 1 * mm, gap=6.5 * mm)


# --------------------------------------------------------------------------- idea cards


def idea_cards(language: str = "en", workshop: Workshop | None = None) -> bytes:
    """Two idea cards per A4 page: the ideas of `workshop` filled in (the backlog first),
    then a page of blank cards; without a workshop only the blank page."""
    language = check_language(language)
    ideas = _ideas(workshop) if workshop is not None else []
    cards: list[_Idea | None] = [*ideas, *([None] if len(ideas) % 2 else [])]
    cards += [_Idea() for _ in range(BLANK_IDEA_CARDS)]
    pages = _Pages(t("printables.idea.sheet", language), language)
    title = _title(workshop)

    def draw(c: Canvas, idea: _Idea | None, x: float, y: float, w: float, h: float) -> None:
        if idea is not None:  # an empty place keeps the blank cards on their own page
            _idea_card(c, idea, x, y, w, h, language, title)

    for group in _chunks(cards, 2):
        _card_grid(pages.new_page(), group, 1, 2, draw)
    return pages.pdf()


def _idea_card(c: Canvas, idea: _Idea, x: float, top: float, width: float, height: float,
               language: str, title: str) -> None:
    bottom = top - height
    band = 8 * mm
    _box(c, x, top - band, width, band, fill=BAND, stroke=BAND)
    _label(c, t("printables.idea.card", language), x + 2.5 * mm, top - band + 2.6 * mm, 10)
    status = t("printables.idea.status_selected", language) if idea.selected else ""
    right = " · ".join(filter(None, [status, title]))
    if right:
        c.setFont(FONT, 8)
        c.drawRightString(x + width - 2.5 * mm, top - band + 2.8 * mm, right[:100])
    y = top - band - 3 * mm

    left_width = width * 0.58
    right_x = x + left_width + 6 * mm
    right_width = width - left_width - 6 * mm

    # Left column: what the idea is.
    y = _card_field(c, t("printables.idea.title", language), idea.title, x, y, left_width,
                    2, size=12, bold=True)
    y = _card_field(c, t("printables.idea.description", language), idea.description, x, y,
                    left_width, 3)
    y = _card_field(c, t("printables.idea.steps", language), "; ".join(idea.steps), x, y,
                    left_width, 2)
    y = _card_field(c, t("printables.idea.owner", language), idea.owner, x, y, left_width, 1)
    effect = (t("printables.idea.effect_value", language, value=_number(idea.effect))
              if idea.effect is not None else "")
    y = _card_field(c, t("printables.idea.effect", language),
                    effect or t("printables.idea.effect_unit", language), x, y, left_width,
                    1, lines=False)
    _card_field(c, t("printables.idea.metric", language), idea.metric, x, y, left_width, 1)

    # Right column: the three estimates, then room for the dots.
    y = top - band - 3 * mm
    for key, value in (("impact", idea.impact), ("effort", idea.effort),
                       ("confidence", idea.confidence)):
        _label(c, label("printables.idea", key, language), right_x, y - 9, 9.5)
        c.setFont(FONT, 7)
        c.setFillColor(SOFT)
        c.drawString(right_x, y - 18, label("printables.idea_hint", key, language))
        _scale(c, right_x, y - 22 - 8 * mm, right_width, ESTIMATES, chosen=value,
               height=8 * mm)
        y -= 22 + 8 * mm + 5 * mm
    c.setFont(FONT, 7)
    c.setFillColor(SOFT)
    c.drawString(right_x, y, t("printables.idea.scale", language))
    y -= 4 * mm
    _box(c, right_x, bottom, right_width, y - bottom, dash=True)
    _label(c, t("printables.idea.votes", language), right_x + 2.5 * mm, y - 5 * mm, 8.5,
           bold=False, colour=SOFT)


def _card_field(c: Canvas, label: str, value: str, x: float, top: float, width: float,
                rows: int, size: float = 9.5, bold: bool = False, lines: bool = True) -> float:
    """A label with the value below it, or `rows` writing lines; returns the y below."""
    text_top = top - _text(c, label, x, top, width, _style(8.5, bold=True)) - 1
    gap = 7 * mm
    room = rows * gap
    if value:
        _text(c, value, x, text_top - 1 * mm, width, _style(size, bold=bold),
              max_height=room - 1 * mm)
    if lines and not value:
        _lines(c, x, text_top, width, text_top - room)
    return text_top - room - 2.5 * mm


def _number(value: float) -> str:
    return f"{value:g}"


# --------------------------------------------------------------------------- all of them

#: File stem -> builder; each builder takes (language, workshop or None) and returns PDF bytes.
SHEETS: dict[str, Callable[..., bytes]] = {
    "persona-sheet": persona_sheet,
    "rating-cards": rating_cards,
    "idea-cards": idea_cards,
}


def build_printables(folder: str | Path, language: str = "en",
                     workshop: Workshop | None = None) -> list[Path]:
    """Write the three PDFs into `folder` (created when missing) as `<sheet>-<language>.pdf`;
    returns their paths."""
    language = check_language(language)
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    files = {target / f"{stem}-{language}.pdf": build(language, workshop)
             for stem, build in SHEETS.items()}
    return write_all_atomic(files)
