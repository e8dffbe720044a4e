"""The same step on several channels: which steps to compare, and their mean per channel.

A team models "the same step, served on another channel" as steps with the same name on
different channels (booking by phone and booking on the website). Names typed by different
people differ in case and spacing, so steps are matched on their trimmed, case-folded name,
and shown under the name they first have in journey order; channels are matched the same
way ("Website" and "website " are one channel). Steps without a channel have nothing to
compare and are left out.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .charts import channel_means as _means_per_name

__all__ = ["channel_means", "shared_steps", "step_key"]

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
    """The steps whose name occurs on two or more channels, with one display name per step.

    ``steps`` is `derived.ordered_steps` (step_id, step_name, channel, in journey order).
    Columns: step_id, step_name and channel (string; each the first spelling in journey
    order).
    """
    frame = steps[["step_id", "step_name", "channel"]].astype("string").fillna("")
    frame = frame[frame["channel"].map(step_key) != ""]
    names, frame["step_name"] = _first_spelling(frame["step_name"])
    channel_keys, frame["channel"] = _first_spelling(frame["channel"])
    count = channel_keys.groupby(names, sort=False).transform("nunique")
    return frame[(count >= 2).to_numpy()].reset_index(drop=True).astype(SHARED_COLUMNS)


def channel_means(
    steps: pd.DataFrame, ratings: pd.DataFrame, score: str = "emotional"
) -> pd.DataFrame:
    """Mean score per shared step and channel, the input of `charts.channel_consistency_chart`.

    Columns: step_name, channel (string); mean (Float64); n (Int64, ratings counted). Only
    steps served on two or more channels; unrated combinations are left out.
    """
    return _means_per_name(shared_steps(steps), ratings, score)
