"""The seventh parse-time pass (issue #10): each shortcut gives exactly what the full work
gave (the plain forms are written out here); the work skipped is counted, never timed."""

import random

import pytest

from archive.ingest import captions

PIECES = ("The allies met.", "“They agreed.”", "Japan and the US", "talked", "in Tokyo", "again")


def _plain_pull_quotes(paragraphs: list[str]) -> list[int]:
    """pull_quotes as its docstring says it, every candidate counted in the whole page."""
    page = "\n".join(paragraphs)
    found = []
    for i, line in enumerate(paragraphs):
        if not (
            (line.startswith(captions._OPENING_QUOTE) or (i < 6 and captions.is_sentence(line)))
            and captions.has_words(line, 8)
        ):
            continue
        printed, at = 0, page.find(line)
        while at != -1:
            printed, at = printed + 1, page.find(line, at + 1)
        if printed > paragraphs.count(line):
            found.append(i)
    return found


@pytest.mark.parametrize("seed", range(300))
def test_pull_quotes_give_the_plain_counts_when_the_longest_lines_are_not_looked_for(seed):
    """Lines as long as the longest (several of them, equal or not, copies of others or
    not) are left out of the automaton: the same lines are found."""
    rng = random.Random(seed)
    sentences = [
        " ".join(rng.choice(PIECES) for _ in range(rng.randrange(2, 7))) + "."
        for _ in range(rng.randrange(1, 5))
    ]
    paragraphs = []
    for _ in range(rng.randrange(1, 8)):
        pick = rng.random()
        if pick < 0.4:
            paragraphs.append(rng.choice(sentences))
        elif pick < 0.7:
            paragraphs.append(" ".join(rng.sample(sentences, len(sentences))))
        else:
            paragraphs.append("“" + rng.choice(sentences) + "” " + rng.choice(sentences))
    assert captions.pull_quotes(paragraphs) == _plain_pull_quotes(paragraphs), paragraphs


def test_a_report_printed_as_one_line_builds_no_automaton(monkeypatch):
    """The one line of a one-line report is the longest paragraph: nothing is looked for
    (the automaton of a 5 MB line cost 0.07 to 0.12 CPU s/MB)."""
    built = []
    original = captions.ahocorasick_rs.BytesAhoCorasick
    monkeypatch.setattr(
        captions.ahocorasick_rs,
        "BytesAhoCorasick",
        lambda *args, **kwargs: built.append(args) or original(*args, **kwargs),
    )
    line = "The two ministers agreed to deepen their alliance in every field. " * 3_000
    assert captions.pull_quotes([line.strip()]) == []
    assert captions.pull_quotes(["Headline", line.strip()]) == []
    assert built == []
    sentence = "The two ministers agreed to deepen their alliance in every field."
    assert captions.pull_quotes([sentence, line.strip()]) == [0]  # still found inside it
    assert len(built) == 1


def _plain_reason(line: str, patterns) -> str | None:
    return next((reason for reason, p in patterns if p.fullmatch(line.strip())), None)


def test_a_line_longer_than_long_line_is_tried_without_the_screen_and_gets_the_same_reason():
    """Past LONG_LINE characters the required strings are not looked for (the screen read
    the whole line); the first pattern that matches is the same one."""
    from archive.ingest import boilerplate

    patterns = [
        *boilerplate.DEFAULT_PATTERNS,
        *boilerplate.compile_patterns(["(?:Japan|US) .* END", "xyz.*"], reason="test"),
    ]
    matcher = boilerplate.LineMatcher(patterns)
    screened = []
    original = matcher.passed
    matcher.passed = lambda line: screened.append(line) or original(line)
    words = "The ministers met in Tokyo. Share Print Comments Read more 写真 PDF » > / "
    filler = (words * (boilerplate.LONG_LINE // len(words) + 2)).strip()
    lines = [
        filler,
        "Japan " + filler + " END",
        "xyz" + filler,
        "Comments " + filler,
        filler[: boilerplate.LONG_LINE],  # not longer: screened as before
        "Share",
    ]
    for line in lines:
        assert matcher.reason(line) == _plain_reason(line, patterns), line[:40]
    assert screened == [lines[4], "Share"]
