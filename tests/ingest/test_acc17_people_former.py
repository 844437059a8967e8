"""Former titles printed the ways English's "former" does not cover (former_titles.py):
Spanish "expresidente", Japanese and Korean "元"/"前"/"전" between the name and its title,
Chinese "前"/"已故" before the title that precedes the name. A former title is believed
only of someone who held that kind of post and no longer holds it on the report's day,
and a former officeholder the subject meets stays a party. Invented people and texts."""

from datetime import date

import pytest

from archive.ingest.former_titles import met_as_former, printed_as_former
from archive.ingest.news_subjects import in_the_news
from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference

AFTER_TERM = date(2026, 3, 1)  # Harmon's presidency ended in 2024
IN_TERM = date(2022, 3, 1)


def _person(slug, country, aliases, title, post, start, end):
    name = slug.replace("-", " ").title()
    return KnownPerson(
        slug, name, country, aliases, (KnownOffice(title, post, country, start, end),)
    )


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            _person(
                "walter-harmon",
                "United States",
                ("ウォルター・ハーモン", "ハーモン", "월터 하먼", "하먼", "沃尔特·哈蒙", "哈蒙"),
                "President",
                "head_of_state",
                date(2020, 1, 20),
                date(2024, 1, 20),
            ),
            _person(
                "ellen-graves",
                "United States",
                ("エレン・グレイブス", "グレイブス"),
                "Secretary of State",
                "foreign",
                date(2021, 1, 1),
                None,
            ),
            _person(
                "kenta-morimura",
                "Japan",
                ("森村健太", "모리무라 겐타"),
                "Minister for Foreign Affairs",
                "foreign",
                date(2025, 1, 1),
                None,
            ),
        )
    ).index


def _mention(text, index, slug, on):
    mentions, _ = find_people(text, index, on)
    return next(m for m in mentions if m.slug == slug)


@pytest.mark.parametrize(
    "text",
    [
        "ウォルター・ハーモン前大統領は講演で同盟の意義を語った。",
        "式典にはウォルター・ハーモン元米大統領も出席した。",
        "월터 하먼 전 대통령은 이날 강연에서 동맹을 언급했다.",
        "他还提到了共和党籍前总统沃尔特·哈蒙的讲话。",
        "美国前总统沃尔特·哈蒙当天发表演讲。",
        "已故总统沃尔特·哈蒙的遗孀出席了仪式。",
        "Lo dijo el expresidente estadounidense Walter Harmon en un foro.",
        "El ex-presidente de EE. UU. Walter Harmon asistió al acto.",
    ],
)
def test_a_former_title_is_read(text, index):
    mention = _mention(text, index, "walter-harmon", AFTER_TERM)
    assert printed_as_former(text, mention, index, AFTER_TERM)


@pytest.mark.parametrize(
    "text",
    [
        # "前" after a word of time or an event is "before", "ago", "now"
        "会谈前总统沃尔特·哈蒙表示同盟牢不可破。",
        "此前总统沃尔特·哈蒙曾表示支持。",
        "目前总统沃尔特·哈蒙正在访问日本。",
        # a name and a title with nothing between them, or "then" (当時, 당시)
        "ウォルター・ハーモン大統領は講演で同盟の意義を語った。",
        "월터 하먼 당시 대통령의 방문 이후 처음이다.",
        # a capitalised name between "ex" and this one: the former title is another's
        "El expresidente Ana Ruiz y el presidente Walter Harmon conversaron.",
    ],
)
def test_other_words_are_no_former_title(text, index):
    mention = _mention(text, index, "walter-harmon", AFTER_TERM)
    assert not printed_as_former(text, mention, index, AFTER_TERM)


def test_a_former_title_of_a_post_held_that_day_is_a_namesake(index):
    """In his term "ウォルター・ハーモン元大統領" is someone else of that name (a father, say)."""
    text = "式典にはウォルター・ハーモン元大統領も出席した。"
    mention = _mention(text, index, "walter-harmon", IN_TERM)
    assert not printed_as_former(text, mention, index, IN_TERM)
    assert printed_as_former(text, mention, index, AFTER_TERM)


def test_a_former_title_of_a_post_never_held_is_a_namesake(index):
    text = "式典にはエレン・グレイブス元大統領も出席した。"
    mention = _mention(text, index, "ellen-graves", AFTER_TERM)
    assert not printed_as_former(text, mention, index, AFTER_TERM)
    text = "式典にはエレン・グレイブス前国務長官も出席した。"  # she holds it still
    mention = _mention(text, index, "ellen-graves", AFTER_TERM)
    assert not printed_as_former(text, mention, index, AFTER_TERM)


@pytest.mark.parametrize(
    "text",
    [
        "森村健太外務大臣は、ウォルター・ハーモン前大統領と会談した。",
        "森村健太外務大臣とウォルター・ハーモン前大統領との懇談",
        "ウォルター・ハーモン前大統領による森村健太外務大臣表敬",
        "ウォルター・ハーモン前大統領(Mr. Walter Harmon, former President of the United States)"
        "と電話会談を行った。",
        "ウォルター・ハーモン前大統領は、森村健太外務大臣(The Honorable Kenta Morimura, "
        "Minister for Foreign Affairs of Japan)と電話会談を行いました。",
        "모리무라 겐타 외무상은 월터 하먼 전 대통령과 회담했다.",
        "森村健太外相与前总统沃尔特·哈蒙会面。",
    ],
)
def test_a_former_officeholder_the_subject_meets_is_a_party(text, index):
    mention = _mention(text, index, "walter-harmon", AFTER_TERM)
    assert met_as_former(text, mention, index, AFTER_TERM)
    assert not printed_as_former(text, mention, index, AFTER_TERM)


def _subjects(text, index):
    mentions, _ = find_people(text, index, AFTER_TERM)
    return {m.slug for m in in_the_news(text, mentions, [], index, AFTER_TERM)}


def test_the_report_is_not_about_a_former_president_it_names(index):
    text = "모리무라 겐타 외무상은 20일 도쿄에서 강연했다. 그는 월터 하먼 전 대통령을 언급했다."
    assert _subjects(text, index) == {"kenta-morimura"}


def test_a_former_president_met_stays_though_named_so_again(index):
    text = (
        "森村健太外務大臣は、ウォルター・ハーモン前大統領と会談した。"
        "森村大臣は、ウォルター・ハーモン前大統領の功績をたたえた。"
    )
    assert _subjects(text, index) == {"kenta-morimura", "walter-harmon"}


def test_a_spanish_former_prime_minister_is_read(index):
    text = "Lo dijo el ex primer ministro Walter Harmon en un foro."
    mention = _mention(text, index, "walter-harmon", AFTER_TERM)
    assert printed_as_former(text, mention, index, AFTER_TERM)
    text = "Lo dijo el exprimer ministro japonés Walter Harmon en un foro."
    mention = _mention(text, index, "walter-harmon", AFTER_TERM)
    assert printed_as_former(text, mention, index, AFTER_TERM)
