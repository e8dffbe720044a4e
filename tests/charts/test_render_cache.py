"""Pages on one machine share SVG renders: one render per spec, not one per open page."""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from pathlib import Path

import pytest

from klantreis.charts import render_cache
from klantreis.charts.render_cache import shared_render
from klantreis.ui.kit import ChartView

SPEC = {"mark": "point", "data": {"values": [{"x": 1}, {"x": 4}]},
        "encoding": {"x": {"field": "x", "type": "quantitative"}}}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shared = tmp_path / "renders"
    monkeypatch.setenv(render_cache.CACHE_ENV, str(shared))
    return shared


def counting(calls: list[str], svg: str = "<svg>one</svg>"):
    def render() -> str:
        calls.append(svg)
        return svg
    return render


def test_the_second_page_reads_the_first_pages_render(folder: Path) -> None:
    calls: list[str] = []
    assert shared_render("spec-a", counting(calls)) == "<svg>one</svg>"
    assert shared_render("spec-a", counting(calls, "<svg>two</svg>")) == "<svg>one</svg>"
    assert shared_render("spec-b", counting(calls, "<svg>b</svg>")) == "<svg>b</svg>"
    assert calls == ["<svg>one</svg>", "<svg>b</svg>"]
    assert oct(folder.stat().st_mode & 0o777) == "0o700"


def test_chart_views_of_two_pages_render_a_spec_once(folder: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from klantreis.charts import render_cache

    renders: list[dict] = []
    real = render_cache.spec_to_svg
    monkeypatch.setattr(render_cache, "spec_to_svg",
                        lambda spec: renders.append(spec) or real(spec))
    first, second = ChartView("kr-a"), ChartView("kr-b")  # as two kernels would hold them
    first.show_spec(SPEC)
    second.show_spec(SPEC)
    assert len(renders) == 1
    assert second.widget.value == first.widget.value and "<svg" in first.widget.value


def test_a_page_waits_for_the_render_another_page_is_making(folder: Path) -> None:
    calls: list[str] = []
    started = threading.Event()

    def slow() -> str:
        started.set()
        time.sleep(0.2)
        calls.append("slow")
        return "<svg>slow</svg>"

    thread = threading.Thread(target=shared_render, args=("spec-c", slow))
    thread.start()
    started.wait()
    assert shared_render("spec-c", counting(calls, "<svg>again</svg>")) == "<svg>slow</svg>"
    thread.join()
    assert calls == ["slow"]


def test_a_page_that_gives_up_its_render_does_not_keep_others_waiting(folder: Path) -> None:
    def failing() -> str:
        time.sleep(0.2)
        raise RuntimeError("renderer gone")

    def first_page() -> None:
        with contextlib.suppress(RuntimeError):
            shared_render("spec-g", failing)

    thread = threading.Thread(target=first_page)
    thread.start()
    time.sleep(0.05)
    start = time.monotonic()
    calls: list[str] = []
    assert shared_render("spec-g", counting(calls, "<svg>g</svg>")) == "<svg>g</svg>"
    thread.join()
    assert calls == ["<svg>g</svg>"] and time.monotonic() - start < 1.0


def test_a_lock_left_by_a_killed_page_does_not_block_rendering(folder: Path) -> None:
    folder.mkdir(mode=0o700)
    key = hashlib.sha256(f"{render_cache._renderer()}\nspec-d".encode()).hexdigest()
    stale = folder / f"{key}.lock"  # the page that took it died mid-render
    stale.touch()
    old = time.time() - render_cache.STALE_LOCK_SECONDS - 5
    os.utime(stale, (old, old))
    calls: list[str] = []
    assert shared_render("spec-d", counting(calls, "<svg>d</svg>")) == "<svg>d</svg>"
    assert calls == ["<svg>d</svg>"] and not stale.exists()


def test_a_folder_others_can_write_to_is_not_trusted(folder: Path) -> None:
    folder.mkdir(mode=0o700)
    folder.chmod(0o777)
    (folder / "planted.svg").write_text("<svg onload=alert(1)>")
    assert render_cache.cache_folder() is None
    calls: list[str] = []
    assert shared_render("spec-e", counting(calls, "<svg>own</svg>")) == "<svg>own</svg>"
    assert shared_render("spec-e", counting(calls, "<svg>own</svg>")) == "<svg>own</svg>"
    assert len(calls) == 2  # nothing read from or written to that folder


def test_old_renders_are_pruned(folder: Path) -> None:
    shared_render("spec-f", counting([]))
    (path,) = folder.glob("*.svg")
    old = time.time() - render_cache.KEEP_SECONDS - 5
    os.utime(path, (old, old))
    assert render_cache.prune(folder) == 1 and not path.exists()
