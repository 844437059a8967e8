"""A visitor browses meetings of every kind: counts per kind on the home page, the kind and
series facets on the meetings list, a call page and a person's meetings of any kind."""

import re

import pytest

from archive.models import Meeting, MeetingKind
from tests.browser.conftest import ACCESSIBILITY_AUDIT, DESKTOP, PHONE, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_goes_from_the_home_counts_to_a_call_and_its_leaders(make_page, reference):
    calls = Meeting.objects.filter(kind=MeetingKind.CALL).count()
    page, console = make_page(DESKTOP)
    page.goto("/")
    chip = page.get_by_role("list", name="Meetings by kind").get_by_role("link", name="Call")
    chip.click()
    page.wait_for_url(re.compile(r"/meetings/\?kind=call"))
    assert page.get_by_role("heading", name=f"{calls} meetings").is_visible()
    screenshot(page, "meetings-calls-desktop")
    # The list is paged newest first; the year facet reaches the 2011 calls.
    page.get_by_role("complementary").get_by_role("link", name=re.compile(r"^2011\b")).click()
    page.wait_for_url(re.compile(r"year=2011"))
    page.get_by_role("link", name=re.compile("Telephone Conversation")).first.click()
    assert page.get_by_text("By phone").first.is_visible()
    participants = page.locator("#participants-heading + ul li")
    assert participants.count() == 2
    assert "President" in participants.first.inner_text()
    screenshot(page, "meeting-call-desktop")
    participants.nth(1).get_by_role("link").click()
    rows = page.locator("section[aria-labelledby=meetings-heading] tbody tr")
    kinds = set(rows.locator("td:nth-child(3)").all_inner_texts())
    assert {"Call", "Leaders' summit"} <= kinds
    assert page.evaluate(ACCESSIBILITY_AUDIT) == []
    assert console.errors == []


def test_the_series_facet_narrows_the_meetings_list_on_a_phone(make_page, reference):
    page, console = make_page(PHONE)
    page.goto("/meetings/")
    page.get_by_role("link", name=re.compile("Japan–U.S.–ROK trilateral")).first.click()
    page.wait_for_url(re.compile(r"series=us-japan-rok-trilateral"))
    expected = Meeting.objects.filter(series="us-japan-rok-trilateral").count()
    assert page.get_by_role("heading", name=f"{expected} meetings").is_visible()
    screenshot(page, "meetings-series-phone")
    assert page.evaluate(ACCESSIBILITY_AUDIT) == []
    assert console.errors == []


def test_a_facet_count_beside_a_long_label_stays_on_one_line(make_page, reference):
    page, console = make_page(DESKTOP)
    page.goto("/meetings/")
    counts = page.locator(".facets .facet-count")
    assert counts.count() > 10
    # The lines the number itself is laid out on (its text's boxes, by their tops).
    lines = counts.evaluate_all(
        """nodes => nodes.map(n => {
            const text = [...n.childNodes].find(c => c.nodeType === 3 && /\\d/.test(c.data));
            const range = document.createRange();
            range.selectNodeContents(text);
            return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
        })"""
    )
    assert lines and all(lines), lines
    wrapped = [count for count in lines if count > 1]
    assert not wrapped, f"{len(wrapped)} counts broke across lines"
    assert not console.errors
