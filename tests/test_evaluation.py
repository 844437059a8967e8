"""`make eval`: the scoring of each field on small invented cases, the corpus loader's
checks, and one run of `manage.py evaluate` on two reports of the real corpus."""

import json
import os
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.evaluation import Counts, LabelError, NameResolver, corpus_load, label_parse
from archive.evaluation.reference import MeetingFacts
from archive.evaluation.results import END, START, docs_write
from archive.evaluation.scoring import (
    meeting_matches,
    score_kept,
    score_meeting,
    score_noise,
    score_people,
    score_published,
    score_quotes,
    score_title,
)
from archive.ingest import (
    DroppedLine,
    KnownPerson,
    MeetingSuggestion,
    ParsedReport,
    PersonMention,
    QuoteHit,
    Reference,
)

CORPUS = Path(__file__).resolve().parents[1] / "eval" / "corpus"

REFERENCE = Reference(
    people=(
        KnownPerson("lloyd-j-austin-iii", "Lloyd J. Austin III", "US", aliases=("オースティン",)),
        KnownPerson("yoshimasa-hayashi", "Yoshimasa Hayashi", "JP", aliases=("林芳正",)),
        KnownPerson("antony-blinken", "Antony J. Blinken", "US"),
    )
)
NAMES = NameResolver(REFERENCE)


def label(**fields):
    """A valid label dict with every key, the given ones changed."""
    data = {
        "id": "900",
        "language": "en",
        "split": "dev",
        "title": None,
        "published": None,
        "people": [],
        "meetings": [],
        "noise_lines": [],
        "kept_sentences": [],
        "quotes": [],
    }
    data.update(fields)
    return label_parse(data)


def counts(score):
    c = score.counts
    return (c.matched, c.predicted, c.found, c.labeled)


def test_counts_precision_recall_and_nothing_to_divide_by():
    total = Counts(3, 4, 3, 6) + Counts(1, 1, 2, 2)
    assert (total.precision, total.recall) == (4 / 5, 5 / 8)
    assert Counts(0, 0, 1, 2).precision is None
    assert Counts().recall is None
    assert Counts(1, 2, 0, 0).as_dict()["precision"] == 0.5


def test_people_label_names_resolve_without_middle_initials_or_suffixes():
    assert NAMES.slug("Lloyd Austin") == "lloyd-j-austin-iii"
    assert NAMES.slug("Antony Blinken") == "antony-blinken"
    assert NAMES.slug("林芳正") == "yoshimasa-hayashi"
    assert NAMES.slug("Yoon Suk Yeol") is None


def test_people_precision_and_recall():
    parsed = ParsedReport(
        people=[PersonMention("lloyd-j-austin-iii", 2), PersonMention("antony-blinken", 1)]
    )
    score = score_people(
        parsed, label(people=["Lloyd Austin", "Yoshimasa Hayashi", "Yoon Suk Yeol"]), NAMES
    )
    assert counts(score) == (1, 2, 1, 3)
    assert score.wrong == ["Antony J. Blinken"]
    assert score.missed == ["Yoon Suk Yeol", "Yoshimasa Hayashi"]


SCC = MeetingFacts("scc-2023-01-11", "scc", date(2023, 1, 11), date(2023, 1, 11))


def test_meeting_date_within_one_day_and_same_kind():
    def labeled(kind, day):
        return label(meetings=[{"kind": kind, "date": day}]).meetings[0]

    assert meeting_matches(labeled("scc", "2023-01-12"), SCC)
    assert meeting_matches(labeled("scc", "2023-01-10"), SCC)
    assert not meeting_matches(labeled("scc", "2023-01-13"), SCC)
    assert not meeting_matches(labeled("scc", "2023-01-09"), SCC)
    assert not meeting_matches(labeled("summit", "2023-01-11"), SCC)
    assert meeting_matches(labeled("scc", None), SCC)
    tokyo_morning = MeetingFacts(
        "call-x", "call", date(2022, 1, 7), date(2022, 1, 7), first_local_date=date(2022, 1, 6)
    )
    assert meeting_matches(labeled("call", "2022-01-05"), tokyo_morning)
    assert not meeting_matches(labeled("call", "2022-01-04"), tokyo_morning)
    foreign = MeetingFacts("m", "foreign_ministers", date(2020, 5, 1), date(2020, 5, 2))
    assert meeting_matches(labeled("foreign_ministers", "2020-05-03"), foreign)
    assert not meeting_matches(labeled("foreign_ministers", "2020-05-04"), foreign)
    assert not meeting_matches(labeled("defense_ministers", "2020-05-01"), foreign)
    other_ministers = MeetingFacts("e", "ministerial", date(2020, 5, 1), date(2020, 5, 1))
    assert not meeting_matches(labeled("foreign_ministers", "2020-05-01"), other_ministers)


def test_meeting_counts_none_as_an_answer():
    meetings = {SCC.slug: SCC}
    one = [{"kind": "scc", "date": "2023-01-11"}]
    two = [*one, {"kind": "summit", "date": "2023-01-13"}]
    linked = ParsedReport(auto_meeting_slug=SCC.slug)
    unlinked = ParsedReport()
    assert counts(score_meeting(unlinked, label(), meetings)) == (1, 1, 1, 1)
    assert counts(score_meeting(linked, label(), meetings)) == (0, 1, 0, 1)
    assert counts(score_meeting(unlinked, label(meetings=one), meetings)) == (0, 0, 0, 1)
    assert counts(score_meeting(linked, label(meetings=one), meetings)) == (1, 1, 1, 1)
    score = score_meeting(linked, label(meetings=two), meetings)
    assert counts(score) == (1, 1, 1, 2)
    assert score.missed == ["summit 2023-01-13"]
    wrong_day = score_meeting(
        linked, label(meetings=[{"kind": "scc", "date": "2023-02-11"}]), meetings
    )
    assert counts(wrong_day) == (0, 1, 0, 1)


def test_meeting_counts_every_meeting_the_pipeline_links():
    summit = MeetingFacts("summit-2023-01-13", "summit", date(2023, 1, 13), date(2023, 1, 13))
    meetings = {SCC.slug: SCC, summit.slug: summit}
    both = ParsedReport(
        auto_meeting_slug=SCC.slug,
        meetings=[
            MeetingSuggestion(SCC.slug, 0.9, linked=True),
            MeetingSuggestion(summit.slug, 0.7, linked=True),
            MeetingSuggestion("not-linked", 0.2),
        ],
    )
    one = [{"kind": "scc", "date": "2023-01-11"}]
    two = [*one, {"kind": "summit", "date": "2023-01-13"}]
    assert counts(score_meeting(both, label(meetings=two), meetings)) == (2, 2, 2, 2)
    only_scc = score_meeting(both, label(meetings=one), meetings)
    assert counts(only_scc) == (1, 2, 1, 1)
    assert only_scc.wrong == ["summit-2023-01-13 (summit)"]
    assert counts(score_meeting(both, label(), meetings)) == (0, 2, 0, 1)
    unknown = ParsedReport(meetings=[MeetingSuggestion("gone", 0.9, linked=True)])
    with pytest.raises(KeyError):
        score_meeting(unknown, label(meetings=one), meetings)


def test_published_exact_and_null_labels():
    day = date(2022, 1, 7)
    assert counts(score_published(ParsedReport(published=day), label(published="2022-01-07"))) == (
        1,
        1,
        1,
        1,
    )
    assert counts(score_published(ParsedReport(published=day), label(published="2022-01-06"))) == (
        0,
        1,
        0,
        1,
    )
    assert counts(score_published(ParsedReport(), label(published="2022-01-07"))) == (0, 0, 0, 1)
    assert counts(score_published(ParsedReport(), label())) == (1, 1, 1, 1)
    assert counts(score_published(ParsedReport(published=day), label())) == (0, 1, 0, 1)


def test_title_after_whitespace_normalisation_and_null_labels_skipped():
    assert score_title(ParsedReport(title="Anything"), label()) is None
    right = score_title(ParsedReport(title="日米外相会談 "), label(title="日米外相会談"))
    assert counts(right) == (1, 1, 1, 1)
    spaced = score_title(ParsedReport(title="U.S.  Japan\tTalks"), label(title="U.S. Japan Talks"))
    assert counts(spaced) == (1, 1, 1, 1)
    assert counts(
        score_title(ParsedReport(title="U.S. Japan"), label(title="U.S. Japan Talks"))
    ) == (
        0,
        1,
        0,
        1,
    )
    assert counts(score_title(ParsedReport(), label(title="Talks"))) == (0, 0, 0, 1)


def test_noise_compares_whole_lines_with_their_repeats():
    parsed = ParsedReport(
        body="Print this page and read on.\n\nVOA 뉴스\n\nThe ministers met.",
        dropped=[
            DroppedLine("Share", "share widget"),
            DroppedLine("  Japan   Relations ", "section banner"),
            DroppedLine("Share", "share widget"),
            DroppedLine("Talks in Tokyo", "title"),
            DroppedLine("March 3, 2022", "date line"),
            DroppedLine("The ministers agreed.", "repeated line"),
        ],
    )
    noise = ["Print this page", "VOA 뉴스", "Japan Relations", "Share", "Share", "Talks in Tokyo"]
    score = score_noise(parsed, label(noise_lines=noise))
    # "Print this page" is only part of a body line: not present. "VOA 뉴스" is a whole line.
    # The title line is out of the body (recall) but no claim of noise (precision).
    assert counts(score) == (3, 4, 5, 6)
    assert score.missed == ["VOA 뉴스"]
    assert score.wrong == ["The ministers agreed."]
    twice = ParsedReport(body="Share\n\nThe ministers met.", dropped=[DroppedLine("Share", "x")])
    assert counts(score_noise(twice, label(noise_lines=["Share", "Share"]))) == (1, 1, 1, 2)


def test_kept_sentences_are_substrings_after_normalisation():
    parsed = ParsedReport(body="The two  ministers\nmet in Tokyo on Friday.\n\n両者は会談した。")
    kept = ["ministers met in Tokyo", "両者は会談した。", "They did not meet."]
    score = score_kept(parsed, label(kept_sentences=kept))
    assert counts(score) == (0, 0, 2, 3)
    assert score.counts.precision is None
    assert score.missed == ["They did not meet."]
    headline = ParsedReport(title="Talks  set for August", body="The ministers will meet.")
    labeled = label(kept_sentences=["Talks set for August", "Talks set"])
    assert counts(score_kept(headline, labeled)) == (0, 0, 1, 2)


def test_quotes_overlap_either_way_and_speaker_must_match_when_labeled():
    hits = [
        QuoteHit(
            "lloyd-j-austin-iii", "We stand together with Japan, today and always.", 0, 50, "x"
        ),
        QuoteHit(None, "a free and open Indo-Pacific", 60, 90, "x"),
        QuoteHit("antony-blinken", "nothing the label holds", 100, 130, "x"),
    ]
    quotes = [
        {"text": "We stand together with Japan,", "speaker": "Lloyd Austin"},
        {"text": "We share a vision of a free and open Indo-Pacific.", "speaker": "Antony Blinken"},
        {"text": "a free and open Indo-Pacific", "speaker": None},
    ]
    score = score_quotes(ParsedReport(quotes=hits), label(quotes=quotes), NAMES)
    # Hit 2 overlaps labels 2 and 3: label 3 (no speaker) is found, label 2 is not
    # (the pipeline names no speaker where the label names Blinken).
    assert counts(score) == (2, 3, 2, 3)
    assert score.missed == ["Antony Blinken: We share a vision of a free and open Indo-Pacific."]
    empty = QuoteHit("antony-blinken", "", 0, 0, "x")
    assert counts(score_quotes(ParsedReport(quotes=[empty]), label(quotes=quotes[1:2]), NAMES)) == (
        0,
        1,
        0,
        1,
    )


def write_corpus(root: Path, labels: dict[str, dict]) -> Path:
    (root / "labels").mkdir(parents=True)
    (root / "reports").mkdir()
    for stem, data in labels.items():
        (root / "labels" / f"{stem}.json").write_text(json.dumps(data), encoding="utf-8")
        (root / "reports" / f"{stem}.txt").write_text("Some text.", encoding="utf-8")
    return root


def valid(stem, split="dev"):
    data = {
        "id": stem,
        "language": "en",
        "split": split,
        "title": None,
        "published": "2020-01-02",
        "people": [],
        "meetings": [{"kind": "call", "date": None}],
        "noise_lines": [],
        "kept_sentences": ["Some text."],
        "quotes": [{"text": "hi", "speaker": None}],
    }
    return data


def test_loader_reads_a_split_and_rejects_a_label_missing_a_key(tmp_path):
    root = write_corpus(tmp_path / "ok", {"001": valid("001"), "005": valid("005", "holdout")})
    assert [r.label.id for r in corpus_load(root, split="dev")] == ["001"]
    assert [r.label.id for r in corpus_load(root, split="all")] == ["001", "005"]
    assert corpus_load(root, split="holdout")[0].label.published == date(2020, 1, 2)
    for key in ("people", "noise_lines", "quotes", "split", "published"):
        broken = valid("002")
        del broken[key]
        bad = write_corpus(tmp_path / key, {"001": valid("001"), "002": broken})
        with pytest.raises(LabelError, match=f"002.json: missing key '{key}'"):
            corpus_load(bad)


def test_loader_rejects_bad_values_and_unpaired_files(tmp_path):
    for key, value in (
        ("published", "7 January 2022"),
        ("meetings", [{"kind": "call"}]),
        ("quotes", [{"text": "hi"}]),
        ("split", "train"),
        ("people", "Joe Biden"),
    ):
        with pytest.raises(LabelError, match=repr(key)):
            label_parse({**valid("001"), key: value})
    root = write_corpus(tmp_path / "c", {"001": valid("001")})
    (root / "reports" / "002.txt").write_text("Orphan.", encoding="utf-8")
    with pytest.raises(LabelError, match="do not pair up: 002"):
        corpus_load(root)


def test_docs_section_is_appended_once_then_replaced_between_its_markers(tmp_path):
    docs = tmp_path / "ingestion.md"
    docs.write_text("# Ingestion\n\nEarlier text.\n", encoding="utf-8")
    docs_write(docs, "first run\n", intro="How it is measured.")
    docs.write_text(docs.read_text(encoding="utf-8") + "\n### Mutation testing\n\nKept.\n")
    docs_write(docs, "second run\n", intro="How it is measured.")
    text = docs.read_text(encoding="utf-8")
    assert text.startswith("# Ingestion\n\nEarlier text.\n\n## Accuracy\n\nHow it is measured.")
    assert text.count("## Accuracy") == 1 and text.count(START) == 1 and text.count(END) == 1
    assert "second run" in text and "first run" not in text
    assert text.endswith("### Mutation testing\n\nKept.\n")


@pytest.mark.django_db
def test_command_scores_two_corpus_reports_end_to_end(reference, tmp_path):
    """001 (Japanese, with a title) and 012 (English transcript, no title), through the
    real pipeline with the shipped reference data loaded into the test database."""
    results, docs = tmp_path / "latest.json", tmp_path / "ingestion.md"
    out = StringIO()
    call_command(
        "evaluate",
        "--reports",
        "001,012",
        "--current-database",
        "--results",
        str(results),
        "--docs",
        str(docs),
        stdout=out,
    )
    printed = out.getvalue()
    assert "dev: 2 reports" in printed
    for name in ("people", "meeting", "published", "title", "noise", "kept", "quotes"):
        assert f"\n{name} " in printed
    dev = json.loads(results.read_text(encoding="utf-8"))["splits"]["dev"]
    assert dev["reports"] == ["001", "012"]
    labels = [json.loads((CORPUS / "labels" / f"{i}.json").read_text()) for i in ("001", "012")]
    fields = dev["summary"]["fields"]
    assert dev["summary"]["languages"] == {"en": 1, "ja": 1}
    assert fields["kept"]["overall"]["labeled"] == sum(len(x["kept_sentences"]) for x in labels)
    assert fields["noise"]["by_language"]["ja"]["labeled"] == len(labels[0]["noise_lines"])
    assert fields["title"]["overall"]["labeled"] == 1  # 012 has no title: not scored
    assert fields["published"]["overall"]["labeled"] == 2
    assert fields["people"]["overall"]["labeled"] == sum(len(x["people"]) for x in labels)
    for scores in fields.values():
        overall = scores["overall"]
        assert 0 <= overall["found"] <= overall["labeled"]
        assert 0 <= overall["matched"] <= overall["predicted"]
    assert "### dev: 2 reports" in docs.read_text(encoding="utf-8")
    # Each field's overall score with its 95% interval, printed and written.
    assert "overall, with 95% intervals" in printed
    assert set(dev["intervals"]) == set(fields)
    # Two reports are too few for an interval: how many counted is kept instead.
    assert dev["intervals"]["kept"]["recall"] is None
    assert dev["intervals"]["kept"]["recall_reports"] == 2
    assert set(dev["language_intervals"]) == {"en", "ja"}
    assert "Overall, with 95% intervals" in docs.read_text(encoding="utf-8")


def test_mutation_score_counts_only_mutants_that_were_tested():
    from archive.evaluation.mutation import mutation_score, score_line

    stats = {"killed": 80, "timeout": 4, "survived": 12, "no_tests": 4, "skipped": 7, "total": 300}
    assert mutation_score(stats) == (84, 100)
    assert score_line(stats).startswith(
        "mutation score: 84 of 100 mutants killed (84.0%); 12 survived"
    )
    assert score_line({"total": 5}) == "mutation score: no mutant was tested"


def test_shortfalls_and_holdout_gaps_against_the_targets():
    from archive.evaluation.results import holdout_gaps, shortfalls
    from archive.evaluation.scoring import FIELDS

    def summary(people: Counts, people_ja: Counts) -> dict:
        perfect = Counts(1, 1, 1, 1).as_dict()
        fields = {
            name: {"overall": perfect, "by_language": {"en": perfect, "ja": perfect}}
            for name in FIELDS
        }
        fields["people"] = {
            "overall": people.as_dict(),
            "by_language": {"en": perfect, "ja": people_ja.as_dict()},
        }
        return {"reports": 2, "languages": {"en": 1, "ja": 1}, "fields": fields}

    # 96% overall passes; 91% in Japanese passes; 89% recall in Japanese does not.
    dev = summary(Counts(96, 100, 94, 100), Counts(91, 100, 89, 100))
    assert shortfalls(dev) == ["people: recall 94.0 overall, ja 89.0"]
    held = summary(Counts(90, 100, 94, 100), Counts(91, 100, 91, 100))
    runs = {"dev": {"summary": dev}, "holdout": {"summary": held}}
    assert holdout_gaps(runs) == ["people precision: holdout 90.0 vs dev 96.0"]
    assert holdout_gaps({"dev": {"summary": dev}}) == []


def test_shipped_reference_comes_from_a_throwaway_database_that_is_dropped(django_db_blocker):
    """The default path of `make eval`: a database of its own, migrated, loaded with the
    shipped reference data, read, then dropped, and the connection back where it was."""
    from django.db import connection

    from archive.evaluation import shipped_reference

    with django_db_blocker.unblock():
        before = connection.settings_dict["NAME"]
        shipped = shipped_reference()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_database WHERE datname = %s",
                [f"test_evaluation_{os.getpid()}"],
            )
            assert cursor.fetchone()[0] == 0
    assert connection.settings_dict["NAME"] == before
    slugs = {person.slug for person in shipped.reference.people}
    assert "antony-blinken" in slugs
    assert {m.kind for m in shipped.meetings.values()} >= {"scc", "summit", "call"}
    scc = [m for m in shipped.meetings.values() if m.kind == "scc"]
    assert scc and all(m.slug.startswith("scc-") for m in scc)
    assert {m.slug for m in shipped.reference.meetings} == set(shipped.meetings)


def test_a_report_is_parsed_with_the_address_its_label_gives(tmp_path):
    """The label's `source_url` reaches the pipeline as the `url` hint an import by URL
    gives: a report with no date of its own is linked to the summit its address dates."""
    from dataclasses import replace

    from archive.evaluation import EvaluationReference
    from archive.evaluation.run import report_score
    from tests.ingest.invented_meetings import UNDATED_SUMMIT_REPORT, two_summits_reference

    known = two_summits_reference()
    reference = EvaluationReference(
        known, {m.slug: MeetingFacts(m.slug, "summit", m.start, m.end) for m in known.meetings}
    )
    data = {
        **valid("001"),
        "published": None,
        "meetings": [{"kind": "summit", "date": "2023-01-13"}],
        "source_url": "https://news.example.com/a/leaders-20230113/1.html",
    }
    root = write_corpus(tmp_path / "c", {"001": data})
    (root / "reports" / "001.txt").write_bytes(UNDATED_SUMMIT_REPORT)
    (report,) = corpus_load(root)
    assert report.url == data["source_url"]
    names = NameResolver(reference.reference)
    meeting = report_score(report, reference, names).fields["meeting"].counts
    assert (meeting.matched, meeting.found) == (1, 1)
    meeting = report_score(replace(report, url=""), reference, names).fields["meeting"].counts
    assert meeting.found == 0
