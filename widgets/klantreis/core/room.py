"""A served workshop's room: who may open it, as whom, and what it is doing now.

Roles are decided here, on the server, from secrets, never from what a link says it is:

- the **facilitator key** (random, 192 bits) opens the facilitator's pages;
- the **dashboard key** opens the read-only dashboard;
- the **join code** (six characters people can type: no 0/O, 1/I/L, 2/Z, 5/S, 8/B) lets
  anyone in the room join as a participant, once, under a name of their own;
- joining gives a participant a **personal token**: their link (and the page's cookie), so
  a reload or a second device is the same person and nobody else can rate as them.

Keys and tokens are kept only as SHA-256 hashes (they are long random strings, so a plain
hash is enough) and compared in constant time. A new join code makes the old one stop
working; removing a participant makes their token stop working.

The room's state (`room` table: which part is open, which step, own pace or together,
whether the team's figures are revealed, the time box) is a table the pages follow live.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from .database import Database
from .errors import NotFoundError, ValidationError
from .schema import SQL_TABLES, participant_tokens, room_keys
from .tables import TABLES
from .validation import clean_row, now_timestamp
from .workshop import Workshop

CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"  # nothing that looks like another character
CODE_LENGTH = 6
KEY_BYTES = 24  # 192 bits
TOKEN_BYTES = 24

__all__ = ["CODE_ALPHABET", "Access", "Room", "RoomKeys", "find_code", "find_token",
           "normal_code"]


@dataclass(frozen=True)
class RoomKeys:
    """The secrets a room was just opened with: shown once, then only their hashes remain."""

    facilitator: str
    dashboard: str
    join_code: str


@dataclass(frozen=True)
class Access:
    """What a link opens: a role in a workshop, for a participant when known."""

    workshop_id: str
    role: str  # "facilitator", "participant" or "viewer"
    participant_id: str | None = None


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _same(secret: str, stored: str | None) -> bool:
    """Constant-time comparison of a secret with a stored hash."""
    return stored is not None and hmac.compare_digest(digest(secret), stored)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(text: str) -> str:
    """A code as typed, made comparable: upper case, no spaces or dashes."""
    return "".join(str(text).split()).replace("-", "").upper()


class Room:
    """A handle on one workshop's room."""

    def __init__(self, workshop: Workshop) -> None:
        self.workshop = workshop
        self.store: Database = workshop.store

    # -- keys and the join code ------------------------------------------------------

    def open(self, *, new_code: bool = False) -> RoomKeys:
        """New facilitator and dashboard keys (the old ones stop working) and the join code:
        the one the room has, unless `new_code` or there is none yet."""
        keys = RoomKeys(secrets.token_urlsafe(KEY_BYTES), secrets.token_urlsafe(KEY_BYTES),
                        "")
        with self.store.writing(self.workshop.id) as conn:
            code = None if new_code else self._code(conn)
            code = code or self._free_code(conn)
            self._save_keys(conn, facilitator_hash=digest(keys.facilitator),
                            dashboard_hash=digest(keys.dashboard), join_code=code)
            self._ensure_state(conn)
        return RoomKeys(keys.facilitator, keys.dashboard, code)

    def new_join_code(self) -> str:
        """A fresh join code; the old one no longer lets anyone join."""
        with self.store.writing(self.workshop.id) as conn:
            code = self._free_code(conn)
            self._save_keys(conn, join_code=code)
        return code

    @property
    def join_code(self) -> str | None:
        with self.store.reading() as conn:
            return self._code(conn)

    def is_facilitator(self, key: str) -> bool:
        return _same(key, self._keys().get("facilitator_hash"))

    def is_viewer(self, key: str) -> bool:
        return _same(key, self._keys().get("dashboard_hash"))

    def _keys(self) -> dict[str, Any]:
        with self.store.reading() as conn:
            row = conn.execute(sa.select(room_keys).where(
                room_keys.c.workshop_id == self.workshop.id)).mappings().first()
        return dict(row) if row else {}

    def _code(self, conn: sa.Connection) -> str | None:
        return conn.execute(sa.select(room_keys.c.join_code).where(
            room_keys.c.workshop_id == self.workshop.id)).scalar()

    def _free_code(self, conn: sa.Connection) -> str:
        while True:  # 25^6 codes: a clash with another workshop's is rare, but possible
            code = new_code()
            if conn.execute(sa.select(room_keys.c.workshop_id).where(
                    room_keys.c.join_code == code)).first() is None:
                return code

    def _save_keys(self, conn: sa.Connection, **values: Any) -> None:
        values["updated_at"] = now_timestamp()
        key = room_keys.c.workshop_id == self.workshop.id
        if not conn.execute(sa.update(room_keys).where(key).values(**values)).rowcount:
            conn.execute(sa.insert(room_keys).values(workshop_id=self.workshop.id, **values))

    # -- participants --------------------------------------------------------------------

    def join(self, name: str, department: str = "") -> tuple[str, str]:
        """A new participant under a name nobody in the workshop has (in any case: "noor"
        is Noor); returns their id and personal token, written as one change. A taken name
        is refused: that person joins with their own link."""
        participants = SQL_TABLES["participants"]
        with self.store.writing(self.workshop.id) as conn:
            taken = conn.execute(sa.select(participants.c.name).where(
                participants.c.workshop_id == self.workshop.id)).scalars()
            if " ".join(name.split()).casefold() in {n.casefold() for n in taken}:
                raise ValidationError("error.duplicate_name", self.workshop.language,
                                      entity="participant", value=name.strip(), field="name")
            participant = self.workshop.insert_in(
                conn, "participants", {"name": " ".join(name.split()),
                                       "department": department})
            return participant, self._token(conn, participant)

    def issue_token(self, participant_id: str) -> str:
        """A personal token for a participant (their link for another device)."""
        with self.store.writing(self.workshop.id) as conn:
            self.workshop.require(conn, "participants", participant_id)
            return self._token(conn, participant_id)

    def _token(self, conn: sa.Connection, participant_id: str) -> str:
        token = secrets.token_urlsafe(TOKEN_BYTES)
        conn.execute(sa.insert(participant_tokens).values(
            token_hash=digest(token), workshop_id=self.workshop.id,
            participant_id=participant_id, created_at=now_timestamp()))
        return token

    def rename(self, participant_id: str, name: str) -> None:
        self.workshop.update_participant(participant_id, name=name)

    def remove(self, participant_id: str) -> None:
        """Remove a participant, their ratings and votes; their links stop working."""
        self.workshop.delete_participant(participant_id, confirm=True)

    # -- the room's state ----------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Which part is open, which journey and step, the pace, the reveal, the time box."""
        table = SQL_TABLES["room"]
        with self.store.reading() as conn:
            row = conn.execute(sa.select(table).where(
                table.c.workshop_id == self.workshop.id)).mappings().first()
        return dict(row) if row else self._default_state()

    def move(self, **changes: Any) -> None:
        """Change the room's state: `part`, `journey_id`, `step_id`, `pace`, `reveal`,
        `deadline` (None: no time box). Moving to another step or part hides the team's
        figures again, so each step is rated on one's own first."""
        if "workshop_id" in changes or "updated_at" in changes:
            raise ValidationError("error.unknown_field", self.workshop.language,
                                  entity="room", value="workshop_id")
        clean = clean_row(TABLES["room"], changes, self.workshop.language)
        table = SQL_TABLES["room"]
        with self.store.writing(self.workshop.id) as conn:
            before = self._ensure_state(conn)
            for name in ("journey_id", "step_id"):
                if clean.get(name) is not None:
                    self.workshop.require(conn, f"{name[:-3]}s", clean[name])
            moved = any(name in clean and clean[name] != before.get(name)
                        for name in ("part", "step_id"))
            if moved and "reveal" not in clean:
                clean["reveal"] = False
            conn.execute(sa.update(table).where(table.c.workshop_id == self.workshop.id)
                         .values(**clean, updated_at=now_timestamp()))

    def _default_state(self) -> dict[str, Any]:
        return {"workshop_id": self.workshop.id, "part": "waiting", "journey_id": None,
                "step_id": None, "pace": "follow", "reveal": False, "deadline": None,
                "updated_at": None}

    def _ensure_state(self, conn: sa.Connection) -> dict[str, Any]:
        table = SQL_TABLES["room"]
        row = conn.execute(sa.select(table).where(
            table.c.workshop_id == self.workshop.id)).mappings().first()
        if row is not None:
            return dict(row)
        state = {**self._default_state(), "updated_at": now_timestamp()}
        conn.execute(sa.insert(table).values(**state))
        return state


def find_code(store: Database, code: str) -> str | None:
    """The workshop a join code lets people into (None for an unknown or old code)."""
    wanted = normal_code(code)
    if len(wanted) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in wanted):
        return None
    with store.reading() as conn:
        return conn.execute(sa.select(room_keys.c.workshop_id).where(
            room_keys.c.join_code == wanted)).scalar()


def find_token(store: Database, token: str) -> Access | None:
    """The participant a personal token belongs to (None for an unknown one)."""
    if not token or len(token) > 100:
        return None
    with store.reading() as conn:
        row = conn.execute(sa.select(participant_tokens).where(
            participant_tokens.c.token_hash == digest(token))).mappings().first()
    if row is None:
        return None
    return Access(str(row["workshop_id"]), "participant", str(row["participant_id"]))


def check_workshop(store: Database, workshop_id: str, language: str) -> None:
    """Raise `NotFoundError` unless the workshop exists."""
    table = SQL_TABLES["workshops"]
    with store.reading() as conn:
        if conn.execute(sa.select(table.c.id).where(table.c.id == workshop_id)).first() is None:
            raise NotFoundError("error.unknown_id", language, entity="workshop",
                                value=workshop_id)
