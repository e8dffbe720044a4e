"""The browser tests' harness: the small hostile workshop, the served Voilà, watched pages.

`guard` blocks and records any request that would leave this machine and records every
dialog; `screenshot` saves whole pages to $KLANTREIS_SCREENSHOTS (default
`test-artifacts/screenshots/`) for a reviewer to look at.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from klantreis.core.room import Room
from klantreis.core.store import Store, open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parents[2]
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "<script>alert(1)</script>"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 900}
PAGE_TIMEOUT_MS = 120_000
VOILA_ERROR = "There was an error when executing cell"  # what Voilà shows instead


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"voila stopped with exit code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"voila did not answer at {url}")


# --------------------------------------------------------------------------- the workshop


@dataclass
class Mini:
    """The small workshop the tests work on."""

    id: str
    journey: str
    phase: str
    steps: list[str]
    hostile_person: str
    idea: str


def build_mini(store: Store) -> Mini:
    """One persona, one phase with three steps, one idea; hostile text in every kind of field
    that a page shows."""
    workshop = store.create_workshop("Mini " + XSS_SCRIPT, language="en", goal=XSS_IMG,
                                     vote_budget=3)
    persona = workshop.add_persona("Sam " + XSS_IMG, quote=XSS_SCRIPT, goals=XSS_IMG)
    journey = workshop.add_journey(persona, "Buying " + XSS_IMG)
    phase = workshop.add_phase(journey, "Look " + XSS_SCRIPT)
    steps = [
        workshop.add_step(phase, "Search " + XSS_IMG, channel="web", department="Sales",
                          doing=XSS_SCRIPT, thinking=XSS_IMG, feeling="ok",
                          difficulties=XSS_IMG),
        workshop.add_step(phase, "Ask a friend", kind="non_touchpoint"),
        workshop.add_step(phase, "Visit " + XSS_SCRIPT, channel="shop", department="Sales"),
    ]
    hostile = workshop.add_participant(XSS_IMG, "IT")
    workshop.rate(hostile, steps[0], functional=6, emotional=5, comment=XSS_SCRIPT)
    idea = workshop.add_idea("Idea " + XSS_IMG, [steps[0]], department="Sales " + XSS_SCRIPT,
                             impact=4, effort=2, confidence=3, expected_effect=2.0,
                             metric=XSS_IMG)
    workshop.add_moment(steps[0], "negative", reason=XSS_IMG, status="confirmed")
    return Mini(workshop.id, journey, phase, steps, hostile, idea)


@dataclass
class Server:
    """The running Voilà and what the tests need to reach it: the room's secrets as
    `klantreis serve` printed them."""

    base: str
    db: Path
    mini: Mini
    process: subprocess.Popen
    folder: Path
    key: str  # the facilitator's
    view: str  # the dashboard's
    code: str  # the join code

    def url(self, app: str, **query: str) -> str:
        """A page with exactly this query (language English unless given)."""
        query = {"lang": "en", **query}
        params = "&".join(f"{k}={urllib.request.quote(v)}" for k, v in query.items())
        return f"{self.base}/voila/render/{app}.ipynb?{params}"

    def facilitator(self, app: str, **query: str) -> str:
        return self.url(app, key=self.key, **query)

    def participant(self, **query: str) -> str:
        return self.url("participant", **({"code": self.code} | query))

    def dashboard(self, **query: str) -> str:
        return self.url("dashboard", view=self.view, **query)

    def store(self) -> Store:
        return open_store(self.db, read_only=True)

    def move_room(self, **changes: Any) -> None:
        """What the facilitator's console does: open a part, a step, show the figures."""
        with open_store(self.db) as store:
            Room(store.workshop(self.mini.id)).move(**changes)


@dataclass
class Watch:
    """What pages did that they must not: requests to other hosts, dialogs."""

    outside: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


PAGE_HEIGHT_JS = """() => Math.max(document.body.scrollHeight,
    document.scrollingElement.scrollHeight,
    ...[...document.querySelectorAll('#rendered_cells, .jp-Notebook, .kr-page')]
        .map(e => e.scrollHeight + e.getBoundingClientRect().top + 40))"""
LOCAL = re.compile(r"^(https?|wss?)://(127\.0\.0\.1|localhost|\[::1\])(:\d+)?/")


def guard(page: Any, watch: Watch) -> None:
    """Block and record every request to another host; record every dialog."""

    def route(route: Any) -> None:
        url = route.request.url
        watch.requests.append(url)
        if LOCAL.match(url) or url.startswith(("data:", "blob:", "about:")):
            route.continue_()
        else:
            watch.outside.append(url)
            route.abort()

    page.route("**/*", route)
    page.on("websocket", lambda ws: None if LOCAL.match(ws.url) else watch.outside.append(ws.url))
    page.on("dialog", lambda dialog: (watch.dialogs.append(dialog.message), dialog.dismiss()))


def screenshot(page: Any, name: str) -> Path:
    """The whole page (Voilà scrolls inside the body, so the viewport grows to fit first)."""
    folder = Path(os.environ.get("KLANTREIS_SCREENSHOTS") or ROOT / "test-artifacts" /
                  "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    size = page.viewport_size
    for _ in range(3):  # growing the viewport can reflow the page: measure again
        height = page.evaluate(PAGE_HEIGHT_JS)
        page.set_viewport_size({"width": size["width"], "height": int(min(height, 16000))})
    page.evaluate("() => { window.scrollTo(0, 0); document.querySelectorAll('*').forEach("
                  "e => { if (e.scrollTop) e.scrollTop = 0; }); }")
    page.wait_for_timeout(300)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)
    return path
