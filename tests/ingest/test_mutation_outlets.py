"""extract_outlet (issue 11's mutation sample, outlets.py): a byline that names no known
outlet (a reporter's name) decides nothing, so the outlet's own page lines still name
it."""

from archive.ingest.outlets import extract_outlet


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
