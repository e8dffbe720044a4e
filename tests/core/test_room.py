"""The room of a served workshop: keys, join codes and tokens decided on the server, and the
room's state that every page follows."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from klantreis.core.errors import NotFoundError, ValidationError
from klantreis.core.room import (
    CODE_ALPHABET,
    Room,
    digest,
    find_code,
    find_token,
    normal_code,
)
from klantreis.core.schema import participant_tokens, room_keys
from klantreis.core.store import Store
from klantreis.core.workshop import Workshop
from old_store import make_old


@pytest.fixture
def workshop(store: Store) -> Workshop:
    made = store.create_workshop("Hotel", lens="active")
    made.add_participant("Ann")
    return made


def stored_text(store: Store) -> str:
    """Everything the room's own tables hold, as one text."""
    with store.reading() as conn:
        rows = [*conn.execute(sa.select(room_keys)), *conn.execute(sa.select(participant_tokens))]
    return " ".join(str(value) for row in rows for value in row)


def test_keys_open_their_role_and_are_kept_only_as_hashes(store: Store,
                                                          workshop: Workshop) -> None:
    keys = Room(workshop).open()
    room = Room(workshop)
    assert len(keys.facilitator) >= 32 and keys.facilitator != keys.dashboard
    assert room.is_facilitator(keys.facilitator) and not room.is_facilitator(keys.dashboard)
    assert room.is_viewer(keys.dashboard) and not room.is_viewer(keys.facilitator)
    assert not room.is_facilitator("") and not room.is_facilitator(keys.facilitator[:-1])
    text = stored_text(store)
    assert keys.facilitator not in text and keys.dashboard not in text
    assert digest(keys.facilitator) in text


def test_a_new_opening_gives_new_keys_and_keeps_the_join_code(workshop: Workshop) -> None:
    first = Room(workshop).open()
    second = Room(workshop).open()
    room = Room(workshop)
    assert not room.is_facilitator(first.facilitator) and room.is_facilitator(second.facilitator)
    assert first.join_code == second.join_code == room.join_code
    third = room.open(new_code=True)
    assert third.join_code != first.join_code


def test_join_codes_are_typeable_and_an_old_one_stops_working(store: Store,
                                                               workshop: Workshop) -> None:
    code = Room(workshop).open().join_code
    assert len(code) == 6 and set(code) <= set(CODE_ALPHABET)
    assert not set(code) & set("0O1IL2Z5S8B")
    assert find_code(store, code) == workshop.id
    assert find_code(store, f" {code[:3].lower()}-{code[3:]} ") == workshop.id
    fresh = Room(workshop).new_join_code()
    assert find_code(store, code) is None and find_code(store, fresh) == workshop.id
    assert find_code(store, "") is None and find_code(store, "' OR 1=1 --") is None
    assert normal_code("ab c-d") == "ABCD"


def test_joining_gives_a_personal_token_that_only_opens_that_person(
        store: Store, workshop: Workshop) -> None:
    room = Room(workshop)
    room.open()
    bo, token = room.join("Bo", "Sales")
    access = find_token(store, token)
    assert access is not None and (access.workshop_id, access.role, access.participant_id) \
        == (workshop.id, "participant", bo)
    assert find_token(store, token + "x") is None and find_token(store, "") is None
    assert token not in stored_text(store)
    second = room.issue_token(bo)  # the same person on a second device
    assert find_token(store, second).participant_id == bo
    with pytest.raises(ValidationError):  # a taken name is not a way to become someone
        room.join("Ann")
    room.remove(bo)
    assert find_token(store, token) is None and find_token(store, second) is None
    assert workshop.participant_id("Bo") is None


def test_tokens_need_a_participant_of_this_workshop(store: Store, workshop: Workshop) -> None:
    other = store.create_workshop("Other")
    stranger = other.add_participant("Eve")
    with pytest.raises(NotFoundError):
        Room(workshop).issue_token(stranger)


def test_the_room_moves_and_hides_the_team_figures_on_each_new_step(
        workshop: Workshop) -> None:
    room = Room(workshop)
    assert room.state()["part"] == "waiting" and room.state()["reveal"] is False
    journey = workshop.frame("journeys")["id"].iloc[0]
    phase = workshop.frame("phases")["id"].iloc[0]
    first, second = (workshop.add_step(phase, name) for name in ("Search", "Book"))
    room.move(part="empathy", journey_id=journey, step_id=first)
    room.move(reveal=True)
    assert room.state()["reveal"] is True
    room.move(step_id=second)
    state = room.state()
    assert (state["step_id"], state["reveal"], state["part"]) == (second, False, "empathy")
    room.move(pace="own", deadline="2026-12-02T10:15:00+00:00")
    assert room.state()["deadline"].startswith("2026-12-02T10:15:00")
    room.move(deadline=None)
    assert room.state()["deadline"] is None


def test_the_room_refuses_what_is_not_in_this_workshop(store: Store,
                                                       workshop: Workshop) -> None:
    room = Room(workshop)
    other = store.create_workshop("Other", lens="active")
    foreign = other.add_step(other.frame("phases")["id"].iloc[0], "Elsewhere")
    before = room.state()
    for changes in ({"part": "everything"}, {"pace": "fast"}, {"reveal": "maybe"},
                    {"workshop_id": other.id}):
        with pytest.raises(ValidationError):
            room.move(**changes)
    with pytest.raises(NotFoundError):
        room.move(step_id=foreign)
    assert room.state() == before


def test_deleting_the_step_or_journey_the_room_shows_clears_it(workshop: Workshop) -> None:
    room = Room(workshop)
    journey = workshop.frame("journeys")["id"].iloc[0]
    step = workshop.add_step(workshop.frame("phases")["id"].iloc[0], "Search")
    room.move(part="empathy", journey_id=journey, step_id=step)
    workshop.delete_step(step)
    assert room.state()["step_id"] is None and room.state()["journey_id"] == journey
    workshop.delete_journey(journey)
    assert room.state()["journey_id"] is None


def test_room_changes_count_as_changes_of_the_workshop(store: Store,
                                                       workshop: Workshop) -> None:
    """Pages follow the room through the workshop's revision and table marks."""
    revision = workshop.revision
    Room(workshop).move(part="preparation")
    assert workshop.revision > revision
    assert "room" in store.table_revisions(workshop.id)
    assert len(workshop.frame("room")) == 1


def test_a_version_4_store_gets_the_rooms_tables(tmp_path) -> None:
    from klantreis.core.schema import SCHEMA_VERSION
    from klantreis.core.store import open_store

    path = tmp_path / "v4.db"
    with open_store(path) as store:
        workshop_id = store.create_workshop("Old one").id
    make_old(str(path), 4)
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        room = Room(store.workshop(workshop_id))
        keys = room.open()
        assert room.is_facilitator(keys.facilitator) and room.state()["part"] == "waiting"
