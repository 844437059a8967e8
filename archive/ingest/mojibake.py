"""ftfy's repair, run only where it could change something (issue #10: parse time).

`fix_text(text, config)` returns exactly `ftfy.fix_text(text, config)`. ftfy fixes a text
line by line, with a fixed cost per line on top of the work; most lines of a report need
nothing. So the text is cut into blocks of whole lines and a block that no step of ftfy
would touch is kept as it is, tested in a few passes over the whole block:

- no character a step removes or replaces: "&" (HTML entities), C0 and C1 controls and
  the other characters ftfy strips (`ftfy.chardata.CONTROL_CHARS`), "\\r" and the Unicode
  line breaks, lone surrogates;
- already in NFC (a line break never composes with its neighbours, so a block is in NFC
  exactly when each of its lines is);
- ASCII, or no match of ftfy's own mojibake pattern (`is_bad`), read with `^` at every
  line start as ftfy reads each line on its own. Every alternative of that pattern has a
  position that only some non-ASCII characters fill (`ANCHORS`: "Ã", "â", C1 controls,
  box drawing ..., not the curly apostrophe), and no match is longer than `WIDTH`; so the
  pattern is tried only in the windows around those characters, which most English lines
  and nearly all Japanese lines lack, instead of over the whole text.

In any other block each line is tested the same way, and a line that fails goes to ftfy
on its own: ftfy cuts a text into its lines, so it fixes that line as it would within the
whole text. A line longer than ftfy's piece size (a million characters) always goes to
ftfy, which cuts it into pieces from its start, as it would within the whole text.

Within ftfy (`install`): its mojibake test searched near anchors and answered once per
long piece, and its character fixers (C1 and other controls, line breaks, surrogates,
terminal escapes) skipped on a piece none of whose characters they change, all of them
told by one search of the piece (a long line's pieces hold mojibake, so ftfy reads them).
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parser
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator

import ftfy
import ftfy.fixes
from ftfy import badness
from ftfy.badness import BADNESS_RE
from ftfy.chardata import CONTROL_CHARS, UTF8_CLUES, UTF8_DETECTOR_RE

from archive.ingest.prefilter import sub_at

_FTFY_DECODE = ftfy.fixes.decode_inconsistent_utf8  # ftfy's own, before install()

BLOCK = 1 << 16  # characters per block (rounded up to a whole line)

_BAD_PER_LINE = re.compile(BADNESS_RE.pattern, BADNESS_RE.flags | re.MULTILINE)


def _class_characters(op, av) -> set[str] | None:
    """The characters a literal or a class of literals and ranges matches, else None."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is not sre.IN:
        return None
    characters = set()
    for item, value in av:
        if item is sre.LITERAL:
            characters.add(chr(value))
        elif item is sre.RANGE:
            characters.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None  # a category (\\w, \\s) or a negated class
    return characters


# Characters ordinary text prints (quotes, dashes, bullets, currency): a position that
# may be one of these is a poor anchor when the alternative has another.
TYPOGRAPHY = frozenset("‘’“”‚„–—…•·«»‹›€£¥¢°©®™×\xa0")


def anchors(pattern: re.Pattern) -> tuple[frozenset[str] | None, int]:
    """(characters one of which every match of `pattern` holds, the longest match), from
    its alternatives: in each, the set of non-ASCII characters that a position of it must
    be with the fewest TYPOGRAPHY characters, then the fewest characters. None when an
    alternative has no such position (then the pattern is searched everywhere)."""
    tree = sre_parser.parse(pattern.pattern, pattern.flags)
    items = list(tree)
    alternatives = items[0][1][1] if len(items) == 1 and items[0][0] is sre.BRANCH else [items]
    found: set[str] = set()
    for alternative in alternatives:
        sets = [_class_characters(op, av) for op, av in alternative]
        sets = [chars for chars in sets if chars and not any(c.isascii() for c in chars)]
        if not sets:
            return None, tree.getwidth()[1]
        found |= min(sets, key=lambda chars: (len(chars & TYPOGRAPHY), len(chars)))
    return frozenset(found), tree.getwidth()[1]


ANCHORS, WIDTH = anchors(BADNESS_RE)
_ANCHOR = re.compile(f"[{''.join(map(re.escape, sorted(ANCHORS)))}]") if ANCHORS else None


def _found_near_anchors(
    pattern: re.Pattern, text: str, anchors: Iterable[int] | None = None
) -> bool:
    """`pattern.search(text) is not None` for ftfy's pattern (with or without
    re.MULTILINE), tried only within WIDTH characters of an anchor character: a match
    holds one. (The pattern has no look-around and no "$", and its "^" matches at a
    window's start only where it would in the whole text.) `anchors`: where the anchor
    characters are, in order, when already found."""
    if _ANCHOR is None or WIDTH > 64:
        return pattern.search(text) is not None
    if anchors is None:
        anchors = (found.start() for found in _ANCHOR.finditer(text))
    end = -1  # the end of the last window searched
    for at in anchors:
        if at + WIDTH <= end:
            continue
        if pattern.search(text, max(0, at - WIDTH + 1, end - WIDTH + 1), at + WIDTH):
            return True
        end = at + WIDTH
    return False


def has_mojibake(text: str) -> bool:
    """`_BAD_PER_LINE.search(text) is not None` (ftfy's `is_bad` on each line)."""
    return _found_near_anchors(_BAD_PER_LINE, text)


SHORT = 256  # characters: a text this short is searched whole


def is_bad(text: str) -> bool:
    """ftfy's own `is_bad` (`bool(BADNESS_RE.search(text))`), searched near anchors.

    ftfy asks it of a whole piece of text (up to a million characters) several times
    per fixing round: on a long line holding mojibake, those searches were most of
    ftfy's time. `install` gives it to ftfy."""
    if len(text) <= SHORT:
        return BADNESS_RE.search(text) is not None
    last_text, last_bad = _LastBad.text_and_bad
    if last_text is text:  # ftfy asks again of a piece its last step left unchanged
        return last_bad
    bad = _found_near_anchors(BADNESS_RE, text, _anchors_noting_touched(text))
    _LastBad.text_and_bad = (text, bad)
    return bad


def _anchors_noting_touched(text: str) -> Iterator[int] | None:
    """Where `text`'s anchor characters are, found by one search of its touched and
    anchor characters (`_SUSPECT`), which, read to the end (no mojibake near any anchor:
    a text ftfy fixes next with its character fixers), leaves the touched characters
    for `touched_characters` to give. None without anchors."""
    if _SUSPECT is None:
        return None
    return _anchors_and_touched(text)


def _anchors_and_touched(text: str) -> Iterator[int]:
    touched = set()
    for found in _SUSPECT.finditer(text):
        at = found.start()
        if _TOUCHED.match(text, at):
            touched.add(text[at])
        if text[at] in ANCHORS:
            yield at
    _LastTouched.text_and_found = (text, "".join(touched))


class _LastBad:
    """The last long text `is_bad` read and its answer (one assignment: threads at worst
    read a text twice)."""

    text_and_bad: tuple[str | None, bool] = (None, False)


_CONTROL = re.compile(f"[{''.join(re.escape(chr(code)) for code in sorted(CONTROL_CHARS))}]")


def remove_control_chars(text: str) -> str:
    """ftfy's `remove_control_chars` (`text.translate(CONTROL_CHARS)`, which maps each of
    them to nothing), with the translation skipped when none is there: the usual case,
    and a search for them is many times faster than the translation."""
    return text if _CONTROL.search(text) is None else text.translate(CONTROL_CHARS)


# A match of ftfy's UTF8_DETECTOR_RE begins with the first character of a UTF-8 sequence
# read as Latin-1 or Windows-1252 ("Ã", "â"...): its look-behind comes first, so `re`
# would try it at every position of the text.
_UTF8_FIRST = re.compile(
    "[" + "".join(UTF8_CLUES[f"utf8_first_of_{n}"] for n in (2, 3, 4)).replace("\\", "\\\\") + "]"
)


def decode_inconsistent_utf8(text: str) -> str:
    """ftfy's `fixes.decode_inconsistent_utf8`: UTF8_DETECTOR_RE's matches fixed on their
    own, the pattern tried only where `_UTF8_FIRST` finds a first character (once per
    fixing round over a whole piece of a long line that holds mojibake)."""

    def fix_embedded_mojibake(match: re.Match) -> str:
        substr = match.group(0)
        # Shorter than the text, so that this doesn't recurse infinitely (ftfy's words)
        if len(substr) < len(text) and ftfy.fixes.is_bad(substr):
            return ftfy.fix_encoding(substr)
        return substr

    starts = [found.start() for found in _UTF8_FIRST.finditer(text)]
    return sub_at(UTF8_DETECTOR_RE, fix_embedded_mojibake, text, starts)


_TOUCHED_CLASS = "&\r\x80-\x9f\u2028\u2029\ud800-\udfff" + "".join(
    re.escape(chr(code)) for code in sorted(CONTROL_CHARS)
)
_TOUCHED = re.compile(f"[{_TOUCHED_CLASS}]")

# ftfy's fixers that follow its encoding fix in each round, and the characters without
# which each returns its text unchanged (all of them touched characters). On a long piece
# each searched its own characters; one search of the touched characters now serves them
# all (`touched_characters`), and the text is then given back as it came.
CHARACTER_FIXERS = {
    "fix_c1_controls": "\x80-\x9f",
    "fix_line_breaks": "\r\u2028\u2029\x85",
    "fix_surrogates": "\ud800-\udfff",
    "remove_terminal_escapes": "\x1b",
    "remove_control_chars": _TOUCHED_CLASS[_TOUCHED_CLASS.index("\udfff") + 1 :],
}


class _LastTouched:
    """The last text `touched_characters` read, and its touched characters."""

    text_and_found: tuple[str | None, str] = (None, "")


def touched_characters(text: str) -> str:
    """The distinct touched characters of `text`, in no order (the last text's kept: the
    fixers of one round ask it of the same text)."""
    last_text, found = _LastTouched.text_and_found
    if last_text is not text:
        found = "".join(set(_TOUCHED.findall(text)))
        _LastTouched.text_and_found = (text, found)
    return found


def screened(fixer, characters: str):
    """`fixer`, which changes only a text holding one of `characters` (a class's
    contents), skipped for a text without them."""
    needed = re.compile(f"[{characters}]")

    def fix(text: str) -> str:
        if needed.search(touched_characters(text)) is None:
            return text
        return fixer(text)

    fix.fixer = fixer
    return fix


def _own_fixer(name: str):
    """ftfy's fixer `name` (ours for the control characters) as it was before `install`."""
    fixer = ftfy.FIXERS.get(name)
    fixer = getattr(fixer, "fixer", fixer)  # installed already: the one it screens
    own = remove_control_chars if name == "remove_control_chars" else getattr(ftfy.fixes, name)
    return fixer if fixer in (own, getattr(ftfy.fixes, name)) else None


def _fixers_as_expected() -> bool:
    """ftfy's character fixers are its own and change only the characters of
    CHARACTER_FIXERS (as far as their patterns show)."""
    return (
        all(_own_fixer(name) for name in CHARACTER_FIXERS)
        and ftfy.fixes.C1_CONTROL_RE.pattern in (r"[\x80-\x9f]", "[\x80-\x9f]")
        and ftfy.fixes.SURROGATE_RE.pattern in (r"[\ud800-\udfff]", "[\ud800-\udfff]")
        and ftfy.fixes.ANSI_RE.pattern.startswith("\x1b")
        and all(value is None for value in CONTROL_CHARS.values())
    )


def install() -> bool:
    """Give ftfy the functions above in place of its own (the same results: see
    tests/ingest/test_linear_parse.py, test_parse2_patterns.py and
    test_parse_speed_mojibake.py); False when ftfy's internals are not as expected
    (another version: ftfy is then left as it is)."""
    if not (
        getattr(ftfy, "is_bad", None) in (badness.is_bad, is_bad)
        and getattr(ftfy.fixes, "is_bad", None) in (badness.is_bad, is_bad)
        and _fixers_as_expected()
        and ftfy.fixes.decode_inconsistent_utf8 in (_FTFY_DECODE, decode_inconsistent_utf8)
        and ftfy.FIXERS.get("decode_inconsistent_utf8") in (_FTFY_DECODE, decode_inconsistent_utf8)
        and ftfy.fixes.UTF8_DETECTOR_RE is UTF8_DETECTOR_RE
    ):
        return False
    ftfy.is_bad = ftfy.fixes.is_bad = is_bad
    for name, characters in CHARACTER_FIXERS.items():
        fixer = remove_control_chars if name == "remove_control_chars" else _own_fixer(name)
        ftfy.FIXERS[name] = screened(fixer, characters)
    ftfy.fixes.decode_inconsistent_utf8 = decode_inconsistent_utf8
    ftfy.FIXERS["decode_inconsistent_utf8"] = decode_inconsistent_utf8
    return True


INSTALLED = install()


# A line of an NFC block with neither a touched nor an anchor character is left unchanged.
_SUSPECT = (
    re.compile(f"[{_TOUCHED_CLASS}{''.join(map(re.escape, sorted(ANCHORS)))}]") if ANCHORS else None
)


def untouched(block: str) -> bool:
    """True when ftfy would return each line of `block` unchanged."""
    return (
        _TOUCHED.search(block) is None
        and unicodedata.is_normalized("NFC", block)
        and (block.isascii() or not has_mojibake(block))
    )


def blocks(text: str, size: int = BLOCK):
    """(start, end) of consecutive runs of whole lines, each `size` characters or more
    (the last one less), covering `text`."""
    start = 0
    while start < len(text):
        newline = text.find("\n", start + size - 1)
        end = len(text) if newline == -1 else newline + 1
        yield start, end
        start = end


def fix_text(text: str, config: ftfy.TextFixerConfig, *, size: int = BLOCK) -> str:
    """`ftfy.fix_text(text, config)`, given only the lines it might change
    (`_lines_to_fix`): the others are kept as they are."""
    out: list[str] = []
    first_tag = text.find("<")
    for start, end in blocks(text, size):
        block = text[start:end]
        done = 0  # the block up to here is in `out`
        for line_start, line_end in _lines_to_fix(block, config.max_decode_length):
            out.append(block[done:line_start])  # lines that cannot change
            done = line_end
            # ftfy stops unescaping HTML entities for good once a piece holds a "<".
            seen_tag = config.unescape_html == "auto" and 0 <= first_tag < start + line_start
            out.append(
                ftfy.fix_text(
                    block[line_start:line_end],
                    config._replace(unescape_html=False) if seen_tag else config,
                )
            )
        out.append(block[done:])
    return "".join(out)


def _lines_to_fix(block: str, longest: int):
    """(start, end) of the lines of `block` that are not `untouched`, in order. A block in
    NFC is in NFC in each line; its touched and anchor characters, found by one search,
    tell which lines hold them, whether a line holds a touched one, and where its
    mojibake is looked for (near its anchors). Otherwise the block is tested whole,
    then the lines `_lines_to_test` gives one by one."""
    if _SUSPECT is None or len(block) > longest or not unicodedata.is_normalized("NFC", block):
        if len(block) <= longest and untouched(block):
            return
        for start, end in _lines_to_test(block, longest):
            if end - start > longest or not untouched(block[start:end]):
                yield start, end
        return
    suspects = [found.start() for found in _SUSPECT.finditer(block)]
    for start, end, found in _suspect_lines(block, suspects):
        if any(_TOUCHED.match(block, at) for at in found) or _found_near_anchors(
            _BAD_PER_LINE,
            block[start:end],
            [at - start for at in found if block[at] in ANCHORS],
        ):
            yield start, end


def _suspect_lines(block: str, suspects: list[int]):
    """(start, end, the suspects it holds) of each line holding one of `suspects` (in
    order)."""
    at, count = 0, len(suspects)
    while at < count:
        start = block.rfind("\n", 0, suspects[at]) + 1
        end = block.find("\n", suspects[at])
        end = len(block) if end == -1 else end + 1
        last = bisect_left(suspects, end, at)
        yield start, end, suspects[at:last]
        at = last


def _lines_to_test(block: str, longest: int):
    """(start, end) of the lines of `block` that ftfy might change, in order: every line
    of a block that is not in NFC or is longer than `longest` (or when there are no
    anchors), else the lines holding a touched or an anchor character, found by one
    search each."""
    if _SUSPECT is None or len(block) > longest or not unicodedata.is_normalized("NFC", block):
        yield from blocks(block, 1)
        return
    found = _SUSPECT.search(block)
    while found:
        start = block.rfind("\n", 0, found.start()) + 1
        end = block.find("\n", found.start())
        end = len(block) if end == -1 else end + 1
        yield start, end
        found = _SUSPECT.search(block, end)
