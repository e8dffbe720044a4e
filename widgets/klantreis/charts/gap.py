"""Functional against emotional: where a step works but does not feel right."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..figures.typed import plain_columns
from ..i18n import t
from .theme import (
    CURVE_COLOR,
    FUNCTIONAL_COLOR,
    REFERENCE_ROOM,
    finish,
    reference_lines,
    score_encoding,
    series_color,
    step_axis,
    step_width,
)


def gap_chart(
    gap: pd.DataFrame, language: str = "en", *, width: int | None = None
) -> alt.LayerChart:
    """Functional against emotional mean per step (`score_gap`) as a dumbbell.

    The rule between the two dots is the gap: a step can be delivered as promised and still
    feel bad, and then the experience, not the process, needs work.
    """
    data = plain_columns(gap).sort_values("order", kind="stable").reset_index(drop=True)
    data["x"] = data["order"].astype("float64")
    data["top_phase_name"] = data["phase_name"]
    x = step_axis(data["x"].astype(int), data["step_name"], language)
    rated = data[data["functional_mean"].notna() & data["emotional_mean"].notna()]
    y_title = t("chart.score", language)
    rule = (
        alt.Chart(rated)
        .mark_rule(strokeWidth=3, color="#9a9a9a")
        .encode(
            x=x,
            y=score_encoding("functional_mean", y_title),
            tooltip=_gap_tooltip(language),
            y2=alt.Y2("emotional_mean:Q", title=t("chart.emotional", language)),
        )
    )
    chart = alt.layer(
        reference_lines(language), rule.properties(name="gap"), _gap_points(rated, x, language)
    ).properties(width=step_width(len(data), width), height=320)
    notes = [t("chart.gap_note", language)] if len(rated) else [t("chart.no_ratings", language)]
    return finish(chart, language, "chart.title.gap", notes, REFERENCE_ROOM)


def _gap_points(rated: pd.DataFrame, x: alt.X, language: str) -> alt.Chart:
    functional, emotional = t("chart.functional", language), t("chart.emotional", language)
    long = pd.concat(
        [
            rated.assign(score=rated["functional_mean"], series=functional),
            rated.assign(score=rated["emotional_mean"], series=emotional),
        ],
        ignore_index=True,
    )
    color = alt.Scale(domain=[functional, emotional], range=[FUNCTIONAL_COLOR, CURVE_COLOR])
    points = alt.Chart(long).mark_point(filled=True, size=120, opacity=1)
    return points.encode(
        x=x,
        y=score_encoding("score", t("chart.score", language)),
        color=series_color(color, language),
        tooltip=_gap_tooltip(language),
    ).properties(name="scores")


def _gap_tooltip(language: str) -> list[alt.Tooltip]:
    functional, emotional = t("chart.functional", language), t("chart.emotional", language)
    return [
        alt.Tooltip("step_name:N", title=t("chart.step", language)),
        alt.Tooltip("functional_mean:Q", format=".1f", title=functional),
        alt.Tooltip("emotional_mean:Q", format=".1f", title=emotional),
        alt.Tooltip("gap:Q", format="+.1f", title=t("chart.gap", language)),
    ]
