"""Shared fixtures: a fresh store on SQLite and, where a server can be had, on PostgreSQL.

PostgreSQL tests start a throwaway server (see pg_server.py) or use KLANTREIS_TEST_PG_URL.
Without a server they are skipped locally, but fail under CI, where `.ci/run` installs one.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).parent))

from klantreis.charts import render
from klantreis.core.store import Store, open_store
from klantreis.core.workshop import Workshop
from klantreis.samples import build_sample
from pg_server import find_bin_dir, temporary_server


@pytest.fixture(scope="session", autouse=True)
def private_render_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The tests' pages (and the kernels they start) share renders in a folder of their own."""
    folder = tmp_path_factory.mktemp("render-cache")
    folder.chmod(0o700)
    saved = os.environ.get("KLANTREIS_RENDER_CACHE")
    os.environ["KLANTREIS_RENDER_CACHE"] = str(folder)
    yield
    if saved is None:
        os.environ.pop("KLANTREIS_RENDER_CACHE", None)
    else:
        os.environ["KLANTREIS_RENDER_CACHE"] = saved


@pytest.fixture(scope="session", autouse=True)
def check_every_chart_spec() -> Iterator[None]:
    """Pages skip the Vega-Lite schema check for speed; every chart a test draws is checked."""
    render.CHECK_SPECS = True
    yield
    render.CHECK_SPECS = False


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    url = os.environ.get("KLANTREIS_TEST_PG_URL")
    if url:
        yield url
        return
    if find_bin_dir() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed, but CI must test the store on it")
        pytest.skip("PostgreSQL server binaries not installed")
    with temporary_server() as server_url:
        yield server_url


@pytest.fixture
def pg_url(pg_server_url: str) -> Iterator[str]:
    """A fresh, empty database on the test server for each test."""
    name = f"kr_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty store, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "workshop.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "workshop.db") as opened:
        yield opened


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store's path for a module's sample workshops (the command-line tests open
    it themselves)."""
    return tmp_path_factory.mktemp("samples") / "workshops.db"


@pytest.fixture(scope="module")
def sample_store(sample_db: Path) -> Iterator[Store]:
    with open_store(sample_db) as opened:
        yield opened


@pytest.fixture(scope="module")
def fridge(sample_store: Store) -> Workshop:
    """The fridge sample, built once per module (a module may build its own instead)."""
    return build_sample(sample_store, "fridge")

