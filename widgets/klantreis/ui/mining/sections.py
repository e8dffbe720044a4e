"""The parts of the customer-data page: the survey file, its results beside the team's curve,
before/after an improvement's go-live, behaviour data, and the problems report.

They share what was read through `CustomerData`, which they observe: reading the survey
redraws the results and the problems report; nothing calls across sections.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ...charts import comparison_chart, funnel_chart, metric_chart
from ...core.errors import KlantreisError
from ...figures import belief_vs_data
from ...mining import EventData, LoadedFile, SourceSettings, SurveyData
from ...mining.scales import drop_check
from ...samples.mining import GO_LIVE
from ..kit import ChartView, Quiet, button, esc, html_box, set_options
from ..section import Section
from ..state import PageState, Write
from .comments import Comments
from .data import CustomerData, upload_dir
from .source import SourceForm
from .tables import (
    behaviour_tables,
    belief_table,
    change_table,
    metrics_table,
    report_html,
)

MAP_TABLES = frozenset({"journeys", "phases", "steps", "ratings"})


class MiningSection(Section):
    """A section of the customer-data page, reading and writing through `CustomerData`."""

    page = "mining"
    follows: frozenset[str] = frozenset()

    def __init__(self, state: PageState, write: Write[Any], data: CustomerData) -> None:
        self.data = data
        super().__init__(state, write)

    @property
    def title(self) -> str:
        return self.label("mining.section", self.key)

    def run(self, action: Any) -> Any:
        """A button's action with its error inline here."""
        self.feedback.clear()
        return self.feedback.guard(action)()

    def save_source(self, settings: SourceSettings) -> str | None:
        """Keep a source's settings with the workshop; returns its id (None for viewers)."""
        if not self.state.can_contribute:
            return None
        return self.write(lambda: self.workshop.save_source(
            Path(settings.file).name, settings.kind, settings.to_dict()))


def served() -> bool:
    """On a served page nobody may type a path on the server (see `SourceForm`)."""
    import os

    return "VOILA_KERNEL_ID" in os.environ


class Survey(MiningSection):
    """Choose a survey file, say which column is what, map its labels, apply."""

    key = "survey"

    def build(self) -> list[widgets.Widget]:
        self.form = SourceForm("survey", self.language, upload_dir(self.state),
                               self.data.journey_map, self.applied, served(),
                               self.data.personas)
        return [widgets.HTML(esc(self.t("mining.survey_intro"))), self.form.widget]

    def refresh(self) -> None:
        """The form reads files when asked; nothing to redraw."""

    def applied(self, loaded: LoadedFile, settings: SourceSettings) -> None:
        survey = SurveyData.from_file(loaded, settings, language=self.language,
                                      progress=self.form.progress)
        self.data.report = survey.report
        too_much = drop_check(survey.report, loaded, self.language)
        if too_much is not None and not self.form.go_on:
            raise too_much  # nothing saved: the report says what would be dropped
        self.data.survey_source_id = self.save_source(settings)
        self.data.report = survey.report
        self.data.survey = survey


class Results(MiningSection):
    """The survey's metrics, its chart beside the team's curve, belief versus data; what it
    shows is kept with the workshop for the other pages."""

    key = "results"
    tables = MAP_TABLES
    follows = frozenset({"journey_id"})

    def build(self) -> list[widgets.Widget]:
        self.quiet = Quiet()  # options being offered: one redraw afterwards, not one each
        self.metric = widgets.Dropdown(options=[], description=self.t("mining.metric"))
        self.metric.observe(lambda _: self.quiet.on or self.refresh(), names="value")
        self.by = widgets.ToggleButtons(options=[(self.label("mining.by", b), b) for b in
                                                 ("all", "step", "phase")], value="step")
        self.by.observe(self._grouped, names="value")
        self.segment = widgets.Dropdown(options=[], description=self.t("mining.customers_of"),
                                        style={"description_width": "120px"})
        self.segment.add_class("kr-mining-segment")
        self.segment.observe(self._segment_chosen, names="value")
        self.split = widgets.Checkbox(value=False, description=self.t("mining.split"),
                                      indent=False)
        self.split.add_class("kr-mining-split")
        self.split.observe(lambda _: self.refresh(), names="value")
        self.segment_row = widgets.HBox([self.segment, self.split])
        self.segment_row.layout.display = "none"
        self.metrics_html = html_box()
        self.metric_chart = ChartView("kr-mining-metric-chart")
        self.comparison = ChartView("kr-mining-comparison")
        self.belief = html_box()
        self.unmatched_labels = html_box()
        self.comments = Comments(self.language, self._keep_comment,
                                 can_write=self.state.can_contribute)
        self.data.observe(lambda _: self._offer_metrics(), names="survey")
        return [self.metric, self.by, self.segment_row, self.metrics_html,
                self.metric_chart.widget, self.comparison.widget,
                html_box(f"<h4>{esc(self.t('mining.belief'))}</h4>"), self.belief,
                self.unmatched_labels,
                html_box(f"<h4>{esc(self.t('mining.comments_title'))}</h4>"),
                self.comments.widget]

    def _grouped(self, change: dict[str, Any]) -> None:
        self.data.by = change["new"]
        self.refresh()

    def _offer_metrics(self) -> None:
        survey = self.data.survey
        set_options(self.metric, [(self.label("mining.metric", m), m)
                                  for m in survey.metrics_available],
                    self.metric.value, self.quiet)
        self._offer_segments(survey)
        self.refresh()

    def _offer_segments(self, survey: SurveyData) -> None:
        """All customers, each segment, and the segments tied to this journey's persona,
        which is where the page starts: a persona's curve is compared with its customers."""
        found = [str(v) for v in survey.segments()["segment"]]
        self.segment_row.layout.display = "" if found else "none"
        tied = survey.segments_of(self.data.journey_persona())
        options = [(self.t("mining.all_customers"), ())]
        if len(tied) > 1:
            options.append((", ".join(tied), tuple(tied)))
        options += [(v, (v,)) for v in found]
        set_options(self.segment, options, tuple(tied), self.quiet)
        self.data.segments = list(tied) or None

    def _segment_chosen(self, change: dict[str, Any]) -> None:
        if self.quiet.on:
            return
        self.data.segments = list(change["new"]) or None
        self.refresh()

    def refresh(self) -> None:
        if self.data.survey is not None:
            self.feedback.clear()
            self.feedback.guard(self._show)()

    def _show(self) -> None:
        survey, journey, segments = self.data.survey, self.data.journey_map(), \
            self.data.segments
        metrics = survey.metrics(journey, by=self.data.by, segments=segments,
                                 split=self.split.value)
        self.metrics_html.value = metrics_table(metrics, self.language)
        if not survey.metrics_available:
            raise KlantreisError("mining.error.no_metric", self.language)
        metric = self.metric.value or survey.default_metric()
        self.data.metric = metric
        self.metric_chart.show(metric_chart(metrics, metric, self.language))
        curve = self.state.journey.curve
        scores = survey.step_scores(journey, metric, segments)
        self.comparison.show(comparison_chart(curve, scores, metric, survey.settings,
                                              self.language))
        self.belief.value = belief_table(belief_vs_data(curve, scores), self.language)
        self._keep(journey, metric)
        self.comments.show([(n, i) for n, i in journey.choices() if not n.startswith("[")],
                           lambda step_id: survey.comments(journey, step_id, metric,
                                                           segments=segments))
        lost = survey.unmatched(journey)
        self.unmatched_labels.value = "" if lost.empty else esc(self.t(
            "mining.labels_unmatched", labels=", ".join(str(x) for x in lost["label"][:12])))

    def _keep(self, journey: Any, metric: str) -> None:
        """Keep what this section shows (the chosen metric per step and phase) with the
        workshop, so the dashboard and the other pages show it without the file. The same
        results again write nothing."""
        source_id, journey_id = self.data.survey_source_id, self.state.journey_id
        if source_id is None or journey_id is None:
            return
        rows = self.data.survey.summary(journey, metric, self.data.segments)
        self.write(lambda: self.workshop.save_results(source_id, journey_id, rows))

    def _keep_comment(self, step_id: str, text: str, note: str) -> bool:
        """A customer's comment kept as evidence on its step (source: survey); False when
        the store refused it (the error shows in this section)."""
        return self.write(lambda: self.workshop.add_evidence(
            "survey", note, step_id=step_id, insight=text)) is not None


class Change(MiningSection):
    """How a metric moved before and after an improvement went live."""

    key = "change"

    def build(self) -> list[widgets.Widget]:
        self.go_live = widgets.DatePicker(description=self.t("mining.go_live"), value=GO_LIVE)
        self.compare_button = button(self.t("mining.compare"), "kr-mining-compare",
                                     lambda: self.run(self.show_change), style="primary")
        self.change_html = html_box()
        return [widgets.HTML(esc(self.t("mining.change_intro"))),
                widgets.HBox([self.go_live, self.compare_button]), self.change_html]

    def refresh(self) -> None:
        """Compared when asked; nothing to redraw."""

    def show_change(self) -> None:
        survey = self.data.survey
        if survey is None:
            raise KlantreisError("mining.load_survey_first", self.language)
        changes = survey.before_after(self.go_live.value or GO_LIVE, self.data.journey_map(),
                                      by=self.data.by)
        self.change_html.value = change_table(changes, self.language)


class Behaviour(MiningSection):
    """Event files (CRM, web analytics, e-mail) combined by customer: reach, drop-out,
    times and paths along the journey."""

    key = "behaviour"
    tables = MAP_TABLES | {"sources"}
    follows = frozenset({"journey_id"})

    def build(self) -> list[widgets.Widget]:
        self.form = SourceForm("events", self.language, upload_dir(self.state),
                               self.data.journey_map, self.applied, served())
        self.sources_html = html_box()
        self.analyse_button = button(self.t("mining.analyse"), "kr-mining-analyse",
                                     lambda: self.run(self.analyse), style="primary")
        self.funnel = ChartView("kr-mining-funnel")
        self.behaviour_html = html_box()
        return [widgets.HTML(esc(self.t("mining.events_intro"))), self.form.widget,
                self.sources_html, self.analyse_button, self.funnel.widget,
                self.behaviour_html]

    def refresh(self) -> None:
        saved = {s["name"]: SourceSettings.from_dict(s["settings"])
                 for s in self.workshop.sources("events")}
        if saved != self.data.event_sources:
            self.data.event_sources = {**self.data.event_sources, **saved}
        names = "".join(f"<li>{esc(n)}</li>" for n in self.data.event_sources)
        self.sources_html.value = (
            f"<p>{esc(self.t('mining.saved_events'))}</p><ul>{names}</ul>" if names else "")
        if self.data.events is not None:
            self.feedback.guard(self.show)()

    def applied(self, loaded: LoadedFile, settings: SourceSettings) -> None:
        EventData.from_files([(loaded, settings)], language=self.language)  # check it reads
        self.save_source(settings)
        self.data.add_events(settings)
        self.analyse()

    def analyse(self) -> None:
        if not self.data.event_sources:
            raise KlantreisError("mining.no_event_sources", self.language)
        events = EventData.load(list(self.data.event_sources.values()),
                                language=self.language, progress=self.form.progress)
        self.data.report = events.report
        self.data.events = events
        self.show()

    def show(self) -> None:
        result = self.data.events.behaviour(self.data.journey_map())
        self.funnel.show(funnel_chart(result.funnel, self.language))
        self.behaviour_html.value = behaviour_tables(result, self.language)


class Problems(MiningSection):
    """Every row that could not be read, and why: nothing is dropped silently."""

    key = "problems"

    def build(self) -> list[widgets.Widget]:
        self.report = html_box(esc(self.t("mining.no_report")), "kr-mining-report-box")
        self.data.observe(lambda _: self.refresh(), names="report")
        return [self.report]

    def refresh(self) -> None:
        if self.data.report is not None:
            self.report.value = report_html(self.data.report, self.language)
