"""Consistency across channels: where one moment feels different on different channels, and
how each phase's touchpoints feel online against offline and by device."""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd

from ...charts import channel_consistency_chart
from ...i18n import label, listing, number, t, text
from ..kit import ChartView, esc, html_box, show
from .section import ImprovementSection


class Channels(ImprovementSection):
    """Where the same step feels different on different channels."""

    key = "channels"
    tables = frozenset({"journeys", "phases", "steps", "ratings"})

    def build(self) -> list[widgets.Widget]:
        self.note = html_box("", "kr-channels-note")
        self.chart = ChartView("kr-channel-consistency")
        self.per_phase = html_box("", "kr-channels-per-phase")
        return [self.note, self.chart.widget, self.per_phase]

    def refresh(self) -> None:
        self.per_phase.value = experience_table(self.state.journey.experience, self.language)
        self._refresh_moments()

    def _refresh_moments(self) -> None:
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


def experience_table(frame: pd.DataFrame, language: str) -> str:
    """Per phase, the touchpoints online and offline and by device: how many, how many
    ratings, and their mean (`JourneyData.experience`)."""
    if frame.empty:
        return f'<p class="kr-empty">{esc(t("improvement.experience_empty", language))}</p>'
    keys = ("field.phase_id", "improvement.experience_where", "improvement.experience_steps",
            "improvement.experience_n", "improvement.experience_mean")
    heads = [t(key, language) for key in keys]
    body = []
    for row in frame.to_dict("records"):
        where = (label("value", row["value"], language) if row["dimension"] == "device"
                 else t("empathy.online" if row["value"] == "online" else "empathy.offline",
                        language))
        cells = [text(row["top_phase_name"]), where, str(row["steps"]), str(row["n"]),
                 number(row["mean"], language)]
        body.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th>{esc(h)}</th>" for h in heads)
    title = esc(t("improvement.experience_title", language))
    return (f"<h4>{title}</h4><table class=\"kr-table kr-experience\"><thead><tr>{head}"
            f"</tr></thead><tbody>{''.join(body)}</tbody></table>")
