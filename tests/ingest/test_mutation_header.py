"""The report's head at its edges (issue 11's mutation score): where a hinted headline is
looked for, which lines of the head can be the headline (CJK or not, short or long, ending
with a colon or a full stop), and form labels printed as list items."""

import pytest

from archive.ingest.header import (
    _READ_MORE,
    extract_byline,
    extract_dateline,
    extract_section,
    extract_title,
    has_words,
    header_end,
    is_banner,
    is_body_paragraph,
    is_field_label,
    is_field_line,
    is_issuer,
    is_issuer_or_place,
    is_sentence,
    listing_heading,
    site_title_lines,
    word_count,
)

BODY = (
    "Japan and the United States agreed on Friday to strengthen their defence systems "
    "in every domain."
)
HEADLINE = "Biden and Kishida meet in Washington"


def title(paragraphs, hint=None):
    found = extract_title(paragraphs, hint)
    return found and (found.value, found.index)


def test_a_hinted_headline_is_looked_for_in_the_head_and_one_line_after_only():
    # The text opens at once (the head is empty): the hint's line is searched in the
    # first two lines; printed further down, it is the body's and stays there.
    assert title([BODY, BODY, HEADLINE], HEADLINE) == (HEADLINE, None)
    assert title([BODY, HEADLINE, BODY], HEADLINE) == (HEADLINE, 1)


def test_a_hinted_headline_printed_as_a_photo_caption_is_found_without_its_credit():
    caption = f"{HEADLINE}. PHOTO/Reuters"
    assert title([caption, BODY], HEADLINE) == (HEADLINE, 0)


def test_a_caption_that_is_only_a_time_is_passed_over():
    assert title(["10:15 PHOTO/Reuters", HEADLINE, BODY]) == (HEADLINE, 1)


@pytest.mark.parametrize("stop", ["。", "．"])
def test_a_cjk_line_ending_with_a_full_stop_is_a_sentence_not_the_headline(stop):
    sentence = f"日米首脳会談について説明した{stop}"
    assert title([sentence, "日米首脳会談", BODY]) == ("日米首脳会談", 1)


def test_a_cjk_headline_of_two_word_equivalents_is_a_headline():
    assert title(["日米会談", BODY]) == ("日米会談", 0)


def test_a_latin_line_of_two_words_is_a_label_not_the_headline():
    assert title(["Tokyo Talks", HEADLINE, BODY]) == (HEADLINE, 1)


def test_a_headline_has_at_most_forty_words():
    forty = " ".join(["Word"] * 40)
    assert title([forty, HEADLINE, BODY]) == (forty, 0)
    assert title([f"{forty} more", HEADLINE, BODY]) == (HEADLINE, 1)


@pytest.mark.parametrize("line", ["Biden and Kishida said:", "日米首脳会談の概要："])
def test_a_line_introducing_what_follows_is_not_the_headline(line):
    assert title([line, HEADLINE, BODY]) == (HEADLINE, 1)


@pytest.mark.parametrize("bullet", ["- ", "• ", "* "])
def test_a_form_field_printed_as_a_list_item(bullet):
    assert is_field_label(f"{bullet}Venue:")
    assert is_field_label(f"{bullet}日時")
    assert is_field_line(f"{bullet}Place: Conference Room, Ministry of Defense")


@pytest.mark.parametrize("bullet", ["- ", "• "])
def test_banners_issuers_and_places_printed_as_list_items(bullet):
    assert is_banner(f"{bullet}北米")
    assert is_issuer(f"{bullet}The White House")
    assert is_issuer_or_place(f"{bullet}Via Teleconference")
    assert is_issuer_or_place(f"{bullet}10:30 a.m.")


@pytest.mark.parametrize("line", ["Press Releases", "外務省", "Newsroom"])
def test_a_section_or_an_issuer_alone_is_no_banner(line):
    # A banner joins the issuer and a section ("外務省・新着情報"); either alone is not one.
    assert not is_banner(line)
    assert is_banner("外務省・新着情報")


def test_a_latin_line_counts_the_words_spaces_separate():
    assert word_count("Japan-U.S. summit talks") == 3
    assert word_count("日米首脳会談") == 3  # two CJK characters a word


def test_has_words_on_empty_short_and_long_lines():
    assert not has_words("", 1)
    assert has_words("Japan", 1)
    assert has_words("", 0)
    long_cjk = "日米同盟の強化について協議した" * 150  # over 2,000 characters
    assert has_words(long_cjk, 10)
    assert not has_words("日米同盟", 10)
    assert has_words("日米同盟会談", 3)  # exactly the minimum
    # A long line whose first thousand characters hold no word: the rest is counted.
    assert has_words("—" * 1500 + "日米同盟" * 10, 10)
    assert not has_words("—" * 1500 + "日米", 10)


def byline(paragraphs, hint=None):
    found = extract_byline(paragraphs, hint)
    return found and (found.value, found.index)


def test_a_hinted_byline_takes_its_line_in_the_head_with_or_without_by():
    assert byline(["Title of it", "By Jane Doe", BODY], "Jane Doe") == ("Jane Doe", 1)
    assert byline(["Title of it", "- Jane Doe", BODY], " Jane Doe ") == ("Jane Doe", 1)
    assert byline(["Title of it", "• By Jane Doe", BODY], "Jane Doe") == ("Jane Doe", 1)


def test_a_hinted_byline_not_in_the_head_consumes_no_line():
    assert byline(["Title of it", BODY], " Jane Doe ") == ("Jane Doe", None)
    # Printed again under the text (a credit), it is not the head's line.
    assert byline(["Title of it", BODY, "By Jane Doe"], "Jane Doe") == ("Jane Doe", None)


def test_a_dateline_is_looked_for_in_three_lines_from_the_start_given():
    dateline = "TOKYO – Japan and the United States agreed on Friday to meet again."
    found = extract_dateline(["A headline for it", dateline, BODY], 1)
    assert (found.raw, found.index) == ("TOKYO –", 1)
    assert extract_dateline(["Short one", "Short two", "Short three", dateline], 0) is None
    # A dateline above the start (the head) is not the body's.
    assert extract_dateline([dateline, "Short line", BODY], 2) is None


def test_a_datelines_city_keeps_its_own_capitals_unless_printed_in_capitals():
    found = extract_dateline(["McLean, Jan 7 (AP) – The two leaders met again on Friday."])
    assert (found.city, found.date_text, found.wire) == ("McLean", "Jan 7", "AP")
    found = extract_dateline(["NEW YORK (AP) – The two leaders met again on Friday."])
    assert found.city == "New York"


def test_a_hinted_section_printed_as_a_list_item():
    found = extract_section(["- Asia", "A headline for it", BODY], "Asia")
    assert (found.value, found.index) == ("Asia", 0)


def test_a_section_label_above_the_title_of_a_page_without_text():
    found = extract_section(["Politics", "Japan, US agree to strengthen"])
    assert (found.value, found.index) == ("Politics", 0)


def test_site_title_lines_need_the_sites_separator_and_a_headline():
    headline = "Biden meets Kishida"
    assert site_title_lines(["President Biden meets Kishida"], headline) == []
    assert site_title_lines(["Myind | Biden meets Kishida"], headline) == [0]
    assert site_title_lines([headline, "- Menu", "Site |"], "") == []


def test_site_title_lines_are_looked_for_in_the_first_twelve_lines():
    filler = [f"Line {n} of the page" for n in range(11)]
    line = "Biden meets Kishida - Myind"
    assert site_title_lines([*filler, line], "Biden meets Kishida") == [11]
    assert site_title_lines([*filler, "One more", line], "Biden meets Kishida") == []


def test_a_lone_label_of_one_to_three_words_above_a_title_of_four_or_more():
    def label(first, second):
        found = extract_section([first, second, BODY])
        return found and found.value

    title = "Japan, US agree to strengthen"
    assert label("Asia Pacific Politics", title) == "Asia Pacific Politics"
    assert label("Asia Pacific Politics Today", title) is None
    assert label("Politics", "Japan, US agree again") == "Politics"
    assert label("Politics", "Japan, US agree") is None


def test_the_header_zone_holds_eight_lines_at_most_besides_the_ones_skipped():
    short = [f"Line {n}" for n in range(20)]
    assert header_end(short) == 8
    assert header_end(short, skip={0, 1, 9}) == 11
    assert header_end(short, limit=3) == 3


def test_a_body_paragraph_has_fifteen_words_or_twenty_cjk_characters():
    assert is_body_paragraph(
        "Japan and the United States agreed on Friday to meet again in Tokyo very soon."
    )
    assert not is_body_paragraph(
        "Japan and the United States agreed on Friday to meet again in Tokyo soon."
    )
    assert is_body_paragraph("日米両国は本日の会談で同盟の強化を合意した。")  # twenty
    assert not is_body_paragraph("日米両国は本日の会談で同盟の強化を合意。")  # nineteen
    assert is_body_paragraph("日米両国は本日の会談で同盟の強化について合意した。")


@pytest.mark.parametrize("line", ["?", ".", "。"])
def test_a_closing_mark_alone_ends_like_a_sentence(line):
    assert is_sentence(line)


def test_the_pages_title_above_the_headline_gives_way_to_the_headline_close_below():
    page_title = f"{HEADLINE} - Myind"
    assert title([page_title, HEADLINE, BODY]) == (HEADLINE, 1)
    # Up to one line past the head's end; further down it is the text's, not the head's.
    assert title([page_title, BODY, HEADLINE]) == (HEADLINE, 2)
    assert title([page_title, BODY, "Next line", HEADLINE]) == (page_title, 0)


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("News", 0),
        ("News and Events of the Embassy", 0),  # six words: the most a heading has
        ("News and Events of the US Embassy", None),  # seven
        ("News and events.", None),  # a sentence
        ("Latest news:", None),  # introduces what follows
        ("最新消息：", None),  # with a full-width colon too (seed-20261207, listing_heading 41)
        ("最新消息", 0),
    ],
)
def test_a_listing_heading_is_one_to_six_words_and_no_sentence(heading, found):
    # a50f3b0 sample: the first line above a first story closed by its "read more" link.
    lines = [heading, "Leaders meet in Tokyo", "The two leaders met.", "Read more"]
    lines += ["Ministers talk", "Read more"]
    assert listing_heading(lines, {3: _READ_MORE, 5: _READ_MORE}) == found
