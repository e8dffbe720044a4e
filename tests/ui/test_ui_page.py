"""The page around a panel: who-you-are header and the language switch."""

from __future__ import annotations

from pathlib import Path

import pytest

from klantreis import open_store
from klantreis.ui.page import Page
from klantreis.ui.session import Session


@pytest.fixture
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Session:
    db = tmp_path / "workshops.db"
    monkeypatch.setenv("KLANTREIS_DB", str(db))
    store = open_store(db)
    workshop = store.create_workshop("<b>Fiets</b> kopen", language="nl", lens="goal")
    workshop.add_participant("Bo", "Verkoop")
    return Session(store, workshop, "facilitator", None, "nl")


def test_header_follows_the_choice_made_on_the_start_panel(session: Session) -> None:
    page = Page("start", session)
    assert "begeleider" in page.header.value
    assert "&lt;b&gt;Fiets&lt;/b&gt;" in page.header.value and "<b>" not in page.header.value
    bo = session.workshop.participant_id("Bo")
    page.panel.who.role.value = "participant"
    page.panel.who.person.value = bo
    assert "Je bent Bo (deelnemer)" in page.header.value


def test_switching_language_rebuilds_the_panel_and_keeps_the_choice(session: Session) -> None:
    page = Page("start", session)
    page.panel.who.role.value = "viewer"
    page.language.value = "en"
    assert page.panel.language == "en" and page.session.role == "viewer"
    assert "You are here as viewer" in page.header.value
    assert page.panel.who.role.value == "viewer"


def test_header_follows_a_participant_who_joins_on_the_empathy_page(session: Session) -> None:
    bo = session.workshop.participant_id("Bo")
    phase = session.workshop.frame("phases")["id"].iloc[0]
    session.workshop.add_step(phase, "Vrienden vragen", kind="non_touchpoint")
    page = Page("empathy", Session(session.store, session.workshop, "participant", None, "nl"))
    assert "Je bent hier als deelnemer" in page.header.value
    page.panel.join.choose(bo)
    assert "Je bent Bo (deelnemer)" in page.header.value


def test_example_view_shows_a_finished_curve_or_says_how_to_add_one(tmp_path: Path) -> None:
    from klantreis.samples import build_sample
    from klantreis.ui.example import example_view

    store = open_store(tmp_path / "examples.db")
    empty = example_view(store, "nl")
    assert "klantreis samples" in empty.children[0].value
    build_sample(store, "hotel")
    shown = example_view(store, "en")
    title, chart, moments = shown.children
    assert "hotel stay" in title.value and chart.value.startswith("<svg")
    assert "Pack the suitcase" in moments.value and "very low score" in moments.value


def test_a_served_cell_returns_at_once_and_the_page_is_built_right_after(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under Voilà the cell ends with an "opening" line (so the browser stops loading) and the
    kernel's event loop builds the panel into it; a problem shows as a sentence."""
    import asyncio
    import gc
    from concurrent.futures import ThreadPoolExecutor

    from klantreis.ui import page as app
    from klantreis.ui import session as session_module

    store_path = tmp_path / "w.db"
    with open_store(store_path) as store:
        workshop = store.create_workshop("Served", language="nl")
    monkeypatch.setenv("KLANTREIS_DB", str(store_path))
    monkeypatch.setenv("VOILA_KERNEL_ID", "test-kernel")
    monkeypatch.setattr(app, "warm_up_charts", lambda: None)
    queries = {"ok": f"workshop={workshop.id}&role=facilitator&lang=nl",
               "missing": "workshop=nope&role=facilitator&lang=nl"}

    async def open_page(query: str):
        monkeypatch.setattr(session_module, "_page_query", query)
        shell = app.show("start")
        opening = shell.children[0].value
        await asyncio.sleep(0)  # the kernel's loop runs the build
        return opening, shell.children[0]

    def in_a_kernel_loop(query: str):  # a thread of its own: the suite may hold a loop
        with ThreadPoolExecutor(1) as kernel:
            return kernel.submit(asyncio.run, open_page(query)).result()

    opening, page = in_a_kernel_loop(queries["ok"])
    assert "De workshop wordt geopend" in opening
    assert "kr-page" in page._dom_classes and gc.get_freeze_count() > 0
    opening, message = in_a_kernel_loop(queries["missing"])
    assert 'role="alert"' in message.value and "nope" in message.value
    gc.unfreeze()


@pytest.mark.parametrize("area", ["start", "preparation", "empathy", "improvement",
                                  "dashboard"])
def test_a_preheated_kernel_builds_the_served_page_once_unseen(
        area: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The warm-up builds the panel on the served workshop read-only, leaves no widget open
    (a page's frontend would be sent every open one) and changes nothing in the store."""
    import ipywidgets as widgets

    from klantreis.charts.render_cache import CACHE_ENV
    from klantreis.core.environment import WORKSHOP_ENV
    from klantreis.samples import build_sample
    from klantreis.ui import page as app

    store_path = tmp_path / "w.db"
    with open_store(store_path) as store:
        hotel = build_sample(store, "hotel")
        revision = hotel.revision
    renders = tmp_path / "renders"
    monkeypatch.setenv(CACHE_ENV, str(renders))
    monkeypatch.setenv("KLANTREIS_DB", str(store_path))
    monkeypatch.setenv(WORKSHOP_ENV, hotel.id)
    made: list[widgets.Widget] = []
    widgets.Widget.on_widget_constructed(made.append)
    try:
        app.warm_up_page(area)
    finally:
        widgets.Widget.on_widget_constructed(None)
    assert len(made) > 20, "the panel was built"
    assert all(widget.comm is None for widget in made), "and every widget closed again"
    with open_store(store_path) as store:
        assert store.workshop(hotel.id).revision == revision
    if area == "dashboard":  # its charts are rendered into the pages' shared cache
        assert len(list(renders.rglob("*.svg"))) >= 3


def test_a_failed_warm_up_leaves_nothing_open(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A panel that breaks halfway costs only the warm-up: no error, no widget left open."""
    import ipywidgets as widgets

    from klantreis.core.environment import WORKSHOP_ENV
    from klantreis.ui import page as app

    with open_store(tmp_path / "w.db") as store:
        workshop = store.create_workshop("Served")
    made: list[widgets.Widget] = []

    class Broken:
        def __init__(self, session: Session) -> None:
            made.extend([widgets.HTML("half"), widgets.Button()])
            raise RuntimeError("halfway")

    monkeypatch.setattr(app, "panel_class", lambda area: Broken)
    monkeypatch.setenv("KLANTREIS_DB", str(tmp_path / "w.db"))
    monkeypatch.setenv(WORKSHOP_ENV, workshop.id)
    app.warm_up_page("dashboard")
    assert len(made) == 2 and all(widget.comm is None for widget in made)
