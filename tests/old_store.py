"""Stores as an older version of the kit left them: what later versions added is taken out
again, so each upgrade can be tested on the shape it starts from."""

from __future__ import annotations

import re

import sqlalchemy as sa

# What each schema version added: columns (table, column) and tables.
ADDED_COLUMNS = {
    8: [("journeys", "template"), ("phases", "template")],
    7: [("source_results", "segment"), ("source_results", "aggregated")],
    6: [("workshops", "comment_names"),
        *(("steps", name) for name in ("device", "same_moment", "frontstage", "backstage",
                                       "support", "target", "based_on"))],
}
ADDED_TABLES = {
    6: ["versions"],
    5: ["klantreis_participant_tokens", "klantreis_room_keys", "room"],
    4: ["source_results"],
    3: ["sources"],
}


def make_old(url: str, version: int) -> None:
    """Turn the store at `url` (made by this version) into one of schema `version`."""
    engine = sa.create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.begin() as conn:
        for added in range(8, version, -1):
            for table, column in ADDED_COLUMNS.get(added, []):
                _drop_column(conn, table, column)
            if added == 7 and conn.dialect.name != "sqlite":
                for name in ("worst", "best"):
                    conn.exec_driver_sql(f"ALTER TABLE source_results ALTER COLUMN {name} "
                                         "TYPE INTEGER")
            if added == 6:
                conn.exec_driver_sql("UPDATE ratings SET functional = emotional "
                                     "WHERE functional IS NULL")
                if conn.dialect.name != "sqlite":
                    conn.exec_driver_sql("ALTER TABLE ratings ALTER COLUMN functional "
                                         "SET NOT NULL")
            for table in ADDED_TABLES.get(added, []):
                conn.exec_driver_sql(f"DROP TABLE {table}")
        conn.exec_driver_sql(f"UPDATE klantreis_meta SET value = '{version}' "
                             "WHERE key = 'schema_version'")
    engine.dispose()


def _drop_column(conn: sa.Connection, table: str, column: str) -> None:
    """SQLite cannot drop a column with a foreign key: the table is made again without it."""
    if conn.dialect.name != "sqlite" or column != "based_on":
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        return
    ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                               f"name = '{table}'").scalar_one()
    ddl = re.sub(rf"\s*{column} VARCHAR\(64\),", "", ddl)
    ddl = re.sub(rf",\s*FOREIGN KEY\({column}\) REFERENCES \w+ \(id\)", "", ddl)
    columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")
               if row[1] != column]
    names = ", ".join(columns)
    conn.exec_driver_sql(f"CREATE TEMP TABLE kept AS SELECT {names} FROM {table}")
    conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
    conn.exec_driver_sql(f"DROP TABLE {table}")
    conn.exec_driver_sql(ddl)
    conn.exec_driver_sql(f"INSERT INTO {table} ({names}) SELECT {names} FROM kept")
    conn.exec_driver_sql("DROP TABLE kept")
    conn.exec_driver_sql(f"CREATE INDEX ix_{table}_workshop ON {table} (workshop_id)")
