"""A whole report linked to the allies' meeting with a third country: the third
country's minister that a compound in the lead names ("日米韓外相") is among the report's
people, read with the meeting the report was linked to (issue 11's seed-20261214 mutation
sample, contents._read_quotes: the compound was tested only on its own, never through a
parse). People, meeting and text are made up."""

from archive.ingest.pipeline import parse_report
from archive.ingest.reference import Reference
from tests.ingest.invented_people import person
from tests.ingest.test_acc16_people_third_country import TERM, TRILATERAL

F = "foreign"
PEOPLE = (
    person("ann-smith", "Ann Smith", "United States", (), "Secretary of State", F, **TERM),
    person("ken-sato", "Ken Sato", "Japan", (), "Minister for Foreign Affairs", F, **TERM),
    person("min-park", "Min Park", "South Korea", (), "Minister of Foreign Affairs", F, **TERM),
)
REPORT = (
    "日米韓外相会談\n\n2031年5月6日\n\n"
    "日米韓外相は6日、ニューヨークで会談し、地域情勢について協議した。\n"
)


def _people(meetings) -> set[str]:
    reference = Reference(people=PEOPLE, meetings=meetings)
    report = parse_report(
        REPORT.encode(), reference=reference, hints={"url": "https://example.org/r"}
    )
    return {mention.slug for mention in report.people}


def test_the_third_countrys_minister_of_the_lead_compound_is_a_person_of_the_report():
    assert "min-park" in _people((TRILATERAL,))


def test_no_third_country_minister_without_the_allies_meeting():
    assert "min-park" not in _people(())
