"""Chinese, Japanese and Korean text: scripts, sizes and search tokens.

CJK text has no spaces between words, so the rest of the pipeline cannot count words or
find word boundaries in it the way it does in English. This module holds the few script
facts the other modules share:

- `is_cjk`, `cjk_count`: which characters are Han, kana or hangul;
- `units`: the size of a line in word-equivalents (Latin words plus half the CJK
  characters: a Japanese or Chinese word is two characters on average), so that "a
  title is 3 to 40 words long" means the same thing in every script;
- `cjk_bigrams`: overlapping character bigrams, the usual way to index CJK text for
  full-text search without a dictionary (PostgreSQL's parsers split on spaces only).
"""

from __future__ import annotations

import re

from archive.ingest.prefilter import required_strings

# Han (CJK Unified Ideographs, extension A, compatibility ideographs, and the marks 々〆),
# kana (hiragana, katakana with its long-vowel mark, half-width katakana; not the middle
# dot "・", which separates the parts of a name) and hangul (syllables and jamo).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006"
KANA = "\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"
HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
CJK_CHARS = HAN + KANA + HANGUL
CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
_CJK_CHAR = re.compile(f"[{CJK_CHARS}]")
_LATIN_WORD = re.compile(r"[^\W\d_]+", re.ASCII)
_WORD = re.compile(rf"[^\W_{CJK_CHARS}]+")

# Sentence-final punctuation of Chinese and Japanese ("．" in Japanese government texts).
SENTENCE_END_CHARS = "。！？．"
# Closing brackets and quote marks that may follow a sentence end.
CLOSERS = "」』”’）)\"'"


# Titles printed right after a surname in Japanese, Chinese and Korean ("林外務大臣",
# "岸田総理", "블링컨 장관", "布林肯国务卿"). A bare CJK surname is read as a person only
# when one follows: "林" alone is a common character (forest), "岸田" a place name.
CJK_TITLES = tuple(
    sorted(
        set(
            """
            外務大臣 防衛大臣 総理大臣 内閣総理大臣 官房長官 国務長官 国防長官 戦争長官 副大統領
            大統領 大臣 外相 防衛相 防相 総理 首相 長官 大使 議員 氏 前外相 元外相
            外务大臣 防卫大臣 防卫相 外长 外長 防长 防長 国务卿 國務卿 国防部长 國防部長
            部长 部長 总理 總理 总统 總統 副总统 副總統 首相 大使
            장관 국무장관 국방장관 외무장관 외무상 외상 방위상 방위장관 총리 대통령 부통령 대사
            """.split()
        ),
        key=lambda title: (-len(title), title),
    )
)


# CJK characters and the punctuation written with them (、。「」・ and full-width forms).
_CJK_OR_PUNCTUATION = re.compile(f"[{CJK_CHARS}\u3000-\u303f\u30fb\uff00-\uffef]")


def is_cjk_text(char: str) -> bool:
    """True for a CJK character or CJK punctuation (no space belongs next to either)."""
    return bool(_CJK_OR_PUNCTUATION.match(char))


def is_cjk(char: str) -> bool:
    """True for a Han, kana or hangul character."""
    return bool(_CJK_CHAR.match(char))


def cjk_count(text: str) -> int:
    """How many Han, kana and hangul characters `text` holds: the lengths of its runs of
    them, from the first one on (a match per run, not per character)."""
    first = None if text.isascii() else _CJK_CHAR.search(text)
    return 0 if first is None else sum(map(len, CJK_RUN.findall(text, first.start())))


LONG = 4096  # characters: has_cjk remembers its answer for the last text this long


class _LastLong:
    read: tuple[str, bool] | None = None  # replaced as a whole
    scans = 0  # long texts searched: a count for tests


def has_cjk(text: str) -> bool:
    """Whether `text` holds a CJK character. The answer for the last long text is kept:
    the head's readers ask it of the same first paragraph again and again, and on a
    report printed as one line that paragraph is the whole report."""
    if len(text) < LONG:  # (isascii is kept by the string: most English paragraphs)
        return not text.isascii() and _CJK_CHAR.search(text) is not None
    last = _LastLong.read
    if last is not None and last[0] is text:
        return last[1]
    _LastLong.scans += 1
    found = _CJK_CHAR.search(text) is not None
    _LastLong.read = (text, found)
    return found


def needs_cjk(pattern: re.Pattern) -> bool:
    """Whether every match of `pattern` holds a CJK character: each of the strings one of
    which every match holds (`prefilter.required_strings`) holds one. Such a pattern need
    not be run over a text without CJK (`has_cjk`): on a long English report, a search
    that finds nothing still reads every character (issue #10: parse time)."""
    required = required_strings(pattern)
    return bool(required) and all(_CJK_CHAR.search(string) for string, _ in required)


def units(text: str) -> float:
    """The length of `text` in word-equivalents: non-CJK words plus CJK characters / 2.

    Korean separates words by spaces but its words are about two syllables long too, so
    hangul counts like Han and kana (a spaced Korean phrase is counted by its syllables,
    not also by its spaces).
    """
    words, cjk = word_and_cjk_counts(text)
    return words + cjk / 2


def units_exceed(text: str, bound: float) -> bool:
    """`units(text) > bound`, counting longer and longer beginnings of a long text until
    one is over (a beginning never has more units than the whole text)."""
    size = 128
    while size < len(text):
        if units(text[:size]) > bound:
            return True
        size *= 4
    return units(text) > bound


def word_and_cjk_counts(text: str) -> tuple[int, int]:
    """(non-CJK words, CJK characters) in `text`: `units` is words + CJK / 2."""
    # _WORD excludes CJK characters, so every word it finds is a non-CJK one.
    return len(_WORD.findall(text)), cjk_count(text)


def mostly_cjk(text: str) -> bool:
    """True when CJK characters make at least half of `text` (in word-equivalents): an
    English sentence naming 林芳正 is not CJK text."""
    if not has_cjk(text):  # (remembered for a long text: a one-line report's paragraph)
        return False
    words, cjk = word_and_cjk_counts(text)  # units(text) - cjk / 2 is the words
    return cjk / 2 >= words


def cjk_bigrams(text: str) -> str:
    """The overlapping character bigrams of every run of Han, kana or hangul characters.

    "日米外相会談" -> "日米 米外 外相 相会 会談"; a run of one character yields itself.
    Space-separated, in the order they occur (repeats kept), so the result is the same
    for the same text: feed it to the stored search vector and to the query alike.
    Everything that is not CJK (Latin words, digits, punctuation) is ignored.
    """
    tokens: list[str] = []
    for run in CJK_RUN.findall(text):
        if len(run) == 1:
            tokens.append(run)
        else:
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(tokens)
