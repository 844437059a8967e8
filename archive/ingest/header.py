"""The report's head: section label, title, byline, dateline.

Each extractor looks at the paragraphs (one line each, as split by text.split_paragraphs)
and returns what it found with the index of the paragraph it consumed, so the pipeline
can take that paragraph out of the body and record why. Only the *header zone* (the
lines before the first real paragraph) is searched for section, title and byline: a
short line further down ("New tools") is a subheading, not a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from archive.ingest.banners import (  # noqa: F401 (re-exported)
    BANNER_PLACES,
    ISSUER,
    is_banner,
    is_issuer,
    is_issuer_or_place,
    split_section_prefix,
)
from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.cjk import has_cjk, units
from archive.ingest.datelines import (  # noqa: F401 (DATELINE, WEEKDAYS re-exported)
    DATELINE,
    WEEKDAYS,
    Dateline,
    match_dateline,
)
from archive.ingest.head_lines import (  # noqa: F401 (PLACE_LINE re-exported)
    PLACE_LINE,
    TIME_ONLY,
    is_bracketed_note,
    is_person_line,
    is_place_or_time,
    is_speaker_line,
)
from archive.ingest.headline_choice import (
    choose_headline,
    is_book_division,
    is_menu_line,
    title_bar_headline,
    word_count,
)
from archive.ingest.headline_exclusions import (
    is_credit_field,
    is_long_sentence,
    is_wrapped_text,
)
from archive.ingest.record_labels import BULLET as _BULLET
from archive.ingest.record_labels import (  # noqa: F401 (re-exported)
    FIELD_LABEL,
    TRANSCRIPT_SECTION,
    is_field_label,
    is_field_line,
    is_presenter_line,
)
from archive.ingest.title_bars import bar_headline, is_title_bar  # noqa: F401 (re-exported)

SENTENCE_END = re.compile(r"[.!?…\"”’)。！？．」』）]$")
SECTION_LINE = re.compile(
    r"^(?i:in|section|category|categories|rubrica|kategori)\s*:?\s+"
    r"(?P<section>[A-Z][\w &/,-]{1,40})$"
)
# The lead word is matched in any case, the name only capitalised ("By state media" is
# not a byline).
# A military rank with its ordinal before the name ("By Mass Communication Specialist 1st
# Class Jane Doe", "By Sgt. 1st Class …", "By 2nd Lt. …"), and a unit after it of up to
# six words ("…, U.S. Indo-Pacific Command Public Affairs").
_RANK = r"(?:[A-Z][\w.'’-]*\s+){0,3}\d(?:st|nd|rd|th)\s+(?:Class|Lt\.|Sgt\.|Lieutenant|Sergeant)\s+"
# A diplomat's post before the name ("By Chargé d’Affaires Jason P. Hyland", "By Deputy
# Chief of Mission …", "By Consul General …").
_POST = (
    r"(?:Charg[ée] d['’]Affaires(?:,? a\.i\.)?|Deputy Chief of Mission|Consul General"
    r"|(?:Under|Assistant|Deputy) Secretary(?: of State)?)\s+"
)
BYLINE = re.compile(
    rf"^(?i:(?:posted |written )?by|oleh|por|von|par)\s+"
    rf"(?P<name>(?:{_RANK}|{_POST})?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
    r"(?:(?:,\s*|\s+and\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})*)$"
    r"|^(?i:author|autore|penulis|reporter)\s*:\s*(?P<author>[A-Z][\w.'’ -]{2,80})$"
    r"|^(?P<staff>[A-Z][\w.&' -]{1,40}\s"
    r"(?:Staff|Desk|Bureau|Team|Newsroom|Correspondent|Web Desk))$"
    # An Indonesian site's report line: "Laporan Wartawan Contoh.com, Budi Santoso",
    # "Laporan Koresponden Contoh.com, Budi Santoso dari Jepang".
    r"|^(?i:laporan)\s+(?i:wartawan|koresponden|reporter|jurnalis)\s+\S{2,40}(?:\s\S{2,20}){0,2},\s*"
    r"(?P<reporter>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s+dari\s+[A-Z][\w ]{1,30})?$"
)
_BYLINE_NAMES = ("name", "author", "staff", "reporter")
PHOTO_CREDIT_SUFFIX = re.compile(r"\.?\s+(?:PHOTO|FOTO|Photo|Foto)\s*/\s*[\w .&-]{1,40}$")


@dataclass(frozen=True)
class Found:
    value: str
    index: int | None  # the paragraph consumed, or None if the value came from elsewhere


def is_sentence(line: str) -> bool:
    """`line` ends like a sentence (a full stop, "。", a closing quote...): the pattern
    is searched in the last two characters only (its "$" may stand before a final line
    break), not tried at every character of a long line."""
    return SENTENCE_END.search(line, max(0, len(line) - 2)) is not None


def has_words(line: str, minimum: int) -> bool:
    """`word_count(line) >= minimum`, reading no more of a long line than it takes (a
    beginning of a line never holds more words than the whole line)."""
    if not has_cjk(line):
        return minimum <= 0 or len(line.split(None, minimum - 1)) >= minimum
    size = 1024
    while size < len(line):
        if units(line[:size]) >= minimum:
            return True
        size *= 8
    return units(line) >= minimum


_SITE_BEFORE = re.compile(r"\s*(?:::|[-|–—:·»/])\s*\S")  # "Title - Site"
_SITE_AFTER = re.compile(r"\S\s*(?:::|[-|–—:·»/])\s*$")  # "Site | Title"


def site_title_lines(
    paragraphs: Sequence[str], title: str, taken: set[int] | frozenset[int] = frozenset()
) -> list[int]:
    """Lines of the head that are the headline with the site's name added, the page's
    <title> ("Premier visits the White House - :: TRIBUNA :: Politics", "Site | Premier
    visits…"), the headline printed again, or again after its issuer's name with nothing
    between ("The White House美国-日本-韩国…新闻声明" on an embassy's translation), and the
    page's citation after the text (`_citation_lines`): furniture once the headline itself
    is read."""
    found = []
    for i, line in enumerate(paragraphs[:12] if title else ()):
        stripped = line.strip()
        if i in taken:
            continue
        if stripped == title:
            found.append(i)  # the headline printed again (an image's alt text)
        elif stripped.startswith(title) and _SITE_BEFORE.match(stripped[len(title) :]):
            found.append(i)
        elif stripped.endswith(title) and _SITE_AFTER.search(stripped[: -len(title)]):
            found.append(i)
        elif stripped.endswith(title) and is_issuer(stripped[: -len(title)]):
            found.append(i)
        elif i < 3 and stripped != title and is_title_bar(stripped):
            found.append(i)  # the page's <title>, the site's name in it, above the headline
    return found + _citation_lines(paragraphs, title, {*taken, *found})


def _citation_lines(
    paragraphs: Sequence[str], title: str, taken: set[int] | frozenset[int]
) -> list[int]:
    """Lines after the report's first paragraph that quote the whole headline inside a
    longer line that is no sentence: the page's citation ("Donald J. Trump, Readout of …
    Online by …, The American Presidency Project https://…"), a permalink's label. A
    sentence that quotes the headline ends like one. Headlines of five words or more only
    (a short one is a phrase a line may hold)."""
    if not title or word_count(title) < 5:
        return []
    found, opened = [], False
    for i, line in enumerate(paragraphs):
        if not opened:
            opened = is_body_paragraph(line)
            continue
        if title in line and i not in taken:
            stripped = line.strip()
            if stripped != title and not is_sentence(stripped):
                found.append(i)
    return found


# A closing quotation mark right after a word ends a headline ('…대통령 “미일동맹, 세계
# 평화∙안보 초석”', '… says Japan is "a partner"'); a sentence puts its stop inside or after it.
_QUOTE_ENDS_HEADLINE = re.compile(r"[^\s.!?…,:;。！？．，、：；]['\"’”」』]+$")


# A headline's closing tag in brackets right after a word: "… U.S. Secretary of Defense
# (Overview)", "(Summary)". The line ends with a bracket, not a sentence: a sentence's last
# word is followed by its stop, inside the brackets or before. (A CJK caption's closing
# credit, "…在東京會面(路透社)", ends its one sentence: CJK lines are not read for tags.)
_TRAILING_TAG = re.compile(r"(?<=\w)\s?[(（][^()（）.!?。！？．]{1,20}[)）]$")
_TAG_REACH = 23  # characters of the longest tag, its space and brackets
# A CJK headline's tag in Latin letters, right after a word: "… 동북아 순방 (Eng)" (an English
# version follows), "(Video)", "(Update)". A CJK sentence ends with its stop first; a
# caption's credit is in its own script ("(路透社)").
_LATIN_TAG = re.compile(r"[^\s.!?。！？．]\s?[(（][A-Za-z][A-Za-z .&-]{0,18}[)）]$")


def is_body_paragraph(line: str) -> bool:
    """A real paragraph of the report: long and ending like a sentence, or datelined."""
    cjk = has_cjk(line)
    minimum = 10 if cjk else 15  # twenty Chinese or Japanese characters
    sentence = (
        is_sentence(line)
        and not _QUOTE_ENDS_HEADLINE.search(line, len(line) - 4)
        and not (cjk and _LATIN_TAG.search(line, max(0, len(line) - _TAG_REACH)))
        and (cjk or not _TRAILING_TAG.search(line, max(0, len(line) - _TAG_REACH)))
        and not (cjk and _japanese_bracketed_heading(line))
    )
    return (sentence and has_words(line, minimum)) or _datelined_text(line)


_KANA = re.compile(r"[\u3040-\u30ff]")
JAPANESE_HEADING_CHARACTERS = 120  # a headline's length; a paragraph runs longer
# A document's kind in brackets closing a ministry's headline, kana or none: summary,
# provisional translation, gist, outline, full text ("…共同発表（仮訳）").
_SUMMARY_TAG = re.compile(r"[(（](?:結果)?(?:概要|要旨|骨子|仮訳|全文|抄訳|和文|英文|速報)[)）]$")


# A bracket no headline closes with: a wire's credit ("（共同）", "（時事）", "（ワシントン＝
# 共同）"), a photographer's ("…撮影"), or a day and a place ("（13日、ワシントン）"), which
# end a paragraph of news or a photo's caption.
_CREDIT_OR_DAY_BRACKET = re.compile(
    r"[(（](?:[^()（）]*[=＝][^()（）]*|(?:共同|時事|共同通信|時事通信|ロイター|AFP|AP|EPA|ブルームバーグ"
    r"|聯合|新華社|代表撮影)|[^()（）]*撮影|[^()（）]*[0-9０-９]+日[、，,\s][^()（）]*)[)）]$"
)


def _japanese_bracketed_heading(line: str) -> bool:
    """A Japanese line that ends with a bracket and holds no full stop: a headline with
    its tag ("…との会談について(概要)", "…の訪日（総理表敬、外相会談等）", "…共同発表
    （仮訳）"). A Japanese sentence ends with "。" (a bracket after it, or its own stop
    inside); Chinese, without kana, is read so only for a document's kind (_SUMMARY_TAG),
    not a caption's credit ("…會面(路透社)")."""
    stripped = line.rstrip()
    return (
        len(stripped) <= JAPANESE_HEADING_CHARACTERS
        and stripped.endswith((")", "）"))
        and "。" not in stripped
        and (_KANA.search(stripped) is not None or _SUMMARY_TAG.search(stripped) is not None)
        and not _CREDIT_OR_DAY_BRACKET.search(stripped)
    )


def _datelined_text(line: str) -> bool:
    """`line` opens with a dateline and goes on as a paragraph (a sentence, or eight words
    of one cut off): "U.S. - Japan Alliance" reads as a place in capitals and a dash but
    is a headline."""
    match = match_dateline(line)
    if match is None:
        return False
    rest = line[match.end() :]
    return is_sentence(rest.rstrip()) or has_words(rest, 8)


def header_end(
    paragraphs: Sequence[str], limit: int = 8, skip: set[int] | frozenset[int] = frozenset()
) -> int:
    """Index of the first body paragraph (the header zone is everything before it).

    Lines in `skip` (chrome already recognised, such as a government site's banner
    sentences) are neither body paragraphs nor counted towards `limit`.
    """
    counted = 0
    for i, line in enumerate(paragraphs):
        if i in skip:
            continue
        if counted >= limit:
            return i
        if is_body_paragraph(line):
            return i
        counted += 1
    return len(paragraphs)


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def extract_section(paragraphs: Sequence[str], hint: str | None = None) -> Found | None:
    """The section label: a hint, an "In Reports"-style line, or a lone label above the title.

    "In Reports" is Myind's way of printing the section "Reports"; the label is returned
    without the preposition so sections from different sites group together.
    """
    end = header_end(paragraphs)
    if hint:
        for i, line in enumerate(paragraphs[:end]):
            if _same(_BULLET.sub("", line), hint):
                return Found(hint.strip(), i)
        return Found(hint.strip(), None)
    for i, line in enumerate(paragraphs[:end]):
        match = SECTION_LINE.match(_BULLET.sub("", line))
        if match:
            return Found(match.group("section").strip(), i)
    # A lone label above a longer title, first but for chrome (a newsletter's masthead):
    # capitalised, of one to three words, or a kicker in capitals of up to six ("MEETING
    # WITH FOREIGN LEADERS"); not a skip link or a menu's button ("Enlaces para
    # accesibilidad", "Link akses", "Search").
    lines = [
        i
        for i in range(min(end, len(paragraphs)))
        if boilerplate_reason(paragraphs[i], DEFAULT_PATTERNS) in (None, "section label")
    ][:2]
    if len(lines) == 2 and end > 1:
        first, second = paragraphs[lines[0]], paragraphs[lines[1]]
        if (
            (_short_label(first) or _KICKER.fullmatch(first.strip()))
            and not _HEADLINE_VERB.search(first)
            and word_count(second) >= 4
            and not _CAPITALS.fullmatch(second.strip())
            and not is_issuer(first)  # "Departamento de Estado" issued the page
        ):
            return Found(first.strip(), lines[0])
    return None


def _short_label(line: str) -> bool:
    return 1 <= word_count(line) <= 3 and re.fullmatch(r"[A-Z][\w&/ -]*", line) is not None


# A section's kicker in capitals above the headline: two to four words, letters only
# ("MEETING WITH FOREIGN LEADERS"); a longer line in capitals is a headline.
_KICKER = re.compile(r"[A-Z]{2,}(?:[ &-]+[A-Z]{1,}){1,3}")
_CAPITALS = re.compile(r"[A-Z]{2,}(?:[ &-]+[A-Z]{1,})+")
# A headline's verb: a line in capitals that has one is a headline over its subheading
# ("BIDEN HOSTS KISHIDA AT WHITE HOUSE", "KISHIDA TO VISIT"), no section's label.
_HEADLINE_VERB = re.compile(
    r"(?i:\b(?:meets?|hosts?|holds?|visits?|says?|calls?|urges?|warns?|agrees?|pledges?"
    r"|vows?|signs?|talks|to)\b)"
)


_READ_MORE = "read more link"


def listing_heading(paragraphs: Sequence[str], reasons: dict[int, str]) -> int | None:
    """The heading of a listing page (a section's page of stories, each a headline, a blurb
    and a "read more" link: "Notizie ed eventi", "News & Events"): the first line, when
    it is short and no sentence and the page's first story closes with its "read more"
    link within the next four lines, the second of two or more. On such a page the
    section's name is the page's title; the first story's headline is not."""
    links = sorted(i for i, why in reasons.items() if why == _READ_MORE)
    first = next(
        (i for i in range(len(paragraphs)) if reasons.get(i, "section label") == "section label"),
        None,
    )
    if first is None or len(links) < 2 or not first < links[0] <= first + 4:
        return None
    line = paragraphs[first].strip()
    if not 1 <= word_count(line) <= 6 or is_sentence(line) or line.endswith((":", "：")):
        return None
    return first


def extract_byline(paragraphs: Sequence[str], hint: str | None = None) -> Found | None:
    """The byline: a hint, "By Jane Doe", "Author: …", or a desk credit like "Myind Staff"."""
    end = header_end(paragraphs)
    if hint:
        for i, line in enumerate(paragraphs[:end]):
            if _same(_BULLET.sub("", line), hint) or _same(_BULLET.sub("", line), f"By {hint}"):
                return Found(hint.strip(), i)
        return Found(hint.strip(), None)
    for i, line in enumerate(paragraphs[:end]):
        match = BYLINE.match(_BULLET.sub("", line))
        if match:
            name = next(match[group] for group in _BYLINE_NAMES if match[group])
            return Found(name.strip(), i)
    return None


def extract_title(
    paragraphs: Sequence[str],
    hint: str | None = None,
    *,
    skip: set[int] | frozenset[int] = frozenset(),
    is_chrome=lambda line: False,
    chrome_lines: set[int] | frozenset[int] = frozenset(),
) -> Found | None:
    """The headline: a hint, else the first header-zone line that reads like one.

    Lines already consumed (`skip`: section, byline, date) and chrome (`is_chrome`) are
    passed over, except a photo caption, which on some sites is the only place the
    headline appears ("… Threats. PHOTO/Reuters"): its credit is cut off. `chrome_lines`
    do not end the header zone (see header_end).
    """
    end = header_end(paragraphs, skip=chrome_lines)
    if hint:
        for i, line in enumerate(paragraphs[: max(end, 1) + 1]):
            if _same(line, hint) or _same(PHOTO_CREDIT_SUFFIX.sub("", line), hint):
                return Found(hint.strip(), i)
        return Found(hint.strip(), None)
    title_bar = None  # the page's <title> line: the headline only if no other line is one
    candidates: dict[int, str] = {}
    # A transcript's presenter line may stand below a long head of contacts and links
    # (DoD's transcripts of 2001-2009): lines up to the body are read for it.
    reach = header_end(paragraphs, PRESENTER_REACH, skip=chrome_lines)
    for i, line in enumerate(paragraphs[:reach]):
        if i in skip:
            continue
        caption = PHOTO_CREDIT_SUFFIX.search(line)
        candidate = PHOTO_CREDIT_SUFFIX.sub("", line).strip() if caption else line.strip()
        news_headline = None if caption else title_bar_headline(candidate)
        if news_headline is not None:  # "Headline | Section | Kyodo News": a menu's shape
            title_bar = title_bar or Found(news_headline, i)
            continue
        if not caption and (
            is_chrome(line)
            or is_banner(line)
            or is_issuer_or_place(line)
            or is_speaker_line(paragraphs, i)
        ):
            continue
        if not caption and is_presenter_line(line):
            continue  # a field of the record (who presented), never its headline
        if not caption and is_title_bar(line):
            title_bar = title_bar or Found(bar_headline(candidate), i)
            continue
        if _headline_sized(candidate):
            candidates[i] = candidate
    i = choose_headline(
        paragraphs,
        list(candidates),
        is_byline=_is_byline,
        is_presenter=is_presenter_line,
        is_time=_is_clock_time,
        end=end,
    )
    if i is None:
        return title_bar
    line, candidate = paragraphs[i], candidates[i]
    # The page's <title> ("Headline - Site") above the headline itself: take the headline.
    for j in range(i + 1, min(end + 2, len(paragraphs))):
        if j not in skip and site_title_lines([line], paragraphs[j].strip()):
            return Found(paragraphs[j].strip(), j)
    if title_bar and candidate.endswith((".", "。", "．")):
        return title_bar  # the text's first sentence is no headline; the bar holds one
    return Found(candidate, i)


PRESENTER_REACH = 20  # head lines read for a transcript's presenter line


def _headline_sized(candidate: str) -> bool:
    """Two (CJK) or three to forty words, no time alone, no label, no CJK sentence, no
    site's menu and no book's part or chapter (headline_choice)."""
    if TIME_ONLY.fullmatch(candidate):
        return False  # "11:36 A.M. EST" is when, not what
    cjk = has_cjk(candidate)
    if cjk and candidate.endswith(("。", "．")):
        return False  # a CJK headline never ends with a full stop; a sentence does
    minimum = 2 if cjk else 3  # "日米会談" is a headline
    return (
        minimum <= word_count(candidate) <= 40
        and not candidate.endswith((":", "："))
        and not is_menu_line(candidate)
        and not is_book_division(candidate)
        and not is_bracketed_note(candidate)
        and not is_credit_field(candidate)
        and not (not cjk and (is_long_sentence(candidate) or is_wrapped_text(candidate)))
    )


_CLOCK_TIME = re.compile(r"\d{1,2}[:：]\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4})?")


def _is_clock_time(line: str) -> bool:
    """A time of day alone with its A.M. or P.M. ("11:09 A.M. EDT"): a transcript's time."""
    return _CLOCK_TIME.fullmatch(line) is not None


def _is_byline(line: str) -> bool:
    return BYLINE.match(_BULLET.sub("", line).strip()) is not None


# A heading of the text, not a caption: numbered ("1 冒頭", "2. Regional affairs", "(1)",
# "一、") or in lenticular brackets ("【岸田首相开场发言】": the Prime Minister's remarks).
_HEADING = re.compile(
    r"^\s*(?:[0-9０-９]{1,2}(?:[.．、)）]|\s)|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]"
    r"|[一二三四五六七八九十]{1,3}、|【.{1,80}】\s*$|\[.{1,80}\]\s*$)"
)


def is_heading(line: str) -> bool:
    """A numbered or bracketed heading of the text ("1 冒頭", "(2)", "【首相发言】"), or a
    transcript's section heading ("冒頭発言", "질의응답", "Questions and Answers")."""
    stripped = line.strip()
    return _HEADING.match(line) is not None or TRANSCRIPT_SECTION.fullmatch(stripped) is not None


def extract_dateline(paragraphs: Sequence[str], start: int = 0) -> Dateline | None:
    """The dateline opening the first body paragraph at or after `start`."""
    for i in range(start, min(len(paragraphs), start + 3)):
        match = match_dateline(paragraphs[i])
        if match:
            raw = match.group(0).strip()
            place = re.split(r"\s*/\s*", match.group("place"))[0].strip()
            return Dateline(
                raw=raw,
                city=place.title() if place.isupper() else place,
                date_text=match.group("date") or "",
                wire=(match.group("wire") or "").strip(),
                index=i,
            )
        if is_body_paragraph(paragraphs[i]):
            return None
    return None
