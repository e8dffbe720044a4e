"""Klantreis: a Jupyter workshop kit for customer journey mapping, in Dutch and English.

The public API in a nutshell::

    from klantreis import open_store
    store = open_store("workshops.db")            # or a PostgreSQL URL
    workshop = store.create_workshop("Buying a fridge", language="en", lens="goal")
    ...
    workshop.frame("ratings")                      # every table as a typed DataFrame
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
__version__ = "0.1.0"
