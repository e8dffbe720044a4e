"""The ideas as the group weighs them: the impact–effort matrix and the ranking by dots."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..i18n import label, t
from .theme import REFERENCE_COLOR, count_ticks, fan_out, finish, idea_marks, status_color


def impact_effort_chart(ranking: pd.DataFrame, language: str = "en") -> alt.LayerChart:
    """Impact (y) against effort (x) of each idea (`idea_ranking`), sized by votes.

    Quadrant lines at 3 name the classic choices: quick wins top left, big bets top right,
    fill-ins bottom left, money pits bottom right. Ideas without an impact or effort estimate
    cannot be placed; the subtitle says how many are missing so nothing vanishes silently.
    """
    data = idea_marks(ranking, language)
    placed = data[data["impact"].notna() & data["effort"].notna()].copy()
    placed["ex"] = placed["effort"]
    placed["iy"] = placed["impact"] + fan_out(placed[["effort", "impact"]], 0.26, 0.44)
    x = alt.X(
        "ex:Q", scale=_estimate_scale(), axis=_estimate_axis(), title=t("chart.effort", language)
    )
    y = alt.Y(
        "iy:Q", scale=_estimate_scale(), axis=_estimate_axis(), title=t("chart.impact", language)
    )
    chart = alt.layer(*_quadrants(language), *_idea_points(placed, x, y, language)).properties(
        width=640, height=480
    )
    missing = len(data) - len(placed)
    notes = [_hidden_note(missing, language)] if missing else []
    return finish(chart, language, "chart.title.impact_effort", notes)


def _hidden_note(count: int, language: str) -> str:
    if count == 1:
        return t("chart.ideas_hidden_one", language)
    return t("chart.ideas_hidden_many", language, count=count)


def _estimate_scale() -> alt.Scale:
    return alt.Scale(domain=[0.5, 5.5], nice=False, zero=False)


def _estimate_axis() -> alt.Axis:
    return alt.Axis(values=[1, 2, 3, 4, 5], format="d")


def _quadrants(language: str) -> list[alt.Chart]:
    """Dividing lines at 3 and the four quadrant names in the corners."""
    lines = alt.Chart(pd.DataFrame({"at": [3.0]}))
    rule = {"strokeDash": [6, 4], "color": REFERENCE_COLOR}
    corners = pd.DataFrame(
        {
            "x": [0.6, 5.4, 0.6, 5.4],
            "y": [5.3, 5.3, 0.7, 0.7],
            "align": ["left", "right", "left", "right"],
            "label": [
                label("chart.quadrant", name, language)
                for name in ("quick_wins", "big_bets", "fill_ins", "money_pits")
            ],
        }
    )
    names = [
        alt.Chart(corners[corners["align"] == side])
        .mark_text(align=side, baseline="middle", fontSize=15, fontWeight="bold", color="#8a8a8a",
                   aria=False)
        .encode(x=alt.X("x:Q"), y=alt.Y("y:Q"), text=alt.Text("label:N"))
        for side in ("left", "right")
    ]
    return [
        lines.mark_rule(**rule, aria=False).encode(x=alt.X("at:Q")).properties(name="quadrant_x"),
        lines.mark_rule(**rule, aria=False).encode(y=alt.Y("at:Q")).properties(name="quadrant_y"),
        alt.layer(*names).properties(name="quadrant_labels"),
    ]


def _idea_points(placed: pd.DataFrame, x: alt.X, y: alt.Y, language: str) -> list[alt.Chart]:
    base = alt.Chart(placed)
    points = base.mark_circle(opacity=0.9, stroke="white", strokeWidth=1.5).encode(
        x=x,
        y=y,
        size=alt.Size(
            "votes:Q",
            title=t("chart.votes", language),
            scale=alt.Scale(domainMin=0, range=[60, 900]),
            legend=alt.Legend(format="d", values=count_ticks(placed["votes"].max())),
        ),
        color=status_color(language),
        tooltip=_idea_tooltip(language),
    )
    text = {"align": "left", "dx": 19, "fontSize": 12, "aria": False}
    encoding = {"x": x, "y": y, "text": alt.Text("label:N")}
    halo = base.mark_text(**text, stroke="white", strokeWidth=6, strokeJoin="round")
    labels = base.mark_text(**text, color="#222")
    return [
        points.properties(name="ideas"),
        halo.encode(**encoding).properties(name="idea_label_halo"),
        labels.encode(**encoding).properties(name="idea_labels"),
    ]


def _idea_tooltip(language: str) -> list[alt.Tooltip]:
    return [
        alt.Tooltip("title:N", title=t("chart.idea", language)),
        alt.Tooltip("votes:Q", format="d", title=t("chart.votes", language)),
        alt.Tooltip("impact:Q", format="d", title=t("chart.impact", language)),
        alt.Tooltip("effort:Q", format="d", title=t("chart.effort", language)),
        alt.Tooltip("confidence:Q", format="d", title=t("chart.confidence", language)),
        alt.Tooltip("status_label:N", title=t("chart.status", language)),
    ]


def idea_ranking_chart(ranking: pd.DataFrame, language: str = "en") -> alt.LayerChart:
    """Dot votes per idea (`idea_ranking`) as bars in rank order, coloured by status."""
    data = idea_marks(ranking, language).sort_values("rank", kind="stable")
    y = alt.Y("label:N", sort=data["label"].tolist(), title=t("chart.idea", language),
              axis=alt.Axis(title=None, labelLimit=320))
    room = alt.Scale(domain=[0, max(1.0, float(data["votes"].max() or 0)) * 1.12], nice=False)
    axis = alt.Axis(tickMinStep=1, format="d")
    x = alt.X("votes:Q", scale=room, axis=axis, title=t("chart.votes", language))
    base = alt.Chart(data)
    bars = base.mark_bar(cornerRadiusEnd=3, height={"band": 0.7}).encode(
        x=x, y=y, color=status_color(language), tooltip=_idea_tooltip(language)
    )
    counts = base.mark_text(align="left", dx=5, fontSize=13, color="#222", aria=False).encode(
        x=x, y=y, text=alt.Text("votes:Q", format="d")
    )
    chart = alt.layer(bars.properties(name="bars"), counts.properties(name="counts"))
    chart = chart.properties(width=420, height=max(120, 34 * len(data)))
    notes = [] if len(data) else [t("chart.no_ideas", language)]
    return finish(chart, language, "chart.title.idea_ranking", notes)
