"""Words and numbers for people, in Dutch and English: the message catalogue, its lookup
(`t`, `label`) and how stored values are written (a comma for decimals in Dutch).

The lowest layer of the kit: it imports nothing else of the kit.
"""

from .formatting import (
    MISSING_NUMBER,
    NUMBER_LOCALES,
    code_label,
    grouped,
    is_missing,
    listing,
    number,
    number_locale,
    percent,
    plural,
    text,
    value_label,
    whole,
)
from .messages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    MESSAGES,
    check_language,
    has,
    has_label,
    label,
    t,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "MESSAGES",
    "MISSING_NUMBER",
    "NUMBER_LOCALES",
    "check_language",
    "code_label",
    "grouped",
    "has",
    "has_label",
    "is_missing",
    "label",
    "listing",
    "number",
    "number_locale",
    "percent",
    "plural",
    "t",
    "text",
    "value_label",
    "whole",
]
