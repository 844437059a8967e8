"""Attendance as a sign that keeps a leader (leaders_away._attends, answering review
27ec13b): the leader told as attending the ministers' talks sat at the table, in the
shapes the review did not write (the verb after the name, "Also present was …", Spanish
and Indonesian word order, Chinese "也出席"). Its neighbours: a leader told as *not*
attending ("did not attend", "は同席しなかった", "참석하지 않았다", "没有出席") is dropped
even as the clause's subject, and so is one who attended another event named between
("…首相も就任式に出席した") or one another person attended for ("attended by an envoy of
Prime Minister …"). Invented people, meeting and texts (the owner's test module's)."""

from __future__ import annotations

import pytest

from tests.ingest.test_acc18_people_leaders_away import _away, index  # noqa: F401

LEAD = "Foreign Minister Kenta Morimura met Secretary of State Ellen Graves in Tokyo on Tuesday. "
JA = "森村健太外務大臣は14日、グレイブス国務長官と会談した。"
KO = "모리무라 겐타 외무상은 14일 엘런 그레이브스 국무장관과 회담했다. "
ZH = "森村健太外相与艾伦·格雷夫斯国务卿举行会谈。"


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Also present was Prime Minister Taro Ishikawa, for part of the talks.",
        LEAD + "Graves said the talks, which Prime Minister Taro Ishikawa also attended, "
        "were productive.",
        "El canciller Kenta Morimura se reunió con la secretaria de Estado Ellen Graves el "
        "martes. Asistió también el primer ministro Taro Ishikawa.",
        "Menteri Luar Negeri Kenta Morimura bertemu Menteri Luar Negeri AS Ellen Graves "
        "pada Selasa. Pertemuan itu dihadiri oleh Perdana Menteri Taro Ishikawa.",
        JA + "石川太郎首相も会談に同席した。",
        KO + "이시카와 다로 총리도 회담에 배석했다.",
        ZH + "石川太郎首相也出席了会谈。",
    ],
)
def test_a_leader_attending_stays(text, index):  # noqa: F811
    assert "taro-ishikawa" not in _away(text, index)


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Prime Minister Taro Ishikawa did not attend the talks.",
        LEAD + "The talks were not attended by Prime Minister Taro Ishikawa.",
        JA + "石川太郎首相は会談に同席しなかった。",
        JA + "石川太郎首相も先週、就任式に出席した。",
        KO + "이시카와 다로 총리는 회담에 참석하지 않았다.",
        ZH + "石川太郎首相没有出席会谈。",
        LEAD + "The talks were attended by an envoy of Prime Minister Taro Ishikawa.",
    ],
)
def test_a_leader_not_attending_is_dropped(text, index):  # noqa: F811
    assert _away(text, index) == {"taro-ishikawa"}
