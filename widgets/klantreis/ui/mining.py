"""The customer-mining panel: load survey and event files, map them to the journey, and see
where the team's beliefs and the customers' data disagree.

Five sections in an accordion: the survey file, survey results (metrics, the comparison
chart beside the team's curve, belief versus data), before/after an improvement's go-live,
behaviour data, and the problems report. Files are read and checked by `klantreis.mining`
(which knows nothing of widgets); mappings are saved with the workshop, so the next page
that opens this panel reads the same files the same way, and the survey results it shows are
kept with the workshop (`source_results`) for the dashboard and the other panels.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from .. import derived
from ..errors import KlantreisError
from ..mining import (
    EventData,
    JourneyMap,
    LoadedFile,
    SourceSettings,
    SurveyData,
    belief_vs_data,
)
from ..mining.charts import comparison_chart, funnel_chart, metric_chart
from ..mining.samples import GO_LIVE, sample_key, sample_settings
from .common import ChartView, Panel, esc, form_layout, guide
from .improvement import journey_options
from .live import Frames
from .mining_source import SourceForm
from .mining_views import (
    behaviour_tables,
    belief_table,
    change_table,
    metrics_table,
    report_html,
)

SECTIONS = ("survey", "results", "change", "behaviour", "problems")
MAP_TABLES = frozenset({"journeys", "phases", "steps", "ratings"})


class MiningPanel(Panel):
    """Survey and behaviour data for one workshop, against the chosen journey."""

    area = "mining"

    def build(self) -> list[widgets.Widget]:
        self.journey_id: str | None = None
        self.survey: SurveyData | None = None
        self.survey_source_id: str | None = None
        self.events: EventData | None = None
        self.event_sources: dict[str, SourceSettings] = {}
        self._syncing = False
        self.journey = widgets.Dropdown(options=[], layout=form_layout(),  # hidden at times
                                        description=self.t("mining.journey"))
        self.journey.add_class("kr-journey-choice")
        self.journey.observe(self._on_journey, names="value")
        folder = _upload_dir(self.session)
        served = "VOILA_KERNEL_ID" in os.environ  # see SourceForm: no server paths typed
        self.survey_form = SourceForm("survey", self.language, folder, self.journey_map,
                                      self._survey_applied, served)
        self.event_form = SourceForm("events", self.language, folder, self.journey_map,
                                     self._events_applied, served)
        self.example = widgets.Button(description=self.t("mining.example"), icon="table")
        self.example.add_class("kr-mining-example")
        self.example.on_click(lambda _: self.feedback.guard(self.use_example)())
        self.example.layout.display = "" if sample_key(self.workshop) else "none"
        self.accordion = widgets.Accordion(
            children=[self._survey_box(), self._results_box(), self._change_box(),
                      self._behaviour_box(), self._problems_box()],
            titles=tuple(self.t(f"mining.section.{s}") for s in SECTIONS), selected_index=0)
        self.accordion.add_class("kr-mining-sections")
        return [guide(self.language, "mining"), self.journey, self.example, self.accordion,
                self.feedback.widget]

    # -- sections -------------------------------------------------------------------------

    def _survey_box(self) -> widgets.Widget:
        return widgets.VBox([widgets.HTML(esc(self.t("mining.survey_intro"))),
                             self.survey_form.widget])

    def _results_box(self) -> widgets.Widget:
        self.metric = widgets.Dropdown(options=[], description=self.t("mining.metric"))
        self.metric.observe(lambda _: self.feedback.guard(self.show_survey)(), names="value")
        self.by = widgets.ToggleButtons(options=[(self.t(f"mining.by.{b}"), b) for b in
                                                 ("all", "step", "phase")], value="step")
        self.by.observe(lambda _: self.feedback.guard(self.show_survey)(), names="value")
        self.metrics_html = widgets.HTML("")
        self.metric_chart = ChartView("kr-mining-metric-chart")
        self.comparison = ChartView("kr-mining-comparison")
        self.belief = widgets.HTML("")
        self.unmatched_labels = widgets.HTML("")
        return widgets.VBox([self.metric, self.by, self.metrics_html, self.metric_chart.widget,
                             self.comparison.widget,
                             widgets.HTML(f"<h4>{esc(self.t('mining.belief'))}</h4>"),
                             self.belief, self.unmatched_labels])

    def _change_box(self) -> widgets.Widget:
        self.go_live = widgets.DatePicker(description=self.t("mining.go_live"), value=GO_LIVE)
        self.compare_button = widgets.Button(description=self.t("mining.compare"),
                                             button_style="primary")
        self.compare_button.add_class("kr-mining-compare")
        self.compare_button.on_click(lambda _: self.feedback.guard(self.show_change)())
        self.change_html = widgets.HTML("")
        return widgets.VBox([widgets.HTML(esc(self.t("mining.change_intro"))),
                             widgets.HBox([self.go_live, self.compare_button]),
                             self.change_html])

    def _behaviour_box(self) -> widgets.Widget:
        self.sources_html = widgets.HTML("")
        self.analyse_button = widgets.Button(description=self.t("mining.analyse"),
                                             button_style="primary")
        self.analyse_button.add_class("kr-mining-analyse")
        self.analyse_button.on_click(lambda _: self.feedback.guard(self.analyse)())
        self.funnel = ChartView("kr-mining-funnel")
        self.behaviour_html = widgets.HTML("")
        return widgets.VBox([widgets.HTML(esc(self.t("mining.events_intro"))),
                             self.event_form.widget, self.sources_html, self.analyse_button,
                             self.funnel.widget, self.behaviour_html])

    def _problems_box(self) -> widgets.Widget:
        self.report = widgets.HTML(esc(self.t("mining.no_report")))
        self.report.add_class("kr-mining-report-box")
        return widgets.VBox([self.report])

    # -- refreshing -----------------------------------------------------------------------

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        if changed & {"journeys", "personas"}:
            self._choose_journey(frames)
        if "sources" in changed:
            self._saved_sources(frames)
        if changed & MAP_TABLES and (self.survey is not None or self.events is not None):
            self.feedback.guard(self._redraw)()

    def _choose_journey(self, frames: Frames) -> None:
        choices = journey_options(frames, self.language)
        ids = [value for _, value in choices]
        wanted = self.journey_id if self.journey_id in ids else (ids[0] if ids else None)
        self._syncing = True
        try:
            self.journey.options = choices
            self.journey.value = wanted
        finally:
            self._syncing = False
        self.journey.layout.display = "" if len(choices) > 1 else "none"
        self.journey_id = wanted

    def _saved_sources(self, frames: Frames) -> None:
        self.event_sources = {s["name"]: SourceSettings.from_dict(s["settings"])
                              for s in self.workshop.sources("events")}
        names = "".join(f"<li>{esc(n)}</li>" for n in self.event_sources)
        self.sources_html.value = (f"<p>{esc(self.t('mining.saved_events'))}</p><ul>{names}</ul>"
                                   if names else "")

    def _on_journey(self, change: dict[str, Any]) -> None:
        if self._syncing or change["new"] == self.journey_id:
            return
        self.journey_id = change["new"]
        self.feedback.guard(self._redraw)()

    def _redraw(self) -> None:
        if self.survey is not None:
            self.show_survey()
        if self.events is not None:
            self.show_behaviour()

    def journey_map(self) -> JourneyMap:
        return JourneyMap.from_frames(self.frames, self.journey_id)

    # -- surveys --------------------------------------------------------------------------

    def _survey_applied(self, loaded: LoadedFile, settings: SourceSettings) -> None:
        self.survey = SurveyData.from_file(loaded, settings, language=self.language,
                                           progress=self.survey_form.progress)
        self.survey_source_id = self._save(settings)
        metrics = [(self.t(f"mining.metric.{m}"), m) for m in self.survey.metrics_available]
        self.metric.options = metrics
        self.report.value = report_html(self.survey.report, self.language)
        self.show_survey()
        self.accordion.selected_index = SECTIONS.index("results")

    def show_survey(self) -> None:
        if self.survey is None:
            return
        journey = self.journey_map()
        metrics = self.survey.metrics(journey, by=self.by.value)
        self.metrics_html.value = metrics_table(metrics, self.language)
        if not self.survey.metrics_available:
            raise KlantreisError("mining.error.no_metric", self.language)
        metric = self.metric.value or self.survey.default_metric()
        self.metric_chart.show(metric_chart(metrics, metric, self.language))
        frames = self.frames
        curve = derived.emotion_curve(frames["phases"], frames["steps"], frames["ratings"],
                                      journey_id=self.journey_id)
        scores = self.survey.step_scores(journey, metric)
        self.comparison.show(comparison_chart(curve, scores, metric, self.survey.settings,
                                              self.language))
        self.belief.value = belief_table(belief_vs_data(curve, scores), self.language)
        self._keep_results(journey, metric)
        lost = self.survey.unmatched(journey)
        self.unmatched_labels.value = "" if lost.empty else esc(self.t(
            "mining.labels_unmatched", labels=", ".join(str(x) for x in lost["label"][:12])))

    def show_change(self) -> None:
        if self.survey is None:
            raise KlantreisError("mining.load_survey_first", self.language)
        date = self.go_live.value or GO_LIVE
        changes = self.survey.before_after(date, self.journey_map(), by=self.by.value)
        self.change_html.value = change_table(changes, self.language)

    # -- behaviour ------------------------------------------------------------------------

    def _events_applied(self, loaded: LoadedFile, settings: SourceSettings) -> None:
        EventData.from_files([(loaded, settings)], language=self.language)  # check it reads
        self._save(settings)
        self.event_sources[Path(settings.file).name] = settings
        self.analyse()

    def analyse(self) -> None:
        if not self.event_sources:
            raise KlantreisError("mining.no_event_sources", self.language)
        self.events = EventData.load(list(self.event_sources.values()), language=self.language,
                                     progress=self.event_form.progress)
        self.report.value = report_html(self.events.report, self.language)
        self.show_behaviour()

    def show_behaviour(self) -> None:
        result = self.events.behaviour(self.journey_map())
        self.funnel.show(funnel_chart(result.funnel, self.language))
        self.behaviour_html.value = behaviour_tables(result, self.language)

    # -- saving and the example ---------------------------------------------------------

    def _save(self, settings: SourceSettings) -> str | None:
        """Keep a source's settings with the workshop; returns its id (None for viewers)."""
        if not self.session.can_contribute:
            return None
        return self.write(lambda: self.workshop.save_source(Path(settings.file).name,
                                                            settings.kind, settings.to_dict()))

    def _keep_results(self, journey: JourneyMap, metric: str) -> None:
        """Keep what the results section shows (the chosen metric per step and phase) with
        the workshop, so the dashboard and the other panels show it without the file. The
        same results again write nothing."""
        if self.survey_source_id is None or self.journey_id is None:
            return
        rows = self.survey.summary(journey, metric)
        source_id, journey_id = self.survey_source_id, self.journey_id
        self.write(lambda: self.workshop.save_results(source_id, journey_id, rows))

    def use_example(self) -> None:
        """Read the sample workshop's synthetic survey and event files with their mapping."""
        key = sample_key(self.workshop)
        if key is None:
            raise KlantreisError("mining.no_example", self.language)
        found = sample_settings(self.workshop, key)
        survey = next(s for s in found.values() if s.kind == "survey")
        self.survey_form.read(survey)
        self.survey_form.apply()
        for settings in found.values():
            if settings.kind == "events":
                self._save(settings)
                self.event_sources[Path(settings.file).name] = settings
        self.analyse()
        self.accordion.selected_index = SECTIONS.index("results")

    def load_saved(self) -> bool:
        """Read the saved survey and event sources again; returns whether there were any."""
        surveys = self.workshop.sources("survey")
        if surveys:
            self.survey_form.read(SourceSettings.from_dict(surveys[-1]["settings"]))
            self.survey_form.apply()
        if self.event_sources:
            self.analyse()
        return bool(surveys or self.event_sources)


def _upload_dir(session: Any) -> Path:
    """Uploaded files are kept beside a SQLite store, so saved mappings can find them."""
    url = session.store.url
    if session.store.is_sqlite and url.database:
        return Path(url.database).parent / "uploads"
    return Path(".klantreis") / "uploads"
