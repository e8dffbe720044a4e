"""The mining panel, driven as a user would: load the example data, read a file, map it,
apply, compare before/after; metrics, chart specs and the problems report show up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import ipywidgets as widgets
import pytest

from klantreis.core.store import Store
from klantreis.samples import build_sample
from klantreis.ui.mining.panel import SECTIONS, MiningPanel
from klantreis.ui.session import Session

HOSTILE = '<script>alert("x")</script>'


def panel_for(store: Store, key: str = "hotel", role: str = "facilitator",
              language: str = "en") -> MiningPanel:
    workshop = build_sample(store, key)
    return MiningPanel(Session(store, workshop, role, None, language))


def no_errors(panel: MiningPanel) -> bool:
    """No error line on the page or in any of its sections."""
    return panel.feedback.widget.value == "" and all(
        section.feedback.widget.value == "" for section in panel.sections)


def texts(chart_spec: dict) -> str:
    return str(chart_spec)


def test_example_data_fills_every_view(sqlite_store: Store) -> None:
    panel = panel_for(sqlite_store, "hotel")
    panel.use_example()
    assert no_errors(panel)
    assert "kr-mining-metrics" in panel.results.metrics_html.value
    spec = panel.results.comparison.spec
    assert spec and "Check in at the front desk" in texts(spec)
    assert "rescaled linearly to 1–10" in " ".join(spec["title"]["subtitle"])
    belief = panel.results.belief.value  # the biggest disagreement comes first
    assert belief.index("Check in at the front desk") < belief.index("Early grab-and-go")
    assert "kr-mining-reach" in panel.behaviour.behaviour_html.value
    assert "newsletter_signup" in panel.behaviour.behaviour_html.value  # a touchpoint the map lacks
    assert panel.behaviour.funnel.spec
    assert "kr-mining-problems" in panel.problems.report.value
    saved = {s["name"] for s in panel.workshop.sources()}
    assert saved == {"hotel_survey_synthetic.csv", "hotel_web_events_synthetic.csv",
                     "hotel_crm_events_synthetic.csv"}
    panel.change.show_change()
    assert "kr-mining-change" in panel.change.change_html.value
    assert panel.accordion.selected_index == SECTIONS.index("results")


def test_reading_mapping_and_applying_a_file(sqlite_store: Store, tmp_path: Path) -> None:
    panel = panel_for(sqlite_store, "fridge")
    steps = panel.workshop.frame("steps").set_index("name")["id"]
    priya = next(value for label, value in panel.picker.dropdown.options
                 if label.startswith("Priya"))
    panel.picker.dropdown.value = priya  # the fridge workshop has two journeys
    path = tmp_path / "survey.csv"
    path.write_text("who;stage;score;when\n"
                    f"a;checkout;2;01-02-2024\nb;checkout;3;13-02-2024\nc;{HOSTILE};12;x\n"
                    f"d;install;10;14-02-2024\ne;{HOSTILE};7;15-02-2024\n", encoding="utf-8-sig")
    form = panel.survey.form
    form.path.value = str(path)
    form.read_button.click()
    assert form.feedback.widget.value == "" and form.loaded.raw.delimiter == ";"
    assert form.progress.bar.value == pytest.approx(0.6)  # read; checking comes on apply
    form.roles["nps"].value = "score"
    form.roles["date"].value = "when"
    form.roles["label"].value = "stage"
    pickers = dict(form.label_mapper.pickers)
    assert set(pickers) == {"checkout", HOSTILE, "install"}
    pickers["checkout"].value = steps["Choose a delivery slot at checkout"]
    pickers["install"].value = steps["Delivery and installation"]
    form.apply_button.click()  # one row in five would go: it stops and says why
    stopped = form.feedback.widget.value
    assert "Not applied: 20% of the 5 rows would be dropped." in stopped
    assert "1 answers in &#x27;score&#x27; are outside 0–10" in stopped
    assert not any(s["name"] == "survey.csv" for s in panel.workshop.sources("survey"))
    assert form.anyway_button.layout.display == ""
    form.anyway_button.click()  # the user has read why, and goes on
    assert form.feedback.widget.value == "" and form.anyway_button.layout.display == "none"
    assert panel.data.survey.report.kept == 4 and form.progress.bar.value == pytest.approx(1.0)
    lost = panel.results.unmatched_labels.value  # a label nobody mapped, shown as text
    assert HOSTILE not in lost and "&lt;script&gt;" in lost
    assert "outside the scale 0–10" in panel.problems.report.value
    assert panel.results.metric.options == (("Net Promoter Score", "nps"),)
    assert "Choose a delivery slot at checkout" in texts(panel.results.comparison.spec)
    source = next(s for s in panel.workshop.sources("survey") if s["name"] == "survey.csv")
    assert source["settings"]["columns"] == {"nps": "score", "date": "when", "label": "stage"}
    kept = panel.workshop.frame("source_results")
    kept = kept[kept["source_id"] == source["id"]].set_index("step_id")
    assert set(kept["journey_id"]) == {priya}  # what the results section shows, kept
    checkout = kept.loc[steps["Choose a delivery slot at checkout"]]
    assert (checkout["metric"], checkout["n"], checkout["value"]) == ("nps", 2, -100.0)
    assert (checkout["worst"], checkout["best"]) == (0, 10)


def test_the_results_shown_are_kept_and_follow_the_chosen_metric(sqlite_store: Store) -> None:
    panel = panel_for(sqlite_store, "hotel")
    workshop = panel.workshop
    panel.use_example()
    source = workshop.sources("survey")[0]["id"]
    kept = workshop.frame("source_results")
    assert set(kept["source_id"]) == {source} and set(kept["metric"]) == {"nps"}
    step = kept.dropna(subset=["step_id"]).iloc[0]
    scores = panel.data.survey.step_scores(panel.data.journey_map(), "nps").set_index("step_id")
    assert step["score"] == pytest.approx(scores.loc[step["step_id"], "score"])
    revision = workshop.revision
    panel.results.by.value = "phase"  # the same metric shown another way: nothing new to keep
    assert workshop.revision == revision
    other = next(value for _, value in panel.results.metric.options if value != "nps")
    panel.results.metric.value = other
    assert set(workshop.frame("source_results")["metric"]) == {other}
    assert workshop.revision > revision


def test_errors_are_sentences_and_viewers_save_nothing(sqlite_store: Store,
                                                        tmp_path: Path) -> None:
    panel = panel_for(sqlite_store, "mountainbike", role="viewer", language="nl")
    revision = panel.workshop.revision
    panel.survey.form.path.value = str(tmp_path / "missing.csv")
    panel.survey.form.read_button.click()
    assert "bestaat niet" in panel.survey.form.feedback.widget.value
    panel.behaviour.analyse_button.click()
    assert panel.behaviour.feedback.key == "mining.no_event_sources"
    assert "gebeurtenissen" in panel.behaviour.feedback.widget.value
    panel.use_example()
    assert panel.workshop.revision == revision  # a viewer looks but does not save
    assert "herschaald" in " ".join(panel.results.comparison.spec["title"]["subtitle"])


def test_the_panel_is_on_the_page_list() -> None:
    from klantreis.ui.page import PANELS

    assert PANELS["mining"] == ("klantreis.ui.mining.panel", "MiningPanel")
    assert isinstance(widgets.VBox(), widgets.Widget)


def test_a_served_page_reads_uploads_but_no_typed_server_path(
        sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Anyone with the link could type a path on the server; served, the form refuses it
    (even when a crafted message sets the disabled box) and reads uploads and samples."""
    monkeypatch.setenv("VOILA_KERNEL_ID", "test-kernel")
    panel = panel_for(sqlite_store, "hotel")
    form = panel.survey.form
    assert form.path.disabled and "Upload" in form.path.placeholder
    secret = tmp_path / "secret.csv"
    secret.write_text("name,password\nroot,hunter2\n", encoding="utf-8")
    form.path.value = str(secret)
    form.read_button.click()
    assert "Upload" in form.feedback.widget.value and form.loaded is None
    form.upload.value = ({"name": "../survey.csv", "type": "text/csv", "size": 20,
                          "content": memoryview(b"who,score\na,9\nb,3\n"),
                          "last_modified": dt.datetime(2026, 11, 1)},)
    form.read_button.click()
    assert form.feedback.widget.value == "" and form.loaded.columns == ["who", "score"]
    assert Path(form.loaded.path).parent.name == "uploads"  # kept there, under its own name
    panel.use_example()  # the sample data's own files
    assert no_errors(panel) and "kr-mining-metrics" in panel.results.metrics_html.value
