"""The workshop API against a real store: SQLite and PostgreSQL alike."""

from __future__ import annotations

import pandas as pd
import pytest

from klantreis import (
    ConfirmationNeeded,
    NotFoundError,
    Store,
    ValidationError,
    Workshop,
)
from klantreis.core.frames import frame_dtypes
from klantreis.core.tables import NAME_LIMIT, TABLE_ORDER, TEXT_LIMIT
from klantreis.samples import build_sample

HOSTILE = '<img src=x onerror=alert(1)> <script>alert("x")</script> & "quotes"'


@pytest.fixture
def workshop(store: Store) -> Workshop:
    return store.create_workshop("Buying a fridge", language="en", goal="Find the pain")


@pytest.fixture
def journey(workshop: Workshop) -> str:
    persona = workshop.add_persona("Ada", description="Busy parent", quote="It just broke!")
    return workshop.add_journey(persona)


def _names(workshop: Workshop, table: str) -> list[str]:
    return list(workshop.frame(table)["name"])


def test_workshop_from_a_lens_gets_the_lens_phases_in_its_language(store: Store) -> None:
    workshop = store.create_workshop("Fiets", language="nl", lens="target")
    frames = workshop.frames()
    assert list(frames["phases"]["name"]) == ["Acquisitie", "Conversie", "Behoud"]
    assert list(frames["phases"]["position"]) == [0, 1, 2]
    assert len(frames["personas"]) == 1 and len(frames["journeys"]) == 1
    assert frames["journeys"]["variant"].tolist() == ["current"]
    assert workshop.info()["lens"] == "target"


def test_unknown_lens_writes_nothing(store: Store) -> None:
    with pytest.raises(ValidationError) as raised:
        store.create_workshop("X", lens="no-such-lens", language="nl")
    assert store.workshops().empty
    assert "'no-such-lens'" in raised.value.message("nl") and "target" in str(raised.value)
    assert raised.value.field == "lens"


def test_unknown_language_names_the_known_ones(store: Store) -> None:
    with pytest.raises(ValidationError) as raised:
        store.create_workshop("X", language="fr")
    assert "nl, en" in str(raised.value) and "'fr'" in str(raised.value)
    assert store.workshops().empty


def test_every_frame_has_its_documented_dtypes(workshop: Workshop, journey: str) -> None:
    phase = workshop.add_phase(journey, "Orientation")
    step = workshop.add_step(phase, "Compare models", online=True, channel="web")
    person = workshop.add_participant("Bo", "Sales")
    workshop.rate(person, step, 6, 4)
    frames = workshop.frames()
    assert set(frames) == set(TABLE_ORDER)
    for name, frame in frames.items():
        expected = frame_dtypes(name)
        assert {c: str(frame[c].dtype) for c in expected} == expected, name
    assert str(frames["ratings"]["updated_at"].dtype).startswith("datetime64")
    assert frames["steps"].loc[0, "online"] is True or bool(frames["steps"].loc[0, "online"])


def test_steps_insert_move_rename_delete_keep_other_ratings(
    workshop: Workshop, journey: str
) -> None:
    first = workshop.add_phase(journey, "Orientation")
    second = workshop.add_phase(journey, "Purchase")
    a = workshop.add_step(first, "Ask friends", kind="non_touchpoint")
    b = workshop.add_step(first, "Read reviews")
    c = workshop.add_step(first, "Visit shop", position=0)
    assert _names(workshop, "steps") == ["Visit shop", "Ask friends", "Read reviews"]
    person = workshop.add_participant("Bo")
    for step, score in ((a, 3), (b, 7), (c, 9)):
        workshop.rate(person, step, score, score)

    workshop.update_step(b, name="Read reviews online", difficulties=HOSTILE)
    workshop.move_step(c, 5, phase_id=second)  # past the end: appended
    workshop.move_step(b, 0)
    steps = workshop.frame("steps").set_index("id")
    assert steps.loc[b, "position"] == 0 and steps.loc[a, "position"] == 1
    assert steps.loc[c, "phase_id"] == second and steps.loc[c, "position"] == 0
    assert steps.loc[b, "difficulties"] == HOSTILE

    with pytest.raises(ConfirmationNeeded, match="1 rating"):
        workshop.delete_step(a)
    assert len(workshop.frame("ratings")) == 3  # refused: nothing deleted
    workshop.delete_step(a, confirm=True)
    ratings = workshop.frame("ratings").set_index("step_id")["emotional"].to_dict()
    assert ratings == {b: 7, c: 9}
    assert workshop.frame("steps").set_index("id").loc[b, "position"] == 0


def test_unrated_step_is_deleted_without_confirmation(workshop: Workshop, journey: str) -> None:
    phase = workshop.add_phase(journey, "Orientation")
    step = workshop.add_step(phase, "Ask friends")
    workshop.delete_step(step)
    assert workshop.frame("steps").empty


def test_sub_phases_move_and_delete(workshop: Workshop, journey: str) -> None:
    top = workshop.add_phase(journey, "Stay")
    other = workshop.add_phase(journey, "Check out")
    sub1 = workshop.add_phase(journey, "Room", parent_id=top)
    sub2 = workshop.add_phase(journey, "Breakfast", parent_id=top, position=0)
    phases = workshop.frame("phases").set_index("id")
    assert phases.loc[sub2, "position"] == 0 and phases.loc[sub1, "position"] == 1
    assert phases.loc[sub1, "parent_id"] == top

    with pytest.raises(ValidationError) as cycle:
        workshop.move_phase(top, 0, parent_id=sub1)
    assert cycle.value.field == "parent_id"

    workshop.move_phase(sub1, 0, parent_id=None)  # promoted to a top-level phase
    phases = workshop.frame("phases").set_index("id")
    assert phases.loc[sub1, "position"] == 0 and pd.isna(phases.loc[sub1, "parent_id"])
    assert phases.loc[top, "position"] == 1 and phases.loc[other, "position"] == 2

    step = workshop.add_step(sub2, "Coffee")
    person = workshop.add_participant("Bo")
    workshop.rate(person, step, 8, 9)
    with pytest.raises(ConfirmationNeeded):
        workshop.delete_phase(top)
    workshop.delete_phase(top, confirm=True)
    assert set(workshop.frame("phases")["id"]) == {sub1, other}
    assert workshop.frame("ratings").empty and workshop.frame("steps").empty


def test_phase_cannot_have_a_parent_in_another_journey(workshop: Workshop, journey: str) -> None:
    persona = workshop.frame("personas")["id"][0]
    other = workshop.add_journey(persona, variant="desired")
    parent = workshop.add_phase(other, "Elsewhere")
    with pytest.raises(ValidationError, match="another journey"):
        workshop.add_phase(journey, "Here", parent_id=parent)


def test_rerating_replaces_and_scores_are_checked(workshop: Workshop, journey: str) -> None:
    step = workshop.add_step(workshop.add_phase(journey, "P"), "S")
    person = workshop.add_participant("Bo")
    workshop.rate(person, step, 4, 5, "meh")
    workshop.rate(person, step, 9, 10, HOSTILE)
    ratings = workshop.frame("ratings")
    assert len(ratings) == 1
    assert ratings.loc[0, ["functional", "emotional", "comment"]].tolist() == [9, 10, HOSTILE]
    for functional, emotional in ((0, 5), (5, 11), (5.5, 5), ("ten", 5)):
        with pytest.raises(ValidationError):
            workshop.rate(person, step, functional, emotional)
    assert workshop.frame("ratings")["emotional"].tolist() == [10]


def test_scores_accept_whole_numbers_in_other_forms(workshop: Workshop, journey: str) -> None:
    step = workshop.add_step(workshop.add_phase(journey, "P"), "S")
    person = workshop.add_participant("Bo")
    workshop.rate(person, step, "7", 8.0)
    assert workshop.frame("ratings").loc[0, ["functional", "emotional"]].tolist() == [7, 8]


def test_errors_name_the_field_in_the_workshop_language(store: Store) -> None:
    dutch = store.create_workshop("Fiets kopen", language="nl")
    with pytest.raises(ValidationError) as empty:
        dutch.add_participant("   ")
    assert str(empty.value) == "Naam is verplicht: vul iets in."
    assert empty.value.message("en") == "Name is required: please fill it in."
    assert empty.value.field == "name"
    with pytest.raises(ValidationError) as long:
        dutch.add_persona("x" * (NAME_LIMIT + 1))
    assert "te lang (201 tekens)" in str(long.value)
    with pytest.raises(ValidationError, match="5000"):
        dutch.add_persona("Sanne", description="y" * (TEXT_LIMIT + 1))
    with pytest.raises(NotFoundError, match="Er is geen stap met id 'nope'"):
        dutch.rate(dutch.add_participant("Piet"), "nope", 5, 5)
    with pytest.raises(ValidationError, match="Soort stap moet een van"):
        journey = dutch.add_journey(dutch.add_persona("Sanne"))
        dutch.add_step(dutch.add_phase(journey, "Fase"), "Stap", kind="maybe")


def test_bad_input_never_reaches_the_store(workshop: Workshop, journey: str) -> None:
    before = workshop.revision
    attempts = [
        lambda: workshop.add_participant(""),
        lambda: workshop.add_participant("Bo\x00"),
        lambda: workshop.add_step("no-such-phase", "S"),
        lambda: workshop.add_phase(journey, "P", brand_goal=42),
        lambda: workshop.add_idea("Idea", impact=6),
        lambda: workshop.add_idea("Idea", steps=["missing"]),
        lambda: workshop.add_evidence("rumour"),
        lambda: workshop.update(vote_budget=0),
        lambda: workshop.update(language="fr"),
    ]
    for attempt in attempts:
        with pytest.raises((ValidationError, NotFoundError)):
            attempt()
    assert workshop.revision == before
    frames = workshop.frames()
    assert all(frames[t].empty for t in ("participants", "steps", "ideas", "evidence"))


def test_text_is_stored_exactly_as_typed(workshop: Workshop) -> None:
    text = f"  {HOSTILE}\n\ttab, emoji 🚲🧊, RTL שלום, 'single' \r\n"
    persona = workshop.add_persona(f"  {HOSTILE}  ", quote=text)
    row = workshop.frame("personas").set_index("id").loc[persona]
    assert row["quote"] == text
    assert row["name"] == HOSTILE  # names are trimmed, nothing else changes


def test_names_of_participants_are_unique(workshop: Workshop) -> None:
    first = workshop.add_participant("Bo")
    workshop.add_participant("Ann")
    with pytest.raises(ValidationError, match="already a participant named 'Bo'"):
        workshop.add_participant(" Bo ")
    with pytest.raises(ValidationError):
        workshop.update_participant(workshop.participant_id("Ann"), name="Bo")
    assert workshop.participant_id("Bo") == first
    assert workshop.participant_id("Nobody") is None


def test_ids_of_another_workshop_are_unknown(
    store: Store, workshop: Workshop, journey: str
) -> None:
    other = store.create_workshop("Other")
    phase = workshop.add_phase(journey, "P")
    with pytest.raises(NotFoundError):
        other.add_step(phase, "Sneaky")


def test_revision_counts_every_change(workshop: Workshop, journey: str) -> None:
    start = workshop.revision
    phase = workshop.add_phase(journey, "P")
    step = workshop.add_step(phase, "S")
    person = workshop.add_participant("Bo")
    workshop.rate(person, step, 5, 5)
    workshop.rate(person, step, 6, 6)
    assert workshop.revision == start + 5


def test_moments_and_evidence(workshop: Workshop, journey: str) -> None:
    step = workshop.add_step(workshop.add_phase(journey, "P"), "S")
    moment = workshop.add_moment(step, "negative", "Nobody answers the phone")
    workshop.update_moment(moment, status="confirmed")
    with pytest.raises(ValidationError):
        workshop.update_moment(moment, status="maybe")
    backed = workshop.add_evidence("complaint", "37 complaints in May", step_id=step)
    workshop.add_evidence("assumption", insight="Customers read the manual")
    evidence = workshop.frame("evidence").set_index("id")
    assert evidence.loc[backed, "step_id"] == step
    assert sorted(evidence["source"]) == ["assumption", "complaint"]
    assert workshop.frame("moments")["status"].tolist() == ["confirmed"]
    workshop.delete_evidence(backed)
    workshop.delete_moment(moment)
    assert workshop.frame("moments").empty and len(workshop.frame("evidence")) == 1


def test_ideas_and_dot_voting_within_a_budget(workshop: Workshop, journey: str) -> None:
    phase = workshop.add_phase(journey, "P")
    s1, s2 = workshop.add_step(phase, "S1"), workshop.add_step(phase, "S2")
    workshop.update(vote_budget=4)
    idea = workshop.add_idea(
        "Call back within the hour",
        steps=[s1, s1, s2],
        impact=4,
        effort=2,
        confidence=3,
        expected_effect=1.5,
        department="Service",
    )
    other = workshop.add_idea("Chat bot")
    bo = workshop.add_participant("Bo")
    assert workshop.vote(bo, idea, 3) == 3
    with pytest.raises(ValidationError, match="1 of 4 votes left"):
        workshop.vote(bo, other, 2)
    assert workshop.vote(bo, other) == 1
    assert workshop.votes_left(bo) == 0
    assert workshop.vote(bo, idea, -2) == 1
    assert workshop.votes_left(bo) == 2
    assert sorted(workshop.frame("idea_steps")["step_id"]) == sorted([s1, s2])
    workshop.update_idea(idea, steps=[s2], status="selected")
    assert workshop.frame("idea_steps")["step_id"].tolist() == [s2]
    workshop.delete_idea(other)
    assert workshop.frame("votes")["votes"].tolist() == [1]
    assert workshop.frame("ideas").loc[0, "expected_effect"] == 1.5


def test_deleting_a_participant_with_ratings_needs_confirmation(
    workshop: Workshop, journey: str
) -> None:
    step = workshop.add_step(workshop.add_phase(journey, "P"), "S")
    bo, ann = workshop.add_participant("Bo"), workshop.add_participant("Ann")
    workshop.rate(bo, step, 5, 5)
    workshop.rate(ann, step, 7, 7)
    with pytest.raises(ConfirmationNeeded):
        workshop.delete_participant(bo)
    workshop.delete_participant(bo, confirm=True)
    assert workshop.frame("ratings")["participant_id"].tolist() == [ann]


def test_deleting_a_persona_takes_its_journeys(workshop: Workshop, journey: str) -> None:
    persona = workshop.frame("personas")["id"][0]
    top = workshop.add_phase(journey, "P")
    workshop.add_phase(journey, "Sub", parent_id=top)
    step = workshop.add_step(top, "S")
    workshop.rate(workshop.add_participant("Bo"), step, 5, 5)
    with pytest.raises(ConfirmationNeeded):
        workshop.delete_persona(persona)
    workshop.delete_persona(persona, confirm=True)
    frames = workshop.frames()
    assert all(frames[t].empty for t in ("personas", "journeys", "phases", "steps", "ratings"))


def test_workshop_fields_can_change(workshop: Workshop) -> None:
    workshop.update(title="Fridge", language="nl", scope_kind="life_event", goal=HOSTILE)
    info = workshop.info()
    assert (info["title"], info["language"], info["scope_kind"], info["goal"]) == (
        "Fridge",
        "nl",
        "life_event",
        HOSTILE,
    )
    assert workshop.language == "nl"
    with pytest.raises(ValidationError, match="Workshop heeft geen veld 'revision'"):
        workshop.update(revision=0)


def test_unknown_workshop(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.workshop("nope")


def test_a_desired_journey_is_derived_from_the_current_one_in_one_write(
        store: Store) -> None:
    workshop = build_sample(store, "hotel")
    frames = workshop.frames()
    current = frames["journeys"].query("variant == 'current'")["id"].iloc[0]
    desired = workshop.derive_desired(current)
    after = workshop.frames()
    journey = after["journeys"].set_index("id").loc[desired]
    name = frames["journeys"].set_index("id").loc[current, "name"]
    assert journey["variant"] == "desired" and journey["name"] == f"{name} (desired journey)"
    old_phases = after["phases"].query("journey_id == @current")
    new_phases = after["phases"].query("journey_id == @desired")
    assert sorted(new_phases["name"]) == sorted(old_phases["name"])
    names = dict(zip(old_phases["id"], old_phases["name"], strict=True))
    new_names = dict(zip(new_phases["id"], new_phases["name"], strict=True))
    parents = {new_names[r["id"]]: new_names.get(r["parent_id"]) for r in
               new_phases.to_dict("records")}
    assert parents == {names[r["id"]]: names.get(r["parent_id"]) for r in
                       old_phases.to_dict("records")}
    old_steps = after["steps"][after["steps"]["phase_id"].isin(old_phases["id"])]
    new_steps = after["steps"][after["steps"]["phase_id"].isin(new_phases["id"])]
    assert sorted(new_steps["based_on"]) == sorted(old_steps["id"])
    assert new_steps["target"].isna().all()
    originals = old_steps.set_index("id")
    for step in new_steps.to_dict("records"):
        assert step["name"] == originals.loc[step["based_on"], "name"]
    assert after["ratings"].equals(frames["ratings"])  # the current journey keeps its ratings


def test_a_desired_step_is_based_on_an_original_and_outlives_it(store: Store) -> None:
    workshop = build_sample(store, "hotel")
    current = workshop.frame("journeys")["id"].iloc[0]
    desired = workshop.derive_desired(current)
    steps = workshop.frame("steps")
    copy = steps[steps["based_on"].notna()].iloc[0]
    other_copy = steps[steps["based_on"].notna()].iloc[1]
    before = workshop.frame("steps")
    with pytest.raises(ValidationError, match="desired"):
        workshop.update_step(copy["id"], based_on=other_copy["id"])
    with pytest.raises(NotFoundError):
        workshop.update_step(copy["id"], based_on="no-such-step")
    assert workshop.frame("steps").equals(before)
    workshop.update_step(copy["id"], target=9)
    workshop.delete_step(copy["based_on"], confirm=True)
    kept = workshop.frame("steps").set_index("id").loc[copy["id"]]
    assert pd.isna(kept["based_on"]) and kept["target"] == 9
    assert desired in set(workshop.frame("journeys")["id"])
