"""The change watch live pages wait on: it moves when the store is written (by anyone, on
SQLite and on PostgreSQL) and stays still otherwise, so a page reads the store only then."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa

from klantreis.core.store import Store, open_store
from klantreis.ui.live import LiveSync


def test_the_watch_moves_on_every_write_and_only_then(store: Store, store_url: str) -> None:
    workshop = store.create_workshop("Hotel")
    other = open_store(store_url)  # another kernel's store
    watch = store.watch()
    assert watch is not None
    try:
        assert not watch.changed()
        for name in ("Ann", "Bo", "Cy"):
            other.workshop(workshop.id).add_participant(name)
            assert _soon(watch.changed), f"the watch missed {name}"
            assert not watch.changed()
        other.workshop(workshop.id).frame("participants")  # reading is no change
        assert not watch.changed()
    finally:
        watch.close()
        other.close()


def test_the_sqlite_watch_survives_a_checkpoint(sqlite_store: Store) -> None:
    workshop = sqlite_store.create_workshop("Hotel")
    watch = sqlite_store.watch()
    with sqlite_store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    watch.changed()
    workshop.add_participant("Ann")
    assert watch.changed()


def test_a_read_only_store_watches_too(sqlite_store: Store) -> None:
    workshop = sqlite_store.create_workshop("Hotel")
    viewer = open_store(sqlite_store.url.database, read_only=True)
    watch = viewer.watch()
    workshop.add_participant("Ann")
    assert watch.changed()
    viewer.close()


def test_a_live_page_sees_another_kernels_write_within_half_a_second(store: Store,
                                                                     store_url: str) -> None:
    workshop = store.create_workshop("Hotel")
    other = open_store(store_url)
    live = LiveSync(workshop)
    seen: list[float] = []
    live.subscribe(lambda frames, changed: seen.append(time.monotonic())
                   if "participants" in changed else None)

    async def run() -> float:
        live.start()
        await asyncio.sleep(0.3)
        written = time.monotonic()
        other.workshop(workshop.id).add_participant("Ann")
        while not seen and time.monotonic() - written < 3:
            await asyncio.sleep(0.02)
        live.stop()
        return seen[0] - written if seen else float("inf")

    try:
        assert _run_in_own_loop(run()) < 0.5
    finally:
        other.close()


def test_reading_stops_while_nothing_changes(sqlite_store: Store, monkeypatch) -> None:
    """Idle pages do not query the store ten times a second: only the watch is looked at."""
    workshop = sqlite_store.create_workshop("Hotel")
    live = LiveSync(workshop)
    queries: list[str] = []
    sa.event.listen(sqlite_store.engine, "before_cursor_execute",
                    lambda *args: queries.append(args[2]))

    async def run() -> None:
        live.start()
        await asyncio.sleep(1.0)
        live.stop()

    _run_in_own_loop(run())
    assert queries == []


def _run_in_own_loop(coroutine):
    """Run in a fresh thread's loop: a browser test's Playwright may own this thread's loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _soon(check, timeout: float = 2.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.01)
    return False
