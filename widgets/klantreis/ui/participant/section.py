"""What the participant page's sections share: no guide (the page itself says what to do,
in a line), shown only while they are what the room does now, and writing only then.

A hidden section is not only out of sight: its `write` refuses, so a crafted widget message
(a click on a hidden button, a value set on a hidden field) changes nothing in the store.
A hidden section does not redraw either; it is redrawn when it shows again, which the
state's `part` (every section follows it) makes sure of. Its widgets are made the first time
it shows: a phone that only ever rates never receives the idea form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..kit import show
from ..section import Section

T = TypeVar("T")
ACTIVE = frozenset({"participant_id", "part"})  # what `active` looks at


class ParticipantSection(Section):
    """A part of the participant's page. Put it first among a class's bases to turn a
    section of another page into one of this page."""

    page = "participant"
    guide_area = None
    follows = ACTIVE
    eager = False  # most of the page waits for its part of the workshop

    def active(self) -> bool:
        """Whether the section is shown and may write now (default: once joined)."""
        return self.state.participant_id is not None

    def live(self) -> bool:
        """Shown and writing: in a served room, while `active`."""
        return self.state.in_room and self.active()

    def refresh(self) -> None:
        visible = self.live()
        if visible:
            self.fill()
        show(self.widget, visible)
        if visible:
            self.update()

    def update(self) -> None:
        """Redraw what the section shows (the other page's section's own refresh)."""
        super().refresh()

    def write(self, action: Callable[[], T]) -> T | None:
        if not self.live():
            self.feedback.fail("room.not_now")
            return None
        return super().write(action)
