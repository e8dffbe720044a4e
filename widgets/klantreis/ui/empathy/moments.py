"""Moments of truth on the empathy page: the kit's proposals with Confirm / Dismiss (the
facilitator decides), and the moments already confirmed.

A proposal is one (step, polarity) with all its reasons (`JourneyData.open_proposals`); once
the team decided on it, it is not proposed again. A moment stored as 'proposed' (typed in by
the team) is listed as a proposal too, and deciding on it updates that row.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...figures.moments import Proposal
from ...i18n import number, text
from ..kit import button, esc, html_box
from ..room import Veil
from .cards import confirmed_list, reason_text
from .section import CURVE, EmpathySection


class Moments(EmpathySection):
    """Proposals to decide on (facilitator only) and the moments already confirmed."""

    key = "moments"
    guide_area = "empathy_moments"
    tables = CURVE
    follows = frozenset({"journey_id", "reveal"})

    def build(self) -> list[widgets.Widget]:
        self._shown: tuple[Any, ...] | None = None
        self.rows = widgets.VBox()
        self.rows.add_class("kr-moment-proposals")
        self.confirmed = html_box("", "kr-moments-confirmed")
        note = "" if self.state.can_restructure else self.t("empathy.moments_facilitator")
        box = widgets.VBox([
            widgets.HTML(f"<b>{esc(self.t('empathy.proposals_title'))}</b>"
                         + (f"<br><small>{esc(note)}</small>" if note else "")),
            self.rows, self.feedback.widget, self.confirmed,
        ])
        box.add_class("kr-moments")
        self.veil = Veil(box)
        return [self.veil.line, box]

    @property
    def open(self) -> list[Proposal]:
        return self.state.journey.open_proposals

    def refresh(self) -> None:
        """Redraw the lists; proposal rows are rebuilt only when the proposals changed."""
        if self.veil.apply(self.state, self.t("room.moments_hidden")):
            return
        journey = self.state.journey
        key = tuple((p.step_id, p.polarity, p.reasons, p.mean, p.step_name) for p in self.open)
        if key != self._shown:
            self._shown = key
            self.rows.children = [self._row(p) for p in self.open] or [widgets.HTML(
                f"<i>{esc(self.t('empathy.no_proposals'))}</i>")]
        names = {str(s): text(n) for s, n in zip(journey.curve["step_id"],
                                                  journey.curve["step_name"], strict=True)}
        confirmed = journey.moments[journey.moments["status"] == "confirmed"]
        order = {step: i for i, step in enumerate(names)}
        confirmed = confirmed.assign(_o=confirmed["step_id"].map(order)).sort_values("_o")
        html = confirmed_list(confirmed, names, self.language)
        if self.confirmed.value != html:
            self.confirmed.value = html

    def _row(self, proposal: Proposal) -> widgets.Widget:
        label = self.t(
            "empathy.proposal_row", step=proposal.step_name,
            polarity=self.label("value", proposal.polarity),
            mean="–" if proposal.mean is None else number(proposal.mean, self.language),
            reasons=reason_text(proposal.reasons, self.language))
        icon = "▲" if proposal.polarity == "positive" else "▼"
        parts: list[widgets.Widget] = [widgets.HTML(f"{icon} {esc(label)}",
                                                    layout=widgets.Layout(width="100%"))]
        if self.state.can_restructure:
            parts += [
                button(self.t("empathy.confirm"), "kr-moment-confirm",
                       lambda: self.decide(proposal.step_id, proposal.polarity, "confirmed"),
                       style="success"),
                button(self.t("empathy.dismiss"), "kr-moment-dismiss",
                       lambda: self.decide(proposal.step_id, proposal.polarity, "dismissed")),
            ]
        row = widgets.HBox(parts, layout=widgets.Layout(flex_flow="row wrap"))
        row.add_class("kr-moment-proposal")
        return row

    def decide(self, step_id: str, polarity: str, status: str) -> bool:
        """Confirm or dismiss an open proposal; only the facilitator may."""
        if not self.state.can_restructure:
            self.feedback.fail("empathy.only_facilitator_moments")
            return False
        match = [p for p in self.open if (p.step_id, p.polarity) == (step_id, polarity)]
        if not match:
            self.feedback.fail("empathy.proposal_gone")
            return False
        proposal = match[0]
        workshop = self.state.workshop
        if proposal.moment_id is not None:
            moment_id = proposal.moment_id
            done = self.done(lambda: workshop.update_moment(moment_id, status=status))
        else:
            reason = self._reason(proposal.reasons, workshop.language)
            done = self.done(lambda: workshop.add_moment(step_id, polarity, reason, status))
        if done:
            self.feedback.ok("empathy.moment_saved", step=proposal.step_name,
                             status=self.label("value", status))
        return done

    @staticmethod
    def _reason(reasons: tuple[str, ...], language: str) -> str:
        """One reason stays a code (the chart translates it); several become words in the
        workshop's language, as a team would write them."""
        return reasons[0] if len(reasons) == 1 else reason_text(reasons, language)
