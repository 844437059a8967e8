"""A spokesperson the headline names relays a statement: not one of the report's people,
as one the body names is not (pipeline: the headline's people pass news_subjects'
spokesperson test). Invented reports in English, Italian, Spanish and Indonesian."""

import dataclasses
from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.pipeline import parse_report
from archive.ingest.reference import KnownOffice, KnownPerson

PRICE = KnownPerson(
    "ned-price",
    "Ned Price",
    "United States",
    (),
    (
        KnownOffice(
            "Spokesperson for the Department of State", "other", "United States",
            date(2021, 1, 20), None,
        ),
    ),
)  # fmt: skip


@pytest.fixture(scope="module")
def reference(ref):
    return dataclasses.replace(ref, people=(*ref.people, PRICE))


@pytest.mark.parametrize(
    "text",
    [
        "Statement by Spokesperson Ned Price on Secretary Blinken's Call with Japanese "
        "Foreign Minister Hayashi\n\nJanuary 19, 2022\n\nSecretary Antony Blinken spoke "
        "today with Japanese Foreign Minister Yoshimasa Hayashi about the region.",
        "Dichiarazione del Portavoce Ned Price sulla telefonata del Segretario Blinken\n\n"
        "19 gennaio 2022\n\nIl Segretario di Stato Antony Blinken ha parlato oggi con il "
        "Ministro degli Esteri giapponese Yoshimasa Hayashi della regione.",
        "Declaración del portavoz Ned Price: llamada del secretario Blinken\n\n19 de enero "
        "de 2022\n\nEl secretario de Estado Antony Blinken habló hoy con el canciller "
        "japonés Yoshimasa Hayashi sobre la región.",
    ],
)
def test_a_spokesperson_in_the_headline_is_not_a_subject(reference, text):
    report = parse_report(text.encode(), reference=reference)
    slugs = {person.slug for person in report.people}
    assert "ned-price" not in slugs
    assert "antony-blinken" in slugs


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("Il Segretario di Stato Blinken ha parlato con il ministro.", "antony-blinken"),
        ("Ieri il segretario Blinken ha parlato con il ministro.", "antony-blinken"),
        ("Il Segretario alla Difesa Austin ha incontrato il ministro.", "lloyd-austin"),
        ("El secretario Blinken habló con el canciller.", "antony-blinken"),
    ],
)
def test_a_surname_after_an_italian_or_spanish_secretarys_title(reference, body, slug):
    # The US secretaries' titles in Italian ("Segretario di Stato", "Segretario alla
    # Difesa") and the bare "segretario", "secretario" (titles.TITLES).
    mentions, _ = find_people(body, reference.index)
    assert [mention.slug for mention in mentions] == [slug]


def test_a_leader_in_the_headline_only_is_still_a_subject(reference):
    text = (
        "Secretary Blinken's Call with Japanese Foreign Minister Hayashi\n\nJanuary 19, "
        "2022\n\nThe Secretary spoke today with the Foreign Minister about the region."
    )
    slugs = {person.slug for person in parse_report(text.encode(), reference=reference).people}
    assert "antony-blinken" in slugs
