"""The journey's phases as the team reads them on the wall: depth-first, sub-phases under
their parent, each phase's steps in order."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..kit import plain


def journey_phases(phases: pd.DataFrame, journey_id: str | None) -> list[tuple[dict, int]]:
    """The journey's phases depth-first in order (each with its depth), sub-phases under
    their parent, as the team reads them on the wall."""
    if journey_id is None or phases.empty:
        return []
    rows = [{k: plain(v) for k, v in r.items()} for r in
            phases[phases["journey_id"] == journey_id].to_dict("records")]
    ids = {r["id"] for r in rows}
    children: dict[Any, list[dict]] = {}
    for row in rows:
        parent = row["parent_id"] if row["parent_id"] in ids else None
        children.setdefault(parent, []).append(row)
    ordered: list[tuple[dict, int]] = []

    def visit(parent: Any, depth: int) -> None:
        for row in sorted(children.get(parent, []), key=lambda r: r["position"]):
            ordered.append((row, depth))
            visit(row["id"], depth + 1)

    visit(None, 0)
    return ordered


def phase_steps(steps: pd.DataFrame, phase_id: Any) -> list[dict]:
    """A phase's steps in order, as plain dicts."""
    if phase_id is None or steps.empty:
        return []
    found = steps[steps["phase_id"] == phase_id].sort_values("position")
    return [{k: plain(v) for k, v in r.items()} for r in found.to_dict("records")]


def indent(name: str, depth: int) -> str:
    """A phase name indented by depth, for plain-text option labels."""
    return ("\u2003" * depth) + ("\u21b3 " if depth else "") + name
