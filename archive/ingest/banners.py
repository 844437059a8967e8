"""The lines a site prints over a report that name the site, not the report (split from
header.py, which re-exports them): its section banner ("アメリカ合衆国", "Japan-United
States of America Relations", "外務省・新着情報"), its menu on one line, and the body that
issued the page ("防衛省", "Department of Defense")."""

from __future__ import annotations

import re

from archive.ingest.cjk import has_cjk
from archive.ingest.head_lines import is_place_or_time
from archive.ingest.headline_choice import is_menu_line
from archive.ingest.record_labels import BULLET as _BULLET

# Site banners: a government site heads each page with its section, a country or region
# ("アメリカ合衆国", "北米", "미국") or a relationship ("Japan-United States of America
# Relations"). A line that is only that is never the headline.
BANNER_PLACES = frozenset(
    """
    アメリカ合衆国 アメリカ 米国 日本 中国 中華人民共和国 韓国 大韓民国 北朝鮮 台湾 ロシア
    オーストラリア インド フィリピン 英国 フランス ドイツ カナダ 北米 中南米 アジア
    アジア大洋州 大洋州 欧州 中東 アフリカ 国際 国際機関
    美国 美國 中国 中國 韩国 韓國 朝鲜 朝鮮 台湾 台灣 俄罗斯 俄羅斯 澳大利亚 澳大利亞 印度
    菲律宾 菲律賓 亚洲 亞洲 亚太 亞太 欧洲 歐洲 北美 国际 國際 国际新闻 國際新聞
    미국 일본 중국 한국 북한 대만 러시아 호주 인도 필리핀 아시아 유럽 북미 국제 한반도
    """.split()
)
_RELATIONS_BANNER = re.compile(
    r"[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*|[ -](?:of|and|the)){0,8} Relations"
)


# A site's section names, as banners print them ("外務省・新着情報", "Newsroom | Press").
_SECTION_WORD = re.compile(
    r"新着情報|報道発表|報道資料|プレスリリース|お知らせ|会見|発表|ニュース|トピックス|新闻稿|新聞稿"
    r"|新闻|新聞|보도자료|뉴스|(?i:news(?:room)?|press(?: releases?)?|news releases?|readouts?"
    r"|statements?|releases?|noticias|berita|notizie|comunicados?(?: de prensa)?|siaran pers)"
)
# A section's name run into the headline on a page printed as one line: "新聞音頻 奧斯汀:…"
# (news, audio). Chinese, Japanese and Korean names only: an English headline may open
# with "News" or "Statement".
_CJK_SECTION_PREFIX = re.compile(
    r"((?:新着情報|報道発表|ニュース|新闻|新聞|音频|音頻|视频|視頻|影音|图片|圖片|专题|專題|要闻|要聞"
    r"|뉴스|오디오|비디오|영상){1,3})\s+(?=\S)"
)


def split_section_prefix(title: str) -> tuple[str, str]:
    """(section, headline) of a title that opens with a section's name and a space
    ("新聞音頻 奧斯汀:…" → "新聞音頻", "奧斯汀:…"); ("", title) otherwise."""
    match = _CJK_SECTION_PREFIX.match(title)
    if match is None or not has_cjk(title[match.end() :]):
        return "", title
    return match.group(1), title[match.end() :]


_BANNER_JOIN = re.compile(r"\s*[・|｜/／>＞»›]\s*")


def is_banner(line: str) -> bool:
    """A site's section banner: a country or region alone, "Japan-… Relations", the
    site's issuer and section names joined ("外務省・新着情報"), or its menu or breadcrumb
    on one line (headline_choice.is_menu_line)."""
    stripped = _BULLET.sub("", line).strip()
    if stripped in BANNER_PLACES or _RELATIONS_BANNER.fullmatch(stripped) is not None:
        return True
    if is_menu_line(stripped):
        return True  # the site's menu or breadcrumb on one line
    parts = [part for part in _BANNER_JOIN.split(stripped) if part]
    return len(parts) > 1 and all(
        part in BANNER_PLACES or ISSUER.fullmatch(part) or _SECTION_WORD.fullmatch(part)
        for part in parts
    )


# The body that issued the page, printed on a line of its own: "防衛省", "Department of
# Defense", "The White House", "외교부". Part of the report (its issuer), never its headline
# and never a photo caption.
ISSUER = re.compile(
    r"(?:(?:U\.S\.|US|United States|Japan(?:ese)?|The)\s+)?"
    r"(?:Department|Ministry|Office|Embassy|Embassies|Consulates?|Bureau|Agency|Mission"
    r"|Secretariat|Cabinet|(?:National Security |Security )?Council|Command|Headquarters"
    r"|Departamento|Ministerio|Secretar[ií]a|Embajada|Kementerian"
    r"|Kedutaan Besar|Departemen|Ministero|Ambasciata|Dipartimento)"
    r"(?:\s*(?:&|and)\s+Consulates)?"
    r"(?:\s+(?:of|for|in|to|on|de|del|di|degli|della|dello|Luar|Dalam|Pertahanan)"
    r"(?:\s+(?:the|la|el|[A-Z][\w.'’-]*)){1,3}(?:\s+(?:of|and|&)\s+(?:the\s+)?[A-Z][\w.'’-]*)?"
    r"|\s+Japan)?"
    r"|(?:The\s+)?White House|Prime Minister['’]s Office(?: of Japan)?|Casa Blanca|Gedung Putih"
    # The spokesperson's office of a translated release: "Kantor Juru Bicara", "Oficina
    # del Portavoz", "Ufficio del Portavoce".
    r"|Kantor(?:\s+[A-Z][\w.'’-]*){1,3}"
    r"|(?:Oficina|Ufficio)\s+(?:del?|della|dello)(?:\s+[A-Z][\w.'’-]*){1,3}"
    r"|(?:[\u3040-\u30ff\u4e00-\u9fff]{0,10}(?:省|庁|府|局|官邸|大使館|領事館|自衛隊|外交部"
    r"|報道官室|広報室|办公室|辦公室"
    r"|国防部|國防部|国务院|國務院|白宫|白宮|ホワイトハウス)(?:[・/／]\s*)?){1,3}"
    r"|(?:[가-힣]{1,10}\s)?[가-힣]{1,10}(?:부|처|청|대사관|영사관|백악관)"
    r"|(?:[가-힣]{1,10}\s)?(?:대변인|공보)실"  # the spokesperson's office
)
# ISSUER read in any case, for a line printed in capitals ("OFFICE OF THE SPOKESPERSON").
_ISSUER_CAPITALS = re.compile(ISSUER.pattern, re.IGNORECASE)


def is_issuer(line: str) -> bool:
    """The body that issued the page alone on a line (see ISSUER), in capitals too."""
    stripped = _BULLET.sub("", line).strip()
    if stripped.isupper():
        return _ISSUER_CAPITALS.fullmatch(stripped) is not None
    return ISSUER.fullmatch(stripped) is not None


def is_issuer_or_place(line: str) -> bool:
    """An issuing office, a place, a time or the means of a meeting on a line of its own
    (see ISSUER and head_lines.py): the report's own furniture, which it keeps."""
    stripped = _BULLET.sub("", line).strip()
    return bool(is_issuer(stripped) or is_place_or_time(stripped))
