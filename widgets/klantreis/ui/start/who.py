"""Who you are: your role and your name, picked from the participants or typed once.

The role and the name are the page state's `role` and `participant_id`; the header and the
links follow them.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...core.errors import ValidationError
from ..kit import (
    Quiet,
    button,
    dropdown,
    esc,
    heading,
    set_options,
    text_input,
)
from ..session import ROLES
from .section import StartSection


class Who(StartSection):
    """Role, name, and joining with a new name."""

    key = "who"
    tables = frozenset({"participants"})
    follows = frozenset({"role", "participant_id", "workshop"})

    def build(self) -> list[widgets.Widget]:
        self.quiet = Quiet()
        roles = ("viewer",) if self.state.store.read_only else ROLES
        self.role = widgets.ToggleButtons(
            options=[(self.label("value", r), r) for r in roles],
            value=self.state.role if self.state.role in roles else roles[0],
            style={"button_width": "110px"})
        self.role.add_class("kr-role")
        self.role.observe(self._role_chosen, names="value")
        self.person = dropdown(self.t("start.your_name"), "kr-participant-choice")
        self.person.observe(self._person_chosen, names="value")
        self.new_name = text_input(self.t("field.name"), placeholder=self.t("start.new_name"))
        self.new_name.add_class("kr-new-name")
        self.new_department = text_input(self.t("field.department"))
        self.join = button(self.t("start.join"), "kr-join", self.add_me, style="primary")
        self.taken = widgets.HTML()
        self.taken.add_class("kr-name-taken")
        self.use_taken = button(self.t("start.use_taken"), "kr-use-taken", self._pick_taken)
        self.use_taken.layout.display = "none"
        self._taken = ""
        self.people = widgets.VBox([self.person, self.new_name, self.new_department, self.join,
                                    self.taken, self.use_taken, self.feedback.widget])
        return [heading(self.t("start.who")), self.role, self.people]

    def refresh(self) -> None:
        people = self.state.frames["participants"].sort_values("name")
        choices = [(self.t("ui.none"), None)] + [
            (f"{n} ({d})" if d else str(n), str(i))
            for n, d, i in zip(people["name"], people["department"], people["id"], strict=True)]
        set_options(self.person, choices, self.state.participant_id, self.quiet)
        with self.quiet():
            self.role.value = self.state.role
        self.role.layout.display = "none" if self.state.in_room else ""  # the key decided
        self.people.layout.display = "none" if self.state.role == "viewer" else ""

    def _role_chosen(self, change: dict[str, Any]) -> None:
        if not self.quiet.on and not self.state.in_room:
            self.state.role = change["new"]
            if change["new"] == "viewer":
                self.state.participant_id = None

    def _person_chosen(self, change: dict[str, Any]) -> None:
        if not self.quiet.on:
            self.state.participant_id = change["new"]

    def add_me(self) -> None:
        """Add the typed name as a participant; a taken name is said clearly, not doubled."""
        name, department = self.new_name.value.strip(), self.new_department.value
        self.taken.value, self.use_taken.layout.display = "", "none"
        self.feedback.clear()
        if not self.state.can_contribute:
            self.feedback.fail("ui.read_only")
            return
        if not name:
            self.feedback.fail("error.required", field=self.t("field.name"))
            return
        if self.workshop.participant_id(name) is None:
            try:
                new = self.workshop.add_participant(name, department)
            except ValidationError as error:  # someone took the name a moment ago
                if error.key != "error.duplicate_name":
                    self.feedback.error(error.message(self.language), error.key)
                    return
            else:
                self.new_name.value = self.new_department.value = ""
                self.state.live.after_write()
                self.state.participant_id = new
                return
        self.taken.value = (f'<div class="kr-error" role="alert">'
                            f"{esc(self.t('start.name_taken', name=name))}</div>")
        self.use_taken.layout.display = ""
        self._taken = name

    def _pick_taken(self) -> None:
        found = self.workshop.participant_id(self._taken) if self._taken else None
        if found:
            self.taken.value, self.use_taken.layout.display = "", "none"
            self.new_name.value = ""
            self.state.participant_id = found
