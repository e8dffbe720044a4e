"""One data source in the mining panel: choose a file, read it (with a progress bar), say
which column is what, map the data's labels to steps, and apply.

The same form serves survey and event files (`kind`); only the roles offered differ. Reading
and checking happen in `klantreis.mining`; this form only collects choices and shows them.

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
from ...i18n import label, t
from ...mining import JourneyMap, LoadedFile, SourceSettings, open_file
from ...mining.engine import quote
from ...mining.settings import DATE_ORDERS, ROLES
from ..kit import Feedback, esc, form_layout

FORM = form_layout()  # shared by controls that are never hidden
NONE = ""
MAX_LABELS = 40
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
                 served: bool = False) -> None:
        self.kind, self.language, self.upload_dir = kind, language, upload_dir
        self.journey, self.applied, self.served = journey, applied, served
        self.chosen: str | None = None  # the file an upload or saved settings named
        self.loaded: LoadedFile | None = None
        self.pickers: list[tuple[str, widgets.Dropdown]] = []
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
                                             layout=FORM)
                      for role in ROLES[self.kind]}
        for role, dropdown in self.roles.items():
            dropdown.add_class(f"kr-mining-role-{role}")
            if role in ("label", "event"):
                dropdown.observe(lambda _: self.feedback.guard(self._show_labels)(),
                                 names="value")
        self.date_order = widgets.Dropdown(
            options=[(label("mining.date_order", o, self.language), o) for o in DATE_ORDERS],
            description=self.t("mining.date_order"), style={"description_width": "180px"})
        self.csat_best = widgets.Dropdown(
            options=[(self.t("mining.csat_best.high"), "high"),
                     (self.t("mining.csat_best.low"), "low")],
            description=self.t("mining.csat_best"), style={"description_width": "180px"})
        self.labels = widgets.VBox([])
        self.labels.add_class("kr-mining-labels")
        self.apply_button = widgets.Button(description=self.t("mining.apply"),
                                           button_style="success")
        self.apply_button.add_class("kr-mining-apply")
        self.apply_button.on_click(lambda _: self._run(self.apply))
        extra = [self.csat_best] if self.kind == "survey" else []
        self.mapping = widgets.VBox([widgets.HTML(f"<b>{esc(self.t('mining.columns'))}</b>"),
                                     *self.roles.values(), self.date_order, *extra,
                                     self.labels, self.apply_button])
        self.mapping.layout.display = "none"
        return [self.mapping, self.feedback.widget]

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
        self.shape.value = esc(self.t("mining.shape", rows=raw.rows, columns=len(raw.columns),
                                      header_rows=raw.header_rows))
        self._offer_columns(self.saved if self.saved and self.saved.file == self.loaded.path
                            else None)
        self.mapping.layout.display = ""

    def _offer_columns(self, settings: SourceSettings | None) -> None:
        choices = [(self.t("ui.none"), NONE), *[(c, c) for c in self.loaded.columns]]
        for role, dropdown in self.roles.items():
            wanted = settings.columns.get(role, NONE) if settings else NONE
            dropdown.options = choices
            dropdown.value = wanted if wanted in self.loaded.columns else NONE
        if settings:
            self.date_order.value = settings.date_order
            self.csat_best.value = settings.csat_best
        self._show_labels()

    def _label_role(self) -> str:
        return "label" if self.kind == "survey" else "event"

    def _show_labels(self) -> None:
        """A step picker for each distinct label of the label column (most frequent first)."""
        column = self.roles[self._label_role()].value if self.loaded else NONE
        if not column:
            self.labels.children, self.pickers = [], []
            return
        raw = self.loaded.raw
        values = self.loaded.con.execute(
            f"SELECT trim({quote(raw.column_sql(column))}) AS v, count(*) AS n FROM "
            f"{raw.table} WHERE rowid >= {raw.header_rows} AND v <> '' GROUP BY v "
            f"ORDER BY n DESC, v LIMIT {MAX_LABELS}").fetchall()
        rules = dict(self.saved.labels) if self.saved else {}
        targets = [(self.t("mining.not_on_map"), NONE), *self.journey().choices()]
        ids = {value for _, value in targets}
        pickers = []
        for value, count in values:
            picker = widgets.Dropdown(options=targets, layout=FORM,
                                      description=f"{value} ({count})",
                                      style={"description_width": "240px"})
            picker.value = rules.get(value, NONE) if rules.get(value, NONE) in ids else NONE
            picker.add_class("kr-mining-label")
            pickers.append((value, picker))
        self.pickers = pickers
        title = widgets.HTML(f"<b>{esc(self.t('mining.labels'))}</b>")
        self.labels.children = [title, *(p for _, p in pickers)]

    # -- applying -----------------------------------------------------------------------

    def settings(self) -> SourceSettings:
        if self.loaded is None:
            raise KlantreisError("mining.read_first", self.language)
        columns = {role: d.value for role, d in self.roles.items() if d.value}
        labels = [(label, p.value) for label, p in self.pickers if p.value]
        kept = [(a, b) for a, b in (self.saved.labels if self.saved else [])
                if "*" in a or "?" in a]  # saved patterns have no picker: keep them
        return self.loaded.settings(self.kind, columns=columns, labels=labels + kept,
                                    date_order=self.date_order.value,
                                    csat_best=self.csat_best.value)

    def apply(self) -> None:
        settings = self.settings()
        self.applied(self.loaded, settings)
        self.saved = settings
