"""Issue #10 (parse time), the quotes' share: the shortcuts in speakers.py give the same
answers as the patterns they skip, and so do transcripts.py's and quotes.py's screens
(a colon before trying a colon's label, a line short enough to be a CJK label, a
paragraph holding a quote mark before its quotes are read)."""

import re

import pytest

from archive.ingest import quote_marks, quotes, speakers, transcript_labels, transcripts
from archive.ingest.cjk import CJK_TITLES, HANGUL
from archive.ingest.results import Mention


@pytest.mark.parametrize(
    "text",
    [
        "said",
        "Hornung said. Unsaid words, saidx, x_said and said_ are not verbs; said",
        "He told reporters, added that… she noted, warned, stressed and explained; argued",
        "continued:continued said-said 'said' “said” says‐so",
        "Blinken saidsaid said said",
    ],
)
def test_verb_spans_are_the_verb_pattern_matches(text):
    assert speakers.verb_spans(text) == [m.span() for m in speakers._VERB.finditer(text)]


def _ungated(after: str, before: str) -> tuple[str, str, int]:
    """attribution() as written before the verb check: every pattern tried."""
    form = speakers.attribution(after, "")
    if form[0] and not form[0].startswith("aside"):
        return form
    return speakers._subject_before(before)


@pytest.mark.parametrize(
    "after, before",
    [
        (" he said.", ""),
        ("", "Blinken said: "),
        ("", "Blinken told reporters on Friday: "),
        ("", "The Japanese foreign minister said the alliance "),
        ("", "One of them, said Biden, "),
        ("", "Uno de ellos, dijo Biden, "),
        ("", "Biden,said Kerry, "),
        ("", "Blinken praised the ties of "),
        ("", "Blinken talked about the challenges "),
        ("", "Hayashi ha detto che "),
        ("", "The talks were described as "),
        ("", "Blinken: "),
        ("", "The secretary also said the two sides "),
        (" Blinken wrote.", "It was, "),
        ("", "Under the heading, "),
    ],
)
def test_the_verb_check_changes_no_answer(after, before):
    assert speakers.attribution(after, before) == _ungated(after, before)


def test_no_verb_before_the_quote_is_no_subject():
    assert speakers.attribution("", "The talks were called ") == ("", "", 0)
    assert speakers.attribution("", "Blinken, ") == ("", "", 0)


# FIRST_SENTENCE as written before its runs without a mark were taken whole.
_LAZY_FIRST_SENTENCE = re.compile(
    rf".+?(?:{transcript_labels._NOT_ABBREVIATION}[.!?…][”\"’)]*(?=\s+[A-Z“\"‘({HANGUL}])"
    r"|[。！？][」”』]*|$)",
    re.DOTALL,
)


@pytest.mark.parametrize(
    "text",
    [
        "Good evening. Very good to see you all.",
        "Mr. Hayashi and U.S. Secretary Blinken met. Then",
        "I met Dr. Kim… and we spoke! “Yes,” he said.",
        "Thank you (applause). Next",
        "ありがとうございます。本日は",
        "「はい」と述べた。次に",
        "감사합니다. 오늘은",
        "No mark at all, to the end\n",
        "A. B. Carter spoke? yes. No",
        "x",
    ],
)
def test_first_sentence_ends_where_the_lazy_pattern_did(text):
    expected = _LAZY_FIRST_SENTENCE.match(text).group(0).rstrip()
    assert transcript_labels.FIRST_SENTENCE.match(text).group(0).rstrip() == expected


def test_the_longest_cjk_label_is_still_read_as_a_speaker_line():
    longest = max(CJK_TITLES, key=len)
    line = " ".join(["外" * 12] * 3) + " " + longest
    assert len(line) == transcript_labels.CJK_LABEL_LONGEST
    assert transcripts._speaker_line(f"  {line}  ")
    assert not transcripts._speaker_line(line + longest)


def test_a_turn_label_needs_its_colon_only_where_the_pattern_does():
    assert transcripts._turn_match("林外務大臣：本日は。", None) is not None
    assert transcripts._turn_match("林外務大臣:本日は。", None) is not None
    assert transcripts._turn_match("林外務大臣は本日、会見した。", None) is None
    assert transcripts._turn_match("Q    Thank you, Mr. President.", None) is not None
    assert transcripts._turn_match("【林外務大臣】本日は。", None) is not None


def test_a_paragraph_without_a_mark_still_signs_the_quote_above():
    body = "“We will stand together with our allies in every way we can.”\n\n— Antony Blinken"
    at = body.index("Antony")
    mentions = [Mention("antony-blinken", at, at + len("Antony Blinken"), "Antony Blinken")]
    (hit,) = quotes.find_quotes(body, mentions)
    assert (hit.speaker_slug, hit.form) == ("antony-blinken", "quote-name-verb")
    assert not quote_marks.has_quote_mark("— Antony Blinken")
