"""The workshop's tables, described once.

This description drives the database schema, input validation (`validation`), DataFrame
dtypes, the file formats (JSON, Excel, CSV) and the published JSON Schema, so they cannot
drift apart. A new step field starts here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

NAME_LIMIT = 200
TEXT_LIMIT = 5000
SCORE_RANGE = (1, 10)
ESTIMATE_RANGE = (1, 5)
EFFECT_RANGE = (-9.0, 9.0)
VOTE_BUDGET_RANGE = (1, 50)
# Saved data-source settings (column and label mappings) are JSON text; Excel holds at most
# 32,767 characters in a cell, so the exports stay readable.
SETTINGS_LIMIT = 32_000
# A version's snapshot is one journey's structure, ratings, moments and ideas as JSON text,
# written by the kit (`versions`). A big journey rated by a large room with comments runs to a
# few megabytes; the limit leaves room for that and still bounds what an import may store.
SNAPSHOT_LIMIT = 20_000_000

Kind = Literal["id", "ref", "name", "text", "int", "float", "bool", "choice", "timestamp"]

@dataclass(frozen=True)
class Field:
    """One column: its kind, whether it may be empty, and its limits."""

    name: str
    kind: Kind
    required: bool = True
    ref: str | None = None
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    default: Any = None
    max_length: int | None = None

    @property
    def limit(self) -> int | None:
        return self.max_length or {"name": NAME_LIMIT, "text": TEXT_LIMIT}.get(self.kind)


@dataclass(frozen=True)
class Table:
    """One table; `parent` is the field that ties a row to its owner, for scoping ids."""

    name: str
    entity: str
    fields: tuple[Field, ...]
    key: tuple[str, ...] = ("id",)
    unique: tuple[tuple[str, ...], ...] = ()
    internal: bool = False  # how a served room runs, not workshop content: never in files
    by_field: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_field", {f.name: f for f in self.fields})

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


def _id() -> Field:
    return Field("id", "id")


def _ref(name: str, table: str, required: bool = True) -> Field:
    return Field(name, "ref", required=required, ref=table)


def _name(name: str = "name") -> Field:
    return Field(name, "name")


def _text(name: str) -> Field:
    return Field(name, "text", required=False, default="")


def _choice(name: str, choices: tuple[str, ...], default: str | None = None) -> Field:
    return Field(name, "choice", choices=choices, default=default or choices[0])


def _score(name: str, low_high: tuple[int, int] = SCORE_RANGE, required: bool = True) -> Field:
    low, high = low_high
    return Field(name, "int", required=required, low=low, high=high)


LANGUAGE_CHOICES = ("nl", "en")
SCOPE_KINDS = ("transaction", "life_event")
VARIANTS = ("current", "desired")
STEP_KINDS = ("touchpoint", "non_touchpoint")
POLARITIES = ("negative", "positive")
MOMENT_STATUSES = ("proposed", "confirmed", "dismissed")
SOURCES = ("assumption", "interview", "survey", "analytics", "complaint")
IDEA_STATUSES = ("proposed", "selected", "rejected", "done")
SOURCE_KINDS = ("survey", "events")
MINING_METRICS = ("nps", "csat", "ces", "fcr", "score")
# What a touchpoint is used on: the method asks to think mobile first. "any" when it does
# not matter or is not known; a non-touchpoint keeps "any".
DEVICES = ("any", "phone", "computer", "in_person")
ROOM_PARTS = ("waiting", "preparation", "empathy", "improvement")
ROOM_PACES = ("follow", "own")

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "workshops",
            "workshop",
            (
                _id(),
                _name("title"),
                _choice("language", LANGUAGE_CHOICES),
                _text("goal"),
                _choice("scope_kind", SCOPE_KINDS),
                _text("scope"),
                Field("lens", "name", required=False),
                _score("vote_budget", VOTE_BUDGET_RANGE),
                Field("synthetic", "bool", default=False),
                # Rating comments are shown without their writers' names unless this is set.
                Field("comment_names", "bool", default=False),
                Field("created_at", "timestamp"),
            ),
        ),
        Table(
            "participants",
            "participant",
            (_id(), _ref("workshop_id", "workshops"), _name(), _text("department")),
            unique=(("workshop_id", "name"),),
        ),
        Table(
            "personas",
            "persona",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _name(),
                _text("description"),
                _text("goals"),
                _text("needs"),
                _text("frustrations"),
                _text("quote"),
            ),
        ),
        Table(
            "journeys",
            "journey",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _ref("persona_id", "personas"),
                _name(),
                _choice("variant", VARIANTS),
                # Which kit text the row came from ('' for none): see `lenses.kit_texts_in`.
                _text("template"),
            ),
        ),
        Table(
            "phases",
            "phase",
            (
                _id(),
                _ref("journey_id", "journeys"),
                _ref("parent_id", "phases", required=False),
                Field("position", "int", low=0),
                _name(),
                _text("brand_goal"),
                _text("description"),
                _text("template"),
            ),
        ),
        Table(
            "steps",
            "step",
            (
                _id(),
                _ref("phase_id", "phases"),
                Field("position", "int", low=0),
                _name(),
                _choice("kind", STEP_KINDS),
                _text("channel"),
                Field("online", "bool", default=False),
                _choice("device", DEVICES),
                # Steps with the same label are one moment lived in different channels (the
                # web shop's and the shop's "pay"), compared side by side.
                Field("same_moment", "text", required=False, default="",
                      max_length=NAME_LIMIT),
                _text("department"),
                _text("doing"),
                _text("thinking"),
                _text("feeling"),
                _text("questions"),
                _text("difficulties"),
                # Service-blueprint lanes, below the line of visibility on the map.
                _text("frontstage"),
                _text("backstage"),
                _text("support"),
                # A desired journey's step: the score the team aims for, and the step of the
                # current journey it changes (None for a step the team adds).
                _score("target", required=False),
                _ref("based_on", "steps", required=False),
            ),
        ),
        Table(
            "ratings",
            "rating",
            (
                _ref("participant_id", "participants"),
                _ref("step_id", "steps"),
                # Empty until the participant judges it (a score, or "the same" as emotional).
                _score("functional", required=False),
                _score("emotional"),
                _text("comment"),
                Field("updated_at", "timestamp"),
            ),
            key=("participant_id", "step_id"),
        ),
        Table(
            "moments",
            "moment",
            (
                _id(),
                _ref("step_id", "steps"),
                _choice("polarity", POLARITIES),
                _text("reason"),
                _choice("status", MOMENT_STATUSES),
            ),
        ),
        Table(
            "evidence",
            "evidence",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _ref("step_id", "steps", required=False),
                _text("insight"),
                _choice("source", SOURCES),
                _text("note"),
            ),
        ),
        Table(
            "ideas",
            "idea",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _name("title"),
                _text("description"),
                _text("department"),
                _score("impact", ESTIMATE_RANGE, required=False),
                _score("effort", ESTIMATE_RANGE, required=False),
                _score("confidence", ESTIMATE_RANGE, required=False),
                Field(
                    "expected_effect",
                    "float",
                    required=False,
                    low=EFFECT_RANGE[0],
                    high=EFFECT_RANGE[1],
                ),
                _text("metric"),
                _choice("status", IDEA_STATUSES),
            ),
        ),
        Table(
            "idea_steps",
            "idea_step",
            (_ref("idea_id", "ideas"), _ref("step_id", "steps")),
            key=("idea_id", "step_id"),
        ),
        Table(
            "votes",
            "vote",
            (
                _ref("participant_id", "participants"),
                _ref("idea_id", "ideas"),
                Field("votes", "int", low=1, high=VOTE_BUDGET_RANGE[1]),
            ),
            key=("participant_id", "idea_id"),
        ),
        Table(
            "sources",
            "source",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _choice("kind", SOURCE_KINDS),
                _name(),
                Field("settings", "text", required=False, default="{}",
                      max_length=SETTINGS_LIMIT),
                Field("created_at", "timestamp"),
            ),
            unique=(("workshop_id", "name"),),
        ),
        Table(
            "source_results",
            "source_result",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _ref("source_id", "sources"),
                _ref("journey_id", "journeys"),
                _ref("step_id", "steps", required=False),
                _ref("phase_id", "phases", required=False),
                _choice("metric", MINING_METRICS),
                Field("n", "int", low=0),
                Field("value", "float", required=False),
                Field("low", "float", required=False),
                Field("high", "float", required=False),
                Field("score", "float", required=False),
                Field("score_low", "float", required=False),
                Field("score_high", "float", required=False),
                Field("worst", "float"),
                Field("best", "float"),
                # Which customer segments the results came from ('' for all), and whether
                # they were pooled from an aggregated report rather than single answers.
                _text("segment"),
                Field("aggregated", "bool", default=False),
                Field("computed_at", "timestamp"),
            ),
        ),
        Table(
            "versions",
            "version",
            (
                _id(),
                _ref("workshop_id", "workshops"),
                _ref("journey_id", "journeys"),
                _name(),
                _text("note"),
                Field("snapshot", "text", max_length=SNAPSHOT_LIMIT),
                Field("created_at", "timestamp"),
            ),
            unique=(("journey_id", "name"),),
        ),
        Table(
            "room",
            "room",
            (
                _ref("workshop_id", "workshops"),
                _choice("part", ROOM_PARTS),
                _ref("journey_id", "journeys", required=False),
                _ref("step_id", "steps", required=False),
                _choice("pace", ROOM_PACES),
                Field("reveal", "bool", default=False),
                Field("deadline", "timestamp", required=False),
                Field("updated_at", "timestamp"),
            ),
            key=("workshop_id",),
            internal=True,
        ),
    )
}

# The workshop's content, in an order where every reference points to an earlier table
# (phases also to itself): what the files hold.
CONTENT_TABLES: dict[str, Table] = {name: t for name, t in TABLES.items() if not t.internal}
TABLE_ORDER: tuple[str, ...] = tuple(CONTENT_TABLES)

# Every table a page follows live: the content and how the room runs.
LIVE_TABLES: tuple[str, ...] = tuple(TABLES)

# Tables added after the first export format: a file without them is read as having none.
OPTIONAL_IN_FILES: frozenset[str] = frozenset({"sources", "source_results", "versions"})

# Fields added after the first export format: a file without them gets their defaults.
ADDED_IN_FILES: frozenset[tuple[str, str]] = frozenset({
    ("workshops", "comment_names"),
    *(("steps", name) for name in ("device", "same_moment", "frontstage", "backstage",
                                   "support", "target", "based_on")),
    ("source_results", "segment"), ("source_results", "aggregated"),
    ("journeys", "template"), ("phases", "template"),
})
