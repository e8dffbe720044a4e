"""What the mining panel shows: tables of metrics, belief versus data, before/after,
behaviour and problems, as escaped HTML (user text and file contents never run as markup)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from ...i18n import MISSING_NUMBER, grouped, is_missing, label, number, t
from ..kit import esc

Format = Callable[[Any], str]


def decimal(language: str, digits: int = 1) -> Format:
    """Numbers as the rest of the page writes them (6,5 in Dutch); '–' when missing."""
    return lambda value: number(value, language, digits)


def counted(language: str) -> Format:
    """Counts with thousands grouped as the page writes them (4.398 in Dutch)."""
    return lambda value: grouped(value, language)


def text(value: Any) -> str:
    return MISSING_NUMBER if is_missing(value) else str(value)


def table(frame: pd.DataFrame, columns: Sequence[tuple[str, str, Format]], language: str,
          css: str) -> str:
    """An HTML table of `frame`: (column, catalogue key of its heading, formatter)."""
    head = "".join(f"<th>{esc(t(key, language))}</th>" for _, key, _ in columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{esc(fmt(row[name]))}</td>" for name, _, fmt in columns)
        + "</tr>" for row in frame.to_dict("records"))
    if frame.empty:
        rows = f'<tr><td colspan="{len(columns)}">{esc(t("mining.nothing", language))}</td></tr>'
    return (f'<table class="kr-table {css}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def measure_name(language: str) -> Format:
    return lambda m: label("mining.measure", m, language)


def yes_no(language: str) -> Format:
    return lambda v: t("mining.yes" if bool(v) else "mining.no", language)


def interval(frame: pd.DataFrame, language: str) -> pd.Series:
    fmt = decimal(language)
    return pd.Series([f"{fmt(lo)} – {fmt(hi)}" for lo, hi in zip(frame["low"], frame["high"],
                                                                  strict=True)],
                     index=frame.index, dtype=object)


def metrics_table(metrics: pd.DataFrame, language: str) -> str:
    """Every measure with n and interval; a segment column when the results are split, and
    results pooled from a report of averages marked, with why an interval is missing."""
    data = metrics.assign(interval=_intervals(metrics, language),
                          group=[n or t("mining.all", language) for n in metrics["group_name"]])
    columns = [("group", "mining.col.group", text)]
    if metrics["segment"].notna().any():
        columns.append(("segment", "mining.col.segment", text))
    columns += [("measure", "mining.col.measure", measure_name(language)),
                ("n", "mining.col.n", counted(language)),
                ("value", "mining.col.value", decimal(language)),
                ("interval", "mining.col.interval", text)]
    html = table(data, columns, language, "kr-mining-metrics")
    if metrics["aggregated"].fillna(False).any():
        html += f'<p class="kr-mining-aggregated">{esc(t("mining.aggregated_note", language))}</p>'
    return html


def _intervals(metrics: pd.DataFrame, language: str) -> pd.Series:
    """The interval, or why there is none (a report's mean without n or SD)."""
    found = interval(metrics, language)
    for index, note in metrics["note"].items():
        if isinstance(note, str) and note:
            found[index] = label("mining.no_interval", note, language)
    return found


def belief_table(belief: pd.DataFrame, language: str) -> str:
    data = belief.assign(interval=interval(belief, language))
    return table(data, [("rank", "mining.col.rank", text),
                        ("step_name", "mining.col.step", text),
                        ("team", "mining.col.team", decimal(language)),
                        ("customers", "mining.col.customers", decimal(language)),
                        ("interval", "mining.col.interval", text),
                        ("n", "mining.col.n", counted(language)),
                        ("difference", "mining.col.difference", decimal(language)),
                        ("disagree", "mining.col.disagree", yes_no(language))],
                 language, "kr-mining-belief")


def change_table(changes: pd.DataFrame, language: str) -> str:
    data = changes.assign(interval=interval(changes, language),
                          group=[n or t("mining.all", language) for n in changes["group_name"]],
                          test=[label("mining.test", x, language) for x in changes["test"]])
    return table(data, [("group", "mining.col.group", text),
                        ("measure", "mining.col.measure", measure_name(language)),
                        ("n_before", "mining.col.n_before", counted(language)),
                        ("before", "mining.col.before", decimal(language)),
                        ("n_after", "mining.col.n_after", counted(language)),
                        ("after", "mining.col.after", decimal(language)),
                        ("change", "mining.col.change", decimal(language)),
                        ("interval", "mining.col.interval", text),
                        ("beyond_noise", "mining.col.beyond_noise", yes_no(language)),
                        ("test", "mining.col.test", text)], language, "kr-mining-change")


def behaviour_tables(result: Any, language: str) -> str:
    """Reach and drop-out per step, time between steps, paths, unmatched and unseen."""
    def percent(value: Any) -> str:
        return MISSING_NUMBER if is_missing(value) else f"{100 * float(value):.0f}%"
    customers = grouped(result.customers, language)
    parts = [
        f"<p>{esc(t('mining.customers_total', language, count=customers))}</p>",
        table(result.reach, [("step_name", "mining.col.step", text),
                             ("customers", "mining.col.customers_n", counted(language)),
                             ("events", "mining.col.events", counted(language)),
                             ("dropout", "mining.col.dropout", percent)], language,
              "kr-mining-reach"),
        f"<h4>{esc(t('mining.times', language))}</h4>",
        table(result.times, [("from_step", "mining.col.from", text),
                             ("to_step", "mining.col.to", text),
                             ("customers", "mining.col.customers_n", counted(language)),
                             ("median_hours", "mining.col.hours", decimal(language))], language,
              "kr-mining-times"),
        f"<h4>{esc(t('mining.paths', language))}</h4>",
        table(result.paths, [("path", "mining.col.path", text),
                             ("customers", "mining.col.customers_n", counted(language)),
                             ("share", "mining.col.share", percent)], language,
              "kr-mining-paths"),
        f"<h4>{esc(t('mining.unmatched', language))}</h4>",
        table(result.unmatched, [("source", "mining.col.source", text),
                                 ("event", "mining.col.event", text),
                                 ("events", "mining.col.events", counted(language)),
                                 ("customers", "mining.col.customers_n", counted(language))],
              language, "kr-mining-unmatched"),
        f"<h4>{esc(t('mining.unseen', language))}</h4>",
        table(result.unseen, [("step_name", "mining.col.step", text),
                              ("kind", "mining.col.kind", lambda k: label("value", k, language))],
              language, "kr-mining-unseen"),
    ]
    return "".join(parts)


def report_html(report: Any, language: str, limit: int = 200) -> str:
    """The problems report: sentences, then the first `limit` problems row by row."""
    lines = "".join(f"<li>{esc(line)}</li>" for line in report.sentences(language))
    rows = report.explained(language, limit)
    listed = table(rows, [("file", "mining.col.file", text), ("row", "mining.col.row", text),
                          ("column", "mining.col.column", text),
                          ("why", "mining.col.why", text)], language, "kr-mining-problems")
    more = ""
    if report.problem_count > limit:
        more = f"<p>{esc(t('mining.more_problems', language, count=report.problem_count))}</p>"
    return f'<ul class="kr-mining-report">{lines}</ul>{listed}{more}'
