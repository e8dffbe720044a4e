"""Consistency across channels: where the same step feels different on different channels."""

from __future__ import annotations

import ipywidgets as widgets

from ...charts import channel_consistency_chart
from ...i18n import listing, text
from ..kit import ChartView, esc, html_box, show
from .section import ImprovementSection


class Channels(ImprovementSection):
    """Where the same step feels different on different channels."""

    key = "channels"
    tables = frozenset({"journeys", "phases", "steps", "ratings"})

    def build(self) -> list[widgets.Widget]:
        self.note = html_box("", "kr-channels-note")
        self.chart = ChartView("kr-channel-consistency")
        return [self.note, self.chart.widget]

    def refresh(self) -> None:
        shared = self.state.journey.shared_steps
        show(self.chart.widget, not shared.empty)
        if shared.empty:
            self.note.value = (f'<p class="kr-empty">'
                               f'{esc(self.t("improvement.channels_empty"))}</p>')
            return
        names = listing(list(dict.fromkeys(text(n) for n in shared["step_name"])),
                        self.language)
        self.note.value = f"<p>{esc(self.t('improvement.channels_found', steps=names))}</p>"
        self.charts_changed()

    def draw(self) -> None:
        if not self.state.journey.shared_steps.empty:
            self.chart.show(channel_consistency_chart(self.state.journey.channel_means,
                                                      self.language))
