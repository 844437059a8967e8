"""Review of aa5fc14 (the answer to d01151d: a ban on reprinting must forbid). A report's
sentence about an agreement that forbids unauthorised use ("…の無断使用を禁じる規定を設ける
ことで合意した。", "…未经授权不得使用…，美日应当遵守。") holds both the act and the ban, and
is still dropped as a copyright notice. A notice is a short line that forbids and says
nothing else; a sentence with a subject and a verb of its own ("合意した", "署名した",
"应当遵守") after the ban is the report's. Made-up text."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason


@pytest.mark.parametrize(
    "line",
    [
        "両国は、軍事情報の無断使用を禁じる規定を設けることで合意した。",
        "両国は軍事情報の無断転用を禁止する協定に署名した。",
        "中方表示，未经授权不得使用相关数据，美日应当遵守。",
    ],
)
def test_a_sentence_reporting_a_ban_is_no_copyright_notice(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def test_a_japanese_notice_is_still_chrome():
    """Guard."""
    assert boilerplate_reason("記事の無断転載を禁じます", DEFAULT_PATTERNS) == "copyright notice"
