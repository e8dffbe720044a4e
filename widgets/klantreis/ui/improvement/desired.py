"""The desired journey: where the chosen ideas lift today's curve, and the persona's desired
journey of its own, with the score the team aims for at each of its steps.

The projection needs nothing but ideas with an expected effect. A desired journey goes
further: the facilitator makes it from the current one (same phases and steps), then changes,
removes and adds steps in preparation, and here gives each step the score the team aims for
and the ideas that change it. Both curves are then drawn on one chart, over the desired
journey's steps; a step the team adds has no line of today's.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...charts import emotion_curve_chart
from ...core.tables import SCORE_RANGE
from ...figures import BACKLOG
from ...i18n import is_missing, listing, number, text
from ..kit import ChartView, Quiet, button, dropdown, esc, html_box, labelled, set_options, show
from .section import ImprovementSection

NO_TARGET = 0  # the target dropdown's "(not set)" choice, stored as missing


class DesiredJourney(ImprovementSection):
    """The curve the selected ideas aim for, and the persona's desired journey."""

    key = "desired"
    tables = frozenset({"journeys", "phases", "steps", "ratings", "ideas", "idea_steps"})

    def build(self) -> list[widgets.Widget]:
        self.quiet = Quiet()
        self.summary = html_box("", "kr-desired-summary")
        self.chart = ChartView("kr-desired-curve")
        self.plan = html_box("", "kr-desired-plan")
        self.make = button(self.t("improvement.desired_make"), "kr-desired-make",
                           self.make_desired, style="primary", icon="clone")
        self.plan_chart = ChartView("kr-desired-journey-curve")
        self.step = dropdown(self.t("improvement.desired_step"), "kr-desired-step")
        self.step.observe(lambda _: self._show_step(), names="value")
        scores = [(self.t("improvement.desired_no_target"), NO_TARGET),
                  *((str(s), s) for s in range(SCORE_RANGE[0], SCORE_RANGE[1] + 1))]
        self.target = dropdown(self.t("field.target"), "kr-desired-target", scores)
        self.target.observe(self._on_target, names="value")
        self.ideas = widgets.SelectMultiple(options=[], rows=5)
        self.ideas.add_class("kr-desired-ideas")
        self.save_ideas = button(self.t("improvement.desired_link"), "kr-desired-link",
                                 self.link_ideas)
        self.editor = widgets.VBox([
            self.step, self.target,
            labelled(self.t("improvement.desired_ideas"), self.ideas), self.save_ideas])
        self.editor.add_class("kr-desired-editor")
        return [self.summary, self.chart.widget, self.plan, self.make, self.plan_chart.widget,
                self.editor]

    @property
    def frame(self) -> object:
        return self.state.journey.desired_curve

    def refresh(self) -> None:
        self.summary.value = f"<p>{esc(self._summary())}</p>"
        journey = self.state.journey
        desired = journey.desired_journey
        facilitator = self.state.can_restructure  # only they see the controls that write
        show(self.make, facilitator and desired is None and not journey.steps.empty)
        show(self.editor, facilitator and desired is not None and not desired.steps.empty)
        show(self.plan_chart.widget, desired is not None and not desired.steps.empty)
        self.plan.value = self._plan_text()
        if desired is not None:
            self._offer_steps(desired)
        self.charts_changed()

    def draw(self) -> None:
        """The desired line only where it differs: a dashed copy of today's curve would hide
        under it and suggest a plan that does not exist yet."""
        journey = self.state.journey
        self.chart.show(emotion_curve_chart(journey.curve, self.language,
                                            desired=journey.desired))
        planned = journey.planned
        if planned is not None and not planned.empty:
            self.plan_chart.show(emotion_curve_chart(planned, self.language,
                                                     desired=journey.targets))

    # -- the persona's desired journey --------------------------------------------------------

    def make_desired(self) -> None:
        """Make the desired journey from the one shown (the facilitator only)."""
        journey_id = self.state.journey_id
        if journey_id is None or self.state.journey.desired_journey is not None:
            return
        if self.restructure(lambda: self.workshop.derive_desired(journey_id)):
            self.feedback.ok("improvement.desired_made")

    def _plan_text(self) -> str:
        journey = self.state.journey
        desired = journey.desired_journey
        if desired is None:
            return f'<p class="kr-empty">{esc(self.t("improvement.desired_journey_none"))}</p>'
        steps = self.state.frames["steps"]
        based_on = dict(zip(steps["id"], steps["based_on"], strict=True))
        added = sum(1 for s in desired.steps["step_id"] if is_missing(based_on.get(s)))
        lines = [self.t("improvement.desired_journey", name=text(desired.journey.get("name")),
                        steps=len(desired.steps), added=added)]
        if journey.removed:
            lines.append(self.t("improvement.desired_removed",
                                steps=listing(journey.removed, self.language)))
        targets = journey.targets
        if targets is None or targets.empty:
            lines.append(self.t("improvement.desired_no_targets"))
        return "".join(f"<p>{esc(line)}</p>" for line in lines)

    def _offer_steps(self, desired: Any) -> None:
        choices = [(f"{i}. {text(name)}", str(step_id)) for i, (step_id, name) in
                   enumerate(zip(desired.steps["step_id"], desired.steps["step_name"],
                                 strict=True), start=1)]
        set_options(self.step, choices, self.step.value, self.quiet)
        ideas = self.state.frames["ideas"]
        with self.quiet():
            self.ideas.options = [(text(title), str(i)) for i, title in
                                  zip(ideas["id"], ideas["title"], strict=True)]
        self._show_step()

    def _show_step(self) -> None:
        """The chosen step's target and the ideas that change it."""
        if self.quiet.on:
            return
        step_id = self.step.value
        steps = self.state.frames["steps"].set_index("id")
        links = self.state.frames["idea_steps"]
        with self.quiet():
            target = steps["target"].get(step_id) if step_id in steps.index else None
            self.target.value = NO_TARGET if is_missing(target) else int(target)
            linked = links[links["step_id"].eq(step_id).to_numpy(dtype=bool)]["idea_id"]
            self.ideas.value = tuple(str(i) for i in linked
                                     if str(i) in {v for _, v in self.ideas.options})

    def _on_target(self, change: dict[str, Any]) -> None:
        if self.quiet.on or self.step.value is None:
            return
        value = None if change["new"] == NO_TARGET else int(change["new"])
        step_id = self.step.value
        if not self.restructure(lambda: self.workshop.update_step(step_id, target=value)
                                or True):
            self._show_step()

    def link_ideas(self) -> None:
        """The ideas chosen in the list become the ones that change the chosen step."""
        step_id, chosen = self.step.value, list(self.ideas.value)
        if step_id is None:
            return
        if self.restructure(lambda: self.workshop.set_step_ideas(step_id, chosen) or True):
            self.feedback.ok("improvement.desired_linked", count=len(chosen))

    # -- the projection from the ideas ---------------------------------------------------------

    def _summary(self) -> str:
        journey = self.state.journey
        desired = journey.desired_curve
        lifted = desired[desired["uplift"].ne(0).to_numpy(dtype=bool)]
        if lifted.empty:
            return self.t("improvement.desired_none")
        ideas = journey.ideas
        effective = ideas[ideas["status"].isin(BACKLOG).to_numpy(dtype=bool)
                          & ideas["expected_effect"].fillna(0).ne(0).to_numpy(dtype=bool)]
        links = self.state.frames["idea_steps"]
        aimed = links[links["step_id"].isin(lifted["step_id"]).to_numpy(dtype=bool)]
        count = len(set(aimed["idea_id"]) & set(effective["id"]))
        top = lifted.loc[lifted["uplift"].abs().idxmax()]
        names = dict(zip(journey.curve["step_id"], journey.curve["step_name"], strict=True))
        return self.t("improvement.desired_summary", ideas=count, steps=len(lifted),
                      uplift=number(top["uplift"], self.language, sign=True),
                      step=text(names.get(top["step_id"])))

