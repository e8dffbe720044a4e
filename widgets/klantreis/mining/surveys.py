"""Survey results: NPS, CSAT, CES, FCR and a mean score overall, per step, per phase, per
segment, and before/after.

The engine sums what every figure needs in one scan, per data label (and period and
segment): n, Σx and Σx² per metric, promoters and detractors, the satisfied and the easy
answers. Per step, per phase and overall figures are sums of those sums, from which the
intervals (see `stats`) are computed. Answers may have decimals, on any declared scale.

Two other shapes of file read into the same sums:

- a wide file (a score column per step): its columns are unpivoted, and each column's name
  is the label the mapping places on the journey;
- an aggregated report (a mean or a percentage per touchpoint, with n and perhaps a standard
  deviation): n is Σnᵢ, Σx is Σnᵢ·x̄ᵢ and Σx² is Σ((nᵢ−1)·sᵢ² + nᵢ·x̄ᵢ²), so the pooled
  mean and its interval are exact. A mean without n has no interval (`note` "no_n"), nor
  does one without a standard deviation ("no_sd"); every such result is marked aggregated.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pandas as pd

from ..core.errors import ValidationError
from ..figures.customers import STEP_SCORE_COLUMNS
from ..figures.customers import typed_frame as _typed
from . import stats
from .cleaning import wide_role
from .engine import Progress, connect, literal
from .loading import LoadedFile, open_with
from .mapping import JourneyMap, resolve, targets
from .report import ImportReport
from .settings import SourceSettings

#: What each metric reports: the headline measures, in this order.
MEASURES = {"nps": ("nps",), "csat": ("csat",), "ces": ("ces", "ces_easy"), "fcr": ("fcr",),
            "score": ("score",)}
#: Units of the measures: NPS points (−100…100), shares in %, means on their own scale.
UNITS = {"nps": "nps", "csat": "%", "ces": "mean", "ces_easy": "%", "fcr": "%",
         "score": "mean"}
METRIC_COLUMNS = {"group_id": "string", "group_name": "string", "order": "Int64",
                  "segment": "string", "measure": "string", "n": "Int64", "value": "Float64",
                  "low": "Float64", "high": "Float64", "few": "boolean",
                  "aggregated": "boolean", "note": "string"}
CHANGE_COLUMNS = {"group_id": "string", "group_name": "string", "order": "Int64",
                  "measure": "string", "n_before": "Int64", "before": "Float64",
                  "n_after": "Int64", "after": "Float64", "change": "Float64",
                  "low": "Float64", "high": "Float64", "beyond_noise": "boolean",
                  "test": "string"}
COMMENT_COLUMNS = {"row": "Int64", "label": "string", "score": "Float64", "segment": "string",
                   "text": "string"}
#: Measures an aggregated report can give: means, and the shares it states as percentages.
_AGGREGATED_MEASURES = {"csat": ("csat",), "ces": ("ces",), "fcr": ("fcr",),
                        "score": ("score",)}
_PERCENT = ("csat", "fcr")
Segments = Sequence[str] | None


@dataclass
class SurveyData:
    """A checked survey file: clean answers in the engine, and the problems report."""

    con: duckdb.DuckDBPyConnection
    settings: SourceSettings
    report: ImportReport
    table: str = "survey_clean"

    @classmethod
    def load(cls, settings: SourceSettings | dict[str, Any], *, language: str = "en",
             progress: Progress | None = None) -> SurveyData:
        """Read and check a survey file as its settings say, reading it once; see
        `from_file`."""
        settings = _settings(settings, language)
        loaded = open_with(settings, language=language, progress=progress, con=connect(),
                           keep_text=False)  # checked once: no copy of the file's text
        data = cls.from_file(loaded, settings, language=language, progress=progress)
        loaded.con.execute(f"DROP TABLE {loaded.raw.table}")
        return data

    @classmethod
    def from_file(cls, loaded: LoadedFile, settings: SourceSettings, *, language: str = "en",
                  progress: Progress | None = None) -> SurveyData:
        """Check an opened file against the mapping: a clean data set and a complete report,
        or an `ImportFileError` and nothing."""
        checked = loaded.check(settings, "survey", language=language, progress=progress)
        report = ImportReport(checked.rows, checked.kept, checked.problems,
                              [*loaded.raw.notes, *checked.notes], loaded.con,
                              ["survey_problems"])
        data = cls(loaded.con, settings, report)
        report.notes += data._blank_notes(loaded.raw.file)
        return data

    def _blank_notes(self, file: str) -> list[tuple[str, dict[str, Any]]]:
        """How many kept records have no answer in each score column: said, since they are
        left out of that metric's n."""
        columns = {**self.settings.score_columns(),
                   **{wide_role(i): c for i, c in enumerate(self.settings.wide)}}
        if not columns:
            return []
        blanks = self.con.execute("SELECT " + ", ".join(
            f"count(*) - count({role})" for role in columns) + f" FROM {self.table}"
        ).fetchone()
        return [("mining.note.blank_scores", {"column": column, "file": file, "count": count})
                for column, count in zip(columns.values(), blanks, strict=True) if count]

    # -- what is there ------------------------------------------------------------------

    @property
    def metrics_available(self) -> list[str]:
        return self.settings.metrics()

    def _relation(self) -> str:
        """The answers one per row: `_label` (the data's label, or a wide file's column),
        the roles that qualify an answer, and the metrics' values."""
        s, table = self.settings, self.table
        qualifiers = [r for r in ("date", "segment", "text", "n", "sd") if r in s.columns]
        if s.wide:
            roles = [wide_role(i) for i in range(len(s.wide))]
            names = ", ".join(f"{role} AS {literal(name)}"
                              for role, name in zip(roles, s.wide, strict=True))
            keep = ", ".join(["_row", *qualifiers, *roles])
            return (f"(SELECT * RENAME (_v AS {s.wide_metric}) FROM (UNPIVOT (SELECT {keep} "
                    f"FROM {table}) ON {names} INTO NAME _label VALUE _v))")
        label = "label" if "label" in s.columns else "NULL::VARCHAR"
        return f"(SELECT *, {label} AS _label FROM {table})"

    def labels(self) -> pd.DataFrame:
        """The data's journey labels with their number of answers (most first); in a wide
        file, its score columns."""
        if "label" not in self.settings.columns and not self.settings.wide:
            return pd.DataFrame({"label": pd.Series(dtype="string"),
                                 "answers": pd.Series(dtype="Int64")})
        return self.con.execute(
            f"SELECT _label::VARCHAR AS label, count(*) AS answers FROM {self._relation()} "
            "WHERE _label IS NOT NULL GROUP BY ALL ORDER BY answers DESC, label").df()

    def segments(self) -> pd.DataFrame:
        """The segments found, with their number of records (most first)."""
        if "segment" not in self.settings.columns:
            return pd.DataFrame({"segment": pd.Series(dtype="string"),
                                 "records": pd.Series(dtype="Int64")})
        return self.con.execute(
            f"SELECT segment::VARCHAR AS segment, count(*) AS records FROM {self.table} "
            "WHERE segment IS NOT NULL GROUP BY ALL ORDER BY records DESC, segment").df()

    def segments_of(self, persona_id: str | None) -> list[str]:
        """The segment values the settings tie to a persona (none: every customer)."""
        found = [str(v) for v in self.segments()["segment"]]
        return [v for v, p in self.settings.personas_of(found).items() if p == persona_id]

    def unmatched(self, journey: JourneyMap) -> pd.DataFrame:
        """Labels that reach no step or phase of this journey, with their answers."""
        labels = self.labels()
        mapped = resolve(list(labels["label"]), self.settings.labels, journey)
        lost = mapped["phase_id"].isna().to_numpy()
        return labels[lost].reset_index(drop=True)

    # -- aggregates -----------------------------------------------------------------------

    def _counts(self, period: str | None = None, segments: Segments = None,
                split: bool = False) -> list[Tally]:
        """Every figure's sums per label (and `period`, a condition on the date, and segment
        when `split`), for the answers of `segments` (None: all): one scan."""
        keys = [f"{period or 'NULL'} AS _period",
                "segment AS _segment" if split else "NULL AS _segment"]
        where = [*(["date IS NOT NULL"] if period else []),
                 *([_among("segment", segments)] if segments is not None else [])]
        if self.settings.wide:
            return self._wide_counts(keys, where)
        sums = _sums(self.settings)
        if not sums:
            return []
        rows = self._scan(["_label", *keys], sums, where, self._relation())
        names = [_alias(sql) for sql in sums]
        return [Tally(label, key_period, segment,
                      {n: float(v or 0) for n, v in zip(names, values, strict=True)})
                for label, key_period, segment, *values in rows]

    def _wide_counts(self, keys: list[str], where: list[str]) -> list[Tally]:
        """A wide file's sums column by column, in one scan of the clean table: as fast as
        aggregating the columns by hand, where unpivoting them first costs twice that (and
        more per segment)."""
        metric, columns = self.settings.wide_metric, self.settings.wide
        per_column = [_answer_sums(metric, self.settings, wide_role(i))
                      for i in range(len(columns))]
        sums = [f"coalesce({sql}, 0) AS _{i}_{name}"
                for i, found in enumerate(per_column) for name, sql in found.items()]
        tallies = []
        for key_period, segment, *values in self._scan(keys, sums, where, self.table):
            figures = iter(values)
            for label, found in zip(columns, per_column, strict=True):
                tallies.append(Tally(label, key_period, segment,
                                     {name: float(next(figures) or 0) for name in found}))
        return tallies

    def _scan(self, keys: list[str], sums: list[str], where: list[str], source: str
              ) -> list[tuple[Any, ...]]:
        return self.con.execute(
            f"SELECT {', '.join(keys)}, {', '.join(sums)} FROM {source}"
            f"{' WHERE ' + ' AND '.join(where) if where else ''} GROUP BY ALL").fetchall()

    def _grouped(self, counts: list[Tally], journey: JourneyMap | None, by: str
                 ) -> list[dict[str, Any]]:
        """Counts summed per step, per top-level phase or over everything (`by`), in journey
        order (and per period and segment): a dict per group of its name, order and every
        figure."""
        if by not in ("all", "step", "phase"):
            raise ValueError(f"by must be 'all', 'step' or 'phase', not {by!r}")
        if by == "all":
            named = {"": ("", 0)}
            group_of = {tally.label: "" for tally in counts}
        elif journey is None:
            raise ValueError("per step or phase needs the journey map")
        else:
            found = targets([t.label for t in counts if t.label is not None],
                            self.settings.labels, journey)
            named, column = journey.groups(by), 0 if by == "step" else 1
            group_of = {label: target[column] for label, target in found.items()}
        summed: dict[tuple[str, Any, Any], Tally] = {}
        for tally in counts:
            group = group_of.get(tally.label)
            if group in named:
                summed.setdefault((group, tally.period, tally.segment), Tally(
                    group, tally.period, tally.segment)).add(tally)
        groups = sorted(summed.values(),
                        key=lambda t: (named[t.label][1], str(t.segment or "")))
        return [{"group_id": t.label, "group_name": named[t.label][0],
                 "order": named[t.label][1], "period": t.period,
                 "segment": None if t.segment is None else str(t.segment), **t.figures}
                for t in groups]

    # -- metrics --------------------------------------------------------------------------

    def metrics(self, journey: JourneyMap | None = None, by: str = "all", *,
                segments: Segments = None, split: bool = False) -> pd.DataFrame:
        """Every available measure with n and its 95% interval, overall or per step/phase
        (journey order), for the answers of `segments` (None: all), and per segment when
        `split`. NPS in points (−100…100), shares in %, CES and scores as a mean."""
        grouped = self._grouped(self._counts(segments=segments, split=split), journey, by)
        rows = [{**_group(g), "segment": g["segment"], "measure": measure,
                 **_estimate(g, measure, self.settings)}
                for g in grouped for measure in self._measures()]
        return _typed(rows, METRIC_COLUMNS)

    def _measures(self) -> list[str]:
        measures = _AGGREGATED_MEASURES if self.settings.aggregated else MEASURES
        return [m for metric in self.metrics_available for m in measures[metric]]

    def step_scores(self, journey: JourneyMap, metric: str | None = None,
                    segments: Segments = None) -> pd.DataFrame:
        """Per step of the journey (all steps, in order): the customers' mean answer on
        `metric` rescaled to the team's 1–10 scale (worst answer → 1, best → 10) with its
        95% interval; n = 0 where no answer reached the step."""
        metric = metric or self.default_metric()
        grouped = {g["group_id"]: g for g in
                   self._grouped(self._counts(segments=segments), journey, "step")}
        rows = []
        for step in journey.steps.to_dict("records"):
            found = grouped.get(step["step_id"])
            estimate = comparable(found, metric, self.settings) if found is not None else \
                stats.Estimate(0, math.nan, math.nan, math.nan)
            rows.append({"step_id": step["step_id"], "step_name": step["step_name"],
                         "phase_name": step["top_phase_name"], "order": step["order"],
                         "n": estimate.n, "score": estimate.value, "low": estimate.low,
                         "high": estimate.high})
        return _typed(rows, STEP_SCORE_COLUMNS)

    def summary(self, journey: JourneyMap, metric: str | None = None,
                segments: Segments = None) -> list[dict[str, Any]]:
        """What is kept with the workshop (`Workshop.save_results`): per step and top-level
        phase that answers on `metric` reached, its value with the 95% interval and n, and
        the mean answer on the team's 1–10 scale with its interval, as the comparison chart
        draws it; `worst` and `best` say which answers became 1 and 10; `segment` names the
        segments the answers came from ('' for all) and `aggregated` marks a report's means."""
        metric = metric or self.default_metric()
        counts = self._counts(segments=segments)
        worst, best = self.settings.ends(metric)
        segment = ", ".join(segments) if segments else ""
        rows = []
        for by in ("step", "phase"):
            for g in self._grouped(counts, journey, by):
                own = _estimate(g, metric, self.settings)
                if not own["n"] and not own["aggregated"]:
                    continue
                score = comparable(g, metric, self.settings)
                rows.append({f"{by}_id": g["group_id"], "metric": metric,
                             "n": own["n"] or 0, "value": own["value"], "low": own["low"],
                             "high": own["high"], "score": score.value,
                             "score_low": score.low, "score_high": score.high,
                             "worst": worst, "best": best, "segment": segment,
                             "aggregated": self.settings.aggregated})
        return rows

    def default_metric(self) -> str:
        if not self.metrics_available:
            raise ValidationError("mining.error.no_metric", "en")
        return self.metrics_available[0]

    def before_after(self, date: dt.date | dt.datetime | str, journey: JourneyMap | None = None,
                     by: str = "all", segments: Segments = None) -> pd.DataFrame:
        """Each measure before and after `date` (an idea's go-live: answers on or after it
        count as after), the change with its 95% interval, and whether it is beyond noise."""
        if "date" not in self.settings.columns:
            raise ValidationError("mining.error.no_date", "en")
        moment = pd.Timestamp(date).to_pydatetime().replace(tzinfo=None)
        stamp = moment.strftime("%Y-%m-%d %H:%M:%S")
        counts = self._counts(f"date >= TIMESTAMP '{stamp}'", segments)
        sides: dict[str, dict[bool, dict[str, Any]]] = {}
        for g in self._grouped(counts, journey, by):
            sides.setdefault(g["group_id"], {})[bool(g["period"])] = g
        rows = []
        for group in sides.values():
            before, after = group.get(False, {}), group.get(True, {})
            for measure in self._measures():
                change = _change(before, after, measure, self.settings)
                rows.append({**_group(before or after), "measure": measure,
                             **_change_row(change, measure)})
        return _typed(rows, CHANGE_COLUMNS)

    # -- comments -------------------------------------------------------------------------

    def comments(self, journey: JourneyMap, step_id: str, metric: str | None = None, *,
                 segments: Segments = None, limit: int = 50) -> pd.DataFrame:
        """What customers wrote about a step (its labels' answers with a comment), lowest
        scores first (the worst end of the scale first), then in file order."""
        if "text" not in self.settings.columns:
            return _typed([], COMMENT_COLUMNS)
        metric = metric or (self.default_metric() if self.metrics_available else None)
        found = targets([str(x) for x in self.labels()["label"]], self.settings.labels, journey)
        labels = [label for label, target in found.items() if target[0] == step_id]
        if not labels:
            return _typed([], COMMENT_COLUMNS)
        score = metric if metric else "NULL::DOUBLE"
        order = "DESC" if metric and self.settings.low_is_best(metric) else "ASC"
        segment = "segment::VARCHAR" if "segment" in self.settings.columns else "NULL"
        where = [f"_label::VARCHAR IN ({', '.join(literal(x) for x in labels)})",
                 "text IS NOT NULL", *([_among("segment", segments)] if segments else [])]
        rows = self.con.execute(
            f"SELECT _row, _label::VARCHAR, {score}, {segment}, text FROM {self._relation()} "
            f"WHERE {' AND '.join(where)} ORDER BY 3 {order} NULLS LAST, 1 LIMIT {int(limit)}"
        ).fetchall()
        return _typed([dict(zip(COMMENT_COLUMNS, row, strict=True)) for row in rows],
                      COMMENT_COLUMNS)


# -- helpers ------------------------------------------------------------------------------


def _settings(settings: SourceSettings | dict[str, Any], language: str) -> SourceSettings:
    if isinstance(settings, SourceSettings):
        settings.check(language)
        return settings
    return SourceSettings.from_dict(settings, language)


def _among(column: str, values: Sequence[str]) -> str:
    if not values:
        return "false"
    return f"{column}::VARCHAR IN ({', '.join(literal(str(v)) for v in values)})"


@dataclass
class Tally:
    """The sums every figure reads, for one label or group (and period and segment)."""

    label: Any
    period: Any
    segment: Any
    figures: dict[str, float] = field(default_factory=dict)

    def add(self, other: Tally) -> Tally:
        for name, value in other.figures.items():
            self.figures[name] = self.figures.get(name, 0.0) + value
        return self


def _sums(settings: SourceSettings) -> list[str]:
    """The SQL sums of every available metric, each `AS` its figure's name."""
    sums: list[str] = []
    for metric in settings.metrics():
        found = _report_sums(metric, settings) if settings.aggregated else \
            _answer_sums(metric, settings)
        sums += [f"coalesce({sql}, 0) AS {name}" for name, sql in found.items()]
    return sums


def _alias(sql: str) -> str:
    return sql.rsplit(" AS ", 1)[1]


def _answer_sums(m: str, settings: SourceSettings, column: str | None = None
                 ) -> dict[str, str]:
    """Single answers in `column` (the metric's own by default): n, Σx, Σx², and the
    metric's own counts."""
    c = column or m
    found = {f"{m}_n": f"count({c})", f"{m}_sum": f"sum({c})", f"{m}_sq": f"sum({c} * {c})"}
    if m == "nps":
        found |= {"nps_pro": f"count_if({c} >= 9)", "nps_det": f"count_if({c} <= 6)"}
    elif m == "csat":
        found["csat_top"] = f"count_if({settings.satisfied(m, c)})"
    elif m == "ces":
        found["ces_easy"] = f"count_if({settings.satisfied(m, c)})"
    return found


def _report_sums(m: str, settings: SourceSettings) -> dict[str, str]:
    """An aggregated report's rows: n, Σx and Σx² rebuilt from each row's n, mean and
    standard deviation; a percentage gives its count of satisfied (or resolved) answers.
    Rows without n or SD are counted, so their results can say what they lack."""
    n = "n" if "n" in settings.columns else "NULL::DOUBLE"
    sd = "sd" if "sd" in settings.columns else "NULL::DOUBLE"
    found = {f"{m}_rows": f"count({m})", f"{m}_n": f"sum(CASE WHEN {m} IS NOT NULL THEN {n} END)",
             f"{m}_no_n": f"count_if({m} IS NOT NULL AND {n} IS NULL)",
             f"{m}_plain": f"sum({m})"}
    if m in _PERCENT:
        found[f"{m}_{'top' if m == 'csat' else 'sum'}"] = f"sum({n} * {m} / 100)"
    else:
        found |= {f"{m}_no_sd": f"count_if({m} IS NOT NULL AND {sd} IS NULL)",
                  f"{m}_sum": f"sum({n} * {m})",
                  f"{m}_sq": f"sum(({n} - 1) * {sd} * {sd} + {n} * {m} * {m})"}
    return found


def _missing(g: dict[str, Any], metric: str, settings: SourceSettings) -> str:
    """What an aggregated result lacks for an interval: 'no_n', 'no_sd' or ''."""
    if not settings.aggregated:
        return ""
    if g.get(f"{metric}_no_n", 0):
        return "no_n"
    return "no_sd" if g.get(f"{metric}_no_sd", 0) else ""


def _estimate(g: dict[str, Any], measure: str, settings: SourceSettings) -> dict[str, Any]:
    metric = measure.split("_")[0]
    note = _missing(g, metric, settings)
    if note == "no_n":
        rows = g.get(f"{metric}_rows", 0)
        value = g.get(f"{metric}_plain", 0) / rows if rows else math.nan
        return {"n": None, "value": value, "low": math.nan, "high": math.nan, "few": True,
                "aggregated": True, "note": note}
    e = _measure(g, measure)
    if note:  # no standard deviation: the mean is known, its spread is not
        e = stats.Estimate(e.n, e.value, math.nan, math.nan)
    elif measure in ("ces", "score"):
        e = _within(e, *settings.scale(metric))
    return {"n": e.n, "value": e.value, "low": e.low, "high": e.high,
            "few": e.n < stats.FEW_ANSWERS, "aggregated": settings.aggregated,
            "note": note}


def _measure(g: dict[str, Any], measure: str) -> stats.Estimate:
    metric = measure.split("_")[0]
    n = round(g.get(f"{metric}_n", 0))
    if measure == "nps":
        return stats.nps(round(g["nps_pro"]), round(g["nps_det"]), n)
    if measure in ("ces", "score"):
        return stats.mean(n, g[f"{metric}_sum"], g[f"{metric}_sq"])[0]
    k = {"csat": "csat_top", "ces_easy": "ces_easy", "fcr": "fcr_sum"}[measure]
    return _percent(stats.wilson(round(g[k]), n))


def _percent(e: stats.Estimate) -> stats.Estimate:
    return stats.Estimate(e.n, 100 * e.value, 100 * e.low, 100 * e.high)


def comparable(g: Any, metric: str, settings: SourceSettings) -> stats.Estimate:
    """The result on `metric` on the team's 1–10 scale: a mean answer rescaled linearly
    (worst end → 1, best → 10); a share (FCR, a report's CSAT percentage) as 1 + 9 × share."""
    share = metric == "fcr" or (settings.aggregated and metric in _PERCENT)
    if _missing(g, metric, settings) == "no_n":
        rows = g.get(f"{metric}_rows", 0)
        value = g.get(f"{metric}_plain", 0) / rows if rows else math.nan
        if share and settings.aggregated:
            value /= 100
        return stats.Estimate(0, _scaled(value, metric, settings, share), math.nan, math.nan)
    if share:
        k = g["csat_top"] if metric == "csat" else g["fcr_sum"]
        e = stats.wilson(round(k), round(g[f"{metric}_n"]))
    else:
        e = stats.mean(round(g[f"{metric}_n"]), g[f"{metric}_sum"], g[f"{metric}_sq"])[0]
        if _missing(g, metric, settings):
            e = stats.Estimate(e.n, e.value, math.nan, math.nan)
    ends = sorted((_scaled(e.low, metric, settings, share),
                   _scaled(e.high, metric, settings, share)))
    return _within(stats.Estimate(e.n, _scaled(e.value, metric, settings, share), *ends),
                   1.0, 10.0)


def _within(e: stats.Estimate, low: float, high: float) -> stats.Estimate:
    """A mean's t interval kept on its scale: with few answers it can reach past the ends,
    where no mean of answers on the scale can lie."""
    return stats.Estimate(e.n, e.value, max(e.low, low) if math.isfinite(e.low) else e.low,
                          min(e.high, high) if math.isfinite(e.high) else e.high)


def _scaled(x: float, metric: str, settings: SourceSettings, share: bool) -> float:
    if share:
        return 1 + 9 * x
    worst, best = settings.ends(metric)
    return 1 + 9 * (x - worst) / (best - worst)


def _group(g: dict[str, Any]) -> dict[str, Any]:
    return {"group_id": g["group_id"], "group_name": g["group_name"], "order": g["order"]}


def _change(before: dict[str, Any], after: dict[str, Any], measure: str,
            settings: SourceSettings) -> stats.Change:
    metric = measure.split("_")[0]
    if measure == "nps":
        names = ("nps_pro", "nps_det", "nps_n")
        return stats.nps_change(_side(before, names), _side(after, names))
    if measure in ("ces", "score"):
        names = (f"{metric}_n", f"{metric}_sum", f"{metric}_sq")
        return stats.mean_change(_side(before, names), _side(after, names))
    k = {"csat": "csat_top", "ces_easy": "ces_easy", "fcr": "fcr_sum"}[measure]
    (k1, n1), (k2, n2) = _side(before, (k, f"{metric}_n")), _side(after, (k, f"{metric}_n"))
    return stats.share_change(k1, n1, k2, n2)


def _side(figures: dict[str, Any], names: Iterable[str]) -> tuple[Any, ...]:
    """These figures of one side of a change; a side without answers has none (`{}`),
    which counts as zero answers. Counts are whole, sums are not."""
    found = [figures.get(name, 0) for name in names]
    return tuple(round(v) if name.endswith(("_n", "_pro", "_det", "_top", "_easy")) or
                 name == "fcr_sum" else v for name, v in zip(names, found, strict=True))


def _change_row(change: stats.Change, measure: str) -> dict[str, Any]:
    factor = 100 if UNITS[measure] == "%" else 1
    return {"n_before": change.before.n, "before": factor * change.before.value,
            "n_after": change.after.n, "after": factor * change.after.value,
            "change": factor * change.change, "low": factor * change.low,
            "high": factor * change.high, "beyond_noise": change.beyond_noise,
            "test": change.test}
