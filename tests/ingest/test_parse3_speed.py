"""The fifth parse-time pass (issue #10): each faster form gives exactly what the form it
replaced gave (the plain forms are written out here), and the work it skips is counted
or shown by the size of what is read, never timed."""

import random
import re

import pytest

from archive.ingest import outlets, prefilter, roles


def _plain_find_wire(last_paragraph: str, index) -> tuple[str | None, str]:
    """find_wire's sign-off before this pass: every alias searched over the whole paragraph."""
    for slug, outlet in index.outlets.items():
        if outlet.kind != "wire":
            continue
        for alias in (outlet.name, *outlet.aliases):
            if re.search(rf"[.!?”\"]\s+{re.escape(alias)}\s*$", last_paragraph):
                return slug, alias
    return None, ""


SIGN_OFF_PIECES = (
    "EFE", "Reuters", "AFP", "Kyodo", "Agence France-Presse", "efe", ".", "!", "?", "”", '"',
    " ", "   ", "\n", "\t", "\u3000", "\u00a0", "talks", "ended", "x",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(300))
def test_a_sign_off_is_the_plain_search(ref, seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(SIGN_OFF_PIECES) for _ in range(rng.randrange(30)))
    assert outlets.find_wire("", text, ref.index) == _plain_find_wire(text, ref.index), repr(text)


def test_a_sign_off_after_a_long_line_and_long_blanks(ref):
    body = "The talks ended. " * 50_000
    for ending in ("EFE", "EFE \n", "  EFE", ". " + " " * 5000 + "EFE" + " " * 5000, "XEFE"):
        text = body + ending
        assert outlets.find_wire("", text, ref.index) == _plain_find_wire(text, ref.index)


def test_a_sign_off_is_looked_for_in_the_paragraph_s_end_only():
    """What makes it fast on a report printed as one line: the searched end holds the
    longest alias's characters and the stop, not the megabytes before them."""
    line = "The talks ended. " * 100_000 + "EFE"
    assert outlets._tail_holding(line, 4) == ". EFE"
    assert outlets._tail_holding("  a b ", 5) == "  a b "
    assert outlets._tail_holding(line + " \n\t ", 4) == ". EFE \n\t "


ROLE_PIECES = (
    "his", "Her", "THEIR", "Japanese", "U.S.", "US", "American", "counterpart", "counterparts",
    "su", "sus", "homólogo", "HOMOLOGA", "japonés", "de Japón", "il suo", "omologo", "giapponese",
    "mitranya", "rekan", "dari", "Jepang", "AS", "Amerika Serikat", "the", "three", "Four",
    "leaders", "leader", "foreign", "ministers", "minister", "of", "Japan", "and", "India",
    "Australia", "the United States", "secretary", "secretaries", "state", "defense", "ſ",
    "K", "İ", "líderes", "cancilleres", "menteri", "luar", "negeri", "former", "'", "’", "-",
    " ", "  ", "\n", ",", ";", ":", "!", "?", '"', "“", "”", "(", ")", ".", "x", "5", "_",
    "his Japanese counterpart", "sus homólogos de Japón", "mitranya dari AS", "three leaders",
    "the four leaders", "foreign ministers of Japan, India and Australia", "Leaders of the U.S.",
)  # fmt: skip


def _role_text(seed: int) -> str:
    rng = random.Random(seed)
    pieces = [rng.choice(ROLE_PIECES) for _ in range(rng.randrange(60))]
    return "".join(piece + rng.choice(("", " ", " ", " ")) for piece in pieces)


@pytest.mark.parametrize("seed", range(400))
def test_title_only_phrases_are_the_plain_patterns(seed):
    body = _role_text(seed)
    for pattern in (roles.COUNTERPART, roles.N_LEADERS):
        found = prefilter.segment_finditer(pattern, body, roles._NOT_IN_PHRASE)
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(body)], body
    starts = roles._LIST_POST_NEEDLES.starts(roles._LIST_POST_HEADS, prefilter.fold(body))
    listed = [m.span() for m in prefilter.tried_at(roles.LISTED_ROLE, body, starts)]
    assert listed == [m.span() for m in roles.LISTED_ROLE.finditer(body)], body


def test_title_only_phrases_in_a_long_line():
    """One line of 200,000 characters: the stretches between breakers are read, found from
    far away (the last breaker before a word may be thousands of characters back)."""
    rng = random.Random(7)
    body = "".join(_role_text(rng.randrange(10**6)) for _ in range(300))
    body += " x" * 5000 + " his Japanese counterpart" + " y" * 5000 + ", the three leaders"
    for pattern in (roles.COUNTERPART, roles.N_LEADERS):
        found = prefilter.segment_finditer(pattern, body, roles._NOT_IN_PHRASE)
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(body)]


def test_stretches_read_are_those_holding_a_required_word():
    """What makes it fast: a text without the pattern's words is never given to it, and
    the stretches read are only those around the words."""
    calls = []

    class Spy:
        pattern = roles.N_LEADERS.pattern
        flags = roles.N_LEADERS.flags

        def finditer(self, text, lo, hi):
            calls.append(text[lo:hi])
            return iter(())

    body = "Talks ended, and the four leaders met; nothing else. " * 1000
    spy = Spy()
    prefilter._required_of.cache_clear()
    list(prefilter.segment_finditer(spy, body, roles._NOT_IN_PHRASE))
    assert calls[:2] == [" and the four leaders met"] * 2 and len(calls) == 1000
    calls.clear()
    list(prefilter.segment_finditer(spy, "No such words here, at all. " * 1000, re.compile(",")))
    assert calls == []
    prefilter._required_of.cache_clear()


def test_list_post_heads_are_the_posts_beginnings():
    assert {"foreign", "minister", "secretar", "leader", "líderes"} <= set(roles._LIST_POST_HEADS)


def test_a_long_body_is_folded_once():
    body = "The Foreign Ministers of Japan and India. " * 200
    assert prefilter.fold_once(body) is prefilter.fold_once(body) == prefilter.fold(body)
    assert prefilter.fold_once("Short") == "short"
