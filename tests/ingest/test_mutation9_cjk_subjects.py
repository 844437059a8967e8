"""A Chinese partner word before a name in a paragraph that is not the body's first (issue 11's
seed-20261211 mutation sample, cjk_subjects.py): the partner is looked for just before the
name as printed in the paragraph, whatever the paragraph's place in the body."""

from archive.ingest.cjk_subjects import quote_subject
from archive.ingest.results import Mention

PARAGRAPH = "国务卿高明远与外相山田太郎会谈后表示，“两国将团结一致。”"


def _subject(offset):
    mentions = [
        Mention(
            "gao-mingyuan",
            offset + PARAGRAPH.index("高明远"),
            offset + PARAGRAPH.index("高明远") + 3,
            "高明远",
        ),
        Mention(
            "yamada-taro",
            offset + PARAGRAPH.index("山田太郎"),
            offset + PARAGRAPH.index("山田太郎") + 4,
            "山田太郎",
        ),
    ]
    return quote_subject(PARAGRAPH, offset, 0, PARAGRAPH.index("“"), [], mentions)


def test_the_partner_after_yu_is_not_the_speaker_in_a_later_paragraph():
    # quote_subject 23 looked for the partner word past the name when the paragraph's
    # offset in the body was not 0, and gave the quote to the partner.
    assert _subject(0).slug == "gao-mingyuan"
    assert _subject(240).slug == "gao-mingyuan"
