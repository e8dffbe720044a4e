"""Saved data sources: mappings round-trip through the store, a JSON export and an older
store; and the mining core stays free of widgets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from klantreis.exchange import export_json, import_json
from klantreis.mining import SourceSettings, SurveyData
from klantreis.mining.samples import sample_settings
from klantreis.samples import build_sample
from klantreis.schema import SCHEMA_VERSION
from klantreis.store import Store, open_store


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
    del document["tables"]["sources"]
    (tmp_path / "old.json").write_text(json.dumps(document))
    with open_store(tmp_path / "other.db") as other:
        assert import_json(other, tmp_path / "old.json").sources() == []


def test_a_version_2_store_gets_the_sources_table(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    with open_store(path) as store:
        store.create_workshop("Old one")
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE sources")
        conn.exec_driver_sql("UPDATE klantreis_meta SET value = '2' "
                             "WHERE key = 'schema_version'")
    engine.dispose()
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 3
        workshop = store.workshop(str(store.workshops()["id"].iloc[0]))
        workshop.save_source("s", "events", {"columns": {}})
        assert workshop.info()["title"] == "Old one" and len(workshop.sources()) == 1


def test_the_mining_core_does_not_import_widgets() -> None:
    code = ("import sys, klantreis.mining, klantreis.mining.charts, klantreis.mining.samples\n"
            "print([m for m in sys.modules if m.split('.')[0] in ('ipywidgets', 'anywidget')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
