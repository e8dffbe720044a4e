"""Where improvement starts: pain points, confirmed moments of truth and, when the workshop
keeps customers' survey results, the steps customers score lowest or where they disagree most
with the team; each a button away from an idea aimed at that step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ...figures.customers import caption
from ...figures.starting_points import confirmed_moments, customer_points, pain_points
from ...i18n import is_missing, number, text, value_label, whole
from ..kit import ROW_TEXT, Rows, button, empty_state, esc, full_width, html_box
from .section import ImprovementSection


class StartingPoints(ImprovementSection):
    """Pain points and confirmed moments of truth, each a button away from an idea."""

    key = "starting"
    tables = frozenset({"journeys", "personas", "phases", "steps", "ratings", "moments",
                        "sources", "source_results"})
    on_new_idea: Callable[[str], None] = staticmethod(lambda _step_id: None)

    def build(self) -> list[widgets.Widget]:
        self.pains = Rows("kr-pain-points")
        self.moments = Rows("kr-moments")
        self.customers = Rows("kr-customer-points")
        return [
            html_box(f"<h4>{esc(self.t('improvement.pain_points'))}</h4>"),
            self.pains.widget,
            html_box(f"<h4>{esc(self.t('improvement.confirmed_moments'))}</h4>"),
            self.moments.widget,
            html_box(f"<h4>{esc(self.t('improvement.from_customers'))}</h4>"),
            self.customers.widget,
        ]

    def refresh(self) -> None:
        curve = self.state.journey.curve
        pains = pain_points(curve)
        self.pains.show(tuple(pains), lambda: [self._pain_row(*p) for p in pains]
                        or [empty_state(self.t("improvement.no_pain_points"))])
        moments = confirmed_moments(self.state.frames["moments"], curve)
        key = tuple(tuple(m.values()) for m in moments)
        self.moments.show(key, lambda: [self._moment_row(m) for m in moments]
                          or [empty_state(self.t("improvement.no_moments"))])
        self._show_customers()

    def _show_customers(self) -> None:
        """Starting points from the customers' kept survey results, labelled as such."""
        kept, belief = self.state.journey.customers, self.state.journey.belief
        if kept is None or belief is None:
            self.customers.show("none", lambda: [
                empty_state(self.t("improvement.no_customer_data"))])
            return
        points = customer_points(belief)
        note = html_box(f'<p class="kr-note">{esc(caption(kept, self.language))}</p>')
        metric = self.label("mining.metric", kept.metric)
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
        score = (self.t("improvement.not_rated") if is_missing(moment["mean"]) else
                 self.t("improvement.mean", mean=number(moment["mean"], self.language)))
        parts = [f"<b>{esc(moment['name'])}</b>",
                 esc(value_label(moment["polarity"], self.language)), esc(score)]
        reason = f"<br><i>{esc(moment['reason'])}</i>" if moment["reason"] else ""
        return self._row(moment["step_id"], " · ".join(parts) + reason)

    def _row(self, step_id: str, body: str) -> widgets.Widget:
        children: list[widgets.Widget] = [widgets.HTML(body, layout=ROW_TEXT)]
        if self.state.can_contribute:
            children.append(button(self.t("improvement.new_idea_for_step"), "kr-idea-from-step",
                                   lambda: self.on_new_idea(step_id), icon="lightbulb-o"))
        row = widgets.HBox(children, layout=full_width())
        row.add_class("kr-starting-point")
        return row
