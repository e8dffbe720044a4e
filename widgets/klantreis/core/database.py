"""The database under the workshop store: a SQLite file by default, PostgreSQL through a URL.

Every change is its own committed transaction, so nothing waits for a save button and a
killed kernel loses at most the change it was making. Several kernels (one per Voilà page)
write at once: SQLite runs in WAL mode with a busy timeout and starts write transactions with
`BEGIN IMMEDIATE`, so writers queue instead of failing with "database is locked".
Each write also bumps its workshop's revision first, which serialises writers per workshop on
PostgreSQL too and gives live views one cheap number to poll.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import make_url

from ..i18n import DEFAULT_LANGUAGE
from .changes import ChangeWatch, change_watch, notify
from .errors import NotFoundError, ReadOnlyError, StoreError
from .schema import SCHEMA_VERSION, SQL_TABLES, UPGRADES, meta_table, metadata, table_revisions

BUSY_TIMEOUT_MS = 30_000  # a writer waits this long for others before giving up
_WRITE = "klantreis_write"


def database_url(target: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL for a file path or an existing URL (anything with '://')."""
    text = os.fspath(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


class Database:
    """A connection to one workshop database: consistent reads, committed writes, the
    schema and its upgrades, and each workshop's change counters. `Store` adds the
    workshops on top."""

    def __init__(
        self,
        target: str | os.PathLike[str],
        *,
        read_only: bool = False,
        language: str = DEFAULT_LANGUAGE,
        snapshot: bool = False,
    ) -> None:
        """`snapshot` (with `read_only`): a short read of a SQLite file that no one has open
        leaves nothing beside it (no -wal and -shm files that a reader cannot remove)."""
        self.url = make_url(database_url(target))
        self.read_only = read_only
        self.language = language
        self.engine = _create_engine(self.url, read_only, language, snapshot=snapshot)
        event.listen(self.engine, "after_execute", _note_changed_table)
        try:
            if not read_only:
                self._prepare_schema()
            self._check_version()
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as error:
            self.engine.dispose()
            if self.engine.dialect.name != "sqlite":  # down, unreachable, no rights
                raise StoreError("error.server_unreachable", language,
                                 host=self.url.host or "localhost",
                                 port=self.url.port or _DEFAULT_PORTS.get(
                                     self.engine.dialect.name, "?")) from error
            raise _file_error(self.url.database or str(target), language) from error
        except sa.exc.DatabaseError as error:
            self.engine.dispose()
            if self.engine.dialect.name != "sqlite":
                raise
            raise _file_error(self.url.database or str(target), language) from error
        except StoreError:
            self.engine.dispose()
            raise

    # -- connections -------------------------------------------------------------------

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def reading(self) -> Iterator[sa.Connection]:
        """A consistent snapshot to read from; it never blocks writers."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def writing(self, workshop_id: str | None = None) -> Iterator[sa.Connection]:
        """One committed change. With a workshop id, its revision goes up by one first, and
        the tables the change touched are marked with that revision."""
        if self.read_only:
            raise ReadOnlyError("error.read_only", self.language)
        try:
            with self._write_transaction(workshop_id) as conn:
                yield conn
        except sa.exc.OperationalError as error:
            if "locked" not in str(error.orig) and "busy" not in str(error.orig):
                raise
            raise StoreError("error.busy", self.language) from error

    @contextmanager
    def _write_transaction(self, workshop_id: str | None) -> Iterator[sa.Connection]:
        with self.engine.connect().execution_options(**{_WRITE: True}) as conn, conn.begin():
            revision = None if workshop_id is None else self._bump(conn, workshop_id)
            if workshop_id is not None:
                notify(conn, workshop_id)
            conn.info[_CHANGED] = set()
            yield conn
            changed = conn.info.pop(_CHANGED, set())
            if revision is not None:
                _mark_tables(conn, workshop_id, changed, revision)

    def _bump(self, conn: sa.Connection, workshop_id: str) -> int:
        table = SQL_TABLES["workshops"]
        revision = conn.execute(
            sa.update(table)
            .where(table.c.id == workshop_id)
            .values(revision=table.c.revision + 1)
            .returning(table.c.revision)
        ).scalar()
        if revision is None:
            raise NotFoundError(
                "error.unknown_id", self.language, entity="workshop", value=workshop_id
            )
        return int(revision)

    def table_revisions(self, workshop_id: str) -> dict[str, int]:
        """The revision at which each table of the workshop last changed (tables unchanged
        since the workshop was created or imported are absent)."""
        table = table_revisions
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(table.c.table_name, table.c.revision).where(
                    table.c.workshop_id == workshop_id
                )
            ).all()
        return {name: int(revision) for name, revision in rows}

    def watch(self) -> ChangeWatch | None:
        """A cheap signal that the database may have changed (see `changes`)."""
        return change_watch(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- change counters ----------------------------------------------------------------

    def revision(self, workshop_id: str) -> int:
        """The workshop's change counter: one indexed read, cheap enough to poll every second."""
        table = SQL_TABLES["workshops"]
        with self.engine.connect() as conn:
            value = conn.execute(
                sa.select(table.c.revision).where(table.c.id == workshop_id)
            ).scalar()
        if value is None:
            raise NotFoundError(
                "error.unknown_id", self.language, entity="workshop", value=workshop_id
            )
        return int(value)

    # -- schema ------------------------------------------------------------------------

    def _prepare_schema(self) -> None:
        with self.writing() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(727274)"))
            tables = set(sa.inspect(conn).get_table_names())
            if not tables:
                metadata.create_all(conn)
                _set_version(conn, SCHEMA_VERSION)
                return
            if meta_table.name not in tables:
                raise StoreError(
                    "error.not_a_store", self.language, value=self.url.render_as_string()
                )
            version = _get_version(conn)
            if version > SCHEMA_VERSION:
                raise StoreError(
                    "error.newer_schema", self.language, found=version, known=SCHEMA_VERSION
                )
            for old in range(version, SCHEMA_VERSION):
                UPGRADES[old](conn)
            metadata.create_all(conn)  # tables that a later version added
            if version != SCHEMA_VERSION:
                _set_version(conn, SCHEMA_VERSION)

    def _check_version(self) -> None:
        with self.reading() as conn:
            version = _get_version(conn)
        if version > SCHEMA_VERSION:
            raise StoreError(
                "error.newer_schema", self.language, found=version, known=SCHEMA_VERSION
            )
        if version < SCHEMA_VERSION:  # only read-only opens get here: they cannot upgrade
            raise StoreError("error.older_schema", self.language, found=version)

    @property
    def schema_version(self) -> int:
        with self.reading() as conn:
            return _get_version(conn)


_CHANGED = "klantreis_changed_tables"


def _note_changed_table(
    conn: sa.Connection, clause: Any, _multi: Any, _params: Any, _options: Any, result: Any
) -> None:
    """Remember which tables a write transaction changed rows of (a delete that matched
    nothing changes nothing)."""
    changed = conn.info.get(_CHANGED)
    dml = isinstance(clause, sa.Insert | sa.Update | sa.Delete)
    if changed is not None and dml and getattr(result, "rowcount", -1) != 0:
        changed.add(clause.table.name)


def _mark_tables(conn: sa.Connection, workshop_id: str, tables: set[str], revision: int) -> None:
    marks = table_revisions
    for name in sorted(tables - {marks.name}):
        key = (marks.c.workshop_id == workshop_id, marks.c.table_name == name)
        if not conn.execute(sa.update(marks).where(*key).values(revision=revision)).rowcount:
            conn.execute(sa.insert(marks).values(workshop_id=workshop_id, table_name=name,
                                                 revision=revision))


def _get_version(conn: sa.Connection) -> int:
    value = conn.execute(
        sa.select(meta_table.c.value).where(meta_table.c.key == "schema_version")
    ).scalar()
    return int(value or 0)


def _set_version(conn: sa.Connection, version: int) -> None:
    conn.execute(sa.delete(meta_table).where(meta_table.c.key == "schema_version"))
    conn.execute(sa.insert(meta_table).values(key="schema_version", value=str(version)))


_DEFAULT_PORTS = {"postgresql": 5432}
_SQLITE_HEADER = b"SQLite format 3\x00"
#: Names a store file goes by: such a file that SQLite cannot read is a damaged store.
STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def _file_error(path: str, language: str) -> StoreError:
    """A SQLite file that cannot be opened as a store: damaged (an SQLite file, or a store's
    name, that SQLite cannot read) or not a workshop file at all."""
    file = Path(path)
    if not file.is_file():
        return StoreError("error.not_a_store", language, value=path)
    try:
        with file.open("rb") as opened:
            header = opened.read(len(_SQLITE_HEADER))
    except OSError:
        header = b""
    if header == _SQLITE_HEADER:
        damaged = not _readable_sqlite(file)
    else:  # random bytes under a store's name: damaged; anything else is another file
        damaged = file.suffix.lower() in STORE_SUFFIXES
    if damaged:
        return StoreError("error.damaged_store", language, value=path)
    return StoreError("error.not_a_store", language, value=path)


def _readable_sqlite(path: Path) -> bool:
    """Whether SQLite reads the file's list of tables (read-only: it changes nothing)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.execute("PRAGMA quick_check(1)").fetchall()
            connection.execute("SELECT name FROM sqlite_master").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return True


def _create_engine(url: sa.URL, read_only: bool, language: str = DEFAULT_LANGUAGE, *,
                   snapshot: bool = False) -> sa.Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, read_only, language, snapshot=snapshot)
    connect_args: dict[str, Any] = {}
    if read_only and url.get_backend_name() == "postgresql":
        connect_args["options"] = "-c default_transaction_read_only=on"
    if url.get_backend_name() == "postgresql" and url.get_driver_name() in ("", "psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    return sa.create_engine(url, connect_args=connect_args, pool_pre_ping=True)


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Put the file in WAL mode (it stays so). Switching needs the file to itself, and
    SQLite answers "locked" at once instead of waiting when pages open a new store at the
    same moment: then this tries again, for as long as a writer would wait."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _sqlite_engine(url: sa.URL, read_only: bool, language: str = DEFAULT_LANGUAGE, *,
                   snapshot: bool = False) -> sa.Engine:
    path = url.database or ""
    if path in ("", ":memory:"):
        raise ValueError("the store needs a file: an in-memory SQLite database is not shared")
    if read_only:
        if not Path(path).is_file():  # opening it read-only must not create it
            raise StoreError("error.no_store", language, value=path)
        # Without a -wal file no one has the store open and all of it is in the file: a
        # snapshot reads it as unchanging, so SQLite makes no -wal and -shm files for it.
        at_rest = snapshot and not Path(f"{path}-wal").exists()
        mode = "mode=ro&immutable=1" if at_rest else "mode=ro"
        url = url.set(database=f"file:{path}?{mode}", query={"uri": "true"})
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module, so that `_on_begin` decides.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            _use_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # A write transaction must hold the write lock from its start: a read that later
        # turns into a write cannot wait for the lock and fails at once (see FINDINGS).
        immediate = conn.get_execution_options().get(_WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
