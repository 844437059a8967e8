"""A report that names a US president or a Japanese prime minister dates its meeting to
their time in that post: "el primer ministro de Japón, Yoshihide Suga" is no report of a
2018 meeting, when Suga was not prime minister. Once however many leaders it names out of
office (a report also recalls leaders of the past). The people's terms are invented."""

from __future__ import annotations

from datetime import date

from archive.ingest.meetings import OUT_OF_OFFICE_LEADER, score_meeting, suggest_meetings
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference

SECRETARY = KnownPerson(
    "mike-pompeo", "Mike Pompeo", "United States",
    offices=(KnownOffice("Secretary of State", "foreign", "United States", date(2018, 4, 26)),),
)  # fmt: skip
LEADS = "head_of_government"
PM = KnownPerson(
    "yoshihide-suga", "Yoshihide Suga", "Japan",
    offices=(
        KnownOffice("Chief Cabinet Secretary", "other", "Japan", date(2012, 12, 26)),
        KnownOffice("Prime Minister", LEADS, "Japan", date(2020, 9, 16)),
    ),
)  # fmt: skip
PAST_PM = KnownPerson(
    "yukio-hatoyama", "Yukio Hatoyama", "Japan",
    offices=(KnownOffice("Prime Minister", LEADS, "Japan", date(2009, 9, 16), date(2010, 6, 8)),),
)  # fmt: skip


def _talks(slug: str, day: date) -> KnownMeeting:
    return KnownMeeting(
        slug, "Japan–U.S. Foreign Ministers' Meeting", day, day, "Tokyo",
        ("mike-pompeo",), (), "foreign_ministers", "in_person",
        participant_posts=(("mike-pompeo", "United States", "foreign"),),
    )  # fmt: skip


EARLY, LATE = _talks("fm-2018", date(2018, 10, 6)), _talks("fm-2020", date(2020, 10, 6))
REFERENCE = Reference(people=(SECRETARY, PM, PAST_PM), meetings=(EARLY, LATE))
BODY = (
    "El secretario de Estado Mike Pompeo se reunió en Tokio con el canciller japonés. "
    "Pompeo elogió su reunión bilateral con el primer ministro de Japón, Yoshihide Suga."
)


def _score(meeting: KnownMeeting, people: set[str]) -> tuple[float, list[str]]:
    suggestion = score_meeting(
        meeting, index=REFERENCE.index, body=BODY, people=people, published=None,
        precision="unknown", month_day=None,
    )  # fmt: skip
    return suggestion.score, suggestion.reasons


def test_a_leader_named_out_of_office_costs_the_meeting():
    people = {"mike-pompeo", "yoshihide-suga"}
    early, reasons = _score(EARLY, people)
    late, _ = _score(LATE, people)
    assert "names leaders not in office on 2018-10-06: Yoshihide Suga" in reasons
    # In office, he is an officeholder not at the table of the late one (0.05).
    assert round(late - early, 3) == round(OUT_OF_OFFICE_LEADER - 0.05, 3)


def test_the_cost_is_once_however_many_leaders():
    people = {"mike-pompeo", "yoshihide-suga", "yukio-hatoyama"}
    alone, _ = _score(EARLY, {"mike-pompeo", "yoshihide-suga"})
    both, reasons = _score(EARLY, people)
    assert any("Yoshihide Suga, Yukio Hatoyama" in reason for reason in reasons)
    # Hatoyama counts only as the leader out of office (not at the table, not in office).
    assert round(alone - both, 3) == 0.0


def test_a_leader_in_office_costs_nothing_more():
    _, reasons = _score(LATE, {"mike-pompeo", "yoshihide-suga"})
    assert not any("not in office" in reason for reason in reasons)


def test_the_meeting_of_the_leaders_time_ranks_first():
    ranked, _ = suggest_meetings(
        index=REFERENCE.index, body=BODY, people={"mike-pompeo", "yoshihide-suga"}
    )
    assert [s.slug for s in ranked] == ["fm-2020", "fm-2018"]
    # Without the leader, nothing tells the two meetings apart.
    alone, _ = suggest_meetings(index=REFERENCE.index, body=BODY, people={"mike-pompeo"})
    assert alone[0].score == alone[1].score
