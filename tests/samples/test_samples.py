"""The sample workshops: complete, believable, synthetic and the same on every build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from klantreis import figures
from klantreis.core.store import Store, open_store
from klantreis.core.tables import SCORE_RANGE
from klantreis.core.workshop import Workshop
from klantreis.samples import SAMPLES, build_all, build_sample

LANGUAGES = {"mountainbike": "nl", "hotel": "en", "fridge": "en"}


@pytest.fixture(params=sorted(LANGUAGES))
def key(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sample(sqlite_store: Store, key: str) -> Workshop:
    return SAMPLES[key](sqlite_store)


def _main_journey(frames: dict[str, pd.DataFrame]) -> str:
    """The current journey with the most steps (the sample's main persona)."""
    phases, steps = frames["phases"], frames["steps"]
    current = frames["journeys"].loc[frames["journeys"]["variant"] == "current", "id"]
    counts = {
        jid: len(figures.ordered_steps(phases, steps, journey_id=jid)) for jid in current
    }
    return max(counts, key=lambda jid: counts[jid])


def _curve(frames: dict[str, pd.DataFrame], journey_id: str | None = None) -> pd.DataFrame:
    journey_id = journey_id or _main_journey(frames)
    return figures.emotion_curve(
        frames["phases"], frames["steps"], frames["ratings"], journey_id=journey_id
    )


def test_the_three_samples_are_offered(sqlite_store: Store) -> None:
    assert list(SAMPLES) == ["mountainbike", "hotel", "fridge"]
    with pytest.raises(KeyError, match="mountainbike"):
        build_sample(sqlite_store, "bicycle")
    assert sqlite_store.workshops().empty


def test_sample_is_synthetic_in_its_language(sample: Workshop, key: str) -> None:
    info = sample.info()
    assert bool(info["synthetic"])
    assert info["language"] == LANGUAGES[key]
    assert "synthet" in info["goal"].lower()
    assert info["lens"]
    personas = sample.frame("personas")
    assert len(personas) >= 1
    for column in ("name", "description", "goals", "needs", "frustrations", "quote"):
        assert personas[column].str.len().min() > 0, column


def test_sample_journey_is_complete(sample: Workshop) -> None:
    frames = sample.frames()
    journey = _main_journey(frames)
    ordered = figures.ordered_steps(frames["phases"], frames["steps"], journey_id=journey)
    assert len(ordered) >= 12
    assert (ordered["kind"] == "non_touchpoint").sum() >= 2
    assert ordered["top_phase_id"].nunique() >= 4
    steps = frames["steps"].set_index("id").loc[list(ordered["step_id"])]
    for column in ("channel", "department", "doing", "thinking", "feeling"):
        assert (steps[column].str.len() > 0).all(), column


def test_every_participant_rates_every_step(sample: Workshop) -> None:
    frames = sample.frames()
    participants, ratings = frames["participants"], frames["ratings"]
    assert 5 <= len(participants) <= 8
    assert participants["department"].nunique() >= 5
    low, high = SCORE_RANGE
    for score in ("functional", "emotional"):
        assert ratings[score].between(low, high).all()
    current = frames["journeys"].loc[frames["journeys"]["variant"] == "current", "id"]
    for journey in current:
        ordered = figures.ordered_steps(frames["phases"], frames["steps"], journey_id=journey)
        rated = set(zip(ratings["participant_id"], ratings["step_id"], strict=True))
        expected = {(p, s) for p in participants["id"] for s in ordered["step_id"]}
        assert expected <= rated
    assert (ratings["comment"].str.len() > 0).sum() >= 2


def test_curve_tells_a_story(sample: Workshop) -> None:
    frames = sample.frames()
    curve = _curve(frames)
    assert curve["mean"].min() <= 4.5
    assert curve["mean"].max() >= 8.0
    assert curve["disagreement"].any()
    assert not figures.moment_candidates(curve).empty

    low = curve.loc[curve["mean"].idxmin(), "step_id"]
    peak = curve.loc[curve["mean"].idxmax(), "step_id"]
    moments = frames["moments"]
    confirmed = moments[moments["status"] == "confirmed"]
    negative = set(confirmed.loc[confirmed["polarity"] == "negative", "step_id"])
    positive = set(confirmed.loc[confirmed["polarity"] == "positive", "step_id"])
    assert low in negative
    assert peak in positive
    assert (moments["status"] == "proposed").sum() >= 1


def test_evidence_mixes_assumptions_and_sources(sample: Workshop) -> None:
    evidence = sample.frame("evidence")
    sources = set(evidence["source"])
    assert "assumption" in sources
    assert sources - {"assumption"}
    assert evidence["step_id"].notna().any()
    assert evidence["step_id"].isna().any()  # free-standing insights too


def test_ideas_and_votes(sample: Workshop) -> None:
    frames = sample.frames()
    ideas, votes = frames["ideas"], frames["votes"]
    assert 5 <= len(ideas) <= 8
    assert (ideas["status"] == "selected").any()
    for column in ("impact", "effort", "confidence", "expected_effect"):
        assert ideas[column].notna().all(), column
    assert (ideas["metric"].str.len() > 0).all()
    assert (ideas["department"].str.len() > 0).all()
    assert set(frames["idea_steps"]["idea_id"]) == set(ideas["id"])

    budget = int(sample.info()["vote_budget"])
    spent = votes.groupby("participant_id")["votes"].sum()
    assert set(spent.index) == set(frames["participants"]["id"])
    assert ((spent > 0) & (spent <= budget)).all()
    ranking = figures.idea_ranking(ideas, votes, frames["idea_steps"])
    assert ranking.iloc[0]["status"] == "selected"


def test_hotel_low_point_is_packing_the_suitcase(sqlite_store: Store) -> None:
    frames = build_sample(sqlite_store, "hotel").frames()
    curve = _curve(frames)
    lowest = curve.loc[curve["mean"].idxmin()]
    assert lowest["step_name"] == "Pack the suitcase"
    assert lowest["kind"] == "non_touchpoint"
    assert lowest["mean"] <= 4.5
    assert bool(lowest["disagreement"])


def test_build_all_builds_every_sample_once(sqlite_store: Store) -> None:
    workshops = build_all(sqlite_store)
    assert [w.info()["language"] for w in workshops] == ["nl", "en", "en"]
    listed = sqlite_store.workshops()
    assert len(listed) == 3 and listed["synthetic"].all()
    # at least one sample shows sub-phases, and one shows several personas
    frames = [w.frames() for w in workshops]
    assert any(f["phases"]["parent_id"].notna().any() for f in frames)
    assert any(len(f["personas"]) >= 2 for f in frames)


def _fingerprint(workshop: Workshop) -> dict[str, Any]:
    """Everything a user sees, by name (ids differ between builds)."""
    frames = workshop.frames()
    people = dict(zip(frames["participants"]["id"], frames["participants"]["name"], strict=True))
    steps = dict(zip(frames["steps"]["id"], frames["steps"]["name"], strict=True))
    ideas = dict(zip(frames["ideas"]["id"], frames["ideas"]["title"], strict=True))
    journeys = sorted(frames["journeys"]["name"])
    order = [
        list(figures.ordered_steps(frames["phases"], frames["steps"], journey_id=jid)["step_name"])
        for jid in frames["journeys"].sort_values("name")["id"]
    ]
    ratings = sorted(
        (people[r.participant_id], steps[r.step_id], int(r.functional), int(r.emotional),
         r.comment)
        for r in frames["ratings"].itertuples()
    )
    votes = sorted(
        (people[v.participant_id], ideas[v.idea_id], int(v.votes))
        for v in frames["votes"].itertuples()
    )
    return {"journeys": journeys, "order": order, "ratings": ratings, "votes": votes,
            "people": list(frames["participants"].sort_values("name")["name"])}


def test_build_is_deterministic(sqlite_store: Store, tmp_path: Path, key: str) -> None:
    first = build_sample(sqlite_store, key, seed=7)
    with open_store(tmp_path / "again.db") as other:
        second = build_sample(other, key, seed=7)
        assert first.id != second.id
        assert _fingerprint(first) == _fingerprint(second)


SAMPLE_FILES = Path(__file__).parents[2] / "sample_data"


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_committed_sample_file_matches_the_builder(sqlite_store: Store, key: str) -> None:
    """The JSON in sample_data/ imports under the current schema and tells the same story
    as a fresh build (ids and timestamps aside): rebuild it when the samples change."""
    from klantreis.exchange import dump_workshop, import_json

    imported = dump_workshop(import_json(sqlite_store, SAMPLE_FILES / f"{key}.json"))
    built = dump_workshop(build_sample(sqlite_store, key))
    assert _story(imported) == _story(built)


def _story(records: dict) -> dict:
    """Names and scores in their stored order, with ids replaced by names."""
    steps = {s["id"]: s["name"] for s in records["steps"]}
    people = {p["id"]: p["name"] for p in records["participants"]}
    return {
        "title": records["workshops"][0]["title"],
        "phases": sorted(p["name"] for p in records["phases"]),
        "steps": sorted(steps.values()),
        "ratings": sorted((people[r["participant_id"]], steps[r["step_id"]], r["functional"],
                           r["emotional"], r["comment"]) for r in records["ratings"]),
        "ideas": sorted(i["title"] for i in records["ideas"]),
        "votes": sum(v["votes"] for v in records["votes"]),
    }


def test_the_fridge_sample_shows_the_shop_and_the_web_shop_apart(sqlite_store: Store) -> None:
    """The guide's example: arranging delivery is one moment in the store and at the web
    shop's checkout, and the store's is better by more than the chart's threshold."""
    from klantreis.charts.channels import CHANNEL_DIFFERENCE
    from klantreis.figures import JourneyData

    means = JourneyData(build_sample(sqlite_store, "fridge").frames()).channel_means
    by_channel = dict(zip(means["channel"], means["mean"], strict=True))
    assert set(means["step_name"]) == {"Arrange delivery and disposal"}
    assert round(by_channel["Store"] - by_channel["Website (checkout)"], 1) == 2.6
    assert by_channel["Store"] - by_channel["Website (checkout)"] >= CHANNEL_DIFFERENCE
