"""Derived views on workshop data: journey order, emotion curve, moments of truth, rankings.

Everything here is a pure function of the workshop's DataFrames (as described in the data
model: text columns ``string``, integers ``Int64``, floats ``Float64``, flags ``boolean``,
missing values ``pd.NA``). Inputs are never mutated; every function returns a new frame with
fixed columns and dtypes, also when the inputs are empty, so widgets and exports can rely on
the shape without special cases.

Scores use the Dutch school grade (1-10): 5.5 is a pass, and the method aims for "9+"
experiences.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "AIM_LINE",
    "DISAGREEMENT_STD",
    "HIGH_SCORE",
    "LOW_SCORE",
    "PASS_LINE",
    "STEEP_DROP",
    "UNASSIGNED",
    "emotion_curve",
    "idea_ranking",
    "moment_candidates",
    "ordered_steps",
    "responsibility",
    "score_gap",
]

#: A mean below this grade is a fail ("onvoldoende") on the Dutch 1-10 scale.
PASS_LINE: float = 5.5
#: The method aims for "9+" experiences; a mean at or above this reaches the aim.
AIM_LINE: float = 9.0
#: Sample standard deviation at or above which participants clearly disagree on a step.
DISAGREEMENT_STD: float = 2.0
#: A mean at or below this is a clearly negative moment worth discussing.
LOW_SCORE: float = 4.0
#: A mean at or above this is a clearly positive moment worth keeping.
HIGH_SCORE: float = 9.0
#: A fall of at least this many points from the previous rated step is a steep drop.
STEEP_DROP: float = 2.0
#: Default department label for steps without a (non-blank) department.
UNASSIGNED: str = "(unassigned)"

#: Tolerance for threshold comparisons, so that e.g. 20/3 - 14/3 counts as a drop of 2.0.
_EPS = 1e-9

SCORES = ("emotional", "functional")
REASONS = ("low", "drop", "high", "peak", "end")

STR = "string"
INT = "Int64"
FLOAT = "Float64"
BOOL = "boolean"

ORDERED_STEPS_COLUMNS: dict[str, str] = {
    "step_id": STR,
    "step_name": STR,
    "kind": STR,
    "channel": STR,
    "department": STR,
    "phase_id": STR,
    "phase_name": STR,
    "top_phase_id": STR,
    "top_phase_name": STR,
    "depth": INT,
    "order": INT,
}

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

MOMENT_COLUMNS: dict[str, str] = {
    "step_id": STR,
    "step_name": STR,
    "order": INT,
    "mean": FLOAT,
    "reason": STR,
    "polarity": STR,
    "drop": FLOAT,
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

IDEA_RANKING_COLUMNS: dict[str, str] = {
    "idea_id": STR,
    "title": STR,
    "department": STR,
    "status": STR,
    "votes": INT,
    "voters": INT,
    "impact": INT,
    "effort": INT,
    "confidence": INT,
    "ice": FLOAT,
    "step_count": INT,
    "rank": INT,
}

RESPONSIBILITY_COLUMNS: dict[str, str] = {
    "department": STR,
    "phase_id": STR,
    "phase_name": STR,
    "phase_order": INT,
    "steps": INT,
    "touchpoints": INT,
    "non_touchpoints": INT,
}


# --------------------------------------------------------------------------- helpers


def _missing(value: Any) -> bool:
    """True for pd.NA / None / NaN, which all mean 'no value' in workshop frames."""
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _clean(value: Any) -> Any:
    """Turn any missing marker into None so plain Python logic can be used."""
    return None if _missing(value) else value


def _column(frame: pd.DataFrame, name: str) -> list[Any]:
    """Values of a column as a Python list with None for missing (all None if absent)."""
    if name not in frame.columns:
        return [None] * len(frame)
    return [_clean(v) for v in frame[name].tolist()]


def _frame(rows: dict[str, list[Any]] | None, schema: dict[str, str]) -> pd.DataFrame:
    """Build a frame with exactly the schema's columns and dtypes (empty if rows is None)."""
    data: dict[str, pd.Series] = {}
    for col, dtype in schema.items():
        values = [] if rows is None else rows[col]
        values = [pd.NA if _missing(v) else v for v in values]
        data[col] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data, columns=list(schema)).reset_index(drop=True)


def _position_key(position: Any, row: int) -> tuple[bool, float, int]:
    """Sort key: by position (missing last), then original row for a stable order."""
    pos = _clean(position)
    return (pos is None, float(pos) if pos is not None else 0.0, row)


def _filter_journey(phases: pd.DataFrame, journey_id: str | None) -> pd.DataFrame:
    if journey_id is None or phases.empty:
        return phases
    mask = phases["journey_id"].astype(STR).eq(journey_id).fillna(False).astype(bool)
    return phases[mask.to_numpy()]


def _walk_phases(phases: pd.DataFrame) -> list[dict[str, Any]]:
    """Phases depth-first in journey order, each with its depth and top-level phase.

    Journeys come in order of first appearance; a phase whose parent is missing or unknown
    is treated as top-level so that no steps silently disappear.
    """
    ids = _column(phases, "id")
    journeys = _column(phases, "journey_id")
    parents = _column(phases, "parent_id")
    positions = _column(phases, "position")
    names = _column(phases, "name")

    info: dict[Hashable, dict[str, Any]] = {}
    for row, pid in enumerate(ids):
        if pid is None or pid in info:
            continue
        info[pid] = {
            "id": pid,
            "journey": journeys[row],
            "parent": parents[row],
            "name": names[row],
            "key": _position_key(positions[row], row),
        }

    journey_order: list[Any] = []
    tops: dict[Any, list[str]] = {}
    children: dict[str, list[str]] = {}
    for pid, rec in info.items():
        parent = rec["parent"]
        if parent is None or parent == pid or parent not in info:
            if rec["journey"] not in tops:
                journey_order.append(rec["journey"])
                tops[rec["journey"]] = []
            tops[rec["journey"]].append(pid)
        else:
            children.setdefault(parent, []).append(pid)

    out: list[dict[str, Any]] = []
    seen: set[str] = set()

    def visit(pid: str, depth: int, top: str) -> None:
        if pid in seen:  # guard against parent cycles in bad data
            return
        seen.add(pid)
        out.append({"id": pid, "name": info[pid]["name"], "depth": depth, "top": top})
        for child in sorted(children.get(pid, []), key=lambda c: info[c]["key"]):
            visit(child, depth + 1, top)

    for journey in journey_order:
        for top in sorted(tops[journey], key=lambda p: info[p]["key"]):
            visit(top, 0, top)
    return out


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


def _typed(data: dict[str, Any], schema: dict[str, str]) -> pd.DataFrame:
    """A frame with exactly the schema's columns and dtypes, from columns of equal length.

    Each column goes straight to its nullable array (NaN and None become <NA>): going through
    an object frame first cost most of a live curve update."""
    return pd.DataFrame({col: pd.array(np.asarray(data[col]), dtype=dtype)
                         for col, dtype in schema.items()}, columns=list(schema))


# --------------------------------------------------------------------------- public API


def ordered_steps(
    phases: pd.DataFrame, steps: pd.DataFrame, journey_id: str | None = None
) -> pd.DataFrame:
    """Steps in journey order, annotated with their phase and top-level phase.

    Journey order is what participants walk through on the wall: top-level phases by
    position; within a phase first its own steps by position, then its sub-phases
    (depth-first, by position). Gaps in positions are fine; missing positions sort last.
    Steps whose phase is not (in the selected journey's) phases are left out.

    Columns: step_id, step_name, kind, channel, department, phase_id, phase_name,
    top_phase_id, top_phase_name (string); depth (Int64, 0 = top-level phase);
    order (Int64, 0..n-1 over the whole result).
    """
    walk = _walk_phases(_filter_journey(phases, journey_id))
    if not walk or steps.empty:
        return _frame(None, ORDERED_STEPS_COLUMNS)
    names = {p["id"]: p["name"] for p in walk}

    step_phase = _column(steps, "phase_id")
    step_pos = _column(steps, "position")
    by_phase: dict[str, list[int]] = {}
    for row, pid in enumerate(step_phase):
        if pid is not None:
            by_phase.setdefault(pid, []).append(row)

    cols = {c: _column(steps, c) for c in ("id", "name", "kind", "channel", "department")}
    rows: dict[str, list[Any]] = {c: [] for c in ORDERED_STEPS_COLUMNS}
    for phase in walk:
        members = sorted(by_phase.get(phase["id"], []), key=lambda r: _position_key(step_pos[r], r))
        for r in members:
            rows["step_id"].append(cols["id"][r])
            rows["step_name"].append(cols["name"][r])
            rows["kind"].append(cols["kind"][r])
            rows["channel"].append(cols["channel"][r])
            rows["department"].append(cols["department"][r])
            rows["phase_id"].append(phase["id"])
            rows["phase_name"].append(phase["name"])
            rows["top_phase_id"].append(phase["top"])
            rows["top_phase_name"].append(names[phase["top"]])
            rows["depth"].append(phase["depth"])
            rows["order"].append(len(rows["order"]))
    return _frame(rows, ORDERED_STEPS_COLUMNS)


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
        return _frame(None, EMOTION_CURVE_COLUMNS)
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
    return _typed(data, EMOTION_CURVE_COLUMNS)


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
        return _frame(None, MOMENT_COLUMNS)
    rated = [
        rec
        for rec in curve.sort_values("order", kind="stable").to_dict("records")
        if _clean(rec.get("n")) and _clean(rec.get("mean")) is not None
    ]
    if not rated:
        return _frame(None, MOMENT_COLUMNS)

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
    return _frame(rows, MOMENT_COLUMNS)


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
        return _frame(None, SCORE_GAP_COLUMNS)
    functional = _step_stats(ratings, "functional", ordered["step_id"])["mean"].to_numpy()
    emotional = _step_stats(ratings, "emotional", ordered["step_id"])["mean"].to_numpy()
    data: dict[str, Any] = {
        col: ordered[col].to_numpy(dtype=object)
        for col in ("step_id", "step_name", "phase_name", "order")
    }
    data["n"] = _rating_counts(ratings, ordered["step_id"]).to_numpy()
    data.update(functional_mean=functional, emotional_mean=emotional, gap=emotional - functional)
    return _typed(data, SCORE_GAP_COLUMNS)


def idea_ranking(
    ideas: pd.DataFrame, votes: pd.DataFrame, idea_steps: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Rank ideas by the group's dot votes, with the ICE score as tie-breaker.

    Votes are what the group chose; ICE (impact * confidence / effort) is the facilitator's
    sanity check. Dots on unknown ideas are ignored; missing dot counts count as 0.

    Columns: idea_id, title, department, status (string); votes (Int64, total dots, 0 if
    none); voters (Int64, distinct participants who put at least one dot on the idea);
    impact, effort, confidence (Int64); ice (Float64, NA if any part is NA or effort is 0);
    step_count (Int64, distinct linked steps, 0 without idea_steps); rank (Int64, 1 = best).
    Rows are sorted by votes desc, ice desc (NA last), title, idea_id; rank is the row's
    position in that order, so it is unique and reproducible.
    """
    if ideas.empty:
        return _frame(None, IDEA_RANKING_COLUMNS)

    dots: dict[Any, int] = {}
    voters: dict[Any, set[Any]] = {}
    for pid, iid, n in zip(
        _column(votes, "participant_id"),
        _column(votes, "idea_id"),
        _column(votes, "votes"),
        strict=True,
    ):
        if iid is None:
            continue
        count = int(n) if n is not None else 0
        dots[iid] = dots.get(iid, 0) + count
        if count > 0 and pid is not None:
            voters.setdefault(iid, set()).add(pid)

    linked: dict[Any, set[Any]] = {}
    if idea_steps is not None:
        for iid, sid in zip(
            _column(idea_steps, "idea_id"), _column(idea_steps, "step_id"), strict=True
        ):
            if iid is not None and sid is not None:
                linked.setdefault(iid, set()).add(sid)

    records: list[dict[str, Any]] = []
    cols = {
        c: _column(ideas, c)
        for c in ("id", "title", "department", "status", "impact", "effort", "confidence")
    }
    for r in range(len(ideas)):
        iid = cols["id"][r]
        impact, effort, confidence = cols["impact"][r], cols["effort"][r], cols["confidence"][r]
        ice = None
        if None not in (impact, effort, confidence) and effort != 0:
            ice = float(impact) * float(confidence) / float(effort)
        records.append(
            {
                "idea_id": iid,
                "title": cols["title"][r],
                "department": cols["department"][r],
                "status": cols["status"][r],
                "votes": dots.get(iid, 0),
                "voters": len(voters.get(iid, ())),
                "impact": impact,
                "effort": effort,
                "confidence": confidence,
                "ice": ice,
                "step_count": len(linked.get(iid, ())),
            }
        )

    def key(rec: dict[str, Any]) -> tuple[Any, ...]:
        ice = rec["ice"]
        title = rec["title"]
        return (
            -rec["votes"],
            ice is None,
            -ice if ice is not None else 0.0,
            title is None,
            title or "",
            str(rec["idea_id"]),
        )

    records.sort(key=key)
    rows: dict[str, list[Any]] = {c: [] for c in IDEA_RANKING_COLUMNS}
    for position, rec in enumerate(records, start=1):
        rec["rank"] = position
        for col in IDEA_RANKING_COLUMNS:
            rows[col].append(rec[col])
    return _frame(rows, IDEA_RANKING_COLUMNS)


def responsibility(
    phases: pd.DataFrame,
    steps: pd.DataFrame,
    journey_id: str | None = None,
    unassigned: str = UNASSIGNED,
) -> pd.DataFrame:
    """Which department owns how many steps in each top-level phase (long format).

    Makes gaps in ownership visible: every combination of departments seen in the journey's
    steps and the journey's top-level phases is present, zero-filled. Steps without a
    (non-blank) department are counted under ``unassigned``.

    Columns: department, phase_id, phase_name (string); phase_order (Int64, index of the
    top-level phase in journey order); steps, touchpoints, non_touchpoints (Int64; steps of
    another or missing kind count only in ``steps``). Sorted by department, then phase_order.
    """
    walk = _walk_phases(_filter_journey(phases, journey_id))
    tops = [p for p in walk if p["depth"] == 0]
    ordered = ordered_steps(phases, steps, journey_id)
    if not tops or ordered.empty:
        return _frame(None, RESPONSIBILITY_COLUMNS)

    counts: dict[tuple[str, str], list[int]] = {}
    departments: set[str] = set()
    for dept, top, kind in zip(
        _column(ordered, "department"),
        _column(ordered, "top_phase_id"),
        _column(ordered, "kind"),
        strict=True,
    ):
        label = dept if dept is not None and str(dept).strip() else unassigned
        departments.add(label)
        tally = counts.setdefault((label, top), [0, 0, 0])
        tally[0] += 1
        tally[1] += kind == "touchpoint"
        tally[2] += kind == "non_touchpoint"

    rows: dict[str, list[Any]] = {c: [] for c in RESPONSIBILITY_COLUMNS}
    for dept in sorted(departments):
        for phase_order, top in enumerate(tops):
            n_steps, touch, non_touch = counts.get((dept, top["id"]), [0, 0, 0])
            rows["department"].append(dept)
            rows["phase_id"].append(top["id"])
            rows["phase_name"].append(top["name"])
            rows["phase_order"].append(phase_order)
            rows["steps"].append(n_steps)
            rows["touchpoints"].append(touch)
            rows["non_touchpoints"].append(non_touch)
    return _frame(rows, RESPONSIBILITY_COLUMNS)

