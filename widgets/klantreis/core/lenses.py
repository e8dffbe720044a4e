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
        from .errors import ValidationError

        raise ValidationError("error.choice", language, field="lens", value=lens_id,
                              choices=", ".join(lens_ids())) from None
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


# -- kit texts in the reader's language -------------------------------------------------------

#: Columns that may hold a text the kit provided, per table (rows say which in `template`:
#: "lens:<lens id>:<phase index>" or "value:<variant>").
KIT_TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "phases": ("name", "brand_goal", "description"),
    "journeys": ("name",),
}


def template_wordings(template: Any, column: str) -> dict[str, str]:
    """The kit's text for one column of a row made from `template`, by language ({} when
    the row came from no template, or the template gives that column no text)."""
    if not isinstance(template, str) or ":" not in template:
        return {}
    kind, _, rest = template.partition(":")
    if kind == "value" and column == "name":
        from ..i18n import LANGUAGES, has, label

        return {lang: label("value", rest, lang) for lang in LANGUAGES
                if has(f"value.{rest}")}
    if kind == "lens":
        lens_id, _, index = rest.rpartition(":")
        raw = _raw_by_id().get(lens_id)
        if raw is None or not index.isdigit() or int(index) >= len(raw["phases"]):
            return {}
        return dict(raw["phases"][int(index)].get(column) or {})
    return {}


def kit_text(value: Any, template: Any, column: str, language: str) -> Any:
    """`value` in `language` when it is still the kit's text of its template (in whichever
    language it was written): a workshop made in Dutch reads "Frame the decision" on an
    English page until somebody edits the phase; an edited value stays as typed."""
    wordings = template_wordings(template, column)
    if isinstance(value, str) and value in wordings.values():
        return wordings.get(language) or value
    return value


def kit_texts_in(frames: dict[str, pd.DataFrame], language: str) -> dict[str, pd.DataFrame]:
    """The frames with every unedited kit text in `language` (the same frames when no row
    came from a template)."""
    changed = dict(frames)
    for table, columns in KIT_TEXT_COLUMNS.items():
        frame = frames.get(table)
        if frame is None or frame.empty or "template" not in frame:
            continue
        made = frame["template"].fillna("").astype(str) != ""
        if not made.any():
            continue
        fixed = frame.copy()
        for column in columns:
            fixed.loc[made, column] = [
                kit_text(value, template, column, language)
                for value, template in zip(frame.loc[made, column], frame.loc[made, "template"],
                                           strict=True)]
        changed[table] = fixed
    return changed
