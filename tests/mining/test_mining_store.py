"""Saved data sources and their kept results: they round-trip through the store, a JSON
export (with new ids too) and an older store; and the mining core stays free of widgets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from klantreis.core.errors import NotFoundError, ReadOnlyError, StoreError, ValidationError
from klantreis.core.schema import SCHEMA_VERSION
from klantreis.core.store import Store, open_store
from klantreis.exchange import export_json, import_json
from klantreis.mining import SourceSettings, SurveyData
from klantreis.samples import build_sample
from klantreis.samples.mining import sample_settings
from old_store import make_old


def test_saved_mappings_round_trip_through_store_and_json(sqlite_store: Store,
                                                          tmp_path: Path) -> None:
    workshop = build_sample(sqlite_store, "hotel")
    settings = sample_settings(workshop, "hotel")
    for name, one in settings.items():
        workshop.save_source(name, one.kind, one.to_dict())
    saved = {s["name"]: SourceSettings.from_dict(s["settings"]) for s in workshop.sources()}
    assert saved == settings
    assert len(workshop.sources("events")) == 2
    path = export_json(workshop, tmp_path / "hotel.json")
    with open_store(tmp_path / "other.db") as other:
        again = import_json(other, path)
        copied = {s["name"]: SourceSettings.from_dict(s["settings"]) for s in again.sources()}
    assert copied == settings
    survey = SurveyData.load(copied["hotel_survey_synthetic.csv"])
    assert survey.report.kept > 1500


def test_saving_again_replaces_and_delete_removes(sqlite_store: Store) -> None:
    workshop = sqlite_store.create_workshop("T")
    first = workshop.save_source("NPS", "survey", {"columns": {"nps": "a"}})
    assert workshop.save_source("NPS", "survey", {"columns": {"nps": "b"}}) == first
    assert workshop.sources()[0]["settings"] == {"columns": {"nps": "b"}}
    workshop.delete_source(first)
    assert workshop.sources() == []


def test_an_export_without_sources_still_imports(sqlite_store: Store, tmp_path: Path) -> None:
    workshop = build_sample(sqlite_store, "fridge")
    workshop.save_source("x", "survey", {})
    document = json.loads(export_json(workshop, tmp_path / "f.json").read_text())
    del document["tables"]["sources"], document["tables"]["source_results"]  # as before v4
    (tmp_path / "old.json").write_text(json.dumps(document))
    with open_store(tmp_path / "other.db") as other:
        assert import_json(other, tmp_path / "old.json").sources() == []


def test_a_version_2_store_gets_the_sources_table(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    with open_store(path) as store:
        store.create_workshop("Old one")
    make_old(str(path), 2)
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        workshop = store.workshop(str(store.workshops()["id"].iloc[0]))
        workshop.save_source("s", "events", {"columns": {}})
        assert workshop.info()["title"] == "Old one" and len(workshop.sources()) == 1


def test_the_mining_core_does_not_import_widgets() -> None:
    code = ("import sys, klantreis.mining, klantreis.charts.customers, klantreis.samples.mining\n"
            "print([m for m in sys.modules if m.split('.')[0] in ('ipywidgets', 'anywidget')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# -- results kept with the workshop --------------------------------------------------------


def _small_map(store: Store) -> tuple:
    """A workshop with one journey: two phases, three steps, and a survey source."""
    workshop = store.create_workshop("Kept results")
    journey = workshop.add_journey(workshop.add_persona("Ada"))
    book, stay = workshop.add_phase(journey, "Book"), workshop.add_phase(journey, "Stay")
    steps = [workshop.add_step(book, "Search"), workshop.add_step(book, "Pay"),
             workshop.add_step(stay, "Check in")]
    source = workshop.save_source("survey.csv", "survey", {"labels": [["pay", steps[1]]]})
    return workshop, journey, (book, stay), steps, source


def _row(value: float, **where: str) -> dict:
    return {**where, "metric": "nps", "n": 50, "value": value, "low": value - 10,
            "high": value + 10, "score": 1 + 0.09 * (value + 100) / 2, "score_low": 4.0,
            "score_high": 6.0, "worst": 0, "best": 10}


def test_results_are_kept_replaced_and_left_alone_when_unchanged(store: Store) -> None:
    workshop, journey, (book, _), steps, source = _small_map(store)
    rows = [_row(-20.0, step_id=steps[0]), _row(10.0, step_id=steps[1]),
            _row(-5.0, phase_id=book)]
    assert workshop.save_results(source, journey, rows) is True
    kept = workshop.frame("source_results")
    assert len(kept) == 3 and set(kept["metric"]) == {"nps"}
    assert kept.set_index("step_id").loc[steps[1], "value"] == 10.0
    revision = workshop.revision
    assert workshop.save_results(source, journey, rows) is False  # the same: nothing written
    assert workshop.revision == revision
    assert workshop.save_results(source, journey, rows[:1]) is True
    assert workshop.frame("source_results")["step_id"].tolist() == [steps[0]]
    assert store.table_revisions(workshop.id)["source_results"] == workshop.revision


def test_results_go_with_the_step_phase_journey_or_source_they_are_about(store: Store) -> None:
    workshop, journey, (book, stay), steps, source = _small_map(store)
    workshop.save_results(source, journey, [_row(1.0, step_id=s) for s in steps]
                          + [_row(2.0, phase_id=book), _row(3.0, phase_id=stay)])
    workshop.delete_step(steps[0])
    assert steps[0] not in set(workshop.frame("source_results")["step_id"].dropna())
    workshop.delete_phase(stay)
    kept = workshop.frame("source_results")
    assert set(kept["step_id"].dropna()) == {steps[1]}
    assert set(kept["phase_id"].dropna()) == {book}
    workshop.delete_source(source)
    assert workshop.frame("source_results").empty and workshop.sources() == []
    other = workshop.save_source("again.csv", "survey", {})
    workshop.save_results(other, journey, [_row(1.0, step_id=steps[1])])
    workshop.delete_journey(journey)
    assert workshop.frame("source_results").empty


def test_results_are_checked_before_anything_is_kept(store: Store) -> None:
    workshop, journey, _, steps, source = _small_map(store)
    elsewhere = store.create_workshop("Other")
    other_journey = elsewhere.add_journey(elsewhere.add_persona("Bo"))
    with pytest.raises(NotFoundError):
        workshop.save_results(source, other_journey, [_row(1.0, step_id=steps[0])])
    with pytest.raises(ValidationError, match="nps, csat, ces, fcr"):
        workshop.save_results(source, journey, [{**_row(1.0, step_id=steps[0]),
                                                 "metric": "likes"}])
    with pytest.raises(ValidationError, match="-1"):
        workshop.save_results(source, journey, [{**_row(1.0, step_id=steps[0]), "n": -1}])
    assert workshop.frame("source_results").empty


def test_a_read_only_store_cannot_keep_results(tmp_path: Path) -> None:
    with open_store(tmp_path / "w.db") as store:
        workshop, journey, _, steps, source = _small_map(store)
    with open_store(tmp_path / "w.db", read_only=True) as viewer, pytest.raises(ReadOnlyError):
        viewer.workshop(workshop.id).save_results(source, journey,
                                                  [_row(1.0, step_id=steps[0])])


def test_a_version_3_store_gets_the_results_table(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    with open_store(path) as store:
        store.create_workshop("Old one").save_source("s", "survey", {})
    make_old(str(path), 3)
    with pytest.raises(StoreError, match="older format"):
        open_store(path, read_only=True)
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        workshop = store.workshop(str(store.workshops()["id"].iloc[0]))
        assert workshop.frame("source_results").empty
        journey = workshop.add_journey(workshop.add_persona("P"))
        step = workshop.add_step(workshop.add_phase(journey, "F"), "S")
        assert workshop.save_results(workshop.sources()[0]["id"], journey,
                                     [_row(1.0, step_id=step)])


def test_a_copy_with_new_ids_keeps_its_mapping_and_results_on_its_own_steps(
        sqlite_store: Store, tmp_path: Path) -> None:
    workshop = build_sample(sqlite_store, "hotel")  # keeps its synthetic survey's results
    path = export_json(workshop, tmp_path / "hotel.json")
    copy = import_json(sqlite_store, path, new_ids=True)
    steps = dict(zip(copy.frame("steps")["id"], copy.frame("steps")["name"], strict=True))
    phases = set(copy.frame("phases")["id"])
    labels = copy.sources("survey")[0]["settings"]["labels"]
    assert labels and all(target in steps or target in phases for _, target in labels)
    names = {label: steps[target] for label, target in labels if target in steps}
    assert names["Check-in"] == "Check in at the front desk"
    kept, original = copy.frame("source_results"), workshop.frame("source_results")
    assert len(kept) == len(original) > 10
    assert set(kept["step_id"].dropna()) <= set(steps)
    assert set(kept["phase_id"].dropna()) <= phases
    assert set(kept["source_id"]) == {copy.sources()[0]["id"]}
