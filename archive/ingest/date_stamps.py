"""The page's own date stamped before its first line ("date 2022-05-23 <headline>"), read
apart from the line it is glued to.

Stored copies of web pages print the page's publication date, as the site's metadata
gives it, in front of the extracted text: "date 2022-05-23" then whatever the page's text
opens with, a headline, a credit or the first sentence of the body, on the same line.
Left glued, the stamp makes the headline a line the title rules do not recognise and
the date a line too long to be a date line, so the report loses both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.banners import is_issuer

# Only at the very start of the text, in the metadata's lower case and ISO order: a
# sentence does not open with "date" and a bare ISO date.
_STAMP = re.compile(r"\s*date (?P<day>\d{4}-\d{2}-\d{2}|\d{4}-\d{2})(?=\s|$)")


def split_date_stamp(
    paragraphs: Sequence[str], blocks: Sequence[int]
) -> tuple[list[str], list[int]]:
    """(paragraphs, blocks) with a date stamp glued to the first line set on a line of its
    own ("date 2022-05-23"), the rest of that line after it, in the same block. A stamp
    alone, or before the issuing office's name alone ("date 2017-09-15 Department of
    Defense", one short line the date reader takes whole), and every other text stay as
    they are."""
    lines, numbers = list(paragraphs), list(blocks)
    stamp = _STAMP.match(lines[0]) if lines else None
    if stamp is None:
        return lines, numbers
    rest = lines[0][stamp.end() :].strip()
    if not rest or is_issuer(rest):
        return lines, numbers
    lines[0:1] = [f"date {stamp['day']}", rest]
    numbers[0:1] = [numbers[0]] * 2
    return lines, numbers


_MONTH_STAMP = re.compile(r"\s*date \d{4}-\d{2}\s*")


def is_month_stamp(line: str) -> bool:
    """A stamp giving only the month ("date 2021-03"): the page's metadata dates it to a
    month, so it is the page's date line, though it gives no day to publish."""
    return _MONTH_STAMP.fullmatch(line) is not None
