"""The facilitator guide: both languages have the same files and sections, and everything the
guide names exists and works: `klantreis` commands (with their options), `./run` commands,
notebooks, repository paths and links. The self-guided route adds up to two hours in the
guide and in the notebooks alike."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import nbformat
import pytest

from klantreis import cli

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "facilitator_guide"
LANGS = ("en", "nl")
MARKDOWN = sorted(GUIDE.rglob("*.md"))
NOTEBOOKS = ROOT / "notebooks"
ROUTE = ("start", "preparation", "empathy", "improvement")  # the self-guided route's steps

FENCE = re.compile(r"^```.*?^```", re.S | re.M)
HEADING = re.compile(r"^(#{1,6}) +(.+?)\s*$", re.M)
INLINE_CODE = re.compile(r"`([^`\n]+)`")
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _prose(text: str) -> str:
    """Markdown without its fenced code blocks."""
    return FENCE.sub("", text)


def _code_lines(text: str) -> list[str]:
    """Lines of the fenced code blocks, without comments and blank lines."""
    lines = []
    for block in FENCE.findall(text):
        for line in block.splitlines()[1:-1]:
            line = re.sub(r"(^|\s)#.*$", "", line).strip()
            if line:
                lines.append(line)
    return lines


def _headings(path: Path) -> list[tuple[int, str]]:
    return [(len(m[1]), m[2]) for m in HEADING.finditer(_prose(path.read_text()))]


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    slug = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return slug.replace(" ", "-")


def _files(lang: str) -> list[str]:
    return sorted(p.name for p in (GUIDE / lang).glob("*.md"))


def _guide_id(path: Path) -> str:
    return str(path.relative_to(ROOT))


# -- both languages ---------------------------------------------------------------------------


def test_both_languages_have_the_same_files() -> None:
    english, dutch = _files("en"), _files("nl")
    assert english == dutch
    expected = {"README.md", "01-why.md", "02-agendas.md", "03-preparation.md",
                "04-preparation-phase.md", "05-empathy-phase.md", "06-improvement-phase.md",
                "07-running-the-kit.md", "08-after-the-workshop.md", "09-printables.md",
                "10-self-guided.md"}
    assert expected <= set(english)


@pytest.mark.parametrize("name", _files("en"))
def test_both_languages_have_the_same_sections(name: str) -> None:
    english = [level for level, _ in _headings(GUIDE / "en" / name)]
    dutch = [level for level, _ in _headings(GUIDE / "nl" / name)]
    assert english, f"{name} has no headings"
    assert english == dutch, f"{name}: heading levels differ between en and nl"
    assert english[0] == 1 and english.count(1) == 1, f"{name}: one title, first"


@pytest.mark.parametrize("lang", LANGS)
def test_each_index_lists_every_chapter(lang: str) -> None:
    index = (GUIDE / lang / "README.md").read_text()
    for name in _files(lang):
        if name != "README.md":
            assert f"]({name})" in index, f"{lang}/README.md does not link to {name}"


def test_top_level_readme_points_to_both_languages() -> None:
    text = (GUIDE / "README.md").read_text()
    assert "(en/README.md)" in text and "(nl/README.md)" in text


# -- commands ---------------------------------------------------------------------------------


def _klantreis_commands() -> list[tuple[str, list[str]]]:
    """(file, argv) of every `klantreis` command in the guide's code blocks."""
    found = []
    for path in MARKDOWN:
        for line in _code_lines(path.read_text()):
            words = shlex.split(line)
            if words[:1] in (["klantreis"], [".venv/bin/klantreis"]):
                found.append((_guide_id(path), words[1:]))
            elif words[:3] == ["python", "-m", "klantreis.cli"]:
                found.append((_guide_id(path), words[3:]))
    return found


def _run_commands() -> list[tuple[str, str]]:
    found = []
    for path in MARKDOWN:
        text = path.read_text()
        for line in _code_lines(text):
            words = shlex.split(line)
            if words[:1] == ["./run"]:
                found.append((_guide_id(path), words[1] if len(words) > 1 else ""))
        for code in INLINE_CODE.findall(_prose(text)):
            if code.startswith("./run "):
                found.append((_guide_id(path), code.split()[1]))
    return found


def test_the_guide_shows_commands() -> None:
    commands = {argv[0] for _, argv in _klantreis_commands()}
    assert {"serve", "export", "report", "printables", "import", "list"} <= commands
    assert {"workshop"} <= {name for _, name in _run_commands()}


@pytest.mark.parametrize(("where", "argv"), _klantreis_commands(),
                         ids=lambda value: " ".join(value) if isinstance(value, list) else value)
def test_every_klantreis_command_in_the_guide_parses(where: str, argv: list[str]) -> None:
    """The subcommand exists and takes these arguments and options (nothing is run)."""
    try:
        args = cli._parser().parse_args(argv)
    except SystemExit as exit_:
        pytest.fail(f"{where}: `klantreis {' '.join(argv)}` does not parse ({exit_})")
    assert callable(args.command)


def test_every_klantreis_command_named_in_prose_exists() -> None:
    subcommands = set(cli._parser()._subparsers._group_actions[0].choices)
    for path in MARKDOWN:
        for code in INLINE_CODE.findall(_prose(path.read_text())):
            words = code.split()
            if words[0] == "klantreis" and len(words) > 1:
                assert words[1] in subcommands, f"{_guide_id(path)}: `{code}`"


def test_every_run_command_in_the_guide_exists() -> None:
    result = subprocess.run([str(ROOT / "run"), "--help"], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 0, result.stderr
    commands = set(re.findall(r"^  ([a-z][\w-]*)\b", result.stdout, re.M))
    assert {"workshop", "tests"} <= commands
    for where, name in _run_commands():
        assert name in commands, f"{where}: ./run {name} is not in ./run --help"


# -- files, notebooks and links --------------------------------------------------------------


def _named_paths(text: str) -> list[str]:
    """Repository paths and notebook names in inline code: `notebooks/x.ipynb`,
    `sample_data/hotel.json`, `empathy.ipynb`. Runtime paths (`.venv`, `.klantreis/…`) and
    files the reader writes are not repository paths."""
    top = {p.name for p in ROOT.iterdir() if not p.name.startswith(".")}
    named = []
    for code in INLINE_CODE.findall(text):
        if " " in code or code.startswith(("-", ".", "http")):
            continue
        if code.endswith(".ipynb") and "/" not in code:
            named.append(f"notebooks/{code}")
        elif "/" in code and code.split("/")[0] in top | {"notebooks", "docs"}:
            named.append(code)
    return named


@pytest.mark.parametrize("path", MARKDOWN, ids=_guide_id)
def test_every_path_and_notebook_the_guide_names_exists(path: Path) -> None:
    for named in _named_paths(_prose(path.read_text())):
        assert (ROOT / named).exists(), f"{_guide_id(path)} names `{named}`, which is missing"


@pytest.mark.parametrize("path", MARKDOWN, ids=_guide_id)
def test_no_link_to_a_missing_file_or_section(path: Path) -> None:
    for target in LINK.findall(_prose(path.read_text())):
        if re.match(r"^[a-z]+:", target):
            continue  # http:, mailto:
        file, _, anchor = target.partition("#")
        linked = (path.parent / file).resolve() if file else path
        assert linked.exists(), f"{_guide_id(path)} links to missing {target}"
        if anchor:
            slugs = {_slug(title) for _, title in _headings(linked)}
            assert anchor in slugs, f"{_guide_id(path)} links to missing section {target}"


def test_the_guide_names_every_notebook() -> None:
    text = " ".join(p.read_text() for p in MARKDOWN)
    for notebook in NOTEBOOKS.glob("*.ipynb"):
        assert notebook.name in text, f"the guide never mentions {notebook.name}"


# -- the self-guided route --------------------------------------------------------------------


def _route_minutes_in_guide(lang: str) -> list[int]:
    unit = {"en": "minutes", "nl": "minuten"}[lang]
    headings = [title for level, title in _headings(GUIDE / lang / "10-self-guided.md")
                if level == 2]
    return [int(m[1]) for title in headings
            if (m := re.search(rf"\((\d+) {unit}\)$", title))]


def _notebook_header(name: str) -> str:
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    return next(c.source for c in notebook.cells if c.cell_type == "markdown")


@pytest.mark.parametrize("lang", LANGS)
def test_the_guides_route_takes_two_hours(lang: str) -> None:
    minutes = _route_minutes_in_guide(lang)
    assert len(minutes) == len(ROUTE)
    assert sum(minutes) == 120


def test_each_route_notebook_says_its_step_and_time_in_both_languages() -> None:
    guide = _route_minutes_in_guide("en")
    for number, name in enumerate(ROUTE, start=1):
        header = _notebook_header(name)
        english = re.search(rf"step {number} of 4 · about (\d+) minutes", header)
        dutch = re.search(rf"stap {number} van 4 · ongeveer (\d+) minuten", header)
        assert english and dutch, f"{name}.ipynb has no self-guided header"
        assert int(english[1]) == int(dutch[1]) == guide[number - 1], name
        assert "What good looks like" in header and "Zo ziet goed eruit" in header
        for named in _named_paths(header):
            assert (ROOT / named).exists(), f"{name}.ipynb names missing `{named}`"


def test_the_other_notebooks_point_to_the_route_too() -> None:
    for notebook in sorted(NOTEBOOKS.glob("*.ipynb")):
        header = _notebook_header(notebook.stem)
        assert "Self-guided route" in header and "Zelf aan de slag" in header, notebook.name
