"""The meeting page's summary reads the counts the write path keeps, not the meeting's
reports: its buckets and most quoted speakers follow every edit through the services, and
the first quotes of a speaker are found however late in the meeting they come."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive import meeting_summary
from archive.meeting_summary import ReportFilter
from archive.models import (
    Article,
    ArticleMeeting,
    ArticleStatus,
    CountKind,
    LinkRole,
    Meeting,
    Outlet,
    Person,
    PublishedCount,
    Quote,
)
from archive.selectors import meeting_page
from archive.services.counts import counts_rebuild
from archive.services.curation import (
    article_save,
    articles_set_status,
    object_delete,
    object_save,
)
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting_reports(reference):
    """Six reports of one meeting on six days, two outlets and two languages; Blinken is
    quoted in the first two, Hayashi only in the last."""
    meeting = Meeting.objects.get(slug="scc-2022-01-07")
    blinken = Person.objects.get(slug="antony-blinken")
    hayashi = Person.objects.get(slug="yoshimasa-hayashi")
    efe, reuters = Outlet.objects.get(slug="efe"), Outlet.objects.get(slug="reuters")
    reports = []
    for day in range(6):
        report = make_article(
            outlet=(efe, reuters)[day % 2],
            language=("en", "es")[day % 2],
            title=f"Day {day}",
            body="Blinken and Hayashi met. “We agree,” one said. “We act,” said the other.",
            published_on=meeting.start_date + timedelta(days=day),
        )
        reports.append(report)
    for report in reports:  # a curator's links and quotes, through the services
        object_save(obj=ArticleMeeting(article=report, meeting=meeting))
    for report in reports[:2]:
        object_save(obj=Quote(article=report, speaker=blinken, text="We agree", start=31, end=39))
    object_save(obj=Quote(article=reports[-1], speaker=hayashi, text="We act", start=47, end=53))
    return meeting, reports, blinken, hayashi


def kept(kind, meeting) -> dict:
    prefix = f"{kind}:{meeting.pk}:"
    rows = PublishedCount.objects.filter(key__startswith=prefix, count__gt=0)
    return {key.removeprefix(prefix): count for key, count in rows.values_list("key", "count")}


def test_the_meeting_counts_are_kept_through_the_services(meeting_reports):
    meeting, reports, blinken, hayashi = meeting_reports
    assert kept(CountKind.MEETING_LANGUAGE, meeting) == {"en": 3, "es": 3}
    assert kept(CountKind.MEETING_ROLE, meeting) == {LinkRole.COVERAGE: 6}
    assert kept(CountKind.MEETING_SPEAKER, meeting) == {str(blinken.pk): 2, str(hayashi.pk): 1}
    link = ArticleMeeting.objects.get(article=reports[0], meeting=meeting)
    link.role = LinkRole.PREVIEW
    object_save(obj=link)
    object_delete(obj=Quote.objects.get(article=reports[1]))
    assert kept(CountKind.MEETING_ROLE, meeting) == {LinkRole.COVERAGE: 5, LinkRole.PREVIEW: 1}
    assert kept(CountKind.MEETING_SPEAKER, meeting) == {str(blinken.pk): 1, str(hayashi.pk): 1}
    before = dict(PublishedCount.objects.filter(count__gt=0).values_list("key", "count"))
    counts_rebuild()
    assert dict(PublishedCount.objects.filter(count__gt=0).values_list("key", "count")) == before


def test_the_page_reads_the_kept_counts_not_the_reports(client, meeting_reports):
    meeting, reports, *_ = meeting_reports
    counts = meeting_page(meeting)["counts"]
    assert {b.value: b.count for b in counts.languages} == {"en": 3, "es": 3}
    assert counts.total == counts.matching == 6 and counts.outlet_total == 2
    # a count the services never wrote is not made up by counting the reports
    PublishedCount.objects.filter(key=f"{CountKind.MEETING_LANGUAGE}:{meeting.pk}:es").delete()
    counts = meeting_page(meeting)["counts"]
    assert {b.value: b.count for b in counts.languages} == {"en": 3}


def test_one_filter_reads_its_bucket_and_two_count_the_reports(meeting_reports):
    meeting, *_ = meeting_reports
    assert meeting_page(meeting, narrowed=ReportFilter(language="es"))["counts"].matching == 3
    assert meeting_page(meeting, narrowed=ReportFilter(outlet="nowhere"))["counts"].matching == 0
    both = ReportFilter(language="es", outlet="reuters")
    assert meeting_page(meeting, narrowed=both)["counts"].matching == 3
    neither = ReportFilter(language="en", outlet="reuters")
    assert meeting_page(meeting, narrowed=neither)["counts"].matching == 0


def test_the_outlets_shown_are_the_most_frequent_and_the_selected_one(meeting_reports, monkeypatch):
    meeting, *_ = meeting_reports
    monkeypatch.setattr(meeting_summary, "OUTLETS_SHOWN", 1)
    counts = meeting_page(meeting)["counts"]
    # a tie (3 and 3) is broken by name: EFE before Reuters
    assert [b.value for b in counts.outlets] == ["efe"] and counts.outlet_total == 2
    counts = meeting_page(meeting, narrowed=ReportFilter(outlet="reuters"))["counts"]
    assert [b.value for b in counts.outlets] == ["efe", "reuters"]


def quotes_shown(meeting) -> dict:
    return {
        group.speaker.slug: (group.total, [q.article.title for q in group.quotes])
        for group in meeting_page(meeting)["speakers"]
    }


def test_a_speaker_quoted_only_after_the_earliest_reports_is_still_shown(
    meeting_reports, monkeypatch
):
    meeting, *_ = meeting_reports
    whole = quotes_shown(meeting)
    assert whole == {"antony-blinken": (2, ["Day 0", "Day 1"]), "yoshimasa-hayashi": (1, ["Day 5"])}
    with CaptureQueriesContext(connection) as wide:
        meeting_page(meeting)
    monkeypatch.setattr(meeting_summary, "QUOTE_WINDOW", 1)
    assert quotes_shown(meeting) == whole  # Blinken's second and Hayashi's: looked for again
    with CaptureQueriesContext(connection) as narrow:
        meeting_page(meeting)
    assert len(narrow) == len(wide) + 1
    monkeypatch.setattr(meeting_summary, "QUOTE_WINDOW", 5)  # all but the last report
    assert quotes_shown(meeting) == whole


def test_an_unpublished_report_among_the_earliest_gives_no_quote(meeting_reports, monkeypatch):
    """The earliest links are read whatever their report's status, and the status asked
    only of the quotes found there: a rejected first report's quote is not shown, and
    the speaker's first published quote is, inside the window or looked for again."""
    meeting, reports, *_ = meeting_reports
    rejected = Article.objects.filter(pk=reports[0].pk)
    articles_set_status(articles=rejected, status=ArticleStatus.REJECTED)
    whole = quotes_shown(meeting)
    assert whole == {"antony-blinken": (1, ["Day 1"]), "yoshimasa-hayashi": (1, ["Day 5"])}
    for window in (1, 2, 6):  # the rejected report only, it and Day 1, every report
        monkeypatch.setattr(meeting_summary, "QUOTE_WINDOW", window)
        assert quotes_shown(meeting) == whole


# --- The links' copy of their report's date --------------------------------------------


def link_dates(meeting) -> dict:
    links = ArticleMeeting.objects.filter(meeting=meeting)
    return dict(links.values_list("article__title", "published_on"))


def test_each_link_keeps_its_report_date_whatever_writes_it(meeting_reports):
    meeting, reports, *_ = meeting_reports
    assert link_dates(meeting) == {r.title: r.published_on for r in reports}
    first = reports[0]
    first.published_on = meeting.start_date - timedelta(days=30)  # a curator's correction
    article_save(article=first, changed_fields=["published_on"])
    assert link_dates(meeting)["Day 0"] == meeting.start_date - timedelta(days=30)
    type(first).objects.filter(pk=first.pk).update(published_on=None)  # any write path
    assert link_dates(meeting)["Day 0"] is None
    # the copy cannot be set apart from the report, and a moved link takes its new report's
    ArticleMeeting.objects.filter(article=reports[1]).update(published_on=meeting.start_date)
    assert link_dates(meeting)["Day 1"] == reports[1].published_on
    other = Meeting.objects.get(slug="scc-2023-01-11")
    moved = ArticleMeeting.objects.create(article=reports[2], meeting=other)
    ArticleMeeting.objects.filter(pk=moved.pk).update(article=reports[3])
    assert ArticleMeeting.objects.get(pk=moved.pk).published_on == reports[3].published_on


def test_the_earliest_reports_are_the_earliest_by_date_not_by_storage(meeting_reports, monkeypatch):
    meeting, reports, blinken, hayashi = meeting_reports
    last = reports[-1]  # stored last, the one quoting Hayashi: now the earliest published
    last.published_on = meeting.start_date - timedelta(days=3)
    article_save(article=last, changed_fields=["published_on"])
    monkeypatch.setattr(meeting_summary, "QUOTE_WINDOW", 1)
    monkeypatch.setattr(meeting_summary, "quotes_complete", lambda *args: None)  # no 2nd look
    summary = meeting_summary.meeting_summary(meeting, ReportFilter())
    in_window = Quote.objects.filter(pk__in=summary.quotes)
    assert list(in_window.values_list("speaker__slug", "article__title")) == [
        ("yoshimasa-hayashi", "Day 5")
    ]


def test_the_second_look_takes_each_speakers_earliest_quotes_and_stops_there(
    meeting_reports, monkeypatch
):
    meeting, *_ = meeting_reports
    monkeypatch.setattr(meeting_summary, "QUOTE_WINDOW", 1)
    monkeypatch.setattr(meeting_summary, "QUOTES_PER_SPEAKER", 1)
    shown = quotes_shown(meeting)
    assert shown["antony-blinken"][1] == ["Day 0"]
    assert shown["yoshimasa-hayashi"][1] == ["Day 5"]
