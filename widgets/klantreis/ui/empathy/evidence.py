"""Evidence for the step in the walk: is an insight an assumption, or backed by a source?"""

from __future__ import annotations

import ipywidgets as widgets

from ...core.tables import SOURCES
from ..kit import button, esc
from .cards import evidence_list
from .section import STRUCTURE, EmpathySection

FULL = widgets.Layout(width="100%", max_width="460px")


class Evidence(EmpathySection):
    """Tag an insight about this step with its source, and list the step's evidence with
    what customers said kept apart from what data shows."""

    key = "evidence"
    tables = STRUCTURE | {"evidence"}
    follows = frozenset({"journey_id", "step_id"})

    def build(self) -> list[widgets.Widget]:
        self.source = widgets.Dropdown(
            options=[(self.label("value", s), s) for s in SOURCES], value="assumption",
            description=self.t("field.source"), layout=FULL)
        self.source.add_class("kr-evidence-source")
        self.insight = widgets.Text(placeholder=self.t("empathy.insight_placeholder"),
                                    layout=FULL)
        self.insight.add_class("kr-evidence-insight")
        self.note = widgets.Textarea(placeholder=self.t("empathy.note_placeholder"),
                                     layout=widgets.Layout(width="100%", max_width="460px"))
        self.note.add_class("kr-evidence-note")
        self.add = button(self.t("empathy.add_evidence"), "kr-evidence-add",
                          lambda: self.add_evidence(self.source.value, self.insight.value,
                                                    self.note.value))
        self.listing = widgets.HTML()
        self.listing.add_class("kr-evidence-list")
        self.form = widgets.VBox([self.source, self.insight, self.note, self.add])
        box = widgets.VBox([
            widgets.HTML(f"<b>{esc(self.t('empathy.evidence_title'))}</b>"
                         f"<br><small>{esc(self.t('empathy.evidence_help'))}</small>"),
            self.listing, self.form, self.feedback.widget,
        ], layout=FULL)
        box.add_class("kr-evidence")
        return [box]

    def refresh(self) -> None:
        evidence, step_id = self.state.frames["evidence"], self.state.step_id
        rows = evidence[evidence["step_id"] == step_id] if step_id else evidence.iloc[:0]
        html = evidence_list(rows, self.language)
        if self.listing.value != html:
            self.listing.value = html
        enabled = self.state.can_contribute and step_id is not None
        self.form.layout.display = "" if enabled else "none"

    def add_evidence(self, source: str, insight: str, note: str) -> bool:
        """Write one piece of evidence for the current step; viewers are refused."""
        step_id = self.state.step_id
        if not self.state.can_contribute or step_id is None:
            self.feedback.fail("ui.read_only")
            return False
        if not insight.strip() and not note.strip():
            self.feedback.fail("empathy.evidence_needed")
            return False
        done = self.write(lambda: self.workshop.add_evidence(
            source, note.strip(), step_id=step_id, insight=insight.strip()))
        if done:
            self.insight.value, self.note.value = "", ""
            self.feedback.ok("empathy.evidence_added")
        return bool(done)
