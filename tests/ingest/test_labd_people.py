"""Japanese names with their long vowels marked, as Hepburn romanisation prints them in
English, Spanish, Italian and Indonesian reports ("Tarō Kōno", "Yōko Kamikawa",
"Kôno Tarô"): the known person, with the name kept as printed and every offset as in the
text. Invented pages."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import KnownPerson, Reference
from tests.ingest.reference_data import native_aliases


def people(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(m.slug, m.form, body[m.start : m.end]) for m in mentions]


@pytest.mark.parametrize(
    ("body", "printed"),
    [
        ("Foreign Minister Tarō Kōno met Secretary Mattis in Tokyo.", "Tarō Kōno"),
        ("El canciller japonés, Tarō Kōno, se reunió con el secretario Tillerson.", "Tarō Kōno"),
        ("Il ministro degli Esteri Kôno Tarô ha incontrato il segretario Pompeo.", "Kôno Tarô"),
        ("Menteri Luar Negeri Jepang Yōko Kamikawa bertemu Blinken.", "Yōko Kamikawa"),
        ("Yoko Kamikawa and Yōko Kamikawa are one person.", "Yoko Kamikawa"),
    ],
)
def test_a_marked_long_vowel_reads_as_the_plain_one(ref, body, printed):
    found = people(body, ref)
    assert found[0][1] == found[0][2] == printed
    assert found[0][0] in ("taro-kono", "yoko-kamikawa")


def test_the_surname_alone_follows_the_marked_full_name(ref):
    body = "Gaikō: Tarō Kōno habló con Tillerson. Después, Kōno dijo que la reunión fue útil."
    found = [(slug, form) for slug, form, _ in people(body, ref)]
    assert ("taro-kono", "Tarō Kōno") in found
    assert ("taro-kono", "Kōno") in found


def test_offsets_after_a_marked_vowel_are_the_texts(ref):
    body = "Ōsaka: el ministro Tarō Kōno y el secretario Rex Tillerson hablaron."
    for _, form, printed in people(body, ref):
        assert form == printed


def test_a_body_without_marks_is_read_as_before(ref):
    body = "Foreign Minister Taro Kono met Secretary of State Rex Tillerson."
    assert [slug for slug, _, _ in people(body, ref)] == ["taro-kono", "rex-tillerson"]


def test_other_accents_are_not_folded(ref):
    # An acute accent is a different letter: "Kóno" is no spelling of Kono.
    assert people("El ministro Taró Kóno llegó.", ref) == []


def test_a_korean_minister_is_read_with_his_title_and_not_inside_a_word():
    # native_aliases.csv gives Park Jin's Korean name with his title only: "박진" alone is
    # also part of a common word ("박진감", thrill).
    park = KnownPerson("park-jin", "Park Jin", "South Korea", native_aliases()["Park Jin"])
    index = Reference(people=(park,)).index
    found = find_people("가미카와 외무대신은 박진 외교부 장관과 회의를 가졌다.", index)[0]
    assert [(m.slug, m.form) for m in found] == [("park-jin", "박진 외교부 장관")]
    assert find_people("박진 장관은 말했다.", index)[0][0].slug == "park-jin"
    assert find_people("박진감 넘치는 경기였다.", index)[0] == []
