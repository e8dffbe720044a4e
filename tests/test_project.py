"""Checks on the project itself: packaging files that must agree, scripts, docs, layering
and the message catalogue. These catch drift that no feature test would notice."""

from __future__ import annotations

import ast
import os
import re
import shutil
import string
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "widgets" / "klantreis"

# pip requirement (name with extras) -> conda-forge package name, where they differ.
# psycopg's `binary` extra ships libpq in a wheel; on conda-forge, `psycopg` depends on
# conda-forge's libpq instead.
CONDA_NAMES = {"psycopg[binary]": "psycopg", "duckdb": "python-duckdb"}

# Modules that must work without a notebook front end (scripts, the CLI, tests, exports).
# Everything but the widget layer (klantreis.ui): model, store, derived frames, charts, files.
CORE_MODULES = [
    *sorted(f"klantreis.{path.stem}" for path in (ROOT / "widgets" / "klantreis").glob("*.py")
            if path.stem != "__init__"),
    "klantreis.exchange",
]

MESSAGE_KEY = re.compile(r"(error|field|entity|value|cli|export|default|mermaid)\.[a-z0-9_]+")

_REQUIREMENT = re.compile(
    r"^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?P<extras>\[[^\]]*\])?\s*"
    r"(?:>=\s*(?P<bound>[^,;\s]+))?"
)


# -- environment.yml and pyproject.toml -----------------------------------------------------


def normalise(name: str) -> str:
    """PEP 503 name normalisation; conda-forge names follow the same spelling."""
    return re.sub(r"[-_.]+", "-", name).lower()


def lower_bounds(requirements: list[str], rename: dict[str, str]) -> dict[str, str | None]:
    """name -> lower bound (or None) for requirement strings like `psycopg[binary]>=3.1`."""
    bounds: dict[str, str | None] = {}
    for text in requirements:
        match = _REQUIREMENT.match(text)
        assert match, f"cannot parse requirement {text!r}"
        key = match["name"] + (match["extras"] or "")
        bounds[normalise(rename.get(key, match["name"]))] = match["bound"]
    return bounds


def conda_dependencies() -> list[str]:
    """The `dependencies:` entries of environment.yml, which is kept flat on purpose
    (no pip section), so a line parser is enough and no YAML library is needed."""
    entries: list[str] = []
    inside = False
    for line in (ROOT / "environment.yml").read_text().splitlines():
        stripped = line.split("#", 1)[0].rstrip()
        if not stripped:
            continue
        if not line.startswith((" ", "-")):
            inside = stripped == "dependencies:"
            continue
        if inside:
            assert stripped.lstrip().startswith("- "), f"unexpected line {line!r}"
            entries.append(stripped.lstrip()[2:].strip())
    return entries


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_environment_yml_matches_pyproject_dependencies() -> None:
    project = pyproject()["project"]
    wanted = lower_bounds(
        [*project["dependencies"], *project["optional-dependencies"]["test"]], CONDA_NAMES
    )
    entries = conda_dependencies()
    assert "pip" in entries, "environment.yml needs pip for `pip install -e . --no-deps`"
    assert not any(e.startswith("pip:") for e in entries), "install the package with pip"
    found = lower_bounds([e for e in entries if e != "pip"], {})
    python = found.pop("python", "missing")
    assert python == project["requires-python"].removeprefix(">=")
    assert found == wanted


def test_environment_yml_uses_conda_forge_and_the_project_name() -> None:
    text = (ROOT / "environment.yml").read_text()
    assert re.search(r"^name: klantreis$", text, re.M)
    assert re.search(r"^channels:\n  - conda-forge\n(?!  -)", text, re.M)
    lines = [line.split("#", 1)[0] for line in text.splitlines()]
    assert not any("-e ." in line for line in lines), "the README installs it with pip"


# -- scripts and README ---------------------------------------------------------------------


@pytest.mark.parametrize("script", ["run", ".ci/run", "postBuild"])
def test_scripts_are_executable_bash_that_parses(script: str) -> None:
    path = ROOT / script
    assert os.access(path, os.X_OK), f"{script} is not executable"
    assert path.read_text().splitlines()[0] in ("#!/usr/bin/env bash", "#!/bin/bash")
    bash = shutil.which("bash")
    assert bash, "bash is needed to check the scripts"
    result = subprocess.run([bash, "-n", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_ci_script_is_strict() -> None:
    assert "set -euo pipefail" in (ROOT / ".ci" / "run").read_text()


def test_binder_installs_the_kit_after_the_environment() -> None:
    """repo2docker builds environment.yml before the sources are copied; postBuild then
    installs the package itself (its dependencies all come from environment.yml)."""
    text = (ROOT / "postBuild").read_text()
    assert "set -euo pipefail" in text
    assert re.search(r"^python -m pip install --no-deps \.$", text, re.M)


def test_run_help_names_both_commands() -> None:
    result = subprocess.run([str(ROOT / "run"), "--help"], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 0, result.stderr
    assert "workshop" in result.stdout and "tests" in result.stdout


def test_readme_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join((ROOT / "README.md").read_text().splitlines()[:25])
    assert "./run workshop" in first_screen
    assert "./run tests" in first_screen


# -- layering -------------------------------------------------------------------------------


def _loaded_after(imports: list[str], prefix: str = "ipywidgets") -> set[str]:
    """The `prefix` modules in sys.modules after importing `imports` in a fresh Python."""
    code = (
        "import importlib, sys\n"
        f"for name in {imports!r}:\n"
        "    importlib.import_module(name)\n"
        f"print('\\n'.join(m for m in sys.modules if m.split('.')[0] == {prefix!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_core_modules_do_not_import_ipywidgets() -> None:
    """The data layer must load without widgets, so scripts, exports and the CLI stay light
    and a widget problem cannot break the store."""
    loaded = _loaded_after(CORE_MODULES)
    assert not loaded, f"ipywidgets imported by the core: {sorted(loaded)}"


def test_core_and_chart_sources_do_not_import_widgets() -> None:
    """A direct import would make the layering depend on what altair happens to import."""
    offenders = []
    for path in [*PACKAGE.glob("*.py"), *(PACKAGE / "exchange").glob("*.py")]:
        module = path.stem
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{module}: {n}" for n in names
                          if n.split(".")[0] in ("ipywidgets", "anywidget")
                          or n == "IPython.display"]
    assert not offenders, "widget imports in the core:\n" + "\n".join(offenders)


# -- message catalogue ----------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    """The `{names}` a format string needs (without conversions or format specs)."""
    names = set()
    for _, field, _, _ in string.Formatter().parse(text):
        if field is not None:
            names.add(re.split(r"[.\[]", field, maxsplit=1)[0])
    return names


def test_every_message_has_dutch_and_english_with_the_same_placeholders() -> None:
    from klantreis.messages import LANGUAGES, MESSAGES

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


def _calls() -> list[tuple[str, ast.Call]]:
    """Every call in the package's source (except the catalogue itself), with its place."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "messages.py":
            continue
        tree = ast.parse(path.read_text(), filename=str(path))
        place = path.relative_to(ROOT)
        found += [(f"{place}:{node.lineno}", node) for node in ast.walk(tree)
                  if isinstance(node, ast.Call)]
    return found


def _literals(call: ast.Call) -> list[str]:
    values = [*call.args, *(k.value for k in call.keywords)]
    return [v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)]


def test_every_message_key_used_in_the_code_exists() -> None:
    """Keys are plain strings, so a typo would only show up on screen; catch it here."""
    from klantreis.messages import MESSAGES

    missing = [f"{place}: {text}" for place, call in _calls() for text in _literals(call)
               if (MESSAGE_KEY.fullmatch(text) or text == _translated_key(call))
               and text not in MESSAGES]
    assert not missing, "message keys not in the catalogue:\n" + "\n".join(missing)


def _translated_key(call: ast.Call) -> str | None:
    """The literal key of a `t("key", ...)` or `self.t("key", ...)` call, whatever its prefix."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    first = call.args[0] if call.args else None
    if name == "t" and isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value
    return None


def test_field_and_entity_names_given_to_errors_are_translated() -> None:
    """Errors translate their `field=` and `entity=` parameters through the catalogue."""
    from klantreis.messages import MESSAGES

    missing = []
    for place, call in _calls():
        if not any(text.startswith("error.") for text in _literals(call)):
            continue
        for keyword in call.keywords:
            value = keyword.value
            if keyword.arg in ("field", "entity") and isinstance(value, ast.Constant) \
                    and isinstance(value.value, str):
                key = f"{keyword.arg}.{value.value}"
                if key not in MESSAGES:
                    missing.append(f"{place}: {key}")
    assert not missing, "names not in the catalogue:\n" + "\n".join(missing)
