"""Whole reports in Japanese, Chinese, Korean, Spanish, Indonesian and Italian.

Every page here is invented for the test (no real page is copied); each is laid out as
sites in that language lay theirs out.
"""

from datetime import date

import pytest

from archive.ingest.pipeline import parse_report

PAGES = {
    "es": "\n".join(
        [
            "Política",
            "Japón y EE.UU. refuerzan su alianza ante China",
            "7 de enero de 2022",
            (
                "Los ministros de Exteriores y Defensa de Japón y Estados Unidos "
                "acordaron este viernes reforzar su cooperación en seguridad ante las "
                "amenazas de China y Corea del Norte."
            ),
            (
                '"Estamos lanzando un nuevo acuerdo de investigación y desarrollo", '
                "dijo Antony Blinken."
            ),
            (
                "El ministro japonés Yoshimasa Hayashi calificó la reunión de muy "
                "productiva para los dos países."
            ),
        ]
    ),
    "id": "\n".join(
        [
            "Internasional",
            "Jepang dan AS Perkuat Aliansi Hadapi Ancaman Korea Utara",
            "Jumat, 7 Januari 2022 - 10:15 WIB",
            (
                "Menteri luar negeri dan menteri pertahanan Jepang dan Amerika Serikat "
                "sepakat untuk memperkuat kerja sama keamanan dalam menghadapi ancaman "
                "dari Korea Utara dan Tiongkok."
            ),
            (
                "Antony Blinken mengatakan bahwa aliansi kedua negara tidak pernah "
                "sekuat ini dalam sejarah."
            ),
        ]
    ),
    "it": "\n".join(
        [
            "Esteri",
            ("Giappone e Stati Uniti rafforzano l'alleanza contro le minacce della Cina"),
            "7 gennaio 2022",
            (
                "I ministri degli esteri e della difesa del Giappone e degli Stati "
                "Uniti hanno concordato di rafforzare la cooperazione nella difesa "
                "missilistica e nello spazio."
            ),
            (
                "Il ministro Yoshimasa Hayashi ha detto che la riunione è stata molto "
                "utile per entrambi i paesi."
            ),
        ]
    ),
    "zh": "\n".join(
        [
            "国际",
            "美日举行外长防长“2+2”会谈",
            "2022年1月7日",
            (
                "美国国务卿布林肯和防长奥斯汀与日本外相林芳正、防卫大臣岸信夫7日举行视频"
                "会谈，讨论朝鲜和台湾问题。"
            ),
            "布林肯说：“美日同盟是印太地区和平与稳定的基石。”",
            "双方同意在高超音速武器研发领域加强合作。",
            "返回顶部",
        ]
    ),
    "ko": "\n".join(
        [
            "국제",
            "한미일 외교장관 회담 열려",
            "2022.01.07 15:30",
            (
                "블링컨 국무장관과 하야시 외무상은 7일 화상으로 회담을 갖고 북한"
                "의 미사일 발사에 대해 논의했다."
            ),
            '블링컨 장관은 "미일 동맹은 어느 때보다 굳건하다"라고 말했다.',
            "맨 위로",
        ]
    ),
    "ja": "\n".join(
        [
            "アメリカ合衆国",
            "Japan-United States of America Relations",
            "日米外相会談",
            "令和6年11月14日",
            "握手をする岩屋外務大臣とブリンケン国務長官",
            "（写真提供：外務省）",
            (
                "現地時間11月13日、午後6時から約40分間、岩屋毅外務大臣は、訪問先の"
                "リマにおいて、アントニー・ブリンケン米国国務長官と会談を行ったところ、概"
                "要は次のとおりです。"
            ),
            "冒頭、岩屋大臣から、日米同盟は地域の平和と安定の礎であると述べました。",
            "ブリンケン国務長官は「日米同盟はかつてなく強固だ」と述べました。",
            "両外相は、北朝鮮の核・ミサイル問題について意見交換を行いました。",
            "このページのトップへ戻る",
            "アメリカ合衆国へ戻る",
            "Back to Japan-United States of America Relations",
            "英語版 (English)",
        ]
    ),
    "ja-mod": "\n".join(
        [
            "防衛省・自衛隊",
            "日米防衛相会談の概要",
            "平成29年11月5日",
            "防衛省",
            (
                "平成29年11月5日、小野寺防衛大臣は、マティス米国防長官と電話会談を行"
                "ったところ、概要は以下のとおりです。"
            ),
            (
                "双方は、北朝鮮情勢について意見交換を行い、日米で緊密に連携していくことを"
                "確認しました。"
            ),
            "ページの先頭へ",
        ]
    ),
}


@pytest.fixture(scope="module")
def parsed(ref):
    return {key: parse_report(text.encode("utf-8"), reference=ref) for key, text in PAGES.items()}


@pytest.mark.parametrize(
    ("key", "title", "published", "language"),
    [
        ("es", "Japón y EE.UU. refuerzan su alianza ante China", date(2022, 1, 7), "es"),
        ("id", "Jepang dan AS Perkuat Aliansi Hadapi Ancaman Korea Utara", date(2022, 1, 7), "id"),
        (
            "it",
            "Giappone e Stati Uniti rafforzano l'alleanza contro le minacce della Cina",
            date(2022, 1, 7),
            "it",
        ),
        ("zh", "美日举行外长防长“2+2”会谈", date(2022, 1, 7), "zh"),
        ("ko", "한미일 외교장관 회담 열려", date(2022, 1, 7), "ko"),
        ("ja", "日米外相会談", date(2024, 11, 14), "ja"),  # the page's date, not 現地時間11月13日
        ("ja-mod", "日米防衛相会談の概要", date(2017, 11, 5), "ja"),  # 平成29年
    ],
)
def test_title_date_language(parsed, key, title, published, language):
    report = parsed[key]
    assert (report.title, report.published, report.date_precision, report.language) == (
        title,
        published,
        "day",
        language,
    )
    assert "date line" in {dropped.reason for dropped in report.dropped}


@pytest.mark.parametrize(
    ("key", "people"),
    [
        ("es", ["antony-blinken", "yoshimasa-hayashi"]),
        ("id", ["antony-blinken"]),
        ("it", ["yoshimasa-hayashi"]),
        ("zh", ["antony-blinken", "lloyd-austin", "yoshimasa-hayashi", "nobuo-kishi"]),
        ("ko", ["antony-blinken", "yoshimasa-hayashi"]),
        ("ja", ["takeshi-iwaya", "antony-blinken"]),
        ("ja-mod", ["itsunori-onodera", "jim-mattis"]),
    ],
)
def test_people(parsed, key, people):
    assert [mention.slug for mention in parsed[key].people] == people


@pytest.mark.parametrize(
    ("key", "quotes"),
    [
        ("es", [("quote-verb-name", "antony-blinken")]),  # "“…”, dijo Antony Blinken."
        ("zh", [("name-verb-colon-quote", "antony-blinken")]),
        ("ko", [("name-quote-verb", "antony-blinken")]),
        ("ja", [("name-quote-verb", "antony-blinken")]),
    ],
)
def test_quotes(parsed, key, quotes):
    assert [(hit.form, hit.speaker_slug) for hit in parsed[key].quotes] == quotes


@pytest.mark.parametrize(
    ("key", "topics"),
    [
        ("es", ["china", "north-korea"]),
        ("id", ["china", "north-korea"]),
        ("zh", ["hypersonic-weapons", "north-korea", "taiwan-strait"]),
        ("ko", ["north-korea"]),
        ("ja", ["north-korea"]),
    ],
)
def test_topics_in_each_language(parsed, key, topics):
    assert parsed[key].topics == topics


def test_government_page_layout(parsed):
    """Banner, title, date line, captions, body, navigation: each read for what it is."""
    report = parsed["ja"]
    assert report.section == "アメリカ合衆国"
    reasons = {dropped.line: dropped.reason for dropped in report.dropped}
    assert reasons == {
        "アメリカ合衆国": "section banner",
        "Japan-United States of America Relations": "section banner",
        "日米外相会談": "title",
        "令和6年11月14日": "date line",
        "握手をする岩屋外務大臣とブリンケン国務長官": "caption under the date line",
        "（写真提供：外務省）": "photo credit",
        "このページのトップへ戻る": "navigation",
        "アメリカ合衆国へ戻る": "navigation",
        "Back to Japan-United States of America Relations": "navigation",
        "英語版 (English)": "language switch",
    }
    paragraphs = report.body.split("\n\n")
    assert paragraphs[0].startswith("現地時間11月13日")  # the title is not the first paragraph
    assert len(paragraphs) == 4


def test_an_english_page_with_a_banner(ref):
    page = (
        "Japan-United States Relations\n"
        "Ministers Meet in Tokyo\n"
        "January 7, 2022\n"
        "The foreign and defense ministers of the two allies met in Tokyo on Friday and "
        "agreed to deepen their cooperation on new technologies.\n"
    )
    report = parse_report(page.encode(), reference=ref)
    assert (report.title, report.published) == ("Ministers Meet in Tokyo", date(2022, 1, 7))
    assert report.body.startswith("The foreign and defense ministers")


def test_a_weekday_is_no_dateline_city(parsed):
    assert parsed["id"].dateline_city == ""
    assert parsed["id"].body.startswith("Menteri luar negeri")


def test_chinese_and_korean_navigation_is_dropped(parsed):
    assert ("返回顶部", "navigation") in [(d.line, d.reason) for d in parsed["zh"].dropped]
    assert ("맨 위로", "navigation") in [(d.line, d.reason) for d in parsed["ko"].dropped]


def test_a_us_government_page_behind_its_banner(ref):
    page = "\n\n".join(
        [
            "An official website of the United States Government ",
            "Here's how you know",
            "Official websites use .gov",
            "Secure .gov websites use HTTPS",
            (
                "A lock ( lock ) or https:// means you’ve safely connected to the .gov website. "
                "Share sensitive information only on official, secure websites."
            ),
            "Secretary Austin Meets Japanese Counterpart in Tokyo",
            (
                "Secretary of Defense Lloyd J. Austin III met Japanese Minister of Defense "
                "Nobuo Kishi in Tokyo on Tuesday to discuss the alliance and regional security."
            ),
        ]
    )
    report = parse_report(page.encode(), reference=ref)
    assert report.title == "Secretary Austin Meets Japanese Counterpart in Tokyo"
    assert report.body.startswith("Secretary of Defense Lloyd J. Austin III met")
    assert {d.reason for d in report.dropped} == {"site banner", "title"}


def test_a_line_printed_twice_is_kept_once(ref):
    lead = (
        "Los cancilleres de Japón y Estados Unidos se reunieron el viernes en Tokio para "
        "hablar de la alianza."
    )
    caption = "Los dos ministros se saludan antes de la reunión"
    page = "\n".join(["Título de la noticia de hoy", caption, caption, lead, lead, "Fin."])
    report = parse_report(page.encode(), reference=ref)
    assert report.body.split("\n\n") == [lead, "Fin."]
    reasons = [d.reason for d in report.dropped]
    assert reasons.count("repeated line (photo caption)") == 1
    assert reasons.count("repeated line") == 2
