"""`klantreis serve`: the kit's notebooks as Voilà apps for a room full of laptops and phones.

The safe settings live in the package (`voila/voila.json`), not on the command line people
type: sources stripped, no tracebacks, no files served besides the rendered notebooks, idle
kernels culled, preheated kernels, and the kit's own page template that fetches nothing from
the internet. Voilà serves a copy of just the kit's notebooks from a fresh folder, so nothing
else that lies beside them (a store, a checkpoint, a draft) can be reached.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.environment import OPEN_DASHBOARD_ENV, PUBLIC_URL_ENV, STORE_ENV, WORKSHOP_ENV
from ..core.errors import KlantreisError, StoreError
from ..core.room import Room, RoomKeys
from ..core.store import Store
from ..i18n import LANGUAGES, label, t
from ..outputs.join import app_url, join_url, qr_terminal

PACKAGE_DATA = Path(__file__).resolve().parent / "voila"
CONFIG_DIR = PACKAGE_DATA  # holds voila.json
TEMPLATE_ROOT = PACKAGE_DATA / "share"  # a Jupyter data folder with voila/templates/klantreis
APPS = ("participant", "start", "preparation", "empathy", "improvement", "dashboard", "mining")
PARTICIPANT_APPS = ("participant",)  # the one page of every participant: a room joins at once
DEFAULT_PORT = 8866
DEFAULT_POOL = 2


@dataclass(frozen=True)
class ServeOptions:
    """What `klantreis serve` was asked for."""

    db: str
    workshop: str | None = None
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    pool: int = DEFAULT_POOL
    notebooks: Path | None = None
    language: str | None = None
    dashboard: bool = False
    new_code: bool = False  # a fresh join code (the old one stops working)

    @property
    def apps(self) -> tuple[str, ...]:
        return ("dashboard",) if self.dashboard else APPS


@dataclass(frozen=True)
class Links:
    """The addresses printed for a workshop."""

    facilitator: str
    join: str
    dashboard: str


# --------------------------------------------------------------------------- notebooks


def find_notebooks(explicit: Path | None = None, language: str = "en") -> Path:
    """The folder with the kit's notebooks: the one given, else the repository's `notebooks/`
    (found from the package source, as in an editable install)."""
    candidates = [explicit] if explicit else [Path(__file__).resolve().parents[3] / "notebooks"]
    for folder in candidates:
        if folder is not None and (folder / "start.ipynb").is_file():
            return folder.resolve()
    raise KlantreisError("serve.no_notebooks", language,
                         path=str(explicit or candidates[0]))


def stage_notebooks(source: Path, apps: Sequence[str], target: Path) -> list[str]:
    """Copy the apps' notebooks (and nothing else) into `target`; returns the names copied."""
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for app in apps:
        notebook = source / f"{app}.ipynb"
        if notebook.is_file():
            shutil.copyfile(notebook, target / notebook.name)
            copied.append(notebook.name)
    return copied


# --------------------------------------------------------------------------- Voilà


def pool_config(notebooks: Sequence[str], pool: int) -> dict[str, dict[str, int]]:
    """Preheated kernels per notebook: `pool` where a room joins at once, one elsewhere."""
    sizes = {"default": {"pool_size": 1 if pool > 0 else 0}}
    for name in notebooks:
        wanted = pool if Path(name).stem in PARTICIPANT_APPS else min(pool, 1)
        sizes[name] = {"pool_size": max(wanted, 0)}
    return sizes


def run_config(notebooks: Sequence[str], pool: int) -> dict[str, Any]:
    """The settings that differ per run, layered over the package's `voila.json`."""
    if pool <= 0:
        return {"VoilaConfiguration": {"preheat_kernel": False}}
    return {"VoilaKernelManager": {"kernel_pools_config": pool_config(notebooks, pool)}}


def voila_command(folder: Path, options: ServeOptions, notebooks: Sequence[str]) -> list[str]:
    """The Voilà command line. The settings come from files: this run's (in `folder`/config,
    written here) over the package's safe defaults; only the address is an option."""
    config = folder / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "voila.json").write_text(json.dumps(run_config(notebooks, options.pool),
                                                  indent=2), encoding="utf-8")
    return [
        sys.executable, "-m", "voila", str(folder / "apps"),
        f"--Voila.config_file_paths={config}",
        f"--Voila.config_file_paths={CONFIG_DIR}",
        f"--Voila.ip={options.host}",
        f"--port={options.port}",
        "--no-browser",
        "--Voila.port_retries=0",
    ]


def voila_env(options: ServeOptions, base: str = "") -> dict[str, str]:
    """The environment for Voilà and its kernels: the store, the template, the address
    people use (for the join code on the facilitator's page)."""
    env = dict(os.environ)
    env[STORE_ENV] = _absolute_store(options.db)
    env["JUPYTER_PATH"] = os.pathsep.join(
        [str(TEMPLATE_ROOT), *filter(None, [env.get("JUPYTER_PATH")])])
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    if base:
        env[PUBLIC_URL_ENV] = base
    return env


def _absolute_store(target: str) -> str:
    return target if "://" in target else str(Path(target).expanduser().resolve())


# --------------------------------------------------------------------------- links


def lan_address() -> str:
    """This machine's address on the local network, for links that phones can open.

    Connecting a UDP socket only picks the outgoing interface; nothing is sent. Falls back to
    the host name's address, then to loopback."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            address = probe.getsockname()[0]
        except OSError:
            address = ""
    if address and not address.startswith("0."):
        return address
    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return "127.0.0.1"


def public_host(host: str) -> str:
    """The host to put in links: the LAN address when serving on every interface."""
    if host in ("0.0.0.0", "", "::"):
        return lan_address()
    return host


def workshop_links(base: str, keys: RoomKeys | None, language: str) -> Links:
    """The facilitator's link (the start page, which leads to every phase) with the
    facilitator key, the participants' join link with the join code, and the read-only
    dashboard with its own key (none needed when only the dashboard is served)."""
    if keys is None:
        return Links("", "", app_url(base, "dashboard", lang=language))
    return Links(
        facilitator=app_url(base, "start", key=keys.facilitator, lang=language),
        join=join_url(base, keys.join_code, language),
        dashboard=app_url(base, "dashboard", view=keys.dashboard, lang=language),
    )


def choose_workshop(store: Store, wanted: str | None) -> tuple[str, str]:
    """(id, language) of the workshop to serve: the one asked for, else the newest one,
    else the sample workshops are loaded (as the pages would) and the first is taken."""
    if wanted:
        workshop = store.workshop(wanted)
        return workshop.id, str(workshop.info()["language"])
    frame = store.workshops()
    if frame.empty:
        if store.read_only:
            raise KlantreisError("serve.no_workshops", store.language)
        from ..samples import build_all

        first = build_all(store)[0]
        return first.id, str(first.info()["language"])
    newest = frame.iloc[-1]
    return str(newest["id"]), str(newest["language"])


# --------------------------------------------------------------------------- running


def announce(links: Links, options: ServeOptions, title: str, language: str) -> str:
    """What the terminal shows once the server is up."""
    if options.dashboard:
        return t("serve.dashboard_ready", language, title=title, dashboard=links.dashboard)
    lines = [
        t("serve.ready", language, title=title),
        t("serve.facilitator_link", language, url=links.facilitator),
        t("serve.join_link", language, url=links.join),
        t("serve.dashboard_link", language, url=links.dashboard),
        t("serve.scan", language),
        qr_terminal(links.join),
    ]
    if options.host in ("127.0.0.1", "localhost", "::1"):
        lines.append(t("serve.local_only", language))
    return "\n".join(lines)


def prepare(options: ServeOptions, store: Store,
            folder: Path) -> tuple[list[str], dict[str, str], Links, str]:
    """Everything needed before Voilà starts, in `folder`: the notebooks (in apps/) and this
    run's settings (in config/); returns the command, environment, links and text to print."""
    language = options.language or "en"
    source = find_notebooks(options.notebooks, language)
    staged = stage_notebooks(source, options.apps, folder / "apps")
    workshop_id, workshop_language = choose_workshop(store, options.workshop)
    language = options.language or workshop_language
    base = f"http://{_url_host(public_host(options.host))}:{options.port}"
    workshop = store.workshop(workshop_id)
    keys = None if options.dashboard else Room(workshop).open(new_code=options.new_code)
    links = workshop_links(base, keys, language)
    title = str(workshop.info()["title"])
    env = {**voila_env(options, base), WORKSHOP_ENV: workshop_id}
    if options.dashboard:
        env[OPEN_DASHBOARD_ENV] = "1"
    return (voila_command(folder, options, staged), env, links,
            announce(links, options, title, language))


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def serve(options: ServeOptions, store: Store) -> int:
    """Run Voilà until it stops (Ctrl+C or SIGTERM stop it and its kernels); returns its exit
    code."""
    with tempfile.TemporaryDirectory(prefix="klantreis-serve-") as folder:
        command, env, _links, text = prepare(options, store, Path(folder))
        print(text, flush=True)
        process = subprocess.Popen(command, env=env, cwd=folder)
        previous = signal.signal(signal.SIGTERM, lambda *_: process.terminate())
        try:
            return process.wait()
        except KeyboardInterrupt:
            process.terminate()
            return stop(process)
        finally:
            signal.signal(signal.SIGTERM, previous)
            if process.poll() is None:
                process.terminate()
                stop(process)


def stop(process: subprocess.Popen, grace: float = 20) -> int:
    """Wait for a terminated Voilà to shut its kernels down; kill it if it hangs."""
    try:
        return process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


# --------------------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser, language: str = "en") -> None:
    """The options of `klantreis serve` (its `--lang` is the pages' language), with their
    help in `language`."""
    def h(key: str) -> str:
        return label("cli.help", key, language)

    parser.add_argument("--db", default=argparse.SUPPRESS, help=h("db"))
    parser.add_argument("--lang", dest="page_lang", choices=LANGUAGES, default=None,
                        help=h("page_lang"))
    parser.add_argument("--workshop", help=h("serve_workshop"))
    parser.add_argument("--host", default="127.0.0.1", help=h("host"))
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=h("port"))
    parser.add_argument("--pool", type=int, default=DEFAULT_POOL, help=h("pool"))
    parser.add_argument("--notebooks", type=Path, help=h("notebooks"))
    parser.add_argument("--dashboard", action="store_true", help=h("dashboard"))
    parser.add_argument("--new-code", action="store_true", help=h("new_code"))


def check_port(host: str, port: int, language: str) -> None:
    """Fail with one sentence when Voilà could not listen on `host`:`port`; checked before
    anything is printed or written (Voilà would only say so after the links)."""
    try:
        addresses = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM,
                                       flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError):
        addresses = []
    for family, kind, protocol, _name, address in addresses[:1]:
        with socket.socket(family, kind, protocol) as probe:
            if os.name != "nt":  # as Tornado does: a port in TIME_WAIT is free
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except PermissionError as error:
                raise KlantreisError("cli.serve_port_refused", language, port=port,
                                     host=host) from error
            except OSError as error:
                if error.errno != errno.EADDRINUSE:
                    raise
                raise KlantreisError("cli.serve_port_taken", language, port=port, host=host,
                                     suggestion=port + 1) from error


def run_command(store: Store, args: argparse.Namespace) -> None:
    """`klantreis serve`: exits with Voilà's exit code when it stops with an error. Its own
    `--lang` (the pages') comes first, then the global one, then the workshop's."""
    language = args.page_lang or getattr(args, "asked_lang", None)
    options = ServeOptions(db=args.db, workshop=args.workshop, host=args.host,
                           port=args.port, pool=args.pool, notebooks=args.notebooks,
                           language=language, dashboard=args.dashboard,
                           new_code=args.new_code)
    check_port(options.host, options.port, language or getattr(args, "lang", None) or "en")
    if options.dashboard:
        _check_readable(store, options.db, args)
    code = serve(options, store)
    if code not in (0, -2, 130):  # Ctrl+C is a normal stop
        raise SystemExit(code)


def _check_readable(store: Store, db: str, args: argparse.Namespace) -> None:
    """The dashboard opens the store read-only: a store of an older schema cannot be
    upgraded by it, so say which command does."""
    try:
        store.schema_version  # noqa: B018 (opens the store)
    except StoreError as error:
        if error.key != "error.older_schema":
            raise
        raise KlantreisError("cli.serve_dashboard_upgrade", getattr(args, "lang", "en"),
                             path=db, found=error.params["found"]) from error
