"""The durable workshop store: the database with the workshops it holds.

`open_store` is the way in: a file path (SQLite, created on first use) or a database URL
(PostgreSQL). A store holds many workshops; `Store.workshop(id)` is a handle on one, and
`Store.create_workshop` makes a new one.
"""

from __future__ import annotations

import os
from typing import Any

import pandas as pd
import sqlalchemy as sa

from ..i18n import DEFAULT_LANGUAGE
from .database import Database
from .environment import DEFAULT_DB, default_db
from .frames import frame_from_rows
from .schema import SQL_TABLES
from .workshop import Workshop, create_workshop

__all__ = ["DEFAULT_DB", "Store", "default_db", "open_store"]


class Store(Database):
    """A connection to one workshop database, which can hold many workshops."""

    def workshops(self) -> pd.DataFrame:
        """Every workshop in this store, as a frame with the `workshops` columns."""
        table = SQL_TABLES["workshops"]
        with self.reading() as conn:
            rows = conn.execute(sa.select(table).order_by(table.c.created_at)).mappings().all()
        return frame_from_rows("workshops", rows)

    def workshop(self, workshop_id: str) -> Workshop:
        """A handle on one workshop; raises `NotFoundError` for an unknown id."""
        return Workshop(self, workshop_id)

    def create_workshop(self, title: str, **fields: Any) -> Workshop:
        """A new workshop; with `lens=` its phases come from that template."""
        return create_workshop(self, title, **fields)

    def __enter__(self) -> Store:
        return self


def open_store(
    target: str | os.PathLike[str], *, read_only: bool = False, language: str = DEFAULT_LANGUAGE,
    snapshot: bool = False,
) -> Store:
    """Open (and create or upgrade) the store at a file path or database URL. Read-only, it
    is neither created nor upgraded; a read-only `snapshot` (a short look, as `klantreis
    serve --dashboard` takes) leaves no file beside a SQLite store."""
    return Store(target, read_only=read_only, language=language, snapshot=snapshot)
