"""The sections of the improvement panel the group looks at together: the ranking and the
backlog, the desired journey, responsibility per phase and consistency across channels.

Each chart sits in a `ChartView`, which redraws only when its spec changed: a vote redraws the
ranking and the matrix, never the heatmap.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
import pandas as pd

from .. import charts, derived
from ..channels import channel_means, shared_steps
from ..desired import desired_curve
from ..formatting import is_missing as missing
from ..formatting import listing, number, text, value_label
from ..messages import t
from ..spec import IDEA_STATUSES
from .common import ChartView, esc
from .improvement_base import (
    FULL,
    ROW_TEXT,
    Rows,
    Section,
    button,
    html,
    show,
)
from .live import Frames

BACKLOG = ("selected", "done")


# --------------------------------------------------------------------------- 4. ranking


class Ranking(Section):
    """The ranked ideas, the impact–effort matrix, and the facilitator's backlog choice."""

    key = "ranking"
    tables = frozenset({"ideas", "votes", "idea_steps"})

    def build(self) -> list[widgets.Widget]:
        self.table = derived.idea_ranking(pd.DataFrame(), pd.DataFrame())
        self.summary = html("", "kr-backlog-count")
        self.rows = Rows("kr-ranking")
        self.matrix = ChartView("kr-impact-effort")
        self.bars = ChartView("kr-idea-ranking")
        return [self.summary, self.feedback.widget, self.rows.widget, self.matrix.widget,
                self.bars.widget]

    def refresh(self, frames: Frames) -> None:
        self.table = derived.idea_ranking(frames["ideas"], frames["votes"], frames["idea_steps"])
        ranked = [_plain_record(r) for r in self.table.to_dict("records")]
        key = tuple((r["idea_id"], r["title"], r["votes"], r["status"], r["ice"])
                    for r in ranked)
        self.rows.show(key, lambda: [self._row(r) for r in ranked])
        chosen = sum(r["status"] in BACKLOG for r in ranked)
        self.summary.value = esc(self.t("improvement.backlog_count", count=chosen))
        self.charts_changed()

    def draw(self) -> None:
        self.matrix.show(charts.impact_effort_chart(self.table, self.language))
        self.bars.show(charts.idea_ranking_chart(self.table, self.language))

    def _row(self, idea: dict[str, Any]) -> widgets.Widget:
        line = self.t("improvement.rank_line", rank=idea["rank"], title=idea["title"],
                      votes=idea["votes"], ice=number(idea["ice"], self.language))
        status = value_label(idea["status"], self.language)
        children: list[widgets.Widget] = [
            widgets.HTML(f"<b>{esc(line)}</b> · {esc(status)}", layout=ROW_TEXT)]
        session = self.panel.session
        if session.can_restructure and session.can_contribute:
            children += self._controls(idea["idea_id"], idea["status"])
        row = widgets.HBox(children, layout=FULL)
        row.add_class("kr-ranking-row")
        return row

    def _controls(self, idea_id: str, status: str) -> list[widgets.Widget]:
        label = "improvement.deselect" if status == "selected" else "improvement.select"
        toggle = button(self.t(label), "kr-select-idea", lambda: self.toggle(idea_id),
                        button_style="" if status == "selected" else "success")
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

        def action() -> None:
            self.panel.require_facilitator()
            self.panel.workshop.update_idea(idea_id, status=status)

        if not self.write(action):
            return False
        title = self.table.loc[self.table["idea_id"].eq(idea_id).to_numpy(dtype=bool), "title"]
        self.feedback.ok("improvement.status_changed", title=text(title.iloc[0]),
                         status=value_label(status, self.language))
        return True

    def _on_status(self, idea_id: str, status: str) -> None:
        if status != self.status_of(idea_id) and not self.set_status(idea_id, status):
            self.rows.reset()  # put the dropdown back to what the store holds
            self.refresh(self.panel.frames)


def _plain_record(record: dict[str, Any]) -> dict[str, Any]:
    """A ranking row with missing values as None, safe to compare and hash."""
    return {k: None if missing(v) else v for k, v in record.items()}


# --------------------------------------------------------------------------- 5. desired


class DesiredJourney(Section):
    """The current curve beside the curve the selected ideas aim for."""

    key = "desired"
    tables = frozenset({"journeys", "phases", "steps", "ratings", "ideas", "idea_steps"})

    def build(self) -> list[widgets.Widget]:
        self.summary = html("", "kr-desired-summary")
        self.chart = ChartView("kr-desired-curve")
        self.frame = pd.DataFrame()
        return [self.summary, self.chart.widget]

    def refresh(self, frames: Frames) -> None:
        curve = self.panel.curve
        self.frame = desired_curve(curve, frames["ideas"], frames["idea_steps"], BACKLOG)
        self.summary.value = f"<p>{esc(self._summary(frames))}</p>"
        self.charts_changed()

    def draw(self) -> None:
        """The desired line only where it differs: a dashed copy of today's curve would hide
        under it and suggest a plan that does not exist yet."""
        lifted = bool(self.frame["uplift"].ne(0).any())
        chart = charts.emotion_curve_chart(self.panel.curve, self.language,
                                           desired=self.frame if lifted else None)
        self.chart.show(chart)

    def _summary(self, frames: Frames) -> str:
        lifted = self.frame[self.frame["uplift"].ne(0).to_numpy(dtype=bool)]
        if lifted.empty:
            return self.t("improvement.desired_none")
        ideas = frames["ideas"]
        effective = ideas[ideas["status"].isin(BACKLOG).to_numpy(dtype=bool)
                          & ideas["expected_effect"].fillna(0).ne(0).to_numpy(dtype=bool)]
        links = frames["idea_steps"]
        aimed = links[links["step_id"].isin(lifted["step_id"]).to_numpy(dtype=bool)]
        count = len(set(aimed["idea_id"]) & set(effective["id"]))
        top = lifted.loc[lifted["uplift"].abs().idxmax()]
        names = dict(zip(self.panel.curve["step_id"], self.panel.curve["step_name"],
                         strict=True))
        return self.t("improvement.desired_summary", ideas=count, steps=len(lifted),
                      uplift=number(top["uplift"], self.language, sign=True),
                      step=text(names.get(top["step_id"])))


# --------------------------------------------------------------------------- 6. responsibility


def responsibility_gaps(resp: pd.DataFrame, language: str) -> list[str]:
    """One sentence per department that owns no step in some phase, naming those phases."""
    lines = []
    for department, rows in resp.groupby("department", sort=False):
        empty = rows[rows["steps"].eq(0).to_numpy(dtype=bool)].sort_values("phase_order")
        if empty.empty:
            continue
        name = (t("chart.unassigned", language) if department == derived.UNASSIGNED
                else str(department))
        phases = listing([text(p) for p in empty["phase_name"]], language)
        lines.append(t("improvement.gap", language, department=name, phases=phases))
    return lines


class Responsibility(Section):
    """Departments × phases: every function should play a part in every phase."""

    key = "responsibility"
    tables = frozenset({"journeys", "phases", "steps"})

    def build(self) -> list[widgets.Widget]:
        self.gaps = html("", "kr-responsibility-gaps")
        self.chart = ChartView("kr-responsibility")
        self.frame = pd.DataFrame()
        return [self.gaps, self.chart.widget]

    def refresh(self, frames: Frames) -> None:
        self.frame = derived.responsibility(frames["phases"], frames["steps"],
                                            self.panel.journey_id)
        self.gaps.value = self._gaps()
        self.charts_changed()

    def draw(self) -> None:
        self.chart.show(charts.responsibility_heatmap(self.frame, self.language))

    def _gaps(self) -> str:
        if self.frame.empty:
            return f"<p>{esc(self.t('improvement.no_steps'))}</p>"
        lines = responsibility_gaps(self.frame, self.language)
        if not lines:
            return f"<p>{esc(self.t('improvement.no_gaps'))}</p>"
        items = "".join(f"<li>{esc(line)}</li>" for line in lines)
        return f"<p>{esc(self.t('improvement.gaps'))}</p><ul>{items}</ul>"


# --------------------------------------------------------------------------- 7. channels


class Channels(Section):
    """Where the same step feels different on different channels."""

    key = "channels"
    tables = frozenset({"journeys", "phases", "steps", "ratings"})

    def build(self) -> list[widgets.Widget]:
        self.note = html("", "kr-channels-note")
        self.chart = ChartView("kr-channel-consistency")
        self.means = pd.DataFrame()
        return [self.note, self.chart.widget]

    def refresh(self, frames: Frames) -> None:
        shared = shared_steps(self.panel.steps)
        show(self.chart.widget, not shared.empty)
        if shared.empty:
            self.means = pd.DataFrame()
            self.note.value = (f'<p class="kr-empty">'
                               f'{esc(self.t("improvement.channels_empty"))}</p>')
            return
        names = listing(list(dict.fromkeys(text(n) for n in shared["step_name"])),
                        self.language)
        self.note.value = f"<p>{esc(self.t('improvement.channels_found', steps=names))}</p>"
        self.means = channel_means(self.panel.steps, frames["ratings"])
        self.charts_changed()

    def draw(self) -> None:
        if "step_name" in self.means:  # there are shared steps to compare
            self.chart.show(charts.channel_consistency_chart(self.means, self.language))
