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
import gc
import importlib
import logging
import os
from typing import Any

import ipywidgets as widgets

from ..errors import KlantreisError
from ..messages import LANGUAGES, t
from ..qr import join_block
from .common import esc
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
@media (max-width: 600px) {
  .kr-page .widget-inline-hbox .widget-label { min-width: 0; width: auto; }
  .kr-page .widget-text, .kr-page .widget-textarea, .kr-page .widget-dropdown,
  .kr-page .widget-select { width: 100% !important; }
}
</style>"""

# Panel classes by area, imported when first shown (each notebook needs only its own).
PANELS = {
    "start": ("klantreis.ui.start", "StartPanel"),
    "preparation": ("klantreis.ui.preparation", "PreparationPanel"),
    "empathy": ("klantreis.ui.empathy", "EmpathyPanel"),
    "improvement": ("klantreis.ui.improvement", "ImprovementPanel"),
    "dashboard": ("klantreis.ui.dashboard", "DashboardPanel"),
    "mining": ("klantreis.ui.mining", "MiningPanel"),
}


class Page:
    """One panel with its header, live updates and language switch."""

    def __init__(self, area: str, session: Session, live: LiveSync | None = None) -> None:
        self.area = area
        self.session = session
        self.live = live or LiveSync(session.workshop)
        self.header = widgets.HTML()
        self.header.add_class("kr-header")
        self.language = widgets.ToggleButtons(
            options=[(t(f"value.{code}", code), code) for code in LANGUAGES],
            value=session.language,
            style={"button_width": "110px"},
        )
        self.language.add_class("kr-language")
        self.language.observe(self._switch_language, names="value")
        self.body = widgets.VBox()
        self.join = widgets.HTML()  # the join code, on the facilitator's page when served
        self.join.add_class("kr-join-box")
        self.widget = widgets.VBox([widgets.HTML(STYLE), widgets.HBox([self.header,
                                                                      self.language,
                                                                      self.join]),
                                    self.body])
        self.widget.add_class("kr-page")
        self._build()
        self.live.start()

    def _build(self) -> None:
        cls = panel_class(self.area)
        self.live.listeners.clear()
        self.panel = cls(self.session, self.live)
        self.panel.listeners.append(self._chosen)
        self.body.children = [self.panel.widget]
        self._chosen(self.session)

    def _chosen(self, session: Session) -> None:
        self.session = session
        self.header.value = esc(_who(session))
        self.join.value = join_block(session.workshop.id, session.role, session.language,
                                     self.area)

    def _switch_language(self, change: dict[str, Any]) -> None:
        self.session = self.panel.session.with_language(change["new"])
        self._build()


def _who(session: Session) -> str:
    lang = session.language
    role = t(f"ui.role.{session.role}", lang)
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
        return Page(area, open_session(choice, **session_args)).widget
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
    from ..serve import WORKSHOP_ENV

    store_target, workshop = os.environ.get("KLANTREIS_DB"), os.environ.get(WORKSHOP_ENV)
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
