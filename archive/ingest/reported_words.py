"""Someone named only inside what a report's principal is reported to have said
(passing._Reading._in_ministers_words): "케리 장관은 또 척 헤이글 국방장관이 … 계획을
발표했다고 전했습니다", "Abe said that he was ready to meet Kim Jong Un", "岸田大臣から、
…習近平国家主席が…と述べた旨説明した". The principal speaks for them or about them; they
are no subject of the report.

Read only for a colleague of the speaker (same country) or a third country's leader or
minister: the other ally's leader in a minister's words is the likelier party of the
meeting ("Blinken stressed that Prime Minister Kishida had committed…") and stays. A
name the speaker met, thanked, is joined with ("X and I", "X와", "Xと") or spoke to
("X에게", "Xに対し") stays too.
"""

from __future__ import annotations

import re

ALLIES = frozenset({"United States", "Japan"})

# A verb of saying that opens a clause before the name: "said that", "subrayó que",
# "mengatakan bahwa", "ha detto che", "强调，", "表示".
_OPENS_BEFORE = re.compile(
    r"(?i:\b(?:said|says|stressed|emphasi[sz]ed|noted|underscored|highlighted|recalled"
    r"|reiterated|conveyed|stated|explained|mentioned|indicated|added|told\s+\w+"
    r"|dijo|destacó|subrayó|señaló|reiteró|afirmó|indicó|explicó|añadió"
    r"|ha\s+detto|ha\s+sottolineato|ha\s+ribadito|ha\s+spiegato"
    r"|mengatakan|menekankan|menegaskan|menyampaikan|menyatakan|menjelaskan)"
    r"[^\S\n]+(?:that|que|bahwa|che)\b)"
    r"|(?:强调|強調|表示|指出|重申|转达|轉達|说|說|称|稱)[，,：:]?"
)
# The verb after the name's clause, as Japanese and Korean print it: "…旨述べた",
# "…と強調した", "…했다고 전했습니다", "…의향이 있다고 밝혔습니다".
_CLOSES_AFTER = re.compile(
    r"[^。.!?\n]{0,80}?(?:(?:こと|と|旨)(?:も|を)?[^。\n]{0,4}?"
    r"(?:強調|述べ|説明|指摘|表明|伝え|紹介|明らかに)"
    r"|(?:다고|라고|다며|라며|했음을|다는)\s?[^.\n]{0,12}?(?:강조|말했|밝혔|설명|전했|언급))"
)
# Joined to the speaker, spoken to or heard from, right after the name and up to four
# short words (its title, a country, "부총리 겸 국방장관"): "ゲイツ国防長官とも話した",
# "리처드 말스 호주 부총리 겸 국방장관과 만날", "X에게", "X特使로부터", "X大臣に対し",
# "X大臣から", "Kihara and I". Chinese joins before the name ("与林芳正"), where no
# clause the speaker opens holds it.
_JOINED = re.compile(
    r"(?:[^\S\n]?[^\s、。,，.()「」“”がをはにで]{1,8}?){0,4}?"
    r"(?:と(?!の間)|に対し|から|より|(?:와|과|및|에게|께|로부터|에게서)(?=\s))"
    r"|,?[^\S\n]+(?:and|y|dan|e)[^\S\n]+(?:I|he|she|me|him|yo|él|ella|saya|dia|io|lui|lei)\b"
)


def may_report(reading, speaker: str, person: str) -> bool:
    """Whether `speaker`, a leader or a foreign or defense minister, may speak of `person`
    in passing: a colleague of the same country, or a third country's principal."""
    if speaker == person or not (reading.leader(speaker) or reading._minister(speaker)):
        return False
    country = reading.country(person)
    return country == reading.country(speaker) or (country != "" and country not in ALLIES)


def joined(body: str, end: int) -> bool:
    """Whether the name ending at `end` is joined to the speaker or spoken to."""
    return _JOINED.match(body, end) is not None


def in_reported_clause(body: str, speaker_end: int, mention, sentence_end: int) -> bool:
    """Whether a verb of saying opens a clause between the speaker and the name, or the
    name's clause closes with one (Japanese, Korean) before the sentence ends."""
    return bool(
        _OPENS_BEFORE.search(body, speaker_end, mention.start)
        or _CLOSES_AFTER.match(body[:sentence_end], mention.end)
    )
