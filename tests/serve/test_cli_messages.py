"""What the `klantreis` command says when something is wrong: one clear line in the language
asked for, a non-zero exit code and never a traceback or the system's English words."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from klantreis import cli
from klantreis.core.store import Store, open_store
from klantreis.serve import command as serve

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from old_store import make_old


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in cli.LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The exit code, standard output and error of `klantreis argv`, run in-process."""
    try:
        code = cli.main(argv)
    except SystemExit as stopped:
        code = stopped.code if isinstance(stopped.code, int) else 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class FakeVoila:
    """Stands in for the Voilà process: stops at once."""

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        pass

    def wait(self, timeout: float | None = None) -> int:
        return 0

    def poll(self) -> int:
        return 0

    def terminate(self) -> None:
        pass


@pytest.fixture
def dutch(sqlite_store: Store, tmp_path: Path) -> tuple[str, str]:
    """(store path, id) of a Dutch workshop with a journey."""
    workshop = sqlite_store.create_workshop("Hotel", language="nl", lens="target")
    return str(tmp_path / "workshop.db"), workshop.id


# -- argparse's own words ---------------------------------------------------------------------


@pytest.mark.parametrize(("argv", "line"), [
    (["--lang", "nl", "export"],
     "klantreis export: fout: deze argumenten ontbreken: workshop, path"),
    (["--lang", "en", "export"],
     "klantreis export: error: the following arguments are required: workshop, path"),
    (["--lang", "nl", "bogus"], "klantreis: fout: argument COMMAND: ongeldige keuze: 'bogus' (kies"
                                " uit 'samples', 'list'"),
    (["--lang", "nl", "list", "extra"], "klantreis: fout: onbekende argumenten: extra"),
    (["--lang", "nl", "serve", "--port", "x"], "klantreis serve: fout: argument --port: ongeldige"
                                                " waarde 'x'"),
    (["--lang", "fr", "list"], "klantreis: error: argument --lang: invalid choice: 'fr' (choose "
                               "from 'nl', 'en')"),
])
def test_argparse_speaks_the_language_asked(argv: list[str], line: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(argv, capsys)
    assert code == 2
    assert any(shown.startswith(line) for shown in err.splitlines()), err
    if "nl" in argv:
        assert err.startswith("gebruik: klantreis") and "error" not in err


def test_the_help_reads_properly(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(["--lang", "nl", "printables", "--help"], capsys)
    assert code == 0 and "anders en)" not in out
    assert "anders die van de" in out and "argumenten" in out and "opties" in out


def test_a_real_run_shows_no_traceback() -> None:
    shown = subprocess.run([sys.executable, "-m", "klantreis.cli", "--lang", "nl", "report"],
                           capture_output=True, text=True, env={**os.environ, "LANG": "C"})
    assert shown.returncode == 2 and "Traceback" not in shown.stderr
    assert "klantreis report: fout: deze argumenten ontbreken: workshop, path" in shown.stderr


# -- --lang for every command -----------------------------------------------------------------


def test_the_report_is_written_in_the_language_asked(dutch: tuple[str, str], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db, workshop = dutch
    target = tmp_path / "report.html"
    code, out, _err = run(["--db", db, "--lang", "en", "report", workshop, str(target)], capsys)
    assert code == 0 and str(target) in out
    assert '<html lang="en"' in target.read_text(encoding="utf-8")
    dutch_report = tmp_path / "rapport.html"
    assert run(["--db", db, "report", workshop, str(dutch_report)], capsys)[0] == 0
    assert '<html lang="nl"' in dutch_report.read_text(encoding="utf-8")


def test_serve_prints_and_links_in_the_language_asked(
        dutch: tuple[str, str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db, workshop = dutch
    monkeypatch.setattr(serve.subprocess, "Popen", FakeVoila)
    port = str(free_port())
    code, out, _err = run(["--db", db, "--lang", "en", "serve", "--workshop", workshop,
                           "--port", port, "--pool", "0"], capsys)
    assert code == 0 and "lang=en" in out and "lang=nl" not in out and "Ctrl+C" in out
    code, out, _err = run(["--db", db, "serve", "--workshop", workshop, "--port", port], capsys)
    assert code == 0 and "lang=nl" in out  # the workshop's language when none is asked


# -- files and folders ------------------------------------------------------------------------


def test_a_missing_folder_is_named(dutch: tuple[str, str], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    db, workshop = dutch
    for command in ("export", "report"):
        target = tmp_path / "nowhere" / ("x.json" if command == "export" else "x.html")
        code, out, err = run(["--db", db, "--lang", "nl", command, workshop, str(target)],
                             capsys)
        assert code == 1 and out == ""
        assert err.strip() == (f"Fout: de map {tmp_path / 'nowhere'} bestaat niet (voor "
                               f"{target}). Maak hem eerst aan of kies een andere plek.")
        assert "Errno" not in err


def test_permission_denied_is_said_without_system_words(
        dutch: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from klantreis import exchange

    db, workshop = dutch
    target = tmp_path / "x.json"

    def refuse(_workshop: object, path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(exchange, "export_json", refuse)
    code, _out, err = run(["--db", db, "--lang", "nl", "export", workshop, str(target)], capsys)
    assert code == 1
    assert err.strip() == f"Fout: geen toestemming voor {target}: Klantreis mag het niet lezen " \
                          "of schrijven."


def test_an_unknown_export_type_names_the_known_ones(
        dutch: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, workshop = dutch
    code, _out, err = run(["--db", db, "export", workshop, str(tmp_path / "x.txt")], capsys)
    assert code == 1 and len(err.splitlines()) == 1
    assert "'.txt'" in err and ".json, .xlsx, .mmd" in err and "json, xlsx, csv and mermaid" in err


def test_import_says_what_it_needs(sqlite_store: Store, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "workshop.db")
    steps = tmp_path / "steps.csv"
    code, _out, err = run(["--db", db, "--lang", "nl", "import", str(steps)], capsys)
    assert code == 1 and err.strip() == f"Fout: {steps} bestaat niet."
    steps.write_text("id,name\n1,Kijken\n", encoding="utf-8")
    code, _out, err = run(["--db", db, "--lang", "nl", "import", str(steps)], capsys)
    assert code == 1 and len(err.splitlines()) == 1
    assert "één CSV-bestand" in err and "workshops.csv" in err and "map of .zip" in err
    fake_zip = tmp_path / "export.zip"
    fake_zip.write_text("no zip", encoding="utf-8")
    code, _out, err = run(["--db", db, "import", str(fake_zip)], capsys)
    assert code == 1 and "is not a zip file" in err and "File is not a zip file" not in err
    assert sqlite_store.workshops().empty


# -- serve: the port, the read-only dashboard ---------------------------------------------------


def test_a_port_in_use_is_said_before_any_link(dutch: tuple[str, str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db, workshop = dutch
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        before = sha256(Path(db))
        code, out, err = run(["--db", db, "--lang", "nl", "serve", "--workshop", workshop,
                              "--port", str(port)], capsys)
    assert code == 1 and out == "" and len(err.splitlines()) == 1
    assert f"Poort {port} op 127.0.0.1 is al in gebruik" in err and "--port" in err
    assert sha256(Path(db)) == before  # no room keys made


def test_the_dashboard_does_not_make_a_store(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "none.db"
    code, out, err = run(["--db", str(db), "--lang", "nl", "serve", "--dashboard",
                          "--port", str(free_port())], capsys)
    assert code == 1 and out == ""
    assert err.startswith(f"Fout: Er is geen workshop-opslag op '{db}'.")
    assert list(tmp_path.iterdir()) == []


def test_the_dashboard_does_not_upgrade_an_older_store(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "old.db"
    with open_store(db) as store:
        store.create_workshop("Hotel")
    make_old(str(db), 5)
    before, files = sha256(db), sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run(["--db", str(db), "serve", "--dashboard", "--port", str(free_port())],
                         capsys)
    assert code == 1 and out == "" and len(err.splitlines()) == 1
    assert "older format (schema 5)" in err and f"klantreis list --db {db}" in err
    assert sha256(db) == before and sorted(p.name for p in tmp_path.iterdir()) == files


def test_the_dashboard_leaves_the_store_as_it_was(
        dutch: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        sqlite_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    db, workshop = dutch
    sqlite_store.close()
    before, files = sha256(Path(db)), sorted(p.name for p in tmp_path.iterdir())
    monkeypatch.setattr(serve.subprocess, "Popen", FakeVoila)
    code, out, _err = run(["--db", db, "serve", "--dashboard", "--workshop", workshop,
                           "--port", str(free_port())], capsys)
    assert code == 0 and "dashboard.ipynb" in out
    assert sha256(Path(db)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files


# -- damaged stores, servers that cannot be reached ---------------------------------------------


def test_a_damaged_store_is_called_damaged(dutch: tuple[str, str], tmp_path: Path,
                                           sqlite_store: Store,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db, _workshop = dutch
    sqlite_store.close()  # all of it in the file
    noise = tmp_path / "noise.db"
    noise.write_bytes(os.urandom(4096))
    truncated = tmp_path / "truncated.db"
    whole = Path(db).read_bytes()
    truncated.write_bytes(whole[:len(whole) // 2])
    for damaged in (noise, truncated):
        code, _out, err = run(["--db", str(damaged), "--lang", "nl", "list"], capsys)
        assert code == 1 and len(err.splitlines()) == 1
        assert "is beschadigd" in err and "reservekopie" in err and "klantreis import" in err
    other = tmp_path / "notes.txt"
    other.write_text("shopping list", encoding="utf-8")
    code, _out, err = run(["--db", str(other), "list"], capsys)
    assert code == 1 and "is not a Klantreis workshop file" in err


def test_an_unreachable_server_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["--db", f"postgresql://kit@127.0.0.1:{free_port()}/kit", "list"],
                          capsys)
    assert code == 1 and len(err.splitlines()) == 1
    assert "The database server at 127.0.0.1:" in err and "OperationalError" not in err
