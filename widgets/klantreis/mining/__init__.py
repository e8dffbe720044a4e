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
See docs/customer-mining.md.
"""

from .compare import belief_vs_data
from .events import Behaviour, EventData
from .loading import LoadedFile, open_file, open_with
from .mapping import JourneyMap
from .report import ImportReport
from .settings import METRICS, SourceSettings
from .surveys import SurveyData

__all__ = [
    "METRICS",
    "Behaviour",
    "EventData",
    "ImportReport",
    "JourneyMap",
    "LoadedFile",
    "SourceSettings",
    "SurveyData",
    "belief_vs_data",
    "open_file",
    "open_with",
]
