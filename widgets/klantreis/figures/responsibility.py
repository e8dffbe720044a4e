"""Which department owns the steps of each phase, and where a department plays no part."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..i18n import listing, t, text
from .journey import filter_journey, ordered_steps, walk_phases
from .typed import INT, STR, column_values, typed_frame

#: Default department label for steps without a (non-blank) department.
UNASSIGNED: str = "(unassigned)"


RESPONSIBILITY_COLUMNS: dict[str, str] = {
    "department": STR,
    "phase_id": STR,
    "phase_name": STR,
    "phase_order": INT,
    "steps": INT,
    "touchpoints": INT,
    "non_touchpoints": INT,
}


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
    walk = walk_phases(filter_journey(phases, journey_id))
    tops = [p for p in walk if p["depth"] == 0]
    ordered = ordered_steps(phases, steps, journey_id)
    if not tops or ordered.empty:
        return typed_frame(None, RESPONSIBILITY_COLUMNS)

    counts: dict[tuple[str, str], list[int]] = {}
    departments: set[str] = set()
    for dept, top, kind in zip(
        column_values(ordered, "department"),
        column_values(ordered, "top_phase_id"),
        column_values(ordered, "kind"),
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
    return typed_frame(rows, RESPONSIBILITY_COLUMNS)


def responsibility_gaps(resp: pd.DataFrame, language: str) -> list[str]:
    """One sentence per department that owns no step in some phase, naming those phases."""
    lines = []
    for department, rows in resp.groupby("department", sort=False):
        empty = rows[rows["steps"].eq(0).to_numpy(dtype=bool)].sort_values("phase_order")
        if empty.empty:
            continue
        name = (t("chart.unassigned", language) if department == UNASSIGNED
                else str(department))
        phases = listing([text(p) for p in empty["phase_name"]], language)
        lines.append(t("improvement.gap", language, department=name, phases=phases))
    return lines
