"""Getting in: the join code (when the link did not bring it) and one's name, once.

Joining gives a personal token; the page hands it to its script, which keeps it in a cookie
and in the page's address, so a reload is the same person. Nobody can take a name someone
in the workshop already has: that person has their own link.
"""

from __future__ import annotations

import html
from urllib.parse import urlencode

import ipywidgets as widgets

from ...core.room import Room, find_code, normal_code
from ..kit import button, esc, form_layout, html_box
from .section import ACTIVE, ParticipantSection


def token_marker(token: str) -> str:
    """What the page's script looks for: it keeps the token in a cookie and the address."""
    return f'<span class="kr-token" data-token="{html.escape(token, quote=True)}"></span>'


class CodeEntry(ParticipantSection):
    """The six-character code, for someone whose link did not bring a valid one."""

    key = "code"
    follows = ACTIVE | {"may_join"}

    def build(self) -> list[widgets.Widget]:
        self.code = widgets.Text(placeholder="K7RX4M", layout=form_layout(),
                                 description=self.t("room.code_label"))
        self.code.add_class("kr-code-input")
        self.go = button(self.t("room.code_button"), "kr-code-go", self.check, style="primary")
        return [html_box(f"<h3>{esc(self.t('room.code_title'))}</h3>"
                         f"<p>{esc(self.t('room.code_help'))}</p>"), self.code, self.go]

    def active(self) -> bool:
        return self.state.participant_id is None and not self.state.may_join

    def update(self) -> None:
        """Nothing follows the store here."""

    def check(self) -> bool:
        """A typed code opens the way to joining when it is this room's code."""
        typed = normal_code(self.code.value)
        if not self.live():
            return False
        if find_code(self.state.store, typed) != self.workshop.id:
            self.feedback.fail("room.code_wrong")
            return False
        self.feedback.clear()
        self.state.link = urlencode({"code": typed})
        self.state.may_join = True
        return True


class Welcome(ParticipantSection):
    """One's name (and department), once."""

    key = "welcome"
    follows = ACTIVE | {"may_join"}

    def build(self) -> list[widgets.Widget]:
        self.name = widgets.Text(placeholder=self.t("field.name"), layout=form_layout())
        self.name.add_class("kr-join-name")
        self.department = widgets.Text(placeholder=self.t("field.department"),
                                       layout=form_layout())
        self.department.add_class("kr-join-department")
        self.join_button = button(self.t("room.join_button"), "kr-join-button", self.join,
                                  style="primary")
        return [html_box(f"<h3>{esc(self.t('room.name_title'))}</h3>"
                         f"<p>{esc(self.t('room.name_help'))}</p>"),
                self.name, self.department, self.join_button]

    def active(self) -> bool:
        return self.state.participant_id is None and self.state.may_join

    def update(self) -> None:
        """Nothing follows the store here."""

    def join(self) -> bool:
        """Join with a name nobody in the workshop has yet; the page then follows the room."""
        state, name = self.state, " ".join(self.name.value.split())
        if state.role != "participant":
            self.feedback.fail("ui.read_only")
            return False
        if not name:
            self.feedback.fail("empathy.name_needed")
            return False
        joined = self.write(lambda: Room(self.workshop).join(name, self.department.value))
        if joined is None:
            if self.feedback.key == "error.duplicate_name":
                self.feedback.fail("room.name_taken", name=name)
            return False
        participant, token = joined
        with state.hold_trait_notifications():
            state.link = urlencode({"token": token})
            state.may_join = False
            state.participant_id = participant
        return True
