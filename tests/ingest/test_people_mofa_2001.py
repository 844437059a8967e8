"""Names as Japan's foreign ministry printed them in 2001–2011, and the Korean press with
them: the prime minister's formal title after his full name ("安倍晋三内閣総理大臣は"),
which is no "Abe cabinet"; US officials by surname and title ("ライス国務長官",
"라이스 장관", "체니 부통령"), where a katakana or hangul surname inside a longer word
("プライス報道官", "프라이스 대변인") and a surname before a post its person never held
("ライス国連大使", Susan Rice) name no one. Invented texts."""

from datetime import date

import pytest
from django.utils.text import slugify

from archive.ingest import news_subjects
from archive.ingest.people import find_people, in_the_news
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.results import Mention
from tests.ingest.reference_data import native_aliases


def _person(name, country, title, post, start=date(2001, 1, 1), end=None):
    office = KnownOffice(title, post, country, start, end)
    return KnownPerson(slugify(name), name, country, native_aliases().get(name, ()), (office,))


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            _person("Shinzo Abe", "Japan", "Prime Minister", "head_of_government"),
            _person("Condoleezza Rice", "United States", "Secretary of State", "foreign"),
            _person("Dick Cheney", "United States", "Vice President", "other"),
            _person("Colin Powell", "United States", "Secretary of State", "foreign"),
            _person("Donald Rumsfeld", "United States", "Secretary of Defense", "defense"),
            _person("Ned Price", "United States", "Spokesperson", "other"),
        )
    ).index


def slugs(body, index):
    return [m.slug for m in find_people(body, index, date(2006, 10, 1))[0]]


@pytest.mark.parametrize(
    "after",
    ["内閣総理大臣は、", "内閣総理大臣が", "內閣總理大臣表示", "内阁总理大臣表示", "内閣官房長官"],
)
def test_the_cabinets_own_title_after_a_name_is_no_genitive(after):
    body = f"G20サミット出席のため訪問中の安倍晋三{after}会談を行った。"
    mention = Mention("shinzo-abe", body.index("安倍"), body.index("安倍") + 4, "安倍晋三")
    assert not news_subjects._genitive(body, mention)


@pytest.mark.parametrize("after", ["内閣の", "内閣は", "政権の", "内阁"])
def test_the_cabinet_of_a_name_is_still_its_government(after):
    body = f"安倍晋三{after}方針を説明した。"
    assert news_subjects._genitive(body, Mention("shinzo-abe", 0, 4, "安倍晋三"))


def test_a_prime_minister_under_his_formal_title_is_the_reports_subject(index):
    body = (
        "G20サミット出席のためアルゼンチン訪問中の安倍晋三内閣総理大臣は,11月30日,"
        "首脳会合を行ったところ,概要以下のとおり。"
    )
    mentions = find_people(body, index, date(2018, 11, 30))[0]
    subjects = in_the_news(body, mentions, [], index, date(2018, 11, 30))
    assert {m.slug for m in subjects} == {"shinzo-abe"}


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("麻生外務大臣は、ライス国務長官と会談した。", "condoleezza-rice"),
        ("米国のライス長官より、次のとおり述べた。", "condoleezza-rice"),
        ("라이스 장관은 21일 모스크바로 향했습니다.", "condoleezza-rice"),
        ("라이스 미 국무장관은 말했습니다.", "condoleezza-rice"),
        ("체니 부통령은 도쿄에 도착했습니다.", "dick-cheney"),
        ("チェイニー副大統領は述べた。", "dick-cheney"),
        ("파월 국무장관은 말했습니다.", "colin-powell"),
        ("럼스펠드 국방장관은 말했습니다.", "donald-rumsfeld"),
        ("도널드 럼스펠드 미 국방장관이 밝혔습니다.", "donald-rumsfeld"),
    ],
)
def test_us_officials_by_surname_and_title(index, body, slug):
    assert slugs(body, index) == [slug]


@pytest.mark.parametrize(
    "body",
    [
        "プライス報道官は記者会見で述べた。",  # Ned Price: ライス ends プライス
        "네드 프라이스 대변인은 말했습니다.",
        "프라이스 장관은 말했습니다.",
        "ライス国連大使は安保理で述べた。",  # Susan Rice: an envoy's title
        "라이스 유엔 대사는 말했습니다.",
        "ライス大使は述べた。",
        "라이스 대사는 말했습니다.",
        "ライス大統領は述べた。",  # a leader's post she never held
        "カレーライスを食べた。",  # a word, with no title
        "파월은 말했습니다.",  # two syllables, no title
        "부시장은 말했습니다.",  # "deputy mayor"
    ],
)
def test_no_one_inside_a_word_or_before_a_post_never_held(index, body):
    assert "condoleezza-rice" not in slugs(body, index)
    assert "colin-powell" not in slugs(body, index)
    assert slugs(body, index) in ([], ["ned-price"])


@pytest.mark.parametrize(
    "after",
    [
        ", who was Japan's minister of state for defense, includes",
        ", then Japan's defense minister, signed",
        ", who had been prime minister, said",
    ],
)
def test_an_office_held_before_in_an_apposition_is_no_subject(index, after):
    body = f"The realignment plan names Shinzo Abe{after} the roadmap."
    mentions = find_people(body, index)[0]
    assert in_the_news(body, mentions, [], index, None) == []


@pytest.mark.parametrize(
    "after", [", who was in Tokyo on Monday, said", ", the prime minister, said", " said"]
)
def test_a_name_without_a_past_office_after_it_stays_a_subject(index, after):
    body = f"Shinzo Abe{after} the alliance is strong."
    mentions = find_people(body, index)[0]
    assert [m.slug for m in in_the_news(body, mentions, [], index, None)] == ["shinzo-abe"]


def test_between_two_named_ministers_is_no_genitive():
    body = "本年5月1日には、浜田防衛大臣とゲイツ国防長官の間で防衛相会談が行われた。"
    start = body.index("ゲイツ")
    mention = Mention("robert-gates", start, start + len("ゲイツ国防長官"), "ゲイツ国防長官")
    assert not news_subjects._genitive(body, mention)
    visit = "ゲイツ国防長官の訪日について述べた。"
    assert news_subjects._genitive(visit, Mention("robert-gates", 0, 7, "ゲイツ国防長官"))
