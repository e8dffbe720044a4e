"""Assumptions: what the team believes but has not checked yet (evidence with source
'assumption'), and the sources that back the others."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...core.tables import SOURCES
from .. import kit
from ..live import Frames
from .section import PreparationSection
from .tree import journey_phases, phase_steps


class AssumptionsSection(PreparationSection):
    """What the team believes but has not checked: evidence with source 'assumption'."""

    key = "assumptions"
    tables = frozenset({"evidence", "steps", "phases"})
    follows = frozenset({"journey_id"})

    def build(self) -> list[widgets.Widget]:
        self.summary = widgets.HTML()
        self.summary.add_class("kr-assumption-summary")
        self.select = kit.choice_list(self.t("field.insight"), 6, "kr-assumption-select")
        self.select.observe(lambda _: None if self.quiet.on else self._load(self.state.frames),
                            names="value")
        inputs: dict[str, widgets.ValueWidget] = {
            "insight": kit.text_input(self.t("field.insight"), area=True),
            "source": kit.dropdown(self.t("field.source"),
                               choices=[(self.label("value", s), s) for s in SOURCES]),
            "step_id": kit.dropdown(self.t("field.step_id"),
                                    choices=[(self.t("ui.none"), None)]),
            "note": kit.text_input(self.t("field.note"), area=True),
        }
        self.form = kit.FieldForm(inputs, self._write)
        self.remove = kit.button(self.t("ui.delete"), "kr-assumption-delete")
        self.remove.on_click(lambda _: self.delete_selected())
        self.new_insight = kit.text_input(self.t("field.insight"),
                                      placeholder=self.t("prep.new_assumption"))
        self.new_insight.add_class("kr-new-assumption")
        self.add = kit.button(self.t("prep.add_assumption"), "kr-assumption-add", style="primary")
        self.add.on_click(lambda _: self.add_assumption())
        self.structural(*inputs.values(), self.remove, self.new_insight, self.add)
        return [self.summary, self.select, *inputs.values(), self.remove, self.new_insight,
                self.add]

    def _rows(self, frames: Frames) -> Any:
        evidence = frames["evidence"]
        rows = evidence[evidence["insight"].fillna("").str.strip() != ""]
        return rows.assign(checked=rows["source"] != "assumption").sort_values(
            ["checked", "insight"])

    def refresh(self) -> None:
        frames = self.state.frames
        rows = self._rows(frames)
        labels = [(f"[{self.label('value', s)}] {i[:80]}", e)
                  for e, s, i in zip(rows["id"], rows["source"], rows["insight"], strict=True)]
        kit.set_options(self.select, labels, self.select.value, self.quiet)
        open_count = int((rows["source"] == "assumption").sum())
        counts = self.t("prep.assumption_counts", open=open_count,
                        backed=len(rows) - open_count)
        self.summary.value = f"<p>{kit.esc(counts)}</p>"
        self._load(frames)

    def _load(self, frames: Frames) -> None:
        row = kit.row_of(frames["evidence"], self.select.value)
        steps = self._step_options(frames, row["step_id"] if row else "")
        kit.set_options(self.form.inputs["step_id"], steps,
                    self.form.inputs["step_id"].value, self.form.quiet)
        self.form.load(self.select.value, row)

    def _step_options(self, frames: Frames, keep: Any) -> list[tuple[str, Any]]:
        found: list[tuple[str, Any]] = [(self.t("ui.none"), None)]
        for phase, _depth in journey_phases(frames["phases"], self.state.journey_id):
            found += [(f"{phase['name']} › {s['name']}", s["id"])
                      for s in phase_steps(frames["steps"], phase["id"])]
        if keep and keep not in {value for _, value in found}:  # a step of another journey
            step = kit.row_of(frames["steps"], keep)
            found.append((str(step["name"]) if step else str(keep), keep))
        return found

    def add_assumption(self) -> None:
        insight = self.new_insight.value
        if not self.allowed() or not self.require_text(insight, "insight"):
            return
        new = self.restructure(lambda: self.workshop.add_evidence("assumption", insight=insight))
        if new:
            self.new_insight.value = ""
            self.select.value = new

    def _write(self, row_id: Any, name: str, value: Any) -> None:
        if name == "insight" and not self.require_text(str(value), "insight"):
            return
        self.restructure(lambda: self.workshop.update_evidence(row_id, **{name: value}))

    def delete_selected(self) -> None:
        chosen = self.select.value
        if chosen:
            self.restructure(lambda: self.workshop.delete_evidence(chosen))
