"""How fast does the empathy panel's live emotion curve follow a rating, on a large workshop?

Builds the large workshop of `bench_rating.py` (12 phases, 80 steps, 40 participants, every
participant rating every step: 3,200 ratings) in a temporary SQLite file, opens an
`EmpathyPanel` for one participant in this process (ipywidgets works without a frontend),
and times, over N rounds (default 200):

- `other`: another participant rates through a second store connection (another kernel);
  then `panel.live.tick()` until the chart holds the new spec;
- `own`: the panel's participant rates through the panel's own widgets (a score button),
  which writes, ticks and redraws at once;
- `idle`: one `tick()` when nothing changed (what every open page does once a second).

Each round is split into its parts (ms): `write` (the rating's transaction), `read`
(`LiveSync.load`: the tables the write touched), `curve` (`figures.emotion_curve`), `chart`
(`charts.emotion_curve_spec`: the cached spec with fresh data), `spec` (the compare in
`ChartView`), `svg` (vl-convert), `panel` (the rest of the panel's refresh:
proposals, lists, the rating box), `to_spec` (from the start of the tick, or the end of
the click's write, until the updated spec reaches the chart view; the lists beside the
chart are refreshed after it) and `total`.

    .venv/bin/python benchmarks/bench_live.py                       # 200 rounds
    .venv/bin/python benchmarks/bench_live.py -n 50 --individual    # with every rating drawn
    .venv/bin/python benchmarks/bench_live.py --json live.json      # also save the figures

Not a test: it asserts nothing and prints a table (median and 95th percentile).
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
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_rating import PARTICIPANTS, PHASES, STEPS, build_workshop

from klantreis.core.store import open_store
from klantreis.figures import journey_data
from klantreis.ui import kit
from klantreis.ui.empathy import curve
from klantreis.ui.empathy.panel import EmpathyPanel
from klantreis.ui.page import keep_out_of_collections
from klantreis.ui.session import Session

PARTS = ("write", "read", "curve", "chart", "spec", "svg", "panel", "to_spec", "total")


class Probe:
    """Wraps functions so that each round records how long each one took (ms)."""

    def __init__(self) -> None:
        self.round: dict[str, float] = defaultdict(float)
        self.started = 0.0
        self.spec_ready: float | None = None  # ms into the round when the spec reached the view

    def mark_spec(self, owner: Any, name: str) -> None:
        """Note when `owner.name` is first called in a round: the updated spec is in hand."""
        original = getattr(owner, name)

        def marked(*args: Any, **kwargs: Any) -> Any:
            if self.spec_ready is None:
                self.spec_ready = (time.perf_counter() - self.started) * 1000
            return original(*args, **kwargs)

        setattr(owner, name, marked)

    def wrap(self, owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.round[label] += (time.perf_counter() - start) * 1000

        setattr(owner, name, timed)

    def measure(self, action: Callable[[], object]) -> dict[str, float]:
        """Run one round; return its parts, with nested timings taken apart."""
        self.round, self.spec_ready = defaultdict(float), None
        start = self.started = time.perf_counter()
        action()
        r = self.round
        total = (time.perf_counter() - start) * 1000
        ready = total - r["svg"] if self.spec_ready is None else self.spec_ready
        view = r["chart_view"]  # ChartView.show_spec: compare, and the SVG
        known = r["write"] + r["read"] + r["curve"] + r["chart"] + view
        return {
            "write": r["write"], "read": r["read"], "curve": r["curve"], "chart": r["chart"],
            "spec": view - r["svg"], "svg": r["svg"], "panel": total - known,
            "to_spec": ready - r["write"], "total": total,
        }


def open_panel(path: str, participant: str, individual: bool) -> tuple[EmpathyPanel, Probe]:
    store = open_store(path)
    workshop = store.workshop(str(store.workshops()["id"].iloc[0]))
    panel = EmpathyPanel(Session(store, workshop, "participant", participant, "en"))
    panel.curve.individual.value = individual
    probe = Probe()
    probe.wrap(panel.state.live, "load", "read")
    probe.wrap(workshop, "rate", "write")
    probe.wrap(panel.curve.chart, "show_spec", "chart_view")
    probe.mark_spec(panel.curve.chart, "show_spec")
    probe.wrap(kit, "spec_to_svg", "svg")
    probe.wrap(journey_data, "emotion_curve", "curve")
    probe.wrap(curve, "emotion_curve_spec", "chart")
    keep_out_of_collections()  # as a served page does once it is built
    return panel, probe


def run(iterations: int, individual: bool, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "live.db")
        started = time.perf_counter()
        other_kernel, people, steps = build_workshop(path, rng)
        built = time.perf_counter() - started
        me, others = people[0], people[1:]
        panel, probe = open_panel(path, me, individual)
        samples: dict[str, list[dict[str, float]]] = {"other": [], "own": [], "idle": []}
        for _ in range(iterations):
            person, step = rng.choice(others), rng.choice(steps)
            score = rng.randint(1, 10)
            other_kernel.rate(person, step, score, score)  # not timed: the other kernel's
            samples["other"].append(probe.measure(panel.state.live.tick))
            panel.walk.go(rng.choice((-1, 1)))
            current = panel.rating.emotional.value
            score = rng.choice([s for s in range(1, 11) if s != current])
            samples["own"].append(probe.measure(
                lambda s=score: setattr(panel.rating.emotional, "value", s)))
            samples["idle"].append(probe.measure(panel.state.live.tick))
        return {
            "workshop": {"phases": PHASES, "steps": STEPS, "participants": PARTICIPANTS,
                         "ratings": PARTICIPANTS * STEPS, "build_seconds": round(built, 1)},
            "iterations": iterations, "individual_points": individual,
            "chart_renders": panel.curve.chart.renders,
            "python": platform.python_version(), "machine": platform.machine(),
            "results": {name: summarise(rounds) for name, rounds in samples.items()},
        }


def summarise(rounds: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    out = {}
    for part in PARTS:
        values = sorted(r[part] for r in rounds)
        p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
        out[part] = {"median": round(statistics.median(values), 2), "p95": round(p95, 2)}
    return out


def print_table(report: dict[str, Any]) -> None:
    shape = report["workshop"]
    print(f"Empathy panel, live curve: {shape['phases']} phases, {shape['steps']} steps, "
          f"{shape['participants']} participants, {shape['ratings']} ratings "
          f"(built in {shape['build_seconds']} s); {report['iterations']} rounds; "
          f"individual points {'on' if report['individual_points'] else 'off'}")
    print("ms, median / p95")
    print(f"{'round':<7}" + "".join(f"{p:>15}" for p in PARTS))
    for name, parts in report["results"].items():
        cells = "".join(f"{parts[p]['median']:>7.1f} /{parts[p]['p95']:>6.1f}" for p in PARTS)
        print(f"{name:<7}{cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--iterations", type=int, default=200)
    parser.add_argument("--individual", action="store_true",
                        help="draw every participant's rating too (3,200 more points)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also save the figures to this file")
    args = parser.parse_args()
    report = run(args.iterations, args.individual, args.seed)
    print_table(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
