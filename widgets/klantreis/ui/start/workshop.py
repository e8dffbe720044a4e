"""Which workshop: the store's workshops to choose from, and how far the chosen one is."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
import pandas as pd

from ...figures.progress import progress_counts
from ..kit import Quiet, dropdown, esc, heading, html_box, set_options, show
from .section import StartSection

PHASES = ("preparation", "empathy", "improvement")


class OpenWorkshop(StartSection):
    """Choose a workshop; the page state's `workshop` follows, and with it every table."""

    key = "open"
    tables = frozenset({"workshops", "personas", "phases", "steps", "participants",
                        "evidence", "ratings", "moments", "ideas", "votes"})
    follows = frozenset({"workshop"})

    def build(self) -> list[widgets.Widget]:
        self.quiet = Quiet()
        self.choice = dropdown(self.t("start.workshop"), "kr-workshop-select")
        self.choice.observe(self._chosen, names="value")
        self.progress = html_box("", "kr-progress")
        return [heading(self.t("start.open")), self.choice, self.progress]

    def refresh(self) -> None:
        show(self.choice, not self.state.in_room)  # a served room is one workshop
        workshops = self.state.store.workshops()
        labels = [(self._label(row), str(row["id"])) for _, row in workshops.iterrows()]
        set_options(self.choice, labels, self.workshop.id, self.quiet)
        self.progress.value = self._progress()

    def _label(self, row: pd.Series) -> str:
        shown = f"{row['title']} ({self.label('value', row['language'])})"
        return shown + (f" · {self.t('start.example')}" if bool(row["synthetic"]) else "")

    def _progress(self) -> str:
        frames = self.state.frames
        info = frames["workshops"].iloc[0]
        counts = progress_counts(frames, int(info["vote_budget"]))
        rows = "".join(
            f"<tr><th>{esc(self.label('start.progress', phase))}</th>"
            f"<td>{esc(self.label('start.progress_text', phase, **counts))}</td></tr>"
            for phase in PHASES)
        example = f" <i>({esc(self.t('start.example'))})</i>" if bool(info["synthetic"]) else ""
        return (f'<div class="kr-progress-box"><h4>{esc(info["title"])}{example}</h4>'
                f"<p>{esc(info['goal'])}</p><table class=\"kr-table\">{rows}</table></div>")

    def _chosen(self, change: dict[str, Any]) -> None:
        if self.state.in_room:  # a crafted message: the room's workshop stays
            return
        if not self.quiet.on and change["new"] and change["new"] != self.workshop.id:
            self.state.participant_id = None
            self.state.workshop = self.state.store.workshop(change["new"])
