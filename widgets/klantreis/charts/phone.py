"""The team's curve on a participant's phone, drawn as SVG here, without Vega-Lite.

A participant's page draws this one chart, at the moment the facilitator shows the team's
figures: the whole room waits for it at once. Drawing it with Vega-Lite would make every
phone's kernel load Altair and the renderer first (about 1.4 s of CPU and over 100 MB each, 30
times over in a room, on a laptop's two cores), for a chart whose shape never changes. Drawn
here it takes well under a millisecond and needs nothing but the curve's numbers. Its look is
the family's (`palette`): the spread as a bar, the mean as a line with dots, the 9+ and pass
lines labelled inside the plot, the step being rated ringed with the team's mean beside it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..figures import AIM_LINE, PASS_LINE
from ..figures.typed import plain_columns
from ..i18n import number, t
from .palette import CURVE_COLOR, DISAGREE_COLOR, REFERENCE_COLOR, SCORE_DOMAIN
from .svg import esc, svg_document, svg_text

PHONE_WIDTH = 290  # the plot; with its axes and padding the SVG stays within a 390 px screen
PHONE_HEIGHT = 200
PADDING = 12
AXIS_ROOM = 46  # left of the plot: the score axis's title and labels
TITLE_ROOM = 42  # above the plot
BOTTOM_ROOM = 50  # below the plot: the step numbers and the axis title
LABEL_SPACING = 22  # the least room between two step numbers; others are left out
AXIS_COLOR = "#222222"
CURVE_FIELDS = ("step_id", "order", "mean", "min", "max")
WIDTH = PADDING + AXIS_ROOM + PHONE_WIDTH + PADDING
HEIGHT = PADDING + TITLE_ROOM + PHONE_HEIGHT + BOTTOM_ROOM


@dataclass(frozen=True)
class Plot:
    """Where scores and steps go in the picture."""

    steps: int
    left: float = PADDING + AXIS_ROOM
    top: float = PADDING + TITLE_ROOM

    @property
    def bottom(self) -> float:
        return self.top + PHONE_HEIGHT

    @property
    def right(self) -> float:
        return self.left + PHONE_WIDTH

    @property
    def spacing(self) -> float:
        return PHONE_WIDTH / max(self.steps, 1)

    def x(self, index: int) -> float:
        return self.left + (index + 0.5) * self.spacing

    def y(self, score: float) -> float:
        low, high = SCORE_DOMAIN
        return self.top + (high - score) / (high - low) * PHONE_HEIGHT


def phone_curve_svg(curve: pd.DataFrame, language: str = "en",
                    current: str | None = None) -> str:
    """The team's curve at a phone's size, so every label can be read: steps by number (the
    step on screen says its name), scores 1 to 10, the step being rated (`current`) ringed."""
    rows = _rows(curve)
    plot = Plot(len(rows))
    title = t("room.team_curve", language)
    parts = [f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
             svg_text(PADDING, PADDING + 20, title, size=20, base_size=13),
             *_score_axis(plot, language), *_step_axis(plot, language),
             *_reference_lines(plot), *_reference_names(plot, language),
             *_spread(plot, rows), _mean_line(plot, rows), *_points(plot, rows),
             *_current(plot, rows, current, language)]
    return svg_document("".join(parts), WIDTH, HEIGHT, css="kr-phone-svg", size=13,
                        label=title)


def _rows(curve: pd.DataFrame) -> list[dict[str, Any]]:
    """The curve in journey order, as plain values (NaN as None)."""
    data = plain_columns(curve).sort_values("order", kind="stable").reset_index(drop=True)
    return [{name: None if isinstance(value, float) and math.isnan(value) else value
             for name, value in zip(CURVE_FIELDS, row, strict=True)}
            for row in zip(*(data[name].tolist() for name in CURVE_FIELDS), strict=True)]


def _score_axis(plot: Plot, language: str) -> list[str]:
    """Scores 1 to 10 beside the plot, with the axis's title turned on its side."""
    low, high = SCORE_DOMAIN
    labels = [svg_text(plot.left - 6, plot.y(score) + 4.5, str(score), size=13,
                       color=AXIS_COLOR, anchor="end", base_size=13)
              for score in range(low, high + 1)]
    middle = (plot.top + plot.bottom) / 2
    return [*labels, svg_text(PADDING + 11, middle, t("chart.emotional_score", language),
                              size=14, color=AXIS_COLOR, anchor="middle", base_size=13,
                              rotate=-90)]


def _step_axis(plot: Plot, language: str) -> list[str]:
    """Step numbers under the plot; on a long journey only every so many, so none overlap."""
    every = max(1, math.ceil(LABEL_SPACING / plot.spacing))
    labels = [svg_text(plot.x(index), plot.bottom + 20, str(index + 1), size=12,
                       color=AXIS_COLOR, anchor="middle", base_size=13,
                       css="kr-phone-step-number")
              for index in range(0, plot.steps, every)]
    return [*labels, svg_text((plot.left + plot.right) / 2, plot.bottom + 42,
                              t("chart.step", language), size=14, color=AXIS_COLOR,
                              anchor="middle", base_size=13)]


REFERENCES = ((AIM_LINE, "chart.aim_line"), (PASS_LINE, "chart.pass_line"))


def _reference_lines(plot: Plot) -> list[str]:
    """The 9+ aim and the pass line, dashed across the plot."""
    return [f'<line x1="{plot.left:.1f}" x2="{plot.right:.1f}" y1="{plot.y(score):.1f}" '
            f'y2="{plot.y(score):.1f}" stroke="{REFERENCE_COLOR}" stroke-dasharray="6 4"/>'
            for score, _key in REFERENCES]


def _reference_names(plot: Plot, language: str) -> list[str]:
    """The lines' names inside the plot, under the curve (its marks matter more)."""
    return [svg_text(plot.left + 2, plot.y(score) - 4, t(key, language), size=11,
                     color=REFERENCE_COLOR, base_size=13, halo=True)
            for score, key in REFERENCES]


def _spread(plot: Plot, rows: list[dict[str, Any]]) -> list[str]:
    """From the lowest to the highest score at each rated step, as a pale bar."""
    return [f'<line class="kr-phone-spread" data-step="{esc(str(row["step_id"]))}" '
            f'x1="{plot.x(i):.1f}" x2="{plot.x(i):.1f}" y1="{plot.y(row["min"]):.1f}" '
            f'y2="{plot.y(row["max"]):.1f}" stroke="{CURVE_COLOR}" stroke-width="8" '
            'stroke-opacity="0.22" stroke-linecap="round"/>'
            for i, row in enumerate(rows)
            if row["min"] is not None and row["max"] is not None]


def _mean_line(plot: Plot, rows: list[dict[str, Any]]) -> str:
    """The line through the means; it breaks where a step is not rated yet."""
    runs: list[list[str]] = [[]]
    for i, row in enumerate(rows):
        if row["mean"] is None:
            runs.append([])
        else:
            runs[-1].append(f"{plot.x(i):.1f},{plot.y(row['mean']):.1f}")
    lines = [f'<polyline class="kr-phone-line" points="{" ".join(run)}" fill="none" '
             f'stroke="{CURVE_COLOR}" stroke-width="3" stroke-linejoin="round"/>'
             for run in runs if len(run) > 1]
    return "".join(lines)


def _points(plot: Plot, rows: list[dict[str, Any]]) -> list[str]:
    return [f'<circle class="kr-phone-point" data-step="{esc(str(row["step_id"]))}" '
            f'cx="{plot.x(i):.1f}" cy="{plot.y(row["mean"]):.1f}" r="5" fill="{CURVE_COLOR}"/>'
            for i, row in enumerate(rows) if row["mean"] is not None]


def _current(plot: Plot, rows: list[dict[str, Any]], current: str | None,
             language: str) -> list[str]:
    """A ring round the step being rated, and the team's mean there, once it has one."""
    for i, row in enumerate(rows):
        if row["step_id"] != current or row["mean"] is None:
            continue
        x, y = plot.x(i), plot.y(row["mean"])
        right_half = x > (plot.left + plot.right) / 2
        label_x = x - 16 if right_half else x + 16
        label_y = y + 18 if row["mean"] > 8 else y - 10
        return [f'<circle class="kr-phone-current" data-step="{esc(str(current))}" '
                f'cx="{x:.1f}" cy="{y:.1f}" r="11.5" fill="none" stroke="{DISAGREE_COLOR}" '
                'stroke-width="3"/>',
                svg_text(label_x, label_y, number(row["mean"], language), size=14,
                         weight="bold", color=DISAGREE_COLOR, base_size=13,
                         anchor="end" if right_half else "start", css="kr-phone-mean",
                         halo=True)]
    return []
