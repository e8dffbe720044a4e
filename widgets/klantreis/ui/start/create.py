"""A new workshop: title, language, goal, scope, a lens with its preview, vote budget.

Only the facilitator creates workshops; the new workshop becomes the page's workshop.
"""

from __future__ import annotations

import ipywidgets as widgets

from ...core.tables import SCOPE_KINDS, VOTE_BUDGET_RANGE
from ...core.workshop import DEFAULT_VOTE_BUDGET
from ...i18n import LANGUAGES
from ..kit import LABEL_STYLE, button, dropdown, esc, form_layout, show, text_input
from ..lens_preview import CUSTOMER_LENS, lens_labels, lens_options, lens_preview
from .section import StartSection


class CreateWorkshop(StartSection):
    """The new-workshop form, folded away until opened."""

    key = "create"
    follows = frozenset({"role", "in_room"})

    def build(self) -> list[widgets.Widget]:
        t = self.t
        low, high = VOTE_BUDGET_RANGE
        self.title_input = text_input(t("field.title"), placeholder=t("start.title_placeholder"))
        self.title_input.add_class("kr-new-title")
        self.language_choice = widgets.ToggleButtons(
            description=t("field.language"), value=self.language,
            options=[(self.label("value", code), code) for code in LANGUAGES])
        self.goal = text_input(t("field.goal"), area=True)
        self.scope_kind = dropdown(t("field.scope_kind"),
                                   choices=[(self.label("value", k), k) for k in SCOPE_KINDS])
        self.scope = text_input(t("field.scope"), area=True)
        self.lens = dropdown(t("field.lens"), "kr-new-lens",
                             lens_options(self.language, t("prep.outside_in"),
                                          t("prep.inside_out")), value=CUSTOMER_LENS)
        self.preview = widgets.HTML()
        self.preview.add_class("kr-lens-preview")
        self.budget = widgets.BoundedIntText(description=t("field.vote_budget"), min=low,
                                             max=high, value=DEFAULT_VOTE_BUDGET,
                                             layout=form_layout(), style=LABEL_STYLE)
        self.button = button(t("start.create"), "kr-create", self.submit, style="primary")
        self.hint = widgets.HTML(f"<i>{esc(t('start.create_needs_facilitator'))}</i>")
        self.inputs = [self.title_input, self.language_choice, self.goal, self.scope_kind,
                       self.scope, self.lens, self.budget, self.button]
        for widget in (self.lens, self.language_choice):
            widget.observe(lambda _: self._preview(), names="value")
        self._preview()
        box = widgets.VBox([self.hint, *self.inputs[:6], self.preview, *self.inputs[6:],
                            self.feedback.widget])
        self.accordion = widgets.Accordion(children=[box], titles=(t("start.new_workshop"),))
        self.accordion.add_class("kr-create-box")
        return [self.accordion]

    def _preview(self) -> None:
        language = self.language_choice.value
        self.preview.value = lens_preview(self.lens.value, language, lens_labels(language))

    def refresh(self) -> None:
        show(self.widget, not self.state.in_room)  # a served room is one workshop
        allowed = self.state.role == "facilitator" and not self.state.store.read_only
        for widget in self.inputs:
            widget.disabled = not allowed
        show(self.hint, not allowed)

    def submit(self) -> None:
        """Create the workshop (facilitators only) and open it."""
        state = self.state

        def create() -> object:
            state.require_facilitator()
            state.require_own_computer()
            return state.store.create_workshop(
                self.title_input.value, language=self.language_choice.value,
                goal=self.goal.value, scope_kind=self.scope_kind.value, scope=self.scope.value,
                lens=self.lens.value, vote_budget=self.budget.value)

        created = self.write(create)
        if created is None:
            return
        self.title_input.value = self.goal.value = self.scope.value = ""
        title = created.info()["title"]  # type: ignore[attr-defined]
        state.participant_id = None
        state.workshop = created
        self.feedback.ok("start.created", title=title)
