"""The dashboard's journey map (the SVG of `charts.journey_map`, in a box that scrolls
sideways) and its ranked backlog as an HTML table.

Pure functions from one journey's figures (`JourneyData`) to markup, so they print well, need
no JavaScript and are easy to test. Every piece of user text passes through `esc`; labels
come from the catalogue.
"""

from __future__ import annotations

import pandas as pd

from ...charts.journey_map import map_svg
from ...figures import BACKLOG, JourneyData
from ...i18n import label, number, t, text
from ..kit import esc

MAP_STYLE = """<style>
.kr-map-wrap { overflow-x: auto; max-width: 100%; border: 1px solid #d0d4dc;
  -webkit-overflow-scrolling: touch; }
.kr-map-wrap svg { display: block; max-width: none; }
.kr-backlog { border-collapse: collapse; font-size: 0.92em; }
.kr-backlog th, .kr-backlog td {
  border: 1px solid #d0d4dc; padding: 4px 6px; vertical-align: top; text-align: left; }
.kr-backlog .kr-chosen { background: #e6f4e7; font-weight: 600; }
@media print { .kr-map-wrap { overflow: visible; border: none; }
  .kr-map-wrap svg { width: 100%; height: auto; } .kr-downloads { display: none; } }
</style>"""


def journey_map(data: JourneyData, language: str) -> str:
    """The journey's whole map, in a box that scrolls sideways on a narrow screen; with the
    persona's desired journey below it. Below, not beside: a map is wider than a screen
    already, and one under the other keeps the columns of the same phases near each other."""
    current = f'<div class="kr-map-wrap">{map_svg(data.journey_map, language)}</div>'
    desired = data.desired_journey
    if desired is None:
        return current
    return (f'<h4 class="kr-map-heading">{esc(t("map.today", language))}</h4>{current}'
            f'<h4 class="kr-map-heading">{esc(t("map.desired", language))}</h4>'
            f'<div class="kr-map-wrap kr-map-desired">'
            f'{map_svg(desired.journey_map, language)}</div>')


def backlog_table(ranking: pd.DataFrame, language: str) -> str:
    """The ideas in ranked order; the ones chosen for the backlog stand out."""
    if ranking.empty:
        return f'<p class="kr-empty">{esc(t("dashboard.no_ideas", language))}</p>'
    heads = [t("dashboard.col.rank", language), t("field.title", language),
             t("field.department", language), t("field.votes", language),
             t("dashboard.col.ice", language), t("field.status", language)]
    body = []
    for row in ranking.to_dict("records"):
        status = text(row["status"])
        chosen = status in BACKLOG
        ice = number(row["ice"], language) if text(row["ice"]) else "–"
        shown = label("value", status, language) + (
            f" · {t('dashboard.in_backlog', language)}" if chosen else "")
        cells = [str(row["rank"]), text(row["title"]), text(row["department"]),
                 str(row["votes"]), ice, shown]
        css = ' class="kr-chosen"' if chosen else ""
        body.append(f"<tr{css}>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    header = "".join(f"<th>{esc(h)}</th>" for h in heads)
    return (f'<table class="kr-backlog"><thead><tr>{header}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")
