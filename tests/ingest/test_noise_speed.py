"""The captions' faster readings give the answers of the plain ones (issue #10): a pull
quote's copies counted in the page's UTF-8 bytes are its copies in the text, whatever
the script; a line's style ending searched in its last characters is the ending the
pattern finds anywhere."""

from __future__ import annotations

import random

import pytest

from archive.ingest import captions


def _printed(line: str, page: str) -> int:
    count, at = 0, page.find(line)
    while at != -1:
        count, at = count + 1, page.find(line, at + 1)
    return count


_PIECES = (
    "“",
    "”",
    "「",
    "」",
    "岸田総理は、",
    "日米同盟を一層強化すると述べました。",
    "블링컨 장관은 ",
    "회담했다.",
    "The alliance is strong, ",
    "the minister said. ",
    "Pekín ",
    "ſ",
    "K",
    " ",
)


@pytest.mark.parametrize("seed", range(12))
def test_pull_quotes_are_the_lines_printed_again_inside_the_page(seed):
    rng = random.Random(seed)
    sentences = ["“" + "".join(rng.choice(_PIECES) for _ in range(12)) for _ in range(4)]
    paragraphs = []
    for _ in range(10):
        roll = rng.random()
        if roll < 0.3:
            paragraphs.append(rng.choice(sentences))
        elif roll < 0.6:
            words = "".join(rng.choice(_PIECES) for _ in range(8))
            paragraphs.append(words + rng.choice(sentences))
        else:
            paragraphs.append("".join(rng.choice(_PIECES) for _ in range(20)))
    page = "\n".join(paragraphs)
    longest = max(map(len, paragraphs))
    plain = [
        i
        for i, line in enumerate(paragraphs)
        if len(line) < longest
        and (
            line.startswith(captions._OPENING_QUOTE)
            or (i < captions.DECK_LINES and captions.is_sentence(line))
        )
        and captions.has_words(line, 8)
        and _printed(line, page) > paragraphs.count(line)
    ]
    assert captions.pull_quotes(paragraphs) == plain


def test_a_japanese_pull_quote_is_found_in_a_longer_paragraph():
    quote = "「日米同盟は揺るぎない」と岸田総理は述べ、両国の協力を一層深めると強調した。"
    body = f"会談の冒頭、{quote}その後、両首脳は共同声明を発表した。"
    assert captions.pull_quotes([quote, body, "以上です。"]) == [0]
    assert captions.pull_quotes([quote, "会談の冒頭、両首脳は握手した。", "以上です。"]) == []


_ENDINGS = ("회담했다", "밝혔습니다", "니다", "다", "했니다", "니까", "세요", "예요", "다다", "a")
_TAILS = ("", ".", "?", "!", ")", "”", "’", '"', ".)", ")”", "..", "\n", " ")


@pytest.mark.parametrize("style", [captions._PLAIN_STYLE, captions._POLITE_STYLE])
def test_a_style_ending_read_at_the_end_is_the_pattern_found_anywhere(style):
    rng = random.Random(7)
    for _ in range(3000):
        line = (
            "".join(
                rng.choice(("두 장관은 ", "오른쪽", "The talks ", *_ENDINGS, *_TAILS))
                for _ in range(rng.randrange(0, 6))
            )
            + rng.choice(_ENDINGS)
            + "".join(rng.choice(_TAILS) for _ in range(rng.randrange(0, 4)))
        )
        line = line.strip()
        assert captions._ends_in(style, line) == (style.search(line) is not None), line
