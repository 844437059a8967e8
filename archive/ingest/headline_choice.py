"""Which of the head's headline-sized lines is the headline, read from the page's
structure: the line a byline or a transcript's presenter line stands against, the event's
name under a ministry's short banner, never a site's menu or a book's part or chapter.

header.extract_title gathers the lines that may be the headline (its candidates, in page
order); `choose_headline` picks one. The first stays the choice unless the structure says
otherwise: older government pages (the State Department's 2001-2009 archive, DoD's
transcripts and news articles, Japan's ministries' pages of the 2000s) print widgets,
series names and banners above the headline in lines a headline's size.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence

from archive.ingest.cjk import has_cjk, units
from archive.ingest.headline_shapes import names_event

# A site's menu printed as one line: three or more short items joined by bars ("アジア |
# 北米 | 中南米 | 欧州 | …", "Home | News | Photos"), each a few words, none a sentence.
_MENU_BAR = re.compile(r"\s*[|｜]\s*")
_MENU_ITEM_WORDS = 4
_MENU_ITEM_CHARACTERS = 14  # a CJK item's length ("欧州(NIS諸国を含む)")
# A Japanese or Chinese menu printed as one line, its items spaced: four or more short
# items ("外務省案内 渡航関連情報 各国・地域情勢 外交政策 ODA"). A headline spaced into four
# or more pieces of a few characters each is rare; Korean puts spaces between its words
# and is not read so.
_SPACED_ITEMS = 4
_SPACED_ITEM_CHARACTERS = 8
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_SENTENCE_MARKS = re.compile(r"[.!?。！？、，,]")


# A breadcrumb from the site's home page: "トップページ 会談・訪問 主な要人の来日日程",
# "Home > News > Releases", "首页 > 新闻".
_BREADCRUMB = re.compile(
    r"(?:トップページ|ホーム|首页|首頁|홈)(?:\s*[>＞›»]\s*|\s+)\S"
    r"|(?i:home)\s*[>›»]\s*\S"
)


# What no menu item holds: a Japanese particle after a word ("同盟強化を確認", "バイデン氏と")
# or a person's title at its end ("岸田首相", "バイデン大統領"); a headline's pieces do.
_PARTICLE = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff][をがにでとは]")
_PERSON_TITLE_AT_END = re.compile(r"(?:大臣|長官|大使|首相|大統領|総理|外相|国務長官)$")
# A news site's name, the last part of a page's <title> bar ("Kyodo News", "NHKニュース",
# "The Japan Times", "朝日新聞デジタル"): the bar is the page's title, not its menu.
_NEWS_SITE = re.compile(
    r"(?:News|Times|Post|Journal|Herald|Tribune|Press|ニュース|新聞|新聞デジタル|通信|新闻|新聞網"
    r"|뉴스|일보|신문)$"
)


def is_menu_line(line: str) -> bool:
    """A site's menu or breadcrumb printed as one line (see _MENU_BAR, _SPACED_ITEMS,
    _BREADCRUMB): never the headline. A <title> bar ending with a news site's name is
    no menu (title_bar_headline)."""
    stripped = line.strip()
    if _BREADCRUMB.match(stripped):
        return True
    parts = [part for part in _MENU_BAR.split(stripped) if part]
    if len(parts) >= 3 and all(_menu_item(part) for part in parts):
        return title_bar_headline(stripped) is None
    if not has_cjk(stripped) or _HANGUL.search(stripped) or _SENTENCE_MARKS.search(stripped):
        return False
    spaced = stripped.split()
    return len(spaced) >= _SPACED_ITEMS and all(
        len(item) <= _SPACED_ITEM_CHARACTERS and not _headline_piece(item) for item in spaced
    )


# A title bar's parts are joined by bars or by a dash between spaces ("Allies Agree to
# Deepen Ties - The Daily Herald"); a hyphen inside a word ("U.S.-Japan") joins none.
_BAR = re.compile(r"\s*[|｜]\s*")
_DASH = re.compile(r"\s+[-–—]\s+")


def title_bar_headline(line: str) -> str | None:
    """The headline of a page's <title> printed as a bar line, when its last part names a
    news site ("Biden Meets Kishida | World | Kyodo News", "日米首脳会談 | 政治 | NHKニュース",
    "Allies Agree to Deepen Ties - The Daily Herald"); else None. A headline may hold a dash
    of its own ("Biden – Kishida Summit Ends | Kyodo News"), so where the bar has a "|" only
    "|" parts it, and a bar of dashes alone loses only its last part."""
    stripped = line.strip()
    separator = _BAR if _BAR.search(stripped) else _DASH
    parts = [part.strip() for part in separator.split(stripped) if part.strip()]
    if len(parts) < 2 or not _NEWS_SITE.search(parts[-1]) or _NEWS_SITE.search(parts[0]):
        return None
    if separator is _BAR:
        return parts[0]
    *_, last = separator.finditer(stripped)
    return stripped[: last.start()].strip()


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _headline_piece(item: str) -> bool:
    """A piece of a headline, not a menu's item: a particle or a person's title outside
    brackets (a menu item's note, "大洋州(島嶼国を含む)", may hold a particle)."""
    bare = _BRACKETED.sub("", item)
    return bool(_PARTICLE.search(bare) or _PERSON_TITLE_AT_END.search(bare))


def _menu_item(part: str) -> bool:
    if _SENTENCE_MARKS.search(part[-1:]):
        return False
    if has_cjk(part):
        return len(part) <= _MENU_ITEM_CHARACTERS and not _headline_piece(part)
    return len(part.split()) <= _MENU_ITEM_WORDS


# A book's part, chapter or volume heading ("第III部 わが国の防衛のための諸施策", "第2章
# 地域別に見た外交"): a white paper's or a bluebook's page prints it above its own section's
# heading, which is the page's headline.
_BOOK_DIVISION = re.compile(r"\s*第\s*[0-9０-９一二三四五六七八九十百IVXⅠ-Ⅻ]+\s*[部章編巻](?:\s|$)")


def is_book_division(line: str) -> bool:
    """A book's part or chapter heading (_BOOK_DIVISION): the series, not the page."""
    return _BOOK_DIVISION.match(line) is not None


_BANNER_CHARACTERS = 12  # a CJK banner over an event's name: a country, a section


def choose_headline(
    paragraphs: Sequence[str],
    candidates: Sequence[int],
    *,
    is_byline: Callable[[str], bool],
    is_presenter: Callable[[str], bool],
    is_time: Callable[[str], bool] = lambda line: False,
    end: int,
) -> int | None:
    """The headline among `candidates` (indexes of headline-sized lines, in page order;
    those from `end` on, where the head zone ends, stand only against a presenter line):

    - the candidate right under a transcript's presenter line, else right above it
      ("Presenter: … June 04, 2006" / headline);
    - the candidate nearest above the byline, when a byline stands in the head and that
      candidate ends like no sentence (a deck ends like one): a headline sits on its
      byline ("Bookmark and Share" / "News Article" / headline / "By …");
    - the nearest candidate of more than three words within a few lines above a time
      alone on its line, a transcript's headline over its venue and time ("… Joint
      Press Availability" / "Camp David" / "11:09 A.M. EDT"; "State Dining Room" is a
      venue);
    - a CJK line naming an event right under a short CJK first candidate that names none
      ("オーストラリア連邦" / "日豪外相会談"): a banner over the headline;
    - a line in title or sentence case right under a first candidate in capitals: a
      kicker over the headline;
    - else the first candidate."""
    chosen = set(candidates)
    for p in range(min(len(paragraphs), max(candidates, default=-2) + 2)):
        if is_presenter(paragraphs[p]):
            if p + 1 in chosen:
                return p + 1
            if p - 1 in chosen:
                return p - 1
            break
    candidates = [i for i in candidates if i < end]
    if not candidates:
        return None
    for b in range(end):
        if is_byline(paragraphs[b]):
            above = [i for i in candidates if i < b]
            if above and not _ends_sentence(paragraphs[above[-1]]):
                return above[-1]
            break
    timed = _above_time_line(paragraphs, candidates, is_time, end)
    if timed is not None:
        return timed
    first = candidates[0]
    second = first + 1  # the banner stands right over the event's name
    if second in chosen and _banner_over_event(paragraphs[first], paragraphs[second]):
        return second
    if second in chosen and _kicker_over_headline(paragraphs[first], paragraphs[second]):
        return second
    return first


TIME_REACH = 3  # lines between a transcript's headline and its time: venue, a link
VENUE_WORDS = 3  # "State Dining Room", "The East Room": a venue, not a headline


def _above_time_line(
    paragraphs: Sequence[str], candidates: Sequence[int], is_time, end: int
) -> int | None:
    time = next((t for t in range(end) if is_time(paragraphs[t].strip())), None)
    if time is None:
        return None
    above = [
        i
        for i in candidates
        if time - TIME_REACH - 1 <= i < time and len(paragraphs[i].split()) > VENUE_WORDS
    ]
    return above[-1] if above else None


def word_count(line: str) -> float:
    """Words in `line`; in CJK text, word-equivalents (`cjk.units`: two characters a word)."""
    return units(line) if has_cjk(line) else len(line.split())


def _ends_sentence(line: str) -> bool:
    return line.rstrip()[-1:] in {".", "。", "．", "!", "?"}


def _kicker_over_headline(first: str, second: str) -> bool:
    """A series' or column's name in capitals right over a headline in title or sentence
    case ("PRIME MINISTER'S DIARY" / "Prime Minister's Visit to …"): the kicker, not the
    headline. A headline in capitals over a deck is told by the deck's closing stop."""
    return (
        first.isupper()
        and not has_cjk(first)
        and not second.isupper()
        and not _ends_sentence(second)
    )


def _banner_over_event(first: str, second: str) -> bool:
    first, second = first.strip(), second.strip()
    return (
        has_cjk(first)
        and has_cjk(second)
        and len(first) <= _BANNER_CHARACTERS
        and not names_event(first)
        and names_event(second)
    )


BANNER_WORDS = 8  # a site's banner over the headline: a country, a minister, a section


def banners_over_headline(
    paragraphs: Sequence[str],
    title: int,
    taken: Container[int],
    *,
    is_own: Callable[[str], bool] = lambda line: False,
) -> list[int]:
    """The short lines above the headline that nothing else claimed: the site's banner,
    its section or the minister whose page it is ("オーストラリア連邦", "岸田外務大臣" over
    "日豪外相会談"). The headline opens the report; what stands over it is the page's,
    but for the report's own furniture (`is_own`: the issuing office, "The White House",
    "Office of the Press Secretary", which the report keeps). A book's part or chapter
    over the section that is the page ("第II部 わが国の防衛政策の基本と防衛力整備") names the
    series however long it is."""
    return [
        i
        for i in range(title)
        if i not in taken
        and (0 < word_count(paragraphs[i]) <= BANNER_WORDS or is_book_division(paragraphs[i]))
        and not _ends_sentence(paragraphs[i])
        and not is_own(paragraphs[i])
    ]
