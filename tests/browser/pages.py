"""What the browser tests do on the kit's pages, as a person would: join, rate, vote, read."""

from __future__ import annotations

import re
import time
from typing import Any

from klantreis import figures
from klantreis.core.store import Store
from klantreis.i18n import t

CURVE_POINTS = ".kr-emotion-curve .mean_marks path"


def wait_for(check: Any, timeout: float = 15.0, every: float = 0.1) -> Any:
    """Poll `check()` until it returns something truthy; returns it, or fails after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {timeout} s: {check}")
        time.sleep(every)


def type_into(page: Any, css: str, value: str) -> None:
    """Type into a widget's input and commit it (the kit's fields report on Enter or blur)."""
    field = page.locator(f"{css} input, {css} textarea").first
    field.fill(value)
    field.press("Tab")


def open_section(page: Any, title: str) -> None:
    """Open an accordion section by its (translated) title."""
    page.get_by_text(title, exact=True).first.click()


def join(page: Any, name: str) -> None:
    """Give one's name on the participant page (opened with the join code)."""
    type_into(page, ".kr-join-name", name)
    page.locator(".kr-join-button").click()
    page.wait_for_selector(".kr-participant-now", state="visible")


def token_link(server: Any, person: str) -> str:
    """A participant's personal link, as their page shows it for another device."""
    from klantreis.core.room import Room
    from klantreis.core.store import open_store

    with open_store(server.db) as store:
        token = Room(store.workshop(server.mini.id)).issue_token(person)
    return server.url("participant", token=token)


def rate(page: Any, score: int) -> None:
    """Give the step on screen an emotional score (the functional one stays to be judged)."""
    page.locator(".kr-rate-emotional").get_by_role("button", name=str(score), exact=True).click()


def curve_points(page: Any) -> list[dict[str, float]]:
    """The mean points of the emotion curve on a page, read from the SVG's labels."""
    labels = page.locator(CURVE_POINTS).evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label'))")
    points = []
    for label in labels:
        mean = re.search(r"Mean: ([\d.]+)", label or "")
        count = re.search(r"Number of ratings: (\d+)", label or "")
        step = re.search(r"Step: (\d+)", label or "")
        if mean and count and step:
            points.append({"order": int(step.group(1)), "mean": float(mean.group(1)),
                           "n": int(count.group(1))})
    return points


def store_curve(store: Store, workshop_id: str, journey_id: str) -> list[dict[str, float]]:
    frames = store.workshop(workshop_id).frames("phases", "steps", "ratings")
    curve = figures.emotion_curve(frames["phases"], frames["steps"], frames["ratings"],
                                  journey_id=journey_id)
    rated = curve[curve["n"].fillna(0).gt(0).to_numpy(dtype=bool)]
    return [{"order": int(o), "mean": round(float(m), 1), "n": int(n)}
            for o, m, n in zip(rated["order"], rated["mean"], rated["n"], strict=True)]


def no_injection(page: Any) -> None:
    """Hostile text shows as text: no element it describes exists, the text is on screen."""
    assert page.locator("img[src='x']").count() == 0
    assert page.locator(".kr-page script").count() == 0
    assert page.evaluate("() => window.__injected === undefined")


def fits_width(page: Any) -> bool:
    return bool(page.evaluate(
        "() => document.scrollingElement.scrollWidth <= window.innerWidth"))


def section_title(key: str) -> str:
    return t(key, "en")


TAP_TARGETS_JS = """() => [...document.querySelectorAll(
        '.kr-page button, .kr-page input, .kr-page select, .kr-page textarea, '
        + '.kr-page summary, .kr-page a')]
    .filter(e => e.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})
                 && e.getClientRects().length)
    .map(e => { const r = e.getBoundingClientRect();
                return {what: (e.className || e.tagName) + ' ' + (e.innerText || e.value || '')
                              .slice(0, 20), width: r.width, height: r.height,
                        left: r.left, right: r.right}; })"""


def small_or_cut_targets(page: Any) -> list[dict]:
    """Controls smaller than 44 × 44 px or not wholly on screen across."""
    width = page.evaluate("() => window.innerWidth")
    return [target for target in page.evaluate(TAP_TARGETS_JS)
            if target["width"] < 43.5 or target["height"] < 43.5
            or target["left"] < 0 or target["right"] > width + 0.5]
