"""'Who are you?': before rating, a participant picks their name or joins with a new one.

Saying who you are sets the page state's `participant_id`; the header, the rating and the
votes follow it.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...i18n import text
from ..kit import button, esc
from .section import EmpathySection

FULL = widgets.Layout(width="100%", max_width="460px")


class Join(EmpathySection):
    """Pick your name from the participants, or join with a new one."""

    key = "join"
    guide_area = "empathy_rate"  # the join box comes first: rating starts here
    tables = frozenset({"participants"})
    follows = frozenset({"participant_id"})

    def build(self) -> list[widgets.Widget]:
        self.pick = widgets.Dropdown(description=self.t("empathy.pick_name"), layout=FULL)
        self.pick.add_class("kr-join-pick")
        self.pick_button = button(self.t("empathy.this_is_me"), "kr-join-pick-button",
                                  lambda: self.choose(self.pick.value))
        self.name = widgets.Text(placeholder=self.t("field.name"), layout=FULL)
        self.name.add_class("kr-join-name")
        self.department = widgets.Text(placeholder=self.t("field.department"), layout=FULL)
        self.department.add_class("kr-join-department")
        self.join_button = button(self.t("empathy.join"), "kr-join-button",
                                  lambda: self.join(self.name.value, self.department.value),
                                  style="primary")
        self.box = widgets.VBox([
            widgets.HTML(f'<p class="kr-error">{esc(self.t("ui.choose_participant_first"))}'
                         "</p>"),
            self.pick, self.pick_button,
            widgets.HTML(f"<p>{esc(self.t('empathy.or_join'))}</p>"),
            self.name, self.department, self.join_button,
        ], layout=widgets.Layout(width="100%", max_width="460px"))  # its own: it is hidden
        self.box.add_class("kr-join")
        return [self.box, self.feedback.widget]

    def refresh(self) -> None:
        needed = self.state.can_contribute and self.state.participant_id is None
        self.box.layout.display = "" if needed else "none"
        people = self.state.frames["participants"]
        choices = [(name, pid) for name, pid in zip(people["name"], people["id"], strict=True)]
        options = [(self.t("empathy.choose"), None),
                   *sorted(choices, key=lambda c: str(c[0]).lower())]
        if list(self.pick.options) != options:
            keep = self.pick.value if self.pick.value in dict(choices).values() else None
            self.pick.options, self.pick.value = options, keep

    def choose(self, participant_id: str | None) -> None:
        """Say who you are; from now on your ratings are yours."""
        if participant_id is None:
            self.feedback.fail("ui.choose_participant_first")
            return
        people = self.state.frames["participants"].set_index("id")["name"]
        self.state.participant_id = participant_id
        self.feedback.ok("empathy.welcome", name=text(people.get(participant_id, "")))

    def join(self, name: str, department: str = "") -> None:
        """Join with a new, unique name; a taken name is refused with a way out."""
        name = " ".join(name.split())
        if not self.state.can_contribute:
            self.feedback.fail("ui.read_only")
            return
        if not name:
            self.feedback.fail("empathy.name_needed")
            return
        if self.workshop.participant_id(name) is not None:
            self.feedback.fail("empathy.name_taken", name=name)
            return
        new: Any = self.write(lambda: self.workshop.add_participant(name, department))
        if new:
            self.choose(new)
