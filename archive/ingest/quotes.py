"""Direct quotes in the body and who said them.

Quote marks are paired within a paragraph (curly or straight; a straight mark opens after
a space or at the start, and closes otherwise). Each quote is then attributed by the
first form that fits:

  quote-name-verb        “…,” Blinken said
                         “…,” Japanese Defense Minister Nobuo Kishi told reporters
  quote-verb-name        “…,” said Blinken, after a meeting / “…,” said Daniel Russell, who…
  quote-pronoun-verb     “…,” he added   (he/she = the previous speaker; "it said" = no person)
  name-verb-colon-quote  Blinken said: “…”
  name-verb-quote        Blinken said the alliance “must not only…”
  continuation           a paragraph that is one quote, right after an attributed quote
  unattributed           anything else of at least MIN_UNATTRIBUTED_WORDS words (shorter
                         ones are scare quotes: “continuous threat”)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.people import LEADING_TITLE_WORDS
from archive.ingest.results import Mention, QuoteHit

FORMS = (
    "quote-name-verb",
    "quote-verb-name",
    "quote-pronoun-verb",
    "name-verb-colon-quote",
    "name-verb-quote",
    "continuation",
    "unattributed",
)
MIN_UNATTRIBUTED_WORDS = 8
MIN_PARTIAL_WORDS = 2

OPENING = "“„«‹"
CLOSING = "”»›"
VERBS = (
    r"(?:said|says|added|adds|continued|told|stated|noted|stressed|warned|explained"
    r"|insisted|asked|wrote|declared|replied|concluded|remarked|emphasized|emphasised)"
)
# The subject: a capitalised run (titles included, trimmed later) or a pronoun.
_WHO = r"(?<![\w'’])(?P<who>(?:[A-Z][\w.'’-]*\s+){0,6}[A-Z][\w'’-]+|[Hh]e|[Ss]he|[Ii]t|[Tt]hey)"
AFTER_VERB_NAME = re.compile(rf"^[\s,]*{VERBS}\s+{_WHO}\b")
AFTER_NAME_VERB = re.compile(rf"^[\s,]*{_WHO}\s+(?:also\s+)?{VERBS}\b")
BEFORE_COLON = re.compile(rf"{_WHO}\s+(?:also\s+)?{VERBS}(?:\s+[\w’']+){{0,3}}\s*:\s*$")
BEFORE_NAME_VERB = re.compile(rf"{_WHO}\s+(?:also\s+)?{VERBS}\b")
SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?\s+(?=[A-Z“\"])")


def quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each quote in `paragraph`, marks included.

    A quote still open at the end of a paragraph it began is kept (the convention for
    quotes running over several paragraphs); other unclosed marks are ignored.
    """
    spans = []
    open_at: int | None = None
    for i, char in enumerate(paragraph):
        if char == '"':
            char = "“" if i == 0 or paragraph[i - 1] in " \t([{—–-" else "”"
        if char in OPENING:
            open_at = i
        elif char in CLOSING and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None and open_at == 0:
        spans.append((0, len(paragraph)))
    return spans


def _paragraph_offsets(body: str) -> list[tuple[int, str]]:
    offsets, position = [], 0
    for paragraph in body.split("\n\n"):
        offsets.append((position, paragraph))
        position += len(paragraph) + 2
    return offsets


def _speaker(
    who: str, who_start: int, mentions: Sequence[Mention], previous: tuple[str | None, str]
) -> tuple[str | None, str, bool]:
    """(slug, printed name, is_pronoun) for an attribution's subject."""
    if who.lower() in ("he", "she"):
        return previous[0], previous[1], True
    if who.lower() in ("it", "they"):
        return None, who, True
    who_end = who_start + len(who)
    inside = [m for m in mentions if m.start < who_end and who_start < m.end]
    if inside:
        return inside[-1].slug, inside[-1].form, False
    words = who.split()
    while len(words) > 1 and words[0].rstrip(".") in LEADING_TITLE_WORDS:
        words = words[1:]
    return None, " ".join(words), False


def find_quotes(body: str, mentions: Sequence[Mention]) -> list[QuoteHit]:
    """Every quote worth keeping, attributed where one of FORMS fits; see module docstring."""
    hits: list[QuoteHit] = []
    previous: tuple[str | None, str] = (None, "")
    last_paragraph_attributed = False
    for offset, paragraph in _paragraph_offsets(body):
        attributed_here = False
        for start, end in quote_spans(paragraph):
            text = paragraph[start + 1 : end - 1 if paragraph[end - 1] in CLOSING + '"' else end]
            text = text.strip().rstrip(",").strip()
            if not text or text[0] in ",;:.":
                continue  # empty, or marks paired across two quotes in garbled copy
            sentence_end = SENTENCE_BREAK.search(paragraph, end)
            after = paragraph[end : sentence_end.start() + 1 if sentence_end else len(paragraph)]
            breaks = [m.end() for m in SENTENCE_BREAK.finditer(paragraph, 0, start)]
            before_start = breaks[-1] if breaks else 0
            before = paragraph[before_start:start]
            form, who, who_at = _attribution(after, before)
            if form == "name-verb-quote" and len(text.split()) < MIN_PARTIAL_WORDS:
                form = ""  # a single quoted word after "X said" is a scare quote
            if form:
                who_start = offset + (
                    end + who_at if form.startswith("quote") else before_start + who_at
                )
                slug, name, pronoun = _speaker(who, who_start, mentions, previous)
                if pronoun and form == "quote-name-verb":
                    form = "quote-pronoun-verb"
                if name and name.lower() not in ("it", "they"):
                    previous = (slug, name)
                attributed_here = True
            elif start == 0 and end >= len(paragraph.rstrip(". ")) and last_paragraph_attributed:
                form, (slug, name) = "continuation", previous
                attributed_here = True
            elif len(text.split()) >= MIN_UNATTRIBUTED_WORDS:
                form, slug, name = "unattributed", None, ""
            else:
                continue
            hits.append(QuoteHit(slug, text, offset + start, offset + end, form, name))
        last_paragraph_attributed = attributed_here
    return hits


def _attribution(after: str, before: str) -> tuple[str, str, int]:
    """(form, subject as printed, subject's offset in after/before) or ("", "", 0)."""
    for pattern, form in (
        (AFTER_VERB_NAME, "quote-verb-name"),
        (AFTER_NAME_VERB, "quote-name-verb"),
    ):
        match = pattern.match(after)
        if match:
            return form, match.group("who"), match.start("who")
    match = BEFORE_COLON.search(before)
    if match:
        return "name-verb-colon-quote", match.group("who"), match.start("who")
    matches = list(BEFORE_NAME_VERB.finditer(before))
    if matches:
        match = matches[-1]
        return "name-verb-quote", match.group("who"), match.start("who")
    return "", "", 0
