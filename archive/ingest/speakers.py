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
    r"(?:said|says|added|adds|continued|told|stated|noted|stressed|warned|explained"
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
# "Blinken también dijo", "Blinken ha inoltre detto" is rarer and left.
_ALSO = r"(?:(?:also|further|later|juga|pun|también|además|anche|inoltre)\s+)?"
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
_RELATIVES = ("who", "yang", "quien", "que", "che", "which")
BEFORE_NAME_RELATIVE_VERB = re.compile(
    rf"{_WHO},\s+(?:{'|'.join(_RELATIVES)})\s[^,.;:!?“”\"«»\n]{{2,80}},\s+{_ALSO}{VERBS}\b"
)
_RELATIVE_OPENINGS = tuple(f", {word} " for word in _RELATIVES)  # its cheap screen
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
    if any(opening in before for opening in _RELATIVE_OPENINGS):
        relative = _last(BEFORE_NAME_RELATIVE_VERB, before)
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


# The looser shapes (issue 11), tried only when attribution() finds none; quotes.py keeps
# what they find only when the subject is a known person, so a capitalised word that is a
# place or an outlet ("dijo en una entrevista con CNN") names no speaker.
_LOWER_RUN = r"(?:[a-zà-öø-ÿ][\w'’]*\s+){1,4}"
LOOSE_AFTER = (
    # A few words between the verb and the name: "“…”, declaró a la prensa Blinken",
    # "«…», ha spiegato ai giornalisti Blinken", "«…», ha affermato il segretario di
    # Stato Blinken", "“…,” said in a statement Blinken".
    (re.compile(rf"{_AFTER_LEAD}{_AFTER_SAID}\s+{_LOWER_RUN}{_WHO}\b"), "quote-verb-name"),
    # A title with "of" before the name: "“…,” Secretary of State Antony Blinken said".
    (re.compile(rf"{_AFTER_LEAD}{_TITLE_OF}{_WHO}\s+{_ALSO}{_AFTER_SAID}\b"), "quote-name-verb"),
    # An apposition between the name and the verb: "“…,” Hayashi, Japan's foreign
    # minister, said", "“…,” Blinken, speaking alongside Hayashi, said".
    (
        re.compile(
            rf"{_AFTER_LEAD}{_WHO},\s+(?P<apposition>[^,.;:!?“”\"«»\n]{{2,80}}),\s+{_ALSO}"
            rf"{_AFTER_SAID}\b"
        ),
        "quote-name-verb",
    ),
    (re.compile(rf"{_AFTER_LEAD}{_WHO}\s+(?:was|is)\s+quoted\s+as\s+saying\b"), "quote-name-verb"),
    # A dash and the name closing the paragraph: "“…” — Antony Blinken".
    (re.compile(rf"^\s*[—–]\s*{_WHO}\s*[.)]?\s*$"), "quote-name-verb"),
)
# Before a quote, right before it: an apposition between the name and the verb
# ("Blinken, for his part, said “…”", "Hayashi, Japan's top diplomat, told reporters:
# “…”"), or the name and a colon ("Blinken: “…”"); "As Blinken put it, “…”" a few
# words before.
LOOSE_BEFORE = (
    re.compile(
        rf"{_WHO},\s+(?P<apposition>[^,.;:!?“”\"«»\n]{{2,80}}),\s+{_ALSO}{VERBS}(?:\s+[\w’']+){{0,3}}"
        r"\s*[:,]?\s*$"
    ),
    re.compile(rf"^\s*{_WHO}\s*[:：]\s*$"),
)
BEFORE_AS_PUT = re.compile(rf"[Aa]s\s+{_WHO}\s+(?:put\s+it|said|noted|stressed)\s*,")
# Before a quote: "According to Blinken, “…”", "Según Blinken, …", "Menurut Blinken, …",
# "Secondo Blinken, «…»" (the quote within MAX_TALK_GAP_WORDS words of the comma).
BEFORE_ACCORDING = re.compile(
    rf"(?:[Aa]ccording\s+to|[Ss]egún|[Mm]enurut|[Ss]econdo)\s+(?:{_TITLE_OF})?{_WHO}\s*,"
)
# No subject after the verb (Spanish and Italian drop it; Indonesian's "-nya" is "he"):
# "“…”, insistió.", "«…», ha aggiunto in conferenza stampa.", "“…,” ungkapnya." The
# last speaker's words, as after "he said"; a subject after the verb ("sostuvo el
# funcionario") or a capitalised word in the rest of the sentence is not this shape.
NO_SUBJECT_AFTER = re.compile(
    rf"{_AFTER_LEAD}(?:(?:{VERBS}|{AFTER_ONLY_VERBS})(?:\s*[.!?]|\s*$"
    r"|\s+(?:en|ante|tras|durante|in|ai|alla|al|dopo|nel|nella|durante)\s+[^A-Z\n.!?]*[.!?]?\s*$)"
    r"|(?:kata|ujar|ungkap|tegas|imbuh|tutur|jelas|tambah|lanjut|papar|sebut|ucap|terang"
    r"|tandas|pungkas|sambung|tukas|kilah)nya\b)"
)


# Before a quote, a Spanish or Italian verb with no subject of its own, then "que"/"che",
# joined to what came before by a linking phrase ("se le preguntó a Gates si … a lo que
# respondió que “…”", "…, y añadió que “…”", "e ha detto che"): the known person the
# sentence names last. A verb after a subject of its own ("el portavoz dijo que") is not
# this shape: that subject is the speaker, whom the other shapes read or leave unknown.
BEFORE_NO_SUBJECT = re.compile(
    r"(?:\ba\s+lo\s+que|\bante\s+lo\s+que|,\s*y|,\s*e|\be\s+poi|\by\s+luego)\s+(?:le\s+|les\s+)?"
    r"(?:respondió|contestó|dijo|afirmó|declaró|señaló|aseguró|añadió"
    r"|agregó|explicó|subrayó|indicó|sostuvo|manifestó|expresó|destacó|enfatizó|advirtió"
    r"|comentó|reiteró|insistió|precisó|apuntó|recalcó|ha\s+detto|ha\s+affermato"
    r"|ha\s+dichiarato|ha\s+aggiunto|ha\s+sottolineato|ha\s+spiegato|ha\s+risposto)"
    r"\s+(?:que|che)\s*[:,]?\s*$"
)
# Whose view the words are, by a possessive right before the quote: "In his view, “…”",
# "Pero en su opinión, “…”", "A suo avviso, “…”", "Menurutnya, “…”": the sentence's known
# person, else the last speaker, as after "he said".
BEFORE_ONES_VIEW = re.compile(
    r"(?i:(?<![\w-])(?:in\s+(?:his|her)\s+(?:view|opinion|words|judge?ment)"
    r"|en\s+su\s+(?:opini[óo]n|juicio|criterio|palabras)|a\s+su\s+(?:juicio|entender|criterio)"
    r"|según\s+(?:él|ella)|a\s+suo\s+(?:avviso|giudizio|parere)|secondo\s+(?:lui|lei)"
    r"|menurut(?:nya|\s+(?:dia|beliau))))\s*,?\s*$"
)
# A name and a gerund of saying right before the quote: "con Obama advirtiendo que “…”",
# "Obama warning that “…”": the name is the speaker when it is a known person's (a
# country's, "with China warning that", is no one).
BEFORE_GERUND = re.compile(
    r"(?<![\w'’-])(?P<who>[A-Z][\w'’-]+)\s+(?:diciendo|afirmando|advirtiendo|señalando"
    r"|asegurando|explicando|subrayando|destacando|indicando|recordando|saying|warning|adding"
    r"|noting|stressing)\s+(?:que|that)?\s*[:,]?\s*$"
)


# A known person who reacts, criticises or echoes in the sentence above a paragraph that
# is one quote, a comma after the name (an apposition's) and a few words perhaps between
# ("Zhao Lijian muncul untuk mengkritik Quad dalam komentarnya…", "Zhao took aim at the
# group on Friday.", "Zhao criticó al grupo…"): the quote below is theirs (quotes.py, the
# introduced form; a known person only).
INTRODUCED_BY = re.compile(
    rf"{_WHO},?\s+(?:[a-z][\w'’]*\s+){{0,3}}"
    r"(?:criticized|criticised|slammed|blasted|condemned|rebuked|reacted|responded|hit\s+back"
    r"|took\s+aim|lashed\s+out|mengkritik|mengecam|menanggapi|menyindir|criticó|condenó"
    r"|reaccionó|arremetió|ha\s+criticato|ha\s+condannato|ha\s+reagito"
    # Who echoes what was said before ("Abe echoed the president's comments.", "Abe, se
    # hizo eco del comentario…"): the words below are the echo.
    r"|echoed|se\s+hizo\s+eco|hizo\s+eco|menggemakan|ha\s+fatto\s+eco|fece\s+eco)(?![\w-])"
)


# Someone the reference does not know, described by the apposition ("Sheila Smith, a
# senior fellow at the Council on Foreign Relations, said"): a full name (two to four
# capitalised words, not the tail of a longer name: "…Council on Foreign Relations, a
# think tank,") and an apposition opening with an article is a person, printed as named.
_DESCRIBED = re.compile(r"(?:a|an|the|one)\s")
# …unless the apposition's first words say it is a place or a body ("New Delhi, the
# Indian capital,", "Yomiuri, a daily newspaper,").
_NOT_A_PERSON = re.compile(
    r"(?:a|an|the|one)\s+(?:\S+\s+){0,2}?(?:capital|city|country|nation|government|ministry"
    r"|agency|newspaper|daily|outlet|broadcaster|network|group|think\s+tank|company|firm"
    r"|organi[sz]ation|party|alliance|bloc|region|province|state)\b"
)
_FULL_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}")
_NAME_GOES_ON = re.compile(r"(?:[A-Z][\w.'’-]*|of|on|for|the|and|de|at)\s+$")


def _described(match: re.Match, text: str) -> bool:
    apposition = match.groupdict().get("apposition")
    return bool(
        apposition
        and _DESCRIBED.match(apposition)
        and not _NOT_A_PERSON.match(apposition)
        and _FULL_NAME.fullmatch(match.group("who"))
        and not _NAME_GOES_ON.search(text, 0, match.start("who"))
    )


# BEFORE_NO_SUBJECT, BEFORE_ONES_VIEW and BEFORE_GERUND end their sentence: a word, then
# blanks, a comma or colon, blanks. Each is tried at every character of the sentence, so
# its last word screens it first: "que"/"che", a view's last word, a gerund or "that".
_GERUND_ENDS = ("ndo", "ing", "que", "that")
_ONES_VIEW_ENDS = (
    "view", "opinion", "words", "judgment", "judgement", "juicio", "criterio", "palabras",
    "entender", "ella", "avviso", "giudizio", "parere", "lui", "lei", "nya", "dia", "beliau",
)  # fmt: skip


def _last_word_end(before: str) -> str:
    """`before` without the blanks, commas and colons that close it."""
    return before.rstrip().rstrip(",:").rstrip()


def _may_end_ones_view(tail: str) -> bool:
    """Whether `tail` may end as BEFORE_ONES_VIEW does (in any case; a tail past ASCII
    is left to the pattern: "opinión", "él", and re.I's odd folds)."""
    end = tail[-12:]
    return not end.isascii() or end.lower().endswith(_ONES_VIEW_ENDS)


def loose_attribution(after: str, before: str) -> tuple[str, str, int, bool]:
    """(form, subject as printed, its offset, whether the subject may be someone no one
    knows: _described) for the looser shapes above, or ("", "", 0, False); a subject ""
    is the last speaker (NO_SUBJECT_AFTER)."""
    for pattern, form in LOOSE_AFTER:
        match = pattern.match(after)
        if match:
            return form, match.group("who"), match.start("who"), _described(match, after)
    apposition, colon = LOOSE_BEFORE
    # (an apposition needs two commas: the search through the sentence is skipped without)
    match = (before.count(",") >= 2 and apposition.search(before)) or colon.search(before)
    if match:
        who = match.group("who")
        return "name-verb-quote", who, match.start("who"), _described(match, before)
    tail = _last_word_end(before)
    if (tail.endswith(("que", "che")) and BEFORE_NO_SUBJECT.search(before)) or (
        _may_end_ones_view(tail) and BEFORE_ONES_VIEW.search(before)
    ):
        return "name-verb-quote", "", 0, False  # the sentence's own known person
    gerund = BEFORE_GERUND.search(before) if tail.endswith(_GERUND_ENDS) else None
    if gerund:
        return "name-verb-quote", gerund.group("who"), gerund.start("who"), False
    according = _last(BEFORE_ACCORDING, before) or _last(BEFORE_AS_PUT, before)
    if according is not None and len(before[according.end() :].split()) <= MAX_TALK_GAP_WORDS:
        return "name-verb-quote", according.group("who"), according.start("who"), False
    if NO_SUBJECT_AFTER.match(after):
        return "quote-pronoun-verb", "", 0, False
    return "", "", 0, False


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
