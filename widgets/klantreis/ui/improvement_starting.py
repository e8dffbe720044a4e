"""The starting points of the improvement panel: pain points, confirmed moments of truth and,
when the workshop keeps customers' survey results, the steps customers score lowest or where
they disagree most with the team; each a button away from an idea aimed at that step."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..formatting import is_missing as missing
from ..formatting import number, text, value_label, whole
from ..mining.compare import belief_vs_data
from ..mining.results import caption, kept_scores
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


def customer_points(belief: pd.DataFrame, each: int = 3) -> list[dict[str, Any]]:
    """From `belief_vs_data`: the steps where team and customers disagree most (a point or
    more, beyond the customers' interval), then those customers score lowest, `each` of
    both, without repeats; every point says why."""
    rows = [r for r in belief.to_dict("records") if not missing(r["customers"])]
    disagree = [r for r in rows if bool(r["disagree"])][:each]
    lowest = sorted(rows, key=lambda r: (float(r["customers"]), int(r["order"])))[:each]
    points: dict[str, dict[str, Any]] = {}
    for row in disagree:
        points[row["step_id"]] = {**row, "why": "improvement.customers_disagree"}
    for row in lowest:
        points.setdefault(row["step_id"], {**row, "why": "improvement.customers_lowest"})
    return list(points.values())


class StartingPoints(Section):
    """Pain points and confirmed moments of truth, each a button away from an idea."""

    key = "starting"
    tables = frozenset({"journeys", "personas", "phases", "steps", "ratings", "moments",
                        "sources", "source_results"})

    def build(self) -> list[widgets.Widget]:
        self.pains = Rows("kr-pain-points")
        self.moments = Rows("kr-moments")
        self.customers = Rows("kr-customer-points")
        return [
            html(f"<h4>{esc(self.t('improvement.pain_points'))}</h4>"),
            self.pains.widget,
            html(f"<h4>{esc(self.t('improvement.confirmed_moments'))}</h4>"),
            self.moments.widget,
            html(f"<h4>{esc(self.t('improvement.from_customers'))}</h4>"),
            self.customers.widget,
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
        self._show_customers(frames)

    def _show_customers(self, frames: Frames) -> None:
        """Starting points from the customers' kept survey results, labelled as such."""
        found = kept_scores(frames, self.panel.journey_id)
        if found is None:
            self.customers.show("none", lambda: [
                empty_state(self.t("improvement.no_customer_data"))])
            return
        kept, scores = found
        points = customer_points(belief_vs_data(self.panel.curve, scores))
        note = html(f'<p class="kr-note">{esc(caption(kept, self.language))}</p>')
        metric = self.t(f"mining.metric.{kept.metric}")
        key = (caption(kept, self.language), *(tuple(map(str, p.values())) for p in points))
        self.customers.show(key, lambda: [note, *(self._customer_row(p, metric)
                                                  for p in points)])

    def _customer_row(self, point: dict[str, Any], metric: str) -> widgets.Widget:
        score = self.t("improvement.customers_score", metric=metric, n=whole(point["n"]),
                       score=number(point["customers"], self.language),
                       team=number(point["team"], self.language))
        why = self.t(point["why"], difference=number(point["difference"], self.language,
                                                     sign=True))
        return self._row(point["step_id"],
                         f"<b>{esc(text(point['step_name']))}</b> · {esc(score)} · {esc(why)}")

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
