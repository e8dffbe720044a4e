"""Moments of truth: the kit's proposals with Confirm / Dismiss, and the confirmed ones.

A proposal is one (step, polarity) from `derived.moment_candidates`, with all its reasons.
Once the team decided on it (a moment for that step and polarity is confirmed or dismissed)
it is not proposed again. A moment stored as 'proposed' (e.g. typed in by the team) is
listed as a proposal too, and deciding on it updates that row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets
import pandas as pd

from .common import esc
from .empathy_cards import confirmed_list, number, reason_text, text

if TYPE_CHECKING:
    from .empathy import EmpathyPanel

DECIDED = ("confirmed", "dismissed")


@dataclass(frozen=True)
class Proposal:
    step_id: str
    step_name: str
    polarity: str
    reasons: tuple[str, ...]
    mean: float | None
    moment_id: str | None = None  # a stored 'proposed' moment this proposal would update


def proposals(candidates: pd.DataFrame, moments: pd.DataFrame, names: dict[str, str],
              means: dict[str, Any]) -> list[Proposal]:
    """Open proposals, in journey order: candidates not yet decided, plus stored proposals.

    `names` and `means` map the journey's step ids to their names and mean scores."""
    decided = {(r["step_id"], r["polarity"]) for r in moments.to_dict("records")
               if r["status"] in DECIDED}
    stored = {(r["step_id"], r["polarity"]): r for r in moments.to_dict("records")
              if r["status"] == "proposed" and r["step_id"] in names}
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in candidates.to_dict("records"):
        key = (row["step_id"], row["polarity"])
        if key not in decided:
            entry = found.setdefault(key, {"reasons": [], "mean": row["mean"]})
            entry["reasons"].append(str(row["reason"]))
    for key, row in stored.items():
        if key not in decided and key not in found:
            found[key] = {"reasons": [text(row["reason"])], "mean": means.get(key[0])}
    position = {step: index for index, step in enumerate(names)}
    return [
        Proposal(step, names[step], polarity, tuple(entry["reasons"]),
                 None if entry["mean"] is None or pd.isna(entry["mean"])
                 else float(entry["mean"]),
                 stored[(step, polarity)]["id"] if (step, polarity) in stored else None)
        for (step, polarity), entry in sorted(found.items(),
                                              key=lambda item: position[item[0][0]])
    ]


def chart_moments(open_proposals: list[Proposal], moments: pd.DataFrame) -> pd.DataFrame:
    """What the curve marks: confirmed moments solid, open proposals light."""
    rows = [{"step_id": r["step_id"], "polarity": r["polarity"], "reason": r["reason"],
             "status": r["status"]}
            for r in moments.to_dict("records") if r["status"] == "confirmed"]
    rows += [{"step_id": p.step_id, "polarity": p.polarity, "reason": p.reasons[0],
              "status": "proposed"} for p in open_proposals]
    return pd.DataFrame(rows, columns=["step_id", "polarity", "reason", "status"])


class MomentsBox:
    """Proposals to decide on (facilitator only) and the moments already confirmed."""

    def __init__(self, panel: EmpathyPanel) -> None:
        self.panel = panel
        self.open: list[Proposal] = []
        self._shown: tuple[Any, ...] | None = None
        self.rows = widgets.VBox()
        self.rows.add_class("kr-moment-proposals")
        self.confirmed = widgets.HTML()
        self.confirmed.add_class("kr-moments-confirmed")
        note = "" if panel.session.can_restructure else panel.t("empathy.moments_facilitator")
        self.widget = widgets.VBox([
            widgets.HTML(f"<b>{esc(panel.t('empathy.proposals_title'))}</b>"
                         + (f"<br><small>{esc(note)}</small>" if note else "")),
            self.rows, self.confirmed,
        ])
        self.widget.add_class("kr-moments")

    def show(self, open_proposals: list[Proposal], moments: pd.DataFrame,
             names: dict[str, str]) -> None:
        """Redraw the lists; proposal rows are rebuilt only when the proposals changed."""
        self.open = open_proposals
        key = tuple((p.step_id, p.polarity, p.reasons, p.mean, p.step_name)
                    for p in open_proposals)
        if key != self._shown:
            self._shown = key
            self.rows.children = [self._row(p) for p in open_proposals] or [widgets.HTML(
                f"<i>{esc(self.panel.t('empathy.no_proposals'))}</i>")]
        confirmed = moments[moments["status"] == "confirmed"]
        confirmed = confirmed[confirmed["step_id"].isin(list(names))]
        order = {step: i for i, step in enumerate(names)}
        confirmed = confirmed.assign(_o=confirmed["step_id"].map(order)).sort_values("_o")
        html = confirmed_list(confirmed, names, self.panel.language)
        if self.confirmed.value != html:
            self.confirmed.value = html

    def _row(self, proposal: Proposal) -> widgets.Widget:
        lang = self.panel.language
        label = self.panel.t(
            "empathy.proposal_row", step=proposal.step_name,
            polarity=self.panel.t(f"value.{proposal.polarity}"),
            mean="–" if proposal.mean is None else number(proposal.mean, lang),
            reasons=reason_text(proposal.reasons, lang))
        icon = "▲" if proposal.polarity == "positive" else "▼"
        parts: list[widgets.Widget] = [widgets.HTML(f"{icon} {esc(label)}",
                                                    layout=widgets.Layout(width="100%"))]
        if self.panel.session.can_restructure:
            for status, style in (("confirmed", "success"), ("dismissed", "")):
                button = widgets.Button(
                    description=self.panel.t("empathy.confirm" if status == "confirmed"
                                             else "empathy.dismiss"), button_style=style)
                button.add_class("kr-moment-confirm" if status == "confirmed"
                                 else "kr-moment-dismiss")
                button.on_click(lambda _, s=status: self.decide(proposal.step_id,
                                                                proposal.polarity, s))
                parts.append(button)
        row = widgets.HBox(parts, layout=widgets.Layout(flex_flow="row wrap"))
        row.add_class("kr-moment-proposal")
        return row

    def decide(self, step_id: str, polarity: str, status: str) -> bool:
        """Confirm or dismiss an open proposal; only the facilitator may."""
        panel = self.panel
        if not panel.session.can_restructure or not panel.session.can_contribute:
            panel.feedback.error(panel.t("empathy.only_facilitator_moments"))
            return False
        match = [p for p in self.open if (p.step_id, p.polarity) == (step_id, polarity)]
        if not match:
            panel.feedback.error(panel.t("empathy.proposal_gone"))
            return False
        proposal = match[0]
        workshop = panel.workshop
        if proposal.moment_id is not None:
            done = panel.write(lambda: workshop.update_moment(proposal.moment_id, status=status)
                               or True)
        else:
            reason = self._reason(proposal.reasons, workshop.language)
            done = panel.write(lambda: workshop.add_moment(step_id, polarity, reason, status))
        if done:
            panel.feedback.ok("empathy.moment_saved", step=proposal.step_name,
                              status=panel.t(f"value.{status}"))
        return bool(done)

    @staticmethod
    def _reason(reasons: tuple[str, ...], language: str) -> str:
        """One reason stays a code (the chart translates it); several become words in the
        workshop's language, as a team would write them."""
        return reasons[0] if len(reasons) == 1 else reason_text(reasons, language)
