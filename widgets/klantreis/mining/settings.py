"""How to read one customer file: which column is what, and which data label is which step.

Settings are plain data, saved as JSON with the workshop (the `sources` table), so the same
file can be read again next week, by the API or the panel, with the same result.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ..core.errors import ValidationError
from ..core.tables import MINING_METRICS

KINDS = ("survey", "events")
METRICS = MINING_METRICS
#: What a column can be, per kind of file. `label` says where in the journey an answer
#: belongs (a "journey stage" column); `event` is an event log's own label for what happened.
ROLES: dict[str, tuple[str, ...]] = {
    "survey": ("customer", "date", "channel", "text", "label", *METRICS),
    "events": ("customer", "time", "event", "channel"),
}
#: Roles an events file cannot do without.
REQUIRED: dict[str, tuple[str, ...]] = {"survey": (), "events": ("customer", "time", "event")}
DATE_ORDERS = ("auto", "dmy", "mdy")
NPS_SCALE = (0, 10)
YES = ("yes", "y", "ja", "j", "true", "1", "waar")
NO = ("no", "n", "nee", "false", "0", "onwaar")


@dataclass
class SourceSettings:
    """Everything needed to read a survey or event file and tie it to the map.

    `labels` maps the data's own labels to the map: `(label, step or phase id)` pairs, tried
    in order; a label may hold `*` (any text) and `?` (one character); matching ignores case
    and extra spaces. `date_order` says how to read dates such as 05/06/2024: `auto` reads a
    date only if one order fits, or if the file's other dates show which order it uses.
    """

    kind: str = "survey"
    file: str = ""
    sheet: str | None = None
    header_rows: int | None = None
    delimiter: str | None = None
    date_order: str = "auto"
    columns: dict[str, str] = field(default_factory=dict)
    labels: list[tuple[str, str]] = field(default_factory=list)
    csat_scale: tuple[int, int] = (1, 5)
    csat_best: str = "high"
    ces_scale: tuple[int, int] = (1, 7)
    ces_easy_from: int = 5

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["labels"] = [list(pair) for pair in self.labels]
        data["csat_scale"], data["ces_scale"] = list(self.csat_scale), list(self.ces_scale)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], language: str = "en") -> SourceSettings:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValidationError("error.unknown_field", language, entity="source",
                                  value=unknown[0])
        values = dict(data)
        values["labels"] = [(str(a), str(b)) for a, b in values.get("labels", [])]
        for name in ("csat_scale", "ces_scale"):
            if name in values:
                values[name] = tuple(int(v) for v in values[name])
        settings = cls(**values)
        settings.check(language)
        return settings

    def with_changes(self, **changes: Any) -> SourceSettings:
        settings = SourceSettings(**{**asdict(self), **changes})
        settings.check("en")
        return settings

    def check(self, language: str = "en") -> None:
        """Refuse settings that cannot be right, before any file is read."""
        if self.kind not in KINDS:
            raise ValidationError("error.choice", language, field="kind",
                                  choices=", ".join(KINDS), value=self.kind)
        if self.date_order not in DATE_ORDERS:
            raise ValidationError("error.choice", language, field="date_order",
                                  choices=", ".join(DATE_ORDERS), value=self.date_order)
        for role in self.columns:
            if role not in ROLES[self.kind]:
                raise ValidationError("error.choice", language, field="role",
                                      choices=", ".join(ROLES[self.kind]), value=role)
        for name, (low, high) in (("csat_scale", self.csat_scale),
                                  ("ces_scale", self.ces_scale)):
            if not low < high:
                raise ValidationError("mining.error.scale", language, field=name,
                                      low=low, high=high)
        if self.csat_best not in ("high", "low"):
            raise ValidationError("error.choice", language, field="csat_best",
                                  choices="high, low", value=self.csat_best)

    def scale(self, metric: str) -> tuple[int, int]:
        """The answer scale of a metric (FCR: 0 = no, 1 = yes)."""
        return {"nps": NPS_SCALE, "csat": self.csat_scale, "ces": self.ces_scale,
                "fcr": (0, 1)}[metric]

    def ends(self, metric: str) -> tuple[int, int]:
        """(worst, best) answer of a metric: the answers the 1–10 rescaling maps to 1 and 10."""
        low, high = self.scale(metric)
        return (high, low) if metric == "csat" and self.csat_best == "low" else (low, high)

    def metrics(self) -> list[str]:
        return [m for m in METRICS if m in self.columns]
