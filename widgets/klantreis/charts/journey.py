"""Every chart of one journey, by name: what the dashboard shows, the report draws and
`klantreis chart` exports, all from the same `JourneyData`."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import altair as alt
import pandas as pd

from ..figures import JourneyData
from .channels import channel_consistency_chart
from .curve import emotion_curve_chart
from .customers import comparison_chart
from .gap import gap_chart
from .ideas import idea_ranking_chart, impact_effort_chart
from .responsibility import responsibility_heatmap

__all__ = ["CHART_NAMES", "customers_chart", "journey_chart", "workshop_charts"]


def curve_chart(data: JourneyData, language: str) -> alt.TopLevelMixin:
    """Today's curve, the desired one where chosen ideas lift it, and confirmed moments."""
    moments = data.confirmed_moments
    return emotion_curve_chart(data.curve, language, moments=None if moments.empty else moments,
                               desired=data.desired)


_BUILDERS: dict[str, Callable[[JourneyData, str], alt.TopLevelMixin]] = {
    "curve": curve_chart,
    "gap": lambda data, language: gap_chart(data.gap, language),
    "impact_effort": lambda data, language: impact_effort_chart(data.ranking, language),
    "ranking": lambda data, language: idea_ranking_chart(data.ranking, language),
    "responsibility": lambda data, language: responsibility_heatmap(data.responsibility,
                                                                    language),
    "channels": lambda data, language: channel_consistency_chart(data.channel_means, language),
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
    frames: Mapping[str, pd.DataFrame], journey_id: str | None = None, language: str = "en"
) -> dict[str, alt.TopLevelMixin]:
    """Every chart of a journey (default: `default_journey`), by name, for one language."""
    data = JourneyData(frames, journey_id, language)
    return {name: journey_chart(data, name, language) for name in CHART_NAMES}


def customers_chart(data: JourneyData, language: str) -> alt.TopLevelMixin | None:
    """What customers say beside the team's curve, from the results kept for the journey
    (None when there are none: an empty chart would say nothing)."""
    kept, scores = data.customers, data.customer_scores
    if kept is None or scores is None:
        return None
    return comparison_chart(data.curve, scores, kept.metric, kept.ends, language,
                            aggregated=kept.aggregated)
