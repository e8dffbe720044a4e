"""The message catalogue: every text in Dutch and English, every key in the file of its prefix,
every key the code uses written out (or looked up through a named family), and every family
complete for the codes the kit stores."""

from __future__ import annotations

import ast
import importlib
import re
import string
from pathlib import Path

import pytest

from klantreis.core.tables import (
    IDEA_STATUSES,
    LANGUAGE_CHOICES,
    MINING_METRICS,
    MOMENT_STATUSES,
    POLARITIES,
    SCOPE_KINDS,
    SOURCES,
    STEP_KINDS,
    TABLES,
    VARIANTS,
)
from klantreis.i18n import LANGUAGES, MESSAGES
from klantreis.i18n.catalogue import PREFIXES
from klantreis.ui.session import ROLES

PACKAGE = Path(__file__).resolve().parents[2] / "widgets" / "klantreis"
CATALOGUE = PACKAGE / "i18n"
GUIDE_PARTS = ("title", "what", "why", "example", "time")


def placeholders(text: str) -> set[str]:
    """The `{names}` a format string needs (without conversions or format specs)."""
    names = set()
    for _, field, _, _ in string.Formatter().parse(text):
        if field is not None:
            names.add(re.split(r"[.\[]", field, maxsplit=1)[0])
    return names


def test_every_message_has_dutch_and_english_with_the_same_placeholders() -> None:
    assert set(LANGUAGES) == {"nl", "en"}
    problems = []
    for key, texts in MESSAGES.items():
        if set(texts) != {"nl", "en"} or not all(str(texts.get(lang, "")).strip()
                                                  for lang in ("nl", "en")):
            problems.append(f"{key}: needs non-empty nl and en texts, has {sorted(texts)}")
        elif placeholders(texts["nl"]) != placeholders(texts["en"]):
            problems.append(f"{key}: nl {sorted(placeholders(texts['nl']))} "
                            f"!= en {sorted(placeholders(texts['en']))}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("prefix", PREFIXES)
def test_each_catalogue_file_holds_the_keys_of_its_prefix(prefix: str) -> None:
    part = importlib.import_module(f"klantreis.i18n.catalogue.{prefix}").MESSAGES
    assert part and all(key.split(".", 1)[0] == prefix for key in part)


def test_the_catalogue_files_are_all_listed() -> None:
    files = {p.stem for p in (CATALOGUE / "catalogue").glob("*.py") if p.stem != "__init__"}
    assert files == set(PREFIXES)
    assert {key.split(".", 1)[0] for key in MESSAGES} == set(PREFIXES)


# -- keys used in the code ------------------------------------------------------------------


def calls() -> list[tuple[str, ast.Call]]:
    """Every call in the package's source outside the catalogue, with its place; a method
    that only passes its arguments on (`Section.label`) is left out."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if CATALOGUE in path.parents:
            continue
        tree = ast.parse(path.read_text(), filename=str(path))
        place = path.relative_to(PACKAGE.parent)
        wrappers = {id(node) for function in ast.walk(tree)
                    if isinstance(function, ast.FunctionDef) and function.name in ("t", "label")
                    for node in ast.walk(function)}
        found += [(f"{place}:{node.lineno}", node) for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and id(node) not in wrappers]
    return found


def called(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


CALLS = calls()
TRANSLATIONS = [(place, call) for place, call in CALLS
                if called(call) in ("t", "fail", "ok") and call.args]
LABELS = [(place, call) for place, call in CALLS if called(call) == "label" and call.args]


def test_every_key_written_in_the_code_exists() -> None:
    """Keys are plain strings, so a typo would only show up on screen; catch it here."""
    keys = [(place, literal(call.args[0])) for place, call in TRANSLATIONS]
    missing = [f"{place}: {key}" for place, key in keys
               if key is not None and "." in key and key not in MESSAGES]
    assert len(keys) > 300
    assert not missing, "message keys not in the catalogue:\n" + "\n".join(missing)


def test_no_key_is_built_from_pieces() -> None:
    """A key built with an f-string or `+` cannot be found by searching for it: write the key
    out, or look a stored code up in its family with `label(family, code)`."""
    built = [place for place, call in TRANSLATIONS
             if isinstance(call.args[0], ast.JoinedStr | ast.BinOp)]
    assert not built, "keys built from pieces:\n" + "\n".join(built)


def test_every_family_looked_up_exists() -> None:
    """`label(family, code)`: the family is written out (a guide's family names its page
    area), and the catalogue has keys in it."""
    families = set()
    problems = []
    for place, call in LABELS:
        family = call.args[0]
        if literal(family) is not None:
            families.add(literal(family))
        elif not (isinstance(family, ast.JoinedStr) and literal(family.values[0]) == "guide."):
            problems.append(f"{place}: the family is not written out")
    problems += [f"no keys in the family {f}" for f in families
                 if not any(key.startswith(f + ".") for key in MESSAGES)]
    assert len(families) > 20
    assert not problems, "\n".join(problems)


def test_field_and_entity_names_given_to_errors_are_translated() -> None:
    """Errors translate their `field=` and `entity=` parameters through the catalogue."""
    missing = []
    for place, call in CALLS:
        if not any((literal(arg) or "").startswith("error.") for arg in call.args):
            continue
        for keyword in call.keywords:
            value = literal(keyword.value)
            known = value is None or f"{keyword.arg}.{value}" in MESSAGES
            if keyword.arg in ("field", "entity") and not known:
                missing.append(f"{place}: {keyword.arg}.{value}")
    assert not missing, "names not in the catalogue:\n" + "\n".join(missing)


# -- families are complete ------------------------------------------------------------------


@pytest.mark.parametrize(("family", "codes"), [
    ("value", (*STEP_KINDS, *SOURCES, *POLARITIES, *MOMENT_STATUSES, *IDEA_STATUSES,
               *SCOPE_KINDS, *VARIANTS, *LANGUAGE_CHOICES, *ROLES)),
    ("field", tuple({f.name for table in TABLES.values() for f in table.fields})),
    ("entity", tuple({table.entity for table in TABLES.values()})),
    ("mining.metric", MINING_METRICS),
])
def test_every_stored_code_has_a_label(family: str, codes: tuple[str, ...]) -> None:
    missing = sorted(code for code in codes if f"{family}.{code}" not in MESSAGES)
    assert not missing, f"{family} has no label for {missing}"


def test_every_guide_has_all_its_parts() -> None:
    areas = {key.split(".")[1] for key in MESSAGES if key.startswith("guide.")}
    missing = [f"guide.{area}.{part}" for area in sorted(areas) for part in GUIDE_PARTS
               if f"guide.{area}.{part}" not in MESSAGES]
    assert len(areas) > 15 and not missing, missing
