"""Datelines with the month in the report's own language (header.DATELINE): "WASHINGTON,
7 de enero de 2022 (VOA) —", "ROMA, 7 gennaio 2022 –", "Jakarta, 7 Mei 2022 -" date the
report as "WASHINGTON, Jan. 7, 2022 —" does; without its year, the dateline's day and
month wait for a year as an English one does. Invented reports."""

from datetime import date

import pytest

from archive.ingest import dates, header
from archive.ingest.pipeline import parse_report

HEADLINE = "Los cancilleres de Japón y Estados Unidos conversan\n\n"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("WASHINGTON, 7 de enero de 2022 (VOA) — El secretario de Estado habló.", date(2022, 1, 7)),
        ("ROMA, 7 gennaio 2022 – Il ministro degli Esteri ha parlato.", date(2022, 1, 7)),
        ("Jakarta, 7 Mei 2022 - Menteri Luar Negeri berbicara.", date(2022, 5, 7)),
        ("JAKARTA, 17 Agustus 2022 (VOA) — Menteri berbicara.", date(2022, 8, 17)),
        ("Tokio, 1º de diciembre de 2022.- El canciller habló.", date(2022, 12, 1)),
        ("MIAMI, octubre 7, 2022 (VOA) - El canciller habló.", date(2022, 10, 7)),
    ],
)
def test_a_dateline_with_a_native_month_dates_the_report(ref, line, day):
    body = HEADLINE + line + " Los dos países reafirmaron su alianza en una reunión larga."
    report = parse_report(body.encode(), reference=ref)
    assert report.published == day
    assert report.dateline.startswith(line.split(",")[0])


@pytest.mark.parametrize(
    ("line", "month_day"),
    [
        ("ROMA, 7 gennaio – Il ministro ha parlato.", (1, 7)),
        ("WASHINGTON, 7 de enero (VOA) — El secretario habló.", (1, 7)),
        ("Jakarta, 7 Desember - Menteri berbicara.", (12, 7)),
    ],
)
def test_a_yearless_native_dateline_gives_its_month_and_day(line, month_day):
    match = header.match_dateline(line)
    assert match is not None and dates.month_day(match["date"]) == month_day


def test_a_month_word_without_a_day_is_no_dateline_date():
    # "Marzo" alone, or a day with no month name, does not make a date.
    assert header.match_dateline("ROMA, marzo – Il ministro ha parlato.") is None
    assert dates.month_day("7 giorni") is None
