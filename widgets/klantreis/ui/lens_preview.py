"""Lens choices and the preview of a lens (its phases, brand goals, channels and perspective),
shared by the start page's new-workshop form and the preparation page."""

from __future__ import annotations

from ..core.lenses import all_lenses, get_lens, lenses_frame, perspective_note
from ..i18n import t
from .kit import esc

CUSTOMER_LENS = "active"  # the lens the kit suggests first: it starts from the customer


def lens_options(language: str, outside_in: str, inside_out: str) -> list[tuple[str, str]]:
    """Lens choices, customer-centred ones first, each labelled with its perspective."""
    lenses = sorted(all_lenses(language), key=lambda lens: not lens.outside_in)
    return [(f"{lens.name} ({outside_in if lens.outside_in else inside_out})", lens.id)
            for lens in lenses]


def lens_preview(lens_id: str, language: str, labels: dict[str, str]) -> str:
    """The lens's phases with their brand goals and channels, and its perspective note."""
    lens = get_lens(lens_id, language)
    frame = lenses_frame(language)
    rows = frame[frame["lens_id"] == lens_id].sort_values("phase_order")
    head = "".join(f"<th>{esc(labels[k])}</th>" for k in ("phase", "brand_goal", "channels"))
    body = "".join(
        f"<tr><td>{esc(r.phase_name)}</td><td>{esc(r.brand_goal)}</td><td>{esc(r.channels)}</td>"
        "</tr>" for r in rows.itertuples())
    note_class = "kr-lens-note kr-outside-in" if lens.outside_in else "kr-lens-note kr-inside-out"
    nudge = "" if lens.outside_in else f"<p><b>{esc(labels['nudge'])}</b></p>"
    example = f"<p><i>{esc(lens.example)}</i></p>" if lens.example else ""
    return (f"<p>{esc(lens.description)}</p>{example}"
            f'<table class="kr-table"><tr>{head}</tr>{body}</table>'
            f'<div class="{note_class}"><p>{esc(perspective_note(lens))}</p>{nudge}</div>')


def lens_labels(language: str) -> dict[str, str]:
    keys = {"phase": "field.phase_id", "brand_goal": "field.brand_goal",
            "channels": "prep.channels", "nudge": "prep.lens_nudge"}
    return {name: t(key, language) for name, key in keys.items()}
