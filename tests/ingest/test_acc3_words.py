"""What a report calls its meeting when it names no meeting word: one side's foreign or
defense minister met the other's, by their posts, in one sentence ("国務長官が…外相と
ロンドンで会談", "국방장관이 … 방위상과 만나", "Secretary Austin welcomed Defense Minister
Kihara"), and talks named by defense alone ("defense talks", "pembicaraan pertahanan").
The sentences are invented, in several languages."""

from __future__ import annotations

import pytest

from archive.ingest.meetings import report_signs


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("ブリンケン国務長官が林外相とワシントンで会談", "foreign"),
        ("アントニー・ブリンケン国務長官はニューヨークで林芳正外務大臣と会談を行った。", "foreign"),
        ("林外務大臣は、ブリンケン国務長官と会談を行った。", "foreign"),
        ("블링컨 국무장관이 하야시 외무상과 회담했습니다.", "foreign"),
        ("美国国务卿布林肯与日本外相林芳正举行会谈。", "foreign"),
        ("Secretary of State Blinken met Foreign Minister Hayashi in Tokyo.", "foreign"),
        ("浜田防衛大臣は、オースティン国防長官と会談を行った。", "defense"),
        (
            "로이드 오스틴 국방장관이 일본의 하마다 야스카즈 방위상과 만나 협력을 논의했다.",
            "defense",
        ),
        ("Secretary of Defense Lloyd Austin welcomed Japanese Defense Minister Hamada.", "defense"),
        ("Defense Secretary Austin met his Japanese counterpart at the Pentagon.", "defense"),
        ("Austin and Hamada will hold defense talks on Thursday.", "defense"),
        ("Hamada dan Austin akan mengadakan pembicaraan pertahanan bilateral.", "defense"),
    ],
)
def test_one_sides_minister_meeting_the_others_names_the_kind(body, kind):
    assert report_signs(body).kind_words[kind] == 1, dict(report_signs(body).kind_words)


@pytest.mark.parametrize(
    "body",
    [
        # A leader receiving a minister is no ministers' meeting.
        "岸田総理はブリンケン国務長官と会談した。",
        "The Secretary of State met the President at the White House.",
        # The two posts in different sentences.
        "Blinken is the secretary of state. The foreign minister met the press.",
        # Both US secretaries with their counterparts are a 2+2, not a defense meeting.
        "Secretary of State Kerry and Secretary of Defense Carter were meeting with their"
        " Japanese counterparts in New York.",
    ],
)
def test_posts_without_a_ministers_meeting_name_neither_kind(body):
    words = report_signs(body).kind_words
    assert not words["foreign"] and not words["defense"], dict(words)


def test_the_two_secretaries_with_their_counterparts_stay_a_2_plus_2():
    body = (
        "Secretary of State Kerry and Secretary of Defense Carter were meeting with their"
        " Japanese counterparts in New York."
    )
    assert report_signs(body).kind_words["scc"] == 1
