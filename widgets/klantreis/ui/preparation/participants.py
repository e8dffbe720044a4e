"""Who takes part and from which department: the mix of functions matters."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .. import kit
from ..live import Frames
from .section import PreparationSection


class ParticipantsSection(PreparationSection):
    """Who takes part and from which department: the mix of functions matters."""

    key = "participants"
    tables = frozenset({"participants"})

    def build(self) -> list[widgets.Widget]:
        self.table = widgets.HTML()
        self.table.add_class("kr-participant-list")
        self.select = kit.choice_list(self.t("field.participant_id"), 6, "kr-participant-select")
        self.select.observe(self._selected, names="value")
        self.form = kit.FieldForm({"name": kit.text_input(self.t("field.name")),
                               "department": kit.text_input(self.t("field.department"))},
                              self._write)
        self.remove = kit.button(self.t("ui.delete"), "kr-participant-delete")
        self.remove.on_click(lambda _: self.delete_selected())
        self.new_name = kit.text_input(self.t("field.name"),
                                   placeholder=self.t("prep.new_participant"))
        self.new_department = kit.text_input(self.t("field.department"))
        self.add = kit.button(self.t("ui.add"), "kr-participant-add", style="primary")
        self.add.on_click(lambda _: self.add_participant())
        self.structural(*self.form.inputs.values(), self.remove, self.new_name,
                        self.new_department, self.add)
        return [self.table, self.select, *self.form.inputs.values(), self.remove,
                widgets.HTML(f"<b>{kit.esc(self.t('prep.add_participant'))}</b>"),
                self.new_name, self.new_department, self.add]

    def add_participant(self) -> None:
        name = self.new_name.value
        if not self.require_text(name, "name"):
            return
        department = self.new_department.value
        new = self.restructure(lambda: self.workshop.add_participant(name, department))
        if new:
            self.new_name.value = self.new_department.value = ""
            self.select.value = new

    def delete_selected(self) -> None:
        chosen = self.select.value
        if chosen:
            self.delete(lambda confirm: self.workshop.delete_participant(chosen, confirm=confirm))

    def _write(self, row_id: Any, name: str, value: Any) -> None:
        self.restructure(lambda: self.workshop.update_participant(row_id, **{name: value}))

    def _selected(self, _change: dict) -> None:
        if not self.quiet.on:
            self._load(self.state.frames)

    def _load(self, frames: Frames) -> None:
        self.form.load(self.select.value, kit.row_of(frames["participants"], self.select.value))

    def refresh(self) -> None:
        frames = self.state.frames
        people = frames["participants"]
        kit.set_options(self.select, kit.options(people), self.select.value, self.quiet)
        rows = "".join(f"<tr><td>{kit.esc(n)}</td><td>{kit.esc(d)}</td></tr>"
                       for n, d in zip(people["name"], people["department"], strict=True))
        name, department = (kit.esc(self.t(key)) for key in ("field.name", "field.department"))
        head = f"<tr><th>{name}</th><th>{department}</th></tr>"
        self.table.value = (f'<table class="kr-table">{head}{rows}</table>' if rows else
                            f"<i>{kit.esc(self.t('prep.no_participants'))}</i>")
        self._load(frames)
