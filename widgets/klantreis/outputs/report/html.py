"""The report as one self-contained HTML file.

Everything the page needs is inside it: the CSS in a `<style>` element and each chart as
inline SVG rendered offline by vl-convert. There is no script and no link to anything
outside, so the file opens the same on a train, behind a firewall or from an e-mail, and
prints on A4 (see the `@media print` rules).

Markup is built with `_el`, which escapes every plain string it is given; only `Html` (text
this module made safe itself, or vl-convert's SVG) passes through as markup. User text
therefore always shows as typed, `<script>` included.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from ...charts import to_svg
from ...charts.journey_map import map_svg
from .document import Cell, Chart, Facts, Group, Heading, MapPicture, Paragraph, Report, Table

__all__ = ["render_html"]

CSS = """
:root { --ink: #222; --soft: #555; --line: #d9dde3; --band: #eef2f7; --low: #fbe3d6;
        --high: #d7f0e6; --note: #fff6d6; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1040px; padding: 28px 32px 48px; line-height: 1.45;
       font-size: 15px; background: white; }
h1 { font-size: 28px; margin: 0 0 14px; line-height: 1.2; }
h2 { font-size: 21px; margin: 34px 0 10px; padding-top: 14px; border-top: 2px solid var(--ink); }
h3 { font-size: 17px; margin: 20px 0 8px; }
p { margin: 8px 0; }
.note { background: var(--note); border-left: 4px solid #e0b400; padding: 8px 12px; }
.quote { font-style: italic; font-size: 17px; border-left: 4px solid var(--line);
         padding: 2px 14px; color: #333; }
.small { font-size: 13px; color: var(--soft); }
dl.facts { display: grid; grid-template-columns: minmax(120px, max-content) 1fr;
           gap: 6px 18px; margin: 12px 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.text { white-space: pre-line; }
table { border-collapse: collapse; width: 100%; margin: 10px 0 6px; font-size: 13.5px; }
th { text-align: left; background: var(--ink); color: white; padding: 6px 8px;
     font-weight: bold; vertical-align: bottom; }
td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; }
tr.group td { background: var(--band); font-weight: bold; padding-top: 8px; }
td .detail { display: block; color: var(--soft); font-size: 12.5px; margin-top: 2px;
             white-space: pre-line; }
td.low { background: var(--low); }
td.high { background: var(--high); }
.journey-map { margin: 12px 0; overflow-x: auto; border: 1px solid var(--line); }
.journey-map svg { display: block; }
.chart { margin: 12px 0; overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; }
footer { margin-top: 36px; color: var(--soft); font-size: 12.5px; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  tr, .chart, dl.facts { break-inside: avoid; }
  .chart { overflow: visible; }
  .journey-map { overflow: visible; border: none; }
  .journey-map svg { width: 100%; height: auto; }
}
"""


class Html(str):
    """Text that is already markup and must not be escaped again."""


def _esc(text: str) -> Html:
    return Html(html.escape(text, quote=True))


def _el(tag: str, *children: str, cls: str = "", style: str = "") -> Html:
    """`<tag class=…>children</tag>`; plain strings among the children are escaped."""
    attrs = (f' class="{_esc(cls)}"' if cls else "") + (f' style="{_esc(style)}"' if style else "")
    inner = "".join(c if isinstance(c, Html) else _esc(c) for c in children)
    return Html(f"<{tag}{attrs}>{inner}</{tag}>")


def render_html(report: Report) -> str:
    """The whole document as text."""
    body = "".join(_block(block, index, report.language)
                   for index, block in enumerate(report.blocks))
    head = (
        '<meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"{_el('title', report.title)}{_el('style', Html(CSS))}"
    )
    footer = _el("footer", report.footer)
    return (f'<!DOCTYPE html>\n<html lang="{_esc(report.language)}"><head>{head}</head>'
            f"<body>{body}{footer}</body></html>\n")


def _block(block: object, index: int, language: str) -> Html:
    if isinstance(block, Heading):
        return _el(f"h{block.level}", block.text)
    if isinstance(block, Paragraph):
        return _el("p", block.text, cls=" ".join(filter(None, ["text", block.style])))
    if isinstance(block, Facts):
        return _el("dl", *_facts(block.rows), cls="facts")
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, MapPicture):
        return _el("div", Html(map_svg(block.journey_map, language)), cls="journey-map")
    if isinstance(block, Chart):
        return _chart(block, index)
    raise TypeError(f"cannot render {type(block).__name__}")


def _facts(rows: Iterable[tuple[str, str]]) -> Iterable[Html]:
    for label, value in rows:
        yield _el("dt", label)
        yield _el("dd", value, cls="text")


def _cell(cell: Cell, tag: str = "td") -> Html:
    details = [_el("span", d, cls="detail") for d in cell.details]
    return _el(tag, _el("span", cell.text, cls="text"), *details, cls=cell.tone)


def _table(table: Table) -> Html:
    total = sum(table.widths)
    cols = "".join(f'<col style="width:{w / total:.1%}">' for w in table.widths)
    header = _el("tr", *(_el("th", h) for h in table.header))
    rows = [
        _el("tr", Html(f'<td colspan="{len(table.header)}">{_esc(row.text)}</td>'), cls="group")
        if isinstance(row, Group) else _el("tr", *(_cell(c) for c in row))
        for row in table.rows
    ]
    return _el("table", Html(f"<colgroup>{cols}</colgroup>"), _el("thead", header),
               _el("tbody", *rows), cls=f"table-{table.name}")


def _chart(block: Chart, index: int) -> Html:
    """The chart as inline SVG; ids get a per-chart prefix, since several SVGs share one
    document and a clip path of one chart must not be found by another."""
    svg = re.sub(r"<\?xml[^>]*\?>", "", to_svg(block.chart)).strip()
    prefix = f"c{index}-"
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}{m.group(1)}"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}{m.group(1)})", svg)
    svg = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{prefix}{m.group(1)}"', svg)
    return _el("div", Html(svg), cls=f"chart chart-{block.name}")
