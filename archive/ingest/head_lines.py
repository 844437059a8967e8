"""Lines of a page's head that say where, when and who, split from header.py: a place
alone ("Tokyo, Japan"), a journey ("En Route to Tokyo, Japan"), the means of a meeting
("Via Teleconference"), a time alone ("11:36 A.M. EST"), a leader's name and post alone
("岸田外務大臣") and an anonymous briefer ("Senior State Department Official"). The
report's own furniture: never its headline, a caption or a label to drop."""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.record_labels import BULLET

# A place printed alone under a date: "Tokyo, Japan", "Washington, D.C.".
PLACE_LINE = re.compile(
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s*"
    r"(?:Japan|(?:the )?United States|USA|U\.S\.A?\.?|D\.C\.|Hawaii|Australia|(?:South )?Korea"
    r"|Republic of Korea|China|Philippines|India|Indonesia|Italy|Spain|Mexico|Peru|Brazil"
    r"|Singapore|Myanmar|Laos|Cambodia|Vietnam|Thailand|Malaysia|United Kingdom|UK|France"
    r"|Germany|Canada|Belgium|Switzerland|Argentina|Chile|Jepang|Jap[oó]n|Giappone"
    r"|Estados Unidos|Amerika Serikat|Stati Uniti|[A-Z]{2}|[A-Z][a-z]+ Prefecture)\.?"
)


# How a meeting was held or a statement given, on a line of its own: "Via Teleconference".
MEANS_LINE = re.compile(r"(?i:via|by|through|por|melalui|tramite)\s+[A-Za-z][\w -]{2,30}")


# A minister's or leader's name and post alone on a line, over a ministry page's headline
# ("岸田外務大臣", "ブリンケン国務長官", "블링컨 국무장관", "王毅外长"): whose page it is, not
# the headline. An anonymous briefer's line ("Senior State Department Official", "Senior
# Administration Officials") is a transcript's speaker, not its headline either.
_LEADER_POSTS = (
    "内閣総理大臣 総理大臣 外務大臣 防衛大臣 官房長官 国務長官 国防長官 副大統領 大統領 外相 防衛相"
    " 総理 首相 外长 外長 国务卿 國務卿 国防部长 國防部長 总统 總統 国务卿 장관 국무장관 국방장관"
    " 외무장관 외무상 방위상 총리 대통령"
).split()
# The name before the post: a short run of kanji or hanzi (a surname, a full name: "林",
# "中谷元", "王毅") holding none of the words a headline puts there instead (a verb of
# meeting, a country or a pair of them: "拜登会见日本首相", "日本新首相", "美日外长"; a
# particle is no kanji: "韓国の新大統領"), a katakana name ("ブリンケン", "マルコ・ルビオ") or
# a hangul one ("블링컨").
_NOT_IN_A_NAME = (
    "会见 会見 会谈 会談 会晤 访问 訪問 日本 美国 美國 米国 韓国 韩国 中国 中國 美日 日美 日米 米日"
    " 美韩 韩美 美韓 日韓 日韩 韓日 韩日 两国 両国 兩國"
).split()
_NAME_BEFORE_POST = (
    rf"(?:(?:(?!{'|'.join(_NOT_IN_A_NAME)})[\u3400-\u4dbf\u4e00-\u9fff]){{1,5}}"
    r"|[\u30a0-\u30ff・]{2,14}|[\uac00-\ud7a3]{2,5})"
)
_CJK_PERSON_LINE = re.compile(
    rf"{_NAME_BEFORE_POST}\s?(?:{'|'.join(sorted(set(_LEADER_POSTS), key=len, reverse=True))})"
)
_ANONYMOUS_OFFICIAL = re.compile(
    r"(?:(?:An?|The|Two|Three)\s+)?(?:Senior|High-Ranking)\s+(?:[A-Z][\w.'’-]*\s+){0,3}Officials?"
)


# An official's post and full name alone on a line, the speaker's line under a transcript's
# headline on older government pages ("Secretary Condoleezza Rice", "Deputy Secretary
# Richard L. Armitage", "Secretary of Defense Donald H. Rumsfeld"): the post, then a given
# name and a surname (initials between), nothing else.
_EN_POST = (
    r"(?:(?:Deputy|Under|Assistant|Acting|Vice|Former)\s+)*"
    r"(?:Secretary(?:\s+of\s+(?:State|Defense|Defence))?|President|Prime\s+Minister"
    r"|(?:Foreign|Defen[cs]e)\s+Minister|Minister(?:\s+(?:of|for)(?:\s+[A-Z][a-z]+){1,3})?"
    r"|Ambassador|Spokes(?:man|woman|person)|Senator|Governor|General|Admiral)"
)
_GIVEN_NAME = r"[A-Z][a-z'’-]+"
_SURNAME = r"[A-Z](?:[a-z'’-]+|[a-z]*[A-Z][a-z'’-]+)"  # "Rice", "McCormack", "O'Neill"
_MIDDLE = r"(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+))?"
_EN_PERSON_LINE = re.compile(
    rf"{_EN_POST}\s+(?:[A-Z]\.\s+)?{_GIVEN_NAME}{_MIDDLE}\s+{_SURNAME}(?:,?\s+(?:Jr\.|Sr\.|I{{2,3}}))?"
)
# Words a short title-case headline puts after a post and a surname ("Secretary Rice
# Visits Japan", "President Bush Meets Koizumi"): a verb or a place, no given name.
_NOT_A_NAME = frozenset(
    """
    Meets Meet Visits Visit Holds Hosts Welcomes Travels Arrives Departs Speaks Says Calls
    Signs Talks Remarks Statement Briefing Interview Press Japan Tokyo Washington Asia
    China Korea Seoul Beijing With And The To In At On Of For
    """.split()
)


# A name, then the post after a comma, as the State Department's briefings print their
# speaker: "Sean McCormack, Spokesman", "Christopher R. Hill, Assistant Secretary for
# East Asian and Pacific Affairs".
_NAME_THEN_POST = re.compile(
    rf"(?:[A-Z]\.\s+)?{_GIVEN_NAME}{_MIDDLE}\s+{_SURNAME}(?:,?\s+(?:Jr\.|Sr\.|I{{2,3}}))?"
    rf",\s+{_EN_POST}"
    r"(?:,?\s+(?:(?:for|of|to)\s+)?(?:the\s+)?[A-Z][\w&'’-]*"
    r"(?:\s+(?:[A-Z][\w&'’-]*|and|of|for|the)){0,8})?"
)


def _english_person_line(line: str) -> bool:
    if _NAME_THEN_POST.fullmatch(line):
        return not set(line.split(",")[0].split()) & _NOT_A_NAME
    return _EN_PERSON_LINE.fullmatch(line) is not None and not (set(line.split()) & _NOT_A_NAME)


_LEADING_POST = re.compile(rf"{_EN_POST}\s+")


def _may_be_a_headline(line: str) -> bool:
    """A post and capitalised words, a word after the first ending in "s": a title-case
    headline's verb ("President Bush Discusses Iraq", "Prime Minister Abe Resigns") as
    well as a surname ("Deputy Secretary William Burns"): the line alone cannot tell."""
    stripped = BULLET.sub("", line).strip()
    if _NAME_THEN_POST.fullmatch(stripped) or not _EN_PERSON_LINE.fullmatch(stripped):
        return False
    post = _LEADING_POST.match(stripped)
    names = stripped[post.end() :].split() if post else []
    return any(word.endswith("s") for word in names[1:])


def _venue_or_place(line: str) -> bool:
    """Where a speaker spoke, as printed under their line: a place ("Washington, DC"), a
    journey, or a short name with no figure and no sentence ("Treaty Room")."""
    stripped = line.strip()
    return is_place_or_time(stripped) or (
        0 < len(stripped.split()) <= 6
        and stripped[:1].isupper()
        and not any(ch.isdigit() for ch in stripped)
        and stripped[-1] not in ".!?:。"
    )


def is_speaker_line(paragraphs: Sequence[str], i: int) -> bool:
    """Line `i` is who spoke, never the headline: a person line (is_person_line), and,
    when its words may be a headline's (_may_be_a_headline), one in a speaker's block,
    right over the venue or the place."""
    line = paragraphs[i]
    if not is_person_line(line):
        return False
    if not _may_be_a_headline(line):
        return True
    return i + 1 < len(paragraphs) and _venue_or_place(paragraphs[i + 1])


def is_person_line(line: str) -> bool:
    """A leader's name and post alone ("岸田外務大臣", "Secretary Condoleezza Rice"), or an
    anonymous official's ("Senior State Department Official"): a line about who, never a
    headline."""
    stripped = BULLET.sub("", line).strip()
    return bool(
        _CJK_PERSON_LINE.fullmatch(stripped)
        or _ANONYMOUS_OFFICIAL.fullmatch(stripped)
        or _english_person_line(stripped)
    )


# Where a transcript was given on the way: "En Route to Tokyo, Japan", "En route Manila",
# "Aboard Air Force One", "On board the Secretary's plane".
TRAVEL_LINE = re.compile(
    r"(?:En [Rr]oute(?: to| from)?|Aboard|On [Bb]oard|Onboard)\s+(?:the\s+)?"
    r"[A-Z][\w.'’-]*(?:,?\s(?:[A-Z][\w.'’-]*|of|the)){0,5}"
)


TIME_ONLY = re.compile(
    r"(?:\d{1,2}[:：]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4})?|[0-9:./\s-]+)"
)


def is_place_or_time(line: str) -> bool:
    """A place, a journey, a means or a time alone on the (stripped) line."""
    return bool(
        PLACE_LINE.fullmatch(line)
        or TRAVEL_LINE.fullmatch(line)
        or MEANS_LINE.fullmatch(line)
        or TIME_ONLY.fullmatch(line)
    )


# The pairs of brackets a note is printed in: square ("[Provisional translation]"), round
# and their full-width forms ("(Summary)", "(Press Occasion after the Summit)", "(概要)",
# "（暫定訳）"): a line wholly in one pair qualifies the line above (the headline) or is the
# editor's; it is never the headline itself.
_NOTE_BRACKETS = {"[": "]", "(": ")", "（": "）"}


def is_bracketed_note(line: str) -> bool:
    """A line wholly in one pair of brackets (_NOTE_BRACKETS): an editor's note
    ("[Provisional translation]"), a printed book's catalogue entry ("[Public Papers of the
    Presidents …]") or a qualifier under the headline ("(Summary)", "(概要)"), never the
    headline."""
    stripped = line.strip()
    closing = _NOTE_BRACKETS.get(stripped[:1])
    if closing is None or not stripped.endswith(closing):
        return False
    opening = stripped[0]
    # One pair of brackets around the whole line (nested ones allowed: "[[Page 5]]"), not a
    # headline between two tags ("[Breaking] Allies agree … [Updated]", "(Update) Allies
    # agree … (Video)").
    depth = 0
    for position, character in enumerate(stripped):
        depth += {opening: 1, closing: -1}.get(character, 0)
        if depth == 0:
            return position == len(stripped) - 1
    return False
