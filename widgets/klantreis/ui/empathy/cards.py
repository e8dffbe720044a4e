"""HTML cards of the empathy panel: the persona, the step, evidence and disagreement lists.

Pure functions from table rows to HTML, so they are easy to test; every piece of user text
passes through `esc`, every label comes from the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from ...i18n import code_label, label, number, t, text
from ..kit import esc

STEP_TEXTS = ("doing", "thinking", "feeling", "questions", "difficulties")
SAID = ("interview", "survey")  # what customers told us
SHOWN = ("analytics", "complaint")  # what customers did, as data shows
MAX_LISTED = 8






def _paragraphs(value: str) -> str:
    return "<br>".join(esc(line) for line in value.splitlines())


def persona_card(persona: Mapping[str, Any] | None, language: str) -> str:
    """Who we walk as: name, quote and goals."""
    if persona is None:
        return ""
    name, quote, goals = (text(persona.get(k)) for k in ("name", "quote", "goals"))
    parts = [f'<div class="kr-card kr-persona"><b>{esc(t("empathy.persona", language))}: '
             f"{esc(name)}</b>"]
    if quote:
        parts.append(f"<blockquote>“{_paragraphs(quote)}”</blockquote>")
    if goals:
        parts.append(f"<p><b>{esc(t('field.goals', language))}:</b> {_paragraphs(goals)}</p>")
    return "".join(parts) + "</div>"


def step_card(step: Mapping[str, Any] | None, language: str) -> str:
    """One step as the customer lives it: what they do, think and feel, ask and struggle with."""
    if step is None:
        return ""
    kind = text(step.get("kind"))
    meta = [label("value", kind, language) if kind else ""]
    meta += [text(step.get("channel")), text(step.get("department"))]
    online = step.get("online")
    if text(online):
        meta.append(t("empathy.online" if bool(online) else "empathy.offline", language))
    device = text(step.get("device"))
    if device and device != "any":  # rate it as it is lived: on a phone, say
        meta.append(label("value", device, language))
    rows = []
    for name in STEP_TEXTS:
        value = text(step.get(name))
        shown = _paragraphs(value) if value else f"<i>{esc(t('empathy.not_filled', language))}</i>"
        rows.append(f"<dt>{esc(label('field', name, language))}</dt><dd>{shown}</dd>")
    return (f'<div class="kr-card kr-step"><h3>{esc(text(step.get("name")))}</h3>'
            f'<p class="kr-step-meta">{" · ".join(esc(m) for m in meta if m)}</p>'
            f"<dl>{''.join(rows)}</dl></div>")


def evidence_list(evidence: pd.DataFrame, language: str) -> str:
    """A step's evidence in three groups, so what customers said is never mistaken for what
    they did: said (interview, survey), shown by data (analytics, complaints), assumed."""
    if evidence.empty:
        return f"<p><i>{esc(t('empathy.no_evidence', language))}</i></p>"
    groups = (("empathy.said", SAID), ("empathy.shows", SHOWN), ("empathy.assumed",
                                                                 ("assumption",)))
    html = []
    for title, sources in groups:
        rows = evidence[evidence["source"].isin(sources)]
        if rows.empty:
            continue
        items = "".join(_evidence_item(row, language) for row in rows.to_dict("records"))
        html.append(f'<div class="kr-evidence-{sources[0]}"><b>{esc(t(title, language))}</b>'
                    f"<ul>{items}</ul></div>")
    return "".join(html)


def _evidence_item(row: Mapping[str, Any], language: str) -> str:
    source = esc(label("value", text(row.get("source")), language))
    insight, note = text(row.get("insight")), text(row.get("note"))
    body = " — ".join(esc(part) for part in (insight, note) if part)
    return f"<li><i>{source}</i>: {body}</li>"


def disagreement_list(curve: pd.DataFrame, language: str) -> str:
    """Steps where the team's ratings lie far apart, widest spread first."""
    title = f"<b>{esc(t('empathy.disagreement_title', language))}</b>"
    rows = curve[curve["disagreement"].fillna(False).astype(bool)]
    if rows.empty:
        return f"{title}<p><i>{esc(t('empathy.no_disagreement', language))}</i></p>"
    rows = rows.sort_values("std", ascending=False, kind="stable")
    items = [
        "<li>" + esc(t("empathy.disagreement_row", language, step=text(r["step_name"]),
                       low=number(r["min"], language, 0), high=number(r["max"], language, 0),
                       std=number(r["std"], language), count=int(r["n"]))) + "</li>"
        for r in rows.head(MAX_LISTED).to_dict("records")
    ]
    return f"{title}<ul>{''.join(items)}{_more(len(rows), language)}</ul>"


def _more(count: int, language: str) -> str:
    if count <= MAX_LISTED:
        return ""
    return f"<li><i>{esc(t('empathy.more', language, count=count - MAX_LISTED))}</i></li>"


def reason_text(reasons: Iterable[Any], language: str) -> str:
    """Reasons as words: the kit's codes ('drop') translated, a team's own words as typed."""
    words = [code_label("chart.reason", reason, language) for reason in reasons]
    return "; ".join(w for w in words if w)


def confirmed_list(moments: pd.DataFrame, names: Mapping[str, str], language: str) -> str:
    """Confirmed moments of truth of this journey, in journey order."""
    title = f"<b>{esc(t('empathy.confirmed_title', language))}</b>"
    if moments.empty:
        return f"{title}<p><i>{esc(t('empathy.no_confirmed', language))}</i></p>"
    items = [
        "<li>" + esc(t("empathy.moment_row", language, step=names.get(r["step_id"], ""),
                       polarity=label("value", r["polarity"], language),
                       reason=reason_text([r["reason"]], language))) + "</li>"
        for r in moments.to_dict("records")
    ]
    return f"{title}<ul>{''.join(items)}</ul>"
