"""One page's state: which workshop, journey and step it shows, for whom, in which language.

The page's sections observe this object and change it, the way the jupyter-widgets
tutorial splits a model from its GUI: a journey picker sets `journey_id` and every section
that follows the journey redraws; saying who you are sets `participant_id` and the header
follows. Sections never reach into their panel: they get the state and a write function.

Besides its traits the state carries what the page reads: the workshop's live tables
(`frames`) and the chosen journey's figures (`journey`, one `JourneyData` that follows both).
What a person may do is decided here from the role, never from a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pandas as pd
from traitlets import Bool, Enum, HasTraits, Instance, Unicode

from ..core.errors import KlantreisError
from ..core.lenses import kit_texts_in
from ..core.store import Store
from ..core.tables import ROOM_PACES, ROOM_PARTS
from ..core.workshop import Workshop
from ..figures import JourneyData
from ..i18n import LANGUAGES
from .kit import Feedback
from .live import Frames, LiveSync
from .session import ROLES, Session

T = TypeVar("T")
Write = Callable[[Callable[[], T], Feedback], T | None]


class PageState(HasTraits):
    """What one page shows, and for whom."""

    workshop = Instance(Workshop)
    journey_id = Unicode(None, allow_none=True)
    step_id = Unicode(None, allow_none=True)
    role = Enum(ROLES, default_value="viewer")
    participant_id = Unicode(None, allow_none=True)
    language = Enum(LANGUAGES, default_value="en")
    # How the room runs (served by `klantreis serve`); a page on its own shows everything.
    in_room = Bool(False)
    link = Unicode("")  # the query that gives this same access on another page or device
    may_join = Bool(False)  # a visitor who brought a valid join code
    part = Enum(ROOM_PARTS, default_value="waiting")
    pace = Enum(ROOM_PACES, default_value="follow")
    reveal = Bool(True)  # whether the team's figures show: the curve, scores, vote counts
    deadline = Unicode(None, allow_none=True)  # the time box's end, ISO 8601 in UTC

    def __init__(self, session: Session, live: LiveSync | None = None) -> None:
        super().__init__(workshop=session.workshop, role=session.role,
                         participant_id=session.participant_id, language=session.language,
                         in_room=session.room, link=session.link, may_join=session.may_join)
        self.store: Store = session.store
        self.live = live or LiveSync(session.workshop)
        self._read: tuple[Frames | None, Frames] = (None, {})
        self.journey = JourneyData(self.frames, None, session.language)
        self.live.subscribe(self._followed)
        self._follow_room()
        # The room's journey and step (a facilitator's reload stays where the room is), else
        # the first journey, until a picker chooses.
        self.journey_id = self.room_journey if self.in_room and self.room_journey else \
            self.journey.journey_id
        self.journey.follow(self.frames, self.journey_id)
        self.step_id = self.room_step if self.in_room else None
        self.observe(lambda change: self.journey.follow(self.frames, change["new"]),
                     names="journey_id")
        self.observe(lambda change: self.live.switch(change["new"]), names="workshop")

    def _followed(self, frames: Frames, changed: set[str]) -> None:
        self.journey.follow(self.frames, self.journey_id)
        if "room" in changed:
            self._follow_room()

    def _follow_room(self) -> None:
        """Mirror the room's state (one row, read with the page's tables) in the traits."""
        rows = self.frames.get("room")
        if not self.in_room or rows is None or rows.empty:
            return
        room = rows.iloc[0]
        deadline = room["deadline"]
        with self.hold_trait_notifications():
            self.part, self.pace, self.reveal = room["part"], room["pace"], bool(room["reveal"])
            self.deadline = None if pd.isna(deadline) else deadline.isoformat()

    @property
    def room_step(self) -> str | None:
        """The step the room is on (None: none chosen)."""
        rows = self.frames.get("room")
        if rows is None or rows.empty or pd.isna(rows["step_id"].iloc[0]):
            return None
        return str(rows["step_id"].iloc[0])

    @property
    def room_journey(self) -> str | None:
        """The journey the room works on (None: none chosen)."""
        rows = self.frames.get("room")
        if rows is None or rows.empty or pd.isna(rows["journey_id"].iloc[0]):
            return None
        return str(rows["journey_id"].iloc[0])

    @property
    def frames(self) -> Frames:
        """The workshop's tables as this page last read them, with the kit's own texts
        (lens phases, default journey names) in the page's language until somebody edits
        them; worked out once per read."""
        read, shown = self._read
        frames = self.live.frames
        if read is not frames:
            fresh = kit_texts_in(frames, self.language)
            # A table that did not change keeps its shown frame: figures are remembered by
            # their tables, and a rating must not make the phases look new.
            shown = {name: shown[name] if read is not None and name in shown and
                     read.get(name) is frames[name] else fresh[name] for name in fresh}
            self._read = (frames, shown)
        return shown

    @property
    def session(self) -> Session:
        """Who is on this page now, as a plain value (for links and saved choices)."""
        return Session(self.store, self.workshop, self.role, self.participant_id,
                       self.language, self.in_room, self.link, self.may_join)

    # -- what this person may do --------------------------------------------------------

    @property
    def can_restructure(self) -> bool:
        return self.session.can_restructure

    @property
    def can_contribute(self) -> bool:
        return self.session.can_contribute

    @property
    def can_rate(self) -> bool:
        """Contributing as someone: a page that does not know who it is must ask first."""
        return self.can_contribute and self.participant_id is not None

    def require_contributor(self) -> None:
        """Raise (a sentence in the page's language) unless this person may change things."""
        if not self.can_contribute:
            raise KlantreisError("ui.read_only", self.language)

    def require_facilitator(self, key: str = "ui.facilitator_only") -> None:
        """Raise unless this is the facilitator; `key` says why in the page's words."""
        if not self.can_restructure:
            raise KlantreisError(key, self.language)

    def require_own_computer(self, key: str = "ui.not_in_room") -> None:
        """Raise in a served room for what only makes sense on one's own computer (another
        workshop: a room's keys open one)."""
        if self.in_room:
            raise KlantreisError(key, self.language)

    def require_participant(self) -> str:
        """The id of the person acting; raise while the page does not know who that is."""
        self.require_contributor()
        if self.participant_id is None:
            raise KlantreisError("ui.choose_participant_first", self.language)
        return self.participant_id


def store_writer(state: PageState) -> Write[Any]:
    """The write function a page gives its sections: run a change to the store with its
    errors in the section's own feedback line, then update this page at once."""

    def write(action: Callable[[], T], feedback: Feedback) -> T | None:
        feedback.clear()
        result = feedback.guard(action)()
        state.live.after_write()
        return result

    return write
