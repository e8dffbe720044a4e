"""The Python examples in the README and in docs/ run as written, so the documented API
cannot drift from the code.

Each document's examples run in order in one namespace, in an empty folder that has the
repository's `sample_data/` beside them (as a reader's checkout would).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")),
             ROOT / "sample_data" / "README.md"]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def examples(document: Path) -> list[str]:
    return BLOCK.findall(document.read_text(encoding="utf-8"))


WITH_EXAMPLES = [d for d in DOCUMENTS if examples(d)]


def test_the_readme_and_docs_have_examples() -> None:
    names = {d.name for d in WITH_EXAMPLES}
    assert {"README.md", "customer-mining.md", "data-model.md"} <= names


@pytest.mark.slow
@pytest.mark.parametrize("document", WITH_EXAMPLES, ids=lambda d: d.name)
def test_every_example_runs(document: Path, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sample_data").symlink_to(ROOT / "sample_data")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KLANTREIS_DB", raising=False)
    namespace: dict[str, object] = {"__name__": "example"}
    for number, code in enumerate(examples(document), start=1):
        try:
            exec(compile(code, f"{document.name}, example {number}", "exec"), namespace)
        except Exception as error:  # name the example, not this test's line
            pytest.fail(f"{document.name}, example {number}: {type(error).__name__}: {error}")
    assert os.listdir(tmp_path)
