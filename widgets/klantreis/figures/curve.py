"""The emotion curve: every step's ratings in journey order, and the gap between what works
and what is felt.

Scores use the Dutch school grade (1-10): 5.5 is a pass, and the method aims for "9+"
experiences."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .journey import ordered_steps
from .typed import BOOL, FLOAT, INT, STR, typed_arrays, typed_frame

#: A mean below this grade is a fail ("onvoldoende") on the Dutch 1-10 scale.
PASS_LINE: float = 5.5

#: The method aims for "9+" experiences; a mean at or above this reaches the aim.
AIM_LINE: float = 9.0

#: Sample standard deviation at or above which participants clearly disagree on a step.
DISAGREEMENT_STD: float = 2.0

#: Tolerance for threshold comparisons, so that e.g. 20/3 - 14/3 counts as a drop of 2.0.
_EPS = 1e-9

SCORES = ("emotional", "functional")

EMOTION_CURVE_COLUMNS: dict[str, str] = {
    "step_id": STR,
    "step_name": STR,
    "phase_id": STR,
    "phase_name": STR,
    "top_phase_name": STR,
    "kind": STR,
    "order": INT,
    "n": INT,
    "mean": FLOAT,
    "median": FLOAT,
    "min": FLOAT,
    "max": FLOAT,
    "std": FLOAT,
    "disagreement": BOOL,
    "below_pass": BOOL,
    "aim_reached": BOOL,
}

SCORE_GAP_COLUMNS: dict[str, str] = {
    "step_id": STR,
    "step_name": STR,
    "phase_name": STR,
    "order": INT,
    "n": INT,
    "functional_mean": FLOAT,
    "emotional_mean": FLOAT,
    "gap": FLOAT,
}

_STATS = ("n", "mean", "median", "min", "max", "std")

def _step_stats(ratings: pd.DataFrame, score: str, step_ids: pd.Series) -> pd.DataFrame:
    """n, mean, median, min, max and sample std (ddof=1, NA for n < 2) of one kind of score,
    one row per id in `step_ids` (n = 0 for steps nobody rated).

    Vectorised: the live curve recomputes this after every rating of a big workshop.
    """
    index = pd.Index(step_ids.astype(object), name="step_id")
    if ratings.empty or score not in ratings.columns or "step_id" not in ratings.columns:
        stats = pd.DataFrame(index=index, columns=list(_STATS), dtype="float64")
    else:
        values = pd.DataFrame({
            "step_id": ratings["step_id"].astype(object),
            "value": pd.to_numeric(ratings[score], errors="coerce").astype("float64"),
        }).dropna()
        stats = (
            values.groupby("step_id", sort=False)["value"]
            .agg(["size", "mean", "median", "min", "max", "std"])
            .rename(columns={"size": "n"})
            .reindex(index)
        )
    stats["n"] = stats["n"].fillna(0)
    return stats

def _rating_counts(ratings: pd.DataFrame, step_ids: pd.Series) -> pd.Series:
    """Number of rating rows per step (whatever their scores), 0 for unrated steps."""
    index = pd.Index(step_ids.astype(object))
    if ratings.empty:
        return pd.Series(0, index=index)
    return ratings["step_id"].astype(object).value_counts().reindex(index, fill_value=0)

def emotion_curve(
    phases: pd.DataFrame,
    steps: pd.DataFrame,
    ratings: pd.DataFrame,
    score: str = "emotional",
    journey_id: str | None = None,
    ordered: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Per-step rating statistics in journey order: the customer journey's emotion curve.

    Every step is included, also unrated ones (n = 0, statistics NA), so the curve shows
    where data is missing instead of hiding it. ``n`` counts non-missing scores.

    Columns: step_id, step_name, phase_id, phase_name, top_phase_name, kind (string);
    order, n (Int64); mean, median, min, max, std (Float64; std is the sample standard
    deviation, NA when n < 2); disagreement (n >= 2 and std >= DISAGREEMENT_STD),
    below_pass (mean < PASS_LINE), aim_reached (mean >= AIM_LINE) (boolean, False when
    there is no mean).

    ``score`` is "emotional" (default) or "functional"; anything else raises ValueError.
    ``ordered`` is `ordered_steps(phases, steps, journey_id)` when the caller already has it
    (a live view whose structure did not change since).
    """
    if score not in SCORES:
        raise ValueError(f"score must be one of {SCORES}, got {score!r}")
    if ordered is None:
        ordered = ordered_steps(phases, steps, journey_id)
    if ordered.empty:
        return typed_frame(None, EMOTION_CURVE_COLUMNS)
    stats = _step_stats(ratings, score, ordered["step_id"])
    mean, std = stats["mean"].to_numpy(), stats["std"].to_numpy()
    data: dict[str, Any] = {
        col: ordered[col].to_numpy(dtype=object)
        for col in ("step_id", "step_name", "phase_id", "phase_name", "top_phase_name", "kind",
                    "order")
    }
    data.update({col: stats[col].to_numpy() for col in _STATS})
    with np.errstate(invalid="ignore"):
        data["disagreement"] = np.nan_to_num(std, nan=-1.0) >= DISAGREEMENT_STD - _EPS
        data["below_pass"] = np.nan_to_num(mean, nan=np.inf) < PASS_LINE
        data["aim_reached"] = np.nan_to_num(mean, nan=-np.inf) >= AIM_LINE - _EPS
    return typed_arrays(data, EMOTION_CURVE_COLUMNS)

def score_gap(
    phases: pd.DataFrame,
    steps: pd.DataFrame,
    ratings: pd.DataFrame,
    journey_id: str | None = None,
) -> pd.DataFrame:
    """Emotional minus functional mean per step, in journey order.

    A step can work fine (high functional score) and still feel bad; a negative gap points
    at where the experience, not the process, needs work.

    Columns: step_id, step_name, phase_name (string); order, n (Int64; n = number of rating
    rows for the step); functional_mean, emotional_mean, gap (Float64; gap =
    emotional_mean - functional_mean, NA if either mean is NA). Means ignore missing scores.
    """
    ordered = ordered_steps(phases, steps, journey_id)
    if ordered.empty:
        return typed_frame(None, SCORE_GAP_COLUMNS)
    functional = _step_stats(ratings, "functional", ordered["step_id"])["mean"].to_numpy()
    emotional = _step_stats(ratings, "emotional", ordered["step_id"])["mean"].to_numpy()
    data: dict[str, Any] = {
        col: ordered[col].to_numpy(dtype=object)
        for col in ("step_id", "step_name", "phase_name", "order")
    }
    data["n"] = _rating_counts(ratings, ordered["step_id"]).to_numpy()
    data.update(functional_mean=functional, emotional_mean=emotional, gap=emotional - functional)
    return typed_arrays(data, SCORE_GAP_COLUMNS)
