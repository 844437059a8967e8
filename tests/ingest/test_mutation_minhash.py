"""Passage signatures without a database (issue 11's mutation score: `make mutation` runs
tests/ingest/ only, where minhash.py had no test): each stem's hashes, a sentence's minima,
one key per band with the band's number in it, and a body's sorted distinct keys, stable
across processes (stored signatures depend on them: `SCHEME`)."""

import hashlib
import random

from archive.ingest import minhash

WIRE = (
    "Japan and the United States agreed on Friday to strengthen their alliance.\n\n"
    "The two leaders announced a new framework for defense industrial cooperation in Tokyo."
)


def test_a_stem_has_one_unsigned_64_bit_hash_per_row_of_every_band():
    hashes = minhash.stem_hashes("allia")
    assert len(hashes) == minhash.SIGNATURE_SIZE == minhash.BANDS * minhash.ROWS == 18
    assert all(0 <= value < 2**64 for value in hashes)
    assert len(set(hashes)) == len(hashes)
    assert hashes != minhash.stem_hashes("japan")


def test_a_sentences_signature_is_the_minimum_of_each_hash_over_its_stems():
    stems = ["allia", "japan", "stren"]
    signature = minhash.sentence_signature(stems)
    columns = zip(*(minhash.stem_hashes(stem) for stem in stems), strict=True)
    assert signature == tuple(min(column) for column in columns)
    assert minhash.sentence_signature(["allia"]) == minhash.stem_hashes("allia")


def test_one_signed_key_per_band_and_equal_values_in_two_bands_differ():
    keys = minhash.band_keys((7,) * minhash.SIGNATURE_SIZE)
    assert len(keys) == minhash.BANDS == len(set(keys))
    assert all(-(2**63) <= key < 2**63 for key in keys)
    assert any(key < 0 for key in minhash.sentence_keys(["allia", "japan"]) + keys)


def test_a_changed_value_changes_the_key_of_its_own_band_only():
    values = list(range(minhash.SIGNATURE_SIZE))
    keys = minhash.band_keys(tuple(values))
    for band in range(minhash.BANDS):
        changed = values.copy()
        changed[band * minhash.ROWS + minhash.ROWS - 1] += 1  # the band's last row
        other = minhash.band_keys(tuple(changed))
        assert [a == b for a, b in zip(keys, other, strict=True)] == [
            i != band for i in range(minhash.BANDS)
        ]


def test_a_bodys_keys_are_its_sentences_keys_sorted_and_distinct():
    keys = minhash.passage_keys(WIRE)
    sentences = minhash.cached_sentences(WIRE)
    expected = {key for sentence in sentences for key in minhash.sentence_keys(sentence.stems)}
    assert keys == sorted(expected)
    assert len(sentences) == 2 and len(keys) == 2 * minhash.BANDS
    assert minhash.passage_keys(WIRE + "\n\n" + WIRE) == keys
    assert minhash.passage_keys("") == [] and minhash.passage_keys(None) == []


def test_the_keys_are_the_same_in_every_process():
    # Stored signatures were made with these keys (SCHEME 1): a change must bump SCHEME.
    assert minhash.SCHEME == 1
    first = int.from_bytes(hashlib.shake_128(b"allia").digest(8), "big")
    assert minhash.stem_hashes("allia")[0] == first
    assert minhash.band_keys((0,) * minhash.SIGNATURE_SIZE)[:2] == [
        8674832394651139027,
        -4813803898797433362,
    ]


def reference_keys(stem_sets) -> list[int]:
    """`sentence_keys` of each sentence, one at a time: what the array path must equal."""
    return sorted({key for stems in stem_sets for key in minhash.sentence_keys(stems)})


def test_the_array_path_gives_each_sentences_keys_past_growth_and_clearing():
    rng = random.Random(7)
    words = [f"w{number:05d}" for number in range(9000)] + ["日米", "米外", "外相"]
    table = minhash.StemTable()
    table.LIMIT = 6000  # cleared once on the way: the rows are found again
    for _ in range(40):
        stem_sets = [frozenset(rng.sample(words, rng.randint(1, 30))) for _ in range(25)]
        signatures = table.minima(stem_sets)
        expected = [minhash.sentence_signature(stems) for stems in stem_sets]
        assert [tuple(int(value) for value in row) for row in signatures] == expected
        keys = sorted(set(minhash.signatures_band_keys(signatures).tolist()))
        assert keys == reference_keys(stem_sets)
    assert len(table.rows) <= 6000 + 25 * 30
    assert minhash.stem_sets_keys([frozenset(), frozenset({"allia"})]) == reference_keys(
        [frozenset({"allia"})]
    )
    assert minhash.stem_sets_keys([]) == []


def test_threads_signing_at_once_get_each_sentences_keys():
    """A web worker's threads share the process's table: new stems' rows and hashes are
    written together, so no thread reads another's half-stored rows."""
    from concurrent.futures import ThreadPoolExecutor

    table = minhash.StemTable()

    def sign(seed: int) -> bool:
        rng = random.Random(seed)
        for _ in range(30):
            stem_sets = [
                frozenset(f"t{seed}w{rng.randrange(3000)}" for _ in range(12)) for _ in range(20)
            ]
            keys = sorted(set(minhash.signatures_band_keys(table.minima(stem_sets)).tolist()))
            if keys != reference_keys(stem_sets):
                return False
        return True

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(sign, range(8)))
