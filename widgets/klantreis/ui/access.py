"""Who the visitor of a page served to a room is, decided on the server.

`klantreis serve` serves one workshop (`KLANTREIS_WORKSHOP`). A page learns from its link
only secrets, and checks each against the room (`core.room`):

- the participant page opens with a personal token (from the link or the page's cookie) as
  that participant, else with the join code as someone who may join;
- the dashboard opens with the dashboard key (or the facilitator's) as a viewer, on a
  read-only store;
- every other page opens with the facilitator key, as the facilitator.

Anything else in a link (`role=`, `workshop=`, `participant=`) is ignored, and a link that
opens nothing says so in a sentence. A token of another workshop opens nothing here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qs, urlencode

from ..core.environment import OPEN_DASHBOARD_ENV, WORKSHOP_ENV
from ..core.errors import KlantreisError
from ..core.room import Room, find_code, find_token
from ..core.store import Store, default_db, open_store
from ..i18n import LANGUAGES
from .session import Session, SessionChoice, open_session, page_query

TOKEN_COOKIE = "klantreis_token"
PARTICIPANT_PAGE = "participant"
SECRET_LIMIT = 100  # longer values are not ours: refused before anything is looked up


@dataclass(frozen=True)
class RoomLink:
    """The secrets a request brings: from the link's query string and the page's cookie."""

    key: str = ""
    view: str = ""
    code: str = ""
    token: str = ""
    cookie_token: str = ""
    language: str | None = None

    @classmethod
    def from_request(cls, query: str, cookie: str | None = None) -> RoomLink:
        values = {k: v[-1].strip() for k, v in parse_qs(query.lstrip("?")).items() if v}
        language = values.get("lang")
        return cls(
            key=_secret(values.get("key")), view=_secret(values.get("view")),
            code=_secret(values.get("code")), token=_secret(values.get("token")),
            cookie_token=_cookie_token(os.environ.get("HTTP_COOKIE", "")
                                       if cookie is None else cookie),
            language=language if language in LANGUAGES else None)


def _secret(value: str | None) -> str:
    return value if value and len(value) <= SECRET_LIMIT else ""


def _cookie_token(header: str) -> str:
    try:
        cookie = SimpleCookie(header)
    except CookieError:
        return ""
    return _secret(cookie[TOKEN_COOKIE].value) if TOKEN_COOKIE in cookie else ""


def room_session(store: Store, workshop_id: str, area: str, link: RoomLink) -> Session:
    """The session this link opens on `area` of the served workshop, or `KlantreisError`
    (in the link's language) when it opens none."""
    workshop = store.workshop(workshop_id)
    language = link.language or workshop.language
    room = Room(workshop)

    def session(role: str, participant: str | None = None, **query: str) -> Session:
        access = urlencode({k: v for k, v in query.items() if v})
        return Session(store, workshop, role, participant, language,  # type: ignore[arg-type]
                       room=True, link=access, may_join=role == "participant" and not
                       participant)

    if area == PARTICIPANT_PAGE:
        for token in (link.token, link.cookie_token):
            access = find_token(store, token) if token else None
            if access is not None and access.workshop_id == workshop_id:
                return session("participant", access.participant_id, token=token)
        if link.code and find_code(store, link.code) == workshop_id:
            return session("participant", code=link.code)
        return Session(store, workshop, "participant", None, language, room=True)
    if area == "dashboard":
        if os.environ.get(OPEN_DASHBOARD_ENV) or (link.view and room.is_viewer(link.view)):
            return session("viewer", view=link.view)
        if link.key and room.is_facilitator(link.key):
            return session("viewer", key=link.key)
    elif link.key and room.is_facilitator(link.key):
        return session("facilitator", key=link.key)
    raise KlantreisError("ui.no_access", language)


def open_page_session(choice: SessionChoice | None = None, *,
                      store: Store | str | None = None, read_only: bool = False,
                      area: str = "start") -> Session:
    """The session of a page. Served to a room (`KLANTREIS_WORKSHOP` set): who the visitor
    is, decided from the room's secrets in the link, on `area` of the served workshop. On
    one's own computer: `session.open_session`."""
    served = os.environ.get(WORKSHOP_ENV)
    if not served or choice is not None:
        return open_session(choice, store=store, read_only=read_only)
    opened = store if isinstance(store, Store) else open_store(
        store or default_db(), read_only=read_only or area == "dashboard")
    return room_session(opened, served, area, RoomLink.from_request(page_query()))
