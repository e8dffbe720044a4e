"""The body of a page: its sections, kept up to date with the store and the page state.

A panel owns the page state and the live tables; it builds its sections, and whenever the
store changes (another participant rated) or the state moves (another journey was chosen) it
asks exactly the sections that show what changed to redraw. It never touches a section's
widgets itself.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..core.room import Room
from ..core.tables import LIVE_TABLES
from ..i18n import t
from .journey import JourneyPicker
from .kit import Feedback
from .live import LiveSync
from .room import RoomConsole
from .section import Section
from .session import Session
from .state import PageState, store_writer

ROOM_PAGES = ("start", "preparation", "empathy", "improvement")
FOLLOWED = ("journey_id", "step_id", "participant_id", "role", "workshop", "part", "pace",
            "reveal", "deadline", "may_join")


class Panel:
    """Base of every page's panel: a state, sections, feedback, and a root widget.

    A subclass names its sections' classes in `parts`, in the order they are refreshed; each
    is made with the page state and the write function (and `section_args()`), kept in
    `self.sections` and as the attribute named by its key (`self.ideas`). `build()` lays
    them out; a panel with a `picker` shows one journey at a time."""

    area = "panel"
    parts: tuple[type[Section], ...] = ()
    picker: JourneyPicker | None = None

    def __init__(self, session: Session, live: LiveSync | None = None) -> None:
        self.state = PageState(session, live)
        self.language = self.state.language
        self.write = store_writer(self.state)
        self.feedback = Feedback(self.language)
        self._busy = False
        self._moved: set[str] = set()
        extra = self.section_args()
        self.sections: list[Section] = [cls(self.state, self.write, *extra)
                                        for cls in self.parts]
        for section in self.sections:
            setattr(self, section.key, section)
        body = self.build()
        console = self._room_console()
        # Refreshed in this order: the room first (what the facilitator steers), then the
        # page's own sections.
        self.watched: list[Section] = [*console, *self.sections]
        self.widget = widgets.VBox([*(section.widget for section in console), *body])
        self.widget.add_class(f"kr-panel-{self.area}")
        self.refresh(set(LIVE_TABLES), initial=True)
        self.state.live.subscribe(lambda _frames, changed: self.refresh(changed))
        self.state.observe(self._state_moved, names=list(FOLLOWED))

    @property
    def workshop(self) -> Any:
        return self.state.workshop

    @property
    def frames(self) -> Any:
        return self.state.frames

    @property
    def journey_id(self) -> str | None:
        return self.state.journey_id

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.language, **params)

    def _room_console(self) -> list[Section]:
        """The facilitator's room controls, on top of every page of a served room."""
        if not (self.state.in_room and self.state.role == "facilitator"
                and self.area in ROOM_PAGES):
            return []
        self.room = RoomConsole(self.state, self.write)
        return [self.room]

    def section_args(self) -> tuple[Any, ...]:
        """What a page's sections get besides the state and the write function."""
        return ()

    def build(self) -> list[widgets.Widget]:
        """The page's widgets, its sections' among them."""
        raise NotImplementedError

    def section_widgets(self) -> list[widgets.Widget]:
        """The widgets of the page's own sections (`parts`), in order."""
        return [section.widget for section in self.sections]

    def refresh(self, changed: set[str], initial: bool = False) -> None:
        """Redraw what shows the changed tables, and what follows a part of the state that
        moved meanwhile (a journey that was deleted gives way to another)."""
        self._busy = True
        try:
            if self.picker is not None and (initial or changed & {"journeys", "personas"}):
                self.picker.refresh()
            self.before_sections(changed)
            for section in self.watched:
                if initial or section.tables & changed or section.follows & self._moved:
                    section.refresh()
        finally:
            self._busy, self._moved = False, set()

    def before_sections(self, changed: set[str]) -> None:
        """What the panel itself shows, drawn before its sections (nothing by default)."""

    def _state_moved(self, change: dict[str, Any]) -> None:
        if self._busy:
            self._moved.add(change["name"])
            return
        self.followed(change["name"])

    def followed(self, name: str) -> None:
        """A part of the state moved by itself (a picker, a click): redraw what follows it."""
        self.before_sections(set())
        for section in self.watched:
            if name in section.follows:
                section.refresh()
        if name in ("journey_id", "step_id"):
            self.lead_room()

    def lead_room(self) -> None:
        """In a served room, the facilitator's page of the part the room is in leads it: its
        journey and, on the empathy page, its step (everyone rating together follows)."""
        state = self.state
        if not (state.in_room and state.can_restructure and state.part == self.area):
            return
        wanted = {"journey_id": state.journey_id}
        if self.area == "empathy":
            wanted["step_id"] = state.step_id
        now = {"journey_id": state.room_journey, "step_id": state.room_step}
        if any(now[name] != value for name, value in wanted.items()):
            self.write(lambda: Room(self.workshop).move(**wanted), self.feedback)
