"""The 95% intervals `make eval` prints beside each score and the holdout's gap."""

from archive.evaluation.intervals import gap_intervals, score_intervals
from archive.evaluation.results import comparison_table, holdout_gaps, interval_table
from archive.evaluation.run import ReportScore, split_summary
from archive.evaluation.scoring import FIELDS, Counts, FieldScore


def report(people: tuple[int, int, int, int], *, split: str = "dev") -> ReportScore:
    """A report scored on people only (matched, predicted, found, labeled); every other
    field perfect on one item."""
    fields = {name: FieldScore(Counts(1, 1, 1, 1)) for name in FIELDS}
    fields["people"] = FieldScore(Counts(*people))
    return ReportScore("001", "en", split, fields)


def test_identical_reports_give_an_interval_of_one_point():
    scores = [report((3, 4, 3, 6))] * 30
    intervals = score_intervals(scores)
    assert intervals["people"]["precision"] == (0.75, 0.75)
    assert intervals["people"]["recall"] == (0.5, 0.5)
    assert intervals["title"]["precision"] == (1.0, 1.0)


def test_the_interval_holds_the_score_and_widens_as_reports_grow_fewer():
    mixed = [report((1, 1, 1, 1)), report((0, 1, 0, 1))]
    many = score_intervals(mixed * 100)["people"]["precision"]
    few = score_intervals(mixed * 5)["people"]["precision"]
    assert many[0] < 0.5 < many[1]
    assert few[0] < many[0] and few[1] > many[1]
    assert 0.35 < many[0] and many[1] < 0.65


def test_the_same_seed_draws_the_same_interval():
    mixed = [report((1, 1, 1, 1)), report((0, 1, 0, 1)), report((2, 3, 2, 2))] * 7
    assert score_intervals(mixed) == score_intervals(mixed)
    assert score_intervals(mixed, seed=1) != score_intervals(mixed, seed=2)


def test_a_field_with_nothing_to_divide_has_no_interval():
    scores = [report((0, 0, 0, 0))] * 5
    nothing = {"precision": None, "recall": None, "precision_reports": 0, "recall_reports": 0}
    assert score_intervals(scores)["people"] == nothing
    assert score_intervals([])["people"] == nothing


def test_fewer_than_five_reports_that_count_draw_no_interval():
    four = [report((1, 2, 1, 1))] * 4 + [report((0, 0, 0, 0))] * 10
    people = score_intervals(four)["people"]
    assert people["precision"] is None and people["precision_reports"] == 4
    five = four + [report((0, 1, 0, 1))]
    people = score_intervals(five)["people"]
    assert people["precision"] is not None and people["precision_reports"] == 5


def test_a_clear_gap_excludes_zero_and_a_noisy_one_holds_it():
    dev = [report((1, 1, 1, 1)), report((0, 1, 0, 1))] * 60  # 50%
    clear = [report((0, 1, 0, 1))] * 60  # 0%
    low, high = gap_intervals(dev, clear)["people"]["precision"]
    assert high < 0 and low >= -0.6
    noisy = [report((1, 1, 1, 1)), report((0, 1, 0, 1)), report((0, 1, 0, 1))]  # 33%, three
    low, high = gap_intervals(dev, noisy)["people"]["precision"]
    assert low < 0 < high


def runs_of(dev: list, holdout: list, *, same_run: bool = True) -> dict:
    stamp = {"date": "2026-12-05 08:00 UTC", "commit": "abc1234"}
    held_stamp = stamp if same_run else {"date": "2026-12-04 08:00 UTC", "commit": "0000000"}
    return {
        "dev": {**stamp, "summary": split_summary(dev, details=False)},
        "holdout": {
            **held_stamp,
            "summary": split_summary(holdout, details=False),
            "gap_intervals": gap_intervals(dev, holdout),
        },
    }


def test_the_comparison_names_a_real_gap_and_one_within_the_noise():
    dev = [report((1, 1, 1, 1))] * 100
    clear = [report((1, 1, 1, 1)), report((0, 1, 0, 1))] * 50
    (line,) = [g for g in holdout_gaps(runs_of(dev, clear)) if g.startswith("people precision")]
    assert line.startswith("people precision: holdout 50.0 vs dev 100.0 (95%: ")
    assert line.endswith("a real gap)")
    noisy = [report((1, 1, 1, 1)), report((1, 1, 1, 1)), report((0, 1, 0, 1))] * 1
    (line,) = [g for g in holdout_gaps(runs_of(clear, noisy)) if g.startswith("people precision")]
    assert line.endswith("within the corpus's noise)")


def test_gap_intervals_of_two_different_runs_are_not_shown():
    dev = [report((1, 1, 1, 1))] * 10
    held = [report((0, 1, 0, 1))] * 10
    mixed = runs_of(dev, held, same_run=False)
    assert len(comparison_table(mixed)[0]) == 5
    assert holdout_gaps(mixed) == [
        "people precision: holdout 0.0 vs dev 100.0",
        "people recall: holdout 0.0 vs dev 100.0",
    ]
    assert comparison_table(runs_of(dev, held))[0][-2:] == ["gap P (95%)", "gap R (95%)"]
    people = comparison_table(runs_of(dev, held))[1]
    assert people[-2:] == ["-100.0 to -100.0", "-100.0 to -100.0"]


def test_the_interval_table_gives_each_field_with_its_interval():
    scores = [report((3, 4, 3, 6))] * 8
    run = {"summary": split_summary(scores, details=False), "intervals": score_intervals(scores)}
    rows = interval_table(run)
    assert rows[1] == ["people", "75.0 (75.0–75.0)", "50.0 (50.0–50.0)"]
    assert interval_table({"summary": run["summary"]}) is None


def test_a_language_under_target_shows_how_little_its_reports_can_say():
    from archive.evaluation.intervals import language_intervals
    from archive.evaluation.results import run_intervals, shortfalls, span

    english = [report((1, 1, 1, 1))] * 200
    italian = [
        ReportScore("002", "it", "dev", {**report((1, 1, 1, 1)).fields}),
        ReportScore("003", "it", "dev", {**report((0, 1, 0, 1)).fields}),
    ]
    spanish = [
        ReportScore("004", "es", "dev", {**report(one).fields}) for one in [(1, 1, 1, 1)] * 3
    ]
    spanish += [ReportScore("005", "es", "dev", {**report((0, 1, 0, 1)).fields})] * 3
    scores = english + italian + spanish
    run = {
        "summary": split_summary(scores, details=False),
        "intervals": score_intervals(scores),
        "language_intervals": language_intervals(scores),
    }
    assert set(run["language_intervals"]) == {"en", "es", "it"}
    (people,) = [line for line in shortfalls(run["summary"], run_intervals(run))]
    spanish_span = span(run["language_intervals"]["es"]["people"]["precision"])
    assert spanish_span.startswith("0.0–") or spanish_span.startswith("16.7–")
    assert people == (
        f"people: precision es 50.0 ({spanish_span}), it 50.0 (2 reports); "
        f"recall es 50.0 ({spanish_span}), it 50.0 (2 reports)"
    )
    assert shortfalls(run["summary"]) == [
        "people: precision es 50.0, it 50.0; recall es 50.0, it 50.0"
    ]
