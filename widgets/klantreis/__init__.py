"""Klantreis: a Jupyter workshop kit for customer journey mapping, in Dutch and English.

The public API in a nutshell::

    from klantreis import open_store
    store = open_store("workshops.db")            # or a PostgreSQL URL
    workshop = store.create_workshop("Buying a fridge", language="en", lens="goal")
    ...
    workshop.frame("ratings")                      # every table as a typed DataFrame
"""

from .import_cost import defer_iri_grammar

defer_iri_grammar()  # before anything imports jsonschema: saves ~1.7 s per served page

from .errors import (  # noqa: E402
    ConfirmationNeeded,
    ImportFileError,
    KlantreisError,
    NotFoundError,
    ReadOnlyError,
    StoreError,
    ValidationError,
)
from .store import Store, default_db, open_store  # noqa: E402
from .workshop import Workshop  # noqa: E402

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
