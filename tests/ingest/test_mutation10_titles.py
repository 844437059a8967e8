"""The title patterns are read on folded (lower-case) text, so their sources are lowered
once at import; an upper-case escape (\\S, \\D, \\W) would change meaning when lowered
("\\S" becomes "\\s") and is refused (issue 11's seed-20261212 mutation run,
titles._lower_case)."""

import pytest

from archive.ingest.titles import _lower_case


@pytest.mark.parametrize("source", [r"minister\S+", r"\D{2}", r"(?:vice )?\Wforeign"])
def test_an_upper_case_escape_is_refused(source):
    with pytest.raises(ValueError, match="upper-case escape"):
        _lower_case(source)


def test_letters_and_lower_case_escapes_are_lowered():
    assert _lower_case(r"Foreign\s+Minister\b") == r"foreign\s+minister\b"
