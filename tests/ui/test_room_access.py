"""Who a served page opens as is decided on the server, from the room's secrets: links that
try to get around it end as a participant or as a clear refusal, never as the facilitator,
and the store shows no write they should not have made."""

from __future__ import annotations

import pytest

from klantreis.core.environment import OPEN_DASHBOARD_ENV, WORKSHOP_ENV
from klantreis.core.errors import KlantreisError
from klantreis.core.room import Room, RoomKeys
from klantreis.core.store import Store
from klantreis.core.workshop import Workshop
from klantreis.i18n import t
from klantreis.samples import build_sample
from klantreis.ui import access as access_module
from klantreis.ui.access import RoomLink, open_page_session, room_session


@pytest.fixture
def hotel(sqlite_store: Store) -> Workshop:
    return build_sample(sqlite_store, "hotel")


@pytest.fixture
def fridge(sqlite_store: Store) -> Workshop:
    return build_sample(sqlite_store, "fridge")


@pytest.fixture
def keys(hotel: Workshop) -> RoomKeys:
    return Room(hotel).open()


def opened(workshop: Workshop, area: str, query: str, cookie: str = ""):
    return room_session(workshop.store, workshop.id, area, RoomLink.from_request(query, cookie))


def refused(workshop: Workshop, area: str, query: str) -> str:
    """The refusal's sentence, in the language the link asked for."""
    with pytest.raises(KlantreisError) as error:
        opened(workshop, area, query)
    assert error.value.key == "ui.no_access"
    return error.value.message()


def test_the_facilitator_key_opens_the_facilitators_pages(hotel, keys) -> None:
    for area in ("start", "preparation", "empathy", "improvement", "mining"):
        session = opened(hotel, area, f"key={keys.facilitator}")
        assert session.role == "facilitator" and session.room
        assert session.link == f"key={keys.facilitator}"


@pytest.mark.parametrize("query", [
    "role=facilitator",
    "workshop={workshop}&role=facilitator",
    "key=",
    "key={wrong}",
    "key={dashboard}",
    "code={code}&role=facilitator",
])
def test_without_the_facilitator_key_a_facilitator_page_refuses(hotel, keys, query) -> None:
    query = query.format(workshop=hotel.id, wrong=keys.facilitator[:-2] + "xx",
                         dashboard=keys.dashboard, code=keys.join_code)
    assert refused(hotel, "empathy", query + "&lang=nl") == t("ui.no_access", "nl")


def test_role_facilitator_on_a_participant_link_stays_a_participant(hotel, keys) -> None:
    session = opened(hotel, "participant", f"code={keys.join_code}&role=facilitator")
    assert session.role == "participant" and session.may_join
    assert not session.can_restructure


def test_another_workshops_id_in_the_link_is_ignored(hotel, fridge, keys) -> None:
    session = opened(hotel, "participant", f"code={keys.join_code}&workshop={fridge.id}")
    assert session.workshop.id == hotel.id
    session = opened(hotel, "start", f"key={keys.facilitator}&workshop={fridge.id}")
    assert session.workshop.id == hotel.id


def test_another_workshops_code_key_or_token_opens_nothing_here(hotel, fridge, keys) -> None:
    theirs = Room(fridge).open()
    _, token = Room(fridge).join("Mara")
    assert not opened(hotel, "participant", f"code={theirs.join_code}").may_join
    assert opened(hotel, "participant", f"token={token}").participant_id is None
    refused(hotel, "empathy", f"key={theirs.facilitator}")
    refused(hotel, "dashboard", f"view={theirs.dashboard}")


def test_an_old_join_code_stops_working(hotel, keys) -> None:
    Room(hotel).new_join_code()
    session = opened(hotel, "participant", f"code={keys.join_code}")
    assert not session.may_join and session.participant_id is None


def test_a_guessed_or_oversized_token_opens_no_one(hotel, keys) -> None:
    Room(hotel).join("Noor")
    for token in ("A" * 32, "x", "A" * 5000, "' OR 1=1 --"):
        for query, cookie in ((f"token={token}", ""), ("", f"klantreis_token={token}")):
            session = opened(hotel, "participant", query, cookie)
            assert session.participant_id is None and not session.may_join


def test_a_participants_token_opens_only_the_participant_page(hotel, keys) -> None:
    _, token = Room(hotel).join("Noor")
    assert opened(hotel, "participant", f"token={token}").participant_id is not None
    refused(hotel, "empathy", f"token={token}&role=facilitator")
    refused(hotel, "dashboard", f"token={token}")


def test_the_dashboard_opens_with_its_key_or_the_facilitators(hotel, keys, monkeypatch) -> None:
    assert opened(hotel, "dashboard", f"view={keys.dashboard}").role == "viewer"
    assert opened(hotel, "dashboard", f"key={keys.facilitator}").role == "viewer"
    refused(hotel, "dashboard", "")
    monkeypatch.setenv(OPEN_DASHBOARD_ENV, "1")  # klantreis serve --dashboard
    assert opened(hotel, "dashboard", "").role == "viewer"


def test_a_served_page_decides_from_its_link_not_its_role(hotel, keys, monkeypatch) -> None:
    """The path a served notebook takes: the workshop from the server's environment, the
    visitor from the page's query string."""
    monkeypatch.setenv(WORKSHOP_ENV, hotel.id)
    monkeypatch.setattr(access_module, "page_query",
                        lambda: f"role=facilitator&workshop={hotel.id}&lang=nl")
    with pytest.raises(KlantreisError, match=t("ui.no_access", "nl")):
        open_page_session(store=hotel.store, area="improvement")
    monkeypatch.setattr(access_module, "page_query", lambda: f"key={keys.facilitator}")
    assert open_page_session(store=hotel.store, area="improvement").role == "facilitator"


def test_refusals_write_nothing(hotel, keys) -> None:
    before = {name: len(hotel.frame(name)) for name in ("participants", "ratings", "votes")}
    revision = hotel.revision
    for area in ("start", "empathy", "dashboard"):
        with pytest.raises(KlantreisError):
            opened(hotel, area, "role=facilitator")
    assert hotel.revision == revision
    assert {name: len(hotel.frame(name)) for name in before} == before
