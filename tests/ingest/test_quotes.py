"""find_quotes: pairing quote marks and attributing them, one case per form."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes, quote_spans


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(q.form, q.speaker_slug, q.text) for q in find_quotes(body, mentions)]


CASES = [
    (
        "Antony Blinken spoke. “Our alliance is strong,” Blinken said at the start.",
        [("quote-name-verb", "antony-blinken", "Our alliance is strong")],
    ),
    (
        "Antony Blinken spoke. Blinken said: “We will build new tools together.”",
        [("name-verb-colon-quote", "antony-blinken", "We will build new tools together.")],
    ),
    (
        "“It is difficult to overestimate it,” said Antony Blinken, after a meeting.",
        [("quote-verb-name", "antony-blinken", "It is difficult to overestimate it")],
    ),
    (
        "“This is a concerted message,” said Daniel Russell, who served under Obama.",
        [("quote-verb-name", "daniel-russel", "This is a concerted message")],
    ),
    (
        "“We must pursue all avenues,” Japanese Defense Minister Nobuo Kishi told reporters.",
        [("quote-name-verb", "nobuo-kishi", "We must pursue all avenues")],
    ),
    (
        "“We meet against a backdrop of tension,” Lloyd Austin said.\n\n"
        "“We remain grateful for the support,” he added.",
        [
            ("quote-name-verb", "lloyd-austin", "We meet against a backdrop of tension"),
            ("quote-pronoun-verb", "lloyd-austin", "We remain grateful for the support"),
        ],
    ),
    (
        '"We are launching a new agreement," Antony Blinken said.',
        [("quote-name-verb", "antony-blinken", "We are launching a new agreement")],
    ),
    (
        '"They resolved to work together to deter and respond," it said.',
        [("quote-pronoun-verb", None, "They resolved to work together to deter and respond")],
    ),
    (
        "Yoshimasa Hayashi told his counterparts of “corrosive unilateral attempts”.",
        [("name-verb-quote", "yoshimasa-hayashi", "corrosive unilateral attempts")],
    ),
    (
        "“This is a concerted message,” said Daniel Russell, who served.\n\n"
        "“In particular, the resolution is a powerful expression of solidarity.”",
        [
            ("quote-verb-name", "daniel-russel", "This is a concerted message"),
            (
                "continuation",
                "daniel-russel",
                "In particular, the resolution is a powerful expression of solidarity.",
            ),
        ],
    ),
    (
        "“There is no coded news here,” Hornung said.",
        [("quote-name-verb", None, "There is no coded news here")],  # not known: name only
    ),
    (
        "They described it as a “continuous threat,” and agreed to act.",
        [],  # a short scare quote is no quote
    ),
    (
        "The ministers said the efforts presented “political, economic, military and "
        "technological challenges to the region.”",
        [
            (
                "unattributed",
                None,
                "political, economic, military and technological challenges to the region.",
            )
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_find_quotes(ref, body, expected):
    assert quotes(body, ref) == expected


def test_speaker_name_of_an_unknown_speaker_is_kept(ref):
    [hit] = find_quotes("“There is no coded news here,” Hornung said.", [])
    assert hit.speaker_name == "Hornung"


def test_offsets_point_at_the_quote_marks(ref):
    body = "First paragraph.\n\n“We are ready,” Lloyd Austin said."
    mentions, _ = find_people(body, ref.index)
    [hit] = find_quotes(body, mentions)
    assert body[hit.start : hit.end] == "“We are ready,”"


@pytest.mark.parametrize(
    ("paragraph", "spans"),
    [
        ("“a” and “b”", [(0, 3), (8, 11)]),
        ('He said "yes" twice.', [(8, 13)]),
        ('"political, economic”', [(0, 21)]),  # straight open, curly close (seed 002)
        ("“An open quote running on", [(0, 25)]),
        ("text “never closed", []),
    ],
)
def test_quote_spans(paragraph, spans):
    assert quote_spans(paragraph) == spans
