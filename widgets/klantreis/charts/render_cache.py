"""One SVG render per chart for every page served from this machine.

When someone rates a step, every open page (each its own kernel) redraws the same emotion
curve: the same spec, so the same SVG. Rendering costs about 0.3 s of CPU, which for a room of
40 pages is 12 s per change on a laptop that has two cores. Pages therefore share their renders
through a folder only this user can write to: the first page renders and saves the SVG under
the spec's hash, the others read it (well under a millisecond). A page that finds another page
rendering the same spec waits briefly for it instead of rendering it too.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
import random
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .render import spec_to_svg

CACHE_ENV = "KLANTREIS_RENDER_CACHE"  # a folder to use instead of the default
WAIT_SECONDS = 0.6  # how long to wait for another page's render of the same spec
STALE_LOCK_SECONDS = 10.0  # a lock this old belongs to a page that died while rendering
KEEP_SECONDS = 3600.0  # renders older than this are removed now and then


def cache_folder() -> Path | None:
    """The shared folder, created private to this user; None if it cannot be trusted (owned
    by someone else, or writable by others, who could then put markup on every page)."""
    folder = Path(os.environ.get(CACHE_ENV) or Path(tempfile.gettempdir()) /
                  f"klantreis-charts-{os.getuid() if hasattr(os, 'getuid') else 'user'}")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return None
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return None
    return folder


def canonical_json(spec: dict[str, Any]) -> str:
    """A spec's canonical JSON: equal specs give equal text, whichever page built them."""
    return json.dumps(spec, sort_keys=True, default=str)


def shared_svg(spec: dict[str, Any], text: str | None = None) -> str:
    """The SVG of a Vega-Lite spec, rendered once for every page (`text`: its
    `canonical_json`, when the caller has it already)."""
    return shared_render(text or canonical_json(spec), lambda: spec_to_svg(spec))


def shared_render(spec_text: str, render: Callable[[], str]) -> str:
    """The SVG of the spec whose canonical JSON is `spec_text`: from the shared folder when
    another page rendered it already, else `render()` (saved for the other pages)."""
    folder = cache_folder()
    if folder is None:
        return render()
    done, lock = _paths(folder, spec_text)
    found = _read(done)
    if found is not None:
        return found
    if not _take(lock):
        found = _wait_for(done, lock)
        return found if found is not None else render()
    return _render_and_release(folder, done, lock, render)


def _paths(folder: Path, spec_text: str) -> tuple[Path, Path]:
    """Where the render of a spec is kept, and its lock."""
    key = hashlib.sha256(f"{_renderer()}\n{spec_text}".encode()).hexdigest()
    return folder / f"{key}.svg", folder / f"{key}.lock"


def _render_and_release(folder: Path, done: Path, lock: Path, render: Callable[[], str]) -> str:
    try:
        svg = render()
        _save(done, svg)
        return svg
    finally:
        lock.unlink(missing_ok=True)
        if random.random() < 0.05:
            prune(folder)


@functools.cache
def _renderer() -> str:
    """The renderer's version is part of the key: another version may draw differently."""
    try:
        return importlib.metadata.version("vl-convert-python")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError, UnicodeDecodeError):
        return None


def _take(lock: Path) -> bool:
    """Claim the render of one spec; a lock left by a page that died is taken over."""
    for _ in range(2):
        try:
            os.close(os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            return True
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime < STALE_LOCK_SECONDS:
                    return False
                lock.unlink(missing_ok=True)
            except OSError:
                return False
        except OSError:
            return False
    return False


def _wait_for(done: Path, lock: Path) -> str | None:
    """The render another page is making, once it is there; None when that page gave up
    (its lock is gone and no render came) or took longer than `WAIT_SECONDS`."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(0.02)
        found = _read(done)
        if found is not None:
            return found
        if not lock.exists():
            return _read(done)
    return None


def _save(done: Path, svg: str) -> None:
    """Write atomically, so a reader never sees half a file."""
    temporary = done.with_name(f"{done.stem}.{os.getpid()}.tmp")
    try:
        temporary.write_text(svg, encoding="utf-8")
        os.replace(temporary, done)
    except OSError:
        temporary.unlink(missing_ok=True)


def prune(folder: Path, keep_seconds: float = KEEP_SECONDS) -> int:
    """Remove renders and leftovers not touched for `keep_seconds`; returns how many."""
    cutoff = time.time() - keep_seconds
    removed = 0
    for path in folder.iterdir():
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed
