"""One journey's figures, computed once and shared: the one place that decides which rows each
page, the report, the charts and the exports show.

Which journey, which ideas (those aimed at its steps, plus those aimed at no step), which
moments of truth (a deliverable shows what the team confirmed), which customers' results (the
newest kept source): all decided here, so the dashboard, the report and an exported chart can
never disagree.

Every figure is a pure function of the frames `Workshop.frames()` returns, computed on first
use and kept until a table it is made from is replaced: a live page hands each new set of
frames to `follow`, and a vote then recomputes the ranking but not the curve.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from ..core.errors import NotFoundError
from ..core.lenses import kit_texts_in
from ..i18n import text
from .channels import channel_means, experience_per_phase, shared_steps
from .curve import emotion_curve, score_gap
from .customers import KeptResults, belief_vs_data, kept_results
from .desired import (
    current_beside_desired,
    desired_curve,
    desired_journey_id,
    removed_steps,
    target_curve,
)
from .ideas import BACKLOG, idea_ranking
from .journey import default_journey, ordered_steps
from .journey_map import JourneyMap, journey_map
from .moments import Proposal, chart_moments, moment_candidates, proposals
from .responsibility import responsibility

__all__ = ["JourneyData"]

Frames = Mapping[str, pd.DataFrame]
T = TypeVar("T")

STRUCTURE = ("phases", "steps")
CURVE = (*STRUCTURE, "ratings")
IDEAS = (*STRUCTURE, "ideas", "idea_steps")
CUSTOMERS = (*CURVE, "sources", "source_results")


class _Figure:
    """A property computed from some of the workshop's tables, kept while those same frames
    (by identity) and the same journey are in use."""

    def __init__(self, tables: tuple[str, ...], compute: Callable[[JourneyData], Any]) -> None:
        self.tables = tables
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, data: JourneyData | None, _owner: type) -> Any:
        if data is None:
            return self
        sources = (data.journey_id, *(data.frames[name] for name in self.tables))
        kept = data.memo.get(self.name)
        if kept is not None and len(kept[0]) == len(sources) and all(
                a is b for a, b in zip(kept[0], sources, strict=True)):
            return kept[1]
        value = self.compute(data)
        data.memo[self.name] = (sources, value)
        return value


def figure(*tables: str) -> Callable[[Callable[[JourneyData], T]], T]:
    """Declare a figure and the tables it is computed from (those of the figures it uses
    included), so it is recomputed exactly when one of them changes."""
    return lambda compute: _Figure(tables, compute)  # type: ignore[return-value]


class JourneyData:
    """One journey's derived frames, each computed on first use."""

    def __init__(self, frames: Frames, journey_id: str | None = None, language: str = "en"):
        """`frames` as read from the store: the kit's own texts (lens phases, default names)
        are shown in `language` until edited. A live page hands `follow` frames it has put
        in its language already (`PageState.frames`)."""
        self.memo: dict[str, tuple[tuple[Any, ...], Any]] = {}
        frames = kit_texts_in(dict(frames), language)
        self.frames: Frames = frames
        self.journey_id: str | None = self._checked(frames, journey_id, language)

    @staticmethod
    def _checked(frames: Frames, journey_id: str | None, language: str) -> str | None:
        if journey_id is None:
            return default_journey(frames)
        if not frames["journeys"]["id"].eq(journey_id).any():
            raise NotFoundError("error.unknown_id", language, entity="journey", value=journey_id)
        return journey_id

    def follow(self, frames: Frames, journey_id: str | None) -> None:
        """Show these frames (a live page's newest) and this journey; figures whose tables
        and journey are unchanged are kept."""
        self.frames, self.journey_id = frames, journey_id

    # -- who and what --------------------------------------------------------------------

    @figure("journeys")
    def journey(self) -> dict[str, Any]:
        """The journey's own row ({} when the workshop has none)."""
        rows = self.frames["journeys"]
        found = rows[rows["id"].eq(self.journey_id).fillna(False).to_numpy(dtype=bool)]
        return found.iloc[0].to_dict() if len(found) else {}

    @figure("journeys", "personas")
    def persona(self) -> dict[str, Any]:
        """The persona whose journey this is ({} when unknown)."""
        rows = self.frames["personas"]
        wanted = rows["id"].eq(self.journey.get("persona_id")).fillna(False)
        found = rows[wanted.to_numpy(dtype=bool)]
        return found.iloc[0].to_dict() if len(found) else {}

    @figure(*STRUCTURE)
    def steps(self) -> pd.DataFrame:
        """`ordered_steps` of this journey."""
        return ordered_steps(self.frames["phases"], self.frames["steps"], self.journey_id)

    # -- the curve and its moments -------------------------------------------------------

    @figure(*CURVE)
    def curve(self) -> pd.DataFrame:
        """`emotion_curve` of this journey (emotional score)."""
        return emotion_curve(self.frames["phases"], self.frames["steps"], self.frames["ratings"],
                             journey_id=self.journey_id, ordered=self.steps)

    @figure(*CURVE)
    def gap(self) -> pd.DataFrame:
        """`score_gap` of this journey: emotional minus functional mean per step."""
        return score_gap(self.frames["phases"], self.frames["steps"], self.frames["ratings"],
                         self.journey_id)

    @figure(*STRUCTURE, "moments")
    def moments(self) -> pd.DataFrame:
        """The team's moments of truth on this journey's steps (all statuses)."""
        moments = self.frames["moments"]
        return moments[moments["step_id"].isin(self.steps["step_id"]).to_numpy(dtype=bool)]

    @figure(*CURVE, "moments")
    def confirmed_moments(self) -> pd.DataFrame:
        """Confirmed moments in journey order, with the step's name, phase and mean score:
        what the map, the curve on the dashboard, the report and an exported chart show."""
        confirmed = self.moments[self.moments["status"].eq("confirmed").to_numpy(dtype=bool)]
        curve = self.curve[["step_id", "step_name", "top_phase_name", "order", "mean"]]
        joined = confirmed.merge(curve, on="step_id", how="inner")
        return joined.sort_values(["order", "polarity"], kind="stable").reset_index(drop=True)

    @figure(*CURVE, "moments")
    def open_proposals(self) -> list[Proposal]:
        """The kit's proposals the team has not decided on yet, in journey order."""
        names = {str(s): text(n) for s, n in zip(self.curve["step_id"],
                                                   self.curve["step_name"], strict=True)}
        means = dict(zip(self.curve["step_id"], self.curve["mean"], strict=True))
        return proposals(moment_candidates(self.curve), self.moments, names, means)

    @figure(*CURVE, "moments")
    def working_moments(self) -> pd.DataFrame:
        """What the empathy page's curve marks while the team decides: confirmed moments
        solid, open proposals light."""
        return chart_moments(self.open_proposals, self.moments)

    # -- ideas ---------------------------------------------------------------------------

    @figure(*IDEAS)
    def ideas(self) -> pd.DataFrame:
        """The workshop's ideas aimed at this journey's steps or at no step."""
        ideas, links = self.frames["ideas"], self.frames["idea_steps"]
        here = set(links.loc[links["step_id"].isin(self.steps["step_id"]).to_numpy(dtype=bool),
                             "idea_id"])
        linked = set(links["idea_id"])
        keep = np.array([i in here or i not in linked for i in ideas["id"]], dtype=bool)
        return ideas[keep]

    @figure(*IDEAS, "votes")
    def ranking(self) -> pd.DataFrame:
        """`idea_ranking` of this journey's ideas: the ranking and the backlog everywhere."""
        return idea_ranking(self.ideas, self.frames["votes"], self.frames["idea_steps"])

    @figure(*CURVE, "ideas", "idea_steps")
    def desired_curve(self) -> pd.DataFrame:
        """The curve the backlog's ideas aim for, step by step (see `desired_curve`)."""
        return desired_curve(self.curve, self.ideas, self.frames["idea_steps"], BACKLOG)

    @property
    def desired(self) -> pd.DataFrame | None:
        """The desired curve, or None while no chosen idea moves any step: a dashed copy of
        today's curve would suggest a plan that does not exist yet."""
        frame = self.desired_curve
        return frame if bool(frame["uplift"].ne(0).any()) else None

    # -- the desired journey of this journey's persona -------------------------------------

    @property
    def desired_journey(self) -> JourneyData | None:
        """The persona's desired journey as figures of its own (on these frames), or None
        while there is none (or this journey is the desired one)."""
        found = desired_journey_id(self.frames["journeys"], self.journey_id)
        return None if found in (None, self.journey_id) else JourneyData(self.frames, found)

    @figure(*CURVE, "journeys")
    def planned(self) -> pd.DataFrame | None:
        """The desired journey's steps with today's figures of the steps they change
        (`current_beside_desired`), or None without a desired journey."""
        desired = self.desired_journey
        return None if desired is None else current_beside_desired(
            desired.curve, self.curve, self.frames["steps"])

    @figure(*CURVE, "journeys")
    def targets(self) -> pd.DataFrame | None:
        """The scores the team aims for on the desired journey (`target_curve`)."""
        planned = self.planned
        return None if planned is None else target_curve(planned, self.frames["steps"])

    @figure(*STRUCTURE, "journeys")
    def removed(self) -> list[str]:
        """This journey's steps the desired journey does away with."""
        desired = self.desired_journey
        return [] if desired is None else removed_steps(self.steps, desired.steps,
                                                        self.frames["steps"])

    # -- the organisation ----------------------------------------------------------------

    @figure(*STRUCTURE)
    def responsibility(self) -> pd.DataFrame:
        """Departments × top-level phases of this journey."""
        return responsibility(self.frames["phases"], self.frames["steps"], self.journey_id)

    @figure(*STRUCTURE)
    def shared_steps(self) -> pd.DataFrame:
        """The steps whose moment (`same_moment`) is lived on two or more channels."""
        return shared_steps(self._steps_with_moments())

    @figure(*CURVE)
    def channel_means(self) -> pd.DataFrame:
        """Mean score per shared moment and channel."""
        return channel_means(self._steps_with_moments(), self.frames["ratings"])

    @figure(*CURVE)
    def experience(self) -> pd.DataFrame:
        """Touchpoints online against offline, and by device, per phase
        (`experience_per_phase`)."""
        return experience_per_phase(self.steps, self.frames["steps"], self.frames["ratings"])

    def _steps_with_moments(self) -> pd.DataFrame:
        labels = dict(zip(self.frames["steps"]["id"], self.frames["steps"]["same_moment"],
                          strict=True))
        return self.steps.assign(same_moment=self.steps["step_id"].map(labels))

    # -- what customers say --------------------------------------------------------------

    @figure("journeys", "sources", "source_results")
    def customers(self) -> KeptResults | None:
        """The newest survey results kept for this journey, or None."""
        return kept_results(self.frames["source_results"], self.frames["sources"],
                            self.journey_id)

    @figure(*STRUCTURE, "journeys", "sources", "source_results")
    def customer_scores(self) -> pd.DataFrame | None:
        """The kept results per step of the journey on the 1–10 scale (None without them)."""
        kept = self.customers
        return None if kept is None else kept.step_scores(self.steps)

    @figure(*CUSTOMERS, "journeys")
    def belief(self) -> pd.DataFrame | None:
        """`belief_vs_data` of the team's curve and the kept results (None without them)."""
        scores = self.customer_scores
        return None if scores is None else belief_vs_data(self.curve, scores)

    # -- the map -------------------------------------------------------------------------

    @figure(*CUSTOMERS, *IDEAS, "votes", "moments", "evidence", "journeys", "personas")
    def journey_map(self) -> JourneyMap:
        """The whole journey map (`journey_map`): what the dashboard, the report's first page
        and the poster draw."""
        return journey_map(self.frames, self.steps, self.curve, self.confirmed_moments,
                           self.ranking, self.customer_scores, self.journey, self.persona)

