"""A cheap signal that the database may have changed, for live pages to wait on.

A live page used to ask the store for its workshop's revision once a second: a query per
open page per second, and up to a second before anyone saw a rating. A watch instead looks
at something that costs the database nothing, ten times a second, and a page reads the
store only when it moved:

- SQLite: the database file and its write-ahead log. Every commit appends to the log (or,
  after a checkpoint, rewrites it), which changes its size or modification time; `stat`
  is a system call, not a query.
- PostgreSQL: `LISTEN`. Every write notifies `klantreis_changes` at commit; the watch reads
  what has arrived on its connection's socket without a round trip to the server.

A watch may say "changed" when nothing did (another workshop in the same store wrote);
the page then reads one revision number and finds nothing new, as it did before. It must
never miss a change for long, so pages still read the revision every few seconds as well.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import Protocol

import sqlalchemy as sa

CHANNEL = "klantreis_changes"


class ChangeWatch(Protocol):
    def changed(self) -> bool:
        """Whether the database may have changed since the last call (never blocks)."""

    def close(self) -> None:
        """Let go of what the watch holds (a connection)."""


class FileWatch:
    """A SQLite store's files: the database and its write-ahead log."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        database = Path(path)
        self.paths = (database, database.with_name(database.name + "-wal"))
        self.seen = self._marks()

    def _marks(self) -> tuple[tuple[int, int], ...]:
        return tuple(_mark(path) for path in self.paths)

    def changed(self) -> bool:
        marks = self._marks()
        moved, self.seen = marks != self.seen, marks
        return moved

    def close(self) -> None:
        """Nothing to let go of."""


def _mark(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:  # no log yet, or it was just removed: that is a mark too
        return (0, -1)
    return (stat.st_mtime_ns, stat.st_size)


class NotifyWatch:
    """A PostgreSQL store's `LISTEN` connection."""

    def __init__(self, url: sa.URL) -> None:
        import psycopg

        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self.connection = psycopg.connect(conninfo, autocommit=True)
        self.connection.execute(f"LISTEN {CHANNEL}")
        self.connection.pgconn.nonblocking = 1

    def changed(self) -> bool:
        pgconn = self.connection.pgconn
        pgconn.consume_input()
        moved = False
        while pgconn.notifies() is not None:
            moved = True
        return moved

    def close(self) -> None:
        with suppress(Exception):
            self.connection.close()


def change_watch(engine: sa.Engine) -> ChangeWatch | None:
    """The watch for this database (None when it has none: the page reads the revision)."""
    url = engine.url
    if engine.dialect.name == "sqlite" and url.database:
        return FileWatch(url.database.removeprefix("file:").split("?")[0])
    if engine.dialect.name == "postgresql":
        try:
            return NotifyWatch(url)
        except Exception:  # no LISTEN connection to be had: fall back on reading
            return None
    return None


def notify(conn: sa.Connection, workshop_id: str) -> None:
    """Tell PostgreSQL listeners, at commit, that this workshop changed."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_notify(CHANNEL, workshop_id)))
