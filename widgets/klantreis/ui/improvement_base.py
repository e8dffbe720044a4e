"""What every section of the improvement panel shares: its guide, its own inline feedback,
the tables it depends on, and a few small formatting helpers.

Each section keeps its own feedback line, so an error shows right under the control that
caused it (a full vote budget under the vote buttons, not at the top of a long page).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets
import pandas as pd

from ..messages import t
from .common import Feedback, esc, form_layout, guide
from .live import Frames

if TYPE_CHECKING:
    from .improvement import ImprovementPanel

FULL = widgets.Layout(width="100%")
FORM = form_layout()  # shared by controls that are never hidden
ROW_TEXT = widgets.Layout(flex="1 1 260px")  # the text of a row, beside its buttons


class Section:
    """One part of the improvement panel; `refresh` runs only when one of `tables` changed.

    Charts are drawn (`draw`) only while the section is open: rendering one costs a few
    hundred milliseconds, and a participant voting on a phone should not wait for a matrix
    nobody on that page is looking at. A closed section redraws when it is opened.
    """

    key = "section"
    tables: frozenset[str] = frozenset()

    def __init__(self, panel: ImprovementPanel) -> None:
        self.panel = panel
        self.language = panel.language
        self.is_open = False
        self._stale = False
        self.feedback = Feedback(self.language)
        body = self.build()
        if self.feedback.widget not in body:  # a section may place it next to its controls
            body.append(self.feedback.widget)
        self.widget = widgets.VBox([guide(self.language, f"improvement_{self.key}"), *body],
                                   layout=FULL)
        self.widget.add_class(f"kr-improvement-{self.key}")

    @property
    def title(self) -> str:
        return self.t(f"improvement.section.{self.key}")

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.language, **params)

    def build(self) -> list[widgets.Widget]:
        raise NotImplementedError

    def refresh(self, frames: Frames) -> None:
        raise NotImplementedError

    def draw(self) -> None:
        """Render this section's charts from what `refresh` computed (none by default)."""

    def charts_changed(self) -> None:
        """Called by `refresh` when its charts' data moved: draw now if open, else later."""
        if self.is_open:
            self._stale = False
            self.draw()
        else:
            self._stale = True

    def set_open(self, is_open: bool) -> None:
        self.is_open = is_open
        if is_open and self._stale:
            self.charts_changed()

    def write(self, action: Callable[[], Any]) -> bool:
        """Change the store through the panel, errors inline here; True when it worked."""

        def run() -> bool:
            action()
            return True

        return bool(self.panel.write(run, self.feedback))


class Rows:
    """A list of row widgets rebuilt only when what they show changed (no flicker)."""

    def __init__(self, css_class: str) -> None:
        self.widget = widgets.VBox(layout=FULL)
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


def html(value: str = "", css_class: str = "") -> widgets.HTML:
    box = widgets.HTML(value, layout=FULL)
    if css_class:
        box.add_class(css_class)
    return box


def empty_state(message: str) -> widgets.HTML:
    """What a list shows while it is empty: what to do to fill it."""
    return html(f'<p class="kr-empty">{esc(message)}</p>', "kr-empty-state")


def button(label: str, css_class: str, action: Callable[[], Any], **kwargs: Any) -> widgets.Button:
    """A button whose click runs `action` (clicks carry no arguments worth keeping)."""
    widget = widgets.Button(description=label, **kwargs)
    widget.add_class(css_class)
    widget.on_click(lambda _: action())
    return widget


def labelled(
    label: str, widget: widgets.Widget, layout: widgets.Layout | None = None
) -> widgets.VBox:
    """A label above its input: fits a phone, where labels beside inputs squeeze them."""
    widget.layout.width = "100%"
    # A layout of its own: `show()` hides a labelled box, and a shared one would hide all.
    return widgets.VBox([widgets.Label(label), widget],
                        layout=layout or widgets.Layout(width="100%"))


def show(widget: widgets.Widget, visible: bool) -> None:
    widget.layout.display = None if visible else "none"










def ideas_by_title(ideas: pd.DataFrame) -> pd.DataFrame:
    """Ideas in a findable, stable order (the store keeps no order of its own for ideas)."""
    keys = ideas["title"].fillna("").str.casefold()
    return ideas.assign(_key=keys).sort_values(["_key", "id"], kind="stable").drop(
        columns="_key")

