"""The desired ("to be") journey: the curve the team's chosen ideas aim for.

A pure function of the workshop's frames, so the improvement panel, exports and tests all
compute it the same way. Each selected idea says how many points it should add to the
emotional score of the steps it targets; the desired mean of a step is its current mean plus
the expected effects of every chosen idea aimed at it, kept on the 1-10 scale.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from ..core.tables import SCORE_RANGE

__all__ = ["DESIRED_COLUMNS", "desired_curve", "uplift_per_step"]

DESIRED_COLUMNS: dict[str, str] = {
    "step_id": "string",
    "order": "Int64",
    "mean": "Float64",
    "uplift": "Float64",
}


def uplift_per_step(
    ideas: pd.DataFrame,
    idea_steps: pd.DataFrame,
    statuses: Iterable[str] = ("selected", "done"),
) -> dict[str, float]:
    """Sum of the expected effects of the ideas with one of `statuses`, per targeted step.

    An idea without an expected effect adds nothing; an idea aimed at several steps adds its
    whole effect to each of them (it is meant to lift each step it touches).
    """
    wanted = set(statuses)
    effects: dict[str, float] = {}
    for idea_id, status, effect in zip(
        ideas["id"], ideas["status"], ideas["expected_effect"], strict=True
    ):
        if _value(status) in wanted and _value(effect) is not None:
            effects[str(idea_id)] = float(effect)
    uplift: dict[str, float] = {}
    for idea_id, step_id in zip(idea_steps["idea_id"], idea_steps["step_id"], strict=True):
        effect = effects.get(str(idea_id))
        if effect is not None and _value(step_id) is not None:
            uplift[str(step_id)] = uplift.get(str(step_id), 0.0) + effect
    return uplift


def desired_curve(
    curve: pd.DataFrame,
    ideas: pd.DataFrame,
    idea_steps: pd.DataFrame,
    statuses: Iterable[str] = ("selected", "done"),
) -> pd.DataFrame:
    """The desired curve beside `curve` (`emotion_curve`), one row per step.

    Columns: step_id (string), order (Int64), mean (Float64: current mean + uplift, capped to
    1..10; NA where the step has no rating yet, since there is nothing to lift), uplift
    (Float64: the summed expected effect before capping, 0 where no chosen idea aims).
    Rows in curve order; the input frames are not changed.
    """
    uplift = uplift_per_step(ideas, idea_steps, statuses)
    low, high = SCORE_RANGE
    ordered = curve.sort_values("order", kind="stable")
    rows: dict[str, list[Any]] = {name: [] for name in DESIRED_COLUMNS}
    for step_id, order, mean in zip(
        ordered["step_id"], ordered["order"], ordered["mean"], strict=True
    ):
        lift = uplift.get(str(step_id), 0.0)
        current = _value(mean)
        rows["step_id"].append(step_id)
        rows["order"].append(order)
        rows["mean"].append(
            pd.NA if current is None else min(max(float(current) + lift, low), high)
        )
        rows["uplift"].append(lift)
    return pd.DataFrame(
        {name: pd.Series(values, dtype=DESIRED_COLUMNS[name]) for name, values in rows.items()},
        columns=list(DESIRED_COLUMNS),
    )


def _value(value: Any) -> Any:
    """None for any missing marker (pd.NA, NaN, None), else the value."""
    return None if value is None or pd.isna(value) else value
