"""The empathy panel: walk the journey as the persona, rate each step, watch the curve grow.

Left (on top on a phone): the persona, the step and the participant's own rating, then the
step's evidence. Right (below on a phone): the live emotion curve, where the team disagrees,
and the moments of truth the kit proposes.

Below the curve, when the workshop keeps customers' survey results (saved by the mining
panel), the step in the walk shows the customers' score beside the team's mean, marked where
the two disagree.

Live: when other participants rate, only the curve, the counts and the proposals are redrawn
(the curve is computed once per refresh); the participant's own scores and comment are
updated only if they are not editing them, and the chart re-renders only if its spec changed.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
import pandas as pd

from .. import derived
from ..charts import emotion_curve_spec
from ..formatting import number, whole
from ..mining.compare import belief_vs_data
from ..mining.results import KeptResults, kept_scores
from .common import ChartView, Panel, esc, guide
from .empathy_cards import disagreement_list, persona_card, step_card, text
from .empathy_evidence import EvidenceBox
from .empathy_moments import MomentsBox, chart_moments, proposals
from .empathy_rating import JoinBox, RatingBox
from .live import Frames

STRUCTURE = {"journeys", "personas", "phases", "steps"}
CURVE = {"journeys", "phases", "steps", "ratings", "moments"}
CUSTOMERS = {"sources", "source_results"}
STYLE = """<style>
.kr-panel-empathy .kr-card { border: 1px solid #d0d7e2; border-radius: 6px;
  padding: 4px 12px; margin: 4px 0; background: #fff; }
.kr-panel-empathy .kr-card blockquote { margin: 4px 0 4px 8px; font-style: italic; }
.kr-panel-empathy .kr-step h3 { margin: 4px 0; }
.kr-panel-empathy .kr-step-meta { color: #555; margin: 0 0 4px 0; }
.kr-panel-empathy .kr-step dt { font-weight: 600; margin-top: 4px; }
.kr-panel-empathy .kr-step dd { margin-left: 0; }
.kr-panel-empathy .kr-face { font-size: 24px; padding: 0; }
.kr-panel-empathy .kr-empathy-walk { flex: 1 1 340px; max-width: 480px; }
.kr-panel-empathy .kr-empathy-curve { flex: 2 1 480px; min-width: 0; }
.kr-panel-empathy .kr-error { color: #b00020; font-weight: 600; }
.kr-panel-empathy .kr-customers-disagree { color: #b00020; font-weight: 600; }
</style>"""


class EmpathyPanel(Panel):
    """Everyone walks and rates; the facilitator also decides on moments of truth."""

    area = "empathy"

    # -- building -----------------------------------------------------------------------------

    def build(self) -> list[widgets.Widget]:
        self.journey_id: str | None = None
        self.walk: list[dict[str, Any]] = []  # derived.ordered_steps of the journey, as rows
        self._ordered: tuple[Any, ...] = ()  # (phases, steps, journey, ordered steps) of the walk
        self.index = 0
        self.curve = pd.DataFrame()  # derived.emotion_curve of the journey, set by refresh
        self._chart_moments = pd.DataFrame()
        self._chart_key: tuple[Any, ...] | None = None
        self.stats: dict[str, dict[str, Any]] = {}
        self.open_proposals: list[Any] = []
        self.journey = widgets.Dropdown(description=self.t("empathy.journey"),
                                        layout=widgets.Layout(width="100%", max_width="460px"))
        self.journey.add_class("kr-empathy-journey")
        self.journey.observe(self._on_journey, names="value")
        self.progress_text = _html("kr-empathy-progress")
        self.progress = widgets.IntProgress(min=0, max=1, value=0,
                                            layout=widgets.Layout(width="100%",
                                                                  max_width="460px"))
        self.progress.add_class("kr-empathy-progress-bar")
        self.persona_card = _html("kr-persona-card")
        self.step_card = _html("kr-step-card")
        self.previous = _button(self.t("ui.previous"), "kr-empathy-previous", "arrow-left")
        self.next = _button(self.t("ui.next"), "kr-empathy-next", "arrow-right")
        self.previous.on_click(lambda _: self.go(-1))
        self.next.on_click(lambda _: self.go(+1))
        self.join = JoinBox(self, self.set_participant)
        self.rating = RatingBox(self)
        self.evidence = EvidenceBox(self)
        self.individual = widgets.Checkbox(description=self.t("empathy.show_individual"),
                                           value=False, indent=False)
        self.individual.add_class("kr-show-individual")
        self.individual.observe(lambda _: self._draw_chart(), names="value")
        self.chart = ChartView("kr-emotion-curve")
        self.disagreement = _html("kr-disagreement")
        self.customers = _html("kr-empathy-customers")
        self.kept: tuple[KeptResults, pd.DataFrame] | None = None  # kept results, per step
        self.customer_steps: dict[str, dict[str, Any]] = {}  # belief_vs_data, by step id
        self.moments = MomentsBox(self)
        return [widgets.HTML(STYLE), self._columns()]

    def _columns(self) -> widgets.HBox:
        lang = self.language
        walk = widgets.VBox([
            guide(lang, "empathy_walk"), self.journey, self.progress_text, self.progress,
            self.persona_card, self.step_card, widgets.HBox([self.previous, self.next]),
            self.feedback.widget, guide(lang, "empathy_rate"), self.join.widget,
            self.rating.widget, self.evidence.widget,
        ])
        walk.add_class("kr-empathy-walk")
        curve = widgets.VBox([
            guide(lang, "empathy_curve"), self.individual, self.chart.widget,
            self.customers, self.disagreement, guide(lang, "empathy_moments"), self.moments.widget,
        ])
        curve.add_class("kr-empathy-curve")
        columns = widgets.HBox([walk, curve], layout=widgets.Layout(flex_flow="row wrap"))
        columns.add_class("kr-empathy-columns")
        return columns

    # -- what the page shows ------------------------------------------------------------------

    @property
    def step_id(self) -> str | None:
        return self.walk[self.index]["step_id"] if self.walk else None

    @property
    def can_rate(self) -> bool:
        return self.session.can_contribute and self.session.participant_id is not None

    def refresh(self, frames: Frames, changed: set[str]) -> None:
        """Redraw what depends on the changed tables; the curve is computed at most once."""
        if changed & {"journeys", "personas"}:
            self._show_journeys(frames)
        if changed & STRUCTURE:
            self._show_walk(frames)
        if changed & CURVE:
            self._show_curve(frames)
        if changed & (STRUCTURE | CUSTOMERS):
            self.kept = kept_scores(frames, self.journey_id)
        if changed & (CURVE | STRUCTURE | CUSTOMERS):
            self._compare_customers()
        if changed & (STRUCTURE | {"ratings", "participants"}):
            self._show_rating(frames)
        if changed & (STRUCTURE | {"evidence"}):
            self._show_evidence(frames)
        if "participants" in changed:
            self._show_join(frames)

    def _show_journeys(self, frames: Frames) -> None:
        journeys = frames["journeys"]
        current = journeys[journeys["variant"] == "current"]
        journeys = current if len(current) else journeys
        personas = frames["personas"].set_index("id")["name"]
        options = sorted(  # by label: the store keeps no order of journeys
            (self.t("empathy.journey_option", persona=text(personas.get(p, "")),
                    journey=text(name)), str(j))
            for j, p, name in zip(journeys["id"], journeys["persona_id"], journeys["name"],
                                  strict=True))
        wanted = self.journey_id if self.journey_id in {o[1] for o in options} else None
        wanted = wanted or (options[0][1] if options else None)
        if list(self.journey.options) != options:
            self.journey.unobserve(self._on_journey, names="value")
            self.journey.options = options
            self.journey.value = wanted
            self.journey.observe(self._on_journey, names="value")
        self.journey.layout.display = "" if len(options) > 1 else "none"
        self.journey_id = wanted
        self._show_persona(frames)

    def _show_persona(self, frames: Frames) -> None:
        journeys = frames["journeys"].set_index("id")
        personas = frames["personas"].set_index("id")
        persona = None
        if self.journey_id in journeys.index:
            persona_id = journeys.loc[self.journey_id, "persona_id"]
            if persona_id in personas.index:
                persona = personas.loc[persona_id].to_dict()
        html = persona_card(persona, self.language)
        if self.persona_card.value != html:
            self.persona_card.value = html

    def _show_walk(self, frames: Frames) -> None:
        """The journey's steps in order; stay on the same step if it still exists."""
        current = self.step_id
        ordered = derived.ordered_steps(frames["phases"], frames["steps"], self.journey_id)
        self._ordered = (frames["phases"], frames["steps"], self.journey_id, ordered)
        self.walk = ordered.to_dict("records")
        ids = [row["step_id"] for row in self.walk]
        self.index = ids.index(current) if current in ids else min(self.index,
                                                                    max(len(ids) - 1, 0))
        self._show_step(frames)

    def _show_step(self, frames: Frames) -> None:
        """Progress, step card and navigation for the step at `self.index`."""
        total = len(self.walk)
        self.previous.disabled = self.index <= 0
        self.next.disabled = self.index >= total - 1
        self.progress.max, self.progress.value = max(total, 1), self.index + 1 if total else 0
        if not total:
            key = "empathy.no_steps" if self.journey_id else "empathy.no_journey"
            self.progress_text.value = f"<i>{esc(self.t(key))}</i>"
            self.step_card.value = ""
            return
        row = self.walk[self.index]
        phase = text(row["top_phase_name"])
        if text(row["phase_name"]) != phase:
            phase = f"{phase} › {text(row['phase_name'])}"
        self.progress_text.value = "<b>" + esc(self.t(
            "empathy.progress", number=self.index + 1, total=total, phase=phase)) + "</b>"
        steps = frames["steps"]
        match = steps[steps["id"] == row["step_id"]]
        self.step_card.value = step_card(match.iloc[0].to_dict() if len(match) else None,
                                         self.language)

    def _show_curve(self, frames: Frames) -> None:
        """The curve, its proposals, disagreement list and chart: computed once per refresh."""
        self.curve = derived.emotion_curve(frames["phases"], frames["steps"], frames["ratings"],
                                           journey_id=self.journey_id,
                                           ordered=self._walk_order(frames))
        self.stats = {row["step_id"]: row for row in self.curve.to_dict("records")}
        names = {sid: text(row["step_name"]) for sid, row in self.stats.items()}
        moments = frames["moments"]
        moments = moments[moments["step_id"].isin(list(names))]
        means = {sid: row["mean"] for sid, row in self.stats.items()}
        self.open_proposals = proposals(derived.moment_candidates(self.curve), moments, names,
                                        means)
        self._chart_moments = chart_moments(self.open_proposals, moments)
        self._draw_chart()  # first: the curve is what the room watches
        self.moments.show(self.open_proposals, moments, names)
        html = disagreement_list(self.curve, self.language)
        if self.disagreement.value != html:
            self.disagreement.value = html

    def _walk_order(self, frames: Frames) -> pd.DataFrame | None:
        """The walk's ordered steps if the structure tables are the very frames it was built
        from (live updates replace a frame only when its table changed), else None."""
        if not self._ordered:
            return None
        phases, steps, journey, ordered = self._ordered
        same = phases is frames["phases"] and steps is frames["steps"]
        return ordered if same and journey == self.journey_id else None

    def _draw_chart(self) -> None:
        """Build the chart only when what it shows changed: building and serialising an
        Altair chart costs far more than comparing its inputs (a comment, or a rating in
        another journey, leaves the curve as it was)."""
        individual = self.frames["ratings"] if self.individual.value else None
        key = (
            self.language,
            pd.util.hash_pandas_object(self.curve, index=False).sum(),
            pd.util.hash_pandas_object(self._chart_moments, index=False).sum(),
            None if individual is None else pd.util.hash_pandas_object(
                individual[["step_id", "emotional"]], index=False).sum(),
        )
        if key == self._chart_key:
            return
        self._chart_key = key
        self.chart.show_spec(emotion_curve_spec(self.curve, self.language,
                                                moments=self._chart_moments,
                                                individual=individual))

    def _compare_customers(self) -> None:
        """Team against customers per step, from the results kept with the workshop: read
        only when those or the journey changed, compared only when there are any."""
        self.customer_steps = {} if self.kept is None else {
            row["step_id"]: row for row in belief_vs_data(self.curve, self.kept[1]).to_dict(
                "records")}
        self._show_customers()

    def _show_customers(self) -> None:
        """The customers' score on the step in the walk beside the team's mean."""
        row = self.customer_steps.get(self.step_id or "")
        html = ""
        if self.kept is not None and row is not None:
            html = self._customer_line(self.kept[0], row)
        if self.customers.value != html:
            self.customers.value = html

    def _customer_line(self, kept: KeptResults, row: dict[str, Any]) -> str:
        if not row["n"]:
            return f"<p>{esc(self.t('empathy.customers_none', source=kept.source))}</p>"
        fmt = {k: number(row[k], self.language) for k in ("customers", "low", "high", "team")}
        line = self.t("empathy.customers", metric=self.t(f"mining.metric.{kept.metric}"),
                      score=fmt["customers"], low=fmt["low"], high=fmt["high"],
                      n=whole(row["n"]), team=fmt["team"])
        mark = ""
        if bool(row["disagree"]):
            mark = (f'<br><span class="kr-customers-disagree">⚠ '
                    f'{esc(self.t("empathy.customers_disagree"))}</span>')
        return f"<p>{esc(line)}{mark}</p>"

    def _show_rating(self, frames: Frames) -> None:
        own = None
        step_id = self.step_id
        if self.session.participant_id is not None and step_id is not None:
            ratings = frames["ratings"]
            mine = ratings[(ratings["participant_id"] == self.session.participant_id)
                           & (ratings["step_id"] == step_id)]
            own = mine.iloc[0].to_dict() if len(mine) else None
        self.rating.show(step_id, own, self.can_rate)
        stats = self.stats.get(step_id) if step_id else None
        count = int(stats["n"]) if stats is not None else 0
        reveal = own is not None or not self.can_rate
        self.rating.show_count(count, len(frames["participants"]),
                               stats if reveal and count else None)

    def _show_evidence(self, frames: Frames) -> None:
        self.evidence.show(frames["evidence"], self.step_id, self.session.can_contribute)

    def _show_join(self, frames: Frames) -> None:
        needed = self.session.can_contribute and self.session.participant_id is None
        self.join.show(frames["participants"], needed)

    # -- the user's actions -------------------------------------------------------------------

    def go(self, delta: int) -> None:
        """Walk to the previous (-1) or next (+1) step in journey order."""
        if not self.walk:
            return
        self.index = max(0, min(self.index + delta, len(self.walk) - 1))
        frames = self.frames
        self._show_step(frames)
        self._show_rating(frames)
        self._show_evidence(frames)
        self._show_customers()

    def _on_journey(self, change: dict[str, Any]) -> None:
        if change["new"] is None or change["new"] == self.journey_id:
            return
        self.journey_id, self.index = change["new"], 0
        self.walk = []
        self.refresh(self.frames, {"personas", "phases", "ratings", "evidence"})

    def set_participant(self, participant_id: str) -> None:
        """Say who you are; from now on your ratings are yours."""
        people = self.frames["participants"].set_index("id")["name"]
        self.session = self.session.with_participant(participant_id)
        self.announce()
        self.feedback.ok("empathy.welcome", name=text(people.get(participant_id, "")))
        self._show_join(self.frames)
        self._show_rating(self.frames)

    def save_rating(self, emotional: Any, functional: Any = None, comment: str = "") -> bool:
        """Write the participant's rating of the current step (re-rating replaces it).

        Refused for viewers and for someone who has not said who they are; a score outside
        1..10 comes back as an inline message, and nothing is written.
        """
        if not self.session.can_contribute:
            self.feedback.error(self.t("ui.read_only"))
            return False
        participant, step_id = self.session.participant_id, self.step_id
        if participant is None:
            self.feedback.error(self.t("ui.choose_participant_first"))
            return False
        if step_id is None:
            return False
        functional = emotional if functional is None else functional
        done = self.write(lambda: self.workshop.rate(participant, step_id, functional,
                                                     emotional, comment or "") or True)
        if done:
            self.feedback.clear()
        return bool(done)


def _html(css_class: str) -> widgets.HTML:
    widget = widgets.HTML()
    widget.add_class(css_class)
    return widget


def _button(description: str, css_class: str, icon: str) -> widgets.Button:
    button = widgets.Button(description=description, icon=icon)
    button.add_class(css_class)
    return button
