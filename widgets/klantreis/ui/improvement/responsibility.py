"""Departments × phases: every function should play a part in every phase, and where one
plays none, the hand-over leaves a gap."""

from __future__ import annotations

import ipywidgets as widgets

from ...charts import responsibility_heatmap
from ...figures.responsibility import responsibility_gaps
from ..kit import ChartView, esc, html_box
from .section import ImprovementSection


class Responsibility(ImprovementSection):
    """Departments × phases: every function should play a part in every phase."""

    key = "responsibility"
    tables = frozenset({"journeys", "phases", "steps"})

    def build(self) -> list[widgets.Widget]:
        self.gaps = html_box("", "kr-responsibility-gaps")
        self.chart = ChartView("kr-responsibility")
        return [self.gaps, self.chart.widget]

    @property
    def frame(self) -> object:
        return self.state.journey.responsibility

    def refresh(self) -> None:
        self.gaps.value = self._gaps()
        self.charts_changed()

    def draw(self) -> None:
        self.chart.show(responsibility_heatmap(self.state.journey.responsibility,
                                               self.language))

    def _gaps(self) -> str:
        frame = self.state.journey.responsibility
        if frame.empty:
            return f"<p>{esc(self.t('improvement.no_steps'))}</p>"
        lines = responsibility_gaps(frame, self.language)
        if not lines:
            return f"<p>{esc(self.t('improvement.no_gaps'))}</p>"
        items = "".join(f"<li>{esc(line)}</li>" for line in lines)
        return f"<p>{esc(self.t('improvement.gaps'))}</p><ul>{items}</ul>"
