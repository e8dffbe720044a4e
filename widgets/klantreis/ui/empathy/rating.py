"""The participant's own rating of a step.

Phone first: scores are ToggleButtons 1..10 (a wrong value cannot even be chosen) and five
face buttons set the emotional score in one tap. A rating is written the moment the emotional
score is chosen. The functional score is a judgement of its own: it stays empty until the
participant chooses it, or says it is the same as the emotional one; a copied default would
make every gap zero by accident.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ...i18n import number, text
from ..kit import Quiet, esc, set_if_idle
from .section import STRUCTURE, EmpathySection

#: Face buttons and the emotional score each one sets (documented in guide.empathy_rate.what).
FACES: tuple[tuple[str, int], ...] = (("😞", 2), ("🙁", 4), ("😐", 6), ("🙂", 8), ("😀", 10))
SCORES = tuple(range(1, 11))
FULL = widgets.Layout(width="100%", max_width="490px")  # ten 44 px buttons in a row


def _scale(css_class: str) -> widgets.ToggleButtons:
    """A 1..10 score that starts unset ('not rated yet') and fits a 390 px phone."""
    scale = widgets.ToggleButtons(options=[(str(s), s) for s in SCORES], value=None,
                                  style={"button_width": "44px"}, layout=FULL)
    scale.add_class("kr-score")
    scale.add_class(css_class)
    return scale


class Rating(EmpathySection):
    """Emotional and functional score, faces, comment, and how many have rated so far."""

    key = "rating"
    tables = STRUCTURE | {"ratings", "participants"}
    follows = frozenset({"journey_id", "step_id", "participant_id", "reveal", "pace"})

    def build(self) -> list[widgets.Widget]:
        self.step_id: str | None = None
        self.synced: dict[str, Any] = {"emotional": None, "functional": None, "comment": ""}
        self.quiet = Quiet()
        self.emotional = _scale("kr-rate-emotional")
        self.functional = _scale("kr-rate-functional")
        self.faces = [self._face(face, score) for face, score in FACES]
        self.same = widgets.Button(description=self.t("empathy.same_as_emotional"),
                                   icon="equals",
                                   layout=widgets.Layout(width="auto", min_height="44px"))
        self.same.add_class("kr-rate-same")
        self.same.on_click(lambda _: self.same_as_emotional())
        self.comment = widgets.Textarea(
            placeholder=self.t("empathy.comment_placeholder"), continuous_update=False,
            layout=widgets.Layout(width="100%", max_width="490px", height="70px"))
        self.comment.add_class("kr-rate-comment")
        self.status = widgets.HTML()
        self.status.add_class("kr-rate-status")
        self.count = widgets.HTML()
        self.count.add_class("kr-rated-count")
        self.next_step = widgets.Button(description=self.t("empathy.next_step"),
                                        button_style="success")
        self.next_step.add_class("kr-rate-next")
        self.next_step.on_click(lambda _: self.on_next())
        self.emotional.observe(self._on_emotional, names="value")
        self.functional.observe(self._on_functional, names="value")
        self.comment.observe(self._on_comment, names="value")
        self.box = widgets.VBox([
            widgets.HTML(f"<b>{esc(self.t('empathy.your_rating'))}</b>"),
            widgets.Label(self.t("empathy.emotional")),
            widgets.HBox(self.faces, layout=FULL), self.emotional,
            widgets.Label(self.t("empathy.functional")), self.functional, self.same,
            widgets.Label(self.t("field.comment")), self.comment,
            self.status, self.next_step, self.count, self.feedback.widget,
        ], layout=FULL)
        self.box.add_class("kr-rating")
        return [self.box]

    def _face(self, face: str, score: int) -> widgets.Button:
        button = widgets.Button(description=face,
                                tooltip=self.t("empathy.face_tip", score=score),
                                layout=widgets.Layout(width="54px", height="44px"))
        button.add_class("kr-face")
        button.add_class(f"kr-face-{score}")
        button.on_click(lambda _: self.choose_face(score))
        return button

    on_next: Callable[[], None] = staticmethod(lambda: None)  # the walk's next step

    def refresh(self) -> None:
        """The participant's own rating of the step in the state, and the room's count."""
        state, step_id = self.state, self.state.step_id
        own = None
        if state.participant_id is not None and step_id is not None:
            ratings = state.frames["ratings"]
            mine = ratings[(ratings["participant_id"] == state.participant_id)
                           & (ratings["step_id"] == step_id)]
            own = mine.iloc[0].to_dict() if len(mine) else None
        self.show(step_id, own, state.can_rate)
        curve = state.journey.curve
        stats = curve[curve["step_id"] == step_id].to_dict("records") if step_id else []
        count = int(stats[0]["n"]) if stats else 0
        reveal = state.reveal and (own is not None or not state.can_rate)
        self.show_count(count, len(state.frames["participants"]),
                        stats[0] if reveal and count and stats else None)
        if not self.may_go_on():
            self.next_step.layout.display = "none"

    def may_go_on(self) -> bool:
        """Whether this person picks the next step (in a room going together, the
        facilitator does)."""
        return not self.state.in_room or self.state.pace == "own"

    # -- shown from the store -----------------------------------------------------------------

    def show(self, step_id: str | None, own: dict[str, Any] | None, enabled: bool) -> None:
        """Show the participant's own rating; on the same step, keep what they are editing."""
        stored = {
            "emotional": own.get("emotional") if own else None,
            "functional": own.get("functional") if own else None,
            "comment": text(own.get("comment")) if own else "",
        }
        with self.quiet():
            if step_id != self.step_id:
                self.step_id = step_id
                for name, value in stored.items():
                    getattr(self, name).value = value
                self.next_step.layout.display = "none"
            else:
                for name, value in stored.items():
                    set_if_idle(getattr(self, name), value, self.synced[name])
        self.synced = stored
        self._show_status()
        for control in (self.emotional, self.functional, self.comment, *self.faces):
            control.disabled = not enabled or step_id is None
        self.same.disabled = not enabled or step_id is None or self.emotional.value is None

    def show_count(self, count: int, total: int, stats: dict[str, Any] | None) -> None:
        """How many have rated; mean and spread only once you rated (or cannot rate)."""
        lang = self.language
        lines = [self.t("empathy.rated_count", count=count, total=total)]
        if stats is not None and count:
            lines.append(self.t("empathy.rated_stats", mean=number(stats["mean"], lang),
                                      low=number(stats["min"], lang, 0),
                                      high=number(stats["max"], lang, 0)))
        elif count and not self.state.reveal:
            lines.append(self.t("room.hidden"))
        elif count:
            lines.append(self.t("empathy.stats_after_rating"))
        self.count.value = f"<small>{esc(' '.join(lines))}</small>"

    def _show_status(self) -> None:
        if self.synced["emotional"] is not None and self.synced["functional"] is None:
            message = self.t("empathy.rated_emotional_only", emotional=self.synced["emotional"])
            self.status.value = f'<span class="kr-ok">✓ {esc(message)}</span>'
        elif self.synced["emotional"] is not None:
            message = self.t("empathy.rated", emotional=self.synced["emotional"],
                             functional=self.synced["functional"])
            self.status.value = f'<span class="kr-ok">✓ {esc(message)}</span>'
        elif self.functional.value is not None:
            self.status.value = f"<i>{esc(self.t('empathy.functional_first'))}</i>"
        else:
            self.status.value = f"<i>{esc(self.t('empathy.not_rated'))}</i>"

    # -- the participant's input ----------------------------------------------------------------

    def choose_face(self, score: int) -> None:
        self.emotional.value = score

    def same_as_emotional(self) -> None:
        """The participant's judgement that it worked as well as it felt."""
        if self.emotional.value is not None:
            self.functional.value = self.emotional.value

    def _on_emotional(self, change: dict[str, Any]) -> None:
        if self.quiet.on or change["new"] is None:
            return
        self.same.disabled = self.emotional.disabled
        self._save()

    def _on_functional(self, change: dict[str, Any]) -> None:
        if self.quiet.on or change["new"] is None:
            return
        if self.emotional.value is None:
            self._show_status()
            return
        self._save()

    def _on_comment(self, change: dict[str, Any]) -> None:
        if not self.quiet.on and self.emotional.value is not None:
            self._save()

    def _save(self) -> None:
        saved = self.save(self.emotional.value, self.functional.value, self.comment.value)
        if saved and self.may_go_on():
            self.next_step.layout.display = ""
            return
        with self.quiet():  # refused or invalid: show what is really stored
            self.emotional.value = self.synced["emotional"]
            self.functional.value = self.synced["functional"]

    def save(self, emotional: Any, functional: Any = None, comment: str = "") -> bool:
        """Write the participant's rating of the current step (re-rating replaces it).

        Refused for viewers and for someone who has not said who they are; a score outside
        1..10 comes back as an inline message, and nothing is written.
        """
        state, step_id = self.state, self.state.step_id

        def rate() -> None:
            participant = state.require_participant()
            if step_id is not None:
                state.workshop.rate(participant, step_id, functional, emotional,
                                    comment or "")

        return step_id is not None and self.done(rate)
