"""A leader or minister named only inside another minister's words as a Japanese readout
reports them (passing._Reading.aside): "…大臣より、先週の…大統領の演説は印象深かった旨
述べた", "…長官から,退任する…防衛大臣の尽力に謝意を示したいと述べた".

Japan's ministry writes each side's words as one clause, from the speaker and "より、" or
"から、" to the "旨" (or "と") and the verb of saying that close it ("旨述べた",
"と述べた"). When the speaker is a minister (or an adviser), the leader or minister they
speak of (named with a title) is the topic of their words, not a party to the meeting the
readout covers: its parties are named outside such clauses too ("…外務大臣は、…国務長官と
会談した") and stay. A name joined to the speaker or spoken to ("…大統領と会談した", "…長官に対し")
stays too; so does one in a leader's words ("総理より、…").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from archive.ingest.cjk_family_names import title_post

# A speaker's title, then the particle that opens their words; the last before the name
# says whose words hold it ("総理より、" opens a leader's).
_SPEAKS = re.compile(
    r"(?P<title>大統領|総理|首相|外務大臣|防衛大臣|大臣|外相|防衛相|国務長官|国防長官|長官|補佐官)"
    r"(?:より|から)[、，,]"
)
_MINISTER_TITLES = ("大臣", "外相", "防衛相", "長官", "補佐官")  # a minister or an adviser
# The end of the words: "旨" or "と" and a verb of saying, a few characters on.
_WORDS_CLOSE = re.compile(
    r"(?:旨|と)[^。\n]{0,4}?(?:述べ|説明|強調|表明|発言|伝え|紹介|言及|指摘|応じ)"
)
# Met or spoken to, right after the name and its title; "…大統領と小泉総理は" names two
# people the words are about, joined to each other, not to the speaker.
_JOINED = re.compile(
    r"と(?!の間)も?[^。、]{0,12}?(?:会談|会い|会っ|話し|電話|会見|協議|面会)|に対し|から|より|へ"
)
# The title printed after the name, when the mention's form does not hold it.
_TITLE_AFTER = re.compile(
    r"大統領|内閣総理大臣|総理大臣|総理|首相|国家主席|主席"
    r"|外務大臣|防衛大臣|大臣|外相|防衛相|国務長官|国防長官|長官"
)
_PRINCIPAL_POSTS = frozenset({"head_of_state", "head_of_government", "foreign", "defense"})


def speakers(body: str, start: int, end: int) -> list[tuple[int, str]]:
    """(end, title) of each speaker's opening (`_SPEAKS`) from `start` to `end`, in order:
    read once a sentence, not once a name (a long text with no sentence stop names
    thousands, issue #11)."""
    return [(m.end(), m.group("title")) for m in _SPEAKS.finditer(body, start, end)]


def in_minister_words(
    body: str, mention, start: int, end: int, opened: list[tuple[int, str]] | None = None
) -> bool:
    """Whether `mention`, titled as a leader or minister, stands inside a minister's words
    in the sentence from `start` to `end` (module docstring); `opened` is
    `speakers(body, start, end)`, when the caller keeps it."""
    title = _TITLE_AFTER.match(body, mention.end)
    after = title.end() if title else mention.end
    post = title_post(mention.form + (title.group(0) if title else ""))
    if post not in _PRINCIPAL_POSTS and post != "minister":
        return False  # no title, or another's ("大使", "前外相")
    if _JOINED.match(body, after):
        return False
    if opened is None:
        opened = speakers(body, start, end)
    # The last opening that ends by the name (openings do not overlap: each ends at its
    # one comma, so their ends rise with their starts).
    i = bisect_right(opened, (mention.start, "\uffff")) - 1
    if i < 0 or not opened[i][1].endswith(_MINISTER_TITLES):
        return False
    return _WORDS_CLOSE.search(body, after, end) is not None
