"""Two versions of a journey side by side: both emotion curves, the steps added and removed,
and how each step's score moved.

Pure functions of two snapshots (`core.versions.Snapshot`: a saved version, or the journey as
it is now). Steps are matched by id: a step that was renamed or moved keeps its id and stays
the same step; a step deleted and made again is a new one. Each curve is the ordinary
`emotion_curve` of its own snapshot, so a version's curve is the curve the team saw then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..core.versions import Snapshot
from .curve import emotion_curve
from .typed import BOOL, FLOAT, INT, STR, column_values, typed_frame

__all__ = ["COMPARED_COLUMNS", "VersionComparison", "compare_curves", "compare_versions",
           "shared_order", "snapshot_curve"]

COMPARED_COLUMNS: dict[str, str] = {
    "step_id": STR,
    "step_name": STR,
    "phase_name": STR,
    "top_phase_name": STR,
    "order": INT,
    "in_then": BOOL,
    "in_now": BOOL,
    "then_n": INT,
    "then_mean": FLOAT,
    "now_n": INT,
    "now_mean": FLOAT,
    "change": FLOAT,
}

_DESCRIBED = ("step_name", "phase_name", "top_phase_name")


@dataclass(frozen=True)
class VersionComparison:
    """An earlier and a later journey: their curves (`emotion_curve`) and every step of
    either, on one shared order (`compare_curves`)."""

    then: pd.DataFrame
    now: pd.DataFrame
    steps: pd.DataFrame

    @property
    def added(self) -> pd.DataFrame:
        """Steps the later journey has and the earlier one had not."""
        return self._where(~self.steps["in_then"] & self.steps["in_now"])

    @property
    def removed(self) -> pd.DataFrame:
        """Steps the earlier journey had and the later one has not."""
        return self._where(self.steps["in_then"] & ~self.steps["in_now"])

    @property
    def moved(self) -> pd.DataFrame:
        """Steps in both, with their mean then, their mean now and the change (NA where either
        has no rating)."""
        return self._where(self.steps["in_then"] & self.steps["in_now"])

    def _where(self, mask: pd.Series) -> pd.DataFrame:
        return self.steps[mask.to_numpy(dtype=bool)].reset_index(drop=True)


def snapshot_curve(snapshot: Snapshot, score: str = "emotional") -> pd.DataFrame:
    """The emotion curve of one snapshot's journey."""
    frames = snapshot.frames
    return emotion_curve(frames["phases"], frames["steps"], frames["ratings"], score,
                         journey_id=snapshot.journey_id)


def compare_versions(then: Snapshot, now: Snapshot, score: str = "emotional"
                     ) -> VersionComparison:
    """The earlier snapshot `then` against the later `now` (a version or the journey now)."""
    before, after = snapshot_curve(then, score), snapshot_curve(now, score)
    return VersionComparison(before, after, compare_curves(before, after))


def compare_curves(then: pd.DataFrame, now: pd.DataFrame) -> pd.DataFrame:
    """Every step of two curves (`emotion_curve`) on one order: the later journey's, with
    each removed step placed after the step it followed then, so both curves can be drawn on
    one axis. Per step: whether it is in each, its number of ratings and mean in each, and
    the change (mean now minus mean then; NA unless both have a mean).

    Names and phases are the later journey's, or the earlier one's for a removed step.
    """
    old, new = _by_step(then), _by_step(now)
    rows: dict[str, list[Any]] = {name: [] for name in COMPARED_COLUMNS}
    for order, step in enumerate(shared_order(list(old), list(new))):
        before, after = old.get(step), new.get(step)
        shown = after or before or {}
        values = {"step_id": step, "order": order, **{c: shown[c] for c in _DESCRIBED},
                  "in_then": before is not None, "in_now": after is not None,
                  "then_n": _n(before), "then_mean": _mean(before),
                  "now_n": _n(after), "now_mean": _mean(after)}
        both = values["then_mean"] is not None and values["now_mean"] is not None
        values["change"] = values["now_mean"] - values["then_mean"] if both else None
        for name, value in values.items():
            rows[name].append(value)
    return typed_frame(rows, COMPARED_COLUMNS)


def shared_order(then_ids: list[str], now_ids: list[str]) -> list[str]:
    """The later order with the steps only the earlier one has put back where they were:
    each right after the step that came before it then (at the start if none did)."""
    order = list(now_ids)
    at = -1
    for step in then_ids:
        if step in order:
            at = order.index(step)
        else:
            at += 1
            order.insert(at, step)
    return order


def _by_step(curve: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """A curve's rows by step id, in curve order, with plain values (None for missing)."""
    ordered = curve.sort_values("order", kind="stable")
    columns = ["step_id", *_DESCRIBED, "n", "mean"]
    return {str(row["step_id"]): row for row in
            (dict(zip(columns, values, strict=True))
             for values in zip(*(column_values(ordered, c) for c in columns), strict=True))}


def _n(row: dict[str, Any] | None) -> int:
    return 0 if row is None or row["n"] is None else int(row["n"])


def _mean(row: dict[str, Any] | None) -> float | None:
    return None if row is None or row["mean"] is None else float(row["mean"])
