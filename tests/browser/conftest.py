"""Browser tests: `klantreis serve`'s Voilà on 127.0.0.1, driven by Debian's Chromium.

A session-wide server serves a temporary store with a small workshop whose texts are hostile
(`<script>`, `<img onerror>`). Every page the tests open goes through `open_page`, which
blocks and records any request that would leave this machine and records every dialog; a test
fails if either list is not empty at its end. Screenshots go to $KLANTREIS_SCREENSHOTS
(default `test-artifacts/screenshots/`) for a reviewer to look at.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    LAPTOP,
    PAGE_TIMEOUT_MS,
    VOILA_ERROR,
    Server,
    Watch,
    build_mini,
    free_port,
    guard,
    wait_until_up,
)

from klantreis.core.store import open_store
from klantreis.serve.command import ServeOptions, prepare


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "browser" in str(item.path):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.slow)


def _chromium_or_skip() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI"):
        pytest.fail("Debian's chromium is not installed, but CI must run the browser tests "
                    "(.ci/run installs it)")
    pytest.skip("the browser tests need Debian's chromium at /usr/bin/chromium "
                "(apt-get install chromium)")


def secret(link: str, name: str) -> str:
    return parse_qs(urlsplit(link).query)[name][0]


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    _chromium_or_skip()
    folder = tmp_path_factory.mktemp("served")
    db = folder / "store" / "workshops.db"
    with open_store(db) as store:
        mini = build_mini(store)
        port = free_port()
        options = ServeOptions(db=str(db), workshop=mini.id, port=port, pool=2)
        command, env, links, _text = prepare(options, store, folder / "run")
    log = (folder / "voila.log").open("w")
    process = subprocess.Popen(command, env=env, cwd=folder / "run", stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/", process)
        yield Server(base, db, mini, process, folder / "run", secret(links.facilitator, "key"),
                     secret(links.dashboard, "view"), secret(links.join, "code"))
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


# --------------------------------------------------------------------------- the browser


@pytest.fixture(scope="session")
def browser(server: Server) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def watch() -> Iterator[Watch]:
    seen = Watch()
    yield seen
    assert seen.outside == [], f"requests left the machine: {seen.outside}"
    assert seen.dialogs == [], f"dialogs fired (injected script ran): {seen.dialogs}"


@pytest.fixture
def open_page(browser: Any, watch: Watch) -> Iterator[Any]:
    """`open_page(url, selector, viewport=LAPTOP)`: a page in its own browser context (its own
    cookies, as a separate person), watched, opened and waited on until `selector` shows."""
    contexts = []

    def opener(url: str, selector: str, viewport: dict[str, int] | None = None) -> Any:
        context = browser.new_context(viewport=viewport or LAPTOP)
        contexts.append(context)
        page = context.new_page()
        guard(page, watch)
        page.goto(url, wait_until="commit")
        failed = page.get_by_text(VOILA_ERROR)
        page.locator(selector).or_(failed).first.wait_for(timeout=PAGE_TIMEOUT_MS)
        if failed.count() and not page.locator(selector).count():
            pytest.fail(f"{url} stopped with an error in the notebook (see voila.log)")
        return page

    yield opener
    for context in contexts:
        context.close()


