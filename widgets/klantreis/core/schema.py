"""The SQL schema, built from the table description in `tables`, and its upgrades.

Every table except `workshops` also carries a `workshop_id`, so one indexed query reads a
whole table of one workshop and an id can be checked to belong to the workshop it is used in.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from .tables import TABLES, Field, Table

SCHEMA_VERSION = 8

metadata = sa.MetaData()

meta_table = sa.Table(
    "klantreis_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(200), nullable=False),
)


# Which tables of a workshop changed in which write: live views reload only those tables.
# Internal (not part of the data model or the file formats); created for older files by the
# `create_all` that follows the upgrades.
table_revisions = sa.Table(
    "klantreis_table_revisions",
    metadata,
    sa.Column("workshop_id", sa.String(64), primary_key=True),
    sa.Column("table_name", sa.String(64), primary_key=True),
    sa.Column("revision", sa.Integer(), nullable=False),
)


# Who may open a served workshop, and as whom (see `room`): internal, never in a file. Keys
# and tokens are kept only as SHA-256 hashes; the join code is shared with the room anyway.
room_keys = sa.Table(
    "klantreis_room_keys",
    metadata,
    sa.Column("workshop_id", sa.String(64), sa.ForeignKey("workshops.id"), primary_key=True),
    sa.Column("facilitator_hash", sa.String(64), nullable=True),
    sa.Column("dashboard_hash", sa.String(64), nullable=True),
    sa.Column("join_code", sa.String(16), nullable=True, unique=True),
    sa.Column("updated_at", sa.String(32), nullable=False),
)

participant_tokens = sa.Table(
    "klantreis_participant_tokens",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("workshop_id", sa.String(64), sa.ForeignKey("workshops.id"), nullable=False,
              index=True),
    sa.Column("participant_id", sa.String(64), sa.ForeignKey("participants.id"),
              nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
)


def _column_type(field: Field) -> sa.types.TypeEngine:
    match field.kind:
        case "id" | "ref":
            return sa.String(64)
        case "int":
            return sa.Integer()
        case "float":
            return sa.Float()
        case "bool":
            return sa.Boolean()
        case "timestamp":
            return sa.String(32)
        case "choice":
            return sa.String(32)
        case _:
            return sa.Text()


_SERVER_DEFAULTS = {"text": "", "bool": sa.false()}


def _nullable(table: Table, field: Field) -> bool:
    """Only optional numbers, names, references and moments may be NULL; empty text is ''."""
    if field.required or field.name in table.key:
        return False
    return field.kind in ("int", "float", "name", "ref", "timestamp")


def _build(table: Table) -> sa.Table:
    columns: list[sa.SchemaItem] = []
    for field in table.fields:
        args: list[sa.SchemaItem] = []
        if field.kind == "ref" and field.ref and field.name != "workshop_id":
            args.append(sa.ForeignKey(f"{field.ref}.id"))
        columns.append(
            sa.Column(
                field.name,
                _column_type(field),
                *args,
                primary_key=field.name in table.key,
                nullable=_nullable(table, field),
                server_default=_SERVER_DEFAULTS.get(field.kind),
            )
        )
    if table.name == "workshops":
        columns.append(sa.Column("revision", sa.Integer(), nullable=False, server_default="0"))
    elif "workshop_id" not in table.by_field:
        columns.append(sa.Column("workshop_id", sa.String(64), nullable=False))
    if table.name != "workshops":
        columns.append(sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"]))
        columns.append(sa.Index(f"ix_{table.name}_workshop", "workshop_id"))
    columns.extend(sa.UniqueConstraint(*names) for names in table.unique)
    return sa.Table(table.name, metadata, *columns)


SQL_TABLES: dict[str, sa.Table] = {name: _build(table) for name, table in TABLES.items()}


# Upgrades, from the version in the key to the next one. Each runs inside the transaction that
# opens the store, so a file is either fully upgraded or left as it was.
def _v1_to_v2(conn: sa.Connection) -> None:
    """Version 2 marks synthetic (example) workshops and gives ideas a metric to watch."""
    conn.execute(
        sa.text("ALTER TABLE workshops ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT FALSE")
    )
    conn.execute(sa.text("ALTER TABLE ideas ADD COLUMN metric TEXT NOT NULL DEFAULT ''"))


def _v2_to_v3(conn: sa.Connection) -> None:
    """Version 3 keeps customer-mining data sources (column and label mappings)."""
    SQL_TABLES["sources"].create(conn, checkfirst=True)


def _v3_to_v4(conn: sa.Connection) -> None:
    """Version 4 keeps a survey source's results per step and phase, so pages that cannot
    read the file (a dashboard elsewhere) still show what customers said."""
    SQL_TABLES["source_results"].create(conn, checkfirst=True)


def _v4_to_v5(conn: sa.Connection) -> None:
    """Version 5 runs a served room: its state, its keys and join code, participants'
    tokens."""
    for table in (SQL_TABLES["room"], room_keys, participant_tokens):
        table.create(conn, checkfirst=True)


def _v5_to_v6(conn: sa.Connection) -> None:
    """Version 6 draws the whole map: a touchpoint's device, steps that are one moment in
    different channels, service-blueprint lanes, a desired journey's target scores and the
    current steps its steps change; rating comments' names shown or not; and a functional
    score that stays empty until the participant judges it; and saved versions of a
    journey."""
    SQL_TABLES["versions"].create(conn, checkfirst=True)
    for sql in ("ALTER TABLE workshops ADD COLUMN comment_names BOOLEAN NOT NULL DEFAULT FALSE",
                "ALTER TABLE steps ADD COLUMN device VARCHAR(32) NOT NULL DEFAULT 'any'",
                *(f"ALTER TABLE steps ADD COLUMN {name} TEXT NOT NULL DEFAULT ''"
                  for name in ("same_moment", "frontstage", "backstage", "support")),
                "ALTER TABLE steps ADD COLUMN target INTEGER",
                "ALTER TABLE steps ADD COLUMN based_on VARCHAR(64) REFERENCES steps (id)"):
        conn.execute(sa.text(sql))
    _allow_empty_functional(conn)


def _allow_empty_functional(conn: sa.Connection) -> None:
    """Drop NOT NULL from ratings.functional. SQLite cannot alter a column: the table is
    copied aside, made again from the description, and filled back (nothing refers to it)."""
    if conn.dialect.name != "sqlite":
        conn.execute(sa.text("ALTER TABLE ratings ALTER COLUMN functional DROP NOT NULL"))
        return
    ratings = SQL_TABLES["ratings"]
    columns = ", ".join(column.name for column in ratings.columns)
    conn.execute(sa.text(f"CREATE TEMP TABLE ratings_v5 AS SELECT {columns} FROM ratings"))
    conn.execute(sa.text("DROP TABLE ratings"))
    ratings.create(conn)
    conn.execute(sa.text(f"INSERT INTO ratings ({columns}) SELECT {columns} FROM ratings_v5"))
    conn.execute(sa.text("DROP TABLE ratings_v5"))


def _v6_to_v7(conn: sa.Connection) -> None:
    """Version 7 keeps customer results on any scale (a scale's ends may be decimals), per
    customer segment, and marks results pooled from an aggregated report. SQLite keeps a
    decimal in an INTEGER column as it is; other databases change the column's type."""
    have = {column["name"] for column in sa.inspect(conn).get_columns("source_results")}
    for name, sql in (("segment", "TEXT NOT NULL DEFAULT ''"),
                      ("aggregated", "BOOLEAN NOT NULL DEFAULT FALSE")):
        if name not in have:  # a table made by an earlier upgrade in this run has them
            conn.execute(sa.text(f"ALTER TABLE source_results ADD COLUMN {name} {sql}"))
    if conn.dialect.name != "sqlite":
        for name in ("worst", "best"):
            conn.execute(sa.text(f"ALTER TABLE source_results ALTER COLUMN {name} "
                                 "TYPE DOUBLE PRECISION"))


def _v7_to_v8(conn: sa.Connection) -> None:
    """Version 8 remembers which kit text (a lens's phase, a default journey name) a journey
    or phase came from, so it reads in each page's language until somebody edits it."""
    for table in ("journeys", "phases"):
        conn.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN template TEXT NOT NULL "
                             "DEFAULT ''"))


UPGRADES: dict[int, Callable[[sa.Connection], None]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6, 6: _v6_to_v7,
    7: _v7_to_v8}
