"""Fixtures for the public pages: a small corpus made with factories on top of the real
reference data (meetings, ministers, outlets, topics)."""

import pytest

from archive.models import (
    Article,
    ArticleMeeting,
    ArticleStatus,
    Credit,
    CreditRole,
    Meeting,
    Mention,
    Outlet,
    Person,
    Quote,
    SharedPassage,
    Topic,
)
from archive.services.counts import articles_recount
from archive.services.story_groups import story_groups_refresh
from tests.factories import ArticleFactory

BLINKEN_QUOTE = "We are deeply concerned about the security environment"


def make_article(*, outlet, meeting=None, people=(), topics=(), **fields):
    """A published report linked to `meeting`, mentioning `people`, indexed for search."""
    article = ArticleFactory(outlet=outlet, **fields)
    if meeting:
        ArticleMeeting.objects.create(article=article, meeting=meeting)
    for person in people:
        Mention.objects.create(article=article, person=person)
    article.topics.add(*topics)
    Article.objects.filter(pk=article.pk).refresh_search_vector()
    articles_recount(article_ids=[article.pk])  # what the import service counts
    return article


@pytest.fixture
def corpus(reference):
    """Four reports of the 2022-01-07 meeting and one of 2023-01-11, plus a draft and a
    rejected one that must never show."""
    scc_2022 = Meeting.objects.get(slug="scc-2022-01-07")
    scc_2023 = Meeting.objects.get(slug="scc-2023-01-11")
    blinken = Person.objects.get(slug="antony-blinken")
    hayashi = Person.objects.get(slug="yoshimasa-hayashi")
    kishi = Person.objects.get(slug="nobuo-kishi")
    hamada = Person.objects.get(slug="yasukazu-hamada")
    efe, reuters, myind, sindo, unknown = (
        Outlet.objects.get(slug=slug)
        for slug in ("efe", "reuters", "myind", "sindonews", "unidentified")
    )
    china = Topic.objects.get(slug="china")
    body_efe = (
        "Tokyo, Jan 7 (EFE).- The United States and Japan held a two-plus-two meeting.\n\n"
        f"“{BLINKEN_QUOTE},” Anthony Blinken said after the talks with Hayashi.\n\n"
        "Kishi spoke about China and hypersonic weapons."
    )
    efe_report = make_article(
        outlet=efe,
        meeting=scc_2022,
        people=[blinken, hayashi, kishi],
        topics=[china],
        title="US and Japan agree to counter China in 2+2 meeting",
        published_on="2022-01-07",
        language="en",
        body=body_efe,
        raw=body_efe.encode(),
        source_name="000_efe.txt",
    )
    start = body_efe.index(BLINKEN_QUOTE)
    Quote.objects.create(
        article=efe_report,
        speaker=blinken,
        text=BLINKEN_QUOTE,
        start=start,
        end=start + len(BLINKEN_QUOTE),
    )
    wire_text = "The ministers pledged to deepen cooperation on emerging defense threats."
    body_myind = f"Myind Staff reports.\n{wire_text}\nHayashi said the alliance is strong."
    myind_report = make_article(
        outlet=myind,
        meeting=scc_2022,
        people=[blinken, hayashi],
        title="Japan, US ministers pledge cooperation",
        published_on="2022-01-07",
        body=body_myind,
        raw=body_myind.encode(),
        original_wire=reuters,
    )
    Credit.objects.create(article=myind_report, name="Myind Staff", role=CreditRole.STAFF)
    body_unknown = f"Leave a reply.\n{wire_text}\nBlinken and Hayashi met virtually."
    unknown_report = make_article(
        outlet=unknown,
        meeting=scc_2022,
        people=[blinken, hayashi],
        title="Allies meet virtually",
        published_on="2022-01-06",
        body=body_unknown,
        raw=body_unknown.encode(),
    )
    italian = make_article(
        outlet=unknown,
        meeting=scc_2022,
        people=[blinken, kishi],
        title="Gli Stati Uniti e il Giappone",
        published_on="2022-01-08",
        language="it",
        body="TOKYO / WASHINGTON, Jan 7 (Reuters) – Anthony Blinken e Kishi.",
        original_wire=reuters,
    )
    sindo_report = make_article(
        outlet=sindo,
        meeting=scc_2023,
        people=[blinken, hamada, hayashi],
        title="AS dan Jepang perkuat aliansi",
        published_on="2023-01-11",
        language="id",
        body="Menteri Luar Negeri Antony Blinken bertemu Hamada dan Hayashi di Washington.",
    )
    first, second = sorted((myind_report, unknown_report), key=lambda a: a.pk)
    a_start, b_start = first.body.index(wire_text), second.body.index(wire_text)
    SharedPassage.objects.create(
        first=first,
        second=second,
        score=0.5,
        passages=[
            {
                "a_start": a_start,
                "a_end": a_start + len(wire_text),
                "a_text": wire_text,
                "b_start": b_start,
                "b_end": b_start + len(wire_text),
                "b_text": wire_text,
                "similarity": 1.0,
            }
        ],
    )
    story_groups_refresh(meeting_ids=[scc_2022.pk])  # as the write path would
    draft = make_article(
        outlet=efe,
        meeting=scc_2022,
        people=[blinken],
        title="Draft Blinken report",
        status=ArticleStatus.DRAFT,
        published_on="2022-01-07",
    )
    rejected = make_article(
        outlet=efe,
        meeting=scc_2022,
        people=[blinken],
        title="Rejected Blinken report",
        status=ArticleStatus.REJECTED,
        published_on="2022-01-07",
    )
    articles_recount(article_ids=[efe_report.pk])  # its quote, added after it was counted
    return {
        "efe": efe_report,
        "myind": myind_report,
        "unknown": unknown_report,
        "italian": italian,
        "sindo": sindo_report,
        "draft": draft,
        "rejected": rejected,
        "meeting": scc_2022,
        "meeting_2023": scc_2023,
        "blinken": blinken,
        "hayashi": hayashi,
    }
