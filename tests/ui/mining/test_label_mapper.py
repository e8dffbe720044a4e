"""The label mapper and the comments view of the mining panel, driven as a user would: type a
search, pick, press buttons; what the rules, the lines and the callbacks say is checked."""

from __future__ import annotations

from collections.abc import Iterator

import ipywidgets as widgets
import pandas as pd
import pytest

from klantreis.core.errors import KlantreisError
from klantreis.mining import JourneyMap
from klantreis.mining.mapping import targets
from klantreis.ui.mining.comments import Comments
from klantreis.ui.mining.labels import MAX_LABELS, LabelMapper

HOSTILE = "<img src=x onerror=alert(1)>"
CHOICES = [("1. Check in", "s1"), ("2. Breakfast", "s2"), ("3. Room", "s3"), ("[Stay]", "p1")]


def many_labels() -> list[tuple[str, int]]:
    """457 labels, most answers first, as a real survey had: 100 check-in, 60 kiosk,
    150 breakfast and 144 room labels, a hostile one and two questions."""
    names = ([f"Check-in desk {i}" for i in range(100)] + [f"kiosk {i}" for i in range(60)]
             + [f"Breakfast {i}" for i in range(150)] + [f"room {i}" for i in range(144)]
             + [HOSTILE, "Why?", "Why!"])
    return [(name, 1000 - i) for i, name in enumerate(names)]


def journey() -> JourneyMap:
    """A tiny map with the steps and the phase of `CHOICES`, for the real matcher."""
    steps = pd.DataFrame({"step_id": ["s1", "s2", "s3"], "step_name": ["a", "b", "c"],
                          "order": [0, 1, 2], "top_phase_id": ["p1", "p1", "p1"]})
    phases = pd.DataFrame({"phase_id": ["p1"], "phase_name": ["Stay"], "phase_order": [0]})
    return JourneyMap(steps, phases, {"p1": "p1"})


def walk(widget: widgets.Widget) -> Iterator[widgets.Widget]:
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def having(root: widgets.Widget, css: str) -> list[widgets.Widget]:
    return [w for w in walk(root) if css in getattr(w, "_dom_classes", ())]


def html_of(root: widgets.Widget) -> str:
    return "\n".join(w.value for w in walk(root) if isinstance(w, widgets.HTML))


def mapper(language: str = "en", rules: list[tuple[str, str]] | None = None) -> LabelMapper:
    shown = LabelMapper(language)
    shown.show(many_labels(), CHOICES, rules or [])
    return shown


def shown_labels(shown: LabelMapper) -> list[str]:
    return [picker.description.rsplit(" (", 1)[0]
            for picker in having(shown.widget, "kr-mining-label")]


def unmapped_by_the_matcher(shown: LabelMapper) -> set[str]:
    found = targets([label for label, _ in many_labels()], shown.rules(), journey())
    return {label for label, (step, phase, _) in found.items() if step is None and phase is None}


# -- the label mapper ---------------------------------------------------------------------


def test_many_labels_show_forty_pickers_and_say_so() -> None:
    shown = mapper()
    assert "kr-mining-labels" in shown.widget._dom_classes
    pickers = having(shown.widget, "kr-mining-label")
    assert len(pickers) == MAX_LABELS == 40
    assert pickers[0].description == "Check-in desk 0 (1000)"  # most answers first
    assert pickers[0].options[0] == ("(not on the map)", "")
    assert list(pickers[0].options[1:]) == CHOICES
    assert shown.count_line.value == "Showing 40 of 457 labels; search to find others."
    assert shown.rules() == []
    assert "Not on the map yet: Check-in desk 0 (1000), Check-in desk 1 (999)" in \
        shown.unmapped_line.value
    assert "and 445 more." in shown.unmapped_line.value  # 457 less the 12 named


def test_searching_narrows_the_list_by_text_or_pattern() -> None:
    shown = mapper()
    search = having(shown.widget, "kr-mining-label-search")[0]
    search.value = "KIOSK 1"  # any case, part of the label
    assert shown_labels(shown) == ["kiosk 1", *[f"kiosk {i}" for i in range(10, 20)]]
    assert shown.count_line.value == "11 of 457 labels match the search."
    search.value = "check-in*1"  # a pattern matches the whole label
    assert shown_labels(shown) == [f"Check-in desk {i}" for i in (1, 11, 21, 31, 41, 51, 61,
                                                                   71, 81, 91)]
    search.value = "breakfast"
    assert len(shown_labels(shown)) == 40
    assert shown.count_line.value.startswith("Showing 40 of 150 matching labels (457 in all)")
    search.value = "nothing like it"
    assert shown_labels(shown) == []
    assert shown.map_all.disabled


def test_a_choice_is_kept_while_a_search_hides_its_picker() -> None:
    shown = mapper()
    having(shown.widget, "kr-mining-label")[0].value = "s1"
    shown.search.value = "room"
    assert "Check-in desk 0" not in shown_labels(shown)
    assert shown.rules() == [("Check-in desk 0", "s1")]
    shown.search.value = ""
    assert having(shown.widget, "kr-mining-label")[0].value == "s1"


def test_map_all_like_this_maps_every_match_including_those_not_shown() -> None:
    shown = mapper()
    shown.search.value = "breakfast"  # 150 labels, 40 shown
    target = having(shown.widget, "kr-mining-map-all-target")[0]
    target.value = "s2"
    go = having(shown.widget, "kr-mining-map-all")[0]
    assert go.description == "Map all 150 matching labels like this"
    go.click()
    rules = shown.rules()
    assert rules == [(f"Breakfast {i}", "s2") for i in range(150)]  # exact rules, in order
    assert all(picker.value == "s2" for picker in having(shown.widget, "kr-mining-label"))
    assert not {f"Breakfast {i}" for i in range(150)} & {label for label, _ in
                                                          shown.unmapped()}
    assert len(shown.unmapped()) == 457 - 150
    assert {label for label, _ in shown.unmapped()} == unmapped_by_the_matcher(shown)
    target.value = ""  # "(not on the map)" unmaps them all again
    go.click()
    assert shown.rules() == []


def test_a_pattern_rule_maps_labels_and_the_unmapped_list_shrinks() -> None:
    shown = mapper()
    before = len(shown.unmapped())
    shown.pattern.value = "check-in*"
    shown.pattern_target.value = "s1"
    having(shown.widget, "kr-mining-add-rule")[0].click()
    assert shown.feedback.key is None
    assert shown.rules() == [("check-in*", "s1")]
    assert len(shown.unmapped()) == before - 100
    assert not any(label.startswith("Check-in") for label, _ in shown.unmapped())
    assert shown.unmapped()[0] == ("kiosk 0", 900)  # most answers first
    rows = having(shown.widget, "kr-mining-rule")
    assert len(rows) == 1 and "check-in* → 1. Check in (100 labels)" in html_of(rows[0])
    having(rows[0], "kr-mining-remove-rule")[0].click()
    assert shown.rules() == [] and len(shown.unmapped()) == before


def test_rules_come_exact_first_and_unmapped_agrees_with_the_matcher() -> None:
    shown = mapper()
    shown.add_pattern("kiosk*", "s1")
    shown.add_pattern("room ?", "gone")  # a target not on the map: those labels stay unmapped
    shown.add_pattern("room*", "s3")
    shown.search.value = "kiosk 1"
    having(shown.widget, "kr-mining-label")[0].value = "s2"  # wins over the pattern
    shown.search.value = "why"
    having(shown.widget, "kr-mining-label")[0].value = "p1"  # a label that is a pattern itself
    assert shown.rules() == [("kiosk 1", "s2"), ("Why?", "p1"), ("kiosk*", "s1"),
                             ("room ?", "gone"), ("room*", "s3")]
    lost = {label for label, _ in shown.unmapped()}
    assert {f"room {i}" for i in range(10)} <= lost
    assert "room 10" not in lost and "kiosk 5" not in lost
    assert "Why!" not in lost  # the rule "Why?" matches it too, as the mapping reads it
    assert lost == unmapped_by_the_matcher(shown)
    assert "room ? → gone (not on this map) (10 labels)" in html_of(shown.rule_rows.widget)


def test_saved_rules_fill_the_pickers_and_patterns() -> None:
    shown = mapper(rules=[("CHECK-IN  DESK 0", "s1"), ("Check-in desk 1", "gone"),
                          ("not in this file", "s2"), ("kiosk*", "s2")])
    pickers = having(shown.widget, "kr-mining-label")
    assert pickers[0].value == "s1"  # case and spaces ignored
    assert pickers[1].value == ""  # its step is gone
    assert shown.rules() == [("Check-in desk 0", "s1"), ("kiosk*", "s2")]


def test_a_rule_without_wildcards_is_refused_inline() -> None:
    shown = mapper()
    shown.pattern.value = "kiosk 1"
    shown.add_rule.click()
    assert shown.feedback.key == "mining.error.pattern_wildcard"
    assert shown.rules() == [] and shown.pattern.value == "kiosk 1"


def test_hostile_labels_are_escaped_in_every_html() -> None:
    shown = mapper()
    shown.search.value = "onerror"
    assert shown_labels(shown) == [HOSTILE]  # a Dropdown's description is plain text
    for start in ("check*", "kiosk*", "breakfast*", "room*", "why*"):
        shown.add_pattern(start, "s1")
    assert shown.unmapped() == [(HOSTILE, 546)]
    assert shown.unmapped_line.value == \
        "<p>Not on the map yet: &lt;img src=x onerror=alert(1)&gt; (546).</p>"
    shown.add_pattern("<img*", "s2")
    shown.search.value = HOSTILE + " and more"  # matches nothing: the search is echoed
    html = html_of(shown.widget)
    assert "No label matches “&lt;img src=x onerror=alert(1)&gt; and more”." in html
    assert "&lt;img* → 2. Breakfast (1 labels)" in html
    assert "<img" not in html
    assert "Every label is on the map." in shown.unmapped_line.value


def test_the_mapper_speaks_dutch() -> None:
    shown = mapper("nl")
    assert shown.count_line.value == "40 van de 457 labels getoond; zoek om de andere te vinden."
    assert having(shown.widget, "kr-mining-label")[0].options[0] == ("(niet op de kaart)", "")
    assert "Nog niet op de kaart:" in shown.unmapped_line.value
    assert shown.add_rule.description == "Regel toevoegen"
    shown.add_pattern("*", "s1")
    assert "Elk label staat op de kaart." in shown.unmapped_line.value


# -- comments ---------------------------------------------------------------------------


def comments_frame(n: int = 3) -> pd.DataFrame:
    texts = ["Queue was endless", HOSTILE, "Fine", *[f"ok {i}" for i in range(n - 3)]][:n]
    return pd.DataFrame({
        "row": pd.array([7, 12, None, *range(100, 100 + n - 3)][:n], dtype="Int64"),
        "label": pd.array(["check-in"] * n, dtype="string"),
        "score": pd.array([2.5, 3.0, 9.0, *[9.5] * (n - 3)][:n], dtype="Float64"),
        "segment": pd.array(["business", None, "", *[None] * (n - 3)][:n], dtype="string"),
        "text": pd.array(texts, dtype="string"),
    })


class Kept:
    """A `keep` that records its calls, and can refuse."""

    def __init__(self, answer: object = None, error: Exception | None = None) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer, self.error = answer, error

    def __call__(self, step_id: str, text: str, note: str) -> object:
        if self.error is not None:
            raise self.error
        self.calls.append((step_id, text, note))
        return self.answer


def comments(language: str = "en", can_write: bool = True, keep: Kept | None = None,
             frame: pd.DataFrame | None = None) -> tuple[Comments, Kept, list[str]]:
    kept, asked = keep or Kept(), []
    view = Comments(language, kept, can_write=can_write)

    def load(step_id: str) -> pd.DataFrame:
        asked.append(step_id)
        return comments_frame() if frame is None else frame

    view.show(CHOICES[:3], load)
    return view, kept, asked


def test_comments_load_when_a_step_is_chosen_and_show_in_the_given_order() -> None:
    view, _, asked = comments()
    assert "kr-mining-comments" in view.widget._dom_classes
    assert asked == [] and view.list.children == ()
    view.step.value = "s1"
    assert asked == ["s1"]
    html = html_of(view.list)
    assert html.index("Queue was endless") < html.index("onerror") < html.index("Fine")
    assert "score 2.5" in html and "business" in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert view.count_line.value == "3 of 3 comments, lowest score first."


def test_keep_saves_the_comment_as_evidence_once() -> None:
    view, kept, _ = comments()
    view.step.value = "s2"
    buttons = having(view.list, "kr-mining-keep-comment")
    assert [b.description for b in buttons] == ["Keep as evidence"] * 3
    buttons[1].click()
    assert kept.calls == [("s2", HOSTILE, "survey, row 12")]
    assert buttons[1].disabled and buttons[1].description == "Kept"
    assert not buttons[0].disabled
    buttons[2].click()  # a comment without a row number
    assert kept.calls[-1] == ("s2", "Fine", "survey")
    view.step.value = "s1"
    view.step.value = "s2"  # shown again: still kept
    again = having(view.list, "kr-mining-keep-comment")
    assert [b.disabled for b in again] == [False, True, True]


def test_a_refused_keep_leaves_the_button_to_press_again() -> None:
    view, kept, _ = comments(keep=Kept(answer=False))
    view.step.value = "s1"
    button = having(view.list, "kr-mining-keep-comment")[0]
    button.click()
    assert len(kept.calls) == 1 and not button.disabled
    view, _, _ = comments(keep=Kept(error=KlantreisError("mining.read_first")))
    view.step.value = "s1"
    button = having(view.list, "kr-mining-keep-comment")[0]
    button.click()
    assert view.feedback.key == "mining.read_first" and not button.disabled


def test_read_only_viewers_get_no_keep_buttons() -> None:
    view, _, _ = comments(can_write=False)
    view.step.value = "s1"
    assert "Queue was endless" in html_of(view.list)
    assert having(view.list, "kr-mining-keep-comment") == []


def test_no_comments_says_so_and_at_most_twenty_are_listed() -> None:
    view, _, _ = comments(frame=comments_frame(0))
    view.step.value = "s3"
    assert "No comments on this step." in html_of(view.list)
    view, _, _ = comments(frame=comments_frame(57))
    view.step.value = "s3"
    assert len(having(view.list, "kr-mining-keep-comment")) == 20
    assert view.count_line.value == "20 of 57 comments, lowest score first."


def test_showing_again_keeps_the_step_and_reads_it_anew() -> None:
    view, _, asked = comments()
    view.step.value = "s2"
    view.show(CHOICES[:3], lambda step_id: asked.append(step_id) or comments_frame(0))
    assert view.step.value == "s2" and asked == ["s2", "s2"]
    assert "No comments on this step." in html_of(view.list)


@pytest.mark.parametrize("language", ["nl"])
def test_comments_speak_dutch_with_decimal_commas(language: str) -> None:
    view, kept, _ = comments(language)
    assert view.step.options[0] == ("(kies een stap)", "")
    view.step.value = "s1"
    html = html_of(view.list)
    assert "score 2,5" in html and "score 2.5" not in html
    button = having(view.list, "kr-mining-keep-comment")[0]
    assert button.description == "Bewaren als onderbouwing"
    button.click()
    assert kept.calls == [("s1", "Queue was endless", "enquête, rij 7")]
    assert button.description == "Bewaard"
    view.step.value = "s3"
    view.show(CHOICES[:3], lambda _: comments_frame(0))
    assert "Geen opmerkingen bij deze stap." in html_of(view.list)
