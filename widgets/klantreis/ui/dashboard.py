"""The read-only dashboard: a finished or running workshop for people who only look.

`show_dashboard()` opens the store read-only (SQLite `mode=ro`, PostgreSQL read-only
transactions), so a write is impossible, not just absent from the screen. The page shows the
persona, the journey map, the emotion curve (current and desired, with spread), the
functional-versus-emotional gap, what customers say beside the team's curve (results kept by
the mining panel: no survey file needed), the ranked backlog and the responsibility heatmap; it
follows the store while a workshop runs and offers everything as files.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import altair as alt
import ipywidgets as widgets
import pandas as pd

from .. import charts, derived
from ..desired import desired_curve
from ..mining.charts import comparison_chart
from ..mining.compare import belief_vs_data
from ..mining.results import caption, kept_scores
from .common import ChartView, Feedback, Panel, esc, guide
from .dashboard_exports import build, chart_files, download_list, workshop_files
from .dashboard_map import BACKLOG, MAP_STYLE, backlog_table, journey_map
from .empathy_cards import text
from .improvement import journey_options
from .live import Frames
from .mining_views import belief_table

PERSONA_FIELDS = ("description", "goals", "needs", "frustrations")
# Which tables each part of the page shows, so a vote does not redraw the map.
MAP_TABLES = frozenset({"journeys", "phases", "steps", "ratings", "moments"})
CURVE_TABLES = frozenset({"journeys", "phases", "steps", "ratings", "moments", "ideas",
                          "idea_steps"})
BACKLOG_TABLES = frozenset({"ideas", "votes", "idea_steps"})
PERSONA_TABLES = frozenset({"journeys", "personas"})
CUSTOMER_TABLES = frozenset({"journeys", "phases", "steps", "ratings", "sources",
                             "source_results"})
TEAM_CURVE_TABLES = frozenset({"journeys", "phases", "steps", "ratings"})


class DashboardPanel(Panel):
    """Everything the workshop produced, for one journey, without a single input that writes."""

    area = "dashboard"

    def build(self) -> list[widgets.Widget]:
        self.journey_id: str | None = None
        self.journey = widgets.Dropdown(description=self.t("dashboard.journey"), options=[])
        self.journey.add_class("kr-dashboard-journey")
        self.journey.observe(self._on_journey, names="value")
        self.persona = _html("kr-dashboard-persona")
        self.map = _html("kr-dashboard-map")
        self.curve = ChartView("kr-dashboard-curve")
        self.gap = ChartView("kr-dashboard-gap")
        self.backlog = _html("kr-dashboard-backlog")
        self.heatmap = ChartView("kr-dashboard-responsibility")
        self.customers = _html("kr-dashboard-customers")
        self.comparison = ChartView("kr-dashboard-comparison")
        self.shown: dict[str, tuple[str, alt.TopLevelMixin]] = {}
        self.team_curve = pd.DataFrame()  # derived.emotion_curve of the journey, per refresh
        self.prepare = widgets.Button(description=self.t("dashboard.prepare"), icon="download")
        self.prepare.add_class("kr-dashboard-prepare")
        self.prepare.on_click(lambda _: self.prepare_downloads())
        self.downloads = _html("kr-downloads")
        self.download_feedback = Feedback(self.language)
        return [widgets.HTML(MAP_STYLE), guide(self.language, "dashboard"), self.journey,
                self._heading("dashboard.persona"), self.persona,
                self._heading("dashboard.map"), self.map,
                self._heading("dashboard.curve"), self.curve.widget,
                self._heading("dashboard.gap"), self.gap.widget,
                self._heading("dashboard.customers"), self.comparison.widget, self.customers,
                self._heading("dashboard.backlog"), self.backlog,
                self._heading("dashboard.responsibility"), self.heatmap.widget,
                self._heading("dashboard.downloads"), self.prepare,
                self.download_feedback.widget, self.downloads]

    def _heading(self, key: str) -> widgets.HTML:
        return widgets.HTML(f"<h3>{esc(self.t(key))}</h3>")

    # -- showing -----------------------------------------------------------------------

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        changed = set(changed)
        if changed & PERSONA_TABLES and self._choose_journey(frames):
            changed |= CURVE_TABLES | MAP_TABLES | CUSTOMER_TABLES
        if changed & PERSONA_TABLES:
            self.persona.value = self._persona(frames)
        if changed & MAP_TABLES:
            self.map.value = journey_map(frames["phases"], frames["steps"], frames["ratings"],
                                         frames["moments"], self.journey_id, self.language)
        if changed & TEAM_CURVE_TABLES:  # one curve for the curve, gap and customers' charts
            self.team_curve = derived.emotion_curve(frames["phases"], frames["steps"],
                                                    frames["ratings"], journey_id=self.journey_id)
        if changed & CURVE_TABLES:
            self._draw_curves(frames)
        if changed & CUSTOMER_TABLES:
            self._draw_customers(frames)
        if changed & BACKLOG_TABLES:
            ranking = derived.idea_ranking(frames["ideas"], frames["votes"],
                                           frames["idea_steps"])
            self.backlog.value = backlog_table(ranking, self.language)
        if changed & {"journeys", "phases", "steps"}:
            heatmap = charts.responsibility_heatmap(
                derived.responsibility(frames["phases"], frames["steps"], self.journey_id),
                self.language)
            self._show("responsibility", self.heatmap, heatmap, "dashboard.responsibility")

    def _choose_journey(self, frames: Frames) -> bool:
        """Offer the current journeys; keep the choice while it exists. Returns whether the
        chosen journey changed."""
        choices = journey_options(frames, self.language)
        ids = [value for _, value in choices]
        wanted = self.journey_id if self.journey_id in ids else (ids[0] if ids else None)
        moved = wanted != self.journey_id
        self.journey_id = wanted
        if list(self.journey.options) != choices:
            self.journey.options = choices
        self.journey.value = wanted
        self.journey.layout.display = "" if len(choices) > 1 else "none"
        return moved

    def _on_journey(self, change: dict[str, Any]) -> None:
        if change["new"] is not None and change["new"] != self.journey_id:
            self.journey_id = change["new"]
            self.refresh(self.frames, set(self.frames))

    def _persona(self, frames: Frames) -> str:
        journeys = frames["journeys"].set_index("id")
        personas = frames["personas"].set_index("id")
        if self.journey_id not in journeys.index:
            return f"<p>{esc(self.t('dashboard.no_persona'))}</p>"
        persona_id = journeys.loc[self.journey_id, "persona_id"]
        if persona_id not in personas.index:
            return f"<p>{esc(self.t('dashboard.no_persona'))}</p>"
        row = personas.loc[persona_id]
        parts = [f"<h4>{esc(text(row['name']))}</h4>"]
        if text(row["quote"]):
            parts.append(f"<blockquote>“{esc(text(row['quote']))}”</blockquote>")
        parts += [f"<p><b>{esc(self.t(f'field.{name}'))}:</b> {esc(text(row[name]))}</p>"
                  for name in PERSONA_FIELDS if text(row[name])]
        return '<div class="kr-card kr-persona">' + "".join(parts) + "</div>"

    def _draw_curves(self, frames: Frames) -> None:
        phases, steps, ratings = frames["phases"], frames["steps"], frames["ratings"]
        curve = self.team_curve
        desired = desired_curve(curve, frames["ideas"], frames["idea_steps"], BACKLOG)
        lifted = bool(desired["uplift"].ne(0).any())
        moments = frames["moments"]
        shown = moments[moments["status"].ne("dismissed").fillna(True).to_numpy(dtype=bool)]
        chart = charts.emotion_curve_chart(curve, self.language, moments=shown,
                                           desired=desired if lifted else None)
        self._show("emotion-curve", self.curve, chart, "dashboard.curve")
        gap = charts.gap_chart(derived.score_gap(phases, steps, ratings, self.journey_id),
                               self.language)
        self._show("gap", self.gap, gap, "dashboard.gap")

    def _draw_customers(self, frames: Frames) -> None:
        """The customers' kept results beside the team's curve, and where they disagree most;
        without results, how to add them (an empty chart would say nothing)."""
        found = kept_scores(frames, self.journey_id)
        self.comparison.widget.layout.display = "" if found else "none"
        if found is None:
            self.shown.pop("customers", None)
            self.customers.value = f"<p>{esc(self.t('dashboard.no_customers'))}</p>"
            return
        kept, scores = found
        curve = self.team_curve
        chart = comparison_chart(curve, scores, kept.metric, kept.ends, self.language)
        self._show("customers", self.comparison, chart, "dashboard.customers")
        self.customers.value = (f"<p>{esc(caption(kept, self.language))}</p>"
                                f"<h4>{esc(self.t('mining.belief'))}</h4>"
                                + belief_table(belief_vs_data(curve, scores), self.language))

    def _show(self, key: str, view: ChartView, chart: alt.TopLevelMixin, title: str) -> None:
        self.shown[key] = (self.t(title), chart)
        view.show(chart)

    # -- downloads ---------------------------------------------------------------------

    def prepare_downloads(self) -> None:
        """Make the files from what the page shows now and offer them as links."""
        self.download_feedback.clear()
        makers = self.download_feedback.guard(
            lambda: workshop_files(self.workshop, self.journey_id, self.language)
            + chart_files(self.shown, self.language))()
        if makers is None:
            return
        files, failed = build(makers)
        self.downloads.value = download_list(files)
        if failed:
            self.download_feedback.error(self.t("dashboard.files_failed",
                                                files=", ".join(failed)))
        else:
            self.download_feedback.ok("dashboard.prepared",
                                      time=dt.datetime.now().strftime("%H:%M"))

def _html(css_class: str) -> widgets.HTML:
    widget = widgets.HTML()
    widget.add_class(css_class)
    return widget

