"""Issue 11: a ministry's question-and-answer record whose headline names no host: its
announcements ("1 発表事項") are spoken by the one person every answer ("A:") is read as
spoken by; and the counterpart the announcements name as a partner ("私とスミス国防長官
との間で") is not the one who answers. Invented texts and people."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.transcripts import find_turns


@pytest.fixture(scope="module")
def index():
    def person(slug, name, country, aliases, title, post):
        office = KnownOffice(title, post, country, date(2020, 1, 1), date(2024, 1, 1))
        return KnownPerson(slug, name, country, aliases, (office,))

    return Reference(
        people=(
            person(
                "hanako-yamada",
                "Hanako Yamada",
                "Japan",
                ("山田花子",),
                "Minister of Defense",
                "defense",
            ),
            person(
                "john-smith",
                "John Smith",
                "United States",
                ("ジョン・スミス",),
                "Secretary of Defense",
                "defense",
            ),
        )
    ).index


QUESTIONS = (
    "2 質疑応答\n\n"
    "Q:日米同盟の今後についてどのようにお考えでしょうか。\n\n"
    "A:日米同盟は我が国の安全保障の基軸であると考えております。\n\n"
    "Q:次の会談の時期についてお聞かせください。\n\n"
    "A:現在調整中でございます。"
)


def turns(body, index):
    mentions, _ = find_people(body, index)
    return [(hit.speaker_slug, hit.text) for hit in find_turns(body, index, mentions)]


def test_the_announcements_are_the_answerers(index):
    body = (
        "1 発表事項\n\n"
        " 皆様こんにちは。防衛大臣に就任いたしました山田花子でございます。"
        "よろしくお願いします。\n\n" + QUESTIONS
    )
    found = turns(body, index)
    assert ("hanako-yamada", "皆様こんにちは。") in found
    assert ("hanako-yamada", "現在調整中でございます。") in found


def test_a_counterpart_named_as_a_partner_answers_nothing(index):
    body = (
        "1 発表事項\n\n"
        " 来週、私とジョン・スミス国防長官との間で防衛相会談を実施することになりましたので"
        "御報告いたします。\n\n" + QUESTIONS
    )
    assert all(slug != "john-smith" for slug, _ in turns(body, index))
