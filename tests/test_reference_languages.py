"""Reference data in other languages: ministers' and leaders' names in Japanese, Korean and
Chinese, and topic keywords in the archive's languages, loaded with the rest."""

import pytest

from archive.models import Article, Person, PersonAlias, Topic
from archive.services import reference_load
from archive.services.reference import REFERENCE_DIR
from archive.services.reference_languages import native_aliases_load, topic_keywords_load

pytestmark = pytest.mark.django_db


def test_ministers_and_leaders_have_their_names_in_cjk_scripts(reference):
    hayashi = Person.objects.get(slug="yoshimasa-hayashi")
    aliases = set(hayashi.aliases.values_list("alias", flat=True))
    assert {"林芳正"} <= aliases
    assert any("하야시" in alias for alias in aliases)
    blinken = set(Person.objects.get(slug="antony-blinken").aliases.values_list("alias", flat=True))
    assert any("ブリンケン" in alias for alias in blinken)
    assert any("布林肯" in alias for alias in blinken)


def test_topics_gain_keywords_in_other_languages(reference):
    north_korea = Topic.objects.get(name="North Korea")
    assert {"北朝鮮", "북한"} <= set(north_korea.keywords)


def test_loading_again_adds_nothing_and_keeps_a_curators_pruning(reference):
    import json

    aliases = PersonAlias.objects.count()
    topic = Topic.objects.get(name="North Korea")
    topic.keywords = [word for word in topic.keywords if word != "북한"]
    topic.save()
    reference_load()
    assert PersonAlias.objects.count() == aliases
    assert "북한" not in Topic.objects.get(name="North Korea").keywords
    assert native_aliases_load(REFERENCE_DIR / "native_aliases.csv") == 0
    # A topic still as shipped (no curator touched it) gets the other languages.
    curated = json.loads((REFERENCE_DIR / "curated.json").read_text(encoding="utf-8"))
    shipped = {entry["name"]: entry["keywords"] for entry in curated["topics"]}
    topic.keywords = shipped["North Korea"]
    topic.save()
    path = REFERENCE_DIR / "topic_keywords_multilingual.json"
    assert topic_keywords_load(path, shipped=shipped) == 1
    assert "북한" in Topic.objects.get(name="North Korea").keywords
    assert topic_keywords_load(path, shipped=shipped) == 0


def test_a_japanese_name_finds_english_reports_of_the_person(seed_corpus):
    hayashi = Person.objects.get(slug="yoshimasa-hayashi")
    mentioning = set(Article.objects.mentioning([hayashi]).values_list("pk", flat=True))
    assert mentioning
    assert set(Article.objects.search("林芳正").values_list("pk", flat=True)) >= mentioning
