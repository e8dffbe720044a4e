"""Writing export files whole or not at all.

Every file the kit writes as an export goes to a temporary file in the target's own folder
and is renamed over the target (`os.replace`, atomic on one file system) only once it is
complete. An export that fails or is killed halfway leaves the previous file as it was; on
an error the temporary file is removed. A process killed outright (SIGKILL, power loss) may
leave a hidden `.<name>.<random>.tmp` file behind, never a half-written target.

- `atomic_path(target)`: a context manager yielding a temporary path for a library that
  writes to a path itself (openpyxl, zipfile); the target is replaced when the block ends
  without an error.
- `write_atomic(target, data)`: bytes or text (UTF-8 by default) in one call.
- `write_all_atomic({target: data, ...})`: several files written first, renamed after, so
  an error while writing leaves every one of them as it was.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

__all__ = ["atomic_path", "write_all_atomic", "write_atomic"]


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path next to `target`; it replaces `target` when the block succeeds.

    The new file gets the old file's permissions, or for a new file the usual ones
    (0666 minus the umask), as a plain `open(target, "w")` would give it.
    """
    final = _real(Path(target))
    temporary = _temporary(final)
    try:
        yield temporary
        _finish(temporary, final)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomic(target: str | os.PathLike[str], data: bytes | str, *,
                 encoding: str = "utf-8", newline: str | None = None) -> Path:
    """Write `data` (bytes, or text in `encoding` with `newline` as `open` takes it) to
    `target` whole or not at all; returns `target` as a Path."""
    with atomic_path(target) as temporary:
        _write(temporary, data, encoding, newline)
    return Path(target)


def write_all_atomic(files: Mapping[Path, bytes | str], *, encoding: str = "utf-8",
                     newline: str | None = None) -> list[Path]:
    """Write several files: all to temporary files first, then each renamed over its
    target. An error while writing leaves every target as it was."""
    pending: list[tuple[Path, Path]] = []
    try:
        for target, data in files.items():
            final = _real(Path(target))
            temporary = _temporary(final)
            pending.append((temporary, final))
            _write(temporary, data, encoding, newline)
        while pending:
            temporary, final = pending[0]
            _finish(temporary, final)
            pending.pop(0)
    except BaseException:
        for temporary, _ in pending:
            temporary.unlink(missing_ok=True)
        raise
    return [Path(target) for target in files]


def _real(target: Path) -> Path:
    """A symbolic link is written through, as `open` would, not replaced by a file."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _temporary(final: Path) -> Path:
    handle, name = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".tmp")
    os.close(handle)
    return Path(name)


def _write(temporary: Path, data: bytes | str, encoding: str, newline: str | None) -> None:
    if isinstance(data, bytes):
        with open(temporary, "wb") as file:
            file.write(data)
    else:
        with open(temporary, "w", encoding=encoding, newline=newline) as file:
            file.write(data)


def _finish(temporary: Path, final: Path) -> None:
    """Flush the temporary file to disk, give it its permissions and rename it."""
    with open(temporary, "rb+") as file:
        os.fsync(file.fileno())
    os.chmod(temporary, _mode(final))
    _commit(temporary, final)


def _commit(temporary: Path, final: Path) -> None:
    os.replace(temporary, final)


def _mode(final: Path) -> int:
    try:
        return stat.S_IMODE(final.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0)
    os.umask(mask)
    return mask
