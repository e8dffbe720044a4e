"""Phase templates ("lenses") a team can start its customer journey from.

The lens data lives in ``lenses.json`` next to this module so facilitators can
read and translate it without touching code. This module only loads it and
hands it out in one language at a time, because a workshop runs in one language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pandas as pd

__all__ = [
    "LANGUAGES",
    "PERSPECTIVES",
    "Lens",
    "PhaseTemplate",
    "all_lenses",
    "get_lens",
    "lens_ids",
    "lenses_frame",
    "perspective_note",
]

LANGUAGES: tuple[str, ...] = ("nl", "en")
PERSPECTIVES: tuple[str, ...] = ("inside-out", "outside-in")

_DATA_FILE = "lenses.json"

# Kept in code rather than in the JSON: these are advice from the kit, not lens data.
_PERSPECTIVE_NOTES: dict[tuple[str, str], str] = {
    ("inside-out", "nl"): (
        "Deze lens kijkt naar de klant door de bril van de eigen processen en afdelingen "
        "van de organisatie. Probeer de fasen te herformuleren als wat de klant zelf doet."
    ),
    ("inside-out", "en"): (
        "This lens looks at the customer through the organisation's own processes and "
        "departments. Try rephrasing the phases as what the customer actually does."
    ),
    ("outside-in", "nl"): (
        "Deze lens begint bij de activiteiten van de klant zelf, dus de fasen volgen "
        "wat de klant doet en niet hoe de organisatie is ingericht."
    ),
    ("outside-in", "en"): (
        "This lens starts from the customer's own activities, so the phases follow what "
        "the customer does rather than how the organisation is set up."
    ),
}


@dataclass(frozen=True)
class PhaseTemplate:
    """One phase of a lens, already resolved to a single language."""

    name: str
    brand_goal: str
    description: str
    channels: tuple[str, ...]


@dataclass(frozen=True)
class Lens:
    """A phase template in one language; frozen so shared instances cannot drift."""

    id: str
    perspective: str
    name: str
    description: str
    example: str
    phases: tuple[PhaseTemplate, ...]
    language: str

    @property
    def outside_in(self) -> bool:
        """True when the phases start from what the customer does."""
        return self.perspective == "outside-in"


@cache
def _raw_lenses() -> tuple[dict[str, Any], ...]:
    """Read the packaged JSON once; importlib.resources keeps this working from a wheel."""
    text = (
        resources.files(__package__ or "klantreis").joinpath(_DATA_FILE).read_text(encoding="utf-8")
    )
    return tuple(json.loads(text)["lenses"])


@cache
def _raw_by_id() -> dict[str, dict[str, Any]]:
    return {raw["id"]: raw for raw in _raw_lenses()}


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}; choose one of {', '.join(LANGUAGES)}.")


def _build_lens(raw: dict[str, Any], language: str) -> Lens:
    phases = tuple(
        PhaseTemplate(
            name=p["name"][language],
            brand_goal=p.get("brand_goal", {}).get(language, ""),
            description=p.get("description", {}).get(language, ""),
            channels=tuple(p.get("channels", {}).get(language, [])),
        )
        for p in raw["phases"]
    )
    return Lens(
        id=raw["id"],
        perspective=raw["perspective"],
        name=raw["name"][language],
        description=raw["description"][language],
        example=raw.get("example", {}).get(language, ""),
        phases=phases,
        language=language,
    )


def lens_ids() -> list[str]:
    """Lens ids in the order the kit presents them (inside-out first)."""
    return [raw["id"] for raw in _raw_lenses()]


def get_lens(lens_id: str, language: str = "en") -> Lens:
    """Return one lens in ``language``; fails loudly so typos in notebooks are obvious."""
    _check_language(language)
    try:
        raw = _raw_by_id()[lens_id]
    except KeyError:
        raise KeyError(
            f"Unknown lens {lens_id!r}; available lenses: {', '.join(lens_ids())}."
        ) from None
    return _build_lens(raw, language)


def all_lenses(language: str = "en") -> list[Lens]:
    """All lenses in ``language``, in presentation order."""
    _check_language(language)
    return [_build_lens(raw, language) for raw in _raw_lenses()]


def lenses_frame(language: str = "en") -> pd.DataFrame:
    """One row per (lens, phase), for quick previews and comparisons in a notebook."""
    rows = [
        {
            "lens_id": lens.id,
            "lens_name": lens.name,
            "perspective": lens.perspective,
            "phase_order": order,
            "phase_name": phase.name,
            "brand_goal": phase.brand_goal,
            "channels": ", ".join(phase.channels),
        }
        for lens in all_lenses(language)
        for order, phase in enumerate(lens.phases, start=1)
    ]
    columns = [
        "lens_id",
        "lens_name",
        "perspective",
        "phase_order",
        "phase_name",
        "brand_goal",
        "channels",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    dtypes = {col: "string" for col in columns}
    dtypes["phase_order"] = "Int64"
    return frame.astype(dtypes)


def perspective_note(lens: Lens) -> str:
    """Explain the lens's perspective so teams notice when they map the organisation instead."""
    return _PERSPECTIVE_NOTES[(lens.perspective, lens.language)]
