"""What a headline that names an event looks like, and a section path is not.

Ministry pages (Japan's foreign ministry, in Japanese and English) print some pages as
section banner, date line, headline, photo captions, text: the headline then stands
below the date, among the captions. It is told from them by its shape: it names the
event ("日米外相会談", "The Fourth … Foreign Ministers' Meeting", "… Telephone Talk
(Summary)") and nothing else, while a caption shows people doing something ("握手をする
岩屋外務大臣とブリンケン国務長官", "Foreign Minister Hayashi stating in the meeting"),
opens with a photo's label ("(Photo) …", "Photo session …") or adds to the event's name
("日米外相会談 握手", "… Meeting1").
"""

from __future__ import annotations

import re

from archive.ingest.cjk import has_cjk
from archive.ingest.datelines import WEEKDAYS
from archive.ingest.dates import CJK_FULL_DATE, FULL_DATE, NATIVE_FULL_DATE
from archive.ingest.head_lines import is_place_or_time

# The event a headline names, at its end, with a "(Summary)" after it (or, on older
# ministry pages, "の概要", "概要" run on: "日米外相会談の概要"). English words
# are the headline's own title case: a caption's "in the meeting" names none.
_EVENT_AT_END = re.compile(
    r"(?:会談|会合|会議|立ち話|懇談|協議|記者会見|夕食会|昼食会|朝食会|ワーキング・ディナー"
    r"|ワーキング・ランチ|電話会談|首脳会談|会谈|会晤|通话|通電話|记者会|記者會|회담|회의|통화|회견|면담"
    r"|Meeting|Talks?|Conference|Consultations?|Dialogue|Summit|Call|Dinner|Lunch|Luncheon"
    r"|Breakfast)等?(?:\s*[(（](?:概要|要旨|Summary|Overview)[)）]|の?(?:概要|要旨))?$"
)
# A photo's label opening a caption: "(Photo) …", "• (Photo)…", "Photo session of …",
# "写真：…", "[사진] …".
_PHOTO_LABEL = re.compile(
    r"[-–•·*]?\s*[(（\[【]?\s*(?i:photos?|fotos?)|[-–•·*]?\s*[(（\[【]?\s*(?:写真|사진|照片|图片|圖片)"
)
_SECTION_JOIN = re.compile(r"\s+[/|｜›»>]\s+")


def names_event(line: str) -> bool:
    """The line is an event's name and nothing else: it ends with the event (a meeting,
    talks, a call, a press conference), opens with no photo label, and, in Chinese,
    Japanese or Korean, holds no space (a caption joins the event to what it shows)."""
    stripped = line.strip()
    if not stripped or _PHOTO_LABEL.match(stripped) or not _EVENT_AT_END.search(stripped):
        return False
    if has_cjk(stripped):
        return not any(char.isspace() for char in stripped)
    words = stripped.split()
    return 2 <= len(words) <= 25 and words[0][:1].isupper()


# What a release's headline names besides an event: a document issued ("共同声明", "共同発表",
# "外務大臣談話", "Joint Statement", "Fact Sheet") or an announcement "about" something
# ("…の開催について", "…の訪日について"). A photo caption shows people, not these.
_DOCUMENT_AT_END = re.compile(
    r"(?:共同声明|共同発表|共同文書|談話|声明|ステートメント|ファクトシート|について"
    r"|联合声明|聯合聲明|공동성명|공동발표|Joint Statement|Joint Press Release|Fact Sheet"
    r"|Statement)(?:\s*[(（][^()（）]{1,20}[)）])?$"
)


# The kind of a document alone, as a page prints it over the document's own headline
# ("Press Statement", "Media Note", "Readout"): a label, never the headline itself.
_DOCUMENT_KIND = re.compile(
    r"(?i:(?:press|media|joint)\s+(?:statement|note|release)|readout|statement|fact\s+sheet)"
)


def names_event_or_document(line: str) -> bool:
    """`names_event`, or the line names a document or an announcement the same way (see
    _DOCUMENT_AT_END): a release's headline printed under its date. The document's kind
    alone ("Press Statement") names no document."""
    if names_event(line):
        return True
    stripped = line.strip()
    if not stripped or _PHOTO_LABEL.match(stripped) or not _DOCUMENT_AT_END.search(stripped):
        return False
    if _DOCUMENT_KIND.fullmatch(stripped):
        return False
    if has_cjk(stripped):
        return not any(char.isspace() for char in stripped)
    words = stripped.split()
    return 2 <= len(words) <= 25 and words[0][:1].isupper()


def is_section_path(line: str) -> bool:
    """A site's path of sections, its parts joined by a spaced slash or bar ("Japan's
    Security / Peace & Stability of the International Community"): no event's name."""
    parts = _SECTION_JOIN.split(line.strip())
    return (
        len(parts) >= 2
        and all(part and part[-1] not in ".!?。" for part in parts)
        and not (names_event(line))
    )


# Words that put a date on a line without naming anything: "Released on", "Updated:".
_DATE_LABEL_WORDS = frozenset(
    """
    released posted updated published issued last date on at as of modified
    """.split()
)
_EDGE_SIGNS = " ,.;:-–—|()（）[]【】"
# A record or an event a CJK headline names: a dated line holding one is a headline. A
# bare 発表 is no record: "2023年1月13日 外務省発表" says who issued the page, not what.
_CJK_RECORD = re.compile(
    r"会見|会談|会議|記録|共同発表|声明|談話|会谈|会晤|记者会|記者會|회담|회견|브리핑"
)


def titled_date_line(line: str) -> bool:
    """The date line is a headline with its date: "Press Conference, 28 May 2009". What
    is left without the date is two words or more, capitalised (or CJK), and no place, no
    weekday, no label ("Released on", "Updated:"): on a page that prints nothing else
    above its text, the line is both the date and the headline."""
    stripped = line.strip()
    for pattern in (FULL_DATE, NATIVE_FULL_DATE, CJK_FULL_DATE):
        found = pattern.search(stripped)
        if found:
            break
    else:
        return False
    rest = f"{stripped[: found.start()]} {stripped[found.end() :]}".strip(_EDGE_SIGNS)
    words = [w.strip(_EDGE_SIGNS) for w in rest.split()]
    words = [w for w in words if w]
    if has_cjk(rest):
        return _CJK_RECORD.search(rest) is not None  # "…会見記録(平成21年5月28日…)"
    # As the CJK branch asks for a record's word, a Latin line must name an event or a
    # document: a wire's or a writer's credit with its date ("Kyodo News, January 13,
    # 2023", "Reuters Staff, …") names neither.
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and not {w.casefold() for w in words} & (_DATE_LABEL_WORDS | WEEKDAYS)
        and not is_place_or_time(rest)
        and not any(ch.isdigit() for ch in rest)
        and names_event_or_document(rest)
    )
