"""A widget that is hidden at times has a layout of its own.

ipywidgets hides a widget through its `Layout` model, and widgets may share one: hiding one
then hides all of them in the browser, while Python-side tests still see every widget. This
walks every page in every role and checks that a hidden layout is shared at most within one
row (such as a row's vote buttons, hidden together)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import ipywidgets as widgets
import pytest

from klantreis.core.store import Store
from klantreis.samples import build_sample
from klantreis.ui.page import panel_class
from klantreis.ui.session import Session

pytestmark = pytest.mark.slow  # walks every page in every role


def tree(root: widgets.Widget, parent: str = "") -> Iterator[tuple[widgets.Widget, str]]:
    """Every widget under `root` with its parent's model id."""
    yield root, parent
    for child in getattr(root, "children", ()):
        yield from tree(child, root.model_id)


def shared_hidden(root: widgets.Widget) -> list[str]:
    """Hidden layouts that widgets in different places share."""
    users: dict[str, list[tuple[widgets.Widget, str]]] = defaultdict(list)
    for widget, parent in tree(root):
        if isinstance(getattr(widget, "layout", None), widgets.Layout):
            users[widget.layout.model_id].append((widget, parent))
    return [", ".join(f"{type(w).__name__} {sorted(w._dom_classes)}" for w, _ in group)
            for group in users.values()
            if group[0][0].layout.display == "none" and len({p for _, p in group}) > 1]


@pytest.mark.parametrize("area", ["start", "preparation", "empathy", "improvement",
                                  "dashboard", "mining"])
@pytest.mark.parametrize("role", ["facilitator", "participant", "viewer"])
def test_no_hidden_widget_shares_its_layout(sqlite_store: Store, area: str, role: str) -> None:
    hotel = build_sample(sqlite_store, "hotel")  # one journey: its journey choice is hidden
    fridge = build_sample(sqlite_store, "fridge")  # two journeys
    for workshop in (hotel, fridge):
        panel = panel_class(area)(Session(sqlite_store, workshop, role, None, "en"))
        assert shared_hidden(panel.widget) == [], (area, role, workshop.info()["title"])
