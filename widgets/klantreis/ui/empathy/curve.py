"""The live emotion curve, where the team disagrees, and what customers say of the step in
the walk.

Live: when others rate, the curve is taken from the page's `JourneyData` (computed once per
change for every section), and the chart is rebuilt only when what it shows changed: building
and serialising a chart costs far more than comparing its inputs (a comment, or a rating in
another journey, leaves the curve as it was).
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
import pandas as pd

from ...charts import emotion_curve_spec
from ...figures.customers import KeptResults
from ...i18n import number, whole
from ..kit import ChartView, esc, html_box
from ..room import Veil, rated_count
from .cards import disagreement_list
from .section import CURVE, CUSTOMERS, STRUCTURE, EmpathySection


class Curve(EmpathySection):
    """The team's curve with its spread, the moments on it, and where the team disagrees."""

    key = "curve"
    guide_area = "empathy_curve"
    tables = CURVE | {"participants", "room"}
    follows = frozenset({"journey_id", "reveal"})

    def build(self) -> list[widgets.Widget]:
        self._chart_key: tuple[Any, ...] | None = None
        self.individual = widgets.Checkbox(description=self.t("empathy.show_individual"),
                                           value=False, indent=False)
        self.individual.add_class("kr-show-individual")
        self.individual.observe(lambda _: self.draw(), names="value")
        self.chart = ChartView("kr-emotion-curve")
        self.disagreement = html_box("", "kr-disagreement")
        self.veil = Veil(self.individual, self.chart.widget, self.disagreement)
        return [self.veil.line, self.individual, self.chart.widget, self.disagreement]

    def refresh(self) -> None:
        state = self.state
        total = len(state.frames["participants"])
        count = rated_count(state.frames, state.room_step)
        if self.veil.apply(state, self.t("room.curve_hidden", count=count, total=total)):
            return
        self.draw()  # first: the curve is what the room watches
        html = disagreement_list(self.state.journey.curve, self.language)
        if self.disagreement.value != html:
            self.disagreement.value = html

    def draw(self) -> None:
        journey = self.state.journey
        ratings = self.state.frames["ratings"]
        individual = ratings if self.individual.value else None
        key = (
            self.language,
            pd.util.hash_pandas_object(journey.curve, index=False).sum(),
            pd.util.hash_pandas_object(journey.working_moments, index=False).sum(),
            None if individual is None else pd.util.hash_pandas_object(
                individual[["step_id", "emotional"]], index=False).sum(),
        )
        if key == self._chart_key:
            return
        self._chart_key = key
        self.chart.show_spec(emotion_curve_spec(journey.curve, self.language,
                                                moments=journey.working_moments,
                                                individual=individual))


class Customers(EmpathySection):
    """The customers' score on the step in the walk beside the team's mean, from the survey
    results kept with the workshop, marked where the two disagree."""

    key = "customers"
    tables = STRUCTURE | CUSTOMERS | {"ratings"}
    follows = frozenset({"journey_id", "step_id", "reveal"})

    def build(self) -> list[widgets.Widget]:
        self.line = html_box("", "kr-empathy-customers")
        return [self.line]

    def refresh(self) -> None:
        journey = self.state.journey
        html = ""
        veiled = self.state.in_room and not self.state.reveal  # it says the team's mean
        if not veiled and journey.customers is not None and journey.belief is not None:
            rows = journey.belief[journey.belief["step_id"] == self.state.step_id]
            if len(rows):
                html = self._line(journey.customers, rows.iloc[0].to_dict())
        if self.line.value != html:
            self.line.value = html

    def _line(self, kept: KeptResults, row: dict[str, Any]) -> str:
        if not row["n"]:
            return f"<p>{esc(self.t('empathy.customers_none', source=kept.source))}</p>"
        fmt = {k: number(row[k], self.language) for k in ("customers", "low", "high", "team")}
        line = self.t("empathy.customers", metric=self.label("mining.metric", kept.metric),
                      score=fmt["customers"], low=fmt["low"], high=fmt["high"],
                      n=whole(row["n"]), team=fmt["team"])
        mark = ""
        if bool(row["disagree"]):
            mark = (f'<br><span class="kr-customers-disagree">⚠ '
                    f'{esc(self.t("empathy.customers_disagree"))}</span>')
        return f"<p>{esc(line)}{mark}</p>"
