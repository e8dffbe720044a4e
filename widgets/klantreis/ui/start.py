"""The start panel, everyone's first page: open or create a workshop and say who you are.

The choice is saved beside the store, so the phase notebooks opened next in JupyterLab pick
it up, and it is turned into links with a query string, which is how Voilà pages (each in its
own kernel) learn it. A compact progress overview tells a self-guided team where it is.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlencode

import ipywidgets as widgets
import pandas as pd

from ..errors import ValidationError
from ..messages import LANGUAGES
from ..spec import SCOPE_KINDS, VOTE_BUDGET_RANGE
from ..store import Store
from ..workshop import DEFAULT_VOTE_BUDGET
from .common import Feedback, Panel, esc, guide
from .live import Frames
from .preparation_base import LABEL_STYLE, WIDE, Quiet, button, set_options, text_input
from .preparation_lens import CUSTOMER_LENS, lens_labels, lens_options, lens_preview
from .session import ROLES, Session, SessionChoice, save_choice

PHASE_NOTEBOOKS = ("preparation", "empathy", "improvement")


def store_target(store: Store) -> str:
    """The path or URL a store was opened with, for the saved-choice file beside it."""
    if store.is_sqlite:
        return str(store.url.database)
    return store.url.render_as_string(hide_password=False)


def phase_links(choice: SessionChoice) -> dict[str, str]:
    """Relative links to the phase notebooks (for the facilitator also customer data),
    carrying the choice in their query string."""
    query = urlencode({key: value for key, value in (
        ("workshop", choice.workshop), ("role", choice.role),
        ("participant", choice.participant), ("lang", choice.language)) if value})
    names = [*PHASE_NOTEBOOKS, *(["mining"] if choice.role == "facilitator" else [])]
    return {name: f"{name}.ipynb?{query}" for name in names}


def progress_counts(frames: Frames, budget: int) -> dict[str, int]:
    """How far a workshop is: the numbers behind the progress overview."""
    steps, people = frames["steps"], frames["participants"]
    evidence = frames["evidence"]
    return {
        "personas": len(frames["personas"]),
        "phases": len(frames["phases"]),
        "steps": len(steps),
        "non_touchpoints": int((steps["kind"] == "non_touchpoint").sum()),
        "participants": len(people),
        "assumptions": int((evidence["source"] == "assumption").sum()),
        "ratings": len(frames["ratings"]),
        "possible": len(steps) * len(people),
        "moments": int((frames["moments"]["status"] == "confirmed").sum()),
        "ideas": len(frames["ideas"]),
        "selected": int((frames["ideas"]["status"] == "selected").sum()),
        "votes": int(frames["votes"]["votes"].sum()) if len(frames["votes"]) else 0,
        "dots": budget * len(people),
    }


class StartPanel(Panel):
    """Choose or create a workshop, your role and your name; get the phase links."""

    area = "start"

    def build(self) -> list[widgets.Widget]:
        self.quiet = Quiet()
        self.workshop_choice = widgets.Dropdown(description=self.t("start.workshop"),
                                                layout=WIDE, style=LABEL_STYLE)
        self.workshop_choice.add_class("kr-workshop-select")
        self.workshop_choice.observe(self._changed, names="value")
        self.progress = widgets.HTML()
        self.progress.add_class("kr-progress")
        self.create = CreateForm(self)
        return [guide(self.language, "start"), self._heading("start.open"), self.workshop_choice,
                self.progress, self.create.widget, self._heading("start.who"), *self._who(),
                self._heading("start.links_title"), self.links, self.feedback.widget]

    def _heading(self, key: str) -> widgets.HTML:
        return widgets.HTML(f"<h3>{esc(self.t(key))}</h3>")

    def _who(self) -> list[widgets.Widget]:
        roles = ("viewer",) if self.session.store.read_only else ROLES
        self.role = widgets.ToggleButtons(
            options=[(self.t(f"ui.role.{r}"), r) for r in roles],
            value=self.session.role if self.session.role in roles else roles[0],
            style={"button_width": "110px"})
        self.role.add_class("kr-role")
        self.person = widgets.Dropdown(description=self.t("start.your_name"), layout=WIDE,
                                       style=LABEL_STYLE)
        self.person.add_class("kr-participant-choice")
        self.new_name = text_input(self.t("field.name"), placeholder=self.t("start.new_name"))
        self.new_name.add_class("kr-new-name")
        self.new_department = text_input(self.t("field.department"))
        self.join = button(self.t("start.join"), "kr-join", "primary")
        self.join.on_click(lambda _: self.add_me())
        self.taken = widgets.HTML()
        self.taken.add_class("kr-name-taken")
        self.use_taken = button(self.t("start.use_taken"), "kr-use-taken")
        self.use_taken.layout.display = "none"
        self.use_taken.on_click(lambda _: self._pick_taken())
        self._taken = ""
        self.join_feedback = Feedback(self.language)
        self.people = widgets.VBox([self.person, self.new_name, self.new_department, self.join,
                                    self.taken, self.use_taken, self.join_feedback.widget])
        self.lang = widgets.ToggleButtons(
            description=self.t("start.language"),
            options=[(self.t(f"value.{code}"), code) for code in LANGUAGES],
            value=self.session.language)
        self.lang.add_class("kr-choice-language")
        self.links = widgets.HTML()
        self.links.add_class("kr-links")
        for widget in (self.role, self.person, self.lang):
            widget.observe(self._changed, names="value")
        return [self.role, self.people, self.lang]

    # -- showing -----------------------------------------------------------------------

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        workshops = self.session.store.workshops()
        labels = [(self._label(row), str(row["id"])) for _, row in workshops.iterrows()]
        set_options(self.workshop_choice, labels, self.session.workshop.id, self.quiet)
        people = frames["participants"].sort_values("name")
        choices = [(self.t("ui.none"), None)] + [
            (f"{n} ({d})" if d else str(n), str(i))
            for n, d, i in zip(people["name"], people["department"], people["id"], strict=True)]
        set_options(self.person, choices, self.person.value or self.session.participant_id,
                    self.quiet)
        self.progress.value = self._progress(frames)
        self._show_choice()

    def _label(self, row: pd.Series) -> str:
        label = f"{row['title']} ({self.t('value.' + str(row['language']))})"
        return label + (f" · {self.t('start.example')}" if bool(row["synthetic"]) else "")

    def _progress(self, frames: Frames) -> str:
        info = frames["workshops"].iloc[0]
        counts = progress_counts(frames, int(info["vote_budget"]))
        rows = "".join(
            f"<tr><th>{esc(self.t('start.progress_' + part))}</th>"
            f"<td>{esc(self.t('start.progress_' + part + '_text', **counts))}</td></tr>"
            for part in PHASE_NOTEBOOKS)
        example = f" <i>({esc(self.t('start.example'))})</i>" if bool(info["synthetic"]) else ""
        return (f'<div class="kr-progress-box"><h4>{esc(info["title"])}{example}</h4>'
                f"<p>{esc(info['goal'])}</p><table class=\"kr-table\">{rows}</table></div>")

    def _show_choice(self) -> None:
        """Show or hide the name picker, then save the choice and draw the links."""
        self.people.layout.display = "none" if self.role.value == "viewer" else ""
        self.create.enable(self.role.value == "facilitator")
        choice = self.choice()
        links = phase_links(choice)
        hint = ""
        if choice.role == "participant" and not choice.participant:
            hint = f"<p class=\"kr-hint\">{esc(self.t('start.choose_name'))}</p>"
        items = "".join(f'<li><a href="{esc(href)}" target="_blank" class="kr-link-{name}">'
                        f"{esc(self.t('start.link_' + name))}</a></li>"
                        for name, href in links.items())
        self.links.value = f"{hint}<ul>{items}</ul>"

    # -- choosing ----------------------------------------------------------------------

    def choice(self) -> SessionChoice:
        participant = None if self.role.value == "viewer" else self.person.value
        return SessionChoice(self.session.workshop.id, self.role.value, participant,
                             self.lang.value)

    def _changed(self, _change: dict[str, Any]) -> None:
        if not self.quiet.on:
            self.choose()

    def choose(self) -> None:
        """Follow the widgets: open the chosen workshop, then save and show the choice."""
        wanted = self.workshop_choice.value
        if wanted and wanted != self.session.workshop.id:
            self.open_workshop(wanted)
        choice = self.choice()
        self.session = Session(self.session.store, self.session.workshop, choice.role or "viewer",
                               choice.participant, choice.language or self.language)
        if "VOILA_KERNEL_ID" not in os.environ:  # Voilà pages learn it from the links instead
            save_choice(choice, store_target(self.session.store))
        self._show_choice()
        self.announce()

    def open_workshop(self, workshop_id: str) -> None:
        """Make `workshop_id` this page's workshop; its tables replace the old ones."""
        workshop = self.session.store.workshop(workshop_id)
        self.session = Session(self.session.store, workshop, self.role.value, None,
                               self.lang.value)
        with self.quiet():
            self.person.value = None
            self.lang.value = workshop.language
        self.live.switch(workshop)

    def add_me(self) -> None:
        """Add the typed name as a participant; a taken name is said clearly, not doubled."""
        name, department = self.new_name.value.strip(), self.new_department.value
        self.taken.value, self.use_taken.layout.display = "", "none"
        self.join_feedback.clear()
        if self.role.value == "viewer" or not self.session.can_contribute:
            self.join_feedback.error(self.t("ui.read_only"))
            return
        if not name:
            self.join_feedback.error(self.t("error.required", field=self.t("field.name")))
            return
        if self.workshop.participant_id(name) is None:
            try:
                new = self.workshop.add_participant(name, department)
            except ValidationError as error:  # someone took the name a moment ago
                if error.key != "error.duplicate_name":
                    self.join_feedback.error(error.message(self.language))
                    return
            else:
                self.live.after_write()
                self.new_name.value = self.new_department.value = ""
                self.person.value = new
                return
        self.taken.value = (f'<div class="kr-error" role="alert">'
                            f"{esc(self.t('start.name_taken', name=name))}</div>")
        self.use_taken.layout.display = ""
        self._taken = name

    def _pick_taken(self) -> None:
        found = self.workshop.participant_id(self._taken) if self._taken else None
        if found:
            self.taken.value, self.use_taken.layout.display = "", "none"
            self.new_name.value = ""
            self.person.value = found


class CreateForm:
    """A new workshop: title, language, goal, scope, a lens with its preview, vote budget."""

    def __init__(self, panel: StartPanel) -> None:
        self.panel = panel
        t = panel.t
        low, high = VOTE_BUDGET_RANGE
        self.title = text_input(t("field.title"), placeholder=t("start.title_placeholder"))
        self.title.add_class("kr-new-title")
        self.language = widgets.ToggleButtons(
            description=t("field.language"), value=panel.language,
            options=[(t(f"value.{code}"), code) for code in LANGUAGES])
        self.goal = text_input(t("field.goal"), area=True)
        self.scope_kind = widgets.Dropdown(description=t("field.scope_kind"), layout=WIDE,
                                           style=LABEL_STYLE,
                                           options=[(t(f"value.{k}"), k) for k in SCOPE_KINDS])
        self.scope = text_input(t("field.scope"), area=True)
        self.lens = widgets.Dropdown(
            description=t("field.lens"), layout=WIDE, style=LABEL_STYLE, value=CUSTOMER_LENS,
            options=lens_options(panel.language, t("prep.outside_in"), t("prep.inside_out")))
        self.lens.add_class("kr-new-lens")
        self.preview = widgets.HTML()
        self.preview.add_class("kr-lens-preview")
        self.budget = widgets.BoundedIntText(description=t("field.vote_budget"), min=low,
                                             max=high, value=DEFAULT_VOTE_BUDGET, layout=WIDE,
                                             style=LABEL_STYLE)
        self.button = button(t("start.create"), "kr-create", "primary")
        self.button.on_click(lambda _: self.submit())
        self.hint = widgets.HTML(f"<i>{esc(t('start.create_needs_facilitator'))}</i>")
        self.inputs = [self.title, self.language, self.goal, self.scope_kind, self.scope,
                       self.lens, self.budget, self.button]
        for widget in (self.lens, self.language):
            widget.observe(lambda _: self._preview(), names="value")
        self._preview()
        box = widgets.VBox([self.hint, *self.inputs[:6], self.preview, *self.inputs[6:]])
        self.widget = widgets.Accordion(children=[box], titles=(t("start.new_workshop"),))
        self.widget.add_class("kr-create-box")

    def _preview(self) -> None:
        language = self.language.value
        self.preview.value = lens_preview(self.lens.value, language, lens_labels(language))

    def enable(self, allowed: bool) -> None:
        for widget in self.inputs:
            widget.disabled = not allowed
        self.hint.layout.display = "none" if allowed else ""

    def submit(self) -> None:
        """Create the workshop (facilitators only) and open it."""
        panel = self.panel
        if panel.role.value != "facilitator":
            panel.feedback.error(panel.t("ui.facilitator_only"))
            return
        created = panel.write(lambda: panel.session.store.create_workshop(
            self.title.value, language=self.language.value, goal=self.goal.value,
            scope_kind=self.scope_kind.value, scope=self.scope.value, lens=self.lens.value,
            vote_budget=self.budget.value))
        if created is None:
            return
        self.title.value = self.goal.value = self.scope.value = ""
        panel.feedback.ok("start.created", title=created.info()["title"])
        panel.open_workshop(created.id)
        panel.choose()
