"""CJK surnames in a report's body (people.find_people): a CJK surname next to a title, a
Western one after its full name (ReferenceIndex._index_cjk_surnames), and a family or
Western surname whose title says which of its bearers is meant (cjk_family_names.py:
"菅総理" is Naoto Kan in 2010, "ブッシュ大統領" George W. Bush in 2006). Split out of
people.py, which finds every other kind of mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from archive.ingest.cjk import has_cjk, needs_cjk
from archive.ingest.cjk_family_names import holder, title_post
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention
from archive.ingest.spans import SpanIndex

_needs_cjk = lru_cache(maxsize=8)(needs_cjk)  # read once per reference's pattern


def _cjk_surnames(
    body: str, index: ReferenceIndex, known: Sequence[Mention], on: date | None = None
) -> list[Mention]:
    """CJK surnames next to a title, and Western ones after their full name (see
    ReferenceIndex._index_cjk_surnames); family names whose title says which of their
    bearers is meant (cjk_family_names.py). A title after the name is part of the
    mention: its form is "林外務大臣"."""
    pattern = index.cjk_surname_pattern
    if pattern is None or (_needs_cjk(pattern) and not has_cjk(body)):
        return []  # every surname holds a CJK character: the scan would find nothing
    spans = SpanIndex((m.start, m.end) for m in known)
    found: list[Mention] = []
    first_end = _first_ends(known)  # slug -> the earliest end of a mention of them
    for match in pattern.finditer(body):
        if spans.overlaps(match.start(), match.end()):
            continue
        form = match.group(0)
        title = index.cjk_title_after.match(body, match.end())
        end = title.end() if title else match.end()
        if form in index.cjk_titled_names:
            slug = _titled_holder(form, title, index, on)
            if slug is not None:
                found.append(Mention(slug, match.start(), end, body[match.start() : end]))
            continue
        slug = index.cjk_family_names.get(form) or index.cjk_western_surnames[form]
        if title and _never_held(slug, title.group(0), index):
            continue  # "빌 클린턴 대통령" is no mention of Hillary Clinton
        if form in index.cjk_family_names:
            slug = index.cjk_family_names[form]
            accepted = title is not None
        else:
            if _inside_word(body, match.start(), form):
                continue  # "ライス" of "プライス報道官", "라이스" of "프라이스 대변인"
            slug = index.cjk_western_surnames[form]
            before = index.cjk_title_before.search(body, max(0, match.start() - 12), match.start())
            if before and _never_held(slug, before.group(0).rstrip(), index):
                continue  # "前总统克林顿" is no mention of Hillary Clinton either
            accepted = (
                title is not None
                or before is not None
                # Two characters are too few on their own ("克里" is in "克里米亚", Crimea).
                or (len(form) >= 3 and first_end.get(slug, match.start() + 1) <= match.start())
            )
        if accepted:
            found.append(Mention(slug, match.start(), end, body[match.start() : end]))
            first_end[slug] = min(first_end.get(slug, end), end)
    return found


def _titled_holder(
    form: str, title: re.Match | None, index: ReferenceIndex, on: date | None
) -> str | None:
    """Who a titled family name means (cjk_family_names.holder), if a title follows."""
    candidates, owner, full = index.cjk_titled_names[form]
    if title is None:
        return None
    return holder(candidates, title.group(0), index.people, on, owner, full)


def _never_held(slug: str, title: str, index: ReferenceIndex) -> bool:
    """The surname's person, whose offices the reference records, never held the post the
    title next to it names (a leader's, a minister's or an envoy's; a former one too):
    another person of that surname is meant ("ライス国連大使" is Susan Rice, no mention of
    Condoleezza Rice; "前总统克林顿" is Bill Clinton)."""
    envoy, posts = _named_posts(title)
    if not envoy and posts is None:
        return False  # "氏", a vice-president's or a cabinet secretary's title
    person = index.people.get(slug)
    if person is None or not person.offices:
        return False
    if envoy:
        return not any("ambassador" in office.title.lower() for office in person.offices)
    return all(office.post not in posts for office in person.offices)


@lru_cache(maxsize=256)
def _named_posts(title: str) -> tuple[bool, frozenset[str] | None]:
    """(whether the title is an envoy's, the posts it names or None), read once a title:
    a CJK text prints the same few titles thousands of times."""
    if title.endswith(_ENVOY_TITLES):
        return True, None
    post = title_post(title.replace("前", "").replace("元", ""))
    return False, _NAMED_POSTS.get(post or "")


_ENVOY_TITLES = ("大使", "대사")
_NAMED_POSTS = {
    "head_of_state": frozenset({"head_of_state"}),
    "head_of_government": frozenset({"head_of_government"}),
    "foreign": frozenset({"foreign"}),
    "defense": frozenset({"defense"}),
    "minister": frozenset({"foreign", "defense"}),
}


def _inside_word(body: str, start: int, form: str) -> bool:
    """Whether a Western surname in katakana or hangul follows a letter of its own script:
    it is then the end of a longer word (names in these scripts are set apart by "・" or a
    space). Han is written without breaks, so a name in Han is never so read."""
    if start == 0:
        return False
    before, first = body[start - 1], form[0]
    if "\u30a1" <= first <= "\u30fa":
        return "\u30a1" <= before <= "\u30fa" or before == "ー"
    if "\uac00" <= first <= "\ud7a3":
        return "\uac00" <= before <= "\ud7a3"
    return False


def _first_ends(mentions: Iterable[Mention]) -> dict[str, int]:
    first: dict[str, int] = {}
    for mention in mentions:
        first[mention.slug] = min(first.get(mention.slug, mention.end), mention.end)
    return first
