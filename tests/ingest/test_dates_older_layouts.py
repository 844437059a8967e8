"""Publication dates as older government pages print them: a comma after the month (MOFA's
English pages of 2009: "November, 11, 2009") and a DoD transcript's presenter line, which
ends with the day and is the only place the page prints it."""

from datetime import date

from archive.ingest.dates import extract_date, find_full_date

BODY = "SEC. RUMSFELD: Good afternoon. The minister and I have had a good meeting today."


def test_a_comma_after_the_month_still_reads_a_full_date():
    assert find_full_date("November, 11, 2009") == date(2009, 11, 11)
    assert find_full_date("Tokyo, November 11, 2009") == date(2009, 11, 11)


def test_the_presenter_line_dates_a_transcript():
    paragraphs = [
        "News Transcript",
        "Presenter: Secretary of Defense Donald H. Rumsfeld Sunday, May 16, 2004",
        BODY,
    ]
    finding, consumed = extract_date(paragraphs, header_indexes=(0, 1), body_indexes=[2])
    assert (finding.published, finding.source, consumed) == (
        date(2004, 5, 16),
        "presenter line",
        None,
    )


def test_a_presenter_line_without_a_date_gives_none_and_other_lines_give_none():
    paragraphs = ["News Transcript", "Presenter: Secretary of Defense Donald H. Rumsfeld", BODY]
    finding, _ = extract_date(paragraphs, header_indexes=(0, 1), body_indexes=[2])
    assert finding.published is None
    # a date inside a line that is no presenter line and no date line is not the page's
    paragraphs = [
        "News Transcript",
        "Speaker list updated Sunday, May 16, 2004 for the record",
        BODY,
    ]
    finding, _ = extract_date(paragraphs, header_indexes=(0, 1), body_indexes=[2])
    assert finding.source != "presenter line"
