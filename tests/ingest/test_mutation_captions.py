"""A photo's alt text above its title and caption (issue 11's mutation sample,
captions.py): one sentence of at most 40 words, taken with the title; a longer
sentence there is the report's."""

import pytest

from archive.ingest.captions import caption_block, clip_titles, plain_style_captions, pull_quotes
from archive.ingest.header import word_count

TITLE = "Honor Cordon"
CAPTION = "Secretary Blinken greets Foreign Minister Hayashi at the Pentagon, Sept. 14, 2022."
CREDIT = "Photo By: Jane Doe"
WORDS = (
    "Secretary of State Antony Blinken welcomes Foreign Minister Yoshimasa Hayashi of Japan "
    "to an honor cordon at the Pentagon in Washington before their talks on the alliance, "
    "regional security, trade, energy, space, supply chains and new technologies "
    "with close allies today"
).split()


def _page(alt_text: str) -> list[str]:
    return [alt_text, TITLE, CAPTION, CREDIT]


def test_an_alt_text_of_forty_words_is_taken_with_the_title():
    alt = " ".join(WORDS[:40]) + "."
    assert word_count(alt) == 40
    assert caption_block(_page(alt), {3}) == [0, 1, 2]


def test_an_alt_text_of_forty_one_words_is_the_reports():
    alt = " ".join(WORDS[:41]) + "."
    assert word_count(alt) == 41
    assert caption_block(_page(alt), {3}) == [2]


def test_a_caption_on_the_pages_first_line_is_taken():
    assert caption_block([CAPTION, CREDIT], {1}) == [0]


def test_a_credit_with_nothing_free_above_it_leaves_the_next_photos_caption():
    # The first credit opens the page (or sits under a line already taken): the next
    # photo's caption is still found.
    assert caption_block([CREDIT, CAPTION, CREDIT], {0, 2}) == [1]
    assert caption_block(["Menu", CREDIT, CAPTION, CREDIT], {1, 3}, taken={0}) == [2]


def test_a_photo_title_of_eight_words_at_most_is_taken_with_its_alt_text():
    alt = " ".join(WORDS[:20]) + "."
    eight = "Honor Cordon for the Minister at the Pentagon"
    nine = "Honor Cordon for the Foreign Minister at the Pentagon"
    assert (word_count(eight), word_count(nine)) == (8, 9)
    assert caption_block([alt, eight, CAPTION, CREDIT], {3}) == [0, 1, 2]
    assert caption_block([alt, nine, CAPTION, CREDIT], {3}) == [2]


# --- the a50f3b0 sample: a Korean page's own polite style --------------------------------

_CAPTION = "미국 국무장관과 일본 외무상이 17일 도쿄에서 회담했다."
_POLITE = [
    "미국과 일본이 외교장관 회담을 열고 동맹의 중요성을 강조했습니다.",
    "국무부는 이날 보도자료에서 두 장관이 지역 안보 문제를 논의했다고 밝혔습니다.",
    "두 장관은 북한 문제에 대해서도 긴밀히 협력하기로 했습니다.",
    "양국은 다음 달 다시 만나기로 했습니다.",
]


@pytest.mark.parametrize(("polite", "found"), [(1, []), (2, []), (3, [1])])
def test_plain_captions_need_three_polite_lines_or_more(polite, found):
    lines = ["미일 외교장관 회담", _CAPTION, *_POLITE[:polite]]
    assert plain_style_captions(lines, {0: "title"}) == found


@pytest.mark.parametrize(("polite", "found"), [(3, []), (4, [1, 2])])
def test_plain_captions_need_twice_as_many_polite_lines_as_plain_ones(polite, found):
    lines = ["미일 외교장관 회담", _CAPTION, _CAPTION.replace("17", "18"), *_POLITE[:polite]]
    assert plain_style_captions(lines, {0: "title"}) == found


@pytest.mark.parametrize("repeat", [3, 3000])
def test_a_pull_quote_is_found_however_long_the_quoted_lines_are(repeat):
    # a50f3b0 sample: past DFA_NEEDLE_CHARS (100,000) of candidate lines the automaton is
    # an NFA; it finds the same copy.
    quote = "“" + "The alliance is strong and steady, the minister said. " * repeat + "”"
    assert (len(quote) > 100_000) is (repeat == 3000)
    body = f"The talks ended late on Friday in Tokyo. {quote} Both sides will meet again."
    assert pull_quotes([quote, body, "Short closing line of the page."]) == [0]


# --- the seed-20261207 sample (clip_titles 23): a clip's title is a free line right above
# its player notice; no line above (the notice opens the page), or one already dropped for
# another reason, gives no title.


def test_a_clip_title_is_the_free_line_above_the_player_and_its_copy_below():
    paragraphs = ["Leaders meet", "Video player notice", "Leaders meet", "Body."]
    assert clip_titles(paragraphs, {1: "player notice"}) == [0, 2]


@pytest.mark.parametrize(
    "paragraphs, reasons",
    [
        (["Video player notice", "The last paragraph."], {0: "player notice"}),
        (["Video player notice", "Leaders meet"], {0: "player notice"}),  # (clip_titles 15)
        (
            ["Leaders meet", "Video player notice", "Leaders meet", "Body."],
            {0: "title", 1: "player notice"},
        ),
    ],
)
def test_a_player_with_no_free_line_above_has_no_clip_title(paragraphs, reasons):
    assert clip_titles(paragraphs, reasons) == []
