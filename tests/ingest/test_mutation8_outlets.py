"""A wire credit the reference does not know (issue 11's seed-20261210 mutation sample,
outlets.py): the report keeps no wire, and the curator is told which credit was not
known, as printed."""

from archive.ingest.outlets import extract_outlet


def test_an_unknown_wire_credit_is_named_in_the_reasons(ref):
    # extract_outlet 17 recorded the reason as None.
    finding = extract_outlet(
        index=ref.index, paragraphs=["Text."], dateline_wire="Grand Pacific Wire"
    )
    assert finding.wire_slug is None
    assert finding.wire_name == "Grand Pacific Wire"
    assert "unknown wire credit 'Grand Pacific Wire'" in finding.reasons
    assert None not in finding.reasons
