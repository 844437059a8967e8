"""prefilter: folding is sound for re.IGNORECASE over every code point, so skipping a
keyword regex never changes a result."""

import random
import re
import sys

import pytest

from archive.ingest import meetings, prefilter
from archive.ingest.reference import alternation

EVERY_CHARACTER = "".join(chr(code) for code in range(sys.maxunicode + 1) if code != 0x0A)


def test_folding_keeps_one_character_for_one():
    assert len(prefilter.fold(EVERY_CHARACTER)) == len(EVERY_CHARACTER)


FOLDED = prefilter.fold(EVERY_CHARACTER)
LATIN = [chr(code) for code in range(0xC0, 0x250)]


@pytest.mark.parametrize(
    "letter", [*"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", *LATIN]
)
def test_every_character_ignorecase_matches_with_a_letter_folds_like_it(letter):
    assert prefilter.foldable(letter)
    expected = prefilter.fold(letter)
    for match in re.finditer(re.escape(letter), EVERY_CHARACTER, re.IGNORECASE):
        assert FOLDED[match.start()] == expected, hex(ord(match.group(0)))


def test_caseless_characters_match_only_themselves():
    for char in "日米外相会談北朝鮮한국の2+-":
        assert prefilter.foldable(char)
        matches = re.findall(re.escape(char), EVERY_CHARACTER, re.IGNORECASE)
        assert matches == [char]


@pytest.mark.parametrize(
    ("forms", "text", "expected"),
    [
        (("Tokyo", "Washington"), "Talks in TOKYO", [(9, 14)]),
        (("Tokyo", "Washington"), "Talks in Osaka", []),
        (("Genève",), "Talks in GENÈVE", [(9, 15)]),
        (("Genève",), "Talks in Geneva", []),
        (("Αθήνα",), "Talks in ΑΘΉΝΑ", [(9, 14)]),  # Greek: the regex scans the text
        (("北朝鮮",), "北朝鮮の", [(0, 3)]),
        (("北朝鮮",), "韓国の", []),
        (("Kiev",), "\u212aiev", [(0, 4)]),  # the Kelvin sign matches "K" case-insensitively
    ],
)
def test_finditer_examples(forms, text, expected):
    pattern = alternation(list(forms), flags=re.IGNORECASE)
    found = prefilter.finditer(pattern, forms, text, prefilter.fold(text))
    assert [m.span() for m in found] == expected


FORMS = ("North Korea", "Korea", "Korean", "Pekín", "space", "outer space", "北朝鮮", "朝鮮", "2+2")
PIECES = (*FORMS, "KOREA", "korean", "PEKÍN", "Space", "\u212aorea", "-", " ", "\n", "a", "の")


@pytest.mark.parametrize("seed", range(30))
def test_finditer_gives_the_regex_matches(seed):
    rng = random.Random(seed)
    forms = rng.sample(FORMS, rng.randrange(1, len(FORMS)))
    pattern = alternation(forms, flags=re.IGNORECASE)
    text = "".join(rng.choice(PIECES) for _ in range(200))
    found = prefilter.finditer(pattern, forms, text, prefilter.fold(text))
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


NAMES = ("Fumio Kishida", "Kishi", "Nobuo Kishi", "岸田文雄", "岸田", "HAYASHI Yoshimasa", "Lee")


@pytest.mark.parametrize("seed", range(30))
def test_finditer_exact_gives_the_regex_matches(seed):
    rng = random.Random(seed)
    forms = rng.sample(NAMES, rng.randrange(1, len(NAMES)))
    pattern = alternation(forms)
    pieces = (*NAMES, "kishi", "Kishida", "Leeds", "-", " ", "\n", "の", "Fumio")
    text = "".join(rng.choice(pieces) for _ in range(200))
    found = prefilter.finditer_exact(pattern, forms, text)
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("letter", "abcdefghijklmnopqrstuvwxyz")
def test_a_lower_case_letter_matches_exactly_what_folds_to_it(letter):
    matched = {m.start() for m in re.finditer(letter, EVERY_CHARACTER, re.IGNORECASE)}
    assert matched == {m.start() for m in re.finditer(letter, FOLDED)}


def test_folding_keeps_word_characters_spaces_and_caseless_characters():
    word, space = re.compile(r"\w"), re.compile(r"\s")
    for char, folded in zip(EVERY_CHARACTER, FOLDED, strict=True):
        assert bool(word.match(char)) == bool(word.match(folded)), hex(ord(char))
        assert bool(space.match(char)) == bool(space.match(folded)), hex(ord(char))
        if folded != char:  # only a letter with case folds, and never to a caseless one
            assert folded.isascii() and folded.isalpha() or folded.upper() != folded


def test_folded_pattern_refuses_upper_case():
    with pytest.raises(ValueError, match="upper-case"):
        prefilter.folded_pattern("Tokyo")
    assert prefilter.folded_pattern(r"\S+ tokyo\b").pattern == r"\S+ tokyo\b"


MEETING_WORDS = {**meetings.KIND_WORDS, **meetings.FORMAT_WORDS, **meetings.COUNTRY_WORDS}
WORD_PIECES = (
    "2+2",
    "2 + 2",
    "Two-Plus-Two",
    "SUMMIT",
    "Summit",
    "leaders' talks",
    "TELEPHONE",
    "smartphone",
    "Video",
    "virtually",
    "South \u212aorea",
    "ROK",
    "rok",
    "Rokkasho",
    "Republic of Korea",
    "India",
    "Indiana",
    "首脳会談",
    "정상회담",
    "Trilateral",
    "QUAD",
    "Japan-U.S.-Australia",
    "Defence Ministers' meeting",
    "ſummit",
    "İndia",
    " ",
    "\n",
    "-",
    ".",
    "will meet",
    "Will Visit",
    "tomorrow",
    "TOMORROW's",
    "Manila",
)


@pytest.mark.parametrize("seed", range(30))
def test_meeting_word_patterns_on_the_folded_body_find_what_ignorecase_finds(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(WORD_PIECES) for _ in range(120))
    folded = prefilter.fold(text)
    for words in [*MEETING_WORDS.values(), meetings.FUTURE.pattern]:
        expected = [m.span() for m in re.finditer(words, text, re.IGNORECASE)]
        assert [m.span() for m in prefilter.folded_pattern(words).finditer(folded)] == expected


SIGN_PATTERNS = (
    *meetings._KIND_PATTERNS.values(),
    *meetings._FORMAT_PATTERNS.values(),
    *meetings._COUNTRY_PATTERNS.values(),
    meetings.FUTURE,
)


@pytest.mark.parametrize("seed", range(30))
def test_pattern_scan_counts_and_searches_like_the_patterns(seed):
    rng = random.Random(seed)
    folded = prefilter.fold("".join(rng.choice(WORD_PIECES) for _ in range(120)))
    scan = prefilter.PatternScan(SIGN_PATTERNS)
    for pattern in SIGN_PATTERNS:
        assert [m.span() for m in scan.finditer(pattern, folded)] == [
            m.span() for m in pattern.finditer(folded)
        ]
        assert scan.count(pattern, folded) == len(pattern.findall(folded))
        assert scan.search(pattern, folded) == (pattern.search(folded) is not None)


def test_every_meeting_word_pattern_has_literal_heads():
    """None of them is searched over the whole text (a None would fall back to that)."""
    for pattern in SIGN_PATTERNS:
        heads = prefilter.literal_heads(pattern)
        assert heads and all(heads), pattern.pattern


@pytest.mark.parametrize(
    ("source", "heads"),
    [
        (r"\bsummit|leaders'? talks", ("lead", "summ")),
        (r"(?:top )?diplomats", ("dipl", "top ")),
        (r"2\s?\+\s?2", ("2",)),
        (r"defen[cs]e", ("defe",)),
        (r"u\.?s\.?-japan", ("u.", "us-j", "us.")),
        (r"(?<![\w-])ab", ("ab",)),
        (r"\w+ said", None),  # may begin with any letter
        (r"(?:ab)?", None),  # matches the empty string
        (r"(?i:ab)", None),
    ],
)
def test_literal_heads(source, heads):
    assert prefilter.literal_heads(re.compile(source), 4) == heads


@pytest.mark.parametrize("seed", range(20))
def test_needles_find_what_str_find_finds(seed):
    rng = random.Random(seed)
    needles = rng.sample(FORMS, 5)
    scan = prefilter.Needles(prefilter.fold(form) for form in needles)
    text = prefilter.fold("".join(rng.choice(PIECES) for _ in range(200)))
    for some in (needles, needles[:2], [*needles[:1], "korea", "space"]):
        folded = [prefilter.fold(form) for form in some]
        assert scan.starts(folded, text) == prefilter._starts(folded, text)
    assert scan.passes == 1  # the text read once, however many look-ups


@pytest.mark.parametrize("seed", range(20))
def test_finditer_with_shared_needles_gives_the_regex_matches(seed):
    rng = random.Random(seed)
    forms = rng.sample(FORMS, rng.randrange(1, len(FORMS)))
    needles = prefilter.Needles(prefilter.fold(form) for form in FORMS)
    pattern = alternation(forms, flags=re.IGNORECASE)
    text = "".join(rng.choice(PIECES) for _ in range(200))
    found = prefilter.finditer(pattern, prefilter.Forms(forms, needles), text, prefilter.fold(text))
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]
    exact = alternation(forms)
    names = prefilter.Forms(forms, prefilter.Needles(forms))
    assert [m.span() for m in prefilter.finditer_exact(exact, names, text)] == [
        m.span() for m in exact.finditer(text)
    ]


def test_forms_and_needles_survive_pickling():
    import pickle

    forms = prefilter.Forms(("Tokyo", "Osaka"), prefilter.Needles(("tokyo", "osaka")))
    copy = pickle.loads(pickle.dumps(forms))
    assert copy == forms and copy.needles.needles == forms.needles.needles
    assert copy.needles.starts(["tokyo"], "tokyo, osaka, tokyo") == [0, 14]
