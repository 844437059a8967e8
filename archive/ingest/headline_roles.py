"""A headline's speaker printed as a country and a post alone, right before the quote
("일본 외상 “…”", "日本外相「…」", "미 국무장관, “…”", "美国国务卿：“…”"): the one person
who held that post in that country on the report's day (roles.holders). Korean, Japanese
and Chinese headlines name a minister so, the body naming them in full below."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from archive.ingest.reference import ReferenceIndex
from archive.ingest.roles import holders

_COUNTRIES = {
    "일본": "Japan",
    "일": "Japan",
    "日本": "Japan",
    "日": "Japan",
    "미국": "United States",
    "미": "United States",
    "米国": "United States",
    "米": "United States",
    "美国": "United States",
    "美國": "United States",
    "美": "United States",
}
# Each post's titles (the country's own words for its foreign or defense minister, its
# leader), longest first within a post so that "외무장관" is not read as "장관".
_POSTS = (
    (
        "foreign",
        "외무장관 외교장관 국무장관 외무상 외상 外務大臣 国務長官 國務卿 国务卿 外相 外长 外長",
    ),
    ("defense", "국방장관 방위장관 방위상 防衛大臣 国防長官 国防部长 國防部長 防衛相 防长 防長"),
    ("head_of_government", "총리 総理 首相 总理 總理"),
    ("head_of_state", "대통령 大統領 总统 總統"),
)
_POST_OF = {title: post for post, titles in _POSTS for title in titles.split()}
_TITLES = "|".join(sorted(_POST_OF, key=len, reverse=True))
_COUNTRY = "|".join(sorted(_COUNTRIES, key=len, reverse=True))
# The country and post end the words before the quote: a space, a comma or a colon between.
POST_BEFORE_QUOTE = re.compile(
    rf"(?:^|(?<=[\s,，.…:：]))(?P<country>{_COUNTRY})[^\S\n]?(?P<title>{_TITLES})"
    r"[^\S\n]*[,，:：]?[^\S\n]*$"
)


# "Former" before the country: "키신저 전 미 국무장관", "前 日本外相", "元外相".
FORMER = ("전", "前", "元", "前任", "전임")


def post_holder(
    title: str,
    start: int,
    index: ReferenceIndex,
    on: date | None,
    speakers: Collection[str] = (),
) -> tuple[str | None, str]:
    """(slug, the post as printed) when a country and a post alone stand right before the
    headline's quote at `start` and one person held that post on `on`; with no date, the
    one of the body's quoted `speakers` who ever held it; (None, "") otherwise."""
    match = POST_BEFORE_QUOTE.search(title, 0, start)
    if match is None or former_holder(title, start):
        return None, ""
    country, post = _COUNTRIES[match["country"]], _POST_OF[match["title"]]
    if on is not None:
        found = holders(country, post, on, index)
    else:
        found = [slug for slug in set(speakers) if _ever_held(slug, country, post, index)]
    if len(found) != 1:
        return None, ""
    return found[0], match.group(0).strip(" ,，:：")


def _ever_held(slug: str, country: str, post: str, index: ReferenceIndex) -> bool:
    person = index.people.get(slug)
    offices = person.offices if person is not None else ()
    return any(office.country == country and office.post == post for office in offices)


def former_holder(title: str, start: int) -> bool:
    """Whether a former holder of a post, printed as one ("키신저 전 미 국무장관 “…”",
    "前 日本外相「…」"), speaks the headline's quote at `start`: neither the sitting
    holder's words nor a summary with no speaker."""
    match = POST_BEFORE_QUOTE.search(title, 0, start)
    return match is not None and title[: match.start()].rstrip().endswith(FORMER)
