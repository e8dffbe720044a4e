"""Building blocks of the preparation panel's sections (and the start panel's forms).

A section is one part of the preparation (scope, participants, personas, lens, phases and
steps, assumptions) with its own guide, inline feedback and delete confirmation, so an error
shows next to the form that caused it. Structure changes go through `Section.change`, which
refuses them for anyone but the facilitator even when a callback is driven directly.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets
import pandas as pd

from ..errors import ConfirmationNeeded
from ..messages import t
from .common import Feedback, esc, form_layout, guide, set_if_idle
from .live import Frames

if TYPE_CHECKING:
    from .preparation import PreparationPanel

WIDE = form_layout()
LABEL_STYLE = {"description_width": "150px"}


def text_input(label: str, *, area: bool = False, placeholder: str = "") -> widgets.Text:
    """A text field that reports its value on Enter or when it loses focus, not per key."""
    cls = widgets.Textarea if area else widgets.Text
    return cls(description=label, placeholder=placeholder, continuous_update=False,
               layout=form_layout(), style=LABEL_STYLE)


def button(label: str, css: str, style: str = "") -> widgets.Button:
    widget = widgets.Button(description=label, button_style=style,
                            layout=widgets.Layout(width="auto"))
    widget.add_class(css)
    return widget


def plain(value: Any) -> Any:
    """A table cell as a widget value: missing text becomes '', numpy scalars plain Python."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return value.item() if hasattr(value, "item") else value


def row_of(frame: pd.DataFrame, row_id: Any) -> dict[str, Any] | None:
    """One row of a frame by id, as a plain dict (None when it is gone)."""
    if row_id is None or frame.empty:
        return None
    found = frame[frame["id"] == row_id]
    return None if found.empty else {k: plain(v) for k, v in found.iloc[0].items()}


class Quiet:
    """A flag that mutes widget observers while the code, not the user, sets values."""

    def __init__(self) -> None:
        self.on = False

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        before, self.on = self.on, True
        try:
            yield
        finally:
            self.on = before


def set_options(select: widgets.Widget, options: list[tuple[str, Any]], keep: Any,
                quiet: Quiet) -> bool:
    """Give a Select/Dropdown new options in place, keeping `keep` selected when it still
    exists (else the first). Returns whether the selected value changed."""
    values = [value for _, value in options]
    wanted = keep if keep in values else (values[0] if values else None)
    before = select.value
    with quiet():
        if list(select.options) != options:
            select.options = options
        if select.value != wanted:
            select.value = wanted
    return before != wanted


class FieldForm:
    """Inputs bound to the fields of one row: a change writes that field at once; a refresh
    fills them from the store without overwriting what the user is typing."""

    def __init__(self, inputs: dict[str, widgets.ValueWidget],
                 on_change: Callable[[Any, str, Any], None]) -> None:
        self.inputs = inputs
        self.on_change = on_change
        self.row_id: Any = None
        self.synced: dict[str, Any] = {name: w.value for name, w in inputs.items()}
        self.quiet = Quiet()
        for name, widget in inputs.items():
            widget.observe(lambda change, name=name: self._changed(name, change["new"]),
                           names="value")

    def load(self, row_id: Any, row: dict[str, Any] | None) -> None:
        """Show `row`; a different row replaces every value, the same row only idle ones."""
        fresh = row_id != self.row_id
        self.row_id = row_id if row is not None else None
        with self.quiet():
            for name, widget in self.inputs.items():
                new = self._value(widget, (row or {}).get(name, ""))
                if fresh or row is None:
                    widget.value = new
                else:
                    set_if_idle(widget, new, self.synced[name])
                self.synced[name] = new

    def _value(self, widget: widgets.ValueWidget, value: Any) -> Any:
        if isinstance(widget, widgets.Checkbox):
            return bool(value) if value != "" else False
        if isinstance(widget, (widgets.IntText, widgets.BoundedIntText)):
            return int(value) if value != "" else widget.value
        if isinstance(widget, widgets.Dropdown):
            return value if value != "" else None
        return "" if value is None else str(value)

    def _changed(self, name: str, value: Any) -> None:
        if not self.quiet.on and self.row_id is not None:
            self.on_change(self.row_id, name, value)

    def set_disabled(self, disabled: bool) -> None:
        for widget in self.inputs.values():
            widget.disabled = disabled


class Confirm:
    """Asks before something that cannot be undone (a delete that takes ratings with it)."""

    def __init__(self, language: str) -> None:
        self.message = widgets.HTML()
        self.yes = button(t("ui.confirm_delete", language), "kr-confirm-yes", "danger")
        self.no = button(t("ui.cancel", language), "kr-confirm-no")
        self.yes_label = self.yes.description
        self.widget = widgets.VBox([self.message, widgets.HBox([self.yes, self.no])],
                                   layout=widgets.Layout(display="none"))
        self.widget.add_class("kr-confirm")
        self._action: Callable[[], Any] | None = None
        self.yes.on_click(lambda _: self._accept())
        self.no.on_click(lambda _: self.close())

    @property
    def open(self) -> bool:
        return self._action is not None

    def ask(self, message: str, action: Callable[[], Any], yes: str | None = None) -> None:
        self.message.value = f'<div class="kr-confirm-text" role="alert">{esc(message)}</div>'
        self.yes.description = yes or self.yes_label
        self._action = action
        self.widget.layout.display = ""

    def close(self) -> None:
        self._action = None
        self.message.value = ""
        self.widget.layout.display = "none"

    def _accept(self) -> None:
        action = self._action
        self.close()
        if action is not None:
            action()


class Section:
    """One part of the preparation, shown as an accordion section with its own guide."""

    part = ""
    tables: frozenset[str] = frozenset()
    follows_journey = False  # redrawn when another journey is chosen at the top

    def __init__(self, panel: PreparationPanel) -> None:
        self.panel = panel
        self.language = panel.language
        self.quiet = Quiet()
        self.feedback = Feedback(self.language)
        self.confirm = Confirm(self.language)
        self.controls: list[widgets.Widget] = []
        body = self.build()
        self.widget = widgets.VBox([guide(self.language, f"preparation_{self.part}"), *body,
                                    self.confirm.widget, self.feedback.widget])
        self.widget.add_class(f"kr-prep-{self.part}")
        for control in self.controls:
            control.disabled = not panel.session.can_restructure

    @property
    def title(self) -> str:
        return self.t(f"guide.preparation_{self.part}.title")

    @property
    def workshop(self) -> Any:
        return self.panel.workshop

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.language, **params)

    def build(self) -> list[widgets.Widget]:
        raise NotImplementedError

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        raise NotImplementedError

    def structural(self, *controls: widgets.Widget) -> None:
        """Register controls only the facilitator may use (disabled for everyone else)."""
        self.controls.extend(controls)

    def allowed(self) -> bool:
        """Whether this session may restructure; says why not inline."""
        if self.panel.session.can_restructure:
            return True
        self.feedback.error(self.t("ui.facilitator_only"))
        return False

    def change(self, action: Callable[[], Any]) -> Any:
        """Run a structure change: refused unless facilitator; errors show inline here."""
        if not self.allowed():
            return None
        self.feedback.clear()
        self.confirm.close()
        result = self.feedback.guard(action)()
        self.panel.live.after_write()
        return result

    def delete(self, remove: Callable[[bool], Any]) -> None:
        """Delete with `remove(confirm)`; if ratings would go too, ask first, then repeat."""

        def attempt() -> None:
            try:
                remove(False)
            except ConfirmationNeeded as error:
                message = error.message(self.language)
                self.confirm.ask(message, lambda: self.change(lambda: remove(True)))

        self.change(attempt)

    def require(self, value: str, field: str) -> bool:
        """Check a new thing's required text before writing; show the error inline if empty."""
        if value.strip():
            return True
        self.feedback.error(t("error.required", self.language, field=t(f"field.{field}",
                                                                        self.language)))
        return False


def journey_phases(phases: pd.DataFrame, journey_id: str | None) -> list[tuple[dict, int]]:
    """The journey's phases depth-first in order (each with its depth), sub-phases under
    their parent, as the team reads them on the wall."""
    if journey_id is None or phases.empty:
        return []
    rows = [{k: plain(v) for k, v in r.items()} for r in
            phases[phases["journey_id"] == journey_id].to_dict("records")]
    ids = {r["id"] for r in rows}
    children: dict[Any, list[dict]] = {}
    for row in rows:
        parent = row["parent_id"] if row["parent_id"] in ids else None
        children.setdefault(parent, []).append(row)
    ordered: list[tuple[dict, int]] = []

    def visit(parent: Any, depth: int) -> None:
        for row in sorted(children.get(parent, []), key=lambda r: r["position"]):
            ordered.append((row, depth))
            visit(row["id"], depth + 1)

    visit(None, 0)
    return ordered


def phase_steps(steps: pd.DataFrame, phase_id: Any) -> list[dict]:
    """A phase's steps in order, as plain dicts."""
    if phase_id is None or steps.empty:
        return []
    found = steps[steps["phase_id"] == phase_id].sort_values("position")
    return [{k: plain(v) for k, v in r.items()} for r in found.to_dict("records")]


def indent(name: str, depth: int) -> str:
    """A phase name indented by depth, for plain-text option labels."""
    return ("\u2003" * depth) + ("\u21b3 " if depth else "") + name
