"""The read-only dashboard: a finished or running workshop for people who only look.

`show_dashboard()` opens the store read-only (SQLite `mode=ro`, PostgreSQL read-only
transactions), so a write is impossible, not just absent from the screen. The page shows the
persona, the journey map, the emotion curve (current and desired, with spread), the
functional-versus-emotional gap, what customers say beside the team's curve (results kept by
the mining panel: no survey file needed), the ranked backlog and the responsibility heatmap;
it follows the store while a workshop runs and offers everything as files. Every part comes
from the chosen journey's `JourneyData`, as the report and the exports do.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..journey import JourneyPicker
from ..kit import guide
from ..panel import Panel
from .sections import Backlog, Curve, Customers, Downloads, Gap, Map, Persona, Responsibility


class DashboardPanel(Panel):
    """Everything the workshop produced, for one journey, without a single input that writes."""

    area = "dashboard"
    parts = (Persona, Map, Curve, Gap, Customers, Backlog, Responsibility, Downloads)

    def build(self) -> list[widgets.Widget]:
        self.picker = JourneyPicker(self.state)
        return [guide(self.language, "dashboard"), self.picker.widget, *self.section_widgets()]
