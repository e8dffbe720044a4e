"""The widget layer: panels that capture a workshop and draw it live (needs ipywidgets).

Nothing outside `klantreis.ui` imports from here, so the model, store and charts work without
ipywidgets. Notebooks call `show_*()`:

    from klantreis.ui import show_empathy
    show_empathy()
"""

from .app import (
    show_dashboard,
    show_empathy,
    show_improvement,
    show_mining,
    show_preparation,
    show_start,
)
from .example import show_example

__all__ = [
    "show_dashboard",
    "show_empathy",
    "show_example",
    "show_improvement",
    "show_mining",
    "show_preparation",
    "show_start",
]
