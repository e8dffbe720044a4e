"""What customers wrote at a step, lowest score first, to keep as evidence for it.

A view, not a section: the results section places it and gives it two functions, so this
file needs neither the store nor the survey. `load(step_id)` gives the step's comments (a
frame with `row`, `label`, `score`, `segment`, `text`, in the order to show them) and
`keep(step_id, text, note)` saves one as evidence; `keep` may raise (the error shows here) or
return False (as `Section.done` does when the store refused) to leave the comment unkept.

Comments are the customers' text: everything put into HTML goes through `esc`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ...i18n import is_missing, number, t
from ..kit import (
    ROW_TEXT,
    Feedback,
    Quiet,
    button,
    empty_state,
    esc,
    form_layout,
    full_width,
    html_box,
    plain,
    set_options,
)
from .labels import close_all

NONE = ""
MAX_COMMENTS = 20  # a page of comments to read in a workshop, not a data dump


class Comments:
    """A step picker and up to `MAX_COMMENTS` of its comments, each with a keep button."""

    def __init__(self, language: str, keep: Callable[[str, str, str], object], *,
                 can_write: bool = True) -> None:
        self.language, self.keep, self.can_write = language, keep, can_write
        self.load: Callable[[str], pd.DataFrame] | None = None
        self.kept: set[tuple[str, str, str]] = set()  # (step id, row, text) kept already
        self.quiet = Quiet()
        self.feedback = Feedback(language)
        self.step = widgets.Dropdown(description=self.t("mining.comments_step"),
                                     options=[(self.t("mining.comments_choose"), NONE)],
                                     layout=form_layout())
        self.step.add_class("kr-mining-comment-step")
        self.step.observe(lambda _: None if self.quiet.on else self._run(self._list),
                          names="value")
        self.count_line = html_box(css_class="kr-mining-comment-count")
        self.list = widgets.VBox(layout=full_width())
        self.list.add_class("kr-mining-comment-list")
        self.widget = widgets.VBox([widgets.HTML(esc(self.t("mining.comments_intro"))),
                                    self.step, self.count_line, self.list,
                                    self.feedback.widget], layout=full_width())
        self.widget.add_class("kr-mining-comments")

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.language, **params)

    def _run(self, action: Callable[[], Any]) -> None:
        """A control's action, its error (if any) inline; an earlier message goes away."""
        self.feedback.clear()
        self.feedback.guard(action)()

    def show(self, step_choices: list[tuple[str, str]],
             load: Callable[[str], pd.DataFrame]) -> None:
        """Offer `step_choices` ((display, step id)); nothing is loaded until a step is
        chosen. The step chosen before stays chosen if offered still, and is read again
        through the new `load` (the data may have changed)."""
        self.load = load
        choices = [(self.t("mining.comments_choose"), NONE), *step_choices]
        set_options(self.step, choices, self.step.value, self.quiet)
        self._run(self._list)

    def _list(self) -> None:
        step_id = self.step.value
        old = self.list.children
        frame = self.load(step_id) if step_id and self.load is not None else None
        if frame is None:
            self.count_line.value, self.list.children = "", []
        elif frame.empty:
            self.count_line.value = ""
            self.list.children = [empty_state(self.t("mining.comments_none"))]
        else:
            rows = frame.head(MAX_COMMENTS).to_dict("records")
            self.count_line.value = esc(self.t("mining.comments_count", shown=len(rows),
                                               total=len(frame)))
            self.list.children = [self._row(step_id, row) for row in rows]
        close_all(old)

    def _row(self, step_id: str, row: dict[str, Any]) -> widgets.HBox:
        """A comment as text, its score and its segment; a keep button for those who may
        write."""
        text, segment = str(plain(row.get("text"))), str(plain(row.get("segment")))
        score = self.t("mining.comment_score", score=number(row.get("score"), self.language, 1))
        parts = [f'<q class="kr-comment-text">{esc(text)}</q>',
                 f'<span class="kr-comment-score">{esc(score)}</span>']
        if segment:
            parts.append(f'<span class="kr-comment-segment">{esc(segment)}</span>')
        shown = widgets.HTML(f'<div class="kr-comment">{" · ".join(parts)}</div>',
                             layout=ROW_TEXT)
        if not self.can_write:
            return widgets.HBox([shown], layout=full_width())
        key = (step_id, str(plain(row.get("row"))), text)
        keep = button(self.t("mining.comment_keep"), "kr-mining-keep-comment")
        keep.on_click(lambda _: self._run(lambda: self._keep(key, row.get("row"), keep)))
        if key in self.kept:
            self._done(keep)
        return widgets.HBox([shown, keep], layout=full_width())

    def _keep(self, key: tuple[str, str, str], row: Any, keep: widgets.Button) -> None:
        """Save the comment as evidence for its step, noting where in the survey it is."""
        step_id, _, text = key
        note = (self.t("mining.comment_note_no_row") if is_missing(row)
                else self.t("mining.comment_note", row=int(row)))
        if self.keep(step_id, text, note) is False:
            return
        self.kept.add(key)
        self._done(keep)

    def _done(self, keep: widgets.Button) -> None:
        """Kept once is enough: the button says so and cannot be pressed again."""
        keep.description, keep.disabled = self.t("mining.comment_kept"), True
        keep.button_style, keep.icon = "success", "check"
