"""Ideas and dots on a participant's page: the improvement page's sections, shown while the
room works on improvements, without their long guides (the page says in a line what to do)
and with the short form a phone needs: the estimates are the facilitator's to make."""

from __future__ import annotations

import ipywidgets as widgets

from ..improvement.ideas import Ideas
from ..improvement.voting import Voting
from ..kit import show
from .section import ACTIVE, ParticipantSection


class ParticipantIdeas(ParticipantSection, Ideas):
    """A new idea (title, what, for which steps, who), and everyone's ideas."""

    follows = ACTIVE | {"journey_id"}

    def build(self) -> list[widgets.Widget]:
        body = super().build()
        for row in self.form.estimate_rows:
            show(row, False)
        return body

    def active(self) -> bool:
        return self.state.participant_id is not None and self.state.part == "improvement"


class ParticipantVoting(ParticipantSection, Voting):
    """One's dots; everyone's once the facilitator shows them."""

    follows = ACTIVE | {"reveal"}

    def active(self) -> bool:
        return self.state.participant_id is not None and self.state.part == "improvement"
