"""Live views: notice the store changed, and hand fresh tables to the panels that show them.

Each participant's page has its own kernel, so other people's input reaches a page only
through the store. Ten times a second the page looks at the store's change watch (the SQLite
files' size and time, or PostgreSQL's `LISTEN`: no query, see `core.changes`); only when it
moved does the page read the workshop's revision, and when that moved the store says which
tables the writes touched, only those are read (once for all panels on the page), and each
panel is told which tables changed so it redraws only what it shows. Every few seconds the
page reads the revision anyway, so no change waits long even if a watch missed it.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from ..core.changes import ChangeWatch
from ..core.tables import LIVE_TABLES
from ..core.workshop import Workshop

Frames = dict[str, pd.DataFrame]
Listener = Callable[[Frames, set[str]], None]
WATCH_SECONDS = 0.1  # how often the change watch is looked at
POLL_SECONDS = 1.0  # how often the revision is read where the store has no watch
SAFETY_SECONDS = 5.0  # how often it is read anyway


@dataclass
class LiveSync:
    """Keeps one page's copy of the workshop's tables up to date."""

    workshop: Workshop
    interval: float = POLL_SECONDS
    frames: Frames = field(default_factory=dict)
    revision: int = -1
    table_revisions: dict[str, int] = field(default_factory=dict)
    listeners: list[Listener] = field(default_factory=list)
    last_tick_seconds: float = 0.0
    _task: asyncio.Task | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.load()

    def load(
        self,
        tables: tuple[str, ...] = LIVE_TABLES,
        seen: tuple[int, dict[str, int]] | None = None,
    ) -> set[str]:
        """Read `tables` (default: all) now; returns the names of those that differ from the
        last read. `seen` is the revision and table marks, when the caller already read them."""
        if seen is None:
            seen = (self.workshop.revision, self.workshop.store.table_revisions(self.workshop.id))
        revision, self.table_revisions = seen
        fresh = self.workshop.frames(*tables)
        changed = {name for name in tables if not _same(self.frames.get(name), fresh[name])}
        self.frames, self.revision = {**self.frames, **fresh}, revision
        return changed

    def switch(self, workshop: Workshop) -> None:
        """Follow another workshop: read all its tables and tell every listener."""
        self.workshop, self.frames, self.table_revisions = workshop, {}, {}
        self.notify(self.load())

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(frames, changed_tables)` after every change seen."""
        self.listeners.append(listener)

    def tick(self) -> bool:
        """Poll once; if anything changed, reload and notify. Returns whether it changed."""
        started = time.perf_counter()
        try:
            revision = self.workshop.revision
            if revision == self.revision:
                return False
            marks = self.workshop.store.table_revisions(self.workshop.id)
            touched = tuple(t for t in LIVE_TABLES if marks.get(t) != self.table_revisions.get(t))
            changed = self.load(touched, (revision, marks))
            if changed:
                self.notify(changed)
            return bool(changed)
        finally:
            self.last_tick_seconds = time.perf_counter() - started

    def notify(self, changed: set[str]) -> None:
        for listener in list(self.listeners):
            listener(self.frames, changed)

    def after_write(self) -> None:
        """Called by a panel right after it wrote, so its own page updates at once."""
        self.tick()

    def start(self) -> None:
        """Poll in the kernel's event loop (JupyterLab and Voilà both run one)."""
        if self._task is None or self._task.done():
            with contextlib.suppress(RuntimeError):  # no running loop (plain scripts, tests)
                self._task = asyncio.get_running_loop().create_task(self._run())
            if self._task is None:
                with contextlib.suppress(RuntimeError):
                    self._task = asyncio.get_event_loop().create_task(self._run())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    async def _run(self) -> None:
        watch = None
        with contextlib.suppress(Exception):  # no watch to be had: read the revision
            watch = self.workshop.store.watch()
        try:
            await self._follow(watch)
        finally:
            if watch is not None:
                watch.close()

    async def _follow(self, watch: ChangeWatch | None) -> None:
        every = WATCH_SECONDS if watch is not None else self.interval
        last_read = time.monotonic()
        while True:
            await asyncio.sleep(every)
            due = time.monotonic() - last_read >= (SAFETY_SECONDS if watch else self.interval)
            with contextlib.suppress(Exception):  # a failed look is retried at the next one
                if due or watch is None or watch.changed():
                    last_read = time.monotonic()
                    self.tick()


def _same(old: pd.DataFrame | None, new: pd.DataFrame) -> bool:
    """Equal tables; the workshop's own revision counter does not count as a change."""
    if old is None or old.shape != new.shape:
        return False
    return old.drop(columns="revision", errors="ignore").equals(
        new.drop(columns="revision", errors="ignore")
    )
