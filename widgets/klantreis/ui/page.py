"""Put a panel on the page: open the session, start live updates, add the header.

The header says who you are and lets you switch the language; switching rebuilds the panel
in the other language without touching the store.

On a served page the notebook's cell returns at once with an "opening" line and the panel is
built right after, in the kernel's event loop. Voilà streams the page until its cells have run,
and a browser tab that is still loading costs its device about a tenth of a core; a room of
phones joining at once on one laptop-sized server would otherwise spend its CPU on that.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import importlib
import logging
import os
from typing import Any

import ipywidgets as widgets

from ..core.environment import STORE_ENV, WORKSHOP_ENV
from ..core.errors import KlantreisError
from ..i18n import LANGUAGES, label, t
from .access import open_page_session
from .kit import esc
from .live import LiveSync
from .session import Session, SessionChoice, open_session, page_query

STYLE = """<style>
.kr-page { max-width: 1100px; }
.kr-page .widget-hbox { flex-wrap: wrap; }
.kr-page .kr-chart svg { max-width: 100%; height: auto; }
.kr-feedback .kr-error { color: #b00020; font-weight: 600; }
.kr-feedback .kr-ok { color: #1b6e20; }
.kr-guide { background: #f4f6fa; border-left: 4px solid #1f5fa8; padding: 4px 12px;
            margin: 4px 0 12px 0; }
.kr-guide summary { font-weight: 600; cursor: pointer; }
.kr-header { font-size: 1.05em; margin-bottom: 8px; }
.kr-join-code { text-align: center; font-size: 0.85em; max-width: 240px; }
.kr-join-code a { word-break: break-all; }
/* A step's lanes read top to bottom, each label above its text, on a phone as on a laptop. */
.kr-page .kr-step dl { display: block; margin: 4px 0; }
.kr-page .kr-step dt { display: block; float: none; width: auto; font-weight: 600;
                       margin: 8px 0 0 0; }
.kr-page .kr-step dd { display: block; float: none; width: auto; margin: 0; }
.kr-join-code .kr-join-text { font-size: 1.6em; font-weight: 700; letter-spacing: 0.08em;
                              line-height: 1.3; margin: 4px 0; }
/* Stacked widgets need no side margins: with them, a widget 100% wide sticks out 4 px and
   its box scrolls sideways on a phone. */
.kr-page .widget-vbox > .jupyter-widgets { margin-left: 0; margin-right: 0; }
/* A label above its field may take two lines rather than be cut off. */
.kr-page .widget-vbox > .widget-label { white-space: normal; height: auto;
                                        line-height: 1.4; overflow: visible; }
/* The participant's page is used one-handed on a phone: every control at least 44 px high. */
.kr-page-participant .jupyter-button, .kr-page-participant .widget-text,
.kr-page-participant .widget-dropdown { height: auto; min-height: 44px; }
.kr-page-participant .widget-text input, .kr-page-participant .widget-dropdown select,
.kr-page-participant .widget-textarea textarea { min-height: 44px; }
.kr-page-participant .widget-html-content { line-height: 1.45; }
.kr-page-participant summary { min-height: 44px; line-height: 44px; }
@media (max-width: 600px) {
  .kr-page .widget-inline-hbox .widget-label { min-width: 0; width: auto; }
  .kr-page .widget-text, .kr-page .widget-textarea, .kr-page .widget-dropdown,
  .kr-page .widget-select { width: 100% !important; }
}
</style>"""

# The participant's page draws one small chart, shared between pages through the render
# cache: its kernel neither imports Altair nor starts the renderer before it is needed (a
# room of kernels saves about 1.8 s of CPU and 110 MB each).
LIGHT_AREAS = ("participant",)

# Panel classes by area, imported when first shown (each notebook needs only its own).
PANELS = {
    "participant": ("klantreis.ui.participant.panel", "ParticipantPanel"),
    "start": ("klantreis.ui.start.panel", "StartPanel"),
    "preparation": ("klantreis.ui.preparation.panel", "PreparationPanel"),
    "empathy": ("klantreis.ui.empathy.panel", "EmpathyPanel"),
    "improvement": ("klantreis.ui.improvement.panel", "ImprovementPanel"),
    "dashboard": ("klantreis.ui.dashboard.panel", "DashboardPanel"),
    "mining": ("klantreis.ui.mining.panel", "MiningPanel"),
}


class Page:
    """One panel with its header, live updates and language switch."""

    def __init__(self, area: str, session: Session, live: LiveSync | None = None) -> None:
        self.area = area
        self.live = live or LiveSync(session.workshop)
        self.header = widgets.HTML()
        self.header.add_class("kr-header")
        self.language = widgets.ToggleButtons(
            options=[(label("value", code, code), code) for code in LANGUAGES],
            value=session.language,
            style={"button_width": "110px"},
        )
        self.language.add_class("kr-language")
        self.language.observe(self._switch_language, names="value")
        self.body = widgets.VBox()
        self.widget = widgets.VBox([widgets.HTML(STYLE),
                                    widgets.HBox([self.header, self.language]), self.body])
        self.widget.add_class("kr-page")
        self.widget.add_class(f"kr-page-{area}")
        self._build(session)
        self.live.start()

    @property
    def session(self) -> Session:
        """Who is on this page now."""
        return self.panel.state.session

    def _build(self, session: Session) -> None:
        cls = panel_class(self.area)
        self.live.listeners.clear()
        self.panel = cls(session, self.live)
        self.panel.state.observe(lambda _: self._show_who(),
                                 names=["participant_id", "role", "language", "workshop"])
        self.body.children = [self.panel.widget]
        self._show_who()

    def _show_who(self) -> None:
        self.header.value = esc(_who(self.session))

    def _switch_language(self, change: dict[str, Any]) -> None:
        self._build(dataclasses.replace(self.session, language=change["new"]))


def _who(session: Session) -> str:
    lang = session.language
    role = label("value", session.role, lang)
    title = session.workshop.info()["title"]
    people = session.workshop.frame("participants").set_index("id")["name"]
    if session.participant_id in people.index:
        return t("ui.you_are", lang, name=people[session.participant_id], role=role, title=title)
    return t("ui.you_are_nobody", lang, role=role, title=title)


def panel_class(area: str) -> type:
    module, name = PANELS[area]
    return getattr(importlib.import_module(module), name)


def show(area: str, choice: SessionChoice | None = None, **session_args: Any) -> widgets.Widget:
    """Open the session (from the URL or the saved choice) and return the page's widget; a
    problem such as a missing workshop is shown as a sentence, not a traceback.

    The panel's modules are imported and the page built once unseen first: a preheated Voilà
    kernel runs this far before its page is opened (it waits for the URL in `page_query`), so
    the page only builds widgets."""
    panel_class(area)
    if "VOILA_KERNEL_ID" not in os.environ:
        return _page_or_message(area, choice, session_args)
    if area not in LIGHT_AREAS:
        warm_up_charts()
    warm_up_page(area)
    language = SessionChoice.from_query(page_query()).language or "en"
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return _page_or_message(area, choice, session_args)
    shell = widgets.VBox([widgets.HTML(f'<p class="kr-opening">{esc(t("ui.opening", language))}'
                                       "</p>")])
    shell.add_class("kr-page-shell")
    loop.call_soon(_fill, shell, area, choice, session_args, language)
    return shell


def _fill(shell: widgets.VBox, area: str, choice: SessionChoice | None,
          session_args: dict[str, Any], language: str) -> None:
    """Build the page into the shell a served cell returned; errors become sentences."""
    try:
        shell.children = [_page_or_message(area, choice, session_args)]
    except Exception:  # nothing can be raised into a cell that has finished
        logging.getLogger(__name__).exception("building the %s page failed", area)
        shell.children = [_message(t("ui.unexpected_error", language))]
    keep_out_of_collections()


def keep_out_of_collections() -> None:
    """Move everything alive now (modules, the page's widgets, cached chart specs: all of it
    lives as long as the page) out of the garbage collector's way. Otherwise each full
    collection walks it all again, a pause of up to 100 ms in the middle of a live update."""
    gc.freeze()


def _page_or_message(area: str, choice: SessionChoice | None,
                     session_args: dict[str, Any]) -> widgets.Widget:
    try:
        return Page(area, open_page_session(choice, area=area, **session_args)).widget
    except KlantreisError as error:
        language = (choice.language if choice else None) or SessionChoice.from_query(
            page_query()).language
        return _message(error.message(language))


def _message(text: str) -> widgets.HTML:
    return widgets.HTML(f'<p class="kr-error" role="alert">{esc(text)}</p>')


def warm_up_charts() -> None:
    """Render a tiny chart once: the first render starts the offline renderer (about 0.4 s),
    which a preheated kernel can do before anyone waits."""
    import altair as alt

    from ..charts import to_svg

    to_svg(alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q"))


def warm_up_page(area: str) -> None:
    """Build the panel once for the served workshop, read-only and unseen, then close what it
    made. The first build in a fresh kernel is the slow one (Altair, pandas and SQLAlchemy
    prepare their code paths, charts are rendered into the shared cache); a preheated kernel
    does it before anyone waits. A failure here only costs the warm-up, never the page."""
    store_target, workshop = os.environ.get(STORE_ENV), os.environ.get(WORKSHOP_ENV)
    if not store_target or not workshop:
        return
    made: list[widgets.Widget] = []
    previous = widgets.Widget._widget_construction_callback

    def note(widget: widgets.Widget) -> None:
        made.append(widget)
        if previous is not None:
            previous(widget)

    widgets.Widget.on_widget_constructed(note)
    session = None
    try:
        session = open_session(SessionChoice(workshop=workshop, role="viewer"),
                               store=store_target, read_only=True)
        panel_class(area)(session)
    except Exception:
        logging.getLogger(__name__).warning("warming up the %s page failed", area,
                                            exc_info=True)
    finally:
        widgets.Widget.on_widget_constructed(previous)
        for widget in made:
            widget.close()
        if session is not None:
            session.store.close()


def show_participant(**kwargs: Any) -> widgets.Widget:
    """A participant's one page for the whole workshop (served to a room)."""
    return show("participant", **kwargs)


def show_start(**kwargs: Any) -> widgets.Widget:
    return show("start", **kwargs)


def show_preparation(**kwargs: Any) -> widgets.Widget:
    return show("preparation", **kwargs)


def show_empathy(**kwargs: Any) -> widgets.Widget:
    return show("empathy", **kwargs)


def show_improvement(**kwargs: Any) -> widgets.Widget:
    return show("improvement", **kwargs)


def show_mining(**kwargs: Any) -> widgets.Widget:
    return show("mining", **kwargs)


def show_dashboard(**kwargs: Any) -> widgets.Widget:
    """The dashboard always opens the store read-only, whatever the link says (a store or
    workshop that is not there is said in a sentence: a read-only page cannot create it)."""
    return show("dashboard", read_only=True, **kwargs)
