"""A page's head glued into one line by the extraction ("Jakarta, 24 September 2021
Pertemuan Bilateral … Pada hari Kamis, …": place and date, headline, text), read apart, and
a title-case headline wrapped after a small word joined again (split from `layout`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.cjk import has_cjk
from archive.ingest.dates import CJK_FULL_DATE, FULL_DATE, NATIVE_FULL_DATE
from archive.ingest.header import has_words

# A place and a full date opening a line that runs on ("Jakarta, 24 September 2021
# Pertemuan Bilateral … Pada hari Kamis, …"): a page's dateline, headline and text glued
# into one line by the extraction.
_GLUED_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s*")
# Words a title-case headline leaves in lower case, and signs that join its parts.
_HEADLINE_SMALL = frozenset(
    """
    a an the of and or for to in on at by with from vs. dan di ke dari untuk dengan antara
    de del la el y e en con para los las della dello degli per tra il
    – - — & / | :
    """.split()
)
# Words a report's first sentence opens with (articles, prepositions, time words), in
# each Latin-script language: where the text begins after a title-case headline.
_SENTENCE_OPENERS = frozenset(
    """
    The On In At During Today Yesterday This After Following
    Pada Dalam Hari Sebagai Setelah Selama Kemarin Bertempat
    El La Los Las En Durante Hoy Este Esta Tras
    Il Lo Gli Le Nel Nella Oggi Dopo
    """.split()
)


def unfold_dated_head(paragraphs: Sequence[str], blocks: Sequence[int], head: int = 5):
    """(paragraphs, blocks) with a glued head unfolded: a line among the first `head`
    that opens with a place and a full date, runs on with a capital and holds fifteen
    words more, is split into the place and date (a date line), and the rest; the rest
    into a title-case headline and the text when the text opens with a sentence's usual
    first word right after the headline's run of capitalised words. A headline wrapped
    over two lines of the head is joined (`_join_wrapped_headline`). Every other line
    (and every line of another page) as it is."""
    lines, numbers = list(paragraphs), list(blocks)
    for i in range(min(head, len(lines))):
        place = _GLUED_PLACE.match(lines[i])
        dated = place and (
            FULL_DATE.match(lines[i], place.end()) or NATIVE_FULL_DATE.match(lines[i], place.end())
        )
        if not dated:
            continue
        rest = lines[i][dated.end() :]
        if not rest[:1].isspace() or not rest.strip()[:1].isupper() or not has_words(rest, 15):
            continue
        parts = [lines[i][: dated.end()].strip(), *_headline_and_text(rest.strip())]
        lines[i : i + 1] = parts
        numbers[i : i + 1] = [numbers[i]] * len(parts)
        break
    for i in range(min(head, len(lines))):
        dated_heading = _CJK_DATED_HEADING.fullmatch(lines[i])
        if dated_heading and has_cjk(dated_heading["heading"]):
            lines[i : i + 1] = [dated_heading["heading"], dated_heading["date"]]
            numbers[i : i + 1] = [numbers[i]] * 2
            break
    return _join_wrapped_headline(lines, numbers, max(head, WRAPPED_HEAD_LINES))


# How far down the head a wrapped headline is looked for: under a release's furniture
# ("The White House", its office, "For Immediate Release", the date) it is the sixth line.
WRAPPED_HEAD_LINES = 8


# A CJK heading with its day (and the hour, in brackets) run on after a space: "防衛大臣
# 記者会見概要 令和3年5月10日(10時05分〜10時20分)", a press conference's record printing
# its title and date on one line. The heading opens with a word (an embedded post's
# attribution opens with a dash: "— 大使館 (@account) 2022년 1월 7일") and holds no
# sentence's stop and no account's "@".
_CJK_DATED_HEADING = re.compile(
    r"(?P<heading>\w[^。！？.!?@]{1,58}[^\s。！？.!?])\s+"
    rf"(?P<date>(?:{CJK_FULL_DATE.pattern})(?:\s*[(（][^()（）]{{1,30}}[)）])?)"
)


def _join_wrapped_headline(lines: list[str], numbers: list[int], head: int):
    """(lines, numbers) with a title-case headline wrapped onto a second line of the same
    block joined back ("Meeting Between Minister for Foreign Affairs Katsuya Okada" /
    "and Secretary of Defense of the United States Robert Gates"): the second line opens
    with a headline's small word in lower case, or the first ends with one ("… a Courtesy
    Call from" / "U.S. Secretary of State …"), both in title case, neither ending with a
    sign. A sentence wrapped at the page's width
    is no title case; a line after a blank line is another block."""
    for i in range(min(head, len(lines) - 1)):
        if numbers[i] != numbers[i + 1]:
            continue
        first, second = lines[i].split(), lines[i + 1].split()
        if (
            3 <= len(first) <= 25
            and 2 <= len(second) <= 20
            and is_title_case(first)
            and is_title_case(second[1:])
            and first[-1][-1:] not in ".,;:!?"
            and second[-1][-1:] not in ".,;:!?"
            and (
                _wrapped_before_small_word(first, second)
                or _wrapped_after_small_word(first, second)
                or _wrapped_inside_name(first, second)
            )
        ):
            lines[i : i + 2] = [" ".join((*first, *second))]
            numbers[i : i + 2] = [numbers[i]]
            break
    return lines, numbers


def _wrapped_before_small_word(first: Sequence[str], second: Sequence[str]) -> bool:
    """The second line opens with a small word in lower case ("and Secretary of …")."""
    return (
        second[0] in _HEADLINE_SMALL
        and second[0] not in _BYLINE_OPENERS
        and second[0].isalpha()
        and first[-1].lower() not in _HEADLINE_SMALL
    )


def _wrapped_after_small_word(first: Sequence[str], second: Sequence[str]) -> bool:
    """The first line ends with a small word in lower case ("… a Courtesy Call from" /
    "U.S. Secretary of State …"): no headline ends there; the second opens capitalised,
    or with an article before a capitalised word ("… Prime Minister Sato and" / "the
    President of …")."""
    opening = second[1] if second[0] in _ARTICLES and len(second) > 1 else second[0]
    return (
        first[-1] in _HEADLINE_SMALL
        and first[-1].isalpha()
        and first[-1] not in _BYLINE_OPENERS
        and (opening[:1].isupper() or opening[:1].isdigit())
    )


_ARTICLES = frozenset({"the", "a", "an"})

# The last word of a post printed before a person's name ("… Prime Minister", "President").
_POST_ENDINGS = frozenset("Minister President Secretary Chancellor Premier".split())


def _wrapped_inside_name(first: Sequence[str], second: Sequence[str]) -> bool:
    """The line breaks between a person's given name and surname, the surname going on
    with the country ("… With Prime Minister Junichiro" / "Koizumi of Japan in …", the
    Public Papers' and the White House's headlines): the first line ends with a post and
    one name, the second opens with a name, "of" and a country. A headline ends with a
    whole name ("… Prime Minister Koizumi"); an office's line under it opens with an
    office's word ("Department of Defense …", "Embassy of the United States …"), and a
    second headline or a dek with no surname and "of"."""
    return (
        len(first) >= 3
        and len(second) >= 3
        and first[-2] in _POST_ENDINGS
        and first[-1][:1].isupper()
        and first[-1].isalpha()
        and second[0][:1].isupper()
        and second[0].isalpha()
        and second[0] not in _NOT_SURNAMES
        and second[1] == "of"
        and _COUNTRY_AFTER_OF.match(" ".join(second[2:])) is not None
    )


# Capitalised words that open an office's or a post's name with "of", never a surname
# ("Department of Defense Public Affairs", "Embassy of the United States Tokyo").
_NOT_SURNAMES = frozenset(
    """
    Minister President Secretary Chancellor Premier Department Ministry Embassy Consulate
    Office Bureau Government Republic Kingdom State States Mission Council Cabinet
    Minister's House Chamber Board Agency Institute University Bank Governor Ambassador
    """.split()
)
# The surname's country, as the Public Papers and the White House print it ("Koizumi of
# Japan", "Yoon of the Republic of Korea").
_COUNTRY_AFTER_OF = re.compile(
    r"(?:the\s+)?(?:Japan|United States|United Kingdom|Republic of Korea|Korea|South Korea"
    r"|China|People's Republic of China|Australia|India|Philippines|Indonesia|Italy|Spain"
    r"|Mexico|Canada|France|Germany|Singapore|Vietnam|Thailand|Malaysia|New Zealand"
    r"|Mongolia)\b"
)


# A byline under the headline ("by Jane Doe", "por", "oleh", "di", "da") is no part of it.
_BYLINE_OPENERS = frozenset({"by", "por", "oleh", "di", "da", "von", "par"})


def is_title_case(words: Sequence[str]) -> bool:
    """Every word capitalised, a number, or one a title-case headline leaves small."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _HEADLINE_SMALL for w in words)


def _headline_and_text(rest: str) -> list[str]:
    """[headline, text] of a title-case headline run into its text, or [rest]."""
    words = rest.split(" ")
    for k, word in enumerate(words):
        if word[:1].isupper() or word[:1].isdigit() or word.lower() in _HEADLINE_SMALL:
            continue
        opener = k - 1  # the text's first word, right before its first lower-case word
        headline = words[:opener]
        if (
            opener >= 3
            and words[opener] in _SENTENCE_OPENERS
            and len(headline) <= 25
            and headline[-1].lower() not in _HEADLINE_SMALL
        ):
            return [" ".join(headline), " ".join(words[opener:])]
        break
    return [rest]
