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

from typing import Any

import ipywidgets as widgets

from ...core.errors import KlantreisError
from ...samples.mining import sample_key, sample_settings
from ..journey import JourneyPicker
from ..kit import button, guide, show
from ..panel import Panel
from .data import CustomerData
from .sections import Behaviour, Change, Problems, Results, Survey


class MiningPanel(Panel):
    """Survey and behaviour data for one workshop, against the chosen journey."""

    area = "mining"
    parts = (Survey, Results, Change, Behaviour, Problems)

    def section_args(self) -> tuple[Any, ...]:
        self.data = CustomerData(self.state)
        return (self.data,)

    def build(self) -> list[widgets.Widget]:
        self.picker = JourneyPicker(self.state)
        self.example = button(self.t("mining.example"), "kr-mining-example",
                              lambda: self.feedback.guard(self.use_example)(), icon="table")
        show(self.example, sample_key(self.workshop) is not None)
        self.accordion = widgets.Accordion(children=self.section_widgets(),
                                           titles=tuple(s.title for s in self.sections),
                                           selected_index=0)
        self.accordion.add_class("kr-mining-sections")
        self.data.observe(self._survey_read, names="survey")
        return [guide(self.language, "mining"), self.picker.widget, self.example,
                self.accordion, self.feedback.widget]

    def _survey_read(self, _change: dict[str, Any]) -> None:
        self.accordion.selected_index = self.sections.index(self.results)

    def use_example(self) -> None:
        """Read the sample workshop's synthetic survey and event files with their mapping."""
        key = sample_key(self.workshop)
        if key is None:
            raise KlantreisError("mining.no_example", self.language)
        found = sample_settings(self.workshop, key)
        survey = next(s for s in found.values() if s.kind == "survey")
        self.survey.form.read(survey)
        self.survey.form.apply()
        for settings in found.values():
            if settings.kind == "events":
                self.behaviour.save_source(settings)
                self.data.add_events(settings)
        self.behaviour.analyse()
        self.accordion.selected_index = self.sections.index(self.results)


SECTIONS = tuple(part.key for part in MiningPanel.parts)
