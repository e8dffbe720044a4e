"""A part of a page: its guide, its widgets, its own feedback line, and when it redraws.

A section says which tables it shows (`tables`) and which parts of the page state it follows
(`follows`); its panel calls `refresh` when one of those changed, and nothing else. It gets
the page state and a write function, never the panel: what it may do is the state's to say,
and its errors show in its own feedback line, under the control that caused them.

Charts are drawn (`draw`) only while the section is open: rendering one costs a few hundred
milliseconds, and a participant voting on a phone should not wait for a matrix nobody on that
page is looking at. A closed section draws when it is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import ipywidgets as widgets

from ..core.errors import ConfirmationNeeded
from ..core.workshop import Workshop
from ..i18n import label, t
from .kit import Confirm, Feedback, full_width, guide
from .state import PageState, Write

T = TypeVar("T")


class Section:
    """One part of a page; subclasses build their widgets and refresh them."""

    page = ""  # the page's short name, for CSS classes: kr-<page>-<key>
    key = "section"  # names its CSS class
    guide_area: str | None = None  # the catalogue's guide.<area>.*, None for no guide
    tables: frozenset[str] = frozenset()
    follows: frozenset[str] = frozenset({"journey_id"})

    #: Build the widgets with the section; a section that is often never shown builds them
    #: the first time it is (`fill`), sparing the page a message per widget.
    eager = True

    def __init__(self, state: PageState, write: Write[Any]) -> None:
        self.state = state
        self._writer = write
        self.language = state.language
        self.is_open = True
        self._stale = False
        self.built = False
        self.feedback = Feedback(self.language)
        self.confirm = Confirm(self.language)
        self.widget = widgets.VBox(layout=full_width())
        self.widget.add_class("kr-section")
        self.widget.add_class(f"kr-{self.page or 'section'}-{self.key}")
        if self.eager:
            self.fill()

    def fill(self) -> None:
        """Build the section's widgets into its box (once)."""
        if self.built:
            return
        self.built = True
        body = self.build()
        for widget in (self.confirm.widget, self.feedback.widget):
            if not _holds(body, widget):  # a section may place them next to its controls
                body.append(widget)
        top = [guide(self.language, self.guide_area)] if self.guide_area else []
        self.widget.children = [*top, *body]

    @property
    def workshop(self) -> Workshop:
        return self.state.workshop

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.language, **params)

    def label(self, family: str, code: Any, **params: Any) -> str:
        return label(family, code, self.language, **params)

    @property
    def title(self) -> str:
        """The section's title in an accordion: its guide's title."""
        return self.label(f"guide.{self.guide_area}", "title")

    def build(self) -> list[widgets.Widget]:
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the state's tables and figures (called when `tables` or `follows` changed)."""
        raise NotImplementedError

    # -- charts, drawn while open -----------------------------------------------------------

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

    # -- changing the store -----------------------------------------------------------------

    def write(self, action: Callable[[], T]) -> T | None:
        """Change the store, errors inline here; returns the action's result (None when it
        was refused)."""
        self.confirm.close()
        return self._writer(action, self.feedback)

    def done(self, action: Callable[[], Any]) -> bool:
        """Change the store; True when it worked."""
        return bool(self.write(lambda: action() or True))

    def restructure(self, action: Callable[[], T]) -> T | None:
        """A change only the facilitator may make (the structure of the journey)."""

        def run() -> T:
            self.state.require_facilitator()
            return action()

        return self.write(run)

    def delete(self, remove: Callable[[bool], Any]) -> None:
        """Delete with `remove(confirm)`; if ratings would go too, ask first, then repeat."""

        def attempt() -> None:
            try:
                remove(False)
            except ConfirmationNeeded as error:
                self.confirm.ask(error.message(self.language),
                                 lambda: self.restructure(lambda: remove(True)))

        self.restructure(attempt)

    def require_text(self, value: str, field: str) -> bool:
        """Check a new thing's required text before writing; say so inline if empty."""
        if value.strip():
            return True
        self.feedback.fail("error.required", field=self.label("field", field))
        return False


def _holds(widgets_: list[widgets.Widget], wanted: widgets.Widget) -> bool:
    """Whether `wanted` is among the widgets or inside one of them."""
    return any(widget is wanted or _holds(list(getattr(widget, "children", ())), wanted)
               for widget in widgets_)
