"""Reference data in other languages: every minister's and leader's name in Japanese
(kanji, katakana), Korean and Chinese, and each topic's keywords in the archive's
languages, so that reports in those languages find their people and topics."""

import csv
import json
from pathlib import Path

from django.utils.text import slugify

from archive.models import AliasKind, Person, PersonAlias, Topic


def native_aliases_load(path: Path, *, people: dict[str, Person] | None = None) -> int:
    """Add the aliases of `native_aliases.csv` (name, alias, language, kind) to the people
    the archive knows; names it does not know yet are skipped. Returns how many were new."""
    if not path.exists():
        return 0
    # The loader passes the people it has read already (by slug), so they are not read again.
    people = people if people is not None else {p.slug: p for p in Person.objects.all()}
    existing = set(PersonAlias.objects.values_list("person_id", "alias"))
    new = []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            person = people.get(slugify(row["name"]))
            alias = row["alias"].strip()
            if person is None or not alias or (person.pk, alias) in existing:
                continue
            existing.add((person.pk, alias))
            new.append(PersonAlias(person=person, alias=alias, kind=AliasKind(row["kind"])))
    PersonAlias.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def topic_keywords_load(path: Path, *, shipped: dict | None = None) -> int:
    """Add each topic's keywords in other languages to the topics no curator has touched:
    those whose keywords are still exactly the English ones `shipped` with them
    ({name: keywords}). A topic a curator edited is theirs. Returns how many changed."""
    if not path.exists():
        return 0
    keywords_by_topic = json.loads(path.read_text(encoding="utf-8"))
    shipped = shipped or {}
    changed = 0
    for topic in Topic.objects.filter(name__in=keywords_by_topic.keys()):
        english = shipped.get(topic.name)
        if english is None or set(topic.keywords) != set(english):
            continue
        words = [
            word
            for words in keywords_by_topic[topic.name].values()
            for word in words
            if word not in topic.keywords
        ]
        if not words:
            continue
        topic.keywords = [*topic.keywords, *dict.fromkeys(words)]
        topic.save(update_fields=["keywords"])
        changed += 1
    return changed
