"""Chart builders: Altair specs from the derived frames, and offline rendering to SVG.

Builders are pure functions of DataFrames, so they can be tested without a browser and shown
by any route (SVG in a notebook or widget, or a live chart widget). Rendering uses
vl-convert, which bundles Vega: nothing is fetched from the internet.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from .derived import AIM_LINE, PASS_LINE
from .messages import t

CURVE_COLOR = "#1f5fa8"
DISAGREE_COLOR = "#d9480f"


def emotion_curve_chart(curve: pd.DataFrame, language: str = "en", width: int = 640) -> alt.Chart:
    """The emotion curve: mean per step, the spread between participants, the 9+ aim line and
    the pass line; steps where participants disagree are drawn in orange."""
    data = curve.assign(
        label=[f"{o + 1}. {n}" for o, n in zip(curve["order"], curve["step_name"], strict=True)],
    ).astype({"mean": "float64", "min": "float64", "max": "float64"})
    order = data["label"].tolist()
    x = alt.X(
        "label:N",
        sort=order,
        title=t("chart.step", language),
        axis=alt.Axis(labelAngle=-40, labelLimit=160),
    )
    y_scale = alt.Scale(domain=[1, 10])
    y_title = t("chart.emotional_score", language)
    base = alt.Chart(data).encode(x=x)
    spread = base.mark_rule(strokeWidth=6, opacity=0.25, color=CURVE_COLOR).encode(
        y=alt.Y("min:Q", scale=y_scale, title=y_title), y2="max:Q"
    )
    line = base.mark_line(color=CURVE_COLOR, point=False).encode(y=alt.Y("mean:Q", scale=y_scale))
    points = base.mark_point(filled=True, size=70).encode(
        y=alt.Y("mean:Q", scale=y_scale),
        color=alt.condition(
            "datum.disagreement", alt.value(DISAGREE_COLOR), alt.value(CURVE_COLOR)
        ),
        tooltip=[
            alt.Tooltip("label:N", title=t("chart.step", language)),
            alt.Tooltip("mean:Q", format=".1f", title=t("chart.mean", language)),
            alt.Tooltip("n:Q", title=t("chart.ratings", language)),
        ],
    )
    rules = _reference_lines(language)
    return (spread + line + points + rules).properties(width=width, height=300)


def _reference_lines(language: str) -> alt.LayerChart:
    lines = pd.DataFrame(
        {
            "y": [AIM_LINE, PASS_LINE],
            "name": [t("chart.aim_line", language), t("chart.pass_line", language)],
        }
    )
    base = alt.Chart(lines).encode(y="y:Q")
    rule = base.mark_rule(strokeDash=[4, 4], color="#666")
    text = base.mark_text(align="left", dx=4, dy=-6, color="#444").encode(
        text="name:N", x=alt.value(0)
    )
    return rule + text


def to_svg(chart: alt.TopLevelMixin) -> str:
    """Render a chart to SVG text offline."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart.to_dict(), vl_version=_vegalite_version(vlc))


def _vegalite_version(vlc: object) -> str:
    """Altair's Vega-Lite version as vl-convert names it ('6.4'), or its newest one."""
    wanted = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    known = vlc.get_vegalite_versions()  # type: ignore[attr-defined]
    return wanted if wanted in known else known[-1]
