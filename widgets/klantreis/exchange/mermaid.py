"""The journey as a Mermaid `journey` diagram, for wikis and Markdown that render Mermaid.

This export is one-way and lossy (see docs/file-formats.md): Mermaid knows sections, tasks,
a 1–5 score and actors, nothing else. Mermaid's lexer ends a name at `:`, `#` (a comment),
`;` and a newline, and `%%` starts a comment; such characters are replaced or written as
Mermaid entity codes (`#35;`), so a name can never break the diagram's line structure. HTML's
`<`, `>`, `&` and `"` are entity codes too, so a name is never markup where Mermaid draws it.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..core.files import write_atomic
from ..figures import emotion_curve, ordered_steps
from ..i18n import t

if TYPE_CHECKING:
    from ..core.workshop import Workshop

UNRATED_SCORE = 3
# `<`, `>`, `&` and `"` too: Mermaid draws labels as HTML, so `<script>` or `<img onerror=…>`
# in a name must arrive as text; Mermaid shows its `#60;` entity codes as the character.
_ENTITIES = {"#": "#35;", ";": "#59;", "%": "#37;", "<": "#60;", ">": "#62;", "&": "#38;",
             '"': "#34;"}
_KEYWORDS = re.compile(r"(journey|title|section|acctitle|accdescr)", re.IGNORECASE)


def to_mermaid(workshop: Workshop, journey_id: str | None = None,
               score: str = "emotional") -> str:
    """A Mermaid `journey` diagram: a section per phase, a task per step, scored 1–5.

    The score is the mean of the 1–10 ratings (`score`: emotional or functional) mapped to
    Mermaid's 1–5 as ceil(mean / 2), clamped to 1..5; an unrated step gets 3 and says so.
    Without `journey_id` every journey is drawn, sections prefixed by the journey's name
    when there is more than one.
    """
    frames = workshop.frames("journeys", "phases", "steps", "ratings")
    info = workshop.info()
    journeys = _journey_names(frames["journeys"], journey_id)
    labels = _section_labels(frames["phases"], journeys)
    lines = ["journey", f"  title {_safe(info['title'], keyword_guard=False)}"]
    section = None
    for step in _steps(frames, journey_id, score):
        label = labels[step["phase_id"]]
        if label != section:
            lines.append(f"  section {_safe(label, keyword_guard=False)}")
            section = label
        lines.append(f"    {_task(step, info['language'])}")
    return "\n".join(lines) + "\n"


def export_mermaid(workshop: Workshop, path: str | os.PathLike[str],
                   journey_id: str | None = None, score: str = "emotional") -> Path:
    """Write the diagram to a `.mmd` file and return its path."""
    target = Path(path)
    write_atomic(target, to_mermaid(workshop, journey_id, score), newline="\n")
    return target


def mermaid_score(mean: float | None) -> int:
    """A 1–10 mean on Mermaid's 1–5 scale: ceil(mean / 2), clamped; None (unrated) → 3."""
    if mean is None or pd.isna(mean):
        return UNRATED_SCORE
    return max(1, min(5, math.ceil(mean / 2)))


def _steps(frames: dict[str, pd.DataFrame], journey_id: str | None,
           score: str) -> list[dict[str, Any]]:
    """Steps in journey order with their mean score and actors."""
    ordered = ordered_steps(frames["phases"], frames["steps"], journey_id)
    curve = emotion_curve(frames["phases"], frames["steps"], frames["ratings"], score,
                          journey_id)
    means = dict(zip(curve["step_id"], curve["mean"], strict=True))
    return [{**row, "mean": means.get(row["step_id"])} for row in ordered.to_dict("records")]


def _journey_names(journeys: pd.DataFrame, journey_id: str | None) -> dict[str, str]:
    """Journey names to prefix sections with; empty when only one journey is drawn."""
    if journey_id is not None or len(journeys) < 2:
        return {}
    return dict(zip(journeys["id"], journeys["name"], strict=True))


def _section_labels(phases: pd.DataFrame, journeys: dict[str, str]) -> dict[str, str]:
    """'Parent / Sub' per phase id, with the journey's name first when several are drawn."""
    rows = {row["id"]: row for row in phases.to_dict("records")}

    def path(phase_id: str) -> list[str]:
        row = rows[phase_id]
        parent = row["parent_id"]
        above = path(parent) if isinstance(parent, str) and parent in rows else []
        return [*above, str(row["name"])]

    labels = {}
    for phase_id, row in rows.items():
        prefix = [journeys.get(row["journey_id"], "")] if journeys else []
        labels[phase_id] = " / ".join([*prefix, *path(phase_id)])
    return labels


def _task(step: dict[str, Any], language: str) -> str:
    name = _safe(step["step_name"])
    mean = None if pd.isna(step["mean"]) else float(step["mean"])
    if mean is None:
        name += f" ({_safe(t('export.unrated', language))})"
    actors = [_safe(step[c]).replace(",", "#44;") for c in ("department", "channel")]
    actors = [a for a in actors if a]
    data = f"{mermaid_score(mean)}" + (f": {', '.join(actors)}" if actors else "")
    return f"{name}: {data}"


def _safe(text: Any, keyword_guard: bool = True) -> str:
    """Text that cannot end a Mermaid token early or start a keyword or comment."""
    text = " ".join(str("" if pd.isna(text) else text).split())  # newlines, tabs, runs
    text = "".join(_ENTITIES.get(char, char) for char in text).replace(":", "∶")
    if keyword_guard and _KEYWORDS.match(text):
        text = f"#{ord(text[0])};{text[1:]}"
    return text
