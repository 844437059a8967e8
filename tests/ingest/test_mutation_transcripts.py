"""A transcript's speaker labels (issue 11's mutation sample, transcripts.py): a label
that is a known person's surname in capitals is a speaker's, whatever letters the surname
begins or ends with; a position at a turn's first character is in that turn. Invented people
and transcript."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes_and_roles
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.results import QuoteHit
from archive.ingest.transcripts import _speaker, find_turns, press_conference_host, turn_speaker

SPOKESPERSON = KnownPerson(
    "sam-fox",
    "Sam Fox",
    "United States",
    (),
    (KnownOffice("Spokesperson", "spokesperson", "United States", date(2030, 1, 1), None),),
)


def test_a_surname_ending_in_x_is_a_speaker_label():
    body = "FOX: Good afternoon.\n\nQUESTION: Thank you.\n\nFOX: So yesterday we met."
    hits = find_turns(body, Reference(people=(SPOKESPERSON,)).index)
    assert [(hit.speaker_name, hit.text) for hit in hits] == [
        ("FOX", "Good afternoon."),
        ("QUESTION", "Thank you."),
        ("FOX", "So yesterday we met."),
    ]


def test_a_position_at_a_turns_start_is_in_that_turn():
    turns = [
        QuoteHit("pat-doe", "Good afternoon.", 10, 25, "transcript-turn", "PAT DOE"),
        QuoteHit("kim-roe", "Thank you.", 40, 50, "transcript-turn", "KIM ROE"),
    ]
    assert turn_speaker(turns, 40) == ("kim-roe", "KIM ROE")
    assert turn_speaker(turns, 39) == ("pat-doe", "PAT DOE")
    assert turn_speaker(turns, 9) is None


# --- the a50f3b0 sample: an unnamed opening statement on a leaders' press conference page


def _statement_forms(ref, body):
    title = "Joint Press Conference"
    mentions, _ = find_people(body, ref.index)
    quotes, _ = find_quotes_and_roles(
        body, mentions, index=ref.index, on=date(2022, 1, 21), headline=[], title=title
    )
    return [(q.speaker_slug, q.form) for q in quotes]


_OPENING = (
    "[Opening Statement]\n\nFirst, on behalf of the people of Japan, I thank you all.\n\n"
    "Today I held long talks with President Joe Biden at the White House."
)


def test_the_heading_may_come_below_the_pages_first_lines(ref):
    # a50f3b0 sample: a place or a date line above it names no one.
    for above in ("Tokyo, Japan", "January 21, 2022\n\nTokyo, Japan"):
        body = f"{above}\n\n{_OPENING}"
        assert _statement_forms(ref, body) == [("fumio-kishida", "speech-heading")]


def test_the_unnamed_speaker_is_mentioned_at_the_heading_as_printed(ref):
    # a50f3b0 sample: the role mention spans the heading line, its form the line itself.
    mentions, _ = find_people(_OPENING, ref.index)
    _, roles = find_quotes_and_roles(
        _OPENING, mentions, index=ref.index, on=date(2022, 1, 21), headline=[],
        title="Joint Press Conference",
    )  # fmt: skip
    assert [(m.slug, m.start, m.end, m.form) for m in roles] == [
        ("fumio-kishida", 0, 19, "[Opening Statement]")
    ]


def test_the_statement_ends_at_the_next_heading(ref):
    # Kishida named under the next heading does not make the opening statement named.
    body = f"{_OPENING}\n\n[Questions and Answers]\n\nPrime Minister Fumio Kishida answered."
    assert _statement_forms(ref, body) == [("fumio-kishida", "speech-heading")]


@pytest.mark.parametrize("name", ["Fumio Kishida", "Joe Biden"])
def test_a_name_printed_above_the_heading_even_first_on_the_page_names_the_statement(ref, name):
    assert _statement_forms(ref, f"{name}\n\n{_OPENING}") == []
    assert _statement_forms(ref, f"Remarks by {name}\n\n{_OPENING}") == []


def test_a_hosts_heading_over_a_speaker_line_leaves_the_speakers_below_their_turns(ref):
    # a50f3b0 sample: on the minister's own press conference "1 冒頭発言" is the host's
    # heading, but a name on the line below it speaks; the headings after it are read.
    body = (
        "1 冒頭発言\n\nオースティン国防長官\n\n"
        "浜田大臣、本日はお招きいただき光栄です。同盟はかつてなく強固です。\n\n"
        "浜田防衛大臣\n\n長官、ようこそ。日米同盟の抑止力を一層強化してまいります。"
    )
    mentions, _ = find_people(body, ref.index)
    hits, _ = find_quotes_and_roles(
        body, mentions, index=ref.index, on=date(2023, 1, 12), title="防衛大臣臨時記者会見"
    )
    assert [(hit.speaker_slug, hit.text) for hit in hits] == [
        ("lloyd-austin", "浜田大臣、本日はお招きいただき光栄です。"),
        ("yasukazu-hamada", "長官、ようこそ。"),
    ]


# --- the a50f3b0 sample's open survivor: a ministry's own press conference names its host
# only when one person held the post that day.


def _foreign_minister(slug, start, end):
    office = KnownOffice("Minister for Foreign Affairs", "foreign", "Japan", start, end)
    return KnownPerson(slug, slug.replace("-", " ").title(), "Japan", (), (office,))


_TARO = _foreign_minister("taro-ume", date(2030, 1, 1), date(2031, 1, 1))
_HANA = _foreign_minister("hana-kiri", date(2030, 6, 1), date(2031, 6, 1))


def test_a_press_conference_names_its_host_when_one_person_holds_the_post():
    index = Reference(people=(_TARO, _HANA)).index
    host = press_conference_host("外務大臣会見記録", date(2030, 3, 1), index)
    assert (host.slug, host.start, host.end, host.form) == ("taro-ume", 0, 0, "外務大臣")
    assert press_conference_host("外務大臣会見記録", date(2031, 3, 1), index).slug == "hana-kiri"


@pytest.mark.parametrize(
    "title, on",
    [
        ("外務大臣会見記録", date(2030, 9, 1)),  # two held the post that day (the records overlap)
        ("外務大臣会見記録", date(2029, 9, 1)),  # nobody held it yet
        ("日米外相共同記者会見", date(2030, 3, 1)),  # a joint conference has no one host
        ("外務大臣談話", date(2030, 3, 1)),  # no press conference
        ("外務大臣会見記録", None),  # no day to read the post on
    ],
)
def test_a_press_conference_has_no_host_unless_exactly_one_person_held_the_post(title, on):
    index = Reference(people=(_TARO, _HANA)).index
    assert press_conference_host(title, on, index) is None


def test_the_unnamed_statements_speaker_name_is_the_headings_words(ref):
    # seed-20261207 sample (_leaders_statement 77): the quote carries the heading's words.
    mentions, _ = find_people(_OPENING, ref.index)
    quotes, _ = find_quotes_and_roles(
        _OPENING, mentions, index=ref.index, on=date(2022, 1, 21), headline=[],
        title="Joint Press Conference",
    )  # fmt: skip
    assert [(q.speaker_slug, q.speaker_name, q.form) for q in quotes] == [
        ("fumio-kishida", "Opening Statement", "speech-heading")
    ]


@pytest.mark.parametrize("label", ["FOX", "FOX.", "-FOX-", "FOX’", "SPOKESPERSON FOX", "MS. FOX"])
def test_a_labels_words_are_read_without_the_stops_hyphens_and_apostrophes_around_them(label):
    # seed-20261207 sample (_speaker 2): "FOX." is the surname Fox.
    assert _speaker(label, Reference(people=(SPOKESPERSON,)).index) == "sam-fox"


@pytest.mark.parametrize("above", ["浜田防衛大臣", "会見者 浜田防衛大臣"])
def test_announcements_are_spoken_by_the_one_named_before_them_even_first_on_the_page(ref, above):
    # seed-20261207 sample (_heading_speakers 41): a name at the body's first character.
    said = "本日、米国のオースティン国防長官と会談を行いました。"
    body = f"{above}\n\n1 発表事項\n\n{said}同盟の抑止力を強化することで一致しました。"
    mentions, _ = find_people(body, ref.index)
    quotes, _ = find_quotes_and_roles(
        body, mentions, index=ref.index, on=date(2023, 1, 12), title="防衛省の記者会見"
    )
    assert ("yasukazu-hamada", said) in [(q.speaker_slug, q.text) for q in quotes]
