"""More built-in chrome patterns (appended to chrome_patterns.DEFAULT_PATTERNS after every
other family): the furniture of older page layouts that the other families do not name.
A site's menu printed as one line (section names between bars, or between spaces on a
Japanese or Chinese page), a breadcrumb spelled out with spaces from the home page, a
press office's contact block, the page tools of a 2000s site ("Bookmark and Share",
"[ Print Friendly Version ]", "Email a Copy"), a photo's "click to enlarge" note and a
caption that ends with its credit, an archived site's notice. Whole lines only, every
pattern bounded in length, none the words of one site.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# One item of a menu: a few words, no sentence's punctuation.
_MENU_ITEM = r"[^|｜.!?。！？、，,:：;；\"“”「」]{1,32}"
# One word of a menu printed with spaces on a Japanese or Chinese page ("外務省案内",
# "各国・地域情勢", "ODA", "欧州(NIS諸国を含む)", the link "English"). No digit (a date is
# no menu's) and no lower-case Latin letter but those of "English": the line screen
# (boilerplate.LineMatcher) then passes over English sentences at their first letters.
_CJK_MENU_WORD = (
    r"(?:English|[^\s0123456789abcdefjkmopqrtuvwxyz"
    r"。、，,.!?！？:：;；「」『』“”\"\uac00-\ud7af]{1,14})"
)
# One item of such a menu. A section's name holds no particle of a sentence (を が に で は;
# a bracketed note may: "欧州(NIS諸国を含む)") and ends in no post or title: a line of
# names and posts ("林外務大臣 ブリンケン国務長官") or a headline spaced the same way
# ("岸田首相 バイデン大統領 同盟強化を確認") is the report's. "と" joins two names of a
# section ("旅行と安全").
_CJK_MENU_CHAR = (
    r"[^\s0123456789abcdefjkmopqrtuvwxyz(（)）をがにでは"
    r"。、，,.!?！？:：;；「」『』“”\"\uac00-\ud7af]"
)
_CJK_NOTE_CHAR = (
    r"[^\s0123456789abcdefjkmopqrtuvwxyz(（)）"
    r"。、，,.!?！？:：;；「」『』“”\"\uac00-\ud7af]"
)
_CJK_MENU_ITEM = (
    rf"(?:English|{_CJK_MENU_CHAR}{{1,14}}(?:[(（]{_CJK_NOTE_CHAR}{{1,12}}[)）])?"
    r"(?<!大臣|長官|大使|首相|総理|外相|総裁|主席|总统|總統|总理|部长|部長)"
    r"(?<!大統領|防衛相|國務卿|国务卿)(?<!氏))"
)
# A field's name opens a record's line ("出席者 …", "参加者 …"), never a menu.
_CJK_FIELD_WORD = r"(?:出席|参加|同席|陪席|与会)"
# A character of one sentence of a caption: a period only where it ends no sentence, in
# "U.S.", "Robert M. Gates", "Nov. 8", "Mrs. Roe" (after a short capitalised word); not
# after a word in lower case ("on Friday. The", "the minister. He") nor after a year.
_CAPTION_TEXT = r"(?:[^.!?]|(?<![a-z]{5})(?<!\b[a-z]{2})(?<!\b[a-z]{3})(?<!\b[a-z]{4})(?<!\d{4})\.)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# The day's full date: "Nov. 8, 2007", "April 26, 2007", "8 November 2007".
_CAPTION_DATE = rf"{_MONTH}\s\d{{1,2}},\s\d{{4}}|\d{{1,2}}\s{_MONTH},?\s\d{{4}}"
# A tool of a page of the 2000s, by itself or in a row: "Printer-friendly Version",
# "Email a Copy", "E-mail this page", "Bookmark and Share".
_PAGE_TOOL = (
    r"(?:print(?:er)?[- ]?friendly(?: (?:version|page|format))?"
    r"|print (?:this|the) (?:page|article|story|release)|print version"
    r"|e-?mail (?:a copy|this (?:page|article|story|release)|(?:it )?to a friend)"
    r"|send (?:this )?to a friend|bookmark(?: (?:and|&) share| this(?: page)?)?"
    r"|subscribe to (?:rss|updates))"
)

MENU_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (reason, re.compile(pattern, flags))
    for reason, pattern, flags in (
        # A menu printed as one line, its items between bars: "Interactive Travel Map|Text
        # the Secretary|Trip Page", "アジア | 北米 | 中南米 | 欧州 | 大洋州". Three items at
        # least; a table row's cells ("(1) | 議題") are fewer.
        ("site menu", rf"{_MENU_ITEM}(?:[|｜]{_MENU_ITEM}){{2,14}}", 0),
        # A Japanese or Chinese site's menu printed with spaces: "外務省 English リンクページ
        # よくある質問集 検索 サイトマップ", "アジア 北米 中南米 欧州(NIS諸国を含む) 大洋州 中東
        # アフリカ". Four words or more, the first in kana or kanji; no Korean (whose
        # sentences are written with spaces), no punctuation of a sentence, no particle
        # and no post (_CJK_MENU_ITEM), no field's name first.
        (
            "site menu",
            rf"(?=[\u3040-\u30ff\u3400-\u9fff])(?!{_CJK_FIELD_WORD}){_CJK_MENU_ITEM}"
            rf"(?:\s{{1,3}}{_CJK_MENU_ITEM}){{3,7}}",
            0,
        ),
        # A breadcrumb spelled out with spaces from the home page: "トップページ 会談・訪問
        # 小泉総理大臣", "首页 新闻 要闻".
        (
            "breadcrumb",
            rf"(?:トップページ|ホーム|首页|首頁)(?:[ \u3000]+{_CJK_MENU_WORD}){{1,6}}",
            0,
        ),
        # "You are here: Home > News", "You are in: Secretary > Remarks > 2005": a breadcrumb
        # with its label (its first step may be longer than the plain breadcrumb's).
        (
            "breadcrumb",
            r"(?:you are here|you are in) ?:\s*(?:[^>›»。.!?]{1,80}[>›»]\s*){1,8}[^>›»。!?]{1,80}",
            _I,
        ),
        # A press office's contact block: "Media contact: +1 (703) 697-5131", "Public
        # contact:", "or +1 (703) 428-0711", "On the Web:" above its address.
        (
            "contact line",
            r"(?:media contacts?|press contacts?|public contacts?|general contacts?"
            r"|media inquiries|press inquiries|media enquiries|press enquiries"
            r"|contact information)\s*:\s*[+()\d\s./,-]{0,60}",
            _I,
        ),
        (
            "contact line",
            r"(?:(?:or|tel\.?|phone|fax)\s*:?\s*)?\+\d{1,3}\s*[(\d][\d()\s./+-]{5,40}"
            r"(?:\s*(?:or|/|,)\s*\+?[\d()\s./+-]{1,40})?",
            _I,
        ),
        # One literal an alternative: the line screen looks for "on the web", not for the
        # "on the " of every other sentence.
        ("link label", r"(?:on the web|on the internet|web ?site|web address)\s{0,2}:", _I),
        # A page's tools, alone or in a row, bracketed or not: "[ Print Friendly Version ]",
        # "Printer-friendly Version | Email a Copy", and the section's name printed before
        # the row ("Press Operations Bookmark and Share").
        (
            "page tools",
            rf"[\[(]?\s*{_PAGE_TOOL}(?:\s*[|·•/\]\[]*\s*{_PAGE_TOOL}){{0,5}}\s*[\])]?",
            _I,
        ),
        (
            "page tools",
            r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Bookmark (?:and|&) Share|Printer[- ]Friendly"
            r"(?: Version)?|E-?mail a Copy)",
            0,
        ),
        # A photo's note on its larger copy: "Click photo for screen-resolution image",
        # "(Click photo for screen-resolution image);high-resolution image available.",
        # "Click photographs to enlarge", "写真をクリックすると拡大写真になります。"
        (
            "photo tools",
            r"[(\[]?\s*click (?:on )?(?:the |a |any )?(?:photo(?:graph)?|image|picture|thumbnail)s?"
            r"\b.{0,120}",
            _I,
        ),
        ("photo tools", r"(?:写真|画像|图片|圖片)を?(?:クリック|点击|點擊).{0,60}", 0),
        # A caption that ends with its credit: "… in Tokyo, Nov. 8, 2007. Photo by Cherie
        # A. Thurlby", "… Friday, June 3, 2005, as they arrive at the residence. Embassy
        # photo by …", "… at the Pentagon, Oct. 2, 2005. Defense Dept. photo." One
        # sentence holding the day's full date, then the credit: a paragraph whose last
        # words mention a photo ("… on Friday. They posed for the cameras. Official
        # photo.") is the report's.
        (
            "photo caption",
            rf"{_CAPTION_TEXT}{{0,300}}?(?:{_CAPTION_DATE}){_CAPTION_TEXT}{{0,300}}?"
            r"[.)]\s+(?:[A-Z][\w.&'’/-]*\s){0,4}(?:[Pp]hoto|PHOTO)s?"
            r"(?:\s+by\s+[A-Z][\w.,'’ -]{1,60})?\.?",
            0,
        ),
        # An archived site's notice: "You are viewing ARCHIVED CONTENT released online from
        # January 20, 2017 to January 20, 2021.", "For current information, go to".
        (
            "archive notice",
            r"(?:you are viewing )?archived content\b.{0,200}"
            r"|.{0,80}\breleased online from .{4,40} to .{4,40}"
            r"|for current information,?(?: please)? (?:go to|visit|see)\b.{0,120}"
            r"|for the latest information,?(?: please)? (?:go to|visit|see)\b.{0,120}",
            _I,
        ),
        # A site's news service or page type named alone: "DoD News", "News Article",
        # "News Transcript", "Press Operations".
        (
            "section label",
            r"(?:[A-Z][A-Za-z]{0,4}[A-Z] )?News (?:Articles?|Transcripts?|Briefings?|Features?)"
            r"|[A-Z][a-z]?[A-Z] News|Press Operations",
            0,
        ),
        # An emblem's text in place of its image, the site's name often glued after it:
        # "Seal of the Department of the Navy U.S. Department of the Navy", "Logo of the
        # Embassy". An institution's name: "the" and words in title case, joined by "of"
        # or "and" only; a headline ("Seal of Approval for …") or a caption ("Logo of the
        # new council, shown by …") is the report's. Only the opening ignores case.
        (
            "image alt text",
            r"(?i:(?:official )?(?:seal of the|logo of the|emblem of the|crest of the))"
            r" [A-Z][\w.&'’-]{0,24}(?: (?:of|the|and|&|[A-Z][\w.&'’-]{0,24})){0,12}(?<![.!?])",
            0,
        ),
        # A flattened table's leftovers: a list marker and the cell's bar with nothing in
        # the cell ("(1) |", "(イ) |", "|"), a file's size alone ("(119KB)"), a row of
        # asterisks between parts ("****"), a bracketed row of links ("[text; audio]").
        ("table leftover", r"(?:[(（]?[\w\u3040-\u30ff]{1,3}[)）.]?\s*)?[|｜](?:\s*[|｜]){0,3}", 0),
        ("file size", r"[(（]\s*\d[\d.,]{0,6}\s*(?:KB|MB|GB|kB|Kb)\s*[)）]", 0),
        ("separator", r"\*(?:\s*\*){2,20}", 0),
        ("link list", r"\[\s*\w[\w .-]{0,20}(?:\s*[;|]\s*\w[\w .-]{0,20}){1,5}\s*\]", 0),
        # A list's item number left alone on its line ("1", "2."): its heading was an image
        # or a link the extraction dropped. The labeling manual counts it as noise, as a
        # bullet alone; a number in the text stands in a sentence.
        ("item number alone", r"[0-9０-９]{1,2}[.．]?", 0),
        # A printed book's catalogue line, page numbers and its publisher's note, kept in
        # the text of a government printer's edition ("[Public Papers of the Presidents of
        # the United States: … (2003, Book I)]", "[Pages 531-535]", "[[Page 532]]", "[Page
        # S1234]", "[From the U.S. Government Publishing Office www.gpo.gov]").
        (
            "series heading",
            r"\[(?:Public Papers of the Presidents|Weekly Compilation of Presidential Documents"
            r"|Congressional Record|Federal Register)\b[^\[\]]{0,160}\]",
            0,
        ),
        ("page number", r"\[\[?Pages?\s+[A-Z]?\d{1,5}(?:\s*[-–]\s*[A-Z]?\d{1,5})?\]\]?", 0),
        (
            "printer's note",
            r"\[(?:From the U\.S\. Government (?:Printing|Publishing) Office|DOCID:)"
            r"[^\[\]]{0,80}\]",
            0,
        ),
        # The alt text of a masthead image printed only on paper ("print-only banner",
        # "printable banner": the White House and State Department pages of 2001-2010).
        ("print banner", r"print(?:-only|able|er-friendly) banner", _I),
        # The State Department's masthead tagline under its name (2009-2016 pages): the
        # site's motto on a line of its own, never the headline.
        ("site tagline", r"Diplomacy in Action", 0),
        # A link that says it opens elsewhere, the document's name before it: "(1)共同発表
        # 和文(PDF)別ウィンドウで開く英文(PDF)別ウィンドウで開く", "Fact Sheet (opens in new
        # window)". The note alone is chrome_patterns_photos.py's "link note". No sentence
        # ends before it (a period in "U.S." or "U.S.-Japan" ends none): a paragraph that
        # closes on its document's link is the report's.
        (
            "document link",
            r"(?:[^。．.！？!?]|(?<=[A-Z])\.|\.(?=\S)){1,200}?"
            r"(?:別ウィンドウで開(?:く|きます)|新しいウィンドウで開(?:く|きます)"
            r"|[(（](?i:opens in a new window|opens in new window|open in new window"
            r"|opens in a new tab|opens in new tab)[)）])",
            0,
        ),
    )
)
