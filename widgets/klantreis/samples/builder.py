"""Building a sample workshop into a store: the sample's content (`shapes`, read from its data
file) walked through the public `Workshop` API, so the samples are also a worked example of it.

Ratings are drawn with a seeded `random.Random` around a believable "true" score per step,
shifted by how each participant's department sees the step and by a little personal noise,
so every build with the same seed gives the same scores (ids differ per build). Votes come
the same way. Each sample's synthetic survey is kept with it, so the pages show what
customers say from the start."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path

from ..core.store import Store
from ..core.tables import SCORE_RANGE
from ..core.workshop import Workshop
from ..mining import JourneyMap, SurveyData
from .mining import sample_settings
from .shapes import (
    DEFAULT_SEED,
    SAMPLE_KEYS,
    SamplePersona,
    SamplePhase,
    SampleWorkshop,
    load_sample,
)

_STEP_FIELDS = ("kind", "channel", "online", "device", "same_moment", "department", "doing",
                "thinking", "feeling", "questions", "difficulties", "frontstage", "backstage",
                "support")


_PERSONA_FIELDS = ("description", "goals", "needs", "frustrations", "quote")


def build_sample(store: Store, key: str, seed: int = DEFAULT_SEED) -> Workshop:
    """Build one sample workshop (``mountainbike``, ``hotel`` or ``fridge``) in ``store``."""
    workshop = _build(store, load_sample(key), random.Random(seed))
    _keep_customer_results(workshop, key)
    return workshop


def _keep_customer_results(workshop: Workshop, key: str) -> None:
    """Save the sample's synthetic survey as a source with its results on each journey it
    reaches, so the dashboard and the panels show the customers' view from the start."""

    settings = next(s for s in sample_settings(workshop, key).values() if s.kind == "survey")
    survey = SurveyData.load(settings)
    name = Path(settings.file).name
    portable = settings.with_changes(file=f"sample_data/mining/{name}")  # no local paths
    source_id = workshop.save_source(name, "survey", portable.to_dict())
    for journey_id in workshop.frame("journeys")["id"]:
        rows = survey.summary(JourneyMap.of_workshop(workshop, str(journey_id)))
        if rows:
            workshop.save_results(source_id, str(journey_id), rows)


def build_all(store: Store, seed: int = DEFAULT_SEED) -> list[Workshop]:
    """Build every sample workshop in ``store``, in the order of ``SAMPLES``."""
    return [build_sample(store, key, seed) for key in SAMPLE_KEYS]


SAMPLES: dict[str, Callable[[Store], Workshop]] = {
    key: partial(build_sample, key=key) for key in SAMPLE_KEYS
}


def _build(store: Store, spec: SampleWorkshop, rng: random.Random) -> Workshop:
    _check(spec)
    workshop = store.create_workshop(
        spec.title, language=spec.language, goal=spec.goal, scope_kind=spec.scope_kind,
        scope=spec.scope, lens=spec.lens, vote_budget=spec.vote_budget, synthetic=True,
    )
    people = [(workshop.add_participant(p.name, p.department), p.name, p.department)
              for p in spec.participants]
    step_ids: dict[str, str] = {}
    for index, persona in enumerate(spec.personas):
        journey_id = _add_persona(workshop, spec, persona, reuse=index == 0)
        lens_phases = {row["name"]: row["id"] for row in workshop.rows("phases")
                       if row["journey_id"] == journey_id}
        _add_phases(workshop, journey_id, persona.phases, lens_phases, step_ids)
        for leftover in lens_phases.values():  # lens phases the team did not need
            workshop.delete_phase(leftover)

    _rate(workshop, spec, people, step_ids, rng)
    for moment in spec.moments:
        workshop.add_moment(step_ids[moment.step], moment.polarity, moment.reason,
                            status=moment.status)
    for item in spec.evidence:
        workshop.add_evidence(item.source, item.note, insight=item.insight,
                              step_id=step_ids[item.step] if item.step else None)
    idea_ids = {
        idea.key: workshop.add_idea(
            idea.title, [step_ids[k] for k in idea.steps], description=idea.description,
            department=idea.department, impact=idea.impact, effort=idea.effort,
            confidence=idea.confidence, expected_effect=idea.expected_effect,
            metric=idea.metric, status=idea.status,
        )
        for idea in spec.ideas
    }
    _vote(workshop, spec, people, idea_ids, rng)
    return workshop


def _add_persona(workshop: Workshop, spec: SampleWorkshop, persona: SamplePersona,
                 reuse: bool) -> str:
    """Fill in the persona the lens created (``reuse``) or add one; return its journey id."""
    fields = {name: getattr(persona, name) for name in _PERSONA_FIELDS}
    existing = workshop.rows("journeys") if reuse else []
    if existing:
        journey_id = existing[0]["id"]
        workshop.update_persona(existing[0]["persona_id"], name=persona.name, **fields)
        workshop.update_journey(journey_id, name=persona.journey)
        return journey_id
    persona_id = workshop.add_persona(persona.name, **fields)
    journey_id = workshop.add_journey(persona_id, persona.journey)
    workshop.apply_lens(journey_id, spec.lens)
    return journey_id


def _add_phases(
    workshop: Workshop,
    journey_id: str,
    phases: Sequence[SamplePhase],
    lens_phases: dict[str, str],
    step_ids: dict[str, str],
    parent_id: str | None = None,
) -> None:
    """Adapt the lens phases and add the team's own phases, sub-phases and steps."""
    for position, phase in enumerate(phases):
        if phase.template is not None:
            phase_id = lens_phases.pop(phase.template)
            changes = {"name": phase.name}
            if phase.description:
                changes["description"] = phase.description
            workshop.update_phase(phase_id, **changes)
            workshop.move_phase(phase_id, position)
        else:
            phase_id = workshop.add_phase(journey_id, phase.name, parent_id=parent_id,
                                          position=position, description=phase.description)
        for step in phase.steps:
            fields = {name: getattr(step, name) for name in _STEP_FIELDS}
            step_ids[step.key] = workshop.add_step(phase_id, step.name, **fields)
        _add_phases(workshop, journey_id, phase.subphases, lens_phases, step_ids, phase_id)


def _rate(workshop: Workshop, spec: SampleWorkshop, people: Sequence[tuple[str, str, str]],
          step_ids: Mapping[str, str], rng: random.Random) -> None:
    """Every participant rates every step: true score + department view + personal noise."""
    leniency = {pid: rng.gauss(0.0, 0.4) for pid, _, _ in people}
    for step in spec.steps():
        for pid, name, department in people:
            view = step.views.get(department, 0.0)
            emotional = step.emotional + leniency[pid] + view + rng.gauss(0.0, step.spread)
            functional = (step.functional + leniency[pid] / 2 + view / 2
                          + rng.gauss(0.0, step.spread))
            workshop.rate(pid, step_ids[step.key], _grade(functional), _grade(emotional),
                          step.comments.get(name, ""))


def _vote(workshop: Workshop, spec: SampleWorkshop, people: Sequence[tuple[str, str, str]],
          idea_ids: Mapping[str, str], rng: random.Random) -> None:
    """Dot voting: each participant ranks the ideas (appealing ones tend to come first) and
    spreads the dots over the top three, most on the favourite; some keep a dot back."""
    for pid, _, _ in people:
        ranked = sorted(spec.ideas, key=lambda idea: rng.random() ** (1 / idea.appeal**2),
                        reverse=True)
        dots = spec.vote_budget - (1 if rng.random() < 0.3 else 0)
        shares = [dots - 2 * (dots // 3), dots // 3, dots // 3]  # 5 -> 3, 1, 1; 4 -> 2, 1, 1
        for idea, share in zip(ranked, shares, strict=False):
            if share:
                workshop.vote(pid, idea_ids[idea.key], share)


def _grade(value: float) -> int:
    low, high = SCORE_RANGE
    return max(low, min(high, round(value)))


def _check(spec: SampleWorkshop) -> None:
    """Catch typos in the sample data before anything is written."""
    keys = [step.key for step in spec.steps()]
    names = {p.name for p in spec.participants}
    departments = {p.department for p in spec.participants}
    problems = [f"duplicate step key {k!r}" for k in set(keys) if keys.count(k) > 1]
    for step in spec.steps():
        problems += [f"{step.key}: unknown department {d!r}" for d in step.views
                     if d not in departments]
        problems += [f"{step.key}: unknown participant {n!r}" for n in step.comments
                     if n not in names]
    refs = [m.step for m in spec.moments] + [e.step for e in spec.evidence if e.step]
    refs += [k for idea in spec.ideas for k in idea.steps]
    problems += [f"unknown step key {k!r}" for k in refs if k not in keys]
    if problems:
        raise ValueError(f"Sample {spec.title!r}: " + "; ".join(sorted(problems)))
