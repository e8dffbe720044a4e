"""The environment variables the kit's processes agree on.

`klantreis serve` sets them for Voilà and every kernel it starts; the pages read them. One
place for their names, so the command and the pages cannot drift apart.
"""

from __future__ import annotations

import os
from pathlib import Path

STORE_ENV = "KLANTREIS_DB"  # the store: a file path or a database URL
WORKSHOP_ENV = "KLANTREIS_WORKSHOP"  # the served workshop: preheated kernels warm up on it
PUBLIC_URL_ENV = "KLANTREIS_PUBLIC_URL"  # the address people open, for join links and codes
OPEN_DASHBOARD_ENV = "KLANTREIS_OPEN_DASHBOARD"  # set: the dashboard needs no key (--dashboard)

DEFAULT_DB = Path(".klantreis") / "workshops.db"


def default_db() -> str:
    """The store to use when none is named: $KLANTREIS_DB, else `.klantreis/workshops.db`."""
    return os.environ.get(STORE_ENV) or str(DEFAULT_DB)
