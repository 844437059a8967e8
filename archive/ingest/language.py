"""Cheap language identification: scripts first, then very common words.

Good enough to tell the body of a report from the chrome around it (seed 004: English
body, Italian comment form) and to pick the date order and quote rules.

1. Scripts. Every line is weighed in word-equivalents (`cjk.units`: Latin words plus
   half the CJK characters) and assigned to the script that has most of it. Lines that
   read as prose (at least PROSE_UNITS long) decide; menus, banners and buttons ("Home",
   "Japan-United States of America Relations", "英語版 (English)") are short, so a CJK
   body in English chrome is CJK, and an English report quoting 林芳正 stays English.
   Only when no line is prose-long do all lines count.
2. CJK: kana makes it Japanese (a Japanese sentence without kana is very rare), hangul
   Korean, Han alone Chinese, except short kanji-only texts that use characters only
   Japanese writes (々, and shinjitai forms such as 対 総 広 that Chinese writes 对/對 ...).
3. Latin: a vote of STOPWORDS, which include month and weekday names, so that a short
   line such as "7 de enero de 2022" or "Jumat, 7 Januari 2022" is still told. A short
   text needs fewer hits, but a tie is no answer.

A long text is read from a sample (`sample`): SAMPLE_PIECES stretches of whole words
spread evenly over it, SAMPLE_CHARACTERS in all, so the cost stays fixed however long the
report (issue #10: parse time). A text no longer than that is read whole, as before.
"""

from __future__ import annotations

import re
from collections import Counter

from archive.ingest.cjk import HAN, HANGUL, KANA, word_and_cjk_counts

# Short, high-frequency words that are rare in the other languages listed, and the
# month and weekday names (which differ between these languages).
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to in is that for on with was as are by it from at this be have has "
        "they their its which were will would said not but an or "
        "january february april june july august october december "
        "monday tuesday wednesday thursday friday saturday sunday".split()
    ),
    "it": frozenset(
        "il lo gli della delle dei del nel nella che è non per una sono con anche più "
        "questo alla al ai dal tuo sarà campi un di "
        "gennaio febbraio marzo aprile maggio giugno luglio settembre ottobre novembre "
        "dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
    ),
    "es": frozenset(
        "el los las del que es por una con para se su al lo como más pero sus fue "
        "este esta tu será de y en "
        "enero febrero abril mayo junio julio septiembre setiembre octubre noviembre "
        "diciembre lunes miércoles jueves viernes sábado domingo".split()
    ),
    "fr": frozenset(
        "le les des du que est une pour dans qui sur au avec ce pas sont été cette "
        "aux votre janvier février avril juin juillet août septembre octobre novembre "
        "décembre lundi mardi mercredi jeudi vendredi samedi dimanche".split()
    ),
    "de": frozenset(
        "der die das und ist nicht mit den dem ein eine zu auf für von sich auch wird "
        "wurde sie ihr januar februar märz juni juli oktober dezember montag dienstag "
        "mittwoch donnerstag freitag samstag sonntag".split()
    ),
    "pt": frozenset(
        "o os da das do dos que não uma para com por se mais foi seu sua ao pelo pela será "
        "janeiro fevereiro março maio junho julho setembro outubro dezembro "
        "segunda terça quarta quinta sexta".split()
    ),
    "id": frozenset(
        "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena "
        "oleh adalah baca januari februari maret mei juni juli agustus oktober "
        "desember senin selasa rabu kamis jumat sabtu minggu".split()
    ),
}

# word -> the languages it is a stopword of, in STOPWORDS order.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _stopwords in STOPWORDS.items():
    for _stopword in _stopwords:
        _LANGUAGES_OF[_stopword] = (*_LANGUAGES_OF.get(_stopword, ()), _language)

SAMPLE_CHARACTERS = 60_000  # a text longer than this is read from a sample of this size
SAMPLE_PIECES = 30  # spread evenly over the text
WORD_CUT = 40  # characters looked at for a space where a stretch cuts a word
PROSE_UNITS = 8  # a line this long (in word-equivalents) is prose, not a menu item
SHORT_TEXT_WORDS = 12  # below this many Latin words, fewer stopword hits are enough

# Kanji that Japanese writes and Chinese (simplified or traditional) does not: the
# iteration mark and common shinjitai forms. Enough to tell a short kanji-only Japanese
# headline ("日米外相会談" has none, and reads as Chinese; "総理対談" does not).
JAPANESE_ONLY_HAN = frozenset("々〆対総広発経済気戦図駅歳売読実払沢浜団栄覚竜渋拡")

_KANA = re.compile(f"[{KANA}]")
_HANGUL = re.compile(f"[{HANGUL}]")
_HAN = re.compile(f"[{HAN}]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _script_units(text: str) -> tuple[float, float]:
    """(CJK, Latin) word-equivalents in `text`."""
    words, cjk_characters = word_and_cjk_counts(text)  # units(text): words + CJK / 2
    cjk = cjk_characters / 2
    return cjk, (words + cjk_characters / 2) - cjk


def _cjk_language(text: str) -> str | None:
    kana = len(_KANA.findall(text))
    hangul = len(_HANGUL.findall(text))
    han = len(_HAN.findall(text))
    if hangul > kana and hangul >= han:
        return "ko"
    if kana >= 2 or (kana and kana * 20 >= han):
        return "ja"
    if any(char in JAPANESE_ONLY_HAN for char in text):
        return "ja"
    if hangul:
        return "ko"
    return "zh" if han else None


def _latin_language(text: str, minimum_hits: int) -> str | None:
    words = _WORD.findall(text.lower())
    counts: Counter[str] = Counter()
    # Each distinct word once, in order of first appearance: the same counts, and the
    # languages enter `counts` in the same order (which breaks ties in most_common).
    for word, times in Counter(words).items():
        for language in _LANGUAGES_OF.get(word, ()):
            counts[language] += times
    if not counts:
        return None
    ranked = counts.most_common(2)
    language, hits = ranked[0]
    if len(words) >= SHORT_TEXT_WORDS:
        return language if hits >= minimum_hits else None
    needed = max(1, min(minimum_hits, len(words) // 4))
    if hits < needed or (len(ranked) > 1 and ranked[1][1] == hits):
        return None
    return language


def detect_language(text: str, *, minimum_hits: int = 3) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when there is too little to tell.

    Chinese is reported as "zh", whichever script (simplified or traditional).
    A text longer than SAMPLE_CHARACTERS is read from its `sample`.
    """
    lines = [line for line in sample(text).splitlines() if line.strip()]
    measured = [(line, *_script_units(line)) for line in lines]
    prose = [entry for entry in measured if entry[1] + entry[2] >= PROSE_UNITS]
    deciding = prose or measured
    cjk = sum(entry[1] for entry in deciding)
    latin = sum(entry[2] for entry in deciding)
    if cjk and cjk >= latin:
        cjk_text = "\n".join(line for line, c, _ in deciding if c)
        return _cjk_language(cjk_text)
    latin_text = "\n".join(line for line, _, w in deciding if w)
    return _latin_language(latin_text, minimum_hits)


def sample(text: str, size: int = SAMPLE_CHARACTERS, pieces: int = SAMPLE_PIECES) -> str:
    """`text` itself when it is at most `size` characters; else `pieces` stretches of it,
    evenly spread from its start to its end, each about size / pieces characters, one
    stretch a line. A stretch that begins or ends inside a word is cut back to the space
    or line break nearest that end (within WORD_CUT characters; CJK text has none)."""
    if len(text) <= size:
        return text
    width = (size - pieces + 1) // pieces  # with the line breaks between: `size` at most
    step = (len(text) - width) / (pieces - 1)
    stretches = []
    for k in range(pieces):
        start = round(k * step)
        end = start + width
        if start and not text[start - 1].isspace():
            space = _first_space(text, start, min(end, start + WORD_CUT))
            start = start if space is None else space + 1
        if end < len(text) and not text[end].isspace():
            space = _last_space(text, max(start, end - WORD_CUT), end)
            end = end if space is None else space
        stretches.append(text[start:end])
    return "\n".join(stretches)


def _first_space(text: str, start: int, end: int) -> int | None:
    return next((i for i in range(start, end) if text[i].isspace()), None)


def _last_space(text: str, start: int, end: int) -> int | None:
    return next((i for i in range(end - 1, start - 1, -1) if text[i].isspace()), None)
