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
import threading
from functools import lru_cache

import numpy as np

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
    return stem_sets_keys([sentence.stems for sentence in cached_sentences(body or "")])


def stem_sets_keys(stem_sets) -> list[int]:
    """The distinct band keys of sentences given as their stems, sorted: `sentence_keys`
    of each, computed for all of them at once (the corpus generator signs a million
    reports, an import hundreds a chunk: one array operation a body instead of Python
    loops over every stem and hash)."""
    stem_sets = [stems for stems in stem_sets if stems]
    if not stem_sets:
        return []
    signatures = _STEM_TABLE.minima(stem_sets)
    return np.unique(signatures_band_keys(signatures)).tolist()


# One band of one sentence as `band_keys` packs it: the band's number, then its values.
_BAND_RECORD = np.dtype([("band", ">u2"), ("values", ">u8", (ROWS,))])


def signatures_band_keys(signatures: np.ndarray) -> np.ndarray:
    """`band_keys` of each row of `signatures` (sentences by SIGNATURE_SIZE minima), as
    one array of signed 64-bit keys: the records packed by numpy, hashed one by one."""
    count = len(signatures)
    records = np.empty((count, BANDS), dtype=_BAND_RECORD)
    records["band"] = np.arange(BANDS, dtype=np.uint16)
    records["values"] = signatures.reshape(count, BANDS, ROWS)
    packed = memoryview(records.tobytes())
    size = _BAND_RECORD.itemsize
    blake2b = hashlib.blake2b
    digests = b"".join(
        [
            blake2b(packed[at : at + size], digest_size=8).digest()
            for at in range(0, len(packed), size)
        ]
    )
    return np.frombuffer(digests, dtype=">i8")


class StemTable:
    """Every stem seen so far and its `stem_hashes` as a row of one array, so that a
    body's sentence minima are one `np.minimum.reduceat` over the rows of its stems.
    Cleared when it holds LIMIT stems (CJK bigrams are many), as an lru cache would."""

    LIMIT = 1 << 18

    def __init__(self):
        # One table a process, and a web worker's threads sign reports at once: a stem's
        # row number and its hashes are written together, under the lock.
        self.lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        with self.lock:
            self._reset()

    def _reset(self) -> None:
        self.rows: dict[str, int] = {}
        self.hashes = np.empty((4096, SIGNATURE_SIZE), dtype=np.uint64)

    def minima(self, stem_sets) -> np.ndarray:
        """The signatures (SIGNATURE_SIZE minima) of non-empty stem sets, one row each."""
        with self.lock:
            return self._minima(stem_sets)

    def _minima(self, stem_sets) -> np.ndarray:
        if len(self.rows) > self.LIMIT:
            self._reset()
        rows, new, flat, starts = self.rows, [], [], []
        for stems in stem_sets:
            starts.append(len(flat))
            for stem in stems:
                row = rows.get(stem)
                if row is None:
                    row = rows[stem] = len(rows)
                    new.append(stem_hashes(stem))
                flat.append(row)
        if new:
            self._store(new)
        return np.minimum.reduceat(self.hashes[flat], starts, axis=0)

    def _store(self, new: list) -> None:
        filled, needed = len(self.rows) - len(new), len(self.rows)
        if needed > len(self.hashes):
            grown = np.empty((max(needed, 2 * len(self.hashes)), SIGNATURE_SIZE), np.uint64)
            grown[:filled] = self.hashes[:filled]
            self.hashes = grown
        self.hashes[filled:needed] = np.array(new, dtype=np.uint64)


_STEM_TABLE = StemTable()


def stem_table_clear() -> None:
    """Forget every stem's row (as `stem_hashes.cache_clear()` forgets its hashes)."""
    _STEM_TABLE.clear()
