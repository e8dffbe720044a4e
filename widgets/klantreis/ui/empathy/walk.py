"""The walk: the persona, the step in journey order, and the way to the next one.

The step on screen is the page state's `step_id`; going back or forth sets it, and the
rating, evidence and customers' score of that step follow it.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...i18n import text
from ..kit import button, esc, html_box
from .cards import persona_card, step_card
from .section import STRUCTURE, EmpathySection


class Walk(EmpathySection):
    """Progress, the persona and step cards, previous and next."""

    key = "walk"
    guide_area = "empathy_walk"
    tables = STRUCTURE
    follows = frozenset({"journey_id", "step_id"})

    def build(self) -> list[widgets.Widget]:
        self.steps: list[dict[str, Any]] = []  # the journey's ordered steps, as rows
        self._journey: str | None = None
        self.progress_text = html_box("", "kr-empathy-progress")
        self.progress = widgets.IntProgress(min=0, max=1, value=0,
                                            layout=widgets.Layout(width="100%",
                                                                  max_width="460px"))
        self.progress.add_class("kr-empathy-progress-bar")
        self.persona_card = html_box("", "kr-persona-card")
        self.step_card = html_box("", "kr-step-card")
        self.previous = button(self.t("ui.previous"), "kr-empathy-previous",
                               lambda: self.go(-1), icon="arrow-left")
        self.next = button(self.t("ui.next"), "kr-empathy-next", lambda: self.go(+1),
                           icon="arrow-right")
        return [self.progress_text, self.progress, self.persona_card, self.step_card,
                widgets.HBox([self.previous, self.next]), self.feedback.widget]

    @property
    def index(self) -> int:
        ids = [row["step_id"] for row in self.steps]
        return ids.index(self.state.step_id) if self.state.step_id in ids else 0

    def refresh(self) -> None:
        """The journey's steps in order; stay on the same step while it exists (on another
        journey, start at its first step)."""
        journey = self.state.journey
        before = self.index if self._journey == self.state.journey_id else 0
        self._journey = self.state.journey_id
        self.steps = journey.steps.to_dict("records")
        ids = [row["step_id"] for row in self.steps]
        if self.state.step_id not in ids:
            self.state.step_id = ids[min(before, len(ids) - 1)] if ids else None
        self._show_persona(journey.persona)
        self._show_step()

    def _show_persona(self, persona: dict[str, Any]) -> None:
        html = persona_card(persona or None, self.language)
        if self.persona_card.value != html:
            self.persona_card.value = html

    def _show_step(self) -> None:
        """Progress, step card and navigation for the step in the state."""
        total, index = len(self.steps), self.index
        self.previous.disabled = index <= 0
        self.next.disabled = index >= total - 1
        self.progress.max, self.progress.value = max(total, 1), index + 1 if total else 0
        if not total:
            key = "empathy.no_steps" if self.state.journey_id else "empathy.no_journey"
            self.progress_text.value = f"<i>{esc(self.t(key))}</i>"
            self.step_card.value = ""
            return
        row = self.steps[index]
        phase = text(row["top_phase_name"])
        if text(row["phase_name"]) != phase:
            phase = f"{phase} › {text(row['phase_name'])}"
        self.progress_text.value = "<b>" + esc(self.t(
            "empathy.progress", number=index + 1, total=total, phase=phase)) + "</b>"
        steps = self.state.frames["steps"]
        match = steps[steps["id"] == row["step_id"]]
        self.step_card.value = step_card(match.iloc[0].to_dict() if len(match) else None,
                                         self.language)

    def go(self, delta: int) -> None:
        """Walk to the previous (-1) or next (+1) step in journey order."""
        if self.steps:
            index = max(0, min(self.index + delta, len(self.steps) - 1))
            self.state.step_id = self.steps[index]["step_id"]
