"""A site's section named over its page and again by the page's link back to it
("国・地域" at the top, "国・地域へ戻る" at the foot; "Back to Press Releases"): the line at
the top is the section's banner, whatever the section's name. Read from the page's own
links, so no list of sites' section names is needed."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A link back to the page's section: "X へ戻る", "X に戻る", "Back to X", "Return to X".
_BACK_LINK = re.compile(
    r"\s*(?:(?:back|return) to (?:the )?(?P<latin>\S.{0,79}?)"
    r"|(?P<cjk>[^。．！？\s]{1,30})[へに](?:戻る|もどる))\s*",
    re.IGNORECASE,
)
_LINK_CHARACTERS = 100  # a link is short: longer lines are never read for one
# "Back to top", "ページの先頭へ戻る" name no section.
_NO_SECTION = frozenset(
    {"top", "the top", "top of page", "ページの先頭", "ページのトップ", "トップ"}
)


def back_link_targets(paragraphs: Sequence[str]) -> set[str]:
    """The names the page's "back to" links give, as printed."""
    targets = set()
    for line in paragraphs:
        if len(line) > _LINK_CHARACTERS or not (
            "戻る" in line or "もどる" in line or "to " in line.casefold()  # as _BACK_LINK
        ):
            continue
        match = _BACK_LINK.fullmatch(line)
        if match:
            name = (match.group("latin") or match.group("cjk")).strip()
            if name.casefold() not in _NO_SECTION:
                targets.add(name)
    return targets
