"""Who speaks: the verbs and subjects that attribute a quote.

`attribution(after, before)` reads the words after a quote and the sentence before it
for one of the forms archive/ingest/quotes.py lists (a name, a pronoun, a role or a bare
title with a speech verb; see QUOTE_VERBS and PRONOUNS for the languages).

Where a surname is used as a speaker ("Hornung said") is read by speaker_index.py
(`SpeakerIndex`, re-exported here).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from archive.ingest.cjk import CJK_TITLES
from archive.ingest.quote_names import FAR_QUOTE_WORDS
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention
from archive.ingest.roles import (
    BARE_ROLE,
    POST_FIRST_WORDS,
    ROLE,
    ROLE_COUNTRY_FIRST,
    ROLE_POST_FIRST,
    resolve_role,
    resolve_title,
)
from archive.ingest.spans import mention_index
from archive.ingest.speaker_index import (  # noqa: F401  (re-exported: people.py, tests)
    _VERB,
    _VERB_SCAN,
    SPEECH_VERBS,
    SpeakerIndex,
    verb_spans,
)

# The verbs that attribute a quote (archive/ingest/quotes.py), in every language the
# archive reads with Latin letters ("“…”, dijo Blinken"; "ha detto Hayashi"; "kata
# Blinken"; "gurau Trump").
QUOTE_VERBS = (
    # The wire's passive: "He was quoted as saying: “…”", "Abe is quoted as reportedly
    # saying, “…”".
    r"(?:(?:was|is|has\s+been)\s+(?:also\s+)?quoted\s+as\s+(?:reportedly\s+)?saying"
    r"|said|says|added|adds|continued|told|stated|noted|stressed|warned|explained"
    r"|insisted|asked|wrote|declared|replied|concluded|remarked|emphasized|emphasised"
    # A post on a social network: "“…,” Blinken tweeted", "escribió en X", "ha scritto su X".
    r"|tweeted|posted|tuiteó|publicó|escribió|ha\s+scritto|ha\s+twittato|ha\s+pubblicato"
    r"|menulis|mencuit|tulis"
    r"|joked|quipped|recalled|acknowledged|argued|observed|reiterated|underscored"
    r"|dijo|afirmó|declaró|señaló|aseguró|añadió|agregó|explicó|subrayó|indicó|anunció"
    r"|sostuvo|manifestó|expresó|destacó|enfatizó|advirtió|comentó|respondió"
    r"|bromeó|recordó|reiteró|insistió|precisó|apuntó|reconoció|recalcó|resaltó|remarcó"
    r"|concluyó|puntualizó|aseveró|detalló|admitió|afirma|dice|explica|añade"
    r"|ha\s+detto|ha\s+affermato|ha\s+dichiarato|ha\s+aggiunto|ha\s+sottolineato"
    r"|ha\s+spiegato|ha\s+annunciato|ha\s+sostenuto|ha\s+ribadito|ha\s+scherzato"
    r"|ha\s+osservato|ha\s+evidenziato|ha\s+commentato|ha\s+precisato|ha\s+assicurato"
    r"|ha\s+ricordato|ha\s+concluso|ha\s+avvertito|ha\s+insistito|ha\s+rimarcato"
    r"|disse|dichiara|afferma|dice|spiega|sottolinea|aggiunge|osserva|ribadisce"
    r"|kata|ujar|tutur|ucap|gurau|canda|seloroh|imbuh|tegas|ungkap|sebut|papar|pungkas"
    r"|katanya"
    r"|mengatakan|menyatakan|menegaskan|menambahkan|menjelaskan|mengumumkan"
    # Indonesian's other verbs of saying ("Blinken menyampaikan, “…”", "Hayashi menuturkan
    # bahwa “…”"), Spanish and Italian ones not above ("consideró que", "ha ammesso").
    r"|menyampaikan|menuturkan|mengungkapkan|menekankan|berkata|mengingatkan|menandaskan"
    r"|menerangkan|memaparkan|mengakui|memperingatkan|menggarisbawahi|menjawab|melanjutkan"
    r"|consideró|opinó|mencionó|aclaró|matizó|prometió|denunció|advirtió|sentenció"
    r"|ha\s+ammesso|ha\s+rilevato|ha\s+garantito|ha\s+promesso|ha\s+esortato|ha\s+auspicato"
    # Spain's perfect ("“…”, ha dicho Blinken"), as Italy's above.
    r"|ha\s+(?:dicho|afirmado|declarado|señalado|asegurado|añadido|agregado|explicado"
    r"|subrayado|indicado|destacado|advertido|manifestado|expresado|reiterado|insistido"
    r"|recordado|sostenido|precisado|apuntado))"
)
# Verbs that attribute a quote only after it ("“…,” Blinken announced", "“…,” tambah
# Blinken", "«…», ha replicato Tajani"): before a quote they take an object ("announced
# a “comprehensive partnership”", "jelas" is "clear"), the writer's phrase.
AFTER_ONLY_VERBS = (
    r"(?:affirmed|announced|pointed\s+out|commented|vowed|pledged|urged|cautioned|reaffirmed"
    r"|highlighted|underlined|assured|responded|answered|admitted|confirmed|claimed|asserted"
    r"|maintained|predicted|conceded|cautioned|elaborated"
    r"|señala|asegura|agrega|sostiene|subraya|indica|destaca|advierte|insiste|concluye"
    r"|ha\s+replicato|ha\s+risposto|ha\s+chiarito|ha\s+proseguito|ha\s+continuato"
    r"|prosegue|continua|conclude|replica|precisa"
    r"|tambah|jelas|lanjut|terang|sambung|tandas|tukas|kilah|timpal|sahut|bilang|paparnya)"
)
# Personal pronouns that stand for the speaker named last ("he said", "ia menegaskan",
# "dijo ella"), lower-cased.
PRONOUNS = frozenset("he she ia dia beliau él ella lui lei".split())
VERBS = QUOTE_VERBS
MAX_TALK_GAP_WORDS = 12
# The subject: a capitalised run (titles included, trimmed later) or a pronoun.
_WHO = (
    r"(?<![\w'’])(?P<who>(?:[A-Z][\w.'’-]*\s+){0,6}[A-Z][\w'’-]+"
    r"|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ii]a|[Dd]ia|[Éé]l|[Ee]lla)"
)
# After a quote, "according to" names its speaker as a verb does ("“…,” according to
# Blinken", "según Blinken", "menurut Blinken", "secondo Blinken").
# "Also" between a subject and its verb: "Blinken also said", "Blinken juga mengatakan",
# "Blinken también dijo", "Blinken ha inoltre detto" is rarer and left; two at most, a
# report's hedge too ("The President reportedly added:", "Abe later reportedly told").
_ALSO = (
    r"(?:(?:also|further|later|then|again|earlier|previously|separately|reportedly"
    r"|juga|pun|también|además|anche|inoltre)\s+){0,2}"
)
# After a quote the verbs of both lists attribute it; "demikian" ("thus") may open the
# attribution ("“…,” demikian kata Blinken").
_AFTER_LEAD = r"^[\s,]*(?:demikian\s+)?"
_AFTER_VERBS = rf"(?:{VERBS}|{AFTER_ONLY_VERBS}|according\s+to|según|menurut|secondo)"
_AFTER_SAID = rf"(?:{VERBS}|{AFTER_ONLY_VERBS})"
# A title with "of" or "for" before the name ("“…,” said U.S. Secretary of State Antony
# Blinken") is taken whole, the name at its end.
# (a post's word before "of": "Professor Watanabe of Keio University" is a name and its
# school).
_TITLE_OF = (
    r"(?:[A-Z][\w.'’-]*\s+){0,2}(?:Secretary|Minister|Director|Chief|Head|Chairman|Chair)"
    r"\s+(?:of|for)\s+"
)
AFTER_VERB_NAME = re.compile(rf"{_AFTER_LEAD}{_AFTER_VERBS}\s+(?:{_TITLE_OF})?{_WHO}\b")
AFTER_NAME_VERB = re.compile(rf"{_AFTER_LEAD}{_WHO}\s+{_ALSO}{_AFTER_SAID}\b")
BEFORE_COLON = re.compile(rf"{_WHO}\s+{_ALSO}{VERBS}(?:\s+[\w’']+){{0,3}}\s*:\s*$")
BEFORE_NAME_VERB = re.compile(rf"{_WHO}\s+{_ALSO}{VERBS}\b")
# A relative clause between the name and its verb: "Yoko Kamikawa, yang baru saja dilantik,
# mengatakan…", "Kamikawa, who took office on Wednesday, said…", "Blinken, quien llegó el
# lunes, dijo…" (a list of names, "Tokyo, Seoul, said", has no relative word).
# The same with a participle or a phrase of time or place as the aside: "Kishida, speaking
# after Biden, said…", "Hayashi, in a statement, said…", "Blinken, al llegar a Tokio,
# dijo…", "Kishida, usai pertemuan, mengatakan…" (a lower-case opening word, so a list of
# names or places is never one).
_RELATIVES = ("who", "yang", "quien", "que", "che", "which")
_ASIDE_OPENINGS = (
    r"[a-z]+ing|in|at|after|before|during|on|al|en|tras|durante|di|dalam|saat|usai|setelah"
)
# (an aside runs to 120 characters: "Takaichi, que asumió el cargo hace pocos días como la
# primera mujer en ocupar el puesto de primera ministra de Japón, respondió que …")
BEFORE_NAME_RELATIVE_VERB = re.compile(
    rf"{_WHO},\s+(?:{'|'.join(_RELATIVES)}|{_ASIDE_OPENINGS})\s[^,.;:!?“”\"«»\n]{{2,120}},"
    rf"\s+{_ALSO}{VERBS}\b"
)
# Its cheap screen: the opening word after a comma, before the whole pattern is tried.
_ASIDE_OPENING = re.compile(rf",\s+(?:{'|'.join(_RELATIVES)}|{_ASIDE_OPENINGS})\s")
# The name must open its clause: one closing a phrase of "to", "with", "de" after a common
# noun or a verb ("An aide to Blinken, speaking on condition of anonymity, said …", "Un
# portavoz de Blinken, en declaraciones a la prensa, dijo …") is whom the unnamed source
# works for or travels with. A title's "of" ("Secretary of State Blinken", "el ministro de
# Exteriores Hayashi") still opens the speaker's name.
_OF_SOMEONE = re.compile(
    r"(?<![\w'’])(?P<noun>[a-záéíóúñ]+)\s+"
    r"(?:to|with|for|of|from|by|near|de|del|di|dari|untuk|dengan|para|con)\s+$"
)
_TITLE_NOUNS = frozenset(
    "minister secretary president premier ministro ministra secretario secretaria canciller"
    " presidente menteri ministre".split()
)
# An aside right before the quote: "One of them, said Biden, “…”" / "…, dijo Biden, “…”".
BEFORE_ASIDE = re.compile(rf",\s*{VERBS}\s+{_WHO}\s*,\s*$")
# Verbs that name a subject before they introduce a quote ("talked about the challenges
# “such as…”", "praised the ties of “history, …”", "memuji ikatan “sejarah, …”"): the
# quote must come within MAX_TALK_GAP_WORDS words.
TALK_VERBS = (
    r"(?:talked\s+about|talks\s+about|spoke\s+of|speaks\s+of|pointed\s+to|points\s+to"
    # Praise takes the praiser's words; "described it as a “continuous threat”" is the
    # writer's phrase, so verbs that only characterise are not here.
    r"|praised|praises|hailed|hails|lauded|lauds"
    r"|elogió|alabó|ha\s+elogiato|ha\s+lodato|memuji|menyanjung)"
)
BEFORE_NAME_TALK = re.compile(rf"{_WHO}\s+(?:also\s+)?{TALK_VERBS}\b")
# A role subject; one followed by a name is that name's title, not the speaker.
_ROLE_WHO = rf"(?<![\w'’-])(?P<who>{ROLE}|{BARE_ROLE})"
_NO_NAME_AFTER = r"(?![^\S\n]*(?:[A-Z][a-z]|[\u3040-\u9fff]))"
AFTER_VERB_ROLE = re.compile(rf"{_AFTER_LEAD}{_AFTER_VERBS}\s+{_ROLE_WHO}{_NO_NAME_AFTER}")
AFTER_ROLE_VERB = re.compile(rf"{_AFTER_LEAD}{_ROLE_WHO}\s+{_ALSO}{_AFTER_SAID}\b")
# Before a quote, searched through the sentence: the post-first roles only when the
# sentence holds one of their words (POST_FIRST_WORDS).
_SAID_AFTER_ROLE = rf"\s+{_ALSO}(?P<verb>{VERBS}|{TALK_VERBS})\b"
BEFORE_ROLE_VERB = re.compile(
    rf"(?<![\w'’-])(?P<who>{ROLE_COUNTRY_FIRST}|{BARE_ROLE}){_SAID_AFTER_ROLE}"
)
BEFORE_POST_FIRST_ROLE_VERB = re.compile(
    rf"(?<![\w'’-])(?P<who>{ROLE_POST_FIRST}){_SAID_AFTER_ROLE}"
)

# A name glued to the word before it, as a related link run into the next sentence
# leaves it ("…di Timur TengahBlinken mengatakan, “…”"): the tail after a lower-case
# letter, when a known surname.
_GLUED = re.compile(r"[a-z]{3}(?P<tail>[A-Z][a-z'’-]{3,})$")


def glued_speaker(who: str, index: ReferenceIndex | None) -> tuple[str, str] | None:
    """(slug, surname) when the subject `who` ends in one known person's surname glued
    to the word before it; None otherwise."""
    glued = _GLUED.search(who)
    if glued is None or index is None:
        return None
    slugs = index.people_by_surname.get(glued.group("tail"), ())
    return (next(iter(slugs)), glued.group("tail")) if len(slugs) == 1 else None


MIN_SPOKEN_WORDS = 2  # a one-word quote after "X said" is a scare quote
SENTENCE_END_WORDS = 3  # a quote ending the sentence this long or more is the subject's


def scare_quote(
    text: str, before: str, who_at: int, who: str, *, ends_sentence: bool = False
) -> bool:
    """Whether the quote `text` after "<who> <verb> …" is the writer's phrase, not the
    subject's words: one word ("said the talks were “productive”" keeps its two), or a
    few words more than MAX_TALK_GAP_WORDS words after the verb ("la Ministra Kamikawa
    ha affermato che … è necessario che il G7 e i Paesi “like minded” lavorino"), unless
    they end the sentence (`ends_sentence`): what the subject said ends with the subject's
    own words ("Kamikawa mengatakan pada hari Kamis bahwa kementeriannya mengamati
    pertemuan itu “dengan hati-hati dan penuh perhatian.”")."""
    words = len(text.split())
    if words < MIN_SPOKEN_WORDS:
        return True
    if ends_sentence and words >= SENTENCE_END_WORDS:
        return False  # a phrase of two ("“peaceful reunification.”") stays the writer's
    between = len(before[who_at + len(who) :].split())  # the verb and the words after it
    return words < FAR_QUOTE_WORDS and between > MAX_TALK_GAP_WORDS + 2


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


def _close_enough(match: re.Match | None, before: str) -> re.Match | None:
    """`match` (a talk verb) if the quote follows within MAX_TALK_GAP_WORDS words."""
    if match is None or len(before[match.end() :].split()) > MAX_TALK_GAP_WORDS:
        return None
    return match


# Every subject-verb pattern before a quote (BEFORE_ROLE_VERB, BEFORE_POST_FIRST_ROLE_VERB,
# BEFORE_NAME_VERB, BEFORE_NAME_TALK, BEFORE_COLON) needs a space and then one of these
# verbs: four in five sentences before a quote have none, and one search for the verbs
# costs a quarter of those patterns' (each tried at every character).
_SPACE_VERB = re.compile(rf"\s(?:{VERBS}|{TALK_VERBS})\b")


def attribution(after: str, before: str) -> tuple[str, str, int]:
    """(form, subject as printed, subject's offset in after/before) or ("", "", 0)."""
    for pattern, form in (
        (AFTER_VERB_ROLE, "quote-verb-role"),
        (AFTER_ROLE_VERB, "quote-role-verb"),
        (AFTER_VERB_NAME, "quote-verb-name"),
        (AFTER_NAME_VERB, "quote-name-verb"),
    ):
        match = pattern.match(after)
        if match:
            return form, match.group("who"), match.start("who")
    if not _SPACE_VERB.search(before):
        return _aside(before)
    return _subject_before(before)


def _aside(before: str) -> tuple[str, str, int]:
    """The aside-verb-name-quote form ("One of them, said Biden, “…”"), which needs the
    sentence to end in a comma, or ("", "", 0)."""
    match = BEFORE_ASIDE.search(before) if before.rstrip().endswith(",") else None
    if match:
        return "aside-verb-name-quote", match.group("who"), match.start("who")
    return "", "", 0


def _subject_before(before: str) -> tuple[str, str, int]:
    """The form and subject of a sentence before a quote that holds a speech verb."""
    role = _last(BEFORE_ROLE_VERB, before)
    if POST_FIRST_WORDS.search(before.lower()):
        first = _last(BEFORE_POST_FIRST_ROLE_VERB, before)
        if first is not None and (role is None or first.end() > role.end()):
            role = first
    if role is not None and re.fullmatch(TALK_VERBS, role.group("verb")):
        role = _close_enough(role, before)
    aside = _aside(before)
    if aside[0]:
        return aside
    match = BEFORE_COLON.search(before) if before.rstrip().endswith(":") else None
    if match and not (role and role.end() >= match.end("who")):
        return "name-verb-colon-quote", match.group("who"), match.start("who")
    name = _last(BEFORE_NAME_VERB, before)
    if _ASIDE_OPENING.search(before):
        relative = _last(BEFORE_NAME_RELATIVE_VERB, before)
        of_someone = relative and _OF_SOMEONE.search(before, 0, relative.start("who"))
        if of_someone and of_someone.group("noun") not in _TITLE_NOUNS:
            relative = None
        if relative and (name is None or relative.end() > name.end()):
            name = relative
    talk = _close_enough(_last(BEFORE_NAME_TALK, before), before)
    if talk and (name is None or talk.end() > name.end()):
        name = talk
    # The subject nearest the quote; a capitalised role ("Japanese Foreign Minister said")
    # also reads as a name ending where the role does, and is the role.
    if role and (name is None or role.end() >= name.end()):
        return "role-verb-quote", role.group("who"), role.start("who")
    if name:
        return "name-verb-quote", name.group("who"), name.start("who")
    return "", "", 0


_GAP = re.compile(r"[,\s]*")


def role_speaker(
    who: str,
    who_start: int,
    body: str,
    mentions: Sequence[Mention],
    index: ReferenceIndex | None,
    on: date | None,
) -> tuple[str | None, str, Mention | None]:
    """(slug, role as printed, a new mention of the holder) for a role subject.

    A known name right after the role ("…minister, Yoshimasa Hayashi") is the speaker and
    needs no new mention; otherwise the post's holder on `on`, if there is exactly one.
    """
    printed = re.sub(r"(?i)^the\s+", "", who)
    who_end = who_start + len(who)
    gap = _GAP.match(body, who_end).end() - who_end
    named = mention_index(mentions).starting_at(who_end + gap) if gap > 0 else []
    if named:
        return named[0].slug, named[0].form, None
    if index is None:
        return None, printed, None
    slug = resolve_role(who, on, index)
    if slug is None:
        # A bare title ("the secretary") is the last person named who holds such a post.
        before = mention_index(mentions).before(who_start)
        return resolve_title(who, before, index, undated=on is None, on=on), printed, None
    return slug, printed, Mention(slug, who_start + len(who) - len(printed), who_end, printed)


# A broadcaster's sound-bite label right before the words: "[파텔 부대변인] “…”",
# "[녹취: 블링컨 장관] “…”", "[Secretary Blinken] “…”".
BRACKET_LABEL = re.compile(r"\s*\[(?:녹취\s*[:：]\s*)?(?P<who>[^\[\]\n:：]{2,30})\]\s*")
_ENDS_WITH_TITLE = re.compile(
    rf"(?:{'|'.join(map(re.escape, CJK_TITLES))}|대변인|報道官|发言人|發言人)$"
)


def bracket_speaker(
    paragraph: str, start: int, offset: int, mentions: Sequence[Mention]
) -> tuple[str | None, str] | None:
    """(slug, name) of the speaker a bracketed label right before the quote at `start`
    names, when only the label comes before it in the paragraph: the known person in it,
    else a name printed with a title ("파텔 부대변인"), which is the one known person the
    report named earlier in full with that surname ("베단트 파텔"); None otherwise."""
    match = BRACKET_LABEL.fullmatch(paragraph, 0, start)
    if match is None:
        return None
    who_start, who_end = offset + match.start("who"), offset + match.end("who")
    known = mention_index(mentions).within(who_start, who_end)
    if known:
        return known[-1].slug, known[-1].form
    who = match.group("who").strip()
    if not _ENDS_WITH_TITLE.search(who):
        return None
    return _named_before(who, who_start, mentions), who


_NAME_PARTS = re.compile(r"[\s・·]+")


def _named_before(who: str, at: int, mentions: Sequence[Mention]) -> str | None:
    """The slug of the one person mentioned before `at` under a full name (two words or
    more) whose last word is the first word of `who` (a surname with a title: a Korean
    or Chinese report names a spokesperson in full once, then by surname)."""
    surname = who.split()[0] if " " in who else ""
    found = {
        m.slug
        for m in mentions
        if m.end <= at and len(words := _NAME_PARTS.split(m.form)) > 1 and words[-1] == surname
    }
    return found.pop() if len(found) == 1 else None
