"""Those a readout says attended, in a sentence of their own (archive/ingest/attendance.py):
in passing when someone else of their country is named outside the sentence; a party of
the meeting they attended, or a side named nowhere else, stays. Invented readouts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from tests.ingest.reference_data import native_named_index, news_subjects_of

ON = date(2017, 11, 6)
CAST = {
    "Shinzo Abe": ("Japan", "Prime Minister", "head_of_government"),
    "Donald Trump": ("United States", "President", "head_of_state"),
    "Taro Kono": ("Japan", "Minister for Foreign Affairs", "foreign"),
    "Rex Tillerson": ("United States", "Secretary of State", "foreign"),
}


@pytest.fixture(scope="module")
def index():
    return native_named_index(CAST)


def subjects(body, index):
    return news_subjects_of(body, index, ON)


LEAD = "安倍総理は、トランプ大統領と首脳会談を行いました。"
ENGLISH_LEAD = "Prime Minister Shinzo Abe held a summit meeting with President Donald Trump. "


@pytest.mark.parametrize(
    "body",
    [
        LEAD + "日本側から、河野外務大臣ら、先方から、ティラーソン国務長官らが出席しました。",
        LEAD + "なお、会談には、河野外務大臣、ティラーソン国務長官ほかが同席しました。",
        ENGLISH_LEAD
        + "Also present were Foreign Minister Taro Kono and Secretary of State Rex Tillerson.",
    ],
)
def test_those_said_to_attend_are_in_passing(index, body):
    assert {"taro-kono", "rex-tillerson"} <= {m.slug for m in find_people(body, index, ON)[0]}
    assert subjects(body, index) == {"shinzo-abe", "donald-trump"}


def test_the_parties_of_the_meeting_others_attended_stay(index):
    body = "河野外務大臣とティラーソン国務長官が会談し、安倍総理ほかが同席しました。"
    assert {"taro-kono", "rex-tillerson"} <= subjects(body, index)


def test_a_side_named_nowhere_else_stays(index):
    body = "安倍総理は演説しました。会談には、ティラーソン国務長官らが出席しました。"
    assert "rex-tillerson" in subjects(body, index)


def test_principals_attending_an_event_are_not_a_list(index):
    body = LEAD + "夕食会には両首脳が出席し、河野外務大臣も出席しました。"
    assert "taro-kono" in subjects(body, index)
