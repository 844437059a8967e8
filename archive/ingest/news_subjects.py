"""Whom a report is about, of the people it names (`in_the_news`): not a spokesperson,
not someone named only inside quoted words, only in passing (archive/ingest/passing.py),
in the genitive ("the visit by Prime Minister Noda", "オバマ大統領の広島訪問"), as the
sender of a message, or with a former title; a quote's speaker acts. people.py finds the
mentions and re-exports `in_the_news`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from archive.ingest.cjk import CJK_TITLES, has_cjk, needs_cjk
from archive.ingest.former_titles import met_as_former, printed_as_former
from archive.ingest.passing import MEETING_WORD, OTHER_LEADER_TITLES, in_passing
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention, QuoteHit
from archive.ingest.spans import SpanIndex, TextMemo
from archive.ingest.titles import _title_before

# Posts whose holder speaks for a government: quoted relaying a statement, not its subject.
SPOKESPERSON = re.compile(
    r"(?i:press\s+secretary|spokes(?:person|man|woman)|chief\s+cabinet\s+secretary)"
    r"|官房長官|发言人|發言人|報道官|대변인"
)
# Quotes whose span is a transcript turn or a speech: the speaker's own words, whose
# people (Blinken's "Secretary Austin and I") are the meeting's.
_SPEECH_FORMS = ("transcript-turn", "speech-heading")


# A name in the genitive: "Obama's", "the visit by Prime Minister Noda", "オバマ大統領の
# 広島訪問", "바이든 대통령의", "拜登总统的" (a title between the name and the particle).
# "…の間で" is "between": "浜田防衛大臣とゲイツ国防長官の間で防衛相会談が行われた" names a party.
# A CJK name (and title) before "government" or "administration" names the government,
# as "the Biden Administration" does: "バイデン政権", "拜登总统内阁", "윤석열 정부". The
# cabinet's own offices are titles, not the government: "安倍晋三内閣総理大臣は" (the prime
# minister's formal title, as MOFA prints it), "内閣官房長官", "内閣府".
_ADMINISTRATION_WORDS = (
    "政権 政權 政权 政府 内閣 內閣 内阁 行政当局 行政當局 정부 행정부 정권 내각".split()
)
_CABINET_OFFICE = "(?![総总總]理|官房|府)"
_ADMINISTRATION = "|".join(
    word + _CABINET_OFFICE if word[-1] in "閣阁" else word for word in _ADMINISTRATION_WORDS
)
# The titles of other states' leaders too (passing.OTHER_LEADER_TITLES): "習近平国家主席の
# 訪米", "김정은 국무위원장의", "金正恩总书记的".
_OTHER_LEADER_TITLES = OTHER_LEADER_TITLES  # the name tests read
_TITLES_AFTER = "|".join(sorted({*CJK_TITLES, *OTHER_LEADER_TITLES}, key=lambda t: (-len(t), t)))
_GENITIVE_AFTER = re.compile(
    # "당시" (then) may come before the title: "아베 신조 당시 총리의 방문"
    rf"['’]s\b|[^\S\n]?(?:당시[^\S\n]?)?(?:{_TITLES_AFTER})?"
    rf"(?:(?:の(?!間)|的)(?=\S)|의(?!\S)|(?:{_ADMINISTRATION}))"
)
# "by" after a noun ("the visit by"), not after a participle ("welcomed by", "hosted by":
# the agent acts); "of" is left alone ("the government of Prime Minister Kishida").
_GENITIVE_BEFORE = re.compile(r"(?<![Ee]d )(?<![Ee]n )\bby\s+(?:the\s+)?$")

# A meeting or visit that the name's holder makes with or to the other side is their own,
# not a passing mention: "Kishida's talks with Biden", "President Biden's first summit with
# Prime Minister Kishida", "Kishida's official visit to the United States"; "the visit by
# Prime Minister Kishida to Washington". A visit to a third country ("Abe's visit to Iran")
# stays in the genitive, and so does one of another time ("the recent visit by Prime
# Minister Noda to the United States", in a report on his foreign minister's talks).
_MEETING_NOUN = (
    r"(?i:talks|meetings?|summit|(?:phone\s+|telephone\s+|video\s+)?(?:call|conversation)"
    r"|visit|trip|consultations?)"
)
_OTHER_SIDE = (
    r"(?:with\b|to\s+(?:the\s+)?(?:U\.\s?S\.|US\b|United\s+States|America\b|Washington"
    r"|White\s+House|Japan\b|Tokyo))"
)
_OTHER_TIME = r"(?i:recent|last|previous|earlier|past|upcoming|next|planned|forthcoming|future)"
_OWN_MEETING_AFTER = re.compile(
    rf"['’]s(?:[^\S\n]+(?!{_OTHER_TIME}\b)[\w-]+){{0,3}}?[^\S\n]+{_MEETING_NOUN}"
    rf"[^\S\n]+{_OTHER_SIDE}"
)
_OWN_MEETING_BEFORE = re.compile(rf"(?<!\w)(?:(?P<word>\w+)\s+)?{_MEETING_NOUN}\s+$")
_OTHER_TIME_WORD = re.compile(rf"{_OTHER_TIME}$")
_OWN_MEETING_TO = re.compile(rf"\s+{_OTHER_SIDE}")


# The sender of a message: "the congratulatory message from President Trump", "トランプ
# 大統領から寄せられた御祝いの声明", "바이든 대통령이 보낸 축하 메시지", "拜登总统发来的贺电".
_MESSAGES = r"(?:message|letter|greetings|congratulations|condolences)"
_SENDER_BEFORE = re.compile(rf"(?i:\b{_MESSAGES}\s+from\s+(?:the\s+)?)$")
_SENDER_AFTER = re.compile(
    rf"[^\S\n]?(?:{_TITLES_AFTER})?(?:"
    r"から(?:寄せられた|届いた|預かっ(?:た|ていた)|託され(?:た|ていた)|の)[^。、]{0,8}?(?:メッセージ|声明|書簡|親書|祝意|祝辞)"
    r"|[이가]?[^\S\n]?보낸[^\S\n](?:축하[^\S\n]?)?(?:메시지|서한|축전)"
    r"|(?:发来|致)的?(?:贺电|贺信|信函|信息|慰问))"
)


# A CJK title standing alone as a subject ("…。総理は", "장관은"): the person named with
# that title acts, even where their name is only in the genitive ("岸田総理の訪米").
_TITLE_SUBJECT = re.compile(
    rf"(?:^|[、，,。\s])(?P<title>{'|'.join(CJK_TITLES)})(?:は|が|은|는|이|가)"
)
# The same titles and particles without the delimiter, which `_title_subjects` checks
# itself: a pattern opening with the titles lets `re` skip in C to their first characters,
# where one opening with "^|[、，,。\s]" is tried at every position (issue #10: 0.1 CPU s on
# 5 MB of Japanese).
_TITLE_AND_PARTICLE = re.compile(rf"(?P<title>{'|'.join(CJK_TITLES)})(?:は|が|은|는|이|가)")
_SUBJECT_DELIMITERS = "、，,。"


_TITLE_SUBJECT_NEEDS_CJK = needs_cjk(_TITLE_SUBJECT)


def in_the_news(
    body: str,
    mentions: Sequence[Mention],
    quotes: Sequence[QuoteHit],
    index: ReferenceIndex,
    on: date | None,
) -> list[Mention]:
    """The mentions of people the report is about: not a spokesperson (every office the
    reference records for them, on `on` if known, speaks for a government), not someone
    named only inside quoted words ("the vision of President Biden"), only in passing, in
    the genitive ("the visit by Prime Minister Noda"), or with a former title ("former
    President Trump"), unless they speak (a quote's speaker acts). Each mention's printed
    title and each person's offices are read once, and a title only where its words
    could change the answer (`_genitive`, `_may_be_former`); a person's mentions only until
    one of them says they act."""
    quoted = SpanIndex(
        (q.start, q.end)
        for q in quotes
        if q.form not in _SPEECH_FORMS and not _relayed(q.speaker_slug, index, on)
    )
    genitives, formers = _Readings.memo.setdefault(body, lambda: ({}, {}))
    # A person acts once one mention of them is neither quoted nor in passing: their
    # later mentions are not read (a long report names a few people thousands of times).
    acting: set[str] = set()
    subject_titles: tuple[str, ...] | None = None  # read once a genitive form needs them
    for m in mentions:
        if m.slug in acting or quoted.covers(m.start, m.end):
            continue
        key = (m.start, m.end)
        reading = genitives.get(key)
        if reading is None:
            reading = genitives[key] = _genitive(body, m)
        # The genitive of a name whose CJK title also stands alone as a subject is no
        # passing mention: the person named with that title acts ("岸田総理の訪米 … 総理は").
        if reading and m.form.endswith(CJK_TITLES):
            if subject_titles is None:
                subject_titles = tuple(_titles_as_subjects(body, mentions))
            reading = not m.form.endswith(subject_titles)
        if not reading:
            acting.add(m.slug)
    _drop_former_officeholders(body, mentions, acting, formers, index, on)
    aside = in_passing(body, mentions, quotes, index)  # archive/ingest/passing.py
    acting -= aside
    # A speaker acts, unless only in words of another time ("En aquél momento, Trump…").
    acting.update(q.speaker_slug for q in quotes if q.speaker_slug and q.speaker_slug not in aside)
    spokespeople = {slug for slug in acting if spokesperson(slug, index, on)}
    spokespeople |= _printed_as_spokespeople(body, mentions) & acting
    spokespeople |= {slug for slug in acting if allied_official(slug, index)}
    return [m for m in mentions if m.slug in acting and m.slug not in spokespeople]


def _drop_former_officeholders(
    body: str,
    mentions: Sequence[Mention],
    acting: set[str],
    formers: dict[int, bool],
    index: ReferenceIndex,
    on: date | None,
) -> None:
    """Take out of `acting` whoever is printed with a former title ("former President
    Trump", "Fukushiro Nukaga, who was Japan's minister of state for defense,",
    "expresidente", "前大統領", "前总统": former_titles.py), unless the report's subject met
    them as such ("茂木外務大臣とシュルツ元米国務長官との懇談"). `formers` keeps each mention's
    reading by its start for the next read of the same body."""
    dropped: set[str] = set()
    for m in mentions:
        if m.slug not in acting:
            continue  # nothing to discard: not read
        reading = formers.get(m.start)
        if reading is None:
            # No title is read before a name printed after anything but a space (every
            # name in CJK text: titles._title_before), so none says "former" there: the
            # CJK and glued Spanish forms are former_titles.py's.
            reading = formers[m.start] = (
                (
                    m.start > 0
                    and body[m.start - 1].isspace()
                    and _may_be_former(body, m.start)
                    and _former(_title_before(body, m.start))
                )
                or _past_office_after(body, m, mentions)
                or printed_as_former(body, m, index, on)  # "expresidente", "前大統領", "前总统"
            )
        if reading:
            acting.discard(m.slug)
            dropped.add(m.slug)
    # A former officeholder the report's subject met stays, whatever else names them so
    # ("茂木外務大臣とシュルツ元米国務長官との懇談": former_titles.met_as_former).
    if dropped:
        acting.update(
            m.slug for m in mentions if m.slug in dropped and met_as_former(body, m, index, on)
        )


_ALLIES = frozenset({"United States", "Japan"})
_PRINCIPAL_POSTS = frozenset({"head_of_state", "head_of_government", "foreign", "defense"})


def allied_official(slug: str, index: ReferenceIndex) -> bool:
    """Whether the person is an American or Japanese official who never held a leader's,
    a foreign minister's or a defense minister's post in the reference (a vice president,
    an assistant secretary, a deputy, an adviser): the allies' subjects are their
    leaders and those ministers; another state's leader or minister is one whatever the
    post is called ("Supreme Leader", "Minister for Defence Industry")."""
    person = index.people.get(slug)
    return (
        person is not None
        and person.country in _ALLIES
        and bool(person.offices)
        and not any(office.post in _PRINCIPAL_POSTS for office in person.offices)
    )


class _Readings:
    """Each mention's genitive reading (by its span) and former title (by its start) for
    the last bodies read (`spans.TextMemo`): `in_the_news` reads a body twice in a parse
    (before the meeting is known, and with the quotes), most mentions both times; and
    the CJK titles standing as a subject (`_titles_as_subjects`), found once."""

    memo = TextMemo()
    subjects = TextMemo()


def _titles_as_subjects(body: str, mentions: Sequence[Mention]) -> set[str]:
    """The CJK titles standing alone as a subject: not part of, nor right after, a name."""
    if _TITLE_SUBJECT_NEEDS_CJK and not has_cjk(body):
        return set()  # the search would read the whole text to find nothing
    spans = SpanIndex((m.start, m.end + 2) for m in mentions)  # a space after a name too
    found = _Readings.subjects.setdefault(
        body,
        lambda: _title_subjects(body),
    )
    return {title for start, end, title in found if not spans.overlaps(start, end)}


def _title_subjects(body: str) -> list[tuple[int, int, str]]:
    """(start, end, title) of each `_TITLE_SUBJECT` match's title, in order: the titles
    found first, each kept where a delimiter (or the text's start) comes before it; one
    without it is passed over by a character, as `_TITLE_SUBJECT.finditer` moves on (a
    match ends with a particle, never a delimiter, so the next begins past it either way)."""
    found = []
    at = 0
    while (match := _TITLE_AND_PARTICLE.search(body, at)) is not None:
        start = match.start()
        before = body[start - 1] if start else ""
        if start == 0 or before in _SUBJECT_DELIMITERS or before.isspace():
            found.append((start, match.end("title"), match["title"]))
            at = match.end()
        else:
            at = start + 1
    return found


_EX = re.compile(r"ex[-\s]")


# An office the name held, in an apposition after it: "Fukushiro Nukaga, who was Japan's
# minister of state for defense,", "Rumsfeld, then secretary of defense,", "X, then-
# foreign minister,". Only an article, a country and the post's own words stand between
# "who was" / "then" and the title, and the apposition ends after it (a comma, a clause's
# end, or the time it was held): "…met Hayashi, then met Prime Minister Kishida" and
# "Austin, who was meeting Defense Minister Hamada in Tokyo," tell an act, and "…, then
# Defense Minister Hamada" a next name (`_past_office_after` also rejects a known name
# inside the match).
_POST_WORDS = (
    r"(?i:foreign|defen[cs]e|state|deputy|vice|chief|cabinet|prime|finance|trade|economy"
    r"|economic|national|security|senior|acting|first|under|assistant|parliamentary"
    r"|executive|general|affairs|homeland|treasury|commerce|justice|interior|special"
    r"|international|policy)"
)
_PAST_OFFICE_HEAD = r"(?i:minister|secretary|president|director|premier|chancellor)"
_COUNTRY_WORD = r"(?:U\.\s?S\.|U\.\s?K\.|[A-Z][a-z]+)(?:['’]s?)?"
_POST_NOUN = rf"(?:{_POST_WORDS}[^\S\n]+){{0,3}}{_PAST_OFFICE_HEAD}"
_POST_TAIL = rf"(?:[^\S\n]+(?:of|for|on|and|the|{_POST_WORDS}|[A-Z][a-z]+)){{0,5}}"
_HELD_WHEN = (
    r"(?:[^\S\n]+(?:at[^\S\n]+(?:the|that)[^\S\n]+time|then"
    r"|(?:from|in|until|between)[^\S\n]+\d{4}(?:[^\S\n]*(?:to|and|-|–)[^\S\n]*\d{4})?))?"
)
_PAST_OFFICE_AFTER = re.compile(
    r",[^\S\n]+(?:who[^\S\n]+(?:was(?:[^\S\n]+then)?|had[^\S\n]+been|then[^\S\n]+was)"
    r"[^\S\n]+|then(?:[^\S\n]+|-))"
    r"(?:serving[^\S\n]+as[^\S\n]+)?(?:(?:the|a|an)[^\S\n]+)?"
    r"(?:(?:the[^\S\n]+)?"
    + _COUNTRY_WORD
    + r"[^\S\n]+){0,3}?"
    + _POST_NOUN
    + rf"(?:[^\S\n]+{_POST_WORDS})?"  # "director general"
    + r"(?:[^\S\n]+(?:of|for)"
    + _POST_TAIL
    + r")?"
    + _HELD_WHEN
    + r"[^\S\n]*(?:[,.;:)]|\n|$)"
)


def _past_office_after(body: str, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether an apposition after the mention gives an office held before (see
    `_PAST_OFFICE_AFTER`), with no one else's name inside it."""
    if body[mention.end : mention.end + 1] != ",":
        return False
    match = _PAST_OFFICE_AFTER.match(body, mention.end)
    return match is not None and not any(
        mention.end < other.start < match.end() for other in mentions
    )


def _may_be_former(body: str, start: int) -> bool:
    """False when the 80 characters a title is read in (TITLE_BEFORE) hold none of the
    words `_former` looks for at the start of its "former" group (in any case: none of
    their letters has a non-ASCII case form), so that no title need be read."""
    window = body[max(0, start - 80) : start].lower()
    return "former" in window or "mantan" in window or _EX.search(window) is not None


def _former(title: re.Match | None) -> bool:
    """Whether a mention's printed title says the post is no longer theirs ("former
    President Donald Trump", "mantan presiden", "ex presidente")."""
    former = (title.group("former") or "") if title else ""
    return re.match(r"(?i)former|ex\b|mantan", former) is not None


# What `_GENITIVE_AFTER` and `_SENDER_AFTER` can begin with, past at most two spaces: an
# apostrophe ("'s") or a CJK character (a title, a particle, "政権", "から", "보낸"). A
# name followed by anything else, nearly every name in Latin text, is matched by neither,
# and neither is tried (issue #10: two matches for each of 18,000 names in 5 MB).
_AFTER_FIRST = frozenset(
    "'’の的의か이가보发致당"
    + "".join(word[0] for word in (*_TITLES_AFTER.split("|"), *_ADMINISTRATION_WORDS))
)


def _may_follow(body: str, end: int) -> bool:
    """Whether `_GENITIVE_AFTER` or `_SENDER_AFTER` may match at `end` (see _AFTER_FIRST)."""
    char = body[end : end + 1]
    for skipped in (1, 2):  # "" (the body's end) is no space
        if not char.isspace() or char == "\n":
            break
        char = body[end + skipped : end + skipped + 1]
    return char in _AFTER_FIRST


def _genitive(body: str, mention: Mention) -> bool:
    """Whether the mention (with its printed title, if any) is in the genitive, or names
    the sender of a message (a president thanked for a message is named in passing).

    The words before are looked for before the title, which starts at most 80 characters
    before the name: with no "by" and no "from" in the 120 characters before it, neither
    pattern can match whatever the title, and the title is not read."""
    if _may_follow(body, mention.end):
        if _GENITIVE_AFTER.match(body, mention.end):
            return _OWN_MEETING_AFTER.match(body, mention.end) is None
        if _SENDER_AFTER.match(body, mention.end):
            return True
    near = body[max(0, mention.start - 120) : mention.start]
    if "by" not in near and "from" not in near.lower():
        return False
    title = _title_before(body, mention.start)
    before = mention.start
    if title is not None:  # the title's own first character, its leading space kept out
        printed = title.group(0)
        before = max(0, before - 80) + title.start() + len(printed) - len(printed.lstrip())
    window = max(0, before - 40)
    by = _GENITIVE_BEFORE.search(body, max(0, before - 20), before)
    if by is not None:
        noun = _OWN_MEETING_BEFORE.search(body, max(0, by.start() - 50), by.start())
        own = noun is not None and not _OTHER_TIME_WORD.match(noun["word"] or "")
        return not (own and _OWN_MEETING_TO.match(body, mention.end))
    return _SENDER_BEFORE.search(body, window, before) is not None


# A spokesperson's title printed right before a name, a nationality at most between: "el
# secretario de gabinete japonés Yoshihide Suga", "White House spokeswoman Karine
# Jean-Pierre", "juru bicara Kemlu". The title of the post held then, whatever other
# offices the reference records (an undated report cannot ask it which was held).
# What may stand between such a title and the name: a nationality or the government it
# speaks for ("del Gobierno", "del Ejecutivo japonés"), and the comma of an apposition
# ("El portavoz del Gobierno, Katsunobu Kato, dijo").
_TITLE_TO_NAME = (
    r"(?:[^\S\n]+(?:[a-záéíóúñ]+|Gobierno|Ejecutivo|Gabinete|Government|Cabinet)){0,3},?[^\S\n]+$"
)
_SPOKESPERSON_BEFORE = re.compile(
    r"(?i:\b(?:spokes(?:man|woman|person)|press\s+secretary|portavoz|vocer[oa]|portavoce"
    r"|juru\s+bicara))" + _TITLE_TO_NAME
)
# Japan's chief cabinet secretary is the government's spokesperson, and also a minister
# who travels and meets people ("el secretario jefe de gabinete Suga se reunió con
# Pence"): so titled, a relay only where no meeting (passing.MEETING_WORD) follows the
# name in its sentence.
_CABINET_SECRETARY_BEFORE = re.compile(
    r"(?i:\b(?:chief\s+)?cabinet\s+secretary"
    r"|secretari[oa]\s+(?:(?:en\s+)?jefe\s+)?del?\s+gabinete)" + _TITLE_TO_NAME
)
# The same titles in CJK text, after the name ("木原稔官房長官", "하야시 요시마사 관방장관",
# "…報道官", "…대변인") or, in Chinese, before it ("官房长官林芳正", "外交部发言人…").
_CJK_SPOKESPERSON = ("報道官", "报道官", "대변인", "发言人", "發言人", "新闻秘书", "新聞秘書")
_CJK_CABINET_SECRETARY = ("官房長官", "官房长官", "관방장관")
_CJK_SPEAKING_TITLES = (*_CJK_SPOKESPERSON, *_CJK_CABINET_SECRETARY)
# A press conference is where a spokesperson speaks, not a meeting they hold.
_PRESS_CONFERENCE = re.compile(
    r"記者会見|会見で|기자회견|브리핑|记者会|記者會|新闻发布会|新聞發布會"
)


def _cjk_spokesperson_title(body: str, m: Mention) -> str | None:
    """The spokesperson's title printed right after the CJK name (in its form too) or
    right before it, or None."""
    after = body[m.end : m.end + 6].lstrip()
    for title in _CJK_SPEAKING_TITLES:
        if m.form.endswith(title) or after.startswith(title):
            return title
    before = body[max(0, m.start - 6) : m.start].rstrip()
    return next((t for t in _CJK_SPEAKING_TITLES if before.endswith(t)), None)


def _titled_as_spokesperson(body: str, m: Mention) -> bool | None:
    """True if this mention is printed with a spokesperson's title (a chief cabinet
    secretary's only where the sentence tells no meeting), False if not, None for a
    bare Latin surname after the person's full name ("Kihara declaró"), which says
    nothing either way."""
    before = max(0, m.start - 60)
    if _SPOKESPERSON_BEFORE.search(body, before, m.start) is not None:
        return True
    if _CABINET_SECRETARY_BEFORE.search(body, before, m.start) is not None:
        return not MEETING_WORD.search(_rest_of_sentence(body, m.end))
    near = body[max(0, m.start - 6) : m.end + 6]
    title = _cjk_spokesperson_title(body, m) if has_cjk(near) else None
    if title in _CJK_SPOKESPERSON:
        return True
    if title is not None:
        rest = _PRESS_CONFERENCE.sub("", _rest_of_sentence(body, m.end))
        return not MEETING_WORD.search(rest)
    if " " not in m.form and m.form.isascii() and m.form[:1].isupper():
        return None
    return False


def _printed_as_spokespeople(body: str, mentions: Sequence[Mention]) -> set[str]:
    """The people every mention of whom is printed with a spokesperson's title (a chief
    cabinet secretary's only where their sentence tells no meeting), a bare surname after
    the titled name aside."""
    titled: dict[str, bool] = {}
    for m in mentions:
        if titled.get(m.slug, True):  # one mention without the title settles it
            reading = _titled_as_spokesperson(body, m)
            if reading is not None or m.slug not in titled:
                titled[m.slug] = bool(reading)
    return {slug for slug, always in titled.items() if always}


def _rest_of_sentence(body: str, at: int) -> str:
    """From `at` to the end of its sentence (a full stop and a space, "。", a line break)."""
    ends = [i for i in (body.find(". ", at), body.find("。", at), body.find("\n", at)) if i >= 0]
    return body[at : min(ends, default=len(body))]


# Posts whose holders deal with a meeting's principals without being a report's subject
# (the labels name leaders and ministers): an ambassador, an assistant secretary, a
# communications coordinator who briefs for the White House.
_ENVOY = re.compile(r"(?i:\bambassador\b|\bassistant\s+secretary\b|strategic\s+communications)")
_SPEAKS_OR_ENVOY = re.compile(f"{SPOKESPERSON.pattern}|{_ENVOY.pattern}")


def _relayed(speaker: str | None, index: ReferenceIndex, on: date | None) -> bool:
    """Whether a quote's words are a statement a spokesperson relays ("Miller said:
    'Secretary Blinken met Foreign Minister Kamikawa today'"): the people it names are
    the statement's subjects, not names inside someone's own words."""
    return speaker is not None and _holds_only(speaker, SPOKESPERSON, index, on)


def spokesperson(slug: str, index: ReferenceIndex, on: date | None) -> bool:
    """Whether every office the reference records for the person (on `on` if known)
    speaks for a government or represents it to another (`_ENVOY`): they relay a
    statement or carry a message, they are not its subject."""
    return _holds_only(slug, _SPEAKS_OR_ENVOY, index, on)


def _holds_only(slug: str, titles: re.Pattern, index: ReferenceIndex, on: date | None) -> bool:
    """Whether the person has offices (on `on` if known) and `titles` finds each's title.
    A day none of their terms covers (a report's date misread, a term the sources leave
    open) is judged by every office the reference records for them."""
    person = index.people.get(slug)
    if person is None:
        return False
    offices = (person.offices_on(on) if on is not None else ()) or person.offices
    return bool(offices) and all(titles.search(office.title) for office in offices)
