"""Smaller words that generalise (review item 12): a post on a social network attributes a
quote ("Blinken tweeted", "escribió", "ha scritto"); a country's top diplomat with its
nationality is a bare title ("the top U.S. diplomat said", "el jefe de la diplomacia
estadounidense"); Indonesian "secara daring" is a video meeting; "lima", Indonesian for
five, is no Lima unless printed as a name. Invented texts."""

import pytest

from archive.ingest.meeting_context import report_context
from archive.ingest.meeting_signs import report_signs
from archive.ingest.pipeline import parse_report

LEAD = {
    "en": "TOKYO, Jan. 7, 2022 — Secretary of State Antony Blinken met Foreign Minister "
    "Yoshimasa Hayashi in Tokyo on Friday.",
    "es": "TOKIO, 7 de enero de 2022 — El secretario de Estado Antony Blinken se reunió con "
    "el canciller Yoshimasa Hayashi.",
    "it": "TOKYO, 7 gennaio 2022 – Il Segretario di Stato Antony Blinken ha incontrato il "
    "ministro Yoshimasa Hayashi.",
    "id": "TOKYO, 7 Januari 2022 - Menteri Luar Negeri AS Antony Blinken bertemu Menlu "
    "Yoshimasa Hayashi di Tokyo.",
}


def speakers(language: str, quote: str) -> dict[str, str | None]:
    text = f"Talks in Tokyo\n\n{LEAD[language]}\n\n{quote} Trade came up too."
    report = parse_report(text.encode(), reference=REFERENCE)
    return {hit.text: hit.speaker_slug for hit in report.quotes}


@pytest.fixture(autouse=True)
def _reference(ref):
    global REFERENCE
    REFERENCE = ref


@pytest.mark.parametrize(
    ("language", "quote"),
    [
        ("en", "“Our alliance has never been stronger,” Blinken tweeted after the talks."),
        ("en", "“Our alliance has never been stronger,” Blinken posted on X after the talks."),
        ("es", "“Nuestra alianza nunca ha sido más fuerte”, escribió Blinken en X."),
        ("it", "“La nostra alleanza non è mai stata così forte”, ha scritto Blinken su X."),
        ("id", "“Aliansi kami tidak pernah sekuat ini,” tulis Blinken di X."),
    ],
)
def test_a_post_on_a_social_network_attributes_a_quote(language, quote):
    assert list(speakers(language, quote).values()) == ["antony-blinken"]


@pytest.mark.parametrize(
    ("language", "quote"),
    [
        ("en", "“Our alliance has never been stronger,” the top U.S. diplomat said."),
        (
            "es",
            "“Nuestra alianza nunca ha sido más fuerte”, manifestó el jefe de la diplomacia "
            "estadounidense.",
        ),
        (
            "it",
            "“La nostra alleanza non è mai stata così forte”, ha detto il capo della diplomazia "
            "statunitense.",
        ),
    ],
)
def test_the_top_diplomat_with_a_nationality_is_a_bare_title(language, quote):
    assert list(speakers(language, quote).values()) == ["antony-blinken"]


@pytest.mark.parametrize(
    ("body", "video"),
    [
        ("Kedua menteri bertemu secara daring pada hari Jumat.", True),
        ("Pertemuan daring itu berlangsung satu jam.", True),
        ("It was a daring plan, the minister said.", False),
    ],
)
def test_indonesian_online_is_a_video_meeting(body, video):
    assert bool(report_signs(body).format_words["video"]) is video


@pytest.mark.parametrize(
    ("body", "lima"),
    [
        ("Kerja sama kedua negara selama lima tahun terakhir.", False),
        ("Mereka bertemu lima kali tahun ini.", False),
        ("Los líderes se reunieron en Lima durante la APEC.", True),
        ("LIMA, Peru — The leaders met on the sidelines of APEC.", True),
        ("両首脳はリマで会談した。", True),
    ],
)
def test_lima_is_a_place_only_as_a_name(body, lima):
    assert ("Lima" in report_context(body).places) is lima
