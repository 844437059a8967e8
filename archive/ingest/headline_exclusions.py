"""Lines a page's head holds in a headline's size that are never its headline: an
editor's or a photographer's credit printed as a field with its name, and the text's
first sentence wrapped at the page's width into a long line (read by header's
candidates)."""

from __future__ import annotations

import re

# An editor's or a photographer's credit as a field with its name ("Editor: Budi Santoso",
# "Redaktur : Budi", "Editado por: Ana Ruiz", "Foto: Jane Doe"): the page's credits, never
# its headline, however close to the byline it stands.
_CREDIT_FIELD = re.compile(
    r"(?i:editors?|edited by|redaktur|penyunting|editor pelaksana|editado por|edici[oó]n"
    r"|a cura di|text|texto|teks|photos?|fotos?|foto)\s*:\s*"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s*[,/&]\s*[A-Z][\w.'’ -]{1,40})?"
)


def is_credit_field(line: str) -> bool:
    """An editor's or a photographer's credit as a field and a name ("Editor: Ani
    Lestari"), nothing else on the (stripped) line."""
    return _CREDIT_FIELD.fullmatch(line) is not None


# A title-case headline may run to about thirty words (a 2+2's four ministers named in
# full); a line in sentence case that long is the text's first sentence.
LONG_HEADLINE_WORDS = 30


def is_long_sentence(line: str) -> bool:
    """More than LONG_HEADLINE_WORDS words, fewer than half of them capitalised: a
    sentence ("After meeting her counterpart in Tokyo, the secretary said the two …")
    wrapped at the page's width, never a headline. For Latin-script lines."""
    words = line.split()
    if len(words) <= LONG_HEADLINE_WORDS:
        return False
    return sum(word[:1].isupper() for word in words) * 2 < len(words)
