"""What the empathy page's sections share."""

from __future__ import annotations

from ..section import Section

STRUCTURE = frozenset({"journeys", "personas", "phases", "steps"})
CURVE = frozenset({"journeys", "phases", "steps", "ratings", "moments"})
CUSTOMERS = frozenset({"sources", "source_results"})


class EmpathySection(Section):
    """A section of the empathy page."""

    page = "empathy-section"
