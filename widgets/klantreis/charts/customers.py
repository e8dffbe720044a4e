"""Charts of what customers say, in the family look of the other charts (same fonts, colours,
step axis and reference lines), rendered offline like every other chart.

The comparison chart puts the customers' scores on the team's 1–10 scale beside the team's
emotion curve and says on the chart how the scales were made comparable and which interval
the bars show.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..figures.typed import plain_columns
from ..i18n import label, number, percent, t
from ..mining.settings import SourceSettings
from .theme import (
    CURVE_COLOR,
    REFERENCE_ROOM,
    band_data,
    finish,
    label_axis,
    phase_bands,
    reference_lines,
    score_encoding,
    series_color,
    step_axis,
    step_width,
)

CUSTOMER_COLOR = "#E69F00"  # Okabe-Ito orange: what customers said
BAR_COLOR = "#56B4E9"


def comparison_chart(curve: pd.DataFrame, scores: pd.DataFrame, metric: str,
                     scale: SourceSettings | tuple[float, float], language: str = "en",
                     width: int | None = None, height: int = 320,
                     aggregated: bool = False) -> alt.TopLevelMixin:
    """The team's mean emotional rating and the customers' rescaled mean answer per step,
    with the customers' 95% interval as a bar; the method is the chart's subtitle.

    `scale` is the source's settings, or the (worst, best) answers kept with its results;
    results pooled from a report of averages say so (`aggregated`, or the settings')."""
    data = plain_columns(scores.merge(curve[["step_id", "mean", "n"]].rename(
        columns={"n": "team_n"}), on="step_id", how="left"))
    data = data.sort_values("order", kind="stable").reset_index(drop=True)
    data["x"] = data["order"].astype("float64")
    data["top_phase_name"] = data["phase_name"]
    width = step_width(len(data), width)
    x = step_axis(data["x"].astype(int), data["step_name"], language)
    team, customers = t("mining.chart.team", language), t("mining.chart.customers", language)
    color = alt.Scale(domain=[team, customers], range=[CURVE_COLOR, CUSTOMER_COLOR])
    bands = band_data(data, width / max(len(data), 1))
    layers = [*phase_bands(bands, language), reference_lines(language)]
    layers += _series(data, x, "mean", team, color, language)
    bars = alt.Chart(data[data["low"].notna()]).mark_rule(strokeWidth=3, color=CUSTOMER_COLOR,
                                                          opacity=0.6)
    interval = bars.encode(
        x=x, y=score_encoding("low", t("mining.chart.score", language)),
        y2=alt.Y2("high:Q", title=t("mining.high", language)),
        tooltip=[alt.Tooltip("step_name:N", title=t("chart.step", language)),
                 alt.Tooltip("low:Q", format=".2f", title=t("mining.low", language)),
                 alt.Tooltip("high:Q", format=".2f", title=t("mining.high", language))])
    layers.append(interval.properties(name="interval"))
    layers += _series(data, x, "score", customers, color, language)
    chart = alt.layer(*layers).properties(width=width, height=height)
    lines = method_lines(metric, scale, language)
    if aggregated or (isinstance(scale, SourceSettings) and scale.aggregated):
        lines.append(t("mining.kept_aggregated", language))
    return finish(chart, language, "mining.chart.title.comparison", lines, REFERENCE_ROOM)


def _series(data: pd.DataFrame, x: alt.X, field: str, name: str, color: alt.Scale,
            language: str) -> list[alt.Chart]:
    rows = data.assign(series=name)
    y = score_encoding(field, t("mining.chart.score", language))
    line = alt.Chart(rows).mark_line(strokeWidth=3, invalid="break-paths-show-domains")
    points = alt.Chart(rows[rows[field].notna()]).mark_point(filled=True, size=100, opacity=1)
    tooltip = [alt.Tooltip("step_name:N", title=t("chart.step", language)),
               alt.Tooltip(f"{field}:Q", format=".1f", title=name)]
    encoding = {"x": x, "y": y, "color": series_color(color, language)}
    return [line.encode(**encoding).properties(name=f"{field}_line"),
            points.encode(**encoding, tooltip=tooltip).properties(name=f"{field}_points")]


def method_lines(metric: str, scale: SourceSettings | tuple[float, float],
                 language: str) -> list[str]:
    """How the customers' scale was made comparable, and what the bars show."""
    worst, best = scale.ends(metric) if isinstance(scale, SourceSettings) else scale
    interval = "wilson" if metric == "fcr" else "t"
    return [t("mining.chart.method", language, metric=label("mining.metric", metric, language),
              worst=_end(worst, language), best=_end(best, language)),
            label("mining.chart.interval", interval, language)]


def _end(value: float, language: str) -> str:
    """A scale's end as people write it: 10, 2,5 in Dutch, 2.5 in English."""
    return number(value, language, 0 if float(value).is_integer() else 1)


def metric_chart(metrics: pd.DataFrame, measure: str, language: str = "en",
                 width: int = 560) -> alt.TopLevelMixin:
    """One measure per step or phase: a bar with its 95% interval, n in the tooltip."""
    data = plain_columns(metrics[metrics["measure"] == measure]).reset_index(drop=True)
    data["label"] = [f"{int(o) + 1}. {n}" if n else t("mining.all", language)
                     for o, n in zip(data["order"], data["group_name"], strict=True)]
    y = label_axis("label:N", t("chart.step", language), sort=list(data["label"]))
    title = label("mining.measure", measure, language)
    bars = alt.Chart(data).mark_bar(color=BAR_COLOR).encode(
        y=y, x=alt.X("value:Q", title=title, axis=alt.Axis(title=title)),
        tooltip=[alt.Tooltip("label:N", title=t("chart.step", language)),
                 alt.Tooltip("value:Q", format=".1f", title=title),
                 alt.Tooltip("low:Q", format=".1f", title=t("mining.low", language)),
                 alt.Tooltip("high:Q", format=".1f", title=t("mining.high", language)),
                 alt.Tooltip("n:Q", title=t("chart.number", language))])
    rules = alt.Chart(data[data["low"].notna()]).mark_rule(color="#222", strokeWidth=2).encode(
        y=y, x=alt.X("low:Q", title=t("mining.low", language), axis=alt.Axis(title=title)),
        x2=alt.X2("high:Q", title=t("mining.high", language)))
    chart = alt.layer(bars, rules).properties(width=width, height=max(60, 26 * len(data)))
    return finish(chart, language, "mining.chart.title.metric",
                   [title, label("mining.chart.interval", _interval(measure), language)])


def _interval(measure: str) -> str:
    return {"nps": "nps", "ces": "t", "score": "t"}.get(measure, "wilson")


def funnel_chart(funnel: pd.DataFrame, language: str = "en", width: int = 560
                 ) -> alt.TopLevelMixin:
    """Customers per top-level phase, with the conversion from the previous phase."""
    data = plain_columns(funnel).reset_index(drop=True)
    data["label"] = [f"{int(o) + 1}. {n}" for o, n in zip(data["phase_order"],
                                                          data["phase_name"], strict=True)]
    data["conversion_text"] = ["" if pd.isna(c) else percent(c, language)
                               for c in data["conversion"]]
    y = label_axis("label:N", t("chart.phase", language), sort=list(data["label"]))
    customers = t("mining.customers", language)
    bars = alt.Chart(data).mark_bar(color=CURVE_COLOR).encode(
        y=y, x=alt.X("customers:Q", title=customers),
        tooltip=[alt.Tooltip("label:N", title=t("chart.phase", language)),
                 alt.Tooltip("customers:Q", title=customers),
                 alt.Tooltip("conversion_text:N", title=t("mining.conversion", language))])
    text = alt.Chart(data).mark_text(align="left", dx=4, fontSize=13, aria=False).encode(
        y=y, x=alt.X("customers:Q"), text=alt.Text("conversion_text:N"))
    chart = alt.layer(bars, text).properties(width=width, height=max(60, 30 * len(data)))
    return finish(chart, language, "mining.chart.title.funnel",
                   [t("mining.chart.funnel_note", language)])
