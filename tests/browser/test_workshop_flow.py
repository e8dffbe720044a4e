"""A mini workshop end to end, in separate browser contexts, against `klantreis serve`."""

from __future__ import annotations

import time

from harness import PHONE, XSS_IMG, Server, screenshot
from pages import (
    CURVE_POINTS,
    curve_points,
    fits_width,
    join_on_empathy,
    no_injection,
    open_section,
    pick_on_empathy,
    rate,
    section_title,
    store_curve,
    type_into,
    wait_for,
)

RATING_DELAY_LIMIT_S = 5.0


def _step_names(server: Server) -> set[str]:
    with server.store() as store:
        return set(store.workshop(server.mini.id).frame("steps")["name"])


def test_facilitator_sets_up_a_phase_and_steps(server: Server, open_page) -> None:
    page = open_page(server.url("preparation", role="facilitator"), ".kr-panel-preparation")
    open_section(page, section_title("guide.preparation_phases.title"))
    type_into(page, ".kr-new-phase", "Pay")
    page.locator(".kr-phase-add").click()
    wait_for(lambda: "Pay" in _phase_names(server))
    type_into(page, ".kr-new-step", "Pay at the till")
    page.locator(".kr-step-add").click()
    wait_for(lambda: "Pay at the till" in _step_names(server))
    no_injection(page)
    screenshot(page, "preparation-facilitator")


def _phase_names(server: Server) -> set[str]:
    with server.store() as store:
        return set(store.workshop(server.mini.id).frame("phases")["name"])


def test_three_participants_rate_and_the_facilitator_sees_it(server: Server, open_page) -> None:
    facilitator = open_page(server.url("empathy", role="facilitator"), CURVE_POINTS)
    assert [p["n"] for p in curve_points(facilitator)] == [1]  # the set-up's one rating

    # One joins through the start page (the printed join link), two on the empathy page.
    ann = open_page(server.url("start", role="participant"), ".kr-panel-start")
    type_into(ann, ".kr-new-name", "Ann")
    ann.locator(".kr-join").first.click()
    link = ann.locator(".kr-link-empathy")
    wait_for(lambda: "participant=" in (link.get_attribute("href") or ""))
    screenshot(ann, "start-participant")
    ann.goto(server.base + "/voila/render/" + link.get_attribute("href"), wait_until="commit")
    ann.wait_for_selector(".kr-rating")
    bo = open_page(server.url("empathy", role="participant"), ".kr-join-name")
    join_on_empathy(bo, "Bo")
    cy = open_page(server.url("empathy", role="participant"), ".kr-join-pick", viewport=PHONE)
    pick_on_empathy(cy, XSS_IMG)

    for page, score in ((ann, 8), (bo, 9), (cy, 4)):
        rate(page, score)
    clicked = time.monotonic()
    expected = wait_for(lambda: _after_ratings(server, {"Ann": 8, "Bo": 9}, 4))
    wait_for(lambda: _same_curve(curve_points(facilitator), expected),
             timeout=RATING_DELAY_LIMIT_S)
    assert time.monotonic() - clicked < RATING_DELAY_LIMIT_S
    assert fits_width(cy)
    for page, name in ((facilitator, "empathy-facilitator"), (bo, "empathy-participant"),
                       (cy, "empathy-participant-phone")):
        no_injection(page)
        screenshot(page, name)


def _after_ratings(server: Server, new: dict[str, int], hostile: int) -> list[dict] | None:
    """The store's curve once the three ratings are in (the hostile participant, picked by
    the third person, rated a step they had rated before or the next one); None before."""
    mini = server.mini
    with server.store() as store:
        workshop = store.workshop(mini.id)
        ratings = workshop.frame("ratings")
        names = dict(zip(workshop.frame("participants")["id"],
                         workshop.frame("participants")["name"], strict=True))
        given = {names[p]: int(e) for p, e in zip(ratings["participant_id"],
                                                  ratings["emotional"], strict=True)}
        from_hostile = ratings[ratings["participant_id"].eq(mini.hostile_person)
                               .to_numpy(dtype=bool)]
        if any(given.get(name) != score for name, score in new.items()):
            return None
        if hostile not in set(from_hostile["emotional"].astype(int)):
            return None
        return store_curve(store, mini.id, mini.journey)


def _same_curve(shown: list[dict], expected: list[dict]) -> bool:
    return [(p["order"], p["n"], p["mean"]) for p in shown] == [
        (p["order"], p["n"], p["mean"]) for p in expected]


def test_participants_vote_and_the_dashboard_matches_the_store(server: Server,
                                                               open_page) -> None:
    mini = server.mini
    with server.store() as store:
        people = store.workshop(mini.id).frame("participants")
    voters = [str(i) for i in people["id"]][:3]
    for number, person in enumerate(voters):
        page = open_page(server.url("improvement", role="participant", participant=person),
                         ".kr-panel-improvement", viewport=PHONE if number == 0 else None)
        open_section(page, section_title("improvement.section.voting"))
        page.locator(".kr-vote-plus").first.click()
        if number == 0:
            page.wait_for_timeout(500)
            assert fits_width(page)
            screenshot(page, "improvement-voting-phone")
    wait_for(lambda: _votes(server) == len(voters))

    dashboard = open_page(server.url("dashboard"), ".kr-dashboard-curve svg")
    with server.store() as store:
        expected = store_curve(store, mini.id, mini.journey)
    cells = dashboard.locator(".kr-map-score[data-n]:not([data-n='0'])").evaluate_all(
        "els => els.map(e => [Number(e.dataset.n), Number(e.dataset.mean)])")
    assert [(n, round(mean, 1)) for n, mean in cells] == [(p["n"], p["mean"])
                                                         for p in expected]
    backlog = dashboard.locator(".kr-backlog tbody tr").first.inner_text()
    assert str(len(voters)) in backlog.split("\t")
    assert XSS_IMG in dashboard.locator(".kr-dashboard-map").inner_text()
    no_injection(dashboard)
    screenshot(dashboard, "dashboard")


def _votes(server: Server) -> int:
    with server.store() as store:
        votes = store.workshop(server.mini.id).frame("votes")["votes"]
    return int(votes.sum()) if len(votes) else 0
