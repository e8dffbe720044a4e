"""Tests for klantreis.derived with small hand-made frames and hand-computed expectations."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klantreis import figures
from klantreis.figures import (
    emotion_curve,
    idea_ranking,
    moment_candidates,
    ordered_steps,
    responsibility,
    score_gap,
)

NA = pd.NA

# ----------------------------------------------------------------------------- frame builders

SCHEMAS: dict[str, dict[str, str]] = {
    "phases": {
        "id": "string",
        "journey_id": "string",
        "parent_id": "string",
        "position": "Int64",
        "name": "string",
        "brand_goal": "string",
        "description": "string",
    },
    "steps": {
        "id": "string",
        "phase_id": "string",
        "position": "Int64",
        "name": "string",
        "kind": "string",
        "channel": "string",
        "online": "boolean",
        "department": "string",
        "doing": "string",
        "thinking": "string",
        "feeling": "string",
        "questions": "string",
        "difficulties": "string",
    },
    "ratings": {
        "participant_id": "string",
        "step_id": "string",
        "functional": "Int64",
        "emotional": "Int64",
        "comment": "string",
        "updated_at": "string",
    },
    "ideas": {
        "id": "string",
        "workshop_id": "string",
        "title": "string",
        "description": "string",
        "department": "string",
        "impact": "Int64",
        "effort": "Int64",
        "confidence": "Int64",
        "expected_effect": "Float64",
        "metric": "string",
        "status": "string",
    },
    "idea_steps": {"idea_id": "string", "step_id": "string"},
    "votes": {"participant_id": "string", "idea_id": "string", "votes": "Int64"},
}


def frame(table: str, rows: list[dict[str, Any]] | None = None) -> pd.DataFrame:
    """Typed frame for a workshop table; columns not given in a row are NA."""
    schema = SCHEMAS[table]
    rows = rows or []
    return pd.DataFrame(
        {col: pd.Series([r.get(col, NA) for r in rows], dtype=dt) for col, dt in schema.items()}
    )


def phase(pid: str, position: int | None, parent: str | None = None, journey: str = "j1"):
    return {
        "id": pid,
        "journey_id": journey,
        "parent_id": parent if parent is not None else NA,
        "position": position if position is not None else NA,
        "name": f"Fase {pid}",
    }


def step(sid: str, phase_id: str, position: int, kind: str = "touchpoint", department=NA):
    return {
        "id": sid,
        "phase_id": phase_id,
        "position": position,
        "name": f"Stap {sid}",
        "kind": kind,
        "channel": "winkel",
        "online": False,
        "department": department,
    }


def rating(participant: str, step_id: str, emotional=NA, functional=NA):
    return {
        "participant_id": participant,
        "step_id": step_id,
        "emotional": emotional,
        "functional": functional,
    }


def assert_schema(df: pd.DataFrame, schema: dict[str, str]) -> None:
    assert list(df.columns) == list(schema)
    assert {c: str(t) for c, t in df.dtypes.items()} == schema


# ----------------------------------------------------------------------------- fixtures

# A small journey: "Voor" (t1) then "Tijdens" (t2) with a sub-phase t2a.
# Journey order: a (t1) | b, e (t2 own steps) | c, d (t2a).
JOURNEY_PHASES = [
    phase("t2", 7),  # listed first but position 7 > 3: comes second
    phase("t2a", 0, parent="t2"),
    phase("t1", 3),
]
JOURNEY_STEPS = [
    step("d", "t2a", 4, kind="non_touchpoint", department="  "),
    step("c", "t2a", 1, department="Sales"),
    step("e", "t2", 9, kind="non_touchpoint"),  # unrated, NA department
    step("b", "t2", 2, department="Sales"),
    step("a", "t1", 0, department="Marketing"),
]
JOURNEY_RATINGS = [
    # step a: emotional 8, 9, 10; functional 7, 7, 7
    rating("p1", "a", 8, 7),
    rating("p2", "a", 9, 7),
    rating("p3", "a", 10, 7),
    # step b: emotional 7, 6, 8; functional 8, 9, 10
    rating("p1", "b", 7, 8),
    rating("p2", "b", 6, 9),
    rating("p3", "b", 8, 10),
    # step c: emotional 2, 6, 4; functional 6, 6, 9
    rating("p1", "c", 2, 6),
    rating("p2", "c", 6, 6),
    rating("p3", "c", 4, 9),
    # step d: only two participants; emotional 5, 6; functional 5, NA
    rating("p1", "d", 5, 5),
    rating("p2", "d", 6, NA),
]


@pytest.fixture
def journey() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return (
        frame("phases", JOURNEY_PHASES),
        frame("steps", JOURNEY_STEPS),
        frame("ratings", JOURNEY_RATINGS),
    )


# ----------------------------------------------------------------------------- ordered_steps


def test_ordered_steps_nested_and_gapped_positions() -> None:
    phases = frame(
        "phases",
        [
            phase("A", 5),  # gap: 5 after 2
            phase("B", 2),
            phase("B1", 1, parent="B"),
            phase("B0", 0, parent="B"),
            phase("B0x", 3, parent="B0"),
        ],
    )
    steps = frame(
        "steps",
        [
            step("s1", "B", 10),
            step("s2", "B", 3),
            step("s3", "B0", 0),
            step("s4", "B0x", 0),
            step("s5", "B1", 0),
            step("s6", "A", 0),
        ],
    )
    out = ordered_steps(phases, steps)
    assert out["step_id"].tolist() == ["s2", "s1", "s3", "s4", "s5", "s6"]
    assert out["order"].tolist() == [0, 1, 2, 3, 4, 5]
    assert out["depth"].tolist() == [0, 0, 1, 2, 1, 0]
    assert out["phase_id"].tolist() == ["B", "B", "B0", "B0x", "B1", "A"]
    assert out["top_phase_id"].tolist() == ["B", "B", "B", "B", "B", "A"]
    assert out["top_phase_name"].tolist() == ["Fase B"] * 5 + ["Fase A"]
    assert out["step_name"].iloc[0] == "Stap s2"
    assert_schema(out, figures.ORDERED_STEPS_COLUMNS)


def test_ordered_steps_several_journeys_by_first_appearance_and_filter() -> None:
    phases = frame(
        "phases",
        [phase("x", 0, journey="j2"), phase("y", 0, journey="j1"), phase("z", 1, journey="j2")],
    )
    steps = frame("steps", [step("sy", "y", 0), step("sz", "z", 0), step("sx", "x", 0)])
    assert ordered_steps(phases, steps)["step_id"].tolist() == ["sx", "sz", "sy"]
    only_j1 = ordered_steps(phases, steps, journey_id="j1")
    assert only_j1["step_id"].tolist() == ["sy"]
    assert only_j1["order"].tolist() == [0]


def test_ordered_steps_skips_steps_of_unknown_phase(journey) -> None:
    phases, steps, _ = journey
    extra = pd.concat([steps, frame("steps", [step("orphan", "nope", 0)])], ignore_index=True)
    out = ordered_steps(phases, extra)
    assert "orphan" not in out["step_id"].tolist()
    assert len(out) == 5


def test_ordered_steps_empty_inputs() -> None:
    out = ordered_steps(frame("phases"), frame("steps"))
    assert out.empty
    assert_schema(out, figures.ORDERED_STEPS_COLUMNS)
    # phases but no steps: still empty and typed
    out2 = ordered_steps(frame("phases", [phase("p", 0)]), frame("steps"))
    assert out2.empty
    assert_schema(out2, figures.ORDERED_STEPS_COLUMNS)


# ----------------------------------------------------------------------------- emotion_curve


def test_emotion_curve_statistics(journey) -> None:
    phases, steps, ratings = journey
    curve = emotion_curve(phases, steps, ratings)
    assert_schema(curve, figures.EMOTION_CURVE_COLUMNS)
    assert curve["step_id"].tolist() == ["a", "b", "e", "c", "d"]
    assert curve["order"].tolist() == [0, 1, 2, 3, 4]
    assert curve["top_phase_name"].tolist() == ["Fase t1"] + ["Fase t2"] * 4
    assert curve["n"].tolist() == [3, 3, 0, 3, 2]

    by = curve.set_index("step_id")
    # a: 8, 9, 10
    assert by.loc["a", "mean"] == pytest.approx(9.0)
    assert by.loc["a", "median"] == pytest.approx(9.0)
    assert (by.loc["a", "min"], by.loc["a", "max"]) == (8.0, 10.0)
    assert by.loc["a", "std"] == pytest.approx(1.0)
    # c: 2, 6, 4 -> deviations -2, 2, 0 -> var 8/2 = 4 -> std 2
    assert by.loc["c", "mean"] == pytest.approx(4.0)
    assert by.loc["c", "median"] == pytest.approx(4.0)
    assert by.loc["c", "std"] == pytest.approx(2.0)
    # d: 5, 6 -> mean 5.5, std sqrt(0.5)
    assert by.loc["d", "mean"] == pytest.approx(5.5)
    assert by.loc["d", "median"] == pytest.approx(5.5)
    assert by.loc["d", "std"] == pytest.approx(0.7071068, abs=1e-6)
    # e: unrated -> all NA
    for col in ("mean", "median", "min", "max", "std"):
        assert by.loc["e", col] is NA

    assert curve["disagreement"].tolist() == [False, False, False, True, False]
    # d's mean is exactly 5.5: a pass, not below it
    assert curve["below_pass"].tolist() == [False, False, False, True, False]
    assert curve["aim_reached"].tolist() == [True, False, False, False, False]


def test_emotion_curve_functional_score(journey) -> None:
    phases, steps, ratings = journey
    curve = emotion_curve(phases, steps, ratings, score="functional").set_index("step_id")
    assert curve.loc["a", "mean"] == pytest.approx(7.0)
    assert curve.loc["a", "std"] == pytest.approx(0.0)
    assert curve.loc["b", "mean"] == pytest.approx(9.0)
    assert bool(curve.loc["b", "aim_reached"]) is True
    # c: 6, 6, 9 -> mean 7, median 6, var (1 + 1 + 4) / 2 = 3
    assert curve.loc["c", "mean"] == pytest.approx(7.0)
    assert curve.loc["c", "median"] == pytest.approx(6.0)
    assert curve.loc["c", "std"] == pytest.approx(math.sqrt(3))
    # d: one functional score (the other is NA) -> n 1, std NA, no disagreement
    assert curve.loc["d", "n"] == 1
    assert curve.loc["d", "mean"] == pytest.approx(5.0)
    assert curve.loc["d", "std"] is NA
    assert bool(curve.loc["d", "disagreement"]) is False
    assert bool(curve.loc["d", "below_pass"]) is True


def test_emotion_curve_invalid_score_raises(journey) -> None:
    phases, steps, ratings = journey
    with pytest.raises(ValueError, match="score"):
        emotion_curve(phases, steps, ratings, score="overall")


def test_emotion_curve_empty_inputs() -> None:
    curve = emotion_curve(frame("phases"), frame("steps"), frame("ratings"))
    assert curve.empty
    assert_schema(curve, figures.EMOTION_CURVE_COLUMNS)


def test_emotion_curve_no_ratings_keeps_steps(journey) -> None:
    phases, steps, _ = journey
    curve = emotion_curve(phases, steps, frame("ratings"))
    assert len(curve) == 5
    assert curve["n"].tolist() == [0] * 5
    assert curve["mean"].isna().all()
    assert not curve["below_pass"].any()
    assert not curve["disagreement"].any()


def test_functions_do_not_mutate_inputs(journey) -> None:
    phases, steps, ratings = journey
    copies = [phases.copy(), steps.copy(), ratings.copy()]
    emotion_curve(phases, steps, ratings)
    score_gap(phases, steps, ratings)
    responsibility(phases, steps)
    for original, copy in zip((phases, steps, ratings), copies, strict=True):
        pd.testing.assert_frame_equal(original, copy)


@settings(max_examples=60, deadline=None, database=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["p1", "p2", "p3", "p4"]),
            st.sampled_from(["a", "b", "c", "d", "e"]),
            st.integers(min_value=1, max_value=10),
        ),
        max_size=40,
    )
)
def test_emotion_curve_properties(raw: list[tuple[str, str, int]]) -> None:
    phases, steps = frame("phases", JOURNEY_PHASES), frame("steps", JOURNEY_STEPS)
    ratings = frame("ratings", [rating(p, s, e) for p, s, e in raw])
    curve = emotion_curve(phases, steps, ratings)

    assert len(curve) == 5
    expected_n = {sid: sum(1 for _, s, _ in raw if s == sid) for sid in "abcde"}
    assert dict(zip(curve["step_id"], curve["n"], strict=True)) == expected_n
    assert int(curve["n"].sum()) == len(ratings)
    for rec in curve.to_dict("records"):
        if rec["n"] == 0:
            assert pd.isna(rec["mean"])
            continue
        assert rec["min"] - 1e-9 <= rec["mean"] <= rec["max"] + 1e-9
        assert rec["min"] - 1e-9 <= rec["median"] <= rec["max"] + 1e-9
        assert pd.isna(rec["std"]) == (rec["n"] < 2)
        assert bool(rec["below_pass"]) == (rec["mean"] < figures.PASS_LINE)


# ----------------------------------------------------------------------------- moments


def curve_frame(means: list[float | None], ns: list[int] | None = None) -> pd.DataFrame:
    """A minimal emotion-curve-like frame for moment_candidates."""
    ns = ns or [0 if m is None else 3 for m in means]
    return pd.DataFrame(
        {
            "step_id": pd.Series([f"s{i}" for i in range(len(means))], dtype="string"),
            "step_name": pd.Series([f"Stap {i}" for i in range(len(means))], dtype="string"),
            "order": pd.Series(range(len(means)), dtype="Int64"),
            "n": pd.Series(ns, dtype="Int64"),
            "mean": pd.Series([NA if m is None else m for m in means], dtype="Float64"),
        }
    )


def test_moment_candidates_from_journey(journey) -> None:
    phases, steps, ratings = journey
    # emotional means in order: a 9, b 7, (e unrated), c 4, d 5.5
    moments = moment_candidates(emotion_curve(phases, steps, ratings))
    assert_schema(moments, figures.MOMENT_COLUMNS)
    got = list(zip(moments["step_id"], moments["reason"], moments["polarity"], strict=True))
    assert got == [
        ("a", "high", "positive"),
        ("a", "peak", "positive"),
        ("b", "drop", "negative"),
        ("c", "low", "negative"),
        ("c", "drop", "negative"),  # compared with b, skipping the unrated e
        ("d", "end", "positive"),  # 5.5 is a pass
    ]
    drops = moments["drop"].tolist()
    assert drops[2] == pytest.approx(2.0)
    assert drops[4] == pytest.approx(3.0)
    assert [d is NA for d in drops] == [True, True, False, True, False, True]
    assert moments["order"].tolist() == [0, 0, 1, 3, 3, 4]


def test_moment_candidates_steep_drop_peak_tie_and_negative_end() -> None:
    # 20/3 -> 14/3 is a drop of exactly 2 in theory; floating point must not hide it.
    curve = curve_frame([7.0, 8.0, 8.0, None, 20 / 3, 14 / 3, 6.0, 5.0])
    moments = moment_candidates(curve)
    got = list(zip(moments["step_id"], moments["reason"], moments["polarity"], strict=True))
    assert got == [
        ("s1", "peak", "positive"),  # first of the tied 8.0s
        ("s5", "drop", "negative"),
        ("s7", "end", "negative"),  # 5.0 < 5.5
    ]
    assert moments["drop"].iloc[1] == pytest.approx(2.0)
    # 8.0 -> 6.67 is a fall of 1.33 (not steep); s6 -> s7 is 1.0: no other drops
    assert (moments["reason"] == "drop").sum() == 1


def test_moment_candidates_ignores_unrated_rows_and_empty() -> None:
    # a mean with n == 0 must be ignored (only rated steps count)
    curve = curve_frame([1.0, 6.0], ns=[0, 2])
    moments = moment_candidates(curve)
    assert moments["step_id"].tolist() == ["s1", "s1"]
    assert moments["reason"].tolist() == ["peak", "end"]

    empty = moment_candidates(emotion_curve(frame("phases"), frame("steps"), frame("ratings")))
    assert empty.empty
    assert_schema(empty, figures.MOMENT_COLUMNS)
    unrated = moment_candidates(curve_frame([None, None]))
    assert unrated.empty
    assert_schema(unrated, figures.MOMENT_COLUMNS)


# ----------------------------------------------------------------------------- score_gap


def test_score_gap(journey) -> None:
    phases, steps, ratings = journey
    gap = score_gap(phases, steps, ratings)
    assert_schema(gap, figures.SCORE_GAP_COLUMNS)
    assert gap["step_id"].tolist() == ["a", "b", "e", "c", "d"]
    assert gap["n"].tolist() == [3, 3, 0, 3, 2]
    assert gap["phase_name"].tolist() == ["Fase t1", "Fase t2", "Fase t2", "Fase t2a", "Fase t2a"]
    by = gap.set_index("step_id")
    assert by.loc["a", "gap"] == pytest.approx(2.0)  # 9 - 7
    assert by.loc["b", "gap"] == pytest.approx(-2.0)  # 7 - 9
    assert by.loc["c", "gap"] == pytest.approx(-3.0)  # 4 - 7
    assert by.loc["d", "functional_mean"] == pytest.approx(5.0)
    assert by.loc["d", "gap"] == pytest.approx(0.5)  # 5.5 - 5
    assert by.loc["e", "gap"] is NA
    empty = score_gap(frame("phases"), frame("steps"), frame("ratings"))
    assert empty.empty
    assert_schema(empty, figures.SCORE_GAP_COLUMNS)


# ----------------------------------------------------------------------------- idea_ranking


def idea(iid: str, title: str, impact, effort, confidence, status: str = "proposed"):
    return {
        "id": iid,
        "workshop_id": "w1",
        "title": title,
        "department": "Service",
        "impact": impact,
        "effort": effort,
        "confidence": confidence,
        "status": status,
    }


def vote(participant: str, idea_id: str, n):
    return {"participant_id": participant, "idea_id": idea_id, "votes": n}


def test_idea_ranking_with_ties() -> None:
    ideas = frame(
        "ideas",
        [
            idea("i6", "Aardige begroeting", 2, 1, 1),  # no votes, ice 2
            idea("i4", "Zachte stoelen", 2, 1, 3),  # 1 vote, ice 6
            idea("i5", "Chatbot", NA, 2, 3),  # 1 vote, ice NA
            idea("i3", "Betere bewegwijzering", 3, 2, 4),  # 1 vote, ice 6
            idea("i2", "App melding", 5, 5, 4),  # 5 votes, ice 4
            idea("i1", "Koffie bij wachten", 4, 2, 3, status="selected"),  # 5 votes, ice 6
        ],
    )
    votes = frame(
        "votes",
        [
            vote("p1", "i1", 3),
            vote("p2", "i1", 2),
            vote("p3", "i2", 5),
            vote("p1", "i3", 1),
            vote("p2", "i4", 1),
            vote("p3", "i4", 0),  # zero dots: not a voter
            vote("p1", "i5", 1),
            vote("p1", "unknown", 9),  # ignored
        ],
    )
    links = frame(
        "idea_steps",
        [
            {"idea_id": "i1", "step_id": "a"},
            {"idea_id": "i1", "step_id": "b"},
            {"idea_id": "i1", "step_id": "a"},  # duplicate link counts once
            {"idea_id": "i5", "step_id": "c"},
        ],
    )
    ranking = idea_ranking(ideas, votes, links)
    assert_schema(ranking, figures.IDEA_RANKING_COLUMNS)
    # i1 beats i2 on ICE; i3 and i4 tie on votes and ICE -> title; NA ICE after them
    assert ranking["idea_id"].tolist() == ["i1", "i2", "i3", "i4", "i5", "i6"]
    assert ranking["rank"].tolist() == [1, 2, 3, 4, 5, 6]
    assert ranking["votes"].tolist() == [5, 5, 1, 1, 1, 0]
    assert ranking["voters"].tolist() == [2, 1, 1, 1, 1, 0]
    assert ranking["ice"].tolist()[:4] == pytest.approx([6.0, 4.0, 6.0, 6.0])
    assert ranking["ice"].iloc[4] is NA
    assert ranking["ice"].iloc[5] == pytest.approx(2.0)
    assert ranking["step_count"].tolist() == [2, 0, 0, 0, 1, 0]
    assert ranking["status"].iloc[0] == "selected"

    without_links = idea_ranking(ideas, votes)
    assert without_links["step_count"].tolist() == [0] * 6


def test_idea_ranking_empty() -> None:
    out = idea_ranking(frame("ideas"), frame("votes"))
    assert out.empty
    assert_schema(out, figures.IDEA_RANKING_COLUMNS)
    no_votes = idea_ranking(frame("ideas", [idea("i1", "X", 1, 1, 1)]), frame("votes"))
    assert no_votes["votes"].tolist() == [0]
    assert no_votes["rank"].tolist() == [1]


# ----------------------------------------------------------------------------- responsibility


def test_responsibility_zero_filled(journey) -> None:
    phases, steps, _ = journey
    out = responsibility(phases, steps)
    assert_schema(out, figures.RESPONSIBILITY_COLUMNS)
    got = [tuple(r) for r in out.itertuples(index=False)]
    assert got == [
        # e (NA department) and d (blank department) are unassigned, both in t2
        ("(unassigned)", "t1", "Fase t1", 0, 0, 0, 0),
        ("(unassigned)", "t2", "Fase t2", 1, 2, 0, 2),
        ("Marketing", "t1", "Fase t1", 0, 1, 1, 0),
        ("Marketing", "t2", "Fase t2", 1, 0, 0, 0),
        # c sits in sub-phase t2a and counts under top-level phase t2
        ("Sales", "t1", "Fase t1", 0, 0, 0, 0),
        ("Sales", "t2", "Fase t2", 1, 2, 2, 0),
    ]
    assert int(out["steps"].sum()) == len(steps)


def test_responsibility_custom_unassigned_and_empty(journey) -> None:
    phases, steps, _ = journey
    out = responsibility(phases, steps, unassigned="Niemand")
    assert "Niemand" in set(out["department"])
    assert "(unassigned)" not in set(out["department"])
    assert out["department"].tolist() == sorted(out["department"].tolist())

    empty = responsibility(frame("phases"), frame("steps"))
    assert empty.empty
    assert_schema(empty, figures.RESPONSIBILITY_COLUMNS)
    no_steps = responsibility(phases, frame("steps"))
    assert no_steps.empty
    assert_schema(no_steps, figures.RESPONSIBILITY_COLUMNS)
