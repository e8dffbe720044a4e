"""Preparation sections for the lens (the phase template a journey starts from) and the
assumptions the team has not checked yet."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..messages import t
from ..spec import SOURCES
from ..templates import all_lenses, get_lens, lenses_frame, perspective_note
from .common import esc
from .live import Frames
from .preparation_base import (
    LABEL_STYLE,
    WIDE,
    FieldForm,
    Section,
    button,
    journey_phases,
    phase_steps,
    row_of,
    set_options,
    text_input,
)

CUSTOMER_LENS = "active"  # the lens the kit suggests first: it starts from the customer


def lens_options(language: str, outside_in: str, inside_out: str) -> list[tuple[str, str]]:
    """Lens choices, customer-centred ones first, each labelled with its perspective."""
    lenses = sorted(all_lenses(language), key=lambda lens: not lens.outside_in)
    return [(f"{lens.name} ({outside_in if lens.outside_in else inside_out})", lens.id)
            for lens in lenses]


def lens_preview(lens_id: str, language: str, labels: dict[str, str]) -> str:
    """The lens's phases with their brand goals and channels, and its perspective note."""
    lens = get_lens(lens_id, language)
    frame = lenses_frame(language)
    rows = frame[frame["lens_id"] == lens_id].sort_values("phase_order")
    head = "".join(f"<th>{esc(labels[k])}</th>" for k in ("phase", "brand_goal", "channels"))
    body = "".join(
        f"<tr><td>{esc(r.phase_name)}</td><td>{esc(r.brand_goal)}</td><td>{esc(r.channels)}</td>"
        "</tr>" for r in rows.itertuples())
    note_class = "kr-lens-note kr-outside-in" if lens.outside_in else "kr-lens-note kr-inside-out"
    nudge = "" if lens.outside_in else f"<p><b>{esc(labels['nudge'])}</b></p>"
    example = f"<p><i>{esc(lens.example)}</i></p>" if lens.example else ""
    return (f"<p>{esc(lens.description)}</p>{example}"
            f'<table class="kr-table"><tr>{head}</tr>{body}</table>'
            f'<div class="{note_class}"><p>{esc(perspective_note(lens))}</p>{nudge}</div>')


def lens_labels(language: str) -> dict[str, str]:
    keys = {"phase": "field.phase_id", "brand_goal": "field.brand_goal",
            "channels": "prep.channels", "nudge": "prep.lens_nudge"}
    return {name: t(key, language) for name, key in keys.items()}


class LensSection(Section):
    """Choose a template lens, see what it brings, and add its phases to the journey."""

    part = "lens"
    tables = frozenset({"phases", "workshops"})
    follows_journey = True

    def build(self) -> list[widgets.Widget]:
        self.lens = widgets.Dropdown(
            description=self.t("field.lens"),
            options=lens_options(self.language, self.t("prep.outside_in"),
                                 self.t("prep.inside_out")),
            layout=WIDE, style=LABEL_STYLE)
        self.lens.add_class("kr-lens-select")
        chosen = self.workshop.info().get("lens")
        known = [value for _, value in self.lens.options]
        self.lens.value = chosen if chosen in known else CUSTOMER_LENS
        self.preview = widgets.HTML()
        self.preview.add_class("kr-lens-preview")
        self.lens.observe(lambda _: self._show_preview(), names="value")
        self.state = widgets.HTML()
        self.apply_button = button(self.t("prep.apply_lens"), "kr-lens-apply", "primary")
        self.apply_button.on_click(lambda _: self.apply())
        self.structural(self.apply_button)
        self._show_preview()
        return [self.lens, self.preview, self.state, self.apply_button]

    def _show_preview(self) -> None:
        self.preview.value = lens_preview(self.lens.value, self.language,
                                          lens_labels(self.language))

    def _phase_count(self, frames: Frames) -> int:
        return len(journey_phases(frames["phases"], self.panel.journey_id))

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        count = self._phase_count(frames)
        key = "prep.journey_phases" if count else "prep.journey_empty"
        self.state.value = f"<p>{esc(self.t(key, count=count))}</p>"

    def apply(self) -> None:
        """Add the lens's phases; a journey that already has phases needs a second yes."""
        journey, lens = self.panel.journey_id, self.lens.value
        if not self.allowed():
            return
        if journey is None:
            self.feedback.error(self.t("prep.no_journey"))
            return
        count = self._phase_count(self.panel.frames)
        if count:
            self.confirm.ask(self.t("prep.lens_confirm", count=count),
                             lambda: self._apply(journey, lens), yes=self.t("prep.lens_yes"))
        else:
            self._apply(journey, lens)

    def _apply(self, journey: str, lens: str) -> None:
        def run() -> None:
            self.workshop.apply_lens(journey, lens)
            if not self.workshop.info().get("lens"):
                self.workshop.update(lens=lens)

        self.change(run)


class AssumptionsSection(Section):
    """What the team believes but has not checked: evidence with source 'assumption'."""

    part = "assumptions"
    tables = frozenset({"evidence", "steps", "phases"})
    follows_journey = True

    def build(self) -> list[widgets.Widget]:
        self.summary = widgets.HTML()
        self.summary.add_class("kr-assumption-summary")
        self.select = widgets.Select(description=self.t("field.insight"), rows=6, layout=WIDE,
                                     style=LABEL_STYLE)
        self.select.add_class("kr-assumption-select")
        self.select.observe(lambda _: None if self.quiet.on else self._load(self.panel.frames),
                            names="value")
        inputs: dict[str, widgets.ValueWidget] = {
            "insight": text_input(self.t("field.insight"), area=True),
            "source": widgets.Dropdown(description=self.t("field.source"), layout=WIDE,
                                       style=LABEL_STYLE,
                                       options=[(self.t(f"value.{s}"), s) for s in SOURCES]),
            "step_id": widgets.Dropdown(description=self.t("field.step_id"), layout=WIDE,
                                        style=LABEL_STYLE, options=[(self.t("ui.none"), None)]),
            "note": text_input(self.t("field.note"), area=True),
        }
        self.form = FieldForm(inputs, self._write)
        self.remove = button(self.t("ui.delete"), "kr-assumption-delete")
        self.remove.on_click(lambda _: self.delete_selected())
        self.new_insight = text_input(self.t("field.insight"),
                                      placeholder=self.t("prep.new_assumption"))
        self.new_insight.add_class("kr-new-assumption")
        self.add = button(self.t("prep.add_assumption"), "kr-assumption-add", "primary")
        self.add.on_click(lambda _: self.add_assumption())
        self.structural(*inputs.values(), self.remove, self.new_insight, self.add)
        return [self.summary, self.select, *inputs.values(), self.remove, self.new_insight,
                self.add]

    def _rows(self, frames: Frames) -> Any:
        evidence = frames["evidence"]
        rows = evidence[evidence["insight"].fillna("").str.strip() != ""]
        return rows.assign(checked=rows["source"] != "assumption").sort_values(
            ["checked", "insight"])

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        rows = self._rows(frames)
        labels = [(f"[{self.t('value.' + s)}] {i[:80]}", e)
                  for e, s, i in zip(rows["id"], rows["source"], rows["insight"], strict=True)]
        set_options(self.select, labels, self.select.value, self.quiet)
        open_count = int((rows["source"] == "assumption").sum())
        counts = self.t("prep.assumption_counts", open=open_count,
                        backed=len(rows) - open_count)
        self.summary.value = f"<p>{esc(counts)}</p>"
        self._load(frames)

    def _load(self, frames: Frames) -> None:
        row = row_of(frames["evidence"], self.select.value)
        steps = self._step_options(frames, row["step_id"] if row else "")
        set_options(self.form.inputs["step_id"], steps,
                    self.form.inputs["step_id"].value, self.form.quiet)
        self.form.load(self.select.value, row)

    def _step_options(self, frames: Frames, keep: Any) -> list[tuple[str, Any]]:
        found: list[tuple[str, Any]] = [(self.t("ui.none"), None)]
        for phase, _depth in journey_phases(frames["phases"], self.panel.journey_id):
            found += [(f"{phase['name']} › {s['name']}", s["id"])
                      for s in phase_steps(frames["steps"], phase["id"])]
        if keep and keep not in {value for _, value in found}:  # a step of another journey
            step = row_of(frames["steps"], keep)
            found.append((str(step["name"]) if step else str(keep), keep))
        return found

    def add_assumption(self) -> None:
        insight = self.new_insight.value
        if not self.allowed() or not self.require(insight, "insight"):
            return
        new = self.change(lambda: self.workshop.add_evidence("assumption", insight=insight))
        if new:
            self.new_insight.value = ""
            self.select.value = new

    def _write(self, row_id: Any, name: str, value: Any) -> None:
        if name == "insight" and not self.require(str(value), "insight"):
            return
        self.change(lambda: self.workshop.update_evidence(row_id, **{name: value}))

    def delete_selected(self) -> None:
        chosen = self.select.value
        if chosen:
            self.change(lambda: self.workshop.delete_evidence(chosen))
