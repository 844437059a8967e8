"""drop_boilerplate: whole-line chrome goes, sentences that mention chrome words stay."""

import random

import pytest

from archive.ingest.boilerplate import (
    DEFAULT_PATTERNS,
    LineMatcher,
    boilerplate_reason,
    compile_patterns,
    drop_boilerplate,
    line_matcher,
    trailing_link_list,
)
from tests.ingest.reference_data import SEED_FILES

CHROME = [
    ("loading…", "loading placeholder"),
    ("Back to top button", "navigation"),
    ("Torna in alto", "navigation"),
    ("Related Articles", "related links"),
    ("READ\u00a0 Poliga nel sud è considerata la località balneare più bella", "related link"),
    ("Baca: Revenge, China Blocks Visas for South Korea and Japan", "related link"),
    ("ALSO READ: Japan to double defence spending", "related link"),
    ("Leave a Reply", "comment form"),
    ("Lascia un commento", "comment form"),
    ("Comments", "comment form"),
    ("Your email address will not be published. Required fields are marked *", "comment form"),
    (
        "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
        "comment form",
    ),
    ("Image credit: Reuters", "photo credit"),
    ("Some Headline About Threats. PHOTO/Reuters", "photo credit"),
    ("Sign up now for unlimited free access to Reuters.com", "subscription prompt"),
    ("Our standards: Thomson Reuters Trust Principles.", "wire trailer"),
    ("cgv/lds", "editor initials"),
    ("(esn)", "editor initials"),
    # Government and news pages in Japanese, Chinese and Korean (invented lines).
    ("このページのトップへ戻る", "navigation"),
    ("北米へ戻る", "navigation"),
    ("前のページに戻る", "navigation"),
    ("ページの先頭へ", "navigation"),
    ("Back to Japan-Australia Relations", "navigation"),
    ("返回顶部", "navigation"),
    ("返回首頁", "navigation"),
    ("맨 위로", "navigation"),
    ("목록으로", "navigation"),
    ("ホーム > 会見・発表 > 報道発表", "breadcrumb"),
    ("Home › News › Asia", "breadcrumb"),
    ("英語版 (English)", "language switch"),
    ("日本語", "language switch"),
    ("English / 中文", "language switch"),
    ("印刷する", "sharing buttons"),
    ("공유하기", "sharing buttons"),
    ("関連リンク", "related links"),
    ("相关新闻", "related links"),
    ("（写真提供：内閣広報室）", "photo credit"),
    ("图片来源：新华社", "photo credit"),
    ("사진=연합뉴스", "photo credit"),
    ("英語版/English", "language switch"),
    ("印刷用", "sharing buttons"),
    # The .gov banner of US government sites, line by line.
    ("An official website of the United States government", "site banner"),
    ("Here's how you know", "site banner"),
    ("Official websites use .gov", "site banner"),
    ("Secure .gov websites use HTTPS", "site banner"),
    ("Skip to main content", "navigation"),
    ("연결 가능 링크", "navigation"),
    ("報道発表", "section label"),
    ("Press Releases", "section label"),
    ("Your browser doesn’t support HTML5", "player notice"),
    ("Breaking News", "news ticker"),
    ("-", "bullet"),
    ("XS", "image size picker"),
    ("[Provisional translation]", "translation notice"),
    ("（仮訳）", "translation notice"),
    ("Joint Statement of the Ministers (PDF)", "document link"),
    ("共同発表（PDF：512KB）", "document link"),
    # Skip links in the languages of VOA's services and ministries' sites (invented lines).
    ("无障碍链接", "navigation"),
    ("無障礙連結", "navigation"),
    ("Enlaces para accesibilidad", "navigation"),
    ("Saltar al contenido principal", "navigation"),
    ("Langsung ke konten utama", "navigation"),
    ("Vai al contenuto principale", "navigation"),
    ("本文へ移動", "navigation"),
    ("본문 바로가기", "navigation"),
    ("Accessibility links", "navigation"),
    # A page clock is when the page was shown, not when it was written.
    ("中国时间 7:26 2024年11月15日 星期五", "page clock"),
    ("台北時間 21:05 2023年3月1日", "page clock"),
    ("Local time 10:05", "page clock"),
    # Widgets, tickers, read-more links, login and comment forms, newsletters.
    ("print PRINT", "sharing buttons"),
    ("Share Share", "sharing buttons"),
    ("Share:", "sharing buttons"),
    ("Facebook", "sharing buttons"),
    ("Compartir en WhatsApp", "sharing buttons"),
    ("Bagikan ke Twitter", "sharing buttons"),
    ("Imprimir", "sharing buttons"),
    ("分享到微信", "sharing buttons"),
    ("Rate this article", "sharing buttons"),
    ("Últimas noticias", "news ticker"),
    ("속보", "news ticker"),
    ("突发新闻", "news ticker"),
    ("Read more »", "related link"),
    ("Selengkapnya", "read more link"),
    ("続きを読む", "read more link"),
    ("阅读全文", "read more link"),
    ("더보기", "read more link"),
    ("Log in / Register", "login form"),
    ("Iniciar sesión", "login form"),
    ("로그인", "login form"),
    ("Comments are closed", "comment form"),
    ("댓글 0", "comment form"),
    ("发表评论", "comment form"),
    ("Get the latest news from Asia in your inbox", "newsletter prompt"),
    ("SUSCRIBITE A EL DIARIO", "newsletter prompt"),
    ("Daftar sekarang untuk akses GRATIS tanpa batas", "newsletter prompt"),
    ("Iscriviti alla newsletter", "newsletter prompt"),
    # Republishers' notes, captions, file names, tags, sign-offs, cookie notices.
    ("This article was originally published by the Example Times.", "republisher note"),
    ("Con información de Agencia Ejemplo", "republisher note"),
    ("Artikel ini telah tayang di Contoh.com", "republisher note"),
    ("鄭重声明：本文の著作権は原作者に帰属します。", "republisher note"),
    ("[YTN]", "republisher note"),
    ("(끝)", "republisher note"),
    ("<저작권자 ⓒ 예시뉴스, 무단전재 및 재배포 금지>", "republisher note"),
    ("(Photo) Japan-U.S. Summit Meeting", "photo caption"),
    ("  • (Photo)Japan-Australia Foreign Ministers' Meeting", "photo caption"),
    ("The two leaders shake hands in Tokyo. (AP Photo/Jane Doe)", "photo caption"),
    ("日本外相茂木敏充(路透社2021年1月8日资料照)", "photo caption"),
    ("The ministers meet at the Pentagon. REUTERS/John Smith", "photo caption"),
    ("minister_visit_2022", "image file name"),
    ("IMG_0042.jpg", "image file name"),
    ("Asset ID: 7711-22", "photo asset number"),
    ("#日米同盟 #外相会談", "tags"),
    ("Tags: Japan, Alliance, Defense", "tags"),
    ("VOA 뉴스", "sign-off"),
    ("VOA 뉴스 김철수 입니다.", "sign-off"),
    ("NHK ニュース", "sign-off"),
    ("This site uses cookies to improve your experience. You agree by staying.", "cookie notice"),
    ("本網站使用Cookie以便為您提供更優質的使用體驗,若您繼續瀏覽即表示同意", "cookie notice"),
    ("BACA JUGA: Menlu Bertemu Mitra dari Jepang", "related link"),
]

SENTENCES = [
    "Comments from the two allies highlight how deepening alarm about China has grown.",
    "Read the joint statement: it says the allies will work together.",
    "The READ programme was not discussed.",
    "Blinken said the photo op was cancelled.",
    "New tools",
    "Loading of the missiles took place on Friday, officials said.",
    "Back to the negotiating table, the two sides agreed on a date.",
    "両外相は、会談の成果を確認し、帰国の途に就いた後も連絡を取り合うことで一致した。",
    "日米外相会談",
    "布林肯表示，美日同盟是地区和平的基石。",
    "그는 회담 후 귀국했다.",
    "English is the working language of the talks, the ministry said.",
    "Breaking news of the launch reached Tokyo at dawn, officials said.",
    "The statement is available as a PDF on the ministry's site.",
    # Sentences that carry chrome words stay (invented lines).
    "The ministers will share their findings with Seoul next week, officials said.",
    "Print editions of the newspaper carried the statement in full.",
    "Japan time 10:30 was when the call began, the ministry said.",
    "日本時間18日午前1時40分頃から約35分間、両外相は会談した。",
    "Live-fire drills were discussed, the ministry said.",
    "The newsletter of the alliance is published every month by the two governments.",
    "Comments by the minister drew criticism in Seoul.",
    "The minister took photos with students (and later with officials).",
    "Cookies were served at the reception, a spokesperson said.",
    "BACA JUGA: Menlu Bertemu Mitra dari JepangMenteri Luar Negeri AS Antony Blinken "
    "bertemu dengan Menteri Luar Negeri Jepang di Washington pada Rabu, dan keduanya "
    "membahas kerja sama keamanan serta ancaman dari Korea Utara di kawasan.",
]


@pytest.mark.parametrize(("line", "reason"), CHROME, ids=[line[:24] for line, _ in CHROME])
def test_chrome_is_dropped_with_its_reason(line, reason):
    kept, dropped = drop_boilerplate([line])
    assert kept == []
    assert [(d.line, d.reason) for d in dropped] == [(line, reason)]


@pytest.mark.parametrize("line", SENTENCES)
def test_sentences_are_kept(line):
    kept, dropped = drop_boilerplate([line])
    assert (kept, dropped) == ([line], [])


def test_curator_patterns_are_full_line_and_bad_ones_are_skipped():
    patterns = compile_patterns([r"Follow us on \w+", r"(unclosed"], "curator pattern")
    assert len(patterns) == 1
    kept, dropped = drop_boilerplate(
        ["Follow us on Telegram", "Follow us on Telegram today"], patterns
    )
    assert kept == ["Follow us on Telegram today"]
    assert dropped[0].reason == r"curator pattern: Follow us on \w+"


def test_a_list_of_links_closing_the_page():
    lines = [
        "The two ministers met in Tokyo and agreed to deepen cooperation.",
        "  • Ambassador",
        "- Joint Statement of the Ministers – Department of State",
        "• 共同発表(仮訳)ー 外務省",
        "Back to top",
    ]
    assert trailing_link_list(lines, taken={4}) == [1, 2, 3]
    # The list must close the page: body text after it keeps it.
    assert trailing_link_list([*lines[:4], "The talks will resume in May."]) == []
    # One item alone, or items that are sentences, are the report's.
    assert trailing_link_list(lines[:2]) == []
    sentences = ["- The ministers agreed.", "- They condemned the launch."]
    assert trailing_link_list(["Intro.", *sentences]) == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Photo By: Jane Roe, DOD", "photo credit"),
        ("Photo courtesy of the Embassy", "photo credit"),
        ("VIRIN: 220914-D-XX000-0001", "photo asset number"),
        ("(Photo: Cabinet Public Affairs Office)", "photo caption"),
    ],
)
def test_photo_credits_and_asset_numbers(line, reason):
    assert drop_boilerplate([line])[1][0].reason == reason


def test_a_sentence_about_photos_is_kept():
    line = "Photo opportunities were limited, the ministry said."
    assert drop_boilerplate([line]) == ([line], [])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("LINK: https://www.example.com/news/allies-meet", "link"),
        ("https://example.org/a/123.html", "link"),
        ("11 days ago", "relative time"),
        ("hace 3 horas", "relative time"),
        ("2 jam lalu", "relative time"),
        ("3時間前", "relative time"),
        ("5分钟前", "relative time"),
        ("2시간 전", "relative time"),
        (
            "/Public Release. This material from the originating organization might be edited "
            "for clarity, style and length.",
            "republisher note",
        ),
        (
            "The views expressed here do not necessarily reflect those of the publisher.",
            "republisher note",
        ),
        (
            "READ MORE: The prime minister has become the first foreign leader to hold talks "
            "with the president since he took office, at the White House.",
            "related link",
        ),
    ],
)
def test_links_times_and_disclaimers(line, reason):
    assert drop_boilerplate([line])[1][0].reason == reason


def test_a_related_link_glued_to_a_paragraph_is_kept():
    # The link's headline ran into the next paragraph ("…dengan ASMenteri…"): it carries
    # report text, so the line stays.
    line = (
        "BACA JUGA: PM Jepang Janjikan Aliansi Lebih Kokoh dengan ASMenteri Pertahanan akan "
        "terbang ke Washington untuk bergabung dengan mitra mereka."
    )
    assert drop_boilerplate([line]) == ([line], [])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("写真・図版", "media label"),
        ("Gallery", "media label"),
        ("共有", "sharing buttons"),
        ("発信元サイトへ", "navigation"),
        ("Berita Selanjutnya", "navigation"),
        ("Previous article", "navigation"),
        ("次の記事", "navigation"),
        ("Advertising", "advertisement"),
        ("광고", "advertisement"),
        (
            "Silakan baca konten menarik lainnya dari Contoh.co di Google News",
            "subscription prompt",
        ),
        ("Síguenos en Telegram para más noticias", "subscription prompt"),
        ("会談に臨む両外相(中央)=外務省提供", "photo caption"),
        ("会談前に握手する両外相=代表撮影", "photo caption"),
        (
            "Perdana Menteri menghadiri pertemuan virtual di Tokyo. Kyodo/via REUTERS Kredit "
            "wajib Kyodo/via REUTERS",
            "photo caption",
        ),
        ("Perdana Menteri tiba di Washington. Foto: AP Photo/Jane Doe", "photo caption"),
    ],
)
def test_labels_navigation_and_credited_captions(line, reason):
    assert drop_boilerplate([line])[1][0].reason == reason


@pytest.mark.parametrize(
    "line",
    ["Most read", "热门新闻", "많이 본 기사", "あなたにおすすめ", "Lo más visto", "Berita Terkait"],
)
def test_headers_of_lists_of_other_stories(line):
    assert drop_boilerplate([line])[1][0].reason == "related links"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Scroll to Top", "navigation"),
        (
            "Your browser does not appear to support Traditional Chinese. Would you like to go "
            "to the English website?",
            "player notice",
        ),
        ("こちらのページは繁体字版です。日本語版に移動しますか。", "language switch"),
        ("例示新聞APP Icon例示新聞APP", "app prompt"),
        ("立刻下載官方APP", "app prompt"),
        ("下載", "app prompt"),
        ("請同意我們的隱私權規範,才能啟用聽新聞的功能。", "privacy notice"),
        ("We value your privacy. By continuing you accept our privacy policy.", "privacy notice"),
        ("圖/達志影像路透社", "photo credit"),
        ("美國總統在白宮歡迎日本首相。(圖:X平台@例示)", "photo caption"),
    ],
)
def test_prompts_notices_and_chinese_credits(line, reason):
    assert drop_boilerplate([line])[1][0].reason == reason


@pytest.mark.parametrize(
    "line",
    [
        "The ministers discussed data privacy and agreed to a common policy on cloud services.",
        "The app was downloaded by millions of users in Japan, the minister said.",
    ],
)
def test_sentences_on_privacy_and_apps_are_kept(line):
    assert drop_boilerplate([line]) == ([line], [])


def test_a_sentence_opening_with_informacion_de_is_kept():
    line = "Información de la Casa Blanca indica que la cumbre será en abril."
    assert drop_boilerplate([line]) == ([line], [])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "This is historical material “frozen in time”. The website is no longer updated "
            "and links to external websites and some internal pages may not work.",
            "archive notice",
        ),
        (
            "This page contains historical information and is preserved here as a matter of "
            "record.",
            "archive notice",
        ),
        (
            '{"email":"Email address invalid","required":"Required field missing"}',
            "script fragment",
        ),
    ],
)
def test_archive_notices_and_script_fragments(line, reason):
    assert drop_boilerplate([line])[1][0].reason == reason


def test_a_sentence_about_history_is_kept():
    line = "The two leaders called the summit a historical milestone for the alliance."
    assert drop_boilerplate([line]) == ([line], [])


# --- LineMatcher: the screened patterns give the first-matching reason the loop gives ---


def _every_pattern(line, patterns):
    """The reason of the first pattern that matches the whole stripped line (no screens)."""
    stripped = line.strip()
    return next((reason for reason, pattern in patterns if pattern.fullmatch(stripped)), None)


def _seed_lines():
    return [line for path in SEED_FILES.values() for line in path.read_text().splitlines()]


CASE_LINES = [
    "",
    "   ",
    "SHARE",
    "\u017fhare",  # long s: re.IGNORECASE matches it with "s"
    "LOADING...",
    "\u212aOMMENTS",  # a Kelvin sign where "C" belongs: not chrome
    "Read MORE",
    "  Back to top  ",
    "back to Japan-Australia Relations",  # "Back to" is case-sensitive there
    "Some Headline About Threats. photo/Reuters",
    "a happy APPle",
]


def test_screens_give_the_reason_every_pattern_gives():
    matcher = LineMatcher(DEFAULT_PATTERNS)
    lines = [*_seed_lines(), *(line for line, _ in CHROME), *SENTENCES, *CASE_LINES]
    for line in lines:
        assert matcher.reason(line) == _every_pattern(line, DEFAULT_PATTERNS), line


CURATOR = [
    r"(\w+) \1",  # a back-reference: no first characters
    r"(?=.*cookie).{1,40}",
    r"(?i:abc)d+",
    r"(?i)x(?-i:Yz)+",
    r"σχόλια",
    r"(?i)σχόλια",
    r"a*",
    r"(?:foo|bar)?baz|q[xyz]{2}",
    r"[^a]{2,3}",
    r".{0,5}(?:END|fin)\.?",
]


def test_screens_hold_for_curator_constructs():
    patterns = compile_patterns(CURATOR, "curator pattern")
    rng = random.Random(7)
    alphabet = ["a", "b", "c", "d", "x", "y", "z", "Y", "Z", "q", "foo", "baz", "bar", "cookie"]
    alphabet += ["COOKIE", "END", "fin", "FIN", "σχόλια", "ΣΧΌΛΙΑ", " ", "ABC", "\u017f"]
    lines = ["".join(rng.choices(alphabet, k=rng.randint(0, 6))) for _ in range(3000)]
    lines += ["abc abc", "ABCdd", "xYzYz", "XYz", "xyz", "ΣΧΌΛΙΑ", "σχόλια", "", "bazz", "qxy"]
    matcher = LineMatcher(patterns)
    for line in lines:
        assert matcher.reason(line) == _every_pattern(line, patterns), line


def test_full_pattern_tests_per_line_are_bounded():
    """Each line of a long report built from the seeds' lines is fully tried against at most
    a few of the 60-odd built-in patterns (every one of them before the screens)."""
    lines = [line for line in _seed_lines() if line.strip()] * 20
    random.Random(3).shuffle(lines)
    matcher = LineMatcher(DEFAULT_PATTERNS)
    most = 0
    for line in lines:
        before = matcher.tries
        matcher.reason(line)
        most = max(most, matcher.tries - before)
    assert len(DEFAULT_PATTERNS) > 50
    assert most <= 6
    assert matcher.tries <= 1.5 * len(lines)


def test_the_matcher_is_built_once_per_pattern_tuple():
    extra = compile_patterns([r"Foo bar"], "curator pattern")
    first = line_matcher([*DEFAULT_PATTERNS, *extra])
    assert line_matcher([*DEFAULT_PATTERNS, *extra]) is first
    assert line_matcher(list(DEFAULT_PATTERNS)) is not first
    assert boilerplate_reason("Foo bar", [*DEFAULT_PATTERNS, *extra]) == "curator pattern: Foo bar"
