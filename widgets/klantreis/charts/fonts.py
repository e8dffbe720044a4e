"""The fonts of everything the kit prints (the journey map, the report's PDF, the
printables): DejaVu Sans where the system has it, else ReportLab's own Vera (the same
shapes and widths), registered once as one family."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "KlantreisSans"


# Regular, bold, italic, bold italic: DejaVu where the system has it, else ReportLab's Vera.
_FONT_FILES = {
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
               "DejaVuSans-BoldOblique.ttf"),
    "vera": ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf"),
}


_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    str(Path.home() / "Library/Fonts"),
    "C:/Windows/Fonts",
)


@cache
def register_fonts() -> str:
    """Register the report's font family once; returns which one ('dejavu' or 'vera')."""
    import reportlab

    found = next((Path(d) for d in _FONT_DIRS
                  if all((Path(d) / f).is_file() for f in _FONT_FILES["dejavu"])), None)
    kind = "dejavu" if found else "vera"
    folder = found or Path(reportlab.__file__).parent / "fonts"
    faces = ("", "-Bold", "-Italic", "-BoldItalic")
    for face, file in zip(faces, _FONT_FILES[kind], strict=True):
        pdfmetrics.registerFont(TTFont(FONT + face, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT + "-Bold",
                                  italic=FONT + "-Italic", boldItalic=FONT + "-BoldItalic")
    return kind
