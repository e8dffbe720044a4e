"""Two versions of the emotion curve on one chart: where the journey got better or worse."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..figures.typed import plain_columns
from ..figures.versions import VersionComparison
from ..i18n import t
from .theme import (
    CURVE_COLOR,
    INDIVIDUAL_COLOR,
    REFERENCE_ROOM,
    band_data,
    cut,
    finish,
    phase_bands,
    reference_lines,
    score_encoding,
    series_color,
    step_axis,
    step_tooltip,
    step_width,
)

#: Version names in the legend are cut to this many characters (the full name is on the page).
NAME_CHARS = 40
_SIDES = ("then", "now")


def versions_chart(
    comparison: VersionComparison,
    names: tuple[str, str],
    language: str = "en",
    *,
    width: int | None = None,
    height: int = 340,
) -> alt.LayerChart:
    """The earlier curve (grey, dashed) and the later one (blue) of `compare_versions` on
    one step axis (`compare_curves`'s shared order): the same step stands in the same column
    in both, also when it was renamed; a step that only one of them has gets only that one's
    point. Unrated steps break their line, as on the ordinary curve.

    `names` are the two versions' names (the journey as it is now is a name too); the legend
    numbers them, so two equal names still read as two lines.
    """
    data = plain_columns(comparison.steps).sort_values("order", kind="stable")
    data = data.reset_index(drop=True)
    data["x"] = data["order"].astype("float64")
    labels = [t("versions.series", language, number=i + 1, name=cut(name, NAME_CHARS))
              for i, name in enumerate(names)]
    x = step_axis(data["x"].astype(int), data["step_name"], language)
    color = alt.Scale(domain=labels, range=[INDIVIDUAL_COLOR, CURVE_COLOR])
    step_px = step_width(len(data), width) / max(len(data), 1)
    layers: list[alt.TopLevelMixin] = [*phase_bands(band_data(data, step_px), language),
                                       reference_lines(language)]
    for side, label in zip(_SIDES, labels, strict=True):
        layers += _side_layers(_side_data(data, side, label), x, color, side, language)
    chart = alt.layer(*layers).properties(width=step_width(len(data), width), height=height)
    return finish(chart, language, "versions.chart_title", _notes(data, language),
                  REFERENCE_ROOM)


def _side_data(data: pd.DataFrame, side: str, label: str) -> pd.DataFrame:
    """One version's steps (those it has) with its mean, number of ratings and label."""
    rows = data[data[f"in_{side}"]].copy()
    rows["mean"], rows["n"], rows["series"] = rows[f"{side}_mean"], rows[f"{side}_n"], label
    return rows[["x", "step_name", "top_phase_name", "mean", "n", "change", "series"]]


def _side_layers(rows: pd.DataFrame, x: alt.X, color: alt.Scale, side: str,
                 language: str) -> list[alt.Chart]:
    """A version's line (broken at unrated steps) and its points, with a tooltip."""
    y = score_encoding("mean", t("chart.emotional_score", language))
    series = series_color(color, language)
    dash = [8, 5] if side == "then" else [1, 0]
    line = alt.Chart(rows).mark_line(strokeWidth=3, strokeDash=dash,
                                     invalid="break-paths-show-domains")
    tooltip = [*step_tooltip(language), alt.Tooltip("series:N", title=t("versions.version",
                                                                          language)),
               alt.Tooltip("mean:Q", format=".1f", title=t("chart.mean", language)),
               alt.Tooltip("n:Q", title=t("chart.ratings", language))]
    if side == "now":
        tooltip.append(alt.Tooltip("change:Q", format="+.1f", title=t("versions.col.change",
                                                                       language)))
    points = alt.Chart(rows[rows["mean"].notna()]).mark_point(
        filled=True, size=90, opacity=1, stroke="white", strokeWidth=1)
    return [line.encode(x=x, y=y, color=series).properties(name=f"{side}_line"),
            points.encode(x=x, y=y, color=series, tooltip=tooltip)
            .properties(name=f"{side}_points")]


def _notes(data: pd.DataFrame, language: str) -> list[str]:
    if data.empty:
        return [t("chart.no_steps", language)]
    if not (data["then_mean"].notna().any() or data["now_mean"].notna().any()):
        return [t("chart.no_ratings", language)]
    return [t("versions.chart_note", language)]
