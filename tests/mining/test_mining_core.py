"""Customer mining, checked against hand-computed numbers: intervals, metrics per step and
phase, before/after, dates, header rows, bad rows, malformed files and behaviour views."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from klantreis.core.errors import ImportFileError
from klantreis.core.store import Store
from klantreis.figures import belief_vs_data
from klantreis.mining import (
    EventData,
    JourneyMap,
    SourceSettings,
    SurveyData,
    cleaning,
    open_file,
    stats,
)
from klantreis.mining.reading import detect_header_rows, sniff_delimiter

# --------------------------------------------------------------------------- helpers


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def tiny_map(store: Store) -> tuple[JourneyMap, dict[str, str]]:
    """Two phases: Book (search, pay) and Stay (check in)."""
    w = store.create_workshop("Tiny", language="en")
    journey = w.add_journey(w.add_persona("Dana"))
    book, stay = w.add_phase(journey, "Book"), w.add_phase(journey, "Stay")
    ids = {"search": w.add_step(book, "Search"), "pay": w.add_step(book, "Pay"),
           "checkin": w.add_step(stay, "Check in"), "book": book, "stay": stay}
    return JourneyMap.of_workshop(w, journey), ids


SURVEY = """id,stage,nps,csat,ces,fcr,date
1,search,10,5,7,yes,2024-01-10
2,search,9,4,6,no,2024-01-11
3,search,6,2,2,yes,2024-02-01
4,Search ,8,3,4,,2024-02-02
5,pay,0,1,1,no,2024-02-03
6,pay,7,4,5,yes,2024-03-01
7,checkin,10,5,7,yes,2024-03-02
8,elsewhere,5,3,3,,2024-03-03
"""


def survey_settings(path: Path, ids: dict[str, str], **extra: object) -> SourceSettings:
    return SourceSettings(kind="survey", file=str(path), columns={
        "label": "stage", "nps": "nps", "csat": "csat", "ces": "ces", "fcr": "fcr",
        "date": "date"}, labels=[("search", ids["search"]), ("pay", ids["pay"]),
                                 ("check*", ids["stay"])], **extra)


# --------------------------------------------------------------------------- intervals


def test_wilson_interval_matches_the_textbook() -> None:
    e = stats.wilson(8, 10)
    assert (round(e.low, 4), round(e.high, 4)) == (0.4902, 0.9433)
    assert stats.wilson(0, 10).low == 0.0 and math.isnan(stats.wilson(0, 0).value)


def test_nps_and_its_interval() -> None:
    e = stats.nps(promoters=5, detractors=2, n=10)  # passives 3
    se = math.sqrt((0.5 + 0.2 - 0.3**2) / 10)
    assert e.value == pytest.approx(30)
    assert (e.low, e.high) == pytest.approx((100 * (0.3 - stats.Z95 * se),
                                             100 * (0.3 + stats.Z95 * se)))
    assert stats.nps(10, 0, 10).high == 100.0  # clipped


def test_mean_interval_uses_student_t() -> None:
    e, variance = stats.mean(5, 15.0, 55.0)  # 1, 2, 3, 4, 5
    assert variance == pytest.approx(2.5)
    assert (e.low, e.high) == pytest.approx((3 - 2.7764 * math.sqrt(0.5),
                                             3 + 2.7764 * math.sqrt(0.5)), abs=2e-3)
    assert stats.t_quantile(30) == pytest.approx(2.0423, abs=1e-3)


def test_changes_say_whether_they_are_beyond_noise() -> None:
    big = stats.share_change(20, 100, 45, 100)
    assert big.change == pytest.approx(0.25) and big.beyond_noise and big.test == "newcombe"
    assert not stats.share_change(20, 100, 24, 100).beyond_noise
    nps = stats.nps_change((10, 50, 100), (40, 20, 100))
    assert nps.change == pytest.approx(60) and nps.beyond_noise
    flat = stats.mean_change((4, 10.0, 30.0), (4, 10.0, 30.0))
    assert flat.change == 0 and not flat.beyond_noise and flat.test == "welch"


# --------------------------------------------------------------------------- metrics


def test_metrics_overall_per_step_and_per_phase(sqlite_store: Store, tmp_path: Path) -> None:
    journey, ids = tiny_map(sqlite_store)
    data = SurveyData.load(survey_settings(write(tmp_path / "s.csv", SURVEY), ids))
    assert data.report.rows == 8 and data.report.kept == 8 and data.report.problem_count == 0
    overall = data.metrics().set_index("measure")
    # NPS: promoters 10, 9, 10 (3), detractors 6, 0, 5 (3) of 8 -> 0.
    assert overall.loc["nps", "value"] == pytest.approx(0) and overall.loc["nps", "n"] == 8
    assert overall.loc["csat", "value"] == pytest.approx(100 * 4 / 8)  # 5, 4, 4, 5
    assert overall.loc["ces", "value"] == pytest.approx(35 / 8)
    assert overall.loc["ces_easy", "value"] == pytest.approx(100 * 4 / 8)  # 7, 6, 5, 7
    assert overall.loc["fcr", "value"] == pytest.approx(100 * 4 / 6)  # two blanks
    assert bool(overall.loc["nps", "few"])
    steps = data.metrics(journey, by="step")
    nps = steps[steps["measure"] == "nps"].set_index("group_name")["value"]
    # 'Search ' matches 'search' (case and spaces); search: 10, 9, 6, 8 -> (2 - 1) / 4.
    assert nps.to_dict() == pytest.approx({"Search": 25.0, "Pay": -50.0})
    phases = data.metrics(journey, by="phase")
    by_phase = phases[phases["measure"] == "nps"].set_index("group_name")
    assert list(by_phase.index) == ["Book", "Stay"]  # journey order
    assert by_phase.loc["Book", "n"] == 6 and by_phase.loc["Stay", "value"] == 100
    assert list(data.unmatched(journey)["label"]) == ["elsewhere"]


def test_one_metric_alone_gives_what_it_gives_beside_the_others(sqlite_store: Store,
                                                                tmp_path: Path) -> None:
    """One metric is counted with a plain grouping, several with one grouping set each:
    both ways give the same figures, per step and before/after."""
    journey, ids = tiny_map(sqlite_store)
    path = write(tmp_path / "s.csv", SURVEY)
    together = SurveyData.load(survey_settings(path, ids))
    for metric in ("nps", "csat", "ces", "fcr"):
        settings = survey_settings(path, ids)
        settings.columns = {k: v for k, v in settings.columns.items()
                            if k in ("label", "date", metric)}
        alone = SurveyData(together.con, settings, together.report)
        for got, all_of in ((alone.metrics(journey, by="phase"),
                             together.metrics(journey, by="phase")),
                            (alone.before_after("2024-02-03", journey, by="step"),
                             together.before_after("2024-02-03", journey, by="step"))):
            expected = all_of[all_of["measure"].str.startswith(metric)].reset_index(drop=True)
            assert len(got) and got.equals(expected)


def test_labels_are_stored_as_an_enum_unless_there_are_too_many(
        sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ENUM makes grouping by label cheaper; the figures are the same either way."""
    journey, ids = tiny_map(sqlite_store)
    settings = survey_settings(write(tmp_path / "s.csv", SURVEY), ids)
    found = []
    for limit in (cleaning.MAX_ENUM_LABELS, 3):
        monkeypatch.setattr(cleaning, "MAX_ENUM_LABELS", limit)
        data = SurveyData.load(settings)
        kind = data.con.execute("SELECT typeof(label) FROM survey_clean LIMIT 1").fetchone()[0]
        found.append((kind.split("(")[0], data.labels(), data.metrics(journey, by="step"),
                      data.before_after("2024-02-03", journey, by="phase")))
    (enum, *with_enum), (text, *with_text) = found
    assert (enum, text) == ("ENUM", "VARCHAR")
    assert with_enum[0]["label"].tolist() == ["search", "pay", "Search", "checkin",
                                              "elsewhere"]
    for a, b in zip(with_enum, with_text, strict=True):
        pd.testing.assert_frame_equal(a, b)


def test_step_scores_rescale_to_the_team_scale_and_rank_disagreement(
        sqlite_store: Store, tmp_path: Path) -> None:
    journey, ids = tiny_map(sqlite_store)
    data = SurveyData.load(survey_settings(write(tmp_path / "s.csv", SURVEY), ids))
    scores = data.step_scores(journey, "nps").set_index("step_name")
    assert scores.loc["Search", "score"] == pytest.approx(1 + 0.9 * 33 / 4)
    assert scores.loc["Check in", "n"] == 0  # mapped to the phase, not the step
    curve = pd.DataFrame({"step_id": [ids["search"], ids["pay"], ids["checkin"]],
                          "mean": [9.0, 4.0, 7.0], "n": [3, 3, 3]}).astype(
        {"mean": "Float64", "n": "Int64"})
    table = belief_vs_data(curve, data.step_scores(journey, "nps"))
    # Search: 1 + 0.9 × 8.25 = 8.425 against 9 (−0.575); Pay: 1 + 0.9 × 3.5 = 4.15 against 4.
    assert list(table["step_name"]) == ["Search", "Pay", "Check in"]
    assert list(table["rank"].astype("float").fillna(0)) == [1, 2, 0]
    assert table.loc[0, "difference"] == pytest.approx(8.425 - 9.0)
    assert table.loc[1, "difference"] == pytest.approx(0.15)


def test_csat_scale_can_have_its_best_end_low(sqlite_store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "fft.csv", "score\n1\n2\n3\n5\n")
    data = SurveyData.load(SourceSettings(file=str(path), columns={"csat": "score"},
                                          best={"csat": "low"}))
    assert data.metrics().set_index("measure").loc["csat", "value"] == 50


def test_before_and_after_a_go_live(sqlite_store: Store, tmp_path: Path) -> None:
    _, ids = tiny_map(sqlite_store)
    data = SurveyData.load(survey_settings(write(tmp_path / "s.csv", SURVEY), ids))
    result = data.before_after("2024-02-03").set_index("measure")
    # before: rows 1-4 (10, 9, 6, 8): NPS 25; after: 0, 7, 10, 5: NPS -25.
    assert result.loc["nps", ["n_before", "n_after"]].tolist() == [4, 4]
    assert result.loc["nps", "change"] == pytest.approx(-50)
    assert not result.loc["nps", "beyond_noise"]
    assert result.loc["fcr", "test"] == "newcombe"


# --------------------------------------------------------------------------- reading


def test_several_header_rows_semicolons_bom_and_dutch_dates(tmp_path: Path) -> None:
    text = ("ResponseId;Date;Q1\n"
            "Response ID;Datum;Hoe waarschijnlijk (0-10)?\n"
            '{"ImportId":"r"};{"ImportId":"d"};{"ImportId":"q1"}\n'
            "R1;17-10-2024;9\nR2;05-06-2024;3\nR3;1-2-2024;10\n")
    path = write(tmp_path / "q.csv", text, encoding="utf-8-sig")
    data = SurveyData.load({"kind": "survey", "file": str(path), "columns": {
        "date": 'Date / Datum / {"ImportId":"d"}',
        "nps": 'Q1 / Hoe waarschijnlijk (0-10)? / {"ImportId":"q1"}'}})
    assert data.report.kept == 3
    assert data.report.notes[0][0] == "mining.note.date_order_dmy"
    dates = data.con.execute("SELECT date FROM survey_clean ORDER BY _row").fetchall()
    assert [d[0].date().isoformat() for d in dates] == ["2024-10-17", "2024-06-05",
                                                        "2024-02-01"]


def test_header_rows_and_delimiters_are_detected() -> None:
    rows = [("Q1", "Q2"), ("How likely?", "Why?"), *[(str(i), "x") for i in range(20)]]
    assert detect_header_rows(rows) == 2
    assert detect_header_rows([("a", "b"), *[("1", "2")] * 5]) == 1
    assert sniff_delimiter(["a;b;c", "1;2,5;3"]) == ";"
    assert sniff_delimiter(['a,b', '"x;y",2']) == ","


def test_ambiguous_dates_are_reported_not_guessed(tmp_path: Path) -> None:
    text = "d,s\n17/10/2021,1\n10/17/2021,2\n05/06/2021,3\n2021-06-05,4\n31/02/2021,5\n"
    path = write(tmp_path / "d.csv", text)
    auto = SurveyData.load(SourceSettings(file=str(path), columns={"date": "d", "csat": "s"}))
    problems = auto.report.problems()
    assert problems[["row", "problem"]].values.tolist() == [[4, "date_ambiguous"],
                                                            [6, "date_unreadable"]]
    assert auto.report.notes[0][0] == "mining.note.date_mixed"
    stated = SurveyData.load(SourceSettings(file=str(path), date_order="dmy",
                                            columns={"date": "d", "csat": "s"}))
    found = stated.report.problems()[["row", "problem", "detail"]].values.tolist()
    assert found == [[3, "date_order", "dd/mm/yyyy"], [6, "date_unreadable", "dd/mm/yyyy"]]


def test_duplicates_are_found_among_dates_read_in_the_proven_order(tmp_path: Path) -> None:
    """05/06 fits both orders; once 17/10 proves d/m/y, an answer dated 05/06/2021 is the
    same as one dated 2021-06-05, and one dated 06/05 is not."""
    text = "c,d,s\na,17/10/2021,1\nb,2021-06-05,3\nb,05/06/2021,3\nb,06/05/2021,3\n"
    data = SurveyData.load(SourceSettings(file=str(write(tmp_path / "d.csv", text)),
                                          columns={"customer": "c", "date": "d", "csat": "s"}))
    problems = data.report.problems()
    assert problems[["row", "problem", "detail"]].values.tolist() == [[4, "duplicate", "3"]]
    kept = data.con.execute("SELECT _row, strftime(date, '%Y-%m-%d') FROM survey_clean "
                            "ORDER BY _row").fetchall()
    assert kept == [(2, "2021-10-17"), (3, "2021-06-05"), (5, "2021-05-06")]


def test_bad_values_are_counted_and_explained(tmp_path: Path) -> None:
    text = "cust,nps,fcr,day\na,11,yes,2024-01-01\n,9,no,2024-01-01\nb,x,ja,2024-01-02\n" \
           "c,7.5,maybe,2024-01-03\nd,8,no,2024-01-04\nd,8,no,2024-01-04\n"
    path = write(tmp_path / "bad.csv", text)
    data = SurveyData.load(SourceSettings(file=str(path), columns={
        "customer": "cust", "nps": "nps", "fcr": "fcr", "date": "day"}))
    problems = data.report.problems()
    assert problems[["row", "column", "problem"]].values.tolist() == [
        [2, "nps", "out_of_range"], [3, "cust", "missing"], [4, "nps", "not_number"],
        [5, "fcr", "not_yes_no"], [5, "nps", "not_whole"], [7, "", "duplicate"]]
    assert data.report.kept == 1 and data.report.skipped == 5
    why = data.report.explained("nl")["why"].tolist()
    assert why[0] == "11 ligt buiten de schaal 0–10"
    assert "rij 6" in why[-1]
    assert data.report.sentences("en")[0] == "6 rows read, 1 used, 5 not used."


def test_an_opened_file_can_be_mapped_again(tmp_path: Path) -> None:
    """The panel's way: read once, check, change the mapping, check again."""
    text = "cust,nps\na,9\na,9\nb,x\n"
    loaded = open_file(write(tmp_path / "again.csv", text))
    counts = []
    for columns in ({"nps": "nps"}, {"customer": "cust", "nps": "nps"}, {"nps": "nps"}):
        settings = loaded.settings("survey", columns=columns)
        data = SurveyData.from_file(loaded, settings)
        rows = data.con.execute("SELECT _row FROM survey_clean ORDER BY _row").fetchall()
        counts.append((data.report.kept, data.report.problem_count, [r[0] for r in rows]))
    assert counts == [(2, 1, [2, 3]), (1, 2, [2]), (2, 1, [2, 3])]  # row 3 repeats row 2


@pytest.mark.parametrize(("name", "content", "key"), [
    ("empty.csv", "", "mining.error.empty"),
    ("header.csv", "a,b\n", "mining.error.no_rows"),
    ("quote.csv", 'a,b\n1,"2\n3,4\n', "mining.error.csv_quote"),
    ("fields.csv", "a,b\n1,2\n3,4,5\n", "mining.error.csv_fields"),
    ("garbage.xlsx", "this is not a zip file", "mining.error.excel"),
])
def test_malformed_files_give_a_clear_error_and_nothing(tmp_path: Path, name: str,
                                                        content: str, key: str) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(ImportFileError) as caught:
        SurveyData.load(SourceSettings(file=str(path), columns={"nps": "a"}))
    assert caught.value.problem_key == key
    assert str(caught.value).startswith(name)


def test_a_big_file_is_checked_as_read_from_disk(tmp_path: Path) -> None:
    """`load` keeps only the first rows in the engine and reads the file in the check:
    row numbers count records (a quoted line break is one record), errors beyond the
    first rows still refuse the file, and progress rises through both stages to 1."""
    body = [f"c{i},{i % 11},2024-01-{1 + i % 28:02d}" for i in range(500)]
    body[300] = 'c300,"9\n",2024-01-01'  # one record over two lines
    body[400] = "c400,12,2024-01-01"
    path = write(tmp_path / "big.csv", "cust,nps,day\n" + "\n".join(body) + "\n")
    seen: list[tuple[float, str]] = []
    data = SurveyData.load(SourceSettings(file=str(path), columns={
        "customer": "cust", "nps": "nps", "date": "day"}),
        progress=lambda done, stage: seen.append((done, stage)))
    problems = data.report.problems()[["row", "value", "problem"]].values.tolist()
    assert problems == [[402, "12", "out_of_range"]]  # line 403: record 301 took two
    assert data.report.rows == 500 and data.report.kept == 499
    fractions = [done for done, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert {stage for _, stage in seen} == {"read", "check"}
    broken = write(tmp_path / "broken.csv", "a,b\n" + "1,2\n" * 400 + "3,4,5\n")
    with pytest.raises(ImportFileError) as caught:
        SurveyData.load(SourceSettings(file=str(broken), columns={"nps": "a"}))
    assert caught.value.problem_key == "mining.error.csv_fields"


@pytest.mark.parametrize("change", [3, 450])
def test_mixed_line_endings_are_named_with_their_line(tmp_path: Path, change: int) -> None:
    """Windows line ends up to line `change`, Unix ones after: refused with that line, in
    the first records (read when the file is opened) and beyond them (read by the check)."""
    lines = ["a,b", *(f"{i},{i % 10}" for i in range(500))]
    text = "".join(line + ("\r\n" if n < change else "\n") for n, line in enumerate(lines, 1))
    path = tmp_path / "mixed.csv"
    path.write_bytes(text.encode())
    for language, word in (("en", "Windows"), ("nl", "regeleinde")):
        with pytest.raises(ImportFileError) as caught:
            SurveyData.load(SourceSettings(file=str(path), columns={"nps": "b"}),
                            language=language)
        assert (caught.value.problem_key, caught.value.row) == ("mining.error.csv_newlines",
                                                                change)
        assert word in str(caught.value)


def test_a_wrong_delimiter_is_named_in_the_error(tmp_path: Path) -> None:
    path = write(tmp_path / "semi.csv", "a;b\n1;2\n")
    with pytest.raises(ImportFileError) as caught:
        SurveyData.load(SourceSettings(file=str(path), delimiter=",", columns={"nps": "a"}))
    assert caught.value.problem_key == "mining.error.one_column"
    assert "delimiter" in str(caught.value)


def test_excel_surveys_are_read(tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["when", "score"])
    sheet.append([dt.datetime(2024, 3, 5, 10, 30), 9])
    sheet.append([dt.datetime(2024, 3, 6), 12])
    book.save(tmp_path / "s.xlsx")
    data = SurveyData.load(SourceSettings(file=str(tmp_path / "s.xlsx"),
                                          columns={"date": "when", "nps": "score"}))
    assert data.report.kept == 1
    assert data.report.problems()[["row", "problem"]].values.tolist() == [[3, "out_of_range"]]


# --------------------------------------------------------------------------- real files

SHARED = Path(__file__).parents[3] / "shared" / "data"
NHS = SHARED / "nhs_feedback" / "v6framework_230831.csv"
RETAIL = SHARED / "online_retail"
needs_shared = pytest.mark.skipif(not NHS.exists(), reason="shared/data is not beside the repo")


@needs_shared
def test_nhs_feedback_reports_codes_6_and_7_and_unreadable_dates() -> None:
    data = SurveyData.load(SourceSettings(file=str(NHS), best={"csat": "low"}, columns={
        "csat": "FFT categorical answer", "date": "Date", "label": "Service type 1",
        "text": "FFT answer"}))
    problems = data.report.problems()
    raw = pd.read_csv(NHS, dtype=str)
    off_scale = raw.index[raw["FFT categorical answer"].isin(["6", "7"])] + 2
    found = problems[problems["problem"] == "out_of_range"]
    assert sorted(found["row"]) == sorted(off_scale)  # 24 sixes and 416 sevens
    assert set(found["value"]) == {"6", "7"} and len(found) == 440
    dates = problems[problems["column"] == "Date"]
    assert set(dates["problem"]) == {"date_ambiguous"} and len(dates) > 2000
    assert raw.loc[dates["row"].iloc[0] - 2, "Date"] == dates["value"].iloc[0]
    assert data.report.kept + data.report.skipped == 7908
    stated = SurveyData.load(data.settings.with_changes(date_order="dmy"))
    wrong = stated.report.problems().query("column == 'Date'")
    assert set(wrong["problem"]) == {"date_order"} and len(wrong) == 289  # e.g. 10/17/2021


@needs_shared
def test_online_retail_events_with_bom_us_dates_cancellations_and_missing_ids(
        sqlite_store: Store) -> None:
    journey, ids = tiny_map(sqlite_store)
    rules = [("C*", ids["checkin"]), ("*", ids["pay"])]  # cancellations / orders
    sources = [SourceSettings(kind="events", file=str(RETAIL / f"{name}.csv"), labels=rules,
                              columns={"customer": "CustomerID", "time": "InvoiceDate",
                                       "event": "InvoiceNo"})
               for name in ("germany", "france")]
    data = EventData.load(sources)
    assert [n[0] for n in data.report.notes] == ["mining.note.date_order_mdy"] * 2
    summary = data.report.summary().set_index(["file", "problem"])["count"]
    assert summary[("france.csv", "missing")] == 66  # rows without a CustomerID
    assert summary[("germany.csv", "duplicate")] > 0  # order lines of one invoice
    first = data.con.execute("SELECT min(time), max(time) FROM events").fetchone()
    assert first[0].isoformat() == "2010-12-01T08:45:00"
    assert first[1].date().isoformat() == "2011-12-09"
    result = data.behaviour(journey)
    reach = result.reach.set_index("step_name")["customers"]
    cancelled = data.con.execute("SELECT count(DISTINCT customer) FROM events "
                                 "WHERE event LIKE 'C%'").fetchone()[0]
    assert reach["Check in"] == cancelled > 0 and reach["Pay"] > reach["Check in"]
    assert result.unmatched.empty and list(result.unseen["step_name"]) == ["Search"]


# --------------------------------------------------------------------------- behaviour

WEB = """customer,when,what
a,2024-01-01 10:00,visit
a,2024-01-01 12:00,buy
b,2024-01-02 09:00,visit
b,2024-01-03 09:00,newsletter
c,2024-01-05 08:00,visit
c,2024-01-05 14:00,buy
"""
CRM = """klant;moment;gebeurtenis
a;02-01-2024 10:00;incheck
c;13-01-2024 08:00;incheck
d;13-01-2024 08:00;incheck
"""


def test_behaviour_funnel_times_paths_and_gaps(sqlite_store: Store, tmp_path: Path) -> None:
    journey, ids = tiny_map(sqlite_store)
    web = SourceSettings(kind="events", file=str(write(tmp_path / "web.csv", WEB)),
                         columns={"customer": "customer", "time": "when", "event": "what"},
                         labels=[("visit", ids["search"]), ("buy", ids["pay"])])
    crm = SourceSettings(kind="events", file=str(write(tmp_path / "crm.csv", CRM)),
                         columns={"customer": "klant", "time": "moment",
                                  "event": "gebeurtenis"}, labels=[("incheck", ids["checkin"])])
    result = EventData.load([web, crm]).behaviour(journey)
    assert result.customers == 4
    reach = result.reach.set_index("step_name")
    assert reach["customers"].to_dict() == {"Search": 3, "Pay": 2, "Check in": 3}
    assert reach["last_here"].to_dict() == {"Search": 1, "Pay": 0, "Check in": 3}
    funnel = result.funnel.set_index("phase_name")
    assert funnel["customers"].to_dict() == {"Book": 3, "Stay": 3}
    assert funnel.loc["Stay", "conversion"] == pytest.approx(2 / 3)  # a and c go on
    times = result.times.set_index("from_step")
    assert times.loc["Search", "median_hours"] == pytest.approx(4)  # 2 h and 6 h
    assert times.loc["Pay", "median_hours"] == pytest.approx((22 + 186) / 2)
    paths = result.paths.set_index("path")["customers"]
    assert paths["Search → Pay → Check in"] == 2 and paths["Search"] == 1
    assert result.unmatched[["event", "customers"]].values.tolist() == [["newsletter", 1]]
    assert result.unseen.empty


def test_events_need_their_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "e.csv", WEB)
    with pytest.raises(ImportFileError) as caught:
        EventData.load([SourceSettings(kind="events", file=str(path),
                                       columns={"customer": "customer", "event": "what"})])
    assert caught.value.problem_key == "mining.error.role_missing"
