"""Survey results kept with the workshop, and read back without the file.

The mining panel reads a survey file, which only the page that has it can do; what it shows
is kept in the `source_results` table (`Workshop.save_results`), a row per step and
top-level phase. The dashboard, the empathy and the improvement panels draw from those rows
in the same shapes the survey gives (`SurveyData.step_scores`), so the comparison chart and
`belief_vs_data` work on either. Pure pandas: no engine, no file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..formatting import is_missing
from ..messages import t
from .mapping import JourneyMap

STEP_SCORE_COLUMNS = {"step_id": "string", "step_name": "string", "phase_name": "string",
                      "order": "Int64", "n": "Int64", "score": "Float64", "low": "Float64",
                      "high": "Float64"}


@dataclass(frozen=True)
class KeptResults:
    """One source's kept results on one journey: the rows and how to read them."""

    rows: pd.DataFrame  # source_results rows of this source and journey
    source: str  # the source's name
    metric: str
    ends: tuple[int, int]  # (worst, best) answer: the rescaling's 1 and 10
    computed_at: pd.Timestamp

    def step_scores(self, journey: JourneyMap) -> pd.DataFrame:
        """Per step of the journey, in order, the customers' score on the 1–10 scale with
        its interval and n (n = 0 where no answer reached the step): as
        `SurveyData.step_scores` gives it."""
        kept = self.rows[self.rows["step_id"].notna().to_numpy(dtype=bool)]
        by_step = {str(r["step_id"]): r for r in kept.to_dict("records")}
        rows = []
        for step in journey.steps.to_dict("records"):
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
                       str(newest["metric"]), (int(newest["worst"]), int(newest["best"])),
                       newest["computed_at"])


def kept_scores(frames: Mapping[str, pd.DataFrame], journey_id: str | None
                ) -> tuple[KeptResults, pd.DataFrame] | None:
    """The journey's kept results and their per-step scores, from a page's tables."""
    kept = kept_results(frames["source_results"], frames["sources"], journey_id)
    if kept is None:
        return None
    return kept, kept.step_scores(JourneyMap.from_frames(dict(frames), journey_id))


def caption(kept: KeptResults, language: str) -> str:
    """Which metric, from which source, computed when: said wherever kept results show."""
    return t("mining.kept", language, metric=t(f"mining.metric.{kept.metric}", language),
             source=kept.source, date=kept.computed_at.strftime("%Y-%m-%d"))


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
