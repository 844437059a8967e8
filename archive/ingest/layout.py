"""The head's layout around a lone date line: which free line above it is the headline,
which are the site's banners above that, which short lines between it and the body are
photo captions or labels (ministry pages print title, date, then the text)."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

from archive.ingest.chrome_patterns import RELEASE_LABEL
from archive.ingest.cjk import has_cjk

# The glued head and wrapped headline readers, split out: re-exported for callers and tests.
from archive.ingest.dated_heads import (  # noqa: F401 (unfold_dated_head re-exported)
    _headline_and_text,
    is_title_case,
    unfold_dated_head,
)
from archive.ingest.dates import CJK_FULL_DATE, FULL_DATE, NATIVE_FULL_DATE, is_date_line
from archive.ingest.header import (
    SENTENCE_END,
    is_banner,
    is_body_paragraph,
    is_bracketed_note,
    is_field_label,
    is_field_line,
    is_heading,
    is_issuer_or_place,
    is_person_line,
    is_presenter_line,
    is_speaker_line,
    match_dateline,
    site_title_lines,
    word_count,
)
from archive.ingest.headline_shapes import (
    is_section_path,
    names_event_or_document,
    titled_date_line,
)
from archive.ingest.prefilter import fold
from archive.ingest.record_labels import is_document_section
from archive.ingest.section_links import back_link_targets


@dataclass(frozen=True)
class Layout:
    """What a lone date line in the head tells about the lines around it."""

    # The headline: the nearest free line above the date line, or the line naming the
    # event below it when a banner (or a section path) stands above (headline_shapes).
    title: int | None
    banners: tuple[int, ...]  # free lines above the headline: the site's section banner
    captions: tuple[int, ...]  # short free lines between the date line and the body
    # (photo captions; not the issuing office some ministries print under the date)
    labels: tuple[int, ...] = ()  # short labels between the headline and the date line


def layout_around_date(
    paragraphs: Sequence[str],
    date_index: int,
    *,
    taken: set[int] | frozenset[int] = frozenset(),
    is_chrome=lambda line: False,
) -> Layout:
    """Read a page whose head is banner, headline, date line, captions, body.

    Government sites (Japan's foreign and defence ministries, for one) print the page's
    section ("アメリカ合衆国", "Japan-United States of America Relations") above the
    headline, the date on a line of its own below it, then photo captions ("握手をする
    岩屋外務大臣とブリンケン国務長官") before the first paragraph. The headline is the line
    closest above the date, so the banner is never taken for it; a caption is a line
    between the date and the first body paragraph that does not end like a sentence.
    Some pages print the date before the headline (banner, date, headline, captions,
    text): when only a banner or a path of sections ("Japan's Security / Peace & …")
    stands above the date, a line below it that names the event and nothing else
    ("日米外相会談", "… Foreign Ministers' Meeting") is the headline.
    `taken` are lines already read as something else; chrome lines are passed over.
    """

    def free(i: int) -> bool:
        return i not in taken and not is_chrome(paragraphs[i])

    above = [i for i in range(date_index) if free(i)]
    released = _headline_after_release(paragraphs, date_index, free)
    if released is not None:
        # All above is the site's menu or the release's furniture.
        own = (is_issuer_or_place, is_presenter_line)  # the record's own head lines
        return Layout(
            released, tuple(i for i in above if not any(is_(paragraphs[i]) for is_ in own)), ()
        )
    speaker = speaker_block(paragraphs, above)
    # A section's name the page's link back prints again ("国・地域" … "国・地域へ戻る").
    named = back_link_targets(paragraphs)
    title = _headline_above(paragraphs, above, speaker, named)
    banners = tuple(
        i
        for i in above
        if (title is not None and i < title)
        or is_banner(paragraphs[i])
        or paragraphs[i].strip() in named
    )
    body = _first_body_paragraph(paragraphs, date_index)
    below = _headline_below(paragraphs, date_index, body, free)
    if below is not None and (
        (title is None and banners)
        or (title is not None and is_section_path(paragraphs[title]))
        or (title is not None and _short_cjk_label(paragraphs[title]))
    ):
        # Banner, date, then the headline among the captions: what stood above the date
        # was the site's section.
        banners = tuple(sorted({*banners, *([] if title is None else [title])}))
        title = below
    if title is None and not banners and titled_date_line(paragraphs[date_index]):
        return Layout(date_index, (), ())  # "Press Conference, 28 May 2009": both
    if title is None:
        labels: tuple[int, ...] = ()
    else:
        labels = _labels_between(paragraphs, [i for i in above if title < i], speaker)
    # Only a page whose head was read above the date (a headline or a banner there) has
    # its captions below it; otherwise the lines below may be the headline itself.
    captions = ()
    if title is not None or banners:
        below = [i for i in range(date_index + 1, body or date_index + 1) if free(i)]
        kept = _speaker_below(paragraphs, below)
        captions = _captions(paragraphs, [i for i in below if i != title and i not in kept])
    return Layout(title, banners, captions, labels)


CJK_LABEL_CHARACTERS = 6  # "会談・訪問", "報道発表": a site's section, shorter than a headline
# What a section's name never holds: a person's title or a visit ("岸田首相訪米", "外相来日"),
# which make a short line a headline.
_PERSON_OR_VISIT = re.compile(
    r"首相|大臣|長官|大統領|総理|外相|防衛相|大使|총리|장관|대통령|总统|总理|部长"
    r"|訪[米日中韓欧]|来日|방미|방일|访美|访日"
)


def _short_cjk_label(line: str) -> bool:
    """A short CJK line naming no event ("会談・訪問"): over the date with an event's name
    under it, the site's section, not the headline. A line naming a person's title or a
    visit is a short headline."""
    stripped = line.strip()
    return (
        has_cjk(stripped)
        and len(stripped) <= CJK_LABEL_CHARACTERS
        and not names_event_or_document(stripped)
        and not _PERSON_OR_VISIT.search(stripped)
    )


# The kind of document a release label names, on its own line above the issuing office.
DOCUMENT_LABEL = re.compile(
    r"Media Notes?|Press Statements?|Press Releases?|News Releases?|Fact Sheets?|Readouts?"
    r"|Notice to the Press|Taken Questions?|News Transcripts?"
)
RELEASE_BLOCK = 3  # lines a release label may stand above the date: office and place between
MENU_ITEM_WORDS = 3  # a site menu's items ("News by Date", "West Wing"); a headline is longer


def _headline_sized(line: str) -> bool:
    """A line right above the release label that may be its headline (printed above it):
    more words than a site menu's item, not an issuing office, a place or a banner."""
    return (
        word_count(line) > MENU_ITEM_WORDS
        and not is_issuer_or_place(line)
        and not is_banner(line)
        and not SENTENCE_END.search(line)
    )


def _headline_after_release(paragraphs: Sequence[str], date_index: int, free) -> int | None:
    """The headline of a press release printed as "For Immediate Release" (or its kind,
    "Media Note") / its issuing office and place / the date, then the headline (the George
    W. Bush White House's pages, the State Department's of 2001-2009: the site's menu
    stands above): the first free line under the date, when it reads as a headline
    (three to forty words, no sentence, no place, office or person alone)."""
    for i in range(date_index - 1, max(-1, date_index - 1 - RELEASE_BLOCK), -1):
        line = paragraphs[i].strip()
        if RELEASE_LABEL.fullmatch(line) or DOCUMENT_LABEL.fullmatch(line):
            break
        # DoD's transcripts of 2001-2009: "News Transcript" / "Presenter: …" / the date.
        if not is_issuer_or_place(line) and not is_presenter_line(line):
            return None
    else:
        return None
    if i > 0 and free(i - 1) and _headline_sized(paragraphs[i - 1]):
        return None  # the headline printed right above the label: read there
    below = next((j for j in range(date_index + 1, len(paragraphs)) if free(j)), None)
    if below is None:
        return None
    line = paragraphs[below].strip()
    if (
        3 <= word_count(line) <= 40
        and not SENTENCE_END.search(line)
        and not line.endswith((":", "："))
        and not is_issuer_or_place(line)
        and not is_person_line(line)
        and not is_field_label(line)
    ):
        return below
    return None


_LIST_MARKS = ("•", "·")


def _field(line: str) -> bool:
    """A form's label, or a field with its value ("Presenter: Secretary of Defense …"):
    the record's head, never its headline."""
    return is_field_label(line) or is_field_line(line)


def _headline_above(
    paragraphs: Sequence[str],
    above: Sequence[int],
    speaker: Container[int],
    named: Container[str] = frozenset(),
) -> int | None:
    """The line closest above the date that can be a headline: not a banner (nor a
    section a link back to it names, `named`), an issuer, a place, a field label or a
    speaker's block, two (CJK) or three to forty words, not ending like a sentence or a
    label."""
    for k in range(len(above) - 1, -1, -1):
        i, line = above[k], paragraphs[above[k]]
        if i in speaker or is_banner(line) or is_issuer_or_place(line) or _field(line):
            continue
        if line.strip() in named:
            continue
        if is_speaker_line(paragraphs, i) or line.lstrip().startswith(_LIST_MARKS):
            continue  # a listed item ("• III MEF"): the page's data, never its headline
        if is_bracketed_note(line):
            continue
        minimum = 2 if has_cjk(line) else 3  # "Reporter", "Tempo.co" are labels
        if minimum <= word_count(line) <= 40 and not line.endswith(("。", "．", ":", "：")):
            return _fuller_line_above(paragraphs, above[:k], i)
    return None


def _fuller_line_above(paragraphs: Sequence[str], before: Sequence[int], title: int) -> int:
    """The free line right above the headline when it holds the headline and more (the
    event's own name over the page's generic one: "Extra Press Conference by the Defense
    Minister Kato (10:30-10:45 A.M. …)" over "Press Conference by the Defense Minister"),
    unless it is the headline with the site's name (the page's <title>); else `title`."""
    if not before or before[-1] != title - 1:
        return title
    above, line = paragraphs[title - 1].strip(), paragraphs[title].strip()
    fuller = len(above) > len(line) and fold(line) in fold(above)
    if not fuller or site_title_lines([above], line) or word_count(above) > 40:
        return title
    return title - 1


def _labels_between(
    paragraphs: Sequence[str], between: Sequence[int], speaker: Container[int]
) -> tuple[int, ...]:
    """Short labels between the headline and the date: a byline's "Reporter", the site."""
    return tuple(
        i
        for i in between
        if i not in speaker
        and word_count(paragraphs[i]) <= 3
        and not SENTENCE_END.search(paragraphs[i])
        and not is_issuer_or_place(paragraphs[i])
        and not is_person_line(paragraphs[i])  # who spoke: the report's own
        and not (i > 0 and is_person_line(paragraphs[i - 1]))  # where they spoke ("Iikura House")
        and not is_field_label(paragraphs[i])
        and not is_document_section(paragraphs[i])
    )


def _captions(paragraphs: Sequence[str], below: Sequence[int]) -> tuple[int, ...]:
    """Photo captions among the free lines between the date and the first body paragraph:
    short, not a sentence, not introducing what follows, no record's furniture or
    dateline."""
    return tuple(
        i
        for i in below
        if word_count(paragraphs[i]) < 25
        and not SENTENCE_END.search(paragraphs[i])
        and not paragraphs[i].rstrip().endswith((":", "："))  # it introduces what follows
        and not _record_furniture(paragraphs, i)
        and not match_dateline(f"{paragraphs[i]} …")
    )


# How far under the date line the body may start: within five lines (four between),
# whatever they are; up to eleven when every line from the fifth is shaped like a caption (a
# slideshow prints a run of ten or more short caption lines there before the text). A
# readout's outline ("1月13日 ワシントン", "林外務大臣") or a release's bullet lines are
# the text's own and hold no caption's mark.
BODY_SEARCH_LINES = 5
CAPTION_RUN_LINES = 11
# A caption's mark: a photo's word, a credit, a place and date in brackets at the end,
# a slideshow's numbering ("3 of 10", "3/10").
_CAPTION_SHAPE = re.compile(
    r"(?i:\b(?:photos?|photographs?|images?|slides?|credits?|courtesy)\b)"
    r"|\b(?:AP|AFP|Reuters|Getty|Kyodo|Yonhap|EPA)\b|写真|撮影|提供|사진|照片|图片|圖片"
    r"|[(（][^()（）]*\d[^()（）]*[)）]\s*$"
    r"|^\s*\d{1,2}\s*(?:/|of)\s*\d{1,2}\s*$"
)


def is_caption_shaped(line: str) -> bool:
    """The line bears a caption's mark (see _CAPTION_SHAPE)."""
    return _CAPTION_SHAPE.search(line) is not None


def _first_body_paragraph(paragraphs: Sequence[str], date_index: int) -> int | None:
    """The first body paragraph within a few lines under the date line. Captions are read
    only when one follows: a page whose paragraphs are all short has no telling caption
    from text."""
    titled = True  # every line so far a photo's title in title case
    for i in range(date_index + 1, date_index + CAPTION_RUN_LINES + 1):
        if i >= len(paragraphs):
            return None
        if is_body_paragraph(paragraphs[i]):
            return i
        titled = titled and _photo_title(paragraphs[i])
        if i >= date_index + BODY_SEARCH_LINES and not (titled or is_caption_shaped(paragraphs[i])):
            return None  # the fifth line on, only a run of captions may go on
    return None


def _photo_title(line: str) -> bool:
    """A slideshow's photo title: three words or more in title case, no sentence ("Minister
    Sato Arrives at Haneda Airport"). A run of them from the date line down is the
    slideshow; a readout's outline in CJK or a release's bullets are none."""
    words = line.split()
    return len(words) >= 3 and is_title_case(words) and not SENTENCE_END.search(line)


def _headline_below(
    paragraphs: Sequence[str], date_index: int, body: int | None, free
) -> int | None:
    """The first free line between the date line and the body that names an event or a
    document (headline_shapes.names_event_or_document): a headline printed under the
    date."""
    if body is None:
        return None
    return next(
        (
            i
            for i in range(date_index + 1, body)
            if free(i) and names_event_or_document(paragraphs[i])
        ),
        None,
    )


# The speaker printed under a transcript's headline, as the State Department's pages do:
# "John Kerry" / "Secretary of State" / "Iikura Guest House" / "Tokyo, Japan" / the date.
_NAME_LINE = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+|Jr\.|Sr\.|I{2,3})){1,3}")
_POST_LINE = re.compile(
    r"(?:(?:Deputy|Under|Assistant|Acting|Vice|Chief|Senior)\s+)*"
    r"(?:Secretary|President|Prime Minister|Minister|Ambassador|Spokesperson|Spokesman"
    r"|Spokeswoman|Special (?:Envoy|Representative|Advisor|Assistant)|Counselor|Chairman"
    r"|National Security Advisor|Director|Administrator)\b[\w\s,.'’-]*"
)
_NOT_NAME_WORDS = frozenset(
    "The Remarks Statement Readout Press Joint Secretary Minister President Prime Meeting"
    " Office Department Ministry Embassy House Hotel Palace Center Building".split()
)
SPEAKER_BLOCK_SIZE = 5  # name, post, venue, place: what may stand between name and date
# A post with its bureau: "Assistant Secretary, Bureau of East Asian and Pacific Affairs".
POST_WORDS = 12


def speaker_block(paragraphs: Sequence[str], above: Sequence[int]) -> frozenset[int]:
    """The lines, from a speaker's name on, between a transcript's headline and its date
    line: a person's name alone on a line, their post on the next ("Secretary of State",
    "Deputy Secretary of Defense"), then the venue and place. They are the report's own
    (who spoke, where), neither its headline nor labels to drop; the headline is above."""
    last = above[-SPEAKER_BLOCK_SIZE:]
    for k, i in enumerate(last[:-1]):
        name, post = paragraphs[i].strip(), paragraphs[last[k + 1]].strip()
        if (
            last[k + 1] == i + 1
            and _NAME_LINE.fullmatch(name)
            and not set(name.split()) & _NOT_NAME_WORDS
            and _POST_LINE.fullmatch(post)
            and word_count(post) <= POST_WORDS
            and all(word_count(paragraphs[j]) <= 8 for j in last[k + 2 :])
        ):
            return frozenset(last[k:])
    return frozenset()


# The speaker printed under a transcript's date, name and post on one line: "Antony J.
# Blinken, Secretary of State" (then the venue and the place).
_NAME_AND_POST = re.compile(rf"(?:{_NAME_LINE.pattern}),\s*(?:{_POST_LINE.pattern})")


def _speaker_below(paragraphs: Sequence[str], below: Sequence[int]) -> frozenset[int]:
    """The lines under the date line from a speaker's name and post on ("Antony J.
    Blinken, Secretary of State", the venue, the place): who spoke and where, the
    report's own, never captions."""
    for k, i in enumerate(below):
        line = paragraphs[i].strip()
        if word_count(line) <= 12 and _NAME_AND_POST.fullmatch(line):
            return frozenset(below[k:])
    return frozenset()


def _record_furniture(paragraphs: Sequence[str], i: int) -> bool:
    """Line `i` is the report's own furniture, never a caption: a heading, the issuer, a
    place, a second date line (the date of the document a page reprints, under its
    issuer: "2021年4月2日" under "The White House"), a form's field label or the value
    under one."""
    line = paragraphs[i]
    return (
        is_heading(line)
        or is_issuer_or_place(line)
        or is_date_line(line)
        or _opens_with_date(line)
        or is_field_label(line)
        or is_field_line(line)
        or (i > 0 and is_field_label(paragraphs[i - 1]))
        or (i > 1 and is_field_label(paragraphs[i - 2]) and _short_value(paragraphs[i - 1]))
    )


def _short_value(line: str) -> bool:
    """A field's value line that may run on to the next ("場所" / a base's name / the
    room's name): short, and no body text."""
    return bool(line.strip()) and not is_body_paragraph(line)


def _opens_with_date(line: str) -> bool:
    """A full date opens the line: the release's own date and time under the page's date
    ("2020年12月18日 美国东部标准时间下午12:27", "September 22, 2022 3:00 PM")."""
    stripped = line.strip()
    return any(p.match(stripped) for p in (FULL_DATE, NATIVE_FULL_DATE, CJK_FULL_DATE))
