"""After "(c)" or "Copyright" a notice names a year, a mark or its holder (review of 0eed794
answered); a lettered list's item and a sentence whose subject is copyright go on in
lower-case words and stay in the report. Made-up text."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Kyodo News",
        "(c) 2019 The Yomiuri Shimbun",
        "(C) 2015-2024 Example Broadcasting Corporation",
        "Copyright 2023 NHK. All rights reserved",
        "Copyright © Example Media Inc.",
        "COPYRIGHT (C) EXAMPLE PRESS",
        "Copyright 2019 by The Agency",
        "(c) Example News Agency",
        "Copyright The Ministry of Foreign Affairs of Japan",
        "Copyright 2020 example.com",
        "(c) example.co.jp All rights reserved.",
    ],
)
def test_a_notice_names_a_year_a_mark_or_a_holder(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "copyright notice"


@pytest.mark.parametrize(
    "line",
    [
        "(c) 2020 marked the 60th anniversary of the treaty;",
        "(C) the Ministers welcomed progress on the realignment of forces.",
        "(c) Exchanges among students and researchers",
        "Copyright law was on the agenda as well.",
        "Copyright infringement by online platforms remains a concern, the ministers said.",
    ],
)
def test_a_list_item_or_a_sentence_is_no_notice(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None
