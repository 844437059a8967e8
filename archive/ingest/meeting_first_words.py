"""Ways of calling a meeting the participants' first that `meeting_words.FIRST_WORDS`
lacks: "my first opportunity to host the Prime Minister", "su primer encuentro",
"kunjungan pertama", "pertemuan tatap muka pertama". Read with them by `meeting_context`
on the text's head. Pure: no Django.

Not the CJK "Xと初めて会談" or "X와 처음 만나": the first meeting there is with whoever X is,
often a third country's minister, and `meeting_context` reads the one it is with only
from "との", "와의", "与" before the words.
"""

from __future__ import annotations

MORE_FIRST_WORDS = (
    r"\bfirst (?:opportunity|chance) to (?:host|welcome|meet|sit down with)\b"
    r"|\bprimer encuentro\b|\bkunjungan pertama\b|\bpertemuan tatap muka pertama\b"
    r"|\bpertama kali bertemu\b"
)
