"""A page printed as one line is read apart when what follows its date does not go on in lower
case (issue 11's seed-20261211 mutation sample, one_line_pages.py): a rest that opens with a
figure ("9am: ...") is the body, not the date's sentence going on."""

from archive.ingest.one_line_pages import unfold_one_line_page

HEAD = "Alliance Notes Ministers Hold Talks in Tokyo"
BODY = (
    "9am: Foreign ministers of the two allies met in Tokyo on Thursday and agreed to deepen "
    "cooperation on maritime security."
)


def test_a_body_opening_with_a_figure_is_read_apart_from_the_head():
    # unfold_one_line_page 65 read the rest's first two characters: "9a" is lower case.
    assert unfold_one_line_page([f"{HEAD} June 1, 2023 {BODY}"]) == [HEAD, "June 1, 2023", BODY]


def test_a_date_followed_by_lower_case_words_stays_one_line():
    line = f"{HEAD} June 1, 2023 and then {BODY}"
    assert unfold_one_line_page([line]) == [line]


def test_a_head_ending_with_a_dash_before_the_date_stays_one_line():
    # unfold_one_line_page 59 no longer saw a closing "-": "Tokyo - June 1, 2023 ..." is a
    # dateline in a sentence's run, not a head over its date.
    line = f"{HEAD} - June 1, 2023 {BODY}"
    assert unfold_one_line_page([line]) == [line]
