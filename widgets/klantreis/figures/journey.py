"""A journey's steps in the order the team walks them, and which journey a page shows first.

Journey order is what participants walk through on the wall: top-level phases by position;
within a phase first its own steps by position, then its sub-phases (depth-first, by
position)."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

import pandas as pd

from .typed import INT, STR, column_values, position_key, typed_frame

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


def filter_journey(phases: pd.DataFrame, journey_id: str | None) -> pd.DataFrame:
    if journey_id is None or phases.empty:
        return phases
    mask = phases["journey_id"].astype(STR).eq(journey_id).fillna(False).astype(bool)
    return phases[mask.to_numpy()]


def walk_phases(phases: pd.DataFrame) -> list[dict[str, Any]]:
    """Phases depth-first in journey order, each with its depth and top-level phase.

    Journeys come in order of first appearance; a phase whose parent is missing or unknown
    is treated as top-level so that no steps silently disappear.
    """
    ids = column_values(phases, "id")
    journeys = column_values(phases, "journey_id")
    parents = column_values(phases, "parent_id")
    positions = column_values(phases, "position")
    names = column_values(phases, "name")

    info: dict[Hashable, dict[str, Any]] = {}
    for row, pid in enumerate(ids):
        if pid is None or pid in info:
            continue
        info[pid] = {
            "id": pid,
            "journey": journeys[row],
            "parent": parents[row],
            "name": names[row],
            "key": position_key(positions[row], row),
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
    walk = walk_phases(filter_journey(phases, journey_id))
    if not walk or steps.empty:
        return typed_frame(None, ORDERED_STEPS_COLUMNS)
    names = {p["id"]: p["name"] for p in walk}

    step_phase = column_values(steps, "phase_id")
    step_pos = column_values(steps, "position")
    by_phase: dict[str, list[int]] = {}
    for row, pid in enumerate(step_phase):
        if pid is not None:
            by_phase.setdefault(pid, []).append(row)

    cols = {c: column_values(steps, c) for c in ("id", "name", "kind", "channel", "department")}
    rows: dict[str, list[Any]] = {c: [] for c in ORDERED_STEPS_COLUMNS}
    for phase in walk:
        members = sorted(by_phase.get(phase["id"], []), key=lambda r: position_key(step_pos[r], r))
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
    return typed_frame(rows, ORDERED_STEPS_COLUMNS)


def default_journey(frames: Mapping[str, pd.DataFrame]) -> str | None:
    """The journey a report shows unless told otherwise: the first persona's current journey
    (store order), else the first journey; None when there is none."""
    journeys = frames["journeys"]
    if journeys.empty:
        return None
    current = journeys[journeys["variant"].eq("current").fillna(False).to_numpy(dtype=bool)]
    for persona_id in frames["personas"]["id"]:
        own = current[current["persona_id"].eq(persona_id).fillna(False).to_numpy(dtype=bool)]
        if len(own):
            return str(own["id"].iloc[0])
    return str(journeys["id"].iloc[0])
