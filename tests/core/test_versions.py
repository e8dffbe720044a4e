"""Versions of a journey against a real store (SQLite and PostgreSQL): what a version keeps,
that it stays as it was, that bad input writes nothing, and that it goes with its journey."""

from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa

from klantreis.core.errors import NotFoundError, ReadOnlyError, ValidationError
from klantreis.core.schema import SCHEMA_VERSION, SQL_TABLES
from klantreis.core.store import Store, open_store
from klantreis.core.versions import (
    LIST_COLUMNS,
    current,
    delete_version,
    load_version,
    read_snapshot,
    save_version,
    snapshot_text,
    versions,
)
from klantreis.core.workshop import Workshop
from klantreis.samples import build_sample
from old_store import make_old

HOSTILE = '<script>alert("x")</script>'


@pytest.fixture
def trip(store: Store) -> dict[str, Any]:
    """Two journeys of one persona: the current one with two phases, three steps, two
    participants' ratings and a moment; a second journey with one step. Ideas: one aimed at
    both journeys, one at the second journey only, one at no step."""
    w = store.create_workshop("Buying a fridge", language="en")
    persona = w.add_persona("Ada")
    journey = w.add_journey(persona, "Today")
    other = w.add_journey(persona, "Other")
    orient, buy = w.add_phase(journey, "Orient"), w.add_phase(journey, "Buy")
    search = w.add_step(orient, "Search", channel="web", doing=HOSTILE)
    ask = w.add_step(orient, "Ask a friend", kind="non_touchpoint")
    pay = w.add_step(buy, "Pay")
    elsewhere = w.add_step(w.add_phase(other, "Elsewhere"), "Elsewhere step")
    bo, cy = w.add_participant("Bo"), w.add_participant("Cy")
    for person, scores in ((bo, (6, 4, 9)), (cy, (8, None, 10))):
        for step, score in zip((search, ask, pay), scores, strict=True):
            if score is not None:
                w.rate(person, step, None, score, comment="fine")
    w.rate(bo, elsewhere, 3, 3)
    w.add_moment(pay, "positive", status="confirmed")
    w.add_moment(elsewhere, "negative")
    both = w.add_idea("Queue app", steps=[pay, elsewhere])
    w.add_idea("Only elsewhere", steps=[elsewhere])
    free = w.add_idea("Free coffee")
    return {"w": w, "journey": journey, "other": other, "search": search, "ask": ask,
            "pay": pay, "both": both, "free": free, "bo": bo}


def counts(store: Store) -> dict[str, int]:
    with store.reading() as conn:
        return {name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for name, t in SQL_TABLES.items()}


def test_a_version_keeps_the_journey_and_only_that_journey(trip: dict[str, Any]) -> None:
    w, journey = trip["w"], trip["journey"]
    version = save_version(w, journey, "March", note="before the queue app")
    listed = versions(w, journey)
    assert list(listed.columns) == LIST_COLUMNS
    assert listed[["id", "name", "note"]].values.tolist() == [
        [version, "March", "before the queue app"]]
    assert str(listed["created_at"].dt.tz) == "UTC"
    kept = load_version(w, version)
    assert (kept.journey_id, kept.name, kept.version_id) == (journey, "March", version)
    frames = kept.frames
    assert list(frames["journeys"]["name"]) == ["Today"]
    assert list(frames["phases"]["name"]) == ["Orient", "Buy"]
    assert sorted(frames["steps"]["name"]) == ["Ask a friend", "Pay", "Search"]
    assert frames["steps"].set_index("id").loc[trip["search"], "doing"] == HOSTILE  # as typed
    assert len(frames["ratings"]) == 5 and frames["ratings"]["functional"].isna().all()
    assert list(frames["moments"]["polarity"]) == ["positive"]
    # the idea aimed here and the one aimed at no step, with links to this journey's steps
    assert set(frames["ideas"]["id"]) == {trip["both"], trip["free"]}
    assert frames["idea_steps"][["idea_id", "step_id"]].values.tolist() == [
        [trip["both"], trip["pay"]]]
    assert versions(w, trip["other"]).empty


def test_the_journey_now_is_what_a_version_saved_now_keeps(trip: dict[str, Any]) -> None:
    w, journey = trip["w"], trip["journey"]
    now = current(w, journey)
    saved = load_version(w, save_version(w, journey, "Now"))
    assert now.name is None and now.journey_id == journey
    for name, frame in now.frames.items():
        assert frame.equals(saved.frames[name]), name
        assert frame.dtypes.equals(w.frame(name).dtypes), name


def test_a_version_stays_as_it_was_when_the_journey_changes(trip: dict[str, Any]) -> None:
    w, journey = trip["w"], trip["journey"]
    version = save_version(w, journey, "March")
    w.update_step(trip["search"], name="Search the web")
    w.delete_step(trip["ask"], confirm=True)
    w.rate(trip["bo"], trip["pay"], 2, 2)
    kept = load_version(w, version).frames
    assert sorted(kept["steps"]["name"]) == ["Ask a friend", "Pay", "Search"]
    pay = kept["ratings"][kept["ratings"]["step_id"] == trip["pay"]]
    assert sorted(pay["emotional"]) == [9, 10]
    now = current(w, journey).frames
    assert sorted(now["steps"]["name"]) == ["Pay", "Search the web"]


@pytest.mark.parametrize(("name", "note", "key", "field"), [
    ("", "", "error.required", "name"),
    ("   ", "", "error.required", "name"),
    ("x" * 10_000, "", "error.too_long", "name"),
    ("March", "y" * 10_000, "error.too_long", "note"),
    ("Mar\x00ch", "", "error.control_character", "name"),
    ("March", "\x07", "error.control_character", "note"),
    ("  March ", "", "error.duplicate_name", "name"),  # trimmed, then the same name
])
def test_bad_input_is_refused_and_writes_nothing(trip: dict[str, Any], name: str, note: str,
                                                 key: str, field: str) -> None:
    w, journey = trip["w"], trip["journey"]
    save_version(w, journey, "March")
    before, revision = counts(w.store), w.revision
    with pytest.raises(ValidationError) as caught:
        save_version(w, journey, name, note)
    assert (caught.value.key, caught.value.field) == (key, field)
    assert counts(w.store) == before and w.revision == revision


def test_names_are_unique_per_journey_only_and_kept_as_typed(trip: dict[str, Any]) -> None:
    w = trip["w"]
    save_version(w, trip["journey"], HOSTILE)
    save_version(w, trip["other"], HOSTILE)
    save_version(w, trip["journey"], "march")  # another name: case counts
    assert list(versions(w, trip["journey"])["name"]) == [HOSTILE, "march"]
    assert list(versions(w, trip["other"])["name"]) == [HOSTILE]


def test_errors_speak_the_workshops_language(store: Store) -> None:
    w = store.create_workshop("Fiets", language="nl", lens="goal")
    journey = str(w.frame("journeys")["id"].iloc[0])
    save_version(w, journey, "Maart")
    with pytest.raises(ValidationError) as caught:
        save_version(w, journey, "Maart")
    assert str(caught.value) == ("Er is al een versie met de naam 'Maart'. "
                                 "Kies een andere naam.")


def test_an_unknown_journey_or_version_is_not_found(trip: dict[str, Any],
                                                    store: Store) -> None:
    w = trip["w"]
    stranger = store.create_workshop("Another", lens="goal")
    theirs = save_version(stranger, str(stranger.frame("journeys")["id"].iloc[0]), "Theirs")
    before = counts(w.store)
    with pytest.raises(NotFoundError):
        save_version(w, "no-such-journey", "March")
    with pytest.raises(NotFoundError):
        load_version(w, theirs)  # a version of another workshop is not this one's
    with pytest.raises(NotFoundError):
        delete_version(w, theirs)
    assert counts(w.store) == before


def test_a_failure_while_writing_leaves_the_store_as_it_was(
        trip: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot is made inside the write: a snapshot that cannot be stored undoes it."""
    from klantreis.core import versions as module

    w = trip["w"]
    before, revision = counts(w.store), w.revision
    monkeypatch.setattr(module, "snapshot_text", lambda rows: "\x00")
    with pytest.raises(ValidationError) as caught:
        save_version(w, trip["journey"], "March")
    assert (caught.value.key, caught.value.field) == ("error.control_character", "snapshot")
    assert counts(w.store) == before and w.revision == revision


def test_delete_version_removes_only_that_version(trip: dict[str, Any]) -> None:
    w, journey = trip["w"], trip["journey"]
    march, june = save_version(w, journey, "March"), save_version(w, journey, "June")
    steps = len(w.frame("steps"))
    delete_version(w, march)
    assert list(versions(w, journey)["id"]) == [june]
    assert len(w.frame("steps")) == steps
    with pytest.raises(NotFoundError):
        load_version(w, march)


def test_versions_go_with_their_journey_and_persona(trip: dict[str, Any]) -> None:
    w = trip["w"]
    save_version(w, trip["journey"], "March")
    kept = save_version(w, trip["other"], "Elsewhere")
    w.delete_journey(trip["journey"], confirm=True)
    assert list(w.frame("versions")["id"]) == [kept]
    persona = str(w.frame("personas")["id"].iloc[0])
    w.delete_persona(persona, confirm=True)
    assert w.frame("versions").empty


def test_a_read_only_store_cannot_save_a_version(store_url: str) -> None:
    with open_store(store_url) as store:
        w = store.create_workshop("Fridge", lens="goal")
        journey = str(w.frame("journeys")["id"].iloc[0])
        save_version(w, journey, "March")
    with open_store(store_url, read_only=True) as viewer:
        seen = viewer.workshop(w.id)
        with pytest.raises(ReadOnlyError):
            save_version(seen, journey, "June")
        with pytest.raises(ReadOnlyError):
            delete_version(seen, str(versions(seen, journey)["id"].iloc[0]))
        assert list(versions(seen, journey)["name"]) == ["March"]  # viewers read them


def test_a_snapshot_the_kit_cannot_read_says_so() -> None:
    good = {"format": 1, "tables": {name: [] for name in (
        "phases", "steps", "ratings", "moments", "ideas", "idea_steps")}}
    good["tables"]["journeys"] = [{"id": "j1", "workshop_id": "w", "persona_id": "p",
                                   "name": "Today", "variant": "current"}]
    assert read_snapshot(json.dumps(good))["journeys"][0]["name"] == "Today"
    bad_score = json.loads(json.dumps(good))
    bad_score["tables"]["ratings"] = [{"participant_id": "p", "step_id": "s", "emotional": 12}]
    for text, reason in (("{not json", "it is not a journey as the kit keeps one."),
                         (json.dumps({**good, "format": 2}), "it is not"),
                         (json.dumps([good]), "it is not"),
                         (json.dumps(bad_score), "Emotional score must be between 1 and 10")):
        with pytest.raises(ValidationError) as caught:
            read_snapshot(text, "en")
        assert caught.value.key == "error.version_snapshot"
        assert str(caught.value).startswith("Snapshot of this version cannot be read: " + reason)
    # columns an older kit did not write get their defaults; newer ones are left out
    old = json.loads(snapshot_text({**good["tables"], "steps": [
        {"id": "s1", "phase_id": "f", "position": 0, "name": "Pay", "kind": "touchpoint",
         "from_a_newer_kit": 1}]}))
    step = read_snapshot(json.dumps(old))["steps"][0]
    assert step["device"] == "any" and step["target"] is None and "from_a_newer_kit" not in step


def test_a_version_5_store_gets_the_versions_table(store_url: str) -> None:
    with open_store(store_url) as store:
        w = build_sample(store, "fridge")
    make_old(store_url, 5)
    engine = sa.create_engine(store_url if "://" in store_url else f"sqlite:///{store_url}")
    assert "versions" not in sa.inspect(engine).get_table_names()
    engine.dispose()
    with open_store(store_url) as store:
        assert store.schema_version == SCHEMA_VERSION
        w = store.workshop(w.id)
        journey = str(w.frame("journeys")["id"].iloc[0])
        save_version(w, journey, "After the upgrade")
        assert list(versions(w, journey)["name"]) == ["After the upgrade"]


def test_a_sample_version_round_trips_every_frame(sqlite_store: Store) -> None:
    w: Workshop = build_sample(sqlite_store, "hotel")
    journey = str(w.frame("journeys")["id"].iloc[0])
    kept = load_version(w, save_version(w, journey, "Spring")).frames
    steps = w.frame("steps")
    ours = steps[steps["phase_id"].isin(w.frame("phases").query("journey_id == @journey")["id"])]
    assert kept["steps"].reset_index(drop=True).equals(ours.reset_index(drop=True))
    ratings = w.frame("ratings")
    assert len(kept["ratings"]) == int(ratings["step_id"].isin(ours["id"]).sum()) > 0


def test_pages_load_versions_without_their_snapshots(trip: dict[str, Any]) -> None:
    """Every page reads its tables when it opens, a phone's included: a list of versions is
    enough there, and the snapshot (megabytes for a large room) is read by id."""
    w = trip["w"]
    kept = save_version(w, trip["journey"], "Before")
    frame = w.frames()["versions"]
    assert "snapshot" not in frame.columns and list(frame["id"]) == [kept]
    assert sorted(load_version(w, kept).frames["steps"]["name"]) == ["Ask a friend", "Pay",
                                                                      "Search"]
