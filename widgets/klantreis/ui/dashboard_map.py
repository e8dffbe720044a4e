"""The dashboard's tables as HTML: the journey map and the ranked backlog.

Pure functions from the workshop's frames to markup, so they print well, need no JavaScript
and are easy to test. Every piece of user text passes through `esc`; labels come from the
catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import groupby
from typing import Any

import pandas as pd

from .. import derived
from ..messages import t
from .common import esc
from .empathy_cards import number, text

STORY_LANES = ("doing", "thinking", "feeling", "difficulties")
BACKLOG = ("selected", "done")
MAP_STYLE = """<style>
.kr-map-wrap { overflow-x: auto; max-width: 100%; }
.kr-map, .kr-backlog { border-collapse: collapse; font-size: 0.92em; }
.kr-map th, .kr-map td, .kr-backlog th, .kr-backlog td {
  border: 1px solid #d0d4dc; padding: 4px 6px; vertical-align: top; text-align: left; }
.kr-map td { min-width: 110px; max-width: 220px; }
.kr-map thead th { background: #1f5fa8; color: #fff; text-align: center; }
.kr-map tbody th { background: #f4f6fa; white-space: nowrap; }
.kr-map .kr-lane-step td { font-weight: 600; }
.kr-map .kr-low { background: #fde8e8; }
.kr-map .kr-high { background: #e6f4e7; }
.kr-map .kr-sub { display: block; font-weight: 400; color: #555; font-size: 0.9em; }
.kr-backlog .kr-chosen { background: #e6f4e7; font-weight: 600; }
@media print { .kr-map-wrap { overflow: visible; } .kr-downloads { display: none; } }
</style>"""


def _lines(value: Any) -> str:
    return "<br>".join(esc(line) for line in text(value).splitlines())


def journey_map(phases: pd.DataFrame, steps: pd.DataFrame, ratings: pd.DataFrame,
                moments: pd.DataFrame, journey_id: str | None, language: str) -> str:
    """Phases as columns over their steps; lanes for the step with channel and kind, what
    the customer does, thinks and feels, difficulties, the score, moments of truth, owner."""
    ordered = derived.ordered_steps(phases, steps, journey_id)
    if ordered.empty:
        return f'<p class="kr-empty">{esc(t("dashboard.no_steps", language))}</p>'
    curve = derived.emotion_curve(phases, steps, ratings, journey_id=journey_id)
    details = steps.set_index("id")
    rows = [
        {**details.loc[sid].to_dict(), **stats, "step_id": sid, "top": top, "phase": phase,
         "top_name": top_name}
        for sid, top, top_name, phase, stats in zip(
            ordered["step_id"], ordered["top_phase_id"], ordered["top_phase_name"],
            ordered["phase_name"], curve.to_dict("records"), strict=True)
    ]
    head = "".join(
        f'<th colspan="{len(group)}" class="kr-map-phase">{esc(text(group[0]["top_name"]))}</th>'
        for group in (list(g) for _, g in groupby(rows, key=lambda r: r["top"])))
    marks = _moment_marks(moments, language)
    lanes = [_lane("step", rows, _step_cell, language),
             _lane("channel", rows, lambda r: _channel_cell(r, language), language)]
    lanes += [_lane(name, rows, lambda r, n=name: _lines(r.get(n)), language)
              for name in STORY_LANES]
    lanes += [_score_lane(rows, language),
              _lane("moments", rows, lambda r: marks.get(r["step_id"], ""), language),
              _lane("owner", rows, lambda r: esc(text(r.get("department"))), language)]
    return (f'<div class="kr-map-wrap"><table class="kr-map"><thead><tr><th></th>{head}</tr>'
            f"</thead><tbody>{''.join(lanes)}</tbody></table></div>")


def _lane_title(name: str, language: str) -> str:
    key = f"field.{name}" if name in STORY_LANES else f"dashboard.lane.{name}"
    return t(key, language)


def _lane(name: str, rows: list[dict[str, Any]], cell: Callable[[dict[str, Any]], str],
          language: str) -> str:
    cells = "".join(f"<td>{cell(row)}</td>" for row in rows)
    return f'<tr class="kr-lane-{name}"><th>{esc(_lane_title(name, language))}</th>{cells}</tr>'


def _step_cell(row: Mapping[str, Any]) -> str:
    sub = text(row["phase"]) if row["phase"] != row["top_name"] else ""
    return esc(text(row.get("name"))) + (f'<span class="kr-sub">{esc(sub)}</span>' if sub else "")


def _channel_cell(row: Mapping[str, Any], language: str) -> str:
    kind = text(row.get("kind"))
    parts = [text(row.get("channel")), t(f"value.{kind}", language) if kind else ""]
    return esc(" · ".join(p for p in parts if p))


def _score_lane(rows: list[dict[str, Any]], language: str) -> str:
    cells = []
    for row in rows:
        n = int(row["n"]) if text(row.get("n")) else 0
        if n == 0 or not text(row.get("mean")):
            cells.append(f'<td class="kr-map-score" data-step="{esc(row["step_id"])}" '
                         f'data-n="0"><i>{esc(t("dashboard.unrated", language))}</i></td>')
            continue
        mean = float(row["mean"])
        shade = " kr-low" if mean < derived.PASS_LINE else (
            " kr-high" if mean >= derived.AIM_LINE else "")
        shown = t("dashboard.score", language, mean=number(mean, language), n=n,
                  low=number(row["min"], language, 0), high=number(row["max"], language, 0))
        cells.append(f'<td class="kr-map-score{shade}" data-step="{esc(row["step_id"])}" '
                     f'data-n="{n}" data-mean="{mean:.4f}">{esc(shown)}</td>')
    title = esc(_lane_title("score", language))
    return f'<tr class="kr-lane-score"><th>{title}</th>{"".join(cells)}</tr>'


def _moment_marks(moments: pd.DataFrame, language: str) -> dict[str, str]:
    """▲/▼ with the reason for each confirmed moment of truth, by step."""
    marks: dict[str, list[str]] = {}
    confirmed = moments[moments["status"].eq("confirmed").fillna(False).to_numpy(dtype=bool)]
    for step_id, polarity, reason in zip(confirmed["step_id"], confirmed["polarity"],
                                         confirmed["reason"], strict=True):
        arrow = "▲" if polarity == "positive" else "▼"
        label = t(f"value.{polarity}", language)
        note = f": {esc(text(reason))}" if text(reason) else ""
        marks.setdefault(str(step_id), []).append(f"{arrow} {esc(label)}{note}")
    return {step: "<br>".join(items) for step, items in marks.items()}


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
        label = t(f"value.{status}", language) + (
            f" · {t('dashboard.in_backlog', language)}" if chosen else "")
        cells = [str(row["rank"]), text(row["title"]), text(row["department"]),
                 str(row["votes"]), ice, label]
        css = ' class="kr-chosen"' if chosen else ""
        body.append(f"<tr{css}>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    header = "".join(f"<th>{esc(h)}</th>" for h in heads)
    return (f'<table class="kr-backlog"><thead><tr>{header}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")
