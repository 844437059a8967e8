"""A trip through three countries is no meeting of three (meeting_words.KIND_WORDS,
"multi"): "a three-nation tour", "perjalanan ke tiga negara", "gira por tres países",
"3개국 순방", "三か国訪問", "三国之行" count no word for a trilateral; the meeting of three
itself still does. Invented sentences."""

import pytest

from archive.ingest.meeting_signs import report_signs


def _multi(body: str) -> int:
    return report_signs(body).kind_words.get("multi", 0)


@pytest.mark.parametrize(
    "body",
    [
        "Clinton arrived in Tokyo on a three-nation tour of East Asia.",
        "The secretary began a trip to three countries in Asia.",
        "Clinton tiba di Tokyo dalam perjalanan ke tiga negara Asia Timur.",
        "Clinton llegó a Tokio en una gira por tres países de Asia.",
        "Clinton è arrivata a Tokyo nel viaggio in tre paesi dell'Asia.",
        "클린턴 장관은 아시아 3개국 순방의 첫 방문지로 도쿄에 도착했습니다.",
        "クリントン長官はアジア三か国訪問の最初に東京を訪れた。",
        "希拉里开始了亚洲三国之行。",
    ],
)
def test_a_trip_through_three_countries_is_no_meeting_of_three(body):
    assert _multi(body) == 0


@pytest.mark.parametrize(
    "body",
    [
        "The three countries' foreign ministers met in Tokyo.",
        "Pertemuan tiga negara digelar di Tokyo.",
        "한미일 3국 외교장관회의가 열렸습니다.",
        "日米韓の三か国外相会合が開かれた。",
        "美日韩三国外长举行会谈。",
    ],
)
def test_a_meeting_of_three_still_counts(body):
    assert _multi(body) >= 1
