"""Everything derived from a workshop: the journey in order, the emotion curve, moments of
truth, the ranking of ideas, the desired curve, channels, responsibility, what customers say.

Every function here is a pure function of the workshop's DataFrames (`Workshop.frames()`):
inputs are never changed, and every result has fixed columns and dtypes, also when empty.
`JourneyData` bundles one journey's figures; every page, the report and the exports use it,
so they show the same rows.
"""

from .channels import channel_means, shared_steps
from .curve import (
    AIM_LINE,
    DISAGREEMENT_STD,
    EMOTION_CURVE_COLUMNS,
    PASS_LINE,
    SCORE_GAP_COLUMNS,
    emotion_curve,
    score_gap,
)
from .customers import belief_vs_data, kept_scores
from .desired import desired_curve
from .ideas import BACKLOG, IDEA_RANKING_COLUMNS, idea_ranking
from .journey import ORDERED_STEPS_COLUMNS, default_journey, ordered_steps
from .journey_data import JourneyData
from .journey_map import JourneyMap, MapIdea, MapPhase, MapStep
from .method import (
    AssumedShare,
    assumed_share,
    comment_names,
    customer_figures,
    evidence_words,
    gap_counts,
    lens_goals,
    lens_name,
    notable_gaps,
    phase_goals,
    said,
    step_comments,
)
from .moments import HIGH_SCORE, LOW_SCORE, MOMENT_COLUMNS, STEEP_DROP, moment_candidates
from .responsibility import RESPONSIBILITY_COLUMNS, UNASSIGNED, responsibility

__all__ = [
    "AIM_LINE",
    "BACKLOG",
    "DISAGREEMENT_STD",
    "EMOTION_CURVE_COLUMNS",
    "HIGH_SCORE",
    "IDEA_RANKING_COLUMNS",
    "LOW_SCORE",
    "MOMENT_COLUMNS",
    "ORDERED_STEPS_COLUMNS",
    "PASS_LINE",
    "RESPONSIBILITY_COLUMNS",
    "SCORE_GAP_COLUMNS",
    "STEEP_DROP",
    "UNASSIGNED",
    "AssumedShare",
    "JourneyData",
    "JourneyMap",
    "MapIdea",
    "MapPhase",
    "MapStep",
    "assumed_share",
    "belief_vs_data",
    "channel_means",
    "comment_names",
    "customer_figures",
    "default_journey",
    "desired_curve",
    "emotion_curve",
    "evidence_words",
    "gap_counts",
    "idea_ranking",
    "kept_scores",
    "lens_goals",
    "lens_name",
    "moment_candidates",
    "notable_gaps",
    "ordered_steps",
    "phase_goals",
    "responsibility",
    "said",
    "score_gap",
    "shared_steps",
    "step_comments",
]
