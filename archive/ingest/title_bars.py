"""The page's <title> printed as a line of its text: the headline and the site's name
joined by a bar or a dash ("Allies Agree to Deepen Ties | The Daily Herald", "U.S.
Department of State - Readout of …"). The site's name is no part of the headline, so the
headline is the other end of the bar (split from `header`)."""

from __future__ import annotations

import re

from archive.ingest.banners import is_issuer
from archive.ingest.headline_choice import title_bar_headline

# The separators of a page's title bar ("Headline | The White House", "Site - Headline").
TITLE_BAR_JOIN = re.compile(r"\s+(?:[|｜·»–—-]|::)\s+")


def is_title_bar(line: str) -> bool:
    """The page's <title> printed as a line: parts joined by a bar or a dash, the first or
    the last of them the issuing body's name ("MEETING WITH FOREIGN LEADERS | JDF |
    Japan Ministry of Defense", "U.S. Department of State - Readout"). The site's name
    is no part of a headline, so neither is the line."""
    if not TITLE_BAR_JOIN.search(line):
        return False
    parts = TITLE_BAR_JOIN.split(line.strip())
    return len(parts) > 1 and (is_issuer(parts[-1]) or is_issuer(parts[0]))


def bar_headline(line: str) -> str:
    """The headline a title bar holds: the part at the other end from the issuer's or the
    news site's name ("Readout of the Meeting - U.S. Department of State" -> "Readout of
    the Meeting"; "U.S. Department of State - Readout" -> "Readout"); the line itself
    when no end names a site."""
    news = title_bar_headline(line)
    if news is not None:
        return news
    parts = [part.strip() for part in TITLE_BAR_JOIN.split(line.strip()) if part.strip()]
    if len(parts) > 1 and is_issuer(parts[-1]):
        return parts[0]
    if len(parts) > 1 and is_issuer(parts[0]):
        return parts[-1]
    return line.strip()
