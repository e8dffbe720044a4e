"""The parts of the method that sit beside the map and the curve, for the dashboard and the
report alike: what the journey rests on (evidence or assumption), what participants wrote
with their ratings, how many ratings judge the functional side, what customers measured per
phase and step beside the team's belief, and the lens's goal for each phase.

Pure functions of a journey's frames and figures, so both surfaces show the same rows and the
same counts; how they are worded is the surface's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..core.lenses import all_lenses, get_lens, lens_ids
from ..i18n import is_missing, listing, number, t, text, value_label
from .curve import SCORE_GAP_COLUMNS
from .customers import KeptResults, belief_vs_data
from .journey import filter_journey, walk_phases
from .journey_map import JourneyMap
from .typed import BOOL, FLOAT, INT, STR, typed_frame

COMMENT_COLUMNS: dict[str, str] = {
    "step_id": STR, "step_name": STR, "top_phase_name": STR, "order": INT, "name": STR,
    "comment": STR,
}

GAP_COUNT_COLUMNS: dict[str, str] = {**SCORE_GAP_COLUMNS, "functional_n": INT,
                                     "emotional_n": INT}

CUSTOMER_FIGURE_COLUMNS: dict[str, str] = {
    "level": STR, "id": STR, "name": STR, "phase_name": STR, "order": INT, "metric": STR,
    "n": INT, "value": FLOAT, "low": FLOAT, "high": FLOAT, "score": FLOAT, "score_low": FLOAT,
    "score_high": FLOAT, "team": FLOAT, "team_n": INT, "difference": FLOAT, "disagree": BOOL,
}

#: A functional and an emotional mean this far apart (or further) is worth a line of its
#: own: the team rates in whole points, so a smaller gap is finer than its view can be.
NOTABLE_GAP: float = 1.0


# --------------------------------------------------------------------------- evidence


@dataclass(frozen=True)
class AssumedShare:
    """How many of a journey's steps rest on the team's assumptions only."""

    assumed: int
    steps: int

    @property
    def share(self) -> float | None:
        return self.assumed / self.steps if self.steps else None

    def sentence(self, language: str) -> str:
        """'9 of 15 steps (60 %) rest on assumptions only', as the map's title says it
        ('' for a journey without steps)."""
        if not self.steps:
            return ""
        return t("map.assumed_share", language, count=self.assumed, total=self.steps,
                 share=number(100 * self.assumed / self.steps, language, 0))


def evidence_words(kinds: tuple[str, ...], language: str) -> str:
    """A step's evidence kinds in words, in the kit's order ('interview and complaint log')."""
    return listing([value_label(kind, language) for kind in kinds], language)


def assumed_share(journey_map: JourneyMap) -> AssumedShare:
    """The steps without any evidence beyond assumption, counted on the map itself, so the
    sentence and the map's evidence lane cannot disagree."""
    steps = journey_map.steps
    return AssumedShare(sum(step.assumed for step in steps), len(steps))


# --------------------------------------------------------------------------- comments


def comment_names(workshops: pd.DataFrame) -> bool:
    """Whether the workshop shows who wrote a rating comment (`workshops.comment_names`):
    off unless the facilitator set it, so a frank remark stays anonymous by default."""
    if workshops.empty or "comment_names" not in workshops.columns:
        return False
    value = workshops["comment_names"].iloc[0]
    return False if is_missing(value) else bool(value)


def step_comments(ratings: pd.DataFrame, participants: pd.DataFrame, steps: pd.DataFrame,
                  with_names: bool) -> pd.DataFrame:
    """Participants' comments on the journey's steps (`steps`: its `ordered_steps`), in
    journey order and, within a step, oldest first; empty comments left out. `name` is the
    writer's name only `with_names`, else '': whoever shows the frame cannot leak a name."""
    names = dict(zip(participants["id"], participants["name"], strict=True))
    place = {str(s["step_id"]): s for s in steps.to_dict("records")}
    rows: list[dict[str, Any]] = []
    for rating in _dated(ratings).to_dict("records"):
        step, comment = place.get(str(rating["step_id"])), text(rating["comment"])
        if step is None or not comment:
            continue
        rows.append({"step_id": step["step_id"], "step_name": step["step_name"],
                     "top_phase_name": step["top_phase_name"], "order": step["order"],
                     "name": text(names.get(rating["participant_id"])) if with_names else "",
                     "comment": comment})
    rows.sort(key=lambda row: int(row["order"]))  # stable: oldest first within a step
    return typed_frame({c: [r[c] for r in rows] for c in COMMENT_COLUMNS}, COMMENT_COLUMNS)


def said(name: str, comment: str, language: str) -> str:
    """A comment as shown: 'Name: comment' where `step_comments` kept the name, else the
    comment alone."""
    return t("report.comment_by", language, name=name, comment=comment) if name else comment


def _dated(ratings: pd.DataFrame) -> pd.DataFrame:
    if "updated_at" not in ratings.columns:
        return ratings
    return ratings.sort_values("updated_at", kind="stable", na_position="last")


# --------------------------------------------------------------------------- functional


def gap_counts(gap: pd.DataFrame, ratings: pd.DataFrame) -> pd.DataFrame:
    """`score_gap` with how many functional and emotional scores each step has. The
    functional score is optional (empty until a participant judges it) and its mean ignores
    the empty ones, so a functional mean on one score out of six must say so."""
    counted = {name: _counts(ratings, name, gap["step_id"]) for name in
               ("functional", "emotional")}
    return gap.assign(functional_n=pd.array(counted["functional"], dtype=INT),
                      emotional_n=pd.array(counted["emotional"], dtype=INT)
                      )[list(GAP_COUNT_COLUMNS)]


def _counts(ratings: pd.DataFrame, score: str, step_ids: pd.Series) -> list[int]:
    """Non-empty scores of one kind per step id, 0 for a step without any."""
    if ratings.empty:
        return [0] * len(step_ids)
    scored = ratings[ratings[score].notna().to_numpy(dtype=bool)]
    counts = scored["step_id"].astype(object).value_counts()
    return [int(counts.get(step, 0)) for step in step_ids.astype(object)]


def notable_gaps(counted: pd.DataFrame, at_least: float = NOTABLE_GAP) -> pd.DataFrame:
    """Steps whose functional and emotional means lie `at_least` apart, the largest gap
    first (journey order on a tie): where a step works but does not feel right, or the
    other way round."""
    gap = counted["gap"].astype("float64")
    keep = gap.abs().ge(at_least - 1e-9).fillna(False).to_numpy(dtype=bool)
    found = counted[keep].assign(_size=gap[keep].abs())
    return found.sort_values(["_size", "order"], ascending=[False, True],
                             kind="stable").drop(columns="_size").reset_index(drop=True)


# --------------------------------------------------------------------------- customers


def customer_figures(kept: KeptResults, steps: pd.DataFrame, curve: pd.DataFrame
                     ) -> pd.DataFrame:
    """Per top-level phase and step that customers' answers reached, in journey order (a
    phase before its steps): the kept metric's value with its interval and n, the
    customers' score on the team's 1–10 scale with its interval, and the team's mean beside
    it, judged as `belief_vs_data` judges a step. A phase's team mean is the mean of every
    emotional rating on its steps, sub-phases included."""
    step_belief = belief_vs_data(curve, kept.step_scores(steps))
    phase_belief = belief_vs_data(*_phase_frames(kept, steps, curve))
    raw = {(str(r["step_id"]) if not is_missing(r["step_id"]) else str(r["phase_id"])): r
           for r in kept.rows.to_dict("records")}
    phase_of = dict(zip(steps["step_id"], steps["top_phase_id"], strict=True))
    first = {str(p): i for i, p in enumerate(dict.fromkeys(steps["top_phase_id"]))}
    rows = [_figure_row("phase", b, raw, kept.metric) | {"_key": (first[b["step_id"]], 0, 0)}
            for b in phase_belief.to_dict("records") if b["n"]]
    rows += [_figure_row("step", b, raw, kept.metric)
             | {"_key": (first[str(phase_of[b["step_id"]])], 1, int(b["order"]))}
             for b in step_belief.to_dict("records") if b["n"]]
    rows.sort(key=lambda row: row["_key"])
    return typed_frame({c: [r[c] for r in rows] for c in CUSTOMER_FIGURE_COLUMNS},
                       CUSTOMER_FIGURE_COLUMNS)


def _phase_frames(kept: KeptResults, steps: pd.DataFrame, curve: pd.DataFrame
                  ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The team's curve and the customers' scores per top-level phase, shaped as
    `belief_vs_data` takes them per step (the phase's id in `step_id`)."""
    rated = curve[["step_id", "mean", "n"]].merge(
        steps[["step_id", "top_phase_id", "top_phase_name", "order"]], on="step_id")
    kept_rows = {str(r["phase_id"]): r for r in kept.rows.to_dict("records")
                 if not is_missing(r["phase_id"])}
    team, scores = [], []
    for phase_id, group in rated.groupby("top_phase_id", sort=False):
        n = int(group["n"].fillna(0).sum())
        total = float((group["mean"].astype("float64").fillna(0) * group["n"].fillna(0)).sum())
        team.append({"step_id": phase_id, "mean": total / n if n else None, "n": n})
        found = kept_rows.get(str(phase_id), {})
        name = group["top_phase_name"].iloc[0]
        scores.append({"step_id": phase_id, "step_name": name, "phase_name": name,
                       "order": int(group["order"].min()), "n": found.get("n", 0),
                       "score": found.get("score"), "low": found.get("score_low"),
                       "high": found.get("score_high")})
    team_frame = pd.DataFrame(team, columns=["step_id", "mean", "n"]).astype(
        {"step_id": STR, "mean": FLOAT, "n": INT})
    score_frame = pd.DataFrame(scores, columns=["step_id", "step_name", "phase_name", "order",
                                                "n", "score", "low", "high"]).astype(
        {"step_id": STR, "order": INT, "n": INT, "score": FLOAT, "low": FLOAT, "high": FLOAT})
    return team_frame, score_frame


def _figure_row(level: str, belief: dict[str, Any], raw: dict[str, dict[str, Any]],
                metric: str) -> dict[str, Any]:
    kept = raw.get(str(belief["step_id"]), {})
    return {"level": level, "id": belief["step_id"], "name": belief["step_name"],
            "phase_name": belief["phase_name"], "order": belief["order"],
            "metric": metric, "n": belief["n"], "value": kept.get("value"),
            "low": kept.get("low"), "high": kept.get("high"), "score": belief["customers"],
            "score_low": belief["low"], "score_high": belief["high"], "team": belief["team"],
            "team_n": belief["team_n"], "difference": belief["difference"],
            "disagree": belief["disagree"]}


# --------------------------------------------------------------------------- the lens


def phase_goals(phases: pd.DataFrame, journey_id: str | None) -> tuple[tuple[str, str], ...]:
    """(phase, goal for the brand) of every top-level phase of the journey in order, steps
    or not; () when no phase has a goal, so a journey cut by a lens without goals shows no
    column of dashes."""
    mine = filter_journey(phases, journey_id)
    goal_of = dict(zip(mine["id"], mine["brand_goal"], strict=True))
    goals = tuple((text(phase["name"]), text(goal_of.get(phase["id"])))
                  for phase in walk_phases(mine) if phase["depth"] == 0)
    return goals if any(goal for _, goal in goals) else ()


def lens_name(lens_id: Any, language: str) -> str:
    """The name of the lens the workshop started from ('' when none or unknown)."""
    code = text(lens_id)
    return get_lens(code, language).name if code in lens_ids() else ""


def lens_goals(language: str) -> tuple[str, ...]:
    """The goals for the brand the kit's lenses name (reach, engagement, conversion,
    retention, advocacy), to say what a phase's goal can be while none is set."""
    return tuple(phase.brand_goal for lens in all_lenses(language) for phase in lens.phases
                 if phase.brand_goal)
