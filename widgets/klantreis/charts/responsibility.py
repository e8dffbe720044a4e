"""Departments × phases: every function should play a part in every phase."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..figures import UNASSIGNED
from ..figures.typed import plain_columns
from ..i18n import t, value_label
from .theme import EMPTY_CELL, count_ticks, finish


def responsibility_heatmap(resp: pd.DataFrame, language: str = "en") -> alt.LayerChart:
    """Departments × top-level phases (`responsibility`), coloured by owned steps.

    Empty (light grey) cells are the point of this view: a phase a department plays no part
    in, where hand-overs can leave the customer alone.
    """
    data = plain_columns(resp)
    data["department"] = [
        t("chart.unassigned", language) if d == UNASSIGNED else d for d in data["department"]
    ]
    phases = data.sort_values("phase_order", kind="stable")["phase_name"].drop_duplicates()
    departments = data["department"].drop_duplicates().tolist()
    top = float(data["steps"].max()) if len(data) else 1.0
    x = alt.X(
        "phase_name:N",
        sort=phases.tolist(),
        title=t("chart.phase", language),
        axis=alt.Axis(orient="top", labelAngle=0, labelLimit=130),
    )
    y = alt.Y(
        "department:N",
        sort=departments,
        title=t("chart.department", language),
        axis=alt.Axis(labelLimit=220),
    )
    base = alt.Chart(data).encode(x=x, y=y)
    filled = alt.Color(
        "steps:Q",
        title=t("chart.steps", language),
        scale=alt.Scale(domain=[1, max(top, 2.0)], range=["#c6dbef", "#08306b"]),
        legend=alt.Legend(format="d", values=count_ticks(max(top, 2.0))),
    )
    cells = base.mark_rect(stroke="white", strokeWidth=2).encode(
        color=alt.condition("datum.steps > 0", filled, alt.value(EMPTY_CELL)),
        tooltip=[
            alt.Tooltip("department:N", title=t("chart.department", language)),
            alt.Tooltip("phase_name:N", title=t("chart.phase", language)),
            alt.Tooltip("steps:Q", format="d", title=t("chart.steps", language)),
            alt.Tooltip("touchpoints:Q", format="d", title=value_label("touchpoint", language)),
            alt.Tooltip(
                "non_touchpoints:Q", format="d", title=value_label("non_touchpoint", language)
            ),
        ],
    )
    dark = f"datum.steps >= {max(top, 2.0) * 0.55}"
    counts = base.transform_filter("datum.steps > 0").mark_text(fontSize=15, fontWeight="bold",
                                                                    aria=False)
    counts = counts.encode(
        text=alt.Text("steps:Q", format="d"),
        color=alt.condition(dark, alt.value("white"), alt.value("#1a1a1a")),
    )
    chart = alt.layer(cells.properties(name="cells"), counts.properties(name="counts"))
    chart = chart.properties(
        width=max(240, 110 * len(phases)), height=max(80, 44 * len(departments))
    )
    note = "chart.responsibility_note" if len(data) else "chart.no_steps"
    return finish(chart, language, "chart.title.responsibility", [t(note, language)])
