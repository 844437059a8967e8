"""The subject of the sentence before a quote when one person is named there twice (issue
11's seed-20261209 mutation sample, cjk_pronouns.py): first as a partner ("林外相との"),
then as the topic ("林外相は"), the person is still the subject; named once, as a partner
only, no one is. Invented text."""

from archive.ingest.cjk_pronouns import sentence_subject
from archive.ingest.results import Mention


def _subject(before: str) -> str | None:
    paragraph = before + "「同盟は重要だ」と述べた。"
    mentions = []
    at = paragraph.find("林外相")
    while at >= 0:
        mentions.append(Mention("yoshimasa-hayashi", at, at + 1, "林"))
        at = paragraph.find("林外相", at + 1)
    found = sentence_subject(paragraph, 0, paragraph.index("「"), mentions)
    return found.slug if found else None


def test_a_partner_who_is_the_topic_later_in_the_sentence_is_its_subject():
    # _is_subject_too 5 called name_role without the text: a TypeError here.
    assert _subject("林外相との会談で、林外相は協力を確認した。") == "yoshimasa-hayashi"


def test_a_person_named_only_as_a_partner_is_not_the_subject():
    assert _subject("林外相との会談で、協力を確認した。") is None
