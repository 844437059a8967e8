"""A transcript speaker's words (issue 11's mutation sample at a50f3b0, passing.py): a
leader the speaker says they held talks with ("我与岸田文雄首相举行了会谈") is the
meeting's, while someone the speaker only mentions is in passing. Invented transcript."""

from datetime import date

import pytest

from archive.ingest.people import find_people, in_the_news
from archive.ingest.quotes import find_quotes_and_roles


def _subjects(body, ref):
    on = date(2022, 5, 1)
    mentions, _ = find_people(body, ref.index)
    quotes, roles = find_quotes_and_roles(body, mentions, index=ref.index, on=on)
    return {m.slug for m in in_the_news(body, [*mentions, *roles], quotes, ref.index, on)}


@pytest.mark.parametrize(
    "joined", ["今天我与岸田文雄首相举行了会谈。", "今天我和岸田文雄举行了会谈。"]
)
def test_a_leader_the_speaker_held_talks_with_is_the_meetings(ref, joined):
    body = (
        f"拜登总统：请各位就坐。\n\n{joined}\n\n记者：谢谢。\n\n"
        "拜登总统：奥斯汀国防部长也在华盛顿。"
    )
    assert _subjects(body, ref) == {"joe-biden", "fumio-kishida"}


# --- the a50f3b0 sample's open survivor (passing._later_leg 20): a later leg is in passing
# only when its sentence names no one from one of the two allies; naming exactly the two
# allies' people (no third country) is enough to keep the later meeting's guest.

_FILLER = "The two sides discussed the regional security situation at length. " * 5


@pytest.mark.parametrize(
    "later, guest",
    [
        ("Blinken will then meet Defense Minister Nobuo Kishi in Osaka.", "nobuo-kishi"),
        ("Blinken will travel to Canberra to meet Prime Minister Scott Morrison.", None),
    ],
)
def test_a_later_leg_naming_people_of_both_allies_only_is_not_in_passing(ref, later, guest):
    lead = f"Secretary Antony Blinken met Foreign Minister Yoshimasa Hayashi in Tokyo.\n\n{_FILLER}"
    found = _subjects(f"{lead}\n\n{later}", ref)
    assert found == {"antony-blinken", "yoshimasa-hayashi"} | ({guest} if guest else set())
