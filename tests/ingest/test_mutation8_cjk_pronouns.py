"""The subject of the sentence before a quote (issue 11's seed-20261210 mutation sample,
cjk_pronouns.py): the one person named there as its topic stays its subject when
another titled topic is printed after them; only a titled topic before the name makes
someone else the subject. Invented text, in a paragraph that is not the body's first."""

from archive.ingest.cjk_pronouns import sentence_subject
from archive.ingest.results import Mention

_ABOVE = "日米外相会談が東京で開かれ、両外相は同盟の強化で一致した。\n\n"


def _subject(before: str) -> str | None:
    paragraph = "会談が開かれた。" + before + "「同盟は重要だ」と述べた。"
    offset = len(_ABOVE)
    at = paragraph.find("林外相")
    mentions = [Mention("yoshimasa-hayashi", offset + at, offset + at + 1, "林")]
    found = sentence_subject(paragraph, offset, paragraph.index("「"), mentions)
    return found.slug if found else None


def test_a_titled_topic_after_the_named_topic_leaves_them_the_subject():
    # sentence_subject 37 looked for the titled topic past the name (by twice the
    # sentence's place in the body) and found "大使は".
    assert _subject("林外相は記者団に、米国の大使は来週訪日すると説明し、") == "yoshimasa-hayashi"


def test_a_titled_topic_before_the_named_person_is_the_subject():
    assert _subject("米国の大使は記者団に、林外相と来週会うと説明し、") is None
