"""The preparation panel: the organisation's view of the journey, set up by the facilitator.

One accordion section per part of the method (scope, participants, personas, lens, phases and
steps, assumptions), each with its own guide. The journey chosen at the top is the one the
lens, phases and assumptions sections edit, so a workshop with several personas can prepare
each persona's journey in turn. Everyone else sees the same panel read-only.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .common import Panel, esc
from .live import Frames
from .preparation_base import LABEL_STYLE, WIDE, Quiet, Section, set_options
from .preparation_lens import AssumptionsSection, LensSection
from .preparation_people import ParticipantsSection, PersonasSection, ScopeSection
from .preparation_steps import PhasesSection


class PreparationPanel(Panel):
    """Scope, people, personas, lens, phases and steps, assumptions."""

    area = "preparation"

    def build(self) -> list[widgets.Widget]:
        self.quiet = Quiet()
        self.journey = widgets.Dropdown(description=self.t("field.journey_id"), layout=WIDE,
                                        style=LABEL_STYLE)
        self.journey.add_class("kr-journey-select")
        self.journey.observe(self._journey_changed, names="value")
        self.notice = widgets.HTML()
        if not self.session.can_restructure:
            self.notice.value = (f'<div class="kr-read-only">{esc(self.t("prep.read_only"))}'
                                 "</div>")
        self.scope = ScopeSection(self)
        self.participants = ParticipantsSection(self)
        self.personas = PersonasSection(self)
        self.lens = LensSection(self)
        self.phases = PhasesSection(self)
        self.assumptions = AssumptionsSection(self)
        self.sections: list[Section] = [self.scope, self.participants, self.personas,
                                        self.lens, self.phases, self.assumptions]
        self.accordion = widgets.Accordion(children=[s.widget for s in self.sections],
                                           titles=tuple(s.title for s in self.sections))
        self.accordion.selected_index = 0
        self.accordion.add_class("kr-prep-sections")
        return [self.notice, self.journey, self.accordion, self.feedback.widget]

    # -- the journey being prepared ----------------------------------------------------

    @property
    def journey_id(self) -> str | None:
        return self.journey.value

    def journey_persona(self) -> str | None:
        journeys = self.frames["journeys"]
        found = journeys[journeys["id"] == self.journey.value]
        return None if found.empty else str(found["persona_id"].iloc[0])

    def choose_journey(self, journey_id: str) -> None:
        """Make `journey_id` the one the lens, phases and assumptions sections edit."""
        set_options(self.journey, self._journey_options(self.frames), self.journey.value,
                    self.quiet)
        if journey_id in {value for _, value in self.journey.options}:
            self.journey.value = journey_id

    def _journey_options(self, frames: Frames) -> list[tuple[str, str]]:
        names = dict(zip(frames["personas"]["id"], frames["personas"]["name"], strict=True))
        journeys = frames["journeys"].assign(
            persona=lambda f: f["persona_id"].map(names).fillna(""),
            desired=lambda f: f["variant"] != "current",
        ).sort_values(["desired", "persona", "name"])
        return [(f"{row.persona} · {row.name}", row.id) for row in journeys.itertuples()]

    def _journey_changed(self, _change: dict[str, Any]) -> None:
        if self.quiet.on:
            return
        for section in self.sections:
            if section.follows_journey:
                section.refresh(self.frames, set(self.frames))
        self.personas.follow(self.journey_persona())

    # -- live updates ------------------------------------------------------------------

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        moved = False
        if changed & {"personas", "journeys"}:
            moved = set_options(self.journey, self._journey_options(frames), self.journey.value,
                                self.quiet)
        for section in self.sections:
            if section.tables & changed or (moved and section.follows_journey):
                section.refresh(frames, changed)
        if moved:
            self.personas.follow(self.journey_persona())
