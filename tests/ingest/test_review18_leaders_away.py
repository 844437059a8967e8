"""Review of 6c72e69 (leaders_away: a leader a ministers' report names, who was not met,
does not act as a clause's opening subject, … is no subject). A leader who sat in on the
ministers' meeting is told so as its attendee, after "the talks" ("The talks were also
attended by Prime Minister …", "会談には…首相も同席した", "회담에는 … 총리도 참석했다"):
he was at the table, yet is dropped. Invented people, meeting and texts (the owner's
test module's)."""

from __future__ import annotations

import pytest

from tests.ingest.test_acc18_people_leaders_away import _away, index  # noqa: F401


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Kenta Morimura met Secretary of State Ellen Graves in Tokyo on "
        "Tuesday. The talks were also attended by Prime Minister Taro Ishikawa, who joined "
        "for the last half hour.",
        "森村健太外務大臣は14日、グレイブス国務長官と会談した。会談には石川太郎首相も途中から同席した。",
        "모리무라 겐타 외무상은 14일 엘런 그레이브스 국무장관과 회담했다. "
        "회담에는 이시카와 다로 총리도 참석했다.",
    ],
)
def test_a_leader_attending_the_ministers_talks_stays(text, index):  # noqa: F811
    assert "taro-ishikawa" not in _away(text, index)
