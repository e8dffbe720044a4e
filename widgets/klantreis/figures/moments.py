"""Moments of truth: the kit's proposals from the curve, and the team's decisions on them.

The kit proposes (extreme scores, steep drops, the peak and the end: people remember the peak
and the end most); the team confirms or dismisses. A proposal is one (step, polarity) with
all its reasons; once the team decided on it, it is not proposed again."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import text
from .curve import PASS_LINE
from .typed import FLOAT, INT, STR, plain, typed_frame

#: A mean at or below this is a clearly negative moment worth discussing.
LOW_SCORE: float = 4.0


#: A mean at or above this is a clearly positive moment worth keeping.
HIGH_SCORE: float = 9.0


#: A fall of at least this many points from the previous rated step is a steep drop.
STEEP_DROP: float = 2.0


#: Tolerance for threshold comparisons, so that e.g. 20/3 - 14/3 counts as a drop of 2.0.
_EPS = 1e-9


REASONS = ("low", "drop", "high", "peak", "end")


MOMENT_COLUMNS: dict[str, str] = {
    "step_id": STR,
    "step_name": STR,
    "order": INT,
    "mean": FLOAT,
    "reason": STR,
    "polarity": STR,
    "drop": FLOAT,
}


DECIDED = ("confirmed", "dismissed")


def moment_candidates(curve: pd.DataFrame) -> pd.DataFrame:
    """Propose moments of truth from an emotion curve, for the group to confirm or reject.

    Only rated steps (n > 0 with a mean) are considered, in curve order. One row per
    (step, reason): "low" (mean <= LOW_SCORE), "drop" (mean fell by >= STEEP_DROP compared
    with the previous rated step), "high" (mean >= HIGH_SCORE), "peak" (highest mean, first
    on ties) and "end" (last rated step; people remember peaks and endings).

    Columns: step_id, step_name (string); order (Int64); mean (Float64); reason (string);
    polarity (string, "negative" for low/drop, "positive" for high/peak, and for end
    "positive" if mean >= PASS_LINE else "negative"); drop (Float64, size of the fall for
    "drop", NA otherwise). Sorted by order, then reason in the order low, drop, high, peak, end.
    """
    if curve.empty:
        return typed_frame(None, MOMENT_COLUMNS)
    rated = [
        rec
        for rec in curve.sort_values("order", kind="stable").to_dict("records")
        if plain(rec.get("n")) and plain(rec.get("mean")) is not None
    ]
    if not rated:
        return typed_frame(None, MOMENT_COLUMNS)

    means = [float(rec["mean"]) for rec in rated]
    peak = int(np.argmax(means))
    found: list[tuple[int, str, str, float | None]] = []  # (index in rated, reason, pol, drop)
    for i, mean in enumerate(means):
        if mean <= LOW_SCORE + _EPS:
            found.append((i, "low", "negative", None))
        if i > 0 and means[i - 1] - mean >= STEEP_DROP - _EPS:
            found.append((i, "drop", "negative", means[i - 1] - mean))
        if mean >= HIGH_SCORE - _EPS:
            found.append((i, "high", "positive", None))
        if i == peak:
            found.append((i, "peak", "positive", None))
        if i == len(rated) - 1:
            polarity = "positive" if mean >= PASS_LINE else "negative"
            found.append((i, "end", polarity, None))

    rows: dict[str, list[Any]] = {c: [] for c in MOMENT_COLUMNS}
    for i, reason, polarity, drop in found:  # already in (order, REASONS) order
        rec = rated[i]
        rows["step_id"].append(rec.get("step_id"))
        rows["step_name"].append(rec.get("step_name"))
        rows["order"].append(rec.get("order"))
        rows["mean"].append(means[i])
        rows["reason"].append(reason)
        rows["polarity"].append(polarity)
        rows["drop"].append(drop)
    return typed_frame(rows, MOMENT_COLUMNS)


@dataclass(frozen=True)
class Proposal:
    step_id: str
    step_name: str
    polarity: str
    reasons: tuple[str, ...]
    mean: float | None
    moment_id: str | None = None  # a stored 'proposed' moment this proposal would update


def proposals(candidates: pd.DataFrame, moments: pd.DataFrame, names: dict[str, str],
              means: dict[str, Any]) -> list[Proposal]:
    """Open proposals, in journey order: candidates not yet decided, plus stored proposals.

    `names` and `means` map the journey's step ids to their names and mean scores."""
    decided = {(r["step_id"], r["polarity"]) for r in moments.to_dict("records")
               if r["status"] in DECIDED}
    stored = {(r["step_id"], r["polarity"]): r for r in moments.to_dict("records")
              if r["status"] == "proposed" and r["step_id"] in names}
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in candidates.to_dict("records"):
        key = (row["step_id"], row["polarity"])
        if key not in decided:
            entry = found.setdefault(key, {"reasons": [], "mean": row["mean"]})
            entry["reasons"].append(str(row["reason"]))
    for key, row in stored.items():
        if key not in decided and key not in found:
            found[key] = {"reasons": [text(row["reason"])], "mean": means.get(key[0])}
    position = {step: index for index, step in enumerate(names)}
    return [
        Proposal(step, names[step], polarity, tuple(entry["reasons"]),
                 None if entry["mean"] is None or pd.isna(entry["mean"])
                 else float(entry["mean"]),
                 stored[(step, polarity)]["id"] if (step, polarity) in stored else None)
        for (step, polarity), entry in sorted(found.items(),
                                              key=lambda item: position[item[0][0]])
    ]


def chart_moments(open_proposals: list[Proposal], moments: pd.DataFrame) -> pd.DataFrame:
    """What the curve marks: confirmed moments solid, open proposals light."""
    rows = [{"step_id": r["step_id"], "polarity": r["polarity"], "reason": r["reason"],
             "status": r["status"]}
            for r in moments.to_dict("records") if r["status"] == "confirmed"]
    rows += [{"step_id": p.step_id, "polarity": p.polarity, "reason": p.reasons[0],
              "status": "proposed"} for p in open_proposals]
    return pd.DataFrame(rows, columns=["step_id", "polarity", "reason", "status"])
