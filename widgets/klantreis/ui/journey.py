"""The one journey picker: which persona's journey a page shows.

Every page that shows one journey at a time puts this picker at its top. It offers the
workshop's current journeys, persona by persona in the order they were made (the preparation
page also offers the desired ones), keeps the choice while it exists, and shows itself only
when there is a choice to make. It sets the page state's `journey_id`; the sections follow.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..i18n import t, text
from .kit import Quiet, dropdown, set_options, show
from .state import PageState


def journey_choices(frames: dict[str, pd.DataFrame], language: str,
                    with_desired: bool = False) -> list[tuple[str, str]]:
    """(persona — journey, id) per journey: current ones (all, if none is current) in store
    order of their personas, then, `with_desired`, the desired ones."""
    journeys = frames["journeys"]
    current = journeys["variant"].eq("current").fillna(False).to_numpy(dtype=bool)
    shown = journeys if with_desired or not current.any() else journeys[current]
    personas = {str(p): i for i, p in enumerate(frames["personas"]["id"])}
    names = dict(zip(frames["personas"]["id"], frames["personas"]["name"], strict=True))
    rows = sorted(
        zip(shown["id"], shown["persona_id"], shown["name"], shown["variant"], strict=True),
        key=lambda row: (row[3] != "current", personas.get(str(row[1]), len(personas))))
    return [(t("ui.journey_option", language, persona=text(names.get(p, "")),
               journey=text(name)), str(j)) for j, p, name, _ in rows]


class JourneyPicker:
    """A dropdown bound to `state.journey_id`."""

    def __init__(self, state: PageState, *, with_desired: bool = False) -> None:
        self.state = state
        self.with_desired = with_desired
        self.quiet = Quiet()
        self.dropdown = dropdown(t("ui.journey", state.language), "kr-journey-picker")
        self.dropdown.observe(self._chosen, names="value")
        state.observe(self._followed, names="journey_id")
        self.widget = self.dropdown

    def refresh(self) -> None:
        """Offer the journeys there are now; a chosen journey that is gone gives way to the
        first one."""
        choices = journey_choices(self.state.frames, self.state.language, self.with_desired)
        set_options(self.dropdown, choices, self.state.journey_id, self.quiet)
        show(self.dropdown, len(choices) > 1)
        if self.dropdown.value != self.state.journey_id:
            self.state.journey_id = self.dropdown.value

    def _chosen(self, change: dict[str, Any]) -> None:
        if not self.quiet.on and change["new"] is not None:
            self.state.journey_id = change["new"]

    def _followed(self, change: dict[str, Any]) -> None:
        known = {value for _, value in self.dropdown.options}
        if change["new"] in known and self.dropdown.value != change["new"]:
            with self.quiet():
                self.dropdown.value = change["new"]
