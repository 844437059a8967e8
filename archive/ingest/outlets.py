"""Who published the report, and whose wire copy it carries.

The publisher and the wire are told apart: a site may republish Reuters copy (seed 004),
and a wire may publish on its own service (EFE, seed 000). Evidence, strongest first:

1. a hint (batch row): the outlet's name;
2. the HTML page's site name, or the report's URL: a known outlet, or else an unknown
   one named by its host (the page says where it was published, whatever wire copy
   it carries);
3. a byline naming an outlet ("Myind Staff");
4. the outlet's fingerprint: lines matching a known outlet's own boilerplate patterns
   (SINDOnews' "Baca: …" links, EFE's editor initials) — unless the chrome around the
   report is in another language than that outlet's, which means some other site
   republished the copy with its own page furniture (seed 004's Italian comment form).

The wire comes from the dateline credit ("Jan 7 (Reuters) –") or a closing sign-off
("… government. EFE").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from archive.ingest.language import detect_language
from archive.ingest.reference import ReferenceIndex

LANGUAGE_NAMES = {  # for messages
    "en": "English",
    "it": "Italian",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "id": "Indonesian",
    "ja": "Japanese",
}


@dataclass
class OutletFinding:
    outlet_slug: str | None = None
    outlet_name: str = ""  # as seen (hint, site name, byline); kept for unknown outlets
    wire_slug: str | None = None
    wire_name: str = ""
    reasons: list[str] = field(default_factory=list)


def fingerprint(paragraphs: Sequence[str], index: ReferenceIndex) -> dict[str, int]:
    """For each known outlet, how many lines fully match one of its own patterns."""
    lines = [line.strip() for line in paragraphs]  # once, not once per outlet and pattern
    hits: dict[str, int] = {}
    for slug, patterns in index.outlet_boilerplate.items():
        count = sum(1 for line in lines if any(p.fullmatch(line) for _, p in patterns))
        if count:
            hits[slug] = count
    return hits


def find_wire(
    dateline_wire: str, last_paragraph: str, index: ReferenceIndex
) -> tuple[str | None, str]:
    """(wire slug, wire name as printed) from the dateline credit or the closing sign-off."""
    if dateline_wire:
        return index.outlet_for(dateline_wire), dateline_wire
    # A sign-off holds the stop and the alias's non-space characters, so it lies within the
    # end of the paragraph that holds that many: a long paragraph (a report printed as one
    # line) is not searched from its start once per alias.
    tail = _tail_holding(last_paragraph, index.wire_alias_most + 1)
    for slug, alias, signoff in index.wire_signoffs:
        if signoff.search(tail):
            return slug, alias
    return None, ""


def _tail_holding(text: str, non_space: int) -> str:
    """The shortest end of `text` holding `non_space` characters that are not whitespace
    (`\\s`, which is `str.isspace`), or all of it."""
    start, seen = len(text), 0
    while start > 0 and seen < non_space:
        start -= 1
        seen += not text[start].isspace()
    return text[start:]


def extract_outlet(
    *,
    index: ReferenceIndex,
    paragraphs: Sequence[str],
    chrome: Sequence[str] = (),
    hint_outlet: str = "",
    hint_url: str = "",
    sitename: str = "",
    byline: str = "",
    dateline_wire: str = "",
    last_paragraph: str = "",
    body_language: str | None = None,
) -> OutletFinding:
    """Publisher and wire of one report; see the module docstring for the evidence used.

    `paragraphs` are all the report's lines, `chrome` those dropped as boilerplate.
    """
    finding = OutletFinding()
    finding.wire_slug, finding.wire_name = find_wire(dateline_wire, last_paragraph, index)
    if finding.wire_slug is None and finding.wire_name:
        finding.reasons.append(f"unknown wire credit {finding.wire_name!r}")
    if hint_outlet:
        finding.outlet_slug = index.outlet_for(hint_outlet)
        finding.outlet_name = hint_outlet.strip()
        finding.reasons.append(f"outlet given as {hint_outlet!r}")
        return _named(finding, index)
    if sitename or hint_url:
        return _from_page(finding, index, sitename=sitename, hint_url=hint_url)
    if byline and _from_byline(finding, index, byline):
        return _named(finding, index)
    return _from_fingerprint(finding, index, paragraphs, chrome, body_language)


def _from_page(
    finding: OutletFinding, index: ReferenceIndex, *, sitename: str, hint_url: str
) -> OutletFinding:
    """The outlet the page's site name or address names: a known one, or else an unknown
    one named by the site name or the host."""
    for source, value in (("site name", sitename), ("address", hint_url)):
        slug = index.outlet_for(value) if value else None
        if slug:
            finding.outlet_slug = slug
            finding.reasons.append(f"outlet from the {source} {value!r}")
            return _named(finding, index)
    # The page says where it was published, and it is nowhere we know: a new outlet,
    # whatever wire copy or syndicated furniture it carries.
    finding.outlet_name = sitename or host_of(hint_url)
    finding.reasons.append(f"unknown outlet {finding.outlet_name!r}")
    return finding


def _from_byline(finding: OutletFinding, index: ReferenceIndex, byline: str) -> bool:
    """Whether the byline's leading words (the longest run first) name a known outlet;
    if so, `finding` takes it."""
    words = byline.split()
    for length in range(len(words), 0, -1):
        slug = index.outlet_for(" ".join(words[:length]))
        if slug:
            finding.outlet_slug = slug
            finding.reasons.append(f"outlet named in the byline {byline!r}")
            return True
    return False


def _from_fingerprint(
    finding: OutletFinding,
    index: ReferenceIndex,
    paragraphs: Sequence[str],
    chrome: Sequence[str],
    body_language: str | None,
) -> OutletFinding:
    """The outlet whose own boilerplate the most lines match, unless the page around the
    report is in another language than that outlet's (then: an unidentified site)."""
    hits = fingerprint(paragraphs, index)
    if not hits:
        return finding
    slug = max(hits, key=lambda s: (hits[s], s == finding.wire_slug))
    outlet = index.outlets[slug]
    own = index.outlet_boilerplate.get(slug, ())
    foreign = [line for line in chrome if not any(p.fullmatch(line.strip()) for _, p in own)]
    language = detect_language(" ".join(foreign))
    if language and language not in (outlet.language, body_language):
        name = LANGUAGE_NAMES.get(language, language)
        finding.reasons.append(
            f"{outlet.name}'s page lines found, but the page around the report is in "
            f"{name}: republished by an unidentified {name}-language site"
        )
        # Named for what is known of it, so it is not lumped with other unknown sites.
        finding.outlet_name = f"Unidentified {name}-language site"
        return finding
    finding.outlet_slug = slug
    finding.reasons.append(f"{hits[slug]} line(s) match {outlet.name}'s own boilerplate")
    return _named(finding, index)


def host_of(url: str) -> str:
    return re.sub(r"^[a-z]+://", "", url.strip(), flags=re.I).split("/")[0].removeprefix("www.")


def _named(finding: OutletFinding, index: ReferenceIndex) -> OutletFinding:
    if finding.outlet_slug and not finding.outlet_name:
        finding.outlet_name = index.outlets[finding.outlet_slug].name
    return finding
