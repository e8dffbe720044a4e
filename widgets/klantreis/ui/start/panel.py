"""The start panel, everyone's first page: open or create a workshop and say who you are.

The choice is turned into links with a query string, which is how Voilà pages (each in its
own kernel) learn it, and saved beside the store for the phase notebooks in JupyterLab. A
compact progress overview tells a self-guided team where it is.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..kit import guide
from ..panel import Panel
from .create import CreateWorkshop
from .links import Links
from .who import Who
from .workshop import OpenWorkshop


class StartPanel(Panel):
    """Choose or create a workshop, your role and your name; get the phase links."""

    area = "start"
    parts = (OpenWorkshop, CreateWorkshop, Who, Links)

    def build(self) -> list[widgets.Widget]:
        return [guide(self.language, "start"), *self.section_widgets(), self.feedback.widget]
