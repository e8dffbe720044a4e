"""The engine behind customer mining: an in-process DuckDB database per loaded data set.

DuckDB was chosen by measurement (docs/customer-mining.md, benchmarks/bench_mining.py): it
reads a million-row CSV in parallel with bounded memory, spills to disk instead of failing
when memory runs short, and runs the checks and metrics as SQL over columns, so a metric over
ten million events costs one scan instead of a Python loop. pandas and Polars were measured as
alternatives. Frames handed back to callers are small pandas frames (one row per step).
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from typing import Any

import duckdb
import pandas as pd

#: Called with (fraction done 0–1, stage key) while a file loads; stage keys are
#: "read" and "check" (translated by the panel as `mining.stage.<key>`).
Progress = Callable[[float, str], None]

MEMORY_LIMIT = "3GB"  # below the 4 GiB aim: DuckDB spills to disk beyond it
_POLL_SECONDS = 0.1


def connect() -> duckdb.DuckDBPyConnection:
    """A fresh in-memory database that keeps rows in file order and may spill to disk."""
    con = duckdb.connect(":memory:")
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    con.execute(f"SET temp_directory = '{tempfile.gettempdir()}/klantreis-duckdb'")
    con.execute("SET preserve_insertion_order = true")
    return con


def run(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    params: list[Any] | None = None,
    *,
    progress: Progress | None = None,
    stage: str = "read",
    span: tuple[float, float] = (0.0, 1.0),
) -> None:
    """Execute `sql`; with `progress`, report DuckDB's own progress estimate while it runs.

    The query runs in a worker thread (DuckDB releases the GIL) and this thread polls, so the
    callback is always called from the caller's thread, which is what widgets expect.
    """
    if progress is None:
        con.execute(sql, params or [])
        return
    low, high = span
    failure: list[BaseException] = []

    def work() -> None:
        try:
            con.execute(sql, params or [])
        except BaseException as error:  # re-raised in the caller's thread
            failure.append(error)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(_POLL_SECONDS)
        done = _query_progress(con)
        if done is not None:
            progress(low + (high - low) * done, stage)
    if failure:
        raise failure[0]
    progress(high, stage)


def _query_progress(con: duckdb.DuckDBPyConnection) -> float | None:
    try:
        value = float(con.query_progress())
    except Exception:  # no query running any more, or an older DuckDB
        return None
    return min(max(value, 0.0), 100.0) / 100.0 if value >= 0 else None


def frame(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None
          ) -> pd.DataFrame:
    """A (small) query result as a pandas frame."""
    return con.execute(sql, params or []).df()


def count_rows(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """How many rows a table or view holds."""
    return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def quote(name: str) -> str:
    """A SQL identifier, quoted: column names come from users' files."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    """A SQL string literal (for the few places where parameters cannot go, such as DDL)."""
    return "'" + text.replace("'", "''") + "'"
