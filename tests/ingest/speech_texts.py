"""Random texts of surnames, speech verbs and separators, and the regex definition of "the
last place a surname speaks" that SpeakerIndex and unknown_names.latest_speaking replace
(shared by the tests that check each against it)."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from archive.ingest.speaker_index import SPEECH_VERBS

FILLER = ("said", "says", "told", "the", "minister", "Tokyo", "-", "'", "’", "é", "_", "2")


def random_speech_text(
    rng: random.Random, words: int, surnames: Sequence[str], separators: Sequence[str]
) -> str:
    """`words` words drawn from `surnames` and FILLER, each followed by one of `separators`."""
    vocabulary = tuple(surnames) + FILLER
    parts = []
    for _ in range(words):
        parts.append(rng.choice(vocabulary))
        parts.append(rng.choice(separators))
    return "".join(parts)


def latest_by_regex(body: str, surname: str) -> int:
    """The last start of "<surname> said" or "said <surname>" anywhere in `body`, or -1."""
    name = re.escape(surname)
    pattern = re.compile(rf"\b{name}\s+{SPEECH_VERBS}\b|\b{SPEECH_VERBS}\s+{name}\b")
    starts = [m.start() for m in re.finditer(f"(?=(?:{pattern.pattern}))", body)]
    return starts[-1] if starts else -1
