"""Belief versus data: where the team's emotion curve and the customers' scores disagree.

Both sit on the team's 1–10 scale: the team's mean emotional rating per step, and the
customers' mean answer rescaled linearly to 1–10 (`SurveyData.step_scores`). The table
ranks steps by the size of the gap. A gap is "beyond the interval" when the team's mean lies
outside the customers' 95% interval, so a gap on three answers is not mistaken for a finding.
Team and customers "disagree" only when the gap is also at least `MIN_GAP`: with hundreds of
answers the interval is a few tenths wide, while the team rates in whole points (its face
buttons are two points apart), so a smaller gap is finer than the team's own view can be.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

BELIEF_COLUMNS = {"rank": "Int64", "step_id": "string", "step_name": "string",
                  "phase_name": "string", "order": "Int64", "team": "Float64",
                  "team_n": "Int64", "customers": "Float64", "low": "Float64",
                  "high": "Float64", "n": "Int64", "difference": "Float64",
                  "beyond_interval": "boolean", "disagree": "boolean"}
MIN_GAP = 1.0  # points on the team's 1–10 scale


def belief_vs_data(curve: pd.DataFrame, scores: pd.DataFrame) -> pd.DataFrame:
    """Steps ranked by |customers − team| (largest first); steps missing either side last.

    `curve` is `derived.emotion_curve`, `scores` is `SurveyData.step_scores`; `difference`
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
