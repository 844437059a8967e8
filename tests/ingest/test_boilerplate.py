"""drop_boilerplate: whole-line chrome goes, sentences that mention chrome words stay."""

import pytest

from archive.ingest.boilerplate import compile_patterns, drop_boilerplate

CHROME = [
    ("loading…", "loading placeholder"),
    ("Back to top button", "navigation"),
    ("Torna in alto", "navigation"),
    ("Related Articles", "related links"),
    ("READ\u00a0 Poliga nel sud è considerata la località balneare più bella", "related link"),
    ("Baca: Revenge, China Blocks Visas for South Korea and Japan", "related link"),
    ("ALSO READ: Japan to double defence spending", "related link"),
    ("Leave a Reply", "comment form"),
    ("Lascia un commento", "comment form"),
    ("Comments", "comment form"),
    ("Your email address will not be published. Required fields are marked *", "comment form"),
    (
        "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
        "comment form",
    ),
    ("Image credit: Reuters", "photo credit"),
    ("Some Headline About Threats. PHOTO/Reuters", "photo credit"),
    ("Sign up now for unlimited free access to Reuters.com", "subscription prompt"),
    ("Our standards: Thomson Reuters Trust Principles.", "wire trailer"),
    ("cgv/lds", "editor initials"),
    ("(esn)", "editor initials"),
]

SENTENCES = [
    "Comments from the two allies highlight how deepening alarm about China has grown.",
    "Read the joint statement: it says the allies will work together.",
    "The READ programme was not discussed.",
    "Blinken said the photo op was cancelled.",
    "New tools",
    "Loading of the missiles took place on Friday, officials said.",
]


@pytest.mark.parametrize(("line", "reason"), CHROME, ids=[line[:24] for line, _ in CHROME])
def test_chrome_is_dropped_with_its_reason(line, reason):
    kept, dropped = drop_boilerplate([line])
    assert kept == []
    assert [(d.line, d.reason) for d in dropped] == [(line, reason)]


@pytest.mark.parametrize("line", SENTENCES)
def test_sentences_are_kept(line):
    kept, dropped = drop_boilerplate([line])
    assert (kept, dropped) == ([line], [])


def test_curator_patterns_are_full_line_and_bad_ones_are_skipped():
    patterns = compile_patterns([r"Follow us on \w+", r"(unclosed"], "curator pattern")
    assert len(patterns) == 1
    kept, dropped = drop_boilerplate(
        ["Follow us on Telegram", "Follow us on Telegram today"], patterns
    )
    assert kept == ["Follow us on Telegram today"]
    assert dropped[0].reason == r"curator pattern: Follow us on \w+"
