"""The same step on several channels: it should feel the same everywhere."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..figures.typed import plain_columns
from ..i18n import t
from .theme import (
    CHANNEL_COLORS,
    DISAGREE_COLOR,
    finish,
    label_axis,
    reference_lines,
    score_encoding,
)

#: Channels whose means for the same step differ by at least this many points are flagged.
CHANNEL_DIFFERENCE: float = 2.0


def channel_consistency_chart(
    ratings_by_channel: pd.DataFrame, language: str = "en"
) -> alt.LayerChart:
    """One row per step, one dot per channel: the same step should feel the same everywhere.

    ``ratings_by_channel`` has columns step_name, channel, mean and n (see `channel_means`),
    rows in journey order. Steps whose channel means differ by CHANNEL_DIFFERENCE points or
    more are drawn in orange with the difference written beside them. Steps on a single
    channel have nothing to compare and are left out.
    """
    data, spans = _channel_data(ratings_by_channel, language)
    order = spans["step_name"].tolist()
    y = label_axis("step_name:N", t("chart.step", language), sort=order, labelLimit=300)
    x = score_encoding("mean", t("chart.emotional_score", language), "x")
    span = (
        alt.Chart(spans)
        .mark_rule(strokeCap="round")
        .encode(
            x=score_encoding("low", t("chart.emotional_score", language), "x"),
            x2=alt.X2("high:Q", title=t("chart.highest", language)),
            y=y,
            color=alt.condition("datum.differs", alt.value(DISAGREE_COLOR), alt.value("#b5b5b5")),
            strokeWidth=alt.condition("datum.differs", alt.value(5), alt.value(2)),
        )
    )
    flags = (
        alt.Chart(spans[spans["differs"]])
        .mark_text(align="left", dx=10, fontSize=13, fontWeight="bold", color=DISAGREE_COLOR,
                   aria=False)
        .encode(x=score_encoding("high", channel="x"), y=y, text=alt.Text("delta:N"))
    )
    dots = (
        alt.Chart(data)
        .mark_point(filled=True, size=130, opacity=1)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "channel:N",
                title=t("chart.channel", language),
                scale=alt.Scale(range=CHANNEL_COLORS),
            ),
            shape=alt.Shape("channel:N", title=t("chart.channel", language)),
            tooltip=[
                alt.Tooltip("step_name:N", title=t("chart.step", language)),
                alt.Tooltip("channel:N", title=t("chart.channel", language)),
                alt.Tooltip("mean:Q", format=".1f", title=t("chart.mean", language)),
                alt.Tooltip("n:Q", format="d", title=t("chart.ratings", language)),
            ],
        )
    )
    chart = alt.layer(
        reference_lines(language, "x"),
        span.properties(name="spans"),
        flags.properties(name="differences"),
        dots.properties(name="channels"),
    ).properties(width=520, height=max(80, 38 * len(spans)))
    key = "chart.channel_note" if len(spans) else "chart.no_multichannel"
    notes = [t(key, language, points=_points(CHANNEL_DIFFERENCE, language))]
    return finish(chart, language, "chart.title.channels", notes)


def _points(value: float, language: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if language == "nl" else text


def _channel_data(frame: pd.DataFrame, language: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Dots (one per step and channel) and spans (one per step: lowest to highest mean).

    Only steps served on two or more channels can be compared; the others are left out.
    """
    data = plain_columns(frame[["step_name", "channel", "mean", "n"]])
    data = data[data["mean"].notna()].copy()
    data["channel"] = [
        c if c and str(c).strip() else t("chart.no_channel", language) for c in data["channel"]
    ]
    channels = data.groupby("step_name", sort=False)["channel"].transform("nunique")
    data = data[channels >= 2]
    grouped = data.groupby("step_name", sort=False)["mean"]
    spans = grouped.agg(low="min", high="max").reset_index()
    spans["differs"] = (spans["high"] - spans["low"]) >= CHANNEL_DIFFERENCE - 1e-9
    spans["delta"] = [
        f"Δ {_points(round(h - lo, 1), language)}"
        for lo, h in zip(spans["low"], spans["high"], strict=True)
    ]
    return data, spans
