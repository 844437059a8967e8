"""The page lines around a report that are not its outlet's own are read for their
language as one text with each line's words kept apart, so the short lines of a site's
menus ("Acerca de", "Síguenos en"), whose last word tells the language, tell it (issue
11's seed-20261213 mutation sample, outlets._from_fingerprint: no test had several
short foreign lines end in such a word). Invented page lines."""

import pytest

from archive.ingest.outlets import extract_outlet

OWN = "Sign up now for unlimited free access to Reuters.com"


def _outlet(ref, chrome):
    lines = [OWN, "Text.", *chrome]
    finding = extract_outlet(
        index=ref.index,
        paragraphs=lines,
        chrome=[OWN, *chrome],
        dateline_wire="Reuters",
        body_language="en",
    )
    return finding.outlet_slug, finding.outlet_name


def test_short_menu_lines_in_another_language_name_a_republishing_site(ref):
    chrome = ["Acerca de", "Síguenos en", "Comparte en", "Términos de uso"]
    assert _outlet(ref, chrome) == (None, "Unidentified Spanish-language site")


@pytest.mark.parametrize("chrome", [[], ["Follow us on", "Share on", "Terms of use"]])
def test_menu_lines_in_the_outlets_language_leave_it_the_outlet(ref, chrome):
    assert _outlet(ref, chrome)[0] == "reuters"
