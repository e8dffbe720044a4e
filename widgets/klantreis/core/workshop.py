"""The public API of one workshop: read and change its journey, ratings, ideas and votes.

Every method that changes something validates its input first (so bad input never reaches
the store), then commits one transaction that also bumps the workshop's revision.
Errors are raised in the workshop's language.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pandas as pd
import sqlalchemy as sa

from ..i18n import LANGUAGES, label, t
from .database import Database
from .errors import ConfirmationNeeded, NotFoundError, ValidationError
from .frames import frame_columns, frame_from_records
from .lenses import get_lens
from .schema import SQL_TABLES, participant_tokens
from .tables import TABLE_ORDER, TABLES, VARIANTS
from .validation import clean_row, clean_value, now_timestamp

DEFAULT_VOTE_BUDGET = 5
_KEEP: Any = object()


def new_id() -> str:
    """A random id that stays valid when a workshop moves to another store. It starts with
    the time, so rows without a position (personas, ideas, …) list in the order they were
    made instead of at random."""
    return f"{time.time_ns():016x}{secrets.token_hex(8)}"


def create_workshop(
    store: Database, title: str, *, lens: str | None = None, **fields: Any
) -> Workshop:
    """Create a workshop; with a `lens`, also a persona and a journey with the lens's phases."""
    language = fields.get("language", "en")
    if language not in LANGUAGES:  # one sentence that names the languages the kit speaks
        raise ValidationError("error.choice", "en", field="language", value=language,
                              choices=", ".join(LANGUAGES))
    values = {
        "id": new_id(),
        "title": title,
        "language": "en",
        "goal": "",
        "scope_kind": "transaction",
        "scope": "",
        "lens": lens,
        "vote_budget": DEFAULT_VOTE_BUDGET,
        "synthetic": False,
        **fields,
        "created_at": now_timestamp(),
    }
    row = _complete(
        clean_row(TABLES["workshops"], values, _lang(language)), "workshops", _lang(language)
    )
    if lens is not None:
        get_lens(lens, row["language"])  # an unknown lens fails before anything is written
    with store.writing() as conn:
        conn.execute(sa.insert(SQL_TABLES["workshops"]).values(**row))
    workshop = Workshop(store, row["id"])
    if lens is not None:
        persona = workshop.add_persona(t("default.persona", row["language"]))
        journey = workshop.add_journey(persona)
        workshop.apply_lens(journey, lens)
    return workshop


def _lang(language: Any) -> str:
    return language if language in ("nl", "en") else "en"


def _phase_ancestors(phases: dict[str, dict[str, Any]], phase: dict[str, Any]) -> Iterator[str]:
    """The ids above a phase (within `phases`), nearest first."""
    seen: set[str] = set()
    parent = phase["parent_id"]
    while parent is not None and parent in phases and parent not in seen:
        seen.add(parent)
        yield parent
        parent = phases[parent]["parent_id"]


def _complete(row: dict[str, Any], table_name: str, language: str = "en") -> dict[str, Any]:
    """Fill fields the caller left out with their defaults, and check required ones."""
    table = TABLES[table_name]
    for field in table.fields:
        if field.name not in row:
            row[field.name] = clean_value(table, field.name, None, language)
    return row


class Workshop:
    """A handle on one workshop in a store. Cheap to create; holds no table data."""

    def __init__(self, store: Database, workshop_id: str) -> None:
        self.store = store
        self.id = workshop_id
        self.language = str(self.info()["language"])

    def __repr__(self) -> str:
        return f"<Workshop {self.id} {self.info()['title']!r}>"

    # -- reading -----------------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        """The workshop's own fields, plus its revision."""
        table = SQL_TABLES["workshops"]
        with self.store.reading() as conn:
            row = conn.execute(sa.select(table).where(table.c.id == self.id)).mappings().first()
        if row is None:
            raise NotFoundError(
                "error.unknown_id", self.store.language, entity="workshop", value=self.id
            )
        return dict(row)

    @property
    def revision(self) -> int:
        return self.store.revision(self.id)

    def frame(self, table_name: str) -> pd.DataFrame:
        """One table of this workshop as a typed DataFrame (see docs/data-model.md)."""
        return self.frames(table_name)[table_name]

    def frames(self, *table_names: str) -> dict[str, pd.DataFrame]:
        """Several tables (default: all) read in one consistent snapshot."""
        names = table_names or TABLE_ORDER
        with self.store.reading() as conn:
            return {
                name: frame_from_records(name, self._query(conn, name, frame_columns(name)).all())
                for name in names
            }

    def rows(self, table_name: str) -> list[dict[str, Any]]:
        """One table's rows as plain dicts, in a stable order."""
        return self.snapshot(table_name)[table_name]

    def snapshot(self, *table_names: str) -> dict[str, list[dict[str, Any]]]:
        """Several tables' rows as plain dicts, read in one consistent snapshot, so an
        export taken during a live session never holds a rating of a deleted step."""
        with self.store.reading() as conn:
            return {name: [dict(r) for r in self._rows(conn, name)] for name in table_names}

    def _rows(self, conn: sa.Connection, table_name: str) -> Sequence[sa.RowMapping]:
        return self._query(conn, table_name).mappings().all()

    def _query(
        self, conn: sa.Connection, table_name: str, columns: Sequence[str] = ()
    ) -> sa.CursorResult:
        """This workshop's rows of one table (all columns, or those named) in stable order."""
        table = SQL_TABLES[table_name]
        key = table.c.id if table_name == "workshops" else table.c.workshop_id
        order = [table.c[c] for c in ("position",) if c in table.c] + list(table.primary_key)
        selected = [table.c[c] for c in columns] if columns else [table]
        return conn.execute(sa.select(*selected).where(key == self.id).order_by(*order))

    # -- generic changes ---------------------------------------------------------------

    def _error(self, cls: type[Exception], key: str, **params: Any) -> Exception:
        return cls(key, self.language, **params)

    def _clean(self, table_name: str, values: dict[str, Any]) -> dict[str, Any]:
        return clean_row(TABLES[table_name], values, self.language)

    def _check_refs(self, conn: sa.Connection, table_name: str, row: dict[str, Any]) -> None:
        for field in TABLES[table_name].fields:
            if field.kind == "ref" and field.ref and field.name != "workshop_id":
                value = row.get(field.name)
                if value is not None:
                    self.require(conn, field.ref, value)
        if table_name == "steps" and row.get("based_on") is not None:
            based_on = self.require(conn, "steps", row["based_on"])
            if based_on["based_on"] is not None or based_on["id"] == row.get("id"):
                raise self._error(ValidationError, "error.based_on_original",
                                  value=based_on["name"])

    def require(self, conn: sa.Connection, table_name: str, row_id: str) -> dict[str, Any]:
        """The row `row_id` of one of this workshop's tables, read in `conn`; raises
        `NotFoundError` when it is not there (or belongs to another workshop)."""
        table = SQL_TABLES[table_name]
        row = (
            conn.execute(
                sa.select(table).where(table.c.id == row_id, table.c.workshop_id == self.id)
            )
            .mappings()
            .first()
        )
        if row is None:
            raise self._error(
                NotFoundError, "error.unknown_id", entity=TABLES[table_name].entity, value=row_id
            )
        return dict(row)

    def _insert(self, table_name: str, values: dict[str, Any]) -> str:
        with self.store.writing(self.id) as conn:
            return self.insert_in(conn, table_name, values)

    def insert_in(self, conn: sa.Connection, table_name: str, values: dict[str, Any]) -> str:
        """Add a row within a change that is already open (joining a room writes the person
        and their token as one change); returns its id."""
        row = self._clean(table_name, values)
        if "id" in TABLES[table_name].by_field:
            row.setdefault("id", new_id())
        row = _complete({**row, "workshop_id": self.id}, table_name, self.language)
        self._check_refs(conn, table_name, row)
        self._check_unique(conn, table_name, row)
        conn.execute(sa.insert(SQL_TABLES[table_name]).values(**row))
        return row.get("id", "")

    def _update(self, table_name: str, row_id: str, values: dict[str, Any]) -> None:
        if "id" in values or "workshop_id" in values:
            raise self._error(
                ValidationError, "error.unknown_field", entity=TABLES[table_name].entity, value="id"
            )
        changes = self._clean(table_name, values)
        with self.store.writing(self.id) as conn:
            current = self.require(conn, table_name, row_id)
            self._check_refs(conn, table_name, changes)
            self._check_unique(conn, table_name, {**current, **changes}, row_id)
            if changes:
                table = SQL_TABLES[table_name]
                conn.execute(sa.update(table).where(table.c.id == row_id).values(**changes))

    def _check_unique(
        self, conn: sa.Connection, table_name: str, row: dict[str, Any], row_id: str | None = None
    ) -> None:
        table = SQL_TABLES[table_name]
        for names in TABLES[table_name].unique:
            query = sa.select(sa.func.count()).where(*(table.c[n] == row[n] for n in names))
            if row_id is not None:
                query = query.where(table.c.id != row_id)
            if conn.execute(query).scalar():
                raise self._error(
                    ValidationError,
                    "error.duplicate_name",
                    entity=TABLES[table_name].entity,
                    value=row[names[-1]],
                    field=names[-1],
                )

    # -- the workshop itself -----------------------------------------------------------

    def update(self, **fields: Any) -> None:
        """Change the workshop's title, language, goal, scope, lens or vote budget."""
        forbidden = {"id", "created_at", "revision"} & set(fields)
        if forbidden:
            raise self._error(
                ValidationError,
                "error.unknown_field",
                entity="workshop",
                value=sorted(forbidden)[0],
            )
        changes = self._clean("workshops", fields)
        table = SQL_TABLES["workshops"]
        with self.store.writing(self.id) as conn:
            conn.execute(sa.update(table).where(table.c.id == self.id).values(**changes))
        self.language = changes.get("language", self.language)

    # -- participants and personas -----------------------------------------------------

    def add_participant(self, name: str, department: str = "") -> str:
        return self._insert("participants", {"name": name, "department": department})

    def update_participant(self, participant_id: str, **fields: Any) -> None:
        self._update("participants", participant_id, fields)

    def delete_participant(self, participant_id: str, *, confirm: bool = False) -> None:
        """Remove a participant with their votes; their ratings need `confirm=True`."""
        with self.store.writing(self.id) as conn:
            row = self.require(conn, "participants", participant_id)
            self._confirm(
                conn, "participant", row["name"], [participant_id], confirm, column="participant_id"
            )
            for name in ("ratings", "votes"):
                _delete_where(conn, name, "participant_id", [participant_id])
            conn.execute(sa.delete(participant_tokens).where(
                participant_tokens.c.participant_id == participant_id))
            _delete_where(conn, "participants", "id", [participant_id])

    def participant_id(self, name: str) -> str | None:
        """The id of the participant with this exact name (after trimming), if any."""
        table = SQL_TABLES["participants"]
        with self.store.reading() as conn:
            return conn.execute(
                sa.select(table.c.id).where(
                    table.c.workshop_id == self.id, table.c.name == name.strip()
                )
            ).scalar()

    def add_persona(self, name: str, **fields: Any) -> str:
        """A persona: name, description, goals, needs, frustrations, quote."""
        return self._insert("personas", {"name": name, **fields})

    def update_persona(self, persona_id: str, **fields: Any) -> None:
        self._update("personas", persona_id, fields)

    def delete_persona(self, persona_id: str, *, confirm: bool = False) -> None:
        """Remove a persona with its journeys; rated steps need `confirm=True`."""
        with self.store.writing(self.id) as conn:
            persona = self.require(conn, "personas", persona_id)
            journeys = _ids_where(conn, "journeys", "persona_id", [persona_id])
            self._delete_journeys(conn, journeys, persona["name"], "persona", confirm)
            _delete_where(conn, "personas", "id", [persona_id])

    # -- journeys and phases -----------------------------------------------------------

    def add_journey(
        self, persona_id: str, name: str | None = None, variant: str = "current"
    ) -> str:
        """A journey of one persona; `variant` is 'current' or 'desired'."""
        template = ""
        if name is None:
            name = label("value", variant, self.language) if variant in VARIANTS else ""
            template = f"value:{variant}" if variant in VARIANTS else ""
        return self._insert("journeys", {"persona_id": persona_id, "name": name,
                                         "variant": variant, "template": template})

    def derive_desired(self, journey_id: str, name: str | None = None) -> str:
        """A desired journey made from a current one, in one write: the same persona, phases
        and steps, each step based on the one it copies, without target scores yet. The team
        then changes, removes and adds steps and sets the scores it aims for."""
        with self.store.writing(self.id) as conn:
            journey = self.require(conn, "journeys", journey_id)
            shown = name if name is not None else self._desired_name(journey["name"])
            plain = shown == label("value", "desired", self.language) and name is None
            row = self._clean("journeys", {
                "persona_id": journey["persona_id"], "variant": "desired", "name": shown,
                "template": "value:desired" if plain else ""})
            desired = new_id()
            conn.execute(sa.insert(SQL_TABLES["journeys"]).values(
                **row, id=desired, workshop_id=self.id))
            phase_ids = self._copy_phases(conn, journey_id, desired)
            self._copy_steps(conn, phase_ids)
        return desired

    def _desired_name(self, current: str) -> str:
        """'Hotel stay (desired journey)'; plain 'desired journey' beside a journey that
        kept its default name."""
        desired = label("value", "desired", self.language)
        return desired if current == label("value", "current", self.language) \
            else f"{current} ({desired})"

    def _copy_phases(self, conn: sa.Connection, journey_id: str, target: str) -> dict[str, str]:
        """The journey's phases copied to `target`, parents first; old id -> new id."""
        table = SQL_TABLES["phases"]
        rows = [dict(r) for r in conn.execute(
            sa.select(table).where(table.c.journey_id == journey_id)).mappings()]
        by_id = {r["id"]: r for r in rows}
        copies: dict[str, str] = {}
        for phase in sorted(rows, key=lambda r: len(list(_phase_ancestors(by_id, r)))):
            copies[phase["id"]] = new_id()
            conn.execute(sa.insert(table).values(
                {**phase, "id": copies[phase["id"]], "journey_id": target,
                 "parent_id": copies.get(phase["parent_id"])}))
        return copies

    def _copy_steps(self, conn: sa.Connection, phase_ids: dict[str, str]) -> None:
        """The steps of the copied phases, each based on its original."""
        table = SQL_TABLES["steps"]
        rows = conn.execute(sa.select(table).where(table.c.phase_id.in_(list(phase_ids))))
        copies = [{**step, "id": new_id(), "phase_id": phase_ids[step["phase_id"]],
                   "target": None, "based_on": step["based_on"] or step["id"]}
                  for step in rows.mappings()]
        if copies:
            conn.execute(sa.insert(table), copies)

    def update_journey(self, journey_id: str, **fields: Any) -> None:
        self._update("journeys", journey_id, fields)

    def delete_journey(self, journey_id: str, *, confirm: bool = False) -> None:
        with self.store.writing(self.id) as conn:
            journey = self.require(conn, "journeys", journey_id)
            self._delete_journeys(conn, [journey_id], journey["name"], "journey", confirm)

    def apply_lens(self, journey_id: str, lens_id: str) -> list[str]:
        """Add the phases of a template lens, in the workshop's language, to a journey."""
        lens = get_lens(lens_id, self.language)
        return [
            self.add_phase(journey_id, phase.name, brand_goal=phase.brand_goal,
                           description=phase.description, template=f"lens:{lens_id}:{index}")
            for index, phase in enumerate(lens.phases)
        ]

    def add_phase(
        self,
        journey_id: str,
        name: str,
        *,
        parent_id: str | None = None,
        position: int | None = None,
        **fields: Any,
    ) -> str:
        """A phase (or, with `parent_id`, a sub-phase); `position` inserts, default appends."""
        row = self._clean(
            "phases", {"journey_id": journey_id, "parent_id": parent_id, "name": name, **fields}
        )
        row = _complete(
            {**row, "id": new_id(), "position": 0, "workshop_id": self.id}, "phases", self.language
        )
        with self.store.writing(self.id) as conn:
            self._check_refs(conn, "phases", row)
            self._check_parent(conn, row["id"], journey_id, parent_id)
            conn.execute(sa.insert(SQL_TABLES["phases"]).values(**row))
            siblings = self._phase_siblings(conn, journey_id, parent_id, exclude=row["id"])
            _place(conn, "phases", _insert_at(siblings, row["id"], position))
        return row["id"]

    def update_phase(self, phase_id: str, **fields: Any) -> None:
        """Rename a phase or change its brand goal or description (move with `move_phase`)."""
        if {"position", "parent_id", "journey_id"} & set(fields):
            raise self._error(
                ValidationError, "error.unknown_field", entity="phase", value="position"
            )
        self._update("phases", phase_id, fields)

    def move_phase(self, phase_id: str, position: int, *, parent_id: Any = _KEEP) -> None:
        """Put a phase at `position` among its siblings, optionally under another parent."""
        with self.store.writing(self.id) as conn:
            phase = self.require(conn, "phases", phase_id)
            new_parent = phase["parent_id"] if parent_id is _KEEP else parent_id
            if new_parent is not None:
                self.require(conn, "phases", new_parent)
            self._check_parent(conn, phase_id, phase["journey_id"], new_parent)
            old = self._phase_siblings(conn, phase["journey_id"], phase["parent_id"], phase_id)
            _place(conn, "phases", old)
            table = SQL_TABLES["phases"]
            conn.execute(
                sa.update(table).where(table.c.id == phase_id).values(parent_id=new_parent)
            )
            new = self._phase_siblings(conn, phase["journey_id"], new_parent, phase_id)
            _place(conn, "phases", _insert_at(new, phase_id, position))

    def delete_phase(self, phase_id: str, *, confirm: bool = False) -> None:
        """Remove a phase with its sub-phases and steps; rated steps need `confirm=True`."""
        with self.store.writing(self.id) as conn:
            phase = self.require(conn, "phases", phase_id)
            phases = self._subtree(conn, phase_id)
            steps = _ids_where(conn, "steps", "phase_id", phases)
            self._confirm(conn, "phase", phase["name"], steps, confirm)
            self._delete_steps(conn, steps)
            _delete_where(conn, "source_results", "phase_id", phases)
            for pid in reversed(phases):  # children before parents
                _delete_where(conn, "phases", "id", [pid])
            siblings = self._phase_siblings(conn, phase["journey_id"], phase["parent_id"])
            _place(conn, "phases", siblings)

    def _check_parent(
        self, conn: sa.Connection, phase_id: str, journey_id: str, parent_id: str | None
    ) -> None:
        if parent_id is None:
            return
        parent = self.require(conn, "phases", parent_id)
        if parent["journey_id"] != journey_id:
            raise self._error(
                ValidationError,
                "error.other_journey",
                entity="phase",
                value=parent["name"],
                field="parent_id",
            )
        if parent_id in self._subtree(conn, phase_id):
            raise self._error(ValidationError, "error.parent_cycle", field="parent_id")

    def _phase_siblings(
        self, conn: sa.Connection, journey_id: str, parent_id: str | None, exclude: str = ""
    ) -> list[str]:
        table = SQL_TABLES["phases"]
        parent = (
            table.c.parent_id.is_(None) if parent_id is None else table.c.parent_id == parent_id
        )
        rows = conn.execute(
            sa.select(table.c.id)
            .where(table.c.journey_id == journey_id, parent, table.c.id != exclude)
            .order_by(table.c.position)
        ).scalars()
        return list(rows)

    def _subtree(self, conn: sa.Connection, phase_id: str) -> list[str]:
        """The phase and all phases below it, parents first."""
        found, frontier = [phase_id], [phase_id]
        while frontier:
            frontier = _ids_where(conn, "phases", "parent_id", frontier)
            found.extend(frontier)
        return found

    # -- steps -------------------------------------------------------------------------

    def add_step(
        self, phase_id: str, name: str, *, position: int | None = None, **fields: Any
    ) -> str:
        """A step in a phase: kind ('touchpoint' or 'non_touchpoint'), channel, online,
        department, doing, thinking, feeling, questions, difficulties."""
        row = self._clean("steps", {"phase_id": phase_id, "name": name, **fields})
        row = _complete(
            {**row, "id": new_id(), "position": 0, "workshop_id": self.id}, "steps", self.language
        )
        with self.store.writing(self.id) as conn:
            self._check_refs(conn, "steps", row)
            conn.execute(sa.insert(SQL_TABLES["steps"]).values(**row))
            siblings = _ids_where(conn, "steps", "phase_id", [phase_id], exclude=row["id"])
            _place(conn, "steps", _insert_at(siblings, row["id"], position))
        return row["id"]

    def update_step(self, step_id: str, **fields: Any) -> None:
        """Rename or describe a step (move it with `move_step`)."""
        if {"position", "phase_id"} & set(fields):
            raise self._error(
                ValidationError, "error.unknown_field", entity="step", value="position"
            )
        self._update("steps", step_id, fields)

    def move_step(self, step_id: str, position: int, *, phase_id: str | None = None) -> None:
        """Put a step at `position` in its phase, or in another phase. Ratings stay."""
        with self.store.writing(self.id) as conn:
            step = self.require(conn, "steps", step_id)
            target = phase_id or step["phase_id"]
            self.require(conn, "phases", target)
            old = _ids_where(conn, "steps", "phase_id", [step["phase_id"]], exclude=step_id)
            _place(conn, "steps", old)
            table = SQL_TABLES["steps"]
            conn.execute(sa.update(table).where(table.c.id == step_id).values(phase_id=target))
            new = _ids_where(conn, "steps", "phase_id", [target], exclude=step_id)
            _place(conn, "steps", _insert_at(new, step_id, position))

    def delete_step(self, step_id: str, *, confirm: bool = False) -> None:
        """Remove a step; if it has ratings, only with `confirm=True`."""
        with self.store.writing(self.id) as conn:
            step = self.require(conn, "steps", step_id)
            self._confirm(conn, "step", step["name"], [step_id], confirm)
            self._delete_steps(conn, [step_id])
            _place(conn, "steps", _ids_where(conn, "steps", "phase_id", [step["phase_id"]]))

    def _delete_steps(self, conn: sa.Connection, steps: list[str]) -> None:
        for name in ("ratings", "moments", "evidence", "idea_steps", "source_results"):
            _delete_where(conn, name, "step_id", steps)
        table = SQL_TABLES["steps"]  # a desired step keeps its place when its original goes
        conn.execute(sa.update(table).where(table.c.based_on.in_(steps)).values(based_on=None))
        _forget_in_room(conn, "step_id", steps)
        _delete_where(conn, "steps", "id", steps)

    def _delete_journeys(
        self, conn: sa.Connection, journeys: list[str], label: str, entity: str, confirm: bool
    ) -> None:
        phases = _ids_where(conn, "phases", "journey_id", journeys)
        steps = _ids_where(conn, "steps", "phase_id", phases)
        self._confirm(conn, entity, label, steps, confirm)
        for name in ("source_results", "versions"):
            _delete_where(conn, name, "journey_id", journeys)
        _forget_in_room(conn, "journey_id", journeys)
        self._delete_steps(conn, steps)
        table = SQL_TABLES["phases"]
        if phases:  # sub-phases point at their parents: clear the links, then delete
            conn.execute(sa.update(table).where(table.c.id.in_(phases)).values(parent_id=None))
        _delete_where(conn, "phases", "id", phases)
        _delete_where(conn, "journeys", "id", journeys)

    def _confirm(
        self,
        conn: sa.Connection,
        entity: str,
        label: str,
        ids: list[str],
        confirm: bool,
        column: str = "step_id",
    ) -> None:
        """Refuse to delete ratings silently: the caller must say `confirm=True`."""
        if confirm or not ids:
            return
        table = SQL_TABLES["ratings"]
        count = conn.execute(
            sa.select(sa.func.count()).where(table.c[column].in_(ids))
        ).scalar_one()
        if count:
            raise self._error(
                ConfirmationNeeded, "error.has_ratings", entity=entity, value=label, count=count
            )

    # -- ratings -----------------------------------------------------------------------

    def rate(
        self,
        participant_id: str,
        step_id: str,
        functional: int | None,
        emotional: int,
        comment: str = "",
    ) -> None:
        """Record a participant's functional and emotional score (1–10) for a step; the
        functional one may stay None until the participant judges it.

        Rating the same step again replaces the earlier rating.
        """
        row = self._clean(
            "ratings",
            {
                "participant_id": participant_id,
                "step_id": step_id,
                "functional": functional,
                "emotional": emotional,
                "comment": comment,
            },
        )
        row["updated_at"] = now_timestamp()
        table = SQL_TABLES["ratings"]
        with self.store.writing(self.id) as conn:
            self._check_refs(conn, "ratings", row)
            key = (table.c.participant_id == participant_id, table.c.step_id == step_id)
            changed = conn.execute(sa.update(table).where(*key).values(**row)).rowcount
            if not changed:
                conn.execute(sa.insert(table).values(**row, workshop_id=self.id))

    # -- moments of truth and evidence -------------------------------------------------

    def add_moment(
        self, step_id: str, polarity: str, reason: str = "", status: str = "proposed"
    ) -> str:
        """A moment of truth on a step: polarity 'positive'/'negative', status
        'proposed', 'confirmed' or 'dismissed'."""
        return self._insert(
            "moments",
            {"step_id": step_id, "polarity": polarity, "reason": reason, "status": status},
        )

    def update_moment(self, moment_id: str, **fields: Any) -> None:
        self._update("moments", moment_id, fields)

    def delete_moment(self, moment_id: str) -> None:
        self._delete_one("moments", moment_id)

    def add_evidence(
        self, source: str, note: str = "", *, step_id: str | None = None, insight: str = ""
    ) -> str:
        """Mark an insight (on a step, or free-standing) as an assumption or backed by a
        source: 'assumption', 'interview', 'survey', 'analytics' or 'complaint'."""
        return self._insert(
            "evidence", {"source": source, "note": note, "step_id": step_id, "insight": insight}
        )

    def update_evidence(self, evidence_id: str, **fields: Any) -> None:
        self._update("evidence", evidence_id, fields)

    def delete_evidence(self, evidence_id: str) -> None:
        self._delete_one("evidence", evidence_id)

    def _delete_one(self, table_name: str, row_id: str) -> None:
        with self.store.writing(self.id) as conn:
            self.require(conn, table_name, row_id)
            _delete_where(conn, table_name, "id", [row_id])

    # -- ideas and votes ---------------------------------------------------------------

    def add_idea(self, title: str, steps: Iterable[str] = (), **fields: Any) -> str:
        """An improvement idea aimed at steps: description, department, impact, effort,
        confidence (1–5), expected_effect (points on the 1–10 scale), metric, status."""
        row = _complete(
            {
                **self._clean("ideas", {"title": title, **fields}),
                "id": new_id(),
                "workshop_id": self.id,
            },
            "ideas",
            self.language,
        )
        step_ids = list(dict.fromkeys(steps))
        with self.store.writing(self.id) as conn:
            for step_id in step_ids:
                self.require(conn, "steps", step_id)
            conn.execute(sa.insert(SQL_TABLES["ideas"]).values(**row))
            self._link_steps(conn, row["id"], step_ids)
        return row["id"]

    def update_idea(
        self, idea_id: str, *, steps: Iterable[str] | None = None, **fields: Any
    ) -> None:
        """Change an idea; `steps`, when given, replaces the steps it targets."""
        self._update("ideas", idea_id, fields)
        if steps is None:
            return
        step_ids = list(dict.fromkeys(steps))
        with self.store.writing(self.id) as conn:
            for step_id in step_ids:
                self.require(conn, "steps", step_id)
            _delete_where(conn, "idea_steps", "idea_id", [idea_id])
            self._link_steps(conn, idea_id, step_ids)

    def set_step_ideas(self, step_id: str, idea_ids: Iterable[str]) -> None:
        """The ideas that change one step (a desired journey's step, say), in one write:
        links to other steps stay as they are."""
        wanted = list(dict.fromkeys(idea_ids))
        table = SQL_TABLES["idea_steps"]
        with self.store.writing(self.id) as conn:
            self.require(conn, "steps", step_id)
            for idea_id in wanted:
                self.require(conn, "ideas", idea_id)
            conn.execute(sa.delete(table).where(table.c.step_id == step_id,
                                                table.c.workshop_id == self.id))
            if wanted:
                conn.execute(sa.insert(table), [{"idea_id": i, "step_id": step_id,
                                                 "workshop_id": self.id} for i in wanted])

    def _link_steps(self, conn: sa.Connection, idea_id: str, step_ids: list[str]) -> None:
        if step_ids:
            conn.execute(
                sa.insert(SQL_TABLES["idea_steps"]),
                [{"idea_id": idea_id, "step_id": s, "workshop_id": self.id} for s in step_ids],
            )

    def delete_idea(self, idea_id: str) -> None:
        with self.store.writing(self.id) as conn:
            self.require(conn, "ideas", idea_id)
            for name in ("idea_steps", "votes"):
                _delete_where(conn, name, "idea_id", [idea_id])
            _delete_where(conn, "ideas", "id", [idea_id])

    def vote(self, participant_id: str, idea_id: str, votes: int = 1) -> int:
        """Put `votes` more dots on an idea (negative takes dots back); returns the
        participant's dots on it. A participant never spends more than the budget."""
        votes = clean_value(TABLES["votes"], "votes", abs(votes), self.language) * (
            -1 if votes < 0 else 1
        )
        table = SQL_TABLES["votes"]
        with self.store.writing(self.id) as conn:
            participant = self.require(conn, "participants", participant_id)
            self.require(conn, "ideas", idea_id)
            key = (table.c.participant_id == participant_id, table.c.idea_id == idea_id)
            current = conn.execute(sa.select(table.c.votes).where(*key)).scalar() or 0
            spent = conn.execute(
                sa.select(sa.func.coalesce(sa.func.sum(table.c.votes), 0)).where(
                    table.c.participant_id == participant_id
                )
            ).scalar_one()
            budget = conn.execute(
                sa.select(SQL_TABLES["workshops"].c.vote_budget).where(
                    SQL_TABLES["workshops"].c.id == self.id
                )
            ).scalar_one()
            wanted = max(current + votes, 0)
            if wanted - current > budget - spent:
                raise self._error(
                    ValidationError,
                    "error.vote_budget",
                    name=participant["name"],
                    left=budget - spent,
                    budget=budget,
                    wanted=votes,
                    field="votes",
                )
            conn.execute(sa.delete(table).where(*key))
            if wanted:
                conn.execute(
                    sa.insert(table).values(
                        participant_id=participant_id,
                        idea_id=idea_id,
                        votes=wanted,
                        workshop_id=self.id,
                    )
                )
        return wanted

    def votes_left(self, participant_id: str) -> int:
        """How many dots this participant can still place."""
        frame = self.frame("votes")
        spent = int(frame.loc[frame["participant_id"] == participant_id, "votes"].sum())
        return int(self.info()["vote_budget"]) - spent

    # -- customer-mining data sources --------------------------------------------------

    def save_source(self, name: str, kind: str, settings: dict[str, Any]) -> str:
        """Keep a survey or event source's settings (file, column and label mappings) under
        `name`, replacing an earlier source of that name; returns its id."""
        import json

        text = json.dumps(settings, ensure_ascii=False, sort_keys=True)
        row = self._clean("sources", {"name": name, "kind": kind, "settings": text})
        table = SQL_TABLES["sources"]
        with self.store.writing(self.id) as conn:
            found = conn.execute(sa.select(table.c.id).where(
                table.c.workshop_id == self.id, table.c.name == row["name"])).scalar()
            if found is not None:
                conn.execute(sa.update(table).where(table.c.id == found).values(**row))
                return str(found)
            row = {**row, "id": new_id(), "created_at": now_timestamp(), "workshop_id": self.id}
            conn.execute(sa.insert(table).values(**row))
        return row["id"]

    def sources(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Saved data sources (oldest first), each with its settings parsed from JSON."""
        import json

        rows = sorted(self.rows("sources"), key=lambda r: (r["created_at"], r["name"]))
        return [{**r, "settings": json.loads(r["settings"] or "{}")} for r in rows
                if kind is None or r["kind"] == kind]

    def delete_source(self, source_id: str) -> None:
        """Remove a source with the results kept from it."""
        with self.store.writing(self.id) as conn:
            self.require(conn, "sources", source_id)
            _delete_where(conn, "source_results", "source_id", [source_id])
            _delete_where(conn, "sources", "id", [source_id])

    def save_results(self, source_id: str, journey_id: str,
                     rows: Sequence[dict[str, Any]]) -> bool:
        """Keep a survey source's results on one journey (a row per step or top-level phase:
        metric, value, interval, n, the 1–10 score and the scale's worst and best answer),
        replacing those kept before. Returns whether anything was written: the same results
        again write nothing, so redrawing a panel does not make every page reload."""
        fixed = {"source_id": source_id, "journey_id": journey_id}
        cleaned = [self._clean("source_results", {**row, **fixed}) for row in rows]
        if _result_key(cleaned) == _result_key(self._results_of(source_id, journey_id)):
            return False
        stamp = now_timestamp()
        table = SQL_TABLES["source_results"]
        with self.store.writing(self.id) as conn:
            for name, ids in (("sources", [source_id]), ("journeys", [journey_id]),
                              ("steps", [r.get("step_id") for r in cleaned]),
                              ("phases", [r.get("phase_id") for r in cleaned])):
                for row_id in sorted({i for i in ids if i is not None}):
                    self.require(conn, name, row_id)
            conn.execute(sa.delete(table).where(table.c.source_id == source_id,
                                                table.c.journey_id == journey_id))
            if cleaned:
                conn.execute(sa.insert(table), [
                    _complete({**row, "id": new_id(), "computed_at": stamp,
                               "workshop_id": self.id}, "source_results", self.language)
                    for row in cleaned])
        return True

    def _results_of(self, source_id: str, journey_id: str) -> list[dict[str, Any]]:
        return [r for r in self.rows("source_results")
                if r["source_id"] == source_id and r["journey_id"] == journey_id]


def _result_key(rows: Iterable[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Kept results compared by content (ids and times aside)."""
    skip = {"id", "workshop_id", "computed_at"}
    names = [c for c in TABLES["source_results"].columns if c not in skip]
    return sorted(tuple(_comparable(row.get(c)) for c in names) for row in rows)


def _comparable(value: Any) -> str:
    """A kept value as compared: 4 and 4.0 alike (SQLite gives a whole float back as an
    int), and a missing value like an empty one or a flag's default (False)."""
    if value is None or value == "" or value is False:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return repr(float(value))
    return str(value)


# -- helpers on lists of ids ----------------------------------------------------------------


def _ids_where(
    conn: sa.Connection, table_name: str, column: str, values: list[str], exclude: str = ""
) -> list[str]:
    if not values:
        return []
    table = SQL_TABLES[table_name]
    order = [table.c.position] if "position" in table.c else []
    rows = conn.execute(
        sa.select(table.c.id)
        .where(table.c[column].in_(values), table.c.id != exclude)
        .order_by(*order)
    ).scalars()
    return list(rows)


def _delete_where(conn: sa.Connection, table_name: str, column: str, values: list[str]) -> None:
    if values:
        table = SQL_TABLES[table_name]
        conn.execute(sa.delete(table).where(table.c[column].in_(values)))


def _forget_in_room(conn: sa.Connection, column: str, values: list[str]) -> None:
    """A room that shows a deleted journey or step shows none."""
    if values:
        table = SQL_TABLES["room"]
        conn.execute(sa.update(table).where(table.c[column].in_(values)).values(**{column: None}))


def _insert_at(ids: list[str], new: str, position: int | None) -> list[str]:
    """`ids` with `new` placed at `position` (clamped; None appends)."""
    ids = [i for i in ids if i != new]
    where = len(ids) if position is None else max(0, min(int(position), len(ids)))
    return [*ids[:where], new, *ids[where:]]


def _place(conn: sa.Connection, table_name: str, ordered: list[str]) -> None:
    """Give `ordered` the positions 0, 1, 2, … so the order has no gaps or ties."""
    table = SQL_TABLES[table_name]
    for index, row_id in enumerate(ordered):
        conn.execute(sa.update(table).where(table.c.id == row_id).values(position=index))
