"""The lens: the phase template a journey starts from, with a preview of what it brings."""

from __future__ import annotations

import ipywidgets as widgets

from .. import kit
from ..lens_preview import CUSTOMER_LENS, lens_labels, lens_options, lens_preview
from ..live import Frames
from .section import PreparationSection
from .tree import journey_phases


class LensSection(PreparationSection):
    """Choose a template lens, see what it brings, and add its phases to the journey."""

    key = "lens"
    tables = frozenset({"phases", "workshops"})
    follows = frozenset({"journey_id"})

    def build(self) -> list[widgets.Widget]:
        self.lens = kit.dropdown(self.t("field.lens"), "kr-lens-select",
                             lens_options(self.language, self.t("prep.outside_in"),
                                          self.t("prep.inside_out")))
        chosen = self.workshop.info().get("lens")
        known = [value for _, value in self.lens.options]
        self.lens.value = chosen if chosen in known else CUSTOMER_LENS
        self.preview = widgets.HTML()
        self.preview.add_class("kr-lens-preview")
        self.lens.observe(lambda _: self._show_preview(), names="value")
        self.journey_status = widgets.HTML()
        self.apply_button = kit.button(self.t("prep.apply_lens"), "kr-lens-apply", style="primary")
        self.apply_button.on_click(lambda _: self.apply())
        self.structural(self.apply_button)
        self._show_preview()
        return [self.lens, self.preview, self.journey_status, self.apply_button]

    def _show_preview(self) -> None:
        self.preview.value = lens_preview(self.lens.value, self.language,
                                          lens_labels(self.language))

    def _phase_count(self, frames: Frames) -> int:
        return len(journey_phases(frames["phases"], self.state.journey_id))

    def refresh(self) -> None:
        frames = self.state.frames
        count = self._phase_count(frames)
        key = "prep.journey_phases" if count else "prep.journey_empty"
        self.journey_status.value = f"<p>{kit.esc(self.t(key, count=count))}</p>"

    def apply(self) -> None:
        """Add the lens's phases; a journey that already has phases needs a second yes."""
        journey, lens = self.state.journey_id, self.lens.value
        if not self.allowed():
            return
        if journey is None:
            self.feedback.error(self.t("prep.no_journey"))
            return
        count = self._phase_count(self.state.frames)
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

        self.restructure(run)
