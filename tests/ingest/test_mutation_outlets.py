"""extract_outlet (issue 11's mutation sample, outlets.py): a byline that names no known
outlet (a reporter's name) decides nothing, so the outlet's own page lines still name
it."""

import pytest

from archive.ingest.outlets import extract_outlet, fingerprint


def test_a_bylines_reporter_leaves_the_outlet_to_its_page_lines(ref):
    lines = ["Baca: Revenge, China Blocks Visas", "Text.", "(esn)"]
    finding = extract_outlet(
        index=ref.index, paragraphs=lines, chrome=[lines[0], lines[2]], byline="Jane Doe"
    )
    assert finding.outlet_slug == "sindonews"
    assert not any("byline" in reason for reason in finding.reasons)


def test_an_unknown_sites_address_is_given_as_the_reason(ref):
    finding = extract_outlet(
        index=ref.index, paragraphs=["Text."], hint_url="https://www.example.it/2022/01/07/x"
    )
    assert (finding.outlet_slug, finding.outlet_name) == (None, "example.it")
    assert finding.reasons == ["unknown outlet 'example.it'"]


def test_a_known_sites_address_is_given_as_the_reason(ref):
    url = "https://www.efe.com/2022/01/07/x"
    finding = extract_outlet(index=ref.index, paragraphs=["Text."], hint_url=url)
    assert finding.outlet_slug == "efe"
    assert finding.reasons[0] == f"outlet from the address {url!r}"


@pytest.mark.parametrize(
    ("chrome", "named"),
    [
        ("Lascia un commento. Il tuo indirizzo email non sarà pubblicato.", "Italian"),
        # A language without a name in LANGUAGE_NAMES is given by its code, never "None".
        ("댓글을 남기려면 로그인하세요 회원가입 개인정보처리방침 저작권 무단전재 금지", "ko"),
    ],
)
def test_a_republishing_site_is_named_for_the_language_of_its_page(ref, chrome, named):
    lines = ["Sign up now for unlimited free access to Reuters.com", "Text.", chrome]
    finding = extract_outlet(
        index=ref.index,
        paragraphs=lines,
        chrome=[lines[0], chrome],
        dateline_wire="Reuters",
        body_language="en",
    )
    site = f"Unidentified {named}-language site"
    assert (finding.outlet_slug, finding.outlet_name) == (None, site)
    assert finding.reasons[-1].endswith(f"in {named}: republished by an u{site[1:]}")


def test_a_fingerprint_counts_each_matching_line_once(ref):
    # a50f3b0 sample: three of the four lines are SINDOnews' own, counted once each.
    lines = ["Baca: Revenge, China Blocks Visas", "Text.", "Baca juga: Talks", "(esn)"]
    assert fingerprint(lines, ref.index) == {"sindonews": 3}
    finding = extract_outlet(index=ref.index, paragraphs=lines, chrome=lines[:1])
    assert finding.reasons == ["3 line(s) match SINDOnews's own boilerplate"]


def test_the_outlet_with_most_matching_lines_wins_and_a_tie_goes_to_the_wire(ref):
    # a50f3b0 sample: most lines first (EFE's editor initials twice, Reuters' once); on a
    # tie, the outlet whose wire the report carries.
    lines = [
        "Talks ended.",
        "lz/mb",
        "ab/cd",
        "Sign up now for unlimited free access to Reuters.com",
    ]
    assert fingerprint(lines, ref.index) == {"efe": 2, "reuters": 1}
    finding = extract_outlet(
        index=ref.index, paragraphs=lines, chrome=lines[1:], body_language="en"
    )
    assert finding.outlet_slug == "efe"
    tie = ["Talks ended.", "lz/mb", "Baca: Talks go on"]
    finding = extract_outlet(index=ref.index, paragraphs=tie, chrome=tie[1:], dateline_wire="EFE")
    assert finding.outlet_slug == "efe"
