"""The participant's own rating of a step, and saying who you are before you rate.

Phone first: scores are ToggleButtons 1..10 (a wrong value cannot even be chosen) and five
face buttons set the emotional score in one tap. A rating is written the moment the emotional
score is chosen; the functional score follows the emotional one until it is chosen itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .common import esc, set_if_idle
from .empathy_cards import number, text

if TYPE_CHECKING:
    from .empathy import EmpathyPanel

#: Face buttons and the emotional score each one sets (documented in guide.empathy_rate.what).
FACES: tuple[tuple[str, int], ...] = (("😞", 2), ("🙁", 4), ("😐", 6), ("🙂", 8), ("😀", 10))
SCORES = tuple(range(1, 11))
FULL = widgets.Layout(width="100%", max_width="460px")


def _scale(css_class: str) -> widgets.ToggleButtons:
    """A 1..10 score that starts unset ('not rated yet') and fits a 390 px phone."""
    scale = widgets.ToggleButtons(options=[(str(s), s) for s in SCORES], value=None,
                                  style={"button_width": "30px"}, layout=FULL)
    scale.add_class("kr-score")
    scale.add_class(css_class)
    return scale


class RatingBox:
    """Emotional and functional score, faces, comment, and how many have rated so far."""

    def __init__(self, panel: EmpathyPanel) -> None:
        self.panel = panel
        self.step_id: str | None = None
        self.synced: dict[str, Any] = {"emotional": None, "functional": None, "comment": ""}
        self.functional_chosen = False
        self._quiet = False
        self.emotional = _scale("kr-rate-emotional")
        self.functional = _scale("kr-rate-functional")
        self.faces = [self._face(face, score) for face, score in FACES]
        self.comment = widgets.Textarea(
            placeholder=panel.t("empathy.comment_placeholder"), continuous_update=False,
            layout=widgets.Layout(width="100%", max_width="460px", height="70px"))
        self.comment.add_class("kr-rate-comment")
        self.status = widgets.HTML()
        self.status.add_class("kr-rate-status")
        self.count = widgets.HTML()
        self.count.add_class("kr-rated-count")
        self.next_step = widgets.Button(description=panel.t("empathy.next_step"),
                                        button_style="success")
        self.next_step.add_class("kr-rate-next")
        self.next_step.on_click(lambda _: panel.go(+1))
        self.emotional.observe(self._on_emotional, names="value")
        self.functional.observe(self._on_functional, names="value")
        self.comment.observe(self._on_comment, names="value")
        self.widget = widgets.VBox([
            widgets.HTML(f"<b>{esc(panel.t('empathy.your_rating'))}</b>"),
            widgets.Label(panel.t("empathy.emotional")),
            widgets.HBox(self.faces, layout=FULL), self.emotional,
            widgets.Label(panel.t("empathy.functional")), self.functional,
            widgets.Label(panel.t("field.comment")), self.comment,
            self.status, self.next_step, self.count,
        ], layout=FULL)
        self.widget.add_class("kr-rating")

    def _face(self, face: str, score: int) -> widgets.Button:
        button = widgets.Button(description=face,
                                tooltip=self.panel.t("empathy.face_tip", score=score),
                                layout=widgets.Layout(width="54px", height="44px"))
        button.add_class("kr-face")
        button.add_class(f"kr-face-{score}")
        button.on_click(lambda _: self.choose_face(score))
        return button

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Change widgets from the store without it counting as the user's input."""
        self._quiet, before = True, self._quiet
        try:
            yield
        finally:
            self._quiet = before

    # -- shown from the store -----------------------------------------------------------------

    def show(self, step_id: str | None, own: dict[str, Any] | None, enabled: bool) -> None:
        """Show the participant's own rating; on the same step, keep what they are editing."""
        stored = {
            "emotional": own.get("emotional") if own else None,
            "functional": own.get("functional") if own else None,
            "comment": text(own.get("comment")) if own else "",
        }
        # A stored functional score that differs from the emotional one was chosen on purpose;
        # an equal one may be the default, and keeps following the emotional score.
        chosen = stored["functional"] != stored["emotional"]
        with self.quiet():
            if step_id != self.step_id:
                self.step_id, self.functional_chosen = step_id, chosen
                for name, value in stored.items():
                    getattr(self, name).value = value
                self.next_step.layout.display = "none"
            else:
                for name, value in stored.items():
                    set_if_idle(getattr(self, name), value, self.synced[name])
                self.functional_chosen = self.functional_chosen or chosen
        self.synced = stored
        self._show_status()
        for control in (self.emotional, self.functional, self.comment, *self.faces):
            control.disabled = not enabled or step_id is None

    def show_count(self, count: int, total: int, stats: dict[str, Any] | None) -> None:
        """How many have rated; mean and spread only once you rated (or cannot rate)."""
        lang = self.panel.language
        lines = [self.panel.t("empathy.rated_count", count=count, total=total)]
        if stats is not None and count:
            lines.append(self.panel.t("empathy.rated_stats", mean=number(stats["mean"], lang),
                                      low=number(stats["min"], lang, 0),
                                      high=number(stats["max"], lang, 0)))
        elif count:
            lines.append(self.panel.t("empathy.stats_after_rating"))
        self.count.value = f"<small>{esc(' '.join(lines))}</small>"

    def _show_status(self) -> None:
        if self.synced["emotional"] is not None:
            message = self.panel.t("empathy.rated", emotional=self.synced["emotional"],
                                   functional=self.synced["functional"])
            self.status.value = f'<span class="kr-ok">✓ {esc(message)}</span>'
        elif self.functional.value is not None:
            self.status.value = f"<i>{esc(self.panel.t('empathy.functional_first'))}</i>"
        else:
            self.status.value = f"<i>{esc(self.panel.t('empathy.not_rated'))}</i>"

    # -- the participant's input ----------------------------------------------------------------

    def choose_face(self, score: int) -> None:
        self.emotional.value = score

    def _on_emotional(self, change: dict[str, Any]) -> None:
        if self._quiet or change["new"] is None:
            return
        if not self.functional_chosen:
            with self.quiet():
                self.functional.value = change["new"]
        self._save()

    def _on_functional(self, change: dict[str, Any]) -> None:
        if self._quiet or change["new"] is None:
            return
        self.functional_chosen = True
        if self.emotional.value is None:
            self._show_status()
            return
        self._save()

    def _on_comment(self, change: dict[str, Any]) -> None:
        if not self._quiet and self.emotional.value is not None:
            self._save()

    def _save(self) -> None:
        saved = self.panel.save_rating(self.emotional.value, self.functional.value,
                                       self.comment.value)
        if saved:
            self.next_step.layout.display = ""
            return
        with self.quiet():  # refused or invalid: show what is really stored
            self.emotional.value = self.synced["emotional"]
            self.functional.value = self.synced["functional"]
            self.functional_chosen = self.synced["functional"] != self.synced["emotional"]


class JoinBox:
    """'Who are you?': pick your name from the participants, or join with a new one."""

    def __init__(self, panel: EmpathyPanel, chosen: Callable[[str], None]) -> None:
        self.panel = panel
        self.chosen = chosen
        self.pick = widgets.Dropdown(description=panel.t("empathy.pick_name"), layout=FULL)
        self.pick.add_class("kr-join-pick")
        self.pick_button = widgets.Button(description=panel.t("empathy.this_is_me"))
        self.pick_button.add_class("kr-join-pick-button")
        self.pick_button.on_click(lambda _: self.choose(self.pick.value))
        self.name = widgets.Text(placeholder=panel.t("field.name"), layout=FULL)
        self.name.add_class("kr-join-name")
        self.department = widgets.Text(placeholder=panel.t("field.department"), layout=FULL)
        self.department.add_class("kr-join-department")
        self.join_button = widgets.Button(description=panel.t("empathy.join"),
                                          button_style="primary")
        self.join_button.add_class("kr-join-button")
        self.join_button.on_click(lambda _: self.join(self.name.value, self.department.value))
        self.widget = widgets.VBox([
            widgets.HTML(f'<p class="kr-error">{esc(panel.t("ui.choose_participant_first"))}'
                         "</p>"),
            self.pick, self.pick_button,
            widgets.HTML(f"<p>{esc(panel.t('empathy.or_join'))}</p>"),
            self.name, self.department, self.join_button,
        ], layout=widgets.Layout(width="100%", max_width="460px"))  # its own: it is hidden
        self.widget.add_class("kr-join")

    def show(self, people: Any, needed: bool) -> None:
        self.widget.layout.display = "" if needed else "none"
        choices = [(name, pid) for name, pid in zip(people["name"], people["id"], strict=True)]
        options = [(self.panel.t("empathy.choose"), None),
                   *sorted(choices, key=lambda c: str(c[0]).lower())]
        if list(self.pick.options) != options:
            keep = self.pick.value if self.pick.value in dict(choices).values() else None
            self.pick.options, self.pick.value = options, keep

    def choose(self, participant_id: str | None) -> None:
        if participant_id is None:
            self.panel.feedback.error(self.panel.t("ui.choose_participant_first"))
            return
        self.chosen(participant_id)

    def join(self, name: str, department: str = "") -> None:
        """Join with a new, unique name; a taken name is refused with a way out."""
        name = " ".join(name.split())
        if not self.panel.session.can_contribute:
            self.panel.feedback.error(self.panel.t("ui.read_only"))
            return
        if not name:
            self.panel.feedback.error(self.panel.t("empathy.name_needed"))
            return
        if self.panel.workshop.participant_id(name) is not None:
            self.panel.feedback.error(self.panel.t("empathy.name_taken", name=name))
            return
        new = self.panel.write(lambda: self.panel.workshop.add_participant(name, department))
        if new:
            self.chosen(new)
