"""Charts write numbers the page's way: 6,5 and 1.234 on a Dutch page, 6.5 and 1,234 on an
English one, in what Vega formats (axis labels, tooltips, text marks) and in what Python puts
into the chart's data (the funnel's percentages).

Checked on the rendered SVG (vl-convert, as pages and reports show charts): its text and the
marks' aria-labels, which Vega writes from the tooltip fields with their formats."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import pytest

from klantreis import charts, figures, i18n
from klantreis.charts import render_cache, theme
from klantreis.charts.customers import comparison_chart, funnel_chart, metric_chart
from klantreis.charts.render import spec_of, to_svg

DUTCH_NUMBERS = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]}

# A decimal written the English way: a point followed by one or two digits (a point before
# three digits is a Dutch thousands separator, 1.000).
ENGLISH_DECIMAL = re.compile(r"\d\.\d{1,2}(?!\d)")
DUTCH_DECIMAL = re.compile(r"\d,\d{1,2}(?!\d)")

STEPS = ["a", "b", "c"]


def _curve() -> pd.DataFrame:
    return pd.DataFrame({"step_id": STEPS, "mean": [6.5, 7.25, None], "n": [6, 6, 0]}).astype(
        {"mean": "Float64", "n": "Int64"}
    )


def _scores() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "step_id": STEPS,
            "step_name": ["Book", "Arrive", "Sleep"],
            "phase_name": ["Stay"] * 3,
            "order": [0, 1, 2],
            "score": [6.5, 4.25, None],
            "low": [5.5, 3.75, None],
            "high": [7.5, 4.75, None],
            "n": [40, 30, 0],
        }
    ).astype(
        {"order": "Int64", "score": "Float64", "low": "Float64", "high": "Float64", "n": "Int64"}
    )


def _metrics() -> pd.DataFrame:
    """Two groups of one measure, as `SurveyData.metrics` gives them (CES, a mean)."""
    return pd.DataFrame(
        {
            "group_id": ["", "a"],
            "group_name": ["", "Book"],
            "order": [0, 0],
            "measure": ["ces", "ces"],
            "n": [1234, 40],
            "value": [6.5, 3.25],
            "low": [6.25, 2.5],
            "high": [6.75, 4.0],
            "few": [False, False],
        }
    ).astype(
        {
            "group_id": "string",
            "group_name": "string",
            "order": "Int64",
            "measure": "string",
            "n": "Int64",
            "value": "Float64",
            "low": "Float64",
            "high": "Float64",
            "few": "boolean",
        }
    )


def _funnel() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "phase_order": [0, 1, 2],
            "phase_name": ["Search", "Book", "Stay"],
            "customers": [1500, 1000, 667],
            "conversion": [None, 2 / 3, 0.667],
        }
    ).astype({"phase_order": "Int64", "customers": "Int64", "conversion": "Float64"})


def _texts(svg: str) -> list[str]:
    """What a reader sees or hears of an SVG: its text and the marks' aria-labels."""
    shown = re.findall(r">([^<>]+)<", svg)
    heard = re.findall(r'aria-label="([^"]*)"', svg)
    return [html.unescape(text) for text in shown + heard if text.strip()]


def _numbers(svg: str) -> str:
    return "\n".join(_texts(svg))


# --------------------------------------------------------------------------- i18n helpers


def test_percent_writes_a_share_the_page_way() -> None:
    assert i18n.percent(2 / 3, "nl") == "67%" and i18n.percent(2 / 3, "en") == "67%"
    assert i18n.percent(2 / 3, "nl", 1) == "66,7%"
    assert i18n.percent(2 / 3, "en", 1) == "66.7%"
    assert i18n.percent(0.125, "nl", 2) == "12,50%"
    assert i18n.percent(None, "nl") == i18n.MISSING_NUMBER
    assert i18n.percent(float("nan"), "en") == i18n.MISSING_NUMBER


def test_dutch_has_a_number_locale_and_english_keeps_vegas_default() -> None:
    assert i18n.number_locale("nl") == DUTCH_NUMBERS
    assert i18n.number_locale("en") is None
    i18n.number_locale("nl")["grouping"].append(9)  # a copy: the kit's own stays as it is
    assert i18n.number_locale("nl") == DUTCH_NUMBERS


# --------------------------------------------------------------------------- specs


def test_dutch_charts_carry_the_dutch_number_locale_and_english_ones_none() -> None:
    dutch = spec_of(metric_chart(_metrics(), "ces", "nl"))
    english = spec_of(metric_chart(_metrics(), "ces", "en"))
    assert dutch["config"]["locale"] == {"number": DUTCH_NUMBERS}
    assert "locale" not in english["config"]


def test_every_chart_finished_by_the_theme_gets_the_page_locale() -> None:
    channels = pd.DataFrame(
        {
            "step_name": ["Book", "Book"],
            "channel": ["Web", "Phone"],
            "mean": [8.0, 5.5],
            "n": [4, 4],
        }
    )
    no = pd.DataFrame()
    curve = figures.emotion_curve(no, no, no)
    built = {
        "emotion_curve": spec_of(charts.emotion_curve_chart(curve, "nl")),
        "live_curve": charts.emotion_curve_spec(curve, "nl"),
        "channels": spec_of(charts.channel_consistency_chart(channels, "nl")),
        "comparison": spec_of(comparison_chart(_curve(), _scores(), "ces", (1, 7), "nl")),
        "funnel": spec_of(funnel_chart(_funnel(), "nl")),
    }
    for name, spec in built.items():
        assert spec["config"]["locale"] == {"number": DUTCH_NUMBERS}, name
    assert "locale" not in charts.emotion_curve_spec(curve, "en")["config"]


# --------------------------------------------------------------------------- renders


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[str, str], str]:
    """Each chart in both languages, rendered in one process (Dutch first, then English,
    then Dutch again: one render's locale must not leak into the next)."""
    svgs: dict[tuple[str, str], str] = {}
    for language in ("nl", "en"):
        svgs["comparison", language] = to_svg(
            comparison_chart(_curve(), _scores(), "ces", (1, 7), language)
        )
        svgs["metric", language] = to_svg(metric_chart(_metrics(), "ces", language))
        svgs["funnel", language] = to_svg(funnel_chart(_funnel(), language))
    svgs["metric", "nl-again"] = to_svg(metric_chart(_metrics(), "ces", "nl"))
    return svgs


def test_metric_axis_and_tooltips_write_decimal_commas_in_dutch(
    rendered: dict[tuple[str, str], str],
) -> None:
    dutch, english = _texts(rendered["metric", "nl"]), _texts(rendered["metric", "en"])
    assert "6,5" in dutch and "2,5" in dutch  # x-axis labels
    assert "6.5" in english and "2.5" in english
    assert any("6,25" in text and "6,75" in text for text in dutch)  # the interval rule
    assert any("3,25" in text and "4,0" in text for text in dutch)  # tooltip, format .1f
    assert any("3.25" in text and "4.0" in text for text in english)
    assert rendered["metric", "nl-again"] == rendered["metric", "nl"]


def test_comparison_chart_writes_scores_the_page_way(
    rendered: dict[tuple[str, str], str],
) -> None:
    dutch, english = _numbers(rendered["comparison", "nl"]), _numbers(rendered["comparison", "en"])
    assert "Klanten (herschaald): 6,5" in dutch and "(gemiddeld emotiecijfer): 7,3" in dutch
    assert "Customers (rescaled): 6.5" in english and "(mean emotional score): 7.3" in english
    assert "Bovengrens (95%): 4,75" in dutch and "Upper bound (95%): 4.75" in english
    assert "voldoende (5,5)" in dutch


@pytest.mark.parametrize("chart", ["comparison", "metric", "funnel"])
def test_no_english_decimal_on_a_dutch_chart(
    rendered: dict[tuple[str, str], str],
    chart: str,
) -> None:
    dutch, english = _numbers(rendered[chart, "nl"]), _numbers(rendered[chart, "en"])
    assert ENGLISH_DECIMAL.findall(dutch) == []
    assert DUTCH_DECIMAL.findall(english) == []
    if chart != "funnel":  # the funnel has whole numbers only
        assert DUTCH_DECIMAL.search(dutch) and ENGLISH_DECIMAL.search(english)


def test_funnel_counts_group_thousands_and_percentages_are_written_by_the_page(
    rendered: dict[tuple[str, str], str],
) -> None:
    dutch, english = _texts(rendered["funnel", "nl"]), _texts(rendered["funnel", "en"])
    assert "1.000" in dutch and "1.500" in dutch and "1,000" not in dutch
    assert "1,000" in english and "1,500" in english
    assert dutch.count("67%") == 2 and english.count("67%") == 2
    for language in ("nl", "en"):
        spec = spec_of(funnel_chart(_funnel(), language))
        values = next(iter(spec["datasets"].values()))
        assert [row["conversion_text"] for row in values] == ["", "67%", "67%"]


def test_funnel_percentages_come_from_the_i18n_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    """The funnel asks `percent` for the page's way (a comma where decimals appear)."""
    from klantreis.charts import customers

    monkeypatch.setattr(
        customers, "percent", lambda value, language: i18n.percent(value, language, 1)
    )
    dutch = next(iter(spec_of(funnel_chart(_funnel(), "nl"))["datasets"].values()))
    english = next(iter(spec_of(funnel_chart(_funnel(), "en"))["datasets"].values()))
    assert [row["conversion_text"] for row in dutch] == ["", "66,7%", "66,7%"]
    assert [row["conversion_text"] for row in english] == ["", "66.7%", "66.7%"]


def test_a_dutch_and_an_english_render_of_one_spec_never_share_a_cached_svg(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The render cache keys on the whole spec, locale included."""
    monkeypatch.setenv(render_cache.CACHE_ENV, str(tmp_path / "renders"))
    english = spec_of(metric_chart(_metrics(), "ces", "en"))
    dutch = {
        **english,
        "config": {**english["config"], "locale": theme.chart_locale("nl").to_dict()},
    }
    first = render_cache.shared_svg(english)
    second = render_cache.shared_svg(dutch)
    assert "6.5" in _texts(first) and "6,5" in _texts(second)
    assert render_cache.shared_svg(english) == first
    assert len(list((tmp_path / "renders").glob("*.svg"))) == 2
