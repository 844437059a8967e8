"""A CJK sentence that names no subject before its quote (issue 11): Japanese and Korean
leave the subject out while it stays the same ("中谷大臣は「…」と述べました。そのうえで、
…を受けて「…」と述べました。"), so the quote goes on with the last speaker's words
(cjk_quotes.py decides whose)."""

from __future__ import annotations

from archive.ingest.cjk_quote_words import (
    ANOTHER_VOICE,
    CIRCUMSTANCE,
    CLAUSE_LINK,
    TOPIC_OR_SUBJECT,
)


def no_one_before(before: str, known, at: int) -> bool:
    """Whether the words of a sentence before its quote name no subject: they only say
    where or when it was said ("記者会見では", "会談後の会見で", "이날 기자회견에서";
    CIRCUMSTANCE), or they are a clause of what the speaker did, closed by a comma, with
    no one `known` named in it (it starts `at` in the body) and no topic or subject
    ("また、日米豪印外相会合にも出席し、「…」と報告した。": Japanese and Korean leave the
    subject out as it goes on); a te-form or a topic phrase closes it as well as a comma
    ("その上で、…の発足を受けて「…」と述べた", "…에 대해 “…”고 말했다": CLAUSE_LINK)."""
    if not before.strip():
        return True
    circumstance = CIRCUMSTANCE.fullmatch(before)
    if circumstance is not None:
        return not TOPIC_OR_SUBJECT.search(before, 0, circumstance.start("place"))
    clause = before.rstrip()
    linked = clause.endswith(("、", "，", ",")) or CLAUSE_LINK.search(clause)
    if not linked or TOPIC_OR_SUBJECT.search(clause):
        return False
    if ANOTHER_VOICE.search(clause):
        return False
    return not known.within(at, at + len(before))
