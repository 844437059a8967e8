"""A leader or minister named only inside another minister's words, as a Japanese readout
reports them ("…大臣より、…旨述べた"), is named in passing (readout_words.py,
passing._Reading.aside). Invented people and texts."""

from datetime import date

import pytest

from archive.ingest.passing import in_passing
from archive.ingest.people import find_people
from archive.ingest.readout_words import in_minister_words
from archive.ingest.reference import Reference
from tests.ingest.invented_people import READOUT_PEOPLE, person

ON = date(2031, 5, 2)


@pytest.fixture(scope="module")
def index():
    prime_minister = person(
        "taichi-oyama",
        "Taichi Oyama",
        "Japan",
        ("大山太一",),
        "Prime Minister",
        "head_of_government",
    )
    return Reference(people=(*READOUT_PEOPLE, prime_minister)).index


LEAD = (
    "森村健太外務大臣は、グレイブス国務長官との間で日米外相会談を行ったところ、"
    "概要以下のとおり。両外相は同盟の強化で一致した。\n\n"
)


def passing(body, index):
    mentions = find_people(body, index, ON)[0]
    return in_passing(body, mentions, [], index)


@pytest.mark.parametrize(
    "words",
    [
        "森村大臣より、先月のハーモン大統領の演説は非常に印象的であった旨述べた。",
        "グレイブス長官から,ハーモン大統領も次の訪日を楽しみにしている旨述べた。",
        "森村大臣より、大山総理も同盟を重視している旨説明した。",
        "森村大臣より、ハーモン大統領が演説で触れた課題に取り組む必要があると述べた。",
        # an adviser's words; two leaders joined to each other, not to the speaker
        "補佐官より、ハーモン大統領と大山総理は緊密な関係にある旨述べた。",
    ],
)
def test_a_leader_inside_a_ministers_words_is_in_passing(index, words):
    named = passing(LEAD + words, index)
    assert named & {"walter-harmon", "taichi-oyama"}
    assert not named & {"kenta-morimura", "ellen-graves"}


@pytest.mark.parametrize(
    "words",
    [
        # met or spoken to: a party, not a topic
        "森村大臣より、ハーモン大統領と会談できたことを歓迎する旨述べた。",
        "森村大臣より、ハーモン大統領に対し、祝意を伝えた旨述べた。",
        # a leader's own words, not a minister's
        "大山総理より、ハーモン大統領の演説は印象的であった旨述べた。",
        # not reported words: no speaker opens them, or nothing closes them
        "ハーモン大統領は、森村大臣と会談した。",
        "森村大臣より、ハーモン大統領の演説について質問があった。",
    ],
)
def test_a_party_or_a_leaders_words_stay(index, words):
    assert "walter-harmon" not in passing(LEAD + words, index)


def test_named_outside_the_words_too_stays(index):
    body = (
        "森村健太外務大臣は、ハーモン大統領を表敬した。\n\n"
        "森村大臣より、ハーモン大統領の指導力を高く評価する旨述べた。"
    )
    assert "walter-harmon" not in passing(body, index)


def test_only_a_title_of_a_post_counts(index):
    body = "森村大臣より、ハーモン氏の著書は興味深い旨述べた。"
    mention = next(m for m in find_people(body, index, ON)[0] if m.slug == "walter-harmon")
    assert not in_minister_words(body, mention, 0, len(body))
