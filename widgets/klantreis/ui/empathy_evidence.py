"""Evidence for the current step: is an insight an assumption, or backed by a source?"""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as widgets
import pandas as pd

from ..spec import SOURCES
from .common import esc
from .empathy_cards import evidence_list

if TYPE_CHECKING:
    from .empathy import EmpathyPanel

FULL = widgets.Layout(width="100%", max_width="460px")


class EvidenceBox:
    """Tag an insight about this step with its source, and list the step's evidence with
    what customers said kept apart from what data shows."""

    def __init__(self, panel: EmpathyPanel) -> None:
        self.panel = panel
        self.source = widgets.Dropdown(
            options=[(panel.t(f"value.{s}"), s) for s in SOURCES], value="assumption",
            description=panel.t("field.source"), layout=FULL)
        self.source.add_class("kr-evidence-source")
        self.insight = widgets.Text(placeholder=panel.t("empathy.insight_placeholder"),
                                    layout=FULL)
        self.insight.add_class("kr-evidence-insight")
        self.note = widgets.Textarea(placeholder=panel.t("empathy.note_placeholder"),
                                     layout=widgets.Layout(width="100%", max_width="460px"))
        self.note.add_class("kr-evidence-note")
        self.add = widgets.Button(description=panel.t("empathy.add_evidence"))
        self.add.add_class("kr-evidence-add")
        self.add.on_click(lambda _: self.add_evidence(self.source.value, self.insight.value,
                                                      self.note.value))
        self.listing = widgets.HTML()
        self.listing.add_class("kr-evidence-list")
        self.form = widgets.VBox([self.source, self.insight, self.note, self.add])
        self.widget = widgets.VBox([
            widgets.HTML(f"<b>{esc(panel.t('empathy.evidence_title'))}</b>"
                         f"<br><small>{esc(panel.t('empathy.evidence_help'))}</small>"),
            self.listing, self.form,
        ], layout=FULL)
        self.widget.add_class("kr-evidence")

    def show(self, evidence: pd.DataFrame, step_id: str | None, enabled: bool) -> None:
        rows = evidence[evidence["step_id"] == step_id] if step_id else evidence.iloc[:0]
        html = evidence_list(rows, self.panel.language)
        if self.listing.value != html:
            self.listing.value = html
        self.form.layout.display = "" if enabled and step_id else "none"

    def add_evidence(self, source: str, insight: str, note: str) -> bool:
        """Write one piece of evidence for the current step; viewers are refused."""
        panel = self.panel
        step_id = panel.step_id
        if not panel.session.can_contribute or step_id is None:
            panel.feedback.error(panel.t("ui.read_only"))
            return False
        if not insight.strip() and not note.strip():
            panel.feedback.error(panel.t("empathy.evidence_needed"))
            return False
        done = panel.write(lambda: panel.workshop.add_evidence(
            source, note.strip(), step_id=step_id, insight=insight.strip()))
        if done:
            self.insight.value, self.note.value = "", ""
            panel.feedback.ok("empathy.evidence_added")
        return bool(done)
