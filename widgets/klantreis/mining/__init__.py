"""Customer mining: test the team's beliefs against survey and behaviour data.

    from klantreis.mining import JourneyMap, SurveyData, EventData, SourceSettings

    settings = SourceSettings(kind="survey", file="survey.csv",
                              columns={"nps": "Q1", "label": "Stage", "date": "Date"},
                              labels=[("Check-in", step_id)])
    survey = SurveyData.load(settings)            # or ImportFileError, and nothing
    survey.report.sentences("en")                 # every row it could not read, and why
    journey = JourneyMap.of_workshop(workshop)
    survey.metrics(journey, by="step")            # NPS, CSAT, CES, FCR with n and 95% CI
    workshop.save_source("Survey", "survey", settings.to_dict())

Nothing here imports ipywidgets: the panel (`klantreis.ui.mining`) builds on this API.
The names below load their module on first use, so pages that only show kept results
(`klantreis.figures.customers`) never start the DuckDB engine.
See docs/customer-mining.md.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "Behaviour": "events",
    "EventData": "events",
    "LoadedFile": "loading",
    "open_file": "loading",
    "open_with": "loading",
    "JourneyMap": "mapping",
    "ImportReport": "report",
    "METRICS": "settings",
    "SourceSettings": "settings",
    "SurveyData": "surveys",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
