"""Downloads on the dashboard: the workshop as JSON and Excel, the report, every chart.

The charts are made from the same `JourneyData` as what the page shows and the report draws,
so a downloaded chart cannot differ from either.

Files are offered as `data:` links in an HTML widget, made when asked for: they work in
Voilà without a file server and without any request leaving the page's own kernel.
"""

from __future__ import annotations

import base64
import logging
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import altair as alt

from ...charts import to_pdf, to_png, to_svg
from ...charts.journey import customers_chart, journey_chart
from ...figures import JourneyData, JourneyMap
from ...i18n import t
from ..kit import esc

log = logging.getLogger(__name__)
MIME = {
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html",
    "pdf": "application/pdf",
    "svg": "image/svg+xml",
    "png": "image/png",
}


@dataclass(frozen=True)
class Download:
    """One file to offer: its CSS kind, file name, label and bytes."""

    kind: str
    name: str
    label: str
    data: bytes

    def link(self) -> str:
        suffix = self.name.rsplit(".", 1)[-1]
        href = f"data:{MIME[suffix]};base64,{base64.b64encode(self.data).decode('ascii')}"
        return (f'<a class="kr-download kr-download-{self.kind}" download="{esc(self.name)}" '
                f'href="{href}">{esc(self.label)}</a>')


def slug(title: Any) -> str:
    """A file-name-safe form of a workshop title."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", _ascii(title).lower()).strip("-")
    return cleaned[:40] or "workshop"


def _ascii(text: Any) -> str:
    """`text` without accents (ideeën -> ideeen), for names every file system takes."""
    return unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")


def file_name(words: str) -> str:
    """A translated file name (`t("dashboard.filename.curve", "nl")`) made file-system
    safe: lower case, plain letters, digits and hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", _ascii(words).lower()).strip("-") or "file"


Maker = tuple[str, str, str, Callable[[], bytes]]  # kind, file name, label, builder


def workshop_files(workshop: Any, journey_id: str | None, language: str) -> list[Maker]:
    """The workshop as JSON and Excel (lossless), and the report as HTML and PDF."""
    from ...exchange import export_excel, workshop_to_json
    from ...outputs import report

    def excel() -> bytes:
        with tempfile.TemporaryDirectory() as folder:
            return export_excel(workshop, Path(folder) / "workshop.xlsx").read_bytes()

    base = f"klantreis-{slug(workshop.info()['title'])}"
    makers: list[Maker] = [
        ("json", f"{base}.json", t("dashboard.file.json", language),
         lambda: workshop_to_json(workshop).encode("utf-8")),
        ("xlsx", f"{base}.xlsx", t("dashboard.file.xlsx", language), excel),
    ]
    options = {"journey_id": journey_id, "language": language}
    report_name = file_name(t("dashboard.filename.report", language))
    makers += [
        ("report-html", f"{base}-{report_name}.html", t("dashboard.file.report_html", language),
         lambda: report.report_html(workshop, **options).encode("utf-8")),
        ("report-pdf", f"{base}-{report_name}.pdf", t("dashboard.file.report_pdf", language),
         lambda: report.report_pdf(workshop, **options)),
    ]
    return makers


def map_files(data: JourneyData, language: str) -> list[Maker]:
    """The journey map as SVG and PNG, and as a PDF poster on each paper size; the same for
    the persona's desired journey, when there is one."""
    makers = _one_map_files(data.journey_map, language, "")
    desired = data.desired_journey
    if desired is not None:
        makers += _one_map_files(desired.journey_map, language, "desired")
    return makers


def _one_map_files(journey_map: JourneyMap, language: str, variant: str) -> list[Maker]:
    from ...outputs.journey_map import PAPERS, map_png, map_svg, poster_pdf

    kind = f"{variant}-map" if variant else "map"
    name = file_name(t("dashboard.filename.desired_map", language) if variant
                     else t("dashboard.filename.map", language))
    which = t("map.desired_file", language) if variant else ""
    makers: list[Maker] = [
        (f"{kind}-svg", f"{name}.svg",
         which + t("dashboard.file.map", language, format="SVG"),
         lambda: map_svg(journey_map, language).encode("utf-8")),
        (f"{kind}-png", f"{name}.png",
         which + t("dashboard.file.map", language, format="PNG"),
         lambda: map_png(journey_map, language)),
    ]
    makers += [(f"{kind}-{paper}", f"{name}-{paper}.pdf",
                which + t("dashboard.file.poster", language, paper=paper.upper()),
                lambda paper=paper: poster_pdf(journey_map, language, paper))
               for paper in PAPERS]
    return makers


#: The dashboard's charts as files: (kind, the chart's name in `journey_chart`, title).
CHART_FILES = (("emotion-curve", "curve", "dashboard.curve"), ("gap", "gap", "dashboard.gap"),
               ("responsibility", "responsibility", "dashboard.responsibility"))


def chart_file_name(kind: str, language: str) -> str:
    """The file name (without suffix) of a chart of the dashboard in `language`."""
    words = {
        "emotion-curve": t("dashboard.filename.curve", language),
        "gap": t("dashboard.filename.gap", language),
        "responsibility": t("dashboard.filename.responsibility", language),
        "customers": t("dashboard.filename.customers", language),
    }
    return file_name(words.get(kind, kind))


def journey_charts(data: JourneyData, language: str) -> dict[str, tuple[str, alt.TopLevelMixin]]:
    """The charts the dashboard shows, by kind, with their titles."""
    shown = {name: (t(title, language), journey_chart(data, chart, language))
             for name, chart, title in CHART_FILES}
    customers = customers_chart(data, language)
    if customers is not None:
        shown["customers"] = (t("dashboard.customers", language), customers)
    return shown


def chart_files(shown: dict[str, tuple[str, alt.TopLevelMixin]], language: str) -> list[Maker]:
    """Every chart as SVG, PNG and PDF (rendered offline by vl-convert)."""
    formats: dict[str, Callable[[alt.TopLevelMixin], bytes]] = {
        "svg": lambda c: to_svg(c).encode("utf-8"), "png": to_png, "pdf": to_pdf}
    return [
        (f"{key}-{fmt}", f"{chart_file_name(key, language)}.{fmt}",
         t("dashboard.file.chart", language, chart=title, format=fmt.upper()),
         lambda make=make, chart=chart: make(chart))
        for key, (title, chart) in shown.items() for fmt, make in formats.items()
    ]


def build(makers: list[Maker]) -> tuple[list[Download], list[str]]:
    """Make every file; one that fails is left out and named, the others are still offered."""
    files, failed = [], []
    for kind, name, label, maker in makers:
        try:
            files.append(Download(kind, name, label, maker()))
        except Exception:
            log.exception("could not make %s", name)
            failed.append(label)
    return files, failed


def download_list(files: list[Download]) -> str:
    return "<ul>" + "".join(f"<li>{f.link()}</li>" for f in files) + "</ul>"
