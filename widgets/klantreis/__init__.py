"""Klantreis: a Jupyter workshop kit for customer journey mapping, in Dutch and English.

The public API in a nutshell::

    from klantreis import open_store
    store = open_store("workshops.db")            # or a PostgreSQL URL
    workshop = store.create_workshop("Buying a fridge", language="en", lens="goal")
    ...
    workshop.frame("ratings")                      # every table as a typed DataFrame

The package is layered (see docs/architecture.md): `i18n` <- `core` <- `figures` <-
`mining` <- `charts` <- `outputs`, `exchange` <- `samples` <- `ui` <- `serve` <- `cli`.
"""

from .serve.startup import defer_iri_grammar

defer_iri_grammar()  # before anything imports jsonschema: saves ~1.7 s per served page

from . import core  # noqa: E402
from .core import *  # noqa: E402, F403  (the store, the workshop and the kit's errors)

__all__ = core.__all__
__version__ = "0.1.0"
