"""A name printed with a former title in the ways English's "former" does not cover
(news_subjects.in_the_news drops such a person as `_former` does "former President
Trump"): Spanish writes the prefix glued to the post ("el expresidente Joe Biden", "la
excanciller"); Japanese and Korean put "元"/"前"/"전" between the name and its title
("バイデン前大統領", "シュルツ元国務長官", "트럼프 전 대통령"); Chinese puts "前" (or "已故",
the late) before the title that precedes the name ("前总统特朗普", "日本前首相安倍晋三").

A former title is believed only of someone who held that kind of post and, on the
report's day, no longer holds it: "クリントン元大統領" is not Hillary Clinton (never a
president), and "ブッシュ元大統領" in 2005 is not George W. Bush (president that day) but
his father, whom a surname alone cannot tell apart. "Then" ("当時", "당시 총리") is no
former title: a report about a past meeting names its participants so.

A former officeholder whom the report's subject meets is a party all the same ("茂木外務
大臣とシュルツ元米国務長官との懇談", "…元国防長官は…大臣と会談した"): `met_as_former`.
"""

from __future__ import annotations

import re
from datetime import date

from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention
from archive.ingest.roles import holders

_LEADER = frozenset({"head_of_state", "head_of_government"})
_MINISTER = frozenset({"foreign", "defense"})
# Each printed post and the kinds of post (reference.POSTS) it names.
_POST_KINDS: dict[str, frozenset[str]] = {}
for _words, _kinds in (
    ("大統領 首相 総理大臣 総理 대통령 총리 总统 總統 总理 總理", _LEADER),
    (
        "国務長官 外相 外務大臣 外務長官 국무장관 외무상 외무대신 외무장관 외교장관 외교부 장관",
        {"foreign"},
    ),
    ("国務卿 国务卿 國務卿 外长 外長 外交部长 外交部長", {"foreign"}),
    ("国防長官 防衛大臣 防衛相 国防相 国防大臣 국방장관 방위상 방위대신 국방부 장관", {"defense"}),
    ("国防部长 國防部長 防长 防長 防卫大臣 防卫相", {"defense"}),
    ("장관", _MINISTER),
):
    for _word in _words.split():
        _POST_KINDS[_word] = frozenset(_kinds)
_SPANISH_KINDS = {
    "presidente": _LEADER,
    "presidenta": _LEADER,
    "mandatario": _LEADER,
    "mandataria": _LEADER,
    "premier": _LEADER,
    "primer": _LEADER,
    "primera": _LEADER,
    "canciller": frozenset({"foreign"}),
}


def _alternatives(words) -> str:
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


_CJK_POSTS = _alternatives(_POST_KINDS)
# After the name: "バイデン前大統領", "シュルツ元米国務長官", "트럼프 전 대통령".
_FORMER_AFTER = re.compile(
    rf"(?:[元前](?:米国|米|日本)?|[^\S\n]?전[^\S\n]?(?:미국[^\S\n]?|일본[^\S\n]?)?)"
    rf"(?P<post>{_CJK_POSTS})"
)
# A country may stand between "前" and the post ("前美国总统", "日本前首相" has it before).
_ZH_COUNTRIES = "美国 美國 日本 韩国 韓國 南韩 南韓 澳大利亚 澳洲 印度 菲律宾 菲律賓".split()
# Before the name, ending right where it begins: "前总统特朗普", "已故首相安倍晋三".
_FORMER_BEFORE_ZH = re.compile(
    rf"(?:前|已故)(?:{_alternatives(_ZH_COUNTRIES)})?(?P<post>{_CJK_POSTS})[·・\s]?$"
)
# "前" is also "before" and, after a word of time, "ago" or "now": "会谈前总统拜登表示"
# (before the talks, President Biden said), "此前", "日前", "目前", "当前", "之前",
# "选举前". After a character that ends such a word the name is left alone; after any
# other ("共和党籍前总统", "日本前首相", a comma, the text's start) "前" is "former".
_BEFORE_NOT_FORMER = frozenset(
    "之以此日目当當提事年月天周週星期时時钟鐘分秒久早夕晚"
    "谈談晤问問议議会會见見面访訪发發行开開达達任举舉讲講话話幕赛賽战戰选選票出到离離抵返回"
)
# Spanish glues "ex" to the post; only a nationality or the country may stand between it
# and the name ("el expresidente estadounidense Joe Biden", "el excanciller de Japón …"):
# a verb or any other word ends the title, so another person's "ex" is not this name's
# ("Un excanciller japonés se reunió con el primer ministro Fumio Kishida").
_ES_NATIONALITY = (
    r"(?:estadounidense|norteamerican[oa]|japon[ée]sa?|nip[oó]n|nipona|surcorean[oa]"
    r"|corean[oa]|chin[oa]|australian[oa]|filipin[oa]|indi[oa]|brit[aá]nic[oa]|canadiense"
    r"|franc[ée]sa?|alem[aá]na?|rus[oa]|italian[oa])"
)
_ES_COUNTRY = r"(?:de(?:l)?[^\S\n]+(?:EE\.\s?UU\.|EEUU|Estados[^\S\n]+Unidos|Jap[oó]n))"
_FORMER_BEFORE_ES = re.compile(
    r"(?i:\bex(?:-|[^\S\n])?(?P<post>presidente|presidenta|vicepresidente|vicepresidenta|mandatari[oa]"
    r"|canciller|secretari[oa]|ministr[oa]|primer[ao]?[^\S\n]+ministr[oa]|premier))"
    rf"(?:[^\S\n]+(?:{_ES_NATIONALITY}|{_ES_COUNTRY})){{0,2}}[^\S\n]+$"
)
_ES_WINDOW = 60  # characters before a name read for the Spanish prefix

_MEETING_WORDS = (
    "会談 懇談 面会 会見 会食 電話 協議 会い 会っ 会う 表敬 "
    "회담 회동 면담 통화 만나 만났 만날 접견 예방 "
    "会谈 會談 会晤 會晤 会面 會面 见面 見面 通话 通話 会见 會見 拜会 拜會"
).split()
# After the former title: a gloss of the name in parentheses, then a comitative or
# genitive particle and a meeting's word close by ("林前外務大臣とブリンケン国務長官との電話
# 会談"), or a subject particle and a meeting's word later in the sentence, a counterpart's
# gloss counted as one word.
_GLOSS = r"[(（][^)）\n]{0,200}[)）]"  # a name's gloss in parentheses, as MOFA prints it
_MET_AFTER_TITLE = re.compile(
    rf"(?:{_GLOSS})?"
    rf"(?:(?:との?|による|の|와의?|과의?|의)(?:{_GLOSS}|[^。.!?\n(（]){{0,20}}?"
    rf"|(?:は|が|이|가|은|는)(?:{_GLOSS}|[^。.!?\n(（]){{0,80}}?)"
    rf"(?:{_alternatives(_MEETING_WORDS)})"
)
_MET_AFTER_ZH = re.compile(rf"[^。.!?\n]{{0,12}}?(?:{_alternatives(_MEETING_WORDS)})")
_WITH_BEFORE_ZH = frozenset("与與和同跟")


def printed_as_former(body: str, mention: Mention, index: ReferenceIndex, on: date | None) -> bool:
    """Whether the mention is printed with a former title that fits its person, and not
    as a party to a meeting."""
    return _reading(body, mention, index, on) == "former"


def met_as_former(body: str, mention: Mention, index: ReferenceIndex, on: date | None) -> bool:
    """Whether the mention is printed with a former title as a party to a meeting."""
    return _reading(body, mention, index, on) == "party"


def _reading(body: str, mention: Mention, index: ReferenceIndex, on: date | None) -> str | None:
    found = _printed_former(body, mention)
    if found is None:
        return None
    kinds, met = found
    return ("party" if met else "former") if _was_holder(mention.slug, kinds, index, on) else None


def _printed_former(body: str, mention: Mention) -> tuple[frozenset[str], bool] | None:
    """The kinds of post a former title printed with the mention names, and whether it
    is printed as a party to a meeting; None without a former title."""
    title = _FORMER_AFTER.match(body, mention.end)
    if title is not None:
        met = _MET_AFTER_TITLE.match(body, title.end()) is not None
        return _POST_KINDS[title["post"]], met
    before = body[max(0, mention.start - 12) : mention.start]
    if "前" in before or "已故" in before:
        match = _FORMER_BEFORE_ZH.search(before)
        if match is not None:
            at = mention.start - len(before) + match.start()
            previous = body[at - 1] if at else ""
            if previous in _BEFORE_NOT_FORMER:
                return None
            met = previous in _WITH_BEFORE_ZH and _MET_AFTER_ZH.match(body, mention.end) is not None
            return _POST_KINDS[match["post"]], met  # "与前总统特朗普会面": a party
    window_start = max(0, mention.start - _ES_WINDOW)
    if "ex" not in body[window_start : mention.start].lower():
        return None
    match = _FORMER_BEFORE_ES.search(body, window_start, mention.start)
    if match is None:
        return None
    post = match["post"].lower().split()[0]
    return _SPANISH_KINDS.get(post, _LEADER if "presiden" in post else _MINISTER), False


def _was_holder(slug: str, kinds: frozenset[str], index: ReferenceIndex, on: date | None) -> bool:
    """Whether the person held a post of one of `kinds` and, on `on` if known, holds none
    of them."""
    person = index.people.get(slug)
    if person is None:
        return False
    offices = [office for office in person.offices if office.post in kinds]
    if not offices:
        return False
    if on is None:
        return True
    return not any(
        slug in holders(office.country, office.post, on, index)
        for office in offices
        if office.start is None or office.start <= on
    ) and any(office.start is None or office.start <= on for office in offices)
