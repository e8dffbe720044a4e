"""How fast does a participant's rating reach the live emotion curve on a large workshop?

During the empathy phase every rating is one committed write, and every open page notices the
new revision and redraws the emotion curve from the store. This script times those parts
on a workshop far larger than a real one (12 phases, 80 steps, 40 participants, 3,200
ratings), on SQLite and, when a server can be had, on PostgreSQL.

    python benchmarks/bench_rating.py [--iterations 200] [--pg-url URL | --no-pg]
                                      [--json results.json]

Not a test: it asserts nothing, it prints a table (median and 95th percentile, in ms).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from klantreis import figures
from klantreis.core.store import open_store
from klantreis.core.workshop import Workshop

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from pg_server import find_bin_dir, temporary_server

PHASES, STEPS, PARTICIPANTS = 12, 80, 40
MEASURES = ("rate", "emotion_curve", "rate_and_curve", "revision_poll")


def build_workshop(url: str, rng: random.Random) -> tuple[Workshop, list[str], list[str]]:
    """The large workshop, every participant having rated every step once."""
    store = open_store(url)
    workshop = store.create_workshop("Benchmark: a large workshop (synthetic)", synthetic=True)
    journey = workshop.add_journey(workshop.add_persona("Benchmark persona"))
    phases = [workshop.add_phase(journey, f"Phase {n + 1}") for n in range(PHASES)]
    steps = [workshop.add_step(phases[n * PHASES // STEPS], f"Step {n + 1}")
             for n in range(STEPS)]
    people = [workshop.add_participant(f"Participant {n + 1}") for n in range(PARTICIPANTS)]
    for person in people:
        for step in steps:
            workshop.rate(person, step, rng.randint(1, 10), rng.randint(1, 10))
    return workshop, people, steps


def emotion_curve(workshop: Workshop) -> Any:
    """What a live view does on a new revision: read the tables, derive the curve."""
    frames = workshop.frames("phases", "steps", "ratings")
    return figures.emotion_curve(frames["phases"], frames["steps"], frames["ratings"])


def timed(action: Callable[[], object]) -> float:
    """Milliseconds one call of `action` takes."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure(workshop: Workshop, people: list[str], steps: list[str], iterations: int,
            rng: random.Random) -> dict[str, list[float]]:
    """Per iteration: one random rating, then the curve recomputed from the store."""
    samples: dict[str, list[float]] = {name: [] for name in MEASURES}
    emotion_curve(workshop)  # warm caches, like a page that has drawn the curve once
    for _ in range(iterations):
        person, step = rng.choice(people), rng.choice(steps)
        scores = rng.randint(1, 10), rng.randint(1, 10)
        rate_ms = timed(lambda: workshop.rate(person, step, *scores))  # noqa: B023
        curve_ms = timed(lambda: emotion_curve(workshop))
        samples["rate"].append(rate_ms)
        samples["emotion_curve"].append(curve_ms)
        samples["rate_and_curve"].append(rate_ms + curve_ms)
        samples["revision_poll"].append(timed(lambda: workshop.revision))
    return samples


def summarise(samples: list[float]) -> dict[str, float]:
    p95 = statistics.quantiles(samples, n=100, method="inclusive")[94]
    return {"median_ms": round(statistics.median(samples), 3), "p95_ms": round(p95, 3)}


def run_backend(name: str, url: str, iterations: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    print(f"{name}: building {PHASES} phases, {STEPS} steps, {PARTICIPANTS} participants, "
          f"{PARTICIPANTS * STEPS} ratings ...", flush=True)
    start = time.perf_counter()
    workshop, people, steps = build_workshop(url, rng)
    build_s = time.perf_counter() - start
    print(f"{name}: built in {build_s:.1f} s; measuring {iterations} iterations ...", flush=True)
    samples = measure(workshop, people, steps, iterations, rng)
    workshop.store.close()
    return {"build_s": round(build_s, 2), "iterations": iterations,
            **{measure_name: summarise(values) for measure_name, values in samples.items()}}


@contextmanager
def sqlite_url() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="klantreis-bench-") as folder:
        yield str(Path(folder) / "bench.db")


def postgres_url(args: argparse.Namespace) -> AbstractContextManager[str | None]:
    """The server to use: --pg-url, else a throwaway one when PostgreSQL is installed."""
    if args.no_pg:
        return nullcontext(None)
    if args.pg_url:
        return nullcontext(args.pg_url)
    if find_bin_dir() is None:
        print("postgresql: skipped (server binaries not installed; use --pg-url)")
        return nullcontext(None)
    return temporary_server()


def print_table(results: dict[str, dict[str, Any]]) -> None:
    print()
    print(f"{'backend':<11} {'measure':<16} {'median ms':>10} {'p95 ms':>10}")
    for backend, result in results.items():
        for name in MEASURES:
            row = result[name]
            print(f"{backend:<11} {name:<16} {row['median_ms']:>10.2f} {row['p95_ms']:>10.2f}")
        print(f"{backend:<11} {'build workshop':<16} {result['build_s'] * 1000:>10.0f} "
              f"{'':>10}  (once, ms)")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iterations", "-n", type=int, default=200,
                        help="rating + curve rounds to time (default: 200)")
    parser.add_argument("--pg-url", help="PostgreSQL URL to use instead of a throwaway server")
    parser.add_argument("--no-pg", action="store_true", help="only benchmark SQLite")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write results here")
    parser.add_argument("--seed", type=int, default=20260101, help="random seed")
    args = parser.parse_args(argv)
    if args.iterations < 2:
        parser.error("--iterations must be at least 2")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    results: dict[str, dict[str, Any]] = {}
    with sqlite_url() as url:
        results["sqlite"] = run_backend("sqlite", url, args.iterations, args.seed)
    with postgres_url(args) as url:
        if url is not None:
            results["postgresql"] = run_backend("postgresql", url, args.iterations, args.seed)
    print_table(results)
    if args.json:
        machine = {"python": platform.python_version(), "platform": platform.platform(),
                   "processor": platform.processor() or platform.machine()}
        args.json.write_text(json.dumps({"machine": machine, "results": results}, indent=2))
        print(f"\nwritten to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
