"""The one catalogue of user-facing text, in Dutch and English, and the lookup into it.

Every string a workshop participant can see goes through `t()`, so a missing translation is a
test failure instead of a half-Dutch screen. Keys are dotted and their first word names the
catalogue file they live in (`empathy.rated` is in `catalogue/empathy.py`). A key is always
written out where it is used; the one exception is a family of labels looked up by a stored
code (a step kind, a metric, a role), which goes through `label(family, code)`, so a search
for the family's name finds every place that shows one.
"""

from __future__ import annotations

import importlib

from .catalogue import PREFIXES

LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANGUAGE = "en"


def _merge_parts() -> dict[str, dict[str, str]]:
    """One dict of every catalogue part, checked: each key in the file of its prefix, once."""
    merged: dict[str, dict[str, str]] = {}
    for prefix in PREFIXES:
        part = importlib.import_module(f".catalogue.{prefix}", __package__).MESSAGES
        misplaced = sorted(key for key in part if key.split(".", 1)[0] != prefix)
        if misplaced:
            raise RuntimeError(f"keys in catalogue/{prefix}.py of another prefix: {misplaced}")
        twice = sorted(set(part) & set(merged))
        if twice:
            raise RuntimeError(f"message keys defined twice: {twice}")
        merged.update(part)
    return merged


MESSAGES: dict[str, dict[str, str]] = _merge_parts()


def check_language(language: str) -> str:
    """Return `language` when the kit speaks it; raise otherwise, so typos fail early."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    return language


def t(key: str, language: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """Translate `key` into `language`, filling `{placeholders}` from `params`."""
    entry = MESSAGES[key]
    return entry[check_language(language)].format(**params)


def label(family: str, code: object, language: str = DEFAULT_LANGUAGE, /,
          **params: object) -> str:
    """The label of a stored code in a family of keys: `label("value", "touchpoint", "nl")`
    is `t("value.touchpoint", "nl")`. The family is written out where it is used."""
    return t(f"{family}.{code}", language, **params)


def has(key: str) -> bool:
    """Whether the catalogue knows `key` (used where labels are looked up dynamically)."""
    return key in MESSAGES


def has_label(family: str, code: object) -> bool:
    """Whether the family has a label for this code."""
    return f"{family}.{code}" in MESSAGES
