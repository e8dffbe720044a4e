"""Personas: who the customer is; each persona has its own current journey to map."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .. import kit
from .section import PreparationSection

PERSONA_FIELDS = ("name", "description", "goals", "needs", "frustrations", "quote")


class PersonasSection(PreparationSection):
    """Who the customer is; each persona has its own current journey."""

    key = "personas"
    tables = frozenset({"personas", "journeys"})
    follows = frozenset({"journey_id"})

    def build(self) -> list[widgets.Widget]:
        self.select = kit.choice_list(self.t("field.persona_id"), 4, "kr-persona-select")
        self.select.observe(self._selected, names="value")
        inputs = {name: kit.text_input(self.label("field", name), area=name != "name")
                  for name in PERSONA_FIELDS}
        self.form = kit.FieldForm(inputs, self._write)
        self.remove = kit.button(self.t("ui.delete"), "kr-persona-delete")
        self.remove.on_click(lambda _: self.delete_selected())
        self.new_name = kit.text_input(self.t("field.name"), placeholder=self.t("prep.new_persona"))
        self.add = kit.button(self.t("prep.add_persona"), "kr-persona-add", style="primary")
        self.add.on_click(lambda _: self.add_persona())
        self.structural(*inputs.values(), self.remove, self.new_name, self.add)
        return [self.select, *inputs.values(), self.remove,
                widgets.HTML(f"<b>{kit.esc(self.t('prep.add_persona'))}</b>"), self.new_name,
                self.add]

    def add_persona(self) -> None:
        name = self.new_name.value
        if not self.require_text(name, "name"):
            return

        def create() -> str:
            persona = self.workshop.add_persona(name)
            return self.workshop.add_journey(persona)

        journey = self.restructure(create)
        if journey:
            self.new_name.value = ""
            self.state.journey_id = journey

    def delete_selected(self) -> None:
        chosen = self.select.value
        if chosen:
            self.delete(lambda confirm: self.workshop.delete_persona(chosen,
                                                                           confirm=confirm))

    def _write(self, row_id: Any, name: str, value: Any) -> None:
        self.restructure(lambda: self.workshop.update_persona(row_id, **{name: value}))

    def _selected(self, change: dict) -> None:
        """A persona chosen here: show it, and make its journey the one being prepared."""
        if self.quiet.on:
            return
        self.form.load(change["new"], kit.row_of(self.state.frames["personas"], change["new"]))
        journeys = self.state.frames["journeys"]
        own = journeys[journeys["persona_id"] == change["new"]]
        if len(own) and self._journey_persona() != change["new"]:
            self.state.journey_id = str(own["id"].iloc[0])

    def _journey_persona(self) -> str | None:
        """The persona of the journey being prepared."""
        journeys = self.state.frames["journeys"]
        found = journeys[journeys["id"] == self.state.journey_id]
        return None if found.empty else str(found["persona_id"].iloc[0])

    def refresh(self) -> None:
        """The personas; the one shown is the persona of the journey chosen at the top."""
        frames = self.state.frames
        keep = self._journey_persona() or self.select.value
        kit.set_options(self.select, kit.options(frames["personas"]), keep, self.quiet)
        self.form.load(self.select.value, kit.row_of(frames["personas"], self.select.value))
