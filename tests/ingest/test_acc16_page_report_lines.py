"""An Indonesian site's report line (issue 11, sixteenth session): "Laporan Wartawan
Contoh.com, Budi Santoso" or "Laporan Koresponden Contoh.com, Budi Santoso dari Jepang"
over the text is the byline, never the title; a sentence that opens with "Laporan" (a
report about a report) stays. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.header import extract_byline
from archive.ingest.pipeline import parse_report

TEXT = (
    "CONTOH.COM, TOKYO - Perdana Menteri Jepang Taro Sato akan bertemu Presiden Amerika "
    "Serikat John Miller di Gedung Putih pekan depan, kata pejabat pemerintah."
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Laporan Wartawan Contoh.com, Budi Santoso", "Budi Santoso"),
        ("Laporan Koresponden Contoh.com, Budi Santoso dari Jepang", "Budi Santoso"),
        ("Laporan Reporter Contoh Jabar, Siti Aminah", "Siti Aminah"),
    ],
)
def test_a_report_line_is_the_byline(line, name):
    found = extract_byline([line, TEXT])
    assert (found.value, found.index) == (name, 0)


@pytest.mark.parametrize(
    "line",
    [
        "Laporan wartawan itu dibantah oleh Kementerian Luar Negeri, kata juru bicara.",
        "Laporan Koresponden",
    ],
)
def test_other_lines_opening_with_laporan_are_no_byline(line):
    assert extract_byline([line, TEXT]) is None


def test_the_report_line_over_the_text_is_not_the_title(ref):
    text = "\n".join(["Laporan Koresponden Contoh.com, Budi Santoso dari Jepang", TEXT, TEXT])
    report = parse_report(text.encode(), reference=ref, filename="page.txt")
    assert report.byline == "Budi Santoso"
    assert report.title != "Laporan Koresponden Contoh.com, Budi Santoso dari Jepang"
