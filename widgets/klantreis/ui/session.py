"""Who is using this page, in which workshop, in which role and language.

On your own computer (JupyterLab, self-guided) a page learns its session from the choice the
start notebook saved beside the store, or from a link's query string (`?workshop=…&role=…`):
there is nobody to keep out. A page served to a room by `klantreis serve` decides instead on
the server, from the room's secrets (`access.room_session`): a link's `role` or `workshop`
count for nothing there.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qs

from ..core.store import Store, default_db, open_store
from ..core.workshop import Workshop
from ..i18n import LANGUAGES

Role = Literal["facilitator", "participant", "viewer"]
ROLES: tuple[Role, ...] = ("facilitator", "participant", "viewer")
SESSION_FILE = "session.json"


@dataclass(frozen=True)
class SessionChoice:
    """What a page needs to know before it can show a panel; all parts optional."""

    workshop: str | None = None
    role: Role | None = None
    participant: str | None = None  # a participant's id or name
    language: str | None = None

    @classmethod
    def from_query(cls, query: str) -> SessionChoice:
        """Read a join link's query string; unknown roles and languages are ignored."""
        values = {k: v[-1].strip() for k, v in parse_qs(query.lstrip("?")).items() if v}
        role = values.get("role")
        language = values.get("lang")
        return cls(
            workshop=values.get("workshop") or None,
            role=role if role in ROLES else None,  # type: ignore[arg-type]
            participant=values.get("participant") or values.get("name") or None,
            language=language if language in LANGUAGES else None,
        )

    def merged(self, fallback: SessionChoice) -> SessionChoice:
        """This choice, with the parts it leaves open taken from `fallback`."""
        return SessionChoice(**{
            key: value if value is not None else getattr(fallback, key)
            for key, value in asdict(self).items()
        })


@dataclass(frozen=True)
class Session:
    """An open workshop seen by one person in one role."""

    store: Store
    workshop: Workshop
    role: Role = "facilitator"
    participant_id: str | None = None
    language: str = "en"
    room: bool = False  # served to a room by `klantreis serve`
    link: str = ""  # the query that gives this same access on another page (key=… or token=…)
    may_join: bool = False  # a participant who came with a valid join code

    @property
    def can_restructure(self) -> bool:
        """Only the facilitator changes the journey's structure (phases, steps, personas)."""
        return self.role == "facilitator" and not self.store.read_only

    @property
    def can_contribute(self) -> bool:
        """Facilitators and participants rate, comment, add ideas and vote; viewers only look."""
        return self.role != "viewer" and not self.store.read_only



_page_query: str | None = None


def page_query() -> str:
    """The query string of the Voilà page this kernel serves ('' outside Voilà).

    A preheated kernel learns it once, when the page connects; later cells of the same page
    get the remembered value (asking Voilà a second time would wait forever)."""
    global _page_query
    if "VOILA_KERNEL_ID" not in os.environ:  # not served: nothing to wait for
        return os.environ.get("QUERY_STRING", "")
    if _page_query is not None:
        return _page_query
    try:
        from voila.utils import get_query_string

        _page_query = get_query_string() or ""
    except Exception:  # an old or absent Voilà: fall back to the plain variable
        _page_query = os.environ.get("QUERY_STRING", "")
    return _page_query


def session_file(store_target: str) -> Path | None:
    """Where the start notebook keeps its choice: beside a SQLite store, else in .klantreis/."""
    if "://" in store_target:
        return Path(".klantreis") / SESSION_FILE
    return Path(store_target).expanduser().resolve().parent / SESSION_FILE


def save_choice(choice: SessionChoice, store_target: str | None = None) -> None:
    path = session_file(store_target or default_db())
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(choice), indent=2), encoding="utf-8")


def saved_choice(store_target: str | None = None) -> SessionChoice:
    path = session_file(store_target or default_db())
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path else {}
        return SessionChoice(**{k: data.get(k) for k in ("workshop", "role", "participant",
                                                         "language")})
    except (OSError, ValueError, TypeError):
        return SessionChoice()


def open_session(choice: SessionChoice | None = None, *, store: Store | str | None = None,
                 read_only: bool = False) -> Session:
    """Open the session a page on one's own computer asks for: the link first, then the
    saved choice, then the first workshop in the store, as facilitator. (A page served to a
    room decides from the room's secrets instead: `access.open_page_session`.)"""
    target = store if isinstance(store, str) else None
    wanted = (choice or SessionChoice.from_query(page_query())).merged(saved_choice(target))
    opened = store if isinstance(store, Store) else open_store(target or default_db(),
                                                             read_only=read_only)
    workshop = _choose_workshop(opened, wanted.workshop)
    participant = _find_participant(workshop, wanted.participant)
    role: Role = wanted.role or "facilitator"
    if read_only:
        role = "viewer"
    language = wanted.language or workshop.language
    return Session(opened, workshop, role, participant, language)


def _choose_workshop(store: Store, workshop_id: str | None) -> Workshop:
    if workshop_id:
        return store.workshop(workshop_id)
    ids = store.workshops()["id"]
    if ids.empty:
        from ..samples import build_all

        return build_all(store)[0]
    return store.workshop(str(ids.iloc[0]))


def _find_participant(workshop: Workshop, wanted: str | None) -> str | None:
    if not wanted:
        return None
    people = workshop.frame("participants")
    if wanted in set(people["id"]):
        return wanted
    return workshop.participant_id(wanted)
