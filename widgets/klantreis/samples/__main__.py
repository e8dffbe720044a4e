"""Write every sample workshop as a JSON file, for `sample_data/`:

    python -m klantreis.samples sample_data/"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..core.store import open_store
from ..exchange import export_json
from .builder import SAMPLES


def main(argv: Sequence[str] | None = None) -> int:
    """Write ``<key>.json`` for every sample into a directory (default ``sample_data``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    target = Path(args[0] if args else "sample_data")
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "samples.db") as store:
        for key, build in SAMPLES.items():
            path = target / f"{key}.json"
            export_json(build(store), path)
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
