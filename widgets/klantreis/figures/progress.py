"""How far a workshop is: the numbers behind the start page's progress overview."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd


def progress_counts(frames: Mapping[str, pd.DataFrame], budget: int) -> dict[str, int]:
    """How far a workshop is: the numbers behind the progress overview."""
    steps, people = frames["steps"], frames["participants"]
    evidence = frames["evidence"]
    return {
        "personas": len(frames["personas"]),
        "phases": len(frames["phases"]),
        "steps": len(steps),
        "non_touchpoints": int((steps["kind"] == "non_touchpoint").sum()),
        "participants": len(people),
        "assumptions": int((evidence["source"] == "assumption").sum()),
        "ratings": len(frames["ratings"]),
        "possible": len(steps) * len(people),
        "moments": int((frames["moments"]["status"] == "confirmed").sum()),
        "ideas": len(frames["ideas"]),
        "selected": int((frames["ideas"]["status"] == "selected").sum()),
        "votes": int(frames["votes"]["votes"].sum()) if len(frames["votes"]) else 0,
        "dots": budget * len(people),
    }
