"""Where improvement starts: the steps below the pass line, the confirmed moments of truth and,
from the customers' kept results, where they disagree with the team or score lowest."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..i18n import is_missing as missing
from ..i18n import text


def pain_points(curve: pd.DataFrame, at_least: int = 3) -> list[tuple[str, str, float, str]]:
    """(step_id, name, mean, why) of the steps below the pass line, worst first, topped up
    with the next-lowest rated steps to `at_least`, so a good journey still shows where to
    start."""
    rated = curve[curve["mean"].notna().to_numpy(dtype=bool)]
    rated = rated.sort_values(["mean", "order"], kind="stable")
    points: list[tuple[str, str, float, str]] = []
    for step_id, name, mean, below in zip(
        rated["step_id"], rated["step_name"], rated["mean"], rated["below_pass"], strict=True
    ):
        if not below and len(points) >= at_least:
            break
        why = "improvement.below_pass" if below else "improvement.lowest"
        points.append((str(step_id), text(name), float(mean), why))
    return points


def confirmed_moments(moments: pd.DataFrame, curve: pd.DataFrame) -> list[dict[str, Any]]:
    """The confirmed moments of truth on the journey's steps, in journey order."""
    steps = curve.set_index("step_id")
    found = [
        {"step_id": step_id, "polarity": polarity, "reason": text(reason)}
        for step_id, polarity, reason, status in zip(
            moments["step_id"], moments["polarity"], moments["reason"], moments["status"],
            strict=True,
        )
        if status == "confirmed" and step_id in steps.index
    ]
    for moment in found:
        row = steps.loc[moment["step_id"]]
        mean = None if missing(row["mean"]) else float(row["mean"])
        moment.update(name=text(row["step_name"]), mean=mean, order=int(row["order"]))
    return sorted(found, key=lambda m: m["order"])


def customer_points(belief: pd.DataFrame, each: int = 3) -> list[dict[str, Any]]:
    """From `belief_vs_data`: the steps where team and customers disagree most (a point or
    more, beyond the customers' interval), then those customers score lowest, `each` of
    both, without repeats; every point says why."""
    rows = [r for r in belief.to_dict("records") if not missing(r["customers"])]
    disagree = [r for r in rows if bool(r["disagree"])][:each]
    lowest = sorted(rows, key=lambda r: (float(r["customers"]), int(r["order"])))[:each]
    points: dict[str, dict[str, Any]] = {}
    for row in disagree:
        points[row["step_id"]] = {**row, "why": "improvement.customers_disagree"}
    for row in lowest:
        points.setdefault(row["step_id"], {**row, "why": "improvement.customers_lowest"})
    return list(points.values())
