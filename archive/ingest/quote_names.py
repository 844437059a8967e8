"""A short quote that is a name, not anyone's words (split from speakers.py): what a
phrase before it names ("the so-called “Asia Pivot”", "apa yang disebut “…”", "what Beijing
calls “…”")."""

from __future__ import annotations

import re

FAR_QUOTE_WORDS = 8  # a quote shorter than this, far from the verb, is the writer's


# A phrase that names what follows it in quotes ("the so-called “Asia Pivot”", "apa yang
# disebut “Poros Asia”", "lo que se conoce como “…”", "il cosiddetto “…”", "a plan dubbed
# “…”"), or a name already given so and "or" ("…, “Asia Pivot” atau “Poros Asia”").
_NAMING = (
    r"(?:so-called|so\s+called|dubbed|known\s+as|termed|what\s+(?:is|was|are|were)\s+called"
    r"|yang\s+(?:disebut|dinamakan|dikenal\s+(?:sebagai|dengan)|dijuluki)|disebut-sebut"
    r"|(?:lo\s+que\s+se\s+(?:llama|conoce\s+como|denomina)|(?:el|la|los|las)\s+llamad[oa]s?"
    r"|conocid[oa]s?\s+como|denominad[oa]s?)"
    r"|(?:il|la|i|le|lo)\s+cosiddett[oaie]|quello\s+che\s+viene\s+chiamato"
    # Someone else's name for it: "what Beijing calls", "what one official described as",
    # "lo que Pekín llama", "apa yang disebut Beijing", "quello che Pechino chiama".
    r"|(?:what|lo\s+que|quello\s+che|ciò\s+che)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:calls?|called|describes?\s+as|described\s+as|terms?|termed|refers?\s+to\s+as"
    r"|referred\s+to\s+as|llama|llamó|denomina|denominó|(?:calific|describ)[óe]\s+como"
    r"|chiama|ha\s+definito|definisce)"
    r")"
)
NAMED_AS = re.compile(
    rf"(?<![\w-]){_NAMING}(?:\s+(?:an?|the|una?|el|la|il|lo|uno))?[\s,:]*(?:[“\"«][^”\"»\n]{{1,60}}[”\"»]\s*,?\s*"
    r"(?:or|atau|o|oppure|ou)\s+)?$",
    re.I,
)


# A stem of every naming word of _NAMING: a sentence in ASCII holding none of them (in
# lower case) names nothing, and NAMED_AS, tried at each of its characters, is spared.
_NAMING_STEMS = (
    "call", "dubbed", "known", "term", "disebut", "dinamakan", "dikenal", "dijuluki", "llam",
    "conoc", "denomin", "cosiddett", "chiam", "describ", "refer", "calific", "defini",
)  # fmt: skip


def names_a_thing(text: str, before: str) -> bool:
    """Whether the short quote `text` is a name that `before` (its sentence up to it)
    gives it (NAMED_AS), not anyone's words."""
    if len(text.split()) >= FAR_QUOTE_WORDS:
        return False
    if before.isascii():  # (re.I's odd folds, "ſ" for "s", need characters past ASCII)
        lowered = before.lower()
        if not any(stem in lowered for stem in _NAMING_STEMS):
            return False
    return NAMED_AS.search(before) is not None


# A short quote standing between two capitalised words of one name, a space either side:
# "the Security Consultative Committee “2 + 2” Meeting", "the “Quad” Summit" is a part of
# that name ("the Quad" as its members call it), not anyone's words.
_NAME_WORD_BEFORE = re.compile(r"(?:^|\s)(?:[A-Z](?:[\w'’-]|\.(?=\w))*|the)[^\S\n]$")
_NAME_WORD_AFTER = re.compile(r"[^\S\n][A-Z][a-z]")
MAX_NAME_PART_WORDS = 4


def inside_a_name(text: str, before: str, after: str) -> bool:
    """Whether the short quote `text` is a part of the name it stands in, between a
    capitalised word (or "the") before it and one after it."""
    return (
        len(text.split()) <= MAX_NAME_PART_WORDS
        and not text.rstrip().endswith((",", ".", "!", "?", "…"))  # "“We agreed,” Hayashi said"
        and _NAME_WORD_AFTER.match(after) is not None
        and _NAME_WORD_BEFORE.search(before) is not None
    )


# The alliance's slogan, a concept's name whoever puts it in quotes (the corpus README: "names
# of concepts … are not quotes"): "a free and open Indo-Pacific", "Indo-Pasifik yang bebas dan
# terbuka", "un Indo-Pacífico libre y abierto", "un Indo-Pacifico libero e aperto".
_SLOGAN = re.compile(
    r"(?:(?:an?|un|una|the)\s+)?(?:free\s+and\s+open\s+indo-?\s?pacific"
    r"|indo-?\s?pasifik\s+yang\s+bebas\s+dan\s+terbuka|indo-?\s?pac[ií]fico\s+libre\s+y\s+abierto"
    r"|indo-?\s?pacifico\s+libero\s+e\s+aperto)(?:\s+region|\s+kawasan)?",
    re.I,
)


def is_a_slogan(text: str) -> bool:
    """Whether a quote's words are only the alliance's slogan (_SLOGAN), a name."""
    return len(text) < 60 and _SLOGAN.fullmatch(text.strip(" .,;:!?'\"“”‘’«»")) is not None


# The small words a title leaves in lower case ("Toward a More Robust Alliance", "Joint
# Statement of the Security Consultative Committee", "Declaración Conjunta de los Líderes").
# (English prepositions of any length stay in lower case in a title: "Commitment to
# Consult among Japan, …", "Partnership toward a Free Indo-Pacific".)
_TITLE_SMALL_WORDS = frozenset(
    """a an the and or nor but for of in on at to by with from as into via vs
    among amongst between toward towards against through within without upon over under
    about across after before beyond amid onto than per
    de del la las el los y e en con para por al un una di della dello degli delle dei il lo
    le per su sul sulla tra fra da sobre entre dan ke dari yang untuk dengan tentang
    antara""".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SENTENCE_INSIDE = re.compile(r"[.!?…](?:\s|$)")
MIN_TITLE_WORDS = 4


def reads_as_a_title(text: str) -> bool:
    """Whether an unattributed quote is the name of a document or a programme printed in
    title case (every word but the small ones capitalised, no sentence inside): “Joint
    Statement of the Security Consultative Committee: Toward a More Robust Alliance”."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _TITLE_SMALL_WORDS]
    if len(words) < MIN_TITLE_WORDS or _SENTENCE_INSIDE.search(text.rstrip("”\"' ")):
        return False
    return all(word[0].isupper() for word in words)
