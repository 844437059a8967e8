"""Events a report speaks of as past, and the day before which its meeting cannot have
been held: a small curated calendar (`archive/fixtures/reference/dating_events.csv`, one
row per event with its date, a source and its names in each language the archive reads)
of events every report of a later meeting may mention: Russia's invasion of Ukraine, the
Camp David trilateral summit, the Great East Japan Earthquake, North Korea's nuclear tests
by their ordinal, the Singapore and Hanoi summits with Kim Jong Un, COVID-19, Abe's death.

A report without a date of its own that names "Russia's invasion of Ukraine" or "6차
핵실험" covers no meeting held before the event: evidence against each earlier one, as an
era it names is (`meeting_context.era_evidence`). Only a mention that tells the event as
past counts: none in a sentence that speaks of what may or will happen ("may be preparing
a sixth nuclear test", "if Russia invades Ukraine", "the upcoming Singapore summit",
"핵실험 가능성", "侵攻の恐れ"), of what is to be deterred, prevented or is threatened
("deter a Russian invasion of Ukraine", "refrain from a sixth nuclear test", "抑止"), or
of what comes later ("days before the Singapore summit", "…を前に", "앞두고"). The names
are chosen so that they presuppose the event (an ordinal test, "the invasion of
Ukraine", "the Camp David principles", the Singapore summit "with Kim Jong Un"), not the
place alone (Camp David also hosted the 2001 summit; Singapore, ASEAN's). Read in the
text's opening (`DATE_HEAD`): a page's menus and promotions after the text name today's
events. Pure: no Django (the calendar is plain data read once).
"""

from __future__ import annotations

import csv
import functools
import re
from datetime import date
from pathlib import Path

from archive.ingest import prefilter
from archive.ingest.meeting_mentions import DATE_HEAD
from archive.ingest.reference import KnownMeeting

CALENDAR = Path(__file__).resolve().parent.parent / "fixtures" / "reference" / "dating_events.csv"
LANGUAGES = ("en", "ja", "ko", "zh", "es", "id", "it")
EVENT_POINTS = -0.15

# What may or will happen, in the event's sentence: the event is then not told as past.
_NOT_PAST = prefilter.folded_pattern(
    r"\b(?:will|would|could|may|might|if|possibl[ey]|potential|prepar\w*|upcoming|ahead of"
    r"|imminent|likely|any|another|before|prior to|deter\w*|prevent\w*|refrain\w*|avert\w*"
    r"|threat\w*|podr[íi]a|posible|prepara\w*|inminente|antes de|disuadir|evitar|amenaz\w*"
    r"|mungkin|jika|akan|kemungkinan|persiapan|sebelum|mencegah|mengancam|potrebbe"
    r"|possibile|prima de[il]?)\b"
    r"|可能|恐れ|おそれ|懸念|準備|予定|場合|見通し|兆候|抑止|阻止|防ぐ|自制|を前に|に先立"
    r"|가능성|우려|준비|예정|경우|임박|징후|억지|억제|자제|위협|앞두고"
    r"|准备|如果|一旦|迹象|跡象|即将|即將|担心|擔心|威慑|威懾|阻止|防止|克制|威胁|威脅|前夕"
)
_SENTENCE_END = re.compile(r"(?<!\b\w)[.!?](?:\s|$)|[。！？\n]")
_SENTENCE_START = re.compile(r"(?s:.*)(?:(?<!\b\w)[.!?]\s|[。！？\n])")
_REACH = 200  # characters either side of a name where its sentence is read


@functools.cache
def _calendar() -> dict[str, tuple[date, re.Pattern]]:
    """{folded name: (the event's date, the name's pattern)}; a name that begins or ends
    with a letter or digit is matched as whole words there."""
    names: dict[str, tuple[date, re.Pattern]] = {}
    with CALENDAR.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            day = date.fromisoformat(row["date"])
            for language in LANGUAGES:
                for name in filter(None, (row.get(language) or "").split("|")):
                    folded = prefilter.fold(name.strip())
                    names[folded] = (day, re.compile(_bounded(folded)))
    return names


def _bounded(name: str) -> str:
    head = r"(?<!\w)" if name[0].isalnum() and not _ideographic(name[0]) else ""
    tail = r"(?!\w)" if name[-1].isalnum() and not _ideographic(name[-1]) else ""
    return head + re.escape(name) + tail


def _ideographic(char: str) -> bool:
    """Kanji, hanzi and kana: words run together, so no word boundary is looked for."""
    return "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff"


def events_not_before(folded: str) -> date | None:
    """The latest day of an event the text's opening (`folded` is `prefilter.fold(body)`)
    tells as past, or None. Each name is looked for as a plain substring first (one C
    scan each, 0.3 ms for the whole calendar on the opening): one alternation of all the
    names, tried at every position, cost 100 ms a report."""
    head = folded[:DATE_HEAD]
    found = [
        day
        for name, (day, pattern) in _calendar().items()
        if name in head
        for match in pattern.finditer(head)
        if not _NOT_PAST.search(_sentence(head, match))
    ]
    return max(found, default=None)


def _sentence(head: str, match: re.Match) -> str:
    lo = max(0, match.start() - _REACH)
    before = _SENTENCE_START.match(head, lo, match.start())
    after = _SENTENCE_END.search(head, match.end(), match.end() + _REACH)
    return head[before.end() if before else lo : after.start() if after else match.end()]


def event_evidence(
    meeting: KnownMeeting, not_before: date | None, *, dated: bool
) -> tuple[float, list[str]]:
    """EVENT_POINTS for a meeting over before the day of an event that a report without
    a date of its own tells as past (`events_not_before`)."""
    if dated or not_before is None or meeting.end >= not_before:
        return 0.0, []
    since = not_before.isoformat()
    return EVENT_POINTS, [f"the text tells of an event of {since} as past, after this meeting"]
