"""Reports that share passages: the same wire story retold, reworded or machine-translated.

Algorithm (pure Python, documented because its thresholds were tuned on the seeds):

1. Sentences. Each body is split into sentences (with their character offsets). A
   sentence becomes a set of *stems*: lowercased words minus English stopwords, each
   cut to its first STEM_LENGTH letters. Prefix stemming is crude but cheap, and it makes
   "destabilising"/"destabilizing", "defence"/"defense", "concern"/"concerns" equal,
   which is most of what rewording and translation change.
2. Sentence similarity = the mean of the Dice coefficient (2|A∩B| / (|A|+|B|)) and the
   overlap coefficient (|A∩B| / min(|A|,|B|)), with at least MIN_SHARED_STEMS stems in
   common. Dice rewards sentences that match as a whole; overlap forgives a sentence
   that was shortened or extended ("The ministers “decided to …”, according to a joint
   statement" against "They resolved to …, it said"). A pair is a match at
   SENTENCE_THRESHOLD (0.70). On the seeds, true retellings score 0.77–0.90, while two
   reports independently paraphrasing the same remark by a minister score up to 0.65.
3. Passages. Each sentence is matched at most once (best pairs first); matches that are
   consecutive in both texts merge into one SharedPassage.
4. Reports. Two reports share text when at least MIN_MATCHED_SENTENCES sentences match:
   a single close sentence is what any two reports quoting the same statement have.
   The pair's score is the summed similarity of its matches over the shorter report's
   sentence count (0..1).

Finding candidate pairs without comparing every sentence with every other (`find_shared`)
uses prefix filtering from set-similarity joins: stems are ordered rarest first; if
overlap(A, B) >= t with |A| <= |B|, then A's rarest |A| - ceil(t·|A|) + 1 stems must
include one of B's. So each sentence probes an inverted index with only its few rarest
stems; common stems ("japan", "china") are never probed. A size filter follows from
the similarity's definition: a match is impossible when one sentence has more than 4
times the stems of the other. The result is exact for the threshold, not an
approximation (tests/ingest/test_similarity.py checks it against brute force).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from archive.ingest.cjk import cjk_bigrams, has_cjk
from archive.ingest.results import SharedPassage

STEM_LENGTH = 5
MIN_SENTENCE_STEMS = 5
MIN_SHARED_STEMS = 5
SENTENCE_THRESHOLD = 0.70
MIN_MATCHED_SENTENCES = 2

STOPWORDS = frozenset(
    """
    the a an and or of to in on for with by at from as is are was were be been being has
    have had it its this that these those their they them we our us he she his her which
    who whom will would can could should may might must not no but also than then there
    here what when where while how all any both each more most other some such only own
    same so too very just into over under about against between through during before
    after above below up down out off again further once said says say saying told added
    one two new
    """.split()
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_SENTENCE_END = re.compile(
    r"[.!?…][”\"’)]*(?=\s+[A-Z“\"‘(]|\s*$)"
    # Chinese and Japanese: 。！？ and the full-width full stop of government texts (not
    # a decimal point), closing brackets included; no space follows them.
    r"|(?:[。！？]|．(?![0-9０-９]))[」』”’）)]*"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    stems: frozenset[str]


def stems(text: str) -> frozenset[str]:
    """The sentence's content words, lowercased and cut to STEM_LENGTH letters; in
    Chinese, Japanese and Korean, its character bigrams (cjk.cjk_bigrams)."""
    result = set(map(word_stem, _WORD.findall(text.lower())))
    result.discard("")  # the words that count as none
    if has_cjk(text):  # CJK text has no words to cut: bigrams
        result.update(cjk_bigrams(text).split())
    return frozenset(result)


@lru_cache(maxsize=65536)
def word_stem(word: str) -> str:
    """What a lowercased word counts as in `stems` ("" for none): remembered, because
    a language's common words come back in every sentence."""
    if has_cjk(word):
        return ""
    word = _POSSESSIVE.sub("", word)
    if len(word) >= 3 and word not in STOPWORDS and not word.isdigit():
        return word[:STEM_LENGTH]
    return ""


def sentences(body: str) -> list[Sentence]:
    """Sentences of `body` with offsets, skipping those too short to compare."""
    found = []
    position = 0
    for paragraph in body.split("\n\n"):
        start = 0
        ends = [m.end() for m in _SENTENCE_END.finditer(paragraph)]
        if not ends or ends[-1] < len(paragraph.rstrip()):
            ends.append(len(paragraph))
        for end in ends:
            text = paragraph[start:end]
            stripped_start = start + len(text) - len(text.lstrip())
            words = stems(text)
            if len(words) >= MIN_SENTENCE_STEMS:
                found.append(Sentence(position + stripped_start, position + end, words))
            start = end
        position += len(paragraph) + 2
    return found


@lru_cache(maxsize=4096)
def cached_sentences(body: str) -> tuple[Sentence, ...]:
    """`sentences`, remembered: an import compares each new report with the same
    candidates again and again, and splitting them is most of the cost."""
    return tuple(sentences(body))


def sentence_similarity(a: frozenset, b: frozenset) -> float:
    """Mean of Dice and overlap coefficients; 0 below MIN_SHARED_STEMS shared stems."""
    shared = len(a & b)
    if shared < MIN_SHARED_STEMS:
        return 0.0
    dice = 2 * shared / (len(a) + len(b))
    overlap = shared / min(len(a), len(b))
    return (dice + overlap) / 2


@dataclass
class _Matching:
    passages: list[SharedPassage]
    matched: int  # sentences matched (each at most once)
    total: float  # their summed similarity


def _match(
    a: str, b: str, a_sentences: list[Sentence], b_sentences: list[Sentence], pairs
) -> _Matching:
    """Match each sentence once (best first), then merge runs consecutive in both texts."""
    used_a, used_b, matches = set(), set(), []
    for similarity, i, j in sorted(pairs, reverse=True):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            matches.append((i, j, similarity))
    matches.sort()
    runs: list[list[tuple[int, int, float]]] = []
    for match in matches:
        if runs and match[0] == runs[-1][-1][0] + 1 and match[1] == runs[-1][-1][1] + 1:
            runs[-1].append(match)
        else:
            runs.append([match])
    passages = []
    for run in runs:
        a_start, a_end = a_sentences[run[0][0]].start, a_sentences[run[-1][0]].end
        b_start, b_end = b_sentences[run[0][1]].start, b_sentences[run[-1][1]].end
        similarity = round(sum(m[2] for m in run) / len(run), 3)
        passages.append(
            SharedPassage(
                a_start, a_end, b_start, b_end, a[a_start:a_end], b[b_start:b_end], similarity
            )
        )
    return _Matching(passages, len(matches), sum(m[2] for m in matches))


def compare_texts(a: str, b: str) -> list[SharedPassage]:
    """Passages of `a` and `b` that say the same thing (every sentence pair is compared)."""
    a_sentences, b_sentences = cached_sentences(a), cached_sentences(b)
    pairs = []
    for i, x in enumerate(a_sentences):
        for j, y in enumerate(b_sentences):
            similarity = sentence_similarity(x.stems, y.stems)
            if similarity >= SENTENCE_THRESHOLD:
                pairs.append((similarity, i, j))
    return _match(a, b, a_sentences, b_sentences, pairs).passages


def find_shared(
    reports: Mapping[Hashable, str],
) -> list[tuple[Hashable, Hashable, float, list[SharedPassage]]]:
    """Pairs of reports sharing at least MIN_MATCHED_SENTENCES sentences, best first.

    `reports` maps any key (id, filename) to a body. Keys in each pair keep the order
    of `reports`. See the module docstring for the candidate search.
    """
    keys = list(reports)
    split = {key: cached_sentences(reports[key]) for key in keys}
    # Stems become integers numbered rarest first, so sorting a sentence's ids sorts its
    # stems by rarity, and sets of small ints intersect quickly.
    frequency = Counter(stem for key in keys for s in split[key] for stem in s.stems)
    number = {stem: n for n, stem in enumerate(sorted(frequency, key=lambda s: (frequency[s], s)))}
    coded = [[sorted(number[stem] for stem in s.stems) for s in split[key]] for key in keys]
    sets = [[frozenset(ids) for ids in doc] for doc in coded]
    # Sentences are visited largest first; each probes the index of those visited before
    # (all at least as large) and is then added to it, so every pair is checked once,
    # from its smaller sentence.
    order = sorted(
        ((k, i) for k, doc in enumerate(coded) for i in range(len(doc))),
        key=lambda ki: -len(coded[ki[0]][ki[1]]),
    )
    postings: dict[int, list[tuple[int, int]]] = defaultdict(list)
    pairs: dict[tuple[int, int], list[tuple[float, int, int]]] = defaultdict(list)
    for k, i in order:
        ids = coded[k][i]
        size = len(ids)
        # A match needs overlap >= threshold, so at least this many shared stems.
        needed = max(MIN_SHARED_STEMS, math.ceil(SENTENCE_THRESHOLD * size))
        mine = sets[k][i]
        candidates = set()
        for stem in ids[: size - needed + 1]:
            candidates.update(postings[stem])
        for other_k, j in candidates:
            other = sets[other_k][j]
            # A match also needs the larger sentence to be at most 4 times the smaller.
            if other_k == k or len(other) > 4 * size or len(mine & other) < needed:
                continue
            similarity = sentence_similarity(mine, other)
            if similarity >= SENTENCE_THRESHOLD:
                if k < other_k:
                    pairs[(k, other_k)].append((similarity, i, j))
                else:
                    pairs[(other_k, k)].append((similarity, j, i))
        for stem in ids:
            postings[stem].append((k, i))
    results = []
    for (k, other_k), matches in pairs.items():
        a_key, b_key = keys[k], keys[other_k]
        matching = _match(reports[a_key], reports[b_key], split[a_key], split[b_key], matches)
        if matching.matched >= MIN_MATCHED_SENTENCES:
            shorter = max(1, min(len(split[a_key]), len(split[b_key])))
            score = round(min(1.0, matching.total / shorter), 3)
            results.append((a_key, b_key, score, matching.passages))
    results.sort(key=lambda result: -result[2])
    return results
