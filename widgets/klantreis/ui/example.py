"""A finished example on the start page: what a workshop ends with.

Shows the emotion curve of the store's first example (synthetic) workshop and the moments of
truth the kit proposes for it; a store without examples gets a sentence saying how to add them.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..charts import emotion_curve_chart
from ..core.store import Store, default_db, open_store
from ..figures import JourneyData, moment_candidates
from ..i18n import label, number, t, value_label
from .kit import ChartView, esc


def example_view(store: Store, language: str) -> widgets.VBox:
    """The example's curve and proposed moments, or a hint when there is no example."""
    examples = store.workshops().query("synthetic")
    if examples.empty:
        return widgets.VBox([widgets.HTML(f"<p>{esc(t('ui.no_example', language))}</p>")])
    workshop = store.workshop(str(examples["id"].iloc[0]))
    curve = JourneyData(workshop.frames()).curve
    chart = ChartView("kr-example-curve")
    chart.show(emotion_curve_chart(curve, language))
    rows = "".join(
        f"<li>{esc(row.step_name)} ({number(row.mean, language)}): "
        f"{esc(label('ui.example_reason', row.reason, language))}, "
        f"{esc(value_label(row.polarity, language))}</li>"
        for row in moment_candidates(curve).itertuples()
    )
    title = esc(workshop.info()["title"])
    moments = widgets.HTML(f"<h4>{esc(t('ui.example_moments', language))}</h4><ul>{rows}</ul>")
    return widgets.VBox([widgets.HTML(f"<h3>{title}</h3>"), chart.widget, moments])


def show_example(language: str | None = None) -> widgets.VBox:
    """The example view on the default store, in the page's language."""
    from .session import SessionChoice, page_query

    store = open_store(default_db())
    wanted = language or SessionChoice.from_query(page_query()).language or "en"
    return example_view(store, wanted)
