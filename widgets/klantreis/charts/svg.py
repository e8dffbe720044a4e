"""Small pieces of hand-written SVG, shared by the pictures drawn without Vega-Lite (the
journey map, the phone's curve).

Every piece of text goes through `esc`: names and notes are the team's own text, and an SVG
shown inline is markup on the page.
"""

from __future__ import annotations

import html
import re

from .palette import FONT

TEXT_COLOR = "#1a1a1a"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def esc(value: str) -> str:
    """Text as SVG character data or attribute: escaped, and without characters XML forbids."""
    return html.escape(_NOT_XML.sub("", value), quote=True)


def svg_text(x: float, y: float, value: str, *, size: float, weight: str = "normal",
             color: str = TEXT_COLOR, anchor: str = "start", italic: bool = False,
             css: str = "", base_size: float | None = None, rotate: float = 0,
             halo: bool = False) -> str:
    """A `<text>` element; attributes equal to the document's defaults (`base_size`, the
    text colour) are left out to keep large pictures small. A `halo` keeps text readable
    where it crosses lines and marks."""
    attributes = [f'x="{x:.1f}"', f'y="{y:.1f}"']
    if weight != "normal":
        attributes.append(f'font-weight="{weight}"')
    if color != TEXT_COLOR:
        attributes.append(f'fill="{color}"')
    if size != base_size:
        attributes.append(f'font-size="{size:g}"')
    if anchor != "start":
        attributes.append(f'text-anchor="{anchor}"')
    if italic:
        attributes.append('font-style="italic"')
    if rotate:
        attributes.append(f'transform="rotate({rotate:g} {x:.1f} {y:.1f})"')
    if halo:
        attributes.append('stroke="#ffffff" stroke-width="4" stroke-linejoin="round" '
                          'paint-order="stroke"')
    if css:
        attributes.append(f'class="{css}"')
    return f"<text {' '.join(attributes)}>{esc(value)}</text>"


def svg_document(body: str, width: float, height: float, *, css: str, size: float,
                 label: str = "") -> str:
    """An SVG document of `width` × `height` around `body`, in the family's font; with a
    `label`, an image with that accessible name."""
    box = f"0 0 {round(width)} {round(height)}"
    named = (f' role="img" aria-label="{esc(label)}"' if label else "")
    title = f"<title>{esc(label)}</title>" if label else ""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="{css}"{named} '
            f'width="{round(width)}" height="{round(height)}" viewBox="{box}" '
            f'font-family="{FONT}" font-size="{size:g}" fill="{TEXT_COLOR}">{title}{body}</svg>')
