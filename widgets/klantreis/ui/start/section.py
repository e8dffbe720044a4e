"""What the start page's sections share."""

from __future__ import annotations

from ..section import Section


class StartSection(Section):
    """A section of the start page."""

    page = "start"
    follows: frozenset[str] = frozenset()
