"""Texts the kit wrote into a workshop (lens phases, default journey names) read in the
page's language until somebody edits them; what a person typed stays as typed."""

from __future__ import annotations

from klantreis.core.lenses import get_lens, kit_text
from klantreis.core.store import Store
from klantreis.ui.session import Session
from klantreis.ui.state import PageState


def test_lens_phases_follow_the_page_until_edited(sqlite_store: Store) -> None:
    workshop = sqlite_store.create_workshop("Lens", language="nl")
    journey = workshop.add_journey(workshop.add_persona("Ada"))
    phases = workshop.apply_lens(journey, "classic")
    workshop.update_phase(phases[1], name="Onze eigen fase")
    english = PageState(Session(sqlite_store, workshop, "facilitator", None, "en"))
    names = list(english.frames["phases"].sort_values("position")["name"])
    lens_en, lens_nl = get_lens("classic", "en"), get_lens("classic", "nl")
    assert names[0] == lens_en.phases[0].name != lens_nl.phases[0].name
    assert names[1] == "Onze eigen fase"  # edited: the person's words
    assert english.frames["journeys"]["name"].iloc[0] == "current journey"
    dutch = PageState(Session(sqlite_store, workshop, "facilitator", None, "nl"))
    assert dutch.frames["phases"].sort_values("position")["name"].iloc[0] == \
        lens_nl.phases[0].name
    stored = workshop.frame("phases").sort_values("position")["name"].iloc[0]
    assert stored == lens_nl.phases[0].name  # the store keeps what was written


def test_a_text_that_is_not_the_kits_is_left_alone(sqlite_store: Store) -> None:
    assert kit_text("<script>alert(1)</script>", "lens:classic:0", "name", "en") == \
        "<script>alert(1)</script>"
    assert kit_text(None, "lens:classic:0", "name", "nl") is None
    assert kit_text("Book", "", "name", "nl") == "Book"  # typed, though a lens has it too
    assert kit_text("x", "lens:nope:99", "name", "nl") == "x"
    workshop = sqlite_store.create_workshop("Typed", language="en")
    journey = workshop.add_journey(workshop.add_persona("Bo"), "My journey")
    workshop.add_phase(journey, get_lens("classic", "en").phases[0].name)
    dutch = PageState(Session(sqlite_store, workshop, "facilitator", None, "nl"))
    assert dutch.frames["phases"]["name"].iloc[0] == get_lens("classic", "en").phases[0].name
    assert dutch.frames["journeys"]["name"].iloc[0] == "My journey"


def test_a_report_in_another_language_reads_the_lens_in_it(sqlite_store: Store) -> None:
    from klantreis.figures import JourneyData

    workshop = sqlite_store.create_workshop("Lens", language="nl")
    journey = workshop.add_journey(workshop.add_persona("Ada"))
    workshop.apply_lens(journey, "active")
    data = JourneyData(workshop.frames(), journey, "en")
    english = [p.name for p in get_lens("active", "en").phases]
    assert list(data.frames["phases"].sort_values("position")["name"]) == english
