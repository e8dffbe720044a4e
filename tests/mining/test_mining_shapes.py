"""Customer data as people have it: decimal scores on any scale, a scale guessed from the
data, a stop when much would be dropped, segments, aggregated reports, wide files, NA-like
labels and blanks, comments as evidence; on synthetic files and on real public ones
(tests/data, each with its source and licence)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from tests.mining.test_mining_core import tiny_map, write

from klantreis.core.store import Store
from klantreis.mining import JourneyMap, SourceSettings, SurveyData, open_file, stats
from klantreis.mining.scales import DROP_LIMIT, drop_warning, dropped_share, observe

DATA = Path(__file__).resolve().parents[1] / "data"
HOSTILE = "<img src=x onerror=alert(1)>"

HOTELS = f"""hotel,score,traveller,review
Alpha,9.6,Business,Clean and quiet
Alpha,2.5,Leisure,"Dirty room, rude staff"
Alpha,7.1,Business,
Beta,10,Leisure,Perfect
Beta,5.4,Leisure,{HOSTILE}
Beta,8.8,Business,Good breakfast
Beta,NA,Business,No score given
"""


def hotel_settings(path: Path, ids: dict[str, str], **extra: object) -> SourceSettings:
    return SourceSettings(file=str(path), columns={
        "label": "hotel", "score": "score", "segment": "traveller", "text": "review"},
        labels=[("Alpha", ids["search"]), ("Beta", ids["pay"])], **extra)


@pytest.fixture
def hotels(sqlite_store: Store, tmp_path: Path) -> tuple[JourneyMap, dict[str, str], Path]:
    journey, ids = tiny_map(sqlite_store)
    return journey, ids, write(tmp_path / "hotels.csv", HOTELS)


# ------------------------------------------------------------------- decimals, any scale


def test_decimal_scores_on_their_own_scale_are_all_read(hotels) -> None:
    journey, ids, path = hotels
    data = SurveyData.load(hotel_settings(path, ids, scales={"score": (2.5, 10)}))
    assert data.report.skipped == 0
    metrics = data.metrics(journey, by="step").set_index("group_name")
    assert metrics.loc["Search", "value"] == pytest.approx((9.6 + 2.5 + 7.1) / 3)
    assert metrics.loc["Pay", "n"] == 3  # the NA score is no answer, not a bad one
    scores = data.step_scores(journey, "score").set_index("step_name")
    mean = (10 + 5.4 + 8.8) / 3
    assert scores.loc["Pay", "score"] == pytest.approx(1 + 9 * (mean - 2.5) / 7.5)
    blank = [p for k, p in data.report.notes if k == "mining.note.blank_scores"]
    assert blank == [{"column": "score", "file": "hotels.csv", "count": 1}]


def test_a_score_outside_its_scale_and_an_nps_with_decimals_are_reported(tmp_path) -> None:
    path = write(tmp_path / "s.csv", "nps,score\n9.5,4\n8,-5\n7,2\n")
    data = SurveyData.load(SourceSettings(file=str(path), columns={"nps": "nps",
                                                                   "score": "score"},
                                          scales={"score": (1, 5)}))
    problems = data.report.problems().set_index("column")["problem"].to_dict()
    assert problems == {"nps": "not_whole", "score": "out_of_range"}
    assert data.report.kept == 1
    assert "2,5" not in " ".join(data.report.sentences("nl"))  # no decimals made up


def test_scales_are_checked_and_old_settings_still_read() -> None:
    with pytest.raises(Exception, match="lowest answer"):
        SourceSettings(scales={"score": (5, 1)}).check()
    with pytest.raises(Exception, match="threshold"):
        SourceSettings(scales={"csat": (1, 5)}, top_from={"csat": 9}).check()
    old = SourceSettings.from_dict({"columns": {"csat": "q"}, "csat_scale": [1, 7],
                                    "csat_best": "low", "ces_easy_from": 4})
    assert old.scale("csat") == (1, 7) and old.ends("csat") == (7, 1)
    assert old.threshold("ces") == 4 and old.threshold("csat") == 2
    assert SourceSettings.from_dict(old.to_dict()) == old


def test_csat_counts_satisfied_from_the_users_threshold(tmp_path) -> None:
    path = write(tmp_path / "c.csv", "c\n6.5\n7\n8.2\n3\n")
    settings = SourceSettings(file=str(path), columns={"csat": "c"}, scales={"csat": (0, 10)},
                              top_from={"csat": 7})
    value = SurveyData.load(settings).metrics().set_index("measure").loc["csat", "value"]
    assert value == pytest.approx(50.0)


# ------------------------------------------------------------------- scale guess and stop


def test_the_scale_is_guessed_from_the_values_seen(tmp_path) -> None:
    path = write(tmp_path / "p.csv", "q\n-5\n0\n3\n5\n\nn/a\n")
    seen = observe(open_file(path), "q")
    assert (seen.numbers, seen.low, seen.high, seen.blank, seen.other) == (4, -5, 5, 1, 1)
    assert seen.guess() == (-5, 5)
    decimals = observe(open_file(write(tmp_path / "d.csv", 'q\n"2,5"\n10\n')), "q")
    assert decimals.decimals and decimals.guess() == (1, 10)


def test_applying_stops_with_the_main_cause_when_much_would_be_dropped(tmp_path) -> None:
    path = write(tmp_path / "p.csv", "q\n" + "\n".join(str(v) for v in range(-5, 6)) + "\n")
    loaded = open_file(path)
    settings = loaded.settings("survey", columns={"score": "q"}, scales={"score": (1, 5)})
    data = SurveyData.from_file(loaded, settings)
    assert dropped_share(data.report) == pytest.approx(6 / 11)
    assert dropped_share(data.report) > DROP_LIMIT
    english = drop_warning(data.report, loaded, "en")
    assert "6 answers in 'q' are outside 1–5" in english
    assert "run from -5 to 5: is the scale -5–5?" in english
    assert "55%" in english
    assert "zou wegvallen" in drop_warning(data.report, loaded, "nl")
    fits = loaded.settings("survey", columns={"score": "q"}, scales={"score": (-5, 5)})
    assert drop_warning(SurveyData.from_file(loaded, fits).report, loaded, "en") is None


# ------------------------------------------------------------------------------ segments


def test_metrics_split_by_segment_and_a_segment_tied_to_a_persona(hotels) -> None:
    journey, ids, path = hotels
    settings = hotel_settings(path, ids, scales={"score": (2.5, 10)},
                              segments=[("business", "persona-b")])
    data = SurveyData.load(settings)
    split = data.metrics(journey, by="step", split=True)
    alpha = split[split["group_name"] == "Search"].set_index("segment")
    assert alpha.loc["Business", "n"] == 2 and alpha.loc["Leisure", "n"] == 1
    assert alpha.loc["Business", "value"] == pytest.approx((9.6 + 7.1) / 2)
    assert data.segments_of("persona-b") == ["Business"]
    business = data.step_scores(journey, "score", segments=["Business"])
    assert list(business["n"]) == [2, 1, 0]
    kept = data.summary(journey, "score", segments=["Business"])
    assert {row["segment"] for row in kept} == {"Business"}


# ------------------------------------------------------------------------ aggregated reports


def test_a_report_of_means_is_pooled_exactly(tmp_path, sqlite_store) -> None:
    journey, ids = tiny_map(sqlite_store)
    groups = {"search": [3.0, 4.0, 5.0, 4.5], "pay": [1.0, 2.0, 2.5]}
    lines = ["service,mean,n,sd"]
    raw: dict[str, list[float]] = {}
    for index, (name, answers) in enumerate(groups.items()):
        for half in (answers[:2], answers[2:]):
            s = pd.Series(half)
            lines.append(f"{name},{s.mean()},{len(s)},{s.std()}")
            raw.setdefault(name, []).extend(half)
        del index
    path = write(tmp_path / "agg.csv", "\n".join(lines) + "\n")
    settings = SourceSettings(file=str(path), aggregated=True, scales={"score": (0, 10)},
                              columns={"label": "service", "score": "mean", "n": "n",
                                       "sd": "sd"},
                              labels=[("search", ids["search"]), ("pay", ids["pay"])])
    metrics = SurveyData.load(settings).metrics(journey, by="step").set_index("group_name")
    answers = pd.Series(raw["search"])
    expected = stats.mean(len(answers), answers.sum(), (answers ** 2).sum())[0]
    row = metrics.loc["Search"]
    assert row["n"] == 4 and bool(row["aggregated"]) and row["note"] == ""
    assert (row["value"], row["low"], row["high"]) == pytest.approx(
        (expected.value, expected.low, expected.high))


def test_a_mean_without_n_or_sd_has_no_interval_and_says_so(tmp_path, sqlite_store) -> None:
    journey, ids = tiny_map(sqlite_store)
    path = write(tmp_path / "agg.csv", "service,mean,n\nsearch,4,10\nsearch,2,30\npay,3,\n")
    settings = SourceSettings(file=str(path), aggregated=True, scales={"score": (0, 5)},
                              columns={"label": "service", "score": "mean", "n": "n"},
                              labels=[("search", ids["search"]), ("pay", ids["pay"])])
    metrics = SurveyData.load(settings).metrics(journey, by="step").set_index("group_name")
    assert metrics.loc["Search", "value"] == pytest.approx((4 * 10 + 2 * 30) / 40)
    assert metrics.loc["Search", "note"] == "no_sd" and pd.isna(metrics.loc["Search", "low"])
    assert metrics.loc["Pay", "note"] == "no_n" and pd.isna(metrics.loc["Pay", "n"])


def test_a_report_of_percentages_gives_shares_with_intervals(tmp_path, sqlite_store) -> None:
    journey, ids = tiny_map(sqlite_store)
    path = write(tmp_path / "pct.csv", "service,satisfied,n\nsearch,80,50\nsearch,60,50\n")
    settings = SourceSettings(file=str(path), aggregated=True,
                              columns={"label": "service", "csat": "satisfied", "n": "n"},
                              labels=[("search", ids["search"])])
    data = SurveyData.load(settings)
    row = data.metrics(journey, by="step").set_index("group_name").loc["Search"]
    expected = stats.wilson(70, 100)
    assert row["value"] == pytest.approx(70) and row["n"] == 100
    assert row["low"] == pytest.approx(100 * expected.low)
    assert data.step_scores(journey, "csat").iloc[0]["score"] == pytest.approx(1 + 9 * 0.7)


def test_an_aggregated_report_refuses_nps() -> None:
    with pytest.raises(Exception, match="NPS"):
        SourceSettings(aggregated=True, columns={"nps": "x"}).check()
    with pytest.raises(Exception, match="report of averages"):
        SourceSettings(columns={"n": "x"}).check()


# ------------------------------------------------------------------------------ wide files


def test_a_wide_file_maps_many_score_columns_in_one_source(tmp_path, sqlite_store) -> None:
    journey, ids = tiny_map(sqlite_store)
    path = write(tmp_path / "wide.csv",
                 "id,Search score,Pay score,Check-in score,type\n"
                 "1,4,5,3,A\n2,5,,2,B\n3,9,4,N/A,A\n")
    settings = SourceSettings(file=str(path), wide=["Search score", "Pay score",
                                                    "Check-in score"],
                              wide_metric="csat", columns={"segment": "type"},
                              labels=[("search*", ids["search"]), ("pay*", ids["pay"]),
                                      ("check-in*", ids["checkin"])])
    data = SurveyData.load(settings)
    # a 9 on 1–5 drops that answer only: the customer's other answers stay
    assert data.report.kept == 3 and data.report.problem_count == 1
    metrics = data.metrics(journey, by="step").set_index("group_name")
    assert list(metrics["n"]) == [2, 2, 2]
    assert metrics.loc["Search", "value"] == pytest.approx(100.0)
    assert set(data.labels()["label"]) == {"Search score", "Pay score", "Check-in score"}
    with pytest.raises(Exception, match="wide file"):
        settings.with_changes(columns={"nps": "id"})


def test_the_food_world_cup_file_reads_wide_with_na(sqlite_store) -> None:
    """Real: FiveThirtyEight's Food World Cup survey (CC BY 4.0), 40 cuisines rated 1–5,
    'N/A' for an unfamiliar cuisine."""
    path = DATA / "food_world_cup" / "food-world-cup-data.csv"
    frame = pd.read_csv(path, keep_default_na=False, dtype=str)
    columns = [c for c in open_file(path).columns if "traditional cuisine" in c]
    frame.columns = open_file(path).columns  # as the kit names them (spaces tidied)
    assert len(columns) == 40
    w = sqlite_store.create_workshop("Food", language="en")
    journey_id = w.add_journey(w.add_persona("Eater"))
    phase = w.add_phase(journey_id, "Taste")
    italy, mexico = w.add_step(phase, "Italy"), w.add_step(phase, "Mexico")
    journey = JourneyMap.of_workshop(w, journey_id)
    settings = SourceSettings(file=str(path), wide=columns, wide_metric="score",
                              scales={"score": (1, 5)},
                              columns={"segment": "Gender"},
                              labels=[("*Italy*", italy), ("*Mexico*", mexico)])
    data = SurveyData.load(settings)
    assert data.report.problem_count == 0
    metrics = data.metrics(journey, by="step", split=True)
    for name in ("Italy", "Mexico"):
        column = next(c for c in columns if name in c)
        for gender in ("Female", "Male"):
            answers = pd.to_numeric(frame.loc[frame["Gender"] == gender, column],
                                    errors="coerce").dropna()
            row = metrics[(metrics["group_name"] == name) & (metrics["segment"] == gender)]
            assert int(row["n"].iloc[0]) == len(answers)
            assert float(row["value"].iloc[0]) == pytest.approx(answers.mean())
    blanks = {p["column"]: p["count"] for k, p in data.report.notes
              if k == "mining.note.blank_scores"}
    italian = next(c for c in columns if "Italy" in c)
    expected = int(frame[italian].isin(["", "N/A"]).sum())
    assert blanks[italian] == expected


# ------------------------------------------------------------------ real files: any scale


def test_the_anes_7_point_scale_splits_by_party(tmp_path) -> None:
    """Real: ANES 1996 (public domain, via statsmodels): self-placement on 1–7."""
    path = DATA / "anes96_7point" / "anes96.csv"
    frame = pd.read_csv(path)
    settings = SourceSettings(file=str(path), columns={"score": "selfLR", "segment": "PID"},
                              scales={"score": (1, 7)})
    data = SurveyData.load(settings)
    assert data.report.skipped == 0
    split = data.metrics(split=True).set_index("segment")
    for party, answers in frame.groupby("PID")["selfLR"]:
        row = split.loc[str(party)]
        expected = stats.mean(len(answers), answers.sum(), (answers ** 2).sum())[0]
        assert row["n"] == len(answers)
        assert (row["value"], row["low"]) == pytest.approx((expected.value, expected.low))
    wrong = SurveyData.load(settings.with_changes(scales={"score": (1, 5)}))
    assert wrong.report.skipped == int((frame["selfLR"] > 5).sum())


def test_fandango_means_with_vote_counts_pool_by_n(sqlite_store) -> None:
    """Real: FiveThirtyEight's film scores (CC BY 4.0): IMDb means on 1–10 with the number
    of votes, no standard deviation."""
    path = DATA / "fandango_scores" / "fandango_score_comparison.csv"
    frame = pd.read_csv(path)
    w = sqlite_store.create_workshop("Films", language="en")
    journey_id = w.add_journey(w.add_persona("Viewer"))
    step = w.add_step(w.add_phase(journey_id, "Watch"), "Avengers")
    journey = JourneyMap.of_workshop(w, journey_id)
    settings = SourceSettings(file=str(path), aggregated=True, scales={"score": (1, 10)},
                              columns={"label": "FILM", "score": "IMDB",
                                       "n": "IMDB_user_vote_count"},
                              labels=[("avengers*", step)])
    data = SurveyData.load(settings)
    row = data.metrics(journey, by="step").iloc[0]
    films = frame[frame["FILM"].str.lower().str.startswith("avengers")]
    pooled = (films["IMDB"] * films["IMDB_user_vote_count"]).sum() / \
        films["IMDB_user_vote_count"].sum()
    assert row["n"] == films["IMDB_user_vote_count"].sum()
    assert row["value"] == pytest.approx(pooled) and row["note"] == "no_sd"
    assert pd.isna(row["low"])


# --------------------------------------------------------------------- labels and comments


def test_na_like_labels_are_blank_and_counted(tmp_path, sqlite_store) -> None:
    journey, ids = tiny_map(sqlite_store)
    path = write(tmp_path / "na.csv", "stage,nps\nsearch,9\nNA,3\nn/a,4\n" +
                 f"{HOSTILE},5\n")
    data = SurveyData.load(SourceSettings(file=str(path), columns={"label": "stage",
                                                                   "nps": "nps"},
                                          labels=[("search", ids["search"]),
                                                  (HOSTILE, ids["pay"])]))
    assert set(data.labels()["label"]) == {"search", HOSTILE}
    notes = dict(data.report.notes)
    assert notes["mining.note.na_labels"]["count"] == 2
    by_step = data.metrics(journey, by="step").set_index("group_name")
    assert by_step.loc["Pay", "n"] == 1


def test_comments_per_step_come_lowest_score_first(hotels) -> None:
    journey, ids, path = hotels
    data = SurveyData.load(hotel_settings(path, ids, scales={"score": (2.5, 10)}))
    found = data.comments(journey, ids["pay"], "score")
    assert list(found["text"]) == [HOSTILE, "Good breakfast", "Perfect", "No score given"]
    assert found["row"].iloc[0] == 6  # the file row, header included
    business = data.comments(journey, ids["search"], segments=["Business"])
    assert list(business["text"]) == ["Clean and quiet"]
    reversed_ = SurveyData.load(hotel_settings(path, ids, scales={"score": (2.5, 10)},
                                               best={"score": "low"}))
    assert reversed_.comments(journey, ids["pay"])["text"].iloc[0] == "Perfect"


def test_kept_results_say_their_segment_and_that_they_were_pooled(hotels,
                                                                  sqlite_store) -> None:
    from klantreis.figures.customers import caption, kept_results

    journey, ids, path = hotels
    workshop = sqlite_store.workshop(sqlite_store.workshops()["id"].iloc[0])
    settings = hotel_settings(path, ids, scales={"score": (2.5, 10)})
    source = workshop.save_source("hotels.csv", "survey", settings.to_dict())
    data = SurveyData.load(settings)
    journey_id = workshop.frame("journeys")["id"].iloc[0]
    workshop.save_results(source, journey_id, data.summary(journey, "score", ["Business"]))
    frames = workshop.frames("source_results", "sources")
    kept = kept_results(frames["source_results"], frames["sources"], journey_id)
    assert kept.ends == (2.5, 10.0)
    said = caption(kept, "nl")
    assert "Gemiddelde score" in said and "Klanten: Business." in said
    assert "rapport" not in said


def test_a_means_interval_stays_on_its_scale(tmp_path) -> None:
    path = write(tmp_path / "few.csv", "q\n1\n5\n")
    data = SurveyData.load(SourceSettings(file=str(path), columns={"score": "q"},
                                          scales={"score": (1, 5)}))
    row = data.metrics().iloc[0]
    raw = stats.mean(2, 6.0, 26.0)[0]
    assert raw.low < 1 and raw.high > 5  # Student's t on two answers reaches past the ends
    assert (row["low"], row["high"]) == (1.0, 5.0)
