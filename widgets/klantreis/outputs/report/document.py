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
from ...figures import (
    AIM_LINE,
    BACKLOG,
    PASS_LINE,
    JourneyData,
    JourneyMap,
    assumed_share,
    comment_names,
    customer_figures,
    evidence_words,
    gap_counts,
    lens_goals,
    lens_name,
    notable_gaps,
    phase_goals,
    said,
    step_comments,
)
from ...figures.customers import caption
from ...i18n import (
    MISSING_NUMBER,
    check_language,
    is_missing,
    label,
    listing,
    number,
    t,
    text,
    value_label,
    whole,
)

__all__ = ["CHART_SUFFIXES", "REPORT_SUFFIXES", "Report", "build_report"]

REPORT_SUFFIXES = (".html", ".pdf")
CHART_SUFFIXES = (".png", ".svg", ".pdf")
TEXT_COLUMNS = ("doing", "thinking", "feeling", "questions")
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
        *_goals(data, language),
        *_curve(data, frames["ratings"], language),
        *_gap(data, language),
        *_moments(data, language),
        *_customers(data, language),
        *_evidence(data, language),
        *_comments(data, language),
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
        (t("field.lens", language), lens_name(info.get("lens"), language)),
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
    blocks: list[Block] = [heading, Paragraph(t("report.map_intro", language), "small"),
                           MapPicture(data.journey_map)]
    desired = data.desired_journey
    if desired is not None and not desired.steps.empty:  # the plan, right after today
        blocks += [Heading(t("map.desired", language), 3), MapPicture(desired.journey_map)]
    return blocks


def _step_details(data: JourneyData, language: str) -> list[Block]:
    """Every step in full, at the end: the map above is the overview."""
    if data.steps.empty:
        return []
    steps = data.steps.merge(_step_texts(data), on="step_id", how="left")
    evidence = {step.step_id: step.evidence for step in data.journey_map.steps}
    return [Heading(t("report.heading.steps", language)),
            _step_table(steps, data.curve.set_index("step_id"), evidence, language)]


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


def _evidence_line(kinds: tuple[str, ...], language: str) -> str:
    """'Evidence: interview and survey', or that the step rests on assumptions only."""
    if not kinds:
        return t("report.assumed_only", language)
    return t("report.evidence", language, sources=evidence_words(kinds, language))


def _step_table(steps: pd.DataFrame, curve: pd.DataFrame,
                evidence: dict[str, tuple[str, ...]], language: str) -> Table:
    rows: list[tuple[Cell, ...] | Group] = []
    phase = None
    for step in steps.to_dict("records"):
        if step["top_phase_name"] != phase:
            phase = step["top_phase_name"]
            rows.append(Group(text(phase)))
        stats = curve.loc[step["step_id"]]
        backing = _evidence_line(evidence.get(str(step["step_id"]), ()), language)
        rows.append((
            Cell(str(int(step["order"]) + 1)),
            Cell(text(step["step_name"]), (_step_kind_line(step, language), backing)),
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


def _goals(data: JourneyData, language: str) -> list[Block]:
    """The lens's goal for the brand per phase, when the phases have goals."""
    goals = phase_goals(data.frames["phases"], data.journey_id)
    if not goals:
        return []
    named = listing([goal.lower() for goal in lens_goals(language)], language)
    rows = tuple((Cell(phase), Cell(goal or MISSING_NUMBER)) for phase, goal in goals)
    header = (t("field.phase_id", language), t("field.brand_goal", language))
    return [Heading(t("report.heading.goals", language)),
            Paragraph(t("report.goals_intro", language, goals=named), "small"),
            Table("goals", header, rows, (1.0, 2.0))]


def _gap(data: JourneyData, language: str) -> list[Block]:
    """Functional against emotional: the chart, and the steps where the two lie apart with
    how many ratings judged the functional side (it is optional, its mean ignores the rest)."""
    if data.steps.empty:
        return []
    heading = Heading(t("report.heading.gap", language))
    counted = gap_counts(data.gap, data.frames["ratings"])
    judged = int(counted["functional_n"].sum())
    if not judged:
        return [heading, Paragraph(t("report.no_functional", language))]
    intro = t("report.gap_intro", language, judged=judged, ratings=int(counted["n"].sum()))
    blocks: list[Block] = [heading, Paragraph(intro, "small"),
                           Chart("gap", journey_chart(data, "gap", language))]
    notable = notable_gaps(counted)
    if notable.empty:
        return [*blocks, Paragraph(t("report.no_gaps", language))]
    rows = tuple(_gap_row(row, language) for row in notable.to_dict("records"))
    header = tuple(t(k, language) for k in ("report.col.step", "report.col.functional",
                                           "report.col.emotional", "report.col.gap"))
    return [*blocks, Paragraph(t("report.gaps_intro", language)),
            Table("gap", header, rows, (4.0, 2.0, 1.6, 1.2))]


def _gap_row(row: dict[str, Any], language: str) -> tuple[Cell, ...]:
    judged = t("report.judged", language, count=int(row["functional_n"]), ratings=int(row["n"]))
    return (
        Cell(text(row["step_name"]), (text(row["phase_name"]),)),
        Cell(number(row["functional_mean"], language), (judged,),
             _tone(row["functional_mean"])),
        Cell(number(row["emotional_mean"], language), tone=_tone(row["emotional_mean"])),
        Cell(number(row["gap"], language, sign=True)),
    )


def _customers(data: JourneyData, language: str) -> list[Block]:
    """Belief versus data per phase and step: what customers measured, with interval and n,
    beside the team's mean; without kept results, that the curve is still unchecked."""
    if data.steps.empty:
        return []
    heading = Heading(t("report.heading.customers", language))
    kept = data.customers
    found = None if kept is None else customer_figures(kept, data.steps, data.curve)
    if kept is None or found is None or found.empty:
        return [heading, Paragraph(t("report.no_customers", language))]
    rows: list[tuple[Cell, ...] | Group] = []
    phase = None
    for row in found.to_dict("records"):
        if row["phase_name"] != phase:
            phase = row["phase_name"]
            rows.append(Group(text(phase)))
        rows.append(_customer_row(row, language))
    header = (t("mining.col.group", language), label("mining.metric", kept.metric, language),
              t("mining.col.n", language), t("mining.col.customers", language),
              t("mining.col.team", language), t("mining.col.difference", language))
    return [heading, Paragraph(caption(kept, language)),
            Paragraph(t("report.customers_intro", language), "small"),
            Table("customers", header, tuple(rows), (3.4, 1.9, 0.8, 1.9, 1.4, 1.4))]


def _customer_row(row: dict[str, Any], language: str) -> tuple[Cell, ...]:
    name = t("report.whole_phase", language) if row["level"] == "phase" else text(row["name"])
    team_n = () if is_missing(row["team_n"]) or not row["team_n"] else (
        t("report.team_n", language, count=int(row["team_n"])),)
    disagree = bool(row["disagree"]) if not is_missing(row["disagree"]) else False
    return (
        Cell(name),
        Cell(number(row["value"], language), _interval(row["low"], row["high"], language)),
        Cell(whole(row["n"])),
        Cell(number(row["score"], language),
             _interval(row["score_low"], row["score_high"], language), _tone(row["score"])),
        Cell(number(row["team"], language), team_n, _tone(row["team"])),
        Cell(number(row["difference"], language, sign=True),
             (t("report.disagree", language),) if disagree else (), "low" if disagree else ""),
    )


def _interval(low: Any, high: Any, language: str) -> tuple[str, ...]:
    """'-81,9 tot -66,1' as a cell's detail line; nothing when the interval is unknown."""
    if is_missing(low) or is_missing(high):
        return ()
    return (t("report.interval", language, low=number(low, language),
              high=number(high, language)),)


def _evidence(data: JourneyData, language: str) -> list[Block]:
    """How much of the map rests on assumptions only, and what backs the other steps."""
    if data.steps.empty:
        return []
    share = assumed_share(data.journey_map)
    heading = Heading(t("report.heading.evidence", language))
    if not share.assumed:
        return [heading, Paragraph(t("report.all_backed", language))]
    blocks: list[Block] = [heading, Paragraph(t("report.evidence_intro", language,
                                                share=share.sentence(language)))]
    backed = [step for step in data.journey_map.steps if not step.assumed]
    if not backed:
        return blocks
    rows = tuple((Cell(f"{step.order + 1}. {step.name}"),
                  Cell(evidence_words(step.evidence, language))) for step in backed)
    header = (t("report.col.step", language), t("map.lane.evidence", language))
    return [*blocks, Paragraph(t("report.evidence_backed", language), "small"),
            Table("evidence", header, rows, (3.0, 4.0))]


def _comments(data: JourneyData, language: str) -> list[Block]:
    """Participants' comments per step: names only where the workshop shows them."""
    named = comment_names(data.frames["workshops"])
    found = step_comments(data.frames["ratings"], data.frames["participants"], data.steps,
                          named)
    if found.empty:
        return []
    rows = tuple(
        (Cell(text(group["step_name"].iloc[0]), (text(group["top_phase_name"].iloc[0]),)),
         Cell("\n".join(said(text(row["name"]), text(row["comment"]), language)
                        for row in group.to_dict("records"))))
        for _, group in found.groupby("order", sort=False))
    header = (t("report.col.step", language), t("report.col.comments", language))
    intro = t("report.comments_named" if named else "report.comments_anonymous", language)
    return [Heading(t("report.heading.comments", language)), Paragraph(intro, "small"),
            Table("comments", header, rows, (3.0, 7.0))]


# --------------------------------------------------------------------------- small helpers










def _tone(mean: Any) -> str:
    if is_missing(mean):
        return ""
    return "low" if float(mean) < PASS_LINE else "high" if float(mean) >= AIM_LINE else ""
