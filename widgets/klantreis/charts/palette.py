"""The charts' colours, font and sizes as plain values: the theme builds Altair charts with
them, and so does the phone's curve (`phone`), drawn as plain SVG.

Okabe-Ito colours, distinguishable with the common forms of colour blindness."""

from __future__ import annotations

CURVE_COLOR = "#0072B2"  # blue: the team's (current) curve
DISAGREE_COLOR = "#D55E00"  # vermillion: participants disagree / channels differ
DESIRED_COLOR = "#009E73"  # bluish green: the desired curve
FUNCTIONAL_COLOR = "#CC79A7"  # reddish purple: the functional score
MOMENT_COLOR = "#222222"  # confirmed moment of truth
PROPOSED_COLOR = "#ababab"  # proposed, not yet confirmed
INDIVIDUAL_COLOR = "#8c8c8c"
REFERENCE_COLOR = "#555555"
BAND_FILLS = ("#e9eef5", "#f7f8fa")
EMPTY_CELL = "#f3f3f3"
STATUS_COLORS = {
    "proposed": "#56B4E9",
    "selected": "#0072B2",
    "done": "#009E73",
    "rejected": "#999999",
}
# No vermillion among the channels: that colour means "channels differ".
CHANNEL_COLORS = ["#0072B2", "#56B4E9", "#009E73", "#CC79A7", "#000000", "#999999", "#E69F00"]

FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"
SCORE_DOMAIN = [1, 10]
STEP_WIDTH = 56  # pixels per step on a step axis: room for an angled label
LABEL_CHARS = 28  # step names longer than this are cut on axes (full name in the tooltip)
TITLE_CHARS = 24  # idea titles on marks
REFERENCE_ROOM = 130  # legend offset past the reference lines' labels
