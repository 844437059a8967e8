"""The public pages other than the search: home, meetings, articles, people, outlets,
topics, and the error pages."""

import json
import re

import pytest

from archive.article_page import OTHER_REPORTS_SHOWN
from archive.models import (
    ArticleStatus,
    ImportBatch,
    Meeting,
    MeetingParticipant,
    OfficialDocument,
    Quote,
    SharedPassage,
)
from archive.search import MEETINGS_PAGE_SIZE
from archive.selectors import TIMELINE_SIZE
from tests.views.conftest import BLINKEN_QUOTE, make_article

pytestmark = pytest.mark.django_db


def jsonld_of(response):
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


# --- Home ---------------------------------------------------------------------------------


def test_home_has_the_meeting_timeline_latest_reports_and_a_search_box(client, corpus):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    # The latest meetings only (archive/selectors.py TIMELINE_SIZE), newest first.
    assert html.count('class="timeline-item') == min(TIMELINE_SIZE, Meeting.objects.count())
    assert "Search 5 reports" in html  # the kept total of published reports
    assert corpus["sindo"].title in html
    assert 'action="/articles/"' in html and '<label for="home-q">' in html
    assert "Draft Blinken report" not in html


def test_every_page_has_a_skip_link_landmarks_and_one_h1(client, corpus):
    pair = SharedPassage.objects.get()
    for url in [
        "/",
        "/articles/",
        "/meetings/",
        "/meetings/scc-2022-01-07/",
        f"/meetings/scc-2022-01-07/shared/{pair.pk}/",
        corpus["efe"].get_absolute_url(),
        "/people/",
        "/people/antony-blinken/",
        "/outlets/",
        "/outlets/efe/",
        "/topics/",
        "/topics/china/",
    ]:
        html = client.get(url).content.decode()
        assert '<html lang="en">' in html, url
        assert '<a class="skip-link" href="#main">' in html, url
        assert '<main id="main"' in html and "<nav" in html, url
        assert html.count("<h1") == 1, url


# --- Meetings -------------------------------------------------------------------------------


def test_meeting_list_shows_a_page_of_meetings_with_participants(client, corpus):
    response = client.get("/meetings/")
    browse = response.context["browse"]
    assert browse.total == Meeting.objects.count()
    assert len(browse.meetings) == min(MEETINGS_PAGE_SIZE, Meeting.objects.count())
    html = client.get("/meetings/", {"year": "2022", "kind": "scc"}).content.decode()
    assert "Nobuo Kishi" in html and "(Minister of Defense)" in html
    assert "4 reports" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"year": "2022", "kind": "scc"}, {"scc-2022-01-07"}),
        ({"format": "virtual"}, {"scc-2022-01-07"}),
        ({"participant": "yasukazu-hamada", "kind": "scc"}, {"scc-2023-01-11"}),
        ({"city": "Washington", "year": "2023", "kind": "scc"}, {"scc-2023-01-11"}),
    ],
)
def test_meeting_list_filters(client, corpus, params, expected):
    response = client.get("/meetings/", params)
    assert {meeting.slug for meeting in response.context["browse"].meetings} == expected


def test_meeting_list_facets_follow_the_other_filters(client, corpus):
    response = client.get("/meetings/", {"participant": "antony-blinken"})
    facets = {facet.name: facet for facet in response.context["browse"].facets}
    years = {bucket.value: bucket.count for bucket in facets["year"].buckets}
    assert set(years) >= {"2022", "2023"}
    assert "2011" not in years  # Blinken was not at the 2011 meeting
    participants = {bucket.value for bucket in facets["participant"].buckets}
    # the facet ignores its own filter: not only the four people at Blinken's meetings
    assert len(participants) > 4 and "antony-blinken" in participants
    kinds = {bucket.value for bucket in facets["kind"].buckets}
    # Blinken's meetings: 2+2s, foreign ministers' meetings, calls; never a leaders' summit
    assert {"scc", "foreign_ministers", "call"} <= kinds and "summit" not in kinds


@pytest.mark.parametrize(
    "query",
    ["year=22", "year=abcd", "kind=party", "format=telepathy", "city=Atlantis", "participant=x"],
)
def test_meeting_list_rejects_unknown_values(client, corpus, query):
    response = client.get("/meetings/?" + query)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_meeting_page_has_participants_with_the_post_held_that_day(client, corpus):
    html = client.get("/meetings/scc-2022-01-07/").content.decode()
    assert 'href="/people/nobuo-kishi/">Nobuo Kishi</a>' in html
    assert "Minister of Defense, Japan" in html
    html_2023 = client.get("/meetings/scc-2023-01-11/").content.decode()
    assert "Yasukazu Hamada" in html_2023 and "Nobuo Kishi" not in html_2023


def test_meeting_page_has_documents_and_the_date_note(client, corpus):
    html = client.get("/meetings/scc-2022-01-07/").content.decode()
    document = OfficialDocument.objects.get(meeting__slug="scc-2022-01-07")
    assert document.title in html and document.url in html
    assert "Held on the evening of 6 January in Washington" in html


def test_meeting_page_groups_reports_by_outlet_with_their_day(client, corpus):
    response = client.get("/meetings/scc-2022-01-07/")
    html = response.content.decode()
    assert [report.title for report in response.context["reports"]] == [
        corpus["efe"].title,
        corpus["myind"].title,
        corpus["unknown"].title,
        corpus["italian"].title,
    ]
    assert html.count('class="outlet-group"') == 3
    # 6 January was the meeting's day in Washington (the reference data says so).
    assert "same day (another host&#x27;s date)" in html or "same day (another host's date)" in html
    assert "1 day before" not in html
    assert "same day" in html and "1 day after" in html
    assert "Draft Blinken report" not in html and "Rejected Blinken report" not in html


def test_meeting_page_gathers_quotes_by_speaker(client, corpus):
    html = client.get("/meetings/scc-2022-01-07/").content.decode()
    section = html[html.index('id="quotes-heading"') :]
    assert 'href="/people/antony-blinken/">Antony Blinken</a></h3>' in section
    assert BLINKEN_QUOTE in section
    assert f"{corpus['efe'].get_absolute_url()}#quote-" in section


def test_meeting_page_lists_reports_that_share_text(client, corpus):
    pair = SharedPassage.objects.get()
    html = client.get("/meetings/scc-2022-01-07/").content.decode()
    assert f"/meetings/scc-2022-01-07/shared/{pair.pk}/" in html
    assert "1 shared passage, 50% of the text." in html
    assert "Reuters is credited in one of them" in html


def test_shared_page_highlights_the_passages_side_by_side(client, corpus):
    pair = SharedPassage.objects.get()
    response = client.get(f"/meetings/scc-2022-01-07/shared/{pair.pk}/")
    html = response.content.decode()
    assert html.count('<mark class="shared">') == 3  # one per side, one in the legend
    assert "The ministers pledged to deepen cooperation" in html
    assert corpus["myind"].title in html and corpus["unknown"].title in html


def test_compare_parameter_leads_to_the_shared_page(client, corpus):
    pair = SharedPassage.objects.get()
    response = client.get("/meetings/scc-2022-01-07/", {"compare": pair.pk})
    assert response.status_code == 302
    assert response["Location"] == f"/meetings/scc-2022-01-07/shared/{pair.pk}/"
    assert client.get("/meetings/scc-2022-01-07/", {"compare": "x"}).status_code == 400


def test_shared_page_of_another_meeting_or_a_draft_is_404(client, corpus):
    pair = SharedPassage.objects.get()
    assert client.get(f"/meetings/scc-2023-01-11/shared/{pair.pk}/").status_code == 404
    assert client.get("/meetings/scc-2022-01-07/shared/999999/").status_code == 404
    corpus["myind"].status = ArticleStatus.DRAFT
    corpus["myind"].save()
    assert client.get(f"/meetings/scc-2022-01-07/shared/{pair.pk}/").status_code == 404


def test_meeting_page_jsonld_is_an_event(client, corpus):
    data = jsonld_of(client.get("/meetings/scc-2022-01-07/"))
    assert data["@type"] == "Event" and data["startDate"] == "2022-01-07"
    assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")
    assert {"@type", "name", "url", "jobTitle"} <= set(data["attendee"][0])


def test_unknown_meeting_is_404(client, corpus):
    response = client.get("/meetings/scc-1900-01-01/")
    assert response.status_code == 404
    assert "Not found" in response.content.decode()


# --- Articles --------------------------------------------------------------------------------


def test_article_page_links_people_and_marks_quotes(client, corpus):
    html = client.get(corpus["efe"].get_absolute_url()).content.decode()
    body = html[html.index('class="body-text"') :]
    assert '<a class="person" href="/people/antony-blinken/">Anthony Blinken</a>' in body
    assert '<a class="person" href="/people/yoshimasa-hayashi/">Hayashi</a>' in body
    assert re.search(r'<mark class="quote" id="quote-\d+"[^>]*>.*' + BLINKEN_QUOTE, body)


def test_a_quote_from_the_headline_is_listed_but_marks_nothing_in_the_body(client, corpus):
    """Its offsets are in the title: marking the body there would mark the wrong words."""
    article = corpus["efe"]
    Quote.objects.create(
        article=article,
        speaker=corpus["blinken"],
        text="counter China",
        start=19,
        end=32,
        form="headline",
    )
    html = client.get(article.get_absolute_url()).content.decode()
    body = html[html.index('class="body-text"') : html.index('id="quotes-heading"')]
    assert body.count('<mark class="quote"') == 1  # the body's own quote only
    listed = html[html.index('id="quotes-heading"') :]
    assert '“counter China”</span> <span class="muted">(in the headline)</span>' in listed


def test_article_page_escapes_the_text(client, corpus):
    article = make_article(
        outlet=corpus["efe"].outlet, title="<b>Bold</b> title", body="<img src=x onerror=alert(1)>"
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<img src=x" not in html and "&lt;img src=x" in html
    assert "<b>Bold</b>" not in html


def test_article_page_has_its_meetings_and_the_other_reports(client, corpus):
    html = client.get(corpus["efe"].get_absolute_url()).content.decode()
    assert 'href="/meetings/scc-2022-01-07/"' in html
    for other in ("myind", "unknown", "italian"):
        assert corpus[other].title in html
    assert "Draft Blinken report" not in html


def test_article_page_lists_the_newest_other_reports_of_a_big_meeting_and_links_the_rest(
    client, corpus
):
    meeting, blinken = corpus["meeting"], corpus["blinken"]
    extra = [
        make_article(
            outlet=corpus["efe"].outlet,
            meeting=meeting,
            people=[blinken],
            title=f"Extra report {n:02d}",
            published_on="2022-01-09",
        )
        for n in range(OTHER_REPORTS_SHOWN + 2)
    ]
    for n, other in enumerate(extra[2:], start=2):
        pair_first, pair_second = sorted((extra[0], other), key=lambda a: a.pk)
        SharedPassage.objects.create(
            first=pair_first, second=pair_second, score=n / 100, passages=[]
        )
    html = client.get(corpus["efe"].get_absolute_url()).content.decode()
    others = 3 + len(extra)  # the corpus's myind, unknown and italian reports
    assert f"The newest of {others} other reports of this meeting" in html
    newest = sorted(extra, key=lambda a: a.pk)[-OTHER_REPORTS_SHOWN:]
    assert all(report.title in html for report in newest)
    assert extra[0].title not in html and extra[1].title not in html
    assert "Draft Blinken report" not in html

    shared_html = client.get(extra[0].get_absolute_url()).content.decode()
    assert shared_html.count("% shared)") == len(extra) - 2  # under the bound: all


def test_article_page_shows_the_closest_shared_reports_first_within_its_bound(
    client, corpus, monkeypatch
):
    monkeypatch.setattr("archive.article_page.SHARED_SHOWN", 2)
    hub = corpus["efe"]
    scores = {}
    for n, other in enumerate(("myind", "unknown", "italian", "sindo")):
        first, second = sorted((hub, corpus[other]), key=lambda a: a.pk)
        SharedPassage.objects.create(first=first, second=second, score=0.2 + n / 10, passages=[])
        scores[other] = 0.2 + n / 10
    html = client.get(hub.get_absolute_url()).content.decode()
    assert "The 2 closest of 4 reports, the closest first." in html
    section = html[html.index('id="shared-heading"') :]
    assert corpus["sindo"].title in section and corpus["italian"].title in section
    assert section.index(corpus["sindo"].title) < section.index(corpus["italian"].title)
    assert corpus["myind"].title not in section


def test_article_page_has_provenance(client, corpus):
    article = corpus["efe"]
    batch = ImportBatch.objects.create(channel="seed", source="000_efe.txt")
    article.batch = batch
    article.save()
    html = client.get(article.get_absolute_url()).content.decode()
    assert article.url in html
    assert article.raw_sha256 in html
    assert f"import batch #{batch.pk} (Seed corpus: 000_efe.txt)" in html
    assert "000_efe.txt" in html
    assert f'href="/articles/{article.pk}/raw.txt"' in html


def test_raw_text_is_served_as_plain_text_in_its_encoding(client, corpus):
    article = make_article(
        outlet=corpus["efe"].outlet,
        title="Latin-1",
        body="café <script>",
        raw="café <script>".encode("latin-1"),
        raw_encoding="latin-1",
    )
    response = client.get(f"/articles/{article.pk}/raw.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=latin-1"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response.content == "café <script>".encode("latin-1")


def test_raw_text_with_an_unknown_encoding_label_is_still_plain_text(client, corpus):
    article = make_article(outlet=corpus["efe"].outlet, title="x", raw_encoding="klingon")
    response = client.get(f"/articles/{article.pk}/raw.txt")
    assert response["Content-Type"] == "text/plain"


def test_article_jsonld_is_a_news_article_escaped_for_a_script_block(client, corpus):
    article = make_article(
        outlet=corpus["efe"].outlet,
        title="Ends </script><script>alert(1)</script>",
        body="Body & more",
        published_on="2022-01-07",
    )
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert "</script><script>alert(1)" not in html
    data = jsonld_of(response)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Ends </script><script>alert(1)</script>"
    assert data["datePublished"] == "2022-01-07"
    assert data["publisher"]["name"] == "EFE"


@pytest.mark.parametrize("status", [ArticleStatus.DRAFT, ArticleStatus.REJECTED])
def test_unpublished_articles_are_404_everywhere(client, corpus, status):
    article = corpus["draft"] if status == ArticleStatus.DRAFT else corpus["rejected"]
    for suffix in ("", "raw.txt", "cite.bib", "cite.ris"):
        assert client.get(f"/articles/{article.pk}/{suffix}").status_code == 404, suffix
    for url in ("/", "/meetings/scc-2022-01-07/", "/people/antony-blinken/", "/outlets/efe/"):
        assert article.title not in client.get(url).content.decode(), url


def test_unknown_article_is_404(client, corpus):
    assert client.get("/articles/999999/").status_code == 404


# --- People, outlets, topics ---------------------------------------------------------------


def test_person_list_separates_ministers_from_others(client, corpus):
    html = client.get("/people/").content.decode()
    ministers = html[html.index("ministers-heading") : html.index("others-heading")]
    assert "Antony Blinken" in ministers and "Fumio Kishida" in ministers
    assert "Joe Biden" in ministers  # at summits and calls since the other kinds came
    others = html[html.index("others-heading") :]
    assert "Scott Morrison" in others


def test_person_page_has_offices_meetings_quotes_and_reports(client, corpus):
    response = client.get("/people/antony-blinken/")
    html = response.content.decode()
    assert "Secretary of State" in html
    assert "Anthony Blinken" in html and "misspelling seen in print" in html
    assert 'href="/meetings/scc-2022-01-07/"' in html
    assert BLINKEN_QUOTE in html
    assert response.context["report_total"] == 5
    assert "Draft Blinken report" not in html
    data = jsonld_of(response)
    assert data["@type"] == "Person" and "Anthony Blinken" in data["alternateName"]


def test_person_page_shows_the_post_held_at_each_meeting(client, corpus):
    response = client.get("/people/fumio-kishida/")
    posts = {p.meeting.slug: p.office.title for p in response.context["participations"] if p.office}
    assert posts["scc-2013-10-03"] == "Minister for Foreign Affairs"
    assert response.context["participations"] == sorted(
        response.context["participations"], key=lambda p: p.meeting.start_date
    )
    assert MeetingParticipant.objects.filter(person__slug="fumio-kishida").count() == len(
        response.context["participations"]
    )


def test_outlet_list_and_page(client, corpus):
    html = client.get("/outlets/").content.decode()
    assert 'href="/outlets/efe/"' in html and 'href="/articles/?country=spain"' in html
    response = client.get("/outlets/unidentified/")
    groups = response.context["report_groups"]
    assert [meeting.slug for meeting, _ in groups] == ["scc-2022-01-07"]
    assert {report.title for report in groups[0][1]} == {
        corpus["unknown"].title,
        corpus["italian"].title,
    }


def test_outlet_page_shows_wire_copy_both_ways(client, corpus):
    html = client.get("/outlets/reuters/").content.decode()
    assert corpus["myind"].title in html and corpus["italian"].title in html
    assert "retell Reuters’s copy" in html


def test_topic_list_and_page(client, corpus):
    html = client.get("/topics/").content.decode()
    assert 'href="/topics/china/"' in html and "1 report" in html
    response = client.get("/topics/china/")
    assert [m.slug for m in response.context["meetings"]] == ["scc-2022-01-07"]
    assert response.context["report_total"] == 1


@pytest.mark.parametrize("url", ["/people/nobody/", "/outlets/nobody/", "/topics/nothing/"])
def test_unknown_slugs_are_404(client, corpus, url):
    assert client.get(url).status_code == 404
