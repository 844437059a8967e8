"""A site's path of sections joined by a spaced slash or bar has no sentence in it: a
line whose parts end in a full stop, "!", "?" or "。" is text split by a slash, not a
path of sections (issue 11's seed-20261213 mutation sample,
headline_shapes.is_section_path: no test had a part ending in a stop). Invented lines."""

import pytest

from archive.ingest.headline_shapes import is_section_path


@pytest.mark.parametrize(
    "line",
    [
        "The talks ended. / The ministers agreed.",
        "Press Releases | Asia!",
        "会談は終わった。 / 両氏は合意した。",
        "Regional Affairs | Why now?",
    ],
)
def test_parts_ending_in_a_stop_are_no_path_of_sections(line):
    assert not is_section_path(line)


@pytest.mark.parametrize("line", ["Press Releases | Asia", "Regional Affairs / North America"])
def test_parts_without_stops_are_a_path_of_sections(line):
    assert is_section_path(line)
