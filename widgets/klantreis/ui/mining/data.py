"""The customer data a mining page has read, shared by its sections as a small model they
observe: when the survey is read, the results, the before/after and the problems report all
follow it.

Files can be large and take a while to read: they are read once per page, here, and every
section works on what was read.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from traitlets import Any, Dict, HasTraits, List, Unicode

from ...mining import JourneyMap, SourceSettings
from ..state import PageState


class CustomerData(HasTraits):
    """The survey and the behaviour data of one mining page."""

    survey = Any(None, allow_none=True)  # SurveyData
    survey_source_id = Unicode(None, allow_none=True)
    events = Any(None, allow_none=True)  # EventData
    event_sources = Dict()  # file name -> SourceSettings
    report = Any(None, allow_none=True)  # the ImportReport of the newest read
    metric = Unicode(None, allow_none=True)  # the survey metric the results show
    by = Unicode("step")  # what the results and before/after are grouped by
    segments = List(None, allow_none=True)  # the customers the results are about; None: all

    def __init__(self, state: PageState) -> None:
        super().__init__()
        self.state = state

    def journey_map(self) -> JourneyMap:
        """The chosen journey as the mining engine maps labels onto it."""
        return JourneyMap.from_frames(dict(self.state.frames), self.state.journey_id)

    def personas(self) -> list[tuple[str, str]]:
        """(name, id) of the workshop's personas, for tying segments to them."""
        rows = self.state.frames.get("personas")
        if rows is None or rows.empty:
            return []
        return [(str(n), str(i)) for n, i in zip(rows["name"], rows["id"], strict=True)]

    def journey_persona(self) -> str | None:
        """The persona whose journey the page shows, if the journey has one."""
        rows = self.state.frames.get("journeys")
        if rows is None or rows.empty or self.state.journey_id is None:
            return None
        found = rows[rows["id"] == self.state.journey_id]
        if found.empty or "persona_id" not in found or pd.isna(found["persona_id"].iloc[0]):
            return None
        return str(found["persona_id"].iloc[0])

    def add_events(self, settings: SourceSettings) -> None:
        self.event_sources = {**self.event_sources, Path(settings.file).name: settings}


def upload_dir(state: PageState) -> Path:
    """Uploaded files are kept beside a SQLite store, so saved mappings can find them."""
    url = state.store.url
    if state.store.is_sqlite and url.database:
        return Path(url.database).parent / "uploads"
    return Path(".klantreis") / "uploads"
