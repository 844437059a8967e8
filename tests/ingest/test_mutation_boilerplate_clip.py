"""A clip's title over its player (issue 11's mutation sample, boilerplate.py): a short
line right above the player's notice is the clip's title unless it is a finished
sentence, ended by "。", "．" (a Japanese government text's full stop) or ".".
"""

import pytest

from archive.ingest.boilerplate import _clip_title

NOTICE = {1: "player notice"}


def test_a_short_unfinished_line_above_a_player_notice_is_a_clip_title():
    assert _clip_title(["日米首脳会談 共同記者会見", "请稍等"], 0, NOTICE)


@pytest.mark.parametrize(
    "line",
    ["日米首脳会談について説明した。", "日米首脳会談について説明した．", "The leaders met today."],
)
def test_a_finished_sentence_above_a_player_notice_is_no_clip_title(line):
    assert not _clip_title([line, "请稍等"], 0, NOTICE)


def test_a_line_not_above_a_player_notice_is_no_clip_title():
    assert not _clip_title(["日米首脳会談 共同記者会見", "请稍等"], 0, {})
