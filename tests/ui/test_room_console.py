"""The facilitator's side of a served room, driven from Python: the console (join code, the
part and pace, the reveal, the time box, people), the facilitator's walk leading the room,
the figures veiled until revealed, and a start page that keeps to the room's workshop."""

from __future__ import annotations

import pytest

from klantreis.core.room import Room, RoomKeys
from klantreis.core.store import Store
from klantreis.core.workshop import Workshop
from klantreis.i18n import t
from klantreis.samples import build_sample
from klantreis.ui.access import RoomLink, room_session
from klantreis.ui.empathy.panel import EmpathyPanel
from klantreis.ui.improvement.panel import ImprovementPanel
from klantreis.ui.kit import esc
from klantreis.ui.start.panel import StartPanel


@pytest.fixture
def hotel(sqlite_store: Store) -> Workshop:
    return build_sample(sqlite_store, "hotel")


@pytest.fixture
def keys(hotel: Workshop) -> RoomKeys:
    return Room(hotel).open()


def facilitator(cls, workshop: Workshop, keys: RoomKeys, language: str = "en"):
    link = RoomLink.from_request(f"key={keys.facilitator}&lang={language}", "")
    return cls(room_session(workshop.store, workshop.id, cls.area, link))


def shown(widget) -> bool:
    return widget.layout.display != "none"


def test_the_console_shows_the_join_code_and_a_new_code_replaces_it(hotel, keys,
                                                                      monkeypatch) -> None:
    monkeypatch.setenv("KLANTREIS_PUBLIC_URL", "http://192.168.1.20:8866")
    panel = facilitator(EmpathyPanel, hotel, keys)
    assert keys.join_code in panel.room.join.value
    assert f"participant.ipynb?code={keys.join_code}" in panel.room.join.value
    panel.room.renew_code()
    code = Room(hotel).join_code
    assert code != keys.join_code and code in panel.room.join.value
    assert panel.room.feedback.key == "room.new_code_done"


def test_the_part_and_the_walk_lead_the_room(hotel, keys) -> None:
    panel = facilitator(EmpathyPanel, hotel, keys)
    panel.room.part.value = "empathy"
    state = Room(hotel).state()
    assert state["part"] == "empathy" and state["step_id"] == panel.state.step_id
    assert state["journey_id"] == panel.state.journey_id
    panel.walk.go(+1)
    assert Room(hotel).state()["step_id"] == panel.state.step_id
    again = facilitator(EmpathyPanel, hotel, keys)  # a reload stays where the room is
    assert again.state.step_id == panel.state.step_id


def test_the_curve_and_moments_stay_veiled_until_revealed(hotel, keys) -> None:
    panel = facilitator(EmpathyPanel, hotel, keys, "nl")
    panel.room.part.value = "empathy"
    rated = int((hotel.frame("ratings")["step_id"] == panel.state.step_id).sum())
    people = len(hotel.frame("participants"))
    assert not shown(panel.curve.chart.widget) and not shown(panel.moments.veil.hidden[0])
    assert esc(t("room.curve_hidden", "nl", count=rated, total=people)) in \
        panel.curve.veil.line.value
    assert panel.customers.line.value == ""
    panel.room.toggle_reveal()
    assert Room(hotel).state()["reveal"]
    assert shown(panel.curve.chart.widget) and "<svg" in panel.curve.chart.widget.value
    assert not shown(panel.curve.veil.line)
    panel.walk.go(+1)  # the next step is judged alone first again
    assert not Room(hotel).state()["reveal"] and not shown(panel.curve.chart.widget)


def test_vote_counts_stay_veiled_on_the_facilitators_page(hotel, keys) -> None:
    panel = facilitator(ImprovementPanel, hotel, keys)
    panel.room.part.value = "improvement"
    assert not shown(panel.ranking.rows.widget)
    assert "have voted" in panel.ranking.veil.line.value
    assert panel.voting._cells
    assert all("in total" not in label.value for label, _, _ in panel.voting._cells.values())
    panel.room.toggle_reveal()
    assert shown(panel.ranking.rows.widget)


def test_the_time_box_counts_down_on_the_console(hotel, keys) -> None:
    panel = facilitator(EmpathyPanel, hotel, keys)
    panel.room.minutes.value = 7
    assert panel.room.start()
    deadline = Room(hotel).state()["deadline"]
    assert deadline is not None
    assert 'class="kr-countdown"' in panel.room.clock.value
    assert panel.room.stop() and Room(hotel).state()["deadline"] is None
    assert panel.room.clock.value == ""


def test_people_can_be_renamed_and_removed(hotel, keys) -> None:
    noor, _ = Room(hotel).join("Noor")
    panel = facilitator(EmpathyPanel, hotel, keys)
    assert "Noor" in str([row.children[0].value for row in panel.room.people.widget.children])
    assert panel.room.rename(noor, "Noor B.")
    assert "Noor B." in set(hotel.frame("participants")["name"])
    assert panel.room.remove(noor, "Noor B.")
    assert noor not in set(hotel.frame("participants")["id"])


def test_the_start_page_keeps_to_the_rooms_workshop(hotel, keys, sqlite_store) -> None:
    other = build_sample(sqlite_store, "fridge")
    panel = facilitator(StartPanel, hotel, keys)
    assert not shown(panel.create.widget) and not shown(panel.open.choice)
    assert not shown(panel.who.role)
    panel.open.choice.value = other.id  # a crafted message
    assert panel.state.workshop.id == hotel.id
    before = len(sqlite_store.workshops())
    panel.create.title_input.value = "Client B"
    panel.create.submit()
    assert len(sqlite_store.workshops()) == before
    assert f"key={keys.facilitator}" in panel.links.links.value
    assert "role=" not in panel.links.links.value


def test_a_new_personal_link_brings_someone_back_as_themselves(hotel, keys,
                                                               monkeypatch) -> None:
    monkeypatch.setenv("KLANTREIS_PUBLIC_URL", "http://192.168.1.20:8866")
    noor, _ = Room(hotel).join("Noor")
    panel = facilitator(EmpathyPanel, hotel, keys)
    url = panel.room.personal_link(noor, "Noor")
    assert url.startswith("http://192.168.1.20:8866/voila/render/participant.ipynb?token=")
    assert panel.room.feedback.key == "room.new_link_done"
    token = url.split("token=")[1].split("&")[0]
    link = RoomLink.from_request(f"token={token}", "")
    assert room_session(hotel.store, hotel.id, "participant", link).participant_id == noor


def test_the_facilitator_keeps_the_journey_as_a_version_from_the_console(hotel, keys) -> None:
    from klantreis.core.versions import versions

    page = facilitator(ImprovementPanel, hotel, keys, "nl")
    journey = page.state.journey_id
    console = page.room
    console.version_name.value = "  Na de workshop  "
    console.keep.click()
    kept = versions(hotel, journey)
    assert list(kept["name"]) == ["Na de workshop"] and console.version_name.value == ""
    assert esc("Versie 'Na de workshop' bewaard") in console.feedback.widget.value
    console.version_name.value = "Na de workshop"  # a second version of the same name
    console.keep.click()
    assert len(versions(hotel, journey)) == 1 and console.version_name.value == "Na de workshop"
    assert esc("Er is al een versie met de naam 'Na de workshop'") in \
        console.feedback.widget.value
