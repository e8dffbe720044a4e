"""The participant's page driven from Python: joining with the code, following the room,
rating at the room's step or one's own pace, ideas and dots, and what a hidden section
refuses (a crafted widget message must not write)."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from klantreis.charts import render_cache
from klantreis.charts.phone import phone_curve_svg
from klantreis.core.room import Room
from klantreis.core.store import Store
from klantreis.core.workshop import Workshop
from klantreis.figures import JourneyData
from klantreis.i18n import t
from klantreis.samples import build_sample
from klantreis.ui.access import RoomLink, room_session
from klantreis.ui.empathy.panel import EmpathyPanel
from klantreis.ui.kit import esc
from klantreis.ui.participant.panel import ParticipantPanel


@pytest.fixture
def hotel(sqlite_store: Store) -> Workshop:
    return build_sample(sqlite_store, "hotel")


@pytest.fixture
def room(hotel: Workshop) -> Room:
    Room(hotel).open()
    return Room(hotel)


def page(workshop: Workshop, query: str, language: str = "en") -> ParticipantPanel:
    link = RoomLink.from_request(f"{query}&lang={language}", cookie="")
    return ParticipantPanel(room_session(workshop.store, workshop.id, "participant", link))


def shown(widget) -> bool:
    return widget.layout.display != "none"


def joined(workshop: Workshop, room: Room, name: str = "Noor",
           language: str = "en") -> ParticipantPanel:
    panel = page(workshop, f"code={room.join_code}", language)
    panel.welcome.name.value = name
    assert panel.welcome.join()
    return panel


def journey_steps(workshop: Workshop, panel: ParticipantPanel) -> list[str]:
    return [str(s) for s in panel.state.journey.steps["step_id"]]


def test_a_link_without_code_asks_for_it_and_a_wrong_code_is_refused(hotel, room) -> None:
    panel = page(hotel, "")
    assert shown(panel.code.widget) and not shown(panel.welcome.widget)
    panel.code.code.value = "AAAAAA"
    assert not panel.code.check()
    assert panel.code.feedback.key == "room.code_wrong"
    panel.code.code.value = room.join_code.lower()
    assert panel.code.check()
    assert shown(panel.welcome.widget) and not shown(panel.code.widget)


def test_joining_gives_a_token_that_opens_the_same_person(hotel, room) -> None:
    panel = joined(hotel, room)
    token = parse_qs(panel.state.link)["token"][0]
    assert panel.state.participant_id in set(hotel.frame("participants")["id"])
    assert f'data-token="{token}"' in panel.now.link.value
    again = page(hotel, f"token={token}")
    assert again.state.participant_id == panel.state.participant_id
    assert not shown(again.code.widget) and not shown(again.welcome.widget)
    cookie = RoomLink.from_request("", f"klantreis_token={token}")
    by_cookie = ParticipantPanel(room_session(hotel.store, hotel.id, "participant", cookie))
    assert by_cookie.state.participant_id == panel.state.participant_id


def test_a_taken_name_is_refused_in_the_page_language(hotel, room) -> None:
    joined(hotel, room, "Noor")
    panel = page(hotel, f"code={room.join_code}", "nl")
    panel.welcome.name.value = "  noor "
    before = len(hotel.frame("participants"))
    assert not panel.welcome.join()
    assert panel.welcome.feedback.key == "room.name_taken"
    assert esc(t("room.name_taken", "nl", name="noor")) in panel.welcome.feedback.widget.value
    assert len(hotel.frame("participants")) == before


def test_the_page_follows_the_facilitators_part_journey_and_step(hotel, room) -> None:
    panel = joined(hotel, room)
    assert shown(panel.journey.widget) and not shown(panel.rating.widget)
    journeys = hotel.frame("journeys")["id"].tolist()
    room.move(part="empathy", journey_id=journeys[-1])
    panel.state.live.tick()
    assert panel.state.journey_id == journeys[-1]
    steps = journey_steps(hotel, panel)
    room.move(step_id=steps[2])
    panel.state.live.tick()
    assert panel.state.step_id == steps[2]
    assert shown(panel.rating.widget) and shown(panel.step.widget)
    assert not shown(panel.journey.widget) and not shown(panel.ideas.widget)
    assert not shown(panel.step.nav), "together, the facilitator picks the step"
    panel.step.go(+1)
    assert panel.state.step_id == steps[2]
    room.move(part="improvement")
    panel.state.live.tick()
    assert shown(panel.ideas.widget) and shown(panel.voting.widget)
    assert not shown(panel.rating.widget)


def test_rating_writes_for_the_room_step_and_hides_the_team_until_revealed(hotel, room) -> None:
    panel = joined(hotel, room)
    steps = [str(s) for s in panel.state.journey.steps["step_id"]]
    room.move(part="empathy", journey_id=panel.state.journey_id, step_id=steps[0])
    panel.state.live.tick()
    panel.rating.choose_face(8)
    ratings = hotel.frame("ratings")
    mine = ratings[ratings["participant_id"] == panel.state.participant_id]
    assert mine[["step_id", "emotional"]].values.tolist() == [[steps[0], 8]]
    assert not shown(panel.team.widget)
    count = panel.rating.count.value
    assert esc(t("room.hidden", "en")) in count and "Mean" not in count
    room.move(reveal=True)
    panel.state.live.tick()
    assert shown(panel.team.widget) and "<svg" in panel.team.chart.widget.value
    assert "Mean" in panel.rating.count.value
    room.move(step_id=steps[1])  # a new step is rated on one's own first again
    panel.state.live.tick()
    assert not panel.state.reveal and not shown(panel.team.widget)


def test_the_reveal_shows_every_phone_the_newest_curve_without_a_renderer(
        hotel, monkeypatch) -> None:
    """A phone draws the team's curve itself, as plain SVG, in its own language: no Vega-Lite
    render, so the whole room can see it at once the moment the facilitator shows it."""
    keys = Room(hotel).open()
    room = Room(hotel)
    phones = [joined(hotel, room, "Noor", "nl"), joined(hotel, room, "Sem", "en")]
    link = RoomLink.from_request(f"key={keys.facilitator}&lang=en", "")
    facilitator = EmpathyPanel(room_session(hotel.store, hotel.id, "empathy", link))
    facilitator.room.part.value = "empathy"
    for score, phone in zip((1, 10), phones, strict=True):  # the step's lowest and highest
        phone.state.live.tick()
        phone.rating.choose_face(score)
    assert facilitator.room.toggle_reveal()  # its own page draws its chart with Vega-Lite

    def no_render(spec: dict) -> str:
        raise AssertionError("a phone rendered the curve with Vega-Lite")

    monkeypatch.setattr(render_cache, "spec_to_svg", no_render)
    newest = JourneyData(hotel.frames()).curve  # with Noor's and Sem's grades
    for phone, language in zip(phones, ("nl", "en"), strict=True):
        phone.state.live.tick()
        expected = phone_curve_svg(newest, language, facilitator.state.room_step)
        assert shown(phone.team.widget) and phone.team.chart.widget.value == expected
        assert esc(t("room.team_curve", language)) in expected


def test_own_pace_lets_a_participant_walk_and_go_on_after_rating(hotel, room) -> None:
    panel = joined(hotel, room)
    steps = [str(s) for s in panel.state.journey.steps["step_id"]]
    room.move(part="empathy", journey_id=panel.state.journey_id, step_id=steps[0], pace="own")
    panel.state.live.tick()
    assert shown(panel.step.nav)
    panel.rating.choose_face(6)
    assert shown(panel.rating.next_step)
    panel.rating.on_next()
    assert panel.state.step_id == steps[1]
    room.move(step_id=steps[3])  # the facilitator's step does not pull someone at own pace
    panel.state.live.tick()
    assert panel.state.step_id == steps[1]
    room.move(pace="follow")
    panel.state.live.tick()
    assert panel.state.step_id == steps[3]


def test_hidden_sections_refuse_crafted_widget_messages(hotel, room) -> None:
    """Once the room has moved on, a participant's kernel gets values set on the widgets of
    sections now hidden (as a crafted comm message would): no rating, idea or vote reaches
    the store. Sections never shown have no widgets to aim at."""
    panel = joined(hotel, room)
    steps = [str(s) for s in panel.state.journey.steps["step_id"]]
    assert not panel.ideas.built and not panel.voting.built
    for part in ("improvement", "empathy", "waiting"):  # every section has been shown
        room.move(part=part, journey_id=panel.state.journey_id, step_id=steps[0])
        panel.state.live.tick()
    before = {name: len(hotel.frame(name)) for name in ("ratings", "ideas", "votes")}
    panel.rating.emotional.value = 9
    panel.ideas.form.title.value = "Sneaked in"
    panel.ideas.form.submit()
    ideas = hotel.frame("ideas")["id"].tolist()
    panel.voting.vote(ideas[0], 1)
    panel.step.go(+1)
    assert {name: len(hotel.frame(name)) for name in before} == before
    assert panel.rating.feedback.key == "room.not_now"
    assert panel.ideas.feedback.key == "room.not_now"
    assert panel.state.step_id == steps[0]


def test_the_participant_page_has_no_facilitator_controls(hotel, room) -> None:
    panel = joined(hotel, room)
    assert not hasattr(panel, "room")
    assert panel.state.role == "participant" and not panel.state.can_restructure


def test_a_removed_participant_is_back_at_the_start(hotel, room) -> None:
    panel = joined(hotel, room)
    token = parse_qs(panel.state.link)["token"][0]
    room.remove(panel.state.participant_id)
    panel.state.live.tick()
    assert panel.state.participant_id is None
    assert shown(panel.code.widget)
    assert page(hotel, f"token={token}").state.participant_id is None


def test_outside_a_served_room_the_page_says_what_it_is_for(hotel) -> None:
    from klantreis.ui.session import Session

    panel = ParticipantPanel(Session(hotel.store, hotel, "facilitator", None, "nl"))
    assert t("room.served_only", "nl") in panel.widget.children[1].value
    assert not any(shown(section.widget) for section in panel.sections)


def test_ideas_on_a_phone_leave_the_estimates_to_the_facilitator(hotel, room) -> None:
    panel = joined(hotel, room)
    room.move(part="improvement", journey_id=panel.state.journey_id)
    panel.state.live.tick()
    assert all(not shown(row) for row in panel.ideas.form.estimate_rows)
    panel.ideas.form.title.value = "Pack list by e-mail"
    assert panel.ideas.form.submit()
    assert "Pack list by e-mail" in set(hotel.frame("ideas")["title"])
