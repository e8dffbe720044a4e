"""What customers say, as far as the workshop keeps it: survey results per step, read back
without the file, and where they disagree with the team's curve.

The mining panel reads a survey file, which only the page that has it can do; what it shows
is kept in the `source_results` table (`Workshop.save_results`), a row per step and
top-level phase. Every other page draws from those rows in the same shapes the survey gives
(`SurveyData.step_scores`), so the comparison chart and `belief_vs_data` work on either.

Belief versus data: both sit on the team's 1–10 scale: the team's mean emotional rating per
step, and the customers' mean answer rescaled linearly to 1–10. A gap is "beyond the
interval" when the team's mean lies outside the customers' 95% interval, so a gap on three
answers is not mistaken for a finding. Team and customers "disagree" only when the gap is
also at least `MIN_GAP`: with hundreds of answers the interval is a few tenths wide, while the
team rates in whole points (its face buttons are two points apart), so a smaller gap is finer
than the team's own view can be."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import is_missing, label, t
from .journey import ordered_steps

STEP_SCORE_COLUMNS = {"step_id": "string", "step_name": "string", "phase_name": "string",
                      "order": "Int64", "n": "Int64", "score": "Float64", "low": "Float64",
                      "high": "Float64"}


BELIEF_COLUMNS = {"rank": "Int64", "step_id": "string", "step_name": "string",
                  "phase_name": "string", "order": "Int64", "team": "Float64",
                  "team_n": "Int64", "customers": "Float64", "low": "Float64",
                  "high": "Float64", "n": "Int64", "difference": "Float64",
                  "beyond_interval": "boolean", "disagree": "boolean"}


MIN_GAP = 1.0  # points on the team's 1–10 scale


@dataclass(frozen=True)
class KeptResults:
    """One source's kept results on one journey: the rows and how to read them."""

    rows: pd.DataFrame  # source_results rows of this source and journey
    source: str  # the source's name
    metric: str
    ends: tuple[float, float]  # (worst, best) answer: the rescaling's 1 and 10
    computed_at: pd.Timestamp

    @property
    def aggregated(self) -> bool:
        """Whether the results were pooled from a report of averages."""
        found = self.rows.get("aggregated", pd.Series(dtype="boolean"))
        return bool(found.fillna(False).astype(bool).any())

    def step_scores(self, steps: pd.DataFrame) -> pd.DataFrame:
        """Per step of the journey (`steps`: `ordered_steps` of it), in order, the customers'
        score on the 1–10 scale with its interval and n (n = 0 where no answer reached the
        step): as `SurveyData.step_scores` gives it."""
        kept = self.rows[self.rows["step_id"].notna().to_numpy(dtype=bool)]
        by_step = {str(r["step_id"]): r for r in kept.to_dict("records")}
        rows = []
        for step in steps.to_dict("records"):
            found = by_step.get(str(step["step_id"]), {})
            rows.append({"step_id": step["step_id"], "step_name": step["step_name"],
                         "phase_name": step["top_phase_name"], "order": step["order"],
                         "n": found.get("n", 0), "score": found.get("score"),
                         "low": found.get("score_low"), "high": found.get("score_high")})
        return typed_frame(rows, STEP_SCORE_COLUMNS)


def kept_results(results: pd.DataFrame, sources: pd.DataFrame,
                 journey_id: str | None) -> KeptResults | None:
    """The journey's most recently computed results (one source), or None if there are none."""
    if journey_id is None or results.empty:
        return None
    rows = results[(results["journey_id"] == journey_id).fillna(False).to_numpy(dtype=bool)]
    if rows.empty:
        return None
    newest = rows.sort_values(["computed_at", "source_id"], kind="stable").iloc[-1]
    rows = rows[(rows["source_id"] == newest["source_id"]).to_numpy(dtype=bool)]
    names = dict(zip(sources["id"], sources["name"], strict=True))
    return KeptResults(rows.reset_index(drop=True), str(names.get(newest["source_id"], "")),
                       str(newest["metric"]), (float(newest["worst"]), float(newest["best"])),
                       newest["computed_at"])


def kept_scores(frames: Mapping[str, pd.DataFrame], journey_id: str | None
                ) -> tuple[KeptResults, pd.DataFrame] | None:
    """The journey's kept results and their per-step scores, from a page's tables."""
    kept = kept_results(frames["source_results"], frames["sources"], journey_id)
    if kept is None:
        return None
    steps = ordered_steps(frames["phases"], frames["steps"], journey_id)
    return kept, kept.step_scores(steps)


def caption(kept: KeptResults, language: str) -> str:
    """Which metric, from which source, computed when: said wherever kept results show."""
    said = t("mining.kept", language, metric=label("mining.metric", kept.metric, language),
             source=kept.source, date=kept.computed_at.strftime("%Y-%m-%d"))
    segments = {str(s) for s in kept.rows.get("segment", pd.Series(dtype=object)).dropna()
                if str(s)}
    if segments:
        said += " " + t("mining.kept_segment", language, segment=", ".join(sorted(segments)))
    if kept.aggregated:
        said += " " + t("mining.kept_aggregated", language)
    return said


def belief_vs_data(curve: pd.DataFrame, scores: pd.DataFrame) -> pd.DataFrame:
    """Steps ranked by |customers − team| (largest first); steps missing either side last.

    `curve` is `emotion_curve`, `scores` is `SurveyData.step_scores`; `difference`
    is customers minus team, negative where customers are less happy than the team thinks;
    `disagree` marks gaps of at least `MIN_GAP` beyond the customers' interval.
    """
    team = curve[["step_id", "mean", "n"]].rename(columns={"mean": "team", "n": "team_n"})
    frame = scores.merge(team, on="step_id", how="left").rename(columns={"score": "customers"})
    frame["difference"] = frame["customers"] - frame["team"]
    inside = (frame["team"] >= frame["low"]) & (frame["team"] <= frame["high"])
    frame["beyond_interval"] = (~inside).where(frame["difference"].notna() &
                                                frame["low"].notna(), False)
    size = frame["difference"].abs().astype("float64").fillna(-np.inf)
    frame["disagree"] = frame["beyond_interval"] & (size >= MIN_GAP)
    frame = frame.assign(_size=size).sort_values(["_size", "order"], ascending=[False, True],
                                                 kind="stable")
    has = frame["difference"].notna().to_numpy()
    frame["rank"] = pd.array(np.where(has, np.cumsum(has), 0), dtype="Int64")
    frame.loc[~has, "rank"] = pd.NA
    return frame[list(BELIEF_COLUMNS)].astype(BELIEF_COLUMNS).reset_index(drop=True)


def typed_frame(rows: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    """Rows as a frame with these columns and dtypes; NaN and None become <NA>. Built
    column by column straight into its dtype: results are made on every change, and
    converting a whole frame afterwards costs several times more."""
    return pd.DataFrame({name: _column([row.get(name) for row in rows], dtype)
                         for name, dtype in columns.items()})


def _column(values: list[Any], dtype: str) -> Any:
    if dtype == "string":
        return pd.array([None if is_missing(v) else str(v) for v in values], dtype=dtype)
    return pd.array(values, dtype=dtype)
