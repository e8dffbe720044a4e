"""The charts of one journey, built from a workshop's frames.

This is the one place that decides which rows each chart is drawn from (which journey, which
ideas, which moments), so the report, the chart export and any panel that calls it show the
same figures. Everything is a pure function of the frames `Workshop.frames()` returns; derived
frames are computed once per `JourneyData` and shared by the charts that need them.

A workshop can hold several journeys (one per persona). Ideas belong to the workshop, not to a
journey: a journey's ideas are those aimed at one of its steps, plus those aimed at no step
at all (they concern the whole workshop).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import altair as alt
import pandas as pd

from . import charts, derived
from .channels import channel_means
from .desired import desired_curve
from .errors import NotFoundError

__all__ = [
    "BACKLOG",
    "CHART_NAMES",
    "JourneyData",
    "default_journey",
    "journey_chart",
    "workshop_charts",
]

#: Idea statuses that make up the backlog and lift the desired curve.
BACKLOG: tuple[str, ...] = ("selected", "done")

Frames = Mapping[str, pd.DataFrame]


def default_journey(frames: Frames) -> str | None:
    """The journey a report shows unless told otherwise: the first persona's current journey
    (store order), else the first journey; None when there is none."""
    journeys = frames["journeys"]
    if journeys.empty:
        return None
    current = journeys[journeys["variant"].eq("current").fillna(False).to_numpy(dtype=bool)]
    for persona_id in frames["personas"]["id"]:
        own = current[current["persona_id"].eq(persona_id).fillna(False).to_numpy(dtype=bool)]
        if len(own):
            return str(own["id"].iloc[0])
    return str(journeys["id"].iloc[0])


class JourneyData:
    """One journey's derived frames, each computed on first use."""

    def __init__(self, frames: Frames, journey_id: str | None = None, language: str = "en"):
        if journey_id is None:
            journey_id = default_journey(frames)
        elif not frames["journeys"]["id"].eq(journey_id).any():
            raise NotFoundError("error.unknown_id", language, entity="journey", value=journey_id)
        self.frames = frames
        self.journey_id = journey_id

    @cached_property
    def journey(self) -> dict[str, Any]:
        """The journey's own row ({} when the workshop has none)."""
        rows = self.frames["journeys"]
        found = rows[rows["id"].eq(self.journey_id).fillna(False).to_numpy(dtype=bool)]
        return found.iloc[0].to_dict() if len(found) else {}

    @cached_property
    def persona(self) -> dict[str, Any]:
        """The persona whose journey this is ({} when unknown)."""
        rows = self.frames["personas"]
        wanted = rows["id"].eq(self.journey.get("persona_id")).fillna(False)
        found = rows[wanted.to_numpy(dtype=bool)]
        return found.iloc[0].to_dict() if len(found) else {}

    @cached_property
    def steps(self) -> pd.DataFrame:
        """`derived.ordered_steps` of this journey."""
        return derived.ordered_steps(self.frames["phases"], self.frames["steps"], self.journey_id)

    @cached_property
    def curve(self) -> pd.DataFrame:
        """`derived.emotion_curve` of this journey (emotional score)."""
        f = self.frames
        return derived.emotion_curve(f["phases"], f["steps"], f["ratings"],
                                     journey_id=self.journey_id)

    @cached_property
    def moments(self) -> pd.DataFrame:
        """The team's moments of truth on this journey's steps (all statuses)."""
        moments = self.frames["moments"]
        return moments[moments["step_id"].isin(self.steps["step_id"]).to_numpy(dtype=bool)]

    @cached_property
    def confirmed_moments(self) -> pd.DataFrame:
        """Confirmed moments in journey order, with the step's name, phase and mean score."""
        confirmed = self.moments[self.moments["status"].eq("confirmed").to_numpy(dtype=bool)]
        curve = self.curve[["step_id", "step_name", "top_phase_name", "order", "mean"]]
        joined = confirmed.merge(curve, on="step_id", how="inner")
        return joined.sort_values(["order", "polarity"], kind="stable").reset_index(drop=True)

    @cached_property
    def ideas(self) -> pd.DataFrame:
        """The workshop's ideas aimed at this journey's steps or at no step."""
        ideas, links = self.frames["ideas"], self.frames["idea_steps"]
        here = set(links.loc[links["step_id"].isin(self.steps["step_id"]).to_numpy(dtype=bool),
                             "idea_id"])
        linked = set(links["idea_id"])
        keep = [i in here or i not in linked for i in ideas["id"]]
        return ideas[keep]

    @cached_property
    def ranking(self) -> pd.DataFrame:
        """`derived.idea_ranking` of this journey's ideas."""
        return derived.idea_ranking(self.ideas, self.frames["votes"], self.frames["idea_steps"])

    @cached_property
    def desired(self) -> pd.DataFrame | None:
        """The desired curve, or None while no chosen idea moves any step: a dashed copy of
        today's curve would suggest a plan that does not exist yet."""
        frame = desired_curve(self.curve, self.ideas, self.frames["idea_steps"], BACKLOG)
        return frame if bool(frame["uplift"].ne(0).any()) else None

    @cached_property
    def gap(self) -> pd.DataFrame:
        f = self.frames
        return derived.score_gap(f["phases"], f["steps"], f["ratings"], self.journey_id)

    @cached_property
    def responsibility(self) -> pd.DataFrame:
        return derived.responsibility(self.frames["phases"], self.frames["steps"],
                                      self.journey_id)

    @cached_property
    def channel_means(self) -> pd.DataFrame:
        return channel_means(self.steps, self.frames["ratings"])


def _curve(data: JourneyData, language: str) -> alt.TopLevelMixin:
    """Today's curve, the desired one where chosen ideas lift it, and confirmed moments."""
    moments = data.confirmed_moments
    return charts.emotion_curve_chart(
        data.curve, language, moments=None if moments.empty else moments, desired=data.desired
    )


_BUILDERS: dict[str, Callable[[JourneyData, str], alt.TopLevelMixin]] = {
    "curve": _curve,
    "gap": lambda data, language: charts.gap_chart(data.gap, language),
    "impact_effort": lambda data, language: charts.impact_effort_chart(data.ranking, language),
    "ranking": lambda data, language: charts.idea_ranking_chart(data.ranking, language),
    "responsibility": lambda data, language: charts.responsibility_heatmap(
        data.responsibility, language
    ),
    "channels": lambda data, language: charts.channel_consistency_chart(
        data.channel_means, language
    ),
}

#: The charts a journey has, by the names the command line and exports use.
CHART_NAMES: tuple[str, ...] = tuple(_BUILDERS)


def journey_chart(data: JourneyData, name: str, language: str) -> alt.TopLevelMixin:
    """One named chart (see CHART_NAMES) of a journey; ValueError for an unknown name."""
    try:
        builder = _BUILDERS[name]
    except KeyError:
        raise ValueError(f"unknown chart {name!r}; choose one of {', '.join(CHART_NAMES)}") \
            from None
    return builder(data, language)


def workshop_charts(
    frames: Frames, journey_id: str | None = None, language: str = "en"
) -> dict[str, alt.TopLevelMixin]:
    """Every chart of a journey (default: `default_journey`), by name, for one language."""
    data = JourneyData(frames, journey_id, language)
    return {name: journey_chart(data, name, language) for name in CHART_NAMES}
