"""The empathy panel: walk the journey as the persona, rate each step, watch the curve grow.

Left (on top on a phone): the persona, the step and the participant's own rating, then the
step's evidence. Right (below on a phone): the live emotion curve, where the team disagrees,
the customers' score of the step where the workshop keeps one, and the moments of truth the
kit proposes.

Live: when other participants rate, only the curve, the counts and the proposals are redrawn;
the participant's own scores and comment are updated only if they are not editing them, and
the chart re-renders only if its spec changed.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..journey import JourneyPicker
from ..panel import Panel
from .curve import Curve, Customers
from .evidence import Evidence
from .join import Join
from .moments import Moments
from .rating import Rating
from .walk import Walk

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
    # Refreshed in this order: the curve first after the walk, it is what the room watches.
    parts = (Walk, Curve, Customers, Moments, Join, Rating, Evidence)

    def build(self) -> list[widgets.Widget]:
        self.picker = JourneyPicker(self.state)
        self.rating.on_next = lambda: self.walk.go(+1)
        walk = widgets.VBox([self.picker.widget, self.walk.widget, self.join.widget,
                             self.rating.widget, self.evidence.widget])
        walk.add_class("kr-empathy-walk")
        curve = widgets.VBox([self.curve.widget, self.customers.widget, self.moments.widget])
        curve.add_class("kr-empathy-curve")
        columns = widgets.HBox([walk, curve], layout=widgets.Layout(flex_flow="row wrap"))
        columns.add_class("kr-empathy-columns")
        return [widgets.HTML(STYLE), columns]

    @property
    def step_id(self) -> str | None:
        return self.state.step_id
