"""Served workshop speed, measured in Debian's Chromium against `klantreis serve` on loopback.

    .venv/bin/python benchmarks/bench_served.py [--runs 5] [--room 20] [--room-pool 20]

1. Page open → first chart (or panel) visible, median of `--runs` opens per app, beside a
   plain Voilà notebook with one Altair chart (rendered offline as SVG in an HTML widget),
   as a ratio. Each open waits until the preheated pools are full and the machine is quiet,
   as when people arrive one by one.
2. A participant's rating → the facilitator's emotion curve shows it.
3. `--room` participants open the empathy page at once (one browser context each): the
   distribution of the time until each page can rate, with `--room-pool` preheated kernels.
Everything stays on 127.0.0.1; requests to any other host are blocked and counted. Pages are
closed as a person closes a tab, so Voilà shuts their kernels down.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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

from klantreis.serve import ServeOptions, prepare  # noqa: E402
from klantreis.store import open_store  # noqa: E402

PLAIN = """import altair as alt
import ipywidgets as widgets
import pandas as pd
import vl_convert as vlc

data = pd.DataFrame({"step": list(range(8)), "mean": [6, 7, 5, 8, 4, 6, 7, 9]})
chart = alt.Chart(data).mark_line(point=True).encode(x="step:Q", y="mean:Q")
box = widgets.HTML(vlc.vegalite_to_svg(chart.to_dict(), vl_version="v5_20"))
box.add_class("bench-chart")
box"""
APPS = {  # app: (query, what "working" means)
    "start": ("role=facilitator", ".kr-panel-start .kr-progress-box"),
    "empathy": ("role=facilitator", ".kr-emotion-curve svg"),
    "improvement": ("role=facilitator", ".kr-panel-improvement"),
    "dashboard": ("role=viewer", ".kr-dashboard-curve svg"),
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


def start_kit(folder: Path, pool: int, room_pool: int | None = None) -> tuple[
        subprocess.Popen, str, object]:
    """The kit served on loopback (a mini workshop); `room_pool` kernels for the empathy
    page."""
    db = folder / "store" / "w.db"
    with open_store(db) as store:
        mini = build_mini(store)
        options = ServeOptions(db=str(db), workshop=mini.id, port=free_port(), pool=pool)
        command, env, _links, _text = prepare(options, store, folder / "run")
    if room_pool is not None:  # only the page the room opens gets the big pool
        config = folder / "run" / "config" / "voila.json"
        settings = json.loads(config.read_text())
        settings["VoilaKernelManager"]["kernel_pools_config"]["empathy.ipynb"] = {
            "pool_size": room_pool}
        config.write_text(json.dumps(settings))
    process = subprocess.Popen(command, env=env, cwd=folder / "run",
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{options.port}"
    wait_until_up(base + "/", process)
    return process, base, mini


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


async def first_charts(browser, base: str, plain: str, mini, runs: int,
                       settle) -> dict[str, list]:
    times: dict[str, list[float]] = {}
    for _ in range(runs):
        await settle()
        times.setdefault("plain Voilà + one Altair chart", []).append(
            await time_open(browser, plain + "/voila/render/plain.ipynb", ".bench-chart svg"))
        for app, (query, selector) in APPS.items():
            await settle()  # the previous page's kernel has shut down, the pools are full
            url = f"{base}/voila/render/{app}.ipynb?workshop={mini.id}&lang=en&{query}"
            times.setdefault(app, []).append(await time_open(browser, url, selector))
    return times


def curve_key_js() -> str:
    return ("() => [...document.querySelectorAll('.kr-emotion-curve .mean_marks path')]"
            ".map(e => e.getAttribute('aria-label')).join('|')")


async def rating_delays(browser, base: str, mini, rounds: int) -> list[float]:
    url = f"{base}/voila/render/empathy.ipynb?workshop={mini.id}&lang=en"
    fctx, facilitator = await guarded_page(browser)
    await facilitator.goto(url + "&role=facilitator", wait_until="commit")
    await facilitator.wait_for_selector(".kr-emotion-curve .mean_marks path", timeout=180_000)
    pctx, participant = await guarded_page(browser, 390, 844)
    await participant.goto(f"{url}&role=participant&participant={mini.hostile_person}",
                           wait_until="commit")
    await participant.wait_for_selector(".kr-rate-emotional", timeout=180_000)
    delays = []
    for score in [3, 9, 4, 8, 5, 7, 2][:rounds]:
        before = await facilitator.evaluate(curve_key_js())
        await participant.locator(".kr-rate-emotional").get_by_role(
            "button", name=str(score), exact=True).click()
        clicked = time.perf_counter()
        await facilitator.wait_for_function(
            f"() => ({curve_key_js()})() !== {json.dumps(before)}", timeout=30_000,
            polling=20)
        delays.append(time.perf_counter() - clicked)
    await close(fctx)
    await close(pctx)
    return delays


async def room(browser, base: str, mini, size: int) -> list[float]:
    async def join(number: int) -> float:
        context, page = await guarded_page(browser, 390, 844)
        started = time.perf_counter()
        await page.goto(f"{base}/voila/render/empathy.ipynb?workshop={mini.id}&lang=en"
                        f"&role=participant", wait_until="commit")
        try:
            await page.wait_for_selector(".kr-join-name input", timeout=ROOM_LIMIT_S * 1000)
            elapsed = time.perf_counter() - started
        except PlaywrightTimeout:
            elapsed = math.inf  # not working within the limit: counted, not hidden
        await close(context)
        return elapsed

    return sorted(await asyncio.gather(*(join(n) for n in range(size))))


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
        kit, base, mini = start_kit(base_dir / "kit", args.pool)
        try:
            async with async_playwright() as playwright:
                browser = await playwright.chromium.launch(executable_path=str(CHROMIUM),
                                                           args=CHROMIUM_ARGS)
                kernels = pooled_kernels(base_dir / "kit")
                times = await first_charts(browser, base, plain_url, mini, args.runs,
                                           lambda: pools_full(kit, kernels))
                baseline = statistics.median(times["plain Voilà + one Altair chart"])
                print(f"1. Page open → first chart or panel (pool {args.pool}):")
                for name, values in times.items():
                    print(f"   {name:32s} {summary(values)}; "
                          f"ratio to plain {statistics.median(values) / baseline:.2f}")
                delays = await rating_delays(browser, base, mini, args.rounds)
                print(f"2. Rating → facilitator's curve: {summary(delays)}")
                await browser.close()
        finally:
            kit.terminate()
            plain.terminate()
            kit.wait(timeout=60)
            plain.wait(timeout=60)


async def rooms(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base_dir = Path(folder)
        for pool in dict.fromkeys(args.room_pool):
            kit, base, mini = start_kit(base_dir / f"room-{pool}", args.pool, pool)
            try:
                async with async_playwright() as playwright:
                    browser = await playwright.chromium.launch(
                        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                    await pools_full(kit, pooled_kernels(base_dir / f"room-{pool}"))
                    joined = await room(browser, base, mini, args.room)
                    quartiles = statistics.quantiles(joined, n=4)
                    within = sum(v <= 60 for v in joined)
                    print(f"3. {args.room} participants at once, empathy pool {pool}: "
                          f"{summary(joined)}; quartiles "
                          f"{', '.join(f'{q:.1f}' for q in quartiles)} s; "
                          f"{within} working within 60 s; all: "
                          f"{' '.join(f'{v:.1f}' for v in joined)}", flush=True)
                    await browser.close()
            finally:
                kit.terminate()
                kit.wait(timeout=120)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pool", type=int, default=2)
    parser.add_argument("--room", type=int, default=20)
    parser.add_argument("--room-pool", type=int, nargs="+", default=[2, 20],
                        help="empathy pool sizes to try for the room")
    parser.add_argument("--room-only", action="store_true", help="only the room test")
    parser.add_argument("--no-room", action="store_true", help="skip the room test")
    asyncio.run(main(parser.parse_args()))
