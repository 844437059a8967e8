"""Both allies' ministers or leaders named together by their posts ("los cancilleres de
ambos países", "양국 외교장관", "日米外相") say what kind of meeting a report covers when it
names the people at the table in no other way (issue 11). Invented texts."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

import pytest

from archive.ingest import meeting_post_pairs
from archive.ingest.meeting_post_pairs import POST_ANCHORS, post_pair_kinds
from archive.ingest.prefilter import fold
from tests.ingest.test_meeting_matching import full_reference, suggest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The foreign ministers of both countries met in Tokyo.", "foreign"),
        ("The two foreign ministers agreed to meet again.", "foreign"),
        ("U.S. and Japanese defense ministers spoke on Tuesday.", "defense"),
        ("The leaders of the two countries agreed.", "summit"),
        ("Los cancilleres de ambos países se reunieron en Tokio.", "foreign"),
        ("Los ministros de Relaciones Exteriores de ambos países acordaron.", "foreign"),
        ("Los dos ministros de Defensa hablaron del despliegue.", "defense"),
        ("Ambos mandatarios firmaron la declaración.", "summit"),
        ("Kedua menteri luar negeri membahas Korea Utara.", "foreign"),
        ("Menteri pertahanan kedua negara bertemu di Jakarta.", "defense"),
        ("Kedua pemimpin sepakat memperkuat aliansi.", "summit"),
        ("양국 외교장관은 도쿄에서 만나 합의했다.", "foreign"),
        ("미일 국방장관은 동맹 강화에 합의했다.", "defense"),
        ("양국 정상은 공동성명을 발표했다.", "summit"),
        ("日米外相は東京で会い、一致した。", "foreign"),
        ("両防衛相は共同声明を発表した。", "defense"),
        ("日米首脳は共同声明を発表した。", "summit"),
        ("美日外长在东京举行会谈。", "foreign"),
        ("两国防长同意加强合作。", "defense"),
    ],
)
def test_both_posts_name_the_kind(text, kind):
    assert post_pair_kinds(fold(text), Counter()) == Counter({kind: 1})


@pytest.mark.parametrize(
    "text",
    [
        "한미일 외교장관은 공동성명을 발표했다.",  # a trilateral's ministers
        "미일 외교장관회담이 열렸다.",  # a kind word already (meeting_words)
        "日米外相会談が行われた。",
        "美日外长会谈在东京举行。",
        "The foreign ministers of the G7 met in Tokyo.",  # not the two allies
        "Los cancilleres del G7 se reunieron.",
        "Para menteri luar negeri G7 bertemu.",
        "He met the Japanese foreign minister.",  # one side's post (the 'pair' words')
    ],
)
def test_other_tables_and_kind_words_are_not_post_pairs(text):
    assert post_pair_kinds(fold(text), Counter()) == Counter()


def test_a_report_that_names_its_meeting_counts_no_post_pairs():
    # Its own kind is not counted again, and another kind's ministers named by their posts
    # ("the defense ministers of both countries will meet next month") do not dilute it.
    folded = fold("Los cancilleres de ambos países se reunieron. Los dos mandatarios hablaron.")
    assert post_pair_kinds(folded, Counter(foreign=2)) == Counter()
    assert post_pair_kinds(folded, Counter()) == Counter(foreign=1, summit=1)


def test_only_the_opening_is_read(monkeypatch):
    monkeypatch.setattr(meeting_post_pairs, "OPENING", 40)
    late = fold("x" * 60 + " the two foreign ministers met")
    assert post_pair_kinds(late, Counter()) == Counter()
    assert post_pair_kinds(fold("the two foreign ministers met"), Counter())["foreign"] == 1


_PIECES = (
    "the two foreign ministers", "foreign ministers of both countries", "defense ministers",
    "both defense secretaries", "ambos cancilleres", "cancilleres de ambos países",
    "kedua menlu", "menlu kedua negara", "양국 외교장관", "한미일 외교장관", "미일 정상",
    "日米外相", "両首脳会談", "两国防长", "leaders of both nations", "ambos líderes",
    "the", "and", "met", ". ", "\n", "x" * 30, "both", "two", "countries", "kedua",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(30))
def test_reading_around_the_post_words_finds_what_the_whole_text_holds(seed):
    """Each family's regex is tried only around its post words (`POST_ANCHORS`): it finds
    as many matches as reading the whole text does."""
    rng = random.Random(seed)
    text = fold(" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))))
    for kind, pattern in meeting_post_pairs._POST_PATTERNS.items():
        whole = len(pattern.findall(text))
        around = meeting_post_pairs._matches(pattern, POST_ANCHORS[kind], text)
        assert around == whole, (kind, text)


@pytest.mark.parametrize(
    "body",
    [
        "Los cancilleres de ambos países se reunieron el lunes en Tokio y acordaron reforzar la"
        " alianza.",
        "양국 외교장관은 23일 도쿄에서 만나 동맹 강화에 합의했다.",
        "日米外相は23日、東京で会い、同盟の強化で一致した。",
    ],
    ids=["es", "ko", "ja"],
)
def test_the_ministers_by_their_posts_tell_their_meeting_from_the_summit(body):
    """23 May 2022: Biden met Kishida and Blinken met Hayashi, both in Tokyo. A report that
    names neither minister, only both countries' foreign ministers, covers their meeting."""
    index = full_reference().index
    suggestions, link = suggest(index, body, date(2022, 5, 23), set())
    assert link == "foreign_ministers-2022-05-23"
    assert suggestions[1].slug == "summit-2022-05-23"
    # The same report without the posts cannot tell them apart.
    plain = body.replace("Los cancilleres", "Las delegaciones")
    plain = plain.replace("양국 외교장관", "양국 대표단").replace("日米外相", "日米の代表団")
    suggestions, link = suggest(index, plain, date(2022, 5, 23), set())
    assert link is None
    assert suggestions[0].score == suggestions[1].score


def test_another_posts_ministers_do_not_dilute_the_meeting_a_report_names():
    """A foreign ministers' report that mentions the defense ministers' talks to come."""
    index = full_reference().index
    body = (
        "Secretary of State Antony Blinken and Foreign Minister Yoshimasa Hayashi held a foreign"
        " ministers' meeting in Melbourne on Friday."
    )
    aside = " The defense ministers of both countries will hold talks next month."
    alone, _ = suggest(index, body, date(2022, 2, 11), set())
    with_aside, _ = suggest(index, body + aside, date(2022, 2, 11), set())
    assert alone[0].slug == with_aside[0].slug == "foreign_ministers-2022-02-11"
    assert with_aside[0].score == alone[0].score
