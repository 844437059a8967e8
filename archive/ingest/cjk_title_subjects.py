"""A bare title as the subject of a CJK quote (issue 11): "大臣は「…」と述べた", "首相は
「…」と語った", "장관은 “…”고 말했다", "国务卿说：“…”", "这位国务卿表示，“…”".

Japanese, Korean and Chinese reports name a minister in full once and then by title
alone, as English says "the secretary". The title opens the quote's sentence (a short
lead such as "一方、" or "28日、" before it), a subject particle follows it in Japanese
and Korean, and a speech verb says the quote (cjk_quotes' verbs). The speaker is the
person named last before the quote who was printed with that title right after the
name ("林芳正外務大臣" for "大臣"; cjk_subjects.NAME_TAIL) or, failing that, who holds
an office the title's English words name (transcript_labels.TITLE_WORDS: "長官" a
secretary). Matched at the quote's sentence only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from archive.ingest.cjk import CJK_TITLES
from archive.ingest.cjk_quotes import JA_VERB_AFTER, KO_VERB_AFTER, ZH_VERB_BEFORE
from archive.ingest.cjk_subjects import NAME_TAIL
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention
from archive.ingest.spans import mention_index
from archive.ingest.transcript_labels import TITLE_WORDS

# Titles that stand for one person alone; "氏" (Mr.), "議員" and "大使" do not.
_BARE = "|".join(re.escape(t) for t in CJK_TITLES if t not in ("氏", "議員", "大使", "대사"))
MAX_LOOK_BACK = 40  # mentions before the quote searched for the title's holder
BARE_TITLE_SUBJECT = re.compile(
    r"(?:[^、，,。「」“”\"\n]{0,8}[、，,][^\S\n]*)?(?:这位|這位|该|該)?"
    rf"(?P<title>{_BARE})[^\S\n]*(?P<particle>は|が|も|은|는|이|가|也|则|則)?"
)


def bare_title_speaker(
    body: str,
    offset: int,
    before: str,
    after: str,
    mentions: Sequence[Mention],
    index: ReferenceIndex | None,
    on: date | None = None,
) -> Mention | None:
    """The known person a bare title opening the quote's sentence stands for; `before`
    and `after`: the sentence's words before and after the quote, `offset` where
    `before` starts in the body. A person named without the title holds it by an office
    of theirs on `on`, the report's day, if known (`_offices`)."""
    match = BARE_TITLE_SUBJECT.match(before)
    if match is None:
        return None
    title = match.group("title")
    japanese_or_korean = match.group("particle") in ("は", "が", "も", "은", "는", "이", "가")
    if japanese_or_korean:
        said = JA_VERB_AFTER.match(after) or KO_VERB_AFTER.match(after)
    else:
        said = match.end() < len(before) and ZH_VERB_BEFORE.search(before, match.end())
    if not said:
        return None
    # The nearest MAX_LOOK_BACK people named before the sentence (a view, not a copy).
    earlier = mention_index(mentions).before(offset)
    earlier = earlier[max(0, len(earlier) - MAX_LOOK_BACK) :]
    for mention in reversed(earlier):
        tail = NAME_TAIL.match(body, mention.end)  # the country, ministry and title after it
        if title in body[mention.end : tail.end()] or title in mention.form:
            return mention
    words = TITLE_WORDS.get(title, ())
    for mention in reversed(earlier):
        person = index.people.get(mention.slug) if index is not None and words else None
        offices = [office.title.lower() for office in _offices(person, on)]
        if any(word in office for word in words for office in offices):
            return mention
    return None


def _offices(person, on: date | None) -> Sequence:
    """The person's offices held on `on`, or all the reference records for them when the
    day is unknown or none of their terms covers it (a day misread, a term the sources
    leave open): a post held years before is not the title a report of that day gives
    ("長官" is no former secretary's, "大臣" no former minister's)."""
    if person is None:
        return ()
    return (person.offices_on(on) if on is not None else ()) or person.offices
