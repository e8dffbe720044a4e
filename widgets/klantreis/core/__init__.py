"""The workshop itself: its tables, the store they live in, and the API that changes them.

Everything above (figures, charts, pages, the command) reads a workshop as typed DataFrames
(`Workshop.frames`) and changes it only through `Workshop`'s methods, which check every value
first (`validation`) and write one committed transaction each (`database`).
"""

from .errors import (
    ConfirmationNeeded,
    ImportFileError,
    KlantreisError,
    NotFoundError,
    ReadOnlyError,
    StoreError,
    ValidationError,
)
from .store import Store, default_db, open_store
from .workshop import Workshop

__all__ = [
    "ConfirmationNeeded",
    "ImportFileError",
    "KlantreisError",
    "NotFoundError",
    "ReadOnlyError",
    "Store",
    "StoreError",
    "ValidationError",
    "Workshop",
    "default_db",
    "open_store",
]
