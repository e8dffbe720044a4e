"""Dot voting: a fixed budget of dots per participant, + and − per idea. The store checks
the budget, so two pages voting at once cannot overspend."""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd

from ...figures.ideas import ideas_by_title
from ...i18n import text
from ..kit import ROW_TEXT, Rows, button, empty_state, esc, full_width, html_box, show
from .section import ImprovementSection


class Voting(ImprovementSection):
    """Each participant spreads a fixed budget of dots; + and − per idea."""

    key = "voting"
    tables = frozenset({"ideas", "votes", "participants", "workshops"})
    follows = frozenset({"participant_id", "reveal"})

    def build(self) -> list[widgets.Widget]:
        self.status = html_box("", "kr-dots-left")
        self.rows = Rows("kr-vote-list")
        self._cells: dict[str, tuple[widgets.HTML, widgets.Button, widgets.Button]] = {}
        return [self.status, self.feedback.widget, self.rows.widget]

    def refresh(self) -> None:
        frames = self.state.frames
        ideas = ideas_by_title(frames["ideas"])
        listed = tuple((str(i), text(title)) for i, title in zip(ideas["id"], ideas["title"],
                                                                 strict=True))
        self.rows.show(listed, lambda: self._rows(listed))
        totals, mine = _dots(frames["votes"], self.state.participant_id)
        budget = int(frames["workshops"]["vote_budget"].iloc[0])
        self.status.value = f"<b>{esc(self._status(budget - sum(mine.values()), budget))}</b>"
        can_vote = self.state.can_rate
        titles = dict(listed)
        for idea_id, (label, minus, plus) in self._cells.items():
            dots = (self.t("improvement.idea_dots", total=totals.get(idea_id, 0),
                           mine=mine.get(idea_id, 0)) if self.state.reveal
                    else self.t("improvement.my_dots", mine=mine.get(idea_id, 0)))
            label.value = f"<b>{esc(titles[idea_id])}</b><br>{esc(dots)}"
            minus.disabled = not can_vote or not mine.get(idea_id)
            plus.disabled = not can_vote

    def _status(self, left: int, budget: int) -> str:
        if not self.state.can_contribute:
            return self.t("ui.read_only")
        if not self.state.participant_id:
            return self.t("ui.choose_participant_first")
        return self.t("improvement.dots_left", left=left, budget=budget)

    def _rows(self, listed: tuple[tuple[str, str], ...]) -> list[widgets.Widget]:
        self._cells = {}
        if not listed:
            return [empty_state(self.t("improvement.no_ideas"))]
        return [self._row(idea_id) for idea_id, _ in listed]

    def _row(self, idea_id: str) -> widgets.Widget:
        label = widgets.HTML(layout=ROW_TEXT)
        minus = button("−", "kr-vote-minus", lambda: self.vote(idea_id, -1),
                       layout=widgets.Layout(width="48px"),
                       tooltip=self.t("improvement.remove_dot"))
        plus = button("+", "kr-vote-plus", lambda: self.vote(idea_id, 1),
                      layout=widgets.Layout(width="48px"),
                      tooltip=self.t("improvement.add_dot"), style="info")
        for control in (minus, plus):
            show(control, self.state.can_contribute)
        self._cells[idea_id] = (label, minus, plus)
        row = widgets.HBox([label, minus, plus], layout=full_width())
        row.add_class("kr-vote-row")
        return row

    def vote(self, idea_id: str, dots: int) -> bool:
        """Place (or with a negative number take back) dots; the budget is checked by the
        store, so two pages voting at once cannot overspend."""

        def action() -> None:
            participant = self.state.require_participant()
            self.workshop.vote(participant, idea_id, dots)

        return self.done(action)


def _dots(votes: pd.DataFrame, participant_id: str | None) -> tuple[dict[str, int],
                                                                     dict[str, int]]:
    """Dots per idea in total, and this participant's own dots per idea."""
    totals: dict[str, int] = {}
    mine: dict[str, int] = {}
    for who, idea_id, count in zip(votes["participant_id"], votes["idea_id"], votes["votes"],
                                   strict=True):
        totals[idea_id] = totals.get(idea_id, 0) + int(count)
        if who == participant_id:
            mine[idea_id] = mine.get(idea_id, 0) + int(count)
    return totals, mine
