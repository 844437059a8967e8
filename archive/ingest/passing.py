"""People named only in passing: in the report, not its subject (people.in_the_news).

A person the headline names, who speaks, or who is named in the lead (the body's first
paragraph, at least its first LEAD_CHARS characters; in a transcript, what comes before
its first turn) is never in passing. Anyone else is, when every mention of them is one
of these:

- words a transcript's speaker, a leader or minister, says about them in their turn
  ("we came along with Secretary Austin", "トランプ大統領はこの同盟を維持し"), unless the
  speaker met, talked with, welcomed, thanked or stood beside them ("ブリンケン長官と
  電話会談を行いました", "a discussion with Foreign Minister Hayashi", "I will meet…",
  "与日本首相岸田文雄站在一起"); a spokesperson's or an anonymous official's words name
  the report's subjects;
- a later leg of a trip, with no one from the other ally at the table: a sentence whose
  first-named person is someone else, with a future marker between them and the mention,
  and whose named people are not both American and Japanese
  ("After Japan, Blinken will travel to Seoul to meet President Yoon", "akan menuju Korea
  Selatan … dengan Presiden Yoon Suk Yeol"); a trilateral with both ("… will hold a
  trilateral with President Yoon", Biden and Kishida named) keeps them;
- a member of a leader's entourage: no leader, named in a companion phrase ("along
  with", "accompanied by", "등과 함께", "らと共に", "陪同") in a sentence whose
  first-named person is a leader of the same country ("Biden, with Jill Biden, Harris and
  Blinken, welcomed Kishida"; ministers together are the meeting's);
- a party to another meeting that the sentence's subject talks about ("Kerry said he
  looked forward to the meeting between Prime Minister Abe and President-elect Trump",
  "安倍総理とトランプ次期大統領との会談を注目");
- a name in a sentence about another time: an earlier visit the trip follows, what was
  said then, or a meeting of the month or year before ("The trip follows Prime Minister
  Abe's visit…", "En aquél momento, Trump expresó: “…”", "当時、…", "Tillerson y Wang
  hablaron por teléfono el mes pasado", "지난달 김정은 국무위원장과 만났을 때"); words
  quoted in such a sentence make no speaker.

Four kinds of mention are in passing wherever they stand, the lead included (`aside`; a
person the headline names is a subject all the same, pipeline.py):

- a name in a readout's bracketed list of those present ("(日本側:岡田外務大臣、…同席、
  米側:クリントン国務長官…)", "(Japanese side: …)"): they sat at the table, the readout's
  subjects are the principals it names outside the list, or in a sentence saying
  they attended ("…ほかが同席しました", attendance.py);

- a leader or minister named only inside another minister's words as a Japanese readout
  reports them ("…大臣より、…大統領の演説は印象深かった旨述べた", readout_words.py);

- a succession: a sentence about who succeeds or preceded whom in a post, naming no
  meeting ("自民党新总裁安倍晋三将接替他的职位", "Kishida's predecessor, Yoshihide Suga,",
  "el sucesor de …", "後任の…");
- a leader in his own minister's words: a sentence whose subject, a minister of the same
  country, reports what the leader said or promised ("ブリンケン国務長官は、ジョー・
  バイデン大統領が…と約束したことも強調した", "Blinken stressed that President Biden
  …", "布林肯强调，拜登总统…"): the minister speaks for him; a leader he met or
  thanked is no aside. So is a colleague of a speaking leader or minister, or a third
  country's principal, inside a clause the speaker's verb opens or closes ("…매티스
  국방장관이 … 발표했다고 전했습니다", reported_words.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from archive.ingest import attendance, met_phrases, readout_words
from archive.ingest import reported_words as reported
from archive.ingest.cjk import CJK_TITLES
from archive.ingest.met_phrases import MEETING_NOUN, MET_BEFORE
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention, QuoteHit
from archive.ingest.spans import TextMemo, mention_index

LEAD_CHARS = 300
LEADER_POSTS = frozenset({"head_of_state", "head_of_government"})
PRINCIPAL_POSTS = LEADER_POSTS | {"foreign", "defense"}
ALLIES = frozenset({"United States", "Japan"})

# A sentence ends at a full stop before a space (not "U.S.", "Mr.", an initial), at a
# CJK full stop, or at a paragraph break. Written to begin with a character class (the
# look-behinds read the stop itself too), so that `re` skips to the next stop in C
# instead of trying every position (issue #10; the same ends as
# tests/ingest/test_parse2_patterns.py's plain pattern).
_SENTENCE_END = re.compile(
    r"[.!?。！？\n](?:(?<=[.!?])(?<!\bU\.S.)(?<!\bMrs.)(?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\b[A-Z].)"
    r"[”\"’)]*(?=\s)|(?<=[。！？\n]))"
)
FUTURE = re.compile(
    r"(?i:\b(?:will|shall|(?:is|are)\s+(?:scheduled|expected|set|due|slated)\s+to"
    r"|(?:plans|planning)\s+to"
    r"|akan|dijadwalkan|berencana|tiene\s+previsto|prevé)\b|\b\w+(?:rá|rán|rà|ranno)\b"
    # the conditional of a plan a report passes on ("se reuniría con", "viajaría a")
    r"|\b(?:reunir|viajar|visitar|sostendr|mantendr|celebrar|asistir|participar|encontrar)ían?\b"
    r"|\b(?:incontr|visit|partecip)erebber?o?\b)"
    r"|予定|見通し|見込み|方針|예정|계획|것으로|할\s?것|将|將|计划|計劃|预计|預計"
)
# A visit's connective, what the traveller does there following it ("방문해", "방문한 뒤",
# "訪問し", "訪れ").
_VISIT_THEN = re.compile(r"방문(?:해|하여|한\s?(?:뒤|후|다음))|訪問し|訪れ")
COMPANION = re.compile(
    r"(?i:\b(?:along\s+with|together\s+with|accompanied\s+by|joined\s+by|bersama(?:\s+dengan)?"
    r"|junto\s+(?:con|a)|acompañad[oa]\s+(?:de|por)|insieme\s+a|accompagnat[oa]\s+da)\b)"
    r"|등과\s?함께|들과\s?함께|らと(?:共に|ともに)|などと(?:共に|ともに)|陪同|一同|一起"
)
# "the meeting between X and Y", "XとYとの会談", "X와 Y의 회담", "X与Y的会谈".
_BETWEEN_BEFORE = re.compile(
    r"(?i:\b(?:meeting|talks|summit|call|reunión|cumbre|pertemuan|incontro)"
    # a few words may qualify the meeting: "la primera cumbre histórica entre", "pertemuan
    # puncak yang pertama kalinya antara", "the first summit meeting between"
    r"(?:\s+[\w-]+){0,4}?\s+(?:between|entre|antara|tra|fra)\s+[^.!?]{0,60}$)"
)
_BETWEEN_AFTER = re.compile(
    r"[^。.!?\n]{0,30}?(?P<of>との|間の|의|간의?|间的|間的|的)\s?"
    r"(?:会談|首脳会談|회담|정상회담|会谈|会晤|會談)"
)
# The titles of other states' leaders, which cjk.CJK_TITLES (the allies' posts) lacks:
# "習近平国家主席", "김정은 국무위원장", "金正恩总书记".
OTHER_LEADER_TITLES = (
    "国家主席 國家主席 主席 総書記 总书记 總書記 国務委員長 國務委員長 国务委员长 委員長 委员长"
    " 국무위원장 위원장 총비서 주석"
).split()
# What the particle of "the meeting between" follows: the last party's title or name
# ("岸田首相とバイデン大統領との会談", "기시다 총리와 바이든 대통령의 회담"), not another word
# ("기시다 총리 및 가미카와 외무상과 별도의 회담": separate talks with them; "重要的会谈").
_PARTY_TITLES = tuple(sorted({*CJK_TITLES, *OTHER_LEADER_TITLES}))


SUCCESSION = re.compile(
    r"(?i:\b(?:succe(?:ed|eds|eded|eding|ssors?)|predecessors?|took\s+over\s+from"
    r"|take\s+over\s+from|suceder[áa]|sucedi[óo]|sucesora?|predecesora?|successore"
    r"|predecessore|succeder[àa]\s+a|menggantikan|pengganti|penerus|pendahulu)\b)"
    r"|後任|前任|後継|後を継|跡を継|후임|전임자|후계자|뒤를\s?이|接替|接任|继任|繼任|后任|继承|繼承"
)
# A succession verb and its object, the predecessor ("replaced Shinzo Abe", "reemplazó a
# Shinzo Abe", "menggantikan Shinzo Abe"): in passing even in a sentence that names a
# meeting (the successor's: "se reunió con … Suga, quien reemplazó a Shinzo Abe").
_SUCCEEDED = re.compile(
    r"(?i:\b(?:replac(?:ed|es|ing)|succeed(?:ed|s|ing)|took\s+over\s+from|reemplaz(?:ó|a|ará)\s+a"
    r"|sustituy(?:ó|e)\s+a|sucedi[óo]\s+a|suceder[áa]\s+a|ha\s+sostituito|sostituisce"
    r"|succeduto\s+a|menggantikan)\s+(?:(?:the\s+)?(?:former\s+|ex\s+)?[\w.]+\s+){0,3}$)"
)

# A sentence about another time: an earlier visit the trip follows, or "at that time".
OTHER_TIME = re.compile(
    r"(?i:\b(?:at\s+the\s+time(?!\s+of)|at\s+that\s+time|back\s+then"
    r"|follows\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,6}?visit"
    r"|en\s+aqu[ée]l\s+momento|en\s+ese\s+momento|sigue\s+a\s+la\s+visita"
    r"|saat\s+itu|pada\s+waktu\s+itu|menyusul\s+kunjungan"
    r"|in\s+quel\s+momento|segue\s+la\s+visita)\b)"
    r"|当時|当时|當時|그\s?당시"
)
# The month or year before, and a meeting, call or negotiation in the same sentence: a
# meeting of then ("at the Japan-ROK Foreign Ministers' Meeting last month", "Tillerson y
# Wang hablaron por teléfono el mes pasado", "지난달 김정은 국무위원장과 만났을 때"). Without
# one, the sentence may tell what a subject did then ("the government of Prime Minister
# Kishida approved record defense spending last month"). Korean news tells an earlier
# day's meeting with "앞서" ("earlier") and the day ("앞서 … 16일 … 통화했습니다"); a day
# alone may be the report's own, and "앞서" alone is "as said before".
_PRIOR_PERIOD = re.compile(
    r"(?i:\b(?:last\s+(?:month|year)|el\s+(?:mes|año)\s+pasado|bulan\s+lalu|tahun\s+lalu"
    r"|il\s+mese\s+scorso|l['’]anno\s+scorso)\b)"
    r"|先月|先日|先般|昨年|去年|上个月|上個月|지난달|지난해|앞서[^.\n]{0,30}?(?:지난\s?)?\d{1,2}일"
)
_MEETING_THEN = re.compile(
    r"(?i:\b(?:met|meetings?|talks|summit|(?:phone|telephone)\s+call|spoke|phoned"
    r"|conversations?|negotiations?|se\s+reuni(?:ó|eron)|reuni[óo]n|cumbre|habl(?:ó|aron)"
    r"|convers(?:ó|aron)|conversación|llamada\s+telefónica|bertemu|pertemuan|pembicaraan"
    r"|berbicara|percakapan|incontro|colloquio|ha\s+incontrato|si\s+sono\s+incontrati"
    r"|(?:ha|hanno)\s+parlato|telefonata)\b)"
    r"|会談|会合|電話|協議|회담|통화|만났|만나|会谈|会晤|會談|會晤|通话|通話"
)
# A meeting named in the sentence: the succession is then the meeting's business.
MEETING_WORD = re.compile(rf"{MET_BEFORE.pattern}|{MEETING_NOUN}")
# The subject reports what the leader said: a speech verb between the subject and the
# leader (Latin scripts and Chinese), or after the leader's clause (Japanese, Korean).
_REPORTS_BEFORE = re.compile(
    r"(?i:\b(?:said|says|stressed|emphasi[sz]ed|noted|underscored|highlighted|recalled"
    r"|reiterated|conveyed|stated|explained|mentioned|indicated|added"
    r"|dijo|destacó|subrayó|señaló|reiteró|afirmó|indicó|explicó|añadió"
    r"|ha\s+detto|ha\s+sottolineato|ha\s+ribadito|ha\s+spiegato"
    r"|mengatakan|menekankan|menegaskan|menyampaikan|menyatakan|menjelaskan)\b)"
    r"|强调|強調|表示|指出|重申|转达|轉達"
)
_REPORTS_AFTER = re.compile(
    r"[^。.!?\n]{0,80}?(?:(?:こと|と)(?:も|を)?[^。\n]{0,4}?(?:強調|述べ|説明|指摘|表明|伝え|紹介)"
    r"|(?:다고|라고|다며|라며|했음을)\s?[^.\n]{0,12}?(?:강조|말했|밝혔|설명|전했|언급))"
)


# Characters read on either side of a position before the whole text is split instead
# (a text with no sentence end for that long: one split, as before, not a scan per position).
NEAR = 1 << 16
_SPLITS = TextMemo()


def _sentence(body: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence holding position `at`: from the last `_SENTENCE_END`
    match ending at or before `at` (or the text's start) to the end of the next one (or
    the text's end). Only the text around `at` is read, from a window before it widened
    until a sentence ends in it, up to NEAR characters each way: a few hundred positions
    are asked of a long report, and splitting all of it into sentences read every stop
    of 5 MB (issue #10).

    A match is a stop and the closing marks after it, which are no stops: a search from
    inside one finds none of it, and from any position finds the whole text's matches
    from there on. A match cut by the window ends before any found in it; one cut by the
    reach after `at` (its look-ahead) ends past every match found before it."""
    starts = _SPLITS.get(body)
    window, far = 256, min(len(body), at + NEAR)
    while starts is None and window <= NEAR:
        low = max(0, at - window)
        start = None
        for match in _SENTENCE_END.finditer(body, low, far):
            if match.end() > at:
                if start is not None or low == 0:
                    return start or 0, match.end()
                break
            start = match.end()
        else:
            if start is not None or low == 0:
                if far == len(body):
                    return start or 0, len(body)
                break  # no sentence ends within reach after `at`
        window *= 4
    if starts is None:
        starts = [0, *map(re.Match.end, _SENTENCE_END.finditer(body))]
        _SPLITS.put(body, starts)
    i = bisect_right(starts, at) - 1
    return starts[i], starts[i + 1] if i + 1 < len(starts) else len(body)


def lead_end(body: str) -> int:
    """Where the lead ends: the first paragraph, and at least LEAD_CHARS characters."""
    first = body.find("\n\n")
    return max(LEAD_CHARS, first if first >= 0 else len(body))


def in_passing(
    body: str, mentions: Sequence[Mention], quotes: Sequence[QuoteHit], index: ReferenceIndex
) -> set[str]:
    """Slugs of the people `mentions` name only in passing (see the module docstring)."""
    reading = _Reading(body, mention_index(mentions), index, [])
    # Words quoted in a sentence about another time make no speaker of the report (one
    # quote of theirs in a sentence of the report's own time settles it: the sentence of
    # each later quote is not read).
    speakers: set[str] = set()
    for q in quotes:
        if q.speaker_slug and q.speaker_slug not in speakers and not reading.other_time(q.start):
            speakers.add(q.speaker_slug)
    turns = sorted((q.start, q.speaker_slug) for q in quotes if q.form == "transcript-turn")
    first_turn = turns[0][0] if turns else None
    reading.turn_starts, reading.turn_speakers = [s for s, _ in turns], [s for _, s in turns]
    # A transcript's lead is what comes before its first turn.
    lead = lead_end(body) if first_turn is None else first_turn
    by_person: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_person.setdefault(mention.slug, []).append(mention)
    asides = {
        slug
        for slug, theirs in by_person.items()
        if slug not in speakers and all(reading.aside(m) for m in theirs)
    }
    return asides | {
        slug
        for slug, theirs in by_person.items()
        if slug not in speakers and all(m.start >= lead and reading.passing(m) for m in theirs)
    }


class _Reading:
    def __init__(self, body: str, known, index: ReferenceIndex, turns: list):
        self.body, self.known, self.index = body, known, index
        self.turn_starts = [start for start, _ in turns]
        self.turn_speakers = [slug for _, slug in turns]
        self.sides_outside: dict[str, bool] = {}  # country -> named outside the lists
        self.by_country: dict[str, list] = {}  # country -> its mentions (attendance.py)
        # (start, end) of a sentence -> what `aside` reads of it whatever the name: a
        # text with no sentence stop is one sentence naming thousands, and reading it
        # again for each name made the people pass quadratic (issue #11).
        self._succeeded_in: dict[tuple[int, int], frozenset[str]] = {}
        self._speakers_in: dict[tuple[int, int], list] = {}
        self._meeting_in: dict[tuple[int, int], bool] = {}
        self._succession_in: dict[tuple[int, int], bool] = {}
        self._attendance_in: dict[tuple[int, int], attendance.Attendance] = {}

    def country(self, slug: str) -> str:
        person = self.index.people.get(slug)
        return person.country if person is not None else ""

    def _side_named_outside(self, country: str) -> bool:
        """Whether the readout names someone of `country` outside its lists of those
        present: its principal, beside whom the listed sat at the table. A readout that
        names a side only in its list ("(Japanese side: Foreign Minister Hayashi; …)")
        names its principal there."""
        if country not in self.sides_outside:
            self.sides_outside[country] = any(
                self.country(m.slug) == country and not attendance.in_list(self.body, m.start)
                for m in self.known
            )
        return self.sides_outside[country]

    def passing(self, mention: Mention) -> bool:
        body = self.body
        if self._principal_speaking(mention.start):
            return not self._met(mention)
        start, end = _sentence(body, mention.start)
        named = self.known.within(start, end)
        first = named[0] if named else None
        return (
            self.other_time(mention.start)
            or self._later_leg(mention, start, named)
            or self._later_leg_verb_final(mention, start, end, named)
            or self._entourage(mention, start, end, first)
            or self._other_meeting(mention, start, first)
        )

    def other_time(self, at: int) -> bool:
        """Whether the sentence holding `at` is about another time (OTHER_TIME), or tells
        a meeting of the month or year before (_PRIOR_PERIOD, _MEETING_THEN)."""
        start, end = _sentence(self.body, at)
        body = self.body
        return OTHER_TIME.search(body, start, end) is not None or (
            _PRIOR_PERIOD.search(body, start, end) is not None
            and _MEETING_THEN.search(body, start, end) is not None
        )

    def aside(self, mention: Mention) -> bool:
        """A succession, a leader in his own minister's words, or a name in a readout's
        list of those present (module docstring)."""
        opening = attendance.list_opening(self.body, mention.start)
        if opening is not None:
            return attendance.list_says_attended(
                self.body, opening, mention.start
            ) or self._side_named_outside(self.country(mention.slug))
        start, end = _sentence(self.body, mention.start)
        found = self._attendance_in.get((start, end))
        if found is None:
            found = self._attendance_in[start, end] = attendance.Attendance(self.body, start, end)
        if attendance.attended(self.body, mention, start, end, found):
            return attendance.side_named_elsewhere(self, mention, start, end)
        if self._succeeded(mention.slug, start, end):
            return True
        opened = self._speakers_in.get((start, end))
        if opened is None:
            opened = self._speakers_in[start, end] = readout_words.speakers(self.body, start, end)
        if readout_words.in_minister_words(self.body, mention, start, end, opened):
            return True
        if self._found(self._meeting_in, MEETING_WORD, start, end):
            return False
        if self._found(self._succession_in, SUCCESSION, start, end):
            return True
        return self._in_ministers_words(mention, start, end)

    def _found(self, memo: dict, pattern: re.Pattern, start: int, end: int) -> bool:
        """Whether `pattern` is found from `start` to `end`, searched once a sentence."""
        if (start, end) not in memo:
            memo[start, end] = pattern.search(self.body, start, end) is not None
        return memo[start, end]

    def _succeeded(self, slug: str, start: int, end: int) -> bool:
        """Whether the sentence from `start` to `end` names `slug` right after a succession
        verb, as the one succeeded (`_SUCCEEDED`: up to three words between, a title).
        The sentence's names are read once, not once for each of them."""
        slugs = self._succeeded_in.get((start, end))
        if slugs is None:
            slugs = self._succeeded_in[start, end] = frozenset(
                m.slug
                for m in self.known.within(start, end)
                if _SUCCEEDED.search(self.body, max(start, m.start - 60), m.start) is not None
            )
        return slug in slugs

    def _in_ministers_words(self, mention: Mention, start: int, end: int) -> bool:
        named = self.known.within(start, end)
        first = named[0] if named else None
        if first is None or first.slug == mention.slug or first.start >= mention.start:
            return False
        same = self.country(first.slug) == self.country(mention.slug)
        own_leader = same and self.leader(mention.slug) and self._minister(first.slug)
        if not (own_leader or reported.may_report(self, first.slug, mention.slug)):
            return False
        body = self.body
        if self._met(mention):
            return False
        if not own_leader:  # anyone else: only in a clause the speaker's verb opens
            return not reported.joined(body, mention.end) and reported.in_reported_clause(
                body, first.end, mention, end
            )
        return bool(
            _REPORTS_BEFORE.search(body, first.end, mention.start)
            or _REPORTS_AFTER.match(body[:end], mention.end)
        )

    def _principal_speaking(self, at: int) -> bool:
        """Whether `at` is in the turn of a known leader or minister (not a spokesperson,
        moderator or briefing official, whose words name the report's subjects)."""
        i = bisect_right(self.turn_starts, at) - 1
        if i < 0 or self.turn_speakers[i] is None:
            return False
        person = self.index.people.get(self.turn_speakers[i])
        return person is not None and any(o.post in PRINCIPAL_POSTS for o in person.offices)

    def _met(self, mention: Mention) -> bool:
        """Whether the speaker met, talked with, welcomed, thanked or stood by the person."""
        return met_phrases.met(self.body, mention, _sentence(self.body, mention.start))

    def _later_leg(self, mention: Mention, start: int, named) -> bool:
        """Someone else named first in the sentence will go on to meet them, and the
        sentence names no one from one of the two allies."""
        first = named[0] if named else None
        if first is None or first.slug == mention.slug or first.start >= mention.start:
            return False
        if FUTURE.search(self.body, first.end, mention.start) is None:
            return False
        return not ALLIES <= {self.country(m.slug) for m in named}

    def _later_leg_verb_final(self, mention: Mention, start: int, end: int, named) -> bool:
        """The later leg told in Korean or Japanese, the verb last and the traveller often
        left unsaid: a visit's connective before the name and a future marker after it
        ("서울을 방문해 … 대통령을 만날 예정입니다", "韓国を訪問し…と会談する予定"), someone
        of neither ally, and the sentence names no one from one of the two allies."""
        if self.country(mention.slug) in ALLIES or ALLIES <= {self.country(m.slug) for m in named}:
            return False
        body = self.body
        return (
            _VISIT_THEN.search(body, start, mention.start) is not None
            and FUTURE.search(body, mention.end, end) is not None
        )

    def _entourage(self, mention: Mention, start: int, end: int, first) -> bool:
        """A leader named first in the sentence, with a companion phrase, and the person
        of the same country and no leader: the leader's entourage (ministers together,
        "Blinken, along with Austin, met…", are the meeting's)."""
        if first is None or first.slug == mention.slug or first.start >= mention.start:
            return False
        if COMPANION.search(self.body, start, end) is None:
            return False
        same = self.country(first.slug) == self.country(mention.slug) != ""
        return same and self.leader(first.slug) and not self.leader(mention.slug)

    def _minister(self, slug: str) -> bool:
        """A foreign or defense minister and no leader (not a spokesperson, whose words
        name the report's subjects)."""
        person = self.index.people.get(slug)
        posts = {o.post for o in person.offices} if person is not None else set()
        return bool(posts & (PRINCIPAL_POSTS - LEADER_POSTS)) and not posts & LEADER_POSTS

    def leader(self, slug: str) -> bool:
        person = self.index.people.get(slug)
        return person is not None and any(o.post in LEADER_POSTS for o in person.offices)

    def _other_meeting(self, mention: Mention, start: int, first) -> bool:
        if first is None or first.start >= mention.start or first.slug == mention.slug:
            return False
        before = self.body[max(start, mention.start - 80) : mention.start]
        if _BETWEEN_BEFORE.search(before):
            return True
        after = _BETWEEN_AFTER.match(self.body, mention.end)
        return after is not None and self._party_ends(after.start("of"))

    def _party_ends(self, at: int) -> bool:
        """Whether a party's title or a known name ends at `at` (a space before "간의")."""
        party = self.body[max(0, at - 8) : at].rstrip()
        at -= len(self.body[max(0, at - 8) : at]) - len(party)
        near = self.known.within(max(0, at - 40), at)
        return party.endswith(_PARTY_TITLES) or any(m.end == at for m in near)
