"""Photo captions under a Korean headline (invented pages): the caption is one sentence in
the plain written style ("…회담했다.") above a text in the polite broadcast style
("…밝혔습니다."); a release written in the plain style throughout keeps every line."""

from archive.ingest.captions import plain_style_captions

CAPTION = "미국 국무장관과 일본 외무상이 17일 도쿄에서 회담했다."
POLITE = [
    "미국과 일본이 외교장관 회담을 열고 동맹의 중요성을 강조했습니다.",
    "국무부는 이날 보도자료에서 두 장관이 지역 안보 문제를 논의했다고 밝혔습니다.",
    "두 장관은 북한 문제에 대해서도 긴밀히 협력하기로 했습니다.",
    "VOA 뉴스",
]


def test_a_plain_style_caption_under_the_headline_of_a_polite_text():
    paragraphs = ["연결 가능 링크", "미일 외교장관 회담", CAPTION, *POLITE]
    reasons = {0: "navigation", 1: "title", 6: "sign-off"}
    assert plain_style_captions(paragraphs, reasons) == [2]


def test_two_captions_at_most_and_chrome_between_is_passed_over():
    second = "두 장관이 회담에 앞서 악수하고 있다."
    paragraphs = ["미일 외교장관 회담", CAPTION, "사진", second, CAPTION, *POLITE, *POLITE]
    reasons = {0: "title", 2: "media label"}
    assert plain_style_captions(paragraphs, reasons) == [1, 3]


def test_a_polite_lead_under_the_headline_stays():
    paragraphs = ["미일 외교장관 회담", *POLITE, CAPTION]
    assert plain_style_captions(paragraphs, {0: "title"}) == []


def test_a_release_in_the_plain_style_keeps_every_line():
    paragraphs = [
        "블링컨 국무장관 – 일본 외무상 3자 회담",
        "토니 블링컨 국무장관은 일본 외무상과 오늘 발리에서 만났다.",
        "장관들은 북한의 탄도미사일 발사를 규탄했다.",
        "블링컨 장관은 한반도의 완전한 비핵화에 대한 미국의 의지를 강조했다.",
    ]
    assert plain_style_captions(paragraphs, {0: "title"}) == []


def test_no_headline_read_no_caption():
    paragraphs = [CAPTION, *POLITE]
    assert plain_style_captions(paragraphs, {}) == []


def test_a_two_sentence_line_is_no_caption():
    line = "미국 국무장관이 도쿄에 도착했다. 그는 외무상과 회담했다."
    paragraphs = ["미일 외교장관 회담", line, *POLITE]
    assert plain_style_captions(paragraphs, {0: "title"}) == []
