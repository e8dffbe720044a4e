"""Scope and goal: what the workshop is about, how many dots each participant gets, and
whether the report names who wrote a rating comment."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...core.tables import SCOPE_KINDS, VOTE_BUDGET_RANGE
from .. import kit
from .section import PreparationSection


class ScopeSection(PreparationSection):
    """Title, goal, scope, vote budget and comment names: what the workshop is about."""

    key = "scope"
    tables = frozenset({"workshops"})

    def build(self) -> list[widgets.Widget]:
        kinds = [(self.label("value", kind), kind) for kind in SCOPE_KINDS]
        low, high = VOTE_BUDGET_RANGE
        inputs = {
            "title": kit.text_input(self.t("field.title")),
            "goal": kit.text_input(self.t("field.goal"), area=True,
                               placeholder=self.t("prep.goal_placeholder")),
            "scope_kind": kit.dropdown(self.t("field.scope_kind"), choices=kinds),
            "scope": kit.text_input(self.t("field.scope"), area=True,
                                placeholder=self.t("prep.scope_placeholder")),
            "vote_budget": widgets.BoundedIntText(description=self.t("field.vote_budget"),
                                                  min=low, max=high, layout=kit.form_layout(),
                                                  style=kit.LABEL_STYLE),
            # Off by default: people rate more honestly when their comment is not signed.
            "comment_names": widgets.Checkbox(description=self.t("field.comment_names"),
                                              indent=True),
        }
        for name, widget in inputs.items():
            widget.add_class(f"kr-scope-{name.replace('_', '-')}")
        self.form = kit.FieldForm(inputs, self._write)
        self.structural(*inputs.values())
        return list(inputs.values())

    def _write(self, _row_id: Any, name: str, value: Any) -> None:
        self.restructure(lambda: self.workshop.update(**{name: value}))

    def refresh(self) -> None:
        frames = self.state.frames
        row = kit.row_of(frames["workshops"], self.workshop.id)
        self.form.load(self.workshop.id, row)
