"""How fast, and in how much memory, does customer mining handle large files?

Generates 1,000,000 survey answers, a wide survey file of 1,000,000 customers with 15 score
columns, and 10,000,000 events (times `--scale`), then times each case in its own Python
process (so its peak memory is its own): the kit's import with all its checks, every survey
metric per step, before/after, the wide file's import and its scores per step (and per
segment), and the behaviour views; beside each,
the same work as a plain hand-written DuckDB query (the yardstick), for the imports also a
checked yardstick (hand-written DuckDB that does the kit's extra work: row numbers, failing
values listed, duplicates), and for the survey import also the file's text read into a
table with no check at all (the floor under any import that checks every value), pandas
(pyarrow engine) and Polars when installed, which is how the engine was chosen.

    python benchmarks/bench_mining.py                 # full size: several minutes
    python benchmarks/bench_mining.py --scale 0.01    # a quick check
    python benchmarks/bench_mining.py --json results.json

Time is wall-clock for the work only (imports and setup not counted), the median of several
runs in the same process: `REPEATS` for cases that take a second or more, and for quicker
ones at least `QUICK_REPEATS`, on until the runs add up to a second (single timings on a
shared machine vary by a fifth and more, and a 10 ms query by more still). Memory is the
process's peak resident set (`ru_maxrss`), imports included. Not a test: it prints a table.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SURVEY_ROWS, WIDE_ROWS, EVENT_ROWS = 1_000_000, 1_000_000, 10_000_000
STAGES = [f"stage {i}" for i in range(10)]
EVENTS = [f"event_{i}" for i in range(12)]  # event_10 and event_11 match no step
SURVEY_COLUMNS = {"customer": "customer", "date": "date", "label": "stage", "nps": "nps",
                  "csat": "csat", "ces": "ces", "fcr": "fcr", "text": "comment"}
METRIC_CASES = ("nps", "csat", "ces", "fcr")
#: The wide file: a score column per step (q1 → s0, …, q15 → s14), on 1–10 with one decimal.
WIDE_COLUMNS = [f"q{i}" for i in range(1, 16)]
SEGMENTS = ["business", "leisure", "family", "group"]
REPEATS, QUICK_REPEATS = 3, 5


# -- data ---------------------------------------------------------------------------------


def generate(folder: Path, scale: float) -> dict[str, Path]:
    """Survey, wide survey and event CSV files made by DuckDB (seeded, so every run reads
    the same). Spoilt on purpose: one NPS answer in 997 is off the scale (11), and one date
    in 100 is written d/m/y; scores are floored (a cast to INT rounds, which put a fifth of
    all records off their scales). In the wide file about 2% of the scores are blank and
    about 1 in 1000 is 'N/A' (no answer, not a bad one)."""
    import duckdb

    survey, wide, events = folder / "survey.csv", folder / "wide.csv", folder / "events.csv"
    con = duckdb.connect()
    con.execute("SELECT setseed(0.42)")
    n = max(int(SURVEY_ROWS * scale), 1000)
    stages = "['" + "','".join(STAGES) + "']"
    con.execute(f"""COPY (SELECT 'R' || i AS id, 'C' || (i * 7919 % {max(n // 3, 10)}) AS customer,
        CASE WHEN i % 100 = 0 THEN strftime(DATE '2024-01-01' + (i % 270)::INT, '%d/%m/%Y')
             ELSE strftime(DATE '2024-01-01' + (i % 270)::INT, '%Y-%m-%d') END AS date,
        {stages}[1 + i % 10] AS stage,
        CASE WHEN i % 997 = 0 THEN 11 ELSE floor(random() * 11)::INT END AS nps,
        1 + floor(random() * 5)::INT AS csat, 1 + floor(random() * 7)::INT AS ces,
        CASE WHEN random() < 0.7 THEN 'yes' ELSE 'no' END AS fcr,
        CASE WHEN i % 5 = 0 THEN 'fine, thanks' ELSE '' END AS comment
        FROM range({n}) t(i)) TO '{survey}' (HEADER, DELIMITER ',')""")
    w = max(int(WIDE_ROWS * scale), 1000)
    segments = "['" + "','".join(SEGMENTS) + "']"
    scores = ", ".join(f"CASE WHEN random() < 0.02 THEN NULL WHEN random() < 0.001 THEN 'N/A' "
                       f"ELSE round(1 + random() * 9, 1)::VARCHAR END AS {c}"
                       for c in WIDE_COLUMNS)
    con.execute(f"""COPY (SELECT 'K' || i AS id, {segments}[1 + i % 4] AS segment, {scores}
        FROM range({w}) t(i)) TO '{wide}' (HEADER, DELIMITER ',')""")
    m = max(int(EVENT_ROWS * scale), 10_000)
    events_list = "['" + "','".join(EVENTS) + "']"
    con.execute(f"""COPY (SELECT 'C' || (i // 10) AS customer_id,
        strftime(TIMESTAMP '2024-01-01' + to_minutes((i // 10) % 300000 + (i % 10) * 600),
                 '%Y-%m-%dT%H:%M:%S') AS timestamp,
        CASE WHEN random() < 0.05 THEN {events_list}[11 + (i % 2)]
             ELSE {events_list}[1 + (i % 10)] END AS event
        FROM range({m}) t(i)) TO '{events}' (HEADER, DELIMITER ',')""")
    return {"survey": survey, "wide": wide, "events": events}


# -- the cases (each runs in a child process) ---------------------------------------------


def _journey(n: int = 10) -> Any:
    """A journey map of `n` steps s0, s1, … in 4 phases, without a store."""
    import pandas as pd

    from klantreis.mining import JourneyMap

    per = -(-n // 4)  # steps per phase: 3 of 10 (3, 3, 3, 1), 4 of 15 (4, 4, 4, 3)
    phases = pd.DataFrame({"id": [f"p{i}" for i in range(4)], "journey_id": ["j"] * 4,
                           "parent_id": pd.array([None] * 4, dtype="string"),
                           "position": range(4), "name": [f"Phase {i}" for i in range(4)]})
    steps = pd.DataFrame({"id": [f"s{i}" for i in range(n)],
                          "phase_id": [f"p{min(i // per, 3)}" for i in range(n)],
                          "position": range(n), "name": [f"Step {i}" for i in range(n)],
                          "kind": ["touchpoint"] * n, "channel": [""] * n,
                          "department": [""] * n})
    return JourneyMap.from_frames({"phases": phases, "steps": steps}, "j")


def _survey_settings(path: str, columns: dict[str, str] | None = None) -> Any:
    from klantreis.mining import SourceSettings

    return SourceSettings(kind="survey", file=path, header_rows=1, delimiter=",",
                          date_order="dmy", columns=columns or SURVEY_COLUMNS,
                          labels=[(s, f"s{i}") for i, s in enumerate(STAGES)])


def _wide_settings(path: str) -> Any:
    from klantreis.mining import SourceSettings

    return SourceSettings(kind="survey", file=path, header_rows=1, delimiter=",",
                          wide=WIDE_COLUMNS, wide_metric="score",
                          scales={"score": (1.0, 10.0)}, columns={"segment": "segment"},
                          labels=[(c, f"s{i}") for i, c in enumerate(WIDE_COLUMNS)])


def _event_settings(path: str) -> Any:
    from klantreis.mining import SourceSettings

    return SourceSettings(kind="events", file=path, header_rows=1, delimiter=",",
                          columns={"customer": "customer_id", "time": "timestamp",
                                   "event": "event"},
                          labels=[(e, f"s{i}") for i, e in enumerate(EVENTS[:10])])


def _loaded_survey(files: dict[str, str]) -> Any:
    from klantreis.mining import SurveyData

    return SurveyData.load(_survey_settings(files["survey"]))


def _survey_import(files: dict[str, str]) -> Callable[[], Any]:
    """The kit's survey import, its modules imported beforehand (as the yardstick's are)."""
    from klantreis.mining import SurveyData

    settings = _survey_settings(files["survey"])
    return lambda: SurveyData.load(settings)


def _wide_import(files: dict[str, str]) -> Callable[[], Any]:
    from klantreis.mining import SurveyData

    settings = _wide_settings(files["wide"])
    return lambda: SurveyData.load(settings)


def _events_import(files: dict[str, str]) -> Callable[[], Any]:
    from klantreis.mining import EventData

    settings = [_event_settings(files["events"])]
    return lambda: EventData.load(settings)


YARD_IMPORT = """CREATE OR REPLACE TABLE clean AS SELECT * FROM (
    SELECT customer, coalesce(try_cast(date AS TIMESTAMP), try_strptime(date, '%d/%m/%Y'))
           AS date, stage AS label, try_cast(nps AS INT) AS nps, try_cast(csat AS INT) AS csat,
           try_cast(ces AS INT) AS ces, CASE fcr WHEN 'yes' THEN 1 WHEN 'no' THEN 0 END AS fcr,
           comment FROM read_csv('{file}', header = true, all_varchar = true))
    WHERE customer IS NOT NULL AND date IS NOT NULL AND nps BETWEEN 0 AND 10
      AND csat BETWEEN 1 AND 5 AND ces BETWEEN 1 AND 7"""
#: The floor under any import that checks every value: the file's text read into a table.
YARD_TEXT = """CREATE OR REPLACE TABLE text AS SELECT * FROM read_csv('{file}', header = true,
    all_varchar = true)"""
YARD_METRIC = {
    "nps": "SELECT label, count(nps), 100.0 * (count_if(nps >= 9) - count_if(nps <= 6)) "
           "/ count(nps) FROM clean GROUP BY label",
    "csat": "SELECT label, count(csat), 100.0 * count_if(csat >= 4) / count(csat) FROM clean "
            "GROUP BY label",
    "ces": "SELECT label, count(ces), avg(ces), stddev_samp(ces), 100.0 * count_if(ces >= 5) "
           "/ count(ces) FROM clean GROUP BY label",
    "fcr": "SELECT label, count(fcr), 100.0 * avg(fcr) FROM clean GROUP BY label",
    "before_after": "SELECT label, date >= DATE '2024-06-01', count(nps), 100.0 * "
                    "(count_if(nps >= 9) - count_if(nps <= 6)) / count(nps) FROM clean "
                    "GROUP BY ALL",
}
#: DuckDB 2.0 pushes a bare TRY_CAST over read_csv into the reader as the column's type, which
#: then fails on the first 'N/A' instead of giving NULL (duckdb/duckdb#23818); the wide
#: yardsticks turn that pushdown off (no slower than reading the text: the kit avoids it by
#: keeping the text of what it cannot read).
NO_TYPE_PUSHDOWN = "SET disabled_optimizers = 'type_pushdown'"
_WIDE_CAST = ", ".join(f"try_cast({c} AS DOUBLE) AS {c}" for c in WIDE_COLUMNS)
_WIDE_KEEP = ", ".join(f"CASE WHEN {c} BETWEEN 1 AND 10 THEN {c} END AS {c}"
                       for c in WIDE_COLUMNS)
#: The wide file's scores read and checked: a number on 1–10 is kept, anything else (blank,
#: 'N/A', text, off the scale) is no answer; every customer stays.
YARD_WIDE_IMPORT = f"""CREATE OR REPLACE TABLE wide AS SELECT segment, {_WIDE_KEEP} FROM (
    SELECT segment, {_WIDE_CAST} FROM read_csv('{{file}}', header = true, all_varchar = true))"""
#: Per step, n, mean and standard deviation (the interval's parts) of each column. One query
#: with three aggregates per column is faster than UNPIVOT + GROUP BY label (at 1,000,000
#: rows × 15 columns, 2 cores: 0.15 s against 0.28 s per step, 0.10 s against 0.50 s per
#: segment), so the yardstick is the one query.
_WIDE_AGGREGATES = ", ".join(f"count({c}), avg({c}), stddev_samp({c})" for c in WIDE_COLUMNS)
YARD_WIDE_METRIC = f"SELECT {_WIDE_AGGREGATES} FROM wide"
YARD_WIDE_SEGMENT = f"SELECT segment, {_WIDE_AGGREGATES} FROM wide GROUP BY segment"
#: The checked yardstick adds the kit's extra work: every value that is neither blank, 'N/A'
#: nor a number on the scale listed with its row and column, and the blanks counted per
#: column (the report's note). Without a customer id there are no duplicates to look for.
YARD_WIDE_IMPORT_CHECKED = [
    f"""CREATE OR REPLACE TABLE t AS SELECT segment,
    {', '.join(f'{c} AS {c}_text' for c in WIDE_COLUMNS)}, {_WIDE_CAST}
    FROM read_csv('{{file}}', header = true, all_varchar = true)""",
    "CREATE OR REPLACE TABLE problems AS " + "\n    UNION ALL ".join(
        f"""SELECT rowid + 2 AS "row", '{c}' AS "column", {c}_text AS value FROM t WHERE """
        f"{c}_text IS NOT NULL AND lower({c}_text) <> 'n/a' AND ({c} IS NULL OR {c} NOT "
        "BETWEEN 1 AND 10)" for c in WIDE_COLUMNS),
    f"""CREATE OR REPLACE TABLE wide AS SELECT rowid + 2 AS "row", segment, {_WIDE_KEEP}
    FROM t""",
    "SELECT " + ", ".join(f"count(*) - count({c})" for c in WIDE_COLUMNS) + " FROM wide",
]
YARD_EVENTS = """CREATE OR REPLACE TABLE events AS SELECT DISTINCT customer_id AS customer,
    try_cast(timestamp AS TIMESTAMP) AS time, event FROM read_csv('{file}', header = true,
    all_varchar = true) WHERE customer_id IS NOT NULL AND try_cast(timestamp AS TIMESTAMP)
    IS NOT NULL AND event IS NOT NULL"""
#: The checked yardsticks: the same plain queries plus the kit's extra work, hand-written:
#: every value that fails kept with its row and text, and duplicates reported (first kept).
_SURVEY_OK = ("customer IS NOT NULL AND date IS NOT NULL AND nps BETWEEN 0 AND 10 AND csat "
              "BETWEEN 1 AND 5 AND ces BETWEEN 1 AND 7 AND (fcr IS NOT NULL OR fcr_text IS NULL)")
_SURVEY_KEY = ("customer", "date", "label", "nps", "csat", "ces", "fcr", "comment")
_SURVEY_SAME = " AND ".join(f"o.{k} IS NOT DISTINCT FROM g.{k}" for k in _SURVEY_KEY)
YARD_IMPORT_CHECKED = [
    """CREATE OR REPLACE TABLE t AS SELECT customer, date AS date_text, coalesce(try_cast(date AS
    TIMESTAMP), try_strptime(date, '%d/%m/%Y')) AS date, stage AS label, nps AS nps_text,
    try_cast(nps AS INT) AS nps, csat AS csat_text, try_cast(csat AS INT) AS csat,
    ces AS ces_text, try_cast(ces AS INT) AS ces, fcr AS fcr_text,
    CASE fcr WHEN 'yes' THEN 1 WHEN 'no' THEN 0 END AS fcr, comment
    FROM read_csv('{file}', header = true, all_varchar = true)""",
    """CREATE OR REPLACE TABLE problems AS SELECT rowid + 2 AS "row", 'customer' AS "column",
    NULL AS value FROM t WHERE customer IS NULL
    UNION ALL SELECT rowid + 2, 'date', date_text FROM t WHERE date IS NULL
    UNION ALL SELECT rowid + 2, 'nps', nps_text FROM t
        WHERE nps IS NULL OR nps NOT BETWEEN 0 AND 10
    UNION ALL SELECT rowid + 2, 'csat', csat_text FROM t
        WHERE csat IS NULL OR csat NOT BETWEEN 1 AND 5
    UNION ALL SELECT rowid + 2, 'ces', ces_text FROM t
        WHERE ces IS NULL OR ces NOT BETWEEN 1 AND 7
    UNION ALL SELECT rowid + 2, 'fcr', fcr_text FROM t
        WHERE fcr IS NULL AND fcr_text IS NOT NULL""",
    f"""CREATE OR REPLACE TABLE dups AS WITH o AS (SELECT rowid AS id,
    {', '.join(_SURVEY_KEY)} FROM t WHERE {_SURVEY_OK})
    SELECT o.id + 2 AS "row", g.first + 2 AS first FROM o
    JOIN (SELECT {', '.join(_SURVEY_KEY)}, min(id) AS first FROM o GROUP BY ALL
    HAVING count(*) > 1) g ON {_SURVEY_SAME} WHERE o.id <> g.first""",
    f"""CREATE OR REPLACE TABLE clean AS SELECT rowid + 2 AS "row", {', '.join(_SURVEY_KEY)} FROM t
    WHERE {_SURVEY_OK} AND rowid + 2 NOT IN (SELECT "row" FROM dups)""",
]
_EVENTS_OK = "customer IS NOT NULL AND time IS NOT NULL AND event IS NOT NULL"
YARD_EVENTS_CHECKED = [
    """CREATE OR REPLACE TABLE t AS SELECT customer_id AS customer, timestamp AS time_text,
    try_cast(timestamp AS TIMESTAMP) AS time, event FROM read_csv('{file}', header = true,
    all_varchar = true)""",
    """CREATE OR REPLACE TABLE problems AS SELECT rowid + 2 AS "row", 'customer_id' AS "column",
    NULL AS value FROM t WHERE customer IS NULL
    UNION ALL SELECT rowid + 2, 'timestamp', time_text FROM t WHERE time IS NULL
    UNION ALL SELECT rowid + 2, 'event', NULL FROM t WHERE event IS NULL""",
    f"""CREATE OR REPLACE TABLE dups AS SELECT t.rowid + 2 AS "row", g.first + 2 AS first FROM t
    JOIN (SELECT customer, time, event, min(rowid) AS first FROM t WHERE {_EVENTS_OK}
    GROUP BY ALL HAVING count(*) > 1) g USING (customer, time, event)
    WHERE t.rowid <> g.first""",
    f"""CREATE OR REPLACE TABLE clean AS SELECT rowid + 2 AS "row", customer, time, event FROM t
    WHERE {_EVENTS_OK} AND rowid + 2 NOT IN (SELECT "row" FROM dups)""",
]
YARD_BEHAVIOUR = [
    "CREATE OR REPLACE TABLE m AS SELECT customer, time, e.o AS step_order, "
    "e.o // 3 AS phase_order FROM events JOIN (SELECT unnest(range(10)) AS o, "
    "'event_' || o AS event) e USING (event)",
    "CREATE OR REPLACE TABLE f AS SELECT customer, step_order, min(time) AS t FROM m GROUP BY ALL",
    "SELECT step_order, count(DISTINCT customer), count(*) FROM m GROUP BY step_order",
    "SELECT step_order, count(*) FROM (SELECT customer, arg_max(step_order, t) AS step_order "
    "FROM f GROUP BY customer) GROUP BY step_order",
    "WITH p AS (SELECT customer, phase_order, min(time) AS t FROM m GROUP BY ALL) "
    "SELECT a.phase_order, count(*), count(b.customer) FROM p a LEFT JOIN p b ON "
    "a.customer = b.customer AND b.phase_order = a.phase_order + 1 AND b.t >= a.t GROUP BY 1",
    "SELECT x.step_order, median(epoch(y.t) - epoch(x.t)) FROM f x JOIN f y ON "
    "y.customer = x.customer AND y.step_order = x.step_order + 1 AND y.t >= x.t GROUP BY 1",
    "SELECT path, count(*) c FROM (SELECT customer, list(step_order ORDER BY t, step_order) "
    "AS path FROM f GROUP BY customer) GROUP BY path ORDER BY c DESC LIMIT 10",
    "SELECT event, count(*), count(DISTINCT customer) FROM events WHERE event NOT IN "
    "(SELECT 'event_' || unnest(range(10))) GROUP BY event",
]


def _yard_con() -> Any:
    from klantreis.mining.engine import connect

    return connect()  # same memory limit and settings as the kit's engine


def run_case(case: str, files: dict[str, str]) -> list[float]:
    """Set up, then time only the case's work, several times (see the module's description);
    returns each run's seconds."""
    setups: dict[str, Callable[[], Callable[[], Any]]] = {
        "survey import": lambda: _survey_import(files),
        "survey import (yardstick)": lambda: _yard(YARD_IMPORT.format(file=files["survey"])),
        "survey import (checked yardstick)": lambda: _yard(
            *(q.replace("{file}", files["survey"]) for q in YARD_IMPORT_CHECKED)),
        "survey import (text only)": lambda: _yard(YARD_TEXT.format(file=files["survey"])),
        "survey import (pandas+pyarrow)": lambda: lambda: _pandas_import(files["survey"]),
        "survey import (polars)": lambda: lambda: _polars_import(files["survey"]),
        "events import": lambda: _events_import(files),
        "events import (yardstick)": lambda: _yard(YARD_EVENTS.format(file=files["events"])),
        "events import (checked yardstick)": lambda: _yard(
            *(q.replace("{file}", files["events"]) for q in YARD_EVENTS_CHECKED)),
        "wide import": lambda: _wide_import(files),
        "wide import (yardstick)": lambda: _yard(
            YARD_WIDE_IMPORT.format(file=files["wide"]), before=NO_TYPE_PUSHDOWN),
        "wide import (checked yardstick)": lambda: _yard(
            *(q.replace("{file}", files["wide"]) for q in YARD_WIDE_IMPORT_CHECKED),
            before=NO_TYPE_PUSHDOWN),
        "wide metrics per step": lambda: _wide_metrics(files, split=False),
        "wide metrics per step (yardstick)": lambda: _yard(
            YARD_WIDE_METRIC, before=[NO_TYPE_PUSHDOWN,
                                      YARD_WIDE_IMPORT.format(file=files["wide"])]),
        "wide metrics per segment": lambda: _wide_metrics(files, split=True),
        "wide metrics per segment (yardstick)": lambda: _yard(
            YARD_WIDE_SEGMENT, before=[NO_TYPE_PUSHDOWN,
                                       YARD_WIDE_IMPORT.format(file=files["wide"])]),
        "behaviour": lambda: _behaviour(files),
        "behaviour (yardstick)": lambda: _yard(*YARD_BEHAVIOUR, before=YARD_EVENTS.format(
            file=files["events"])),
    }
    for metric in METRIC_CASES:
        setups[f"{metric} per step"] = lambda m=metric: _metric(files, m)
        setups[f"{metric} per step (yardstick)"] = lambda m=metric: _yard(
            YARD_METRIC[m], before=YARD_IMPORT.format(file=files["survey"]))
    setups["before/after (nps)"] = lambda: _before_after(files)
    setups["before/after (nps) (yardstick)"] = lambda: _yard(
        YARD_METRIC["before_after"], before=YARD_IMPORT.format(file=files["survey"]))
    work = setups[case]()
    runs: list[float] = []
    while not runs or len(runs) < REPEATS or (
            runs[0] < 1.0 and (len(runs) < QUICK_REPEATS or sum(runs) < 1.0)):
        started = time.perf_counter()
        work()
        runs.append(time.perf_counter() - started)
    return runs


def _yard(*queries: str, before: str | list[str] | None = None) -> Callable[[], None]:
    """The queries, run in order (results fetched), after the `before` statements (setup,
    not timed)."""
    con = _yard_con()
    for statement in [before] if isinstance(before, str) else before or []:
        con.execute(statement)

    def work() -> None:
        for query in queries:
            con.execute(query).fetchall()

    return work


def _metric(files: dict[str, str], metric: str) -> Callable[[], Any]:
    from klantreis.mining import SurveyData

    loaded, journey = _loaded_survey(files), _journey()
    only = {k: v for k, v in SURVEY_COLUMNS.items() if k not in ("nps", "csat", "ces", "fcr")}
    settings = _survey_settings(files["survey"], {**only, metric: SURVEY_COLUMNS[metric]})
    data = SurveyData(loaded.con, settings, loaded.report)
    return lambda: data.metrics(journey, by="step")


def _before_after(files: dict[str, str]) -> Callable[[], Any]:
    from klantreis.mining import SurveyData

    loaded, journey = _loaded_survey(files), _journey()
    only = {k: v for k, v in SURVEY_COLUMNS.items() if k not in ("csat", "ces", "fcr")}
    data = SurveyData(loaded.con, _survey_settings(files["survey"], only), loaded.report)
    return lambda: data.before_after("2024-06-01", journey, by="step")


def _wide_metrics(files: dict[str, str], split: bool) -> Callable[[], Any]:
    """The wide file's score per step (n, mean, 95% interval), per segment too when `split`."""
    from klantreis.mining import SurveyData

    data, journey = SurveyData.load(_wide_settings(files["wide"])), _journey(len(WIDE_COLUMNS))
    return lambda: data.metrics(journey, by="step", split=split)


def _load_events(files: dict[str, str]) -> Any:
    from klantreis.mining import EventData

    return EventData.load([_event_settings(files["events"])])


def _behaviour(files: dict[str, str]) -> Callable[[], Any]:
    data, journey = _load_events(files), _journey()
    return lambda: data.behaviour(journey)


def _pandas_import(path: str) -> Any:
    import pandas as pd

    frame = pd.read_csv(path, dtype=str, engine="pyarrow", keep_default_na=False)
    date = pd.to_datetime(frame["date"], format="ISO8601", errors="coerce")
    date = date.fillna(pd.to_datetime(frame["date"], format="%d/%m/%Y", errors="coerce"))
    typed = {c: pd.to_numeric(frame[c], errors="coerce") for c in ("nps", "csat", "ces")}
    keep = (date.notna() & typed["nps"].between(0, 10) & typed["csat"].between(1, 5)
            & typed["ces"].between(1, 7) & frame["customer"].ne(""))
    return frame[keep].assign(date=date[keep], **{c: v[keep] for c, v in typed.items()})


def _polars_import(path: str) -> Any:
    import polars as pl

    frame = pl.read_csv(path, infer_schema=False)
    date = pl.coalesce(pl.col("date").str.to_datetime("%Y-%m-%d", strict=False),
                       pl.col("date").str.to_datetime("%d/%m/%Y", strict=False))
    typed = [pl.col(c).cast(pl.Int64, strict=False).alias(c) for c in ("nps", "csat", "ces")]
    return frame.with_columns(date.alias("date"), *typed).filter(
        pl.col("date").is_not_null() & pl.col("nps").is_between(0, 10)
        & pl.col("csat").is_between(1, 5) & pl.col("ces").is_between(1, 7)
        & pl.col("customer").is_not_null())


# -- the parent ---------------------------------------------------------------------------

CASES = ["survey import", "survey import (yardstick)", "survey import (checked yardstick)",
         "survey import (text only)", "survey import (pandas+pyarrow)", "survey import (polars)",
         *[c for m in METRIC_CASES for c in (f"{m} per step", f"{m} per step (yardstick)")],
         "before/after (nps)", "before/after (nps) (yardstick)",
         "wide import", "wide import (yardstick)", "wide import (checked yardstick)",
         "wide metrics per step", "wide metrics per step (yardstick)",
         "wide metrics per segment", "wide metrics per segment (yardstick)",
         "events import", "events import (yardstick)", "events import (checked yardstick)",
         "behaviour", "behaviour (yardstick)"]
YARDSTICKS = ("(yardstick)", "(checked yardstick)")


def child(case: str, files: dict[str, str]) -> dict[str, Any]:
    runs = run_case(case, files)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"case": case, "seconds": statistics.median(runs), "runs": runs,
            "peak_bytes": peak}


def measure(case: str, files: dict[str, str]) -> dict[str, Any] | None:
    result = subprocess.run([sys.executable, __file__, "--child", case, "--files",
                             json.dumps(files)], capture_output=True, text=True)
    if result.returncode != 0:
        missing = "ModuleNotFoundError" in result.stderr
        print(f"  {case}: {'skipped (not installed)' if missing else 'failed'}",
              file=sys.stderr)
        if not missing:
            print(result.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(result.stdout.strip().splitlines()[-1])


def table(results: dict[str, dict[str, Any]]) -> str:
    """Each case beside its yardstick (the aim) and, for the imports, the checked one."""
    lines = ["| case | time (s) | peak memory (MiB) | yardstick (s) | ratio "
             "| checked yardstick (s) | ratio to it |", "|---|---:|---:|---:|---:|---:|---:|"]
    for case, found in results.items():
        if case.endswith(YARDSTICKS):
            continue
        yard = results.get(f"{case} (yardstick)")
        base = case.split(" (")[0]
        if yard is None and base != case:
            yard = results.get(f"{base} (yardstick)")
        checked = results.get(f"{case} (checked yardstick)")
        lines.append(f"| {case} | {found['seconds']:.3f} | {found['peak_bytes'] / 2**20:,.0f} |"
                     f" {_beside(found, yard)} | {_beside(found, checked)} |")
    for case, found in results.items():
        if case.endswith(YARDSTICKS):
            lines.append(f"| {case} | {found['seconds']:.3f} | "
                         f"{found['peak_bytes'] / 2**20:,.0f} | | | | |")
    return "\n".join(lines)


def _beside(found: dict[str, Any], yard: dict[str, Any] | None) -> str:
    """Two table cells: the yardstick's seconds and the case's ratio to it."""
    if yard is None:
        return "— | —"
    return f"{yard['seconds']:.3f} | {found['seconds'] / yard['seconds']:.2f}×"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child")
    parser.add_argument("--files")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, json.loads(args.files))))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        files = {k: str(v) for k, v in generate(Path(tmp), args.scale).items()}
        print(f"generated {int(SURVEY_ROWS * args.scale):,} survey rows, "
              f"{int(WIDE_ROWS * args.scale):,} wide rows × {len(WIDE_COLUMNS)} scores and "
              f"{int(EVENT_ROWS * args.scale):,} events in "
              f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
        results = {}
        for case in CASES:
            found = measure(case, files)
            if found:
                results[case] = found
                print(f"  {case}: {found['seconds']:.3f} s", file=sys.stderr)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
