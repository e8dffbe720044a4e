"""Preheated kernels that refill when the machine has time, not while a room is joining.

Voilà keeps a pool of kernels that have already run a notebook's imports, and refills the
pool each time a page takes one. When a room of participants opens their page at once, every
page takes a kernel and Voilà starts as many new ones a few seconds later: each costs seconds
of CPU, on the same cores that are building the pages people are waiting for. Measured with
20 participants on a 2-core machine, the refills took a third of the CPU of the join.

`RoomKernelManager` is the base class Voilà builds its pooled kernel manager on
(`VoilaConfiguration.multi_kernel_manager_class`). A refill waits until the machine's CPU has
been quiet for a moment, one refill at a time, and at most `refill_at_latest` seconds; a page
that needs a waiting kernel starts it at once. The first fill when the server starts does not
wait.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import psutil
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from traitlets import Float

_POLL_SECONDS = 0.25


@dataclass
class QuietGate:
    """Says when a refill may start: after the machine's CPU share stayed below `below` for
    `quiet_for` seconds since the last refill started, or after `latest` seconds of waiting."""

    below: float
    quiet_for: float
    latest: float
    busy_share: Callable[[], float] = field(default=lambda: psutil.cpu_percent(None) / 100)
    clock: Callable[[], float] = time.monotonic
    _busy_at: float = field(default=float("-inf"), init=False)
    _released_at: float = field(default=float("-inf"), init=False)
    _sampled_at: float = field(default=float("-inf"), init=False)

    def sample(self) -> None:
        """Note whether the machine was busy since the last sample (at most every 0.2 s:
        the CPU share is measured between calls)."""
        now = self.clock()
        if now - self._sampled_at < 0.2:
            return
        self._sampled_at = now
        if self.busy_share() >= self.below:
            self._busy_at = now

    def may_start(self, waiting_since: float) -> bool:
        """Whether a refill waiting since `waiting_since` may start now (and if so, the
        next one waits for a fresh quiet spell)."""
        now = self.clock()
        quiet = now - max(self._busy_at, self._released_at, waiting_since) >= self.quiet_for
        if quiet or now - waiting_since >= self.latest:
            self._released_at = now
            return True
        return False


class RoomKernelManager(AsyncMappingKernelManager):
    """A kernel manager whose pool refills wait for a quiet machine (see the module)."""

    refill_quiet_below = Float(
        0.35, config=True,
        help="Share of the machine's CPU (0-1) below which it counts as quiet for a refill.")
    refill_quiet_for = Float(
        2.0, config=True, help="Seconds the machine must stay quiet before a refill starts.")
    refill_at_latest = Float(
        120.0, config=True, help="Seconds after which a waiting refill starts anyway.")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        psutil.cpu_percent(None)  # the first reading only starts the measurement
        self._gate = QuietGate(self.refill_quiet_below, self.refill_quiet_for,
                               self.refill_at_latest)
        self._first_fill: set[asyncio.Task] | None = None
        self._closing = False

    async def start_kernel(self, *args: Any, **kwargs: Any) -> str:
        task = asyncio.current_task()
        if task is not None and self._is_refill(task):
            await self._wait_for_quiet(task)
        return await self._launch(*args, **kwargs)

    async def _launch(self, *args: Any, **kwargs: Any) -> str:
        return await super().start_kernel(*args, **kwargs)

    async def shutdown_all(self, now: bool = False) -> None:
        self._closing = True  # refills still waiting give up instead of starting
        await super().shutdown_all(now=now)

    def _pool_tasks(self) -> Iterable[asyncio.Task]:
        for pool in getattr(self, "_pools", {}).values():  # Voilà's pools, when preheating
            yield from pool

    def _is_refill(self, task: asyncio.Task) -> bool:
        """A pool's task that was not part of the first fill. The first fill's tasks are all
        in the pools before any of them runs, so the first call sees exactly them."""
        pooled = set(self._pool_tasks())
        if self._first_fill is None:
            self._first_fill = pooled
        return task in pooled and task not in self._first_fill

    async def _wait_for_quiet(self, task: asyncio.Task) -> None:
        """Wait for a quiet machine, unless a page takes this kernel from the pool first."""
        since = self._gate.clock()
        while task in set(self._pool_tasks()):
            self._gate.sample()
            if self._gate.may_start(since):
                return
            await asyncio.sleep(_POLL_SECONDS)
        if self._closing:
            raise RuntimeError("the server is shutting down")
