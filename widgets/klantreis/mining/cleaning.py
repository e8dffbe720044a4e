"""Checking a loaded file value by value: what can be read is kept, what cannot is reported.

The result of a check is two tables: `clean` (one row per readable record, typed) and
`problems` (one row per unreadable value: file row, column, the value as written, a problem
code and a detail such as the allowed range). A record with any problem is left out of
`clean` as a whole, so no metric ever counts half a record. Nothing is guessed:

- a score outside its scale, a fraction where a whole number is expected, or text where a
  number is expected is a problem (the NHS file's FFT codes 6 and 7, for example);
- an empty customer id, time or event, where the mapping needs one, is a problem;
- a date is read only when exactly one reading fits: ISO (2024-06-05), or day/month/year
  versus month/day/year when the numbers allow only one of them (17/10/2021, 10/17/2021).
  05/06/2024 fits both: with `date_order="auto"` it is read in the order the file's other
  dates prove (said in a note), and reported as ambiguous when the file holds both orders
  or no proof at all; `date_order="dmy"` or `"mdy"` says it outright;
- a record identical to an earlier one (same customer and same values in every mapped
  column) is a duplicate: the first is kept, the others reported with the first's row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb

from .engine import Progress, literal, run
from .reading import RawTable
from .settings import NO, YES, SourceSettings

#: Value type of each role: how its text is checked and converted.
ROLE_TYPES = {
    "customer": "id", "event": "id", "date": "date", "time": "date", "label": "text",
    "channel": "text", "text": "text", "nps": "score", "csat": "score", "ces": "score",
    "fcr": "yesno",
}
_DMY = r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
_PARTS = "['a', 'b', 'y', 'h', 'm', 's']"


@dataclass
class Checked:
    """What a check found: row counts, notes for the report, and the tables it made."""

    rows: int
    kept: int
    problems: int
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def check(con: duckdb.DuckDBPyConnection, raw: RawTable, settings: SourceSettings, prefix: str,
          *, progress: Progress | None = None) -> Checked:
    """Make `<prefix>_clean` and `<prefix>_problems` from the raw table."""
    roles = {role: column for role, column in settings.columns.items() if column}
    parsed = f"({_parsed_sql(raw, roles)}) AS parsed"  # a subquery: no extra pass over the data
    notes: list[tuple[str, dict[str, Any]]] = []
    orders = {role: _date_order(con, _slashed(raw, roles[role], role), role, settings.date_order,
                                {"column": roles[role], "file": raw.file}, notes)
              for role in roles if ROLE_TYPES[role] == "date"}
    run(con, _decided_sql(parsed, roles, orders, f"{prefix}_decided", settings),
        progress=progress, stage="check", span=(0.6, 0.9))
    _split(con, f"{prefix}_decided", roles, settings, prefix, raw.file, orders)
    con.execute(f"DROP TABLE {prefix}_decided")
    if progress:
        progress(1.0, "check")
    kept = int(con.execute(f"SELECT count(*) FROM {prefix}_clean").fetchone()[0])
    bad = int(con.execute(f"SELECT count(*) FROM {prefix}_problems").fetchone()[0])
    return Checked(raw.rows, kept, bad, notes)


# -- stage 1: every value parsed on its own -------------------------------------------------


def _parsed_sql(raw: RawTable, roles: dict[str, str]) -> str:
    parts = ["rowid + 1 AS _row"]
    for role, column in roles.items():
        text = f"nullif(trim({raw.column_sql(column)}), '')"
        parts.append(f"{text} AS {role}_raw")
        kind = ROLE_TYPES[role]
        if kind == "score":
            parts.append(f"TRY_CAST(replace({text}, ',', '.') AS DOUBLE) AS {role}_num")
        elif kind == "date":
            parts += _date_parts(text, role)
    return f"SELECT {', '.join(parts)} FROM {raw.table} WHERE rowid >= {raw.header_rows}"


def _date_parts(text: str, role: str) -> list[str]:
    """ISO through the engine's own cast; d/m/y and m/d/y candidates only when that fails."""
    iso = f"TRY_CAST(replace({text}, '/', '-') AS TIMESTAMP)"
    parts = f"regexp_extract({text}, {literal(_DMY)}, {_PARTS})"
    return [f"{iso} AS {role}_iso",
            f"CASE WHEN {iso} IS NULL THEN {parts} END AS {role}_p"]


def _candidate(role: str, day: str, month: str) -> str:
    p = f"{role}_p"
    return (f"CASE WHEN {p}.a <> '' THEN try(make_timestamp({p}.y::BIGINT, {p}.{month}::BIGINT,"
            f" {p}.{day}::BIGINT, coalesce(nullif({p}.h, '')::BIGINT, 0),"
            f" coalesce(nullif({p}.m, '')::BIGINT, 0), coalesce(nullif({p}.s, '')::DOUBLE, 0)))"
            " END")


def _slashed(raw: RawTable, column: str, role: str) -> str:
    """The day/month/year parts of a date column's values shaped like 5/6/2024 or 05-06-2024
    (a cheap test on the 2nd and 3rd character skips ISO dates without parsing them)."""
    text = f"nullif(trim({raw.column_sql(column)}), '')"
    shaped = "(substr(v, 2, 1) IN ('/', '-', '.') OR substr(v, 3, 1) IN ('/', '-', '.'))"
    return (f"(SELECT regexp_extract(v, {literal(_DMY)}, {_PARTS}) AS {role}_p FROM "
            f"(SELECT {text} AS v FROM {raw.table} WHERE rowid >= {raw.header_rows}) "
            f"WHERE {shaped})")


def _date_order(con: duckdb.DuckDBPyConnection, parsed: str, role: str, wanted: str,
                where: dict[str, Any], notes: list[tuple[str, dict[str, Any]]]) -> str:
    """The order that reads ambiguous dates: the stated one, the one the file's
    unambiguous dates prove, or none ('') when the file holds both or neither."""
    if wanted != "auto":
        return wanted
    dmy, mdy = _candidate(role, "a", "b"), _candidate(role, "b", "a")
    only_dmy, only_mdy = con.execute(
        f"SELECT count_if(d IS NOT NULL AND m IS NULL), count_if(m IS NOT NULL AND d IS NULL) "
        f"FROM (SELECT {dmy} AS d, {mdy} AS m FROM {parsed})"
    ).fetchone()
    if only_dmy and not only_mdy:
        notes.append(("mining.note.date_order_dmy", {**where, "count": only_dmy}))
        return "dmy"
    if only_mdy and not only_dmy:
        notes.append(("mining.note.date_order_mdy", {**where, "count": only_mdy}))
        return "mdy"
    if only_dmy and only_mdy:
        notes.append(("mining.note.date_mixed", {**where, "dmy": only_dmy, "mdy": only_mdy}))
    return ""


# -- stage 2: each value's reading and problem ----------------------------------------------


def _decided_sql(parsed: str, roles: dict[str, str], orders: dict[str, str], target: str,
                 settings: SourceSettings) -> str:
    """Each value, its problem, and (only where there is one) the text as written; `_ok`
    marks records without any problem. Kept lean: this table has a row per record."""
    parts = ["_row"]
    problems = []
    for role in roles:
        value, problem, _ = _rules(role, orders.get(role, ""), settings)
        parts += [f"{value} AS {role}", f"{problem} AS {role}_problem",
                  f"CASE WHEN {problem} IS NOT NULL THEN {role}_raw END AS {role}_raw"]
        problems.append(f"{problem} IS NULL")
    parts.append(f"{' AND '.join(problems) or 'TRUE'} AS _ok")
    return f"CREATE OR REPLACE TABLE {target} AS SELECT {', '.join(parts)} FROM {parsed}"


def _rules(role: str, order: str, settings: SourceSettings) -> tuple[str, str, str]:
    """(value, problem code, detail) expressions for one role."""
    raw = f"{role}_raw"
    kind = ROLE_TYPES[role]
    if kind == "text":
        return raw, "NULL::VARCHAR", "NULL::VARCHAR"
    if kind == "id":
        return raw, f"CASE WHEN {raw} IS NULL THEN 'missing' END", "NULL::VARCHAR"
    if kind == "score":
        return _score_rules(role, settings)
    if kind == "yesno":
        return _yes_no_rules(role)
    return _date_rules(role, order)


def _score_rules(role: str, settings: SourceSettings) -> tuple[str, str, str]:
    low, high = settings.scale(role)
    num, raw = f"{role}_num", f"{role}_raw"
    problem = (f"CASE WHEN {raw} IS NULL THEN NULL WHEN {num} IS NULL THEN 'not_number' "
               f"WHEN {num} <> round({num}) THEN 'not_whole' "
               f"WHEN {num} < {low} OR {num} > {high} THEN 'out_of_range' END")
    value = f"CASE WHEN {num} = round({num}) AND {num} BETWEEN {low} AND {high} " \
            f"THEN {num}::INTEGER END"
    return value, problem, f"'{low}–{high}'"


def _yes_no_rules(role: str) -> tuple[str, str, str]:
    raw = f"lower({role}_raw)"
    yes = ", ".join(literal(v) for v in YES)
    no = ", ".join(literal(v) for v in NO)
    value = f"CASE WHEN {raw} IN ({yes}) THEN 1 WHEN {raw} IN ({no}) THEN 0 END"
    problem = f"CASE WHEN {raw} IS NOT NULL AND {value} IS NULL THEN 'not_yes_no' END"
    return value, problem, "NULL::VARCHAR"


def _date_rules(role: str, order: str) -> tuple[str, str, str]:
    dmy, mdy = _candidate(role, "a", "b"), _candidate(role, "b", "a")
    iso, raw = f"{role}_iso", f"{role}_raw"
    stated = {"dmy": dmy, "mdy": mdy}.get(order)
    other = {"dmy": mdy, "mdy": dmy}.get(order)
    if stated is not None:
        value = f"coalesce({iso}, {stated})"
        unread = f"CASE WHEN {other} IS NOT NULL THEN 'date_order' ELSE 'date_unreadable' END"
    else:
        value = (f"coalesce({iso}, CASE WHEN {dmy} IS NOT NULL AND ({mdy} IS NULL OR "
                 f"{dmy} = {mdy}) THEN {dmy} WHEN {mdy} IS NOT NULL AND {dmy} IS NULL "
                 f"THEN {mdy} END)")
        unread = (f"CASE WHEN {dmy} IS NOT NULL AND {mdy} IS NOT NULL THEN 'date_ambiguous' "
                  "ELSE 'date_unreadable' END")
    problem = (f"CASE WHEN {raw} IS NULL THEN 'missing' WHEN {value} IS NULL THEN {unread} END")
    detail = {"dmy": "'dd/mm/yyyy'", "mdy": "'mm/dd/yyyy'"}.get(order, "NULL::VARCHAR")
    return value, problem, detail


# -- stage 3: clean rows and the problem list -----------------------------------------------


def _split(con: duckdb.DuckDBPyConnection, decided: str, roles: dict[str, str],
           settings: SourceSettings, prefix: str, file: str, orders: dict[str, str]) -> None:
    """`clean`: good records, each duplicate group's first only; `problems`: the rest."""
    dups = f"{prefix}_dups"
    key = _duplicate_key(roles, settings)
    if key:
        same = " AND ".join(f"d.{k} IS NOT DISTINCT FROM g.{k}" for k in key)
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {dups} AS SELECT d._row, g._first FROM {decided} d "
            f"JOIN (SELECT {', '.join(key)}, min(_row) AS _first FROM {decided} WHERE _ok "
            f"GROUP BY ALL HAVING count(*) > 1) g ON {same} WHERE d._ok AND d._row <> g._first")
    else:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {dups} (_row BIGINT, _first BIGINT)")
    values = ", ".join(f"d.{r}" for r in roles) or "d._row"
    con.execute(f"CREATE OR REPLACE TABLE {prefix}_clean AS SELECT d._row, {values} "
                f"FROM {decided} d ANTI JOIN {dups} x ON d._row = x._row WHERE d._ok")
    selects = [f'SELECT _row AS "row", {literal(roles[r])} AS "column", {r}_raw AS value, '
               f"{r}_problem AS problem, "
               f"{_rules(r, orders.get(r, ''), settings)[2]} AS detail FROM {decided} "
               f"WHERE {r}_problem IS NOT NULL" for r in roles]
    selects.append(f"SELECT _row, {literal('')}, NULL, 'duplicate', _first::VARCHAR "
                   f"FROM {dups}")
    con.execute(f"CREATE OR REPLACE TABLE {prefix}_problems AS SELECT {literal(file)} AS file, "
                f"* FROM ({' UNION ALL '.join(selects)}) ORDER BY 2, 3")
    con.execute(f"DROP TABLE {dups}")


def _duplicate_key(roles: dict[str, str], settings: SourceSettings) -> list[str]:
    """Duplicates need a customer id: without one, two equal answers are two customers."""
    if "customer" not in roles:
        return []
    if settings.kind == "events":
        return [r for r in ("customer", "time", "event") if r in roles]
    return list(roles)
