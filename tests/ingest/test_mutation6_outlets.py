"""extract_outlet from a byline (issue 11's seed-20261208 mutation sample, outlets.py): a
byline that names a known outlet decides it, by its reference name, and the page's
lines are not read for another."""

from archive.ingest.outlets import extract_outlet


def test_an_outlet_named_in_the_byline_is_the_reports_outlet_by_its_reference_name(ref):
    finding = extract_outlet(index=ref.index, paragraphs=["Text."], byline="EFE")
    # _from_byline 17 said it had found none: the outlet kept no name and the
    # fingerprint step read on.
    assert finding.outlet_slug == "efe"
    assert finding.outlet_name == ref.index.outlets["efe"].name
    assert finding.reasons == ["outlet named in the byline 'EFE'"]
