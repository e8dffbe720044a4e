"""The widget layer: panels that capture a workshop and draw it live (needs ipywidgets).

Nothing outside `klantreis.ui` imports from here, so the model, store and charts work without
ipywidgets. Notebooks call `show_*()`:

    from klantreis.ui import show_empathy
    show_empathy()
"""

from typing import Any

from .page import (
    show_dashboard,
    show_empathy,
    show_improvement,
    show_mining,
    show_participant,
    show_preparation,
    show_start,
)

__all__ = [
    "show_dashboard",
    "show_empathy",
    "show_example",
    "show_improvement",
    "show_mining",
    "show_participant",
    "show_preparation",
    "show_start",
]


def show_example(*args: Any, **kwargs: Any) -> Any:
    """The example notebook's panel (imported when used: it draws with Altair)."""
    from .example import show_example as show

    return show(*args, **kwargs)
