"""Photo captions: how a caption ends, how many sentences a line holds, and the block of
lines (alt text, photo title, caption) printed above a photo's credit line.

Pure functions on the report's lines; the pipeline decides what to drop with them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import ahocorasick_rs

from archive.ingest.cjk import has_cjk, units_exceed
from archive.ingest.dates import is_date_line
from archive.ingest.header import has_words, is_heading, is_sentence, word_count

_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]{0,80}[)）]\s*$")
_SENTENCE_BREAK = re.compile(
    # Not after a title or an initial: "Mr. Abe", "U.S. Embassy", "Lloyd J. Austin".
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSr)(?<!\bJr)(?<!\bSt)(?<!\bMrs)(?<!\b[A-Z])"
    r"[.!?…][\"”’)]*(?=\s+[\"“‘(¿¡]?[A-ZÀ-Þ\u3040-\u9fff\uac00-\ud7af])|[。！？](?!$)"
)


def sentence_count(line: str) -> int:
    """How many sentences `line` holds; a closing note in brackets ("(2021年3月16日)",
    "(Reuters)") is not one."""
    text = _TRAILING_NOTE.sub("", line.strip())
    return 1 + len(_SENTENCE_BREAK.findall(text))


# How a photo caption ends: a note in brackets ("(2021年3月16日)", "(AP Photo/…)"), or
# the wire style date and place ("…, on April 10, 2024, in Washington.", "…, el 10 de
# abril de 2024, en Washington.", "… to the Pentagon, Sept. 14, 2022.").
_CAPTION_TAIL = re.compile(
    r"(?:[(（][^()（）]{1,80}[)）]"
    r"|,[^,]{0,40}\b(?:19|20)\d{2},\s+(?:en|in|di|a|à)\s+[A-Z][^,.]{1,40}"
    r"|,\s+(?:(?:on|el|pada)\s+)?(?:[A-Z][a-z]+,?\s+)?[A-Za-zÀ-ÿ.]{3,12}\s+\d{1,2},\s+"
    r"(?:19|20)\d{2})\s*\.?\s*$"
)


def has_caption_tail(line: str) -> bool:
    """`line` ends the way photo captions do (see _CAPTION_TAIL)."""
    return _CAPTION_TAIL.search(line.strip()) is not None


def caption_block(
    paragraphs: Sequence[str], credits: set[int], taken: set[int] | frozenset[int] = frozenset()
) -> list[int]:
    """The lines of each photo's caption above its credit line ("Photo By: …").

    Directly above the credit: the caption, a line that is no sentence or one sentence
    ending the way captions do ("…, Sept. 14, 2022."); above it, a short photo title
    ("Honor Cordon") and, over that, the image's one-sentence alt text. A line printed
    on both sides of the credit is the alt text and the caption. Anything else above a
    credit (the report's last paragraph, say) is the report's.
    """
    found: list[int] = []
    for credit in sorted(credits):
        i = credit - 1
        while i in credits:
            i -= 1
        if i < 0 or i in taken:
            continue
        after = credit + 1
        if after < len(paragraphs) and paragraphs[after] == paragraphs[i] and after not in taken:
            found.extend((i, after))  # alt text above the credit, the caption below it
            continue
        line = paragraphs[i]
        if is_sentence(line) and not (sentence_count(line) == 1 and has_caption_tail(line)):
            continue
        found.append(i)
        title, alt = i - 1, i - 2
        if alt < 0 or {title, alt} & taken:
            continue
        # Photo title and alt text come as a pair, or not at all: a short line above a
        # caption alone may be the page's date line or headline.
        short_title = not is_sentence(paragraphs[title]) and word_count(paragraphs[title]) <= 8
        alt_text = paragraphs[alt]
        if short_title and is_sentence(alt_text) and sentence_count(alt_text) == 1:
            if word_count(alt_text) <= 40 and not is_heading(alt_text):
                found.extend((title, alt))
    return sorted(set(found))


def repeated_lines(
    paragraphs: Sequence[str], blocks: Sequence[int], taken: set[int] | frozenset[int] = frozenset()
) -> list[tuple[int, str]]:
    """Lines printed twice in a row, with the reason each copy to drop goes.

    The page's first line printed again at once, not as a sentence, is its headline twice
    (the page's title above the article's own): the copy goes, the first stays. Otherwise
    a line printed twice is a photo's alt text and caption, or a video's summary above the
    same lead paragraph. Where the page puts blank lines between its paragraphs (`blocks`
    numbers the runs of lines between them), the two copies tell which: one above the
    other with no blank line between is the photo's (both go), a paragraph printed again
    after a blank line is the report's own (both stay) unless it reads as a caption (no
    sentence, or one ending the way captions do: both go). On a page without blank lines
    the first copy goes, and the second too when it reads as a caption. `taken` are lines
    already read as something else.
    """
    marked = set(taken)
    found: list[tuple[int, str]] = []

    def drop(i: int, reason: str) -> None:
        if i not in marked:
            marked.add(i)
            found.append((i, reason))

    first = next((i for i in range(len(paragraphs)) if i not in marked), None)
    spaced = len(set(blocks)) > 1
    for i in range(min(len(paragraphs), LEAD_PHOTO_LINES)):
        if _printed_twice_in_one(paragraphs[i]):
            drop(i, "photo caption printed twice in one line")
    for i in range(1, len(paragraphs)):
        line = paragraphs[i]
        if line != paragraphs[i - 1]:
            if _repeats_opening(line, paragraphs[i - 1]) and i - 1 not in marked:
                drop(i, "photo caption repeating the paragraph above")
            continue
        if not is_sentence(line) and (i - 1 == first or _above_date_line(paragraphs, i)):
            drop(i, "headline printed again")  # the page's <title>, then its headline
            continue
        if i - 1 in marked:
            continue
        caption = not is_sentence(line) or (sentence_count(line) == 1 and has_caption_tail(line))
        together = blocks[i] == blocks[i - 1]
        if spaced and not together and not caption:
            continue
        drop(i - 1, "repeated line")
        if caption or (spaced and together):
            drop(i, "repeated line (photo caption)")
    return found


_GLUED_HALF = 20  # characters: a shorter text printed twice may be a name or a label
# The lead photo's caption stands among the page's first lines: looked for there only (a
# test of every line of 5 MB cost 3 ms).
LEAD_PHOTO_LINES = 12


def _above_date_line(paragraphs: Sequence[str], i: int) -> bool:
    """The next non-blank line after line `i` is a date line: a line printed twice right
    above the date is the headline twice, not a photo's alt text and caption."""
    following = next((line for line in paragraphs[i + 1 : i + 3] if line.strip()), "")
    return bool(following) and is_date_line(following.strip())


def _printed_twice_in_one(line: str) -> bool:
    """The line is one text printed twice with nothing or a space between ("… on “Hello
    VOA” Thursday.Tung Yap, center, … Thursday."): the lead photo's alt text and caption
    run together. Only a caption is printed so; a few words twice may be a name."""
    half = len(line) // 2
    if half < _GLUED_HALF or line[0] != line[-half]:  # whole halves compared only then
        return False
    first, second = line[:half], line[-half:]
    return first == second and (len(line) % 2 == 0 or line[half] == " ")


def _repeats_opening(line: str, above: str) -> bool:
    """`line` is the opening words of the paragraph right above it, cut before its end
    and no sentence: the photo's caption, made of the text's first words, printed under
    it (a headline repeating the lead stands above the lead, never under it; under the
    page's title bar, "Headline | Site", is the headline itself: the line above must be
    a sentence). Six words at least: a short line may open many paragraphs."""
    size = len(line)
    return (
        0 < size < len(above)
        and above.startswith(line)
        and not above[size].isalnum()
        and not is_sentence(line)
        and is_sentence(above)
        and has_words(line, 6)
    )


def caption_titles(
    paragraphs: Sequence[str],
    blocks: Sequence[int],
    caption_lines: set[int],
    taken: set[int] | frozenset[int] = frozenset(),
) -> list[int]:
    """A photo's title printed right above its caption, with no blank line between ("Prime
    Minister Abe addresses a joint session of Congress, April 29, 2015" over "… (AP
    Photo/…)"): a short line that is no sentence. Only on a page that puts blank lines
    between its paragraphs, where a line glued to a caption belongs to the photo."""
    if len(set(blocks)) < 2:
        return []
    found = []
    for i in sorted(caption_lines):
        above = i - 1
        if above < 0 or above in taken or above in caption_lines or blocks[above] != blocks[i]:
            continue
        line = paragraphs[above]
        if not is_sentence(line) and not is_heading(line) and word_count(line) <= 25:
            found.append(above)
    return found


_OPENING_QUOTE = tuple('"“‘「『«„')


DECK_LINES = 6  # a summary deck stands among a page's first lines
# A CJK sentence ends with its full stop, a closing quote or bracket at most after it; a
# CJK headline ends with none ("第2回日豪外務・防衛閣僚協議(「2+2」)" closes on a bracket).
_CJK_STOP_AT_END = re.compile(r"[。！？．!?]['\"’”」』)）]{0,3}$")


def _deck_sentence(line: str) -> bool:
    """A line among the first that ends like a sentence: a deck, not a headline."""
    if not is_sentence(line):
        return False
    end = line.rstrip()[-40:]
    return not has_cjk(end) or _CJK_STOP_AT_END.search(end) is not None


DFA_NEEDLE_CHARS = 100_000  # longer candidates in all (UTF-8 bytes): an NFA (see pull_quotes)


def pull_quotes(
    paragraphs: Sequence[str], taken: set[int] | frozenset[int] = frozenset()
) -> list[int]:
    """Pull quotes: a paragraph that opens with a quotation mark and is printed again,
    word for word, inside a longer paragraph of the page (the body quotation a page sets
    in large type above or beside the text), or any such sentence among the page's
    first lines (a news page's summary deck, a sentence of the text set above it; not a
    headline, which ends like none). The longer paragraph is the report's; the copy is
    furniture."""
    # A line as long as the longest paragraph lies inside none but its own copies (it
    # holds no line break, so each place it is printed is inside one paragraph): it is
    # not looked for. A report printed as one line is that line, and reading 5 MB for
    # it cost 0.07 to 0.12 CPU s/MB.
    longest = max(map(len, paragraphs), default=0)
    candidates = [
        i
        for i, line in enumerate(paragraphs)
        if i not in taken
        and (len(line) < longest or "\n" in line)
        and (line.startswith(_OPENING_QUOTE) or (i < DECK_LINES and _deck_sentence(line)))
        and has_words(line, 8)
    ]
    if not candidates:
        return []
    # A quotation is looked for without its closing stop and marks: the text prints it
    # with a comma before its attribution ('"… the region," said Clinton').
    words = {i: _quoted_words(paragraphs[i]) for i in candidates}
    lines = list(dict.fromkeys(words.values()))
    # Every candidate counted in the whole page in one automaton pass (a count per line
    # would read the page once per candidate).
    # A DFA reads fastest, but its size grows with the needles' length times the
    # alphabet: a report printed as one line makes that line a candidate (a sentence
    # among the first lines), and a DFA of 5 MB took 2.8 GB and seconds to build. An NFA
    # finds the same matches in memory linear in the needles.
    # Read as UTF-8 bytes: handed a str, the automaton converts the whole page on every
    # call (0.03-0.04 CPU s on 5 MB of English), and only counts are wanted, which are
    # the same (a UTF-8 string occurs in UTF-8 text only at a character's start).
    needles = [line.encode() for line in lines]
    kind = "DFA" if sum(map(len, needles)) <= DFA_NEEDLE_CHARS else "ContiguousNFA"
    automaton = ahocorasick_rs.BytesAhoCorasick(
        needles, implementation=getattr(ahocorasick_rs.Implementation, kind)
    )
    printed = Counter(
        index
        for index, _, _ in automaton.find_matches_as_indexes(
            "\n".join(paragraphs).encode(), overlapping=True
        )
    )
    copies = Counter(paragraphs)
    number = {line: index for index, line in enumerate(lines)}
    # Printed inside another paragraph: more times in the page than as a line of its own.
    return [i for i in candidates if printed[number[words[i]]] > copies[paragraphs[i]]]


_CLOSING_MARKS = '"”’»」』'


def _quoted_words(line: str) -> str:
    """A line opening with a quotation mark without its closing marks and stop ('"We will
    defend Japan."' -> '"We will defend Japan'); any other line as it is."""
    if not line.startswith(_OPENING_QUOTE) or line[-1:] not in _CLOSING_MARKS:
        return line
    words = line.rstrip(_CLOSING_MARKS)
    return words[:-1] if words.endswith((".", "!", "?")) else words


# Korean news text is written in the polite broadcast style ("…밝혔습니다."); its photo
# captions in the plain written style ("…회담했다.").
_PLAIN_STYLE = re.compile(r"[가-힣](?<!니)다\.?[\"”’)]*$")
_POLITE_STYLE = re.compile(r"(?:니다|니까|세요|에요|예요)[.?!]?[\"”’)]*$")
_CLOSERS = '"”’)'  # the closing marks both styles allow after the ending
_ENDING = 3  # characters of an ending, closing marks aside ("했다.", "니다.")


def _ends_in(style: re.Pattern, line: str) -> bool:
    """`style.search(line)` for a stripped line, searched in its last characters only: a
    match ends with all of the line's closing marks and holds at most `_ENDING`
    characters before them (the search from every character of a long English line
    cost 0.05 CPU s on a 5 MB report)."""
    return style.search(line, max(0, len(line.rstrip(_CLOSERS)) - _ENDING)) is not None


def plain_style_captions(paragraphs: Sequence[str], reasons: dict[int, str]) -> list[int]:
    """Photo captions printed under the headline of a Korean page whose text is in the
    polite style: the first lines after the line marked "title" (lines already in
    `reasons` passed over), at most two, each one sentence in the plain style
    ("토니 블링컨 미국 국무장관과 … 회담했다."). Only where the polite style is the page's
    own (three polite lines or more, twice as many as plain ones): a release written in
    the plain style throughout keeps every line. A line that places people in the
    picture ("…대통령(오른쪽)과 … 총리.") and is not in the polite style is one too."""
    title = next((i for i, why in reasons.items() if why == "title"), None)
    if title is None:
        return []
    free = [paragraphs[i].strip() for i in range(len(paragraphs)) if i not in reasons]
    polite = sum(1 for line in free if _ends_in(_POLITE_STYLE, line))
    plain = sum(1 for line in free if _ends_in(_PLAIN_STYLE, line))
    if polite < 3 or polite < 2 * plain:
        return []
    found: list[int] = []
    for i in range(title + 1, len(paragraphs)):
        if i in reasons:
            continue
        line = paragraphs[i].strip()
        caption_like = _ends_in(_PLAIN_STYLE, line) or (
            _POSITION.search(line) and not _ends_in(_POLITE_STYLE, line)
        )
        if len(found) == 2 or not (caption_like and sentence_count(line) == 1):
            break
        found.append(i)
    return found


# Where a person stands in the picture, as a caption says it: "도널드 트럼프 미국
# 대통령(오른쪽)과 아베 신조 일본 총리." (a caption with no verb at all).
_POSITION = re.compile(
    r"[(（](?:오른쪽|왼쪽|가운데|앞줄|뒷줄|맨\s?오른쪽|맨\s?왼쪽)[^)）]{0,10}[)）]"
)


# Where a person stands in the picture, in the Latin-script languages: "Chuck Hagel (kiri)",
# "President Biden (R)", "(second left)", "(izquierda)", "(sinistra)", "(kedua dari kanan)".
_LATIN_POSITION = re.compile(
    r"\S\s[(](?:(?:second|third|far|kedua dari|ketiga dari|paling|segunda? desde la"
    r"|secondo da|seconda da)\s)?"
    r"(?:left|right|center|centre|L|R|C|kiri|kanan|tengah|izquierda|derecha|centro"
    r"|sinistra|destra)(?:\s(?:to right|ke kanan))?[)]"
    # A wire photo's way, between commas: "Foreign Minister Sato, left, shakes hands …",
    # "…, second from right, …", "…, a la izquierda, …".
    r"|\S,\s(?:(?:second|third|fourth|far)\s(?:from\s)?)?(?:left|right|center|centre"
    r"|a la izquierda|a la derecha|al centro|a sinistra|a destra)(?:\sto right)?,\s"
)
POSITION_CAPTION_WORDS = 40


def position_captions(paragraphs: Sequence[str], reasons: dict[int, str]) -> list[int]:
    """A photo caption right under the headline of a Latin-script page: the first line
    left after the line marked "title", one sentence of at most 40 words placing people
    in the picture ("Menhan AS Chuck Hagel (kiri) dan PM Jepang Shinzo Abe berjabat
    tangan …", "President Biden (R) greets …"), or one only naming them with their posts
    (_NAMES_ONLY). A report's own sentences do not say who stands on which side."""
    title = next((i for i, why in reasons.items() if why == "title"), None)
    if title is None:
        return []
    following = next((i for i in range(title + 1, len(paragraphs)) if i not in reasons), None)
    if following is None:
        return []
    line = paragraphs[following].strip()
    if (
        _LATIN_POSITION.search(line)
        and sentence_count(line) == 1
        and word_count(line) <= POSITION_CAPTION_WORDS
    ) or (_NAMES_ONLY.fullmatch(line) and _POST_WORD.search(line)):
        return [following]
    return []


# A caption that only names who is pictured, with their posts and nothing else (no verb,
# no stop): "President Obama and Prime Minister Taro Aso of Japan", "Secretary Blinken,
# Foreign Minister Hayashi and Foreign Minister Park". Under the headline, never a sentence;
# a speaker's name and post ("Antony J. Blinken, Secretary of State") is joined by no "and".
_PICTURED = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*){0,2}"
_NAMES_ONLY = re.compile(rf"{_PICTURED}(?:,\s*{_PICTURED}){{0,3}},?\s+and\s+{_PICTURED}")
_POST_WORD = re.compile(r"\b(?:President|Prime Minister|Secretary|Minister|Ambassador|Premier)\b")


# An embedded post's attribution line: "— Antony Blinken (@SecBlinken) January 6, 2022",
# "A post shared by U.S. Embassy Tokyo (@usembassytokyo) on …".
_POST_ATTRIBUTION = re.compile(
    r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)"
    r"|(?i:a post shared by|una publicaci[óo]n compartida por|postingan dibagikan oleh"
    r"|un post condiviso da)\s"
)
_POST_LINES = 3  # an embedded post's text: at most this many lines


def social_post_texts(
    paragraphs: Sequence[str], blocks: Sequence[int], reasons: dict[int, str]
) -> list[int]:
    """The text of each embedded social post: the lines (at most three, in one block,
    none already in `reasons`) between the post's label or account line ("Tuit:",
    "@usembassytokyo") and its time stamp or attribution line (all marked "social
    post"), and the lines right above an attribution line ("— Name (@handle) date") in its
    block. The report's own paragraphs are never in a post's block."""
    found: list[int] = []
    post = {i for i, why in reasons.items() if why == "social post"}
    for end in sorted(post):
        run: list[int] = []
        i = end - 1
        while i >= 0 and i not in reasons and blocks[i] == blocks[end]:
            run.append(i)
            i -= 1
        opened = i in post and blocks[i] == blocks[end]
        attributed = _POST_ATTRIBUTION.match(paragraphs[end].strip()) is not None
        if run and len(run) <= _POST_LINES and (opened or attributed):
            found.extend(run)
    return sorted(set(found))


# A video's information line: its running time between separators ("September 05, 2013 |
# 6:08 | Public Domain", "6:08 · VOA").
_RUNNING_TIME = re.compile(r"(?:^|[|｜·])\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[|｜·]|$)")
_VIDEO_LINKS = frozenset({"download links", "transcript link"})
_VIDEO_ABOVE = frozenset({"player notice", "media label"})


def video_captions(paragraphs: Sequence[str], reasons: dict[int, str]) -> list[int]:
    """A video's caption: the free lines (at most two, no more than 60 words each)
    between the video's information line (a line with its running time, or a player's
    notice or media label) and its download or transcript links. Lines in `reasons` are
    read as marked."""
    found: list[int] = []
    for below in sorted(i for i, why in reasons.items() if why in _VIDEO_LINKS):
        run: list[int] = []
        i = below - 1
        while i >= 0 and i not in reasons:
            run.append(i)
            i -= 1
        above = i >= 0 and (
            reasons[i] in _VIDEO_ABOVE or _RUNNING_TIME.search(paragraphs[i]) is not None
        )
        if above and 0 < len(run) <= 2 and all(word_count(paragraphs[j]) <= 60 for j in run):
            found.extend(run)
    return sorted(set(found))


# A video clip's title: the line right above its player's notices ("请稍等", "please wait",
# "Your browser doesn’t support HTML5"), as news sites print a clip inside the page
# ("VOA连线(…):…", "2015-04-29 美國之音視頻新聞:…"), and the same line printed again right
# below them. A title, not a sentence: short, and no sentence stop at its end.
CLIP_TITLE_UNITS = 40
_SENTENCE_STOP_AT_END = re.compile(r"[。．.!?！？:：,，、—–-]\s*$")  # "華盛頓 —": a dateline


def clip_titles(paragraphs: Sequence[str], reasons: dict[int, str]) -> list[int]:
    """The free line right above each run of player notices in `reasons`, and its copy
    right below the run; see CLIP_TITLE_UNITS."""
    found: list[int] = []
    player = sorted(i for i, why in reasons.items() if why == "player notice")
    for start in (i for i in player if reasons.get(i - 1) != "player notice"):
        line = paragraphs[start - 1].strip() if start > 0 else ""
        if (
            not line
            or start - 1 in reasons
            or _SENTENCE_STOP_AT_END.search(line)
            or units_exceed(line, CLIP_TITLE_UNITS)
        ):
            continue
        found.append(start - 1)
        end = start
        while reasons.get(end + 1) == "player notice":
            end += 1
        below = end + 1
        if below < len(paragraphs) and below not in reasons and paragraphs[below].strip() == line:
            found.append(below)
    return found
