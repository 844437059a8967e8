"""The fifth parse-time pass (issue #10): each faster form gives exactly what the form it
replaced gave (the plain forms are written out here), and the work it skips is counted
or shown by the size of what is read, never timed."""

import random
import re

import pytest

from archive.ingest import outlets


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
