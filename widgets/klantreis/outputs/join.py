"""Join links and their QR codes: in the terminal that serves a workshop and on the
facilitator's page.

segno draws them in pure Python, as text blocks or inline SVG, so nothing is fetched and no
image file is written.
"""

from __future__ import annotations

import html
import io
from urllib.parse import urlencode

from ..i18n import t

PARTICIPANT_APP = "participant"  # the one page a participant uses for the whole workshop


def app_url(base: str, app: str, **query: str | None) -> str:
    """`base/voila/render/<app>.ipynb?<query>`, leaving out empty parts."""
    params = urlencode({key: value for key, value in query.items() if value})
    return f"{base}/voila/render/{app}.ipynb" + (f"?{params}" if params else "")


def join_url(base: str, code: str, language: str) -> str:
    """Where participants join: their page, with the room's join code."""
    return app_url(base, PARTICIPANT_APP, code=code, lang=language)


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


def join_block(base: str, code: str, language: str) -> str:
    """The join code, its QR code and link, to project for the room."""
    url = join_url(base, code, language)
    return (f'<div class="kr-join-code"><b>{html.escape(t("serve.join_title", language))}</b>'
            f'<div class="kr-join-qr">{qr_svg(url, scale=3)}</div>'
            f'<div class="kr-join-text">{html.escape(t("serve.join_code", language, code=code))}'
            "</div>"
            f'<a class="kr-join-url" href="{html.escape(url)}" target="_blank">'
            f"{html.escape(url)}</a>"
            f'<div class="kr-join-hint">{html.escape(t("serve.join_hint", language))}</div>'
            "</div>")
