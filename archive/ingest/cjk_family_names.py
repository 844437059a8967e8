"""East Asian family names read only before a title that says who is meant.

A Japanese, Korean or Chinese report names an official by family name and title ("岡田外相",
"森本防衛相", "菅総理", "오카다 외무상"). The reference lists a bare family name only
where it is no common word or name (reference-data.md: no 田中, 森本 or 岡田), and a
family name two people share (菅: Naoto Kan and Yoshihide Suga) claims no one. Here such
names are read from the full names the reference holds, and counted only where the title
after them narrows the people who bear them to one:

- a title naming a post ("外相", "防衛大臣", "총리", "大統領") keeps those who held that post,
  on the report's day when it is known (`holder`); a minister's title ("大臣", "장관", "部长")
  keeps the foreign and defence ministers;
- a title naming none ("氏", "議員", "大使") or a former post ("前外相") keeps no one, but for
  the owner of a listed family name (who it meant before) or a full name the reference holds
  only with a title ("박진" of "박진 외교부 장관").

Family names are taken from the names of a Japanese person who lists none: the prefixes
of two characters or more of a full name in Han (the split is not printed: only the prefix
a title follows is read), and the first word of the name in hangul ("오카다 가쓰야"). A
Korean or Chinese family name of one character ("朴", "金", "이") is left out: it is a
common word or character (the scan would stop at every "安" of "安全") and a title leaves
too many of its bearers' namesakes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from archive.ingest.cjk import HAN, HANGUL

FAMILY_FIRST = frozenset({"Japan", "South Korea", "North Korea", "China", "Taiwan"})

# The posts a title names, looked for in the title as printed (a country or a ministry may
# come first: "미국 국무부 장관"); the first family that holds one of its words wins.
_POST_WORDS = (
    (None, ("副大統領", "副总统", "副總統", "부통령", "前", "元")),
    ("other", ("官房長官",)),
    ("head_of_state", ("大統領", "总统", "總統", "대통령", "主席")),
    ("head_of_government", ("総理", "首相", "总理", "總理", "총리")),
    ("foreign", ("外務", "外务", "外相", "外长", "外長", "외무", "외상", "외교", "国務", "国务")),
    ("foreign", ("國務", "국무")),
    ("defense", ("防衛", "防卫", "防相", "防长", "防長", "国防", "國防", "국방", "방위")),
    ("minister", ("大臣", "長官", "长官", "장관", "部长", "部長")),
)
_MINISTER_POSTS = frozenset({"foreign", "defense"})


def title_post(title: str) -> str | None:
    """The post a CJK title names ("minister" for a minister's title that names no
    ministry), or None ("氏", "大使", a former or vice post)."""
    for post, words in _POST_WORDS:
        if any(word in title for word in words):
            return post
    return None


def _is_han(text: str) -> bool:
    return all(_in(char, HAN) for char in text)


def _is_hangul(text: str) -> bool:
    return all(_in(char, HANGUL) for char in text)


def _in(char: str, ranges: str) -> bool:
    """Whether `char` is in a character class's ranges ("\\u3400-\\u4dbf…" as written)."""
    i = 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            if ranges[i] <= char <= ranges[i + 2]:
                return True
            i += 3
        else:
            if char == ranges[i]:
                return True
            i += 1
    return False


def family_names(country: str, forms: Iterable[str]) -> tuple[set[str], set[str]]:
    """(family names, full names read only before a title) of a person of `country` whose
    names are `forms` and who lists no family name (see the module docstring)."""
    families: set[str] = set()
    titled_full: set[str] = set()
    if country not in FAMILY_FIRST:
        return families, titled_full
    for form in forms:
        form = form.strip()
        words = form.split()
        if len(words) > 1 and _is_hangul(words[0]) and not any(c in form for c in "・·•‧"):
            if country == "Japan" and len(words) == 2 and _is_hangul(words[1]):
                families.add(words[0])  # "오카다 가쓰야"
            elif country != "Japan" and 2 <= len(words[0]) <= 4:
                titled_full.add(words[0])  # "박진" of "박진 외교부 장관"
            continue
        if country == "Japan" and len(form) > 2 and (_is_han(form) or _is_hangul(form)):
            families.update(form[:cut] for cut in range(2, len(form)))
    return families, titled_full


def holder(
    candidates: tuple[str, ...],
    title: str,
    people: dict,
    on: date | None,
    owner: str | None = None,
    full: bool = False,
) -> str | None:
    """The one of `candidates` (slugs) a name before `title` means, or None: those who held
    the post the title names (on `on` when given), else the owner of a listed family name
    or, for a full name, its bearer (see the module docstring)."""
    post = title_post(title)
    if post is None:
        return owner if owner is not None else (candidates[0] if full else None)
    posts = _MINISTER_POSTS if post == "minister" else {post}
    held = [
        slug
        for slug in candidates
        if any(
            office.post in posts and (on is None or office.held_on(on))
            for office in people[slug].offices
        )
    ]
    if owner in held:
        return owner
    return held[0] if len(held) == 1 else None
