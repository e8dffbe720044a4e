"""Every served page: offline, hostile text shown as text, the read-only dashboard, phones,
and what the server refuses to hand out."""

from __future__ import annotations

import base64
import hashlib
import re
import urllib.error
import urllib.request

import pytest
from harness import LOCAL, XSS_IMG, XSS_SCRIPT, Server, Watch, screenshot
from pages import no_injection

from klantreis.i18n import t

# Each app with the selector that says it works, opened with the secret that sees most.
APPS = {
    "participant": ("participant", ".kr-join-name"),
    "start": ("facilitator", ".kr-panel-start .kr-progress-box"),
    "preparation": ("facilitator", ".kr-panel-preparation"),
    "empathy": ("facilitator", ".kr-panel-empathy .kr-room-console"),
    "improvement": ("facilitator", ".kr-panel-improvement"),
    "dashboard": ("viewer", ".kr-dashboard-curve svg"),
    "mining": ("facilitator", ".kr-panel-mining .kr-mining-path"),
}


def app_url(server: Server, app: str, language: str = "en") -> str:
    who, _ready = APPS[app]
    if who == "participant":
        return server.participant(lang=language)
    if who == "viewer":
        return server.dashboard(lang=language)
    return server.facilitator(app, lang=language)


@pytest.mark.parametrize("app", APPS)
def test_page_is_offline_and_shows_hostile_text_as_text(server: Server, open_page,
                                                        watch: Watch, app: str) -> None:
    who, ready = APPS[app]
    page = open_page(app_url(server, app), ready)
    page.wait_for_timeout(500)
    text = page.locator(".kr-page").inner_text()
    assert XSS_IMG in text or XSS_SCRIPT in text
    no_injection(page)
    assert watch.requests and all(LOCAL.match(url) or url.startswith("data:")
                                  for url in watch.requests)
    screenshot(page, f"{app}-{who}")
    # The `watch` fixture fails the test if a request left the machine or a dialog fired.


def _fingerprint(server: Server) -> tuple[int, str]:
    with server.store() as store:
        revision = store.workshop(server.mini.id).revision
    return revision, hashlib.sha256(server.db.read_bytes()).hexdigest()


def test_dashboard_cannot_write_whatever_the_link_says(server: Server, open_page) -> None:
    before = _fingerprint(server)
    person = server.mini.hostile_person
    page = open_page(server.dashboard(role="facilitator", participant=person),
                     ".kr-dashboard-curve svg")
    header = page.locator(".kr-header").inner_text()
    assert "viewer" in header
    assert page.locator(".kr-page input[type=text], .kr-page textarea").count() == 0
    # Drive every control there is: the language, the journey, the downloads.
    page.locator(".kr-language button").first.click()
    page.get_by_role("button", name=t("dashboard.prepare", "nl")).wait_for()
    page.locator(".kr-language button").last.click()
    page.get_by_role("button", name=t("dashboard.prepare", "en")).click()
    page.wait_for_selector(".kr-download-json", timeout=60_000)
    assert _fingerprint(server) == before


def test_the_report_from_the_dashboard_shows_hostile_text_as_text(server: Server, open_page,
                                                                  browser, watch: Watch) -> None:
    page = open_page(server.dashboard(), ".kr-dashboard-prepare")
    page.locator(".kr-dashboard-prepare").click()
    link = page.wait_for_selector(".kr-download-report-html", timeout=60_000)
    href = link.get_attribute("href")
    report = base64.b64decode(href.split(",", 1)[1]).decode("utf-8")
    assert XSS_IMG.replace("<", "&lt;").replace(">", "&gt;") in report
    context = browser.new_context()
    try:
        shown = context.new_page()
        from harness import guard

        guard(shown, watch)
        shown.set_content(report)
        shown.wait_for_timeout(300)
        assert shown.locator("img[src='x']").count() == 0
        assert XSS_IMG in shown.locator("body").inner_text()
    finally:
        context.close()


@pytest.mark.parametrize("path", [
    "/voila/files/start.ipynb",
    "/voila/files/../store/workshops.db",
    "/voila/render/../store/workshops.db",
    "/voila/files/../../pyproject.toml",
    "/voila/render/secret.db",
    "/api/kernels",
    "/api/contents",
    "/voila/api/contents/../store",
])
def test_nothing_but_the_apps_is_reachable(server: Server, path: str) -> None:
    try:
        with urllib.request.urlopen(server.base + path, timeout=10) as answer:
            body = answer.read()
            status = answer.status
    except urllib.error.HTTPError as error:
        status, body = error.code, b""
    assert status in (403, 404), f"{path} answered {status}"
    assert b"SQLite format" not in body


def test_only_the_kits_notebooks_are_listed(server: Server) -> None:
    with urllib.request.urlopen(server.base + "/voila/api/contents/", timeout=10) as answer:
        listing = answer.read().decode()
    names = set(re.findall(r'"name": "([^"]+)"', listing))
    assert names == {f"{app}.ipynb" for app in APPS}


def test_errors_reach_visitors_without_a_traceback(server: Server, open_page) -> None:
    page = open_page(server.url("start", workshop="no-such-workshop", role="facilitator",
                                lang="nl"), ".kr-error[role=alert]")
    assert page.locator(".kr-error").inner_text() == t("ui.no_access", "nl")
    text = page.locator("body").inner_text()
    assert "Traceback" not in text and "klantreis/" not in text and "Error" not in text
