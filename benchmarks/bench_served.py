"""Served workshop speed, measured in Debian's Chromium against `klantreis serve` on loopback.

    .venv/bin/python benchmarks/bench_served.py [--runs 5] [--room 20 30] [--room-pool 30]

1. Page open → first chart (or panel) visible, median of `--runs` opens per app, beside a
   plain Voilà notebook with one Altair chart (rendered offline as SVG in an HTML widget),
   as a ratio. Each open waits until the preheated pools are full and the machine is quiet,
   as when people arrive one by one.
2. A participant's rating → the facilitator's emotion curve shows it, the facilitator's
   next step → the participant's page shows it, and the facilitator showing the team's
   figures → the participant's phone draws the team's curve.
3. `--room` participants open the join link at once (one browser context each), type a name
   and join: the distribution of the time until each page shows the join form and until it
   shows the score buttons, with `--room-pool` preheated participant kernels; the CPU seconds
   the server (Voilà and its kernels) spent per participant, what the browsers spent, and the
   server's memory (PSS) once all have joined.
4. A participant kernel's start-up (imports and the unseen warm-up build), beside the
   empathy page's: CPU seconds and memory.
Everything stays on 127.0.0.1; requests to any other host are blocked and counted. Pages are
closed as a person closes a tab, so Voilà shuts their kernels down.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from harness import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    LOCAL,
    build_mini,
    free_port,
    wait_until_up,
)
from playwright.async_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from playwright.async_api import async_playwright  # noqa: E402

from klantreis.core.environment import STORE_ENV, WORKSHOP_ENV  # noqa: E402
from klantreis.core.room import Room  # noqa: E402
from klantreis.core.store import open_store  # noqa: E402
from klantreis.serve.command import ServeOptions, prepare  # noqa: E402

PLAIN = """import altair as alt
import ipywidgets as widgets
import pandas as pd
import vl_convert as vlc

data = pd.DataFrame({"step": list(range(8)), "mean": [6, 7, 5, 8, 4, 6, 7, 9]})
chart = alt.Chart(data).mark_line(point=True).encode(x="step:Q", y="mean:Q")
box = widgets.HTML(vlc.vegalite_to_svg(chart.to_dict(), vl_version="v5_20"))
box.add_class("bench-chart")
box"""
APPS = {  # app: (who opens it, what "working" means)
    "participant": ("code", ".kr-join-name input"),
    "start": ("key", ".kr-panel-start .kr-progress-box"),
    "empathy": ("key", ".kr-emotion-curve svg"),
    "improvement": ("key", ".kr-panel-improvement"),
    "dashboard": ("view", ".kr-dashboard-curve svg"),
}
POOL_SETTLE_LIMIT_S = 300
ROOM_LIMIT_S = 180
OUTSIDE: list[str] = []


def plain_notebook(folder: Path) -> Path:
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(PLAIN)]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    path = folder / "plain.ipynb"
    nbformat.write(notebook, path)
    return path


def start_plain(folder: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    plain_notebook(folder)
    process = subprocess.Popen(
        [sys.executable, "-m", "voila", str(folder), f"--port={port}", "--no-browser",
         "--Voila.ip=127.0.0.1"], cwd=folder, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base + "/", process)
    return process, base


@dataclass
class Kit:
    """The kit served on loopback, with the room's secrets as `klantreis serve` printed."""

    process: subprocess.Popen
    base: str
    mini: object
    db: Path
    secrets: dict[str, str]

    def url(self, app: str, **query: str) -> str:
        return f"{self.base}/voila/render/{app}.ipynb?{urlencode({'lang': 'en', **query})}"

    def opened_as(self, app: str) -> str:
        who = APPS[app][0]
        return self.url(app, **{who: self.secrets[who]})

    def token(self, person: str) -> str:
        with open_store(self.db) as store:
            return Room(store.workshop(self.mini.id)).issue_token(person)


def start_kit(folder: Path, pool: int, room_pool: int | None = None) -> Kit:
    """The kit served on loopback (a mini workshop, the room rating its first step with the
    figures shown); `room_pool` kernels for the participant page."""
    db = folder / "store" / "w.db"
    with open_store(db) as store:
        mini = build_mini(store)
        options = ServeOptions(db=str(db), workshop=mini.id, port=free_port(), pool=pool)
        command, env, links, _text = prepare(options, store, folder / "run")
        Room(store.workshop(mini.id)).move(part="empathy", journey_id=mini.journey,
                                           step_id=mini.steps[0], reveal=True)
    if room_pool is not None:  # the page the room opens gets the big pool
        config = folder / "run" / "config" / "voila.json"
        settings = json.loads(config.read_text())
        settings["VoilaKernelManager"]["kernel_pools_config"]["participant.ipynb"] = {
            "pool_size": room_pool}
        config.write_text(json.dumps(settings))
    process = subprocess.Popen(command, env=env, cwd=folder / "run",
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{options.port}"
    wait_until_up(base + "/", process)
    secrets = {name: parse_qs(urlsplit(link).query)[name][0] for name, link in (
        ("key", links.facilitator), ("code", links.join), ("view", links.dashboard))}
    return Kit(process, base, mini, db, secrets)


def pooled_kernels(folder: Path) -> int:
    """How many preheated kernels the kit's run settings ask for."""
    settings = json.loads((folder / "run" / "config" / "voila.json").read_text())
    pools = settings["VoilaKernelManager"]["kernel_pools_config"]
    return sum(size["pool_size"] for name, size in pools.items() if name != "default")


async def pools_full(server: subprocess.Popen, kernels: int) -> None:
    """Wait until the server runs `kernels` kernels and the machine has been quiet for 3 s
    (the pools have preheated: refills start only on a quiet machine)."""
    parent, quiet_since = psutil.Process(server.pid), None
    psutil.cpu_percent(None)
    deadline = time.monotonic() + POOL_SETTLE_LIMIT_S
    while time.monotonic() < deadline:
        await asyncio.sleep(0.5)
        busy = psutil.cpu_percent(None) >= 15
        running = len(parent.children(recursive=True))
        if busy or running < kernels:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= 3:
            return
    print(f"   (pools not full after {POOL_SETTLE_LIMIT_S} s)", file=sys.stderr)


async def guarded_page(browser, width: int = 1280, height: int = 900):
    context = await browser.new_context(viewport={"width": width, "height": height})
    page = await context.new_page()

    async def route(route):
        if LOCAL.match(route.request.url) or route.request.url.startswith("data:"):
            await route.continue_()
        else:
            OUTSIDE.append(f"{page.url.split('?')[0]} → {route.request.url}")
            await route.abort()

    await page.route("**/*", route)
    return context, page


async def close(context) -> None:
    """Close like a person closing the tab: the page's unload handler asks Voilà to shut its
    kernel down (a bare context.close() skips it and leaves the kernel running)."""
    for page in context.pages:
        await page.close(run_before_unload=True)
    await asyncio.sleep(0.2)  # the shutdown beacon is sent while the page unloads
    await context.close()


async def time_open(browser, url: str, selector: str) -> float:
    context, page = await guarded_page(browser)
    started = time.perf_counter()
    await page.goto(url, wait_until="commit")
    await page.wait_for_selector(selector, timeout=180_000)
    elapsed = time.perf_counter() - started
    await close(context)
    return elapsed


async def first_charts(browser, kit: Kit, plain: str, runs: int, settle) -> dict[str, list]:
    times: dict[str, list[float]] = {}
    for _ in range(runs):
        await settle()
        times.setdefault("plain Voilà + one Altair chart", []).append(
            await time_open(browser, plain + "/voila/render/plain.ipynb", ".bench-chart svg"))
        for app, (_who, selector) in APPS.items():
            await settle()  # the previous page's kernel has shut down, the pools are full
            times.setdefault(app, []).append(
                await time_open(browser, kit.opened_as(app), selector))
    return times


def curve_key_js() -> str:
    return ("() => [...document.querySelectorAll('.kr-emotion-curve .mean_marks path')]"
            ".map(e => e.getAttribute('aria-label')).join('|')")


async def live_delays(browser, kit: Kit,
                      rounds: int) -> tuple[list[float], list[float], list[float]]:
    """(rating → facilitator's curve, facilitator's next step → participant's page,
    facilitator shows the team's figures → the team's curve on the participant's phone)."""
    fctx, facilitator = await guarded_page(browser)
    await facilitator.goto(kit.opened_as("empathy"), wait_until="commit")
    await facilitator.wait_for_selector(".kr-emotion-curve .mean_marks path", timeout=180_000)
    pctx, participant = await guarded_page(browser, 390, 844)
    await participant.goto(kit.url("participant", token=kit.token(kit.mini.hostile_person)),
                           wait_until="commit")
    await participant.wait_for_selector(".kr-rate-emotional", timeout=180_000)
    ratings, steps = [], []
    for score in [3, 9, 4, 8, 5, 7, 2, 6, 3, 9][:rounds]:  # as the old benchmark: one step
        before = await facilitator.evaluate(curve_key_js())
        await participant.locator(".kr-rate-emotional").get_by_role(
            "button", name=str(score), exact=True).click()
        clicked = time.perf_counter()
        await facilitator.wait_for_function(
            f"() => ({curve_key_js()})() !== {json.dumps(before)}", timeout=30_000,
            polling=20)
        ratings.append(time.perf_counter() - clicked)
    for round_number in range(rounds):
        shown = await participant.locator(".kr-step-name").inner_text()
        button = ".kr-empathy-next" if round_number % 2 == 0 else ".kr-empathy-previous"
        await facilitator.locator(button).click()
        clicked = time.perf_counter()
        await participant.wait_for_function(
            "s => document.querySelector('.kr-step-name').innerText !== s", arg=shown,
            timeout=30_000, polling=20)
        steps.append(time.perf_counter() - clicked)
        await asyncio.sleep(1.0)  # the room reads the step
    reveals = await reveal_delays(facilitator, participant, rounds)
    await close(fctx)
    await close(pctx)
    return ratings, steps, reveals


async def reveal_delays(facilitator, participant, rounds: int) -> list[float]:
    """Hide the team's figures, then show them: until the phone draws the team's curve."""
    delays = []
    for _ in range(rounds):
        curve = participant.locator(".kr-phone-curve svg")
        if await curve.count() and await curve.first.is_visible():  # shown: hide it first
            await facilitator.locator(".kr-room-reveal").click()
            await participant.wait_for_selector(".kr-phone-curve svg", state="hidden",
                                                timeout=30_000)
            await asyncio.sleep(0.5)
        await facilitator.locator(".kr-room-reveal").click()  # show
        clicked = time.perf_counter()
        await participant.wait_for_selector(".kr-phone-curve svg", timeout=30_000)
        delays.append(time.perf_counter() - clicked)
        await asyncio.sleep(1.0)
    return delays


def server_cpu(server: subprocess.Popen) -> float:
    """CPU seconds Voilà and its kernels have used so far (kernels that ended are lost, so
    this is read while every kernel of interest still runs)."""
    processes = [psutil.Process(server.pid), *psutil.Process(server.pid).children(True)]
    total = 0.0
    for process in processes:
        with contextlib.suppress(psutil.Error):
            times = process.cpu_times()
            total += times.user + times.system
    return total


def server_memory(server: subprocess.Popen) -> tuple[float, int]:
    """(proportional set size of Voilà and its kernels in GB, number of kernels)."""
    children = psutil.Process(server.pid).children(True)
    total = 0
    for process in [psutil.Process(server.pid), *children]:
        with contextlib.suppress(psutil.Error):
            total += process.memory_full_info().pss
    return total / 1e9, len(children)


def busy_cpu() -> float:
    times = psutil.cpu_times()
    return times.user + times.system + getattr(times, "nice", 0.0)


@dataclass
class RoomResult:
    form: list[float]  # open → join form shown
    rating: list[float]  # open → joined and score buttons shown
    server_cpu: float  # seconds, Voilà and its kernels, during the room
    all_cpu: float  # seconds, the whole machine (server, browsers, this script)
    memory_gb: float
    kernels: int


async def room(browser, kit: Kit, size: int) -> RoomResult:
    contexts = []

    async def join(number: int) -> tuple[float, float]:
        context, page = await guarded_page(browser, 390, 844)
        contexts.append(context)
        started = time.perf_counter()
        await page.goto(kit.url("participant", code=kit.secrets["code"]), wait_until="commit")
        try:
            await page.wait_for_selector(".kr-join-name input", timeout=ROOM_LIMIT_S * 1000)
            form = time.perf_counter() - started
            await page.locator(".kr-join-name input").fill(f"Person {number}")
            await page.locator(".kr-join-button").click()
            await page.wait_for_selector(".kr-rate-emotional button",
                                         timeout=ROOM_LIMIT_S * 1000)
            return form, time.perf_counter() - started
        except PlaywrightTimeout:
            return math.inf, math.inf  # not working within the limit: counted, not hidden

    cpu_before, all_before = server_cpu(kit.process), busy_cpu()
    times = await asyncio.gather(*(join(n) for n in range(size)))
    cpu_after, all_after = server_cpu(kit.process), busy_cpu()
    memory, kernels = server_memory(kit.process)
    for context in contexts:
        await close(context)
    return RoomResult(sorted(t[0] for t in times), sorted(t[1] for t in times),
                      cpu_after - cpu_before, all_after - all_before, memory, kernels)


STARTUP = """
import resource, time, psutil
started = time.process_time()
from klantreis.ui.page import panel_class, warm_up_charts, warm_up_page
panel_class({area!r})
warm_up_charts()
warm_up_page({area!r})
info = psutil.Process().memory_full_info()
print(time.process_time() - started, info.uss, info.pss)
"""


def kernel_startup(db: Path, workshop: str, area: str, runs: int = 3) -> tuple[float, float]:
    """(CPU seconds, memory MB unique to the process) of a kernel's preparation for `area`,
    median of `runs` fresh processes."""
    env = {**os.environ, STORE_ENV: str(db), WORKSHOP_ENV: workshop}
    seconds, memory = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", STARTUP.format(area=area)], env=env,
                             capture_output=True, text=True, check=True).stdout.split()
        seconds.append(float(out[0]))
        memory.append(int(out[1]) / 1e6)
    return statistics.median(seconds), statistics.median(memory)


def summary(values: list[float]) -> str:
    done = [v for v in values if math.isfinite(v)]
    late = len(values) - len(done)
    return (f"median {statistics.median(values):.2f} s, min {min(values):.2f}, "
            f"max {max(done or [math.inf]):.2f} (n={len(values)}"
            + (f", {late} not working after {ROOM_LIMIT_S} s)" if late else ")"))


async def main(args: argparse.Namespace) -> None:
    if not args.room_only:
        await speed(args)
    if not args.no_room:
        await rooms(args)
    print(f"requests to other hosts (page → request): {len(OUTSIDE)}")
    for line in sorted(set(OUTSIDE)):
        print(f"   {line}")


async def speed(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base_dir = Path(folder)
        (base_dir / "plain").mkdir()
        plain, plain_url = start_plain(base_dir / "plain")
        kit = start_kit(base_dir / "kit", args.pool)
        try:
            async with async_playwright() as playwright:
                browser = await playwright.chromium.launch(executable_path=str(CHROMIUM),
                                                           args=CHROMIUM_ARGS)
                kernels = pooled_kernels(base_dir / "kit")
                times = await first_charts(browser, kit, plain_url, args.runs,
                                           lambda: pools_full(kit.process, kernels))
                baseline = statistics.median(times["plain Voilà + one Altair chart"])
                print(f"1. Page open → first chart or panel (pool {args.pool}):")
                for name, values in times.items():
                    print(f"   {name:32s} {summary(values)}; "
                          f"ratio to plain {statistics.median(values) / baseline:.2f}")
                ratings, steps, reveals = await live_delays(browser, kit, args.rounds)
                print(f"2. Rating → facilitator's curve: {summary(ratings)}")
                print(f"   Facilitator's next step → participant's page: {summary(steps)}")
                print(f"   Facilitator shows the figures → the team's curve on the phone: "
                      f"{summary(reveals)}", flush=True)
                await browser.close()
        finally:
            kit.process.terminate()
            plain.terminate()
            kit.process.wait(timeout=60)
            plain.wait(timeout=60)
        for area in ("participant", "empathy"):
            cpu, memory = kernel_startup(kit.db, kit.mini.id, area)
            print(f"4. Kernel start-up for the {area} page: {cpu:.2f} s CPU, "
                  f"{memory:.0f} MB of its own (median of 3)")


async def rooms(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base_dir = Path(folder)
        for pool in dict.fromkeys(args.room_pool):
            for size in args.room:
                name = f"room-{pool}-{size}"
                kit = start_kit(base_dir / name, args.pool, pool)
                try:
                    async with async_playwright() as playwright:
                        browser = await playwright.chromium.launch(
                            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                        await pools_full(kit.process, pooled_kernels(base_dir / name))
                        result = await room(browser, kit, size)
                        report_room(result, size, pool)
                        await browser.close()
                finally:
                    kit.process.terminate()
                    kit.process.wait(timeout=120)


def report_room(result: RoomResult, size: int, pool: int) -> None:
    quartiles = statistics.quantiles(result.rating, n=4)
    print(f"3. {size} participants join at once, participant pool {pool}:\n"
          f"   join form shown: {summary(result.form)}\n"
          f"   joined, score buttons shown: {summary(result.rating)}; quartiles "
          f"{', '.join(f'{q:.1f}' for q in quartiles)} s; "
          f"{sum(v <= 45 for v in result.rating)} within 45 s; all: "
          f"{' '.join(f'{v:.1f}' for v in result.rating)}\n"
          f"   CPU: server {result.server_cpu:.1f} s ({result.server_cpu / size:.2f} s per "
          f"participant), browsers and the rest {result.all_cpu - result.server_cpu:.1f} s; "
          f"server memory {result.memory_gb:.2f} GB (PSS) in {result.kernels} kernels",
          flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--pool", type=int, default=2)
    parser.add_argument("--room", type=int, nargs="+", default=[20, 30],
                        help="how many join at once (each size is its own run)")
    parser.add_argument("--room-pool", type=int, nargs="+", default=[30],
                        help="participant pool sizes to try for the room")
    parser.add_argument("--room-only", action="store_true", help="only the room test")
    parser.add_argument("--no-room", action="store_true", help="skip the room test")
    asyncio.run(main(parser.parse_args()))
