"""Touchpoints per phase, online against offline and by device, against hand-computed means."""

from __future__ import annotations

import pandas as pd
import pytest

from klantreis.core.store import Store
from klantreis.figures import JourneyData
from klantreis.figures.channels import experience_per_phase


def test_each_phase_splits_its_touchpoints_online_offline_and_by_device(
        sqlite_store: Store) -> None:
    w = sqlite_store.create_workshop("Fridge", language="en")
    journey = w.add_journey(w.add_persona("Priya"))
    orient, buy = w.add_phase(journey, "Orient"), w.add_phase(journey, "Buy")
    search = w.add_step(orient, "Search", channel="Web", online=True, device="phone")
    store = w.add_step(orient, "Store visit", channel="Store", device="in_person")
    think = w.add_step(orient, "Think it over", kind="non_touchpoint")
    pay = w.add_step(buy, "Pay online", channel="Web", online=True, device="computer")
    call = w.add_step(buy, "Call about delivery", channel="Phone")  # device: any
    ann, bo = w.add_participant("Ann"), w.add_participant("Bo")
    for step, (a, b) in {search: (4, 6), store: (8, 9), think: (2, 2), pay: (7, None),
                         call: (5, 3)}.items():
        w.rate(ann, step, None, a)
        if b is not None:
            w.rate(bo, step, None, b)
    data = JourneyData(w.frames())
    rows = {(r["top_phase_name"], r["dimension"], r["value"]): (r["steps"], r["n"], r["mean"])
            for r in data.experience.to_dict("records")}
    assert rows == {
        ("Orient", "online", "online"): (1, 2, pytest.approx(5.0)),  # (4 + 6) / 2
        ("Orient", "online", "offline"): (1, 2, pytest.approx(8.5)),  # the non-touchpoint out
        ("Orient", "device", "phone"): (1, 2, pytest.approx(5.0)),
        ("Orient", "device", "in_person"): (1, 2, pytest.approx(8.5)),
        ("Buy", "online", "online"): (1, 1, pytest.approx(7.0)),
        ("Buy", "online", "offline"): (1, 2, pytest.approx(4.0)),  # (5 + 3) / 2
        ("Buy", "device", "computer"): (1, 1, pytest.approx(7.0)),  # 'any' is left out
    }
    assert list(data.experience["top_phase_name"]) == ["Orient"] * 4 + ["Buy"] * 3


def test_an_unrated_group_has_no_mean_and_no_steps_give_no_rows() -> None:
    steps = pd.DataFrame({"step_id": ["a"], "top_phase_name": ["P"]}).astype("string")
    details = pd.DataFrame({"id": ["a"], "kind": ["touchpoint"], "online": [False],
                            "device": ["phone"]})
    ratings = pd.DataFrame({"step_id": pd.Series([], dtype="string"),
                            "emotional": pd.Series([], dtype="Int64")})
    frame = experience_per_phase(steps, details, ratings)
    assert frame["mean"].isna().all() and list(frame["n"]) == [0, 0]
    assert experience_per_phase(steps.iloc[:0], details, ratings).empty
