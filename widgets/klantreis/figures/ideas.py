"""Ideas: which belong to a journey, how the group ranks them, and the backlog.

Ideas belong to the workshop, not to a journey: a journey's ideas are those aimed at one of
its steps, plus those aimed at no step at all (they concern the whole workshop)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from .typed import FLOAT, INT, STR, column_values, typed_frame

#: Idea statuses that make up the backlog and lift the desired curve.
BACKLOG: tuple[str, ...] = ("selected", "done")


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
        return typed_frame(None, IDEA_RANKING_COLUMNS)

    dots: dict[Any, int] = {}
    voters: dict[Any, set[Any]] = {}
    for pid, iid, n in zip(
        column_values(votes, "participant_id"),
        column_values(votes, "idea_id"),
        column_values(votes, "votes"),
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
            column_values(idea_steps, "idea_id"), column_values(idea_steps, "step_id"), strict=True
        ):
            if iid is not None and sid is not None:
                linked.setdefault(iid, set()).add(sid)

    records: list[dict[str, Any]] = []
    cols = {
        c: column_values(ideas, c)
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
    return typed_frame(rows, IDEA_RANKING_COLUMNS)


def ideas_by_title(ideas: pd.DataFrame) -> pd.DataFrame:
    """Ideas in a findable, stable order (the store keeps no order of its own for ideas)."""
    keys = ideas["title"].fillna("").str.casefold()
    return ideas.assign(_key=keys).sort_values(["_key", "id"], kind="stable").drop(
        columns="_key")
