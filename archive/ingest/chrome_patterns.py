"""The built-in chrome patterns: (reason, compiled pattern) pairs that a whole line must
match to be dropped (see archive/ingest/boilerplate.py). General rules, in each language
the archive meets; a site's own chrome belongs to its outlet's curated patterns
(BoilerplatePattern), not here.
"""

from __future__ import annotations

import re

from archive.ingest.chrome_patterns_media import MEDIA_PATTERNS
from archive.ingest.chrome_patterns_menus import MENU_PATTERNS
from archive.ingest.chrome_patterns_notices import NOTICE_PATTERNS
from archive.ingest.chrome_patterns_pages import PAGE_PATTERNS
from archive.ingest.chrome_patterns_photos import PHOTO_PATTERNS
from archive.ingest.chrome_patterns_widgets import WIDGET_PATTERNS

_I = re.IGNORECASE
# A press release's release line above its headline: "For Immediate Release", "Embargoed
# until 10:00 a.m. EST", "Para publicación inmediata" (layout.py reads the head after it).
RELEASE_LABEL = re.compile(
    r"(?:for )?immediate release|embargoed (?:until|till|for) .{1,60}"
    r"|para (?:su )?(?:publicaci[oó]n|difusi[oó]n) inmediata",
    _I,
)

# (reason, pattern). Each reason names what the line is, for the curator's review.
DEFAULT_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (reason, re.compile(pattern, flags))
    for reason, pattern, flags in (
        ("loading placeholder", r"loading(?:…|\.{3})?", _I),
        (
            "navigation",
            r"(?:(?:back|scroll|go) to top(?: button)?|torna in alto|volver arriba"
            r"|kembali ke atas)",
            _I,
        ),
        # "Back to Japan-United States of America Relations": a link up to the section.
        ("navigation", r"Back to (?:the )?[A-Z][^.!?。]{1,80}", 0),
        # Japanese "…へ戻る"/"…に戻る" (back to …), "ページの先頭へ" (top of page); Chinese
        # "返回顶部/返回首页/返回列表"; Korean "맨 위로", "목록으로", "이전 페이지".
        (
            "navigation",
            r"(?:[^。．！？\s、，,はがを]{1,30}[へに])?(?:戻る|もどる)|(?:この)?ページの(?:先頭|トップ)へ?"
            r"|返回(?:顶部|頂部|首页|首頁|列表|目录|目錄|上一页|上一頁)?|回到顶部|回到頂部"
            r"|(?:맨\s*)?위로(?:\s*가기)?|목록(?:으로)?|이전\s*페이지|처음으로"
            r"|[^。．！？\s]{0,20}(?:サイト|ページ|一覧|トップ)へ",
            0,
        ),
        # A row of links to the items before and after ("前の項目に戻る　次の項目に進む",
        # "前へ 次へ"): a link forward opens with 次 (next), so "協議が前に進む" stays.
        (
            "navigation",
            r"(?:(?:[^。．！？\s、，,はがを]{1,30}[へに])?(?:戻る|もどる)|次の?(?:ページ|項目|記事|章|節)?[へに]進む"
            r"|[前次]へ)(?:\s+(?:(?:[^。．！？\s、，,はがを]{1,30}[へに])?(?:戻る|もどる)"
            r"|次の?(?:ページ|項目|記事|章|節)?[へに]進む|[前次]へ)){0,2}",
            0,
        ),
        # Links to the previous and next article.
        (
            "navigation",
            r"(?:previous|next|older|newer) (?:article|story|post)s?|(?:berita|artikel) "
            r"(?:sebelumnya|selanjutnya)|art[ií]culo (?:anterior|siguiente)|articolo "
            r"(?:precedente|successivo)|(?:前|次)の記事|(?:이전|다음)\s*기사|上一篇|下一篇",
            _I,
        ),
        # A media label above an image: "写真・図版", "Photo", "영상".
        (
            "media label",
            r"写真・図版|写真|図版|画像|動画|映像|视频|視頻|图片|圖片|사진|영상|동영상"
            r"|(?i:photos?|fotos?|video|gallery|galer[ií]a|galeri|image)",
            0,
        ),
        # Breadcrumbs: "ホーム > 外交政策 > 日米関係", "Home › News › Asia".
        ("breadcrumb", r"(?:[^>＞›»。.!?]{1,30}+\s*[>＞›»]\s*){2,}[^>＞›»。.!?]{1,40}", 0),
        # "Home | Office of the Spokesperson | Press Releases", from the site's home.
        (
            "breadcrumb",
            r"(?:home|inicio|beranda|ホーム|トップ|首页|首頁|홈)\s*[|｜/]\s*"
            r"(?:[^|｜/。.!?]{1,40}\s*[|｜/]\s*){0,5}[^|｜/。.!?]{1,120}",
            _I,
        ),
        # Language switches: "英語版 (English)", "(英語版)", "English", "日本語", "中文", "한국어".
        (
            "language switch",
            r"(?:[^\s()（）/]{1,8}版\s*(?:[(（][A-Za-z\u3040-\u9fff\uac00-\ud7af ]{1,20}[)）]"
            r"|/\s*[A-Za-z]{2,20})"
            r"|[(（][^\s()（）/]{1,6}語版[)）]"
            r"|English|日本語|Japanese|中文|简体中文|繁體中文|한국어|Español|Italiano"
            r"|Bahasa Indonesia)(?:\s*[/|]\s*(?:English|日本語|中文|한국어|Español|Italiano))*",
            0,
        ),
        # Print and share buttons in Japanese, Chinese and Korean.
        (
            "sharing buttons",
            r"(?:このページを)?印刷(?:する|用)?|打印(?:本页|本頁)?|分享(?:到)?|共有(?:する)?|인쇄(?:하기)?"
            r"|공유(?:하기)?",
            0,
        ),
        # The banner every US government site carries (".gov" notice), line by line.
        (
            "site banner",
            r"(?:An official website of the United States government\s*(?:Here['’]s how you know)?"
            r"|Here['’]s how you know|Official websites use \.(?:gov|mil)"
            r"|A? ?\.(?:gov|mil) website belongs to an official (?:government|U\.S\. Department "
            r"of Defense) organization in the United States\.|Secure \.(?:gov|mil) websites use "
            r"HTTPS|A lock \(.{0,12}\) or https:// means you['’]ve safely connected to the "
            r"\.(?:gov|mil) website\..{0,90})",
            _I,
        ),
        # Skip links for screen readers, in each language VOA and government sites use:
        # "Skip to main content", "Accessibility links", "无障碍链接", "연결 가능 링크".
        (
            "navigation",
            r"(?:skip (?:to|over) (?:the )?(?:main )?(?:content|navigation|menu|search)"
            r"(?:\s*\((?:press enter|enter)\))?\.?"
            r"|skip (?:main |site )?navigation|jump to (?:main )?content"
            r"|accessibility (?:links|menu|options)"
            # The site's name and its skip link read as one line: "The White House Skip
            # Main Navigation".
            r"|(?:[A-Z][\w.'’-]*\s+){1,5}skip (?:to |over )?(?:the )?(?:main |site )?"
            r"(?:navigation|content|menu)"
            r"|enlaces (?:para|de) accesibilidad|saltar (?:al|a la) (?:contenido|navegaci[oó]n)"
            r"(?: principal)?|ir al contenido(?: principal)?"
            r"|(?:link|tautan)(?:-(?:link|tautan))? (?:akses|aksesibilitas)"
            r"|(?:langsung|lompat|loncat) ke (?:konten|isi)(?: utama)?"
            r"|(?:vai|salta) al contenuto(?: principale)?|link di accessibilit[aà]"
            r"|연결 가능 링크|(?:본문|주\s*메뉴|메뉴|[컨콘]텐츠|내용)\s?바로\s*가기|접근성 링크"
            r"|(?:本文|メインコンテンツ|ナビゲーション|メニュー)(?:へ|に)(?:移動|スキップ|進む)?"
            r"|(?:跳到|跳至|跳转到|跳转至|跳過|跳过)主要?(?:内容|內容)"
            r"|无障碍(?:链接|連結|链接列表)|無障礙(?:連結|链接|鏈接)|辅助功能链接|協助工具連結)",
            _I,
        ),
        # A menu's buttons, one a line: "Toggle navigation", "Search", "Search form" (the
        # search box's label), "メニュー", "검색".
        (
            "menu button",
            r"(?:toggle (?:navigation|menu|search)|(?:main )?menu|search(?: form| box| (?:this|the)"
            r" (?:site|website))?|site search|(?:simple |advanced )?search (?:of )?(?:our|the)"
            r" archives?|close|open menu"
            r"|buscar|men[uú]|cari|cerca|chiudi|cerrar|tutup|メニュー|検索|閉じる|메뉴|검색|닫기"
            r"|菜单|菜單|搜索|搜尋|关闭|關閉)",
            _I,
        ),
        # The links of a site's footer, one a line: the site map, the legal pages, contact.
        (
            "footer link",
            r"(?:site ?map|mappa del sito|mapa del sitio|peta situs|サイトマップ|사이트\s*맵"
            r"|网站地图|網站地圖|privacy(?: policy| notice)?"
            r"|terms (?:of (?:use|service)|and conditions)|note legali|aviso legal"
            r"|política de privacidad|kebijakan privasi|syarat dan ketentuan"
            r"|プライバシー\s*ポリシー|利用規約|개인정보\s*처리\s*방침|이용\s*약관|隐私政策"
            r"|隱私權政策|contact(?: us)?|contattaci|cont[aá]ctenos|hubungi kami|お問い合わせ"
            r"|문의하기|联系我们|聯絡我們|accessibility(?: statement)?|accessibilit[aà]"
            r"|accesibilidad|aksesibilitas|アクセシビリティ|웹\s*접근성"
            r"|(?:back to )?(?:the )?top of (?:the )?page|page top"
            r"|torna all['’]inizio|volver al inicio|kembali ke awal|stay connected|follow us"
            r"|s[ií]guenos|ikuti kami|seguici)",
            _I,
        ),
        # A player's and a reader's widgets: "Listen to this article", "0:00 / 2:35", "Embed",
        # "Font size", "A A A", a gallery's counter "1 of 5", "Previous Next".
        (
            "player notice",
            r"(?:listen to this (?:article|story)|escuchar (?:este art[ií]culo|la nota)"
            r"|dengarkan(?: artikel ini)?|ascolta l['’]articolo|音声で(?:聞く|読み上げ)|기사\s*듣기"
            r"|收听|收聽|no media source currently available|embed"
            # "没有媒体可用资源" (no media source), "请稍等" (please wait) while it loads.
            r"|没有媒体可用资源|沒有媒體可用資源|请稍等|請稍等|please wait|しばらくお待ちください"
            r"|잠시만\s*기다려\s*주(?:세요|십시오)"
            r"|\d{1,2}:\d{2}(?::\d{2})? ?/ ?\d{1,2}:\d{2}(?::\d{2})?"
            r"|\d{1,2}:\d{2}(?::\d{2})?(?: \d{1,2}:\d{2}(?::\d{2})?){2})",
            _I,
        ),
        (
            "text size widget",
            r"(?:font|text) size|tamaño de (?:letra|texto)|ukuran (?:huruf|teks)"
            r"|dimensione (?:del )?(?:testo|carattere)|文字サイズ|글자\s*크기|字体大小|字號",
            _I,
        ),
        # The widget's letters on their own: a pattern of short lines only, so that its
        # "a" is looked for in short lines only (boilerplate.SHORT_LINE).
        ("text size widget", r"A[+-]?(?: ?A[+-]?){1,2}", _I),
        ("gallery counter", r"\d{1,2} ?(?:of|de|dari|di|/) ?\d{1,2}", _I),
        (
            "navigation",
            r"(?:previous|prev|next)(?:\s*[|/]?\s*(?:previous|prev|next))?"
            r"|anterior(?:\s+siguiente)?|siguiente|sebelumnya(?:\s+selanjutnya)?|selanjutnya"
            r"|precedente(?:\s+successivo)?|successivo",
            _I,
        ),
        # The reading time above the text: "3 min read", "1 快速阅读", "5분 읽기".
        (
            "reading time",
            r"\d{1,3}\s*(?:min(?:ute)?s?\.?\s*read|分钟阅读|分鐘閱讀|快速阅读|快速閱讀|分で読めます"
            r"|분\s*읽기)",
            _I,
        ),
        # The end mark of a press release: "###", "-30-".
        ("end mark", r"#{3,}|-\s*30\s*-", 0),
        # A press release's release line above its headline: "For Immediate Release",
        # "Embargoed until 10:00 a.m. EST", "Para publicación inmediata".
        ("release label", RELEASE_LABEL.pattern, _I),
        # The release's kind alone in brackets, a label under its headline: "(Press
        # Release)", "[Media Note]", "（報道発表）". Unbracketed, the kind may be the
        # headline's line of a listing ("Press Statement" stays for the head's rules).
        (
            "release label",
            r"[(（\[]\s*(?:press release|news release|press statement|media note|報道発表"
            r"|プレスリリース|보도자료|新闻稿|新聞稿)\s*[)）\]]",
            _I,
        ),
        # Its number: "PRN: 2013/T03-18", "Release No: NR-123-19", "Press Release No. 45".
        (
            "release number",
            r"(?:PRN|(?:(?:Press|News) )?Release (?:No\.?|Number))\s*[:#]?\s*[\w/.-]{2,30}",
            0,
        ),
        # A list's label alone, its items below: "Filed Under", "Categories", "Posted in".
        ("section label", r"(?:filed under|posted in|categories|category)\s*:?", _I),
        # A figure's or table's caption, the figure gone: "Figure 3: Defense spending",
        # "図表III-2-3-2 日米協議の実績", "表1 会談の日程". Never a sentence.
        (
            "figure caption",
            r"(?:図表|図|表|图表|圖表|图|圖|그림|Figure|Fig\.|Table|Chart)\s?[IVX\d][\w.\-–]{0,14}"
            # "Table 2 shows the increase…": a sentence about the figure, not its caption.
            r"(?!\s+(?:shows?|illustrates?|lists?|presents?|compares?|gives?|depicts?|displays?"
            r"|indicates?|summari[sz]es|sets?\s+out|below|above)\b)"
            r"(?:\s*[:：.]?\s+|\s*[:：]\s*)[^。.!?]\S.{0,80}(?<![.。!?！？])",
            0,
        ),
        # A player's note on its video: "The video below is available with closed captioning
        # on YouTube.", "This video has closed captions."
        (
            "player notice",
            r"(?:the|this) video (?:below|above) (?:is|was|has|contains|includes|may)\b.{0,120}"
            r"|.{0,80}\bclosed[- ]caption(?:s|ing|ed)?\b.{0,120}",
            _I,
        ),
        # A page clock above the headline: VOA's "中国时间 7:26 2024年11月15日 星期五",
        # "Local time 10:05". When the page was rendered, not when it was published.
        (
            "page clock",
            r"(?:\S{1,8}(?:时间|時間|시간)|local time|hora local|waktu setempat|ora locale)"
            r"\s*[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:\s+\S.{0,40})?",
            _I,
        ),
        # A page-type label above a government release's title ("報道発表": press release).
        (
            "section label",
            r"(?:報道発表|報道資料|プレスリリース|お知らせ|新着情報|会見・発表|記者会見|보도자료|보도참고자료"
            r"|기자회견|Press Conferences"
            r"|新闻稿|新聞稿|新闻发布|新聞發佈|Press Releases?|News Releases?|Readouts?"
            # The White House's, the State and Defense Departments' section names.
            r"|Briefing Room|Statements (?:and|&) Releases|Speeches (?:and|&) Remarks"
            r"|Press Briefings?|Presidential Actions|Media Notes?|Fact Sheets?|Transcripts?"
            r"|News Stories|Releases|Remarks|Speeches|Statements?|Comunicados? de prensa"
            r"|Siaran Pers|Comunicati stampa)",
            0,
        ),
        (
            "related links",
            r"(?:related (?:articles|posts|news|stories|links|information|(?:web ?)?sites"
            r"|resources)|more from .{1,40})",
            _I,
        ),
        (
            "related links",
            r"関連(?:記事|リンク|情報)|相关(?:新闻|阅读|文章)|相關(?:新聞|閱讀)|관련\s*기사",
            0,
        ),
        # Headers of the lists of other stories: "Most read", "热门新闻", "많이 본 기사".
        (
            "related links",
            r"(?:most (?:read|popular|viewed|shared)|you (?:may|might) also like|recommended"
            # A section's or the site's list of popular stories: "Popular articles in the
            # past week", "\"Politics\" POPULAR ARTICLE", "JN ACCESS RANKING", "More stories".
            r"|(?:\"?\w+\"? )?popular (?:articles?|stories|news)(?: (?:in|of) the past .{1,20})?"
            r"|(?:\w+ )?access ranking|more stories"
            r"(?: for you)?|latest news|more news|top stories|lo más (?:visto|leído)"
            r"|más leídas|noticias relacionadas|te puede interesar|berita terkait|terpopuler"
            r"|rekomendasi|più letti|(?:articoli|notizie) correlat[ei]|potrebbe interessarti"
            r"|(?:berita|artikel) (?:terkait|terpopuler|lainnya|pilihan)|noticias relacionadas"
            r"|注目(?:コンテンツ|記事)|(?:あなたに)?おすすめ(?:記事)?|人気記事|ランキング|新着記事"
            r"|最新ニュース|热门(?:新闻)?|熱門(?:新聞)?|最新(?:新闻|新聞|消息)|所有新闻|所有新聞"
            r"|更多新闻|更多新聞|많이\s*본\s*기사|인기\s*기사|최신\s*뉴스|관련\s*뉴스|추천\s*기사"
            # A site's latest videos and its programme schedule: "VOA卫视最新视频",
            # "美国之音中文节目预告", "Latest videos", "최신 영상", "番組表".
            r"|.{0,8}(?:最新视频|最新視頻|节目预告|節目預告)|latest videos?|more videos"
            r"|program(?:me)? (?:schedule|guide)|최신\s*(?:동)?영상|편성표|番組(?:表|予定)"
            r"|最新動画)",
            _I,
        ),
        # "READ …", "ALSO READ: …", "Baca: …" (Indonesian), "Leggi anche: …" (Italian). Not
        # when the link's headline is glued to the next paragraph ("…AS-JepangBulan lalu,
        # Biden…", "…dengan ASMenteri…"): that line carries the report's text.
        (
            "related link",
            r"(?:(?:ALSO )?READ(?: MORE| ALSO)?|Read (?:more|also)|(?i:baca(?: juga)?)"
            r"|(?i:leggi anche|lee también|lea también|lire aussi)|Lesen Sie auch|Veja também"
            r"|(?i:see also)|関連記事|相关阅读|相關閱讀|관련\s*기사)"
            r"\s*[:\u00a0\s–-]\s*(?!.*(?:[a-z]{2}[A-Z][a-z]|[A-Z]{2}[A-Z][a-z]{2}))\S.{0,400}",
            0,
        ),
        # "RELATED: …", "Related – …", "Related Stories": "Related" before a space only
        # when no sentence follows ("Related talks will be held in Tokyo next month.").
        (
            "related link",
            r"(?i:related)(?:\s*[:\u00a0–-]\s*|\s+(?!.*[.!?。]$))"
            r"(?!.*(?:[a-z]{2}[A-Z][a-z]|[A-Z]{2}[A-Z][a-z]{2}))\S.{0,400}",
            0,
        ),
        # A site's host in its footer: "Hosted by Defense Media Activity - WEB.mil".
        ("site footer", r"(?i:hosted by)\s+[A-Z][\w&'’ -]{2,60}\s+[-–—|]\s+[\w-]+(?:\.[\w-]+)+", 0),
        (
            "comment form",
            r"(?:leave a (?:reply|comment)|lascia un commento|deja un comentario"
            # A post's empty comment thread: "No comments:", "Be the first to comment",
            # "(댓글) 첫 댓글을 작성해보세요" (write the first comment).
            r"|no comments:?|be the first to comment\.?"
            r"|(?:댓글\s*)?첫\s*댓글을\s*(?:작성|남겨)\S{0,8})",
            _I,
        ),
        ("comment form", r"comments?(?: \(\d+\))?|\d+ comments?", _I),
        (
            "comment form",
            r"(?:your email address will not be published|il tuo indirizzo email non sarà "
            r"pubblicato|tu dirección de correo electrónico no será publicada).*",
            _I,
        ),
        (
            "photo credit",
            r"(?:image|photo|picture|foto|video)s?(?:\s+(?:credit|by|courtesy(?: of)?|de|oleh"
            r"|di))?\s*[:/]\s*.{1,80}"
            r"|(?:image|photo|picture|foto)s?\s+(?:credit|by|courtesy(?: of)?|oleh)\s+.{1,80}",
            _I,
        ),
        # "State Department photo by Freddie Everett", "DoD photo by Chad J. McNeeley",
        # "Official White House Photo by …", "White House photos 2/24/09 by …" (its date).
        (
            "photo credit",
            r"\[?(?!The )(?:[A-Z][\w.&'’-]{0,30} ){1,5}(?:photo|Photo|image|Image|video|Video)s?"
            r"(?: [\d/.-]{4,10})? (?:by|courtesy of) "
            r"[^\]]{1,80}(?<![.!?])\]?",
            0,
        ),
        # A photo's credit under its caption with the word alone: "Credit: Courtesy of the
        # Cabinet Public Relations Office", "Credits: Jane Doe/Agency".
        ("photo credit", r"credits?\s*:\s*.{2,80}", _I),
        # A photo's credit with "courtesy" alone, above or under its caption: "Courtesy of
        # Foreign Ministry", "Courtesy: Cabinet Public Relations Office".
        ("photo credit", r"(?i:courtesy)(?: of|\s*:)\s*[A-Z][^.!?]{1,60}", 0),
        # "圖/達志影像路透社", "图／新华社": a Chinese photo credit.
        ("photo credit", r"[(（]?(?:圖|图)\s*[/／:：]\s*[^)）]{1,40}[)）]?", 0),
        # An image's asset number: the Defense Department's "VIRIN: 220914-D-BN624-0067".
        ("photo asset number", r"(?:VIRIN|asset (?:id|number)|image id)\s*[:#]\s*[\w-]{4,40}", _I),
        # A content system's id printed alone ("2088253"): no year (four digits), no
        # numbered item, no sentence is a run of five digits or more.
        ("page id number", r"[0-9]{5,12}", 0),
        ("photo credit", r".{0,300}\.?\s+(?:PHOTO|FOTO)\s*/\s*[\w .&-]{1,40}", 0),
        # "（写真提供：内閣広報室）", "（写真）", "图片来源：新华社", "사진=연합뉴스".
        (
            "photo credit",
            r"[(（]?(?:写真|图片|圖片|사진)(?:提供|来源|來源|출처)?\s*(?:[：:=＝]\s*[^)）]{1,40})?[)）]?",
            0,
        ),
        ("subscription prompt", r"sign up (?:now )?(?:for|to) .{1,120}", _I),
        # A media player's fallback text, in English on every language service's page: not
        # when the page's own text in another script runs on after it on the same line.
        (
            "player notice",
            r"your browser does(?:n['’]t| not)(?: appear to)? support\b"
            r"[^\u3040-\u9fff\uac00-\ud7af]{0,120}",
            _I,
        ),
        # An offer of the site in another language: "Would you like to go to …?",
        # "日本語版「…」に移動しますか。"
        (
            "language switch",
            r".{0,200}(?:would you like to (?:go|switch) to|に移動しますか"
            r"|(?:으)?로 이동하시겠습니까|是否前往|是否要前往|¿desea ir a|apakah anda ingin)"
            r".{0,120}",
            _I,
        ),
        # A prompt to install the site's app: "…APP Icon…", "下載", "立刻下載官方APP".
        (
            "app prompt",
            r".{0,40}(?<![A-Za-z])APP(?![A-Za-z]).{0,40}"
            r"|(?:下載|下载|ダウンロード|다운로드|(?i:download(?: the app)?|unduh|descargar?))"
            r"(?:.{0,20}(?:アプリ|앱|应用|應用|(?i:app)))?",
            0,
        ),
        # A privacy notice: it names privacy and asks for consent or names the policy.
        (
            "privacy notice",
            r"(?=.{0,300}(?:隱私|隐私|プライバシー|개인정보|privacy|privasi|privacidad))"
            r"(?=.{0,300}(?:本網站|本网站|我們的|我们的|本サイト|当サイト|이 사이트|당사|\bour\b"
            r"|this (?:web)?site|nuestra|kami|nostra))"
            r".{0,400}(?:同意|agree|accept|consent|規範|规范|政策|ポリシー|정책|policy|kebijakan"
            r"|política|informativa).{0,400}",
            _I,
        ),
        ("news ticker", r"breaking news", _I),
    )
)
# Then, in this order: embedded posts' furniture, notes on the text, sharing and print
# widgets, tickers, "read more" links, login and comment forms (chrome_patterns_widgets.py,
# once the tail of the list above); notices and trailers (…_notices.py); video pages and
# embedded posts (…_media.py); photo captions (…_photos.py); English pages' forms and
# footers (…_pages.py); older layouts' menus, tools and contact lines (…_menus.py).
DEFAULT_PATTERNS += WIDGET_PATTERNS + NOTICE_PATTERNS + MEDIA_PATTERNS + PHOTO_PATTERNS
DEFAULT_PATTERNS += PAGE_PATTERNS + MENU_PATTERNS
