"""Ministers named by a compound of their countries and their post, in Chinese, Japanese or
Korean ("日米外相", "日米の外務・防衛担当閣僚", "미-일 외교장관", "美日外长", and with a third
or fourth country at the table: "日米韓外相会合", "美日韩三国外长", "한미일 3국 국방장관",
"日米豪印外相"): the participants a readout names by title only (split from roles.py,
which re-exports it). The allies' ministers are each post's holder on the report's day
(`paired_role_mentions`). A third country's only from a compound in the lead of a report
linked to the allies' meeting with that country, on the meeting's day
(`third_country_mentions`): elsewhere a compound is often the name of a past or coming
meeting of three ("日米韓外相会合を含め").

A compound counts only when it names both allies: "中日韩外长" or "한일 외교장관" is
another pair's meeting. A Korean compound starts a word: "통한 미일 외교장관" is "through"
and the allies, not Korea with them.
"""

from __future__ import annotations

import re
from datetime import date

from archive.ingest.cjk import has_cjk
from archive.ingest.reference import KnownMeeting, ReferenceIndex
from archive.ingest.results import Mention

_CJK_COUNTRIES = {
    "日": "Japan",
    "日本": "Japan",
    "일": "Japan",
    "일본": "Japan",
    "米": "United States",
    "米国": "United States",
    "美": "United States",
    "美国": "United States",
    "美國": "United States",
    "미": "United States",
    "미국": "United States",
    **dict.fromkeys(("韓", "韩", "한", "韓国", "韩国", "韓國", "한국"), "South Korea"),
    **dict.fromkeys(("豪", "澳", "호", "호주"), "Australia"),
    **dict.fromkeys(("印", "인", "인도"), "India"),
    **dict.fromkeys(("比", "菲", "필", "필리핀"), "Philippines"),
}
_CJK_COUNTRY = "(?:{})".format("|".join(sorted(_CJK_COUNTRIES, key=len, reverse=True)))
_ALLIES = {"United States", "Japan"}
_CJK_POST = r"(?:外務|外交|외교|외무|外(?=[相长長])|防衛|国防|國防|국방|방위|防(?=[相长長]))"
# "三国", "3か国", "3국", "4개국", "両国", "양국": the countries counted between the
# compound and the post.
_COUNTED = (
    r"(?:[^\S\n]?(?:[三四34][^\S\n]?(?:か国|カ国|ヶ国|ヵ国|개국|国|國|국)|両国|两国|兩國|양국))?"
)
# Countries joined by a mark or by "and" ("日米", "미-일", "미국과 일본의", "日本と米国の",
# "美国和日本的"), then the genitive; posts joined by a mark, a comma or "and" ("외교,국방
# 장관", "外交與國防首長").
_AND = r"(?:[-–・·‧、]|[^\S\n]?(?:과|와|と|和|与|與|及)[^\S\n]?)"
PAIRED_ROLE = re.compile(
    rf"(?P<countries>{_CJK_COUNTRY}(?:{_AND}?\s?{_CJK_COUNTRY})+){_COUNTED}\s?[の의的]?\s?"
    rf"(?P<posts>{_CJK_POST}(?:(?:[・·‧、,，]|[與与和及])\s?{_CJK_POST})*)"
    r"(?:担当)?(?:閣僚|大臣|相|長官|长|長|장관|상|部长|部長|首長|首长)"
)


def _cjk_post(word: str) -> str:
    return "defense" if word[0] in "防国國국방" else "foreign"


_HANGUL_SYLLABLE = re.compile(r"[가-힣]")
_DIGIT = re.compile(r"\d")
# "日", "일" are also the day of the month: after a digit ("7日米韓外相", "7일 한미
# 외교장관", "7日与美国防长") the word dates the compound and names no country.
_DAY_OF_MONTH = {"日", "일"}


def _countries(body: str, match: re.Match) -> set[str]:
    """The countries a compound names; a Korean one begins a word, so a first syllable
    that ends the word before ("통한 미일") is not Korea, and a first "日/일" after a digit
    is the day of the month, not Japan (look-behinds in PAIRED_ROLE would make `re` try
    them at every character)."""
    words = re.findall(_CJK_COUNTRY, match["countries"])
    at = match.start()
    if at and _HANGUL_SYLLABLE.match(body, at - 1):
        words = words[1:]
    elif at and words[0] in _DAY_OF_MONTH and _DIGIT.match(body, at - 1):
        words = words[1:]
    return {_CJK_COUNTRIES[word] for word in words}


def paired_role_mentions(body: str, on: date | None, index: ReferenceIndex) -> list[Mention]:
    """A Mention (the phrase as its form) of each post's one holder on `on` in each ally,
    for every phrase naming both allies' ministers together (see the module docstring); a
    post held by two people that day, or by none, names no one."""
    from archive.ingest.roles import holders  # roles re-exports this module: no cycle

    if on is None or not has_cjk(body):
        return []  # every phrase is in CJK characters: a scan of other text finds nothing
    found = []
    for match in PAIRED_ROLE.finditer(body):
        countries = _countries(body, match)
        named = body[match.start("posts") : match.end()]  # "外" is a post before "相"
        posts = {_cjk_post(p) for p in re.findall(_CJK_POST, named)}
        if not _ALLIES <= countries:
            continue
        for country in sorted(_ALLIES):
            for post in sorted(posts):
                held = holders(country, post, on, index)
                if len(held) == 1:
                    found.append(Mention(held[0], match.start(), match.end(), match.group(0)))
    return found


def third_country_mentions(
    body: str, meeting: KnownMeeting | None, index: ReferenceIndex
) -> list[Mention]:
    """The third and fourth countries' ministers that a compound in the lead names
    ("미한일 외교장관이 23일 … 개최했다"), each post's one holder on the day of the
    meeting the report is linked to, when that meeting is the allies' with those countries
    and its ministers hold the post the compound names. Only in the lead (passing.lead_end):
    further on, or in a headline, a compound is as often a past or coming meeting's name
    ("日米韓防衛相会談で確認した"), and a third country's minister is tagged on it wrongly.
    """
    from archive.ingest.passing import lead_end
    from archive.ingest.roles import holders  # roles re-exports this module: no cycle

    if meeting is None or not meeting.other_countries:
        return []
    until = lead_end(body)
    if not has_cjk(body[:until]):
        return []
    wanted, table = set(meeting.other_countries), {post for *_, post in meeting.participant_posts}
    found = []
    for match in PAIRED_ROLE.finditer(body, 0, until):
        countries = _countries(body, match)
        named = body[match.start("posts") : match.end()]  # "外" is a post before "相"
        posts = {_cjk_post(p) for p in re.findall(_CJK_POST, named)} & table
        if not _ALLIES <= countries:
            continue
        for country in sorted(countries & wanted):
            for post in sorted(posts):
                held = holders(country, post, meeting.start, index)
                if len(held) == 1:
                    found.append(Mention(held[0], match.start(), match.end(), match.group(0)))
    return found
