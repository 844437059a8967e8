"""The page's head (issue 11, fifteenth session): a <title> bar with the site's name, a
headline wrapped after "and" onto a line opening with "the", a CJK headline closing on a
bracketed short name, a line wholly in square brackets, and a government printer's
catalogue lines, page numbers and note. Every text here is made up."""

from __future__ import annotations

from archive.ingest.captions import pull_quotes
from archive.ingest.dated_heads import unfold_dated_head
from archive.ingest.headline_choice import title_bar_headline
from archive.ingest.pipeline import parse_report
from archive.ingest.title_bars import bar_headline

EN_BODY = (
    "Foreign Minister Taro Sato met Secretary of State John Miller in Washington on Monday. "
    "The two ministers agreed to deepen cooperation on maritime security."
)


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


def _dropped(report) -> dict[str, str]:
    return {d.line: d.reason for d in report.dropped}


# 1. A title bar: the headline is the end that names no site.


def test_a_title_bar_above_the_date_gives_its_headline_not_the_sites_name(ref):
    text = "\n".join(
        [
            "Secretary Miller's Meeting with Foreign Minister Sato - U.S. Department of State",
            "March 4, 2019",
            EN_BODY,
        ]
    )
    report = _parse(ref, text)
    assert report.title == "Secretary Miller's Meeting with Foreign Minister Sato"


def test_a_title_bar_alone_in_the_head_gives_its_headline(ref):
    text = "\n".join(["Allies Agree to Deepen Maritime Ties - The Daily Herald", EN_BODY])
    assert _parse(ref, text).title == "Allies Agree to Deepen Maritime Ties"


def test_bar_headline_reads_either_end():
    assert bar_headline("U.S. Department of State - Readout of the Talks") == (
        "Readout of the Talks"
    )
    assert bar_headline("Talks in Tokyo | The White House") == "Talks in Tokyo"
    assert title_bar_headline("Allies Agree to Deepen Ties - The Daily Herald") == (
        "Allies Agree to Deepen Ties"
    )


def test_a_headline_with_a_dash_and_no_sites_name_stays_whole(ref):
    headline = "G7 Foreign Ministers - Working Session on Maritime Security"
    assert bar_headline(headline) == headline
    assert title_bar_headline("U.S.-Japan Talks Held in Tokyo - Day Two") is None
    text = "\n".join([headline, "April 18, 2024", EN_BODY])
    assert _parse(ref, text).title == headline


# 2. A headline wrapped after "and" onto a line opening with an article.


def test_a_headline_wrapped_after_and_onto_the_is_joined():
    lines = [
        "Joint Remarks by Prime Minister Taro Sato and",
        "the U.S. President John Miller at the Joint Press Conference",
        "Monday, March 4, 2019",
    ]
    joined, _ = unfold_dated_head(lines, [0, 0, 1])
    assert joined[0] == (
        "Joint Remarks by Prime Minister Taro Sato and the U.S. President John Miller "
        "at the Joint Press Conference"
    )


def test_a_sentence_wrapped_before_the_is_not_joined():
    lines = [
        "The prime minister met the president and",
        "the two leaders discussed trade at length",
        "Monday, March 4, 2019",
    ]
    joined, _ = unfold_dated_head(lines, [0, 0, 1])
    assert joined == lines


# 3. A CJK headline closing on a bracket is no summary deck, though the text repeats it.


def test_a_cjk_headline_closing_on_a_bracket_is_the_title_not_a_pull_quote(ref):
    headline = "第3回日豪外務・防衛閣僚協議(「2+2」)"
    text = "\n".join(
        [
            "オーストラリア連邦",
            headline,
            "平成24年9月14日",
            "",
            f"9月14日,東京にて,両国の外務大臣と防衛大臣は{headline}を行ったところ,概要以下のとおり。",
        ]
    )
    report = _parse(ref, text)
    assert report.title == headline
    assert _dropped(report)["オーストラリア連邦"] == "section banner"


def test_a_cjk_sentence_among_the_first_lines_is_still_a_deck():
    deck = "両国の外務大臣は東京で会談し、同盟の強化で一致した。"
    paragraphs = ["日米外相会談", deck, f"外務省によると、{deck}会談は一時間続いた。"]
    assert pull_quotes(paragraphs) == [1]


# 4. A line wholly in square brackets and a government printer's furniture.


def test_a_printed_editions_furniture_is_dropped_and_its_headline_read(ref):
    text = "\n".join(
        [
            "[Public Papers of the Presidents of the United States: John Miller (2019, Book I)]",
            "[March 4, 2019]",
            "[Pages 101-104]",
            "[From the U.S. Government Publishing Office www.gpo.gov]",
            "",
            "The President's News Conference With Prime Minister Taro Sato of Japan",
            "March 4, 2019",
            "",
            EN_BODY,
            "[[Page 102]]",
            "The ministers will meet again in the autumn, officials said.",
        ]
    )
    report = _parse(ref, text)
    dropped = _dropped(report)
    assert report.title == "The President's News Conference With Prime Minister Taro Sato of Japan"
    assert dropped["[Pages 101-104]"] == "page number"
    assert dropped["[[Page 102]]"] == "page number"
    assert dropped["[From the U.S. Government Publishing Office www.gpo.gov]"] == ("printer's note")
    assert dropped[
        "[Public Papers of the Presidents of the United States: John Miller (2019, Book I)]"
    ] == ("series heading")


def test_a_bracketed_label_before_a_headline_and_bracketed_words_in_text_are_kept(ref):
    text = "\n".join(
        [
            "[Provisional translation]",
            "Press Conference by the Prime Minister on the Alliance",
            "March 4, 2019",
            "The prime minister said [the alliance] and page 102 of the report were discussed.",
            EN_BODY,
        ]
    )
    report = _parse(ref, text)
    assert report.title == "Press Conference by the Prime Minister on the Alliance"
    assert "[the alliance] and page 102" in report.body
