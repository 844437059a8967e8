"""Whole invented pages of the families real reports come from (a VOA language service, a
ministry, an embassy, a news site), through parse_report: the headline, the date and the
chrome each family prints, read by general rules rather than one site's text."""

from datetime import date

import pytest

from archive.ingest.pipeline import parse_report

LEAD_ZH = (
    "美国国务卿在访问东京期间与日本外相举行了会谈。双方都表示美日同盟是维护印太地区和平与稳定的"
    "基石，并同意进一步加强在安全和经济领域的合作。"
)
# A VOA language service: skip link, the page clock, headline, a caption printed twice
# (alt text and caption), body, a sign-off.
VOA_ZH = f"""无障碍链接

中国时间 9:41 2025年2月3日 星期一

美日外长举行会谈 同意加强同盟合作

两国外长在会谈前握手。(2023年7月14日)
两国外长在会谈前握手。(2023年7月14日)

{LEAD_ZH}

日本外相(路透社2023年1月8日资料照)
日本外相(路透社2023年1月8日资料照)

两位外长在举行会谈之前先与媒体见面，并回答了记者的提问，表示将继续保持密切沟通与协调。
"""

CAPTION_ES = (
    "Los dos cancilleres se saludan antes de su reunión en el Departamento de Estado, "
    "el 3 de marzo de 2023, en Washington."
)
LEAD_ES = (
    "Los ministros de Exteriores de Japón y Estados Unidos acordaron el viernes reforzar la "
    "cooperación en materia de seguridad ante los desafíos de la región. Ambos destacaron la "
    "importancia de la alianza."
)
VOA_ES = f"""Enlaces para accesibilidad

Los cancilleres de Japón y Estados Unidos acuerdan reforzar su alianza

{CAPTION_ES}
{CAPTION_ES}

{LEAD_ES}

Compartir en WhatsApp
"""

LEAD_EN = (
    "The Ambassador met the Governor of Okinawa at the Embassy today. They discussed the "
    "realignment of U.S. forces and the importance of the alliance for the region."
)
EMBASSY_EN = f"""An official website of the United States government
Here's how you know
U.S. Embassy & Consulates in Japan
Ambassador Meets Okinawa Governor
March 3, 2023
Tokyo, Japan
{LEAD_EN}
The two agreed to keep in close contact on issues of concern to the people of Okinawa.
print PRINT
  • Ambassador
  • Okinawa
  • Alliance
"""

MINISTRY_JA = """防衛省・自衛隊
日米防衛相電話会談
令和5年3月3日
防衛省
英語版/English
印刷用
令和5年3月3日、防衛大臣は米国防長官と電話会談を行い、地域情勢について意見交換を行ったところ、概要次のとおり。
両閣僚は、日米同盟の抑止力・対処力を一層強化していくことで一致した。
- 共同発表(仮訳)ー 外務省
- Joint Statement of the Ministers – Department of Defense
"""

LEAD_KO = (
    "미국과 일본의 외교장관이 3일 워싱턴에서 회담을 열고 북한 문제와 역내 안보 협력 방안을 "
    "논의했습니다. 두 장관은 긴밀한 공조를 이어가기로 했습니다."
)
NEWS_KO = f"""본문 바로가기
속보
미일 외교장관 회담 열려
{LEAD_KO}
두 장관은 또 한미일 3국 협력의 중요성을 강조했습니다.
VOA 뉴스 김철수 입니다.
#미일동맹 #외교장관
"""


def _parse(text: str, ref):
    return parse_report(text.encode("utf-8"), reference=ref, filename="page.txt")


def _dropped(parsed) -> set[str]:
    return {d.line.strip() for d in parsed.dropped}


def test_voa_chinese_page(ref):
    parsed = _parse(VOA_ZH, ref)
    assert parsed.title == "美日外长举行会谈 同意加强同盟合作"
    # Neither the page clock nor a caption's date is when the report was published.
    assert parsed.published is None
    assert {"无障碍链接", "中国时间 9:41 2025年2月3日 星期一"} <= _dropped(parsed)
    assert "两国外长在会谈前握手" not in parsed.body
    assert "资料照" not in parsed.body
    assert parsed.body.startswith(LEAD_ZH)


def test_voa_spanish_page(ref):
    parsed = _parse(VOA_ES, ref)
    assert parsed.title == "Los cancilleres de Japón y Estados Unidos acuerdan reforzar su alianza"
    assert parsed.published is None  # the caption dates the photo
    assert "se saludan" not in parsed.body  # the caption, printed twice, goes twice
    assert "Compartir" not in parsed.body
    assert parsed.body.startswith(LEAD_ES)


def test_embassy_page(ref):
    parsed = _parse(EMBASSY_EN, ref)
    assert parsed.title == "Ambassador Meets Okinawa Governor"
    assert parsed.published == date(2023, 3, 3)
    assert "Tokyo, Japan" in parsed.body  # where the statement was made: the report's
    assert "PRINT" not in parsed.body
    assert "• Okinawa" not in parsed.body  # the tags closing the page
    assert parsed.body.rstrip().endswith("concern to the people of Okinawa.")


def test_ministry_page(ref):
    parsed = _parse(MINISTRY_JA, ref)
    assert parsed.title == "日米防衛相電話会談"  # not the site's name above it
    assert parsed.published == date(2023, 3, 3)
    assert parsed.body.splitlines()[0] == "防衛省"  # the issuer under the date stays
    assert "Joint Statement" not in parsed.body
    assert "共同発表" not in parsed.body


def test_korean_news_page(ref):
    parsed = _parse(NEWS_KO, ref)
    assert parsed.title == "미일 외교장관 회담 열려"
    assert {"본문 바로가기", "속보", "VOA 뉴스 김철수 입니다.", "#미일동맹 #외교장관"} <= _dropped(
        parsed
    )


@pytest.mark.parametrize(
    "summary",
    [
        # A video's summary of several sentences above the same lead: kept once.
        "Los ministros de Exteriores de Japón y Estados Unidos se reunieron el viernes en "
        "Washington. Ambos destacaron la alianza. Acordaron reforzar la cooperación.",
        "両外相は本日ワシントンで会談し、地域情勢について幅広く意見交換を行った。"
        "両外相は同盟の抑止力の強化で一致した。",
    ],
)
def test_a_summary_printed_twice_is_kept_once_on_a_page_without_blank_lines(ref, summary):
    page = f"Los cancilleres de Japón y EEUU se reúnen\n{summary}\n{summary}\nFin.\n"
    parsed = _parse(page, ref)
    assert parsed.body.count(summary) == 1


@pytest.mark.parametrize(
    "summary",
    [
        "Los ministros de Exteriores de Japón y Estados Unidos se reunieron el viernes en "
        "Washington. Ambos destacaron la alianza. Acordaron reforzar la cooperación.",
        "両外相は本日ワシントンで会談し、地域情勢について幅広く意見交換を行った。"
        "両外相は同盟の抑止力の強化で一致した。",
    ],
)
def test_a_summary_printed_again_after_a_blank_line_is_the_reports_own(ref, summary):
    # A video's summary above the same lead paragraph, as VOA prints it: both copies are
    # paragraphs of the report (the labeled corpus's reading), neither is page chrome.
    page = f"Los cancilleres de Japón y EEUU se reúnen\n\n{summary}\n\n{summary}\n"
    parsed = _parse(page, ref)
    assert parsed.body.count(summary) == 2
    assert summary not in _dropped(parsed)


def test_a_list_of_sentences_closing_the_report_is_kept(ref):
    items = [
        "- The two ministers agreed to deepen cooperation on maritime security.",
        "- They condemned the launch of ballistic missiles in the strongest terms.",
    ]
    text = "Ministers Meet in Tokyo\n\nThe two ministers met in Tokyo today.\n\n" + "\n".join(items)
    parsed = _parse(text, ref)
    for item in items:
        assert item in parsed.body


LEAD_DOD = (
    "The Secretary of Defense told the Japanese Defense Minister that the alliance is the "
    "cornerstone of security in the region. The two met at the Pentagon today."
)
# A defense.gov story: the photo block between paragraphs is alt text, a photo title, the
# caption, the credit and the image's asset number.
DOD_STORY = f"""Allies Look to Strengthen Rules-Based Order

{LEAD_DOD}

Two men walk up the steps of the Pentagon as service members stand in lines.
Honor Cordon
The Secretary hosts an honor cordon welcoming the Minister to the Pentagon, Sept. 14, 2022.
Photo By: Jane Roe, DOD
VIRIN: 220914-D-XX000-0001

The Secretary said the two nations are bound together by ties of friendship and trust.
"""


def test_a_photo_block_with_its_credit_and_asset_number_goes(ref):
    parsed = _parse(DOD_STORY, ref)
    assert parsed.title == "Allies Look to Strengthen Rules-Based Order"
    assert parsed.body.split("\n\n") == [
        LEAD_DOD,
        "The Secretary said the two nations are bound together by ties of friendship and trust.",
    ]


def test_the_last_paragraph_above_a_credit_is_kept(ref):
    last = "In a separate meeting on Thursday, the two leaders signed a defence agreement."
    parsed = _parse(f"Allies Meet in Tokyo Today\n\n{LEAD_DOD}\n\n{last}\nImage credit: AP\n", ref)
    assert parsed.body.split("\n\n")[-1] == last


def test_a_lead_printed_twice_is_kept_once(ref):
    # One sentence twice, but no caption's ending: a lead, not a caption.
    lead = (
        "El primer ministro japonés visitó este lunes la Casa Blanca para reiterar los "
        "compromisos de la alianza de Estados Unidos con Japón."
    )
    parsed = _parse(f"Primer ministro de Japón visita la Casa Blanca\n{lead}\n{lead}\n", ref)
    assert parsed.body.count(lead) == 1
    # Printed again after a blank line, it is a paragraph of the report twice: both stay.
    parsed = _parse(f"Primer ministro de Japón visita la Casa Blanca\n\n{lead}\n\n{lead}\n", ref)
    assert parsed.body.count(lead) == 2


def test_the_pages_title_with_the_site_name_goes(ref):
    page = (
        "Primer ministro de Japón visita la Casa Blanca | Diario Ejemplo\n\n"
        "Primer ministro de Japón visita la Casa Blanca\n\n"
        f"{LEAD_ES}\n"
    )
    parsed = _parse(page, ref)
    assert parsed.title == "Primer ministro de Japón visita la Casa Blanca"
    assert "Diario Ejemplo" not in parsed.body


def test_a_date_line_under_a_quoted_headline(ref):
    # A headline ending in a quotation is long enough to pass for a paragraph; the date
    # line under it still shows it is the head, and the dateline below is the report's.
    page = (
        'Obama recibe en la Casa Blanca al primer ministro de Japón y promete "reforzar la '
        'amistad"\n\nActualizado: martes, 24 febrero 2009 22:01\n\n'
        "WASHINGTON, 24 Feb. (Reuters/EP) -\n\n"
        "El presidente de Estados Unidos recibió hoy en la Casa Blanca al primer ministro de "
        "Japón, a quien prometió que cuidará la sólida alianza entre Washington y Tokio.\n"
    )
    parsed = _parse(page, ref)
    assert parsed.title.startswith("Obama recibe en la Casa Blanca")
    assert parsed.published == date(2009, 2, 24)
    assert parsed.body.startswith("WASHINGTON, 24 Feb. (Reuters/EP) -")
