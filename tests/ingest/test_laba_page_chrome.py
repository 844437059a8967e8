"""An embedded social post's furniture (invented lines in several languages): its label,
the account alone, the attribution line and the time stamp are chrome; the post's own
words, and sentences that merely mention a post, stay."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.pipeline import parse_report


@pytest.mark.parametrize(
    "line",
    [
        "Tweet:",
        "Tuit:",
        "트윗:",
        "@usembassytokyo",
        "— Secretary of State (@SecState) January 6, 2022",
        "2:35 horas – 16 de marzo de 2017",
        "10:05 AM · Jan 7, 2022",
        "9:12 PM - 16 Mar 2017",
        "08.15 WIB - 7 Januari 2022",
    ],
)
def test_a_social_posts_furniture_is_chrome(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "social post"


@pytest.mark.parametrize(
    "line",
    [
        "Tweet: the secretary said the alliance was strong.",
        "@ the meeting, the ministers agreed to cooperate.",
        "At 2:35 p.m. – 16 March 2017 – the ministers met in Tokyo and agreed to cooperate.",
        "El secretario (@SecState) publicó un mensaje sobre la reunión con el ministro japonés.",
        "2:35 horas",
    ],
)
def test_sentences_about_a_post_stay(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) != "social post"


PAGE = "\n\n".join(
    [
        "El secretario de Estado visitó Japón en su primer viaje a Asia.",
        "El secretario se reunió en Tokio con el ministro de Asuntos Exteriores japonés para "
        "reafirmar la alianza entre los dos países y dialogar sobre sus prioridades.",
        "Tuit:\n@usembassytokyo\nEl secretario de Estado se reunió con el ministro de Asuntos "
        "Exteriores de Japón para reafirmar la alianza.\n2:35 horas – 16 de marzo de 2017",
        "El viaje sigue a la visita del primer ministro japonés a Estados Unidos en febrero, "
        "cuando se reunió con el presidente en la Casa Blanca.",
    ]
)


def test_a_post_embedded_in_a_report_end_to_end(ref):
    report = parse_report(PAGE.encode(), reference=ref)
    dropped = {d.line: d.reason for d in report.dropped}
    for line in ("Tuit:", "@usembassytokyo", "2:35 horas – 16 de marzo de 2017"):
        assert dropped[line] == "social post"
    assert report.published is None  # a post's time stamp never dates the page
    assert "El viaje sigue a la visita" in report.body
