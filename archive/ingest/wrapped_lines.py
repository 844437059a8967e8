"""A sentence the stored text wraps onto the next line after a quote: "“Saya pikir dia
akan menjadi orang yang hebat …,”" ending one paragraph and "ungkap Trump. “Abe …”"
opening the next. The quote ends its paragraph with a comma inside its closing mark (its
sentence goes on), and the next paragraph opens in lower case (no new sentence): the
words that open it are the words after the quote, where its speaker is named
(quotes.py then reads them as it reads "“…,” ungkap Trump"), and a later quote of that
paragraph may be the same speaker's.
"""

from __future__ import annotations

import re

# The next paragraph's opening, up to its first sentence end or quote mark.
_OPENING = re.compile(r"[^.!?“”\"«»\n]{1,80}[.!?]?")


def wrapped_after(quoted: str, after: str, below: str) -> str | None:
    """The words after a quote whose sentence runs on into the paragraph `below`: its
    opening words, when the quote (`quoted`, with its marks) ends in a comma inside its
    closing mark, nothing follows it in its own paragraph (`after`) and `below` opens in
    lower case; None otherwise."""
    if after.strip() or not below[:1].islower():
        return None
    if not quoted.rstrip().rstrip("”\"’'»").rstrip().endswith(","):
        return None
    opening = _OPENING.match(below)
    return " " + opening.group(0) if opening else None
