"""mojibake.fix_text is ftfy.fix_text, faster (issue 11's seed-20261210 mutation sample,
mojibake.py): ftfy stops unescaping HTML entities once the text has shown a "<", also
when the text's very first character is that "<"."""

import ftfy

from archive.ingest import mojibake
from archive.ingest.text import REPAIR_CONFIG


def test_an_entity_after_markup_at_the_texts_start_stays_as_ftfy_leaves_it():
    # fix_text 35 took a tag at offset 0 for no tag, and unescaped "&amp;" below it.
    text = "<p>Talks</p>\nAT&amp;T and caf\u00c3\u00a9 owners met.\n"
    assert mojibake.fix_text(text, REPAIR_CONFIG) == ftfy.fix_text(text, REPAIR_CONFIG)
    assert mojibake.fix_text(text, REPAIR_CONFIG) == "<p>Talks</p>\nAT&amp;T and café owners met.\n"
