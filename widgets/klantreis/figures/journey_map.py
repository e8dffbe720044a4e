"""The journey map's content: what each column (one step) and each phase shows, as plain values.

The drawing (`charts.journey_map`) and the exports only lay this out, so what a map says is
decided here once, from the same figures the dashboard and the report use: the curve, the
confirmed moments of truth, the ranked ideas, the customers' kept results and the evidence
the team recorded for each step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..core.tables import SOURCES
from ..i18n import text
from .ideas import BACKLOG

ASSUMPTION = "assumption"
# The team's text per step, as the lanes show it; the service blueprint's below the line of
# visibility.
BLUEPRINT_FIELDS = ("frontstage", "backstage", "support")
STORY_FIELDS = ("doing", "thinking", "feeling", "questions", "difficulties", *BLUEPRINT_FIELDS)


@dataclass(frozen=True)
class MapIdea:
    """An idea aimed at a step; `chosen` when it is in the backlog."""

    title: str
    chosen: bool


@dataclass(frozen=True)
class MapStep:
    """One column of the map: a step with everything the lanes show of it."""

    step_id: str
    order: int
    name: str
    sub_phase: str  # the phase below the top-level one, "" when the step sits in the top one
    kind: str
    channel: str
    online: bool
    device: str  # "any", "phone", "computer", "in_person"
    same_moment: str  # shared by steps that are one moment in different channels; "" if none
    department: str
    story: Mapping[str, str]  # STORY_FIELDS -> the team's text
    evidence: tuple[str, ...]  # sources beyond assumption, strongest kinds first by SOURCES
    n: int  # how many participants rated it
    mean: float | None
    low: float | None
    high: float | None
    customers: float | None  # the customers' score on the 1–10 scale, where data reached it
    customers_n: int
    moments: tuple[tuple[str, str], ...]  # confirmed (polarity, reason)
    ideas: tuple[MapIdea, ...]  # in ranking order

    @property
    def assumed(self) -> bool:
        """Whether the step rests on the team's assumptions only."""
        return not self.evidence


@dataclass(frozen=True)
class MapPhase:
    """A top-level phase: a group of columns, with the brand lens's goal for it."""

    phase_id: str
    name: str
    brand_goal: str
    steps: tuple[MapStep, ...]


@dataclass(frozen=True)
class JourneyMap:
    """A whole journey map: its title, persona and phases in order."""

    journey: str
    persona: str
    phases: tuple[MapPhase, ...]
    has_customers: bool
    desired: bool = False  # a desired journey: its curve is the scores the team aims for

    @property
    def steps(self) -> tuple[MapStep, ...]:
        return tuple(step for phase in self.phases for step in phase.steps)

    @property
    def assumed_share(self) -> float | None:
        """The share of steps that rest on assumptions only (None for a journey without steps)."""
        steps = self.steps
        return sum(step.assumed for step in steps) / len(steps) if steps else None

    def only(self, phase_ids: set[str]) -> JourneyMap:
        """The same map with only these phases: a poster page."""
        phases = tuple(p for p in self.phases if p.phase_id in phase_ids)
        return JourneyMap(self.journey, self.persona, phases, self.has_customers, self.desired)


def journey_map(frames: Mapping[str, pd.DataFrame], steps: pd.DataFrame, curve: pd.DataFrame,
                moments: pd.DataFrame, ranking: pd.DataFrame,
                customer_scores: pd.DataFrame | None, journey: Mapping[str, Any],
                persona: Mapping[str, Any]) -> JourneyMap:
    """The map of one journey from its figures (`JourneyData.journey_map` passes them):
    `steps` its `ordered_steps`, `curve` its `emotion_curve`, `moments` its confirmed moments,
    `ranking` its `idea_ranking`, `customer_scores` the kept results per step or None."""
    details = frames["steps"].set_index("id")
    stats = curve.set_index("step_id")
    customers = (customer_scores.set_index("step_id") if customer_scores is not None
                 else None)
    evidence = _evidence_by_step(frames["evidence"])
    marks = _moments_by_step(moments)
    ideas = _ideas_by_step(ranking, frames["idea_steps"])
    goals = dict(zip(frames["phases"]["id"], frames["phases"]["brand_goal"], strict=True))
    desired = journey.get("variant") == "desired"
    columns: dict[str, list[MapStep]] = {}
    names: dict[str, str] = {}
    for row in steps.to_dict("records"):
        step_id, top = str(row["step_id"]), str(row["top_phase_id"])
        names[top] = text(row["top_phase_name"])
        detail = details.loc[step_id]
        stat = stats.loc[step_id]
        rated = int(stat["n"]) > 0
        scores = _scores(stat, rated) if not desired else (_number(detail["target"]),) * 3
        found = customers.loc[step_id] if customers is not None else None
        columns.setdefault(top, []).append(MapStep(
            step_id=step_id, order=int(row["order"]), name=text(row["step_name"]),
            sub_phase=text(row["phase_name"]) if row["phase_id"] != row["top_phase_id"] else "",
            kind=text(row["kind"]), channel=text(row["channel"]),
            online=bool(detail["online"]) if not pd.isna(detail["online"]) else False,
            device=text(detail["device"]) or "any", same_moment=text(detail["same_moment"]),
            department=text(row["department"]),
            story={name: text(detail[name]) for name in STORY_FIELDS},
            evidence=evidence.get(step_id, ()), n=int(stat["n"]),
            mean=scores[0], low=scores[1], high=scores[2],
            customers=_number(found["score"]) if found is not None and int(found["n"]) else None,
            customers_n=int(found["n"]) if found is not None else 0,
            moments=marks.get(step_id, ()), ideas=ideas.get(step_id, ())))
    phases = tuple(MapPhase(top, names[top], text(goals.get(top)), tuple(items))
                   for top, items in columns.items())
    return JourneyMap(text(journey.get("name")), text(persona.get("name")), phases,
                      customer_scores is not None and bool(customer_scores["n"].gt(0).any()),
                      desired)


def _scores(stat: pd.Series, rated: bool) -> tuple[float | None, float | None, float | None]:
    """The team's mean, lowest and highest score of a step (None while nobody rated it)."""
    if not rated:
        return None, None, None
    return _number(stat["mean"]), _number(stat["min"]), _number(stat["max"])


def _number(value: Any) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _evidence_by_step(evidence: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """Per step, the kinds of evidence beyond assumption, each once, in `SOURCES` order."""
    kinds: dict[str, set[str]] = {}
    for step_id, source in zip(evidence["step_id"], evidence["source"], strict=True):
        if pd.isna(step_id) or source == ASSUMPTION:
            continue
        kinds.setdefault(str(step_id), set()).add(str(source))
    return {step: tuple(s for s in SOURCES if s in found) for step, found in kinds.items()}


def _moments_by_step(moments: pd.DataFrame) -> dict[str, tuple[tuple[str, str], ...]]:
    marks: dict[str, list[tuple[str, str]]] = {}
    for step_id, polarity, reason in zip(moments["step_id"], moments["polarity"],
                                         moments["reason"], strict=True):
        marks.setdefault(str(step_id), []).append((str(polarity), text(reason)))
    return {step: tuple(items) for step, items in marks.items()}


def _ideas_by_step(ranking: pd.DataFrame,
                   links: pd.DataFrame) -> dict[str, tuple[MapIdea, ...]]:
    steps_of: dict[str, list[str]] = {}
    for idea_id, step_id in zip(links["idea_id"], links["step_id"], strict=True):
        steps_of.setdefault(str(idea_id), []).append(str(step_id))
    ideas: dict[str, list[MapIdea]] = {}
    for row in ranking.to_dict("records"):
        idea = MapIdea(text(row["title"]), text(row["status"]) in BACKLOG)
        for step_id in steps_of.get(str(row["idea_id"]), ()):
            ideas.setdefault(step_id, []).append(idea)
    return {step: tuple(items) for step, items in ideas.items()}
