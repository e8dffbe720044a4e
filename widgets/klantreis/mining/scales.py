"""Which scale a score column is on: the values seen in the file, and a guess from them.

People rarely know their export's scale by heart, and a wrong one silently drops answers
(a −5…5 column read as 1–5 loses everything below 1). The panel shows the values seen and
proposes the smallest common scale that holds them all; the user confirms or corrects it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..core.errors import KlantreisError
from ..i18n import grouped, label, number, percent, t
from .cleaning import as_number, trimmed
from .engine import quote
from .loading import LoadedFile
from .report import ImportReport, localised

#: Scales surveys commonly use, smallest first within each family; a guess takes the first
#: that holds every value seen.
COMMON_SCALES: tuple[tuple[float, float], ...] = (
    (1, 3), (1, 4), (1, 5), (0, 5), (1, 6), (1, 7), (0, 7), (-2, 2), (-3, 3), (1, 10),
    (0, 10), (-5, 5), (-10, 10), (0, 100), (1, 100))


@dataclass(frozen=True)
class Observed:
    """A column's numbers as the file has them: how many, their range, and how many cells
    hold something else (text) or nothing."""

    numbers: int
    low: float
    high: float
    decimals: bool
    other: int
    blank: int

    def guess(self) -> tuple[float, float] | None:
        """The smallest common scale holding every number seen; else the range itself,
        rounded outwards to whole numbers; None without numbers."""
        if not self.numbers:
            return None
        for low, high in sorted(COMMON_SCALES, key=lambda s: s[1] - s[0]):
            if low <= self.low and self.high <= high:
                return float(low), float(high)
        return float(math.floor(self.low)), float(math.ceil(self.high))


def observe(loaded: LoadedFile, column: str) -> Observed:
    """Read one column's numbers (a decimal comma counts as a point), in one scan of the
    file's text as loaded."""
    raw = loaded.raw
    cell = quote(raw.column_sql(column))
    value = as_number(trimmed(cell))
    found = loaded.con.execute(
        f"SELECT count(v), min(v), max(v), count_if(v <> round(v)), "
        f"count_if(v IS NULL AND t IS NOT NULL), count_if(t IS NULL) FROM "
        f"(SELECT {trimmed(cell)} AS t, {value} AS v FROM {raw.table} "
        f"WHERE rowid >= {raw.header_rows})").fetchone()
    numbers, low, high, fractions, other, blank = found
    return Observed(int(numbers), float(low) if numbers else math.nan,
                    float(high) if numbers else math.nan, bool(fractions), int(other),
                    int(blank))


# -- a large part dropped: stop and say why ------------------------------------------------

#: Above this share of the rows (or of one column's answers) left out, applying a mapping
#: stops and says why; the user may still go on, deliberately.
DROP_LIMIT = 0.05


def dropped_share(report: ImportReport) -> float:
    """The larger of: records left out, and the one column whose values were most often
    unreadable (a wide file keeps the record but loses those answers)."""
    if not report.rows:
        return 0.0
    summary = report.summary()
    worst = int(summary["count"].max()) if len(summary) else 0
    return max(report.skipped, worst) / report.rows


def drop_check(report: ImportReport, loaded: LoadedFile, language: str
               ) -> KlantreisError | None:
    """An error to stop on when more than `DROP_LIMIT` would be dropped, saying how much,
    the main cause and a fix; None when the file fits its mapping well enough."""
    share = dropped_share(report)
    if share <= DROP_LIMIT:
        return None
    top = report.summary().iloc[0]
    return KlantreisError("mining.drop.stop", language, share=percent(share, language),
                          rows=grouped(report.rows, language),
                          cause=_cause(top, loaded, language))


def drop_warning(report: ImportReport, loaded: LoadedFile, language: str) -> str | None:
    """`drop_check` as a sentence (None when nothing stops)."""
    found = drop_check(report, loaded, language)
    return None if found is None else str(found)


def _cause(top: Any, loaded: LoadedFile, language: str) -> str:
    """The main cause in words, with the fix that usually helps."""
    count, column = grouped(int(top["count"]), language), str(top["column"])
    problem = str(top["problem"])
    if problem == "out_of_range" and column in loaded.columns:
        seen = observe(loaded, column)
        guess = seen.guess()
        return t("mining.drop.out_of_range", language, count=count, column=column,
                 scale=localised(str(top["detail"]), language),
                 low=number(seen.low, language, _digits(seen.low)),
                 high=number(seen.high, language, _digits(seen.high)),
                 guess=_scale_text(guess, language) if guess else "?")
    if problem == "not_whole":
        return t("mining.drop.not_whole", language, count=count, column=column)
    if problem == "not_number":
        return t("mining.drop.not_number", language, count=count, column=column)
    if problem.startswith("date"):
        return t("mining.drop.date", language, count=count, column=column)
    why = label("mining.kind", problem, language, detail=localised(str(top["detail"] or ""),
                                                                  language))
    return t("mining.drop.other", language, count=count, column=column or "–", why=why)


def _digits(value: float) -> int:
    return 0 if float(value).is_integer() else 1


def _scale_text(scale: tuple[float, float], language: str) -> str:
    low, high = scale
    return f"{number(low, language, _digits(low))}–{number(high, language, _digits(high))}"
