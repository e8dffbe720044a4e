"""How to read one customer file: which column is what, on which scale, and which data label
is which step.

Settings are plain data, saved as JSON with the workshop (the `sources` table), so the same
file can be read again next week, by the API or the panel, with the same result.

Scores come on many scales: a hotel review runs 2.5–10 with one decimal, a patient survey
−5…5, a service score 0–5. Every score column but NPS has a declared scale (`scales`), and
answers may have decimals; NPS is 0–10 in whole numbers by definition. Which end is best
(`best`) and from which answer a customer counts as satisfied or an effort as easy
(`top_from`) are the user's to say, with the usual defaults.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ..core.errors import ValidationError
from ..core.tables import MINING_METRICS

KINDS = ("survey", "events")
METRICS = MINING_METRICS
#: Metrics whose scale the user declares (NPS is 0–10 by definition, FCR yes or no).
SCALED = ("score", "csat", "ces")
#: Roles an aggregated report adds: the number of answers behind a row, and their standard
#: deviation (the metric columns then hold means, or percentages for CSAT and FCR).
AGGREGATE_ROLES = ("n", "sd")
#: What a column can be, per kind of file. `label` says where in the journey an answer
#: belongs (a "journey stage" column); `segment` which group of customers gave it (traveller
#: type, customer group); `event` is an event log's own label for what happened.
ROLES: dict[str, tuple[str, ...]] = {
    "survey": ("customer", "date", "channel", "text", "label", "segment", *METRICS,
               *AGGREGATE_ROLES),
    "events": ("customer", "time", "event", "channel"),
}
#: Roles an events file cannot do without.
REQUIRED: dict[str, tuple[str, ...]] = {"survey": (), "events": ("customer", "time", "event")}
DATE_ORDERS = ("auto", "dmy", "mdy")
NPS_SCALE = (0.0, 10.0)
DEFAULT_SCALES: dict[str, tuple[float, float]] = {
    "nps": NPS_SCALE, "csat": (1.0, 5.0), "ces": (1.0, 7.0), "score": (1.0, 10.0),
    "fcr": (0.0, 1.0)}
#: An aggregated report gives CSAT and FCR as the percentage satisfied or resolved.
PERCENT_SCALE = (0.0, 100.0)
YES = ("yes", "y", "ja", "j", "true", "1", "waar")
NO = ("no", "n", "nee", "false", "0", "onwaar")
#: Texts that mean "no value" in exported spreadsheets: a label written so is no label.
NA_WORDS = ("na", "n/a", "n.a.", "nan", "null", "none", "-", "--", "#n/a", "n.v.t.", "nvt",
            "?")
#: Names of settings before scales were declared per metric, read when a saved source has
#: them.
_LEGACY = ("csat_scale", "ces_scale", "csat_best", "ces_easy_from")


@dataclass
class SourceSettings:
    """Everything needed to read a survey or event file and tie it to the map.

    `labels` maps the data's own labels to the map: `(label, step or phase id)` pairs, tried
    in order; a label may hold `*` (any text) and `?` (one character); matching ignores case
    and extra spaces. `date_order` says how to read dates such as 05/06/2024: `auto` reads a
    date only if one order fits, or if the file's other dates show which order it uses.

    `wide` names score columns of a file with one row per customer and a column per step or
    service: each column is then an answer on `wide_metric`, and its name is the label that
    `labels` maps. `aggregated` reads a report of results per touchpoint instead of single
    answers (see `AGGREGATE_ROLES`). `segments` ties segment values to personas:
    `(value, persona id)`.
    """

    kind: str = "survey"
    file: str = ""
    sheet: str | None = None
    header_rows: int | None = None
    delimiter: str | None = None
    date_order: str = "auto"
    columns: dict[str, str] = field(default_factory=dict)
    labels: list[tuple[str, str]] = field(default_factory=list)
    scales: dict[str, tuple[float, float]] = field(default_factory=dict)
    best: dict[str, str] = field(default_factory=dict)
    top_from: dict[str, float] = field(default_factory=dict)
    wide: list[str] = field(default_factory=list)
    wide_metric: str = "score"
    aggregated: bool = False
    segments: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["labels"] = [list(pair) for pair in self.labels]
        data["segments"] = [list(pair) for pair in self.segments]
        data["scales"] = {m: list(s) for m, s in self.scales.items()}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], language: str = "en") -> SourceSettings:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known - set(_LEGACY))
        if unknown:
            raise ValidationError("error.unknown_field", language, entity="source",
                                  value=unknown[0])
        values = _modern(data)
        try:
            values["labels"] = [(str(a), str(b)) for a, b in values.get("labels", [])]
            values["segments"] = [(str(a), str(b)) for a, b in values.get("segments", [])]
            values["scales"] = {str(m): (float(s[0]), float(s[1]))
                                for m, s in values.get("scales", {}).items()}
            values["top_from"] = {str(m): float(v) for m, v in values.get("top_from", {}).items()}
            values["wide"] = [str(c) for c in values.get("wide", [])]
        except (TypeError, ValueError, IndexError):
            raise ValidationError("error.not_number", language, field="scales",
                                  value=values.get("scales")) from None
        settings = cls(**values)
        settings.check(language)
        return settings

    def with_changes(self, **changes: Any) -> SourceSettings:
        settings = SourceSettings(**{**asdict(self), **changes})
        settings.check("en")
        return settings

    def check(self, language: str = "en") -> None:
        """Refuse settings that cannot be right, before any file is read."""
        _choice(self.kind, KINDS, "kind", language)
        _choice(self.date_order, DATE_ORDERS, "date_order", language)
        for role in self.columns:
            _choice(role, ROLES[self.kind], "role", language)
        _choice(self.wide_metric, SCALED, "wide_metric", language)
        for metric, (low, high) in self.scales.items():
            _choice(metric, SCALED, "scales", language)
            if not (math.isfinite(low) and math.isfinite(high) and low < high):
                raise ValidationError("mining.error.scale", language, field="scales",
                                      low=low, high=high)
        for metric, end in self.best.items():
            _choice(metric, SCALED, "best", language)
            _choice(end, ("high", "low"), "best", language)
        for metric, value in self.top_from.items():
            _choice(metric, ("csat", "ces"), "top_from", language)
            low, high = self.scale(metric)
            if not low <= value <= high:
                raise ValidationError("mining.error.top_from", language, value=value,
                                      low=low, high=high)
        self._check_aggregated(language)

    def _check_aggregated(self, language: str) -> None:
        used = set(self.columns) & set(AGGREGATE_ROLES)
        if used and not self.aggregated:
            raise ValidationError("mining.error.aggregate_roles", language)
        if self.aggregated and ("nps" in self.columns or "customer" in self.columns):
            raise ValidationError("mining.error.aggregated_nps", language)
        if self.aggregated and self.wide:
            raise ValidationError("mining.error.aggregated_wide", language)
        if self.wide and self.score_columns():
            raise ValidationError("mining.error.wide_and_long", language)

    # -- reading the settings -----------------------------------------------------------

    def scale(self, metric: str) -> tuple[float, float]:
        """The answer scale of a metric (FCR: 0 = no, 1 = yes). In an aggregated report,
        CSAT and FCR are percentages."""
        if self.aggregated and metric in ("csat", "fcr"):
            return PERCENT_SCALE
        return self.scales.get(metric, DEFAULT_SCALES[metric])

    def whole(self, metric: str) -> bool:
        """Whether answers must be whole numbers: NPS only."""
        return metric == "nps" and not self.aggregated

    def low_is_best(self, metric: str) -> bool:
        return self.best.get(metric, "high") == "low"

    def ends(self, metric: str) -> tuple[float, float]:
        """(worst, best) answer of a metric: the answers the 1–10 rescaling maps to 1 and 10."""
        low, high = self.scale(metric)
        return (high, low) if self.low_is_best(metric) else (low, high)

    def threshold(self, metric: str) -> float:
        """From which answer a CSAT counts as satisfied (the best two on a whole-number
        scale unless set) or a CES as easy (the top third unless set)."""
        if metric in self.top_from:
            return self.top_from[metric]
        low, high = self.scale(metric)
        if metric == "ces":
            return low + (high - low) * 2 / 3
        return low + 1 if self.low_is_best(metric) else high - 1

    def satisfied(self, metric: str, value: str) -> str:
        """SQL: whether `value` reaches the metric's threshold, on its best side."""
        sign = "<=" if self.low_is_best(metric) else ">="
        return f"{value} {sign} {self.threshold(metric)!r}"

    def metrics(self) -> list[str]:
        found = [m for m in METRICS if m in self.columns]
        if self.wide and self.wide_metric not in found:
            found.append(self.wide_metric)
        return found

    def score_columns(self) -> dict[str, str]:
        """Each long-format score role → its column (wide columns aside)."""
        return {m: c for m, c in self.columns.items() if m in METRICS and c}

    def personas_of(self, values: list[str]) -> dict[str, str]:
        """Segment value → persona id, for the values the settings tie to a persona."""
        tied = {value.casefold(): persona for value, persona in self.segments}
        return {v: tied[v.casefold()] for v in values if v.casefold() in tied}


def _choice(value: str, choices: tuple[str, ...], name: str, language: str) -> None:
    if value not in choices:
        raise ValidationError("error.choice", language, field=name,
                              choices=", ".join(choices), value=value)


def _modern(data: dict[str, Any]) -> dict[str, Any]:
    """Settings saved before scales were declared per metric, in today's names."""
    values = {k: v for k, v in data.items() if k not in _LEGACY}
    scales = dict(values.get("scales") or {})
    for metric in ("csat", "ces"):
        if f"{metric}_scale" in data and metric not in scales:
            scales[metric] = list(data[f"{metric}_scale"])
    if scales:
        values["scales"] = scales
    if data.get("csat_best") == "low":
        values["best"] = {"csat": "low", **(values.get("best") or {})}
    if "ces_easy_from" in data:
        values["top_from"] = {"ces": data["ces_easy_from"], **(values.get("top_from") or {})}
    return values
