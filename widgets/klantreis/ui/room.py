"""The facilitator's room controls, at the top of every facilitator page of a served room.

The join code to project (with its QR code and link) and a button for a new one; who has
joined, how far each is, and renaming or removing someone; what the participants' page
shows now (waiting, preparation, rating, ideas and votes), together or at everyone's own
pace; showing the team's figures when the room is ready to discuss; a time box that counts
down on every page; and how many have rated the current step or voted, without the scores.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import ipywidgets as widgets

from ..core.environment import PUBLIC_URL_ENV
from ..core.room import Room
from ..core.tables import ROOM_PACES, ROOM_PARTS
from ..core.versions import save_version
from ..i18n import t, text
from ..outputs.join import app_url, join_block
from .kit import ROW_TEXT, Quiet, Rows, button, esc, full_width, html_box
from .section import Section

MINUTES = (1, 60)


def countdown(deadline: str | None, language: str) -> str:
    """A time box's countdown: the page's script counts it down every second, in the page's
    words; the server's clock is given so a phone's wrong clock does not matter."""
    if not deadline:
        return ""
    now = dt.datetime.now(dt.UTC).isoformat()
    left, up = t("room.time_left", language), t("room.time_up", language)
    return (f'<div class="kr-countdown-box"><span class="kr-countdown" '
            f'data-deadline="{esc(deadline)}" data-now="{esc(now)}" '
            f'data-left="{esc(left)}" data-up="{esc(up)}">{esc(left)}</span></div>')


def rated_count(frames: Any, step_id: str | None) -> int:
    ratings = frames["ratings"]
    return 0 if step_id is None else int((ratings["step_id"] == step_id).sum())


def voted_count(frames: Any) -> int:
    votes = frames["votes"]
    return int(votes.loc[votes["votes"] > 0, "participant_id"].nunique()) if len(votes) else 0


class Veil:
    """A line shown instead of a section's figures while the room's are hidden, so nobody
    anchors on the others before judging alone (the facilitator's projected page too)."""

    def __init__(self, *hidden: widgets.Widget) -> None:
        self.hidden = hidden
        self.line = html_box("", "kr-veil")
        self.line.layout.display = "none"

    def apply(self, state: Any, line: str = "") -> bool:
        """Veil or unveil for the state (`line`: what to say meanwhile); True when veiled."""
        veiled = bool(state.in_room and not state.reveal)
        for widget in self.hidden:
            widget.layout.display = "none" if veiled else ""
        self.line.value = f"<p><i>{esc(line)}</i></p>" if veiled and line else ""
        self.line.layout.display = "" if veiled and line else "none"
        return veiled


class RoomConsole(Section):
    """The room, run by the facilitator."""

    key = "room"
    tables = frozenset({"room", "participants", "ratings", "votes", "steps"})
    follows = frozenset({"part", "pace", "reveal", "deadline", "step_id"})

    def build(self) -> list[widgets.Widget]:
        self.quiet = Quiet()
        self.room = Room(self.workshop)
        self.join = html_box("", "kr-room-join")
        self.new_code = button(self.t("room.new_code"), "kr-room-new-code", self.renew_code)
        self.part = widgets.ToggleButtons(options=[(self.label("value", p), p)
                                                   for p in ROOM_PARTS],
                                          description=self.t("room.part"),
                                          style={"button_width": "auto"})
        self.part.add_class("kr-room-part")
        self.pace = widgets.ToggleButtons(options=[(self.label("value", p), p)
                                                   for p in ROOM_PACES],
                                          description=self.t("room.pace"),
                                          style={"button_width": "auto"})
        self.pace.add_class("kr-room-pace")
        self.part.observe(lambda change: self._chosen("part", change["new"]), names="value")
        self.pace.observe(lambda change: self._chosen("pace", change["new"]), names="value")
        self.reveal = button("", "kr-room-reveal", self.toggle_reveal)
        self.minutes = widgets.BoundedIntText(value=10, min=MINUTES[0], max=MINUTES[1],
                                              description=self.t("room.timebox"),
                                              style={"description_width": "auto"},
                                              layout=widgets.Layout(width="230px"))
        self.start_clock = button(self.t("room.start_timer"), "kr-room-start", self.start)
        self.stop_clock = button(self.t("room.stop_timer"), "kr-room-stop", self.stop)
        self.clock = html_box("", "kr-room-clock")
        self.counts = html_box("", "kr-room-counts")
        self.people = Rows("kr-room-people")
        self.people_box = widgets.Accordion(children=[self.people.widget], selected_index=None)
        self.people_box.add_class("kr-room-people-box")
        self.version_name = widgets.Text(placeholder=self.t("room.version_placeholder"),
                                         layout=widgets.Layout(flex="1 1 200px"))
        self.version_name.add_class("kr-room-version-name")
        self.keep = button(self.t("room.save_version"), "kr-room-save-version",
                           self.save_version, icon="bookmark")
        versions = widgets.HBox([self.version_name, self.keep],
                                layout=widgets.Layout(flex_flow="row wrap"))
        controls = widgets.VBox([self.part, self.pace, widgets.HBox([self.reveal]),
                                 widgets.HBox([self.minutes, self.start_clock,
                                               self.stop_clock]), self.clock, self.counts],
                                layout=widgets.Layout(flex="2 1 420px"))
        join = widgets.VBox([self.join, self.new_code], layout=widgets.Layout(flex="1 1 240px"))
        top = widgets.HBox([join, controls], layout=widgets.Layout(flex_flow="row wrap"))
        box = widgets.VBox([top, self.feedback.widget, self.confirm.widget, self.people_box,
                            versions])
        self.accordion = widgets.Accordion(children=[box], titles=(self.t("room.console"),),
                                           selected_index=0)
        self.accordion.add_class("kr-room-console")
        return [self.accordion]

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        state = self.state
        code = self.room.join_code
        base = os.environ.get(PUBLIC_URL_ENV, "")
        self.join.value = (join_block(base, code, self.language) if code and base
                           else f"<p>{esc(self.t('serve.no_code'))}</p>")
        with self.quiet():
            self.part.value, self.pace.value = state.part, state.pace
        self.reveal.description = self.t("room.reveal_hide" if state.reveal
                                         else "room.reveal_show")
        self.reveal.button_style = "" if state.reveal else "success"
        self.clock.value = countdown(state.deadline, self.language)
        self._show_counts()
        self._show_people()

    def _show_counts(self) -> None:
        frames = self.state.frames
        total = len(frames["participants"])
        step = self.state.room_step
        lines = [self.t("room.voted", count=voted_count(frames), total=total)]
        if step is not None:
            lines.insert(0, self.t("room.rated", count=rated_count(frames, step), total=total))
        self.counts.value = "".join(f"<p>{esc(line)}</p>" for line in lines)

    def _show_people(self) -> None:
        frames = self.state.frames
        people = frames["participants"].sort_values("name")
        rated = frames["ratings"]["participant_id"].value_counts()
        votes = frames["votes"]
        dots = votes.groupby("participant_id")["votes"].sum() if len(votes) else {}
        steps = len(self.state.journey.steps)
        rows = [(str(pid), text(name), int(rated.get(pid, 0)), int(dots.get(pid, 0)))
                for pid, name in zip(people["id"], people["name"], strict=True)]
        self.people_box.set_title(0, self.t("room.people", count=len(rows)))
        self.people.show((tuple(rows), steps), lambda: [self._person(*row, steps)
                                                        for row in rows]
                         or [html_box(f"<i>{esc(self.t('room.nobody'))}</i>")])

    def _person(self, participant: str, name: str, rated: int, dots: int,
                steps: int) -> widgets.Widget:
        line = widgets.HTML(esc(self.t("room.person", name=name, rated=rated, steps=steps,
                                       dots=dots)), layout=ROW_TEXT)
        new_name = widgets.Text(value=name, layout=widgets.Layout(width="160px"),
                                continuous_update=False)
        new_name.add_class("kr-room-new-name")
        rename = button(self.t("room.rename"), "kr-room-rename",
                        lambda: self.rename(participant, new_name.value))
        remove = button(self.t("room.remove"), "kr-room-remove",
                        lambda: self.ask_remove(participant, name))
        link = button(self.t("room.new_link"), "kr-room-link",
                      lambda: self.personal_link(participant, name))
        row = widgets.HBox([line, new_name, rename, link, remove], layout=full_width())
        row.add_class("kr-room-person")
        return row

    # -- the facilitator's actions -------------------------------------------------------

    def _chosen(self, name: str, value: str) -> None:
        if not self.quiet.on:
            self.move(**{name: value})

    def _act(self, action: Any) -> Any:
        """A change only the facilitator may make; its result, or None when refused."""
        return self.restructure(lambda: action() or True)

    def move(self, **changes: Any) -> bool:
        """Move the room (the facilitator only): the part, the pace, the reveal, the time
        box; with the part, the journey this page shows and, to rate, its step."""
        state = self.state
        if changes.get("part") in ("preparation", "empathy", "improvement"):
            changes.setdefault("journey_id", state.journey_id)
        if changes.get("part") == "empathy":
            changes.setdefault("step_id", state.step_id or self._first_step())
        return bool(self._act(lambda: self.room.move(**changes)))

    def _first_step(self) -> str | None:
        steps = self.state.journey.steps
        return None if steps.empty else str(steps["step_id"].iloc[0])

    def toggle_reveal(self) -> bool:
        """Show or hide the team's figures, on this page and on every phone."""
        return self.move(reveal=not self.state.reveal)

    def start(self) -> bool:
        end = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=int(self.minutes.value))
        return self.move(deadline=end.isoformat())

    def stop(self) -> bool:
        return self.move(deadline=None)

    def save_version(self) -> None:
        """Keep the journey this page shows as a named version, from any facilitator page
        (the dashboard, where versions are compared, is read-only when served)."""
        name, journey = self.version_name.value, self.state.journey_id
        if journey is None:
            return
        if self._act(lambda: save_version(self.workshop, journey, name)):
            self.version_name.value = ""
            self.feedback.ok("room.version_saved", name=" ".join(name.split()))

    def renew_code(self) -> None:
        code = self._act(self.room.new_join_code)
        if code:
            self.refresh()
            self.feedback.ok("room.new_code_done", code=code)

    def rename(self, participant: str, name: str) -> bool:
        done = bool(self._act(lambda: self.room.rename(participant, name)))
        if done:
            self.feedback.ok("room.renamed", name=" ".join(name.split()))
        return done

    def personal_link(self, participant: str, name: str) -> str | None:
        """A new personal link for someone whose phone or cookie is gone (their name is
        taken, so they cannot join again as themselves)."""
        token = self._act(lambda: self.room.issue_token(participant))
        if not token:
            return None
        url = app_url(os.environ.get(PUBLIC_URL_ENV, ""), "participant", token=token,
                      lang=self.language)
        self.feedback.ok("room.new_link_done", name=name, url=url)
        return url

    def ask_remove(self, participant: str, name: str) -> None:
        self.confirm.ask(self.t("room.remove_confirm", name=name),
                         lambda: self.remove(participant, name), yes=self.t("room.remove"))

    def remove(self, participant: str, name: str) -> bool:
        done = bool(self._act(lambda: self.room.remove(participant)))
        if done:
            self.feedback.ok("room.removed", name=name)
        return done
