"""The read-only dashboard: a finished or running workshop for people who only look.

`show_dashboard()` opens the store read-only (SQLite `mode=ro`, PostgreSQL read-only
transactions), so a write is impossible, not just absent from the screen. The page shows the
persona, the journey map (and the desired journey's below it), the brand lens's goals per
phase, what the map rests on (evidence or assumption), the emotion curve (current and
desired, with spread), the functional-versus-emotional gap, the participants' comments (named
only when the workshop says so), what customers say beside the team's curve (results kept by
the mining panel: no survey file needed), the ranked backlog, the responsibility heatmap and
the journey's saved versions compared; it follows the store while a workshop runs and offers
everything as files. Every part comes from the chosen journey's `JourneyData`, as the report
and the exports do. Opened on a writable store (in JupyterLab), the facilitator can also save
and delete versions here; served, they keep a version from the room console of their pages.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..journey import JourneyPicker
from ..kit import guide
from ..panel import Panel
from .sections import (
    Backlog,
    Comments,
    Curve,
    Customers,
    Downloads,
    Evidence,
    Gap,
    Goals,
    Map,
    Persona,
    Responsibility,
)
from .versions import Versions


class DashboardPanel(Panel):
    """Everything the workshop produced, for one journey, without a single input that writes."""

    area = "dashboard"
    parts = (Persona, Map, Goals, Evidence, Curve, Gap, Comments, Customers, Backlog,
             Responsibility, Versions, Downloads)

    def build(self) -> list[widgets.Widget]:
        self.picker = JourneyPicker(self.state)
        return [guide(self.language, "dashboard"), self.picker.widget, *self.section_widgets()]
