"""Searching Japanese, Chinese and Korean text: a word inside a body with no spaces is
found, through character bigrams stored in the vector and applied to the query."""

import pytest
from django.db import connection
from django.urls import reverse

from archive.ingest.cjk import cjk_bigrams
from archive.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

JAPANESE = (
    "林外務大臣は、ブリンケン国務長官と日米外相会談を行い、同盟の抑止力の強化で一致しました。"
)
CHINESE = "美国国务卿布林肯与日本外相林芳正举行会谈，双方同意加强美日同盟的威慑力。"
KOREAN = "블링컨 국무장관은 하야시 외무상과의 회담에서 동맹의 억지력을 강화하기로 했다."


def indexed(body: str, title: str = "Report") -> Article:
    article = ArticleFactory(body=body, raw=body.encode(), title=title)
    Article.objects.filter(pk=article.pk).refresh_search_vector()
    return article


@pytest.mark.parametrize(
    "body, word",
    [
        (JAPANESE, "外相会談"),
        (JAPANESE, "抑止力"),
        (JAPANESE, "ブリンケン"),
        (CHINESE, "布林肯"),
        (CHINESE, "威慑力"),
        (KOREAN, "블링컨"),
        (KOREAN, "억지력"),
    ],
)
def test_a_word_inside_cjk_text_is_found(reference, body, word):
    article = indexed(body)
    other = indexed("An English report about the alliance and deterrence.")
    found = set(Article.objects.search(word).values_list("pk", flat=True))
    assert article.pk in found and other.pk not in found


def test_characters_that_are_not_adjacent_do_not_match(reference):
    indexed(JAPANESE)
    # 外相 and 会談 both occur, but "相外" (reversed) is not in the text.
    assert not Article.objects.search("相外").exists()
    assert not Article.objects.search("外相首脳").exists()


def test_mixed_queries_need_every_part(reference):
    article = indexed(JAPANESE + " Blinken")
    indexed(JAPANESE)
    found = list(Article.objects.search("外相会談 Blinken").values_list("pk", flat=True))
    assert found == [article.pk]


def test_the_search_page_finds_japanese_words(client, reference):
    article = indexed(JAPANESE, title="日米外相会談")
    response = client.get(reverse("archive:article_list"), {"q": "抑止力"})
    assert response.status_code == 200
    assert article.get_absolute_url() in response.content.decode()


@pytest.mark.parametrize("text", [JAPANESE, CHINESE, KOREAN, "Mixed 林 text 日米 and ・ dots", "x"])
def test_the_database_and_the_query_side_make_the_same_bigrams(db, text):
    with connection.cursor() as cursor:
        cursor.execute("SELECT archive_cjk_bigrams(%s)", [text])
        assert cursor.fetchone()[0] == cjk_bigrams(text)
