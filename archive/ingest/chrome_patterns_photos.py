"""More built-in chrome patterns (appended to chrome_patterns.DEFAULT_PATTERNS, after
every other, so a line they match was matched by none before): the captions government
pages print between paragraphs, the notes on their links and documents, a newsletter's
masthead. General rules in each language the archive meets; every pattern bounded in
length.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A participle that shows people doing something in a photo: "shaking hands with …",
# "holding the telephone talk", "attending the meeting".
_DOING = (
    r"(?:shaking hands|bumping (?:elbows|fists)|holding|attending|delivering|making|giving"
    r"|posing|greeting|welcoming|signing|meeting|visiting|talking|exchanging|stating"
    r"|receiving|laying|inspecting|reviewing|paying|speaking|listening|arriving|departing"
    r"|who (?:bump|shake|greet|pose))"
)
# The people a ministry's caption opens with: a title and a name ("Foreign Minister
# Kamikawa", "Secretary Blinken", "Mr. HAYASHI Yoshimasa"), or a group ("Ministers").
_TITLED = (
    r"(?:(?:Foreign|Defen[cs]e|Prime|Deputy|Vice|Chief Cabinet|State)\s+)?"
    r"(?:Minister|Secretary|President|Ambassador|Premier|Chancellor|Mr\.|Ms\.|Mrs\.)"
    r"(?:\s+[A-Z][\w'’.-]+){1,3}"
)
_GROUP = (
    r"(?:[Tt]he\s+)?(?:(?:Foreign|Defen[cs]e)\s+)?"
    r"(?:Ministers|Leaders|Participants|Delegations)"
)

# A caption's words after its opening: no full stop at the end (an abbreviation's full
# stop inside, "U.S.", is no end), no question or exclamation mark, no quotation, no
# colon (a line introducing what follows) and no verb of saying: "President Biden speaking
# to reporters after the talks said the alliance was "stronger than ever."" is the report's.
_CAPTION_REST = (
    r"(?!.*\b(?:said|says|told|added|noted|stressed|warned|urged|dijo|afirmó|mengatakan)\b)"
    r"(?:[^.!?。:：\"“”「」『』]|\.(?!\s*$)){0,150}"
)

PHOTO_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (reason, re.compile(pattern, flags))
    for reason, pattern, flags in (
        # A photo opportunity's caption: "Photo session", "Photo session of four foreign
        # ministers", "Family photo", "Foto bersama", "Foto di gruppo". No full stop: a
        # sentence about a photo session is the report's.
        (
            "photo caption",
            r"(?:photo (?:session|op(?:portunity)?|call)|family photo|group photo"
            r"|commemorative photo(?:graph)?|foto (?:de familia|de grupo|bersama|keluarga"
            r"|di (?:gruppo|famiglia))|sesi(?:ón)? foto(?:gráfica)?)"
            r"(?:\s+(?:of|before|after|with|at|for|prior to|ahead of|during|de|con|dengan"
            rf"|sebelum|setelah|di|con|prima)\s{_CAPTION_REST})?",
            _I,
        ),
        # A caption showing people doing something, title and name first: "Foreign Minister
        # Kamikawa shaking hands with Secretary Blinken", "Ministers attending the meeting".
        # Capitalised as printed; no full stop.
        (
            "photo caption",
            rf"(?:{_TITLED}(?:\s+and\s+{_TITLED})?|{_GROUP})\s+{_DOING}\b{_CAPTION_REST}",
            0,
        ),
        # A wire photo's caption marks where each person stands after the name: "Visiting
        # U.S. Secretary of State Jane Roe (L, front) shakes hands with …", "(2nd R)". A
        # report's sentence names people without them.
        (
            "photo caption",
            r".{0,200}?[A-Z][\w'’.-]+\s[(（](?:\d(?:st|nd|rd|th)\s)?[LRC]"
            r"(?:\s*,\s*(?:front|back|rear))?[)）].{0,600}",
            0,
        ),
        # An image's alternative text printed as a line: "Photograph of Prime Minister …
        # shaking hands", "Photo of Jane Doe": one picture ("Image", "Photo", "Photograph",
        # "Picture" in the singular), a name or a title right after "of", no verb of a
        # sentence and no full stop at the end (an abbreviation's inside is none). A
        # sentence about pictures ("Pictures of the President … filled the front pages.")
        # ends like one.
        (
            "image alt text",
            r"(?i:(?:an? )?(?:image|photo|photograph|picture) of)\s+(?:the\s+)?[A-Z]"
            r"(?!.*\b(?:said|says|were|was|is|are|will|has|have|had)\b)"
            r"(?:[^.!?]|\.(?!\s*$)){2,200}",
            0,
        ),
        # Japanese, Chinese and Korean captions naming the scene: "会談の様子", "日米外相会談前
        # のフォトセッション", "記念撮影", "合影留念", "기념촬영". A sentence ends with "。".
        (
            "photo caption",
            r"[^。！？.!?]{0,80}(?:様子|フォトセッション|記念撮影|写真撮影|合影(?:留念)?|기념\s*촬영)",
            0,
        ),
        # A link's note that it opens elsewhere: "Open a New Window", "(opens in new tab)",
        # "別ウィンドウで開く", "(PDF)別ウィンドウで開く", "새 창 열기", "在新窗口中打开".
        (
            "link note",
            r"(?:[(（]?PDF[)）]\s*)?(?:[(（]?(?i:opens? (?:in )?(?:a )?new (?:window|tab))[)）]?"
            r"|別ウィンドウで開(?:く|きます)|新しいウィンドウで開(?:く|きます)"
            r"|새\s*창(?:으로|에서)?\s*(?:열기|열림)|(?:在)?新(?:窗口|視窗|窗)(?:中)?(?:打开|開啟))",
            0,
        ),
        # The reader a page's PDF files need: "PDF形式のファイルをご覧いただく場合には、Adobe社の
        # Adobe Acrobat Readerが必要です。", "Get Adobe Acrobat Reader".
        ("document reader notice", r".{0,160}(?:Adobe|Acrobat)\s*(?:Acrobat\s*)?Reader.{0,160}", 0),
        # A page's tools and links in Japanese and English that no other pattern names:
        # "このページをシェアする", "LINEで送る", "音声読み上げ", "外務省トップページ", "ホーム",
        # "Main Text", "Japanese Page", "(英文)", "(PDF)". Whole lines only.
        (
            "sharing buttons",
            r"(?:この(?:ページ|記事)を)?(?:シェア|共有)する|LINEで(?:送る|シェア)"
            r"|(?:Facebook|Twitter|X|LINE)で(?:シェア|共有)(?:する)?",
            0,
        ),
        (
            "sharing buttons",
            r"(?:URL|링크|주소)\s*복사"
            r"|(?i:follow us(?: on (?:twitter|x|facebook|instagram|youtube|linkedin))?)",
            0,
        ),
        ("text size widget", r"字号|字號|[大中小](?:\s*[大中小]){2}", 0),
        ("section label", r"(?i:filed under|posted in|publicado en|diposting di)\s*:\s*.{1,80}", 0),
        ("text to speech", r"音声読み上げ|(?i:read (?:this page )?aloud|text to speech)", 0),
        (
            "navigation",
            # "ブログトップ", "サイトトップ", "トップ": a link to the home of a blog or site.
            r"[^。、\s]{1,20}トップページ(?:へ)?|[ァ-ヺー]{0,8}トップ(?:へ)?|ホーム|홈|首页|首頁"
            r"|(?:이전|다음)\s*글"
            r"|(?i:home(?: ?page)?|main (?:text|content)|inicio|beranda|torna su)",
            0,
        ),
        (
            "language switch",
            r"(?i:(?:japanese|english) (?:page|version)|foreign languages?|languages?)",
            0,
        ),
        ("document label", r"[(（]?(?:PDF|英文|原文|和文)[)）]?", 0),
        # A newsletter's masthead: its name and issue number ("JDF JapanDefenseFocus
        # No.86", "Embassy Bulletin Vol. 3, No. 12", "Weekly Digest Issue 45", "メールマガジン
        # 第86号"). Not a law's or a resolution's number ("Resolution No. 2231").
        (
            "newsletter masthead",
            r"(?!.*\b(?:Resolution|Act|Law|Order|Decree|Bill|Treaty|Article|Proclamation"
            r"|Memorandum|Directive|Regulation)\b)"
            r"(?:[A-Z][\w&'’.-]*\s+){1,5}(?:No\.\s?|Vol\.\s?|Volume\s|Issue\s)\d{1,4}"
            r"(?:\s*[,/|]\s*(?:No\.\s?|Issue\s)\d{1,4})?",
            0,
        ),
        (
            "newsletter masthead",
            r"(?![^\s]*(?:決議|法|条約|決议|條約))[^\s。、]{1,30}\s*第\s*\d{1,4}\s*[号號期호]",
            0,
        ),
    )
)
