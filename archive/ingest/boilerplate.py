"""Dropping site chrome: lines that are not part of the report.

A line is dropped only when a pattern matches it *fully* (re.fullmatch), so a sentence
that merely contains "Comments" or "READ" survives. The built-in patterns cover chrome
common to news sites in the languages the archive meets; curators add per-outlet and
global patterns in the database (KnownOutlet.boilerplate, Reference.boilerplate).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from archive.ingest.results import DroppedLine

_I = re.IGNORECASE

# (reason, pattern). Each reason names what the line is, for the curator's review.
DEFAULT_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (reason, re.compile(pattern, flags))
    for reason, pattern, flags in (
        ("loading placeholder", r"loading(?:…|\.{3})?", _I),
        (
            "navigation",
            r"(?:back to top(?: button)?|torna in alto|volver arriba|kembali ke atas)",
            _I,
        ),
        # "Back to Japan-United States of America Relations": a link up to the section.
        ("navigation", r"Back to (?:the )?[A-Z][^.!?。]{1,80}", 0),
        # Japanese "…へ戻る"/"…に戻る" (back to …), "ページの先頭へ" (top of page); Chinese
        # "返回顶部/返回首页/返回列表"; Korean "맨 위로", "목록으로", "이전 페이지".
        (
            "navigation",
            r"(?:[^。．！？\s]{1,30}[へに])?(?:戻る|もどる)|(?:この)?ページの(?:先頭|トップ)へ?"
            r"|返回(?:顶部|頂部|首页|首頁|列表|目录|目錄|上一页|上一頁)?|回到顶部|回到頂部"
            r"|(?:맨\s*)?위로(?:\s*가기)?|목록(?:으로)?|이전\s*페이지|처음으로",
            0,
        ),
        # Breadcrumbs: "ホーム > 外交政策 > 日米関係", "Home › News › Asia".
        ("breadcrumb", r"(?:[^>＞›»。.!?]{1,30}\s*[>＞›»]\s*){2,}[^>＞›»。.!?]{1,40}", 0),
        # Language switches: "英語版 (English)", "English", "日本語", "中文", "한국어".
        (
            "language switch",
            r"(?:[^\s()（）/]{1,8}版\s*(?:[(（][A-Za-z\u3040-\u9fff\uac00-\ud7af ]{1,20}[)）]"
            r"|/\s*[A-Za-z]{2,20})"
            r"|English|日本語|Japanese|中文|简体中文|繁體中文|한국어|Español|Italiano"
            r"|Bahasa Indonesia)(?:\s*[/|]\s*(?:English|日本語|中文|한국어|Español|Italiano))*",
            0,
        ),
        # Print and share buttons in Japanese, Chinese and Korean.
        (
            "sharing buttons",
            r"(?:このページを)?印刷(?:する|用)?|打印(?:本页|本頁)?|分享(?:到)?|인쇄(?:하기)?"
            r"|공유(?:하기)?",
            0,
        ),
        # The banner every US government site carries (".gov" notice), line by line.
        (
            "site banner",
            r"(?:An official website of the United States government\s*(?:Here['’]s how you know)?"
            r"|Here['’]s how you know|Official websites use \.gov"
            r"|A? ?\.gov website belongs to an official government organization in the United "
            r"States\.|Secure \.gov websites use HTTPS"
            r"|A lock \(.{0,12}\) or https:// means you['’]ve safely connected to the \.gov "
            r"website\..{0,90})",
            _I,
        ),
        # Skip links for screen readers: "Skip to main content", VOA's "연결 가능 링크".
        (
            "navigation",
            r"(?:skip to (?:main )?content|skip navigation|accessibility links|연결 가능 링크"
            r"|본문 바로가기|本文へ(?:移動|スキップ)|跳到主要内容|跳過主要內容)",
            _I,
        ),
        # A page-type label above a government release's title ("報道発表": press release).
        (
            "section label",
            r"(?:報道発表|報道資料|プレスリリース|お知らせ|新着情報|会見・発表|보도자료|보도참고자료"
            r"|新闻稿|新聞稿|新闻发布|新聞發佈|Press Releases?|News Releases?|Readouts?)",
            0,
        ),
        ("related links", r"(?:related (?:articles|posts|news|stories)|more from .{1,40})", _I),
        (
            "related links",
            r"関連(?:記事|リンク|情報)|相关(?:新闻|阅读|文章)|相關(?:新聞|閱讀)|관련\s*기사",
            0,
        ),
        # "READ …", "ALSO READ: …", "Baca: …" (Indonesian), "Leggi anche: …" (Italian).
        (
            "related link",
            r"(?:(?:ALSO )?READ(?: MORE| ALSO)?|Read (?:more|also)|Baca(?: juga)?"
            r"|Leggi anche"
            r"|Lee también|Lire aussi|Lesen Sie auch|Veja também)\s*[:\u00a0\s–-]\s*\S.*",
            0,
        ),
        (
            "comment form",
            r"(?:leave a (?:reply|comment)|lascia un commento|deja un comentario)",
            _I,
        ),
        ("comment form", r"comments?(?: \(\d+\))?|\d+ comments?", _I),
        (
            "comment form",
            r"(?:your email address will not be published|il tuo indirizzo email non sarà "
            r"pubblicato|tu dirección de correo electrónico no será publicada).*",
            _I,
        ),
        ("photo credit", r"(?:image|photo|picture|foto)s?(?: credit)?\s*[:/]\s*.{1,80}", _I),
        ("photo credit", r".{0,300}\.?\s+(?:PHOTO|FOTO)\s*/\s*[\w .&-]{1,40}", 0),
        # "（写真提供：内閣広報室）", "（写真）", "图片来源：新华社", "사진=연합뉴스".
        (
            "photo credit",
            r"[(（]?(?:写真|图片|圖片|사진)(?:提供|来源|來源|출처)?\s*(?:[：:=＝]\s*[^)）]{1,40})?[)）]?",
            0,
        ),
        ("subscription prompt", r"sign up (?:now )?(?:for|to) .{1,120}", _I),
        # A media player's fallback text, a "Breaking News" strip, a bullet left alone.
        (
            "player notice",
            r"your browser does(?:n['’]t| not) support (?:HTML5|the video|the audio)"
            r"(?: video| audio)?\.?",
            _I,
        ),
        ("news ticker", r"breaking news", _I),
        # An image's size picker, one button a line.
        ("image size picker", r"XS|SM|MD|LG|XL|XXL", 0),
        ("bullet", r"[-–—•·*]", 0),
        # "[Provisional translation]", "（仮訳）": a note on the text, not the text.
        (
            "translation notice",
            r"[\[(（【]\s*(?:provisional|unofficial|tentative) translation\s*[\])）】]"
            r"|[\[(（【]\s*仮訳\s*[\])）】]",
            _I,
        ),
        # A link to a document: "Joint Statement … (PDF)", "共同発表（PDF）".
        (
            "document link",
            r".{1,200}?\s*[(（]\s*PDF\s*(?:[:：]?\s*\d[\d.,]*\s*[KkMm]?B)?\s*[)）]"
            r"(?:\s*[(（]\s*\d[\d.,]*\s*[KkMm]?B\s*[)）])?",
            0,
        ),
        ("subscription prompt", r"(?:subscribe|register) (?:now|today|here)\b.{0,120}", _I),
        ("wire trailer", r"our standards:.{1,80}", _I),
        ("sharing buttons", r"(?:share|share this|share on|tweet|print|email)(?: article)?", _I),
        ("advertisement", r"advertisement|sponsored(?: content)?|ads?", _I),
        # Editors' initials at the end of wire copy: "cgv/lds", "(esn)".
        ("editor initials", r"[a-z]{2,5}(?:/[a-z]{2,5})+", 0),
        ("editor initials", r"\(\s*[a-z]{2,5}(?:/[a-z]{2,5})*\s*\)", 0),
        ("copyright notice", r"(?:©|\(c\)|copyright)\s.{1,120}", _I),
    )
)


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
