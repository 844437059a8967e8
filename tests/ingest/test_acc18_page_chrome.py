"""Chrome families read on unseen pages (issue 11, eighteenth session): Korean skip links
("컨텐츠 바로가기"), a post's empty comment thread ("No comments:", "첫 댓글을 작성해보세요"), a
share widget's notice once its link is copied ("주소복사가 완료되었습니다"), a newsletter prompt
whose offers come "directly to your inbox", and a service's note on where its facts came from
("*이 기사는 AP, Reuters를 참조했습니다.", "Some information for this report came from …").
Sentences of a report that open the same way are left alone. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason


def _reason(line: str) -> str | None:
    return boilerplate_reason(line, DEFAULT_PATTERNS)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("컨텐츠 바로가기", "navigation"),
        ("콘텐츠 바로가기", "navigation"),
        ("No comments:", "comment form"),
        ("Be the first to comment", "comment form"),
        ("댓글 첫 댓글을 작성해보세요", "comment form"),
        ("첫 댓글을 남겨주세요", "comment form"),
        ("주소복사가 완료되었습니다", "clipboard notice"),
        ("링크가 복사되었습니다.", "clipboard notice"),
        ("URL이 복사되었습니다", "clipboard notice"),
        (
            "Sign up here to get the latest stories and offers delivered directly to your inbox.",
            "newsletter prompt",
        ),
        ("*이 기사는 AP, Reuters를 참조했습니다.", "note on the text"),
        ("이 기사는 연합뉴스를 참조했습니다", "note on the text"),
        (
            "Some information for this report came from The Associated Press and Reuters.",
            "note on the text",
        ),
    ],
)
def test_the_family_is_chrome(line, reason):
    assert _reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "콘텐츠 산업 협력도 논의됐다.",
        "No comments were made by the ministers after the talks.",
        "The minister had no comments on the base relocation plan.",
        "두 장관은 첫 댓글을 단 시민에게 감사했다고 말했다.",
        "주소 복사 방식에 대한 규정도 논의됐습니다.",
        "이 기사는 외교부 발표를 바탕으로 지난주 처음 보도됐다.",
        "Some information on the new base was shared with reporters on Monday.",
        "Reuters reported that the ministers agreed on new bases.",
    ],
)
def test_report_sentences_that_open_the_same_way_stay(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "(Provisional translation by an invented agency for reference purposes only)",
        "[Unofficial translation of the minister's remarks]",
        "（Tentative translation for the press）",
    ],
)
def test_a_translation_note_in_brackets_says_by_whom_or_of_what(line):
    # Never the headline (a line wholly in brackets), so it must go as chrome.
    assert _reason(line) == "translation notice"


def test_a_headline_about_a_translation_stays():
    assert _reason("Provisional translation of the treaty released by the ministry") is None


@pytest.mark.parametrize(
    "line",
    [
        "Image of Pentagon oval   Invented Department of Defense",
        "Photograph of Foreign Minister Yamada shaking hands with Secretary Dunmore",
        "Photo of Walter Dunmore",
        "A picture of the Minister arriving at the airport",
    ],
)
def test_an_images_alternative_text_is_chrome(line):
    assert _reason(line) == "image alt text"


@pytest.mark.parametrize(
    "line",
    [
        "Photos of the meeting were released by the ministry on Monday.",
        "Images of Dunmore and Yamada shaking hands were shown on television.",
        "Photo opportunities were limited during the visit.",
        "The photo of the two ministers has been widely shared.",
    ],
)
def test_sentences_about_photos_stay(line):
    assert _reason(line) is None
