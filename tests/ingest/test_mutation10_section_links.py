"""A "back to" link written in hiragana ("一覧へもどる") names its section as one in kanji
does ("一覧へ戻る") (issue 11's seed-20261212 mutation run, section_links.back_link_targets:
the plain-substring pre-filter must let each written form through)."""

import pytest

from archive.ingest.section_links import back_link_targets


@pytest.mark.parametrize(
    "line", ["報道発表一覧へもどる", "報道発表一覧にもどる", "報道発表一覧へ戻る"]
)
def test_each_written_form_of_the_back_link_names_its_section(line):
    assert back_link_targets([line]) == {"報道発表一覧"}


def test_a_line_with_no_back_link_names_nothing():
    assert back_link_targets(["報道発表一覧", "ページの先頭へもどる"]) == set()
