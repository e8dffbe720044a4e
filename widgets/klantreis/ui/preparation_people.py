"""Preparation sections about the workshop itself and its people: scope and goal,
participants, personas (each persona gets a current journey to map)."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..spec import SCOPE_KINDS, VOTE_BUDGET_RANGE
from .common import esc, options
from .live import Frames
from .preparation_base import (
    LABEL_STYLE,
    WIDE,
    FieldForm,
    Section,
    button,
    row_of,
    set_options,
    text_input,
)


class ScopeSection(Section):
    """Title, goal, scope and vote budget: what the workshop is about."""

    part = "scope"
    tables = frozenset({"workshops"})

    def build(self) -> list[widgets.Widget]:
        kinds = [(self.t(f"value.{kind}"), kind) for kind in SCOPE_KINDS]
        low, high = VOTE_BUDGET_RANGE
        inputs = {
            "title": text_input(self.t("field.title")),
            "goal": text_input(self.t("field.goal"), area=True,
                               placeholder=self.t("prep.goal_placeholder")),
            "scope_kind": widgets.Dropdown(description=self.t("field.scope_kind"), options=kinds,
                                           layout=WIDE, style=LABEL_STYLE),
            "scope": text_input(self.t("field.scope"), area=True,
                                placeholder=self.t("prep.scope_placeholder")),
            "vote_budget": widgets.BoundedIntText(description=self.t("field.vote_budget"),
                                                  min=low, max=high, layout=WIDE,
                                                  style=LABEL_STYLE),
        }
        for name, widget in inputs.items():
            widget.add_class(f"kr-scope-{name.replace('_', '-')}")
        self.form = FieldForm(inputs, self._write)
        self.structural(*inputs.values())
        return list(inputs.values())

    def _write(self, _row_id: Any, name: str, value: Any) -> None:
        self.change(lambda: self.workshop.update(**{name: value}))

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        row = row_of(frames["workshops"], self.workshop.id)
        self.form.load(self.workshop.id, row)


class ParticipantsSection(Section):
    """Who takes part and from which department: the mix of functions matters."""

    part = "participants"
    tables = frozenset({"participants"})

    def build(self) -> list[widgets.Widget]:
        self.table = widgets.HTML()
        self.table.add_class("kr-participant-list")
        self.select = widgets.Select(description=self.t("field.participant_id"), rows=6,
                                     layout=WIDE, style=LABEL_STYLE)
        self.select.add_class("kr-participant-select")
        self.select.observe(self._selected, names="value")
        self.form = FieldForm({"name": text_input(self.t("field.name")),
                               "department": text_input(self.t("field.department"))},
                              self._write)
        self.remove = button(self.t("ui.delete"), "kr-participant-delete")
        self.remove.on_click(lambda _: self.delete_selected())
        self.new_name = text_input(self.t("field.name"),
                                   placeholder=self.t("prep.new_participant"))
        self.new_department = text_input(self.t("field.department"))
        self.add = button(self.t("ui.add"), "kr-participant-add", "primary")
        self.add.on_click(lambda _: self.add_participant())
        self.structural(*self.form.inputs.values(), self.remove, self.new_name,
                        self.new_department, self.add)
        return [self.table, self.select, *self.form.inputs.values(), self.remove,
                widgets.HTML(f"<b>{esc(self.t('prep.add_participant'))}</b>"),
                self.new_name, self.new_department, self.add]

    def add_participant(self) -> None:
        name = self.new_name.value
        if not self.require(name, "name"):
            return
        new = self.change(lambda: self.workshop.add_participant(name, self.new_department.value))
        if new:
            self.new_name.value = self.new_department.value = ""
            self.select.value = new

    def delete_selected(self) -> None:
        chosen = self.select.value
        if chosen:
            self.delete(lambda confirm: self.workshop.delete_participant(chosen, confirm=confirm))

    def _write(self, row_id: Any, name: str, value: Any) -> None:
        self.change(lambda: self.workshop.update_participant(row_id, **{name: value}))

    def _selected(self, _change: dict) -> None:
        if not self.quiet.on:
            self._load(self.panel.frames)

    def _load(self, frames: Frames) -> None:
        self.form.load(self.select.value, row_of(frames["participants"], self.select.value))

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        people = frames["participants"]
        set_options(self.select, options(people), self.select.value, self.quiet)
        rows = "".join(f"<tr><td>{esc(n)}</td><td>{esc(d)}</td></tr>"
                       for n, d in zip(people["name"], people["department"], strict=True))
        head = f"<tr><th>{esc(self.t('field.name'))}</th><th>{esc(self.t('field.department'))}" \
               "</th></tr>"
        self.table.value = (f'<table class="kr-table">{head}{rows}</table>' if rows else
                            f"<i>{esc(self.t('prep.no_participants'))}</i>")
        self._load(frames)


PERSONA_FIELDS = ("name", "description", "goals", "needs", "frustrations", "quote")


class PersonasSection(Section):
    """Who the customer is; each persona has its own current journey."""

    part = "personas"
    tables = frozenset({"personas", "journeys"})

    def build(self) -> list[widgets.Widget]:
        self.select = widgets.Select(description=self.t("field.persona_id"), rows=4, layout=WIDE,
                                     style=LABEL_STYLE)
        self.select.add_class("kr-persona-select")
        self.select.observe(self._selected, names="value")
        inputs = {name: text_input(self.t(f"field.{name}"), area=name != "name")
                  for name in PERSONA_FIELDS}
        self.form = FieldForm(inputs, self._write)
        self.remove = button(self.t("ui.delete"), "kr-persona-delete")
        self.remove.on_click(lambda _: self.delete_selected())
        self.new_name = text_input(self.t("field.name"), placeholder=self.t("prep.new_persona"))
        self.add = button(self.t("prep.add_persona"), "kr-persona-add", "primary")
        self.add.on_click(lambda _: self.add_persona())
        self.structural(*inputs.values(), self.remove, self.new_name, self.add)
        return [self.select, *inputs.values(), self.remove,
                widgets.HTML(f"<b>{esc(self.t('prep.add_persona'))}</b>"), self.new_name,
                self.add]

    def add_persona(self) -> None:
        name = self.new_name.value
        if not self.require(name, "name"):
            return

        def create() -> str:
            persona = self.workshop.add_persona(name)
            return self.workshop.add_journey(persona)

        journey = self.change(create)
        if journey:
            self.new_name.value = ""
            self.panel.choose_journey(journey)

    def delete_selected(self) -> None:
        chosen = self.select.value
        if chosen:
            self.delete(lambda confirm: self.workshop.delete_persona(chosen, confirm=confirm))

    def _write(self, row_id: Any, name: str, value: Any) -> None:
        self.change(lambda: self.workshop.update_persona(row_id, **{name: value}))

    def _selected(self, change: dict) -> None:
        if self.quiet.on:
            return
        self.form.load(change["new"], row_of(self.panel.frames["personas"], change["new"]))
        journeys = self.panel.frames["journeys"]
        own = journeys[journeys["persona_id"] == change["new"]]
        if len(own) and self.panel.journey_persona() != change["new"]:
            self.panel.choose_journey(str(own["id"].iloc[0]))

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        keep = self.select.value or self.panel.journey_persona()
        set_options(self.select, options(frames["personas"]), keep, self.quiet)
        self.form.load(self.select.value, row_of(frames["personas"], self.select.value))

    def follow(self, persona_id: str | None) -> None:
        """Show the persona of the journey chosen at the top of the panel."""
        if persona_id is not None and persona_id != self.select.value:
            set_options(self.select, list(self.select.options), persona_id, self.quiet)
            self.form.load(persona_id, row_of(self.panel.frames["personas"], persona_id))
