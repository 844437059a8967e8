"""A head read around its date line, at its edges (issue 11's mutation score): which line
above the date is the headline (CJK or not, short or long, ending with a stop or a colon),
which short lines are labels, and which lines under the date are captions (only when the
text follows within five lines, or eleven after a run of captions; short ones, not one
introducing what follows)."""

import pytest

from archive.ingest.layout import (
    BODY_SEARCH_LINES,
    CAPTION_RUN_LINES,
    _headline_and_text,
    layout_around_date,
)

BODY = (
    "Japan and the United States agreed on Friday to strengthen their defence systems "
    "in every domain."
)
JA_BODY = "日米両国は本日の会談で同盟の強化について合意した。"
HEADLINE = "Biden and Kishida meet in Washington"
DATE = "April 10, 2024"
CAPTION = "The two leaders shake hands at the White House"


def title_of(paragraphs, date_index, **kwargs):
    return layout_around_date(paragraphs, date_index, **kwargs).title


def test_lines_taken_or_chrome_are_never_the_headline():
    paragraphs = [HEADLINE, "Another headline of the page", DATE, BODY]
    assert title_of(paragraphs, 2, taken={1}) == 0
    assert title_of(paragraphs, 2, is_chrome=lambda line: line.startswith("Another")) == 0
    assert title_of(paragraphs, 2) == 1


def test_a_cjk_headline_of_two_word_equivalents_a_latin_one_of_three_words():
    assert title_of(["日米会談", "2024年4月10日", JA_BODY], 1) == 0
    layout = layout_around_date([HEADLINE, "Jane Reporter", DATE, BODY], 2)
    assert (layout.title, layout.labels) == (0, (1,))  # two words: a label
    assert title_of(["日米首脳会談", "記者", "2024年4月10日", JA_BODY], 2) == 0


def test_a_headline_has_at_most_forty_words():
    forty = " ".join(["Word"] * 40)
    assert title_of([HEADLINE, forty, DATE, BODY], 2) == 1
    assert title_of([HEADLINE, f"{forty} more", DATE, BODY], 2) == 0


@pytest.mark.parametrize(
    "line",
    [
        "日米首脳会談について説明した。",
        "日米首脳会談について説明した．",
        "They said:",
        "日米首脳会談の概要：",
    ],
)
def test_a_line_ending_with_a_stop_or_a_colon_is_not_the_headline(line):
    assert title_of([HEADLINE, line, DATE, BODY], 2) == 0


def test_labels_between_the_headline_and_the_date_have_three_words_at_most():
    assert layout_around_date([HEADLINE, "Reporter Jane Doe:", DATE, BODY], 2).labels == (1,)
    assert layout_around_date([HEADLINE, "Reporter Jane Doe Smith:", DATE, BODY], 2).labels == ()


def captions(paragraphs, date_index=1):
    return layout_around_date(paragraphs, date_index).captions


def test_captions_only_when_the_text_follows_within_five_lines_or_a_run_of_captions():
    assert captions([HEADLINE, DATE, CAPTION, BODY]) == (2,)
    short = [f"Short line {n}" for n in range(CAPTION_RUN_LINES)]
    assert (BODY_SEARCH_LINES, CAPTION_RUN_LINES) == (5, 11)
    assert captions([HEADLINE, DATE, *short[:4], BODY]) == (2, 3, 4, 5)
    # five plain lines or more: the text's own (an outline, bullet lines), no captions
    assert captions([HEADLINE, DATE, *short[:5], BODY]) == ()
    # a slideshow prints ten caption lines under the date before the text
    photos = [f"Photo {n}: the ministers at the talks" for n in range(CAPTION_RUN_LINES)]
    assert captions([HEADLINE, DATE, *short[:4], *photos[:6], BODY]) == tuple(range(2, 12))
    assert captions([HEADLINE, DATE, *short[:4], *photos[:5], "Plain", BODY]) == ()
    assert captions([HEADLINE, DATE, *photos, BODY]) == ()
    assert captions([HEADLINE, DATE, CAPTION, "Another short line"]) == ()
    assert captions([HEADLINE, DATE, CAPTION]) == ()


def test_the_text_right_under_the_date_leaves_no_caption():
    assert captions([HEADLINE, DATE, BODY, "Short line", BODY]) == ()


def test_a_lead_above_the_date_is_not_the_text_that_ends_the_captions():
    lead = " ".join([BODY] * 3)  # over forty words: no headline
    assert captions([HEADLINE, lead, DATE, CAPTION, BODY], 2) == (3,)


def test_a_caption_has_fewer_than_twenty_five_words():
    assert captions([HEADLINE, DATE, " ".join(["word"] * 24), BODY]) == (2,)
    assert captions([HEADLINE, DATE, " ".join(["word"] * 25), BODY]) == ()


@pytest.mark.parametrize("line", ["The participants were: ", "会談の概要は以下の通り："])
def test_a_line_introducing_what_follows_is_no_caption(line):
    assert captions([HEADLINE, DATE, line, BODY]) == ()


@pytest.mark.parametrize(
    ("rest", "split"),
    [
        (
            "Allies Meet Again The leaders met in Tokyo.",
            ["Allies Meet Again", "The leaders met in Tokyo."],
        ),
        ("Allies Meet The leaders met in Tokyo.", ["Allies Meet The leaders met in Tokyo."]),
    ],
)
def test_a_title_case_headline_of_three_words_or_more_is_cut_from_its_text(rest, split):
    # a50f3b0 sample: two capitalised words before the opener are too few to tell.
    assert _headline_and_text(rest) == split


def test_a_field_value_running_on_to_a_second_line_is_no_caption():
    # a press conference's form: "場所", the base, the room; then the text
    head = ["防衛大臣臨時記者会見", "令和2年8月29日(土)15:55~16:03", "場所", "アンダーセン空軍基地"]
    assert captions([*head, "サンライズ・カンファレンス・センター", JA_BODY]) == ()
    # the line after a short value is read as its second line, never a caption
    assert captions([HEADLINE, DATE, "Venue:", "The Pentagon", CAPTION, BODY]) == ()
    # with no label above, short lines under the date are captions
    assert captions([HEADLINE, DATE, CAPTION, "Another caption line", BODY]) == (2, 3)


@pytest.mark.parametrize("section", ["Summary", "Overview", "概要", "요약", "Resumen"])
def test_a_documents_section_word_under_the_headline_is_no_label(section):
    assert layout_around_date([HEADLINE, section, DATE, BODY], 2).labels == ()
    # a site's short label in the same place is still one
    assert layout_around_date([HEADLINE, "Tempo.co", DATE, BODY], 2).labels == (1,)
