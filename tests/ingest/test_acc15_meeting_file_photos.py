"""A file photo's caption shows an earlier meeting (`meeting_file_photos`): its date and
place are not read as the report's meeting's, so the meeting the report announces is
linked, not the one in the archive picture. The reports are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_context import report_context
from archive.ingest.meeting_file_photos import without_file_photos
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

CAPTIONS = {
    "ko": "바이든 대통령과 기시다 총리가 지난 2022년 6월 29일 마드리드에서 회담하는 모습 "
    "(자료사진)",
    "en": "President Biden and Prime Minister Kishida meet in Madrid on June 29, 2022. "
    "(File photo)",
    "es": "El presidente Biden y el primer ministro Kishida en Madrid el 29 de junio de 2022. "
    "(Foto de archivo)",
    "ja": "2022年6月29日、マドリードで会談するバイデン大統領と岸田首相(資料写真)",
}


def _blanked(body: str) -> str:
    return without_file_photos(body, prefilter.fold(body))[0]


@pytest.mark.parametrize("language", sorted(CAPTIONS))
def test_a_file_photo_s_caption_is_blanked(language):
    body = f"{CAPTIONS[language]}\nThe leaders will meet in Tokyo on 23 May.\n"
    blanked = _blanked(body)
    assert len(blanked) == len(body)
    assert blanked.strip() == "The leaders will meet in Tokyo on 23 May."
    context = report_context(body)
    assert date(2022, 6, 29) not in context.dates.full
    assert "Madrid" not in context.places


@pytest.mark.parametrize(
    "body",
    [
        "President Biden and Prime Minister Kishida met in Madrid on June 29, 2022.",
        # A photo credit that is no archive photo.
        "President Biden and Prime Minister Kishida in Madrid, June 29, 2022. (AP Photo)",
        "バイデン大統領と岸田首相は2022年6月29日にマドリードで会談した。(写真)",
    ],
)
def test_other_lines_are_read_as_they_are(body):
    assert _blanked(body) == body
    assert date(2022, 6, 29) in report_context(body).dates.full


# --- through the scorer -------------------------------------------------------------

LEADERS = ("joe-biden", "fumio-kishida")
POSTS = (
    ("joe-biden", "United States", "head_of_state"),
    ("fumio-kishida", "Japan", "head_of_government"),
)


def _summit(slug: str, day: date, city: str, country: str) -> KnownMeeting:
    return KnownMeeting(
        slug, "Japan–U.S. Summit Meeting", day, day, city, LEADERS, (), "summit",
        "in_person", country=country, participant_posts=POSTS,
    )  # fmt: skip


MEETINGS = (
    _summit("madrid", date(2022, 6, 29), "Madrid", "Spain"),
    _summit("tokyo", date(2022, 5, 23), "Tokyo", "Japan"),
)


def _auto(body: str) -> str | None:
    index = replace(seed_reference(), meetings=MEETINGS).index
    return suggest_meetings(index=index, body=body, people=set(LEADERS))[1]


ANNOUNCED = (
    "The White House said Prime Minister Kishida will host President Biden for a summit "
    "in Tokyo on 23 May, their first meeting in Japan."
)


def test_an_announcement_under_a_file_photo_links_the_meeting_it_announces():
    # The caption's date and place made the pictured meeting the text's.
    assert _auto(f"{CAPTIONS['en']}\n{ANNOUNCED}") == "tokyo"


def test_a_caption_that_is_no_file_photo_still_dates_its_meeting():
    caption = "President Biden and Prime Minister Kishida met in Madrid on June 29, 2022."
    assert _auto(caption) == "madrid"


def test_a_file_photo_among_the_captions_after_a_long_body_is_blanked_too():
    body = "The leaders will meet in Tokyo on 23 May.\n" * 400 + CAPTIONS["en"] + "\nHeadline"
    blanked = _blanked(body)
    assert "Madrid" not in blanked and blanked.endswith("\nHeadline")
    assert len(blanked) == len(body)
