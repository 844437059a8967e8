"""The headline of older government pages (2001-2011 layouts), read from the page's
structure: the speaker's post-and-name line under a transcript's headline, a transcript's
presenter line, a blog's "Posted by" byline, widgets and section labels above a headline
that sits on its byline, a site's menu or breadcrumb on one line, a country banner over a
ministry's event name, a white paper's part heading, a CJK headline tagged in Latin
letters, and a headline wrapped after a small word. Every text here is made up in the
family's layout."""

from __future__ import annotations

import pytest

from archive.ingest.datelines import match_dateline
from archive.ingest.head_lines import is_person_line
from archive.ingest.header import extract_title, is_body_paragraph
from archive.ingest.headline_choice import choose_headline, is_book_division, is_menu_line
from archive.ingest.headline_shapes import names_event_or_document, titled_date_line
from archive.ingest.pipeline import parse_report
from archive.ingest.record_labels import is_field_line, is_presenter_line


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


@pytest.mark.parametrize(
    "line",
    [
        "Secretary Condoleezza Rice",
        "Deputy Secretary Jane Q. Sample",
        "Under Secretary R. Nathan Example",
        "Secretary of Defense John H. Sample",
        "President George W. Bush",
        "Foreign Minister Taro Sample",
    ],
)
def test_a_post_and_a_full_name_alone_is_a_person_line(line):
    assert is_person_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Secretary Rice Visits Japan",
        "President Bush Meets Koizumi",
        "Remarks With Foreign Minister Taro Sample",
        "Secretary",
    ],
)
def test_a_headline_that_opens_with_a_post_is_no_person_line(line):
    assert not is_person_line(line)


STATE_ARCHIVE_REMARKS = "\n".join(
    [
        "Department of State",
        (
            "Home Issues & Press Travel & Business Countries Youth & Education "
            "Careers About State Video"
        ),
        " You are in: Secretary of State > Remarks > 2006 Remarks > May 2006",
        "",
        "Remarks With Japanese Foreign Minister Taro Sample After Their Meeting",
        "",
        "Secretary Condoleezza Rice",
        "Treaty Room",
        "Washington, DC",
        "May 3, 2006",
        "",
        (
            "SECRETARY RICE: Good afternoon. It is a great pleasure to welcome the "
            "Foreign Minister to Washington again, and we have had a very good "
            "discussion of the alliance today."
        ),
        "",
        ("FOREIGN MINISTER SAMPLE: Thank you very much. We discussed many issues of the region."),
        "",
    ]
)


def test_the_headline_above_the_speaker_venue_place_and_date(ref):
    report = _parse(ref, STATE_ARCHIVE_REMARKS)
    assert report.title == "Remarks With Japanese Foreign Minister Taro Sample After Their Meeting"
    assert str(report.published) == "2006-05-03"


def test_a_presenter_line_is_a_field_of_the_record():
    line = "Presenter: Secretary of Defense John H. Sample and Minister Kenji Example"
    assert is_presenter_line(line) and is_field_line(line)
    assert not is_presenter_line("Presenting the plan, the minister said it would work.")


DOD_TRANSCRIPT = "\n".join(
    [
        "Department of Defense",
        "",
        "News Transcript",
        "",
        "Share This Page",
        "",
        "",
        "Secretary Sample Media Availability En Route to Tokyo",
        "",
        "Presenter: Secretary of Defense John H. Sample",
        "November 4, 2004",
        (
            "SAMPLE: We have been given the itinerary, and I am going to go right "
            "from the airplane to meet with the Prime Minister and then to a "
            "reception."
        ),
        "",
        (
            "Q: Mr. Secretary, what is your reaction to the decision announced "
            "this morning in Tokyo?"
        ),
        "",
    ]
)


def test_the_headline_above_the_presenter_line_and_the_date(ref):
    report = _parse(ref, DOD_TRANSCRIPT)
    assert report.title == "Secretary Sample Media Availability En Route to Tokyo"


def test_the_headline_under_the_presenter_line():
    paragraphs = [
        "Office of the Assistant Secretary of Defense (Public Affairs)",
        "Contact the press office for more details",
        "Presenter: Secretary of Defense John H. Sample and Minister Kenji Example June 04, 2006",
        "Press Availability with Secretary Sample and Minister Example following Their Meeting",
        "SAMPLE: Well, the Minister and I had a very useful discussion about our two "
        "countries and the cooperation between them in the defense field.",
    ]
    title = extract_title(paragraphs)
    assert title.index == 3


BLOG_POST = "\n".join(
    [
        "Building Bridges With Our Allies in Asia",
        "",
        "Posted by Jane Sample",
        "October 8, 2008",
        "Jane Sample at the Embassy in Tokyo",
        "",
        ("About the Author: Jane Sample serves as the Department's spokesperson for East Asia."),
        "",
        (
            "This week I traveled to Tokyo with the Secretary, and I want to tell "
            "you about the talks and the people we met along the way. The alliance "
            "is in good hands."
        ),
        "",
    ]
)


def test_the_headline_under_a_presenter_line_below_a_long_head():
    paragraphs = [
        "Department of Defense",
        "Office of the Assistant Secretary of Defense (Public Affairs)",
        "News Transcript",
        "On the Web:",
        "https://www.example.mil/transcripts/transcript.aspx?id=10",
        "Media contact: +1 (555) 555-0100",
        "Public contact:",
        "https://www.example.mil/contact.html",
        "or +1 (555) 555-0101",
        "Presenter: Secretary of Defense John H. Sample and Minister Kenji Example June 04, 2006",
        "Press Availability with Secretary Sample and Minister Example following Their Meeting",
        "SAMPLE: Well, the Minister and I had a very useful discussion about our two "
        "countries and the cooperation between them in the defense field.",
    ]
    assert extract_title(paragraphs).index == 10


def test_a_blog_post_headline_over_its_posted_by_line(ref):
    report = _parse(ref, BLOG_POST)
    assert report.title == "Building Bridges With Our Allies in Asia"
    assert report.byline == "Jane Sample"


NEWS_ARTICLE = "\n".join(
    [
        "Defense News Service",
        "",
        "Email This Page",
        "",
        " Feature Article",
        "",
        "Ministers Discuss Future of the Alliance in Tokyo",
        "",
        "By Jane Sample",
        "Defense News Service",
        "",
        (
            "TOKYO, Nov. 8, 2007 – The defense secretary and the Japanese defense "
            "minister met here today to discuss the alliance and broader aspects "
            "of the treaty between the two nations."
        ),
        "",
        ("The meeting lasted just over an hour, officials traveling with the secretary said."),
        "",
    ]
)


def test_the_headline_sits_on_its_byline(ref):
    report = _parse(ref, NEWS_ARTICLE)
    assert report.title == "Ministers Discuss Future of the Alliance in Tokyo"


def test_a_deck_over_the_byline_is_no_headline():
    paragraphs = [
        "Leaders Reaffirm the Alliance",
        "The two leaders met for an hour and agreed to meet again.",
        "By Jane Sample",
        "WASHINGTON, May 1, 2007 – The two leaders today reaffirmed their commitment to "
        "the alliance and to its plans for the years ahead.",
    ]
    assert extract_title(paragraphs).index == 0


@pytest.mark.parametrize(
    "line",
    [
        "ヨーロッパ | 北米 | 中南米 | 大洋州(島嶼国を含む) | アフリカ",
        "Home | News | Photos | Videos",
        "外務省案内 渡航関連情報 各国・地域情勢 外交政策 ODA",
        "トップページ 会談・訪問 要人往来",
        "Home > News > Releases",
    ],
)
def test_a_menu_or_breadcrumb_on_one_line(line):
    assert is_menu_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "日米首脳会談 共同声明を発表",  # two pieces: a headline
        "미일 외교장관 회담 열려 북핵 문제 논의",  # Korean spaces its words
        "Japan | U.S. Relations",  # two parts
        "The minister met the secretary | and they agreed on the plan, officials said.",
        "Home Secretary Visits Japan",
    ],
)
def test_no_menu(line):
    assert not is_menu_line(line)


MINISTRY_MENU_AND_DATE = "\n".join(
    [
        "ヨーロッパ | 北米 | 中南米 | 大洋州(島嶼国を含む) | アフリカ",
        "平成19年5月3日",
        "3日午後、ワシントン訪問中の大臣は国務長官との間で外相会談を行ったところ、概要以下のとおり。",
        "(1)両大臣は、同盟関係を一層強化していくことで一致した。",
        "",
    ]
)


def test_a_menu_over_the_date_is_no_headline(ref):
    report = _parse(ref, MINISTRY_MENU_AND_DATE)
    assert report.title == ""
    assert str(report.published) == "2007-05-03"


MINISTRY_BREADCRUMB = "\n".join(
    [
        "外務省案内 渡航関連情報 各国・地域情勢 外交政策 ODA",
        "トップページ 会談・訪問 要人往来",
        "要人往来",
        "",
        "",
        "日米外相会談の概要",
        "",
        "",
        (
            " 3日に行われた日米外相会談の概要は以下のとおり。"
            "両大臣は同盟関係を一層強化していくことで一致した。"
        ),
        "",
        "1.日米関係",
        "",
    ]
)


def test_the_event_under_a_breadcrumb_and_a_section_name(ref):
    report = _parse(ref, MINISTRY_BREADCRUMB)
    assert report.title == "日米外相会談の概要"


COUNTRY_BANNER = "\n".join(
    [
        "ブラジル連邦共和国",
        "日伯外相会談",
        "",
        "5月3日、国連総会出席のためニューヨークを訪問中の外務大臣は、ブラジル外務大臣と外相会談を行ったところ、概要以下のとおり。",
        "1 両大臣は、二国間関係を一層強化していくことで一致した。",
        "",
    ]
)


def test_a_country_banner_over_the_event_name(ref):
    report = _parse(ref, COUNTRY_BANNER)
    assert report.title == "日伯外相会談"


@pytest.mark.parametrize(
    "line",
    ["第IV部 国際社会への貢献", "第2章 地域別に見た外交", "第３部 防衛政策"],
)
def test_a_book_division(line):
    assert is_book_division(line)


def test_no_book_division():
    assert not is_book_division("第3回日米外相会談")


WHITE_PAPER = "\n".join(
    [
        "第IV部 国際社会への貢献",
        "",
        "3 日加防衛相会談",
        "",
        (
            " 本年6月1日には、カナダのオタワにおいて、"
            "防衛大臣とカナダ国防大臣の間で会談が行われた。その概要は次のとおりである。"
        ),
        "",
        "(1)地域情勢",
        "",
    ]
)


def test_a_white_paper_section_under_its_part_heading(ref):
    report = _parse(ref, WHITE_PAPER)
    assert report.title == "3 日加防衛相会談"


def test_a_cjk_headline_tagged_in_latin_letters_is_no_sentence():
    assert not is_body_paragraph("미 국방장관, 동맹 문제 논의 위해 일본과 한국 방문 (Eng)")
    assert is_body_paragraph(
        "미국의 국방장관이 다음 주 일본을 방문해 동맹 문제를 논의할 예정입니다. (Eng)"
    )
    assert is_body_paragraph("兩國外長週一在東京舉行會談並就地區局勢交換了意見(路透社)")


KOREAN_TAGGED = "\n".join(
    [
        "연결 가능 링크",
        "",
        "미 국방장관, 동맹 문제 논의 위해 일본과 한국 방문 (Eng)",
        "",
        "",
        "미국의 국방장관이 다음 주 일본을 방문해 동맹 문제를 논의할 예정입니다.",
        "",
        "국방부 대변인은 13일 장관이 17일부터 20일 사이에 도쿄를 방문할 것이라고 말했습니다.",
        "",
    ]
)


def test_a_korean_headline_tagged_eng(ref):
    report = _parse(ref, KOREAN_TAGGED)
    assert report.title == "미 국방장관, 동맹 문제 논의 위해 일본과 한국 방문 (Eng)"


WRAPPED_AFTER_SMALL_WORD = "\n".join(
    [
        "Prime Minister of Japan and His Cabinet",
        "What's up around the Prime Minister",
        "",
        "Prime Minister Receives a Courtesy Call from",
        "U.S. Secretary of Defense John H. Sample",
        "",
        "",
        "Wednesday, February 6, 2008",
        "",
        "",
        (
            "Prime Minister received a courtesy call from the Secretary of Defense "
            "of the United States of America at the Prime Minister's Office."
        ),
        "",
        (
            "At the beginning of the meeting, the Prime Minister welcomed the "
            "Secretary's visit to Japan."
        ),
        "",
    ]
)


def test_a_headline_wrapped_after_a_small_word(ref):
    report = _parse(ref, WRAPPED_AFTER_SMALL_WORD)
    assert report.title == (
        "Prime Minister Receives a Courtesy Call from U.S. Secretary of Defense John H. Sample"
    )


def test_the_first_candidate_without_anchors():
    paragraphs = ["First Headline Here", "Second Line Here", "Body text follows."]
    assert (
        choose_headline(
            paragraphs,
            [0, 1],
            is_byline=lambda line: False,
            is_presenter=lambda line: False,
            end=2,
        )
        == 0
    )
    assert (
        choose_headline(
            paragraphs, [], is_byline=lambda line: False, is_presenter=lambda line: False, end=2
        )
        is None
    )


def test_the_transcript_headline_over_its_venue_and_time():
    paragraphs = [
        "Summit Visit Front Page",
        "President Bush and Prime Minister Sample Hold a Joint Press Availability",
        "State Dining Room",
        "",
        "11:09 A.M. EDT",
        "PRESIDENT BUSH: Thank you. Welcome, Mr. Prime Minister. I thank you very much for "
        "making the long journey, and we had a very good discussion this morning.",
    ]
    assert extract_title(paragraphs).index == 1


def test_a_time_far_below_the_headline_moves_nothing():
    paragraphs = [
        "Leaders Meet at the Summit in Washington",
        "Photo Gallery",
        "Video",
        "Share",
        "Print This Page",
        "Related Links",
        "11:09 A.M. EDT",
        "The two leaders met for an hour this morning and agreed to meet again next year in "
        "Tokyo, officials said after the talks.",
    ]
    assert extract_title(paragraphs).index == 0


@pytest.mark.parametrize(
    "line",
    [
        "Sean McSample, Spokesman",
        "Tom Example, Deputy Spokesman",
        "Christopher R. Sample, Assistant Secretary for East Asian and Pacific Affairs",
        "Kurt M. Example, Assistant Secretary, Bureau of East Asian and Pacific Affairs",
    ],
)
def test_a_name_then_its_post_is_a_person_line(line):
    assert is_person_line(line)


@pytest.mark.parametrize(
    "line", ["Rice Visits Tokyo, Secretary Says", "Secretary Sample Meets Aso, Spokesman"]
)
def test_a_headline_with_a_comma_is_no_person_line(line):
    assert not is_person_line(line)


def test_a_briefing_headline_over_its_speaker_name_and_post(ref):
    text = "\n".join(
        [
            "Daily Press Briefing",
            "",
            "Sean McSample, Spokesman",
            "Washington, DC",
            "August 16, 2007",
            "",
            "12:33 p.m. EDT",
            "",
            "MR. MCSAMPLE: Good afternoon, everybody. I just want to start off with a couple "
            "of words about the visit of the Japanese Foreign Minister this week.",
        ]
    )
    assert _parse(ref, text).title == "Daily Press Briefing"


def test_the_headline_over_a_speaker_whose_post_names_the_bureau(ref):
    text = "\n".join(
        [
            "Remarks at the Japanese Ministry of Foreign Affairs",
            "",
            "Kurt M. Example",
            "Assistant Secretary, Bureau of East Asian and Pacific Affairs",
            "Ministry of Foreign Affairs",
            "Tokyo, Japan",
            "November 5, 2009",
            "",
            "ASSISTANT SECRETARY EXAMPLE: Good afternoon. I have just come from very good "
            "meetings with the Foreign Minister and my colleagues at the ministry.",
        ]
    )
    assert _parse(ref, text).title == "Remarks at the Japanese Ministry of Foreign Affairs"


@pytest.mark.parametrize(
    "line, titled",
    [
        ("Press Conference, 28 May 2009", True),
        ("報道官会見記録(平成21年5月28日(木曜日)16時00分～ 於：本省会見室)", True),
        ("Released on March 19, 2005", False),
        ("Wednesday, February 27, 2008", False),
        ("Tokyo, Japan, March 19, 2005", False),
        ("Updated: 28 May 2009 10:30", False),
        ("2009年5月28日 北米第一課", False),
        ("March 19, 2005", False),
    ],
)
def test_a_date_line_that_is_a_headline_with_its_date(line, titled):
    assert titled_date_line(line) is titled


def test_the_dated_headline_alone_over_the_text(ref):
    text = "\n".join(
        [
            "Press Conference, 28 May 2009",
            "- Questions concerning the visit of the Secretary of State to Japan",
            "- Questions concerning the telephone talks between the two leaders",
            "I. Questions concerning the visit of the Secretary of State to Japan",
            "Deputy Press Secretary Kenji Sample: Good afternoon and welcome to the press "
            "conference. Today I have nothing from me, and I would like to take questions.",
        ]
    )
    report = _parse(ref, text)
    assert report.title == "Press Conference, 28 May 2009"
    assert str(report.published) == "2009-05-28"


def test_a_short_section_over_the_date_and_the_event_under_it(ref):
    text = "\n".join(
        [
            "会談・訪問",
            "平成18年6月29日",
            "日米首脳会談",
            " 総理は、ワシントンを訪問し、ホワイトハウスにおいて大統領と日米首脳会談を"
            "行いました。概要以下のとおり。",
        ]
    )
    assert _parse(ref, text).title == "日米首脳会談"


def test_a_joint_statement_under_the_date_and_a_country_banner(ref):
    text = "\n".join(
        [
            "アメリカ合衆国",
            "",
            "平成22年5月28日",
            "",
            "「日米安全保障協議委員会」共同発表",
            "",
            " 日米安全保障協議委員会の構成員は、本日、次の共同発表を行った。日米同盟は、"
            "日本の防衛のみならず、地域の平和、安全及び繁栄にとっても不可欠である。",
        ]
    )
    assert _parse(ref, text).title == "「日米安全保障協議委員会」共同発表"


@pytest.mark.parametrize(
    "line, names",
    [
        ("「日米安全保障協議委員会」共同発表", True),
        ("日米安全保障協議委員会の開催について", True),
        ("U.S.-Japan Joint Statement", True),
        ("握手をする外務大臣と国務長官", False),
        ("(写真)共同声明", False),
    ],
)
def test_a_line_naming_a_document(line, names):
    assert names_event_or_document(line) is names


@pytest.mark.parametrize(
    "line",
    [
        "ライス米国務長官による小泉総理大臣表敬(概要)",
        "「日米安全保障協議委員会(2+2)」の開催(結果概要)",
        "日米安全保障協議委員会(「2+2」)共同発表（仮訳）",
        "アーミテージ米国務副長官の訪日（小泉総理大臣表敬、川口外務大臣との会談等）",
    ],
)
def test_a_japanese_headline_with_its_tag_is_no_sentence(line):
    assert not is_body_paragraph(line)


@pytest.mark.parametrize(
    "line",
    [
        "両外相は、同盟の重要性を確認した(同席者:北米局長)。",
        "美国国务卿与日本外相在东京会面并就地区局势交换了意见(路透社)",
    ],
)
def test_a_sentence_or_a_chinese_caption_ending_with_a_bracket(line):
    assert is_body_paragraph(line)


def test_a_ministry_headline_tagged_summary_over_the_text(ref):
    text = "\n".join(
        [
            "サンプル米国務長官による山田総理大臣表敬(概要)",
            " 19日午後、訪日中の米国務長官は総理大臣を表敬したところ、概要以下のとおり。",
            "1.総理より、国務長官の訪日を歓迎する旨述べた。",
        ]
    )
    assert _parse(ref, text).title == "サンプル米国務長官による山田総理大臣表敬(概要)"


@pytest.mark.parametrize(
    "line, dateline",
    [
        ("UNITED24 - Make a charitable donation in support of our cause!", False),
        ("G20 – Leaders meet in the city this week to discuss trade.", False),
        ("WASHINGTON – The two ministers met today at the Pentagon.", True),
        ("TOKYO / WASHINGTON, Jan 7 (Reuters) – The allies agreed today.", True),
    ],
)
def test_a_datelines_place_holds_no_digits(line, dateline):
    assert (match_dateline(line) is not None) is dateline


def test_a_mirror_banner_is_no_dateline_ending_the_head(ref):
    text = "\n".join(
        [
            "UNITED24 - Make a charitable donation in support of our cause!",
            "",
            "Defense News Service",
            "",
            "Defense Leaders Vow Continued Cooperation",
            "",
            "By Jane Sample",
            "Defense News Service",
            "",
            "TOKYO, Oct. 21, 2009 – The defense secretary and the Japanese defense minister "
            "vowed today to move forward with the realignment plan.",
        ]
    )
    assert _parse(ref, text).title == "Defense Leaders Vow Continued Cooperation"
