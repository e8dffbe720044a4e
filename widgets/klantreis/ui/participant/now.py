"""The top of a participant's page: what the room does now, the time left."""

from __future__ import annotations

import os
from urllib.parse import parse_qs

import ipywidgets as widgets

from ...core.environment import PUBLIC_URL_ENV
from ...outputs.join import app_url
from ..kit import esc, html_box
from ..room import countdown
from .joining import token_marker
from .section import ACTIVE, ParticipantSection


class Now(ParticipantSection):
    """What to do now and how (together or at your own pace), the countdown."""

    key = "now"
    tables = frozenset({"room"})
    follows = ACTIVE | {"pace", "deadline"}

    def build(self) -> list[widgets.Widget]:
        self.line = html_box("", "kr-now")
        self.clock = html_box("", "kr-now-clock")
        self.link = html_box("", "kr-personal-link")
        return [self.line, self.clock, self.link]

    def update(self) -> None:
        state = self.state
        what = self.label("room.now", state.part)
        how = self.label("room.pace", state.pace) if state.part == "empathy" else ""
        self.line.value = f'<p class="kr-now-what"><b>{esc(what)}</b> {esc(how)}</p>'
        self.clock.value = countdown(state.deadline, self.language)
        self.link.value = self._personal_link()

    def _personal_link(self) -> str:
        """The token for the page's script, and the link for another device."""
        token = parse_qs(self.state.link).get("token", [""])[0]
        if not token:
            return ""
        base = os.environ.get(PUBLIC_URL_ENV, "")
        url = app_url(base, "participant", token=token, lang=self.language) if base else ""
        link = (f'<details class="kr-personal"><summary>{esc(self.t("room.personal_link"))}'
                f'</summary><a href="{esc(url)}">{esc(url)}</a></details>') if url else ""
        return token_marker(token) + link
