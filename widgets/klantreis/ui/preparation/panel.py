"""The preparation panel: the organisation's view of the journey, set up by the facilitator.

One accordion section per part of the method (scope, participants, personas, lens, phases and
steps, assumptions), each with its own guide. The journey chosen at the top is the one the
lens, phases and assumptions sections edit, so a workshop with several personas can prepare
each persona's journey in turn. Everyone else sees the same panel read-only.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..journey import JourneyPicker
from ..kit import esc
from ..panel import Panel
from .assumptions import AssumptionsSection
from .lens import LensSection
from .participants import ParticipantsSection
from .personas import PersonasSection
from .phases import PhasesSection
from .scope import ScopeSection


class PreparationPanel(Panel):
    """Scope, people, personas, lens, phases and steps, assumptions."""

    area = "preparation"
    parts = (ScopeSection, ParticipantsSection, PersonasSection, LensSection, PhasesSection,
             AssumptionsSection)

    def build(self) -> list[widgets.Widget]:
        self.picker = JourneyPicker(self.state, with_desired=True)
        self.notice = widgets.HTML()
        if not self.state.can_restructure:
            self.notice.value = (f'<div class="kr-read-only">{esc(self.t("prep.read_only"))}'
                                 "</div>")
        self.accordion = widgets.Accordion(children=self.section_widgets(),
                                           titles=tuple(s.title for s in self.sections))
        self.accordion.selected_index = 0
        self.accordion.add_class("kr-prep-sections")
        return [self.notice, self.picker.widget, self.accordion, self.feedback.widget]
