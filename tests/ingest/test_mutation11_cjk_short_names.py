"""A short form printed inside a longer one is read as the longer: "박스터" (the surname of
"존 박스터") is not the surname "박" of "박호진" followed by other syllables, so the
longer short forms are tried first (issue 11's seed-20261213 mutation sample,
cjk_short_names.ShortNames._table: no test had one short form begin another). Invented
people."""

from archive.ingest.cjk_short_names import ShortNames
from archive.ingest.results import Mention

NAMED = "박호진 장관과 존 박스터 장관이 만났다. "
MENTIONS = [Mention("park-ho-jin", 0, 3, "박호진"), Mention("john-baxter", 8, 13, "존 박스터")]


def test_a_short_form_beginning_with_another_is_read_whole():
    text = NAMED + "박스터 장관은 회담 후 기자들에게 말했다."
    found = ShortNames(MENTIONS).within(text, 0, len(NAMED), len(text))
    assert [(m.slug, m.form) for m in found] == [("john-baxter", "박스터")]
