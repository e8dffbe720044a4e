"""Pool refills wait for a quiet machine; a page that needs a waiting kernel starts it."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from voila.voila_kernel_manager import voila_kernel_manager_factory

from klantreis.serve import command as serve
from klantreis.serve import pool
from klantreis.serve.pool import QuietGate, RoomKernelManager


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def gate(busy: float) -> tuple[QuietGate, Clock, list[float], float]:
    """A gate on a fake clock and CPU share (changed through the returned list), and the
    moment a refill started waiting."""
    clock, share = Clock(), [busy]
    quiet = QuietGate(below=0.35, quiet_for=2.0, latest=30.0, busy_share=lambda: share[0],
                      clock=clock)
    return quiet, clock, share, clock.now


def test_a_refill_waits_while_the_machine_is_busy_and_starts_once_it_is_quiet() -> None:
    quiet, clock, busy, since = gate(0.9)
    for _ in range(20):  # 10 s of a busy machine
        clock.now += 0.5
        quiet.sample()
        assert not quiet.may_start(since)
    busy[0] = 0.1
    clock.now += 0.5
    quiet.sample()
    assert not quiet.may_start(since)  # quiet for a moment is not quiet for 2 s
    clock.now += 2.0
    quiet.sample()
    assert quiet.may_start(since)


def test_refills_start_one_quiet_spell_apart() -> None:
    quiet, clock, _, since = gate(0.0)
    clock.now += 2.5
    quiet.sample()
    assert quiet.may_start(since)
    assert not quiet.may_start(since), "the next refill waits for a quiet spell of its own"
    clock.now += 2.0
    assert quiet.may_start(since)


def test_a_refill_starts_at_the_latest_even_on_a_busy_machine() -> None:
    quiet, clock, _, since = gate(1.0)
    clock.now += 29.0
    quiet.sample()
    assert not quiet.may_start(since)
    clock.now += 1.0
    assert quiet.may_start(since)


def manager(busy: float) -> RoomKernelManager:
    room = RoomKernelManager(refill_quiet_for=0.3, refill_at_latest=30.0)
    room._gate.busy_share = lambda: busy
    room._pools = {"empathy.ipynb": []}
    return room


async def pooled_start(room: RoomKernelManager, started: list[str]) -> None:
    async def fake_start(*args, **kwargs) -> str:
        started.append("kernel")
        return "kernel"

    room._launch = fake_start  # type: ignore[method-assign]
    await room.start_kernel(kernel_name="python3")  # what each of Voilà's pool tasks does


def refill_after_first_fill(room: RoomKernelManager, started: list[str]) -> asyncio.Future:
    """A pool task started after the first fill (which the manager has seen)."""
    initial = asyncio.ensure_future(asyncio.sleep(0))
    room._pools["empathy.ipynb"].append(initial)
    room._is_refill(initial)
    refill = asyncio.ensure_future(pooled_start(room, started))
    room._pools["empathy.ipynb"].append(refill)
    return refill


def run(coroutine):
    """Run like Voilà's loop does, in a thread of its own: the browser tests keep a loop
    running in the main thread."""
    with ThreadPoolExecutor(1) as server:
        return server.submit(asyncio.run, coroutine).result()


def test_the_first_fill_starts_at_once_and_refills_wait_for_quiet() -> None:
    async def scenario() -> tuple[list[str], list[str]]:
        room = manager(busy=1.0)
        first, later = [], []
        initial = asyncio.ensure_future(pooled_start(room, first))
        room._pools["empathy.ipynb"].append(initial)
        await asyncio.wait_for(initial, 5)
        refill = asyncio.ensure_future(pooled_start(room, later))
        room._pools["empathy.ipynb"].append(refill)
        await asyncio.sleep(1.0)  # busy machine: the refill has not started
        waiting = list(later)
        refill.cancel()
        return first, waiting

    first, waiting = run(scenario())
    assert first == ["kernel"] and waiting == []


def test_a_quiet_machine_refills() -> None:
    async def scenario() -> list[str]:
        room = manager(busy=0.0)
        started: list[str] = []
        refill = refill_after_first_fill(room, started)
        await asyncio.wait_for(refill, 5)
        return started

    assert run(scenario()) == ["kernel"]


def test_a_page_taking_a_waiting_kernel_starts_it_at_once() -> None:
    async def scenario() -> tuple[list[str], float]:
        room = manager(busy=1.0)
        started: list[str] = []
        refill = refill_after_first_fill(room, started)
        await asyncio.sleep(0.5)
        assert started == []
        loop = asyncio.get_running_loop()
        taken = loop.time()
        room._pools["empathy.ipynb"].remove(refill)  # what Voilà does when a page comes
        await asyncio.wait_for(refill, 5)
        return started, loop.time() - taken

    started, waited = run(scenario())
    assert started == ["kernel"] and waited < 1.0


def test_a_closing_server_does_not_start_waiting_refills() -> None:
    async def scenario() -> list[str]:
        room = manager(busy=1.0)
        started: list[str] = []
        refill = refill_after_first_fill(room, started)
        await asyncio.sleep(0.3)
        room._closing = True
        room._pools = {}
        with pytest.raises(RuntimeError):
            await asyncio.wait_for(refill, 5)
        return started

    assert run(scenario()) == []


def test_served_pages_use_the_room_manager_under_voilas_pool() -> None:
    settings = json.loads((serve.CONFIG_DIR / "voila.json").read_text())
    name = settings["VoilaConfiguration"]["multi_kernel_manager_class"]
    assert name == f"{pool.__name__}.{RoomKernelManager.__name__}"
    pooled = voila_kernel_manager_factory(RoomKernelManager, True, 1)
    assert issubclass(pooled, RoomKernelManager)
    assert pooled.start_kernel is RoomKernelManager.start_kernel, \
        "Voilà's pool must reach our start_kernel"
    assert settings["VoilaKernelManager"]["fill_delay"] == 0, \
        "the refill's wait is ours (a page can cut it short), not Voilà's fixed delay"
