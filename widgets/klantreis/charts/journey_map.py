"""The journey map as one SVG picture: phases as column groups, a column per step, lanes
across, and the emotion curve drawn in the same columns, each point above its step.

Drawn by hand rather than with Vega-Lite: a map is a grid of wrapped text with a chart in one
band, and Vega-Lite can neither wrap text to a column nor share columns between a table and
a chart. Text is measured with the font the map is drawn in (`fonts`), so it wraps to its
column in the browser, in the PNG and in the PDF alike. Every piece of the team's text is
escaped; a lane cell shows at most `MAX_LINES` lines.

Columns keep one width whatever the number of steps, so the text stays readable from 5 to 80
steps: a long journey makes a wider picture (the dashboard scrolls it, the poster splits it
by phase).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from ..figures import AIM_LINE, PASS_LINE, JourneyMap, MapStep
from ..figures.journey_map import BLUEPRINT_FIELDS
from ..i18n import code_label, label, number, t
from .fonts import FONT as PRINT_FONT
from .fonts import register_fonts
from .palette import (
    BAND_FILLS,
    CURVE_COLOR,
    DESIRED_COLOR,
    DISAGREE_COLOR,
    MOMENT_COLOR,
    REFERENCE_COLOR,
    SCORE_DOMAIN,
)
from .svg import TEXT_COLOR, esc, svg_text
from .svg import svg_document as _document

MARGIN = 20
LABEL_WIDTH = 150  # the lane titles on the left
COLUMN_WIDTH = 170  # one step
PADDING = 6  # inside a cell
SIZE = 12  # text
LINE = 15  # line height
MAX_LINES = 8  # per lane cell; the rest becomes "…"
CURVE_HEIGHT = 200
PHASE_COLOR = "#1f5fa8"
GRID_COLOR = "#d0d4dc"
CUSTOMER_COLOR = "#E69F00"  # orange: what customers say
MUTED_COLOR = "#5a5a5a"
ALWAYS_SHOWN = frozenset({"step", "channel", "evidence"})  # lanes kept even when empty
# Characters XML 1.0 does not allow: a pasted control character must not break the picture.


@dataclass(frozen=True)
class Run:
    """A paragraph of a cell: its text and how it is set."""

    text: str
    weight: str = "normal"
    color: str = TEXT_COLOR
    italic: bool = False


Cell = list[Run]


@dataclass(frozen=True)
class Lane:
    """A row of the map: its title and, per step, the paragraphs of its cell."""

    key: str
    title: str
    step_ids: list[str]
    cells: list[Cell]

    @cached_property
    def lines(self) -> list[list[Run]]:
        """Each cell wrapped to its column (once, however many windows draw the lane)."""
        return [_wrapped(cell, COLUMN_WIDTH - 2 * PADDING) for cell in self.cells]

    @cached_property
    def title_lines(self) -> list[str]:
        return wrap(self.title, LABEL_WIDTH - 2 * PADDING, SIZE, True, max_lines=3)


@cache
def _font() -> str:
    register_fonts()
    return PRINT_FONT


def text_width(value: str, size: float = SIZE, bold: bool = False) -> float:
    """The width of a line in the map's font, in pixels."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(value, _font() + ("-Bold" if bold else ""), size)


def wrap(value: str, width: float, size: float = SIZE, bold: bool = False,
         max_lines: int = MAX_LINES) -> list[str]:
    """Lines of `value` that each fit `width`: words kept whole where they fit, longer ones
    broken; past `max_lines` the last line ends in "…"."""
    lines: list[str] = []
    for paragraph in value.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = _break_word(word, width, size, bold, lines, max_lines)
            if len(lines) > max_lines:
                break
        lines.append(line)
        if len(lines) > max_lines:
            break
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _fit(lines[-1] + " …", width, size, bold)
    return lines


def _break_word(word: str, width: float, size: float, bold: bool, lines: list[str],
                max_lines: int) -> str:
    """Put the whole lines of a word too long for a line into `lines`; return its rest."""
    piece = ""
    for char in word:
        if piece and text_width(piece + char, size, bold) > width:
            lines.append(piece)
            piece = ""
            if len(lines) > max_lines:
                return ""
        piece += char
    return piece


def _fit(line: str, width: float, size: float, bold: bool) -> str:
    """The line as it is when it fits, else as much of it as fits followed by "…"."""
    if text_width(line, size, bold) <= width:
        return line
    room = width - text_width("…", size, bold)
    kept = ""
    for char in line:
        if text_width(kept + char, size, bold) > room:
            break
        kept += char
    return kept.rstrip() + "…"


# -- what the lanes hold -----------------------------------------------------------------


def lanes(journey_map: JourneyMap, language: str) -> tuple[list[Lane], list[Lane]]:
    """The lanes above the curve and those below it, in the order the method reads them.
    A lane that is empty for every step is left out, but not the step, its channel and
    the evidence: an empty evidence lane says the whole map is assumed."""
    steps = journey_map.steps
    above = [_lane("step", "dashboard.lane.step", steps, _step_cell, language),
             _lane("channel", "dashboard.lane.channel", steps, _channel_cell, language)]
    above += [_lane(name, f"field.{name}", steps, _story_cell(name), language)
              for name in ("doing", "thinking", "feeling")]
    below = [_lane("moments", "dashboard.lane.moments", steps, _moment_cell, language)]
    below += [_lane(name, f"field.{name}", steps, _story_cell(name), language)
              for name in ("questions", "difficulties")]
    if journey_map.has_customers:
        below.append(_lane("customers", "map.lane.customers", steps, _customer_cell, language))
    below += [_lane("evidence", "map.lane.evidence", steps, _evidence_cell, language),
              _lane("owner", "dashboard.lane.owner", steps, _owner_cell, language),
              _lane("ideas", "map.lane.ideas", steps, _idea_cell, language)]
    below += [_lane(name, f"field.{name}", steps, _story_cell(name), language)
              for name in BLUEPRINT_FIELDS]  # the service blueprint, last
    return [lane for lane in above if _shown(lane)], [lane for lane in below if _shown(lane)]


def _shown(lane: Lane) -> bool:
    return lane.key in ALWAYS_SHOWN or any(lane.cells)


def _lane(key: str, title: str, steps: Sequence[MapStep],
          cell: Callable[[MapStep, str], Cell], language: str) -> Lane:
    return Lane(key, t(title, language), [step.step_id for step in steps],
                [cell(step, language) for step in steps])


def _step_cell(step: MapStep, language: str) -> Cell:
    cell = [Run(f"{step.order + 1}. {step.name}", weight="bold")]
    return cell + ([Run(step.sub_phase, color=MUTED_COLOR)] if step.sub_phase else [])


def _channel_cell(step: MapStep, language: str) -> Cell:
    kind = Run(label("value", step.kind, language), color=MUTED_COLOR,
               italic=step.kind != "touchpoint") if step.kind else None
    where = t("empathy.online" if step.online else "empathy.offline", language)
    if step.device != "any":
        where = f"{where} · {label('value', step.device, language)}"
    channel = Run(f"{step.channel} · {where}" if step.channel else where)
    twin = Run(t("map.same_moment", language, moment=step.same_moment), color=MUTED_COLOR) \
        if step.same_moment else None
    return [run for run in (kind, channel, twin) if run is not None]


def _story_cell(name: str) -> Callable[[MapStep, str], Cell]:
    """The cell of one of `STORY_FIELDS`: the team's text as it is."""
    return lambda step, _language: [Run(step.story[name])] if step.story[name] else []


def _moment_cell(step: MapStep, language: str) -> Cell:
    cell = []
    for polarity, reason in step.moments:
        arrow = "▲" if polarity == "positive" else "▼"
        words = code_label("chart.reason", reason, language) if reason else ""
        head = f"{arrow} {label('value', polarity, language)}"
        cell.append(Run(f"{head}: {words}" if words else head, weight="bold"))
    return cell


def _customer_cell(step: MapStep, language: str) -> Cell:
    if step.customers is None:
        return []
    return [Run(t("map.customers", language, score=number(step.customers, language),
                  n=step.customers_n), color=TEXT_COLOR)]


def _evidence_cell(step: MapStep, language: str) -> Cell:
    if step.assumed:
        return [Run(label("value", "assumption", language), color=DISAGREE_COLOR, italic=True)]
    return [Run(" · ".join(label("value", source, language) for source in step.evidence))]


def _owner_cell(step: MapStep, language: str) -> Cell:
    return [Run(step.department)] if step.department else []


def _idea_cell(step: MapStep, language: str) -> Cell:
    return [Run(f"★ {idea.title}", weight="bold", color=DESIRED_COLOR) if idea.chosen
            else Run(f"• {idea.title}") for idea in step.ideas]


# -- drawing -----------------------------------------------------------------------------


@dataclass
class Drawing:
    """A map drawn for a window of its columns (steps `start` to `stop`): its size and its
    SVG elements. Lanes are as tall as the whole map needs, so poster pages line up."""

    width: float
    start: int
    stop: int
    parts: list[str] = field(default_factory=list)
    height: float = MARGIN

    def add(self, *elements: str) -> None:
        self.parts.extend(elements)

    def x(self, index: int) -> float:
        """The left edge of the column of step `index` (counted over the whole map)."""
        return MARGIN + LABEL_WIDTH + (index - self.start) * COLUMN_WIDTH

    def shows(self, index: int) -> bool:
        return self.start <= index < self.stop

    @property
    def body(self) -> str:
        return "".join(self.parts)


def map_svg(journey_map: JourneyMap, language: str,
            window: tuple[int, int] | None = None) -> str:
    """The journey map as an SVG document (a file of its own, or markup for a page); with a
    `window`, only the steps from its start up to its stop."""
    drawing = draw_map(journey_map, language, window)
    return svg_document(drawing.body, drawing.width, drawing.height)


def svg_document(body: str, width: float, height: float) -> str:
    """An SVG document of `width` × `height` around `body`, in the map's font."""
    return _document(body, width, height, css="kr-journey-map", size=SIZE)


MapLanes = tuple[list[Lane], list[Lane]]


def draw_map(journey_map: JourneyMap, language: str, window: tuple[int, int] | None = None,
             prepared: MapLanes | None = None) -> Drawing:
    """The map's elements, for all its steps or for a `window` of them (`prepared`: its
    `lanes`, when several windows of one map are drawn)."""
    total = len(journey_map.steps)
    start, stop = window or (0, total)
    drawing = Drawing(2 * MARGIN + LABEL_WIDTH + max(stop - start, 1) * COLUMN_WIDTH,
                      start, stop)
    _title(drawing, journey_map, language)
    if not total:
        drawing.add(_text(MARGIN, drawing.height + LINE, t("dashboard.no_steps", language)))
        drawing.height += 2 * LINE + MARGIN
        return _on_white(drawing)
    above, below = prepared or lanes(journey_map, language)
    _phase_band(drawing, journey_map, language)
    cells_top = drawing.height
    for lane in above:
        _lane_row(drawing, lane)
    _curve_band(drawing, journey_map, language)
    for lane in below:
        if lane.key == next((b.key for b in below if b.key in BLUEPRINT_FIELDS), None):
            _visibility_line(drawing, language)
        _lane_row(drawing, lane)
    _column_frames(drawing, journey_map, cells_top)
    drawing.height += LINE
    _legend(drawing, language, journey_map.desired)
    drawing.height += MARGIN
    return _on_white(drawing)


def _on_white(drawing: Drawing) -> Drawing:
    drawing.parts.insert(0, f'<rect width="{drawing.width:.0f}" height="{drawing.height:.0f}" '
                            'fill="#ffffff"/>')
    return drawing


def _text(x: float, y: float, value: str, *, weight: str = "normal", color: str = TEXT_COLOR,
          size: float = SIZE, anchor: str = "start", italic: bool = False,
          css: str = "") -> str:
    return svg_text(x, y, value, size=size, weight=weight, color=color, anchor=anchor,
                    italic=italic, css=css, base_size=SIZE)


def _title(drawing: Drawing, journey_map: JourneyMap, language: str) -> None:
    title = journey_map.journey or t("map.untitled", language)
    if journey_map.persona:
        title = f"{title} · {journey_map.persona}"
    width = drawing.width - 2 * MARGIN
    drawing.add(_text(MARGIN, drawing.height + 18, _fit(title, width, 18, True),
                      weight="bold", size=18, css="kr-map-title"))
    share = journey_map.assumed_share
    if share is not None:
        assumed = sum(step.assumed for step in journey_map.steps)
        note = t("map.assumed_share", language, count=assumed, total=len(journey_map.steps),
                 share=number(100 * share, language, 0))
        drawing.add(_text(MARGIN, drawing.height + 38, _fit(note, width, SIZE, False),
                          color=MUTED_COLOR))
    drawing.height += 52


def _phase_band(drawing: Drawing, journey_map: JourneyMap, language: str) -> None:
    """The top-level phases over their columns (a phase cut by the window shows its part)."""
    with_goal = any(phase.brand_goal for phase in journey_map.phases)
    height = 2 * LINE + (LINE if with_goal else 0) + 2 * PADDING
    first = 0
    for phase in journey_map.phases:
        shown = [i for i in range(first, first + len(phase.steps)) if drawing.shows(i)]
        first += len(phase.steps)
        if shown:
            _phase_head(drawing, phase.name, phase.brand_goal, shown, height, language)
    drawing.height += height + 4


def _phase_head(drawing: Drawing, name: str, goal: str, shown: list[int], height: float,
                language: str) -> None:
    x, span = drawing.x(shown[0]), len(shown) * COLUMN_WIDTH
    top = drawing.height
    drawing.add(f'<rect class="kr-map-phase" x="{x:.1f}" y="{top:.1f}" width="{span - 2}" '
                f'height="{height}" rx="3" fill="{PHASE_COLOR}"/>')
    for row, line in enumerate(wrap(name, span - 2 * PADDING, 13, True, max_lines=2)):
        drawing.add(_text(x + PADDING, top + PADDING + 12 + row * LINE, line, weight="bold",
                          color="#ffffff", size=13))
    if goal:
        words = _fit(t("map.brand_goal", language, goal=goal), span - 2 * PADDING, 11, False)
        drawing.add(_text(x + PADDING, top + PADDING + 12 + 2 * LINE, words, color="#ffffff",
                          size=11))


def _lane_row(drawing: Drawing, lane: Lane) -> None:
    """A lane: its title on the left, each cell's paragraphs wrapped to the column; as tall
    as its fullest cell on the whole map."""
    wrapped, title = lane.lines, lane.title_lines
    rows = max([len(title), 1, *(len(lines) for lines in wrapped)])
    height = rows * LINE + 2 * PADDING
    top = drawing.height
    drawing.add(f'<g class="kr-map-lane" data-lane="{esc(lane.key)}">')
    drawing.add(*(_text(MARGIN, top + PADDING + 11 + i * LINE, line, weight="bold",
                        color=MUTED_COLOR) for i, line in enumerate(title)))
    for index in range(drawing.start, drawing.stop):
        x = drawing.x(index) + PADDING
        drawing.add(f'<g class="kr-map-cell" data-step="{esc(lane.step_ids[index])}">')
        drawing.add(*(_text(x, top + PADDING + 11 + i * LINE, line.text, weight=line.weight,
                            color=line.color, italic=line.italic)
                      for i, line in enumerate(wrapped[index])))
        drawing.add("</g>")
    drawing.add("</g>", _rule(drawing, top + height))
    drawing.height = top + height


def _visibility_line(drawing: Drawing, language: str) -> None:
    """The line of visibility: what the customer sees is above it, the service blueprint's
    frontstage, backstage and support lanes below."""
    y = drawing.height + LINE
    right = drawing.x(drawing.stop)
    drawing.add(f'<line class="kr-map-visibility" x1="{MARGIN}" x2="{right:.1f}" '
                f'y1="{y:.1f}" y2="{y:.1f}" stroke="{PHASE_COLOR}" stroke-width="2" '
                'stroke-dasharray="8 4"/>',
                _text(MARGIN, y - 4, t("map.line_of_visibility", language), size=10,
                      weight="bold", color=PHASE_COLOR))
    drawing.height = y + 2


def _wrapped(cell: Cell, width: float) -> list[Run]:
    """A cell's paragraphs as lines, each line keeping its paragraph's setting."""
    lines: list[Run] = []
    for run in cell:
        left = MAX_LINES - len(lines)
        if left <= 0:
            break
        for line in wrap(run.text, width, SIZE, run.weight == "bold", max_lines=left):
            lines.append(Run(line, run.weight, run.color, run.italic))
    return lines


def _rule(drawing: Drawing, y: float) -> str:
    return (f'<line x1="{MARGIN}" x2="{drawing.width - MARGIN:.1f}" y1="{y:.1f}" '
            f'y2="{y:.1f}" stroke="{GRID_COLOR}" stroke-width="1"/>')


def _column_frames(drawing: Drawing, journey_map: JourneyMap, top: float) -> None:
    """Each step's column as a rectangle (a test finds a curve point inside it), shaded
    by phase, drawn beneath everything else."""
    frames, index = [], 0
    for number_, phase in enumerate(journey_map.phases):
        fill = BAND_FILLS[number_ % len(BAND_FILLS)]
        for step in phase.steps:
            if drawing.shows(index):
                frames.append(
                    f'<rect class="kr-map-column" data-step="{esc(step.step_id)}" '
                    f'x="{drawing.x(index):.1f}" y="{top:.1f}" width="{COLUMN_WIDTH}" '
                    f'height="{drawing.height - top:.1f}" fill="{fill}" stroke="{GRID_COLOR}"/>')
            index += 1
    drawing.parts[:0] = frames


def _score_y(score: float, top: float) -> float:
    low, high = SCORE_DOMAIN
    inner = CURVE_HEIGHT - 2 * 16
    return top + 16 + (high - score) / (high - low) * inner


def _curve_band(drawing: Drawing, journey_map: JourneyMap, language: str) -> None:
    """The emotion curve in the step columns: the spread as a bar, the mean as a dot, the
    customers' score as a diamond, moments of truth as arrows, with the pass and 9+ lines."""
    top = drawing.height
    left, right = drawing.x(drawing.start), drawing.x(drawing.stop)
    drawing.add('<g class="kr-map-curve">')
    drawing.add(*_curve_title(top, language, journey_map.desired))
    for score, key, dash in ((PASS_LINE, "chart.pass_line", "6 4"),
                             (AIM_LINE, "chart.aim_line", "2 3")):
        y = _score_y(score, top)
        drawing.add(f'<line x1="{left:.1f}" x2="{right:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
                    f'stroke="{REFERENCE_COLOR}" stroke-dasharray="{dash}"/>',
                    _text(MARGIN + LABEL_WIDTH - PADDING, y + 4, t(key, language), size=10,
                          color=REFERENCE_COLOR, anchor="end"))
    steps = journey_map.steps
    points = [(drawing.x(i) + COLUMN_WIDTH / 2, steps[i])
              for i in range(drawing.start, drawing.stop)]
    color = DESIRED_COLOR if journey_map.desired else CURVE_COLOR
    drawing.add(*_curve_lines(points, top, color))
    for x, step in points:
        drawing.add(*_step_marks(x, step, top, language, color))
    drawing.add("</g>", _rule(drawing, top + CURVE_HEIGHT))
    drawing.height = top + CURVE_HEIGHT


def _curve_title(top: float, language: str, desired: bool = False) -> list[str]:
    title = t("map.lane.target" if desired else "dashboard.lane.score", language)
    lines = wrap(title, LABEL_WIDTH - 2 * PADDING, SIZE, True, 2)
    return [_text(MARGIN, top + PADDING + 11 + i * LINE, line, weight="bold", color=MUTED_COLOR)
            for i, line in enumerate(lines)]


def _curve_lines(points: list[tuple[float, MapStep]], top: float, color: str) -> list[str]:
    """The line through the means; it breaks where a step is not rated yet."""
    runs: list[list[str]] = [[]]
    for x, step in points:
        if step.mean is None:
            runs.append([])
            continue
        runs[-1].append(f"{x:.1f},{_score_y(step.mean, top):.1f}")
    return [f'<polyline points="{" ".join(run)}" fill="none" stroke="{color}" '
            f'stroke-width="2.5"/>' for run in runs if len(run) > 1]


def _step_marks(x: float, step: MapStep, top: float, language: str,
                color: str = CURVE_COLOR) -> list[str]:
    """A step's marks on the curve: the customers' diamond beneath the team's spread, mean
    and moments; a dash where nobody rated it yet (or, on a desired map, no target is set)."""
    marks = []
    if step.customers is not None:
        y = _score_y(step.customers, top)
        marks.append(f'<rect class="kr-map-customers" data-step="{esc(step.step_id)}" '
                     f'x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" '
                     f'fill="{CUSTOMER_COLOR}" transform="rotate(45 {x:.1f} {y:.1f})"/>')
    if step.mean is None or step.low is None or step.high is None:
        return [*marks, _text(x, top + CURVE_HEIGHT / 2, "–", color=MUTED_COLOR,
                              anchor="middle")]
    low, high, mean = (_score_y(v, top) for v in (step.low, step.high, step.mean))
    marks.append(f'<rect class="kr-map-spread" data-step="{esc(step.step_id)}" '
                 f'x="{x - 4:.1f}" y="{high:.1f}" width="8" height="{max(low - high, 2):.1f}" '
                 f'rx="4" fill="{color}" fill-opacity="0.2"/>')
    marks.append(f'<circle class="kr-map-point" data-step="{esc(step.step_id)}" '
                 f'data-n="{step.n}" data-mean="{step.mean:.4f}" cx="{x:.1f}" cy="{mean:.1f}" '
                 f'r="6" fill="{color}" stroke="#ffffff" stroke-width="1.5"/>')
    marks.append(_text(x + 10, mean - 6, number(step.mean, language), size=11, weight="bold",
                       color=color))
    marks += [_moment_mark(x, mean, step.step_id, polarity)
              for polarity, _reason in step.moments]
    return marks


def _moment_mark(x: float, y: float, step_id: str, polarity: str) -> str:
    """▲ over a positive moment, ▼ under a negative one."""
    tip, base = (y - 22, y - 12) if polarity == "positive" else (y + 22, y + 12)
    return (f'<path class="kr-map-moment" data-step="{esc(step_id)}" '
            f'data-polarity="{esc(polarity)}" '
            f'd="M{x - 6:.1f},{base:.1f} L{x + 6:.1f},{base:.1f} '
            f'L{x:.1f},{tip:.1f} Z" fill="{MOMENT_COLOR}"/>')


def _legend(drawing: Drawing, language: str, desired: bool = False) -> None:
    """What the curve's marks mean, in one line under the map (a desired map's curve is
    only the scores aimed for)."""
    y = drawing.height + 4
    x = float(MARGIN)
    items = [
        (f'<circle cx="{{x}}" cy="{y:.1f}" r="5" fill="{CURVE_COLOR}"/>', "map.legend.mean"),
        (f'<rect x="{{x0}}" y="{y - 8:.1f}" width="8" height="16" rx="4" fill="{CURVE_COLOR}" '
         'fill-opacity="0.2"/>', "map.legend.spread"),
        (f'<rect x="{{x0}}" y="{y - 4:.1f}" width="8" height="8" fill="{CUSTOMER_COLOR}" '
         f'transform="rotate(45 {{x}} {y:.1f})"/>', "map.legend.customers"),
        (f'<path d="M{{x0}},{y + 4:.1f} L{{x1}},{y + 4:.1f} L{{x}},{y - 6:.1f} Z" '
         f'fill="{MOMENT_COLOR}"/>', "map.legend.moment"),
    ]
    if desired:
        items = [(f'<circle cx="{{x}}" cy="{y:.1f}" r="5" fill="{DESIRED_COLOR}"/>',
                  "map.legend.target")]
    drawing.add('<g class="kr-map-legend">')
    for shape, key in items:
        drawing.add(shape.format(x=f"{x + 5:.1f}", x0=f"{x + 1:.1f}", x1=f"{x + 9:.1f}"))
        words = t(key, language)
        drawing.add(_text(x + 14, y + 4, words, color=MUTED_COLOR))
        x += 14 + text_width(words) + 24
    drawing.add("</g>")
    drawing.height = y + LINE
