"""Versions of a journey: named, dated records of what it held, kept as the journey is renewed.

The method says a journey map is never finished: as the service changes, the team walks and
rates the journey again. A re-rating replaces the old scores, so before it the facilitator saves
a version; later the two can be compared (`figures.versions`).

A version keeps a snapshot: the journey's own row, its phases, its steps with every field,
their ratings and moments, and the ideas aimed at its steps (or at no step, as every journey
shows those) with their links to its steps, as JSON text in the `versions` table. The snapshot
holds everything a comparison needs, so deleting or renaming a step later leaves every version
as it was; its ids are the ids the rows had, so a step that is renamed is still the same step.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd
import sqlalchemy as sa

from ..i18n import t
from .errors import ValidationError
from .frames import frame_from_rows
from .schema import SQL_TABLES
from .tables import TABLES
from .validation import clean_row, now_timestamp
from .workshop import Workshop

SNAPSHOT_FORMAT = 1
#: The tables a snapshot holds, each with one journey's rows only.
SNAPSHOT_TABLES = ("journeys", "phases", "steps", "ratings", "moments", "ideas", "idea_steps")
#: The columns `versions` lists (the snapshot itself is read by `load_version`).
LIST_COLUMNS = ["id", "journey_id", "name", "note", "created_at"]

Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Snapshot:
    """One journey as a version kept it, or as it is now (`current`): each table of
    `SNAPSHOT_TABLES` as a typed frame with the columns and dtypes of `Workshop.frames`."""

    journey_id: str
    frames: dict[str, pd.DataFrame]
    name: str | None = None  # the version's name; None for the journey as it is now
    created_at: pd.Timestamp | None = None
    version_id: str | None = None


# -- writing --------------------------------------------------------------------------------


def save_version(workshop: Workshop, journey_id: str, name: str, note: str = "") -> str:
    """Keep the journey as it is now under `name` (unique per journey), with a note; returns
    the version's id. The snapshot is read in the same transaction that stores it."""
    fields = workshop._clean("versions", {"journey_id": journey_id, "name": name, "note": note})
    with workshop.store.writing(workshop.id) as conn:
        workshop.require(conn, "journeys", journey_id)
        rows = journey_rows(_workshop_rows(conn, workshop.id), journey_id)
        return workshop.insert_in(conn, "versions", {
            **fields, "snapshot": snapshot_text(rows), "created_at": now_timestamp()})


def delete_version(workshop: Workshop, version_id: str) -> None:
    """Remove a saved version (the journey itself is not touched)."""
    workshop._delete_one("versions", version_id)


def _workshop_rows(conn: sa.Connection, workshop_id: str) -> Rows:
    """The snapshot tables' rows of one workshop, read in `conn`, in the order
    `Workshop.frames` gives them (by position, then key)."""
    rows: Rows = {}
    for name in SNAPSHOT_TABLES:
        table = SQL_TABLES[name]
        order = [table.c[c] for c in ("position",) if c in table.c] + list(table.primary_key)
        query = sa.select(table).where(table.c.workshop_id == workshop_id).order_by(*order)
        rows[name] = [dict(row) for row in conn.execute(query).mappings()]
    return rows


# -- reading --------------------------------------------------------------------------------


def versions(workshop: Workshop, journey_id: str) -> pd.DataFrame:
    """The journey's saved versions, oldest first (columns `LIST_COLUMNS`)."""
    return listed(workshop.frame("versions"), journey_id)


def listed(versions_frame: pd.DataFrame, journey_id: str | None) -> pd.DataFrame:
    """The rows of a `versions` frame that belong to one journey, oldest first, without their
    snapshots (a page lists them from its live tables)."""
    mine = versions_frame[versions_frame["journey_id"].eq(journey_id).fillna(False)
                          .to_numpy(dtype=bool)]
    ordered = mine.sort_values(["created_at", "name"], kind="stable")
    return ordered[LIST_COLUMNS].reset_index(drop=True)


def load_version(workshop: Workshop, version_id: str) -> Snapshot:
    """A saved version's journey as it was; `NotFoundError` for an id not in this workshop."""
    with workshop.store.reading() as conn:
        row = workshop.require(conn, "versions", version_id)
    return snapshot_of(row, workshop.language)


def snapshot_of(row: Mapping[str, Any], language: str = "en") -> Snapshot:
    """The snapshot of one `versions` row (from the store or a page's live frame)."""
    rows = read_snapshot(str(row["snapshot"]), language)
    created = pd.Timestamp(row["created_at"])
    return Snapshot(journey_id=str(row["journey_id"]), frames=snapshot_frames(rows),
                    name=str(row["name"]), version_id=str(row["id"]),
                    created_at=created.tz_localize("UTC") if created.tz is None else created)


def current(workshop: Workshop, journey_id: str) -> Snapshot:
    """The journey as it is now, built the way a version saved now would be, so comparing a
    version with now and comparing two versions count the same things."""
    with workshop.store.reading() as conn:
        workshop.require(conn, "journeys", journey_id)
        rows = journey_rows(_workshop_rows(conn, workshop.id), journey_id)
    return Snapshot(journey_id=journey_id,
                    frames=snapshot_frames(read_snapshot(snapshot_text(rows), workshop.language)))


# -- the snapshot ---------------------------------------------------------------------------


def journey_rows(rows: Mapping[str, Iterable[Mapping[str, Any]]], journey_id: str) -> Rows:
    """One journey's rows out of a workshop's snapshot tables, with each table's columns:
    its phases, their steps, the steps' ratings, moments and idea links, and the ideas aimed
    at its steps or at no step."""

    def pick(name: str, keep: Callable[[Mapping[str, Any]], bool]) -> list[dict[str, Any]]:
        columns = TABLES[name].columns
        return [{c: row[c] for c in columns} for row in rows[name] if keep(row)]

    phases = pick("phases", lambda row: row["journey_id"] == journey_id)
    phase_ids = {row["id"] for row in phases}
    steps = pick("steps", lambda row: row["phase_id"] in phase_ids)
    step_ids = {row["id"] for row in steps}

    def on_steps(row: Mapping[str, Any]) -> bool:
        return row["step_id"] in step_ids

    links = pick("idea_steps", on_steps)
    aimed = {row["idea_id"] for row in rows["idea_steps"]}
    ours = {row["idea_id"] for row in links}
    return {
        "journeys": pick("journeys", lambda row: row["id"] == journey_id),
        "phases": phases,
        "steps": steps,
        "ratings": pick("ratings", on_steps),
        "moments": pick("moments", on_steps),
        "ideas": pick("ideas", lambda row: row["id"] in ours or row["id"] not in aimed),
        "idea_steps": links,
    }


def snapshot_text(rows: Mapping[str, list[dict[str, Any]]]) -> str:
    """A snapshot as the JSON text the `versions` table keeps (compact: it can be long)."""
    document = {"format": SNAPSHOT_FORMAT, "tables": {name: rows[name] for name in SNAPSHOT_TABLES}}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), default=_plain)


def _plain(value: Any) -> Any:
    """What JSON cannot write as it is: database scalars become plain Python."""
    return value.item() if hasattr(value, "item") else str(value)


def read_snapshot(text: str, language: str = "en") -> Rows:
    """A snapshot's rows, every value checked against its field as any input is. A snapshot
    the kit cannot read (edited by hand, or from a newer kit) raises `ValidationError`."""
    try:
        document = json.loads(text)
        tables = document["tables"] if document["format"] == SNAPSHOT_FORMAT else None
        rows = {name: [_row(name, row, language) for row in tables[name]]
                for name in SNAPSHOT_TABLES}
        journey = rows["journeys"]
        if len(journey) != 1:
            raise ValueError("one journey expected")
    except ValidationError as error:
        raise _unreadable(error.message(language), language) from error
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise _unreadable(t("error.version_snapshot_shape", language), language) from error
    return rows


def _unreadable(reason: str, language: str) -> ValidationError:
    return ValidationError("error.version_snapshot", language, field="snapshot", reason=reason)


def _row(name: str, row: Mapping[str, Any], language: str) -> dict[str, Any]:
    """A snapshot row checked; columns a newer kit added are left out, and columns an older
    kit did not have get their defaults."""
    table = TABLES[name]
    return clean_row(table, {c: row.get(c) for c in table.columns}, language)


def snapshot_journey(rows: Mapping[str, list[dict[str, Any]]]) -> str:
    """The id of the journey a snapshot holds."""
    return str(rows["journeys"][0]["id"])


def snapshot_frames(rows: Mapping[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    """A snapshot's rows as typed frames, as `Workshop.frames` gives them."""
    return {name: frame_from_rows(name, rows[name]) for name in SNAPSHOT_TABLES}
