"""The improvement panel: from pain points to a chosen backlog and the desired journey.

Seven sections in an accordion (phone-friendly: one open at a time), each with its own guide:
starting points, ideas, dot voting, ranking and backlog, the desired journey, responsibility
per phase and channel consistency. The panel picks the journey and tells each section when
what it shows has changed; the sections decide the rest.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..journey import JourneyPicker
from ..kit import esc, html_box
from ..panel import Panel
from .channels import Channels
from .desired import DesiredJourney
from .ideas import Ideas
from .ranking import Ranking
from .responsibility import Responsibility
from .starting import StartingPoints
from .voting import Voting


class ImprovementPanel(Panel):
    """Ideas, votes and the backlog for one workshop, on the chosen persona's journey."""

    area = "improvement"
    parts = (StartingPoints, Ideas, Voting, Ranking, DesiredJourney, Responsibility, Channels)

    def build(self) -> list[widgets.Widget]:
        state = self.state
        self.picker = JourneyPicker(state)
        self.starting.on_new_idea = self.start_idea
        self.accordion = widgets.Accordion(
            children=self.section_widgets(),
            titles=tuple(s.title for s in self.sections),
            selected_index=0,
        )
        self.accordion.add_class("kr-improvement-sections")
        self.accordion.observe(self._on_open, names="selected_index")
        for index, section in enumerate(self.sections):
            section.is_open = index == 0
        notice = "" if state.can_contribute else \
            f'<p class="kr-note">{esc(self.t("ui.read_only"))}</p>'
        return [self.picker.widget, html_box(notice, "kr-role-notice"), self.accordion,
                self.feedback.widget]

    def _on_open(self, change: dict[str, Any]) -> None:
        for index, section in enumerate(self.sections):
            section.set_open(index == change["new"])

    def open_section(self, section: Any) -> None:
        self.accordion.selected_index = self.sections.index(section)

    def start_idea(self, step_id: str) -> None:
        """'New idea for this step': the idea form, aimed at that step, opened."""
        feedback = self.starting.feedback
        feedback.clear()

        def prefill() -> None:
            self.state.require_contributor()
            name = self.ideas.form.prefill([step_id])
            self.open_section(self.ideas)
            self.ideas.feedback.ok("improvement.prefilled", step=name)

        feedback.guard(prefill)()
