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
