"""Report, chart, map and printables files are written whole or not at all: stopped before
the new file is complete, an export leaves the old one byte for byte and no temporary file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from klantreis.core import files
from klantreis.core.workshop import Workshop
from klantreis.outputs.journey_map import write_map
from klantreis.outputs.printables import build_printables
from klantreis.outputs.report import export_chart, write_report


class Killed(BaseException):
    """Stands for the process being stopped halfway through an export."""


WRITERS: dict[str, tuple[Callable[[Workshop, Path], Any], str]] = {
    "report html": (write_report, "report.html"),
    "chart svg": (lambda w, p: export_chart(w, "curve", p), "curve.svg"),
    "map svg": (write_map, "map.svg"),
    "printables": (lambda w, p: build_printables(p, "en", w), "printables"),
}


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("kind", WRITERS)
def test_an_output_stopped_before_it_is_complete_leaves_the_old_file(
        kind: str, fridge: Workshop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write, name = WRITERS[kind]
    target = tmp_path / name
    if kind == "printables":
        target.mkdir()
        for sheet in ("persona-sheet", "rating-cards", "idea-cards"):
            (target / f"{sheet}-en.pdf").write_bytes(f"old {sheet}".encode())
    else:
        target.write_bytes(b"the old file")
    before = folder_bytes(tmp_path)

    def killed(temporary: Path, final: Path) -> None:
        raise Killed

    monkeypatch.setattr(files, "_commit", killed)
    with pytest.raises(Killed):
        write(fridge, target)
    assert folder_bytes(tmp_path) == before
    monkeypatch.undo()
    write(fridge, target)
    after = folder_bytes(tmp_path)
    assert sorted(after) == sorted(before) and all(after[k] != before[k] for k in before)
