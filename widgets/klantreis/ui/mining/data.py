"""The customer data a mining page has read, shared by its sections as a small model they
observe: when the survey is read, the results, the before/after and the problems report all
follow it.

Files can be large and take a while to read: they are read once per page, here, and every
section works on what was read.
"""

from __future__ import annotations

from pathlib import Path

from traitlets import Any, Dict, HasTraits, Unicode

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

    def __init__(self, state: PageState) -> None:
        super().__init__()
        self.state = state

    def journey_map(self) -> JourneyMap:
        """The chosen journey as the mining engine maps labels onto it."""
        return JourneyMap.from_frames(dict(self.state.frames), self.state.journey_id)

    def add_events(self, settings: SourceSettings) -> None:
        self.event_sources = {**self.event_sources, Path(settings.file).name: settings}


def upload_dir(state: PageState) -> Path:
    """Uploaded files are kept beside a SQLite store, so saved mappings can find them."""
    url = state.store.url
    if state.store.is_sqlite and url.database:
        return Path(url.database).parent / "uploads"
    return Path(".klantreis") / "uploads"
