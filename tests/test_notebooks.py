"""Every notebook runs headless on a fresh store, and none is committed with outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = {p.stem: p for p in sorted((Path(__file__).parents[1] / "notebooks").glob("*.ipynb"))}


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, nbformat.NotebookNode]:
    """Each notebook run once, on its own fresh store, as a kernel started from its folder."""
    results = {}
    with pytest.MonkeyPatch.context() as patch:
        for name, path in NOTEBOOKS.items():
            store = tmp_path_factory.mktemp(name) / "workshops.db"
            patch.setenv("KLANTREIS_DB", str(store))
            notebook = nbformat.read(path, as_version=4)
            NotebookClient(
                notebook,
                timeout=180,
                kernel_name="python3",
                resources={"metadata": {"path": str(path.parent)}},
            ).execute()
            assert store.exists()  # it used the store it was given
            results[name] = notebook
    return results


def _outputs(notebook: nbformat.NotebookNode) -> list[dict]:
    return [o for cell in notebook.cells for o in cell.get("outputs", [])]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_committed_without_outputs(name: str) -> None:
    notebook = nbformat.read(NOTEBOOKS[name], as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_headless_without_errors(name: str, executed: dict) -> None:
    outputs = _outputs(executed[name])
    assert [o for o in outputs if o["output_type"] == "error"] == []
    assert any("data" in o for o in outputs), "the notebook showed nothing"


def test_start_notebook_draws_the_emotion_curve(executed: dict) -> None:
    svgs = [
        o["data"]["image/svg+xml"]
        for o in _outputs(executed["start"])
        if "image/svg+xml" in o.get("data", {})
    ]
    assert len(svgs) == 1 and "<svg" in svgs[0] and "9+" in svgs[0]
