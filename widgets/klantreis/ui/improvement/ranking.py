"""The ranked ideas of the journey, the impact–effort matrix, and the facilitator's backlog.

The ranking is `JourneyData.ranking`, the same the dashboard and the report show. Each chart
sits in a `ChartView`, which redraws only when its spec changed."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...charts import idea_ranking_chart, impact_effort_chart
from ...core.tables import IDEA_STATUSES
from ...figures import BACKLOG
from ...i18n import is_missing, number, text, value_label
from ..kit import ROW_TEXT, ChartView, Rows, button, esc, full_width, html_box
from ..room import Veil, voted_count
from .section import ImprovementSection


class Ranking(ImprovementSection):
    """The ranked ideas, the impact–effort matrix, and the facilitator's backlog choice."""

    key = "ranking"
    tables = frozenset({"ideas", "votes", "idea_steps", "phases", "steps", "participants"})
    follows = frozenset({"journey_id", "reveal"})

    def build(self) -> list[widgets.Widget]:
        self.summary = html_box("", "kr-backlog-count")
        self.rows = Rows("kr-ranking")
        self.matrix = ChartView("kr-impact-effort")
        self.bars = ChartView("kr-idea-ranking")
        self.veil = Veil(self.summary, self.rows.widget, self.matrix.widget, self.bars.widget)
        return [self.veil.line, self.summary, self.feedback.widget, self.rows.widget,
                self.matrix.widget, self.bars.widget]

    @property
    def table(self) -> Any:
        return self.state.journey.ranking

    def refresh(self) -> None:
        frames = self.state.frames
        if self.veil.apply(self.state, self.t("room.votes_hidden", count=voted_count(frames),
                                              total=len(frames["participants"]))):
            return
        ranked = [_plain_record(r) for r in self.table.to_dict("records")]
        key = tuple((r["idea_id"], r["title"], r["votes"], r["status"], r["ice"])
                    for r in ranked)
        self.rows.show(key, lambda: [self._row(r) for r in ranked])
        chosen = sum(r["status"] in BACKLOG for r in ranked)
        self.summary.value = esc(self.t("improvement.backlog_count", count=chosen))
        self.charts_changed()

    def draw(self) -> None:
        self.matrix.show(impact_effort_chart(self.table, self.language))
        self.bars.show(idea_ranking_chart(self.table, self.language))

    def _row(self, idea: dict[str, Any]) -> widgets.Widget:
        line = self.t("improvement.rank_line", rank=idea["rank"], title=idea["title"],
                      votes=idea["votes"], ice=number(idea["ice"], self.language))
        status = value_label(idea["status"], self.language)
        children: list[widgets.Widget] = [
            widgets.HTML(f"<b>{esc(line)}</b> · {esc(status)}", layout=ROW_TEXT)]
        if self.state.can_restructure:
            children += self._controls(idea["idea_id"], idea["status"])
        row = widgets.HBox(children, layout=full_width())
        row.add_class("kr-ranking-row")
        return row

    def _controls(self, idea_id: str, status: str) -> list[widgets.Widget]:
        key = "improvement.deselect" if status == "selected" else "improvement.select"
        toggle = button(self.t(key), "kr-select-idea", lambda: self.toggle(idea_id),
                        style="" if status == "selected" else "success")
        choice = widgets.Dropdown(
            options=[(value_label(s, self.language), s) for s in IDEA_STATUSES],
            value=status, layout=widgets.Layout(width="150px"))
        choice.add_class("kr-idea-status")
        choice.observe(lambda change: self._on_status(idea_id, change["new"]), names="value")
        return [toggle, choice]

    def status_of(self, idea_id: str) -> str | None:
        found = self.table.loc[self.table["idea_id"].eq(idea_id).to_numpy(dtype=bool), "status"]
        return None if found.empty else str(found.iloc[0])

    def toggle(self, idea_id: str) -> bool:
        """proposed (or rejected, done) -> selected; selected -> proposed."""
        wanted = "proposed" if self.status_of(idea_id) == "selected" else "selected"
        return self.set_status(idea_id, wanted)

    def set_status(self, idea_id: str, status: str) -> bool:
        """Move an idea into or out of the backlog (facilitator only)."""
        ideas = self.state.frames["ideas"]
        title = ideas.loc[ideas["id"].eq(idea_id).to_numpy(dtype=bool), "title"]

        def action() -> None:
            self.state.require_facilitator("improvement.facilitator_only")
            self.workshop.update_idea(idea_id, status=status)

        if not self.done(action):
            return False
        self.feedback.ok("improvement.status_changed", title=text(title.iloc[0]),
                         status=value_label(status, self.language))
        return True

    def _on_status(self, idea_id: str, status: str) -> None:
        if status != self.status_of(idea_id) and not self.set_status(idea_id, status):
            self.rows.reset()  # put the dropdown back to what the store holds
            self.refresh()


def _plain_record(record: dict[str, Any]) -> dict[str, Any]:
    """A ranking row with missing values as None, safe to compare and hash."""
    return {k: None if is_missing(v) else v for k, v in record.items()}
