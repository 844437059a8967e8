"""The words of the synthetic corpus: English function words and news words at the top
ranks, then tens of thousands of generated words, drawn with Zipf frequencies so that a
common word matches most reports, a mid-rank word a few percent and a rare word a few
hundred per million. Pure Python, no database, deterministic for a seed."""

import random
from itertools import accumulate

ZIPF_EXPONENT = 1.0
VOCABULARY_SIZE = 40_000
# The rank the benchmark's "rare word" is taken from: at about 450 words a body it lands in
# roughly 0.2% of the reports (200 per 100,000).
RARE_RANK = 20_000

FUNCTION_WORDS = (
    "the of and to a in that is for on with as was by at it from said be has have are his "
    "an which not but they were this its had their after will been would who also more or "
    "than over we our into about two new under other there all while could during before "
    "between since what when such these up out them should can very"
).split()

# News words, spread over the top few hundred ranks. "alliance" is the benchmark's common
# word; "hypersonic" and "missile" make its phrase.
NEWS_WORDS = (
    "alliance security minister ministers defense foreign meeting talks Japan Japanese "
    "United States American Washington Tokyo cooperation region regional military forces "
    "troops deterrence statement joint agreed officials official government Pacific "
    "Indo-Pacific missile missiles counterpart counterparts bilateral summit allies ally "
    "treaty nuclear strategic capabilities presence base bases agreement policy week "
    "conference reporters press ministry secretary state leaders leader threat threats "
    "stability peace coercion maritime island islands exercises command commitment "
    "economic trade supply chains technology sanctions pledged concern concerns "
    "announced framework partnership partners talks operations commander budget "
    "spending sovereignty territorial waters strait coast guard launch launches tested "
    "weapons program programme satellite ballistic intercept shipbuilding industrial "
    "hypersonic glide radar destroyer submarine aircraft fighter drones vessels"
).split()
NEWS_WORDS = list(dict.fromkeys(NEWS_WORDS))  # once each, whatever the list above repeats

# Nouns that follow a topic keyword ("hypersonic missile", "cyber threat").
KEYWORD_NOUNS = (
    "missile threat capabilities cooperation programme systems weapons development "
    "issues tensions activities policy"
).split()

ONSETS = (
    "b c d f g h j k l m n p r s t v w z br cr dr fr gr kr pr tr st sk sp sh ch th bl cl "
    "fl gl pl sl"
).split()
NUCLEI = "a e i o u a e i o u ai au ea ei ia io oa ou".split()
CODAS = ["", "", "", "n", "r", "s", "l", "t", "m", "nd", "rt", "st", "x"]


def generated_words(rng: random.Random, count: int, exclude: set) -> list[str]:
    words, seen = [], set(exclude)
    while len(words) < count:
        syllables = rng.choice((2, 2, 3, 3, 3, 4))
        word = "".join(rng.choice(ONSETS) + rng.choice(NUCLEI) for _ in range(syllables))
        word += rng.choice(CODAS)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Vocabulary:
    """Words by rank (0 is the most frequent) and the cumulative Zipf weights to draw them."""

    def __init__(self, seed: int, size: int = VOCABULARY_SIZE):
        rng = random.Random(f"vocabulary:{seed}")
        fixed = FUNCTION_WORDS + NEWS_WORDS
        lowered = {word.lower() for word in fixed}
        made = generated_words(rng, size - len(fixed), lowered)
        words = list(FUNCTION_WORDS)
        # News words at ranks between 20 and about 900, in a seed-given order.
        news = list(NEWS_WORDS)
        rng.shuffle(news)
        # "alliance" stays near the top: the benchmark's common word must be common.
        news.remove("alliance")
        news.insert(0, "alliance")
        gaps = iter(made)
        for word in news:
            words.append(word)
            words.extend(next(gaps) for _ in range(rng.randint(1, 7)))
        words.extend(gaps)
        self.words = words[:size]
        self.cum_weights = zipf_cum_weights(len(self.words), ZIPF_EXPONENT)
        self.table = inverse_cdf_table(self.words, self.cum_weights)

    def draw(self, rng: random.Random, count: int) -> list[str]:
        """`count` words by Zipf frequency: one table lookup a word (the inverse of the
        cumulative distribution on a grid of 2**20), five times faster than a bisection."""
        table, bits = self.table, rng.getrandbits
        return [table[bits(TABLE_BITS)] for _ in range(count)]

    def rank_of(self, word: str) -> int:
        return self.words.index(word)

    @property
    def rare_word(self) -> str:
        return self.words[RARE_RANK]


TABLE_BITS = 20


def inverse_cdf_table(items: list, cum_weights: list[float]) -> list:
    """2**TABLE_BITS slots, item i filling the slots whose grid point falls within its
    share of the cumulative weights: drawing a slot uniformly draws an item with its
    probability, to within 2**-TABLE_BITS (the rarest of 40,000 Zipf words still gets 2)."""
    size = 1 << TABLE_BITS
    total = cum_weights[-1]
    table, previous = [], 0
    for item, cumulative in zip(items, cum_weights, strict=True):
        upto = round(cumulative / total * size)
        table.extend([item] * (upto - previous))
        previous = upto
    return table


def zipf_cum_weights(count: int, exponent: float) -> list[float]:
    """Cumulative weights of ranks 0..count-1 under Zipf's law with `exponent`."""
    return list(accumulate(1 / (rank + 1) ** exponent for rank in range(count)))
