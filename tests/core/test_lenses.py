"""Tests for the packaged lenses (phase templates) and their loader."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from klantreis.core.errors import ValidationError
from klantreis.core.lenses import (
    LANGUAGES,
    Lens,
    all_lenses,
    get_lens,
    lens_ids,
    lenses_frame,
    perspective_note,
)

EXPECTED_IDS = ["classic", "brand", "functional", "target", "engagement", "active", "goal"]

EXPECTED_PHASES_EN = {
    "classic": ["Awareness", "Orientation", "Application", "Experience", "Evaluation"],
    "brand": ["Information", "Orientation", "Purchase", "Service", "Advocate"],
    "functional": ["Marketing", "Sales", "Service"],
    "target": ["Acquisition", "Conversion", "Retention"],
    "engagement": [
        "Awareness",
        "Interest",
        "Consideration",
        "Purchase",
        "After-sales",
        "Repurchase",
    ],
    "active": ["Search", "Book", "Check in", "Stay", "Check out"],
    "goal": ["Frame the decision", "Make the decision", "Transaction", "Evaluation"],
}

EXPECTED_PHASES_NL = {
    "classic": ["Bewustwording", "Oriëntatie", "Aanvraag", "Ervaring", "Evaluatie"],
    "brand": ["Informatie", "Oriëntatie", "Aankoop", "Service", "Ambassadeur"],
    "functional": ["Marketing", "Verkoop", "Service"],
    "target": ["Acquisitie", "Conversie", "Behoud"],
}


@pytest.fixture(scope="module")
def raw() -> dict:
    text = resources.files("klantreis.core").joinpath("lenses.json").read_text(encoding="utf-8")
    return json.loads(text)


def test_json_top_level(raw: dict) -> None:
    assert raw["version"] == 1
    assert isinstance(raw["lenses"], list)


def test_ids_unique_and_in_order(raw: dict) -> None:
    ids = [lens["id"] for lens in raw["lenses"]]
    assert len(ids) == len(set(ids))
    assert ids == EXPECTED_IDS
    assert lens_ids() == EXPECTED_IDS


def test_every_text_field_has_both_languages(raw: dict) -> None:
    for lens in raw["lenses"]:
        for key in ("name", "description"):
            for lang in LANGUAGES:
                assert lens[key][lang].strip(), (lens["id"], key, lang)
        assert set(lens["example"]) >= set(LANGUAGES)
        assert lens["phases"], lens["id"]
        for phase in lens["phases"]:
            for key in ("name", "description"):
                for lang in LANGUAGES:
                    assert phase[key][lang].strip(), (lens["id"], key, lang)
            for lang in LANGUAGES:
                assert isinstance(phase["brand_goal"][lang], str)
                assert isinstance(phase["channels"][lang], list)


def test_same_number_of_phases_per_language() -> None:
    for lens_id in EXPECTED_IDS:
        nl, en = get_lens(lens_id, "nl"), get_lens(lens_id, "en")
        assert len(nl.phases) == len(en.phases) > 0
        assert all(p.name for p in nl.phases + en.phases)


@pytest.mark.parametrize("lens_id", EXPECTED_IDS)
def test_phase_names_en(lens_id: str) -> None:
    assert [p.name for p in get_lens(lens_id, "en").phases] == EXPECTED_PHASES_EN[lens_id]


@pytest.mark.parametrize("lens_id", sorted(EXPECTED_PHASES_NL))
def test_phase_names_nl(lens_id: str) -> None:
    assert [p.name for p in get_lens(lens_id, "nl").phases] == EXPECTED_PHASES_NL[lens_id]


def test_brand_goals_and_channels() -> None:
    en = get_lens("brand", "en")
    nl = get_lens("brand", "nl")
    assert [p.brand_goal for p in en.phases] == [
        "Reach",
        "Engagement",
        "Conversion",
        "Retention",
        "Advocacy",
    ]
    assert [p.brand_goal for p in nl.phases] == [
        "Bereik",
        "Betrokkenheid",
        "Conversie",
        "Behoud",
        "Ambassadeurschap",
    ]
    for phase_en, phase_nl in zip(en.phases, nl.phases, strict=True):
        assert phase_en.channels and phase_nl.channels
        assert len(phase_en.channels) == len(phase_nl.channels)
        assert isinstance(phase_en.channels, tuple)
    assert "Word of mouth" in en.phases[-1].channels


def test_perspectives() -> None:
    perspectives = {lens.id: lens.perspective for lens in all_lenses()}
    for lens_id in EXPECTED_IDS[:5]:
        assert perspectives[lens_id] == "inside-out"
        assert not get_lens(lens_id).outside_in
    for lens_id in ("active", "goal"):
        assert perspectives[lens_id] == "outside-in"
        assert get_lens(lens_id).outside_in


def test_active_has_example_in_both_languages() -> None:
    assert get_lens("active", "en").example
    assert get_lens("active", "nl").example


def test_get_lens_returns_language() -> None:
    lens = get_lens("classic", "nl")
    assert isinstance(lens, Lens)
    assert lens.language == "nl"
    assert lens.name == "Klassiek"
    assert get_lens("classic").language == "en"


def test_unknown_id_names_the_known_lenses() -> None:
    with pytest.raises(ValidationError, match="classic") as raised:
        get_lens("nope", "nl")
    assert raised.value.field == "lens" and "'nope'" in raised.value.message("en")


def test_unknown_language_raises_value_error() -> None:
    with pytest.raises(ValueError, match="nl"):
        get_lens("classic", "de")
    with pytest.raises(ValueError):
        all_lenses("fr")
    with pytest.raises(ValueError):
        lenses_frame("fr")


def test_all_lenses_order() -> None:
    assert [lens.id for lens in all_lenses("nl")] == EXPECTED_IDS


@pytest.mark.parametrize("language", LANGUAGES)
def test_lenses_frame(language: str) -> None:
    frame = lenses_frame(language)
    assert len(frame) == sum(len(lens.phases) for lens in all_lenses(language))
    assert list(frame.columns) == [
        "lens_id",
        "lens_name",
        "perspective",
        "phase_order",
        "phase_name",
        "brand_goal",
        "channels",
    ]
    assert str(frame["phase_order"].dtype) == "Int64"
    for column in frame.columns.drop("phase_order"):
        assert str(frame[column].dtype) == "string", column
    brand = frame[frame["lens_id"] == "brand"]
    assert brand["phase_order"].tolist() == [1, 2, 3, 4, 5]
    assert "," in brand["channels"].iloc[0]


def test_perspective_note_differs() -> None:
    inside_en = perspective_note(get_lens("classic", "en"))
    inside_nl = perspective_note(get_lens("classic", "nl"))
    outside_en = perspective_note(get_lens("active", "en"))
    outside_nl = perspective_note(get_lens("active", "nl"))
    assert len({inside_en, inside_nl, outside_en, outside_nl}) == 4
    assert all(note.strip() for note in (inside_en, inside_nl, outside_en, outside_nl))
    assert perspective_note(get_lens("goal", "en")) == outside_en
