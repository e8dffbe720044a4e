"""The start panel: choosing or creating a workshop and saying who you are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from klantreis.core.store import Store
from klantreis.core.workshop import Workshop
from klantreis.samples import build_all
from klantreis.ui.kit import esc
from klantreis.ui.session import Session, SessionChoice, saved_choice
from klantreis.ui.start.panel import StartPanel

Make = Callable[..., StartPanel]


@pytest.fixture
def samples(sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> list[Workshop]:
    monkeypatch.setenv("KLANTREIS_DB", str(Path(sqlite_store.url.database)))
    monkeypatch.delenv("VOILA_KERNEL_ID", raising=False)
    return build_all(sqlite_store)


@pytest.fixture
def make(sqlite_store: Store, samples: list[Workshop]) -> Make:
    def build(role: str = "facilitator", language: str = "en",
              workshop: Workshop | None = None) -> StartPanel:
        return StartPanel(Session(sqlite_store, workshop or samples[0], role, None, language))

    return build


def link_queries(panel: StartPanel) -> dict[str, dict[str, str]]:
    hrefs = [part.split('"')[0] for part in panel.links.links.value.split('href="')[1:]]
    return {urlsplit(h.replace("&amp;", "&")).path: {k: v[0] for k, v in
            parse_qs(urlsplit(h.replace("&amp;", "&")).query).items()} for h in hrefs}


def test_choosing_workshop_role_and_name_saves_the_choice(make: Make,
                                                          samples: list[Workshop]) -> None:
    panel = make()
    labels = [label for label, _ in panel.open.choice.options]
    assert len(labels) == 3 and all("example" in label for label in labels)
    hotel = samples[1]
    panel.open.choice.value = hotel.id
    assert panel.state.workshop.id == hotel.id
    assert esc(hotel.info()["title"]) in panel.open.progress.value
    panel.who.role.value = "participant"
    claire = hotel.participant_id("Claire Dubois")
    panel.who.person.value = claire
    assert saved_choice() == SessionChoice(hotel.id, "participant", claire, "en")
    assert panel.state.participant_id == claire and not panel.state.can_restructure

    queries = link_queries(panel)
    assert set(queries) == {"preparation.ipynb", "empathy.ipynb", "improvement.ipynb"}
    assert queries["empathy.ipynb"] == {"workshop": hotel.id, "role": "participant",
                                        "participant": claire, "lang": "en"}
    panel.who.role.value = "viewer"
    assert saved_choice().participant is None and "participant" not in \
        link_queries(panel)["empathy.ipynb"]
    panel.who.role.value = "facilitator"  # who also gets the customer data page
    assert set(link_queries(panel)) == {"preparation.ipynb", "empathy.ipynb",
                                        "improvement.ipynb", "mining.ipynb"}


def test_progress_overview_counts_the_workshop(make: Make) -> None:
    panel = make()
    text = panel.open.progress.value
    assert "90 of 90 ratings given" in text and "6 participant(s)" in text
    assert "kr-progress-box" in text and "example" in text


def test_creating_a_workshop_with_a_lens_gives_its_phases(make: Make,
                                                          sqlite_store: Store) -> None:
    panel = make()
    form = panel.create
    form.lens.value = "goal"
    assert "Frame the decision" in form.preview.value and "kr-outside-in" in form.preview.value
    form.lens.value = "functional"
    assert "kr-inside-out" in form.preview.value and "prefer a lens" in form.preview.value
    form.language_choice.value = "nl"
    form.lens.value = "active"
    form.title_input.value, form.goal.value, form.budget.value = "Een hotel boeken", "Inpakken", 3
    form.button.click()
    created = panel.state.workshop
    info = created.info()
    assert (info["title"], info["language"], info["goal"], info["vote_budget"]) == (
        "Een hotel boeken", "nl", "Inpakken", 3)
    assert len(created.frame("phases")) == 5 and len(sqlite_store.workshops()) == 4
    assert panel.open.choice.value == created.id and "Een hotel boeken" in panel.open.progress.value
    assert saved_choice().workshop == created.id and saved_choice().language == "nl"


def test_create_is_refused_for_a_participant(make: Make, sqlite_store: Store) -> None:
    panel = make(role="participant")
    form = panel.create
    assert form.button.disabled and form.title_input.disabled
    form.title_input.value = "Sneaky"
    form.submit()
    assert len(sqlite_store.workshops()) == 3
    assert form.feedback.key == "ui.facilitator_only"
    assert "Only the facilitator" in form.feedback.widget.value


def test_empty_title_is_an_inline_error(make: Make, sqlite_store: Store) -> None:
    panel = make(language="nl")
    panel.create.submit()
    assert panel.create.feedback.key == "error.required"
    assert "Titel is verplicht" in panel.create.feedback.widget.value
    assert len(sqlite_store.workshops()) == 3


def test_a_new_name_joins_and_a_taken_name_is_reported(make: Make) -> None:
    panel = make(role="participant")
    workshop = panel.state.workshop
    count = len(workshop.frame("participants"))
    panel.who.new_name.value, panel.who.new_department.value = "Robin", "Service"
    panel.who.join.click()
    robin = workshop.participant_id("Robin")
    assert robin and panel.who.person.value == robin and saved_choice().participant == robin

    other = make(role="participant", workshop=workshop)  # a second person picks the same name
    other.who.new_name.value = " Robin "
    other.who.join.click()
    assert len(workshop.frame("participants")) == count + 1
    assert "already in the list" in other.who.taken.value and other.who.person.value is None
    assert other.who.use_taken.layout.display != "none"
    other.who.use_taken.click()
    assert other.who.person.value == robin and other.who.taken.value == ""


def test_a_viewer_cannot_join(make: Make) -> None:
    panel = make(role="viewer")
    count = len(panel.state.workshop.frame("participants"))
    panel.who.new_name.value = "Mallory"
    panel.who.add_me()
    assert len(panel.state.workshop.frame("participants")) == count
    assert panel.who.people.layout.display == "none"


def test_hostile_title_is_escaped(make: Make, sqlite_store: Store) -> None:
    hostile = sqlite_store.create_workshop("<script>alert(1)</script>", goal="<img src=x>")
    panel = make(workshop=hostile)
    progress = panel.open.progress.value
    assert "&lt;script&gt;" in progress and "<script>" not in progress and "<img" not in progress
    assert "<script>alert(1)</script> (English)" in [label for label, _ in
                                                     panel.open.choice.options]


def test_dutch_labels(make: Make) -> None:
    panel = make(language="nl")
    assert panel.create.button.description == "Workshop maken"
    assert "beoordelingen gegeven" in panel.open.progress.value
    assert [label for label, _ in panel.who.role.options] == ["begeleider", "deelnemer", "kijker"]
