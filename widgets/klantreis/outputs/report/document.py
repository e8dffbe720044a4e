"""What the workshop report says: one journey as a short list of blocks (headings,
paragraphs, facts, tables, the journey map and charts) holding plain, translated text, which
`html` and `pdf` lay out. Its figures come from `JourneyData`, as on every page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import altair as alt
import pandas as pd

from ...charts.journey import journey_chart
from ...core.workshop import Workshop
from ...figures import AIM_LINE, BACKLOG, PASS_LINE, JourneyData, JourneyMap
from ...i18n import check_language, is_missing, label, listing, number, t, text, value_label, whole

__all__ = ["CHART_SUFFIXES", "REPORT_SUFFIXES", "Report", "build_report"]

REPORT_SUFFIXES = (".html", ".pdf")
CHART_SUFFIXES = (".png", ".svg", ".pdf")
TEXT_COLUMNS = ("doing", "thinking", "feeling")
IDEA_ORDER = {"selected": 0, "done": 1, "proposed": 2, "rejected": 3}


# --------------------------------------------------------------------------- the blocks


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    """Plain text; `style` is '', 'note' (a boxed remark), 'quote' or 'small'."""

    text: str
    style: str = ""


@dataclass(frozen=True)
class Facts:
    """Label-value pairs (goal, scope, ...), empty values left out."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Cell:
    """A table cell: its main text, optional smaller lines under it, a tone for scores
    ('low' below the pass line, 'high' at the aim, '' otherwise) and an optional badge (the
    score beside a step on the map)."""

    text: str
    details: tuple[str, ...] = ()
    tone: str = ""
    badge: str = ""


@dataclass(frozen=True)
class Group:
    """A row spanning a whole table: the phase the following rows belong to."""

    text: str


@dataclass(frozen=True)
class Table:
    """Rows of cells under a header; `widths` are relative column widths."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...] | Group, ...]
    widths: tuple[float, ...]


@dataclass(frozen=True)
class MapPicture:
    """The journey map as one picture (`charts.journey_map`), the report's first page."""

    journey_map: JourneyMap = field(compare=False)


@dataclass(frozen=True)
class Chart:
    name: str
    chart: alt.TopLevelMixin = field(compare=False)


Block = Heading | Paragraph | Facts | Table | MapPicture | Chart


@dataclass(frozen=True)
class Report:
    """One journey's report: its title and blocks, all in `language`."""

    title: str
    language: str
    blocks: tuple[Block, ...]
    footer: str


# --------------------------------------------------------------------------- building


def build_report(
    workshop: Workshop, journey_id: str | None = None, language: str | None = None
) -> Report:
    """The report's content for one journey (default: the first persona's current journey),
    in `language` (default: the workshop's)."""
    info = workshop.info()
    language = check_language(language or str(info["language"]))
    frames = workshop.frames()
    data = JourneyData(frames, journey_id, language)
    today = dt.date.today().isoformat()
    blocks = [
        Heading(str(info["title"]), 1),
        *_synthetic_note(info, language),
        *_map(data, language),
        *_introduction(info, data, frames["participants"], language),
        *_persona(data.persona, language),
        *_curve(data, frames["ratings"], language),
        *_moments(data, language),
        *_backlog(data, language),
        *_responsibility(data, language),
        *_step_details(data, language),
    ]
    footer = t("report.made_on", language, date=today)
    return Report(str(info["title"]), language, tuple(blocks), footer)


def _synthetic_note(info: dict[str, Any], language: str) -> list[Block]:
    """A made-up workshop says so before anything else."""
    return [Paragraph(t("export.synthetic_note", language), "note")] if info.get(
        "synthetic") else []


def _introduction(
    info: dict[str, Any], data: JourneyData, participants: pd.DataFrame, language: str
) -> list[Block]:
    blocks: list[Block] = []
    kind = value_label(info.get("scope_kind"), language).capitalize()
    scope = f"{kind}: {text(info['scope'])}" if text(info.get("scope")) else kind
    facts = (
        (t("field.goal", language), text(info.get("goal"))),
        (t("field.scope", language), scope),
        (t("report.journey", language), text(data.journey.get("name"))),
        (t("report.participants", language), _participants(participants, language)),
        (t("report.workshop_date", language), text(info.get("created_at"))[:10]),
    )
    blocks.append(Facts(tuple((k, v) for k, v in facts if v)))
    return blocks


def _participants(participants: pd.DataFrame, language: str) -> str:
    if participants.empty:
        return ""
    departments = sorted({d.strip() for d in participants["department"].dropna() if d.strip()})
    if not departments:
        return str(len(participants))
    return t("report.participants_value", language, count=len(participants),
             departments=listing(departments, language))


def _persona(persona: dict[str, Any], language: str) -> list[Block]:
    if not persona:
        return []
    blocks: list[Block] = [Heading(t("report.heading.persona", language)),
                           Heading(text(persona.get("name")), 3)]
    if text(persona.get("description")):
        blocks.append(Paragraph(text(persona["description"])))
    if text(persona.get("quote")):
        blocks.append(Paragraph(text(persona["quote"]), "quote"))
    rows = tuple((label("field", name, language), text(persona.get(name)))
                 for name in ("goals", "needs", "frustrations"))
    blocks.append(Facts(tuple(r for r in rows if r[1])))
    return blocks


def _map(data: JourneyData, language: str) -> list[Block]:
    heading = Heading(t("report.heading.map", language))
    if data.steps.empty:
        return [heading, Paragraph(t("report.no_steps", language))]
    return [heading, Paragraph(t("report.map_intro", language), "small"),
            MapPicture(data.journey_map)]


def _step_details(data: JourneyData, language: str) -> list[Block]:
    """Every step in full, at the end: the map above is the overview."""
    if data.steps.empty:
        return []
    steps = data.steps.merge(_step_texts(data), on="step_id", how="left")
    return [Heading(t("report.heading.steps", language)),
            _step_table(steps, data.curve.set_index("step_id"), language)]


def _step_texts(data: JourneyData) -> pd.DataFrame:
    """What the customer does, thinks and feels, and the difficulties, per step id."""
    wanted = ["id", *TEXT_COLUMNS, "difficulties"]
    return data.frames["steps"][wanted].rename(columns={"id": "step_id"})


def _step_kind_line(step: dict[str, Any], language: str) -> str:
    """'touchpoint · Website · Marketing' (sub-phase first when the step is in one)."""
    parts = [value_label(step.get("kind"), language), text(step.get("channel")),
             text(step.get("department"))]
    if step.get("phase_name") != step.get("top_phase_name"):
        parts.insert(0, text(step.get("phase_name")))
    return " · ".join(p for p in parts if p)


def _step_table(steps: pd.DataFrame, curve: pd.DataFrame, language: str) -> Table:
    rows: list[tuple[Cell, ...] | Group] = []
    phase = None
    for step in steps.to_dict("records"):
        if step["top_phase_name"] != phase:
            phase = step["top_phase_name"]
            rows.append(Group(text(phase)))
        stats = curve.loc[step["step_id"]]
        rows.append((
            Cell(str(int(step["order"]) + 1)),
            Cell(text(step["step_name"]), (_step_kind_line(step, language),)),
            Cell("", tuple(_experience(step, language))),
            Cell(text(step.get("difficulties"))),
            Cell(number(stats["mean"], language), (_spread(stats, language),),
                 _tone(stats["mean"])),
        ))
    header = ("report.col.number", "report.col.step", "report.col.experience",
              "field.difficulties", "report.col.score")
    return Table("steps", tuple(t(k, language) for k in header), tuple(rows),
                 (0.6, 2.6, 4.5, 2.8, 1.1))


def _experience(step: dict[str, Any], language: str) -> Iterable[str]:
    for name in TEXT_COLUMNS:
        value = text(step.get(name))
        if value:
            yield f"{label('report', name, language)} {value}"


def _spread(stats: pd.Series, language: str) -> str:
    if is_missing(stats["min"]):
        return ""
    return t("report.spread", language, low=int(stats["min"]), high=int(stats["max"]),
             count=int(stats["n"]))


def _curve(data: JourneyData, ratings: pd.DataFrame, language: str) -> list[Block]:
    heading = Heading(t("report.heading.curve", language))
    rated = data.curve[data.curve["mean"].notna().to_numpy(dtype=bool)]
    if rated.empty:
        return [heading, Paragraph(t("report.no_ratings", language))]
    low = rated.loc[rated["mean"].astype(float).idxmin()]
    high = rated.loc[rated["mean"].astype(float).idxmax()]
    mine = ratings[ratings["step_id"].isin(data.steps["step_id"]).to_numpy(dtype=bool)]
    summary = t("report.curve_summary", language, low=text(low["step_name"]),
                low_score=number(low["mean"], language), high=text(high["step_name"]),
                high_score=number(high["mean"], language), ratings=len(mine),
                people=mine["participant_id"].nunique())
    return [heading, Paragraph(summary), Chart("curve", journey_chart(data, "curve", language))]


def _moments(data: JourneyData, language: str) -> list[Block]:
    heading = Heading(t("report.heading.moments", language))
    moments = data.confirmed_moments
    if moments.empty:
        return [heading, Paragraph(t("report.no_moments", language))]
    rows = tuple(
        (
            Cell(text(m["step_name"]), (text(m["top_phase_name"]),)),
            Cell(value_label(m["polarity"], language)),
            Cell(number(m["mean"], language), tone=_tone(m["mean"])),
            Cell(text(m["reason"])),
        )
        for m in moments.to_dict("records")
    )
    header = tuple(t(k, language) for k in ("report.col.step", "field.polarity",
                                           "report.col.score", "field.reason"))
    return [heading, Paragraph(t("report.moments_intro", language), "small"),
            Table("moments", header, rows, (3.0, 1.3, 0.9, 5.4))]


def _backlog(data: JourneyData, language: str) -> list[Block]:
    heading = Heading(t("report.heading.backlog", language))
    ranking = data.ranking
    if ranking.empty:
        return [heading, Paragraph(t("report.no_ideas", language))]
    ideas = data.ideas.set_index("id")
    targets = _idea_targets(data)
    order = sorted(ranking.to_dict("records"),
                   key=lambda r: (IDEA_ORDER.get(r["status"], 9), r["rank"]))
    rows = tuple(_idea_row(r, ideas.loc[r["idea_id"]], targets.get(r["idea_id"], []), language)
                 for r in order)
    chosen = int(ranking["status"].isin(BACKLOG).sum())
    intro = t("report.backlog_intro", language, chosen=chosen, count=len(ranking))
    header = tuple(t(k, language) for k in (
        "report.col.idea", "field.status", "field.department", "report.col.estimates",
        "report.col.effect", "field.metric", "field.votes"))
    return [heading, Paragraph(intro),
            Table("backlog", header, rows, (3.25, 1.5, 1.7, 1.0, 0.9, 2.2, 1.25)),
            Paragraph(t("report.estimates_note", language), "small"),
            Chart("impact_effort", journey_chart(data, "impact_effort", language))]


def _idea_targets(data: JourneyData) -> dict[str, list[str]]:
    """Idea id -> the names of the steps of this journey it aims at, in journey order."""
    names = dict(zip(data.steps["step_id"], data.steps["step_name"], strict=True))
    order = {s: i for i, s in enumerate(data.steps["step_id"])}
    links = data.frames["idea_steps"]
    targets: dict[str, list[str]] = {}
    for idea_id, step_id in sorted(zip(links["idea_id"], links["step_id"], strict=True),
                                   key=lambda pair: order.get(pair[1], len(order))):
        if step_id in names:
            targets.setdefault(idea_id, []).append(text(names[step_id]))
    return targets


def _idea_row(rank: dict[str, Any], idea: pd.Series, steps: list[str], language: str
              ) -> tuple[Cell, ...]:
    details = [text(idea["description"])]
    if steps:
        details.append(f"{t('report.col.steps', language)}: {listing(steps, language)}")
    estimates = " / ".join(whole(rank[k]) for k in ("impact", "effort", "confidence"))
    return (
        Cell(f"{int(rank['rank'])}. {text(rank['title'])}", tuple(filter(None, details))),
        Cell(value_label(rank["status"], language),
             tone="high" if rank["status"] in BACKLOG else ""),
        Cell(text(rank["department"])),
        Cell(estimates),
        Cell(number(idea["expected_effect"], language, sign=True)),
        Cell(text(idea["metric"])),
        Cell(str(int(rank["votes"]))),
    )


def _responsibility(data: JourneyData, language: str) -> list[Block]:
    if data.responsibility.empty:
        return []
    return [Heading(t("report.heading.responsibility", language)),
            Paragraph(t("report.responsibility_intro", language), "small"),
            Chart("responsibility", journey_chart(data, "responsibility", language))]


# --------------------------------------------------------------------------- small helpers










def _tone(mean: Any) -> str:
    if is_missing(mean):
        return ""
    return "low" if float(mean) < PASS_LINE else "high" if float(mean) >= AIM_LINE else ""
