"""Whether a short quote is someone's words or the writer's phrase (split from quotes.py):
quotes.py keeps a quote of fewer than MIN_UNATTRIBUTED_WORDS words that no shape
attributes only when `spoken` says a speech verb takes it.
"""

from __future__ import annotations

import re

from archive.ingest.speakers import QUOTE_VERBS

# A short quote is someone's words, not a scare quote, when a speech verb comes before it
# in its sentence, whoever the subject, and the quote either follows the verb (an article
# between at most: "an official said a “central pillar” of…") or ends a sentence of its
# own ("noting that Japan is at the “top of the list.”"). A phrase the verb does not take
# ("the ministers said they had “serious concerns”") is the writer's.
_SPOKEN = rf"(?<![\w-])(?:{QUOTE_VERBS}|noting|saying|adding|stressing|calling|menyatakan)"
SPOKEN_BEFORE = re.compile(rf"{_SPOKEN}(?![\w-])")
SPOKEN_RIGHT_BEFORE = re.compile(rf"{_SPOKEN}\s+(?:(?:a|an|the|it|its)\s+)?$")
_ENDS_A_SENTENCE = re.compile(r"[.!?…]$")


def spoken(text: str, before: str) -> bool:
    """Whether a short quote `text`, after the words `before` it in its sentence, is
    someone's words (see SPOKEN_BEFORE)."""
    if SPOKEN_RIGHT_BEFORE.search(before):
        return True
    return bool(_ENDS_A_SENTENCE.search(text) and SPOKEN_BEFORE.search(before))
