"""Passage signatures: MinHash of each sentence, cut into LSH bands, so that reports that
may share passages are found by looking up keys instead of comparing texts.

A sentence is the set of stems `similarity.sentences` compares (content words cut to five
letters, or CJK bigrams). Its MinHash is SIGNATURE_SIZE minima of as many hash functions
over those stems: two sentences agree on each minimum with a probability equal
to the Jaccard similarity of their stem sets. The minima are cut into BANDS bands of ROWS
rows; each band becomes one 64-bit key (the band's number and its values, hashed). Two
sentences of Jaccard similarity J share at least one key with probability
1 - (1 - J^ROWS)^BANDS: with 6 bands of 3 rows, 1 for a verbatim copy, 0.99 at J = 0.8,
0.77 at J = 0.6 and 0.64 at J = 0.54, the Jaccard of two sentences of equal length that
`similarity.sentence_similarity` just calls a match (0.70); two sentences sharing one stem
in ten (J = 0.1) meet with a probability of 0.006. A pair of reports needs two matched
sentences (MIN_MATCHED_SENTENCES), so a reworded retelling is missed only when none of its
matched sentences shares a key: at most 0.13 for two sentences at J = 0.54, far less for
copies and longer passages. Three rows a band, not two: at two, sentences of everyday words
collide so often that a report would be compared with a third of its meeting (measured on
the synthetic corpus: 1,211 candidates of 3,000 reports at 6×2, 233 at 6×3, 33 sharing two
keys or more).

A report's keys are the distinct keys of all its sentences. Two reports that share a
passage share every key of its verbatim sentences and most keys of its reworded ones;
candidates found this way are then compared exactly (`similarity.find_shared`), so a key
collision never makes a pair: it only decides which reports are compared.

Pure: no Django, no database. Deterministic across processes (hashlib, not `hash()`).
"""

from __future__ import annotations

import hashlib
import struct
from functools import lru_cache

from archive.ingest.similarity import cached_sentences

# Bump when the keys a body gets change (sentences, stems, hashes, bands), so that stored
# signatures made by another scheme are rebuilt (`manage.py passage_signatures_build`).
SCHEME = 1
BANDS = 6
ROWS = 3
SIGNATURE_SIZE = BANDS * ROWS
_VALUES = struct.Struct(f">{SIGNATURE_SIZE}Q")


@lru_cache(maxsize=262144)
def stem_hashes(stem: str) -> tuple[int, ...]:
    """SIGNATURE_SIZE independent 64-bit hashes of a stem (SHAKE-128's output cut in
    eight-byte pieces), the same in every process."""
    return _VALUES.unpack(hashlib.shake_128(stem.encode("utf-8")).digest(_VALUES.size))


def sentence_signature(stems) -> tuple[int, ...]:
    """The SIGNATURE_SIZE minima, one per hash function, over the sentence's stems."""
    return tuple(map(min, zip(*map(stem_hashes, stems), strict=True)))


def band_keys(signature: tuple[int, ...]) -> list[int]:
    """One signed 64-bit key per band (PostgreSQL's bigint), the band's number included so
    that equal values in different bands do not collide."""
    keys = []
    for band in range(BANDS):
        values = signature[band * ROWS : (band + 1) * ROWS]
        packed = struct.pack(f">H{ROWS}Q", band, *values)
        digest = hashlib.blake2b(packed, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def sentence_keys(stems) -> list[int]:
    return band_keys(sentence_signature(stems))


def passage_keys(body: str) -> list[int]:
    """The distinct band keys of every sentence of `body` that `similarity` compares,
    sorted; empty for a body with no such sentence."""
    keys: set[int] = set()
    for sentence in cached_sentences(body or ""):
        keys.update(sentence_keys(sentence.stems))
    return sorted(keys)
