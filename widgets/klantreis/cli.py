"""The `klantreis` command: load the sample workshops, list, export and import workshops,
write reports and charts, and serve them to a room.

The store is `--db` (a file path or database URL), else $KLANTREIS_DB, else
`.klantreis/workshops.db` in the current directory.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .core.errors import KlantreisError
from .core.store import Store, default_db, open_store
from .i18n import LANGUAGES, label, listing, t
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
    language = command_language(argv)
    parser = _parser(language)
    args = parser.parse_args(argv)
    # `asked_lang` is the `--lang` given (None when not): it beats a workshop's language.
    args.asked_lang = args.lang
    args.lang = args.lang or language
    # The read-only dashboard writes nothing: not even a new or upgraded store.
    store = _StoreOnDemand(args.db, args.lang, read_only=getattr(args, "dashboard", False))
    try:
        args.command(store, args)
    except KlantreisError as error:
        print(t("cli.error", args.lang, message=error.message(args.lang)), file=sys.stderr)
        return 1
    except OSError as error:
        text = os_error_text(error, args.lang, _path_argument(args))
        print(t("cli.error", args.lang, message=text), file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


class _StoreOnDemand:
    """The store, opened when a command first uses it: a command that needs none (blank
    printables, `--help`) must not leave an empty store behind."""

    def __init__(self, target: str, language: str, *, read_only: bool = False) -> None:
        self._target, self._language, self._read_only = target, language, read_only
        self._store: Store | None = None

    def __getattr__(self, name: str) -> object:
        if self._store is None:
            self._store = open_store(self._target, read_only=self._read_only,
                                     snapshot=self._read_only, language=self._language)
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


def os_error_text(error: OSError, language: str, fallback: Path | None = None) -> str:
    """What went wrong with a file or folder, in `language` and with its path; never the
    system's own (English) text."""
    path = Path(error.filename) if error.filename else fallback
    shown = str(path) if path is not None else "?"
    code = error.errno
    if code == errno.ENOENT or isinstance(error, FileNotFoundError):
        if path is not None and not path.parent.exists():
            return t("cli.os.no_folder", language, path=shown, folder=str(path.parent))
        return t("cli.os.not_found", language, path=shown)
    if code in (errno.EACCES, errno.EPERM) or isinstance(error, PermissionError):
        return t("cli.os.permission", language, path=shown)
    if code == errno.EISDIR:
        return t("cli.os.is_folder", language, path=shown)
    if code == errno.ENOTDIR:
        return t("cli.os.not_a_folder", language, path=shown)
    if code == errno.EEXIST:
        return t("cli.os.exists", language, path=shown)
    if code == errno.ENOSPC:
        return t("cli.os.disk_full", language, path=shown)
    if code == errno.EROFS:
        return t("cli.os.read_only", language, path=shown)
    name = errno.errorcode.get(code, str(code)) if code is not None else type(error).__name__
    return t("cli.os.other", language, path=shown, code=name)


def _path_argument(args: argparse.Namespace) -> Path | None:
    for name in ("path", "outdir"):
        value = getattr(args, name, None)
        if isinstance(value, Path):
            return value
    return None


def _argparse_texts(language: str) -> dict[str, str]:
    """argparse's own messages (Python 3.11's templates) in `language`."""
    return {
        "usage: ": t("cli.help.usage", language),
        "positional arguments": t("cli.help.positionals", language),
        "options": t("cli.help.options", language),
        "show this help message and exit": t("cli.help.help", language),
        "the following arguments are required: %s": t("cli.argparse.required", language),
        "unrecognized arguments: %s": t("cli.argparse.unrecognized", language),
        "invalid choice: %(value)r (choose from %(choices)s)":
            t("cli.argparse.invalid_choice", language),
        "argument %(argument_name)s: %(message)s": t("cli.argparse.argument", language),
        "invalid %(type)s value: %(value)r": t("cli.argparse.invalid_value", language),
        "expected one argument": t("cli.argparse.expected_one", language),
        "expected at most one argument": t("cli.argparse.expected_at_most_one", language),
        "expected at least one argument": t("cli.argparse.expected_at_least_one", language),
        "expected %s argument": t("cli.argparse.expected_count", language),
        "expected %s arguments": t("cli.argparse.expected_count", language),
        "ambiguous option: %(option)s could match %(matches)s":
            t("cli.argparse.ambiguous", language),
        "not allowed with argument %s": t("cli.argparse.not_allowed_with", language),
        "ignored explicit argument %r": t("cli.argparse.ignored_value", language),
        "one of the arguments %s is required": t("cli.argparse.one_of_required", language),
        "unknown parser %(parser_name)r (choices: %(choices)s)":
            t("cli.argparse.unknown_command", language),
        "unexpected option string: %s": t("cli.argparse.unexpected_option", language),
    }


@contextmanager
def _argparse_words(language: str) -> Iterator[None]:
    """argparse looks its messages up through gettext (`argparse._`, `argparse.ngettext`)
    when it needs them: meanwhile that lookup gives them in `language`."""
    texts = _argparse_texts(language)
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def plural(singular: str, many: str, count: int) -> str:
        text = singular if count == 1 else many
        return texts.get(text, text)

    setattr(argparse, "_", lambda text: texts.get(text, text))  # noqa: B010
    setattr(argparse, "ngettext", plural)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010


class _Parser(argparse.ArgumentParser):
    """An argument parser whose own words (usage, the headings, `-h`, its error messages)
    are in `language` too; its subcommands' parsers are of this class and get the same
    language."""

    def __init__(self, *args: Any, language: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, add_help=False, **kwargs)
        self.language = language
        self._positionals.title = t("cli.help.positionals", language)
        self._optionals.title = t("cli.help.options", language)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=t("cli.help.help", language))

    def _get_formatter(self) -> argparse.HelpFormatter:
        return _Formatter(self.prog, t("cli.help.usage", self.language))

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:
        with _argparse_words(self.language):
            return super().parse_args(args, namespace)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        with _argparse_words(self.language):
            return super().parse_known_args(args, namespace)

    def format_help(self) -> str:
        with _argparse_words(self.language):
            return super().format_help()

    def error(self, message: str) -> Any:
        """The usage, then one line saying what is wrong; exits with code 2."""
        self.print_usage(sys.stderr)
        self.exit(2, t("cli.usage_error", self.language, prog=self.prog, message=message)
                  + "\n")


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
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=h("lang"))
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

    fmt = args.format or _format_of(args.path)
    writers = {
        "json": exchange.export_json,
        "xlsx": exchange.export_excel,
        "csv": exchange.export_csv,
        "mermaid": exchange.export_mermaid,
    }
    if fmt not in writers:
        raise KlantreisError("cli.export_unknown_format", args.lang, path=str(args.path),
                             suffix=args.path.suffix, formats=listing(EXPORT_FORMATS, args.lang))
    if fmt != "csv" or args.path.suffix.lower() == ".zip":  # a CSV folder is made
        _check_folder(args.path)
    workshop = store.workshop(args.workshop)
    writers[fmt](workshop, args.path)
    print(t("cli.exported", args.lang, path=args.path))


def _import(store: Store, args: argparse.Namespace) -> None:
    from . import exchange

    path: Path = args.path
    if not path.exists():
        raise FileNotFoundError(errno.ENOENT, "", str(path))
    fmt = "csv" if path.is_dir() else _format_of(path)
    readers = {
        "json": exchange.import_json,
        "xlsx": exchange.import_excel,
        "csv": exchange.import_csv,
    }
    if path.is_file() and path.suffix.lower() in ("", ".csv"):
        raise KlantreisError("cli.import_single_csv", args.lang, path=str(path),
                             files=listing(_csv_files(), args.lang))
    if fmt == "csv" and path.is_file() and not zipfile.is_zipfile(path):
        raise KlantreisError("cli.import_not_zip", args.lang, path=str(path))
    if fmt not in readers:
        raise KlantreisError("cli.import_unknown_format", args.lang, path=str(path),
                             suffix=path.suffix)
    workshop = readers[fmt](store, args.path, new_ids=args.new_ids)
    print(t("cli.imported", args.lang, title=workshop.info()["title"], id=workshop.id))


def _csv_files() -> list[str]:
    """The CSV files an import needs (the tables a file may leave out are not named)."""
    from .core.tables import OPTIONAL_IN_FILES
    from .exchange.tabular import SHEET_TABLES

    return [f"{name}.csv" for name in SHEET_TABLES if name not in OPTIONAL_IN_FILES]


def _check_folder(path: Path) -> None:
    """A file is written into a folder that must be there: say so before any work."""
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "", str(path))


def _report(store: Store, args: argparse.Namespace) -> None:
    from .outputs.report import write_report

    _check_folder(args.path)
    write_report(store.workshop(args.workshop), args.path, args.journey, args.asked_lang)
    print(t("report.written", args.lang, path=args.path))


def _chart(store: Store, args: argparse.Namespace) -> None:
    from .outputs.report import export_chart

    _check_folder(args.path)
    export_chart(store.workshop(args.workshop), args.name, args.path, args.journey,
                 args.asked_lang)
    print(t("report.chart_written", args.lang, path=args.path))


def _map(store: Store, args: argparse.Namespace) -> None:
    from .outputs.journey_map import write_map

    _check_folder(args.path)
    write_map(store.workshop(args.workshop), args.path, args.journey, args.asked_lang,
              paper=args.size, desired=args.desired)
    print(t("map.written", args.lang, path=args.path))


def _printables(store: Store, args: argparse.Namespace) -> None:
    from .outputs.printables import build_printables

    workshop = store.workshop(args.workshop) if args.workshop else None
    language = (args.sheet_lang or args.asked_lang or (workshop.language if workshop else None)
                or args.lang)
    written = build_printables(args.outdir, language, workshop)
    print(t("printables.built", args.lang, count=len(written), path=args.outdir))


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    return {".json": "json", ".xlsx": "xlsx", ".mmd": "mermaid", ".zip": "csv"}.get(
        suffix, "csv" if suffix in ("", ".csv") else suffix.lstrip(".")
    )


if __name__ == "__main__":
    sys.exit(main())
