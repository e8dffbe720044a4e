"""The improvement panel: from pain points to a chosen backlog and the desired journey.

Seven sections in an accordion (phone-friendly: one open at a time), each with its own guide:
starting points, ideas, dot voting, ranking and backlog, the desired journey, responsibility
per phase and channel consistency. The sections live in `improvement_starting`,
`improvement_ideas`, `improvement_voting` (what people type and click) and `improvement_views`
(what the group looks at); this module chooses the journey, checks roles and tells each
section when the tables it shows have changed.
"""

from __future__ import annotations

from typing import Any, TypeVar

import ipywidgets as widgets
import pandas as pd

from .. import derived
from ..errors import KlantreisError
from ..messages import t
from .common import Panel, esc
from .improvement_base import FORM, Section, html, labelled, show
from .improvement_ideas import Ideas
from .improvement_starting import StartingPoints
from .improvement_views import Channels, DesiredJourney, Ranking, Responsibility
from .improvement_voting import Voting
from .live import Frames

T = TypeVar("T")

# Tables that change the chosen journey's steps or curve.
JOURNEY_TABLES = frozenset({"journeys", "phases", "steps", "ratings"})


class ImprovementPanel(Panel):
    """Ideas, votes and the backlog for one workshop, on the chosen persona's journey."""

    area = "improvement"

    def build(self) -> list[widgets.Widget]:
        self.journey_id: str | None = None
        self.steps = derived.ordered_steps(pd.DataFrame(), pd.DataFrame())
        self.curve = derived.emotion_curve(pd.DataFrame(), pd.DataFrame(), pd.DataFrame())
        self._syncing = False
        self.journey = widgets.Dropdown(options=[], layout=FORM)
        self.journey.add_class("kr-journey-choice")
        self.journey.observe(self._on_journey, names="value")
        self.journey_box = labelled(self.t("improvement.journey"), self.journey)
        self.starting = StartingPoints(self)
        self.ideas = Ideas(self)
        self.voting = Voting(self)
        self.ranking = Ranking(self)
        self.desired = DesiredJourney(self)
        self.responsibility = Responsibility(self)
        self.channels = Channels(self)
        self.sections: list[Section] = [self.starting, self.ideas, self.voting, self.ranking,
                                        self.desired, self.responsibility, self.channels]
        self.accordion = widgets.Accordion(
            children=[s.widget for s in self.sections],
            titles=tuple(s.title for s in self.sections),
            selected_index=0,
        )
        self.accordion.add_class("kr-improvement-sections")
        self.accordion.observe(self._on_open, names="selected_index")
        self.starting.set_open(True)
        notice = html(self._role_notice(), "kr-role-notice")
        return [self.journey_box, notice, self.accordion, self.feedback.widget]

    # -- refreshing --------------------------------------------------------------------

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        changed = set(changed)
        if changed & {"journeys", "personas"} and self._choose_journey(frames):
            changed.add("journeys")
        if changed & JOURNEY_TABLES:
            self._follow_journey(frames)
        for section in self.sections:
            if changed & section.tables:
                section.refresh(frames)

    def _choose_journey(self, frames: Frames) -> bool:
        """Offer the current journeys (persona: journey); keep the choice while it exists.
        Returns whether the chosen journey changed."""
        choices = journey_options(frames, self.language)
        ids = [value for _, value in choices]
        wanted = self.journey_id if self.journey_id in ids else (ids[0] if ids else None)
        self._syncing = True
        try:
            if list(self.journey.options) != choices:
                self.journey.options = choices
            self.journey.value = wanted
        finally:
            self._syncing = False
        show(self.journey_box, len(choices) > 1)
        moved = wanted != self.journey_id
        self.journey_id = wanted
        return moved

    def _follow_journey(self, frames: Frames) -> None:
        phases, steps = frames["phases"], frames["steps"]
        self.steps = derived.ordered_steps(phases, steps, self.journey_id)
        self.curve = derived.emotion_curve(phases, steps, frames["ratings"],
                                           journey_id=self.journey_id)

    def _on_open(self, change: dict[str, Any]) -> None:
        for index, section in enumerate(self.sections):
            section.set_open(index == change["new"])

    def _on_journey(self, change: dict[str, Any]) -> None:
        if self._syncing or change["new"] == self.journey_id:
            return
        self.journey_id = change["new"]
        self.refresh(self.frames, {"journeys"})

    # -- writing and roles -------------------------------------------------------------

    def require_contributor(self) -> None:
        if not self.session.can_contribute:
            raise KlantreisError("ui.read_only", self.language)

    def require_facilitator(self) -> None:
        self.require_contributor()
        if not self.session.can_restructure:
            raise KlantreisError("improvement.facilitator_only", self.language)

    def require_participant(self) -> str:
        """The id of the person voting; a page that does not know who it is must ask."""
        self.require_contributor()
        if self.session.participant_id is None:
            raise KlantreisError("ui.choose_participant_first", self.language)
        return self.session.participant_id

    def _role_notice(self) -> str:
        if not self.session.can_contribute:
            return f'<p class="kr-note">{esc(self.t("ui.read_only"))}</p>'
        return ""

    # -- moving between sections -------------------------------------------------------

    def open_section(self, section: Section) -> None:
        self.accordion.selected_index = self.sections.index(section)

    def start_idea(self, step_id: str) -> None:
        """'New idea for this step': the idea form, aimed at that step, opened."""
        feedback = self.starting.feedback
        feedback.clear()

        def prefill() -> None:
            self.require_contributor()
            name = self.ideas.form.prefill([step_id])
            self.open_section(self.ideas)
            self.ideas.feedback.ok("improvement.prefilled", step=name)

        feedback.guard(prefill)()


def journey_options(frames: Frames, language: str) -> list[tuple[str, str]]:
    """(persona: journey, id) for each current journey; all journeys if none is current."""
    journeys = frames["journeys"]
    current = journeys[journeys["variant"].eq("current").fillna(False).to_numpy(dtype=bool)]
    chosen = current if len(current) else journeys
    personas = dict(zip(frames["personas"]["id"], frames["personas"]["name"], strict=True))
    return [
        (t("improvement.journey_option", language, persona=personas.get(p, ""), journey=n), i)
        for i, p, n in zip(chosen["id"], chosen["persona_id"], chosen["name"], strict=True)
    ]
