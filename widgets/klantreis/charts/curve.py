"""The emotion curve as the team discusses it on the wall, and its fast spec for live pages."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from ..figures.typed import plain_columns
from ..i18n import code_label, t, value_label
from .render import spec_of
from .theme import (
    CURVE_COLOR,
    DESIRED_COLOR,
    DISAGREE_COLOR,
    INDIVIDUAL_COLOR,
    MOMENT_COLOR,
    PROPOSED_COLOR,
    REFERENCE_ROOM,
    band_data,
    cut,
    fan_out,
    finish,
    phase_bands,
    reference_lines,
    score_encoding,
    series_color,
    step_axis,
    step_tooltip,
    step_width,
)


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

    ``curve`` is `emotion_curve`. Drawn back to front: a light band per top-level
    phase, the 9+ and pass lines, the spread (lowest to highest rating) per step, each
    participant's rating (``individual``: rows with step_id and emotional, e.g. the ratings
    table), the ``desired`` curve (step_id, order, mean; dashed), the mean line with points
    (orange where participants disagree) and moment-of-truth markers (``moments``: the
    moments table or `moment_candidates`; ▲ positive, ▼ negative, solid when
    confirmed, light when proposed, dismissed ones left out). Unrated steps get no point and
    break the line, so missing data shows as a gap instead of a made-up slope.
    """
    frames = _curve_frames(curve, language, moments, individual, desired, width)
    return _curve_chart(frames, language, width, height)


def _curve_chart(
    frames: dict[str, pd.DataFrame], language: str, width: int | None, height: int
) -> alt.LayerChart:
    data = frames["mean_line"]
    width = step_width(len(data), width)
    x = step_axis(data["x"].astype(int), data["step_name"], language)
    color = _series_scale(language, with_desired="desired" in frames)
    layers: list[alt.TopLevelMixin] = [*phase_bands(frames["phase_bands"], language)]
    layers += [reference_lines(language), _spread_rule(frames["spread"], x, language)]
    if "individual" in frames:
        layers.append(_individual_points(frames["individual"], x, language))
    if "desired" in frames:
        layers.append(_desired_line(frames["desired"], x, color, language))
    layers += _mean_layers(data, frames["mean"], x, color, language)
    if "moments" in frames:
        layers.append(_moment_markers(frames["moments"], x, language))
    chart = alt.layer(*layers).properties(width=width, height=height)
    notes = _curve_notes(data, language, "individual" in frames)
    return finish(chart, language, "chart.title.emotion_curve", notes, REFERENCE_ROOM)


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
    step_px = step_width(len(data), width) / max(len(data), 1)
    bands = band_data(data, step_px)
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


def emotion_curve_spec(curve: pd.DataFrame, language: str = "en", *,
                       moments: pd.DataFrame | None = None,
                       individual: pd.DataFrame | None = None,
                       desired: pd.DataFrame | None = None, width: int | None = None,
                       height: int = 340) -> dict[str, Any]:
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
    """A layer's frame (plain columns, see `plain_columns`) as Vega-Lite values, NaN as null: what
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
    data = plain_columns(curve).sort_values("order", kind="stable").reset_index(drop=True)
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


def _spread_rule(rated: pd.DataFrame, x: alt.X, language: str) -> alt.Chart:
    rule = alt.Chart(rated).mark_rule(
        strokeWidth=12, opacity=0.22, color=CURVE_COLOR, strokeCap="round"
    )
    return rule.encode(
        x=x,
        y=score_encoding("min", t("chart.emotional_score", language)),
        y2=alt.Y2("max:Q", title=t("chart.highest", language)),
        tooltip=[
            *step_tooltip(language),
            alt.Tooltip("min:Q", title=t("chart.lowest", language)),
            alt.Tooltip("max:Q", title=t("chart.highest", language)),
        ],
    ).properties(name="spread")


def _individual_data(individual: pd.DataFrame, data: pd.DataFrame) -> pd.DataFrame:
    """Each participant's score, fanned out sideways where several gave the same score."""
    ratings = plain_columns(individual[["step_id", "emotional"]]).dropna()
    dots = ratings.merge(data[["step_id", "x"]], on="step_id", how="inner")
    dots["x"] = dots["x"] + fan_out(dots[["step_id", "emotional"]], 0.09, 0.32)
    return dots


def _individual_points(dots: pd.DataFrame, x: alt.X, language: str) -> alt.Chart:
    chart = alt.Chart(dots).mark_circle(size=30, color=INDIVIDUAL_COLOR, opacity=0.7)
    y = score_encoding("emotional", t("chart.emotional_score", language))
    return chart.encode(x=x, y=y).properties(name="individual")


def _desired_data(desired: pd.DataFrame, language: str) -> pd.DataFrame:
    data = plain_columns(desired[["step_id", "order", "mean"]]).sort_values("order", kind="stable")
    data["x"] = data["order"].astype("float64")
    data["series"] = t("chart.desired", language)
    return data


def _desired_line(data: pd.DataFrame, x: alt.X, color: alt.Scale, language: str) -> alt.Chart:
    line = alt.Chart(data).mark_line(
        strokeDash=[8, 5], strokeWidth=3, point=True, invalid="break-paths-show-domains"
    )
    return line.encode(
        x=x,
        y=score_encoding("mean", t("chart.emotional_score", language)),
        color=series_color(color, language),
        tooltip=[alt.Tooltip("mean:Q", format=".1f", title=t("chart.desired", language))],
    ).properties(name="desired")


def _mean_layers(
    data: pd.DataFrame, rated: pd.DataFrame, x: alt.X, color: alt.Scale, language: str
) -> list[alt.Chart]:
    """The mean line (broken at unrated steps) and its points, orange where people disagree."""
    y = score_encoding("mean", t("chart.emotional_score", language))
    line = alt.Chart(data).mark_line(
        color=CURVE_COLOR, strokeWidth=3, invalid="break-paths-show-domains"
    )
    points = alt.Chart(rated).mark_point(
        filled=True, size=110, opacity=1, stroke="white", strokeWidth=1
    )
    points = points.encode(
        x=x,
        y=y,
        color=series_color(color, language),
        tooltip=[
            *step_tooltip(language),
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
        y=score_encoding("y", t("chart.emotional_score", language)),
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
    for rec in plain_columns(moments).to_dict("records"):
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
    return cut(code_label("chart.reason", reason, language), 120)
