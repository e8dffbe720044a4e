"""The ideas section of the improvement page: the idea form and the list of ideas.

An idea is written only when someone clicks "Add idea" (an idea is a whole thing: a
half-filled idea in everyone's list would confuse the group), and a refresh never touches
what is typed in the form; it only updates the steps and departments to choose from.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...figures.ideas import ideas_by_title
from ...i18n import is_missing as missing
from ...i18n import number, text, value_label, whole
from ..kit import (
    ROW_TEXT,
    Rows,
    button,
    empty_state,
    esc,
    form_layout,
    full_width,
    html_box,
    labelled,
    show,
)
from ..live import Frames
from .section import ImprovementSection

ESTIMATES = ("impact", "effort", "confidence")
NOT_ESTIMATED = ""  # the estimate dropdowns' "(not estimated)" choice, stored as missing


class IdeaForm:
    """A new idea (anyone who contributes), or an existing one (the facilitator edits)."""

    def __init__(self, section: Ideas) -> None:
        self.section = section
        self.state = section.state
        t = section.t
        self.editing: str | None = None
        self._hidden_targets: list[str] = []  # targets outside the chosen journey, kept
        self._step_options: list[tuple[str, str]] = []
        self.heading = html_box("", "kr-idea-form-heading")
        self.title = self._input(widgets.Text(placeholder=t("improvement.placeholder.title")),
                                 "kr-idea-title")
        self.description = self._input(
            widgets.Textarea(placeholder=t("improvement.placeholder.description"), rows=3),
            "kr-idea-description")
        self.steps = self._input(widgets.SelectMultiple(options=[], rows=6), "kr-idea-steps")
        self.department = self._input(
            widgets.Combobox(options=[], ensure_option=False,
                             placeholder=t("improvement.placeholder.department")),
            "kr-idea-department")
        self.estimates = {name: self._estimate(name) for name in ESTIMATES}
        self.effect = self._input(widgets.FloatText(value=0.0, step=0.5), "kr-idea-effect")
        self.metric = self._input(widgets.Text(placeholder=t("improvement.placeholder.metric")),
                                  "kr-idea-metric")
        self.submit_button = button(t("improvement.add_idea"), "kr-add-idea", self.submit,
                                    style="primary")
        self.cancel_button = button(t("ui.cancel"), "kr-cancel-edit", self.reset)
        estimate_boxes = [labelled(section.label("field", name), widget,
                                   widgets.Layout(flex="1 1 140px", min_width="120px"))
                          for name, widget in self.estimates.items()]
        # What an idea is worth: estimated together later, left out of a phone's short form.
        self.estimate_rows = [
            widgets.HBox(estimate_boxes, layout=full_width()),
            labelled(t("improvement.effect_points"), self.effect),
            labelled(t("field.metric"), self.metric),
        ]
        self.widget = widgets.VBox([
            self.heading,
            labelled(t("field.title"), self.title),
            labelled(t("field.description"), self.description),
            labelled(t("improvement.target_steps"), self.steps),
            labelled(t("improvement.owner"), self.department),
            *self.estimate_rows,
            widgets.HBox([self.submit_button, self.cancel_button]),
        ], layout=form_layout())  # its own: it is hidden
        self.widget.add_class("kr-idea-form")
        show(self.widget, self.state.can_contribute)
        self.reset()

    @staticmethod
    def _input(widget: widgets.Widget, css_class: str) -> Any:
        widget.add_class(css_class)
        return widget

    def _estimate(self, name: str) -> widgets.Dropdown:
        choices = [(self.section.t("improvement.not_estimated"), NOT_ESTIMATED),
                   *((str(n), n) for n in range(1, 6))]
        return self._input(widgets.Dropdown(options=choices, value=NOT_ESTIMATED),
                           f"kr-idea-{name}")

    # -- what the form holds -----------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The idea as typed, in the workshop API's terms ('steps' are step ids)."""
        return {
            "title": self.title.value,
            "description": self.description.value,
            "department": self.department.value,
            **{name: None if w.value == NOT_ESTIMATED else w.value
               for name, w in self.estimates.items()},
            "expected_effect": self.effect.value,
            "metric": self.metric.value,
            "steps": list(self.steps.value),
        }

    def submit(self, **overrides: Any) -> bool:
        """Add the idea (or save the one being edited); `overrides` replace typed values.
        Invalid input leaves the store and the form as they were, with the reason inline."""
        values = {**self.values(), **overrides}
        steps = list(values.pop("steps"))
        title = values.pop("title")
        editing, workshop = self.editing, self.state.workshop

        def action() -> None:
            if editing is None:
                self.state.require_contributor()
                workshop.add_idea(title, steps, **values)
            else:
                self.state.require_facilitator("improvement.facilitator_only")
                workshop.update_idea(editing, steps=steps + self._hidden_targets, title=title,
                                     **values)

        if not self.section.done(action):
            return False
        done = "improvement.idea_added" if editing is None else "improvement.idea_saved"
        self.reset()
        self.section.feedback.ok(done, title=str(title).strip())
        return True

    def prefill(self, step_ids: list[str]) -> str:
        """Aim a new idea at these steps (and their owner, if none is typed yet); returns
        the first step's name for the confirmation."""
        if self.editing is not None:
            self.reset()
        journey = self.state.journey.steps
        known = dict(zip(journey["step_id"], journey.index, strict=True))
        wanted = [s for s in step_ids if s in known]
        self.steps.value = tuple(wanted)
        if not wanted:
            return ""
        first = journey.loc[known[wanted[0]]]
        if not self.department.value.strip():
            self.department.value = text(first["department"])
        return text(first["step_name"])

    def load(self, idea: dict[str, Any], targets: list[str]) -> None:
        """Put an existing idea in the form for the facilitator to change."""
        self.editing = str(idea["id"])
        for name in ("title", "description", "department", "metric"):
            getattr(self, name).value = text(idea[name])
        for name, widget in self.estimates.items():
            widget.value = NOT_ESTIMATED if missing(idea[name]) else int(idea[name])
        effect = idea["expected_effect"]
        self.effect.value = 0.0 if missing(effect) else float(effect)
        shown = {value for _, value in self._step_options}
        self.steps.value = tuple(s for s in targets if s in shown)
        self._hidden_targets = [s for s in targets if s not in shown]
        self._set_mode(self.section.t("improvement.editing", title=text(idea["title"])),
                       "improvement.save_idea")

    def reset(self) -> None:
        """An empty form for a new idea."""
        self.editing, self._hidden_targets = None, []
        for widget in (self.title, self.description, self.department, self.metric):
            widget.value = ""
        for widget in self.estimates.values():
            widget.value = NOT_ESTIMATED
        self.effect.value = 0.0
        self.steps.value = ()
        self._set_mode(self.section.t("improvement.new_idea"), "improvement.add_idea")

    def _set_mode(self, heading: str, submit_key: str) -> None:
        self.heading.value = f"<h4>{esc(heading)}</h4>"
        self.submit_button.description = self.section.t(submit_key)
        show(self.cancel_button, self.editing is not None)

    # -- choices that follow the store -------------------------------------------------

    def refresh(self, frames: Frames) -> None:
        """New steps and departments to choose from; never touches typed text or the
        selection (except steps that no longer exist)."""
        steps = self.state.journey.steps
        options = [(_step_label(o, n, c), str(i)) for i, o, n, c in zip(
            steps["step_id"], steps["order"], steps["step_name"], steps["channel"], strict=True)]
        if options != self._step_options:
            keep = [v for v in self.steps.value if v in {value for _, value in options}]
            self._step_options = options
            self.steps.options = options
            self.steps.value = tuple(keep)
        departments = _departments(frames)
        if list(self.department.options) != departments:
            self.department.options = departments


def _step_label(order: Any, name: Any, channel: Any) -> str:
    where = f" ({text(channel)})" if text(channel).strip() else ""
    return f"{int(order) + 1}. {text(name)}{where}"


def _departments(frames: Frames) -> list[str]:
    """Departments of the participants and of the steps: suggestions for an idea's owner."""
    found = {text(d).strip() for name in ("participants", "steps")
             for d in frames[name]["department"]}
    return sorted((d for d in found if d), key=str.casefold)


class Ideas(ImprovementSection):
    """The idea form and the list of ideas; the facilitator edits and deletes."""

    key = "ideas"
    tables = frozenset({"journeys", "phases", "steps", "participants", "ideas", "idea_steps"})

    def build(self) -> list[widgets.Widget]:
        self.form = IdeaForm(self)
        self.list = Rows("kr-idea-list")
        self._armed: str | None = None
        return [self.form.widget, self.feedback.widget,
                html_box(f"<h4>{esc(self.t('improvement.ideas_heading'))}</h4>"),
                self.list.widget]

    def refresh(self) -> None:
        frames = self.state.frames
        self.form.refresh(frames)
        targets = self.targets(frames)
        names = dict(zip(frames["steps"]["id"], frames["steps"]["name"], strict=True))
        cards = [(str(idea["id"]), self._card(idea, [names.get(s, "") for s in
                                                      targets.get(idea["id"], [])]))
                 for idea in ideas_by_title(frames["ideas"]).to_dict("records")]
        self.list.show(tuple(cards), lambda: self._rows(cards))

    @staticmethod
    def targets(frames: Frames) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        links = frames["idea_steps"]
        for idea_id, step_id in zip(links["idea_id"], links["step_id"], strict=True):
            found.setdefault(idea_id, []).append(step_id)
        return found

    def _card(self, idea: dict[str, Any], steps: list[Any]) -> str:
        lang, t = self.language, self.t
        meta = [t("improvement.targets", steps=", ".join(text(s) for s in steps)
                  if steps else t("improvement.no_targets"))]
        if text(idea["department"]).strip():
            meta.append(t("improvement.owned_by", department=text(idea["department"])))
        meta.append(t("improvement.estimates", **{n: whole(idea[n]) for n in ESTIMATES}))
        effect = number(idea["expected_effect"], lang, sign=True)
        meta.append(t("improvement.effect", effect=effect))
        if text(idea["metric"]).strip():
            meta.append(t("improvement.metric", metric=text(idea["metric"])))
        meta.append(t("improvement.status", status=value_label(idea["status"], lang)))
        description = text(idea["description"])
        return (f'<div class="kr-idea"><b>{esc(idea["title"])}</b>'
                + (f"<div>{esc(description)}</div>" if description else "")
                + "".join(f'<div class="kr-idea-meta">{esc(m)}</div>' for m in meta) + "</div>")

    def _rows(self, cards: list[tuple[str, str]]) -> list[widgets.Widget]:
        self._armed = None
        if not cards:
            return [empty_state(self.t("improvement.no_ideas"))]
        return [self._row(idea_id, card) for idea_id, card in cards]

    def _row(self, idea_id: str, card: str) -> widgets.Widget:
        children: list[widgets.Widget] = [widgets.HTML(card, layout=ROW_TEXT)]
        if self.state.can_restructure:
            delete = widgets.Button(description=self.t("ui.delete"))
            delete.add_class("kr-delete-idea")
            delete.on_click(lambda b: self._ask_delete(idea_id, b))
            children += [button(self.t("improvement.edit"), "kr-edit-idea",
                                lambda: self.edit(idea_id)), delete]
        row = widgets.HBox(children, layout=full_width())
        row.add_class("kr-idea-row")
        return row

    def edit(self, idea_id: str) -> None:
        """Load an idea into the form (facilitator only)."""
        self.feedback.clear()

        def load() -> None:
            self.state.require_facilitator("improvement.facilitator_only")
            ideas = self.state.frames["ideas"]
            match = ideas[ideas["id"].eq(idea_id).to_numpy(dtype=bool)].to_dict("records")
            if match:
                self.form.load(match[0], self.targets(self.state.frames).get(idea_id, []))

        self.feedback.guard(load)()

    def _ask_delete(self, idea_id: str, delete: widgets.Button) -> None:
        """First click arms the button ("Yes, delete"), the second deletes."""
        if self._armed == idea_id:
            self.delete(idea_id)
            return
        self._armed = idea_id
        delete.description = self.t("ui.confirm_delete")
        delete.button_style = "danger"

    def delete(self, idea_id: str) -> bool:
        """Delete an idea with its votes (facilitator only)."""
        self._armed = None

        def action() -> None:
            self.state.require_facilitator("improvement.facilitator_only")
            self.workshop.delete_idea(idea_id)

        if not self.done(action):
            return False
        if self.form.editing == idea_id:
            self.form.reset()
        self.feedback.ok("improvement.idea_deleted")
        return True
