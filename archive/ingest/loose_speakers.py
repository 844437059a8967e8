"""The looser shapes of a quote's attribution (issue 11), split from speakers.py: tried
only when `speakers.attribution` finds none ("“…”, declaró a la prensa Blinken", "as
Blinken put it", "according to Blinken", a sentence with no subject after the quote).
quotes.py keeps what they find only when the subject is a known person
(`quote_subjects`), so a capitalised word that is a place or an outlet names no speaker.
"""

from __future__ import annotations

import re

from archive.ingest.speakers import (
    _AFTER_LEAD,
    _AFTER_SAID,
    _ALSO,
    _TITLE_OF,
    _WHO,
    AFTER_ONLY_VERBS,
    MAX_TALK_GAP_WORDS,
    VERBS,
    _last,
)

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
