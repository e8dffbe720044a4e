"""Tying the data's own labels to the map: a "journey stage" value or an event name → a step
or a phase of one journey, in journey order.

Matching ignores case and extra spaces (customers' files spell labels loosely, and that is
no reason to lose answers); rules are tried in order and the first match wins; `*` matches
any text and `?` one character. Every label that matches no rule is reported, never dropped
silently: for events these are "touchpoints the map may be missing".
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import pandas as pd

from .. import figures

LABEL_COLUMNS = {"label": "string", "step_id": "string", "phase_id": "string",
                 "rule": "string"}


def norm(text: Any) -> str:
    """A label as compared: lower case, single spaces."""
    return " ".join(str(text).split()).casefold()


@dataclass
class JourneyMap:
    """One journey's steps in order, its top-level phases, and where each id belongs."""

    steps: pd.DataFrame  # figures.ordered_steps
    phases: pd.DataFrame  # phase_id, phase_name, phase_order (top-level phases)
    phase_of: dict[str, str]  # any phase id of the journey -> its top-level phase id

    @classmethod
    def from_frames(cls, frames: dict[str, pd.DataFrame], journey_id: str | None = None
                    ) -> JourneyMap:
        phases = frames["phases"]
        if journey_id is not None and len(phases):
            phases = phases[phases["journey_id"] == journey_id]
        steps = figures.ordered_steps(phases, frames["steps"], journey_id)
        return cls(steps, _top_phases(phases), _phase_tops(phases))

    @classmethod
    def of_workshop(cls, workshop: Any, journey_id: str | None = None) -> JourneyMap:
        return cls.from_frames(workshop.frames("phases", "steps"), journey_id)

    @cached_property
    def _step_tops(self) -> dict[str, str]:
        """Each step id of the journey → its top phase id (looked up once per label)."""
        return {str(s): str(p) for s, p in zip(self.steps["step_id"],
                                               self.steps["top_phase_id"], strict=True)}

    def target(self, target_id: str) -> tuple[str | None, str | None]:
        """(step id, top phase id) of a rule's target; (None, None) if not in this journey."""
        if target_id in self._step_tops:
            return target_id, self._step_tops[target_id]
        top = self.phase_of.get(target_id)
        return (None, top) if top else (None, None)

    @cached_property
    def _groups(self) -> dict[str, dict[str, tuple[str, int]]]:
        steps = {str(i): (str(n), int(o)) for i, n, o in
                 zip(self.steps["step_id"], self.steps["step_name"], self.steps["order"],
                     strict=True)}
        phases = {str(i): (str(n), int(o)) for i, n, o in
                  zip(self.phases["phase_id"], self.phases["phase_name"],
                      self.phases["phase_order"], strict=True)}
        return {"step": steps, "phase": phases}

    def groups(self, by: str) -> dict[str, tuple[str, int]]:
        """Each step's (`by="step"`) or top-level phase's id → its name and journey order:
        read once per map, since every result is named through it."""
        return self._groups[by]

    def choices(self) -> list[tuple[str, str]]:
        """(label, id) for every step and top-level phase, in journey order, for pickers."""
        phase_rows = [(f"[{n}]", str(i)) for i, n in
                      zip(self.phases["phase_id"], self.phases["phase_name"], strict=True)]
        step_rows = [(f"{int(o) + 1}. {n}", str(i)) for i, n, o in
                     zip(self.steps["step_id"], self.steps["step_name"], self.steps["order"],
                         strict=True)]
        return step_rows + phase_rows


def _top_phases(phases: pd.DataFrame) -> pd.DataFrame:
    if phases.empty:
        return pd.DataFrame({"phase_id": pd.Series(dtype="string"),
                             "phase_name": pd.Series(dtype="string"),
                             "phase_order": pd.Series(dtype="Int64")})
    tops = phases[phases["parent_id"].isna()].sort_values("position", kind="stable")
    return pd.DataFrame({"phase_id": tops["id"].astype("string").to_numpy(),
                         "phase_name": tops["name"].astype("string").to_numpy(),
                         "phase_order": pd.array(range(len(tops)), dtype="Int64")})


def _phase_tops(phases: pd.DataFrame) -> dict[str, str]:
    parent = {str(i): (None if pd.isna(p) else str(p))
              for i, p in zip(phases.get("id", []), phases.get("parent_id", []), strict=True)}
    tops: dict[str, str] = {}
    for phase_id in parent:
        current, seen = phase_id, set()
        while parent.get(current) and current not in seen:
            seen.add(current)
            current = parent[current]  # type: ignore[assignment]
        tops[phase_id] = current
    return tops


def _compiled(rules: list[tuple[str, str]]) -> list[tuple[re.Pattern[str], str, str]]:
    """Rules as regular expressions; `[` is literal (labels such as "[web] order" occur)."""
    return [(re.compile(fnmatch.translate(norm(label).replace("[", "[[]"))), target, label)
            for label, target in rules]


def targets(labels: list[str], rules: list[tuple[str, str]], journey: JourneyMap
            ) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each distinct data label → (step id, top phase id, the label of its first matching
    rule). Labels with no rule, or whose rule points outside this journey, get no step and
    no phase."""
    compiled = _compiled(rules)
    found: dict[str, tuple[str | None, str | None, str | None]] = {}
    for label in labels:
        key = norm(label)
        match = next(((t, r) for p, t, r in compiled if p.fullmatch(key)), None)
        step_id, phase_id = journey.target(match[0]) if match else (None, None)
        found[label] = (step_id, phase_id, match[1] if match else None)
    return found


def resolve(labels: list[str], rules: list[tuple[str, str]], journey: JourneyMap
            ) -> pd.DataFrame:
    """`targets` as a frame: label, step_id, phase_id, rule."""
    found = targets(labels, rules, journey)
    return pd.DataFrame({"label": list(found), **{
        column: [target[i] for target in found.values()]
        for i, column in enumerate(list(LABEL_COLUMNS)[1:])}}).astype(LABEL_COLUMNS)
