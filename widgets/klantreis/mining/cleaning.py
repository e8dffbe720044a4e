"""Checking a loaded file value by value: what can be read is kept, what cannot is reported.

The result of a check is two tables: `clean` (one row per readable record, typed) and
`problems` (one row per unreadable value: file row, column, the value as written, a problem
code and a detail such as the allowed range). A record with any problem is left out of
`clean` as a whole, so no metric ever counts half a record. Nothing is guessed:

- a score outside its declared scale, a fraction in an NPS (whole numbers by definition), or
  text where a number is expected is a problem (the NHS file's FFT codes 6 and 7, for
  example); a blank score is no answer, counted and said in the report;
- in a wide file (a score column per step) a bad score leaves out that answer only: the
  customer's other answers are still read; in a long file the record goes as a whole;
- a journey label or segment written as "NA", "n/a", "-" and the like is no label: counted
  and said in the report, never a label of its own;
- an empty customer id, time or event, where the mapping needs one, is a problem;
- a date is read only when exactly one reading fits: ISO (2024-06-05), or day/month/year
  versus month/day/year when the numbers allow only one of them (17/10/2021, 10/17/2021).
  05/06/2024 fits both: with `date_order="auto"` it is read in the order the file's other
  dates prove (said in a note), and reported as ambiguous when the file holds both orders
  or no proof at all; `date_order="dmy"` or `"mdy"` says it outright;
- a record identical to an earlier one (same customer and same values in every mapped
  column) is a duplicate: the first is kept, the others reported with the first's row.

Every value is read once, into `<prefix>_values`: its typed value, and its text only where
it could not be read. The date order, the duplicates, the clean rows and the problem list
all come from that table, so a file that is only sampled in the engine (see `reading`) is
read from disk exactly once, and a row's number is its record's place in that read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb

from .engine import Progress, count_rows, literal, run
from .reading import RawTable, csv_error
from .settings import NA_WORDS, NO, YES, SourceSettings

#: Value type of each role: how its text is checked and converted.
ROLE_TYPES = {
    "customer": "id", "event": "id", "date": "date", "time": "date", "label": "text",
    "channel": "text", "text": "text", "segment": "text", "nps": "score", "csat": "score",
    "ces": "score", "score": "score", "fcr": "yesno", "n": "score", "sd": "score",
}
#: Bounds of an aggregated report's own columns: n is a whole number of answers, at least 1;
#: a standard deviation is not negative. None: no upper bound.
_AGGREGATE_BOUNDS: dict[str, tuple[float, float | None]] = {"n": (1.0, None), "sd": (0.0, None)}
#: Roles whose NA-like values count as blank (see `NA_WORDS`).
_LABEL_ROLES = ("label", "segment")
_DMY = r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
_PARTS = "['a', 'b', 'y', 'h', 'm', 's']"
_FORMATS = {"dmy": "'dd/mm/yyyy'", "mdy": "'mm/dd/yyyy'"}


@dataclass
class Checked:
    """What a check found: row counts, notes for the report, and the tables it made."""

    rows: int
    kept: int
    problems: int
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


@dataclass
class _Role:
    """One mapped column: its role, its name in the file, how it is read. `order` (dates
    only) starts as the setting and becomes the order used, '' when none is proven."""

    name: str
    column: str
    kind: str
    order: str = ""
    scale: tuple[float, float | None] = (0.0, 0.0)
    whole: bool = False
    strict: bool = True  # a bad value leaves out the whole record (not so in wide columns)


def check(con: duckdb.DuckDBPyConnection, raw: RawTable, settings: SourceSettings, prefix: str,
          *, language: str = "en", progress: Progress | None = None) -> Checked:
    """Make `<prefix>_clean` and `<prefix>_problems` from the file's text."""
    roles = _roles(settings)
    values = f"{prefix}_values"
    key = _duplicate_key(roles, settings)
    done = _read(con, raw, roles, key, values, language, progress)
    first = raw.header_rows  # rowid of the first data record
    raw.rows = count_rows(con, values) - first
    notes: list[tuple[str, dict[str, Any]]] = []
    for role in roles:
        if role.order == "auto":
            role.order = _date_order(con, values, role, first, raw.file, notes)
            if role.order:
                _read_in_order(con, values, roles, key, role, first)
    for role in roles:
        if role.name in _LABEL_ROLES:
            _blank_na(con, values, role, first, raw.file, notes)
    _encode_labels(con, values, roles)
    dups = _duplicates(con, values, key, first, prefix, progress, done)
    _problems(con, values, roles, raw.file, first, dups, prefix)
    _clean(con, values, roles, first, dups, prefix)
    if progress:
        progress(1.0, "check")
    kept = count_rows(con, f"{prefix}_clean")
    return Checked(raw.rows, kept, count_rows(con, f"{prefix}_problems"), notes)


def _roles(settings: SourceSettings) -> list[_Role]:
    """The mapped columns as roles; a wide file's score columns become roles `w0`, `w1`, …
    (see `wide_role`)."""
    roles = []
    for name, column in settings.columns.items():
        if not column:
            continue
        kind = ROLE_TYPES[name]
        role = _Role(name, column, kind, settings.date_order if kind == "date" else "")
        if kind == "score":
            role.scale = _AGGREGATE_BOUNDS.get(name) or settings.scale(name)
            role.whole = name == "n" or settings.whole(name)
        roles.append(role)
    metric = settings.wide_metric
    roles += [_Role(wide_role(i), column, "score", scale=settings.scale(metric),
                    whole=settings.whole(metric), strict=False)
              for i, column in enumerate(settings.wide)]
    return roles


def wide_role(index: int) -> str:
    """The clean table's name for a wide file's `index`-th score column."""
    return f"w{index}"


# -- stage 1: every value read once ---------------------------------------------------------


def _read(con: duckdb.DuckDBPyConnection, raw: RawTable, roles: list[_Role], key: list[str],
          values: str, language: str, progress: Progress | None) -> float:
    """Fill `values` (rowid = record order, header rows included); returns the progress
    reached. A file the engine only samples is read here, so its errors are the file's."""
    stage, span = ("read", (0.0, 0.8)) if raw.scan else ("check", (0.6, 0.9))
    try:
        run(con, _values_sql(raw, roles, key, values), progress=progress, stage=stage,
            span=span)
    except duckdb.Error as error:
        if raw.scan is None:
            raise
        raise csv_error(raw.file, error, language, raw.path) from None
    return span[1]


def _values_sql(raw: RawTable, roles: list[_Role], key: list[str], values: str) -> str:
    """Nested selects, one step of reading per level: each expression is computed once
    and only the rows that need a costlier reading (trimming, regular expressions) get one.
    `_ok` marks records without any problem; `_hash` (with a duplicate key) is the key's
    hash, computed while the values pass by (see `_duplicates`)."""
    levels: list[list[str]] = []
    outputs: list[str] = []
    for role in roles:
        for depth, items in enumerate(_levels(role, raw.column_sql(role.column))):
            levels += [[] for _ in range(depth + 1 - len(levels))]
            levels[depth] += items
        outputs += _outputs(role)
    sql = f"SELECT * FROM {raw.source}"
    for items in [*levels, [f"{_ok(roles)} AS _ok"]]:
        sql = f"SELECT *, {', '.join(items)} FROM ({sql})"
    hashed = [f"{_hash(key)} AS _hash"] if key else []
    return (f"CREATE OR REPLACE TABLE {values} AS SELECT "
            f"{', '.join([*outputs, *hashed, '_ok'])} FROM ({sql})")


def _hash(key: list[str], replace: dict[str, str] | None = None) -> str:
    return f"hash({', '.join((replace or {}).get(k, k) for k in key)})"


def trimmed(column: str) -> str:
    """The value without surrounding spaces, NULL when empty. `trim` copies every string it
    is given, so it only gets the values it may change: those starting below '!', ending in
    a space or holding a non-ASCII character (Unicode spaces)."""
    return (f"CASE WHEN {column} < '!' OR suffix({column}, ' ') OR "
            f"strlen({column}) <> length({column}) THEN nullif(trim({column}), '') "
            f"ELSE {column} END")


def _levels(role: _Role, column: str) -> list[list[str]]:
    """The role's reading, level by level; the last levels give `_outputs(role)`.

    A number, yes/no or ISO date is first read from the text as it is: where that succeeds
    the trimmed text reads the same, so only the other values are trimmed and read again.
    Each of those expressions appears once: the engine would compute a repeated one for
    every row, ahead of the CASE that limits it to a few. The file's column always appears
    in `_text` too: a file column used only in a bare TRY_CAST would be pushed into the CSV
    reader as its type, which fails on the header row."""
    r, text = role.name, trimmed(column)
    if role.kind in ("id", "text"):
        return [[f"{text} AS {r}"]]
    fast, t = f"{r}_f", f"{r}_t"
    again = [f"CASE WHEN {fast} IS NULL THEN {text} END AS {t}"]
    unread = [f"CASE WHEN {r} IS NULL THEN {t} END AS {r}_raw"]
    if role.kind == "score":  # "N/A" in a score column is no answer, not a bad one
        na = ", ".join(literal(w) for w in NA_WORDS)
        unread = [f"CASE WHEN {r} IS NULL AND lower({t}) NOT IN ({na}) THEN {t} END "
                  f"AS {r}_raw"]
    if role.kind == "yesno":
        return [[f"{_yes_no(column)} AS {fast}"], again,
                [f"coalesce({fast}, {_yes_no(t)}) AS {r}"], unread]
    if role.kind == "score":
        n, slow = f"{r}_n", f"{r}_s"
        return [[f"{as_number(column)} AS {n}"], [f"{_score(n, role)} AS {fast}"], again,
                [f"{as_number(t)} AS {slow}"],
                [f"coalesce({fast}, {_score(slow, role)}) AS {r}"], unread]
    return [[f"{_iso(column)} AS {fast}"], again, *_date_levels(role, fast, t), unread]


def _score(number: str, role: _Role) -> str:
    """The number if it fits the role's scale (and is whole where it must be), else NULL."""
    fits = [f"{number} = round({number})"] if role.whole else []
    fits += _bounds(number, role.scale)
    return f"CASE WHEN {' AND '.join(fits)} THEN {number} END"


def _bounds(number: str, scale: tuple[float, float | None]) -> list[str]:
    low, high = scale
    return [f"{number} >= {low!r}", *([f"{number} <= {high!r}"] if high is not None else [])]


def _outputs(role: _Role) -> list[str]:
    """The role's columns in `values`: its value, and its text where it was not read."""
    if role.kind in ("id", "text"):
        return [role.name]
    fit = [f"{role.name}_fit"] if role.order == "auto" else []
    return [role.name, f"{role.name}_raw", *fit]


def as_number(text: str) -> str:
    """A score's number; a decimal comma counts as a point (a number with a comma does not
    cast, so only those are rewritten)."""
    return (f"coalesce(TRY_CAST({text} AS DOUBLE), "
            f"TRY_CAST(replace({text}, ',', '.') AS DOUBLE))")


def _yes_no(text: str) -> str:
    """1 for yes, 0 for no, NULL otherwise (a CASE: an IN list becomes a join)."""
    words = [f"WHEN {literal(v)} THEN 1" for v in YES] + [f"WHEN {literal(v)} THEN 0" for v in NO]
    return f"CASE lower({text}) {' '.join(words)} END"


def _iso(text: str) -> str:
    """An ISO date and time, also with slashes (2024/06/05); where the cast reads a text
    as it is, it reads it the same with dashes, so only the others are rewritten."""
    return (f"coalesce(TRY_CAST({text} AS TIMESTAMP), "
            f"TRY_CAST(replace({text}, '/', '-') AS TIMESTAMP))")


def _date_levels(role: _Role, fast: str, text: str) -> list[list[str]]:
    """ISO through the engine's own cast; d/m/y and m/d/y candidates only when that fails.
    With `auto`, `<role>_fit` says which order alone reads the value (true: d/m/y)."""
    r, p, d, m = (f"{role.name}{s}" for s in ("", "_p", "_d", "_m"))
    fit = ([f"CASE WHEN {d} IS NOT NULL AND {m} IS NULL THEN true "
            f"WHEN {m} IS NOT NULL AND {d} IS NULL THEN false END AS {r}_fit"]
           if role.order == "auto" else [])
    return [[f"coalesce({fast}, {_iso(text)}) AS {r}_iso"],
            [f"CASE WHEN {r}_iso IS NULL THEN regexp_extract({text}, {literal(_DMY)}, "
             f"{_PARTS}) END AS {p}"],
            [f"{_candidate(p, 'a', 'b')} AS {d}", f"{_candidate(p, 'b', 'a')} AS {m}"],
            [f"coalesce({r}_iso, {_reading(role.order, d, m)}) AS {r}", *fit]]


def _candidate(parts: str, day: str, month: str) -> str:
    p = parts
    return (f"CASE WHEN {p}.a <> '' THEN try(make_timestamp({p}.y::BIGINT, {p}.{month}::BIGINT,"
            f" {p}.{day}::BIGINT, coalesce(nullif({p}.h, '')::BIGINT, 0),"
            f" coalesce(nullif({p}.m, '')::BIGINT, 0), coalesce(nullif({p}.s, '')::DOUBLE, 0)))"
            " END")


def _reading(order: str, dmy: str, mdy: str) -> str:
    """The date a d/m/y or m/d/y text stands for: in the stated order, or (no order) the
    one reading that fits, or both when they agree."""
    if order in _FORMATS:
        return dmy if order == "dmy" else mdy
    return (f"CASE WHEN {dmy} IS NOT NULL AND ({mdy} IS NULL OR {dmy} = {mdy}) THEN {dmy} "
            f"WHEN {mdy} IS NOT NULL AND {dmy} IS NULL THEN {mdy} END")


# -- the date order of an `auto` column -------------------------------------------------------


def _date_order(con: duckdb.DuckDBPyConnection, values: str, role: _Role, first: int,
                file: str, notes: list[tuple[str, dict[str, Any]]]) -> str:
    """The order the file's unambiguous dates prove, or none ('') when the file holds both
    or neither."""
    only_dmy, only_mdy = con.execute(
        f"SELECT count_if({role.name}_fit), count_if(NOT {role.name}_fit) FROM {values} "
        f"WHERE rowid >= {first}").fetchone()
    where = {"column": role.column, "file": file}
    if only_dmy and not only_mdy:
        notes.append(("mining.note.date_order_dmy", {**where, "count": only_dmy}))
        return "dmy"
    if only_mdy and not only_dmy:
        notes.append(("mining.note.date_order_mdy", {**where, "count": only_mdy}))
        return "mdy"
    if only_dmy and only_mdy:
        notes.append(("mining.note.date_mixed", {**where, "dmy": only_dmy, "mdy": only_mdy}))
    return ""


def _read_in_order(con: duckdb.DuckDBPyConnection, values: str, roles: list[_Role],
                   key: list[str], role: _Role, first: int) -> None:
    """Read the dates that fit both orders in the order the file proved (only those rows);
    such a record is then fine if the other roles' values are, and its hash is new."""
    r = role.name
    parts = f"regexp_extract({r}_raw, {literal(_DMY)}, {_PARTS})"
    read = _reading(role.order, _candidate("_p", "a", "b"), _candidate("_p", "b", "a"))
    unread = (f"SELECT rowid AS _id, {parts} AS _p FROM {values} WHERE rowid >= {first} "
              f"AND {r} IS NULL AND {r}_raw IS NOT NULL")
    others = _ok([other for other in roles if other is not role])
    rehash = f", _hash = {_hash(key, {r: 's._date'})}" if key else ""
    con.execute(f"UPDATE {values} SET {r} = s._date, _ok = {others}{rehash} FROM (SELECT _id, "
                f"{read} AS _date FROM ({unread})) s WHERE {values}.rowid = s._id "
                "AND s._date IS NOT NULL")


def plain(value: float) -> str:
    """A scale's end as written: 10, not 10.0; 2.5 stays 2.5 (the report localises it)."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# -- NA-like labels ---------------------------------------------------------------------------


def _blank_na(con: duckdb.DuckDBPyConnection, values: str, role: _Role, first: int,
              file: str, notes: list[tuple[str, dict[str, Any]]]) -> None:
    """Make labels such as "NA" or "n/a" blank, and say how many there were. Looked for among
    the distinct labels (a journey has few), so a file without them costs one grouping."""
    r = role.name
    distinct = con.execute(f"SELECT DISTINCT {r} FROM {values} WHERE rowid >= {first} AND "
                           f"{r} IS NOT NULL LIMIT {MAX_ENUM_LABELS + 1}").fetchall()
    if len(distinct) > MAX_ENUM_LABELS:
        na = ", ".join(literal(w) for w in NA_WORDS)
        where = f"lower({r}) IN ({na})"
    else:
        found = [v for (v,) in distinct if str(v).casefold() in NA_WORDS]
        if not found:
            return
        where = f"{r} IN ({', '.join(literal(v) for v in found)})"
    counted = con.execute(f"SELECT {r}, count(*) FROM {values} WHERE rowid >= {first} AND "
                          f"{where} GROUP BY ALL ORDER BY 2 DESC").fetchall()
    if not counted:
        return
    con.execute(f"UPDATE {values} SET {r} = NULL WHERE {where}")
    notes.append(("mining.note.na_labels", {
        "column": role.column, "file": file, "count": sum(n for _, n in counted),
        "values": ", ".join(f"'{v}'" for v, _ in counted[:4])}))


# -- journey labels as an ENUM -----------------------------------------------------------------

#: A label column with more different labels than this stays text (a journey has far fewer
#: stages; a column of free text mapped as the label would make a huge type).
MAX_ENUM_LABELS = 1000


def _encode_labels(con: duckdb.DuckDBPyConnection, values: str, roles: list[_Role]) -> None:
    """Store the journey labels (and segments) as an ENUM of the values found: every metric
    groups by label, and grouping a million answers by an ENUM takes about half the time it
    takes by text (4 ms against 11 ms per step, 7 ms against 13 ms before/after), for about
    45 ms once. Header rows are in the type too, since the whole column is converted."""
    for role in roles:
        if role.name not in _LABEL_ROLES:
            continue
        found = con.execute(f"SELECT DISTINCT {role.name} FROM {values} WHERE {role.name} "
                            f"IS NOT NULL ORDER BY 1 LIMIT {MAX_ENUM_LABELS + 1}").fetchall()
        if found and len(found) <= MAX_ENUM_LABELS:
            members = ", ".join(literal(value) for (value,) in found)
            con.execute(f"ALTER TABLE {values} ALTER {role.name} TYPE ENUM({members})")


# -- stage 2: duplicates, problems, clean rows ------------------------------------------------


def _ok(roles: list[_Role]) -> str:
    return " AND ".join(_fine(r) for r in roles if r.strict and _fine(r)) or "TRUE"


def _fine(role: _Role) -> str:
    """When the role's value is fine ('' when it always is)."""
    if role.kind == "text":
        return ""
    if role.kind in ("score", "yesno"):
        return f"{role.name}_raw IS NULL"
    return f"{role.name} IS NOT NULL"


def _duplicate_key(roles: list[_Role], settings: SourceSettings) -> list[str]:
    """Duplicates need a customer id: without one, two equal answers are two customers."""
    names = [role.name for role in roles]
    if "customer" not in names:
        return []
    if settings.kind == "events":
        return [r for r in ("customer", "time", "event") if r in names]
    return names


def _duplicates(con: duckdb.DuckDBPyConnection, values: str, key: list[str], first: int,
                prefix: str, progress: Progress | None, done: float) -> str | None:
    """The table of duplicate rows with their group's first row, None when there are none.
    Equal records have equal hashes, so grouping one number per record finds every group
    (usually none) for less than grouping by all the values; only the rows of a repeated
    hash are then compared value by value."""
    if not key:
        return None
    hashes, dups = f"{prefix}_hashes", f"{prefix}_dups"
    good = f"SELECT rowid + 1 AS _row, {', '.join(key)}, _hash FROM {values} " \
           f"WHERE rowid >= {first} AND _ok"
    run(con, f"CREATE OR REPLACE TEMP TABLE {hashes} AS SELECT _hash FROM {values} "
        f"WHERE rowid >= {first} AND _ok GROUP BY _hash HAVING count(*) > 1",
        progress=progress, stage="check", span=(done, 0.95))
    found = count_rows(con, hashes)
    if found:
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {dups} AS SELECT _row, _first FROM (SELECT _row, "
            f"min(_row) OVER (PARTITION BY {', '.join(key)}) AS _first FROM ({good}) "
            f"SEMI JOIN {hashes} USING (_hash)) WHERE _row <> _first")
        found = count_rows(con, dups)
        if not found:  # equal hashes of different records
            con.execute(f"DROP TABLE {dups}")
    con.execute(f"DROP TABLE {hashes}")
    return dups if found else None


def _problems(con: duckdb.DuckDBPyConnection, values: str, roles: list[_Role], file: str,
              first: int, dups: str | None, prefix: str) -> None:
    """One row per unreadable value and per duplicate, in row and column order."""
    selects = [_problem_sql(role, values, first) for role in roles if _fine(role)]
    if dups:
        selects.append(f"SELECT _row, '', NULL, 'duplicate', _first::VARCHAR FROM {dups}")
    if not selects:
        selects.append('SELECT NULL::BIGINT AS "row", NULL::VARCHAR AS "column", '
                       "NULL::VARCHAR AS value, NULL::VARCHAR AS problem, "
                       "NULL::VARCHAR AS detail WHERE false")
    con.execute(f"CREATE OR REPLACE TABLE {prefix}_problems AS SELECT {literal(file)} AS file, "
                f"* FROM ({' UNION ALL '.join(selects)}) ORDER BY 2, 3")


def _problem_sql(role: _Role, values: str, first: int) -> str:
    """The role's problem rows: the text is read again only for them, to name the problem."""
    r = role.name
    written = "NULL::VARCHAR" if role.kind == "id" else f"{r}_raw"
    helper = {"score": as_number(f"{r}_raw"),
              "date": f"regexp_extract({r}_raw, {literal(_DMY)}, {_PARTS})"}.get(role.kind,
                                                                                 "NULL")
    return (f'SELECT _row AS "row", {literal(role.column)} AS "column", _raw AS value, '
            f"{_problem_code(role)} AS problem, {_detail(role)} AS detail FROM (SELECT "
            f"rowid + 1 AS _row, {written} AS _raw, {helper} AS _x FROM {values} "
            f"WHERE rowid >= {first} AND NOT ({_fine(role)}))")


def _problem_code(role: _Role) -> str:
    """Why a value was not read, from its text `_raw` and its re-read `_x`."""
    if role.kind == "id":
        return "'missing'"
    if role.kind == "yesno":
        return "'not_yes_no'"
    if role.kind == "score":
        whole = "WHEN _x <> round(_x) THEN 'not_whole' " if role.whole else ""
        return f"CASE WHEN _x IS NULL THEN 'not_number' {whole}ELSE 'out_of_range' END"
    dmy, mdy = _candidate("_x", "a", "b"), _candidate("_x", "b", "a")
    if role.order in _FORMATS:
        other = mdy if role.order == "dmy" else dmy
        unread = f"CASE WHEN {other} IS NOT NULL THEN 'date_order' ELSE 'date_unreadable' END"
    else:
        unread = (f"CASE WHEN {dmy} IS NOT NULL AND {mdy} IS NOT NULL THEN 'date_ambiguous' "
                  "ELSE 'date_unreadable' END")
    return f"CASE WHEN _raw IS NULL THEN 'missing' ELSE {unread} END"


def _detail(role: _Role) -> str:
    if role.kind == "score":
        low, high = role.scale
        return literal(f"{plain(low)}–{plain(high)}" if high is not None else f"≥{plain(low)}")
    return _FORMATS.get(role.order, "NULL::VARCHAR") if role.kind == "date" else "NULL::VARCHAR"


def _clean(con: duckdb.DuckDBPyConnection, values: str, roles: list[_Role], first: int,
           dups: str | None, prefix: str) -> None:
    """`clean`: the good records, each duplicate group's first only, in file order. Without
    duplicates that is a view on `values` (no copy of a big file); with them, a table."""
    clean = f"{prefix}_clean"
    columns = ", ".join(["rowid + 1 AS _row", *(role.name for role in roles)])
    _drop(con, clean)
    if dups is None:
        con.execute(f"CREATE VIEW {clean} AS SELECT {columns} FROM {values} "
                    f"WHERE rowid >= {first} AND _ok")
        return
    con.execute(f"CREATE TABLE {clean} AS SELECT v.* FROM (SELECT {columns} FROM {values} "
                f"WHERE rowid >= {first} AND _ok) v ANTI JOIN {dups} x ON v._row = x._row")
    con.execute(f"DROP TABLE {dups}")
    con.execute(f"DROP TABLE {values}")


def _drop(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Drop a table or view of that name (a re-check may turn one into the other)."""
    try:
        con.execute(f"DROP VIEW IF EXISTS {name}")
    except duckdb.CatalogException:  # it is a table
        con.execute(f"DROP TABLE {name}")
