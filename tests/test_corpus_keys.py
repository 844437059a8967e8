"""The corpus generator's passage keys, drawn from the words it chose (`archive.corpus.keys`),
are those `minhash.passage_keys` gives the body's text: on thousands of generated bodies,
with names, cities and keywords that make the splitter cut inside a sentence or send a
paragraph to the text path. Pure: no database."""

from datetime import date

import pytest

from archive.corpus.generator import Writer
from archive.corpus.keys import WordStems
from archive.corpus.plan import Entities, plan_build
from archive.ingest.minhash import passage_keys

# Names with initials ("F." then a capital: the splitter cuts there), a suffix ("Jr."),
# a surname with a full stop (in a quote, followed by a comma: no cut), names opening on
# a non-ASCII letter (capitalised at a sentence's start: "ß" becomes "SS") or in CJK.
NAMES = [
    ("John F. Kerry", "Kerry"),
    ("Ferdinand Marcos Jr.", "Marcos"),
    ("Anne St. Clair", "St. Clair"),
    ("ßen Weiß", "Weiß"),
    ("Ōno Yoshinori", "Ōno"),
    ("林芳正", "林"),
    ("Yoko Kamikawa", "Kamikawa"),
    ("Lloyd Austin", "Austin"),
    ("Hayashi Yoshimasa", "Hayashi"),
    ("Antony J. Blinken", "Blinken"),
    ("O'Neill Smith", "O'Neill"),
    ("Dr. Who? Really!", "Who?"),
]
KEYWORDS = [
    ["hypersonic", "cyber"],
    ["日米同盟", "북한"],
    ["同盟。強化", "U.S.-Japan"],
    ["Senkaku", "…trade"],
]
CITIES = ["Tokyo", "Washington, D.C.", "St. Louis", "東京", "Ōsaka"]


def entities() -> Entities:
    meetings = [
        {
            "id": 100 + number,
            "slug": f"meeting-{number}",
            "start": date(2015 + number, 3, 1 + number),
            "city": CITIES[number % len(CITIES)],
            "participants": [number % len(NAMES), (number + 3) % len(NAMES)],
        }
        for number in range(8)
    ]
    outlets = [
        {
            "id": 10 + number,
            "slug": f"outlet-{number}",
            "name": f"Outlet {number}",
            "host": f"outlet{number}.example",
            "language": "en",
            "is_wire": number < 3,
        }
        for number in range(12)
    ]
    people = [
        {"id": 1000 + number, "name": name, "surname": surname}
        for number, (name, surname) in enumerate(NAMES)
    ]
    topics = [{"id": 500 + number, "keywords": words} for number, words in enumerate(KEYWORDS)]
    return Entities(meetings=meetings, outlets=outlets, people=people, topics=topics)


class Counting(WordStems):
    """Counts the sentences cut from their words and the paragraphs read as text."""

    def __init__(self):
        super().__init__()
        self.cut = self.read = 0

    def pieces(self, tokens):
        self.cut += 1
        return super().pieces(tokens)

    def text(self, paragraph):
        self.read += 1
        return super().text(paragraph)


@pytest.mark.parametrize("seed", [1, 7])
def test_the_keys_from_the_words_are_those_of_the_text(seed):
    plan = plan_build(reports=1000, seed=seed, entities=entities())
    writer = Writer(plan, entities())
    writer.word_stems = Counting()
    rows = writer.chunk_rows(0, plan.reports)
    differing = [
        article["id"]
        for article, signature in zip(rows["article"], rows["passage_signature"], strict=True)
        if signature["keys"] != passage_keys(article["body"])
    ]
    assert differing == []
    # Every path was taken, many times: the words alone, the cuts after "F.", the text.
    assert writer.word_stems.cut > 50
    assert writer.word_stems.read > 50
    assert sum(len(signature["keys"]) for signature in rows["passage_signature"]) > 30_000


def test_a_sentence_is_cut_where_the_splitter_cuts_it():
    stems = WordStems()
    # "F." then "Kerry": cut; "Jr." then "met" (no capital): no cut.
    pieces = stems.sentence(["minister", "John F. Kerry", "Marcos Jr.", "met", "allies"])
    assert len(pieces) == 2
    assert stems.sentence(["minister", "John F. Kerry"], cuts=False) is None  # a quote
    assert stems.sentence(["Ōno", "met", "allies"]) is None  # capitalised differently
    assert stems.sentence(["met", "同盟。強化"]) is None  # a CJK full stop
    assert len(stems.sentence(["met", "日米同盟", "allies"])) == 1  # CJK bigrams are stems
