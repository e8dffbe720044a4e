"""Every notebook runs headless on a fresh store in both languages; none has committed outputs.

The language comes in through the page's query string, as it does in a Voilà join link.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from klantreis import open_store
from klantreis.samples import build_all

pytestmark = pytest.mark.slow  # every notebook runs in a kernel of its own

NOTEBOOKS = {p.stem: p for p in sorted((Path(__file__).parents[2] / "notebooks").glob("*.ipynb"))}
LANGUAGES = ("en", "nl")


@pytest.fixture(scope="module")
def executed(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[tuple[str, str], nbformat.NotebookNode]:
    """Each notebook run once per language, from its own folder, on its own copy of a store
    holding the sample workshops (the dashboard opens its store read-only, so the store must
    exist before it runs)."""
    samples = tmp_path_factory.mktemp("samples") / "workshops.db"
    with open_store(samples) as store:
        build_all(store)
    results = {}
    with pytest.MonkeyPatch.context() as patch:
        for name, path in NOTEBOOKS.items():
            for language in LANGUAGES:
                store = tmp_path_factory.mktemp(f"{name}-{language}") / "workshops.db"
                shutil.copy(samples, store)
                patch.setenv("KLANTREIS_DB", str(store))
                patch.setenv("QUERY_STRING", f"lang={language}")
                notebook = nbformat.read(path, as_version=4)
                client = NotebookClient(notebook, timeout=240, kernel_name="python3",
                                        resources={"metadata": {"path": str(path.parent)}})
                client.execute()
                results[name, language] = notebook
    return results


def _outputs(notebook: nbformat.NotebookNode) -> list[dict]:
    return [o for cell in notebook.cells for o in cell.get("outputs", [])]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_committed_without_outputs(name: str) -> None:
    notebook = nbformat.read(NOTEBOOKS[name], as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_headless_without_errors(name: str, language: str, executed: dict) -> None:
    outputs = _outputs(executed[name, language])
    assert [o for o in outputs if o["output_type"] == "error"] == []
    assert any("data" in o for o in outputs), "the notebook showed nothing"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_code_cells_stay_thin(name: str) -> None:
    """Notebooks call the package; logic lives in `klantreis`, where it is tested."""
    notebook = nbformat.read(NOTEBOOKS[name], as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            lines = [line for line in cell.source.splitlines() if line.strip()]
            assert len(lines) <= 12, cell.source
            assert not any(
                line.lstrip().startswith(("def ", "class ", "for ", "while ")) for line in lines
            ), cell.source
