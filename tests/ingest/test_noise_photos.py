"""Captions printed between a government page's paragraphs, and the notes on its links
(chrome_patterns_photos): each family in the languages the archive meets, with the
sentences that look like them and stay. Invented lines."""

from __future__ import annotations

import pytest

from archive.ingest import parse_report
from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason


def _reason(line: str) -> str | None:
    return boilerplate_reason(line, DEFAULT_PATTERNS)


@pytest.mark.parametrize(
    "line",
    [
        "Photo session",
        "Photo Session of the four foreign ministers",
        "Photo session before the Japan-U.S. Foreign Ministers’ Meeting",
        "Family photo",
        "Group photo with the delegations",
        "Foto bersama sebelum pertemuan",
        "Foto di gruppo",
        "Foreign Minister Kamikawa shaking hands with Secretary Blinken",
        "Minister Iwaya and Secretary Blinken shaking hands",
        "Minister Hayashi and Secretary Blinken who bump elbows with each other",
        "Prime Minister Kishida delivering remarks",
        "Ministers attending the meeting",
        "The Foreign Ministers posing for a photo",
        "会談の様子",
        "日米外相会談が行われている様子",
        "日米外相会談前のフォトセッション",
        "記念撮影",
        "两国外长合影留念",
        "한미 외교장관 기념촬영",
    ],
)
def test_a_photos_caption_is_dropped(line):
    assert _reason(line) == "photo caption"


@pytest.mark.parametrize(
    "line",
    [
        "The photo session was held before the meeting.",
        "Photo session before the meeting was followed by talks.",
        "Foreign Minister Kamikawa shaking hands with Secretary Blinken.",  # a sentence
        "Foreign Minister Kamikawa said the two sides were holding talks.",
        "foreign minister kamikawa holding the talk",  # not printed as a caption is
        "Japan and the United States holding talks",  # no title and name first
        "両外相は会談の様子について説明した。",  # a sentence ends with "。"
        "会談の様子は以下のとおり。",
        "The ministers agreed to meet again",
        # Found by review: a full stop inside the closing quote, a line introducing what
        # follows, a verb of saying.
        'President Biden speaking to reporters said the alliance was "stronger than ever."',
        "Secretary Blinken meeting with reporters later said the talks went well",
        "Secretary Austin speaking at the press conference:",
        "Prime Minister Kishida delivering remarks: “We stand together”",
    ],
)
def test_a_sentence_about_a_photo_or_a_meeting_stays(line):
    assert _reason(line) != "photo caption"


@pytest.mark.parametrize(
    "line",
    [
        "Open a New Window",
        "(opens in new tab)",
        "Opens in a new window",
        "別ウィンドウで開く",
        "(PDF)別ウィンドウで開く",
        "新しいウィンドウで開きます",
        "새 창 열기",
        "在新窗口中打开",
    ],
)
def test_a_links_new_window_note_is_dropped(line):
    assert _reason(line) == "link note"


@pytest.mark.parametrize(
    "line",
    [
        "PDF形式のファイルをご覧いただく場合には、Adobe社のAdobe Acrobat Readerが必要です。",
        "Adobe Acrobat Readerのダウンロード",
        "Get Adobe Reader",
        "To view PDF files, you need Adobe Acrobat Reader.",
    ],
)
def test_the_pdf_readers_notice_is_dropped(line):
    assert _reason(line) == "document reader notice"


def test_the_new_window_and_reader_notes_leave_sentences_alone():
    assert _reason("The minister opened a new window for dialogue with Seoul.") is None
    assert _reason("The ministers read the statement.") is None


def test_related_links_and_related_information_head_a_list_of_links():
    assert _reason("Related Links") == "related links"
    assert _reason("Related Information") == "related links"


def test_captions_between_paragraphs_and_the_links_under_their_header(ref):
    text = "\n\n".join(
        [
            "Japan-U.S. Foreign Ministers' Telephone Talk",
            "May 6, 2024",
            "On May 6, the Minister for Foreign Affairs of Japan held a telephone talk "
            "with the Secretary of State of the United States of America.",
            "Photo session",
            "1. The two Ministers exchanged views on the situation in the region.",
            "Foreign Minister Kamikawa shaking hands with Secretary Blinken",
            "2. The two Ministers concurred to continue to cooperate closely.",
            "Related Links",
            "Japan-U.S. Relations",
            "Open a New Window",
        ]
    )
    parsed = parse_report(text.encode(), reference=ref)
    assert parsed.body.split("\n\n") == [
        "On May 6, the Minister for Foreign Affairs of Japan held a telephone talk with the "
        "Secretary of State of the United States of America.",
        "1. The two Ministers exchanged views on the situation in the region.",
        "2. The two Ministers concurred to continue to cooperate closely.",
    ]
