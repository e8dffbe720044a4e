"""The shape of a sample workshop, and reading one from its data file.

Each sample's content (people, personas, phases and steps, moments, evidence, ideas) is a
JSON file beside this module, so it can be read, corrected and translated without touching
code. A step carries the "true" scores the participants' ratings scatter around.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources
from typing import Any

from ..core.workshop import DEFAULT_VOTE_BUDGET

SAMPLE_KEYS: tuple[str, ...] = ("mountainbike", "hotel", "fridge")
DEFAULT_SEED = 20240917  # the seed of every sample's ratings, votes and customer files


@dataclass(frozen=True)
class SampleStep:
    """One step and the "true" scores the participants' ratings scatter around.

    ``views`` shifts the emotional score (and half as much the functional one) for
    participants of a department: that is how a step the team disagrees on is made.
    ``comments`` maps a participant's name to the comment on their rating.
    """

    key: str
    name: str
    emotional: float
    functional: float
    kind: str = "touchpoint"
    channel: str = ""
    online: bool = False
    device: str = "any"
    same_moment: str = ""
    department: str = ""
    doing: str = ""
    thinking: str = ""
    feeling: str = ""
    questions: str = ""
    difficulties: str = ""
    frontstage: str = ""
    backstage: str = ""
    support: str = ""
    spread: float = 0.7
    views: Mapping[str, float] = field(default_factory=dict)
    comments: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SamplePhase:
    """A phase; ``template`` names the lens phase it adapts (None: the team added it)."""

    name: str
    steps: tuple[SampleStep, ...] = ()
    description: str = ""
    template: str | None = None
    subphases: tuple[SamplePhase, ...] = ()


@dataclass(frozen=True)
class SamplePersona:
    """A persona with its current journey."""

    name: str
    description: str
    goals: str
    needs: str
    frustrations: str
    quote: str
    journey: str
    phases: tuple[SamplePhase, ...]


@dataclass(frozen=True)
class SampleIdea:
    """An improvement idea; the higher its ``appeal``, the more often voters rank it first."""

    key: str
    title: str
    steps: tuple[str, ...]
    description: str
    department: str
    impact: int
    effort: int
    confidence: int
    expected_effect: float
    metric: str
    status: str = "proposed"
    appeal: float = 1.0


@dataclass(frozen=True)
class SampleMoment:
    """A moment of truth the sample's team decided on (or left proposed)."""

    step: str
    polarity: str
    status: str
    reason: str


@dataclass(frozen=True)
class SampleEvidence:
    """An insight with its source, on a step (by key) or free-standing."""

    source: str
    insight: str
    note: str
    step: str | None = None


@dataclass(frozen=True)
class SampleParticipant:
    name: str
    department: str


@dataclass(frozen=True)
class SampleWorkshop:
    """Everything in one sample workshop."""

    title: str
    language: str
    goal: str
    scope: str
    lens: str
    participants: tuple[SampleParticipant, ...]
    personas: tuple[SamplePersona, ...]
    moments: tuple[SampleMoment, ...]
    evidence: tuple[SampleEvidence, ...]
    ideas: tuple[SampleIdea, ...]
    scope_kind: str = "transaction"
    vote_budget: int = DEFAULT_VOTE_BUDGET

    def steps(self) -> Iterator[SampleStep]:
        """Every step of every persona's journey, in walking order."""
        for persona in self.personas:
            yield from _walk(persona.phases)


def _walk(phases: Sequence[SamplePhase]) -> Iterator[SampleStep]:
    for phase in phases:
        yield from phase.steps
        yield from _walk(phase.subphases)


# --------------------------------------------------------------------------- the data files

_NESTED: dict[tuple[type, str], type] = {
    (SampleWorkshop, "participants"): SampleParticipant,
    (SampleWorkshop, "personas"): SamplePersona,
    (SampleWorkshop, "moments"): SampleMoment,
    (SampleWorkshop, "evidence"): SampleEvidence,
    (SampleWorkshop, "ideas"): SampleIdea,
    (SamplePersona, "phases"): SamplePhase,
    (SamplePhase, "steps"): SampleStep,
    (SamplePhase, "subphases"): SamplePhase,
}


def _build(cls: type, data: Mapping[str, Any]) -> Any:
    """A shape from its JSON object: nested lists become tuples of their shapes."""
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"{cls.__name__}: unknown fields {unknown}")
    values: dict[str, Any] = {}
    for name, value in data.items():
        inner = _NESTED.get((cls, name))
        if inner is not None:
            value = tuple(_build(inner, item) for item in value)
        elif isinstance(value, list):
            value = tuple(value)
        values[name] = value
    return cls(**values)


@cache
def load_sample(key: str) -> SampleWorkshop:
    """The sample `key` (see SAMPLE_KEYS) read from its data file."""
    if key not in SAMPLE_KEYS:
        raise KeyError(f"Unknown sample {key!r}; choose one of {', '.join(SAMPLE_KEYS)}.")
    text = resources.files(__package__).joinpath(f"{key}.json").read_text(encoding="utf-8")
    return _build(SampleWorkshop, json.loads(text))
