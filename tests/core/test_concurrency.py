"""Many kernels writing into one SQLite store at once, as in a workshop with Voilà pages.

Each participant's page is its own process, so these tests use real processes (the "spawn"
context, like fresh kernels) that start together on a barrier, and check afterwards that no
write was lost, none failed and the file is intact. A kernel killed in the middle of a write
must leave no trace of that write.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sqlite3
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from queue import Empty
from typing import Any

import pytest
import sqlalchemy as sa

from klantreis.core.schema import SCHEMA_VERSION, SQL_TABLES, meta_table, metadata
from klantreis.core.store import open_store

PROCESSES = 8
STEPS = 25
IDEAS = 3
RERATED = range(0, STEPS, 5)  # the steps each participant rates a second time
WRITES_PER_CHILD = STEPS + len(RERATED) + IDEAS
TIMEOUT = 60.0

pytestmark = pytest.mark.slow

_CTX = mp.get_context("spawn")


def first_scores(participant: int, step: int) -> tuple[int, int]:
    return (participant + step) % 10 + 1, (participant * step) % 10 + 1


def second_scores(participant: int, step: int) -> tuple[int, int]:
    functional, emotional = first_scores(participant, step)
    return 11 - functional, 11 - emotional


def expected_scores(participant: int, step: int) -> tuple[int, int]:
    """The last scores a participant wrote for a step (re-rating replaces)."""
    return (second_scores if step in RERATED else first_scores)(participant, step)


# -- child processes (module level, so "spawn" can import them) -----------------------------


def _report(queue: Any, index: int, work: Callable[[], None]) -> None:
    """Run `work`, then tell the parent: None for success, else the traceback."""
    try:
        work()
    except BaseException:
        queue.put((index, traceback.format_exc()))
    else:
        queue.put((index, None))


def _rate_child(
    path: str, workshop_id: str, index: int, participant: str, steps: list[str],
    ideas: list[str], barrier: Any, queue: Any,
) -> None:
    def work() -> None:
        with open_store(path) as store:
            workshop = store.workshop(workshop_id)
            barrier.wait(TIMEOUT)
            for number, step in enumerate(steps):
                workshop.rate(participant, step, *first_scores(index, number))
            for number in RERATED:
                workshop.rate(participant, steps[number], *second_scores(index, number))
            for idea in ideas:
                workshop.vote(participant, idea)

    _report(queue, index, work)


def _open_child(path: str, index: int, barrier: Any, queue: Any) -> None:
    def work() -> None:
        barrier.wait(TIMEOUT)
        with open_store(path) as store:
            store.create_workshop(f"Workshop {index}")

    _report(queue, index, work)


def _killed_child(path: str, workshop_id: str) -> None:
    """Start a big write transaction and die before it commits, like a killed kernel."""
    table = SQL_TABLES["participants"]
    store = open_store(path)
    with store.writing(workshop_id) as conn:
        conn.exec_driver_sql("PRAGMA cache_size=10")  # spill uncommitted pages into the WAL
        conn.execute(sa.insert(table), [
            {"id": f"ghost{n}", "workshop_id": workshop_id, "name": f"Ghost {n}",
             "department": "x" * 200}
            for n in range(3000)
        ])
        os.kill(os.getpid(), signal.SIGKILL)


# -- helpers for the parent -----------------------------------------------------------------


def run_together(target: Callable[..., None], args: list[tuple[Any, ...]]) -> None:
    """Start one process per args tuple, all released by one barrier; fail on any error."""
    barrier, queue = _CTX.Barrier(len(args)), _CTX.Queue()
    processes = [_CTX.Process(target=target, args=(*a, barrier, queue)) for a in args]
    for process in processes:
        process.start()
    try:
        results = _collect(queue, processes, barrier)
    finally:
        for process in processes:
            process.join(TIMEOUT)
            if process.is_alive():
                process.kill()
    errors = [f"child {i}:\n{results.get(i, 'died without reporting')}"
              for i in range(len(processes)) if results.get(i, "missing")]
    errors += [f"child {i}: exit code {p.exitcode}" for i, p in enumerate(processes)
               if p.exitcode != 0]
    assert not errors, "\n".join(errors)


def _collect(queue: Any, processes: list[Any], barrier: Any) -> dict[int, str | None]:
    """The children's reports. A child that dies before reporting (say, at import) breaks
    the barrier, so the others stop waiting and the test fails fast."""
    results: dict[int, str | None] = {}
    deadline = time.monotonic() + 2 * TIMEOUT
    while len(results) < len(processes) and time.monotonic() < deadline:
        try:
            index, error = queue.get(timeout=0.2)
            results[index] = error
        except Empty:
            dead = [i for i, p in enumerate(processes) if not p.is_alive() and i not in results]
            if dead and all(not p.is_alive() for p in processes):
                break
            if dead:
                barrier.abort()
    return results


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


# -- tests ----------------------------------------------------------------------------------


def test_many_processes_rate_at_once_without_losing_a_write(tmp_path: Path) -> None:
    path = tmp_path / "workshop.db"
    with open_store(path) as store:
        workshop = store.create_workshop("Concurrency", lens="classic", vote_budget=IDEAS)
        phases = list(workshop.frame("phases")["id"])
        steps = [workshop.add_step(phases[n % len(phases)], f"Step {n}") for n in range(STEPS)]
        people = [workshop.add_participant(f"Participant {n}") for n in range(PROCESSES)]
        ideas = [workshop.add_idea(f"Idea {n}", [steps[n]]) for n in range(IDEAS)]
        before = workshop.revision

    run_together(_rate_child, [
        (str(path), workshop.id, index, person, steps, ideas)
        for index, person in enumerate(people)
    ])

    with open_store(path) as store:
        workshop = store.workshop(workshop.id)
        assert workshop.revision - before == PROCESSES * WRITES_PER_CHILD
        ratings = workshop.frame("ratings")
        votes = workshop.frame("votes")
    assert len(ratings) == PROCESSES * STEPS
    got = {(r.participant_id, r.step_id): (r.functional, r.emotional)
           for r in ratings.itertuples()}
    want = {(person, step): expected_scores(index, number)
            for index, person in enumerate(people) for number, step in enumerate(steps)}
    assert got == want
    assert len(votes) == PROCESSES * IDEAS and set(votes["votes"]) == {1}
    assert integrity(path) == "ok"


def test_many_processes_create_the_same_new_store_at_once(tmp_path: Path) -> None:
    path = tmp_path / "new" / "workshop.db"
    run_together(_open_child, [(str(path), index) for index in range(PROCESSES)])

    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        titles = sorted(store.workshops()["title"])
    assert titles == sorted(f"Workshop {i}" for i in range(PROCESSES))
    with sqlite3.connect(path) as conn:
        versions = conn.execute(f"SELECT count(*) FROM {meta_table.name} "
                                "WHERE key = 'schema_version'")
        assert versions.fetchone()[0] == 1
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master "
                                                 "WHERE type = 'table'")]
    assert sorted(names) == sorted(metadata.tables)  # every table once, nothing else
    assert integrity(path) == "ok"


def test_a_kernel_killed_mid_write_leaves_no_trace(tmp_path: Path) -> None:
    path = tmp_path / "workshop.db"
    with open_store(path) as store:
        workshop = store.create_workshop("Killed")
        workshop.add_participant("Ann")
        before = workshop.revision

    child = _CTX.Process(target=_killed_child, args=(str(path), workshop.id))
    child.start()
    child.join(TIMEOUT)
    assert child.exitcode == -signal.SIGKILL

    assert integrity(path) == "ok"
    with open_store(path) as store:
        workshop = store.workshop(workshop.id)
        assert workshop.revision == before
        assert list(workshop.frame("participants")["name"]) == ["Ann"]
        workshop.add_participant("Bob")
        assert workshop.revision == before + 1
        assert sorted(workshop.frame("participants")["name"]) == ["Ann", "Bob"]
    assert integrity(path) == "ok"


class _LockedAtFirst:
    """A cursor whose file another page holds for the first `busy` tries."""

    def __init__(self, busy: int, error: str = "database is locked") -> None:
        self.busy, self.error, self.calls = busy, error, []

    def execute(self, sql: str) -> _LockedAtFirst:
        self.calls.append(sql)
        if self.busy:
            self.busy -= 1
            raise sqlite3.OperationalError(self.error)
        return self

    def fetchone(self) -> tuple[str]:
        return ("delete",)


def test_switching_a_new_store_to_wal_waits_for_the_others() -> None:
    """Seen once with 8 processes creating one store on a loaded machine: SQLite answers
    "locked" to the switch at once, without waiting for its busy timeout."""
    from klantreis.core.database import _use_wal

    cursor = _LockedAtFirst(busy=3)
    _use_wal(cursor)
    assert cursor.calls[-1] == "PRAGMA journal_mode=WAL" and len(cursor.calls) == 5
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _use_wal(_LockedAtFirst(busy=1, error="disk I/O error"))
