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

__all__ = [
    "DESIRED_COLUMNS", "current_beside_desired", "desired_curve", "desired_journey_id",
    "removed_steps", "target_curve", "uplift_per_step",
]

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


# -- a desired journey of its own -------------------------------------------------------------

_STAT_COLUMNS = ("n", "mean", "median", "min", "max", "std", "disagreement", "below_pass",
                 "aim_reached")


def desired_journey_id(journeys: pd.DataFrame, journey_id: str | None) -> str | None:
    """The desired journey of the same persona as `journey_id` (the first one made), or None."""
    rows = journeys.set_index("id")
    if journey_id is None or journey_id not in rows.index:
        return None
    persona = rows.loc[journey_id, "persona_id"]
    same = journeys[(journeys["persona_id"] == persona).to_numpy(dtype=bool)
                    & (journeys["variant"] == "desired").to_numpy(dtype=bool)]
    return None if same.empty else str(same["id"].iloc[0])


def current_beside_desired(desired_curve_frame: pd.DataFrame, current_curve: pd.DataFrame,
                           steps: pd.DataFrame) -> pd.DataFrame:
    """The desired journey's steps, each with today's figures of the step it changes.

    ``desired_curve_frame`` is the `emotion_curve` of the desired journey (its structure;
    nobody rates a desired step), ``current_curve`` that of the current journey, ``steps``
    the steps table (for based_on). The result has the columns of an emotion curve: a step
    the team adds has no figures (n = 0, mean NA), so the current line breaks there.
    """
    based_on = dict(zip(steps["id"], steps["based_on"], strict=True))
    origins = desired_curve_frame["step_id"].map(lambda s: _value(based_on.get(s)))
    stats = current_curve.set_index("step_id")
    out = desired_curve_frame.copy()
    for column in _STAT_COLUMNS:
        values = origins.map(lambda s, c=column: stats[c].get(s) if s is not None else None)
        out[column] = pd.array(values.tolist(), dtype=desired_curve_frame[column].dtype)
    out["n"] = out["n"].fillna(0)
    return out


def target_curve(desired_curve_frame: pd.DataFrame, steps: pd.DataFrame) -> pd.DataFrame:
    """The scores the team aims for, step by step of the desired journey (DESIRED_COLUMNS;
    uplift: target minus today's mean where both are known, else 0). Steps without a
    target are left out."""
    targets = dict(zip(steps["id"], steps["target"], strict=True))
    frame = desired_curve_frame[["step_id", "order", "mean"]].copy()
    frame["target"] = frame["step_id"].map(lambda s: _value(targets.get(s)))
    frame = frame[frame["target"].notna()]
    uplift = [float(t) - float(m) if _value(m) is not None else 0.0
              for t, m in zip(frame["target"], frame["mean"], strict=True)]
    return pd.DataFrame({
        "step_id": pd.Series(frame["step_id"].tolist(), dtype=DESIRED_COLUMNS["step_id"]),
        "order": pd.Series(frame["order"].tolist(), dtype=DESIRED_COLUMNS["order"]),
        "mean": pd.Series([float(t) for t in frame["target"]], dtype=DESIRED_COLUMNS["mean"]),
        "uplift": pd.Series(uplift, dtype=DESIRED_COLUMNS["uplift"]),
    }, columns=list(DESIRED_COLUMNS))


def removed_steps(current_steps: pd.DataFrame, desired_steps: pd.DataFrame,
                  steps: pd.DataFrame) -> list[str]:
    """Names of the current journey's steps (`ordered_steps`) that no desired step is based
    on: what the desired journey does away with, in journey order."""
    desired_ids = set(desired_steps["step_id"])
    kept = {_value(b) for i, b in zip(steps["id"], steps["based_on"], strict=True)
            if i in desired_ids}
    return [str(name) for step_id, name in zip(current_steps["step_id"],
                                               current_steps["step_name"], strict=True)
            if step_id not in kept]
