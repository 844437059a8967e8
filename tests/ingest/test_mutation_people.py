"""People: the rule that a capitalised run not in the reference must show a sign of being
a person before it is offered as an unknown name (issue 11's mutation score): a title in
front, a speech verb or "according to" before it, ", who" or a speech verb after it, or
its surname speaking later in the text; two or three words, none a place, an institution
or an outlet's."""

import pytest

from archive.ingest.people import find_unknown_names
from archive.ingest.reference import KnownOutlet, Reference

INDEX = Reference(outlets=(KnownOutlet("kyodo", "Kyodo News"),)).index


def unknown(body: str, **more) -> list[str]:
    return find_unknown_names(body, [], INDEX, **more)


@pytest.mark.parametrize(
    "body",
    [
        "Kenji Watanabe attended the event.",
        "Kenji Watanabe's view of the plan.",
        "Watanabe said so. Later Kenji Watanabe attended.",  # the surname spoke before
        "The plan, they said, came before Kenji Watanabe arrived.",
    ],
)
def test_a_capitalised_run_without_a_sign_of_a_person_is_no_name(body):
    assert unknown(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Professor Kenji Watanabe attended.",  # a title in front
        "Former Ambassador Kenji Watanabe attended.",
        "The plan, said Kenji Watanabe of the institute.",
        "The plan works, according to Kenji Watanabe of the institute.",
        "His counterpart Kenji Watanabe attended.",
        "Kenji Watanabe, who teaches law, attended.",
        "Kenji Watanabe, a professor, spoke.",
        "Kenji Watanabe, the professor, spoke.",
        "Kenji Watanabe, Tanaka's aide, spoke.",
        "Kenji Watanabe said the plan works.",
        "Kenji Watanabe told reporters.",
        "Kenji Watanabe added more.",
        "Kenji Watanabe explained the plan.",
        "Kenji Watanabe wrote that.",
        "Kenji Watanabe attended. The plan works, Watanabe said.",  # the surname speaks later
    ],
)
def test_a_sign_of_a_person_makes_a_capitalised_run_a_name(body):
    assert unknown(body) == ["Kenji Watanabe"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kenji Taro Watanabe said it.", ["Kenji Taro Watanabe"]),  # three words
        ("Kenji Taro Jiro Watanabe said it.", []),  # four: no name
        ("President Watanabe said it.", []),  # one word once the title is off
        ("Tokyo Station said it.", []),  # a place
        ("Kyodo Bureau said it.", []),  # an outlet's word
        ("Kenji Watanabe said it. Kenji Watanabe left.", ["Kenji Watanabe"]),  # once
        (
            "Ken Mori said it, and Kenji Watanabe told reporters.",
            ["Ken Mori", "Kenji Watanabe"],  # in order of appearance
        ),
    ],
)
def test_two_or_three_words_none_a_place_or_an_outlets(body, expected):
    assert unknown(body) == expected


def test_an_excluded_name_is_not_offered_whatever_its_case():
    assert unknown("Professor Kenji Watanabe spoke.", exclude=["KENJI WATANABE"]) == []
    assert unknown("Professor Kenji Watanabe spoke.", exclude=["Ken Mori"]) == ["Kenji Watanabe"]
