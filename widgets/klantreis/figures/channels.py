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

__all__ = ["channel_means", "means_per_channel", "shared_steps", "step_key"]

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
