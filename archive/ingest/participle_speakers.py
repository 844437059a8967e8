"""A quote after a participle of saying that closes its sentence's main clause: "Trump
commented on the deal on Friday, stating, “…”", "Ishiba praised the alliance, saying that
“…”", "Takaichi cerró su discurso, asegurando que “…”", "Trump memuji Takaichi, seraya
mengatakan, “…”". The participle's subject is the sentence's, so the speaker is the known
person the sentence opens with (opening_subjects.opening_subject), not the last name before
the participle ("Biden thanked Kishida, saying “…”" is Biden's). A sentence that opens with
no known person ("The ministers met on Monday, saying …", "China protested, saying …")
gives no one, and so does a participle after a subordinate clause ("… after China's
ministry protested, saying “…”": that clause's subject speaks). quotes.py asks this once
the other shapes found no speaker.
"""

from __future__ import annotations

import re

from archive.ingest.opening_subjects import opening_subject

_PARTICIPLES = (
    r"saying|adding|stating|noting|stressing|warning|explaining|declaring|insisting"
    r"|asserting|remarking|diciendo|afirmando|asegurando|señalando|advirtiendo|añadiendo"
    r"|agregando|subrayando|destacando|explicando|recalcando|dicendo|affermando|aggiungendo"
    r"|sottolineando|(?:seraya|sambil)\s+(?:mengatakan|menyatakan|menegaskan|berkata)"
)
PARTICIPLE_BEFORE = re.compile(
    rf",\s+(?:(?:also|then|y|e|dan)\s+)?(?:{_PARTICIPLES})(?:\s+(?:that|que|che|bahwa))?"
    r"\s*[:,]?\s*$"
)
# A subordinate clause with its own subject before the participle ("… a day after China's
# foreign ministry protested the visit, saying “…”", "… as state media attacked the
# alliance, warning “…”"): the participle is that clause's, whose subject is no one known.
_SUBORDINATE = re.compile(
    r"(?<![\w-])(?:after|as|while|when|whereas|because|since|before|until|although|though"
    r"|once|mientras|cuando|porque|después\s+de\s+que|tras\s+que|setelah|ketika|saat"
    r"|sementara|karena)\s",
    re.IGNORECASE,
)
# The words a sentence ending so ends in (a cheap screen before the pattern is searched).
_ENDINGS = ("ing", "ndo", "that", "que", "che", "bahwa", "kan", "kata")


def participle_subject(reading, before: str, before_start: int) -> tuple | None:
    """("name-verb-quote", slug, name) when the words `before` a quote (at `before_start`
    in the body), its sentence up to it, end in a participle of saying and open with a
    known person; None otherwise."""
    tail = before.rstrip().rstrip(",:").rstrip()
    if not tail.endswith(_ENDINGS):
        return None
    participle = PARTICIPLE_BEFORE.search(before)
    if participle is None or _SUBORDINATE.search(before, 0, participle.start()):
        return None
    found = opening_subject(reading, before, before_start)
    if found is None:
        return None
    reading.previous = found
    return "name-verb-quote", *found
