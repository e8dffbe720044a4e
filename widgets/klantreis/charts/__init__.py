"""Charts: Altair specs built from the figures, in one look, rendered offline.

Builders are pure functions of DataFrames (the figures of `klantreis.figures`), so they can
be tested without a browser and shown by any route: SVG in a page or a report, PNG and PDF
as files. Rendering uses vl-convert, which bundles Vega: nothing is fetched from the
internet. One module per chart; `theme` holds what they share.

Each name is imported from its module when first used (PEP 562): importing Altair costs a
served page about 1.4 s of CPU and 48 MB, and a participant's phone page draws its one chart
without it, drawn as plain SVG (`phone`, `svg`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOMES = {
    "CHANNEL_DIFFERENCE": "channels", "channel_consistency_chart": "channels",
    "emotion_curve_chart": "curve", "emotion_curve_spec": "curve",
    "phone_curve_svg": "phone",
    "comparison_chart": "customers", "funnel_chart": "customers", "metric_chart": "customers",
    "gap_chart": "gap",
    "idea_ranking_chart": "ideas", "impact_effort_chart": "ideas",
    "CHART_NAMES": "journey", "journey_chart": "journey", "workshop_charts": "journey",
    "spec_of": "render", "spec_to_svg": "render", "to_pdf": "render", "to_png": "render",
    "to_svg": "render",
    "responsibility_heatmap": "responsibility",
}
__all__ = [
    "CHANNEL_DIFFERENCE",
    "CHART_NAMES",
    "channel_consistency_chart",
    "comparison_chart",
    "emotion_curve_chart",
    "emotion_curve_spec",
    "funnel_chart",
    "gap_chart",
    "idea_ranking_chart",
    "impact_effort_chart",
    "journey_chart",
    "metric_chart",
    "phone_curve_svg",
    "responsibility_heatmap",
    "spec_of",
    "spec_to_svg",
    "to_pdf",
    "to_png",
    "to_svg",
    "workshop_charts",
]

if TYPE_CHECKING:
    from .channels import CHANNEL_DIFFERENCE, channel_consistency_chart
    from .curve import emotion_curve_chart, emotion_curve_spec
    from .customers import comparison_chart, funnel_chart, metric_chart
    from .gap import gap_chart
    from .ideas import idea_ranking_chart, impact_effort_chart
    from .journey import CHART_NAMES, journey_chart, workshop_charts
    from .phone import phone_curve_svg
    from .render import spec_of, spec_to_svg, to_pdf, to_png, to_svg
    from .responsibility import responsibility_heatmap


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
