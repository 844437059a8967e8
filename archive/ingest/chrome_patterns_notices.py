"""More built-in chrome patterns (see chrome_patterns.py, which appends these to its
DEFAULT_PATTERNS after its own and before chrome_patterns_media.py's): the notices, prompts
and trailers around a report's text. Newsletter and subscription prompts, republishers'
notes and disclaimers, photo captions and image file names, bare links, relative times,
tags, a broadcaster's sign-off, archive and cookie notices, advertisements, editors'
initials and copyright lines, in each language the archive meets. The order is kept: a
line's reason is that of the first pattern it matches.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A copyright notice's parts after its mark: a year ("2019", "2019-2024"), and a holder named
# in capitalised words with a name's joining words ("Example Press, Ltd.", "The Yomiuri
# Shimbun", "共同通信社") or by its site ("example.com"), then perhaps "All rights reserved".
# A lower-case word that is none of these goes on a sentence ("(c) 2020 marked the …").
_MARK = r"(?i:copyright|\(c\))"
_SITE = r"[a-z][\w-]*(?:\.[a-z][\w-]*)+"
_YEAR = (
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b"
    rf"(?!\s+(?!(?i:all rights|by)\b|{_SITE}\b)[a-z])"
)
_HOLDER_WORD = r"(?:(?![a-zà-ÿ])[^\s,;:!?]+|of|and|the|for|&|de|del|di|by)"
_HOLDER = (
    rf"(?:(?![a-zà-ÿ])[^\s,;:!?]+|{_SITE})(?:,?\s+{_HOLDER_WORD}){{0,8}}"
    r"(?:[.,]?\s*(?i:all rights reserved)\.?)?\s*[\])）】]?"
)

# The shapes of a photo's caption with its credit (see NOTICE_PATTERNS).
_CAPTION_SHAPES = (
    r"[-–•·*]?\s*[(（\[【]\s*(?:(?i:photos?|fotos?)|写真|사진|图片|圖片|照片)\s*[)）\]】].*",
    r".{0,400}?[(（](?:圖|图)\s*[:：/／][^()（）]{1,60}[)）]\s*\.?",
    r".{0,400}?[(（\[][^()（）\[\]]{0,60}(?:[Pp]hotos?|PHOTOS?|[Ff]otos?|FOTO|写真|사진"
    r"|图片|圖片|照片|资料照|資料照|档案照|檔案照)[^()（）\[\]]{0,60}[)）\]]\s*\.?",
    r".{1,400}?\s(?:REUTERS|Reuters|AP|AFP|EPA|Getty Images)\s*/\s*[A-Z][\w .'’-]{1,40}\.?",
    # "… Kyodo/via REUTERS", "(Mandatory credit …)", "…。=外務省提供", "…＝共同".
    r".{1,400}?(?:/|\svia\s)(?:via\s)?(?:REUTERS|Reuters|AP|AFP|EPA|Getty Images)"
    r"(?:\s+(?:Kredit wajib|Mandatory credit|Crédito obligatorio)\b.{0,60})?\.?",
    r".{1,300}?[=＝](?:[^=＝\s]{1,20}(?:提供|撮影)|共同|時事|ロイター|代表撮影)[)）]?",
    # "… Washington. Foto: AP Photo/Susan Walsh": a caption with its credit after it.
    r".{1,400}?[.!?。]\s*(?:Foto|Photo|Image|Gambar|Imagen)\s*:\s*[^.。]{1,60}",
    # Korean captions credited after or before: "… 가미카와 요코 일본 외무상. 사진 = 한국
    # 외교부 제공.", "한국 국방부 제공 사진. (왼쪽부터) …".
    r".{1,400}?[.。]\s*사진\s*[=＝:：]\s*[^.。]{1,40}\.?",
    r"[^.。]{1,40}\s제공\s*사진\s*[.。]\s*.{1,400}",
)

NOTICE_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (reason, re.compile(pattern, flags))
    for reason, pattern, flags in (
        # Newsletter headers and footers.
        (
            "newsletter prompt",
            r"(?:(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ )?newsletters?"
            r"|get (?:the|our) (?:latest|top) .{1,60} (?:in|to) your inbox|newsletters?"
            r"|subscribe to .{1,60}|opt[- ]in to (?:send|receive|get) .{1,150}"
            r"|.{0,120}\b(?:delivered|sent) (?:straight |directly )?(?:to|in)(?:to)? your inbox\.?"
            r"|suscr[ií]b(?:ete|ase|ite|ITE)\b.{0,80}|bolet[ií]n(?: de noticias)?"
            r"|daftar (?:sekarang|gratis)\b.{0,100}|berlangganan\b.{0,80}"
            r"|.{0,120}\b(?:di|ke) (?:email|surel|kotak masuk) anda\.?"
            r"|.{0,120}\ben (?:tu|su) (?:correo|bandeja de entrada)\.?"
            r"|.{0,120}\bnella tua (?:casella|email|posta)\.?"
            r"|iscriviti\b.{0,80}|メール(?:マガジン|マガ|ニュース)(?:登録|配信).{0,40}"
            r"|뉴스레터.{0,40}|订阅.{0,40}|訂閱.{0,40})",
            _I,
        ),
        # A republisher's note on where the text came from and what it does not claim.
        (
            "republisher note",
            r"(?:(?:this|the) (?:article|story|post|piece) (?:was |is )?(?:originally |first )?"
            r"(?:published|appeared|produced|republished)\b.{0,200}"
            r"|originally published (?:on|at|by|in)\b.{0,160}"
            r"|re(?:published|printed) (?:with permission )?(?:from|by|courtesy of)\b.{0,160}"
            r"|con información de .{1,60}|este (?:artículo|contenido) (?:fue|se)\b.{0,200}"
            r"|artikel ini (?:telah|sudah|pertama kali)\b.{0,200}"
            r"|questo articolo (?:è stato|e' stato)\b.{0,200}"
            r"|鄭重声明.{0,300}|郑重声明.{0,300}|免责声明.{0,300}|免責聲明.{0,300}"
            r"|(?:本文|本稿)?(?:转载|轉載|転載)(?:自|元|请注明|請註明).{0,120}"
            r"|無断(?:転載|複製).{0,60}|무단\s*전재.{0,80}|<?저작권자.{0,80}"
            r"|\(끝\)|\[[A-Z0-9가-힣&. ]{2,15}\])",
            _I,
        ),
        # Captions: "(Photo) …", "… (AP Photo/Evan Vucci)", "… (路透社2021年1月8日资料照)";
        # one pattern a shape, in their order (a line gets the same reason): each is tried
        # only on the lines holding its own strings (boilerplate's screens), not every
        # shape's lazy scan on every line naming a photo or "共同" (issue #10).
        *(("photo caption", shape, 0) for shape in _CAPTION_SHAPES),
        # An image's file or asset name left as a line: "yoshihiko_noda", "IMG_0042.jpg".
        (
            "image file name",
            r"[\w-]{1,80}\.(?:jpe?g|png|gif|webp|svg|tiff?)|[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+"
            r"|(?:photo|image|asset)\s*(?:id|no\.?|number|#)\s*[:#]?\s*[\w-]{2,30}",
            _I,
        ),
        # A bare link, or one labelled: "LINK: https://…", "Source: https://…".
        (
            "link",
            r"(?:(?:link|source|fuente|sumber|fonte|来源|來源|출처|出典|原文)\s*[:：]\s*)?"
            r"(?:https?://|www\.)\S{3,300}",
            _I,
        ),
        # "11 days ago", "hace 3 horas", "2 jam lalu", "3時間前", "5分钟前", "2시간 전".
        (
            "relative time",
            r"(?:updated |actualizado |diperbarui )?(?:\d{1,3}|an?|one) (?:second|minute|hour|day"
            r"|week|month|year)s? ago|hace \d{1,3} (?:segundos?|minutos?|horas?|días?|semanas?"
            r"|meses|mes|años?)|\d{1,3} (?:detik|menit|jam|hari|minggu|bulan|tahun)(?: yang)? lalu"
            r"|\d{1,3} (?:secondi|minuti|ore|giorni|settimane|mesi|anni) fa"
            r"|\d{1,3}\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前|\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|周|週"
            r"|个月|個月|年)前|\d{1,3}\s*(?:초|분|시간|일|주|개월|년)\s*전",
            _I,
        ),
        # A republisher's disclaimer: "…edited for clarity…", "…do not necessarily reflect…".
        # "The views expressed here(in)" and "… expressed in this" are two alternatives, so
        # that the line screen looks for "expressed here" or "expressed in this", not for
        # the "expressed " of every other sentence (a prefix of both would be read apart).
        (
            "republisher note",
            r".{0,200}(?:edited for clarity|originating organi[sz]ation|do(?:es)? not necessarily "
            r"reflect|does not take institutional positions"
            r"|views(?:,)? (?:and )?(?:opinions |positions )?expressed here(?:in)?"
            r"|views(?:,)? (?:and )?(?:opinions |positions )?expressed in this"
            r"|no refleja necesariamente"
            r"|tidak (?:selalu )?mencerminkan|non riflette necessariamente).{0,400}",
            _I,
        ),
        # A line of hashtags or keyword tags: "#기시다_후미오 #일본총리", "Tags: Japan, Alliance".
        ("tags", r"(?:#[^\s#]+\s*){1,20}", 0),
        (
            "tags",
            r"(?:tags?|topics?|etiquetas|temas|label|tag|argomenti|topik|タグ|トピックス|태그|주제어"
            r"|标签|標籤|主题|主題)(?:\s*[:：].{0,200})?",
            _I,
        ),
        # A broadcaster's sign-off: "VOA 뉴스", "VOA News", "VOA 뉴스 박병용 입니다."
        (
            "sign-off",
            r"[A-Z]{2,6}\s*(?:News|뉴스|新闻|新聞|ニュース|Noticias|Berita|Notizie)"
            r"|(?:[A-Z]{2,6}\s*)?뉴스\s*[가-힣]{2,4}\s*(?:입니다|이었습니다)\.?",
            0,
        ),
        # An archived government site's notice: "This is historical material “frozen in
        # time”…", "This page contains historical information and is preserved…", "You have
        # accessed part of a historical collection … links may not function.".
        (
            "archive notice",
            r".{0,120}(?:historical (?:material|information)|part of (?:a|an|the|our) (?:historical"
            r"|archived?) collection|this (?:page|site|website"
            r"|content) (?:is|has been) archived|this is an archive of|preserved here as a matter"
            r" of record|no longer (?:being )?updated|links? (?:may not|might not|may no longer"
            r"|might no longer) (?:function|work)).{0,300}",
            _I,
        ),
        # A script's or a form's data left in the text: {"email":"Email address invalid",…}.
        ("script fragment", r"\{\s*\"[^\"]{1,40}\"\s*:.{0,600}\}", 0),
        # A cookie notice, in any language: it names cookies and the site or consent.
        (
            "cookie notice",
            r"(?=.{0,300}(?:cookie|クッキー|쿠키))"
            r".{0,400}(?:site|web|网站|網站|サイト|사이트|sitio|situs|brows|navega|同意|agree"
            r"|accept|consent|polic|政策|ポリシー|정책|kebijakan|privacy).{0,400}",
            _I,
        ),
        (
            "advertisement",
            r"advertisement|advertising|sponsored(?: content)?|ads?|iklan|publicidad|pubblicit[aà]"
            r"|広告|광고|广告|廣告",
            _I,
        ),
        # "… di Google News", "Síguenos en …": a promotion of the site's feeds.
        (
            "subscription prompt",
            r".{0,160}(?:google (?:news|berita)|síguenos en|ikuti kami di|seguici su)"
            r".{0,80}",
            _I,
        ),
        # Editors' initials at the end of wire copy: "cgv/lds", "(esn)".
        ("editor initials", r"[a-z]{2,5}(?:/[a-z]{2,5})+", 0),
        ("editor initials", r"\(\s*[a-z]{2,5}(?:/[a-z]{2,5})*\s*\)", 0),
        # Also in brackets, as agencies close their copy: "[Copyright The Agency, Ltd.]".
        # After "(c)" or "Copyright" a notice names a year, a mark or its holder ("(c) 2019
        # The Yomiuri Shimbun", "Copyright © …", "Copyright NHK. All rights reserved"); the
        # third item of a lettered list ("(c) Cooperation on space and cyberspace", "(c) the
        # two governments will …") and a sentence on copyright ("Copyright protection was
        # discussed.") go on in lower-case words (review of 0eed794).
        ("copyright notice", r"[\[(（【]?\s*©\s.{1,120}", 0),
        ("copyright notice", rf"[\[(（【]?\s*{_MARK}\s+(?:©|(?i:\(c\)))\s*.{{0,120}}", 0),
        ("copyright notice", rf"[\[(（【]?\s*{_MARK}\s+{_YEAR}.{{0,120}}", 0),
        ("copyright notice", rf"[\[(（【]?\s*{_MARK}\s+(?i:by\s+)?{_HOLDER}", 0),
        # A news site's ban on reprinting, in the words each language's sites close with:
        # "[저작권자(c) … 무단전재, 재배포 금지]", "ⓒ … 무단 전재 및 재배포 금지", "記事の無断転載を
        # 禁じます", "未經授權 請勿轉載", "版权所有", "© 2022 … All rights reserved." A notice
        # forbids and ends there ("… 금지]", "…禁じます", "…不得转载。") or claims (a sign or a
        # year before "all rights reserved"); a report's sentence about a leak, a copy, an act
        # done without permission or an agreement that bans one goes on past the ban
        # (reviews d01151d, 735a398).
        (
            "copyright notice",
            r"[^.。]{0,100}무단\s*(?:전재|복제|배포)[^.。]{0,100}금지\s*[>\]】)〉]?\.?",
            0,
        ),
        (
            "copyright notice",
            r"[^。]{0,60}無断(?:転載|複製|転用|使用)[^。]{0,20}"
            r"(?:禁じます|禁止(?:します|しています|です)?|禁じられています|お断り(?:します|いたします))。?",
            0,
        ),
        (
            "copyright notice",
            r"[^。]{0,60}(?:未经|未經)(?:授权|授權|许可|許可|同意)[^。]{0,20}"
            r"(?:不得|请勿|請勿|禁止)\s*(?:转载|轉載|复制|複製|使用|转贴|轉貼)[^。，,]{0,10}[。.]?",
            0,
        ),
        ("copyright notice", r"[^。]{0,60}(?:版权所有|版權所有)(?![者人])[^。]{0,60}。?", 0),
        (
            "copyright notice",
            r".{0,120}(?:©|ⓒ|\(c\)|copyright|\b(?:19|20)\d\d\b).{0,120}\ball rights reserved\.?",
            _I,
        ),
        # A news agency's terms after its copy: "(Copyright 2021 … All Rights Reserved. This
        # material may not be published, broadcast, rewritten, or redistributed. …)".
        (
            "copyright notice",
            r".{0,200}\bmay not be (?:re)?published, broadcast, rewritten,? or redistributed\b"
            r".{0,200}",
            _I,
        ),
        # A broadcaster's call for tips and its contact lines: "※ '당신의 제보가 뉴스가
        # 됩니다'", "[전화] 02-000-0000", "[메일] desk@…", "[카카오톡] ○○ 검색해 채널 추가",
        # "○○TV 기사문의 및 제보 : 카톡/라인 …". A contact line holds the contact (a number,
        # an address, a channel to add): "[전화] 미일 외교장관 통화" is a headline.
        ("tip line", r"※.{0,60}제보.{0,60}", 0),
        ("tip line", r".{0,30}(?:기사\s*문의|제보)(?:\s*및\s*제보)?\s*[:：].{1,80}", 0),
        ("tip line", r"[\[【]\s*(?:전화|팩스|문자)\s*[\]】]\s*[\d\s()+-]{7,20}", 0),
        ("tip line", r"[\[【]\s*(?:메일|이메일)\s*[\]】]\s*\S+@\S+", 0),
        (
            "tip line",
            r"[\[【]\s*(?:카카오톡|카톡)\s*[\]】]\s*.{1,40}(?:검색|채널|추가|친구).{0,20}",
            0,
        ),
        # An address the page's host hid from the copy: "[email protected]", alone or with
        # the bracket of the credit line it closed ("[email protected])").
        ("hidden e-mail address", r"[(\[]?\[email\s+protected\][)\]]?", _I),
    )
)
