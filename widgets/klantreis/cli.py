"""The `klantreis` command: load the sample workshops, list, export and import workshops,
write reports and charts, and serve them to a room.

The store is `--db` (a file path or database URL), else $KLANTREIS_DB, else
`.klantreis/workshops.db` in the current directory.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import serve
from .errors import KlantreisError
from .messages import LANGUAGES, t
from .store import Store, default_db, open_store

EXPORT_FORMATS = ("json", "xlsx", "csv", "mermaid")
# The names of `chart_data.CHART_NAMES`, kept here so `--help` needs no chart libraries.
CHART_NAMES = ("curve", "gap", "impact_effort", "ranking", "responsibility", "channels")
SERVE_HELP = "serve the workshop apps with Voilà and print the join links"
PRINTABLES_HELP = "write the persona sheet, rating cards and idea cards as PDF (blank or filled)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    store = _StoreOnDemand(args.db, args.lang)
    try:
        args.command(store, args)
    except KlantreisError as error:
        print(t("cli.error", args.lang, message=error.message(args.lang)), file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


class _StoreOnDemand:
    """The store, opened when a command first uses it: a command that needs none (blank
    printables, `--help`) must not leave an empty store behind."""

    def __init__(self, target: str, language: str) -> None:
        self._target, self._language = target, language
        self._store: Store | None = None

    def __getattr__(self, name: str) -> object:
        if self._store is None:
            self._store = open_store(self._target, language=self._language)
        return getattr(self._store, name)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="klantreis", description=__doc__)
    parser.add_argument("--db", default=default_db(), help="store: file path or database URL")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language of messages")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    samples = _command(commands, "samples", _samples, "add the sample workshops to the store")
    samples.add_argument("--force", action="store_true", help="add them even if present")

    _command(commands, "list", _list, "list the workshops in the store")

    export = _command(commands, "export", _export, "write a workshop to a file")
    export.add_argument("workshop", help="workshop id (see `klantreis list`)")
    export.add_argument("path", type=Path, help="file (.json, .xlsx, .mmd) or folder/.zip (csv)")
    export.add_argument("--format", choices=EXPORT_FORMATS, help="default: from the path")

    imported = _command(commands, "import", _import, "read a workshop from a file")
    imported.add_argument("path", type=Path, help=".json, .xlsx, .zip or a folder of CSV files")
    imported.add_argument("--new-ids", action="store_true", help="import as a copy")

    report = _command(commands, "report", _report, "write a journey's report (HTML or PDF)")
    report.add_argument("workshop", help="workshop id (see `klantreis list`)")
    report.add_argument("path", type=Path, help="file (.html or .pdf)")
    report.add_argument("--journey", help="journey id (default: the first persona's)")

    chart = _command(commands, "chart", _chart, "write one chart of a journey (PNG, SVG, PDF)")
    chart.add_argument("workshop", help="workshop id (see `klantreis list`)")
    chart.add_argument("name", choices=CHART_NAMES, help="which chart")
    chart.add_argument("path", type=Path, help="file (.png, .svg or .pdf)")
    chart.add_argument("--journey", help="journey id (default: the first persona's)")

    served = commands.add_parser("serve", help=SERVE_HELP, description=SERVE_HELP)
    served.set_defaults(command=serve.run_command)
    serve.add_arguments(served)

    printables = commands.add_parser("printables", help=PRINTABLES_HELP,
                                     description=PRINTABLES_HELP)
    printables.set_defaults(command=_printables)
    printables.add_argument("outdir", type=Path, help="folder to write the PDFs to")
    printables.add_argument("--db", default=argparse.SUPPRESS, help="store: file path or URL")
    printables.add_argument("--workshop", help="fill them from this workshop (default: blank)")
    printables.add_argument("--lang", dest="sheet_lang", choices=LANGUAGES, default=None,
                            help="language of the sheets (default: the workshop's, else en)")
    return parser


def _command(
    commands: argparse._SubParsersAction,
    name: str,
    handler: Callable[[Store, argparse.Namespace], None],
    help_text: str,
) -> argparse.ArgumentParser:
    command = commands.add_parser(name, help=help_text, description=help_text)
    command.set_defaults(command=handler)
    # The common options also work after the command (`klantreis samples --db x.db`).
    command.add_argument("--db", default=argparse.SUPPRESS, help="store: file path or URL")
    command.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)
    return command


def _samples(store: Store, args: argparse.Namespace) -> None:
    from .samples import build_all

    present = store.workshops()
    if args.force or not bool(present["synthetic"].any()):
        build_all(store)
    count = int(store.workshops()["synthetic"].sum())
    print(t("cli.samples_written", args.lang, count=count, path=args.db))


def _list(store: Store, args: argparse.Namespace) -> None:
    frame = store.workshops()
    if frame.empty:
        print(t("cli.no_workshops", args.lang, path=args.db))
    for row in frame.itertuples():
        print(t("cli.workshop_line", args.lang, id=row.id, title=row.title, language=row.language))


def _export(store: Store, args: argparse.Namespace) -> None:
    from . import exchange

    workshop = store.workshop(args.workshop)
    fmt = args.format or _format_of(args.path)
    writers = {
        "json": exchange.export_json,
        "xlsx": exchange.export_excel,
        "csv": exchange.export_csv,
        "mermaid": exchange.export_mermaid,
    }
    writers[fmt](workshop, args.path)
    print(t("cli.exported", args.lang, path=args.path))


def _import(store: Store, args: argparse.Namespace) -> None:
    from . import exchange

    fmt = _format_of(args.path)
    readers = {
        "json": exchange.import_json,
        "xlsx": exchange.import_excel,
        "csv": exchange.import_csv,
    }
    if fmt not in readers:
        raise SystemExit(f"klantreis import: cannot import {args.path}")
    workshop = readers[fmt](store, args.path, new_ids=args.new_ids)
    print(t("cli.imported", args.lang, title=workshop.info()["title"], id=workshop.id))


def _report(store: Store, args: argparse.Namespace) -> None:
    from .report import write_report

    write_report(store.workshop(args.workshop), args.path, args.journey)
    print(t("report.written", args.lang, path=args.path))


def _chart(store: Store, args: argparse.Namespace) -> None:
    from .report import export_chart

    export_chart(store.workshop(args.workshop), args.name, args.path, args.journey)
    print(t("report.chart_written", args.lang, path=args.path))


def _printables(store: Store, args: argparse.Namespace) -> None:
    from .printables import build_printables

    workshop = store.workshop(args.workshop) if args.workshop else None
    language = args.sheet_lang or (workshop.language if workshop else None) or args.lang
    written = build_printables(args.outdir, language, workshop)
    print(t("printables.built", args.lang, count=len(written), path=args.outdir))


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    return {".json": "json", ".xlsx": "xlsx", ".mmd": "mermaid", ".zip": "csv"}.get(
        suffix, "csv" if suffix in ("", ".csv") else suffix.lstrip(".")
    )


if __name__ == "__main__":
    sys.exit(main())
