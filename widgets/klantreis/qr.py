"""QR codes of join links: in the terminal that serves a workshop and on the facilitator's page.

segno draws them in pure Python, as text blocks or inline SVG, so nothing is fetched and no
image file is written.
"""

from __future__ import annotations

import html
import io
import os
from urllib.parse import urlencode

from .messages import t

PUBLIC_URL_ENV = "KLANTREIS_PUBLIC_URL"  # set by `klantreis serve` for its kernels
JOIN_APPS = ("empathy", "improvement")  # pages with their own join box; others join at start


def app_url(base: str, app: str, **query: str | None) -> str:
    """`base/voila/render/<app>.ipynb?<query>`, leaving out empty parts."""
    params = urlencode({key: value for key, value in query.items() if value})
    return f"{base}/voila/render/{app}.ipynb" + (f"?{params}" if params else "")


def join_url(base: str, workshop: str, language: str, area: str = "start") -> str:
    """Where participants join: the phase page itself when it asks for a name, else the start
    page, where they pick or type their name once and get links that carry it."""
    app = area if area in JOIN_APPS else "start"
    return app_url(base, app, workshop=workshop, role="participant", lang=language)


def qr_svg(text: str, scale: int = 4) -> str:
    """A QR code as inline SVG markup (no JavaScript, no image request)."""
    import segno

    return segno.make(text, error="m").svg_inline(scale=scale, dark="#000", light="#fff")


def qr_terminal(text: str) -> str:
    """A QR code drawn with block characters, for the terminal that started the server."""
    import segno

    out = io.StringIO()
    segno.make(text, error="m").terminal(out=out, compact=True)
    return out.getvalue()


def join_block(workshop: str, role: str, language: str, area: str) -> str:
    """The join code and link for the facilitator's projected page; '' unless served by
    `klantreis serve` and seen by the facilitator."""
    base = os.environ.get(PUBLIC_URL_ENV, "")
    if not base or role != "facilitator":
        return ""
    url = join_url(base, workshop, language, area)
    return (f'<div class="kr-join-code"><b>{html.escape(t("serve.join_title", language))}</b>'
            f'<div class="kr-join-qr">{qr_svg(url, scale=3)}</div>'
            f'<a class="kr-join-url" href="{html.escape(url)}" target="_blank">'
            f"{html.escape(url)}</a>"
            f'<div class="kr-join-hint">{html.escape(t("serve.join_hint", language))}</div>'
            "</div>")
