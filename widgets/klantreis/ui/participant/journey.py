"""The customer and the journey, as a participant reads them while waiting or preparing."""

from __future__ import annotations

import ipywidgets as widgets

from ...i18n import text
from ..empathy.cards import persona_card
from ..kit import esc, html_box
from .section import ACTIVE, ParticipantSection

STRUCTURE = frozenset({"journeys", "personas", "phases", "steps", "room"})


class JourneyView(ParticipantSection):
    """The persona's card and the journey's phases with their steps, read-only."""

    key = "journey"
    tables = STRUCTURE
    follows = ACTIVE | {"journey_id"}

    def build(self) -> list[widgets.Widget]:
        self.persona = html_box("", "kr-persona-card")
        self.outline = html_box("", "kr-journey-outline")
        return [self.persona, self.outline]

    def active(self) -> bool:
        return (self.state.participant_id is not None
                and self.state.part in ("waiting", "preparation"))

    def update(self) -> None:
        state = self.state
        journey = state.journey
        self.persona.value = persona_card(journey.persona or None, self.language)
        if state.part != "preparation" or journey.steps.empty:
            self.outline.value = ""
            return
        phases: dict[str, list[str]] = {}
        for phase, step in zip(journey.steps["top_phase_name"], journey.steps["step_name"],
                               strict=True):
            phases.setdefault(text(phase), []).append(text(step))
        self.outline.value = "".join(
            f"<h4>{esc(phase)}</h4><ol>" + "".join(f"<li>{esc(s)}</li>" for s in steps)
            + "</ol>" for phase, steps in phases.items())
