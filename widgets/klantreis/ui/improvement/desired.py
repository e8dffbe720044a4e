"""The desired journey: the current curve beside the curve the backlog's ideas aim for."""

from __future__ import annotations

import ipywidgets as widgets

from ...charts import emotion_curve_chart
from ...figures import BACKLOG
from ...i18n import number, text
from ..kit import ChartView, esc, html_box
from .section import ImprovementSection


class DesiredJourney(ImprovementSection):
    """The current curve beside the curve the selected ideas aim for."""

    key = "desired"
    tables = frozenset({"journeys", "phases", "steps", "ratings", "ideas", "idea_steps"})

    def build(self) -> list[widgets.Widget]:
        self.summary = html_box("", "kr-desired-summary")
        self.chart = ChartView("kr-desired-curve")
        return [self.summary, self.chart.widget]

    @property
    def frame(self) -> object:
        return self.state.journey.desired_curve

    def refresh(self) -> None:
        self.summary.value = f"<p>{esc(self._summary())}</p>"
        self.charts_changed()

    def draw(self) -> None:
        """The desired line only where it differs: a dashed copy of today's curve would hide
        under it and suggest a plan that does not exist yet."""
        journey = self.state.journey
        self.chart.show(emotion_curve_chart(journey.curve, self.language,
                                            desired=journey.desired))

    def _summary(self) -> str:
        journey = self.state.journey
        desired = journey.desired_curve
        lifted = desired[desired["uplift"].ne(0).to_numpy(dtype=bool)]
        if lifted.empty:
            return self.t("improvement.desired_none")
        ideas = journey.ideas
        effective = ideas[ideas["status"].isin(BACKLOG).to_numpy(dtype=bool)
                          & ideas["expected_effect"].fillna(0).ne(0).to_numpy(dtype=bool)]
        links = self.state.frames["idea_steps"]
        aimed = links[links["step_id"].isin(lifted["step_id"]).to_numpy(dtype=bool)]
        count = len(set(aimed["idea_id"]) & set(effective["id"]))
        top = lifted.loc[lifted["uplift"].abs().idxmax()]
        names = dict(zip(journey.curve["step_id"], journey.curve["step_name"], strict=True))
        return self.t("improvement.desired_summary", ideas=count, steps=len(lifted),
                      uplift=number(top["uplift"], self.language, sign=True),
                      step=text(names.get(top["step_id"])))
