"""More built-in chrome patterns, once the tail of chrome_patterns.DEFAULT_PATTERNS (moved
here whole, in their order, when that module passed 500 lines; it appends these right
after its own, so every line keeps the reason it had): an embedded social post's
furniture, an image's size picker and bullets, notes on the text (translation notices),
document links, subscription prompts, sharing and print widgets, blank lines, tickers,
"read more" links, login and comment forms, in each language the archive meets.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A share widget: its verb ("Share on"), a network's name ("Facebook"), or both. Either
# may be missing, never both (an empty line is no widget: see "blank line").
_SHARE_VERB = (
    r"(?:share|compartir|comparte|bagikan|condividi)(?: (?:this|on|via|en|ke|su))?\s*[:：]?\s*"
)
_NAMED_NETWORK = (
    r"(?:facebook|twitter|line|whatsapp|telegram|linkedin|reddit"
    r"|pinterest|e-?mail|weibo|wechat|kakao(?:talk|story)?|naver|copy link|copiar enlace"
    r"|salin tautan|copia link|微博|微信|カカオトーク|카카오(?:톡|스토리)|페이스북|트위터"
    r"|链接|複製連結|复制链接|リンクをコピー|링크\s*복사)"
)
_NETWORK = rf"(?:x|{_NAMED_NETWORK})"

WIDGET_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (reason, re.compile(pattern, flags))
    for reason, pattern, flags in (
        # An embedded social post's furniture: its label ("Tweet:", "Tuit:"), the account
        # alone ("@usembassytokyo"), the attribution line ("— Antony Blinken (@SecBlinken)
        # January 6, 2022") and the time stamp ("2:35 horas – 16 de marzo de 2017",
        # "10:05 AM · Jan 7, 2022").
        ("social post", r"(?:tweet|tuit|twit|post on x|트윗|推文)\s*[:：]", _I),
        ("social post", r"@\w{2,30}", 0),
        ("social post", r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*.{0,40}\d{4}", 0),
        (
            "social post",
            r"[0-9]{1,2}[:.][0-9]{2}\s*(?:[ap]\.?\s?m\.?|horas?|h|uhr|wib)?\s*[-–—·]\s*"
            r"(?:\d{1,2}\s+(?:de\s+)?\w{3,10}\.?(?:\s+de)?,?\s+\d{4}|\w{3,10}\.?\s+\d{1,2},\s+\d{4})",
            _I,
        ),
        # An image's size picker, one button a line.
        ("image size picker", r"XS|SM|MD|LG|XL|XXL", 0),
        ("bullet", r"[-–—•·*]", 0),
        # Markup the extraction left as a line: an HTML comment ("<!-- IMAGE -->", "<!-- end
        # of story -->").
        ("markup", r"<!--.{0,200}?-->", 0),
        # "[Provisional translation]", "（仮訳）": a note on the text, not the text. So is a
        # record's note on whose words are an interpreter's ("※…通訳者の発言を適宜記載").
        (
            "translation notice",
            r"[\[(（【]\s*(?:provisional|unofficial|tentative) translation"
            r"(?:\s+(?:by|of|for)\b[^\])）】]{1,150})?\s*[\])）】]"
            r"|[\[(（【]\s*(?:仮訳|暂译|暫譯|试译|試譯|参考译文|參考譯文|가번역|비공식\s*번역)\s*[\])）】]"
            r"|[※＊*]\s*.{0,200}(?:通訳|仮訳|翻訳|통역|번역|口译|口譯|翻译|翻譯|译文|譯文).{0,200}"
            # The same note with no mark: "…の発言及び英語の質問については、通訳者の適宜発言を引用".
            r"|.{0,80}については[、，,]?\s*通訳者?の.{0,30}(?:発言|訳).{0,10}(?:引用|記載|掲載).{0,20}"
            # "This is a provisional translation by an external company for reference…",
            # "(This is a provisional translation of an announcement … purposes only)", "The
            # original text is in Japanese."
            r"|[(（]?this is (?:a|an) (?:provisional|unofficial|tentative) translation\b.{0,250}"
            r"|the original (?:full )?text is in [A-Z][a-z]+\.?",
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
        # A note on where the text's facts came from, closing a service's report: "*이 기사는
        # AP, Reuters를 참조했습니다." (VOA Korean), "Some information for this report came
        # from AP and Reuters." (VOA English). The report's own sources named in a sentence
        # of the text ("Reuters reported …") are the text.
        (
            "note on the text",
            r"[*※]?\s*이 기사는\s.{1,60}[을를]\s*참조했습니다\.?"
            r"|some information (?:for|in) this (?:report|story|article) (?:came|comes) from"
            r"\s.{1,100}",
            _I,
        ),
        ("wire trailer", r"our standards:.{1,80}", _I),
        (
            "sharing buttons",
            r"(?:share|share this|share on|tweet|print|email)(?: article)?"
            r"|(?:email|print|share) this (?:article|story|page)",
            _I,
        ),
        # A widget's icon label and text on one line: "print PRINT", "share Share".
        (
            "sharing buttons",
            r"(share|print|email|tweet|imprimir|compartir|cetak|bagikan|stampa|condividi)"
            r"(?:\s+\1)+",
            _I,
        ),
        # Share and print widgets in the other languages, and the networks' names alone.
        # X's one-letter name alone, apart: the widget's other lines need a longer word.
        ("sharing buttons", r"x", _I),
        (
            "sharing buttons",
            rf"{_SHARE_VERB}{_NETWORK}?|{_NAMED_NETWORK}"
            r"|(?:share|compartir|bagikan|condividi|分享|共有|공유|シェア)\s*[:：]"
            r"|imprimir|compartir|cetak|bagikan|stampa|condividi|シェア(?:する)?|ツイート"
            r"|(?:이\s*)?(?:페이지|기사)\s*공유(?:하기)?|(?:bagikan|compartir|condividi|share) "
            r"(?:artikel|halaman|este art[ií]culo|esta p[aá]gina|articolo|this (?:article|page))"
            r"|このページをシェア|分享到.{1,20}|(?:rate|rating|valorar|nilai) (?:this|esta|ini)"
            r"(?: (?:article|page|story|artículo|página|artikel|halaman))?",
            _I,
        ),
        # A line of spaces only (an ideographic space, a no-break space): nothing of the
        # report's.
        ("blank line", r"", 0),
        # Tickers and their labels: "Breaking News" above, "Live" beside the headline.
        (
            "news ticker",
            r"(?:últimas noticias|última hora|berita terkini|ultim(?:e|'ora) notizie|ultim'ora"
            r"|速報|ニュース速報|突发新闻|突發新聞|快讯|快訊|즉시\s*뉴스|속보|live|en vivo"
            r"|en directo|langsung|in diretta|top stories|trending(?: now)?)",
            _I,
        ),
        # "Read more", "Continue reading", and their forms in each language.
        (
            "read more link",
            r"(?:read (?:more|(?:the )?full (?:story|article|text|post|entry|report))"
            r"|continue reading|more stories|more information|más información"
            r"|maggiori informazioni|informasi (?:lebih lanjut|selengkapnya)"
            r"|leer (?:más|el artículo completo)|seguir leyendo|baca selengkapnya|selengkapnya"
            r"|leggi (?:di più|tutto|l'articolo)|続きを読む|もっと見る|詳しく見る|詳細はこちら"
            r"|더\s*보기|기사\s*더보기|자세히\s*보기|阅读全文|閱讀全文|查看更多|查看全文|阅读更多"
            r"|閱讀更多|更多(?:新闻|新聞|内容|內容))\s*(?:[»›>→…]|\.{3})?",
            _I,
        ),
        # "Read the full statement here.", "Click here to read the joint statement.", "Lee la
        # nota completa", and the labelled links "MORE: …", "WATCH: …" above a headline.
        (
            "read more link",
            r"(?:click here\b.{0,80}|(?:click here to )?read the (?:full|complete|entire) "
            r"[^.!?]{1,60}(?: here)?\.?|lee (?:la nota|el art[ií]culo) complet[oa]"
            r"|baca (?:berita|artikel) (?:lengkap|selengkapnya)|leggi l['’]articolo completo)",
            _I,
        ),
        ("related link", r"(?:MORE|WATCH|LISTEN|RELATED|VIDEO|PHOTOS)\s*:\s*\S.{0,200}", 0),
        # Login and comment forms: "Log in", "Comments are closed", "댓글 0".
        (
            "login form",
            r"(?:log ?in|sign ?in|log ?out|sign up|register|create (?:an )?account"
            r"|iniciar sesión|registrarse|masuk|daftar|accedi|registrati|ログイン|新規登録|로그인"
            r"|회원가입|登录|登入|注册|註冊)(?:\s*(?:/|\||or|o|atau|oppure)\s*"
            r"(?:log ?in|sign ?(?:in|up)|register|registrarse|daftar|registrati|新規登録|회원가입"
            r"|注册|註冊))?(?: to (?:comment|continue|read more))?",
            _I,
        ),
        (
            "comment form",
            r"(?:comments are closed|add (?:a|your) comment|post a comment|write a comment"
            r"|you must be logged in to post a comment\.?|comentarios|comentar|komentar"
            r"|foro|forum"
            r"|(?:view|show|see|read) (?:all )?comments|ver (?:los )?comentarios|lihat komentar"
            r"|vedi (?:i )?commenti|コメントを(?:見る|表示)|댓글\s*보기|查看评论|查看評論"
            r"|tulis komentar|commenti|commenta|コメント(?:する|を書く)?|댓글(?:\s*\d+)?"
            r"|댓글\s*쓰기|评论|評論|留言|发表评论|發表評論)(?:\s*[(（]?\d+[)）]?)?",
            _I,
        ),
    )
)
