"""Preparation section for the journey's phases (with sub-phases) and the steps under each.

The team lists touchpoints and, just as important, non-touchpoints: moments the customer is
busy with the journey without talking to anyone. Experiences break in those gaps, so a phase
without one gets a visible nudge."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...core.tables import DEVICES, SCORE_RANGE, STEP_KINDS
from .. import kit
from ..live import Frames
from .section import PreparationSection
from .tree import indent, journey_phases, phase_steps

PHASE_FIELDS = ("name", "brand_goal", "description")


STEP_TEXTS = ("channel", "same_moment", "department", "doing", "thinking", "feeling",
              "questions", "difficulties")
BLUEPRINT = ("frontstage", "backstage", "support")  # optional, folded away


AREAS = {"description", "doing", "thinking", "feeling", "questions", "difficulties",
         *BLUEPRINT}


def _counts(steps: list[dict]) -> tuple[int, int]:
    touch = sum(1 for s in steps if s["kind"] == "touchpoint")
    return touch, len(steps) - touch


class PhasesSection(PreparationSection):
    """Phases in order (sub-phases indented) and, for the chosen phase, its steps."""

    key = "phases"
    tables = frozenset({"phases", "steps"})
    follows = frozenset({"journey_id"})

    def build(self) -> list[widgets.Widget]:
        return [*self._build_phases(), *self._build_steps()]

    # -- building ----------------------------------------------------------------------

    def _build_phases(self) -> list[widgets.Widget]:
        self.overview = widgets.HTML()
        self.overview.add_class("kr-phase-overview")
        self.phase = kit.choice_list(self.t("field.phase_id"), 8, "kr-phase-select")
        self.phase.observe(lambda _: self._selected(self._show_phase), names="value")
        self.phase_form = kit.FieldForm(
            {name: kit.text_input(self.label("field", name), area=name in AREAS)
             for name in PHASE_FIELDS},
            lambda row, name, value: self.restructure(
                lambda: self.workshop.update_phase(row, **{name: value})),
        )
        self.phase_up = kit.button(self.t("ui.up"), "kr-phase-up")
        self.phase_down = kit.button(self.t("ui.down"), "kr-phase-down")
        self.phase_delete = kit.button(self.t("ui.delete"), "kr-phase-delete")
        self.phase_up.on_click(lambda _: self.move_phase(-1))
        self.phase_down.on_click(lambda _: self.move_phase(1))
        self.phase_delete.on_click(lambda _: self.delete_phase())
        self.status = widgets.HTML()
        self.status.add_class("kr-phase-status")
        self.new_phase = kit.text_input(self.t("field.name"), placeholder=self.t("prep.new_phase"))
        self.new_phase.add_class("kr-new-phase")
        self.add_phase_button = kit.button(self.t("prep.add_phase"), "kr-phase-add",
                                           style="primary")
        self.add_sub_button = kit.button(self.t("prep.add_subphase"), "kr-subphase-add")
        self.add_phase_button.on_click(lambda _: self.add_phase(sub=False))
        self.add_sub_button.on_click(lambda _: self.add_phase(sub=True))
        self.structural(*self.phase_form.inputs.values(), self.phase_up, self.phase_down,
                        self.phase_delete, self.new_phase, self.add_phase_button,
                        self.add_sub_button)
        return [self.overview, self.phase, *self.phase_form.inputs.values(),
                widgets.HBox([self.phase_up, self.phase_down, self.phase_delete]), self.status,
                self.new_phase, widgets.HBox([self.add_phase_button, self.add_sub_button])]

    def _build_steps(self) -> list[widgets.Widget]:
        kinds = [(self.label("value", kind), kind) for kind in STEP_KINDS]
        devices = [(self.label("value", device), device) for device in DEVICES]
        self.steps_title = widgets.HTML()
        self.step = kit.choice_list(self.t("field.step_id"), 6, "kr-step-select")
        self.step.observe(lambda _: self._selected(self._show_step), names="value")
        inputs: dict[str, widgets.ValueWidget] = {
            "name": kit.text_input(self.t("field.name")),
            "kind": kit.dropdown(self.t("field.kind"), choices=kinds),
            "online": widgets.Checkbox(description=self.t("field.online"), indent=True),
            "device": kit.dropdown(self.t("field.device"), choices=devices),
            # A desired journey's step: the score the team aims for.
            "target": kit.dropdown(self.t("field.target"), choices=[
                (self.t("prep.no_target"), None),
                *((str(s), s) for s in range(SCORE_RANGE[0], SCORE_RANGE[1] + 1))]),
        }
        inputs.update({name: kit.text_input(self.label("field", name), area=name in AREAS)
                       for name in (*STEP_TEXTS, *BLUEPRINT)})
        inputs["same_moment"].placeholder = self.t("prep.same_moment_hint")
        for name, widget in inputs.items():
            widget.add_class(f"kr-step-{name}")
        self.step_form = kit.FieldForm(inputs, lambda row, name, value: self.restructure(
            lambda: self.workshop.update_step(row, **{name: value})))
        self.step_up = kit.button(self.t("ui.up"), "kr-step-up")
        self.step_down = kit.button(self.t("ui.down"), "kr-step-down")
        self.step_delete = kit.button(self.t("ui.delete"), "kr-step-delete")
        self.step_up.on_click(lambda _: self.move_step(-1))
        self.step_down.on_click(lambda _: self.move_step(1))
        self.step_delete.on_click(lambda _: self.delete_step())
        self.target = kit.dropdown(self.t("prep.move_to"), "kr-step-target")
        self.move = kit.button(self.t("prep.move"), "kr-step-move")
        self.move.on_click(lambda _: self.move_to_phase())
        self.new_step = kit.text_input(self.t("field.name"), placeholder=self.t("prep.new_step"))
        self.new_step.add_class("kr-new-step")
        self.new_kind = kit.dropdown(self.t("field.kind"), choices=kinds)
        self.add_step_button = kit.button(self.t("prep.add_step"), "kr-step-add", style="primary")
        self.add_step_button.on_click(lambda _: self.add_step())
        self.structural(*inputs.values(), self.step_up, self.step_down, self.step_delete,
                        self.target, self.move, self.new_step, self.new_kind,
                        self.add_step_button)
        blueprint = widgets.Accordion([widgets.VBox([inputs[name] for name in BLUEPRINT])],
                                      titles=(self.t("prep.blueprint"),))
        blueprint.add_class("kr-step-blueprint")
        shown = [widget for name, widget in inputs.items() if name not in BLUEPRINT]
        self.based_on = kit.html_box("", "kr-step-based-on")
        return [self.steps_title, self.step, self.based_on, *shown, blueprint,
                widgets.HBox([self.step_up, self.step_down, self.step_delete]),
                self.target, self.move, self.new_step, self.new_kind, self.add_step_button]

    # -- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        frames = self.state.frames
        tree = journey_phases(frames["phases"], self.state.journey_id)
        labels = [(indent(str(row["name"]), depth), row["id"]) for row, depth in tree]
        kit.set_options(self.phase, labels, self.phase.value, self.quiet)
        kit.set_options(self.target, labels, self.target.value, self.quiet)
        self.overview.value = self._overview(tree, frames)
        self._show_phase(frames)

    def _selected(self, show: Any) -> None:
        if not self.quiet.on:
            show(self.state.frames)

    def _show_phase(self, frames: Frames) -> None:
        phase = self.phase.value
        row = kit.row_of(frames["phases"], phase)
        self.phase_form.load(phase, row)
        steps = phase_steps(frames["steps"], phase)
        self.status.value = self._status(steps) if row else ""
        name = kit.esc(row["name"]) if row else ""
        self.steps_title.value = f"<h4>{kit.esc(self.t('prep.steps_of'))} {name}</h4>"
        labels = [(f"{n}. {s['name']} ({self.label('value', s['kind'])})", s["id"])
                  for n, s in enumerate(steps, start=1)]
        kit.set_options(self.step, labels, self.step.value, self.quiet)
        self._show_step(frames)

    def _show_step(self, frames: Frames) -> None:
        row = kit.row_of(frames["steps"], self.step.value)
        self.step_form.load(self.step.value, row)
        desired = self.state.journey.journey.get("variant") == "desired"
        kit.show(self.step_form.inputs["target"], desired)
        self.based_on.value = self._based_on(row, frames) if desired and row else ""

    def _based_on(self, row: dict[str, Any], frames: Frames) -> str:
        """On a desired journey: which of today's steps this one changes, or that it is new."""
        original = kit.row_of(frames["steps"], row.get("based_on"))
        words = (self.t("prep.based_on", step=original["name"]) if original
                 else self.t("prep.new_in_desired"))
        return f'<p class="kr-hint">{kit.esc(words)}</p>'

    def _status(self, steps: list[dict]) -> str:
        touch, non = _counts(steps)
        counts = kit.esc(self.t("prep.counts", touch=touch, non=non))
        text = f'<div class="kr-counts">{counts}</div>'
        if non == 0:
            text += f'<div class="kr-nudge">{kit.esc(self.t("prep.nudge_non_touchpoints"))}</div>'
        return text

    def _overview(self, tree: list[tuple[dict, int]], frames: Frames) -> str:
        if not tree:
            return f"<i>{kit.esc(self.t('prep.no_phases'))}</i>"
        head = "".join(f"<th>{kit.esc(self.t(key))}</th>" for key in
                       ("field.phase_id", "prep.touchpoints", "prep.non_touchpoints"))
        rows = []
        for row, depth in tree:
            touch, non = _counts(phase_steps(frames["steps"], row["id"]))
            missing = kit.esc(self.t("prep.missing"))
            flag = "" if non else f' <span class="kr-nudge-flag">⚠ {missing}</span>'
            rows.append(f'<tr><td style="padding-left:{depth * 1.5}em">{kit.esc(row["name"])}</td>'
                        f"<td>{touch}</td><td>{non}{flag}</td></tr>")
        return f'<table class="kr-table"><tr>{head}</tr>{"".join(rows)}</table>'

    # -- changing phases ---------------------------------------------------------------

    def add_phase(self, sub: bool) -> None:
        journey, name = self.state.journey_id, self.new_phase.value
        parent = self.phase.value if sub else None
        if not self.allowed() or not self.require_text(name, "name"):
            return
        if journey is None or (sub and parent is None):
            self.feedback.error(self.t("prep.choose_phase" if sub else "prep.no_journey"))
            return
        new = self.restructure(lambda: self.workshop.add_phase(journey, name, parent_id=parent))
        if new:
            self.new_phase.value = ""
            self.phase.value = new

    def move_phase(self, delta: int) -> None:
        row = kit.row_of(self.state.frames["phases"], self.phase.value)
        if row is not None and row["position"] + delta >= 0:
            self.restructure(lambda: self.workshop.move_phase(row["id"], row["position"] + delta))

    def delete_phase(self) -> None:
        phase = self.phase.value
        if phase is not None:
            self.delete(lambda confirm: self.workshop.delete_phase(phase, confirm=confirm))

    # -- changing steps ----------------------------------------------------------------

    def add_step(self) -> None:
        phase, name, kind = self.phase.value, self.new_step.value, self.new_kind.value
        if not self.allowed() or not self.require_text(name, "name"):
            return
        if phase is None:
            self.feedback.error(self.t("prep.choose_phase"))
            return
        new = self.restructure(lambda: self.workshop.add_step(phase, name, kind=kind))
        if new:
            self.new_step.value = ""
            self.step.value = new

    def move_step(self, delta: int) -> None:
        row = kit.row_of(self.state.frames["steps"], self.step.value)
        if row is not None and row["position"] + delta >= 0:
            self.restructure(lambda: self.workshop.move_step(row["id"], row["position"] + delta))

    def move_to_phase(self) -> None:
        step, target = self.step.value, self.target.value
        if step is None or target is None:
            return
        end = len(phase_steps(self.state.frames["steps"], target))
        self.restructure(lambda: self.workshop.move_step(step, end, phase_id=target))
        moved = kit.row_of(self.state.frames["steps"], step)
        if moved is not None and moved["phase_id"] == target:  # follow the step
            self.phase.value = target
            self.step.value = step

    def delete_step(self) -> None:
        step = self.step.value
        if step is not None:
            self.delete(lambda confirm: self.workshop.delete_step(step, confirm=confirm))
