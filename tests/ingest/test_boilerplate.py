"""drop_boilerplate: whole-line chrome goes, sentences that mention chrome words stay."""

import pytest

from archive.ingest.boilerplate import compile_patterns, drop_boilerplate

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
