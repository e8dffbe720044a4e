"""Checks on the project itself: packaging files that must agree, scripts and the README.
These catch drift that no feature test would notice."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# pip requirement (name with extras) -> conda-forge package name, where they differ.
# psycopg's `binary` extra ships libpq in a wheel; on conda-forge, `psycopg` depends on
# conda-forge's libpq instead.
CONDA_NAMES = {"psycopg[binary]": "psycopg", "duckdb": "python-duckdb"}

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
