"""Lines a page's head holds in a headline's size that are never its headline: an
editor's credit printed as a field with its name, and the text's
first sentence wrapped at the page's width, into a long line or a line that stops on a
small word (read by header's candidates)."""

from __future__ import annotations

import re

# An editor's credit as a field with its name ("Editor: Budi Santoso", "Redaktur : Budi",
# "Editado por: Ana Ruiz"): the page's credits, never its headline, however close to the
# byline it stands. "Photos:", "Foto:" and "Text:" open galleries' and documents'
# headlines too ("PHOTOS: Minister Visits …", "Text: U.S.-Japan Joint Statement"); a
# photo's credit is chrome already.
_CREDIT_FIELD = re.compile(
    r"(?i:editors?|edited by|redaktur|penyunting|editor pelaksana|editado por|edici[oó]n"
    r"|a cura di)\s*:\s*"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s*[,/&]\s*[A-Z][\w.'’ -]{1,40})?"
)


def is_credit_field(line: str) -> bool:
    """An editor's credit as a field and a name ("Editor: Ani Lestari"), nothing else on
    the (stripped) line."""
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


# The small words a line of running text may stop on when the page wraps it ("… on the
# first stop of" / "her Asia trip."), in the Latin-script languages the archive reads. A
# headline never ends with one; one wrapped over two lines is joined before it is read
# (dated_heads).
_SMALL_LAST_WORDS = frozenset(
    """
    of the a an and or to in on at for with from by that which
    de del la el los las y en con para que dan di ke dari yang untuk dengan della il per
    """.split()
)


def is_wrapped_text(line: str) -> bool:
    """A Latin-script line of running text wrapped at the page's width, never a headline:
    it stops on a lower-case small word ("… the first stop of"), or it opens in lower case,
    going on with a sentence from the line before ("maintaining the strength of …"). No
    headline of the corpus opens in lower case."""
    words = line.split()
    if len(words) < 3:
        return False
    return words[-1] in _SMALL_LAST_WORDS or words[0][:1].islower()
