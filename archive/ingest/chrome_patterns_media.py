"""More built-in chrome patterns (see chrome_patterns.py, which appends these to its
DEFAULT_PATTERNS): a video page's furniture, embedded posts, separators and cut-off menu
items, and the release-type labels of translated government releases. General rules in
each language the archive meets, every pattern bounded in length (the line screens of
boilerplate.LineMatcher rely on it).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A file's format and size, as a download link prints it: "mp4 (223MB)", "PDF (1.2 MB)".
_FILE = r"[A-Za-z0-9]{2,5}\s*[(（]\s*\d[\d.,]{0,6}\s*(?:KB|MB|GB)\s*[)）]"

MEDIA_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (reason, re.compile(pattern, flags))
    for reason, pattern, flags in (
        # A video's or document's download links: "Download mp4 (223MB) | mp3 (15MB)",
        # "Descargar MP4 (12 MB)", "下载 mp3 (3MB)".
        (
            "download links",
            r"(?:(?i:download|descargar?|unduh|scarica|t[ée]l[ée]charger)|ダウンロード|下载|下載"
            rf"|다운로드)?\s*[:：]?\s*{_FILE}(?:\s*[|｜/,·]\s*{_FILE}){{0,5}}",
            0,  # the size's unit in capitals ("MB"): a line without one is never tried
        ),
        # A link to a recording's transcript or video: "Read the Transcript", "View the
        # video", "Leer la transcripción", "Baca transkrip", "Leggi la trascrizione".
        (
            "transcript link",
            r"(?:read|view|see|download|watch) (?:the )?(?:full )?(?:transcript|video)"
            r"|(?:leer|ver) (?:la )?(?:transcripci[óo]n|el video)(?: completa)?"
            r"|(?:baca|lihat) (?:transkrip|video)(?: lengkap(?:nya)?)?"
            r"|(?:leggi|guarda) (?:la )?(?:trascrizione|il video)(?: completa)?"
            r"|(?:トランスクリプト|全文|動画)を(?:読む|見る)|阅读文字稿|閱讀文字稿|观看视频|觀看視頻"
            r"|(?:전문|영상)\s*보기",
            _I,
        ),
        # An embedded post's text ending with its picture link ("… pic.twitter.com/AbC12").
        ("social post", r".{1,400}\s(?:pic\.twitter\.com|https?://t\.co)/\w{4,20}", 0),
        # A post's time stamp and attribution in Chinese, Japanese and Korean: "午後2:35 ·
        # 2022年1月7日", "— 外務省 (@MofaJapan_jp) 2022年1月7日".
        (
            "social post",
            r"(?:(?:[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)|(?:午前|午後|上午|下午|오전|오후)?\s*\d{1,2}:\d{2}"
            r"\s*(?:[AaPp][Mm])?\s*[·・])\s*)"
            r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]",
            0,
        ),
        # An embedded Instagram post's furniture: "A post shared by U.S. Embassy Tokyo
        # (@usembassytokyo) on Jan 7, 2022 at 10:05pm PST", "View this post on Instagram".
        (
            "social post",
            r"(?:a post shared by|una publicaci[óo]n compartida por|postingan dibagikan oleh"
            r"|un post condiviso da)\s.{1,160}|view this post on instagram"
            r"|ver esta publicaci[óo]n en instagram|lihat postingan ini di instagram"
            r"|visualizza questo post su instagram",
            _I,
        ),
        # A media player's fallback text in the page's own script, as VOA's Chinese,
        # Cantonese, Japanese and Korean pages print it: "您的浏览器不支持HTML5",
        # "您的瀏覽器不支援HTML5", "お使いのブラウザは動画の再生に対応していません",
        # "브라우저가 HTML5를 지원하지 않습니다". A whole short line only.
        (
            "player notice",
            r"(?:您|你)的(?:浏览器|瀏覽器)(?:不支持|不支援|無法支援|无法支持)[^。，,]{0,40}"
            r"|(?:お使いの|ご利用の)?ブラウザ[ーは]{0,2}[^。]{0,30}"
            r"(?:対応していません|サポートしていません|サポートされていません)。?"
            r"|(?:사용\s*중인\s*|귀하의\s*)?브라우저(?:가|는|에서는)?[^.]{0,30}"
            r"(?:지원하지\s*않습니다|지원되지\s*않습니다)\.?",
            0,
        ),
        # Separators alone on a line: "|", "/", "»", "| |".
        ("separator", r"(?:[|｜¦/\\»«›‹<>~=_]\s*){1,5}", 0),
        # A menu item cut off after its joining sign: "Informasi, Kebudayaan &", "News &".
        # Capitalised words only: a hard-wrapped sentence goes on in lower case.
        ("menu item cut off", r"(?:[A-Z][\w'’.-]{0,20},?\s+){1,4}[&+]", 0),
        # The release type printed above a translated State Department release, as the
        # English "Media Note" or "Press Statement" ("section label" in chrome_patterns).
        (
            "section label",
            r"(?:catatan media|pernyataan pers|lembar fakta|transkrip|nota para (?:los )?medios"
            r"|nota de prensa|declaraci[óo]n (?:para la|de) prensa|hoja informativa"
            r"|transcripci[óo]n"
            r"|nota per i media|nota alla stampa|dichiarazione (?:alla|per la) stampa"
            r"|scheda informativa|trascrizione)",
            _I,
        ),
        (
            "section label",
            r"メディア・?ノート|プレス・?ステートメント|ファクト・?シート|미디어\s*노트|언론\s*성명|팩트\s*시트"
            # "발표문" and "보도자료" over a Korean translation ("Readout", "Press Release").
            r"|발표문|보도자료|성명서"
            r"|媒体说明|媒體說明|新闻声明|新聞聲明|情况说明书|情況說明書",
            0,
        ),
    )
)
