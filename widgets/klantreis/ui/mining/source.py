"""One data source in the mining panel: choose a file, read it (with a progress bar), say
which column is what, map the data's labels to steps, and apply.

The same form serves survey and event files (`kind`); only the roles offered differ. A survey
file comes in three shapes: an answer per row, a column per step ("wide"), or a report of
averages per touchpoint ("aggregated"). Each score column's scale is asked for, with the
values seen in the file and a proposed scale beside it: a wrong scale silently drops answers,
so nobody should have to know it by heart. Reading and checking happen in `klantreis.mining`;
this form only collects choices and shows them.

On a served page (`served`) anyone who has the link could type a path on the server into the
file box, so there the box only shows the chosen file: files come in by upload, or from the
saved settings and the sample data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ...core.errors import KlantreisError
from ...i18n import grouped, label, number, t
from ...mining import JourneyMap, LoadedFile, SourceSettings, open_file
from ...mining.engine import literal, quote
from ...mining.scales import observe
from ...mining.settings import (
    AGGREGATE_ROLES,
    DATE_ORDERS,
    METRICS,
    NA_WORDS,
    ROLES,
    SCALED,
)
from ..kit import Feedback, esc, form_layout
from .labels import LabelMapper

FORM = form_layout()  # shared by controls that are never hidden
NONE = ""
SHAPES = ("long", "wide", "aggregated")
MAX_SEGMENTS = 20  # segments offered a persona: more are not customer groups
_DELIMITERS = (("auto", None), (",", ","), (";", ";"), ("tab", "\t"))


class ProgressView:
    """A progress bar and its line of text, fed by the reader's callback."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.bar = widgets.FloatProgress(value=0.0, min=0.0, max=1.0, layout=FORM)
        self.bar.add_class("kr-mining-progress")
        self.text = widgets.HTML("")
        self.widget = widgets.VBox([self.bar, self.text])
        self.widget.layout.display = "none"

    def __call__(self, done: float, stage: str) -> None:
        self.widget.layout.display = ""
        self.bar.value = max(0.0, min(done, 1.0))
        self.text.value = esc(f"{label('mining.stage', stage, self.language)}: {done:.0%}")


class SourceForm:
    """File → columns → labels → apply, for one survey or event file."""

    def __init__(self, kind: str, language: str, upload_dir: Path,
                 journey: Callable[[], JourneyMap],
                 applied: Callable[[LoadedFile, SourceSettings], None],
                 served: bool = False,
                 personas: Callable[[], list[tuple[str, str]]] = list) -> None:
        self.kind, self.language, self.upload_dir = kind, language, upload_dir
        self.journey, self.applied, self.served = journey, applied, served
        self.personas = personas
        self.go_on = False  # set by "Apply anyway": apply although much is dropped
        self._filling = False  # saved choices are being filled in, not made by the user
        self.segment_pickers: list[tuple[str, widgets.Dropdown]] = []
        self.chosen: str | None = None  # the file an upload or saved settings named
        self.loaded: LoadedFile | None = None
        self.saved: SourceSettings | None = None
        self.feedback = Feedback(language)
        self.progress = ProgressView(language)
        self.widget = widgets.VBox(self._file_row() + self._mapping_rows())
        self.widget.add_class(f"kr-mining-source-{kind}")

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.language, **params)

    def _run(self, action: Callable[[], Any]) -> None:
        """A button's action, its error (if any) inline; an earlier error goes away."""
        self.feedback.clear()
        self.feedback.guard(action)()

    # -- building -----------------------------------------------------------------------

    def _file_row(self) -> list[widgets.Widget]:
        hint = "mining.upload_hint" if self.served else "mining.path_hint"
        self.path = widgets.Text(placeholder=self.t(hint), layout=FORM,
                                 description=self.t("mining.file"))
        self.path.add_class("kr-mining-path")
        self.path.disabled = self.served
        self.upload = widgets.FileUpload(accept=".csv,.txt,.xlsx,.xlsm", multiple=False,
                                         description=self.t("mining.upload"))
        self.upload.observe(lambda _: self._run(self._uploaded), names="value")
        self.header_rows = widgets.BoundedIntText(value=0, min=0, max=5,
                                                  description=self.t("mining.header_rows"))
        self.delimiter = widgets.Dropdown(
            options=[(label("mining.delimiter", k, self.language) if k in ("auto", "tab") else k, v)
                     for k, v in _DELIMITERS], description=self.t("mining.delimiter"))
        self.read_button = widgets.Button(description=self.t("mining.read"),
                                          button_style="primary")
        self.read_button.add_class("kr-mining-read")
        self.read_button.on_click(lambda _: self._run(self.read))
        self.shape = widgets.HTML("")
        return [self.path, widgets.HBox([self.upload, self.header_rows, self.delimiter,
                                         self.read_button]), self.progress.widget, self.shape]

    def _mapping_rows(self) -> list[widgets.Widget]:
        self.roles = {role: widgets.Dropdown(options=[(self.t("ui.none"), NONE)],
                                             description=label("mining.role", role, self.language),
                                             style={"description_width": "180px"},
                                             layout=form_layout())  # each hidden on its own
                      for role in ROLES[self.kind]}
        for role, dropdown in self.roles.items():
            dropdown.add_class(f"kr-mining-role-{role}")
            dropdown.observe(lambda _, r=role: self.feedback.guard(self._role_chosen)(r),
                             names="value")
        self.date_order = widgets.Dropdown(
            options=[(label("mining.date_order", o, self.language), o) for o in DATE_ORDERS],
            description=self.t("mining.date_order"), style={"description_width": "180px"})
        self.label_mapper = LabelMapper(self.language)
        self.apply_button = widgets.Button(description=self.t("mining.apply"),
                                           button_style="success")
        self.apply_button.add_class("kr-mining-apply")
        self.apply_button.on_click(lambda _: self._run(self.apply))
        self.anyway_button = widgets.Button(description=self.t("mining.apply_anyway"),
                                            button_style="warning")
        self.anyway_button.add_class("kr-mining-apply-anyway")
        self.anyway_button.on_click(lambda _: self._run(self.apply_anyway))
        self.anyway_button.layout.display = "none"
        survey = self._survey_rows() if self.kind == "survey" else []
        self.mapping = widgets.VBox([*survey[:1],
                                     widgets.HTML(f"<b>{esc(self.t('mining.columns'))}</b>"),
                                     *self.roles.values(), *survey[1:], self.date_order,
                                     self.label_mapper.widget,
                                     widgets.HBox([self.apply_button, self.anyway_button])])
        self.mapping.layout.display = "none"
        return [self.mapping, self.feedback.widget]

    def _survey_rows(self) -> list[widgets.Widget]:
        """The survey's own questions: the file's shape first, then (after the columns) the
        wide file's score columns, each score's scale, and the segments' personas."""
        self.shape_choice = widgets.ToggleButtons(
            options=[(label("mining.shape_kind", s, self.language), s) for s in SHAPES],
            value="long", description=self.t("mining.shape_kind"),
            style={"description_width": "180px"})
        self.shape_choice.add_class("kr-mining-shape")
        self.shape_choice.observe(lambda _: self.feedback.guard(self._shape_chosen)(),
                                  names="value")
        self.wide_columns = widgets.SelectMultiple(options=[], rows=8, layout=FORM,
                                                   description=self.t("mining.wide_columns"),
                                                   style={"description_width": "180px"})
        self.wide_columns.add_class("kr-mining-wide")
        self.wide_columns.observe(lambda _: self.feedback.guard(self._wide_chosen)(),
                                  names="value")
        self.wide_metric = widgets.Dropdown(
            options=[(label("mining.metric", m, self.language), m) for m in SCALED],
            description=self.t("mining.wide_metric"), style={"description_width": "180px"})
        self.wide_metric.observe(lambda _: self.feedback.guard(self._wide_chosen)(),
                                 names="value")
        self.wide_box = widgets.VBox([self.wide_columns, self.wide_metric])
        self.scales = {m: ScaleRow(m, self.language) for m in SCALED}
        self.segment_box = widgets.VBox([])
        self.segment_box.add_class("kr-mining-segments")
        return [self.shape_choice, self.wide_box,
                *(row.widget for row in self.scales.values()), self.segment_box]

    # -- reading ------------------------------------------------------------------------

    def _uploaded(self) -> None:
        if not self.upload.value:
            return
        item = self.upload.value[0]
        self.upload_dir.mkdir(parents=True, exist_ok=True)
        target = self.upload_dir / Path(str(item["name"])).name
        target.write_bytes(bytes(item["content"]))
        self.path.value = self.chosen = str(target)

    def read(self, settings: SourceSettings | None = None) -> None:
        """Read the file's shape and show the mapping; `settings` fills in saved choices."""
        if settings is not None:
            self.saved = settings
            self.path.value = self.chosen = settings.file
            self.header_rows.value = settings.header_rows or 0
            self.delimiter.value = settings.delimiter if settings.delimiter in (
                ",", ";", "\t") else None
        if self.served and self.path.value != self.chosen:
            raise KlantreisError("mining.served_upload", self.language)
        self.loaded = open_file(self.path.value.strip(), language=self.language,
                                header_rows=self.header_rows.value or None,
                                delimiter=self.delimiter.value, progress=self.progress)
        raw = self.loaded.raw
        self.header_rows.value = raw.header_rows
        self.shape.value = esc(self.t("mining.shape", rows=grouped(raw.rows, self.language),
                                      columns=len(raw.columns), header_rows=raw.header_rows))
        self._offer_columns(self.saved if self.saved and self.saved.file == self.loaded.path
                            else None)
        self.mapping.layout.display = ""

    def _offer_columns(self, settings: SourceSettings | None) -> None:
        choices = [(self.t("ui.none"), NONE), *[(c, c) for c in self.loaded.columns]]
        self._filling = True  # the choices below are the saved ones, not the user's
        try:
            for role, dropdown in self.roles.items():
                wanted = settings.columns.get(role, NONE) if settings else NONE
                dropdown.options = choices
                dropdown.value = wanted if wanted in self.loaded.columns else NONE
            if settings:
                self.date_order.value = settings.date_order
            if self.kind == "survey":
                self._fill_survey(settings)
        finally:
            self._filling = False
        self._shape_chosen()

    def _fill_survey(self, settings: SourceSettings | None) -> None:
        self.wide_columns.options = list(self.loaded.columns)
        self.wide_columns.value = tuple(c for c in (settings.wide if settings else [])
                                        if c in self.loaded.columns)
        self.shape_choice.value = ("aggregated" if settings and settings.aggregated else
                                   "wide" if settings and settings.wide else "long")
        if settings:
            self.wide_metric.value = settings.wide_metric
            for metric, row in self.scales.items():
                row.fill(settings, metric)

    # -- the user's choices -------------------------------------------------------------

    def _shape(self) -> str:
        return self.shape_choice.value if self.kind == "survey" else "long"

    def _shape_chosen(self) -> None:
        """Offer the roles the shape has: a wide file's scores are its chosen columns, a
        report's rows have n and a standard deviation."""
        shape = self._shape()
        for role, dropdown in self.roles.items():
            hidden = (role in AGGREGATE_ROLES and shape != "aggregated") or \
                (role in METRICS and shape == "wide") or \
                (role in ("nps", "customer") and shape == "aggregated") or \
                (role == "label" and shape == "wide")
            dropdown.layout.display = "none" if hidden else ""
            if hidden and dropdown.value and not self._filling:
                dropdown.value = NONE
        if self.kind == "survey":
            self.wide_box.layout.display = "" if shape == "wide" else "none"
            self._show_scales()
        self._show_labels()

    def _role_chosen(self, role: str) -> None:
        if self._filling:
            return
        if role in SCALED and self.roles[role].value:
            self.scales[role].observed(observe(self.loaded, self.roles[role].value))
        if self.kind == "survey":
            self._show_scales()
        if role in ("label", "event"):
            self._show_labels()
        if role == "segment":
            self._show_segments()

    def _wide_chosen(self) -> None:
        if self._filling or not self.loaded:
            return
        columns = list(self.wide_columns.value)
        if columns:
            self.scales[self.wide_metric.value].observed(
                _observed_all(self.loaded, columns))
        self._show_scales()
        self._show_labels()

    def _show_scales(self) -> None:
        used = set(self._score_metrics())
        for metric, row in self.scales.items():
            row.widget.layout.display = "" if metric in used else "none"
            row.percent(self._shape() == "aggregated" and metric == "csat")

    def _score_metrics(self) -> list[str]:
        if self._shape() == "wide":
            return [self.wide_metric.value] if self.wide_columns.value else []
        return [m for m in SCALED if self.roles[m].value]

    def _label_role(self) -> str:
        return "label" if self.kind == "survey" else "event"

    def _show_labels(self) -> None:
        """The label mapper, for every distinct label (or, in a wide file, its columns)."""
        if not self.loaded:
            return
        counts = self._label_counts()
        rules = self.label_mapper.rules() or (self.saved.labels if self.saved else [])
        self.label_mapper.show(counts, self.journey().choices(), rules)

    def _label_counts(self) -> list[tuple[str, int]]:
        raw = self.loaded.raw
        if self._shape() == "wide":
            cells = [quote(raw.column_sql(c)) for c in self.wide_columns.value]
            if not cells:
                return []
            found = self.loaded.con.execute("SELECT " + ", ".join(
                f"count(nullif(trim({c}), ''))" for c in cells) +
                f" FROM {raw.table} WHERE rowid >= {raw.header_rows}").fetchone()
            return list(zip(self.wide_columns.value, found, strict=True))
        column = self.roles[self._label_role()].value
        if not column:
            return []
        na = ", ".join(literal(w) for w in NA_WORDS)  # no label: the check blanks them
        return self.loaded.con.execute(
            f"SELECT trim({quote(raw.column_sql(column))}) AS v, count(*) AS n FROM "
            f"{raw.table} WHERE rowid >= {raw.header_rows} AND v <> '' AND lower(v) NOT IN "
            f"({na}) GROUP BY v ORDER BY n DESC, v").fetchall()

    def _show_segments(self) -> None:
        """A persona picker per segment value, so a persona's journey is compared with its
        own customers."""
        column = self.roles["segment"].value if "segment" in self.roles else NONE
        if not column:
            self.segment_box.children = []
            return
        raw = self.loaded.raw
        values = self.loaded.con.execute(
            f"SELECT trim({quote(raw.column_sql(column))}) AS v, count(*) FROM {raw.table} "
            f"WHERE rowid >= {raw.header_rows} AND v <> '' GROUP BY v ORDER BY 2 DESC, v "
            f"LIMIT {MAX_SEGMENTS}").fetchall()
        tied = dict(self.saved.segments) if self.saved else {}
        personas = [(self.t("mining.no_persona"), NONE), *self.personas()]
        ids = {i for _, i in personas}
        self.segment_pickers = []
        for value, count in values:
            picker = widgets.Dropdown(options=personas, description=f"{value} ({count})",
                                      style={"description_width": "240px"}, layout=FORM)
            picker.value = tied.get(value, NONE) if tied.get(value, NONE) in ids else NONE
            picker.add_class("kr-mining-segment-persona")
            self.segment_pickers.append((value, picker))
        title = widgets.HTML(f"<b>{esc(self.t('mining.segment_personas'))}</b>")
        self.segment_box.children = [title, *(p for _, p in self.segment_pickers)]

    # -- applying -----------------------------------------------------------------------

    def settings(self) -> SourceSettings:
        if self.loaded is None:
            raise KlantreisError("mining.read_first", self.language)
        shape = self._shape()
        columns = {role: d.value for role, d in self.roles.items()
                   if d.value and d.layout.display != "none"}
        extra: dict[str, Any] = {}
        if self.kind == "survey":
            used = self._score_metrics()
            extra = {"wide": list(self.wide_columns.value) if shape == "wide" else [],
                     "wide_metric": self.wide_metric.value,
                     "aggregated": shape == "aggregated",
                     "segments": [(v, p.value) for v, p in self.segment_pickers if p.value],
                     **_scale_settings([self.scales[m] for m in used])}
        return self.loaded.settings(self.kind, columns=columns,
                                    labels=self.label_mapper.rules(),
                                    date_order=self.date_order.value, **extra)

    def apply(self) -> None:
        self.go_on = False
        self._apply()

    def apply_anyway(self) -> None:
        """Apply although much of the file is dropped: the user has read why."""
        self.go_on = True
        try:
            self._apply()
        finally:
            self.go_on = False

    def _apply(self) -> None:
        settings = self.settings()
        settings.check(self.language)
        try:
            self.applied(self.loaded, settings)
        except KlantreisError as error:
            self.anyway_button.layout.display = "" if error.key == "mining.drop.stop" \
                else "none"
            raise
        self.anyway_button.layout.display = "none"
        self.saved = settings


class ScaleRow:
    """One score's scale: lowest and highest answer, which end is best and (CSAT, CES) from
    which answer a customer counts as satisfied or the effort as easy; with the values the
    file holds and the scale they suggest."""

    def __init__(self, metric: str, language: str) -> None:
        self.metric, self.language = metric, language
        self.low = widgets.FloatText(value=1.0, description=t("mining.scale_low", language),
                                     layout=widgets.Layout(width="170px"))
        self.high = widgets.FloatText(value=10.0, description=t("mining.scale_high", language),
                                      layout=widgets.Layout(width="170px"))
        self.best = widgets.Dropdown(
            options=[(t("mining.best.high", language), "high"),
                     (t("mining.best.low", language), "low")],
            description=t("mining.best", language), layout=widgets.Layout(width="300px"))
        self.top_from = widgets.FloatText(value=4.0, description=t(
            "mining.top_from", language), layout=widgets.Layout(width="220px"))
        self.seen = widgets.HTML("")
        title = widgets.HTML(f"<b>{esc(label('mining.scale_of', metric, language))}</b>")
        controls = [self.low, self.high, self.best,
                    *([self.top_from] if metric in ("csat", "ces") else [])]
        self.widget = widgets.VBox([title, widgets.HBox(controls, layout=widgets.Layout(
            flex_flow="row wrap")), self.seen])
        self.widget.add_class(f"kr-mining-scale-{metric}")
        self.widget.layout.display = "none"
        self.scale_box = controls[0:2]

    def observed(self, seen: Any) -> None:
        """Show the values the file holds and take the scale they suggest."""
        guess = seen.guess()
        if guess is None:
            self.seen.value = esc(t("mining.seen_none", self.language))
            return
        digits = 1 if seen.decimals else 0
        self.low.value, self.high.value = guess
        self.top_from.value = _default_threshold(self.metric, guess)
        self.seen.value = esc(t(
            "mining.seen", self.language, low=number(seen.low, self.language, digits),
            high=number(seen.high, self.language, digits),
            guess=f"{number(guess[0], self.language, 0)}–{number(guess[1], self.language, 0)}"))

    def fill(self, settings: SourceSettings, metric: str) -> None:
        self.low.value, self.high.value = settings.scale(metric)
        self.best.value = settings.best.get(metric, "high")
        if metric in ("csat", "ces"):
            self.top_from.value = settings.threshold(metric)

    def percent(self, on: bool) -> None:
        """A report's CSAT is a percentage satisfied: no scale to ask for."""
        for control in (self.low, self.high, self.best, self.top_from):
            control.layout.display = "none" if on else ""


def _default_threshold(metric: str, scale: tuple[float, float]) -> float:
    return SourceSettings(scales={metric: scale}).threshold(metric) if metric in (
        "csat", "ces") else scale[1]


def _scale_settings(rows: list[ScaleRow]) -> dict[str, Any]:
    return {"scales": {r.metric: (r.low.value, r.high.value) for r in rows},
            "best": {r.metric: r.best.value for r in rows if r.best.value == "low"},
            "top_from": {r.metric: r.top_from.value for r in rows
                         if r.metric in ("csat", "ces")}}


def _observed_all(loaded: LoadedFile, columns: list[str]) -> Any:
    """The values of several columns seen as one: a wide file's columns share a scale."""
    seen = [observe(loaded, column) for column in columns]
    found = [s for s in seen if s.numbers]
    if not found:
        return seen[0]
    return type(found[0])(sum(s.numbers for s in found), min(s.low for s in found),
                          max(s.high for s in found), any(s.decimals for s in found),
                          sum(s.other for s in found), sum(s.blank for s in found))
