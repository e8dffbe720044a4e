"""The mining panel with files as people have them: it proposes a scale from the values
seen, reads a column per step and a report of averages, starts results at the journey's
persona's segment, and keeps a customer's comment as evidence."""

from __future__ import annotations

from pathlib import Path

from tests.ui.mining.test_ui_mining import HOSTILE, panel_for

from klantreis.core.store import Store


def _read(panel, tmp_path: Path, text: str):
    path = tmp_path / "survey.csv"
    path.write_text(text, encoding="utf-8")
    form = panel.survey.form
    form.path.value = str(path)
    form.read_button.click()
    assert form.feedback.widget.value == ""
    return form


def _steps(panel) -> dict[str, str]:
    steps = panel.workshop.frame("steps")
    journey = panel.state.journey_id
    phases = panel.workshop.frame("phases")
    ours = set(phases[phases["journey_id"] == journey]["id"])
    steps = steps[steps["phase_id"].isin(ours)]
    return dict(zip(steps["name"], steps["id"], strict=True))


def test_the_panel_proposes_the_scale_and_reads_decimals(sqlite_store: Store,
                                                         tmp_path: Path) -> None:
    panel = panel_for(sqlite_store, "hotel", language="nl")
    form = _read(panel, tmp_path, "stage;score\nx;-5\nx;2,5\nx;5\n")
    form.roles["score"].value = "score"
    row = form.scales["score"]
    assert row.widget.layout.display == ""
    assert (row.low.value, row.high.value) == (-5, 5)
    assert "van -5,0 tot 5,0" in row.seen.value and "Voorstel: -5–5" in row.seen.value
    form.apply_button.click()
    assert form.feedback.widget.value == ""
    assert panel.data.survey.report.kept == 3
    assert panel.data.survey.settings.scales == {"score": (-5.0, 5.0)}


def test_a_column_per_step_is_one_source(sqlite_store: Store, tmp_path: Path) -> None:
    panel = panel_for(sqlite_store, "hotel")
    steps = _steps(panel)
    first, second = list(steps)[:2]
    form = _read(panel, tmp_path, "id,A score,B score,comment\n1,4.5,3,fine\n2,2,N/A,"
                 f"{HOSTILE}\n3,5,1,ok\n")
    form.shape_choice.value = "wide"
    assert form.roles["nps"].layout.display == "none"
    form.wide_columns.value = ("A score", "B score")
    assert (form.scales["score"].low.value, form.scales["score"].high.value) == (1, 5)
    mapper = form.label_mapper
    assert set(mapper.pickers) == {"A score", "B score"}
    mapper.pickers["A score"].value = steps[first]
    mapper.pickers["B score"].value = steps[second]
    form.apply_button.click()
    assert form.feedback.widget.value == ""
    metrics = panel.data.survey.metrics(panel.data.journey_map(), by="step")
    assert metrics.set_index("group_name").loc[first, "n"] == 3
    assert metrics.set_index("group_name").loc[second, "n"] == 2


def test_a_report_of_averages_is_marked_and_says_what_it_lacks(sqlite_store: Store,
                                                               tmp_path: Path) -> None:
    panel = panel_for(sqlite_store, "hotel", language="nl")
    steps = _steps(panel)
    first = next(iter(steps))
    form = _read(panel, tmp_path, "service,mean,n\nA,4.2,30\nA,3.8,10\n")
    form.shape_choice.value = "aggregated"
    assert form.roles["n"].layout.display == "" and form.roles["nps"].layout.display == "none"
    form.roles["label"].value = "service"
    form.roles["score"].value = "mean"
    form.roles["n"].value = "n"
    form.scales["score"].low.value, form.scales["score"].high.value = 0, 5
    form.label_mapper.pickers["A"].value = steps[first]
    form.apply_button.click()
    assert form.feedback.widget.value == ""
    table = panel.results.metrics_html.value
    assert "4,1" in table and "geen interval: geen standaardafwijking" in table
    assert "Uit een rapport met gemiddelden" in table
    assert _kept(panel)["aggregated"].all()
    subtitle = " ".join(panel.results.comparison.spec["title"]["subtitle"])
    assert "Uit een rapport met gemiddelden, gewogen naar n." in subtitle


def test_results_start_at_the_personas_segment_and_comments_become_evidence(
        sqlite_store: Store, tmp_path: Path) -> None:
    panel = panel_for(sqlite_store, "hotel")
    steps = _steps(panel)
    first = next(iter(steps))
    persona = panel.data.journey_persona()
    form = _read(panel, tmp_path, "stage,nps,type,comment\n"
                 "a,2,Business,Slow\na,9,Business,Great\na,4,Leisure,"
                 f"{HOSTILE}\na,10,Leisure,\n")
    form.roles["label"].value = "stage"
    form.roles["nps"].value = "nps"
    form.roles["text"].value = "comment"
    form.roles["segment"].value = "type"
    pickers = dict(form.segment_pickers)
    assert set(pickers) == {"Business", "Leisure"}
    pickers["Business"].value = persona
    form.label_mapper.pickers["a"].value = steps[first]
    form.apply_button.click()
    assert form.feedback.widget.value == ""
    results = panel.results
    assert results.segment.value == ("Business",)  # the journey's persona's customers
    assert results.metric.value == "nps"  # the metric shown is the one the picker says
    scores = panel.data.survey.step_scores(panel.data.journey_map(), "nps", ["Business"])
    assert int(scores.set_index("step_name").loc[first, "n"]) == 2
    assert set(_kept(panel)["segment"]) == {"Business"}
    results.segment.value = ()  # all customers
    assert set(_kept(panel)["segment"]) == {""}
    comments = results.comments
    comments.step.value = steps[first]
    html = " ".join(w.value for w in _walk(comments.list) if isinstance(
        getattr(w, "value", None), str))
    assert HOSTILE not in html and "Slow" in html
    assert html.index("Slow") < html.index("Great")
    before = len(panel.workshop.frame("evidence"))
    keep = next(w for w in _walk(comments.widget)
                if "kr-mining-keep-comment" in getattr(w, "_dom_classes", ()))
    keep.click()
    evidence = panel.workshop.frame("evidence")
    assert len(evidence) == before + 1
    added = evidence.iloc[-1]
    assert (added["source"], added["step_id"], added["insight"]) == ("survey", steps[first],
                                                                     "Slow")


def _kept(panel):
    """The results kept for this test's file (the sample keeps its own survey's too)."""
    source = next(s["id"] for s in panel.workshop.sources("survey")
                  if s["name"] == "survey.csv")
    kept = panel.workshop.frame("source_results")
    return kept[kept["source_id"] == source]


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)
