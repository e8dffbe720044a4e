"""How stored values read for people: missing values, choices in words, numbers, lists.

One place for it, so the panels, the charts and the report write a score or a choice the
same way (6,5 in Dutch, 6.5 in English; 'touchpoint' as 'contactmoment').
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

import pandas as pd

from .messages import has_label, label

MISSING_NUMBER = "–"

#: How each language writes numbers, as a d3-format locale (what Vega's `config.locale.number`
#: takes): 1.234,5 and € 12,50 in Dutch. Languages not listed write numbers the English way,
#: Vega's default.
NUMBER_LOCALES: dict[str, dict[str, Any]] = {
    "nl": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]},
}


def is_missing(value: Any) -> bool:
    """None, pandas.NA and NaN all mean 'no value' in workshop frames."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def text(value: Any) -> str:
    """A stored text as a plain, trimmed string ('' when missing)."""
    return "" if is_missing(value) else str(value).strip()


def code_label(family: str, value: Any, language: str) -> str:
    """A code the kit knows in words (its label in `family`), anything else as typed: a
    moment's reason may be the kit's 'drop' or a team's own sentence."""
    code = text(value)
    return label(family, code, language) if has_label(family, code) else code


def value_label(value: Any, language: str) -> str:
    """A stored choice in words ('touchpoint' -> 'contactmoment'), else as stored."""
    return code_label("value", value, language)


def number(value: Any, language: str, digits: int = 1, *, sign: bool = False) -> str:
    """A score or effect as people write it: a comma in Dutch; '–' when missing."""
    if is_missing(value):
        return MISSING_NUMBER
    shown = f"{float(value):+.{digits}f}" if sign else f"{float(value):.{digits}f}"
    return shown.replace(".", ",") if language == "nl" else shown


def percent(value: Any, language: str, digits: int = 0) -> str:
    """A share (0.667) as a percentage: '67%', or with `digits` '66,7%' in Dutch and '66.7%'
    in English; '–' when missing."""
    if is_missing(value):
        return MISSING_NUMBER
    return f"{number(100 * float(value), language, digits)}%"


def number_locale(language: str) -> dict[str, Any] | None:
    """The d3-format number locale of `language` for charts (a fresh copy), or None where
    numbers are written the English way (Vega's default)."""
    found = NUMBER_LOCALES.get(language)
    return None if found is None else copy.deepcopy(found)


def grouped(value: Any, language: str) -> str:
    """A count with thousands grouped as the language does: 4.398 in Dutch, 4,398 in
    English; '–' when missing."""
    if is_missing(value):
        return MISSING_NUMBER
    shown = f"{int(value):,}"
    return shown.replace(",", ".") if language == "nl" else shown


def whole(value: Any) -> str:
    """A whole number, or '–' when missing."""
    return MISSING_NUMBER if is_missing(value) else str(int(value))


def plural(count: Any, one: str, other: str, language: str) -> str:
    """A count with its word in the right form: '1 stap', '0 stappen', '4.398 stappen';
    `one` and `other` are the translated singular and plural (`t("entity.step", "nl")`).
    Dutch and English both take the singular for exactly one only."""
    if is_missing(count):
        return f"{MISSING_NUMBER} {other}"
    return f"{grouped(count, language)} {one if int(count) == 1 else other}"


def listing(items: Iterable[str], language: str) -> str:
    """'a, b and c' / 'a, b en c'."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    word = " en " if language == "nl" else " and "
    return ", ".join(items[:-1]) + word + items[-1]
