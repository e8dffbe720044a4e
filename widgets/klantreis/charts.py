"""Chart builders: Altair specs from the derived frames, and offline rendering to SVG/PNG/PDF.

Builders are pure functions of DataFrames, so they can be tested without a browser and shown
by any route (SVG in a notebook or widget, or a live chart widget). Rendering uses
vl-convert, which bundles Vega: nothing is fetched from the internet.

Every builder shares one look (`_finish`): the same fonts, sizes and colour-blind-safe
Okabe-Ito palette, so the charts read as one family on a projector. Every encoding carries
an explicit type, because Altair cannot infer types from an empty frame. All visible text
comes from the message catalogue; user text (step names, idea titles) reaches the SVG only as
escaped text, never as markup.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from .derived import AIM_LINE, PASS_LINE, UNASSIGNED
from .formatting import value_label
from .messages import has, t

__all__ = [
    "CHANNEL_DIFFERENCE",
    "channel_consistency_chart",
    "channel_means",
    "emotion_curve_chart",
    "gap_chart",
    "idea_ranking_chart",
    "impact_effort_chart",
    "responsibility_heatmap",
    "to_pdf",
    "to_png",
    "to_svg",
]

# Okabe-Ito colours: distinguishable with the common forms of colour blindness.
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
#: Channels whose means for the same step differ by at least this many points are flagged.
CHANNEL_DIFFERENCE: float = 2.0


# --------------------------------------------------------------------------- shared pieces


def _finish(
    chart: alt.TopLevelMixin,
    language: str,
    title_key: str,
    subtitle: Sequence[str] = (),
    legend_offset: int = 18,
) -> alt.TopLevelMixin:
    """Give a chart its translated title and the family look (fonts, sizes, no frame).

    Charts that label their reference lines beyond the plot's right edge push the legend
    further out (``legend_offset``) so the two never overlap.
    """
    title = alt.TitleParams(
        t(title_key, language), subtitle=list(subtitle) or alt.Undefined, anchor="start"
    )
    return (
        chart.properties(title=title, description=t(title_key, language))
        .configure(font=FONT, background="white", padding=12)
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


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Nullable columns as plain numpy ones (NA -> NaN/None), which Altair serialises as null."""
    out = {}
    for name in frame.columns:
        col = frame[name]
        if pd.api.types.is_bool_dtype(col.dtype):
            out[name] = col.to_numpy(dtype=bool, na_value=False)
        elif pd.api.types.is_numeric_dtype(col.dtype):
            out[name] = col.to_numpy(dtype="float64", na_value=np.nan)
        else:
            out[name] = pd.Series(col.to_numpy(dtype=object, na_value=None), index=frame.index,
                                  dtype=object)  # kept as objects: None stays None
    return pd.DataFrame(out, index=frame.index, columns=frame.columns)


def _cut(text: Any, limit: int) -> str:
    """Shorten text for a label, marking the cut with an ellipsis."""
    text = "" if text is None or text is pd.NA else " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"




def _score_scale() -> alt.Scale:
    return alt.Scale(domain=SCORE_DOMAIN, nice=False, zero=False)


def _score(field: str, title: str | None = None, channel: str = "y") -> alt.X | alt.Y:
    """A 1-10 score position (whole grades on the axis), the same in every score chart."""
    encoding = alt.X if channel == "x" else alt.Y
    axis = alt.Axis(values=list(range(1, 11)), format="d")
    return encoding(f"{field}:Q", scale=_score_scale(), axis=axis, title=title or alt.Undefined)


def _step_axis(orders: Sequence[int], names: Sequence[Any], language: str) -> alt.X:
    """X by journey order with the (cut) step names as labels, identical for every step chart.

    A quantitative axis (not a band) lets phase bands, jitter and the line share one scale.
    Labels come from a lookup array in the label expression; json escaping keeps any
    user text a string literal.
    """
    labels = {
        int(o): f"{int(o) + 1}. {_cut(n, LABEL_CHARS)}" for o, n in zip(orders, names, strict=True)
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


def _step_width(count: int, width: int | None) -> int:
    return width if width is not None else max(480, STEP_WIDTH * count)


def _reference_lines(language: str, channel: str = "y") -> alt.LayerChart:
    """The 9+ aim and the 5.5 pass line, dashed and labelled outside the plot's far edge."""
    lines = pd.DataFrame(
        {
            "value": [AIM_LINE, PASS_LINE],
            "name": [t("chart.aim_line", language), t("chart.pass_line", language)],
        }
    )
    base = alt.Chart(lines)
    position = {channel: _score("value", channel=channel)}
    rule = base.mark_rule(strokeDash=[6, 4], color=REFERENCE_COLOR, strokeWidth=1.5).encode(
        **position
    )
    if channel == "y":
        text = base.mark_text(
            align="left", baseline="middle", dx=6, color=REFERENCE_COLOR, fontSize=13
        ).encode(y=_score("value"), x=alt.value("width"), text=alt.Text("name:N"))
    else:
        text = base.mark_text(
            align="left",
            baseline="bottom",
            dx=4,
            dy=-4,
            color=REFERENCE_COLOR,
            fontSize=13,
            angle=0,
        ).encode(x=_score("value", channel="x"), y=alt.value(0), text=alt.Text("name:N"))
    return alt.layer(rule, text).properties(name="reference")


def _spread(keys: pd.DataFrame, step: float, limit: float) -> pd.Series:
    """Deterministic jitter: rows sharing the same keys are fanned out side by side."""
    if keys.empty:
        return pd.Series([], dtype="float64", index=keys.index)
    cols = list(keys.columns)
    rank = keys.groupby(cols, sort=False, dropna=False).cumcount()
    size = keys.groupby(cols, sort=False, dropna=False)[cols[0]].transform("size")
    return ((rank - (size - 1) / 2) * step).clip(-limit, limit).astype("float64")


def _count_ticks(top: Any) -> list[int]:
    """A few whole numbers for a count legend: 1..top when small, else 1, middle, top."""
    top = 0 if pd.isna(top) else int(top)
    if top <= 4:
        return list(range(1, top + 1))
    return sorted({1, round(top / 2), top})


def _status_color(language: str) -> alt.Color:
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


def _ideas(ranking: pd.DataFrame, language: str) -> pd.DataFrame:
    """Ranking rows with display columns: a cut title and a translated status."""
    data = _plain(ranking)
    data["label"] = [
        f"{int(rank)}. {_cut(title, TITLE_CHARS)}"
        for rank, title in zip(data["rank"], data["title"], strict=True)
    ]
    data["status_label"] = [value_label(s, language) for s in data["status"]]
    return data


# --------------------------------------------------------------------------- emotion curve


def emotion_curve_chart(
    curve: pd.DataFrame,
    language: str = "en",
    *,
    moments: pd.DataFrame | None = None,
    individual: pd.DataFrame | None = None,
    desired: pd.DataFrame | None = None,
    width: int | None = None,
    height: int = 340,
) -> alt.LayerChart:
    """The emotion curve as the team discusses it on the wall.

    ``curve`` is `derived.emotion_curve`. Drawn back to front: a light band per top-level
    phase, the 9+ and pass lines, the spread (lowest to highest rating) per step, each
    participant's rating (``individual``: rows with step_id and emotional, e.g. the ratings
    table), the ``desired`` curve (step_id, order, mean; dashed), the mean line with points
    (orange where participants disagree) and moment-of-truth markers (``moments``: the
    moments table or `derived.moment_candidates`; ▲ positive, ▼ negative, solid when
    confirmed, light when proposed, dismissed ones left out). Unrated steps get no point and
    break the line, so missing data shows as a gap instead of a made-up slope.
    """
    frames = _curve_frames(curve, language, moments, individual, desired, width)
    return _curve_chart(frames, language, width, height)


def _curve_chart(
    frames: dict[str, pd.DataFrame], language: str, width: int | None, height: int
) -> alt.LayerChart:
    data = frames["mean_line"]
    width = _step_width(len(data), width)
    x = _step_axis(data["x"].astype(int), data["step_name"], language)
    color = _series_scale(language, with_desired="desired" in frames)
    layers: list[alt.TopLevelMixin] = [*_phase_bands(frames["phase_bands"])]
    layers += [_reference_lines(language), _spread_rule(frames["spread"], x, language)]
    if "individual" in frames:
        layers.append(_individual_points(frames["individual"], x))
    if "desired" in frames:
        layers.append(_desired_line(frames["desired"], x, color, language))
    layers += _mean_layers(data, frames["mean"], x, color, language)
    if "moments" in frames:
        layers.append(_moment_markers(frames["moments"], x, language))
    chart = alt.layer(*layers).properties(width=width, height=height)
    notes = _curve_notes(data, language, "individual" in frames)
    return _finish(chart, language, "chart.title.emotion_curve", notes, REFERENCE_ROOM)


def _curve_frames(
    curve: pd.DataFrame,
    language: str,
    moments: pd.DataFrame | None,
    individual: pd.DataFrame | None,
    desired: pd.DataFrame | None,
    width: int | None,
) -> dict[str, pd.DataFrame]:
    """The data of each named layer of the curve: what changes when a rating comes in."""
    data = _curve_data(curve, language)
    step_px = _step_width(len(data), width) / max(len(data), 1)
    bands = _band_data(data, step_px)
    frames = {
        "phase_bands": bands,
        "phase_labels": bands,
        "spread": data[data["min"].notna()],
        "mean_line": data,
        "mean": data[data["mean"].notna()],
    }
    if individual is not None:
        frames["individual"] = _individual_data(individual, data)
    if desired is not None:
        frames["desired"] = _desired_data(desired, language)
    if moments is not None:
        frames["moments"] = _moment_rows(moments, data, language)
    return frames


# Specs of recent curves by their structure; live views reuse them with fresh data.
_CURVE_SPECS: dict[tuple, dict[str, Any]] = {}
_CURVE_SPECS_KEPT = 16


def emotion_curve_spec(
    curve: pd.DataFrame,
    language: str = "en",
    *,
    moments: pd.DataFrame | None = None,
    individual: pd.DataFrame | None = None,
    desired: pd.DataFrame | None = None,
    width: int | None = None,
    height: int = 340,
) -> dict[str, Any]:
    """The Vega-Lite spec of `emotion_curve_chart`, fast enough for a live view.

    Building and serialising the Altair chart takes around 100 ms; when only scores moved
    (the same steps, phases, legend entries and notes as a recent call) the cached spec is
    reused and only its datasets are replaced, which takes a few milliseconds.
    """
    frames = _curve_frames(curve, language, moments, individual, desired, width)
    key = _curve_structure(frames, language, width, height)
    template = _CURVE_SPECS.get(key)
    if template is None:
        chart = _curve_chart(frames, language, width, height)
        template = _named_datasets(spec_of(chart))
        if len(_CURVE_SPECS) >= _CURVE_SPECS_KEPT:
            _CURVE_SPECS.pop(next(iter(_CURVE_SPECS)))
        _CURVE_SPECS[key] = template
    datasets = dict(template["datasets"])
    datasets.update({name: _values(frame) for name, frame in frames.items()
                     if name in datasets})
    return {**template, "datasets": datasets}


def _curve_structure(
    frames: dict[str, pd.DataFrame], language: str, width: int | None, height: int
) -> tuple:
    """Everything in the curve's spec that is not one of its named layers' data."""
    data = frames["mean_line"]
    moments = frames.get("moments")
    return (
        language, width, height, tuple(sorted(frames)),
        tuple(data["step_id"]), tuple(data["step_name"]), tuple(data["top_phase_name"]),
        tuple(frames["phase_bands"]["label"]),
        None if moments is None else tuple(sorted(set(moments["moment"]))),
        tuple(_curve_notes(data, language, "individual" in frames)),
    )


def _named_datasets(spec: dict[str, Any]) -> dict[str, Any]:
    """Give every named layer a dataset of its own name (Altair shares equal datasets
    between layers, which would tie layers whose data later differ)."""
    datasets = dict(spec.get("datasets", {}))
    layers = []
    for layer in spec["layer"]:
        name = layer.get("name")
        if name and isinstance(layer.get("data"), dict) and "name" in layer["data"]:
            datasets[name] = datasets[layer["data"]["name"]]
            layer = {**layer, "data": {"name": name}}
        layers.append(layer)
    used = _dataset_names(layers)
    return {**spec, "layer": layers, "datasets": {k: v for k, v in datasets.items() if k in used}}


def _dataset_names(node: Any) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_dataset_names(item) for item in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    found = {node["data"]["name"]} if isinstance(node.get("data"), dict) and "name" in node[
        "data"] else set()
    return found.union(*(_dataset_names(v) for k, v in node.items() if k != "datasets"))


def _values(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A layer's frame (plain columns, see `_plain`) as Vega-Lite values, NaN as null: what
    Altair writes, without its general-purpose sanitising, which costs most of a live update."""
    names = list(frame.columns)
    columns = [frame[name].tolist() for name in names]  # Python values, column by column
    return [
        {key: None if isinstance(value, float) and value != value else value
         for key, value in zip(names, row, strict=True)}
        for row in zip(*columns, strict=True)
    ]


def _series_scale(language: str, with_desired: bool) -> alt.Scale:
    """One colour legend for the curve: current (blue), desired (green), disagreement (orange)."""
    series = [("chart.current", CURVE_COLOR), ("chart.disagreement", DISAGREE_COLOR)]
    if with_desired:
        series.insert(1, ("chart.desired", DESIRED_COLOR))
    return alt.Scale(domain=[t(k, language) for k, _ in series], range=[c for _, c in series])


def _curve_data(curve: pd.DataFrame, language: str) -> pd.DataFrame:
    """The curve in journey order with its x position and legend series."""
    data = _plain(curve).sort_values("order", kind="stable").reset_index(drop=True)
    data["x"] = data["order"].astype("float64")
    current, disagree = t("chart.current", language), t("chart.disagreement", language)
    data["series"] = [disagree if d else current for d in data["disagreement"]]
    return data


def _curve_notes(data: pd.DataFrame, language: str, individual: bool) -> list[str]:
    if data.empty:
        return [t("chart.no_steps", language)]
    if not data["mean"].notna().any():
        return [t("chart.no_ratings", language)]
    note = t("chart.curve_note", language)
    return [f"{note} · {t('chart.individual_note', language)}" if individual else note]


def _band_data(data: pd.DataFrame, step_px: float) -> pd.DataFrame:
    """One band per run of steps in the same top-level phase, with its (cut) name."""
    bands = _phase_runs(data)
    bands["label"] = [
        _cut(name, max(3, int((end - start + 1) * step_px / 7)))
        for name, start, end in zip(bands["phase"], bands["start"], bands["end"], strict=True)
    ]
    return bands


def _phase_bands(bands: pd.DataFrame) -> list[alt.Chart]:
    """Alternating background bands with the phase name above the plot."""
    base = alt.Chart(bands)
    rect = base.mark_rect().encode(
        x=alt.X("x0:Q"),
        x2=alt.X2("x1:Q"),
        fill=alt.condition(
            "datum.band % 2 == 0", alt.value(BAND_FILLS[0]), alt.value(BAND_FILLS[1])
        ),
        tooltip=[alt.Tooltip("phase:N")],
    )
    text = base.mark_text(baseline="bottom", dy=-6, fontSize=13, fontWeight="bold", color="#333")
    text = text.encode(x=alt.X("mid:Q"), y=alt.value(0), text=alt.Text("label:N"))
    return [rect.properties(name="phase_bands"), text.properties(name="phase_labels")]


def _phase_runs(data: pd.DataFrame) -> pd.DataFrame:
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


def _step_tooltip(language: str) -> list[alt.Tooltip]:
    return [
        alt.Tooltip("step_name:N", title=t("chart.step", language)),
        alt.Tooltip("top_phase_name:N", title=t("chart.phase", language)),
    ]


def _spread_rule(rated: pd.DataFrame, x: alt.X, language: str) -> alt.Chart:
    rule = alt.Chart(rated).mark_rule(
        strokeWidth=12, opacity=0.22, color=CURVE_COLOR, strokeCap="round"
    )
    return rule.encode(
        x=x,
        y=_score("min", t("chart.emotional_score", language)),
        y2=alt.Y2("max:Q"),
        tooltip=[
            *_step_tooltip(language),
            alt.Tooltip("min:Q", title=t("chart.lowest", language)),
            alt.Tooltip("max:Q", title=t("chart.highest", language)),
        ],
    ).properties(name="spread")


def _individual_data(individual: pd.DataFrame, data: pd.DataFrame) -> pd.DataFrame:
    """Each participant's score, fanned out sideways where several gave the same score."""
    ratings = _plain(individual[["step_id", "emotional"]]).dropna()
    dots = ratings.merge(data[["step_id", "x"]], on="step_id", how="inner")
    dots["x"] = dots["x"] + _spread(dots[["step_id", "emotional"]], 0.09, 0.32)
    return dots


def _individual_points(dots: pd.DataFrame, x: alt.X) -> alt.Chart:
    chart = alt.Chart(dots).mark_circle(size=30, color=INDIVIDUAL_COLOR, opacity=0.7)
    return chart.encode(x=x, y=_score("emotional")).properties(name="individual")


def _desired_data(desired: pd.DataFrame, language: str) -> pd.DataFrame:
    data = _plain(desired[["step_id", "order", "mean"]]).sort_values("order", kind="stable")
    data["x"] = data["order"].astype("float64")
    data["series"] = t("chart.desired", language)
    return data


def _desired_line(data: pd.DataFrame, x: alt.X, color: alt.Scale, language: str) -> alt.Chart:
    line = alt.Chart(data).mark_line(
        strokeDash=[8, 5], strokeWidth=3, point=True, invalid="break-paths-show-domains"
    )
    return line.encode(
        x=x,
        y=_score("mean"),
        color=alt.Color("series:N", scale=color, title=None),
        tooltip=[alt.Tooltip("mean:Q", format=".1f", title=t("chart.desired", language))],
    ).properties(name="desired")


def _mean_layers(
    data: pd.DataFrame, rated: pd.DataFrame, x: alt.X, color: alt.Scale, language: str
) -> list[alt.Chart]:
    """The mean line (broken at unrated steps) and its points, orange where people disagree."""
    y = _score("mean")
    line = alt.Chart(data).mark_line(
        color=CURVE_COLOR, strokeWidth=3, invalid="break-paths-show-domains"
    )
    points = alt.Chart(rated).mark_point(
        filled=True, size=110, opacity=1, stroke="white", strokeWidth=1
    )
    points = points.encode(
        x=x,
        y=y,
        color=alt.Color("series:N", scale=color, title=None),
        tooltip=[
            *_step_tooltip(language),
            alt.Tooltip("mean:Q", format=".1f", title=t("chart.mean", language)),
            alt.Tooltip("min:Q", title=t("chart.lowest", language)),
            alt.Tooltip("max:Q", title=t("chart.highest", language)),
            alt.Tooltip("n:Q", title=t("chart.ratings", language)),
        ],
    )
    return [line.encode(x=x, y=y).properties(name="mean_line"), points.properties(name="mean")]


def _moment_markers(marks: pd.DataFrame, x: alt.X, language: str) -> alt.Chart:
    """▲/▼ just above/below the mean point; one marker per step and polarity."""
    labels = _moment_legend(language)
    present = [label for label in labels if label in set(marks["moment"])]
    shape = alt.Scale(domain=present, range=[labels[p][0] for p in present])
    fill = alt.Scale(domain=present, range=[labels[p][1] for p in present])
    title = t("chart.moments", language)
    chart = alt.Chart(marks).mark_point(filled=True, size=200, opacity=1)
    return chart.encode(
        x=x,
        y=_score("y"),
        shape=alt.Shape("moment:N", scale=shape, title=title),
        fill=alt.Fill("moment:N", scale=fill, title=title),
        tooltip=[
            alt.Tooltip("step_name:N", title=t("chart.step", language)),
            alt.Tooltip("moment:N", title=title),
            alt.Tooltip("reason:N", title=t("chart.reason", language)),
        ],
    ).properties(name="moments")


def _moment_legend(language: str) -> dict[str, tuple[str, str]]:
    """Legend label -> (shape, fill) for each polarity and status, in legend order."""
    out = {}
    for polarity, shape in (("positive", "triangle-up"), ("negative", "triangle-down")):
        for status, fill in (("confirmed", MOMENT_COLOR), ("proposed", PROPOSED_COLOR)):
            out[_moment_label(polarity, status, language)] = (shape, fill)
    return out


def _moment_label(polarity: str, status: str, language: str) -> str:
    return f"{value_label(polarity, language)} ({value_label(status, language)})"


def _moment_rows(moments: pd.DataFrame, data: pd.DataFrame, language: str) -> pd.DataFrame:
    """Moments placed on the curve; candidates (no status) count as proposed."""
    columns = ["step_id", "step_name", "x", "y", "polarity", "status", "moment", "reason"]
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    curve = data[data["mean"].notna()].set_index("step_id")
    for rec in _plain(moments).to_dict("records"):
        step, polarity = rec.get("step_id"), rec.get("polarity")
        status = rec.get("status") or "proposed"
        if step not in curve.index or polarity not in ("positive", "negative"):
            continue
        if status not in ("confirmed", "proposed"):
            continue
        point = curve.loc[step]
        row = rows.setdefault((step, polarity), _moment_row(point, step, polarity))
        if status == "confirmed":
            row["status"] = "confirmed"
        reason = _reason_label(rec.get("reason"), language)
        if reason and reason not in row["reasons"]:
            row["reasons"].append(reason)
    for row in rows.values():
        row["moment"] = _moment_label(row["polarity"], row["status"], language)
        row["reason"] = "; ".join(row.pop("reasons"))
    return pd.DataFrame(list(rows.values()), columns=columns)


def _moment_row(point: pd.Series, step: str, polarity: str) -> dict[str, Any]:
    above = polarity == "positive"
    y = min(point["mean"] + 0.6, 10.4) if above else max(point["mean"] - 0.6, 0.6)
    return {
        "step_id": step,
        "step_name": point["step_name"],
        "x": point["x"],
        "y": y,
        "polarity": polarity,
        "status": "proposed",
        "reasons": [],
    }


def _reason_label(reason: Any, language: str) -> str:
    """Candidate reasons ('drop') translated; a team's own words kept as typed."""
    if reason is None:
        return ""
    key = f"chart.reason.{reason}"
    return t(key, language) if has(key) else _cut(reason, 120)


# --------------------------------------------------------------------------- score gap


def gap_chart(
    gap: pd.DataFrame, language: str = "en", *, width: int | None = None
) -> alt.LayerChart:
    """Functional against emotional mean per step (`derived.score_gap`) as a dumbbell.

    The rule between the two dots is the gap: a step can be delivered as promised and still
    feel bad, and then the experience, not the process, needs work.
    """
    data = _plain(gap).sort_values("order", kind="stable").reset_index(drop=True)
    data["x"] = data["order"].astype("float64")
    data["top_phase_name"] = data["phase_name"]
    x = _step_axis(data["x"].astype(int), data["step_name"], language)
    rated = data[data["functional_mean"].notna() & data["emotional_mean"].notna()]
    y_title = t("chart.score", language)
    rule = (
        alt.Chart(rated)
        .mark_rule(strokeWidth=3, color="#9a9a9a")
        .encode(
            x=x,
            y=_score("functional_mean", y_title),
            y2=alt.Y2("emotional_mean:Q"),
        )
    )
    chart = alt.layer(
        _reference_lines(language), rule.properties(name="gap"), _gap_points(rated, x, language)
    ).properties(width=_step_width(len(data), width), height=320)
    notes = [t("chart.gap_note", language)] if len(rated) else [t("chart.no_ratings", language)]
    return _finish(chart, language, "chart.title.gap", notes, REFERENCE_ROOM)


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
        y=_score("score"),
        color=alt.Color("series:N", scale=color, title=None),
        tooltip=[
            alt.Tooltip("step_name:N", title=t("chart.step", language)),
            alt.Tooltip("functional_mean:Q", format=".1f", title=functional),
            alt.Tooltip("emotional_mean:Q", format=".1f", title=emotional),
            alt.Tooltip("gap:Q", format="+.1f", title=t("chart.gap", language)),
        ],
    ).properties(name="scores")


# --------------------------------------------------------------------------- ideas


def impact_effort_chart(ranking: pd.DataFrame, language: str = "en") -> alt.LayerChart:
    """Impact (y) against effort (x) of each idea (`derived.idea_ranking`), sized by votes.

    Quadrant lines at 3 name the classic choices: quick wins top left, big bets top right,
    fill-ins bottom left, money pits bottom right. Ideas without an impact or effort estimate
    cannot be placed; the subtitle says how many are missing so nothing vanishes silently.
    """
    data = _ideas(ranking, language)
    placed = data[data["impact"].notna() & data["effort"].notna()].copy()
    placed["ex"] = placed["effort"]
    placed["iy"] = placed["impact"] + _spread(placed[["effort", "impact"]], 0.26, 0.44)
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
    return _finish(chart, language, "chart.title.impact_effort", notes)


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
                t(f"chart.quadrant.{name}", language)
                for name in ("quick_wins", "big_bets", "fill_ins", "money_pits")
            ],
        }
    )
    names = [
        alt.Chart(corners[corners["align"] == side])
        .mark_text(align=side, baseline="middle", fontSize=15, fontWeight="bold", color="#8a8a8a")
        .encode(x=alt.X("x:Q"), y=alt.Y("y:Q"), text=alt.Text("label:N"))
        for side in ("left", "right")
    ]
    return [
        lines.mark_rule(**rule).encode(x=alt.X("at:Q")).properties(name="quadrant_x"),
        lines.mark_rule(**rule).encode(y=alt.Y("at:Q")).properties(name="quadrant_y"),
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
            legend=alt.Legend(format="d", values=_count_ticks(placed["votes"].max())),
        ),
        color=_status_color(language),
        tooltip=_idea_tooltip(language),
    )
    text = {"align": "left", "dx": 19, "fontSize": 12}
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
    """Dot votes per idea (`derived.idea_ranking`) as bars in rank order, coloured by status."""
    data = _ideas(ranking, language).sort_values("rank", kind="stable")
    y = alt.Y("label:N", sort=data["label"].tolist(), title=None, axis=alt.Axis(labelLimit=320))
    room = alt.Scale(domain=[0, max(1.0, float(data["votes"].max() or 0)) * 1.12], nice=False)
    axis = alt.Axis(tickMinStep=1, format="d")
    x = alt.X("votes:Q", scale=room, axis=axis, title=t("chart.votes", language))
    base = alt.Chart(data)
    bars = base.mark_bar(cornerRadiusEnd=3, height={"band": 0.7}).encode(
        x=x, y=y, color=_status_color(language), tooltip=_idea_tooltip(language)
    )
    counts = base.mark_text(align="left", dx=5, fontSize=13, color="#222").encode(
        x=x, y=y, text=alt.Text("votes:Q", format="d")
    )
    chart = alt.layer(bars.properties(name="bars"), counts.properties(name="counts"))
    chart = chart.properties(width=420, height=max(120, 34 * len(data)))
    notes = [] if len(data) else [t("chart.no_ideas", language)]
    return _finish(chart, language, "chart.title.idea_ranking", notes)


# --------------------------------------------------------------------------- responsibility


def responsibility_heatmap(resp: pd.DataFrame, language: str = "en") -> alt.LayerChart:
    """Departments × top-level phases (`derived.responsibility`), coloured by owned steps.

    Empty (light grey) cells are the point of this view: a phase a department plays no part
    in, where hand-overs can leave the customer alone.
    """
    data = _plain(resp)
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
        legend=alt.Legend(format="d", values=_count_ticks(max(top, 2.0))),
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
    counts = base.transform_filter("datum.steps > 0").mark_text(fontSize=15, fontWeight="bold")
    counts = counts.encode(
        text=alt.Text("steps:Q", format="d"),
        color=alt.condition(dark, alt.value("white"), alt.value("#1a1a1a")),
    )
    chart = alt.layer(cells.properties(name="cells"), counts.properties(name="counts"))
    chart = chart.properties(
        width=max(240, 110 * len(phases)), height=max(80, 44 * len(departments))
    )
    note = "chart.responsibility_note" if len(data) else "chart.no_steps"
    return _finish(chart, language, "chart.title.responsibility", [t(note, language)])


# --------------------------------------------------------------------------- channels


def channel_means(
    steps: pd.DataFrame, ratings: pd.DataFrame, score: str = "emotional"
) -> pd.DataFrame:
    """Mean score per step name and channel: the input of `channel_consistency_chart`.

    ``steps`` is `derived.ordered_steps` (step_id, step_name, channel); the same step served
    on several channels is modelled as steps with the same name on different channels.
    Columns: step_name, channel (string); mean (Float64); n (Int64, ratings counted). Rows in
    journey order of each step's first appearance; unrated combinations are left out.
    """
    columns = {"step_name": "string", "channel": "string", "mean": "Float64", "n": "Int64"}
    scores = _plain(ratings[["step_id", score]]).dropna()
    joined = _plain(steps[["step_id", "step_name", "channel"]]).merge(scores, on="step_id")
    if joined.empty:
        return pd.DataFrame({c: pd.Series(dtype=d) for c, d in columns.items()})
    joined["channel"] = joined["channel"].fillna("")
    grouped = joined.groupby(["step_name", "channel"], sort=False)[score]
    out = grouped.agg(["mean", "size"]).reset_index().rename(columns={"size": "n"})
    return out.astype(columns)


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
    y = alt.Y("step_name:N", sort=order, title=None, axis=alt.Axis(labelLimit=300))
    x = _score("mean", t("chart.emotional_score", language), "x")
    span = (
        alt.Chart(spans)
        .mark_rule(strokeCap="round")
        .encode(
            x=_score("low", t("chart.emotional_score", language), "x"),
            x2=alt.X2("high:Q"),
            y=y,
            color=alt.condition("datum.differs", alt.value(DISAGREE_COLOR), alt.value("#b5b5b5")),
            strokeWidth=alt.condition("datum.differs", alt.value(5), alt.value(2)),
        )
    )
    flags = (
        alt.Chart(spans[spans["differs"]])
        .mark_text(align="left", dx=10, fontSize=13, fontWeight="bold", color=DISAGREE_COLOR)
        .encode(x=_score("high", channel="x"), y=y, text=alt.Text("delta:N"))
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
        _reference_lines(language, "x"),
        span.properties(name="spans"),
        flags.properties(name="differences"),
        dots.properties(name="channels"),
    ).properties(width=520, height=max(80, 38 * len(spans)))
    key = "chart.channel_note" if len(spans) else "chart.no_multichannel"
    notes = [t(key, language, points=_points(CHANNEL_DIFFERENCE, language))]
    return _finish(chart, language, "chart.title.channels", notes)


def _points(value: float, language: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if language == "nl" else text


def _channel_data(frame: pd.DataFrame, language: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Dots (one per step and channel) and spans (one per step: lowest to highest mean).

    Only steps served on two or more channels can be compared; the others are left out.
    """
    data = _plain(frame[["step_name", "channel", "mean", "n"]])
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


# --------------------------------------------------------------------------- rendering


#: Check specs against the Vega-Lite schema before they are drawn on a page. The check costs
#: more than building the chart, so served pages skip it; the test suite turns it on, so every
#: chart any test draws is checked.
CHECK_SPECS = False


def spec_of(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """A chart's Vega-Lite spec for drawing on a page (see CHECK_SPECS)."""
    return chart.to_dict(validate=CHECK_SPECS)


def to_svg(chart: alt.TopLevelMixin) -> str:
    """Render a chart to SVG text offline."""
    return spec_to_svg(spec_of(chart))


def spec_to_svg(spec: dict) -> str:
    """Render a Vega-Lite spec (a chart's `to_dict()`) to SVG text offline; for callers that
    already hold the spec, since building it again costs as much as the render."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(spec, vl_version=_vegalite_version(vlc))


def to_png(chart: alt.TopLevelMixin, scale: float = 2) -> bytes:
    """Render a chart to PNG bytes offline; scale 2 stays sharp on a projector or in a report."""
    import vl_convert as vlc

    return vlc.vegalite_to_png(chart.to_dict(), vl_version=_vegalite_version(vlc), scale=scale)


def to_pdf(chart: alt.TopLevelMixin) -> bytes:
    """Render a chart to a one-page vector PDF offline."""
    import vl_convert as vlc

    return vlc.vegalite_to_pdf(chart.to_dict(), vl_version=_vegalite_version(vlc))


def _vegalite_version(vlc: object) -> str:
    """Altair's Vega-Lite version as vl-convert names it ('6.4'), or its newest one."""
    wanted = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    known = vlc.get_vegalite_versions()  # type: ignore[attr-defined]
    return wanted if wanted in known else known[-1]
