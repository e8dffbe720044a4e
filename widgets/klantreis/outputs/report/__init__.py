"""The workshop report a manager can read without the kit, and every chart as a file.

`build_report` (in `document`) turns one journey of a workshop into a short list of blocks
holding plain, translated text; `html` and `pdf` lay those blocks out: one self-contained HTML
file (CSS inline, charts as inline SVG, no script and no outside URL, so it opens offline and
behind any firewall) and an A4 PDF. Both escape user text where they write it, so what the
report says is decided once and can only be shown, never run.

Charts come from `JourneyData`, the same figures the pages use, and are rendered offline by
vl-convert (`export_chart` writes PNG, SVG or PDF).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ...charts import to_pdf, to_png, to_svg
from ...charts.journey import journey_chart
from ...core.errors import KlantreisError
from ...core.files import write_atomic
from ...core.workshop import Workshop
from ...figures import JourneyData
from ...i18n import check_language
from .document import CHART_SUFFIXES, REPORT_SUFFIXES, Report, build_report
from .html import render_html
from .pdf import render_pdf

__all__ = [
    "CHART_SUFFIXES",
    "REPORT_SUFFIXES",
    "Report",
    "build_report",
    "export_chart",
    "report_html",
    "report_pdf",
    "write_report",
]


def report_html(
    workshop: Workshop, journey_id: str | None = None, language: str | None = None
) -> str:
    """The report as one self-contained HTML document (no script, no outside URL)."""
    return render_html(build_report(workshop, journey_id, language))


def report_pdf(
    workshop: Workshop, journey_id: str | None = None, language: str | None = None
) -> bytes:
    """The report as an A4 PDF with the same content as `report_html`."""
    return render_pdf(build_report(workshop, journey_id, language))


def write_report(
    workshop: Workshop, path: str | Path, journey_id: str | None = None,
    language: str | None = None,
) -> Path:
    """Write the report as HTML or PDF, chosen by the file's suffix; returns the path."""
    target = Path(path)
    suffix = _suffix(target, REPORT_SUFFIXES, language or workshop.language)
    if suffix == ".html":
        write_atomic(target, report_html(workshop, journey_id, language))
    else:
        write_atomic(target, report_pdf(workshop, journey_id, language))
    return target


def export_chart(
    workshop: Workshop, name: str, path: str | Path, journey_id: str | None = None,
    language: str | None = None,
) -> Path:
    """Write one chart (see `charts.CHART_NAMES`) as PNG, SVG or PDF, by the suffix."""
    language = check_language(language or workshop.language)
    target = Path(path)
    suffix = _suffix(target, CHART_SUFFIXES, language)
    data = JourneyData(workshop.frames(), journey_id, language)
    chart = journey_chart(data, name, language)
    if suffix == ".svg":
        write_atomic(target, to_svg(chart))
    else:
        write_atomic(target, to_png(chart) if suffix == ".png" else to_pdf(chart))
    return target


def _suffix(path: Path, allowed: Sequence[str], language: str) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise KlantreisError("report.bad_suffix", language, path=str(path),
                             choices=", ".join(allowed))
    return suffix
