"""`klantreis serve`: the Voilà command and settings, the links, the QR codes, the staged apps.

These run without starting a server; tests/browser/ starts one and drives it.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from klantreis import cli
from klantreis.core.environment import OPEN_DASHBOARD_ENV, PUBLIC_URL_ENV, WORKSHOP_ENV
from klantreis.core.errors import KlantreisError
from klantreis.core.room import Room, RoomKeys
from klantreis.core.store import Store
from klantreis.outputs import join
from klantreis.serve import command as serve

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def workshop_id(sqlite_store: Store) -> str:
    return sqlite_store.create_workshop("Hotel", language="nl").id


def test_safe_settings_live_in_the_package() -> None:
    settings = json.loads((serve.CONFIG_DIR / "voila.json").read_text())
    voila = settings["VoilaConfiguration"]
    assert voila["strip_sources"] is True and voila["show_tracebacks"] is False
    assert voila["file_allowlist"] == [] and voila["template"] == "klantreis"
    culling = settings["MappingKernelManager"]
    assert 0 < culling["cull_interval"] <= culling["cull_idle_timeout"]
    assert culling["cull_connected"] is False  # an open page keeps its kernel


def test_live_updates_do_not_keep_the_kernel_of_a_closed_page_alive() -> None:
    """A page that closed without telling Voilà (a phone put away) leaves a kernel that keeps
    sending live updates; those must not count as activity, or it is never culled. Every type
    jupyter_server leaves out by default stays left out."""
    from jupyter_server.services.kernels.kernelmanager import MappingKernelManager

    settings = json.loads((serve.CONFIG_DIR / "voila.json").read_text())
    untracked = settings["MappingKernelManager"]["untracked_message_types"]
    defaults = MappingKernelManager.class_traits()["untracked_message_types"].default()
    assert "comm_msg" in untracked and set(defaults) <= set(untracked)


def test_the_page_template_links_nothing_outside() -> None:
    template = serve.TEMPLATE_ROOT / "voila" / "templates" / "klantreis"
    text = (template / "index.html.j2").read_text()
    assert "://" not in text and "fontawesome" not in text.lower()
    assert "{%- block html_head_js_mermaidjs -%}" in text  # the CDN loader is overridden
    assert json.loads((template / "conf.json").read_text())["base_template"] == "lab"


def test_the_voila_command_uses_the_files_and_the_address(tmp_path: Path) -> None:
    options = serve.ServeOptions(db="x.db", host="0.0.0.0", port=9000, pool=3)
    command = serve.voila_command(tmp_path, options, ["participant.ipynb", "start.ipynb"])
    assert str(tmp_path / "apps") in command
    assert "--Voila.ip=0.0.0.0" in command and "--port=9000" in command
    assert f"--Voila.config_file_paths={serve.CONFIG_DIR}" in command
    run = json.loads((tmp_path / "config" / "voila.json").read_text())
    pools = run["VoilaKernelManager"]["kernel_pools_config"]
    assert pools["participant.ipynb"] == {"pool_size": 3}  # a room joins here at once
    assert pools["start.ipynb"] == {"pool_size": 1}


def test_no_pool_turns_preheating_off(tmp_path: Path) -> None:
    options = serve.ServeOptions(db="x.db", pool=0)
    serve.voila_command(tmp_path, options, ["start.ipynb"])
    run = json.loads((tmp_path / "config" / "voila.json").read_text())
    assert run == {"VoilaConfiguration": {"preheat_kernel": False}}


def test_only_the_kits_notebooks_are_staged(tmp_path: Path) -> None:
    source = tmp_path / "notebooks"
    source.mkdir()
    for name in ("start.ipynb", "dashboard.ipynb", "draft.ipynb", "workshops.db"):
        (source / name).write_text("{}")
    staged = serve.stage_notebooks(source, serve.APPS, tmp_path / "apps")
    assert sorted(staged) == ["dashboard.ipynb", "start.ipynb"]
    assert sorted(p.name for p in (tmp_path / "apps").iterdir()) == sorted(staged)


def test_the_dashboard_alone(tmp_path: Path) -> None:
    options = serve.ServeOptions(db="x.db", dashboard=True)
    assert options.apps == ("dashboard",)


def test_the_repository_notebooks_are_found_and_a_wrong_folder_is_said(tmp_path: Path) -> None:
    assert serve.find_notebooks() == (ROOT / "notebooks").resolve()
    with pytest.raises(KlantreisError) as raised:
        serve.find_notebooks(tmp_path, "nl")
    assert str(tmp_path) in raised.value.message("nl") and "--notebooks" in str(raised.value)


def test_environment_names_the_store_template_and_address(tmp_path: Path) -> None:
    env = serve.voila_env(serve.ServeOptions(db=str(tmp_path / "w.db")), "http://10.0.0.5:8866")
    assert env["KLANTREIS_DB"] == str((tmp_path / "w.db").resolve())
    assert env["JUPYTER_PATH"].split(":")[0] == str(serve.TEMPLATE_ROOT)
    assert env[PUBLIC_URL_ENV] == "http://10.0.0.5:8866"
    url_env = serve.voila_env(serve.ServeOptions(db="postgresql://u@h/db"))
    assert url_env["KLANTREIS_DB"] == "postgresql://u@h/db"


def test_links_carry_the_rooms_secrets_never_a_role() -> None:
    keys = RoomKeys("F" * 32, "D" * 32, "ACDEFG")
    links = serve.workshop_links("http://127.0.0.1:8866", keys, "nl")
    assert links.facilitator == ("http://127.0.0.1:8866/voila/render/start.ipynb"
                                 f"?key={'F' * 32}&lang=nl")
    assert links.join == "http://127.0.0.1:8866/voila/render/participant.ipynb?code=ACDEFG&lang=nl"
    assert links.dashboard.endswith(f"dashboard.ipynb?view={'D' * 32}&lang=nl")
    assert not any("role=" in link or "workshop=" in link
                   for link in (links.facilitator, links.join, links.dashboard))
    open_dashboard = serve.workshop_links("http://h:1", None, "en")
    assert open_dashboard.dashboard == "http://h:1/voila/render/dashboard.ipynb?lang=en"


def test_links_use_the_lan_address_when_serving_everywhere(monkeypatch) -> None:
    monkeypatch.setattr(serve, "lan_address", lambda: "192.0.2.7")
    assert serve.public_host("0.0.0.0") == "192.0.2.7"
    assert serve.public_host("127.0.0.1") == "127.0.0.1"


def test_lan_address_sends_nothing(monkeypatch) -> None:
    """Connecting a UDP socket only picks an interface; `sendto`/`send` are never called."""
    sent = []

    class Probe(socket.socket):
        def send(self, *args, **kwargs):  # type: ignore[override]
            sent.append(args)
            return 0

        sendto = send

    monkeypatch.setattr(socket, "socket", Probe)
    address = serve.lan_address()
    assert sent == [] and address.count(".") == 3


def test_qr_codes_are_svg_and_terminal_text() -> None:
    svg = join.qr_svg("http://127.0.0.1:8866/voila/render/start.ipynb?workshop=w")
    assert svg.startswith("<svg") and "<script" not in svg and "http" not in svg.split(">")[0][5:]
    terminal = join.qr_terminal("http://example.invalid/")
    assert len(terminal.splitlines()) > 10 and "█" in terminal


def test_the_join_block_shows_the_code_its_qr_code_and_link() -> None:
    block = join.join_block("http://192.0.2.7:8866", "ACD<FG", "nl")
    assert "<svg" in block and "Doe mee" in block and "ACD<FG" not in block
    assert "participant.ipynb?code=ACD%3CFG&amp;lang=nl" in block


def test_announcement_prints_links_and_a_qr_code(tmp_path: Path, sqlite_store: Store,
                                                workshop_id: str) -> None:
    options = serve.ServeOptions(db=str(tmp_path / "workshop.db"), workshop=workshop_id,
                                 port=8899)
    _command, env, links, text = serve.prepare(options, sqlite_store, tmp_path / "run")
    assert links.facilitator in text and links.join in text and "█" in text
    assert "lang=nl" in links.join  # the workshop's language by default
    assert "Hotel" in text and "Ctrl+C" in text
    assert sorted(p.name for p in (tmp_path / "run" / "apps").iterdir()) == sorted(
        f"{app}.ipynb" for app in serve.APPS)
    assert env[PUBLIC_URL_ENV] == "http://127.0.0.1:8899"
    assert env[WORKSHOP_ENV] == workshop_id  # preheated kernels warm up on it
    room = Room(sqlite_store.workshop(workshop_id))
    key = links.facilitator.split("key=")[1].split("&")[0]
    assert room.is_facilitator(key) and room.join_code in links.join


def test_serving_again_gives_new_keys_and_keeps_the_code_unless_asked(
        tmp_path: Path, sqlite_store: Store, workshop_id: str) -> None:
    options = serve.ServeOptions(db=str(tmp_path / "workshop.db"), workshop=workshop_id)
    first = serve.prepare(options, sqlite_store, tmp_path / "one")[2]
    second = serve.prepare(options, sqlite_store, tmp_path / "two")[2]
    assert first.facilitator != second.facilitator and first.join == second.join
    renewed = serve.prepare(serve.ServeOptions(db=options.db, workshop=workshop_id,
                                               new_code=True), sqlite_store, tmp_path / "3")[2]
    assert renewed.join != second.join


def test_the_dashboard_alone_needs_no_key(tmp_path: Path, sqlite_store: Store,
                                          workshop_id: str) -> None:
    options = serve.ServeOptions(db=str(tmp_path / "w.db"), workshop=workshop_id,
                                 dashboard=True)
    _command, env, links, _text = serve.prepare(options, sqlite_store, tmp_path / "run")
    assert env[OPEN_DASHBOARD_ENV] == "1" and "view=" not in links.dashboard


@pytest.mark.parametrize(("argv", "system", "expected"), [
    (["--lang", "nl", "list"], "C.UTF-8", "nl"),
    (["serve", "--lang=en"], "nl_NL.UTF-8", "en"),
    (["list"], "nl_BE.UTF-8", "nl"),
    (["list"], "C.UTF-8", "en"),
    (["--lang", "fr", "list"], "", "en"),
])
def test_the_command_speaks_the_language_asked_or_the_systems(
        monkeypatch: pytest.MonkeyPatch, argv: list[str], system: str, expected: str) -> None:
    for name in cli.LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", system)
    assert cli.command_language(argv) == expected


def test_the_help_is_in_dutch_too(capsys: pytest.CaptureFixture[str]) -> None:
    for argv, words in ((["--lang", "nl", "--help"], ["gebruik: klantreis", "opties",
                                                      "voeg de voorbeeldworkshops toe"]),
                        (["serve", "--lang", "nl", "--help"], ["voorverwarmde kernels",
                                                               "toon deze hulp en stop"]),
                        (["--lang", "en", "serve", "--help"], ["usage: klantreis serve",
                                                               "preheated kernels"])):
        with pytest.raises(SystemExit) as stopped:
            cli.main(argv)
        shown = capsys.readouterr().out
        assert stopped.value.code == 0 and all(word in shown for word in words), shown


def test_the_newest_workshop_is_served_by_default(sqlite_store: Store) -> None:
    sqlite_store.create_workshop("Old")
    newest = sqlite_store.create_workshop("New", language="nl")
    assert serve.choose_workshop(sqlite_store, None) == (newest.id, "nl")


def test_the_command_line_knows_serve() -> None:
    args = cli._parser().parse_args(["serve", "--db", "x.db", "--lang", "nl", "--port", "9001",
                                     "--pool", "0", "--dashboard", "--new-code"])
    assert args.command is serve.run_command
    assert (args.db, args.page_lang, args.port, args.pool, args.dashboard, args.new_code) == (
        "x.db", "nl", 9001, 0, True, True)
    assert cli._parser().parse_args(["serve"]).page_lang is None
