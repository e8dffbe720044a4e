"""The small kit of widgets every page is built from, and the rules it keeps for them.

- User text is escaped before it goes into any HTML widget (`esc`), so `<script>` shows as text.
- A callback never shows a traceback: `Feedback.guard` turns errors into a sentence in the
  page's language, shown next to the control that caused it.
- Charts are SVG rendered in the kernel by vl-convert (no JavaScript, nothing fetched), and
  redrawn only when their spec changed (`ChartView`).
- A widget set from the store does not answer as if the user had changed it: the one way to
  do that is `with quiet(): ...`, which the widget's observers check (`Quiet`).
- A widget that is hidden at times gets a layout of its own: ipywidgets hides a widget
  through its layout, so hiding one that shares it would hide every other.
"""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import Callable, Hashable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import ipywidgets as widgets
import pandas as pd

from ..charts.render import spec_of
from ..charts.render_cache import canonical_json, shared_svg
from ..core.errors import KlantreisError
from ..i18n import label, t

if TYPE_CHECKING:
    import altair as alt

log = logging.getLogger(__name__)
T = TypeVar("T")

LABEL_STYLE = {"description_width": "150px"}
ROW_TEXT = widgets.Layout(flex="1 1 200px")  # the text of a row, beside its buttons


def esc(text: Any) -> str:
    """User text made safe for an HTML widget: markup shows as typed, never runs."""
    return html.escape("" if text is None else str(text), quote=True)


# --------------------------------------------------------------------------- layouts


def form_layout() -> widgets.Layout:
    """A form control's width: the page's width, at most 640 px; a layout of its own."""
    return widgets.Layout(width="100%", max_width="640px")


def full_width() -> widgets.Layout:
    """The page's whole width; a layout of its own."""
    return widgets.Layout(width="100%")


def show(widget: widgets.Widget, visible: bool) -> None:
    """Show or hide a widget (through its own layout)."""
    widget.layout.display = None if visible else "none"


# --------------------------------------------------------------------------- plain widgets


def html_box(value: str = "", css_class: str = "") -> widgets.HTML:
    """An HTML widget across the page, with a class for tests and styles."""
    box = widgets.HTML(value, layout=full_width())
    if css_class:
        box.add_class(css_class)
    return box


def heading(text: str, level: int = 3) -> widgets.HTML:
    return widgets.HTML(f"<h{level}>{esc(text)}</h{level}>")


def empty_state(message: str) -> widgets.HTML:
    """What a list shows while it is empty: what to do to fill it."""
    return html_box(f'<p class="kr-empty">{esc(message)}</p>', "kr-empty-state")


def button(text: str, css_class: str, action: Callable[[], Any] | None = None, *,
           style: str = "", **kwargs: Any) -> widgets.Button:
    """A button as wide as its text; a click runs `action` (clicks carry nothing to keep)."""
    kwargs.setdefault("layout", widgets.Layout(width="auto"))
    widget = widgets.Button(description=text, button_style=style, **kwargs)
    widget.add_class(css_class)
    if action is not None:
        widget.on_click(lambda _: action())
    return widget


def text_input(text: str, *, area: bool = False, placeholder: str = "") -> widgets.Text:
    """A text field that reports its value on Enter or when it loses focus, not per key."""
    cls = widgets.Textarea if area else widgets.Text
    return cls(description=text, placeholder=placeholder, continuous_update=False,
               layout=form_layout(), style=LABEL_STYLE)


def dropdown(text: str, css_class: str = "", choices: Any = (), **kwargs: Any
             ) -> widgets.Dropdown:
    """A labelled dropdown as wide as a form; `choices` are (label, value) pairs."""
    widget = widgets.Dropdown(description=text, options=list(choices), layout=form_layout(),
                              style=LABEL_STYLE, **kwargs)
    if css_class:
        widget.add_class(css_class)
    return widget


def choice_list(text: str, rows: int, css_class: str) -> widgets.Select:
    """A labelled list to pick one row from (a participant, a phase, a step)."""
    widget = widgets.Select(description=text, rows=rows, layout=form_layout(),
                            style=LABEL_STYLE)
    widget.add_class(css_class)
    return widget


def labelled(text: str, widget: widgets.Widget,
             layout: widgets.Layout | None = None) -> widgets.VBox:
    """A label above its input: fits a phone, where labels beside inputs squeeze them."""
    widget.layout.width = "100%"
    return widgets.VBox([widgets.Label(text), widget], layout=layout or full_width())


def options(frame: Any, text: str = "name", value: str = "id") -> list[tuple[str, str]]:
    """(label, id) pairs for a Dropdown or Select, from a frame; labels are plain text."""
    if frame is None or len(frame) == 0:
        return []
    return [(str(a), str(b)) for a, b in zip(frame[text], frame[value], strict=True)]


def guide(language: str, area: str) -> widgets.HTML:
    """The step guide of a panel: what to do, why, an example and the time box, from the
    catalogue keys `guide.<area>.{title,what,why,example,time}`."""
    parts = {p: label(f"guide.{area}", p, language)
             for p in ("title", "what", "why", "example", "time")}
    heads = {"what": t("ui.guide_what", language), "why": t("ui.guide_why", language),
             "example": t("ui.guide_example", language), "time": t("ui.guide_time", language)}
    body = "".join(f"<p><b>{esc(heads[p])}</b> {esc(parts[p])}</p>" for p in heads)
    box = widgets.HTML(f'<details class="kr-guide" open><summary>{esc(parts["title"])}'
                       f"</summary>{body}</details>")
    box.add_class("kr-guide-box")
    return box


# --------------------------------------------------------------------------- feedback


class Feedback:
    """An inline message line under a form: what went wrong and how to fix it, or that it
    worked. `key` is the catalogue key of what it says now (for tests and logs)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.key: str | None = None
        self._widget: widgets.HTML | None = None

    @property
    def widget(self) -> widgets.HTML:
        """Made when first placed or written: a section never shown needs none (every
        widget costs the page a message to the browser)."""
        if self._widget is None:
            self._widget = widgets.HTML(value="")
            self._widget.add_class("kr-feedback")
        return self._widget

    def ok(self, key: str, **params: Any) -> None:
        self._show("ok", t(key, self.language, **params), key)

    def fail(self, key: str, **params: Any) -> None:
        """Say what went wrong, from the catalogue."""
        self._show("error", t(key, self.language, **params), key)

    def error(self, message: str, key: str | None = None) -> None:
        self._show("error", message, key)

    def clear(self) -> None:
        self.key = None
        if self._widget is not None:
            self._widget.value = ""

    def _show(self, kind: str, message: str, key: str | None) -> None:
        role = ' role="alert"' if kind == "error" else ""
        self.widget.value = f'<div class="kr-{kind}"{role}>{esc(message)}</div>'
        self.key = key

    def guard(self, action: Callable[..., T]) -> Callable[..., T | None]:
        """Wrap a widget callback: errors become an inline message, never a traceback."""

        def guarded(*args: Any, **kwargs: Any) -> T | None:
            try:
                result = action(*args, **kwargs)
            except KlantreisError as error:
                self.error(error.message(self.language), error.key)
                return None
            except Exception:
                log.exception("callback failed")
                self.fail("ui.unexpected_error")
                return None
            return result

        return guarded


# --------------------------------------------------------------------------- setting widgets


class Quiet:
    """A flag that mutes widget observers while the code, not the user, sets values:
    `with quiet(): widget.value = ...`, and observers return early while `quiet.on`."""

    def __init__(self) -> None:
        self.on = False

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        before, self.on = self.on, True
        try:
            yield
        finally:
            self.on = before


def set_options(select: widgets.Widget, choices: list[tuple[str, Any]], keep: Any,
                quiet: Quiet) -> bool:
    """Give a Select/Dropdown new options in place, keeping `keep` selected when it still
    exists (else the first). Returns whether the selected value changed."""
    values = [value for _, value in choices]
    wanted = keep if keep in values else (values[0] if values else None)
    before = select.value
    with quiet():
        if list(select.options) != choices:
            select.options = choices
        if select.value != wanted:
            select.value = wanted
    return before != wanted


def set_if_idle(widget: widgets.ValueWidget, new: Any, last_synced: Any) -> bool:
    """Update an input from the store only if the user has not changed it since the last sync,
    so a refresh never throws away what someone is typing. Returns whether it was updated."""
    if widget.value != last_synced or widget.value == new:
        return False
    widget.value = new
    return True


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

    @staticmethod
    def _value(widget: widgets.ValueWidget, value: Any) -> Any:
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


class Rows:
    """A list of row widgets rebuilt only when what they show changed (no flicker)."""

    def __init__(self, css_class: str) -> None:
        self.widget = widgets.VBox(layout=full_width())
        self.widget.add_class(css_class)
        self._key: Hashable = None

    def reset(self) -> None:
        """Make the next `show` rebuild, e.g. to undo a control the store refused."""
        self._key = None

    def show(self, key: Hashable, build: Callable[[], list[widgets.Widget]]) -> bool:
        if key == self._key:
            return False
        self._key = key
        self.widget.children = build()
        return True


class Confirm:
    """Asks before something that cannot be undone (a delete that takes ratings with it).

    Its message and buttons are made when it first asks: most sections never do, and every
    widget costs the page a message to the browser and a model there."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._widget: widgets.VBox | None = None
        self._action: Callable[[], Any] | None = None

    @property
    def widget(self) -> widgets.VBox:
        """Made when first placed (see `Feedback.widget`)."""
        if self._widget is None:
            self._widget = widgets.VBox(layout=widgets.Layout(display="none"))
            self._widget.add_class("kr-confirm")
        return self._widget

    def _build(self) -> None:
        if self.widget.children:
            return
        self.message = widgets.HTML()
        self.yes = button(t("ui.confirm_delete", self.language), "kr-confirm-yes",
                          self._accept, style="danger")
        self.no = button(t("ui.cancel", self.language), "kr-confirm-no", self.close)
        self.yes_label = self.yes.description
        self.widget.children = [self.message, widgets.HBox([self.yes, self.no])]

    @property
    def open(self) -> bool:
        return self._action is not None

    def ask(self, message: str, action: Callable[[], Any], yes: str | None = None) -> None:
        self._build()
        self.message.value = f'<div class="kr-confirm-text" role="alert">{esc(message)}</div>'
        self.yes.description = yes or self.yes_label
        self._action = action
        self.widget.layout.display = ""

    def close(self) -> None:
        self._action = None
        if self._widget is not None and self._widget.children:
            self.message.value = ""
            self._widget.layout.display = "none"

    def _accept(self) -> None:
        action = self._action
        self.close()
        if action is not None:
            action()


# --------------------------------------------------------------------------- charts


class ChartView:
    """A chart shown as SVG in an HTML widget; skips the render when the spec is unchanged."""

    def __init__(self, css_class: str) -> None:
        self.widget = widgets.HTML(value="")
        self.widget.add_class("kr-chart")
        self.widget.add_class(css_class)
        self.spec: dict[str, Any] = {}
        self._key = ""
        self.renders = 0

    def show(self, chart: alt.TopLevelMixin) -> bool:
        """Draw `chart`; returns whether anything had to be redrawn."""
        return self.show_spec(spec_of(chart))

    def show_spec(self, spec: dict[str, Any]) -> bool:
        """Draw a Vega-Lite spec (live views build it without Altair, see
        `charts.emotion_curve_spec`); returns whether anything had to be redrawn."""
        key = canonical_json(spec)
        if key == self._key:
            return False
        self.spec, self._key = spec, key
        self.widget.value = shared_svg(spec, key)
        self.renders += 1
        return True

    def show_svg(self, svg: str) -> bool:
        """Show an SVG drawn without Vega-Lite (`charts.phone`); returns whether it changed."""
        if svg == self._key:
            return False
        self.spec, self._key = {}, svg
        self.widget.value = svg
        self.renders += 1
        return True
