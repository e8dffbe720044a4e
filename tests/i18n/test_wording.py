"""Every word in the user's language: the Dutch catalogue follows the glossary for
translators (docs/glossary.md), counts read as proper Dutch, validation messages name choices
and numbers the page's way, charts are read aloud without the data's field names, and the
dashboard's downloads are named in the page's language."""

from __future__ import annotations

import html
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pandas as pd
import pytest

from klantreis import charts, figures
from klantreis.charts.customers import comparison_chart, funnel_chart, metric_chart
from klantreis.charts.render import to_svg
from klantreis.core.errors import NotFoundError, ValidationError
from klantreis.core.tables import TABLES
from klantreis.core.validation import clean_value
from klantreis.i18n import MESSAGES, plural, t
from klantreis.ui.dashboard.downloads import (
    chart_file_name,
    file_name,
    map_files,
    workshop_files,
)

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


# --------------------------------------------------------------------------- the glossary


def glossary() -> list[dict[str, str]]:
    """The glossary's table, one dict per term, keyed by the header's column names."""
    rows = [line.strip() for line in GLOSSARY.read_text(encoding="utf-8").splitlines()
            if line.strip().startswith("|")]
    header = [cell.strip().lower() for cell in rows[0].strip("|").split("|")]
    return [dict(zip(header, (cell.strip() for cell in row.strip("|").split("|")), strict=True))
            for row in rows[2:]]


def avoided() -> list[tuple[str, str]]:
    """(variant to avoid, the glossary's Dutch term) for every row."""
    return [(variant.strip(), row["nl"]) for row in glossary()
            for variant in row["avoid"].split(",") if variant.strip()]


def uses(text: str, word: str) -> bool:
    """Whether `text` (its placeholders left out) has `word` as a whole word."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)
    return pattern.search(PLACEHOLDER.sub("", text)) is not None


def test_the_glossary_has_the_terms_of_the_method_in_both_languages() -> None:
    rows = glossary()
    assert {"nl", "en", "avoid"} <= set(rows[0])
    dutch = " ".join(row["nl"] for row in rows)
    english = " ".join(row["en"] for row in rows)
    for term in ("klantreis", "fase", "stap", "contactmoment", "moment van de waarheid",
                 "aanname", "onderbouwing", "persona", "emotiecurve", "idee", "stem",
                 "achter de schermen"):
        assert term in dutch, term
    for term in ("journey", "phase", "step", "touchpoint", "non-touchpoint", "moment of truth",
                 "assumption", "evidence", "persona", "emotion curve", "idea", "vote",
                 "backstage"):
        assert term in english, term
    assert ("stippen", next(row["nl"] for row in rows if row["en"].startswith("vote"))) \
        in avoided()


def test_the_word_check_finds_a_variant_but_not_a_placeholder_or_a_longer_word() -> None:
    assert uses("Je hebt nog 3 stippen.", "stippen")
    assert not uses("{name}: {dots} stemmen", "dots")
    assert not uses("De stippellijn is de gewenste reis.", "stip")
    assert not uses("Dezelfde fasen.", "fases")


def test_the_dutch_catalogue_uses_no_variant_the_glossary_avoids() -> None:
    found = [f"{key}: '{variant}' (glossary: {term})"
             for variant, term in avoided()
             for key, texts in MESSAGES.items() if uses(texts["nl"], variant)]
    assert not found, "Dutch texts with words the glossary avoids:\n" + "\n".join(found)


def test_dot_voting_is_stemmen_on_every_dutch_page() -> None:
    for key in ("improvement.section.voting", "improvement.dots_left", "improvement.add_dot",
                "room.now.improvement", "printables.idea.votes", "guide.improvement_voting.what"):
        assert "stem" in MESSAGES[key]["nl"].lower(), key


# --------------------------------------------------------------------------- Dutch grammar


#: Paper forms keep a "(en)" where the reader fills in the number; argparse's own messages
#: (`cli.argparse.*`) are filled by argparse, which picks no plural for them.
PAPER_SLOTS = {"printables.idea.effect_unit", "printables.idea.effect_value",
               "printables.idea.steps"}
EXEMPT_PREFIXES = ("cli.argparse.",)
HEDGED_PLURAL = re.compile(r"\w\((?:s|en|n|pen|ën|'s)\)")


def test_no_dutch_count_hedges_its_plural() -> None:
    hedged = [f"{key}: {texts['nl']}" for key, texts in MESSAGES.items()
              if key not in PAPER_SLOTS and not key.startswith(EXEMPT_PREFIXES)
              and HEDGED_PLURAL.search(texts["nl"])]
    assert not hedged, "write the count so it reads for 1 and for many:\n" + "\n".join(hedged)


def test_start_progress_reads_for_one_and_for_many() -> None:
    counts = {"personas": 1, "phases": 2, "steps": 1, "non_touchpoints": 0, "participants": 1,
              "assumptions": 3}
    text = t("start.progress_text.preparation", "nl", **counts)
    assert "persona's: 1" in text and "fasen: 2" in text and "stappen: 1" in text
    assert "(" not in text


def test_one_chosen_idea_is_not_plural() -> None:
    text = t("report.backlog_intro", "nl", chosen=1, count=2)
    assert "1 van de 2 ideeën staan" not in text and "staan op de backlog" not in text
    assert "1 van 2" in text
    assert "1 of 2" in t("report.backlog_intro", "en", chosen=1, count=2)


def test_an_unknown_workshop_is_not_looked_for_in_itself() -> None:
    for language, word in (("nl", "deze workshop"), ("en", "this workshop")):
        message = NotFoundError("error.unknown_id", language, entity="workshop",
                                value="nope").message()
        assert "'nope'" in message and word not in message


@pytest.mark.parametrize(("count", "nl", "en"), [
    (0, "0 stappen", "0 steps"), (1, "1 stap", "1 step"), (2, "2 stappen", "2 steps"),
    (4398, "4.398 stappen", "4,398 steps"),
])
def test_plural_picks_the_form_for_the_count(count: int, nl: str, en: str) -> None:
    assert plural(count, t("entity.step", "nl"), "stappen", "nl") == nl
    assert plural(count, t("entity.step", "en"), "steps", "en") == en


# --------------------------------------------------------------------------- validation


def _refused(table: str, name: str, value: Any, language: str) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        clean_value(TABLES[table], name, value, language)
    return raised.value


def test_a_wrong_choice_lists_the_choices_in_words() -> None:
    error = _refused("steps", "kind", "touchpoints", "nl")
    dutch, english = error.message("nl"), error.message("en")
    assert "contactmoment, geen contactmoment" in dutch
    assert "non_touchpoint" not in dutch and "touchpoint," not in dutch
    assert "touchpoint, non-touchpoint" in english
    assert "'touchpoints'" in dutch and "'touchpoints'" in english
    assert "Nederlands, Engels" in _refused("workshops", "language", "de", "nl").message()


def test_numbers_in_range_errors_are_written_the_page_way() -> None:
    whole = _refused("ideas", "expected_effect", 12.0, "nl")
    assert "12.0" not in whole.message("nl") and "niet 12." in whole.message("nl")
    assert "tussen -9 en 9" in whole.message("nl")
    half = _refused("ideas", "expected_effect", "12,5", "nl")
    assert "niet 12,5" in half.message("nl") and "not 12.5" in half.message("en")
    assert "between 1 and 5, not 0" in _refused("ideas", "impact", 0, "en").message()


# --------------------------------------------------------------------------- charts

#: Names of columns in the charts' data, which a Dutch reader must never hear.
INTERNAL = {"mean", "series", "conversion_text", "customers", "label", "value", "name", "x",
            "y", "x0", "x1", "mid", "phase", "emotional", "emotional_mean", "functional_mean",
            "score", "low", "high", "max", "min", "n", "at", "votes", "steps", "step_name",
            "delta", "top_phase_name", "change"}


def _aria_names(svg: str) -> set[str]:
    """What each mark's aria-label calls its values ('Stap: 3; Gemiddelde: 6,5')."""
    names = set()
    for text in re.findall(r'aria-label="([^"]*)"', svg):
        text = html.unescape(text)
        if text.split(" ", 1)[0] in ("X-axis", "Y-axis", "Title", "Subtitle", "Symbol",
                                     "Gradient"):
            continue
        names |= {part.split(": ", 1)[0] for part in text.split("; ") if ": " in part}
    return names


def _journey(tmp_path: Path) -> dict[str, Any]:
    from klantreis import open_store
    from klantreis.samples import build_sample

    with open_store(tmp_path / "w.db") as store:
        frames = build_sample(store, "hotel").frames()
    journeys = frames["journeys"]
    journey = journeys.loc[journeys["variant"] == "current", "id"].iloc[0]
    phases, steps, ratings = frames["phases"], frames["steps"], frames["ratings"]
    curve = figures.emotion_curve(phases, steps, ratings, journey_id=journey)
    return {
        **frames,
        "curve": curve,
        "desired": curve[["step_id", "order", "mean"]].assign(
            mean=(curve["mean"] + 1).clip(upper=10)),
        "gap": figures.score_gap(phases, steps, ratings, journey),
        "ranking": figures.idea_ranking(frames["ideas"], frames["votes"], frames["idea_steps"]),
        "responsibility": figures.responsibility(phases, steps, journey),
    }


def _customer_frames() -> dict[str, pd.DataFrame]:
    steps = ["a", "b"]
    return {
        "curve": pd.DataFrame({"step_id": steps, "mean": [6.5, 7.25], "n": [6, 6]}),
        "scores": pd.DataFrame({"step_id": steps, "step_name": ["Book", "Sleep"],
                                "phase_name": ["Stay"] * 2, "order": [0, 1],
                                "score": [6.5, 4.25], "low": [5.5, 3.75], "high": [7.5, 4.75],
                                "n": [40, 30]}),
        "metrics": pd.DataFrame({"group_id": ["", "a"], "group_name": ["", "Book"],
                                 "order": [0, 0], "measure": ["ces", "ces"], "n": [1234, 40],
                                 "value": [6.5, 3.25], "low": [6.25, 2.5], "high": [6.75, 4.0],
                                 "few": [False, False]}),
        "funnel": pd.DataFrame({"phase_order": [0, 1], "phase_name": ["Search", "Book"],
                                "customers": [1500, 1000], "conversion": [None, 2 / 3]}),
    }


@pytest.fixture(scope="module")
def dutch_charts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    data = _journey(tmp_path_factory.mktemp("hotel"))
    extra = _customer_frames()
    channels = pd.DataFrame({"step_name": ["Book", "Book"], "channel": ["Web", "Phone"],
                             "mean": [8.0, 5.5], "n": [4, 4]})
    built = {
        "curve": charts.emotion_curve_chart(data["curve"], "nl", moments=data["moments"],
                                            individual=data["ratings"],
                                            desired=data["desired"]),
        "gap": charts.gap_chart(data["gap"], "nl"),
        "impact_effort": charts.impact_effort_chart(data["ranking"], "nl"),
        "ranking": charts.idea_ranking_chart(data["ranking"], "nl"),
        "responsibility": charts.responsibility_heatmap(data["responsibility"], "nl"),
        "channels": charts.channel_consistency_chart(channels, "nl"),
        "comparison": comparison_chart(extra["curve"], extra["scores"], "ces", (1, 7), "nl"),
        "metric": metric_chart(extra["metrics"], "ces", "nl"),
        "funnel": funnel_chart(extra["funnel"], "nl"),
    }
    return {name: to_svg(chart) for name, chart in built.items()}


CHARTS = ["curve", "gap", "impact_effort", "ranking", "responsibility", "channels",
          "comparison", "metric", "funnel"]


@pytest.mark.parametrize("name", CHARTS)
def test_dutch_charts_read_no_field_names_aloud(dutch_charts: dict[str, str], name: str) -> None:
    heard = _aria_names(dutch_charts[name])
    assert heard, f"{name}: no mark is read aloud at all"
    assert not heard & INTERNAL, f"{name} reads field names aloud: {sorted(heard & INTERNAL)}"


def test_dutch_charts_keep_one_axis_title(dutch_charts: dict[str, str]) -> None:
    """Titles given to the marks for screen readers do not pile up in the axis title."""
    texts = {texts["nl"] for texts in MESSAGES.values()}
    titles = [html.unescape(title) for svg in dutch_charts.values()
              for title in re.findall(r"axis titled '([^']*)'", svg)]
    assert titles and not [title for title in titles if title not in texts]


def test_the_check_would_hear_a_field_name() -> None:
    svg = '<path aria-label="mean: 6,5; Stap: 1"/><path aria-label="X-axis titled \'x\'"/>'
    assert _aria_names(svg) & INTERNAL == {"mean"}


# --------------------------------------------------------------------------- downloads


def _names(makers: list[tuple[str, str, str, Any]]) -> dict[str, str]:
    return {kind: name for kind, name, _, _ in makers}


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", {"report-html": "klantreis-een-koelkast-kopen-rapport.html",
            "report-pdf": "klantreis-een-koelkast-kopen-rapport.pdf",
            "json": "klantreis-een-koelkast-kopen.json"}),
    ("en", {"report-html": "klantreis-een-koelkast-kopen-report.html",
            "report-pdf": "klantreis-een-koelkast-kopen-report.pdf",
            "json": "klantreis-een-koelkast-kopen.json"}),
])
def test_the_report_downloads_are_named_in_the_page_language(language: str,
                                                             expected: dict[str, str]) -> None:
    workshop = SimpleNamespace(info=lambda: {"title": "Één koelkast kopen!"})
    names = _names(workshop_files(workshop, None, language))
    assert {kind: names[kind] for kind in expected} == expected


@pytest.mark.parametrize(("language", "curve", "gap", "today", "desired"), [
    ("nl", "emotiecurve", "functioneel-en-emotioneel", "klantreiskaart",
     "gewenste-klantreiskaart"),
    ("en", "emotion-curve", "gap", "journey-map", "desired-journey-map"),
])
def test_chart_and_map_downloads_are_named_in_the_page_language(
    language: str, curve: str, gap: str, today: str, desired: str
) -> None:
    shown = {"emotion-curve": ("", None), "gap": ("", None)}
    names = _names(charts_files(shown, language))
    assert names["emotion-curve-png"] == f"{curve}.png" and names["gap-pdf"] == f"{gap}.pdf"
    data = SimpleNamespace(journey_map=None, desired_journey=SimpleNamespace(journey_map=None))
    maps = _names(map_files(data, language))
    assert maps["map-svg"] == f"{today}.svg" and maps["desired-map-a3"] == f"{desired}-a3.pdf"


def charts_files(shown: dict[str, Any], language: str) -> list[Any]:
    from klantreis.ui.dashboard.downloads import chart_files

    return chart_files(shown, language)


def test_download_names_are_safe_for_every_file_system() -> None:
    safe = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for language in ("nl", "en"):
        for kind in ("emotion-curve", "gap", "responsibility", "customers"):
            assert safe.match(chart_file_name(kind, language)), (kind, language)
        for key in [k for k in MESSAGES if k.startswith("dashboard.filename.")]:
            assert safe.match(file_name(t(key, language))), key
    assert file_name("Ideeën & stemmen/é") == "ideeen-stemmen-e"
