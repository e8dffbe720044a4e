"""The participant's page: one page, and one kernel, for the whole served workshop.

A participant gives their name once, then the page shows what the facilitator has opened
(`room` in the store): the customer and the journey, the step to rate, ideas and dots. It
follows the facilitator's journey and, unless the room goes at everyone's own pace, the
facilitator's step. Every section is shown only while it is what the room does; a hidden
section refuses to write (see `section.ParticipantSection`).
"""

from __future__ import annotations

import ipywidgets as widgets

from ..kit import esc, html_box
from ..panel import Panel
from .ideas import ParticipantIdeas, ParticipantVoting
from .joining import CodeEntry, Welcome
from .journey import JourneyView
from .now import Now
from .step import ParticipantRating, StepCard, StepView, TeamCurve

STYLE = """<style>
.kr-panel-participant { max-width: 560px; }
.kr-panel-participant .kr-section { margin-bottom: 8px; }
.kr-panel-participant h3 { margin: 4px 0; }
.kr-panel-participant .kr-step-where, .kr-panel-participant .kr-you { margin: 0; color: #555; }
.kr-panel-participant .kr-now-what { margin: 4px 0; }
.kr-panel-participant .kr-card { border: 1px solid #d0d7e2; border-radius: 6px;
  padding: 4px 12px; margin: 4px 0; background: #fff; }
.kr-panel-participant .kr-step dt { font-weight: 600; margin-top: 4px; }
.kr-panel-participant .kr-step dd { margin-left: 0; }
.kr-panel-participant .kr-face { font-size: 24px; padding: 0; }
.kr-panel-participant .kr-countdown { font-size: 1.4em; font-weight: 700; }
.kr-panel-participant .kr-countdown.kr-up { color: #b00020; }
.kr-panel-participant .kr-personal a { word-break: break-all; }
.kr-panel-participant .jupyter-button { min-height: 44px; min-width: 44px; }
</style>"""


class ParticipantPanel(Panel):
    """Joining, then what the room does now, on one phone-first page."""

    area = "participant"
    parts = (CodeEntry, Welcome, Now, JourneyView, StepView, ParticipantRating, StepCard,
             TeamCurve, ParticipantIdeas, ParticipantVoting)

    def build(self) -> list[widgets.Widget]:
        self.rating.on_next = lambda: self.step.go(+1)
        note = [] if self.state.in_room else [html_box(
            f'<p class="kr-note">{esc(self.t("room.served_only"))}</p>', "kr-served-only")]
        return [widgets.HTML(STYLE), *note, *self.section_widgets()]

    def before_sections(self, changed: set[str]) -> None:
        """Follow the room: its journey, and its step unless everyone goes at their own
        pace (then stay on one's own step while it exists)."""
        state = self.state
        if state.participant_id is not None and \
                state.participant_id not in set(state.frames["participants"]["id"]):
            with state.hold_trait_notifications():  # removed by the facilitator
                state.participant_id, state.link = None, ""
        journey = state.room_journey
        if journey is not None and journey != state.journey_id:
            state.journey_id = journey
        steps = [str(s) for s in state.journey.steps["step_id"]]
        room_step = state.room_step if state.room_step in steps else None
        if state.pace == "follow" or state.step_id not in steps:
            wanted = room_step or (steps[0] if state.pace == "own" and steps else None)
            if wanted != state.step_id:
                state.step_id = wanted
