"""The parts of the dashboard, each drawn from the chosen journey's `JourneyData` (the same
figures the report and the exports use) and redrawn only when what it shows changed."""

from __future__ import annotations

import datetime as dt

import ipywidgets as widgets

from ...charts import gap_chart, responsibility_heatmap
from ...charts.journey import curve_chart, customers_chart
from ...figures.customers import caption
from ...i18n import text
from ..kit import ChartView, button, esc, heading, html_box, show
from ..mining.tables import belief_table
from ..section import Section
from .downloads import (
    build,
    chart_files,
    download_list,
    journey_charts,
    map_files,
    workshop_files,
)
from .map import MAP_STYLE, backlog_table, journey_map

PERSONA_FIELDS = ("description", "goals", "needs", "frustrations")
STRUCTURE = frozenset({"journeys", "phases", "steps"})
CURVE = STRUCTURE | {"ratings", "moments"}


class DashboardSection(Section):
    """A part of the dashboard under its heading (`dashboard.<key>`)."""

    page = "dashboard-section"

    def build(self) -> list[widgets.Widget]:
        return [heading(self.label("dashboard", self.key)), *self.parts()]

    def parts(self) -> list[widgets.Widget]:
        raise NotImplementedError


class Persona(DashboardSection):
    key = "persona"
    tables = frozenset({"journeys", "personas"})

    def parts(self) -> list[widgets.Widget]:
        self.card = html_box("", "kr-dashboard-persona")
        return [self.card]

    def refresh(self) -> None:
        row = self.state.journey.persona
        if not row:
            self.card.value = f"<p>{esc(self.t('dashboard.no_persona'))}</p>"
            return
        parts = [f"<h4>{esc(text(row['name']))}</h4>"]
        if text(row["quote"]):
            parts.append(f"<blockquote>“{esc(text(row['quote']))}”</blockquote>")
        parts += [f"<p><b>{esc(self.label('field', name))}:</b> {esc(text(row[name]))}</p>"
                  for name in PERSONA_FIELDS if text(row[name])]
        self.card.value = '<div class="kr-card kr-persona">' + "".join(parts) + "</div>"


class Map(DashboardSection):
    """The whole journey map, the dashboard's centre: what the poster prints."""

    key = "map"
    tables = CURVE | {"journeys", "personas", "ideas", "idea_steps", "votes", "evidence",
                      "sources", "source_results"}

    def parts(self) -> list[widgets.Widget]:
        self.picture = html_box("", "kr-dashboard-map")
        return [widgets.HTML(MAP_STYLE), self.picture]

    def refresh(self) -> None:
        self.picture.value = journey_map(self.state.journey, self.language)


class Curve(DashboardSection):
    """Today's curve, the desired one where chosen ideas lift it, and confirmed moments."""

    key = "curve"
    tables = CURVE | {"ideas", "idea_steps"}

    def parts(self) -> list[widgets.Widget]:
        self.chart = ChartView("kr-dashboard-curve")
        return [self.chart.widget]

    def refresh(self) -> None:
        self.chart.show(curve_chart(self.state.journey, self.language))


class Gap(DashboardSection):
    key = "gap"
    tables = STRUCTURE | {"ratings"}

    def parts(self) -> list[widgets.Widget]:
        self.chart = ChartView("kr-dashboard-gap")
        return [self.chart.widget]

    def refresh(self) -> None:
        self.chart.show(gap_chart(self.state.journey.gap, self.language))


class Customers(DashboardSection):
    """The customers' kept results beside the team's curve, and where they disagree most;
    without results, how to add them (an empty chart would say nothing)."""

    key = "customers"
    tables = STRUCTURE | {"ratings", "sources", "source_results"}

    def parts(self) -> list[widgets.Widget]:
        self.comparison = ChartView("kr-dashboard-comparison")
        self.details = html_box("", "kr-dashboard-customers")
        return [self.comparison.widget, self.details]

    def refresh(self) -> None:
        journey = self.state.journey
        chart = customers_chart(journey, self.language)
        show(self.comparison.widget, chart is not None)
        if chart is None or journey.customers is None or journey.belief is None:
            self.details.value = f"<p>{esc(self.t('dashboard.no_customers'))}</p>"
            return
        self.comparison.show(chart)
        self.details.value = (f"<p>{esc(caption(journey.customers, self.language))}</p>"
                              f"<h4>{esc(self.t('mining.belief'))}</h4>"
                              + belief_table(journey.belief, self.language))


class Backlog(DashboardSection):
    key = "backlog"
    tables = STRUCTURE | {"ideas", "votes", "idea_steps"}

    def parts(self) -> list[widgets.Widget]:
        self.table = html_box("", "kr-dashboard-backlog")
        return [self.table]

    def refresh(self) -> None:
        self.table.value = backlog_table(self.state.journey.ranking, self.language)


class Responsibility(DashboardSection):
    key = "responsibility"
    tables = STRUCTURE

    def parts(self) -> list[widgets.Widget]:
        self.chart = ChartView("kr-dashboard-responsibility")
        return [self.chart.widget]

    def refresh(self) -> None:
        self.chart.show(responsibility_heatmap(self.state.journey.responsibility,
                                               self.language))


class Downloads(DashboardSection):
    """Every file, made when asked for from what the page shows now."""

    key = "downloads"
    follows: frozenset[str] = frozenset()

    def parts(self) -> list[widgets.Widget]:
        self.prepare = button(self.t("dashboard.prepare"), "kr-dashboard-prepare",
                              self.prepare_downloads, icon="download")
        self.links = html_box("", "kr-downloads")
        return [self.prepare, self.feedback.widget, self.links]

    def refresh(self) -> None:
        """Nothing to redraw: files are made when asked for."""

    def prepare_downloads(self) -> None:
        """Make the files and offer them as links; one that fails is named, not fatal."""
        self.feedback.clear()
        state = self.state
        makers = self.feedback.guard(
            lambda: map_files(state.journey, self.language)
            + workshop_files(state.workshop, state.journey_id, self.language)
            + chart_files(journey_charts(state.journey, self.language), self.language))()
        if makers is None:
            return
        files, failed = build(makers)
        self.links.value = download_list(files)
        if failed:
            self.feedback.fail("dashboard.files_failed", files=", ".join(failed))
        else:
            self.feedback.ok("dashboard.prepared", time=dt.datetime.now().strftime("%H:%M"))
