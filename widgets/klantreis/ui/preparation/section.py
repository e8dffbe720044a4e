"""What the preparation page's sections share: their guide, and controls that only the
facilitator may use.

Structure changes go through `restructure`, which the page state refuses for anyone but the
facilitator, even when a callback is driven directly; the controls are disabled for
everyone else as well, so nobody is offered what they cannot do.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..kit import Quiet
from ..section import Section
from ..state import PageState, Write


class PreparationSection(Section):
    """A section of the preparation page: its guide is `guide.preparation_<key>`."""

    page = "prep"
    follows: frozenset[str] = frozenset()

    def __init__(self, state: PageState, write: Write[Any]) -> None:
        self.quiet = Quiet()
        self.controls: list[widgets.Widget] = []
        super().__init__(state, write)
        for control in self.controls:
            control.disabled = not state.can_restructure

    @property
    def guide_area(self) -> str:  # type: ignore[override]
        return f"preparation_{self.key}"

    def structural(self, *controls: widgets.Widget) -> None:
        """Register controls only the facilitator may use (disabled for everyone else)."""
        self.controls.extend(controls)

    def allowed(self) -> bool:
        """Whether this person may restructure; says why not inline."""
        if self.state.can_restructure:
            return True
        self.feedback.fail("ui.facilitator_only")
        return False
