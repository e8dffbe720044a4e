"""The store itself: schema versions, upgrades, read-only use, and files that are not stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from klantreis import ReadOnlyError, StoreError, open_store
from klantreis.core.schema import SCHEMA_VERSION, meta_table
from klantreis.samples import build_sample
from old_store import make_old

V1_SCRIPT = Path(__file__).parents[1] / "data" / "schema_v1.sql"


def _v1_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(V1_SCRIPT.read_text(encoding="utf-8"))
    return path


def test_a_new_store_records_its_schema_version(store_url: str) -> None:
    with open_store(store_url) as store:
        assert store.schema_version == SCHEMA_VERSION
    with open_store(store_url) as again:  # opening twice changes nothing
        assert again.schema_version == SCHEMA_VERSION
        assert again.workshops().empty


def test_a_version_1_file_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = _v1_file(tmp_path)
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        workshop = store.workshop("w1")
        assert workshop.info()["synthetic"] is False
        assert workshop.revision == 7
        frames = workshop.frames()
        assert frames["ratings"]["comment"].tolist() == ["Annoying"]
        assert frames["ideas"]["metric"].tolist() == [""]
        assert frames["steps"]["difficulties"].tolist() == ["No list of room facilities"]
        workshop.update_idea("i1", metric="Calls about room facilities per week")
        workshop.rate("p1", "s1", 5, 6)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE klantreis_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer Klantreis"):
        open_store(path)
    with pytest.raises(StoreError, match="nieuwere versie"):
        open_store(path, language="nl")


def test_another_database_is_not_taken_for_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="not a Klantreis workshop file"):
        open_store(path)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError):
        open_store(garbage)


def test_read_only_store_cannot_write(store_url: str) -> None:
    with open_store(store_url) as store:
        workshop = store.create_workshop("Fridge", lens="goal")
        revision = workshop.revision
    with open_store(store_url, read_only=True) as viewer:
        seen = viewer.workshop(workshop.id)
        assert len(seen.frame("phases")) == 4
        with pytest.raises(ReadOnlyError):
            seen.add_participant("Mallory")
        # Even around the API, the connection itself refuses to write.
        with pytest.raises(sa.exc.DBAPIError), viewer.engine.begin() as conn:
            conn.execute(sa.delete(meta_table))
        assert seen.revision == revision
    with open_store(store_url) as store:
        assert store.workshop(workshop.id).frame("participants").empty
        assert store.schema_version == SCHEMA_VERSION


def test_read_only_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing.db", read_only=True)
    assert not (tmp_path / "missing.db").exists()


def test_sqlite_store_uses_wal_and_a_busy_timeout(sqlite_store) -> None:
    with sqlite_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_in_memory_sqlite_is_refused() -> None:
    with pytest.raises(ValueError, match="needs a file"):
        open_store("sqlite://")


def test_an_old_file_opened_read_only_asks_for_an_upgrade(tmp_path: Path) -> None:
    path = _v1_file(tmp_path)
    with pytest.raises(StoreError, match="older format"):
        open_store(path, read_only=True)
    with open_store(path) as store:  # a normal open upgrades it
        assert store.schema_version == SCHEMA_VERSION
    with open_store(path, read_only=True) as viewer:
        assert viewer.workshop("w1").info()["title"] == "Hotel stay"


def test_a_writer_that_cannot_get_the_lock_is_told_the_workshop_is_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3 as sqlite

    from klantreis.core import database as store_module

    path = tmp_path / "busy.db"
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 100)
    workshop = open_store(path).create_workshop("Busy")
    blocker = sqlite.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another kernel holds the write lock
    try:
        with pytest.raises(StoreError, match="busy with other participants"):
            open_store(path).workshop(workshop.id).add_participant("Bo")
    finally:
        blocker.execute("ROLLBACK")
    assert open_store(path).workshop(workshop.id).frame("participants").empty


def test_a_version_5_store_gets_the_map_fields_and_empty_functional_scores(
        store_url: str) -> None:
    """Version 6: device, same moment, blueprint lanes, comment names; a functional score
    may stay empty. Ratings made before keep both their scores."""
    with open_store(store_url) as store:
        workshop = build_sample(store, "hotel")
        before = workshop.frame("ratings")[["participant_id", "step_id", "functional",
                                            "emotional"]]
    make_old(store_url, 5)
    with open_store(store_url) as store:
        assert store.schema_version == SCHEMA_VERSION
        workshop = store.workshop(workshop.id)
        ratings = workshop.frame("ratings")
        assert ratings[before.columns].equals(before)
        steps = workshop.frame("steps")
        assert set(steps["device"]) == {"any"} and set(steps["frontstage"]) == {""}
        assert steps["target"].isna().all() and steps["based_on"].isna().all()
        current = workshop.frame("journeys")["id"].iloc[0]
        workshop.derive_desired(current)  # the new columns take part in writes at once
        assert workshop.info()["comment_names"] is False
        participant, step = before.iloc[0][["participant_id", "step_id"]]
        workshop.rate(participant, step, None, 7)
        kept = workshop.frame("ratings").set_index(["participant_id", "step_id"])
        assert kept.loc[(participant, step), "functional"] is pd.NA
