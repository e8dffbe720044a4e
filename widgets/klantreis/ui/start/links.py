"""The links onwards: the phase pages, carrying the choice made on this page.

Each Voilà page runs in its own kernel, so a page learns the workshop, role, name and
language from its link. In JupyterLab, where notebooks cannot pass state to each other, the
choice is also saved beside the store, and the phase notebooks read it from there.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlencode

import ipywidgets as widgets

from ...core.store import Store
from ...i18n import LANGUAGES
from ..kit import Quiet, esc, heading, html_box
from ..session import SessionChoice, save_choice
from .section import StartSection

PHASE_NOTEBOOKS = ("preparation", "empathy", "improvement")


def store_target(store: Store) -> str:
    """The path or URL a store was opened with, for the saved-choice file beside it."""
    if store.is_sqlite:
        return str(store.url.database)
    return store.url.render_as_string(hide_password=False)


def phase_links(choice: SessionChoice, access: str = "") -> dict[str, str]:
    """Relative links to the phase notebooks (for the facilitator also customer data),
    carrying the choice in their query string; in a served room, `access` (the facilitator's
    key) instead of a workshop and a role, which the server would not believe."""
    parts = [("lang", choice.language)] if access else [
        ("workshop", choice.workshop), ("role", choice.role),
        ("participant", choice.participant), ("lang", choice.language)]
    query = "&".join(filter(None, [access, urlencode([(k, v) for k, v in parts if v])]))
    names = [*PHASE_NOTEBOOKS, *(["mining"] if choice.role == "facilitator" else [])]
    return {name: f"{name}.ipynb?{query}" for name in names}


class Links(StartSection):
    """The language of the pages to open, and the links to them."""

    key = "links"
    follows = frozenset({"role", "participant_id", "workshop"})

    def build(self) -> list[widgets.Widget]:
        self.quiet = Quiet()
        self.shown_workshop = self.workshop.id
        self.language_choice = widgets.ToggleButtons(
            description=self.t("start.language"),
            options=[(self.label("value", code), code) for code in LANGUAGES],
            value=self.state.language)
        self.language_choice.add_class("kr-choice-language")
        self.language_choice.observe(self._chosen, names="value")
        self.links = html_box("", "kr-links")
        return [self.language_choice, heading(self.t("start.links_title")), self.links]

    def choice(self) -> SessionChoice:
        state = self.state
        participant = None if state.role == "viewer" else state.participant_id
        return SessionChoice(self.workshop.id, state.role, participant,
                             self.language_choice.value)

    def refresh(self) -> None:
        """Save the choice (in JupyterLab) and draw the links."""
        if self.shown_workshop != self.workshop.id:  # another workshop: its own language
            self.shown_workshop = self.workshop.id
            with self.quiet():
                self.language_choice.value = self.workshop.language
        choice = self.choice()
        access = self.state.link if self.state.in_room else ""
        if not access and "VOILA_KERNEL_ID" not in os.environ:  # Voilà pages: from the links
            save_choice(choice, store_target(self.state.store))
        hint = ""
        if choice.role == "participant" and not choice.participant:
            hint = f"<p class=\"kr-hint\">{esc(self.t('start.choose_name'))}</p>"
        items = "".join(f'<li><a href="{esc(href)}" target="_blank" class="kr-link-{name}">'
                        f"{esc(self.label('start.link', name))}</a></li>"
                        for name, href in phase_links(choice, access).items())
        self.links.value = f"{hint}<ul>{items}</ul>"

    def _chosen(self, _change: dict[str, Any]) -> None:
        if not self.quiet.on:
            self.refresh()
