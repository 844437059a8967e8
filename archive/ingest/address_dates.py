"""The date a page's address gives it: `/2022/01/21/`, `a-21-w2006-10-19-…`, `tp-20121019-01`,
`/2020/0115a_r.html`, or only a month (`/remarks/2013/04/207482.htm`).

Many news and government sites file a page under the day or month it was published. A report
whose text carries no date of its own is still dated by its address, which is how a curator
reads such a page; the meeting it covers is then looked for near that day, not across every
year. The host is never read (`2009-2017.state.gov` names an archive, not a day), and a web
archive's capture stamp (`/web/20120913080026/http://…`) is the day the copy was made, so the
original address behind it is read instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_ARCHIVED = re.compile(r"^.*?/web/\d{4,14}[a-z_]*/(?=(?:https?:/?/?)?[^/]+\.)", re.I)
_SCHEME_AND_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/]*", re.I)
_YEAR = r"(?:19[89]\d|20\d\d)"
# Year, month and day folders: /2022/01/21/, /2019/04/19a.html. A number the slug's words
# follow (/2031/02/3-takeaways-from-…/, the year/month/post-name permalink) is a headline's,
# not a day: the folders then give the month only.
_DAY_FOLDERS = re.compile(r"/(19[89]\d|20\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?![0-9_-])")
# Year, month and day inside a slug: -2006-10-19-, _2019_04_19.
_DAY_SLUG = re.compile(
    rf"(?<![0-9])({_YEAR})([_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![0-9])"
)
# Eight digits that make a valid day: tp-20121019-01, 20230604_aus.
_DAY_RUN = re.compile(rf"(?<![0-9])({_YEAR})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9])")
# A year folder with the month and day opening the name under it: /2020/0115a_r.html,
# /backnumber/2007/0510.html (Japanese ministries and the Prime Minister's Office).
_FOLDER_DAY = re.compile(rf"/({_YEAR})/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9])")
# A year folder with a month folder under it: /2013/04/207482.htm, /2024/07/c11d….html.
_MONTH_PARTS = re.compile(rf"/({_YEAR})/(0?[1-9]|1[0-2])/")


@dataclass(frozen=True)
class AddressDate:
    day: date
    precision: str  # "day" or "month" (then `day` is the month's first)


def address_date(url: str) -> AddressDate | None:
    """The day (or month) the address files its page under, or None."""
    path = host_and_path(url)[1]
    if not path:
        return None
    days = {found for found in _days(path) if found is not None}
    if len(days) == 1:
        return AddressDate(days.pop(), "day")
    if days:  # two different days in one address: neither is surely the page's
        return None
    months = {(int(m[1]), int(m[2])) for m in _MONTH_PARTS.finditer(path)}
    if len(months) == 1:
        year, month = months.pop()
        return AddressDate(date(year, month, 1), "month")
    return None


def host_and_path(url: str) -> tuple[str, str]:
    """The address's host (lower case, no port) and its path without the query, read past
    a web archive's prefix; a bare "www.example.org/…" is read as an address too."""
    url = url.strip()
    url = _ARCHIVED.sub("", url, count=1)
    if not re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", url, re.I):
        url = "//" + url  # "www.example.org/2020/01/02/…" after the archive's prefix
    head = _SCHEME_AND_HOST.match(url)
    host = re.sub(r"^(?:[a-z][a-z0-9+.-]*:)?//", "", head[0], flags=re.I) if head else ""
    path = url[head.end() :] if head else url
    return host.split(":")[0].lower(), re.split(r"[?#]", path, maxsplit=1)[0]


def _days(path: str):
    for match in _DAY_FOLDERS.finditer(path):
        yield _valid(int(match[1]), int(match[2]), int(match[3]))
    for match in _DAY_SLUG.finditer(path):
        yield _valid(int(match[1]), int(match[3]), int(match[4]))
    for pattern in (_DAY_RUN, _FOLDER_DAY):
        for match in pattern.finditer(path):
            yield _valid(int(match[1]), int(match[2]), int(match[3]))


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31 April: digits that only look like a day
        return None
