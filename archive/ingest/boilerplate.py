"""Dropping site chrome: lines that are not part of the report.

A line is dropped only when a pattern matches it *fully* (re.fullmatch), so a sentence
that merely contains "Comments" or "READ" survives. The built-in patterns
(archive/ingest/chrome_patterns.py) cover chrome common to news and government sites in
the languages the archive meets; curators add per-outlet and global patterns in the
database (KnownOutlet.boilerplate, Reference.boilerplate).

Trying every pattern on every line was most of the step's time (issue #10: parse time).
A `LineMatcher`, built once per tuple of patterns, tries on a line only the patterns
that can match it: those whose length bounds hold the line's length, that may begin
with the line's first character and whose required strings occur in the line
(prefilter.first_characters, prefilter.required_strings). First characters are read
case-insensitively, required strings as the pattern reads them (folded where it ignores
case), so a screen never refuses a line its pattern matches: the first pattern that
matches is the same one.

Looking for the required strings was itself most of what remained (a line of 5 MB of
English read twice by an automaton: 10 microseconds a line), and most of that was
reporting strings of patterns that could not match the line anyway: a gallery counter's
"of" in every sentence, an advertisement label's "ad". So a line longer than SHORT_LINE
is read by an automaton holding only the strings of patterns that can match a line that
long (chrome_patterns keeps one-letter widgets, "x", "A A A", patterns of their own, so
that their letter is looked for in short lines only). A pattern is not tried on a
line holding a character it refuses (pattern_alphabet.refused_characters): a breadcrumb
of negated classes backtracks for hundreds of microseconds on a sentence holding its
arrow.

A line's strings are found in one automaton pass over the folded line, those required
as printed by their folds and then checked as printed (`_RequiredStrings`: two passes,
one on the line and one on its fold, cost twice as much), and the screens a set of found
strings lets through are worked out once per set.
"""

from __future__ import annotations

import re
import re._parser as sre_parser
import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

import ahocorasick_rs

from archive.ingest.chrome_patterns import DEFAULT_PATTERNS
from archive.ingest.needles import DFA
from archive.ingest.pattern_alphabet import refused_characters
from archive.ingest.prefilter import Needles, first_characters, fold, foldable, required_strings
from archive.ingest.results import DroppedLine

__all__ = [
    "DEFAULT_PATTERNS",
    "LineMatcher",
    "boilerplate_reason",
    "closing_footer",
    "list_under_header",
    "compile_patterns",
    "drop_boilerplate",
    "trailing_link_list",
]


_LIST_ITEM = re.compile(r"\s*[-–—•·*]\s*(?P<text>\S.*)")
# A sentence's end; not the stop of an initialism closing a story's title ("… with the U.S.").
_ITEM_END = re.compile(r"(?:(?<![A-Z]\.[A-Z])\.|[!?。！？:：])$")


_WIDE_RUN = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]+")  # counted by runs, in C


def _link_like(text: str) -> bool:
    """A list item that reads like a link or a tag: short, and not a sentence."""
    # Words counted up to 14 (13 or more already make it too long: no list of a long text).
    words = len(_WIDE_RUN.sub(" ", text).split(None, 13))
    size = sum(map(len, _WIDE_RUN.findall(text))) / 2 + words
    return size <= 12 and not _ITEM_END.search(text.strip())


def trailing_link_list(lines: Sequence[str], taken: Iterable[int] = ()) -> list[int]:
    """Indexes of the list of links or tags that closes a page ("• Ukraine", "- Joint
    Statement … – Department of State"): two or more short items, none a sentence, with
    nothing but chrome (`taken`) after them. A list of sentences is the report's."""
    taken = set(taken)
    run: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if i in taken:
            continue
        item = _LIST_ITEM.fullmatch(lines[i])
        if item is None or not _link_like(item.group("text")):
            break
        run.append(i)
    return sorted(run) if len(run) >= 2 else []


LIST_HEADERS = frozenset({"related links", "tags"})
HEADER_WORDS = 7  # "Popular articles in the past week": a header, not a sentence


def list_under_header(lines: Sequence[str], reasons: dict[int, str]) -> list[int]:
    """Indexes of the links listed under a list's header ("Related Articles", "関連リンク",
    "관련 뉴스", "Tags", "Berita Terkait", "最新视频": a line whose reason is in LIST_HEADERS
    and that holds no more than the header, HEADER_WORDS words at most): the short lines
    after it that are no sentences (story titles, their dates, tag names), the bulleted
    items however long ("• 7/23【时事大家谈】…": a programme's blurb), a story title after a
    bullet printed alone and a clip's title over its player, up to the first sentence.
    Lines already in `reasons` are passed over."""
    found: list[int] = []
    for header in sorted(i for i, why in reasons.items() if why in LIST_HEADERS):
        if (
            len(lines[header].split()) > HEADER_WORDS
            or ":" in lines[header]
            or "：" in lines[header]
        ):
            continue
        for i in range(header + 1, len(lines)):
            if i in reasons:
                continue
            if not (
                _link_like(lines[i])
                or _LIST_ITEM.fullmatch(lines[i])
                or _after_lone_bullet(lines, i, reasons)
                or _clip_title(lines, i, reasons)
            ):
                break
            found.append(i)
    return sorted(set(found))  # two headers in a row list the same lines


_LONE_BULLET = re.compile(r"\s*[-–—•·*]\s*")


def _after_lone_bullet(lines: Sequence[str], i: int, reasons: dict[int, str]) -> bool:
    """Line `i` follows a bullet printed alone on its line ("-" then "Story title …") and
    is followed by another, by chrome or by nothing: a list item the copy split in two,
    however long its title (a story's, cut short with "…" or "(..."). A line after a
    navigation list's last bullet with the report's own lines under it is the headline
    (review d01151d)."""
    if i == 0 or _LONE_BULLET.fullmatch(lines[i - 1]) is None:
        return False
    after = i + 1
    return (
        after == len(lines) or after in reasons or _LONE_BULLET.fullmatch(lines[after]) is not None
    )


def _clip_title(lines: Sequence[str], i: int, reasons: dict[int, str]) -> bool:
    """Line `i` is a video's title printed over its player: a short line, not a finished
    sentence, right above the player's notice ("请稍等", "No media source currently
    available")."""
    line = lines[i].strip()
    return (
        reasons.get(i + 1) == "player notice"
        and len(line) <= 80
        and not line.endswith(("。", "．", "."))
    )


def closing_footer(
    lines: Sequence[str], taken: Iterable[int], is_site_name: Callable[[str], bool]
) -> list[int]:
    """Indexes of the page's footer: the site's or its issuer's name alone on a line
    after the report's last sentence ("U.S. Department of State", "外務省"), and the short
    lines after it that are no sentences (the footer's featured links: "The Lessons of
    1989: Freedom and Our Future"). Lines in `taken` (chrome) are passed over. A name
    with nothing but a headline, a date or labels above it is the page's head, not its
    footer."""
    taken = set(taken)
    free = [i for i in range(len(lines)) if i not in taken]
    run: list[int] = []
    for i in reversed(free):
        if not _link_like(lines[i]):
            break
        run.append(i)
    run.reverse()
    start = next((k for k, i in enumerate(run) if is_site_name(lines[i].strip())), None)
    if start is None:
        return []
    before = [i for i in free if i < run[start]]
    if not before or not _SENTENCE_DONE.search(lines[before[-1]].strip()):
        return []
    return run[start:]


_SENTENCE_DONE = re.compile(r"[.!?。！？][\"”’」』)）]*$")


def compile_patterns(
    patterns: Iterable[str], reason: str, problems: list[str] | None = None
) -> list[tuple[str, re.Pattern]]:
    """Curator patterns with the reason to record.

    A pattern that does not compile is skipped (and described in `problems`, if given):
    one curator's typo must not stop every import.
    """
    compiled = []
    for pattern in patterns:
        try:
            compiled.append((f"{reason}: {pattern}", re.compile(pattern)))
        except re.error as error:
            if problems is not None:
                problems.append(f"{reason} {pattern!r} is not a valid regex: {error}")
    return compiled


class _Screen:
    """What a line must show for one pattern to be tried on it."""

    __slots__ = (
        "first",
        "pattern",
        "reason",
        "folded",
        "exact",
        "shortest",
        "longest",
        "number",
        "refused",
    )

    def __init__(self, reason: str, pattern: re.Pattern):
        self.reason, self.pattern = reason, pattern
        self.shortest, self.longest = sre_parser.parse(pattern.pattern, pattern.flags).getwidth()
        first = first_characters(pattern)
        self.first = None if first is None else re.compile(_one_of(first), re.IGNORECASE)
        # Strings read in any case are folded, to be found in the folded line.
        required = required_strings(pattern)
        if required is None or not all(foldable(s) for s, caseless in required if caseless):
            required = frozenset()  # no screen: the pattern is tried on every line
        self.exact = frozenset(s for s, caseless in required if not caseless)
        self.folded = frozenset(fold(s) for s, caseless in required if caseless)
        self.number = -1  # its place among its matcher's screens
        refused = refused_characters(pattern)
        self.refused = re.compile(_one_of(refused)) if refused else None


def _one_of(characters: Iterable[str]) -> str:
    """A class of `characters` (the screen is read case-insensitively: it may let
    through more lines than the pattern's first characters, never fewer)."""
    if not characters:
        return "(?!)"  # no character begins a match
    return "[" + "".join(re.escape(char) for char in sorted(characters)) + "]"


class _RequiredStrings:
    """The required strings of some screens, looked for in a line with one automaton
    pass over the folded line: a string required as printed is looked for folded too
    (it is in the line only if its fold is in the folded line), and then checked as
    printed. Lines show few distinct sets of strings (a digit, "(", "meeting"), so the
    screens each set lets through are worked out once per set."""

    def __init__(self, screens: Iterable[_Screen]):
        self._caseless: dict[str, set[int]] = {}  # folded string -> the screens it passes
        self._printed: dict[str, dict[str, set[int]]] = {}  # its fold -> {string: screens}
        unfoldable: dict[str, set[int]] = {}  # required as printed, looked for so
        for screen in screens:
            for string in screen.folded:
                self._caseless.setdefault(string, set()).add(screen.number)
            for string in screen.exact:
                if foldable(string):
                    by_fold = self._printed.setdefault(fold(string), {})
                    by_fold.setdefault(string, set()).add(screen.number)
                else:
                    unfoldable.setdefault(string, set()).add(screen.number)
        self.strings = frozenset({*self._caseless, *self._printed})  # looked for, folded
        self._folded = (
            ahocorasick_rs.AhoCorasick(sorted(self.strings), implementation=DFA)
            if self.strings
            else None
        )
        self._unfoldable = unfoldable
        self._as_printed = Needles(unfoldable) if unfoldable else None
        self._by_found: dict[frozenset[str], tuple[frozenset[int], tuple]] = _ScreenCache()

    def passed(self, line: str) -> frozenset[int] | set[int]:
        """The numbers of the screens with a required string in `line`."""
        if self._folded is None:
            found = frozenset()
        else:  # the set made in C: asked of every line (17,800 on 5 MB of English)
            found = frozenset(self._folded.find_matches_as_strings(fold(line), overlapping=True))
        known = self._by_found.get(found)
        if known is None:
            known = self._through(found)
            if len(self._by_found) >= _MOST_KEYS:
                self._by_found.clear()
            self._by_found[found] = known
        passed, to_check = known
        if to_check or self._as_printed is not None:
            passed = set(passed)
            for string, numbers in to_check:
                if string in line:
                    passed |= numbers
            if self._as_printed is not None:
                for string in self._as_printed.present(line):
                    passed |= self._unfoldable[string]
        return passed

    def _through(self, found: frozenset[str]) -> tuple[frozenset[int], tuple]:
        """The screens the folded strings `found` let through, and the strings required
        as printed whose folds are among them, each with its screens, to check."""
        through: set[int] = set()
        to_check = []
        for string in found:
            through |= self._caseless.get(string, set())
            to_check.extend(self._printed.get(string, {}).items())
        return frozenset(through), tuple(to_check)


class LineMatcher:
    """`boilerplate_reason` for one sequence of patterns: the patterns are screened per
    line (see the module's docstring). `tries` counts the patterns fully tried, for tests."""

    def __init__(self, patterns: Iterable[tuple[str, re.Pattern]]):
        self.screens = tuple(_Screen(reason, pattern) for reason, pattern in patterns)
        for number, screen in enumerate(self.screens):
            screen.number = number
        self._short = _RequiredStrings(self.screens)
        self._long = _RequiredStrings(s for s in self.screens if s.longest > SHORT_LINE)
        # Where some pattern's length bounds begin or end, and where lines start to be
        # long: sizes between two share a list.
        ends = {end for screen in self.screens for end in (screen.shortest, screen.longest + 1)}
        ends.add(SHORT_LINE + 1)
        self._bounds = sorted(ends)
        self._by_first: dict[tuple[str, int], tuple] = _ScreenCache()  # (first, size bucket)
        self.tries = 0

    def candidates(self, first: str, size: int) -> tuple[_Screen, ...]:
        """The screens, in order, of the patterns a line of `size` characters beginning
        with `first` may match ("" for the empty line), by their first characters and
        length bounds. Lines whose sizes fall between the same two bounds share one list."""
        return self._plan(first, size)[0]

    def _plan(self, first: str, size: int) -> tuple[tuple[_Screen, ...], frozenset, frozenset]:
        """`candidates`, with the numbers of those without and with required strings."""
        key = (first, bisect_right(self._bounds, size))
        plan = self._by_first.get(key)
        if plan is None:
            found = tuple(
                screen
                for screen in self.screens
                if screen.shortest <= size <= screen.longest
                and (not first or screen.first is None or screen.first.match(first))
            )
            screened = frozenset(s.number for s in found if s.exact or s.folded)
            plan = (found, frozenset(s.number for s in found) - screened, screened)
            if len(self._by_first) >= _MOST_KEYS:
                self._by_first.clear()
            self._by_first[key] = plan
        return plan

    def passed(self, line: str) -> set[int]:
        """The numbers of the screens with a required string in `line` (stripped): the
        screens with required strings that do not refuse it."""
        return (self._short if len(line) <= SHORT_LINE else self._long).passed(line)

    def reason(self, line: str) -> str | None:
        """The reason of the first pattern matching the whole (stripped) line, or None."""
        stripped = line.strip()
        _, tried, screened = self._plan(stripped[:1], len(stripped))
        long = len(stripped) > LONG_LINE
        if long:
            # The screen reads the whole line (a fold, two automaton passes: 0.06 CPU
            # s/MB on a report printed as one line), while a full match, anchored at the
            # line's start, mostly fails within a few characters (31 patterns: 0.2 ms).
            tried = tried | screened
        elif screened:  # the candidates a required string lets through, found by set (in C)
            tried = tried | (screened & self.passed(stripped))
        for number in sorted(tried):  # in the patterns' order
            screen = self.screens[number]
            # On a page printed as one line, only its beginning is searched: reading all of
            # it for a character it lacks costs more than the anchored match mostly does.
            if screen.refused is not None and screen.refused.search(
                stripped, 0, REFUSED_REACH if long else len(stripped)
            ):
                continue
            self.tries += 1
            if screen.pattern.fullmatch(stripped):
                return screen.reason
        return None


# Keys kept per screen cache (a line's found strings, or its first character and size
# bucket): 5 MB of English shows about 540 found-string sets. Every distinct line of a
# long-running import worker may add one, so the bound is what caps the worker's memory
# (about 0.7 kB a key).
_MOST_KEYS = 4096
# Every matcher's screen caches by id, for `screen_caches_clear` (weak: a matcher's caches
# go with it, and their entries here with them).
_SCREEN_CACHES: weakref.WeakValueDictionary = weakref.WeakValueDictionary()


class _ScreenCache(dict):
    """A screen cache: a dict that `screen_caches_clear` can reach (a plain dict cannot
    be weakly referenced)."""

    def __init__(self):
        super().__init__()
        _SCREEN_CACHES[id(self)] = self


def screen_caches_clear() -> None:
    """Empty every matcher's screen caches (they refill as lines are read): for memory
    measurements that must not count a bounded cache filling up."""
    for cache in list(_SCREEN_CACHES.values()):
        cache.clear()


LONG_LINE = 20_000  # characters: a longer line is tried without the required strings
REFUSED_REACH = 4096  # characters of a longer line searched for a refused character
SHORT_LINE = 32  # characters: a longer line's automaton holds fewer strings (docstring)


class _Identical:
    """Patterns as a cache key: equal when they are the same objects, in the same order
    (hashing each compiled pattern per line would cost more than the screens save). It
    holds the patterns, so no id in its key is reused while it is cached."""

    __slots__ = ("key", "patterns")

    def __init__(self, patterns: Sequence[tuple[str, re.Pattern]]):
        self.patterns = tuple(patterns)
        self.key = tuple(map(id, self.patterns))

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Identical) and self.key == other.key


@lru_cache(maxsize=64)
def _matcher(patterns: _Identical) -> LineMatcher:
    return LineMatcher(patterns.patterns)


def line_matcher(patterns: Sequence[tuple[str, re.Pattern]]) -> LineMatcher:
    """The LineMatcher of `patterns`, built once for the same (identical) patterns: the
    built-in and global patterns are the same objects report after report, and so are an
    outlet's (a Reference compiles them once)."""
    return _matcher(_Identical(patterns))


def boilerplate_reason(line: str, patterns: Sequence[tuple[str, re.Pattern]]) -> str | None:
    """The reason of the first pattern matching the whole line, or None."""
    return line_matcher(patterns).reason(line)


def drop_boilerplate(
    lines: Sequence[str], patterns: Sequence[tuple[str, re.Pattern]] | None = None
) -> tuple[list[str], list[DroppedLine]]:
    """Split `lines` into (kept, dropped). `patterns` defaults to DEFAULT_PATTERNS."""
    matcher = line_matcher(DEFAULT_PATTERNS if patterns is None else patterns)
    kept: list[str] = []
    dropped: list[DroppedLine] = []
    for line in lines:
        reason = matcher.reason(line)
        if reason is None:
            kept.append(line)
        else:
            dropped.append(DroppedLine(line=line, reason=reason))
    return kept, dropped
