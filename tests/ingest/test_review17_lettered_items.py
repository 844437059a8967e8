r"""Review (found reading 6337e50, which widens the copyright notice to brackets; the fault
is the original pattern's, 0eed794, present at b90b6db): the copyright notice
`(?:©|\(c\)|copyright)\s.{1,120}`, case-blind, takes any line that opens with "(c) " or
"Copyright ", so the third item of a lettered list in a joint statement or fact sheet
("(c) Cooperation on space and cyberspace", "(c) the two governments will expand…")
and a sentence whose first word is "copyright" leave the report as chrome. A notice
names a holder or a year after the mark ("© 2022 …", "Copyright The Agency"); a list
item follows "(a)" and "(b)". Made-up text."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.pipeline import parse_report


@pytest.mark.parametrize(
    "line", ["© 2022 The Agency. All rights reserved.", "Copyright 2021 The Daily Example"]
)
def test_guard_a_copyright_notice_is_still_one(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "copyright notice"


LINES = (
    "(c) Cooperation on space and cyberspace",
    "(c) the two governments will expand cooperation on extended deterrence;",
    "Copyright protection and the theft of trade secrets were also discussed.",
)


@pytest.mark.parametrize("line", LINES)
def test_a_lettered_item_or_a_sentence_on_copyright_is_no_notice(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def test_the_third_item_of_a_joint_statement_list_stays(ref):
    text = (
        "Joint Statement of the Security Consultative Committee\n\n"
        "The Ministers decided to strengthen the Alliance in three areas:\n\n"
        "(a) Cooperation on missile defense\n\n"
        "(b) Cooperation on maritime security\n\n"
        "(c) Cooperation on space and cyberspace\n\n"
        "The Ministers will review progress at their next meeting."
    )
    report = parse_report(text.encode(), reference=ref, hints={"url": "https://example.gov/a"})
    assert "(c) Cooperation on space and cyberspace" in report.body
