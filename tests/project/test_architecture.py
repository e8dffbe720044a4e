"""The package's shape: layers that point one way, no import cycles anywhere, and widgets
only where pages are built.

The layers and the sibling cycles are import-linter contracts (`[tool.importlinter]` in
pyproject.toml; `lint-imports` runs them from the repository root); a cycle through a package
and its own modules is not a sibling cycle, so the whole module graph is searched here too.
`TYPE_CHECKING` imports count: a cycle that only type checkers see is still a cycle a reader
has to untangle.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
import pytest
from importlinter import configuration
from importlinter.application import use_cases

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"
PAGES = ("klantreis.ui", "klantreis.serve")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("klantreis", exclude_type_checking_imports=False)


def test_the_contracts_are_kept(capsys: pytest.CaptureFixture[str]) -> None:
    """Layers (core <- figures <- charts <- outputs / ui / serve), no cycles between
    siblings at any depth, and no widget library outside the pages."""
    configuration.configure()
    kept = use_cases.lint_imports(config_filename=str(PYPROJECT), no_logo=True,
                                  cache_dir=None)
    report = capsys.readouterr().out
    assert "Contracts: 3 kept, 0 broken." in report and kept, report


def strongly_connected(graph: grimp.ImportGraph) -> list[set[str]]:
    """Groups of modules that import each other, directly or through others (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            groups.append(group)

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return groups


def test_no_module_imports_itself_round_about(graph: grimp.ImportGraph) -> None:
    cycles = [sorted(group) for group in strongly_connected(graph) if len(group) > 1]
    assert len(graph.modules) > 100
    assert not cycles, f"import cycles: {cycles}"


def test_the_cycle_search_finds_a_cycle() -> None:
    """The search itself: a package that imports its module, which imports the package."""
    graph = grimp.ImportGraph()
    for module in ("p", "p.a", "p.b"):
        graph.add_module(module)
    graph.add_import(importer="p", imported="p.a")
    graph.add_import(importer="p.a", imported="p")
    graph.add_import(importer="p.a", imported="p.b")
    assert [sorted(g) for g in strongly_connected(graph) if len(g) > 1] == [["p", "p.a"]]


def below_the_pages(graph: grimp.ImportGraph) -> list[str]:
    return sorted(m for m in graph.modules
                  if m != "klantreis" and not m.startswith(PAGES) and m != "klantreis.cli")


def test_nothing_below_the_pages_loads_widgets(graph: grimp.ImportGraph) -> None:
    """Scripts, exports and the command line stay light, and a widget problem cannot break
    the store: importing everything below the pages loads no widget library at all (not
    even through a library of our own, which the contract above cannot see)."""
    code = ("import importlib, sys\n"
            f"for name in {below_the_pages(graph)!r}:\n"
            "    importlib.import_module(name)\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'ipywidgets', 'anywidget', 'voila'}))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
