"""The parts of the dashboard, each drawn from the chosen journey's `JourneyData` (the same
figures the report and the exports use) and redrawn only when what it shows changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ...charts import gap_chart, responsibility_heatmap
from ...charts.journey import curve_chart, customers_chart
from ...figures import (
    JourneyData,
    assumed_share,
    comment_names,
    customer_figures,
    evidence_words,
    gap_counts,
    lens_goals,
    lens_name,
    notable_gaps,
    phase_goals,
    said,
    step_comments,
)
from ...figures.customers import caption
from ...i18n import MISSING_NUMBER, listing, number, t, text
from ..kit import ChartView, button, esc, heading, html_box, show
from ..mining.tables import belief_table, decimal, interval, table, yes_no
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
    """Functional against emotional, and the steps where the two lie apart, with how many
    ratings judged the functional side (it is optional: only real scores count)."""

    key = "gap"
    tables = STRUCTURE | {"ratings"}

    def parts(self) -> list[widgets.Widget]:
        self.chart = ChartView("kr-dashboard-gap")
        self.steps = html_box("", "kr-dashboard-gap-steps")
        return [self.chart.widget, self.steps]

    def refresh(self) -> None:
        journey = self.state.journey
        self.chart.show(gap_chart(journey.gap, self.language))
        self.steps.value = gap_steps(journey, self.language)


class Comments(DashboardSection):
    """What participants wrote with their ratings, per step; names only where the workshop
    shows them (`comment_names`)."""

    key = "comments"
    tables = STRUCTURE | {"ratings", "participants", "workshops"}

    def parts(self) -> list[widgets.Widget]:
        self.table = html_box("", "kr-dashboard-comments")
        return [self.table]

    def refresh(self) -> None:
        self.table.value = comments_table(self.state.journey, self.language)


class Evidence(DashboardSection):
    """How much of the map rests on assumptions only, and what backs the other steps."""

    key = "evidence"
    tables = STRUCTURE | {"evidence"}

    def parts(self) -> list[widgets.Widget]:
        self.summary = html_box("", "kr-dashboard-evidence")
        return [self.summary]

    def refresh(self) -> None:
        self.summary.value = evidence_summary(self.state.journey, self.language)


class Goals(DashboardSection):
    """The lens the workshop started from and its goal for the brand per phase."""

    key = "goals"
    tables = STRUCTURE | {"workshops"}

    def parts(self) -> list[widgets.Widget]:
        self.table = html_box("", "kr-dashboard-goals")
        return [self.table]

    def refresh(self) -> None:
        self.table.value = goals_table(self.state.journey, self.language)


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
                              + belief_table(journey.belief, self.language)
                              + f"<h4>{esc(self.t('dashboard.customer_figures'))}</h4>"
                              + figures_table(journey, self.language))


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


# --------------------------------------------------------------------------- markup


def _note(message: str, css: str = "") -> str:
    return f'<p class="{css}">{esc(message)}</p>' if css else f"<p>{esc(message)}</p>"


def gap_steps(journey: JourneyData, language: str) -> str:
    """How many ratings judged the functional side, and the steps where functional and
    emotional lie a point or more apart (as the report lists them)."""
    counted = gap_counts(journey.gap, journey.frames["ratings"])
    judged = int(counted["functional_n"].sum())
    if not judged:
        return _note(t("report.no_functional", language), "kr-empty")
    intro = _note(t("report.gap_intro", language, judged=judged,
                    ratings=int(counted["n"].sum())))
    notable = notable_gaps(counted)
    if notable.empty:
        return intro + _note(t("report.no_gaps", language))
    shown = notable.assign(judged=[
        t("report.judged", language, count=int(row["functional_n"]), ratings=int(row["n"]))
        for row in notable.to_dict("records")])
    return intro + _note(t("report.gaps_intro", language)) + table(shown, [
        ("step_name", "dashboard.lane.step", text),
        ("functional_mean", "report.col.functional", decimal(language)),
        ("judged", "dashboard.col.judged", text),
        ("emotional_mean", "report.col.emotional", decimal(language)),
        ("gap", "report.col.gap", _signed(language))], language, "kr-dashboard-gap-table")


def _signed(language: str) -> Callable[[Any], str]:
    """A gap as people write it, with its sign ('+1,2' in Dutch)."""
    return lambda value: number(value, language, sign=True)


def comments_table(journey: JourneyData, language: str) -> str:
    """Every comment in journey order: 'Name: comment' only where names are shown."""
    named = comment_names(journey.frames["workshops"])
    found = step_comments(journey.frames["ratings"], journey.frames["participants"],
                          journey.steps, named)
    if found.empty:
        return _note(t("dashboard.no_comments", language), "kr-empty")
    shown = found.assign(said=[said(text(row["name"]), text(row["comment"]), language)
                               for row in found.to_dict("records")])
    intro = t("report.comments_named" if named else "report.comments_anonymous", language)
    return _note(intro) + table(shown, [("step_name", "dashboard.lane.step", text),
                                        ("said", "field.comment", text)],
                                language, "kr-dashboard-comment-table")


def evidence_summary(journey: JourneyData, language: str) -> str:
    """The share of steps that rest on assumptions only, and the evidence of the others."""
    steps = journey.journey_map.steps
    share = assumed_share(journey.journey_map)
    if not share.steps:
        return _note(t("dashboard.no_steps", language), "kr-empty")
    if not share.assumed:
        return _note(t("report.all_backed", language))
    intro = _note(t("report.evidence_intro", language, share=share.sentence(language)))
    backed = pd.DataFrame(
        [{"step": f"{step.order + 1}. {step.name}",
          "sources": evidence_words(step.evidence, language)}
         for step in steps if not step.assumed], columns=["step", "sources"])
    if backed.empty:
        return intro
    return intro + _note(t("report.evidence_backed", language)) + table(
        backed, [("step", "dashboard.lane.step", text), ("sources", "map.lane.evidence", text)],
        language, "kr-dashboard-evidence-table")


def goals_table(journey: JourneyData, language: str) -> str:
    """The workshop's lens, and each phase's goal for the brand (or what such goals are)."""
    workshops = journey.frames["workshops"]
    lens = lens_name(workshops["lens"].iloc[0], language) if len(workshops) else ""
    head = (f"<p><b>{esc(t('field.lens', language))}:</b> {esc(lens)}</p>" if lens else "")
    goals = phase_goals(journey.frames["phases"], journey.journey_id)
    if not goals:
        named = listing([goal.lower() for goal in lens_goals(language)], language)
        return head + _note(t("dashboard.no_goals", language, goals=named), "kr-empty")
    rows = pd.DataFrame(goals, columns=["phase", "goal"])
    return head + table(rows, [("phase", "field.phase_id", text),
                               ("goal", "field.brand_goal", _or_dash)], language,
                        "kr-dashboard-goal-table")


def _or_dash(value: Any) -> str:
    return text(value) or MISSING_NUMBER


def figures_table(journey: JourneyData, language: str) -> str:
    """Per phase and step that answers reached: the measured value with its interval and n,
    the customers' 1–10 score with its interval, the team's mean, and whether they disagree."""
    kept = journey.customers
    if kept is None:
        return ""
    found = customer_figures(kept, journey.steps, journey.curve)
    scores = found[["score_low", "score_high"]].set_axis(["low", "high"], axis=1)
    shown = found.assign(
        place=[t("dashboard.whole_phase", language, phase=row["name"])
               if row["level"] == "phase" else row["name"] for row in found.to_dict("records")],
        value_interval=interval(found, language), score_interval=interval(scores, language))
    return table(shown, [
        ("place", "mining.col.group", text),
        ("value", "mining.col.value", decimal(language)),
        ("value_interval", "mining.col.interval", text),
        ("n", "mining.col.n", text),
        ("score", "mining.col.customers", decimal(language)),
        ("score_interval", "mining.col.interval", text),
        ("team", "mining.col.team", decimal(language)),
        ("disagree", "mining.col.disagree", yes_no(language))], language,
        "kr-dashboard-figures")
