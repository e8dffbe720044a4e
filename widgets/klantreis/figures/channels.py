"""One moment on several channels: which steps to compare, and their mean per channel.

A team marks "the same moment, lived on another channel" explicitly: steps with the same
`same_moment` label (arranging delivery in the shop and at the web shop's checkout), whatever
each step is called. Labels typed by different people differ in case and spacing, so steps
are matched on the trimmed, case-folded label and shown under the label's first spelling in
journey order; channels are matched the same way ("Website" and "website " are one channel).
Steps without a label or a channel have nothing to compare and are left out.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .typed import plain_columns

__all__ = ["channel_means", "experience_per_phase", "means_per_channel", "shared_steps",
           "step_key"]

SHARED_COLUMNS: dict[str, str] = {"step_id": "string", "step_name": "string",
                                  "channel": "string"}


def step_key(name: Any) -> str:
    """What two names must share to count as the same step (or channel): case and spacing
    ignored."""
    return "" if name is None or name is pd.NA else " ".join(str(name).split()).casefold()


def _first_spelling(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Each value's key, and the first (trimmed) spelling of that key, row by row."""
    keys = values.map(step_key)
    return keys, values.str.strip().groupby(keys, sort=False).transform("first")


def shared_steps(steps: pd.DataFrame) -> pd.DataFrame:
    """The steps whose moment is lived on two or more channels, under the moment's label.

    ``steps`` is `ordered_steps` with each step's same_moment label (step_id, step_name,
    channel, same_moment, in journey order). Columns: step_id, step_name (the moment's
    label) and channel (string; each the first spelling in journey order).
    """
    frame = steps[["step_id", "same_moment", "channel"]].astype("string").fillna("")
    frame = frame.rename(columns={"same_moment": "step_name"})
    frame = frame[(frame["channel"].map(step_key) != "")
                  & (frame["step_name"].map(step_key) != "")]
    names, frame["step_name"] = _first_spelling(frame["step_name"])
    channel_keys, frame["channel"] = _first_spelling(frame["channel"])
    count = channel_keys.groupby(names, sort=False).transform("nunique")
    return frame[(count >= 2).to_numpy()].reset_index(drop=True).astype(SHARED_COLUMNS)


def channel_means(
    steps: pd.DataFrame, ratings: pd.DataFrame, score: str = "emotional"
) -> pd.DataFrame:
    """Mean score per shared moment and channel, the input of the channel consistency chart.

    ``steps`` as for `shared_steps`. Columns: step_name (the moment's label), channel
    (string); mean (Float64); n (Int64, ratings counted). Only moments lived on two or more
    channels; unrated combinations are left out.
    """
    return means_per_channel(shared_steps(steps), ratings, score)


def means_per_channel(
    steps: pd.DataFrame, ratings: pd.DataFrame, score: str = "emotional"
) -> pd.DataFrame:
    """Mean score per step name and channel: the input of `channel_consistency_chart`.

    ``steps`` has step_id, step_name and channel (`shared_steps`: the moment's label as
    step_name, so one moment's channels are grouped together).
    Columns: step_name, channel (string); mean (Float64); n (Int64, ratings counted). Rows in
    journey order of each step's first appearance; unrated combinations are left out.
    """
    columns = {"step_name": "string", "channel": "string", "mean": "Float64", "n": "Int64"}
    scores = plain_columns(ratings[["step_id", score]]).dropna()
    joined = plain_columns(steps[["step_id", "step_name", "channel"]]).merge(scores, on="step_id")
    if joined.empty:
        return pd.DataFrame({c: pd.Series(dtype=d) for c, d in columns.items()})
    joined["channel"] = joined["channel"].fillna("")
    grouped = joined.groupby(["step_name", "channel"], sort=False)[score]
    out = grouped.agg(["mean", "size"]).reset_index().rename(columns={"size": "n"})
    return out.astype(columns)


EXPERIENCE_COLUMNS: dict[str, str] = {"top_phase_name": "string", "dimension": "string",
                                      "value": "string", "steps": "Int64", "n": "Int64",
                                      "mean": "Float64"}


def experience_per_phase(steps: pd.DataFrame, details: pd.DataFrame,
                         ratings: pd.DataFrame, score: str = "emotional") -> pd.DataFrame:
    """How the touchpoints of each top-level phase feel online against offline, and by the
    device they are used on: the method asks to look at mobile first.

    ``steps`` is `ordered_steps` (step_id, top_phase_name, in journey order), ``details`` the
    steps table (id, kind, online, device), ``ratings`` the ratings table. One row per phase,
    dimension ("online": value "online" or "offline"; "device": "phone", "computer" or
    "in_person", touchpoints marked "any" left out) and value, in journey order: the
    touchpoints counted, the ratings counted (n) and their mean. Non-touchpoints have no
    channel and are left out; groups nobody rated have mean NA.
    """
    info = plain_columns(details[["id", "kind", "online", "device"]]).rename(
        columns={"id": "step_id"})
    frame = plain_columns(steps[["step_id", "top_phase_name"]]).merge(info, on="step_id")
    frame = frame[frame["kind"] == "touchpoint"].copy()
    frame["online"] = frame["online"].map(lambda v: "online" if v is True else "offline")
    scores = plain_columns(ratings[["step_id", score]]).dropna()
    rows = []
    for dimension in ("online", "device"):
        groups = frame if dimension == "online" else frame[frame["device"] != "any"]
        for (phase, value), group in groups.groupby(["top_phase_name", dimension], sort=False):
            given = scores[scores["step_id"].isin(group["step_id"])][score]
            rows.append({"top_phase_name": phase, "dimension": dimension, "value": value,
                         "steps": len(group), "n": len(given),
                         "mean": float(given.mean()) if len(given) else None})
    phases = {phase: i for i, phase in enumerate(dict.fromkeys(steps["top_phase_name"]))}
    rows.sort(key=lambda row: (phases[row["top_phase_name"]], row["dimension"] != "online"))
    return pd.DataFrame(rows, columns=list(EXPERIENCE_COLUMNS)).astype(EXPERIENCE_COLUMNS)
