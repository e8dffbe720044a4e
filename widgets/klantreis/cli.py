"""The `klantreis` command: load the sample workshops, list, export and import workshops,
write reports and charts, and serve them to a room.

The store is `--db` (a file path or database URL), else $KLANTREIS_DB, else
`.klantreis/workshops.db` in the current directory.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .core.errors import KlantreisError
from .core.store import Store, default_db, open_store
from .i18n import LANGUAGES, label, t
from .serve import command as serve

EXPORT_FORMATS = ("json", "xlsx", "csv", "mermaid")
# The names of `charts.CHART_NAMES`, kept here so `--help` needs no chart libraries.
CHART_NAMES = ("curve", "gap", "impact_effort", "ranking", "responsibility", "channels")
# The paper sizes of `outputs.journey_map.PAPERS`, kept here for the same reason.
PAPER_SIZES = ("a3", "a1")
#: Where the system's language is found, first that is set wins (as gettext reads them).
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = _parser(command_language(argv))
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


def command_language(argv: Sequence[str]) -> str:
    """The language of the help and messages: the `--lang` given, else Dutch when the
    system's language is, else English."""
    for index, word in enumerate(argv):
        if word == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif word.startswith("--lang="):
            chosen = word.removeprefix("--lang=")
        else:
            continue
        if chosen in LANGUAGES:
            return chosen
    system = next((os.environ[name] for name in LOCALE_VARIABLES if os.environ.get(name)), "")
    return "nl" if system.lower().startswith("nl") else "en"


class _Parser(argparse.ArgumentParser):
    """An argument parser whose own words (usage, the headings, `-h`) are in `language`
    too; its subcommands' parsers are of this class and get the same language."""

    def __init__(self, *args: Any, language: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, add_help=False, **kwargs)
        self.language = language
        self._positionals.title = t("cli.help.positionals", language)
        self._optionals.title = t("cli.help.options", language)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=t("cli.help.help", language))

    def _get_formatter(self) -> argparse.HelpFormatter:
        return _Formatter(self.prog, t("cli.help.usage", self.language))


class _Formatter(argparse.HelpFormatter):
    """Help with its "usage: " in the parser's language."""

    def __init__(self, prog: str, usage_prefix: str) -> None:
        super().__init__(prog)
        self.usage_prefix = usage_prefix

    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, self.usage_prefix if prefix is None else prefix)


def _parser(language: str = "en") -> argparse.ArgumentParser:
    def h(key: str) -> str:
        return label("cli.help", key, language)

    parser = _Parser(prog="klantreis", description=h("description"), language=language)
    parser.add_argument("--db", default=default_db(), help=h("db"))
    parser.add_argument("--lang", choices=LANGUAGES, default=language, help=h("lang"))
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    def command(name: str, handler: Callable[[Store, argparse.Namespace], None]
                ) -> argparse.ArgumentParser:
        return _command(commands, name, handler, h(name), language)

    command("samples", _samples).add_argument("--force", action="store_true", help=h("force"))
    command("list", _list)

    export = command("export", _export)
    export.add_argument("workshop", help=h("workshop_id"))
    export.add_argument("path", type=Path, help=h("export_path"))
    export.add_argument("--format", choices=EXPORT_FORMATS, help=h("format"))

    imported = command("import", _import)
    imported.add_argument("path", type=Path, help=h("import_path"))
    imported.add_argument("--new-ids", action="store_true", help=h("new_ids"))

    report = command("report", _report)
    report.add_argument("workshop", help=h("workshop_id"))
    report.add_argument("path", type=Path, help=h("report_path"))
    report.add_argument("--journey", help=h("journey"))

    chart = command("chart", _chart)
    chart.add_argument("workshop", help=h("workshop_id"))
    chart.add_argument("name", choices=CHART_NAMES, help=h("chart_name"))
    chart.add_argument("path", type=Path, help=h("chart_path"))
    chart.add_argument("--journey", help=h("journey"))

    journey_map = command("map", _map)
    journey_map.add_argument("workshop", help=h("workshop_id"))
    journey_map.add_argument("path", type=Path, help=h("map_path"))
    journey_map.add_argument("--journey", help=h("journey"))
    journey_map.add_argument("--size", choices=PAPER_SIZES, default="a3", help=h("size"))
    journey_map.add_argument("--desired", action="store_true", help=h("desired"))

    served = commands.add_parser("serve", help=h("serve"), description=h("serve"),
                                 language=language)
    served.set_defaults(command=serve.run_command)
    serve.add_arguments(served, language)

    printables = commands.add_parser("printables", help=h("printables"),
                                     description=h("printables"), language=language)
    printables.set_defaults(command=_printables)
    printables.add_argument("outdir", type=Path, help=h("outdir"))
    printables.add_argument("--db", default=argparse.SUPPRESS, help=h("db"))
    printables.add_argument("--workshop", help=h("printables_workshop"))
    printables.add_argument("--lang", dest="sheet_lang", choices=LANGUAGES, default=None,
                            help=h("sheet_lang"))
    return parser


def _command(
    commands: argparse._SubParsersAction,
    name: str,
    handler: Callable[[Store, argparse.Namespace], None],
    help_text: str,
    language: str,
) -> argparse.ArgumentParser:
    command = commands.add_parser(name, help=help_text, description=help_text,
                                  language=language)
    command.set_defaults(command=handler)
    # The common options also work after the command (`klantreis samples --db x.db`).
    command.add_argument("--db", default=argparse.SUPPRESS, help=t("cli.help.db", language))
    command.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                         help=t("cli.help.lang", language))
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
    from .outputs.report import write_report

    write_report(store.workshop(args.workshop), args.path, args.journey)
    print(t("report.written", args.lang, path=args.path))


def _chart(store: Store, args: argparse.Namespace) -> None:
    from .outputs.report import export_chart

    export_chart(store.workshop(args.workshop), args.name, args.path, args.journey)
    print(t("report.chart_written", args.lang, path=args.path))


def _map(store: Store, args: argparse.Namespace) -> None:
    from .outputs.journey_map import write_map

    write_map(store.workshop(args.workshop), args.path, args.journey, paper=args.size,
              desired=args.desired)
    print(t("map.written", args.lang, path=args.path))


def _printables(store: Store, args: argparse.Namespace) -> None:
    from .outputs.printables import build_printables

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
