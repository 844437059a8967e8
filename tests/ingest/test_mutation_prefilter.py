"""Required strings of a pattern (issue 11's mutation sample, prefilter.py): each string
carries whether it may occur in any case, which is the pattern's IGNORECASE flag."""

import re

from archive.ingest.prefilter import required_strings


def test_a_caseless_pattern_requires_its_literal_in_any_case():
    assert required_strings(re.compile("Prime Minister", re.IGNORECASE)) == frozenset(
        {("Prime Minister", True)}
    )


def test_a_case_sensitive_pattern_requires_its_literal_as_printed():
    assert required_strings(re.compile("Prime Minister")) == frozenset({("Prime Minister", False)})
