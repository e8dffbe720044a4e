"""Mapping a data file's labels to the journey: a real survey had 457 distinct "journey
stage" values, far too many for a picker each, so the mapper shows a searchable window of
them and offers two ways to map many at once.

- A picker per label, for at most `MAX_LABELS` of the labels the search finds (most answers
  first). What was chosen is kept in a dict by label, not in the visible pickers, so a
  choice survives a search that hides it.
- "Map all like this" gives every label the search finds, shown or not, the chosen step.
  It stores one exact rule per label, also when the search is a pattern: the pickers then
  show exactly what is stored, and an exact rule cannot be outranked by an earlier pattern,
  so "all" really means all. A rule that should also catch labels of next month's file is
  what the pattern row is for.
- Pattern rules (`check-in*`) are listed, each with how many labels it decides and a remove
  button.

`rules()` gives the exact rules first (in the order of the labels), then the patterns in the
order they were added: the mapping tries rules in order and the first match wins, so a label
chosen by hand wins over a pattern, and an earlier pattern over a later one. Which labels no
rule maps is decided by `klantreis.mining.mapping.targets` itself, not by a copy of it.

Labels are the customers' text: everything put into HTML goes through `esc`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ...core.errors import KlantreisError
from ...i18n import t
from ...mining.mapping import norm, targets
from ..kit import ROW_TEXT, Feedback, Quiet, Rows, button, esc, form_layout, full_width, html_box

NONE = ""
MAX_LABELS = 40  # pickers shown at once: each is a widget the browser has to draw
MAX_UNMAPPED = 12  # labels named in the "not on the map yet" line
HIT = "hit"  # the one target of a search, when a search is matched as a rule


def is_pattern(text: str) -> bool:
    """Whether the mapping reads `text` as a pattern rather than one label."""
    return "*" in text or "?" in text


class _Ids:
    """All `targets` asks of a journey: where a rule's target is. Here a target is on the
    map when the pickers offer it; whether it is a step or a phase does not matter for
    whether a label is mapped."""

    def __init__(self, ids: set[str]) -> None:
        self.ids = ids

    def target(self, target_id: str) -> tuple[str | None, str | None]:
        return (target_id, None) if target_id in self.ids else (None, None)


def matching(labels: list[str], search: str) -> list[str]:
    """The labels a search finds, in their order: a pattern as a rule would match it (the
    whole label), other text as part of a label; both ignore case and extra spaces."""
    if is_pattern(search):
        found = targets(labels, [(search, HIT)], _Ids({HIT}))  # type: ignore[arg-type]
        return [label for label in labels if found[label][0] == HIT]
    part = norm(search)
    return [label for label in labels if part in norm(label)]


def close_all(children: tuple[widgets.Widget, ...]) -> None:
    """Close replaced widgets and theirs: a search every few seconds would otherwise leave
    hundreds of pickers alive in the kernel and the browser."""
    for child in children:
        close_all(getattr(child, "children", ()))
        child.close()


class LabelMapper:
    """Many data labels to steps or phases: search, pick, map all like this, patterns."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.counts: list[tuple[str, int]] = []  # every label, most answers first
        self.choices: list[tuple[str, str]] = []  # (display, id) of steps and phases
        self.chosen: dict[str, str] = {}  # label -> target id: the exact rules
        self.patterns: list[tuple[str, str]] = []  # (pattern, target id), in order
        self.found: list[str] = []  # the labels the search finds
        self.pickers: dict[str, widgets.Dropdown] = {}  # the labels shown
        self.lost: list[tuple[str, int]] = []  # the labels no rule maps
        self.quiet = Quiet()
        self.feedback = Feedback(language)
        self.widget = widgets.VBox([*self._search_rows(), *self._pattern_rows(),
                                    self.feedback.widget], layout=full_width())
        self.widget.add_class("kr-mining-labels")

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.language, **params)

    def _run(self, action: Callable[[], Any]) -> None:
        """A control's action, its error (if any) inline; an earlier message goes away."""
        self.feedback.clear()
        self.feedback.guard(action)()

    # -- building -----------------------------------------------------------------------

    def _search_rows(self) -> list[widgets.Widget]:
        self.search = widgets.Text(description=self.t("mining.label_search"),
                                   placeholder=self.t("mining.label_search_hint"),
                                   continuous_update=False, layout=form_layout())
        self.search.add_class("kr-mining-label-search")
        self.search.observe(lambda _: None if self.quiet.on else self._run(self._searched),
                            names="value")
        self.count_line = html_box(css_class="kr-mining-label-count")
        self.list = widgets.VBox(layout=full_width())
        self.list.add_class("kr-mining-label-list")
        self.map_target = widgets.Dropdown(description=self.t("mining.map_to"))
        self.map_target.add_class("kr-mining-map-all-target")
        self.map_all = button(self.t("mining.map_all", count=0), "kr-mining-map-all",
                              lambda: self._run(self.map_matching), style="primary")
        self.unmapped_line = html_box(css_class="kr-mining-unmapped")
        return [widgets.HTML(f"<b>{esc(self.t('mining.labels'))}</b>"), self.search,
                self.count_line, self.list,
                widgets.HBox([self.map_target, self.map_all]), self.unmapped_line]

    def _pattern_rows(self) -> list[widgets.Widget]:
        self.pattern = widgets.Text(description=self.t("mining.pattern"),
                                    placeholder=self.t("mining.pattern_hint"))
        self.pattern.add_class("kr-mining-pattern")
        self.pattern_target = widgets.Dropdown(description=self.t("mining.map_to"))
        self.pattern_target.add_class("kr-mining-pattern-target")
        self.add_rule = button(self.t("mining.add_rule"), "kr-mining-add-rule",
                               lambda: self._run(self._add_typed_pattern))
        self.rule_rows = Rows("kr-mining-rules")
        return [widgets.HTML(f"<b>{esc(self.t('mining.patterns'))}</b>"),
                widgets.HBox([self.pattern, self.pattern_target, self.add_rule]),
                self.rule_rows.widget]

    # -- showing ------------------------------------------------------------------------

    def show(self, counts: list[tuple[str, int]], choices: list[tuple[str, str]],
             rules: list[tuple[str, str]]) -> None:
        """Offer `counts` (every label and its answers, most first) for mapping to
        `choices` (`JourneyMap.choices()`), starting from saved `rules`. A saved exact rule
        sets the picker of every label it matches (case and spaces ignored), when its target
        is still offered; one for a label not in the file is left out. Patterns are kept
        as they are, also one whose target is gone: it is listed as such, to be removed."""
        self.counts = [(str(label), int(count)) for label, count in counts]
        self.choices = [(str(name), str(id_)) for name, id_ in choices]
        ids = {id_ for _, id_ in self.choices}
        exact: dict[str, str] = {}
        for label, target in rules:
            if not is_pattern(label):
                exact.setdefault(norm(label), target)  # the first rule wins
        self.chosen = {label: exact[norm(label)] for label, _ in self.counts
                       if exact.get(norm(label)) in ids}
        self.patterns = [(p, target) for p, target in rules if is_pattern(p)]
        self._offer_targets()
        with self.quiet():
            self.search.value = ""
        self._searched()

    def _offer_targets(self) -> None:
        """Unmapping by search is offered last, so it is never chosen by accident."""
        self.map_target.options = [*self.choices, (self.t("mining.not_on_map"), NONE)]
        self.pattern_target.options = self.choices

    def _searched(self) -> None:
        self.found = matching([label for label, _ in self.counts], self.search.value)
        self._show_list()
        self._show_rules()

    def _show_list(self) -> None:
        """Pickers for the first labels found, and a line saying how many there are."""
        count_of = dict(self.counts)
        options = [(self.t("mining.not_on_map"), NONE), *self.choices]
        old = self.list.children
        self.pickers = {label: self._picker(label, count_of[label], options)
                        for label in self.found[:MAX_LABELS]}
        self.list.children = list(self.pickers.values())
        close_all(old)
        self.count_line.value = esc(self._count_text()) if self.counts else ""
        self.map_all.description = self.t("mining.map_all", count=len(self.found))
        self.map_all.disabled = not self.found

    def _picker(self, label: str, count: int, options: list[tuple[str, str]]
                ) -> widgets.Dropdown:
        """A label's step; its description is plain text, so the label needs no escaping."""
        picker = widgets.Dropdown(options=options, value=self.chosen.get(label, NONE),
                                  description=f"{label} ({count})", layout=form_layout(),
                                  style={"description_width": "240px"})
        picker.add_class("kr-mining-label")
        picker.observe(lambda change: self._run(lambda: self._picked(label, change["new"])),
                       names="value")
        return picker

    def _count_text(self) -> str:
        total, found = len(self.counts), len(self.found)
        shown, search = min(found, MAX_LABELS), self.search.value.strip()
        if not search:
            if shown == total:
                return self.t("mining.labels_all_shown", total=total)
            return self.t("mining.labels_showing", shown=shown, total=total)
        if not found:
            return self.t("mining.labels_no_match", search=search)
        if shown == found:
            return self.t("mining.labels_matching", matching=found, total=total)
        return self.t("mining.labels_matching_more", shown=shown, matching=found, total=total)

    def _show_rules(self) -> None:
        """The patterns (with how many labels each decides) and the labels left unmapped:
        both follow from one run of the mapping's own matcher."""
        decided = self._decide()
        self.lost = sorted(((label, count) for label, count in self.counts
                            if label in decided and decided[label][0] is None),
                           key=lambda item: -item[1])
        self.unmapped_line.value = self._unmapped_html()
        used = Counter(rule for _, _, rule in decided.values() if rule is not None)
        names = dict((id_, name) for name, id_ in self.choices)
        rows = [(p, target, names.get(target), used[p]) for p, target in self.patterns]
        self.rule_rows.show(tuple(rows), lambda: [self._rule_row(i, *row)
                                                  for i, row in enumerate(rows)])

    def _decide(self) -> dict[str, tuple[str | None, str | None, str | None]]:
        """`targets(labels, self.rules(), ...)` for the labels without an exact rule; the
        same answer as for all labels, faster. Exact rules come first and point only at
        offered targets, so a label with one is mapped; a label without one can only be
        matched by a pattern, or by an exact rule that holds `*` or `?` itself."""
        exact = self._exact()
        taken = {norm(label) for label, _ in exact}
        rest = [label for label, _ in self.counts if norm(label) not in taken]
        loose = [rule for rule in exact if is_pattern(rule[0])] + self.patterns
        ids = {id_ for _, id_ in self.choices}
        return targets(rest, loose, _Ids(ids))  # type: ignore[arg-type]

    def _unmapped_html(self) -> str:
        if not self.counts:
            return ""
        if not self.lost:
            return f'<p class="kr-ok">{esc(self.t("mining.all_mapped"))}</p>'
        named = ", ".join(f"{label} ({count})" for label, count in self.lost[:MAX_UNMAPPED])
        more = len(self.lost) - MAX_UNMAPPED
        text = (self.t("mining.unmapped_more", labels=named, count=more) if more > 0
                else self.t("mining.unmapped", labels=named))
        return f"<p>{esc(text)}</p>"

    def _rule_row(self, index: int, pattern: str, target: str, name: str | None,
                  count: int) -> widgets.HBox:
        shown = name if name is not None else self.t("mining.pattern_off_map", target=target)
        text = self.t("mining.pattern_rule", pattern=pattern, target=shown, count=count)
        remove = button(self.t("mining.remove_rule"), "kr-mining-remove-rule",
                        lambda: self._run(lambda: self.remove_pattern(index)))
        row = widgets.HBox([widgets.HTML(esc(text), layout=ROW_TEXT), remove])
        row.add_class("kr-mining-rule")
        return row

    # -- changing -----------------------------------------------------------------------

    def _picked(self, label: str, target: str) -> None:
        if target:
            self.chosen[label] = target
        else:
            self.chosen.pop(label, None)
        self._show_rules()

    def map_matching(self) -> None:
        """Give every label the search finds (shown or not) the target of "map all"; an
        exact rule each (see the module's docstring for why not one pattern)."""
        target = self.map_target.value or NONE
        for label in self.found:
            if target:
                self.chosen[label] = target
            else:
                self.chosen.pop(label, None)
        self._show_list()
        self._show_rules()
        self.feedback.ok("mining.mapped_all", count=len(self.found))

    def _add_typed_pattern(self) -> None:
        self.add_pattern(self.pattern.value, self.pattern_target.value)
        self.pattern.value = ""

    def add_pattern(self, pattern: str, target: str | None) -> None:
        """Add a pattern rule after the others (an earlier rule wins); the same pattern
        again only changes its target."""
        pattern = " ".join(pattern.split())
        if not is_pattern(pattern):
            raise KlantreisError("mining.error.pattern_wildcard", self.language)
        if not target:
            return
        same = [i for i, (p, _) in enumerate(self.patterns) if norm(p) == norm(pattern)]
        if same:
            self.patterns[same[0]] = (self.patterns[same[0]][0], target)
        else:
            self.patterns.append((pattern, target))
        self._show_rules()

    def remove_pattern(self, index: int) -> None:
        del self.patterns[index]
        self._show_rules()

    # -- reading ------------------------------------------------------------------------

    def _exact(self) -> list[tuple[str, str]]:
        return [(label, self.chosen[label]) for label, _ in self.counts if label in self.chosen]

    def rules(self) -> list[tuple[str, str]]:
        """The rules to save: exact labels (shown or not, in the labels' order), then the
        patterns in their order."""
        return self._exact() + list(self.patterns)

    def unmapped(self) -> list[tuple[str, int]]:
        """The labels no rule maps to an offered step or phase, most answers first."""
        return list(self.lost)
