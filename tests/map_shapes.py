"""Journey maps of any size, built as plain values (no store): for the map's drawing and
poster tests, and the map benchmark's shape."""

from __future__ import annotations

from klantreis.figures import JourneyMap, MapIdea, MapPhase, MapStep
from klantreis.figures.journey_map import STORY_FIELDS


def synthetic_map(steps: int, text: str = "", phases: int = 12) -> JourneyMap:
    """A map of `steps` steps in `phases` phases with `text` (or a short story) in every lane."""
    def step(n: int) -> MapStep:
        words = text or f"What the customer does at step {n + 1}, in a sentence or two."
        mean = 1 + (n * 7 % 90) / 10
        return MapStep(
            step_id=f"s{n}", order=n, name=text or f"Step {n + 1}", sub_phase=text,
            kind="touchpoint" if n % 3 else "non_touchpoint", channel=text or "Website",
            online=bool(n % 2), device=("any", "phone", "computer", "in_person")[n % 4],
            same_moment=text or ("Pay" if n % 6 == 0 else ""), department=text or "Sales",
            story=dict.fromkeys(STORY_FIELDS, words),
            evidence=("interview",) if n % 4 == 0 else (), n=40, mean=mean,
            low=max(1.0, mean - 2), high=min(10.0, mean + 2),
            customers=mean if n % 5 == 0 else None, customers_n=120 if n % 5 == 0 else 0,
            moments=(("negative", text or "drop"),) if n % 9 == 0 else (),
            ideas=(MapIdea(text or f"Idea {n}", n % 2 == 0),) if n % 3 == 0 else ())
    columns = [step(n) for n in range(steps)]
    groups = [columns[i * steps // phases:(i + 1) * steps // phases] for i in range(phases)]
    return JourneyMap(text or "A long journey", text or "A persona",
                      tuple(MapPhase(f"p{i}", text or f"Phase {i + 1}", text, tuple(group))
                            for i, group in enumerate(groups) if group), True)
