"""How fast is the journey map of a large workshop, on the page and as a poster?

Builds a workshop far larger than a real one (12 phases, 80 steps, 40 participants who rated
every step, a story in every lane, moments, evidence, ideas) in a SQLite store, then times,
each in the same run:

- `curve chart (baseline)`: the dashboard's emotion curve as SVG (Altair and vl-convert), the
  chart a page drew before the map existed;
- `map to svg`: from the store's frames to the map's SVG (`JourneyData(...).journey_map`,
  then `map_svg`): what the dashboard does when it (re)draws the map;
- `map to png`, `poster a3`, `poster a1`: the files the dashboard and `klantreis map` write.

    python benchmarks/bench_map.py [--runs 7] [--json results.json]

Not a test: it asserts nothing and prints a table (median, min and max of the runs, in ms).
Aims: the map's SVG under 300 ms, the A1 poster under 5 s.
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from klantreis.charts import to_svg
from klantreis.charts.journey import curve_chart
from klantreis.charts.journey_map import map_svg
from klantreis.core.store import open_store
from klantreis.core.workshop import Workshop
from klantreis.figures import JourneyData
from klantreis.outputs.journey_map import map_png, poster_pdf

PHASES, STEPS, PARTICIPANTS = 12, 80, 40
STORY = ("Compares three offers side by side and wonders which one fits best, then asks a "
         "friend who bought one last year.")


def build_workshop(path: Path, rng: random.Random) -> Workshop:
    """The large workshop with a story in every lane and everyone's rating of every step."""
    workshop = open_store(path).create_workshop("Benchmark: a large journey map",
                                                synthetic=True)
    journey = workshop.add_journey(workshop.add_persona("Benchmark persona"))
    phases = [workshop.add_phase(journey, f"Phase {n + 1}", brand_goal="engagement")
              for n in range(PHASES)]
    steps = [workshop.add_step(phases[n * PHASES // STEPS], f"Step {n + 1}: a named moment",
                               kind="touchpoint" if n % 3 else "non_touchpoint",
                               channel="Website", online=bool(n % 2), department="Sales",
                               doing=STORY, thinking=STORY[:60], feeling="Hopeful, unsure.",
                               questions=STORY[:80], difficulties=STORY[:70])
             for n in range(STEPS)]
    people = [workshop.add_participant(f"Participant {n + 1}") for n in range(PARTICIPANTS)]
    for person in people:
        for step in steps:
            workshop.rate(person, step, rng.randint(1, 10), rng.randint(1, 10))
    for n, step in enumerate(steps):
        if n % 8 == 0:
            workshop.add_moment(step, "negative", "A drop the team recognised.",
                                status="confirmed")
        if n % 4 == 0:
            workshop.add_evidence("interview", "Seven of nine said so.", step_id=step)
        if n % 3 == 0:
            workshop.add_idea(f"Idea for step {n + 1}", [step], status="selected")
    return workshop


def timed_runs(action: Callable[[], object], runs: int) -> dict[str, float]:
    """Median, min and max milliseconds of `runs` calls, after one call to warm up."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return {"median_ms": round(statistics.median(times), 1), "min_ms": round(min(times), 1),
            "max_ms": round(max(times), 1)}


def measure(workshop: Workshop, runs: int) -> dict[str, dict[str, float]]:
    frames = workshop.frames()

    def fresh() -> JourneyData:  # a page that has not computed any figure yet
        return JourneyData(frames)

    cases: dict[str, Callable[[], object]] = {
        "curve chart (baseline)": lambda: to_svg(curve_chart(fresh(), "en")),
        "map to svg": lambda: map_svg(fresh().journey_map, "en"),
        "map to png": lambda: map_png(fresh().journey_map, "en"),
        "poster a3": lambda: poster_pdf(fresh().journey_map, "en", "a3"),
        "poster a1": lambda: poster_pdf(fresh().journey_map, "en", "a1"),
    }
    results = {}
    for name, action in cases.items():
        print(f"timing {name} ...", flush=True)
        results[name] = timed_runs(action, runs)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per case (default 7)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write results here")
    parser.add_argument("--seed", type=int, default=20260101, help="random seed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="klantreis-bench-") as folder:
        print(f"building {STEPS} steps × {PARTICIPANTS} participants ...", flush=True)
        workshop = build_workshop(Path(folder) / "bench.db", random.Random(args.seed))
        results: dict[str, Any] = measure(workshop, args.runs)
        workshop.store.close()
    print(f"\n{'case':<24} {'median ms':>10} {'min ms':>9} {'max ms':>9}")
    for name, row in results.items():
        print(f"{name:<24} {row['median_ms']:>10.1f} {row['min_ms']:>9.1f} {row['max_ms']:>9.1f}")
    if args.json:
        args.json.write_text(json.dumps({"machine": platform.platform(), "runs": args.runs,
                                         "results": results}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
