"""The starting points of the improvement panel: pain points and confirmed moments of
truth, each a button away from an idea aimed at that step."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..formatting import is_missing as missing
from ..formatting import number, text, value_label
from .common import esc
from .improvement_base import (
    FULL,
    ROW_TEXT,
    Rows,
    Section,
    button,
    empty_state,
    html,
)
from .live import Frames


def pain_points(curve: pd.DataFrame, at_least: int = 3) -> list[tuple[str, str, float, str]]:
    """(step_id, name, mean, why) of the steps below the pass line, worst first, topped up
    with the next-lowest rated steps to `at_least`, so a good journey still shows where to
    start."""
    rated = curve[curve["mean"].notna().to_numpy(dtype=bool)]
    rated = rated.sort_values(["mean", "order"], kind="stable")
    points: list[tuple[str, str, float, str]] = []
    for step_id, name, mean, below in zip(
        rated["step_id"], rated["step_name"], rated["mean"], rated["below_pass"], strict=True
    ):
        if not below and len(points) >= at_least:
            break
        why = "improvement.below_pass" if below else "improvement.lowest"
        points.append((str(step_id), text(name), float(mean), why))
    return points


def confirmed_moments(moments: pd.DataFrame, curve: pd.DataFrame) -> list[dict[str, Any]]:
    """The confirmed moments of truth on the journey's steps, in journey order."""
    steps = curve.set_index("step_id")
    found = [
        {"step_id": step_id, "polarity": polarity, "reason": text(reason)}
        for step_id, polarity, reason, status in zip(
            moments["step_id"], moments["polarity"], moments["reason"], moments["status"],
            strict=True,
        )
        if status == "confirmed" and step_id in steps.index
    ]
    for moment in found:
        row = steps.loc[moment["step_id"]]
        mean = None if missing(row["mean"]) else float(row["mean"])
        moment.update(name=text(row["step_name"]), mean=mean, order=int(row["order"]))
    return sorted(found, key=lambda m: m["order"])


class StartingPoints(Section):
    """Pain points and confirmed moments of truth, each a button away from an idea."""

    key = "starting"
    tables = frozenset({"journeys", "personas", "phases", "steps", "ratings", "moments"})

    def build(self) -> list[widgets.Widget]:
        self.pains = Rows("kr-pain-points")
        self.moments = Rows("kr-moments")
        return [
            html(f"<h4>{esc(self.t('improvement.pain_points'))}</h4>"),
            self.pains.widget,
            html(f"<h4>{esc(self.t('improvement.confirmed_moments'))}</h4>"),
            self.moments.widget,
        ]

    def refresh(self, frames: Frames) -> None:
        curve = self.panel.curve
        pains = pain_points(curve)
        self.pains.show(tuple(pains), lambda: [self._pain_row(*p) for p in pains]
                        or [empty_state(self.t("improvement.no_pain_points"))])
        moments = confirmed_moments(frames["moments"], curve)
        key = tuple(tuple(m.values()) for m in moments)
        self.moments.show(key, lambda: [self._moment_row(m) for m in moments]
                          or [empty_state(self.t("improvement.no_moments"))])

    def _pain_row(self, step_id: str, name: str, mean: float, why: str) -> widgets.Widget:
        mean_text = self.t("improvement.mean", mean=number(mean, self.language))
        return self._row(step_id, f"<b>{esc(name)}</b> · {esc(mean_text)} · {esc(self.t(why))}")

    def _moment_row(self, moment: dict[str, Any]) -> widgets.Widget:
        score = (self.t("improvement.not_rated") if missing(moment["mean"]) else
                 self.t("improvement.mean", mean=number(moment["mean"], self.language)))
        parts = [f"<b>{esc(moment['name'])}</b>",
                 esc(value_label(moment["polarity"], self.language)), esc(score)]
        reason = f"<br><i>{esc(moment['reason'])}</i>" if moment["reason"] else ""
        return self._row(moment["step_id"], " · ".join(parts) + reason)

    def _row(self, step_id: str, body: str) -> widgets.Widget:
        children: list[widgets.Widget] = [widgets.HTML(body, layout=ROW_TEXT)]
        if self.panel.session.can_contribute:
            children.append(button(self.t("improvement.new_idea_for_step"), "kr-idea-from-step",
                                   lambda: self.panel.start_idea(step_id), icon="lightbulb-o"))
        row = widgets.HBox(children, layout=FULL)
        row.add_class("kr-starting-point")
        return row
