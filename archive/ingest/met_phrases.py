"""Whether a speaker met, talked with, welcomed, thanked or stood beside a person they
name (split from passing.py): a leader's or minister's words about someone are in passing
(passing.py) unless they say so. Also whom the speaker did something with: "Secretary
Carter and I concurred", "Minister Hayashi and I agreed", "ブリンケン長官と私は",
"블링컨 장관과 저는", "拜登总统和我": the speaker's own side of the table."""

from __future__ import annotations

import re

from archive.ingest.results import Mention

# Met, talked with, welcomed or thanked them: a meeting word before the name (within
# MEETING_GAP characters), or after a CJK name ("…長官と初めての電話会談", "…장관과 회담",
# "与…会谈"); a welcome, thanks or standing beside them in the mention's sentence (the
# turn greets the guests, the speaker shares the stage: "与日本首相岸田文雄站在一起").
MEETING_GAP = 60
# When or how, between the meeting and its party ("a telephone meeting earlier with",
# "talks today with", "spoke by phone with").
_WHEN = (
    r"(?:earlier|today|yesterday|tonight|again|briefly|virtually|separately|this\s+"
    r"(?:morning|afternoon|evening|week)|by\s+(?:tele)?phone|by\s+video|hoy|ayer|hari\s+ini|oggi)"
)
MET_BEFORE = re.compile(
    r"(?i:\b(?:met|meets?|meeting|talks?|talked|spoke|speak|call|discussions?|conversation"
    r"|conferred|se\s+reuni[óo]|reuni[óo]n|conversaci[óo]n|bertemu|pertemuan|pembicaraan"
    rf"|incontro|colloquio|ha\s+incontrato)(?:\s+{_WHEN}){{0,2}}\s+(?:with|con|dengan)\b"
    r"|\b(?:met|meet|meets|bertemu|incontra|incontrer[àa]|ha\s+incontrato)\s+(?!with\b)"
    r"|\b(?:session|meeting|summit|talks|call|conversation)\s+between\b)"
)
MEETING_NOUN = r"(?:会談|会合|電話|協議|会見|회담|통화|회의|会谈|會談|会晤|會晤|通话|通話)"
# The name may open a list of those met ("하야시 외무상, 박진 외교장관과 회담했습니다",
# "林外務大臣、朴振外交部長官と会談").
_MET_AFTER = re.compile(
    rf"[^。.!?\n]{{0,6}}?(?:[,，、][^,，、。.!?\n]{{1,16}}?)?(?:と|との|와|과)"
    rf"[^。.!?\n]{{0,14}}?{MEETING_NOUN}"
)
_WITH_BEFORE = re.compile(r"(?:与|與|同|和|跟)\s?$")
_MEETING_AFTER = re.compile(rf"[^。.!?\n]{{0,14}}?{MEETING_NOUN}")
_GREETED = re.compile(
    r"(?i:welcom|thank|grateful|bienvenid|gracias|agradec|benvenut|grazi|ringrazi"
    r"|selamat\s+datang|terima\s+kasih|stand(?:ing)?\s+(?:here\s+)?(?:with|alongside|beside)"
    r"|berdiri\s+bersama|junto\s+a)"
    r"|歓迎|感謝|ありがと|환영|감사|고맙|欢迎|歡迎|感谢|谢谢|謝謝|站在一起|並んで|나란히"
    # Hosting them: "…대통령을 맞이합니다", "…を出迎え", "迎接…".
    r"|맞이|出迎え|迎接|接待"
)
# "… and I", the speaker's partner in what they did, right after the name ("Secretary
# of Defense Ashton Carter and I concurred", "ブリンケン長官と私は", "블링컨 장관과
# 저는", "拜登总统和我"); "I" in its own case ("and i.e." is not the speaker), and not
# "我国" ("与我国": with our country).
_WITH_ME = re.compile(
    r"(?i:,?\s+(?:and|y|dan|e)\s+(?-i:I|yo|saya|io)\b)"
    r"|(?:と|과|와)\s?(?:私|わたし|저는|저와|제가|나는)|[和与與]我(?![国國])"
)

# A sentence dated to another time: what the speaker did with them then is a memory
# ("Secretary Blinken and I were here in July for the 2+2", "昨年、…長官と私は").
_DATED = re.compile(
    r"(?i:\b(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|last\s+(?:week|month|year)|ago|(?:19|20)\d\d|enero|febrero|marzo"
    r"|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|pasado|lalu)\b)"
    r"|\d{1,2}\s?月|\d{1,2}\s?월|昨年|去年|先月|上个月|上個月|지난"
)
# A sentence told as a memory without a date: a habit of the past ("used to", "often
# talked", "かつて", "예전에", "曾经"), or "then" ("back then", "当時", "당시", "当年").
# Not "often" with a verb of now ("and I often speak"), nor "過去/과거" (a record, a past
# history), nor a bare "曾" (a surname).
_REMEMBERED = re.compile(
    r"(?i:\b(?:used\s+to|often\s+[a-z]+ed|would\s+often|back\s+then|in\s+those\s+days"
    r"|at\s+the\s+time)\b)"
    r"|かつて|当時|以前|生前|예전|옛날|당시|생전|曾经|曾經|当年|當年|当时|當時"
)
# The person named is no longer in office or alive: "the late …", "former …", "故…",
# "已故…", "고 …", "전 장관", "…元長官", "前国务卿" (the title is in or just before
# the mention).
_FORMER_HOLDER = re.compile(
    r"(?i:\b(?:the\s+late|former(?:ly)?)\s)|故|(?:^|\s)(?:고|전)\s"
    r"|元(?:[^\s、。]{0,2}?)(?:長官|大臣|相|首相|総理|大統領)"
    r"|前(?:国务卿|國務卿|国防部长|國防部長|外长|外長|防长|防長|总统|總統|首相|总理|總理)"
)
_HOLDER_LEAD = 12  # characters before the mention read for "the late", "former", "故"


def _remembered(body: str, mention: Mention, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells the speaker's time with the person as a memory: dated
    to another time, told as a habit of the past, or naming someone no longer in office."""
    if _DATED.search(body, *sentence) or _REMEMBERED.search(body, *sentence):
        return True
    lead = max(sentence[0], mention.start - _HOLDER_LEAD)
    return _FORMER_HOLDER.search(body[lead : mention.end]) is not None


def met(body: str, mention: Mention, sentence: tuple[int, int]) -> bool:
    """Whether the speaker met, talked with, welcomed, thanked or stood by the person
    `mention` names, or did something with them ("… and I"); `sentence`, its (start,
    end)."""
    before = body[max(0, mention.start - MEETING_GAP) : mention.start]
    if MET_BEFORE.search(before) or _MET_AFTER.match(body, mention.end):
        return True
    if _WITH_ME.match(body, mention.end) and not _remembered(body, mention, sentence):
        return True
    if _WITH_BEFORE.search(before) and _MEETING_AFTER.match(body, mention.end):
        return True
    return _GREETED.search(body, *sentence) is not None
