"""Cheap language identification by counting very common words.

Good enough to tell the body of a report from the chrome around it (seed 004: English
body, Italian comment form). Japanese, Chinese and Korean are told by their scripts.
"""

from __future__ import annotations

import re
from collections import Counter

# Short, high-frequency words that are rare in the other languages listed.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to in is that for on with was as are by it from at this be have has "
        "they their its which were will would said not but an or".split()
    ),
    "it": frozenset(
        "il lo gli della delle dei del nel nella che è non per una sono con anche più "
        "questo alla al ai dal tuo sarà campi un di".split()
    ),
    "es": frozenset(
        "el los las del que es por una con para se su al lo como más pero sus fue "
        "este esta tu será".split()
    ),
    "fr": frozenset(
        "le les des du que est une pour dans qui sur au avec ce pas sont été cette "
        "aux votre".split()
    ),
    "de": frozenset(
        "der die das und ist nicht mit den dem ein eine zu auf für von sich auch wird "
        "wurde sie ihr".split()
    ),
    "pt": frozenset(
        "o os da das do dos que não uma para com por se mais foi seu sua ao pelo pela será".split()
    ),
    "id": frozenset(
        "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena "
        "oleh adalah baca".split()
    ),
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect_language(text: str, *, minimum_hits: int = 3) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when there is too little to tell."""
    kana = len(re.findall(r"[\u3040-\u30ff]", text))
    hangul = len(re.findall(r"[\uac00-\ud7af]", text))
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    if kana >= 2:
        return "ja"
    if hangul >= 2:
        return "ko"
    if han >= 4:
        return "zh"
    counts: Counter[str] = Counter()
    for word in _WORD.findall(text.lower()):
        for language, words in STOPWORDS.items():
            if word in words:
                counts[language] += 1
    if not counts:
        return None
    language, hits = counts.most_common(1)[0]
    return language if hits >= minimum_hits else None
