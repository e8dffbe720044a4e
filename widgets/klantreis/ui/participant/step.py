"""Rating a step on a phone: where it is in the journey and, at one's own pace, the way to
the next one; the score buttons right below; then what the customer lives at that step;
then the team's curve, once the facilitator shows it.

The score buttons come before the step's card so that, after joining, they are on the first
screen of a phone: the step's name is in the line above them, its lanes follow.
"""

from __future__ import annotations

import ipywidgets as widgets

from ...charts.phone import phone_curve_svg
from ...i18n import text
from ..empathy.cards import step_card
from ..empathy.rating import Rating
from ..kit import ChartView, button, esc, html_box
from .section import ACTIVE, ParticipantSection

STRUCTURE = frozenset({"journeys", "phases", "steps"})
WALK = ACTIVE | {"pace", "journey_id", "step_id"}


class RatingPart(ParticipantSection):
    """A section shown while the room rates steps."""

    def active(self) -> bool:
        return self.state.participant_id is not None and self.state.part == "empathy"


class StepView(RatingPart):
    """The step's place in the journey and its name; previous and next at one's own pace."""

    key = "step"
    tables = STRUCTURE
    follows = WALK

    def build(self) -> list[widgets.Widget]:
        self.progress = html_box("", "kr-step-progress")
        self.previous = button(self.t("ui.previous"), "kr-step-previous",
                               lambda: self.go(-1), icon="arrow-left")
        self.next = button(self.t("ui.next"), "kr-step-next", lambda: self.go(+1),
                           icon="arrow-right")
        self.nav = widgets.HBox([self.previous, self.next])
        self.nav.add_class("kr-step-nav")
        return [self.progress, self.nav]

    @property
    def steps(self) -> list[str]:
        return [str(s) for s in self.state.journey.steps["step_id"]]

    def update(self) -> None:
        state = self.state
        steps, step = self.steps, state.step_id
        self.nav.layout.display = "" if state.pace == "own" else "none"
        if step not in steps:
            self.progress.value = f"<p><i>{esc(self.t('room.no_step'))}</i></p>"
            return
        index = steps.index(step)
        row = state.journey.steps.iloc[index]
        where = self.t("empathy.progress", number=index + 1, total=len(steps),
                       phase=text(row["top_phase_name"]))
        self.progress.value = (f'<p class="kr-step-where">{esc(where)}</p>'
                               f'<h3 class="kr-step-name">{esc(text(row["step_name"]))}</h3>')
        self.previous.disabled, self.next.disabled = index <= 0, index >= len(steps) - 1

    def go(self, delta: int) -> None:
        """At one's own pace: the previous (-1) or next (+1) step."""
        steps = self.steps
        if not self.live() or self.state.pace != "own" or not steps:
            return
        index = steps.index(self.state.step_id) if self.state.step_id in steps else 0
        self.state.step_id = steps[max(0, min(index + delta, len(steps) - 1))]


class StepCard(RatingPart):
    """What the customer does, thinks and feels at the step, and what goes wrong there."""

    key = "card"
    tables = STRUCTURE
    follows = WALK

    def build(self) -> list[widgets.Widget]:
        self.card = html_box("", "kr-step-card")
        return [self.card]

    def update(self) -> None:
        details = self.state.frames["steps"].set_index("id")
        step = self.state.step_id
        self.card.value = step_card(details.loc[step].to_dict(), self.language) \
            if step in details.index else ""


class ParticipantRating(RatingPart, Rating):
    """One's own scores of the step the room (or one's own pace) is on.

    It does not redraw when someone joins (the count's total follows at the next rating):
    in a room joining at once, every join would otherwise redraw every phone's rating."""

    tables = STRUCTURE | {"ratings"}
    follows = WALK | {"reveal"}


class TeamCurve(RatingPart):
    """The team's curve, at a phone's size, once the facilitator shows it."""

    key = "team"
    tables = frozenset({"journeys", "phases", "steps", "ratings"})
    follows = WALK | {"reveal"}

    def build(self) -> list[widgets.Widget]:
        self.chart = ChartView("kr-phone-curve")
        return [self.chart.widget]

    def active(self) -> bool:
        return super().active() and self.state.reveal

    def update(self) -> None:
        self.chart.show_svg(phone_curve_svg(self.state.journey.curve, self.language,
                                            self.state.step_id))
