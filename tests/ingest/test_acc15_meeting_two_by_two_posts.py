"""The 2+2 named in Korean by its two posts together, "외교·국방장관", whatever mark joins
them ("·", "ㆍ", a comma): the allies' foreign and defense ministers at one table
(`meeting_words.SCC_WORDS_BEFORE_POSTS`). Invented sentences."""

from __future__ import annotations

import pytest

from archive.ingest.meeting_signs import report_signs


@pytest.mark.parametrize(
    "body",
    [
        "미국과 일본의 외교·국방장관들은 워싱턴에서 만나 동맹 강화 방안을 논의했습니다.",
        "미국과 일본의 외교ㆍ국방장관들은 워싱턴에서 만났습니다.",
        "미국과 일본의 외교,국방장관들은 최근 워싱턴에서 만났습니다.",
        "미일 외교, 국방장관 회의가 열렸습니다.",
    ],
)
def test_the_two_posts_together_name_the_2_plus_2(body):
    assert report_signs(body).kind_words["scc"]


@pytest.mark.parametrize(
    "body",
    [
        # One post each, in separate phrases: two meetings, or one minister.
        "외교장관은 국방 예산에 대해 말했습니다.",
        "외교 정책과 국방 정책이 논의됐습니다.",
    ],
)
def test_the_posts_apart_name_no_2_plus_2(body):
    assert not report_signs(body).kind_words["scc"]
