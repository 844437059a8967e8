"""More built-in chrome patterns (appended to chrome_patterns.DEFAULT_PATTERNS after every
other, so a line they match was matched by none before): the forms, page tools and
footers of English government and news pages that the other families do not name. A
sign-up form's fields, a clipboard notice, a row of sharing buttons, a photo's download
link, the links every US government site's footer carries, an embassy's note on
external links, a page's topic list. Whole lines only, every pattern bounded in length,
none the words of one site.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A sharing or print button's word, for a row of them printed as one line ("X" and
# "LINE" alone are widgets of their own: as words of a row they would have every line
# holding an "x" tried).
_BUTTON = (
    r"(?:share|tweet|print|e-?mail|facebook|twitter|linkedin|whatsapp|reddit|pinterest"
    r"|telegram|flipboard|copy link|copy url)"
)

# A list of topics after its label: items of five words at most, comma-separated.
_TOPICS = r"[^\s,!?:;]+(?: [^\s,!?:;]+){0,4}(?:\s*,\s*[^\s,!?:;]+(?: [^\s,!?:;]+){0,4}){0,15}"

# A post's categories (its "Posted in" line): a name of one word in any case ("news"), or of
# up to five words, each capitalised or a name's joining word ("Asia and the Pacific").
_NAME_WORD = r"(?:(?![a-zà-ÿ])[^\s,!?:;]+|and|of|the|for|on|in|&|de|del|y|e|di|dan)"
_CATEGORY = rf"(?:[^\s,!?:;]+|(?![a-zà-ÿ])[^\s,!?:;]+(?: {_NAME_WORD}){{1,4}})"
_CATEGORIES = rf"{_CATEGORY}(?:\s*,\s*{_CATEGORY}){{0,15}}"

PAGE_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (reason, re.compile(pattern, flags))
    for reason, pattern, flags in (
        # "The code has been copied to your clipboard.", "Link copied to clipboard".
        (
            "clipboard notice",
            r"(?:the )?(?:embed code|code|url|link|address)\s+(?:has been |was |is )?copied"
            r"(?: to (?:your |the )?clipboard)?[.!]?|copied to (?:your |the )?clipboard[.!]?"
            # Korean: "주소복사가 완료되었습니다", "링크가 복사되었습니다", "URL이 복사되었습니다".
            r"|(?:주소|URL|링크)\s*(?:복사가\s*완료되었습니다|[이가]?\s*복사되었습니다)\.?",
            _I,
        ),
        (
            "player notice",
            r"pop[- ]?out player|(?:open|launch) (?:the )?(?:media )?player"
            r"|(?:default )?(?:play|pause) button",
            _I,
        ),
        # What a page says where its script would run: "This slideshow requires
        # JavaScript.", "Please enable JavaScript to view the comments."
        (
            "script notice",
            r"(?:this|the) [\w -]{1,40} requires javascript\.?"
            r"|(?:please )?(?:enable|turn on) javascript\b.{0,100}"
            r"|(?:your )?javascript (?:is|seems to be) (?:disabled|turned off)\b.{0,100}"
            r"|you (?:need|must) (?:to )?(?:enable|turn on) javascript\b.{0,100}",
            _I,
        ),
        # Icons' names printed as text: "Guidance-Card-Icon Dept-Exclusive-Card-Icon".
        ("icon name", r"(?:[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*-Icon\s*){1,6}", 0),
        # A sign-up form's fields, each on its line: "Email Address*", "First Name", "ZIP
        # Code", "Required", "Please leave blank." (its prompts are "newsletter prompt").
        (
            "newsletter form",
            r"(?:e-?mail(?: address)?|first name|last name|full name|zip(?: code)?|postal code"
            r"|required(?: fields?)?|submit|subscribe|unsubscribe|sign up)\s*\*?\s*:?"
            r"|\*\s*(?:required|indicates (?:a )?required(?: field)?)\.?"
            r"|please leave (?:this field )?blank\.?",
            _I,
        ),
        # Buttons printed in a row: "Facebook Twitter Email", "Share | Print".
        ("sharing buttons", rf"{_BUTTON}(?:\s*[|·•/]?\s*{_BUTTON}){{1,8}}", _I),
        ("print widget", r"print(?:er)?[- ]friendly(?: version| page)?", _I),
        # A photo's own tools: "Download Photo", "Photo Details", "View Full Size".
        (
            "photo tools",
            r"(?:download|view|see)\s+(?:the\s+)?(?:hi-?res(?:olution)?\s+)?"
            r"(?:photo|image|picture)s?(?:\s+details)?|photo details|image details"
            r"|(?:view\s+)?full[- ]size(?:\s+image)?|hi-?res(?:olution)?\s+(?:photo|image)",
            _I,
        ),
        # The links every US government site's footer carries, and a footer's headings.
        (
            "footer link",
            r"usa\.gov|foia|no fear act(?: data)?|(?:office of (?:the )?)?inspector general"
            r"|vulnerability disclosure(?: policy)?|accessibility(?: statement)?"
            r"|privacy program|budget (?:and|&) performance|plain (?:writing|language)(?: act)?"
            r"|information quality|footer|helpful links|quick links|useful links"
            r"|connect with us|all rights reserved\.?|careers|about us",
            _I,
        ),
        # An embassy's or a ministry's note on the links it gives: "External links to other
        # Internet sites should not be construed as an endorsement of the views …".
        (
            "external links notice",
            r".{0,200}external links? to other (?:internet )?(?:web ?)?sites? should not be"
            r" (?:construed|considered|taken) as (?:an )?endorsement.{0,200}",
            _I,
        ),
        # A page's topic list under the names the "tags" of chrome_patterns_notices.py do not
        # read: "Categories: News, Official Visits", "Keywords: Japan, U.S.", a blog's
        # "カテゴリ：首相の一日(63)", "分类：时政", "카테고리: 외교", "Kategori: Politik":
        # items of five words at most (a sentence after "Keywords:" is longer).
        (
            "tags",
            r"(?:categories|category|categor[ií]as?|categorie|kategori(?:e|en)?|keywords?"
            rf"|tagged(?: with)?|カテゴリー?|分[类類]|카테고리)\s*[:：]\s*{_TOPICS}",
            _I,
        ),
        # WordPress's "Posted in Japan, World", often glued ("Posted inJapan"): not a list's
        # header (the headline under it is no link), and the last item ends no sentence
        # ("Posted in Tokyo, the note was read." is one). Its items are names: one word, or
        # title-cased words ("Northeast Asia"); a clause after the comma is a headline's
        # ("Posted in Japan, U.S. troops face new rules": posted is stationed; review 652219d).
        ("post's categories", rf"(?i:posted in)\s*{_CATEGORIES}(?<![.。])", 0),
        # A blog's bar to the posts before and after, around its home link: "« Older post
        # title | Main | Newer post title »", "« 前の記事 | トップページ | 次の記事 »".
        ("navigation", r"[«‹]\s*[^|«»]{1,120}(?:\|[^|«»]{1,120}){1,3}[»›]", 0),
        ("navigation", r"return to (?:the )?top(?: of (?:the )?page)?|top of (?:the )?page", _I),
        # A site's menu printed as one line from its home: "Home Issues & Press Travel &
        # Business Countries Youth & Education Careers About State Video" (names only,
        # with a menu's "&": a Title-Case headline opening with "Home" is no menu).
        (
            "navigation",
            r"Home(?:\s+[A-Z][\w'’.-]*){0,10}\s+&(?:\s+(?:[A-Z][\w'’.-]*|&)){3,28}",
            0,
        ),
        # A list's header alone on its line: the links under it go with it
        # (boilerplate.list_under_header).
        ("related links", r"related|see also", _I),
        (
            "read more link",
            r"(?:learn|find out|see|view|show|load) more|more(?:\s*[»›>→]|\.{3}|…)?",
            _I,
        ),
        ("media label", r"listen|watch|audio|images|gallery|slideshow", _I),
        # An online archive's way to cite the page, printed after its text: the author,
        # the title, "Online by" its editors, the archive's name in title case and the
        # page's address
        # ("Jane Doe, Remarks on the Alliance Online by John Roe and Ann Poe, The Papers
        # Project https://example.org/node/1").
        (
            "citation",
            r"[^.!?]{0,40}\S.{0,300}? Online by [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
            r"(?:,? (?:and|&) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?,"
            r" [A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|the|and|for)){0,8} https?://\S{0,199}[^\s.]",
            0,
        ),
    )
)
