"""A person a Chinese, Japanese or Korean report names in full once and then by a short
form (issue 11): "安倍晉三" then "安倍說", "岸田文雄" then "岸田表示", "하야시 요시마사" then
"하야시는", "토니 블링컨" then "블링컨은". cjk_quotes.py asks for these only when the sentence
before a quote names no known person who can be its subject.

The short forms of a name printed in CJK script:
- a name in words (a space or a middle dot between them, as Korean and Chinese print
  foreign names): its first word (a Japanese surname, "하야시") and its last (a Western
  surname, "블링컨", "布林肯"), each of two characters at least;
- a Japanese person's name of three or four Han characters with no break (surname first):
  its first two ("安倍", "岸田", "石破"); a Chinese name or a foreign name in Han has no such
  short form ("克林" of "克林顿" is nobody's). A one-character surname ("林", "菅") is left
  alone: alone it is a common word; the two characters then read are no word of their own
  ("林芳", "习近"), so they are never found;
- a Korean name of two or three syllables with no break ("윤석열", "박진"): its first
  syllable, the surname, read only before the title of a post the person held ("윤
  대통령은", "조 장관은"): 이, 김, 박, 윤 are the surnames of many officials, so "윤 장관은"
  after "윤석열 대통령" is not the president.

A short form stands for the one person named in full with it before it; two such people,
or none, is no answer. Printed inside a longer known name, it is that name's part.

A name printed with its country, ministry or title after it ("바이든 대통령", "박진 외교부
장관") is read without them: a title is no one's short form ("대통령은" after "바이든
대통령" is not Biden, "윤 대통령은" is not either).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from archive.ingest.cjk import CJK_TITLES, HAN, HANGUL, KANA
from archive.ingest.cjk_family_names import holder
from archive.ingest.cjk_subjects import NAME_TAIL
from archive.ingest.results import Mention
from archive.ingest.spans import mention_index

_WORDS_BREAK = re.compile(r"[^\S\n]|[·・‧･•]")
_CJK_WORD = re.compile(rf"[{HAN}{KANA}{HANGUL}]{{2,}}")
_HAN_NAME = re.compile(rf"[{HAN}]{{3,4}}")
_HANGUL = re.compile(f"[{HANGUL}]")
_HANGUL_NAME = re.compile(f"[{HANGUL}]{{2,3}}")
# A one-syllable Korean surname stands for the person only before a title.
_TITLE_AFTER = re.compile(rf"[^\S\n]+({'|'.join(map(re.escape, CJK_TITLES))})")


def short_forms(form: str, country: str | None = None) -> tuple[str, ...]:
    """The short forms a full name printed as `form` goes by (module docstring); `country`,
    the person's, when known."""
    words = _name_words([word for word in _WORDS_BREAK.split(form.strip()) if word])
    if len(words) == 1:
        form = words[0]
    if len(words) >= 2:
        ends = {words[0], words[-1]}
        return tuple(sorted(word for word in ends if _CJK_WORD.fullmatch(word)))
    if _HAN_NAME.fullmatch(form) and country in (None, "Japan"):
        return (form[:2],)
    if _HANGUL_NAME.fullmatch(form):
        return (form[0],)  # read only before a title: "윤 대통령은", "조 장관은"
    return ()


def _name_words(words: list[str]) -> list[str]:
    """The words of a printed name without the country, ministry and titles after it."""
    for i in range(1, len(words)):
        if NAME_TAIL.fullmatch(" " + " ".join(words[i:])):
            return words[:i]
    return words


class ShortNames:
    """The short forms of the people `mentions` name in full (read at the first question:
    most reports never ask), each with where each person's first full mention ends.
    `people` (the reference's, by slug) gives each one's country and offices, `on` the
    report's day: without them a one-syllable surname stands for no one."""

    def __init__(
        self,
        mentions: Sequence[Mention],
        people: Mapping | None = None,
        on: date | None = None,
    ):
        self._mentions = mentions
        self._people, self._on = people, on
        self._firsts: dict[str, dict[str, int]] | None = None
        self._pattern: re.Pattern | None = None  # every short form, the longest first

    def _table(self) -> dict[str, dict[str, int]]:
        if self._firsts is None:
            # Where each (name as printed, person) is first printed: read from the last
            # mention back, the first one's end is the one kept (a long report repeats
            # its few names thousands of times).
            first_end = {(m.form, m.slug): m.end for m in reversed(self._mentions)}
            firsts: dict[str, dict[str, int]] = {}
            for (form, slug), end in first_end.items():
                person = self._people.get(slug) if self._people is not None else None
                for short in short_forms(form, person.country if person else None):
                    held = firsts.setdefault(short, {})
                    held[slug] = min(end, held.get(slug, end))
            self._firsts = firsts
            if firsts:
                longest_first = sorted(firsts, key=lambda short: (-len(short), short))
                self._pattern = re.compile("|".join(map(re.escape, longest_first)))
        return self._firsts

    def within(self, text: str, at: int, start: int, end: int) -> list[Mention]:
        """A Mention of each short form in text[start:end] (`text` begins at `at` in the
        body the mentions are measured in) that stands for one person, in order."""
        table = self._table()
        if self._pattern is None:
            return []
        known = mention_index(self._mentions)
        found = []
        for printed in self._pattern.finditer(text, start, end):
            mention = self._one(text, at, printed, table[printed.group(0)], known)
            if mention is not None and len(mention.form) == 1:
                mention = self._titled(text, printed.end(), mention)
            if mention is not None:
                found.append(mention)
        return found

    @staticmethod
    def _one(text: str, at: int, printed: re.Match, firsts, known) -> Mention | None:
        position, short = printed.start(), printed.group(0)
        begin, finish = at + position, at + printed.end()
        if known.overlapping(begin, finish):
            return None  # a part of a longer name printed there
        if _HANGUL.match(short) and position and _HANGUL.match(text, position - 1):
            return None  # the end of another Korean word
        if len(short) == 1 and not _TITLE_AFTER.match(text, printed.end()):
            return None
        named = [slug for slug, first in firsts.items() if first <= begin]
        return Mention(named[0], begin, finish, short) if len(named) == 1 else None

    def _titled(self, text: str, end: int, mention: Mention) -> Mention | None:
        """The one-syllable surname's person when the title after it names a post they
        held (on the report's day when known), else None."""
        title = _TITLE_AFTER.match(text, end)
        if title is None or self._people is None or mention.slug not in self._people:
            return None
        held = holder((mention.slug,), title.group(1), self._people, self._on)
        return mention if held == mention.slug else None
