"""The charts' one look: colours, fonts, the step axis, the 1–10 score axis, reference lines
and the finishing touches every chart gets.

Okabe-Ito colours, distinguishable with the common forms of colour blindness; every encoding
carries an explicit type, because Altair cannot infer types from an empty frame; all visible
text comes from the message catalogue, and user text reaches the SVG only as escaped text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd

from ..figures import AIM_LINE, PASS_LINE
from ..figures.typed import plain_columns
from ..i18n import number_locale, t, value_label
from .palette import (  # noqa: F401  (re-exported: the charts' look in one place)
    BAND_FILLS,
    CHANNEL_COLORS,
    CURVE_COLOR,
    DESIRED_COLOR,
    DISAGREE_COLOR,
    EMPTY_CELL,
    FONT,
    FUNCTIONAL_COLOR,
    INDIVIDUAL_COLOR,
    LABEL_CHARS,
    MOMENT_COLOR,
    PROPOSED_COLOR,
    REFERENCE_COLOR,
    REFERENCE_ROOM,
    SCORE_DOMAIN,
    STATUS_COLORS,
    STEP_WIDTH,
    TITLE_CHARS,
)


def finish(
    chart: alt.TopLevelMixin,
    language: str,
    title_key: str,
    subtitle: Sequence[str] = (),
    legend_offset: int = 18,
) -> alt.TopLevelMixin:
    """Give a chart its translated title and the family look (fonts, sizes, no frame).

    Charts that label their reference lines beyond the plot's right edge push the legend
    further out (``legend_offset``) so the two never overlap. Numbers Vega formats (axis
    labels, tooltips, text marks) are written the page's way: 6,5 and 1.234 in Dutch
    (`chart_locale`).
    """
    title = alt.TitleParams(
        t(title_key, language), subtitle=list(subtitle) or alt.Undefined, anchor="start"
    )
    locale = chart_locale(language)
    return (
        chart.properties(title=title, description=t(title_key, language))
        .configure(
            font=FONT,
            background="white",
            padding=12,
            locale=alt.Undefined if locale is None else locale,
        )
        .configure_title(fontSize=20, subtitleFontSize=14, subtitleColor="#444", offset=14)
        .configure_axis(
            labelFontSize=13, titleFontSize=14, labelColor="#222", titleColor="#222", grid=False
        )
        .configure_legend(
            labelFontSize=13,
            titleFontSize=14,
            symbolSize=140,
            labelLimit=260,
            titleLimit=320,
            offset=legend_offset,
        )
        .configure_view(stroke=None)
    )


def chart_locale(language: str) -> alt.Locale | None:
    """Vega-Lite's `config.locale` for a page's language: Dutch decimal commas and thousands
    dots; English charts keep Vega's default (en-US), so their specs stay as they were.

    vl-convert honours `config.locale` when it renders, and the spec (with its locale) is what
    the render cache keys on, so a Dutch and an English render never share an SVG."""
    numbers = number_locale(language)
    return None if numbers is None else alt.Locale(number=alt.NumberLocale(**numbers))


def cut(text: Any, limit: int) -> str:
    """Shorten text for a label, marking the cut with an ellipsis."""
    text = "" if text is None or text is pd.NA else " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def score_scale() -> alt.Scale:
    return alt.Scale(domain=SCORE_DOMAIN, nice=False, zero=False)


def score_encoding(field: str, title: str | None = None, channel: str = "y") -> alt.X | alt.Y:
    """A 1-10 score position (whole grades on the axis), the same in every score chart.

    The title names the axis as well as the position: set on the axis too, so the titles a
    layer gives its other end (`y2`, read aloud with the mark) do not join the axis title."""
    encoding = alt.X if channel == "x" else alt.Y
    axis = alt.Axis(values=list(range(1, 11)), format="d", title=title or alt.Undefined)
    return encoding(f"{field}:Q", scale=score_scale(), axis=axis, title=title or alt.Undefined)


def step_axis(orders: Sequence[int], names: Sequence[Any], language: str) -> alt.X:
    """X by journey order with the (cut) step names as labels, identical for every step chart.

    A quantitative axis (not a band) lets phase bands, jitter and the line share one scale.
    Labels come from a lookup array in the label expression; json escaping keeps any
    user text a string literal.
    """
    labels = {
        int(o): f"{int(o) + 1}. {cut(n, LABEL_CHARS)}" for o, n in zip(orders, names, strict=True)
    }
    top = max(labels, default=0)
    lookup = json.dumps([labels.get(i, "") for i in range(top + 1)], ensure_ascii=False)
    axis = alt.Axis(
        values=sorted(labels),
        labelExpr=f"{lookup}[datum.value] || ''",
        labelAngle=-40,
        labelAlign="right",
        labelLimit=220,
        ticks=False,
        domain=False,
        labelPadding=6,
        labelOverlap=False,
    )
    scale = alt.Scale(domain=[-0.5, top + 0.5], nice=False, zero=False)
    return alt.X("x:Q", scale=scale, axis=axis, title=t("chart.step", language))


def step_width(count: int, width: int | None) -> int:
    return width if width is not None else max(480, STEP_WIDTH * count)


def reference_lines(language: str, channel: str = "y") -> alt.LayerChart:
    """The 9+ aim and the 5.5 pass line, dashed and labelled outside the plot's far edge."""
    lines = pd.DataFrame(
        {
            "value": [AIM_LINE, PASS_LINE],
            "name": [t("chart.aim_line", language), t("chart.pass_line", language)],
        }
    )
    base = alt.Chart(lines)
    position = {channel: score_encoding("value", channel=channel)}
    rule = base.mark_rule(strokeDash=[6, 4], color=REFERENCE_COLOR, strokeWidth=1.5,
                          aria=False).encode(
        **position
    )
    if channel == "y":
        text = base.mark_text(
            align="left", baseline="middle", dx=6, color=REFERENCE_COLOR, fontSize=13, aria=False
        ).encode(y=score_encoding("value"), x=alt.value("width"), text=alt.Text("name:N"))
    else:
        text = base.mark_text(
            align="left",
            baseline="bottom",
            dx=4,
            dy=-4,
            color=REFERENCE_COLOR,
            fontSize=13,
            angle=0,
            aria=False,
        ).encode(x=score_encoding("value", channel="x"), y=alt.value(0), text=alt.Text("name:N"))
    return alt.layer(rule, text).properties(name="reference")


def fan_out(keys: pd.DataFrame, step: float, limit: float) -> pd.Series:
    """Deterministic jitter: rows sharing the same keys are fanned out side by side."""
    if keys.empty:
        return pd.Series([], dtype="float64", index=keys.index)
    cols = list(keys.columns)
    rank = keys.groupby(cols, sort=False, dropna=False).cumcount()
    size = keys.groupby(cols, sort=False, dropna=False)[cols[0]].transform("size")
    return ((rank - (size - 1) / 2) * step).clip(-limit, limit).astype("float64")


def count_ticks(top: Any) -> list[int]:
    """A few whole numbers for a count legend: 1..top when small, else 1, middle, top."""
    top = 0 if pd.isna(top) else int(top)
    if top <= 4:
        return list(range(1, top + 1))
    return sorted({1, round(top / 2), top})


def status_color(language: str) -> alt.Color:
    """Idea status colours, the same in every idea chart; legend labels translated."""
    statuses = list(STATUS_COLORS)
    return alt.Color(
        "status_label:N",
        title=t("chart.status", language),
        scale=alt.Scale(
            domain=[value_label(s, language) for s in statuses],
            range=[STATUS_COLORS[s] for s in statuses],
        ),
    )


def idea_marks(ranking: pd.DataFrame, language: str) -> pd.DataFrame:
    """Ranking rows with display columns: a cut title and a translated status."""
    data = plain_columns(ranking)
    data["label"] = [
        f"{int(rank)}. {cut(title, TITLE_CHARS)}"
        for rank, title in zip(data["rank"], data["title"], strict=True)
    ]
    data["status_label"] = [value_label(s, language) for s in data["status"]]
    return data


def band_data(data: pd.DataFrame, step_px: float) -> pd.DataFrame:
    """One band per run of steps in the same top-level phase, with its (cut) name."""
    bands = phase_runs(data)
    bands["label"] = [
        cut(name, max(3, int((end - start + 1) * step_px / 7)))
        for name, start, end in zip(bands["phase"], bands["start"], bands["end"], strict=True)
    ]
    return bands


def phase_bands(bands: pd.DataFrame, language: str) -> list[alt.Chart]:
    """Alternating background bands with the phase name above the plot; backdrop only, so
    left out of what a screen reader reads (the step axis names the steps)."""
    base = alt.Chart(bands)
    rect = base.mark_rect(aria=False).encode(
        x=alt.X("x0:Q"),
        x2=alt.X2("x1:Q"),
        fill=alt.condition(
            "datum.band % 2 == 0", alt.value(BAND_FILLS[0]), alt.value(BAND_FILLS[1])
        ),
        tooltip=[alt.Tooltip("phase:N", title=t("chart.phase", language))],
    )
    text = base.mark_text(baseline="bottom", dy=-6, fontSize=13, fontWeight="bold", color="#333",
                          aria=False)
    text = text.encode(x=alt.X("mid:Q"), y=alt.value(0), text=alt.Text("label:N"))
    return [rect.properties(name="phase_bands"), text.properties(name="phase_labels")]


def phase_runs(data: pd.DataFrame) -> pd.DataFrame:
    """Consecutive steps sharing a top-level phase: first and last order per run."""
    runs: list[dict[str, Any]] = []
    for order, phase in zip(data["x"], data["top_phase_name"], strict=True):
        if runs and runs[-1]["phase"] == phase and runs[-1]["end"] == order - 1:
            runs[-1]["end"] = order
        else:
            runs.append({"phase": phase, "start": order, "end": order})
    frame = pd.DataFrame(runs, columns=["phase", "start", "end"]).astype(
        {"start": "float64", "end": "float64"}
    )
    frame["band"] = range(len(frame))
    frame["x0"], frame["x1"] = frame["start"] - 0.5, frame["end"] + 0.5
    frame["mid"] = (frame["start"] + frame["end"]) / 2
    return frame


def series_color(scale: alt.Scale, language: str) -> alt.Color:
    """The colour of a chart's lines by their `series` name; the legend needs no title, but
    a screen reader hears 'Lijn: huidige reis', not the field's name."""
    return alt.Color("series:N", scale=scale, title=t("chart.series", language),
                     legend=alt.Legend(title=None))


def label_axis(field: str, title: str, sort: list[Any], **axis: Any) -> alt.Y:
    """A y axis of names (steps, phases, ideas) in `sort` order without an axis title;
    `title` is what a screen reader calls the names."""
    return alt.Y(field, sort=sort, title=title, axis=alt.Axis(title=None, **axis))


def step_tooltip(language: str) -> list[alt.Tooltip]:
    return [
        alt.Tooltip("step_name:N", title=t("chart.step", language)),
        alt.Tooltip("top_phase_name:N", title=t("chart.phase", language)),
    ]
