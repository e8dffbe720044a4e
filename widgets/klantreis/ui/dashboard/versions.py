"""Versions of the shown journey: the list, saving and deleting one (the facilitator only), and
comparing two of them, or one with the journey as it is now: both curves on one chart, the
steps added and removed, and each step's mean then and now.

Everybody who sees the dashboard sees the versions and compares them; who may save or delete
is the page state's to say (`can_restructure`, from the session's role and a writable store),
and it is checked again when the button is pressed, whatever the page shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ...charts.versions import versions_chart
from ...core.versions import (
    Snapshot,
    current,
    delete_version,
    listed,
    load_version,
    save_version,
)
from ...figures.versions import VersionComparison, compare_versions
from ...i18n import number, text
from ..kit import (
    ROW_TEXT,
    ChartView,
    Quiet,
    Rows,
    button,
    dropdown,
    esc,
    full_width,
    heading,
    html_box,
    row_of,
    set_options,
    show,
    text_input,
)
from ..mining.tables import decimal, table
from .sections import CURVE, DashboardSection

#: The value of "the journey as it is now" among the versions to compare (ids are never empty).
NOW = ""


class Versions(DashboardSection):
    """The journey's saved versions and a comparison of two."""

    key = "versions"
    tables = CURVE | {"versions"}

    def build(self) -> list[widgets.Widget]:
        return [heading(self.t("versions.title")), *self.parts()]

    def parts(self) -> list[widgets.Widget]:
        self.quiet = Quiet()
        intro = html_box(f"<p>{esc(self.t('versions.intro'))}</p>", "kr-versions-intro")
        self.name = text_input(self.label("field", "name"),
                               placeholder=self.t("versions.name_placeholder"))
        self.note = text_input(self.label("field", "note"), area=True)
        self.save_button = button(self.t("versions.save"), "kr-versions-save", self.save,
                                  icon="bookmark")
        self.form = widgets.VBox([self.name, self.note, self.save_button], layout=full_width())
        self.listing = Rows("kr-versions-list")
        self.then = dropdown(self.t("versions.compare"), "kr-versions-then")
        self.now = dropdown(self.t("versions.with"), "kr-versions-now")
        for choice in (self.then, self.now):
            choice.observe(self._chosen, names="value")
        self.chart = ChartView("kr-versions-chart")
        self.changes = html_box("", "kr-versions-changes")
        self.moved = html_box("", "kr-versions-moved")
        self.comparison = widgets.VBox(
            [self.then, self.now, self.chart.widget, self.changes, self.moved],
            layout=full_width())
        # A page that cannot write (the served dashboard) gets no inputs to type in at all.
        form = [self.form] if self.state.can_restructure else []
        return [intro, *form, self.confirm.widget, self.feedback.widget,
                self.listing.widget, self.comparison]

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        rows = self.rows()
        show(self.form, self.state.can_restructure and self.state.journey_id is not None)
        self.listing.show(self._list_key(rows), lambda: self._list_widgets(rows))
        self._offer(rows)
        self.compare()

    def rows(self) -> pd.DataFrame:
        """The shown journey's versions, oldest first."""
        return listed(self.state.frames["versions"], self.state.journey_id)

    def _list_key(self, rows: pd.DataFrame) -> tuple[Any, ...]:
        return (self.state.can_restructure, self.state.journey_id,
                tuple(map(tuple, rows.astype(str).to_numpy())))

    def _list_widgets(self, rows: pd.DataFrame) -> list[widgets.Widget]:
        if self.state.journey_id is None:
            return [html_box(self._empty("versions.no_journey"))]
        if rows.empty:
            key = "versions.none_facilitator" if self.state.can_restructure else "versions.none"
            return [html_box(self._empty(key))]
        return [self._list_row(row) for row in rows.to_dict("records")]

    def _list_row(self, row: dict[str, Any]) -> widgets.Widget:
        note = f"<br>{esc(text(row['note']))}" if text(row["note"]) else ""
        line = widgets.HTML(f"<b>{esc(row['name'])}</b> · {esc(self.when(row['created_at']))}"
                            f"{note}", layout=ROW_TEXT)
        line.add_class("kr-versions-row")
        if not self.state.can_restructure:
            return line
        remove = button(self.t("versions.delete"), "kr-versions-delete",
                        lambda: self.ask_delete(str(row["id"]), str(row["name"])), icon="trash")
        return widgets.HBox([line, remove], layout=full_width())

    def when(self, moment: pd.Timestamp) -> str:
        """When a version was saved, as the page's language writes a date (in UTC)."""
        return self.t("versions.saved_at", day=f"{moment.day:02d}", month=f"{moment.month:02d}",
                      year=str(moment.year), time=moment.strftime("%H:%M"))

    def _offer(self, rows: pd.DataFrame) -> None:
        """The versions to compare, newest first: by default the newest with now."""
        choices = [(str(name), str(i)) for i, name in zip(rows["id"][::-1], rows["name"][::-1],
                                                          strict=True)]
        set_options(self.then, choices, self.then.value, self.quiet)
        set_options(self.now, [(self.t("versions.now"), NOW), *choices], self.now.value,
                    self.quiet)
        show(self.comparison, bool(choices))

    def _chosen(self, _change: dict[str, Any]) -> None:
        if not self.quiet.on:
            self.compare()

    def compare(self) -> None:
        """Show the comparison of the two chosen versions (or say why there is none)."""
        self.feedback.guard(self._compare)()

    def _compare(self) -> None:
        then_value, now_value = self.then.value, self.now.value
        same = then_value is not None and then_value == now_value
        then = None if same else self._snapshot(then_value)
        now = None if then is None else self._snapshot(now_value)
        show(self.chart.widget, now is not None)
        if then is None or now is None:
            self.changes.value = self._empty("versions.same") if same else ""
            self.moved.value = ""
            return
        comparison = compare_versions(then, now)
        names = (self._name(then), self._name(now))
        self.chart.show(versions_chart(comparison, names, self.language))
        self.changes.value = self._changes(comparison)
        self.moved.value = self._moved(comparison)

    def _snapshot(self, value: str | None) -> Snapshot | None:
        """A chosen version (of the shown journey only), or the journey now."""
        journey = self.state.journey_id
        if value is None or journey is None:
            return None
        if value == NOW:
            return current(self.workshop, journey)
        row = row_of(self.state.frames["versions"], value)  # its snapshot is not in frames
        if row is None or row["journey_id"] != journey:
            return None
        return load_version(self.workshop, value)

    def _name(self, snapshot: Snapshot) -> str:
        return snapshot.name if snapshot.name is not None else self.t("versions.now")

    def _changes(self, comparison: VersionComparison) -> str:
        parts = []
        for key, empty, steps in (("versions.added", "versions.no_added", comparison.added),
                                  ("versions.removed", "versions.no_removed",
                                   comparison.removed)):
            items = "".join(f"<li>{esc(text(name))} <small>({esc(text(phase))})</small></li>"
                            for name, phase in zip(steps["step_name"], steps["phase_name"],
                                                   strict=True))
            body = f"<ul>{items}</ul>" if items else self._empty(empty)
            parts.append(f"<h4>{esc(self.t(key))}</h4>{body}")
        return "".join(parts)

    def _moved(self, comparison: VersionComparison) -> str:
        """Each step in both: its mean then and now and the change, as the page writes
        numbers (6,5 in Dutch)."""
        heading_ = f"<h4>{esc(self.t('versions.moved'))}</h4>"
        moved = comparison.moved
        if moved.empty:
            return heading_ + self._empty("versions.no_moved")
        mean = decimal(self.language)
        columns = [("step_name", "versions.col.step", text),
                   ("then_mean", "versions.col.then", mean),
                   ("now_mean", "versions.col.now", mean),
                   ("change", "versions.col.change", self._signed)]
        return heading_ + table(moved, columns, self.language, "kr-versions-scores")

    def _empty(self, key: str) -> str:
        """What a part shows while it has nothing to show."""
        return f'<p class="kr-empty">{esc(self.t(key))}</p>'

    def _signed(self, value: Any) -> str:
        return number(value, self.language, 1, sign=True)

    # -- changing ---------------------------------------------------------------------------

    def save(self) -> None:
        """Save the shown journey as a version under the typed name and note (the
        facilitator only; the name and note are checked as any input is)."""
        name, note = self.name.value, self.note.value
        saved = self.restructure(
            lambda: save_version(self.workshop, self.state.journey_id, name, note))
        if saved is None:
            return
        with self.quiet():
            self.name.value, self.note.value = "", ""
        self.feedback.ok("versions.saved", name=name.strip())
        self._pick(saved)

    def ask_delete(self, version_id: str, name: str) -> None:
        """Ask before deleting a version (the facilitator only: asked and checked again)."""
        self.restructure(lambda: self.confirm.ask(
            self.t("versions.confirm_delete", name=name),
            lambda: self._delete(version_id, name)))

    def _delete(self, version_id: str, name: str) -> None:
        if self.restructure(_and_true(lambda: delete_version(self.workshop, version_id))):
            self.feedback.ok("versions.deleted", name=name)

    def _pick(self, version_id: str) -> None:
        """Compare a version just saved with now."""
        if version_id in [value for _, value in self.then.options]:
            with self.quiet():
                self.then.value, self.now.value = version_id, NOW
            self.compare()


def _and_true(action: Callable[[], Any]) -> Callable[[], bool]:
    """`action`, answering True when it ran (a refused one answers None)."""
    return lambda: action() or True
