"""Bytes to clean text: decode, repair, split into paragraphs, hash.

Decoding order and why:
1. a BOM (UTF-8, UTF-16) is trusted outright;
2. strict UTF-8: almost everything scraped today is UTF-8, and random bytes essentially
   never pass a strict UTF-8 decode;
3. the Japanese encodings (Shift_JIS as cp932, EUC-JP): general detectors mistake short
   Japanese texts for Korean, so we decode strictly and accept only text with kana in it;
4. Windows-1252 when the result reads as Western text (accented letters a minority);
5. charset-normalizer for anything else (Cyrillic, Central European, ...), when its
   result is coherent text in some language; otherwise the input is refused.
"""

from __future__ import annotations

import codecs
import hashlib
import re

import charset_normalizer
import ftfy

from archive.ingest import mojibake, prefilter
from archive.ingest.cjk import HANGUL, cjk_count, is_cjk_text
from archive.ingest.errors import IngestError

# Leading bytes of common binary formats, to name them in the error message.
BINARY_SIGNATURES = {
    b"%PDF": "PDF document",
    b"PK\x03\x04": "zip archive",
    b"\x89PNG": "PNG image",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"\x1f\x8b": "gzip archive",
    b"\xd0\xcf\x11\xe0": "Office document",
}

# Repair settings: fix mojibake, but keep the text as published otherwise. In particular
# curly quotes stay curly (uncurl_quotes) and full-width characters stay full-width.
REPAIR_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    explain=False,
)

# Mojibake ftfy did not undo in testing is repaired by this table, applied after ftfy.
# It is empty on purpose: ftfy 6.3 fixes the one sequence the seeds carry ("ā€¯", a
# UTF-8 closing quote read as Windows-1257), and tests/ingest/test_text.py pins that.
# Add an entry (mojibake -> intended text) only with a test showing ftfy misses it.
EXTRA_REPAIRS: dict[str, str] = {}

_KANA = re.compile(r"[\u3040-\u30ff]")
_JAPANESE = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff01-\uff5e]")
_HALF_WIDTH_KANA = re.compile(r"[\uff61-\uff9f]")
_HANGUL_CHAR = re.compile(f"[{HANGUL}]")


def decode(raw: bytes) -> tuple[str, str]:
    """Decode `raw` to text; return (text, encoding name). Raise IngestError if unreadable."""
    if not raw or not raw.strip():
        raise IngestError("empty file")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise IngestError(f"undecodable text: bad {encoding}: {error.reason}") from None
    _refuse_binary(raw)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("cp932", "euc_jp"):
        text = _strict(raw, encoding)
        if text is not None and _reads_as_japanese(text):
            return text, "shift_jis" if encoding == "cp932" else "euc-jp"
    text = _strict(raw, "cp1252")
    if text is not None and _reads_as_western(text):
        return text, "windows-1252"
    # charset-normalizer decodes almost any bytes as *something* (random bytes come out
    # as Korean): trust it only when the result also reads as some language.
    best = charset_normalizer.from_bytes(raw).best()
    if best is not None and best.chaos < 0.2 and best.coherence >= 0.2:
        return str(best), best.encoding
    raise IngestError("undecodable text: not UTF-8, Windows-1252, Shift_JIS or EUC-JP")


def _refuse_binary(raw: bytes) -> None:
    for signature, kind in BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            raise IngestError(f"binary file (not text): looks like a {kind}")
    sample = raw[:4096]
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\x1b")
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise IngestError("binary file (not text)")


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _reads_as_japanese(text: str) -> bool:
    """Kana present, and the non-ASCII characters are overwhelmingly Japanese ones.

    EUC-JP bytes read as Shift_JIS come out as half-width katakana, which real text
    rarely uses, so those count against.
    """
    non_ascii = [char for char in text if ord(char) > 127]
    if not non_ascii or not _KANA.search(text):
        return False
    japanese = sum(1 for char in non_ascii if _JAPANESE.match(char))
    half_width = len(_HALF_WIDTH_KANA.findall(text))
    return japanese / len(non_ascii) >= 0.9 and half_width <= len(non_ascii) * 0.05


def _reads_as_western(text: str) -> bool:
    """Accented letters are a minority of the letters, as in any Western European text.

    Cyrillic or Greek bytes read as Windows-1252 decode without error, but then nearly
    every letter is an accented Latin one.
    """
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return True
    accented = sum(1 for char in letters if ord(char) > 127)
    return accented / len(letters) <= 0.3


def repair(text: str) -> str:
    """Fix mojibake and control characters with ftfy; keep quotes, dashes and widths.

    Line breaks are normalised to "\\n" and trailing spaces on each line removed.
    """
    text = mojibake.fix_text(text, REPAIR_CONFIG)  # ftfy.fix_text, faster on clean lines
    for broken, fixed in EXTRA_REPAIRS.items():
        text = text.replace(broken, fixed)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n"))


_SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]。！？．：；」』）]$")


def split_paragraphs(text: str) -> list[str]:
    """The text's paragraphs, each on one line, in order (see split_paragraph_blocks)."""
    return split_paragraph_blocks(text)[0]


def split_paragraph_blocks(text: str) -> tuple[list[str], list[int]]:
    """The text's paragraphs, each on one line, in order, and the number of the block
    (the run of lines between blank lines) each comes from.

    A scraped report puts either one paragraph per line, or blank lines between
    paragraphs. Lines within a blank-line-separated block are joined only when the block
    looks hard-wrapped: every line but the last is long and stops mid-sentence, the last
    ends a sentence ("。" and "」" count) and is no wider than the lines above it, and
    none is a list item (a headline above a banner line stops mid-sentence too, but
    nothing after it ends one; a photo's title above its long caption is no wrapped
    line). Otherwise each line is its own paragraph, which keeps chrome lines apart.
    Korean wraps at spaces, Chinese and Japanese anywhere.
    """
    paragraphs: list[str] = []
    blocks: list[int] = []
    for number, block in enumerate(re.split(r"\n\s*\n", text)):
        if "\n" not in block:  # one line (most blocks of a long report): nothing to join
            line = _collapse_blanks(block).strip()
            if line:
                paragraphs.append(line)
                blocks.append(number)
            continue
        lines = [_collapse_blanks(line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if (
            len(lines) > 1
            and all(_wraps(line) and not _SENTENCE_END.search(line) for line in lines[:-1])
            and _SENTENCE_END.search(lines[-1])
            and _width(lines[-1]) <= max(map(_width, lines[:-1])) * 1.25 + 4
            and not any(_LIST_ITEM.match(line) for line in lines)
        ):
            lines = [_join_wrapped(lines)]
        paragraphs.extend(lines)
        blocks.extend([number] * len(lines))
    return paragraphs, blocks


# Two or more spaces and tabs, or a tab: what `re.sub(r"[ \t]+", " ", line)` changes (a
# lone space it would put back as it was); beginning with a class, so `re` skips ahead.
_BLANKS = re.compile(r"[ \t](?:[ \t]+|(?<=\t))")


def _collapse_blanks(line: str) -> str:
    """Runs of spaces and tabs as one space; a line with neither a tab nor two spaces in a
    row is returned as is (most lines)."""
    if "\t" in line:
        return _BLANKS.sub(" ", line)
    # Without a tab, _BLANKS's matches are runs of two spaces or more: a pattern with a
    # literal beginning, which `re` finds four times faster than a class on a long line
    # (a one-line page: 5 MB of single spaces).
    return _SPACE_RUN.sub(" ", line) if "  " in line else line


def _width(line: str) -> int:
    """How wide `line` prints: a Chinese, Japanese or Korean character as two letters."""
    return len(line) + cjk_count(line)


# A list item: "• …", "- …", "1. …": each is its own line, never a wrapped sentence.
_LIST_ITEM = re.compile(r"^(?:[-–—•·*]\s|\d{1,2}[.)]\s)")


def _wraps(line: str) -> bool:
    """Long enough to be a hard-wrapped line: 40 characters, or 30 Chinese or Japanese
    ones (each as wide as two Latin letters)."""
    return len(line) >= 40 or (cjk_count(line) >= 30 and not _HANGUL_CHAR.search(line))


def _join_wrapped(lines: list[str]) -> str:
    """Hard-wrapped lines as one: with a space, except between Chinese or Japanese text on
    both sides (no spaces between words there, so a wrap inside a word must not add one).
    Korean puts spaces between words and wraps at them."""
    parts = [lines[0]]
    for previous, line in zip(lines, lines[1:], strict=False):
        tight = (
            is_cjk_text(previous[-1])
            and is_cjk_text(line[0])
            and not _HANGUL_CHAR.match(previous[-1])
            and not _HANGUL_CHAR.match(line[0])
        )
        parts.append(("" if tight else " ") + line)
    return "".join(parts)


# The characters str.split() splits at, but for the space and the newline (none is
# above U+3000: tests/ingest/test_parse_speed_text.py).
RARE_SPACES = "".join(
    char for char in map(chr, range(0x3001)) if char.isspace() and char not in " \n"
)
_SPACE_RUN = re.compile("  +")


def normalise_for_hash(text: str) -> str:
    """Casefolded, whitespace collapsed: two copies differing only in layout hash alike.

    `" ".join(text.casefold().split())`, without making a string of each word: every
    whitespace character becomes a space (the rare ones only where `in` finds them), and
    runs of spaces one."""
    folded = prefilter.case_mapped(text, str.casefold)
    for space in RARE_SPACES:
        if space in folded:
            folded = folded.replace(space, " ")
    return _SPACE_RUN.sub(" ", folded.replace("\n", " ")).strip(" ")


def content_hash(body: str) -> str:
    """sha256 hex of the normalised body, for exact-duplicate detection."""
    return hashlib.sha256(normalise_for_hash(body).encode("utf-8")).hexdigest()
