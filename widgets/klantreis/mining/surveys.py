"""Survey results: NPS, CSAT, CES and FCR overall, per step and per phase, and before/after.

The engine counts each answer once per data label (and period): answers are whole numbers on
small scales, so that is a few rows per label, in one scan however many answers there are.
Per step, per phase and overall figures are sums of those counts: n, Σx, Σx², promoters and
the like, from which the intervals (see `stats`) are computed. Grouping by label and answer
costs the engine about what a query for the one figure would, and no figure needs a second
scan.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

from ..core.errors import ValidationError
from ..figures.customers import STEP_SCORE_COLUMNS
from ..figures.customers import typed_frame as _typed
from . import stats
from .engine import Progress, connect
from .loading import LoadedFile, open_with
from .mapping import JourneyMap, resolve, targets
from .report import ImportReport
from .settings import SourceSettings

#: What each metric reports: the headline measures, in this order.
MEASURES = {"nps": ("nps",), "csat": ("csat",), "ces": ("ces", "ces_easy"), "fcr": ("fcr",)}
#: Units of the measures: NPS points (−100…100), shares in %, CES mean on its scale.
UNITS = {"nps": "nps", "csat": "%", "ces": "mean", "ces_easy": "%", "fcr": "%"}
METRIC_COLUMNS = {"group_id": "string", "group_name": "string", "order": "Int64",
                  "measure": "string", "n": "Int64", "value": "Float64", "low": "Float64",
                  "high": "Float64", "few": "boolean"}
CHANGE_COLUMNS = {"group_id": "string", "group_name": "string", "order": "Int64",
                  "measure": "string", "n_before": "Int64", "before": "Float64",
                  "n_after": "Int64", "after": "Float64", "change": "Float64",
                  "low": "Float64", "high": "Float64", "beyond_noise": "boolean",
                  "test": "string"}


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
        return cls(loaded.con, settings, report)

    # -- what is there ------------------------------------------------------------------

    @property
    def metrics_available(self) -> list[str]:
        return self.settings.metrics()

    def labels(self) -> pd.DataFrame:
        """The data's journey labels with their number of answers (most first)."""
        if "label" not in self.settings.columns:
            return pd.DataFrame({"label": pd.Series(dtype="string"),
                                 "answers": pd.Series(dtype="Int64")})
        return self.con.execute(
            f"SELECT label::VARCHAR AS label, count(*) AS answers FROM {self.table} "
            "WHERE label IS NOT NULL "
            "GROUP BY label ORDER BY answers DESC, label").df()

    def unmatched(self, journey: JourneyMap) -> pd.DataFrame:
        """Labels that reach no step or phase of this journey, with their answers."""
        labels = self.labels()
        mapped = resolve(list(labels["label"]), self.settings.labels, journey)
        lost = mapped["phase_id"].isna().to_numpy()
        return labels[lost].reset_index(drop=True)

    # -- aggregates -----------------------------------------------------------------------

    def _counts(self, period: str | None = None) -> list[Tally]:
        """How often each answer occurs, per metric and label (and `period`, a condition on
        the date): one scan, one grouping set per metric. Scores are whole numbers on small
        scales, so this is a few rows per label, and every figure is summed from it."""
        metrics = self.metrics_available
        if not metrics:
            return []
        label = "label" if "label" in self.settings.columns else "NULL::VARCHAR"
        keys = ["_label", *(["_period"] if period else [])]
        sets = [f"{', '.join([*keys, m])}" for m in metrics]
        groups = sets[0] if len(sets) == 1 else \
            f"GROUPING SETS ({', '.join(f'({s})' for s in sets)})"  # a set costs 2 ms a scan
        where = " WHERE date IS NOT NULL" if period else ""
        rows = self.con.execute(
            f"SELECT {label} AS _label, {period or 'NULL'} AS _period, {', '.join(metrics)}, "
            f"count(*) FROM {self.table}{where} GROUP BY {groups}").fetchall()
        tallies: dict[tuple[Any, Any], Tally] = {}
        for key_label, key_period, *values, count in rows:
            tally = tallies.setdefault((key_label, key_period),
                                       Tally(key_label, key_period, {m: {} for m in metrics}))
            for metric, value in zip(metrics, values, strict=True):
                if value is not None:  # the other sets' rows leave this metric out
                    tally.answers[metric][value] = count
        return list(tallies.values())

    def _grouped(self, counts: list[Tally], journey: JourneyMap | None, by: str
                 ) -> list[dict[str, Any]]:
        """Counts summed per step, per top-level phase or over everything (`by`), in journey
        order (and per period): a dict per group of its name, order and every figure."""
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
        summed: dict[tuple[str, Any], Tally] = {}
        for tally in counts:
            group = group_of.get(tally.label)
            if group in named:
                summed.setdefault((group, tally.period), Tally(
                    group, tally.period, {m: {} for m in tally.answers})).add(tally)
        groups = sorted(summed.values(), key=lambda t: named[t.label][1])
        return [{"group_id": t.label, "group_name": named[t.label][0],
                 "order": named[t.label][1], "period": t.period, **t.figures(self.settings)}
                for t in groups]

    # -- metrics --------------------------------------------------------------------------

    def metrics(self, journey: JourneyMap | None = None, by: str = "all") -> pd.DataFrame:
        """Every available measure with n and its 95% interval, overall or per step/phase
        (journey order). NPS in points (−100…100), shares in %, CES as a mean."""
        grouped = self._grouped(self._counts(), journey, by)
        rows = [{**_group(g), "measure": measure, **_estimate(g, measure, self.settings)}
                for g in grouped for measure in self._measures()]
        return _typed(rows, METRIC_COLUMNS)

    def _measures(self) -> list[str]:
        return [m for metric in self.metrics_available for m in MEASURES[metric]]

    def step_scores(self, journey: JourneyMap, metric: str | None = None) -> pd.DataFrame:
        """Per step of the journey (all steps, in order): the customers' mean answer on
        `metric` rescaled to the team's 1–10 scale (lowest answer → 1, highest → 10, best
        end high) with its 95% interval; n = 0 where no answer reached the step."""
        metric = metric or self.default_metric()
        grouped = {g["group_id"]: g for g in self._grouped(self._counts(), journey, "step")}
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

    def summary(self, journey: JourneyMap, metric: str | None = None) -> list[dict[str, Any]]:
        """What is kept with the workshop (`Workshop.save_results`): per step and top-level
        phase that answers on `metric` reached, its value with the 95% interval and n, and
        the mean answer on the team's 1–10 scale with its interval, as the comparison chart
        draws it; `worst` and `best` say which answers became 1 and 10."""
        metric = metric or self.default_metric()
        counts = self._counts()
        worst, best = self.settings.ends(metric)
        rows = []
        for by in ("step", "phase"):
            for g in self._grouped(counts, journey, by):
                own = _estimate(g, metric, self.settings)
                if not own["n"]:
                    continue
                score = comparable(g, metric, self.settings)
                rows.append({f"{by}_id": g["group_id"], "metric": metric, "n": own["n"],
                             "value": own["value"], "low": own["low"], "high": own["high"],
                             "score": score.value, "score_low": score.low,
                             "score_high": score.high, "worst": worst, "best": best})
        return rows

    def default_metric(self) -> str:
        if not self.metrics_available:
            raise ValidationError("mining.error.no_metric", "en")
        return self.metrics_available[0]

    def before_after(self, date: dt.date | dt.datetime | str, journey: JourneyMap | None = None,
                     by: str = "all") -> pd.DataFrame:
        """Each measure before and after `date` (an idea's go-live: answers on or after it
        count as after), the change with its 95% interval, and whether it is beyond noise."""
        if "date" not in self.settings.columns:
            raise ValidationError("mining.error.no_date", "en")
        moment = pd.Timestamp(date).to_pydatetime().replace(tzinfo=None)
        stamp = moment.strftime("%Y-%m-%d %H:%M:%S")
        counts = self._counts(f"date >= TIMESTAMP '{stamp}'")
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


# -- helpers ------------------------------------------------------------------------------


def _settings(settings: SourceSettings | dict[str, Any], language: str) -> SourceSettings:
    if isinstance(settings, SourceSettings):
        settings.check(language)
        return settings
    return SourceSettings.from_dict(settings, language)


@dataclass
class Tally:
    """How often each answer occurs, per metric, for one label or group (and period)."""

    label: Any
    period: Any
    answers: dict[str, dict[int, int]]

    def add(self, other: Tally) -> Tally:
        for metric, answers in other.answers.items():
            mine = self.answers[metric]
            for value, count in answers.items():
                mine[value] = mine.get(value, 0) + count
        return self

    def figures(self, settings: SourceSettings) -> dict[str, float]:
        """What the estimates read: per metric n, Σx, Σx² and its own counts (promoters
        and detractors, CSAT's top two, CES's easy answers; FCR's yes answers are Σx)."""
        found: dict[str, float] = {}
        for metric, answers in self.answers.items():
            found |= _figures(metric, answers, settings)
        return found


def _figures(metric: str, answers: dict[int, int], settings: SourceSettings
             ) -> dict[str, float]:
    def answered(fits: Callable[[int], bool]) -> int:
        return sum(count for value, count in answers.items() if fits(value))

    found = {f"{metric}_n": answered(lambda v: True),
             f"{metric}_sum": float(sum(v * c for v, c in answers.items())),
             f"{metric}_sq": float(sum(v * v * c for v, c in answers.items()))}
    if metric == "nps":
        found |= {"nps_pro": answered(lambda v: v >= 9), "nps_det": answered(lambda v: v <= 6)}
    elif metric == "csat":
        low, high = settings.csat_scale
        top = (lambda v: v >= high - 1) if settings.csat_best == "high" else \
            (lambda v: v <= low + 1)
        found["csat_top"] = answered(top)
    elif metric == "ces":
        found["ces_easy"] = answered(lambda v: v >= settings.ces_easy_from)
    return found


def _estimate(g: dict[str, Any], measure: str, settings: SourceSettings) -> dict[str, Any]:
    metric = measure.split("_")[0]
    n = int(g.get(f"{metric}_n", 0) or 0)
    if measure == "nps":
        e = stats.nps(int(g["nps_pro"]), int(g["nps_det"]), n)
    elif measure == "ces":
        e = stats.mean(n, float(g["ces_sum"]), float(g["ces_sq"]))[0]
    else:
        k = {"csat": "csat_top", "ces_easy": "ces_easy", "fcr": "fcr_sum"}[measure]
        e = _percent(stats.wilson(int(g[k]), n))
    return {"n": e.n, "value": e.value, "low": e.low, "high": e.high,
            "few": e.n < stats.FEW_ANSWERS}


def _percent(e: stats.Estimate) -> stats.Estimate:
    return stats.Estimate(e.n, 100 * e.value, 100 * e.low, 100 * e.high)


def comparable(g: Any, metric: str, settings: SourceSettings) -> stats.Estimate:
    """The mean answer on `metric` rescaled linearly to 1–10 (best end → 10)."""
    n = int(g[f"{metric}_n"])
    if metric == "fcr":
        e = stats.wilson(int(g["fcr_sum"]), n)
    else:
        e = stats.mean(n, float(g[f"{metric}_sum"]), float(g[f"{metric}_sq"]))[0]
    low, high = settings.scale(metric)
    flip = metric == "csat" and settings.csat_best == "low"

    def scaled(x: float) -> float:
        share = (x - low) / (high - low)
        return 1 + 9 * (1 - share if flip else share)

    ends = sorted((scaled(e.low), scaled(e.high)))
    return stats.Estimate(e.n, scaled(e.value), ends[0], ends[1])


def _group(g: dict[str, Any]) -> dict[str, Any]:
    return {"group_id": g["group_id"], "group_name": g["group_name"], "order": g["order"]}


def _change(before: dict[str, Any], after: dict[str, Any], measure: str,
            settings: SourceSettings) -> stats.Change:
    metric = measure.split("_")[0]
    if measure == "nps":
        names = ("nps_pro", "nps_det", "nps_n")
        return stats.nps_change(_side(before, names), _side(after, names))
    if measure == "ces":
        names = ("ces_n", "ces_sum", "ces_sq")
        return stats.mean_change(_side(before, names), _side(after, names))
    k = {"csat": "csat_top", "ces_easy": "ces_easy", "fcr": "fcr_sum"}[measure]
    (k1, n1), (k2, n2) = _side(before, (k, f"{metric}_n")), _side(after, (k, f"{metric}_n"))
    return stats.share_change(k1, n1, k2, n2)


def _side(figures: dict[str, Any], names: Iterable[str]) -> tuple[Any, ...]:
    """These figures of one side of a change; a side without answers has none (`{}`),
    which counts as zero answers. Counts are ints and sums floats (`Tally.figures`)."""
    return tuple(figures.get(name, 0) for name in names)


def _change_row(change: stats.Change, measure: str) -> dict[str, Any]:
    factor = 100 if UNITS[measure] == "%" else 1
    return {"n_before": change.before.n, "before": factor * change.before.value,
            "n_after": change.after.n, "after": factor * change.after.value,
            "change": factor * change.change, "low": factor * change.low,
            "high": factor * change.high, "beyond_noise": change.beyond_noise,
            "test": change.test}


