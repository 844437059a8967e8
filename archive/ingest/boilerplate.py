"""Dropping site chrome: lines that are not part of the report.

A line is dropped only when a pattern matches it *fully* (re.fullmatch), so a sentence
that merely contains "Comments" or "READ" survives. The built-in patterns
(archive/ingest/chrome_patterns.py) cover chrome common to news and government sites in
the languages the archive meets; curators add per-outlet and global patterns in the
database (KnownOutlet.boilerplate, Reference.boilerplate).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from archive.ingest.chrome_patterns import DEFAULT_PATTERNS
from archive.ingest.results import DroppedLine

__all__ = [
    "DEFAULT_PATTERNS",
    "boilerplate_reason",
    "compile_patterns",
    "drop_boilerplate",
    "trailing_link_list",
]


_LIST_ITEM = re.compile(r"\s*[-–—•·*]\s*(?P<text>\S.*)")
_ITEM_END = re.compile(r"[.!?。！？:：]$")


def _link_like(text: str) -> bool:
    """A list item that reads like a link or a tag: short, and not a sentence."""
    cjk = sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
    size = cjk / 2 + len(re.sub(r"[\u3040-\u9fff\uac00-\ud7af]", " ", text).split())
    return size <= 12 and not _ITEM_END.search(text.strip())


def trailing_link_list(lines: Sequence[str], taken: Iterable[int] = ()) -> list[int]:
    """Indexes of the list of links or tags that closes a page ("• Ukraine", "- Joint
    Statement … – Department of State"): two or more short items, none a sentence, with
    nothing but chrome (`taken`) after them. A list of sentences is the report's."""
    taken = set(taken)
    run: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if i in taken:
            continue
        item = _LIST_ITEM.fullmatch(lines[i])
        if item is None or not _link_like(item.group("text")):
            break
        run.append(i)
    return sorted(run) if len(run) >= 2 else []


def compile_patterns(
    patterns: Iterable[str], reason: str, problems: list[str] | None = None
) -> list[tuple[str, re.Pattern]]:
    """Curator patterns with the reason to record.

    A pattern that does not compile is skipped (and described in `problems`, if given):
    one curator's typo must not stop every import.
    """
    compiled = []
    for pattern in patterns:
        try:
            compiled.append((f"{reason}: {pattern}", re.compile(pattern)))
        except re.error as error:
            if problems is not None:
                problems.append(f"{reason} {pattern!r} is not a valid regex: {error}")
    return compiled


def boilerplate_reason(line: str, patterns: Sequence[tuple[str, re.Pattern]]) -> str | None:
    """The reason of the first pattern matching the whole line, or None."""
    stripped = line.strip()
    for reason, pattern in patterns:
        if pattern.fullmatch(stripped):
            return reason
    return None


def drop_boilerplate(
    lines: Sequence[str], patterns: Sequence[tuple[str, re.Pattern]] | None = None
) -> tuple[list[str], list[DroppedLine]]:
    """Split `lines` into (kept, dropped). `patterns` defaults to DEFAULT_PATTERNS."""
    patterns = DEFAULT_PATTERNS if patterns is None else patterns
    kept: list[str] = []
    dropped: list[DroppedLine] = []
    for line in lines:
        reason = boilerplate_reason(line, patterns)
        if reason is None:
            kept.append(line)
        else:
            dropped.append(DroppedLine(line=line, reason=reason))
    return kept, dropped
