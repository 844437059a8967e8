"""Meeting words that generalise (meeting_words.py): a US secretary by the surname of any
holder of the post since 2006 ("Secretary Rubio", "Secretary Hegseth"), checked against
the reference data; a "2+2" joined to any third country is not the allies' SCC ("Japan-
Indonesia 2+2", "日英2+2", "2+2 dengan Inggris"); both US secretaries and a Japanese
minister in one sentence, in any order and language, name the SCC. Invented texts."""

import csv
from datetime import date

import pytest

from archive.ingest.meeting_signs import report_signs
from archive.ingest.meeting_words import US_SECRETARIES_OF_DEFENSE, US_SECRETARIES_OF_STATE
from archive.ingest.people import find_people
from archive.ingest.roles import counterpart_mentions
from tests.ingest.reference_data import REFERENCE_DIR


def _holders(title: str) -> set[str]:
    """The surnames of the reference's holders of a US post in office since 2006."""
    names = set()
    for file in ("officeholders.csv", "ministers.csv"):
        with open(REFERENCE_DIR / file, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                ended = row["term_end"] and date.fromisoformat(row["term_end"]) < date(2006, 1, 1)
                if row["country"] == "United States" and row["office"] == title and not ended:
                    names.add(row["name"].split()[-1].lower())
    return names


def test_every_secretary_in_the_reference_is_named_by_surname():
    assert _holders("Secretary of State") <= set(US_SECRETARIES_OF_STATE)
    assert _holders("Secretary of Defense") <= set(US_SECRETARIES_OF_DEFENSE)


def words(body: str) -> dict[str, int]:
    return {kind: n for kind, n in report_signs(body).kind_words.items() if n}


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Secretary Rubio met Foreign Minister Iwaya in Washington.", "foreign"),
        ("Secretary Pompeo welcomed Foreign Minister Motegi to the Department.", "foreign"),
        ("Secretary Hegseth hosted Defense Minister Nakatani at the Pentagon.", "defense"),
        ("Secretary Mattis met with Defense Minister Onodera in Tokyo.", "defense"),
    ],
)
def test_a_secretary_by_surname_meets_the_other_allys_minister(body, kind):
    assert words(body).get(kind) == 1 and words(body).get("pair") == 1


@pytest.mark.parametrize(
    "body",
    [
        "Japan-Indonesia 2+2 talks were held in Tokyo.",
        "The Japan-U.K. 2+2 met in London.",
        "the Japan-Philippines 2+2",
        "Dialog 2+2 dengan Inggris digelar di Tokyo.",
        "Se celebró la reunión 2+2 con Francia.",
        "日英2+2を開催した。",
        "日仏「2+2」が開かれた。",
        "美澳2+2会谈在华盛顿举行。",
        "Japan-Canada 2+2 ministers met.",
    ],
)
def test_a_2_plus_2_with_a_third_country_is_not_the_scc(body):
    assert "scc" not in words(body)


@pytest.mark.parametrize(
    "body",
    [
        "The U.S.-Japan 2+2 was held in Washington.",
        "日米2+2を開催した。",
        "Foreign Minister Hayashi and Defense Minister Hamada welcomed Secretary Blinken and "
        "Secretary Austin to Tokyo.",
        "Secretary Rubio and Secretary Hegseth met Foreign Minister Iwaya and Defense "
        "Minister Nakatani.",
        "El secretario de Estado Blinken y el secretario de Defensa Austin se reunieron con "
        "sus homólogos japoneses.",
        "Secretary of State Antony J. Blinken, Secretary of Defense Lloyd J. Austin III, "
        "Japanese Foreign Minister Hayashi and Japanese Defense Minister Hamada at a Joint "
        "Press Availability",
    ],
)
def test_the_scc_by_name_or_by_its_members_posts_in_any_order(body):
    assert "scc" in words(body)


def test_the_secretaries_in_two_sentences_are_no_scc():
    body = (
        "Secretary Blinken met Foreign Minister Hayashi. Secretary Austin met Defense "
        "Minister Hamada."
    )
    assert "scc" not in words(body)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Secretary Austin met his Japanese counterpart in Tokyo.", "defense"),
        ("Foreign Minister Hayashi met his U.S. counterpart in Tokyo.", "foreign"),
        ("El canciller Hayashi se reunió con su homólogo estadounidense.", "foreign"),
        ("El secretario de Defensa Austin se reunió con su contraparte japonés.", "defense"),
        ("Il ministro degli Esteri ha incontrato il suo omologo statunitense.", "foreign"),
        ("Menteri Luar Negeri Jepang bertemu mitranya dari AS di Tokyo.", "foreign"),
        ("Defense Minister Kihara welcomed his American counterpart.", "defense"),
    ],
)
def test_a_counterpart_either_side_first(body, kind):
    assert words(body).get(kind) == 1 and words(body).get("pair") == 1


def test_counterparts_in_the_plural_are_no_pair():
    assert "pair" not in words("Secretary Blinken met his Japanese counterparts.")


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("Foreign Minister Hayashi met his U.S. counterpart on Friday.", "antony-blinken"),
        ("El canciller Hayashi se reunió con su homólogo estadounidense.", "antony-blinken"),
        ("El canciller Hayashi se reunió con su contraparte estadounidense.", "antony-blinken"),
        ("Secretary Blinken met his Japanese counterpart on Friday.", "yoshimasa-hayashi"),
        ("Il Segretario Blinken ha incontrato il suo omologo giapponese.", "yoshimasa-hayashi"),
        ("Menlu Yoshimasa Hayashi bertemu mitranya dari Amerika Serikat.", "antony-blinken"),
    ],
)
def test_the_counterpart_phrase_names_the_other_allys_holder(ref, body, slug):
    # roles.COUNTERPART reads the meeting words' vocabulary, both directions.
    mentions, _ = find_people(body, ref.index)
    found = counterpart_mentions(body, mentions, date(2022, 1, 7), ref.index)
    assert [mention.slug for mention in found] == [slug]
