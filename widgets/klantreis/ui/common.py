"""Pieces every panel uses: safe text, inline feedback, offline charts, guides, the base class.

Rules kept here so no panel has to remember them:
- user text is escaped before it goes into any HTML widget (`esc`), so `<script>` shows as text;
- a callback never shows a traceback: `Feedback.guard` turns errors into a sentence in the
  page's language;
- charts are SVG rendered in the kernel by vl-convert (no JavaScript, nothing fetched), and
  redrawn only when their spec changed.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import altair as alt
import ipywidgets as widgets

from ..charts import spec_of, spec_to_svg
from ..errors import KlantreisError
from ..messages import t
from ..render_cache import shared_render
from .live import Frames, LiveSync
from .session import Session

log = logging.getLogger(__name__)
T = TypeVar("T")


def esc(text: Any) -> str:
    """User text made safe for an HTML widget: markup shows as typed, never runs."""
    return html.escape("" if text is None else str(text), quote=True)


class Feedback:
    """An inline message line under a form: what went wrong and how to fix it, or that it
    worked."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.widget = widgets.HTML(value="")
        self.widget.add_class("kr-feedback")

    def ok(self, key: str, **params: Any) -> None:
        self._show("ok", t(key, self.language, **params))

    def error(self, message: str) -> None:
        self._show("error", message)

    def clear(self) -> None:
        self.widget.value = ""

    def _show(self, kind: str, message: str) -> None:
        role = ' role="alert"' if kind == "error" else ""
        self.widget.value = f'<div class="kr-{kind}"{role}>{esc(message)}</div>'

    def guard(self, action: Callable[..., T]) -> Callable[..., T | None]:
        """Wrap a widget callback: errors become an inline message, never a traceback."""

        def guarded(*args: Any, **kwargs: Any) -> T | None:
            try:
                result = action(*args, **kwargs)
            except KlantreisError as error:
                self.error(error.message(self.language))
                return None
            except Exception:
                log.exception("callback failed")
                self.error(t("ui.unexpected_error", self.language))
                return None
            return result

        return guarded


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
        key = json.dumps(spec, sort_keys=True, default=str)
        if key == self._key:
            return False
        self.spec, self._key = spec, key
        self.widget.value = shared_render(key, lambda: spec_to_svg(spec))
        self.renders += 1
        return True


def form_layout() -> widgets.Layout:
    """A form control's width: the page's width, at most 640 px. A layout of its own: a
    widget is hidden through its layout, so hiding one that shares it hides all the others."""
    return widgets.Layout(width="100%", max_width="640px")


def guide(language: str, area: str) -> widgets.HTML:
    """The step guide of a panel: what to do, why, an example and the time box, from the
    catalogue keys `guide.<area>.{title,what,why,example,time}`."""
    parts = {p: t(f"guide.{area}.{p}", language) for p in ("title", "what", "why", "example",
                                                           "time")}
    labels = {p: t(f"ui.guide_{p}", language) for p in ("what", "why", "example", "time")}
    body = "".join(
        f"<p><b>{esc(labels[p])}</b> {esc(parts[p])}</p>" for p in ("what", "why", "example",
                                                                   "time")
    )
    box = widgets.HTML(f'<details class="kr-guide" open><summary>{esc(parts["title"])}'
                       f"</summary>{body}</details>")
    box.add_class("kr-guide-box")
    return box


def options(frame: Any, label: str = "name", value: str = "id") -> list[tuple[str, str]]:
    """(label, id) pairs for a Dropdown or Select, from a frame; labels are plain text."""
    if frame is None or len(frame) == 0:
        return []
    return [(str(a), str(b)) for a, b in zip(frame[label], frame[value], strict=True)]


class Panel:
    """Base of every panel: a session, the page's live tables, feedback, and a root widget.

    Subclasses build their widgets in `build()` and update them in `refresh(frames, changed)`,
    touching only widgets whose data changed and never a text field the user is typing in.
    """

    area = "panel"

    def __init__(self, session: Session, live: LiveSync | None = None) -> None:
        self.session = session
        self.language = session.language
        self.listeners: list[Callable[[Session], None]] = []
        self.live = live or LiveSync(session.workshop)
        self.feedback = Feedback(self.language)
        self.widget = widgets.VBox(self.build())
        self.widget.add_class(f"kr-panel-{self.area}")
        self.live.subscribe(self.refresh)
        self.refresh(self.live.frames, set(self.live.frames))

    @property
    def workshop(self) -> Any:
        return self.session.workshop

    @property
    def frames(self) -> Frames:
        return self.live.frames

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.language, **params)

    def build(self) -> list[widgets.Widget]:
        raise NotImplementedError

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        raise NotImplementedError

    def announce(self) -> None:
        """Tell the page that who or where the user is changed (its header follows)."""
        for listener in self.listeners:
            listener(self.session)

    def write(self, action: Callable[[], T], feedback: Feedback | None = None) -> T | None:
        """Run a change to the store with its errors inline (in `feedback`, a section's own
        line, or the panel's), then update this page at once."""
        target = feedback or self.feedback
        target.clear()
        result = target.guard(action)()
        self.live.after_write()
        return result


def set_if_idle(widget: widgets.ValueWidget, new: Any, last_synced: Any) -> bool:
    """Update an input from the store only if the user has not changed it since the last sync,
    so a refresh never throws away what someone is typing. Returns whether it was updated."""
    if widget.value != last_synced or widget.value == new:
        return False
    widget.value = new
    return True
