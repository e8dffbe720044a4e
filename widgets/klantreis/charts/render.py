"""Charts rendered offline by vl-convert, which bundles Vega: SVG for pages and reports, PNG
and PDF for files. Nothing is fetched from the internet."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import altair as alt

#: Check specs against the Vega-Lite schema before they are drawn on a page. The check costs
#: more than building the chart, so served pages skip it; the test suite turns it on, so every
#: chart any test draws is checked.
CHECK_SPECS = False


def spec_of(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """A chart's Vega-Lite spec for drawing on a page (see CHECK_SPECS)."""
    return chart.to_dict(validate=CHECK_SPECS)


def to_svg(chart: alt.TopLevelMixin) -> str:
    """Render a chart to SVG text offline."""
    return spec_to_svg(spec_of(chart))


def spec_to_svg(spec: dict) -> str:
    """Render a Vega-Lite spec (a chart's `to_dict()`) to SVG text offline; for callers that
    already hold the spec, since building it again costs as much as the render."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(spec, vl_version=_vegalite_version(vlc, spec))


def in_a_process(script: str, data: bytes, timeout: float = 300) -> bytes:
    """What `script`, run by a fresh Python with `data` on its standard input, writes out.

    vl-convert holds Python's lock while it renders, so a render made beside a page's own
    work, or one of several made at once, goes to a process of its own."""
    return subprocess.run([sys.executable, "-c", script], input=data, capture_output=True,
                          check=True, timeout=timeout).stdout


def vegalite_version(spec: dict) -> str:
    """The Vega-Lite version `spec_to_svg` renders `spec` with."""
    import vl_convert as vlc

    return _vegalite_version(vlc, spec)


def to_png(chart: alt.TopLevelMixin, scale: float = 2) -> bytes:
    """Render a chart to PNG bytes offline; scale 2 stays sharp on a projector or in a report."""
    import vl_convert as vlc

    spec = chart.to_dict()
    return vlc.vegalite_to_png(spec, vl_version=_vegalite_version(vlc, spec), scale=scale)


def to_pdf(chart: alt.TopLevelMixin) -> bytes:
    """Render a chart to a one-page vector PDF offline."""
    import vl_convert as vlc

    spec = chart.to_dict()
    return vlc.vegalite_to_pdf(spec, vl_version=_vegalite_version(vlc, spec))


def _vegalite_version(vlc: object, spec: dict) -> str:
    """The spec's Vega-Lite version as vl-convert names it ('6.4'), from its `$schema`
    (Altair writes one), or vl-convert's newest."""
    found = re.search(r"/v(\d+\.\d+)", str(spec.get("$schema", "")))
    known = vlc.get_vegalite_versions()  # type: ignore[attr-defined]
    return found[1] if found and found[1] in known else known[-1]
