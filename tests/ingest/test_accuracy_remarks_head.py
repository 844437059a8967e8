"""Remarks pages in the State Department's layout: the headline, then who spoke (name,
post), where (venue, place) and the date, each on a line of its own, then the turns. The
headline is the line above the speaker's name, the speaker and place lines stay in the
text, and the place under them dates the remarks as a dateline would. And remarks that
recall another meeting of the week ("we were together at the G-8") do not cover it. A
photo caption right under a headline says who stands where ("(kiri)", "(R)").
Invented pages, people and meetings."""

from datetime import date

import pytest

from archive.ingest.layout import speaker_block
from archive.ingest.meeting_signs import report_signs
from archive.ingest.meetings import suggest_meetings
from archive.ingest.pipeline import parse_report
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference

REMARKS = """Remarks With Japanese Foreign Minister Sato Before Their Meeting

Mary Doe
Secretary of State
Kasumi Guest House
Nara, Japan
May 14, 2031

SECRETARY DOE: Thank you, Minister. It is a pleasure to be here in Nara again so soon.

FOREIGN MINISTER SATO: Thank you. Welcome back to Japan, and I look forward to our talks.
"""


def test_the_headline_is_above_the_speaker_and_the_speaker_lines_stay(ref):
    report = parse_report(REMARKS.encode(), reference=ref)
    assert report.title == "Remarks With Japanese Foreign Minister Sato Before Their Meeting"
    assert report.published == date(2031, 5, 14)
    for line in ("Mary Doe", "Secretary of State", "Kasumi Guest House", "Nara, Japan"):
        assert line in report.body.split("\n\n")
    assert not any(d.line == "Mary Doe" for d in report.dropped)


def test_a_speaker_block_needs_a_name_over_a_post():
    lines = ["Remarks on the Alliance", "Mary Doe", "Secretary of State", "Nara, Japan"]
    assert speaker_block(lines, [0, 1, 2, 3]) == frozenset({1, 2, 3})
    # A headline over a section label is no speaker: neither line is a name over a post.
    lines = ["Japan-United States Relations", "Remarks on the Alliance", "Nara, Japan"]
    assert speaker_block(lines, [0, 1, 2]) == frozenset()
    # A name with no post under it is not one either ("Mary Doe" a caption's credit).
    assert speaker_block(["Mary Doe", "Remarks on the Alliance"], [0, 1]) == frozenset()


def test_the_place_under_the_speaker_is_the_dateline():
    body = "Mary Doe\n\nSecretary of State\n\nNara, Japan\n\nSECRETARY DOE: Thank you all."
    assert "Nara, Japan" in report_signs(body).dateline
    # A place in the running text is no dateline.
    body = "SECRETARY DOE: Thank you all for coming. I was in Nara, Japan last spring."
    assert "Nara" not in report_signs(body).dateline


DOE = KnownPerson(
    "mary-doe",
    "Mary Doe",
    "United States",
    (),
    (KnownOffice("Secretary of State", "foreign", "United States", date(2030, 1, 1), None),),
)
SATO = KnownPerson(
    "ken-sato",
    "Ken Sato",
    "Japan",
    (),
    (KnownOffice("Minister for Foreign Affairs", "foreign", "Japan", date(2030, 1, 1), None),),
)
BILATERAL = KnownMeeting(
    slug="foreign_ministers-2031-05-14",
    title="Japan-U.S. Foreign Ministers' Meeting",
    start=date(2031, 5, 14),
    end=date(2031, 5, 14),
    city="Nara",
    participant_slugs=("mary-doe", "ken-sato"),
    kind="foreign_ministers",
    format="in_person",
    country="Japan",
    participant_posts=(("mary-doe", "United States", "foreign"), ("ken-sato", "Japan", "foreign")),
)
GROUP = KnownMeeting(
    slug="multilateral-2031-05-10",
    title="G8 Foreign Ministers' Meeting",
    start=date(2031, 5, 10),
    end=date(2031, 5, 11),
    city="Leeds",
    participant_slugs=("mary-doe", "ken-sato"),
    kind="multilateral",
    format="in_person",
    series="g8-foreign-ministers",
    country="United Kingdom",
    participant_posts=BILATERAL.participant_posts,
)
INDEX = Reference(people=(DOE, SATO), meetings=(BILATERAL, GROUP)).index


def _linked(body: str) -> list[str]:
    ranked, _ = suggest_meetings(
        index=INDEX,
        body=body,
        people={"mary-doe", "ken-sato"},
        published=date(2031, 5, 14),
        precision="day",
    )
    return [s.slug for s in ranked if s.linked]


def test_remarks_recalling_the_last_meeting_do_not_cover_it():
    body = (
        "Nara, Japan\n\nSECRETARY DOE: Thank you, Ken. We were together at the G-8, and now"
        " I am here with my friend Foreign Minister Sato for our meeting."
    )
    assert _linked(body) == ["foreign_ministers-2031-05-14"]


def test_a_report_dating_or_placing_the_other_meeting_covers_both():
    placed = (
        "Nara, Japan\n\nSecretary Doe met Foreign Minister Sato in Nara today, after the"
        " G-8 foreign ministers' meeting in Leeds, where both had spoken on the war."
    )
    assert set(_linked(placed)) == {"foreign_ministers-2031-05-14", "multilateral-2031-05-10"}
    dated = (
        "Nara, Japan\n\nSecretary Doe met Foreign Minister Sato in Nara today, after the"
        " G-8 foreign ministers' meeting of May 10, where both had spoken on the war."
    )
    assert set(_linked(dated)) == {"foreign_ministers-2031-05-14", "multilateral-2031-05-10"}


@pytest.mark.parametrize(
    "caption",
    [
        "Menlu AS Mary Doe (kiri) dan Menlu Jepang Ken Sato berjabat tangan di Nara (4/5).",
        "Secretary Mary Doe (R) greets Foreign Minister Ken Sato in Nara, May 4, 2031.",
        "La secretaria Mary Doe (izquierda) saluda al canciller Ken Sato en Nara.",
    ],
)
def test_a_caption_placing_people_under_the_headline_is_dropped(ref, caption):
    page = (
        f"Doe and Sato Meet in Nara\n\n{caption}\n\n"
        "The two ministers met in Nara on Sunday and spoke of the alliance for an hour,"
        " officials said.\n\nThey agreed to meet again before the end of the year."
    )
    report = parse_report(page.encode(), reference=ref)
    assert caption not in report.body
    assert any(d.line == caption and "caption" in d.reason for d in report.dropped)
    assert report.body.startswith("The two ministers met in Nara")


def test_a_first_paragraph_without_a_position_stays():
    page = (
        "Doe and Sato Meet in Nara\n\nSecretary Mary Doe greets Foreign Minister Ken Sato in"
        " Nara.\n\nThey agreed to meet again before the end of the year."
    )
    report = parse_report(page.encode(), reference=Reference())
    assert report.body.startswith("Secretary Mary Doe greets")


def test_a_sentence_of_the_text_set_above_it_is_dropped():
    deck = "Washington and its allies have said they will not defend the island by force."
    page = (
        f"Doe Seeks to Reassure Japan\n\n{deck}\n\nSecretary Mary Doe is in Japan, where she"
        f" will try to reassure officials. Speaking in Nara on Saturday, Doe said the crisis"
        f" worried the allies. {deck} She said the treaty stands.\n\nShe leaves on Monday."
    )
    report = parse_report(page.encode(), reference=Reference())
    assert report.title == "Doe Seeks to Reassure Japan"
    assert report.body.startswith("Secretary Mary Doe is in Japan")
    assert report.body.count(deck) == 1
    # A headline printed again inside the text is still the headline.
    page = (
        "Doe and Sato Agree to Deepen the Alliance in Nara Talks\n\nIn Nara on Sunday, Doe and"
        " Sato Agree to Deepen the Alliance in Nara Talks, officials said after the meeting."
        "\n\nThey will meet again."
    )
    report = parse_report(page.encode(), reference=Reference())
    assert report.title == "Doe and Sato Agree to Deepen the Alliance in Nara Talks"
