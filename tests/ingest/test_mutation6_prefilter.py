"""finditer_exact (issue 11's seed-20261208 mutation sample, prefilter.py): with no forms
to look for first (or an empty one, which occurs everywhere), the pattern is tried on the
whole text."""

import re

import pytest

from archive.ingest.prefilter import finditer_exact


@pytest.mark.parametrize("forms", [(), ("Kishida", "")])
def test_without_forms_to_look_for_the_pattern_reads_the_whole_text(forms):
    pattern = re.compile(r"Kishida|Biden")
    text = "Biden met Kishida; Biden spoke."
    # finditer_exact 15 gave the pattern None instead of the text (TypeError).
    found = [m.group(0) for m in finditer_exact(pattern, forms, text)]
    assert found == ["Biden", "Kishida", "Biden"]
