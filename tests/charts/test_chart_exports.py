"""Every chart of a journey as PNG, SVG and PDF, from Python and from the command line.

The charts are built by `charts.journey` from a workshop's frames (the same preparation the
report uses) and rendered offline by vl-convert.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from klantreis import charts, cli, figures
from klantreis.core.errors import KlantreisError, NotFoundError
from klantreis.core.store import Store
from klantreis.core.workshop import Workshop
from klantreis.i18n import t
from klantreis.outputs.report import export_chart
from klantreis.samples import build_sample

MAGIC = {".png": b"\x89PNG\r\n\x1a\n", ".svg": b"<svg", ".pdf": b"%PDF-"}


@pytest.fixture(scope="module")
def bike(sample_store: Store) -> Workshop:
    return build_sample(sample_store, "mountainbike")


@pytest.mark.parametrize("name", charts.CHART_NAMES)
def test_every_chart_exports_in_every_format(
    name: str, fridge: Workshop, tmp_path: Path
) -> None:
    for suffix, magic in MAGIC.items():
        written = export_chart(fridge, name, tmp_path / f"{name}{suffix}")
        data = written.read_bytes()
        assert data.startswith(magic), (name, suffix)
        assert len(data) > 1000
    svg = (tmp_path / f"{name}.svg").read_text(encoding="utf-8")
    assert svg.rstrip().endswith("</svg>") and "<script" not in svg


def test_charts_speak_the_workshop_language(bike: Workshop, tmp_path: Path) -> None:
    svg = export_chart(bike, "curve", tmp_path / "curve.svg").read_text(encoding="utf-8")
    assert t("chart.title.emotion_curve", "nl") in svg
    assert t("chart.desired", "nl") in svg  # chosen ideas lift the curve
    english = export_chart(bike, "ranking", tmp_path / "r.svg", language="en")
    assert t("chart.title.idea_ranking", "en") in english.read_text(encoding="utf-8")


def test_chart_follows_the_chosen_journey(fridge: Workshop, tmp_path: Path) -> None:
    frames = fridge.frames()
    first = figures.default_journey(frames)
    other = next(j for j in frames["journeys"]["id"] if j != first)
    steps = frames["steps"].merge(frames["phases"], left_on="phase_id", right_on="id",
                                  suffixes=("", "_phase"))
    other_steps = set(steps.loc[steps["journey_id"].eq(other).to_numpy(dtype=bool), "name"])
    first_steps = set(steps.loc[steps["journey_id"].eq(first).to_numpy(dtype=bool), "name"])
    name = sorted(other_steps - first_steps, key=len)[0]  # a short name is not cut on the axis
    default = export_chart(fridge, "curve", tmp_path / "a.svg").read_text(encoding="utf-8")
    chosen = export_chart(fridge, "curve", tmp_path / "b.svg", journey_id=other)
    assert name in chosen.read_text(encoding="utf-8") and name not in default


def test_workshop_charts_builds_every_chart(fridge: Workshop) -> None:
    built = charts.workshop_charts(fridge.frames(), language="en")
    assert tuple(built) == charts.CHART_NAMES
    assert all(chart.to_dict()["$schema"] for chart in built.values())
    assert cli.CHART_NAMES == charts.CHART_NAMES


def test_journey_ideas_leave_out_other_journeys(fridge: Workshop) -> None:
    frames = fridge.frames()
    links = frames["idea_steps"]
    counts = []
    for journey_id in frames["journeys"]["id"]:
        data = figures.JourneyData(frames, journey_id)
        steps, kept = set(data.steps["step_id"]), set(data.ideas["id"])
        for idea_id in frames["ideas"]["id"]:
            aimed = set(links.loc[links["idea_id"].eq(idea_id).to_numpy(dtype=bool), "step_id"])
            assert (idea_id in kept) == (not aimed or bool(aimed & steps))
        counts.append(len(kept))
    assert 0 < min(counts) < len(frames["ideas"])


def test_bad_requests_fail_clearly(fridge: Workshop, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="impact_effort"):
        export_chart(fridge, "pie", tmp_path / "x.png")
    with pytest.raises(KlantreisError, match=r"\.png, \.svg, \.pdf"):
        export_chart(fridge, "curve", tmp_path / "x.jpg")
    with pytest.raises(NotFoundError):
        export_chart(fridge, "curve", tmp_path / "x.png", journey_id="nope")
    assert not list(tmp_path.iterdir())


def test_cli_writes_charts_and_fails_clearly(
    sample_db: Path, fridge: Workshop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "matrix.pdf"
    db = str(sample_db)
    assert cli.main(["--db", db, "chart", fridge.id, "impact_effort", str(target)]) == 0
    assert target.read_bytes().startswith(MAGIC[".pdf"])
    assert str(target) in capsys.readouterr().out

    assert cli.main(["--db", db, "chart", "missing", "curve", str(tmp_path / "x.png")]) == 1
    assert "missing" in capsys.readouterr().err
    assert cli.main(["--db", db, "chart", fridge.id, "curve", str(tmp_path / "x.gif")]) == 1
    assert ".png, .svg, .pdf" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--db", db, "chart", fridge.id, "pie", str(tmp_path / "x.png")])
    assert stopped.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))


def test_console_command_writes_a_chart(sample_db: Path, fridge: Workshop, tmp_path: Path) -> None:
    """The installed way in: a separate process, as a facilitator runs it."""
    target = tmp_path / "curve.png"
    done = subprocess.run(
        [sys.executable, "-m", "klantreis.cli", "--db", str(sample_db), "chart", fridge.id, "curve",
         str(target)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(MAGIC[".png"])
