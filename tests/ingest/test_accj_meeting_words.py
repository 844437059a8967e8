"""Chinese, Japanese and Korean words for the meeting (issue 11, review items 5, 8, 12):
a visit to either ally in both orders and every script ("来日", "日本を訪問", "日本訪問",
"일본 방문", "对日本进行访问", "米国を公式訪問", "미국 국빈 방문"); Chinese words for
Japan's and America's defense chiefs ("防卫相", "日本防长", "美国防长"); the other side's
minister as a counterpart, either side first ("与日本同行", "미국 측 카운터파트",
"米国側のカウンターパート"); "ビデオ会議" as a video meeting. Invented texts."""

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_signs import report_signs
from archive.ingest.meeting_visits import visited_countries


def visited(text):
    return visited_countries(prefilter.fold(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("来日中のブリンケン国務長官は林外務大臣と会談した。", "Japan"),
        ("ブリンケン国務長官は日本を訪問し、林外務大臣と会談した。", "Japan"),
        ("オースティン国防長官の日本訪問に合わせ、日米防衛相会談が行われた。", "Japan"),
        ("블링컨 장관은 일본 방문 기간 하야시 외무상과 회담했다.", "Japan"),
        ("블링컨 장관은 일본을 공식 방문해 회담했다.", "Japan"),
        ("美国国务卿布林肯对日本进行正式访问。", "Japan"),
        ("岸田総理は米国を公式訪問し、バイデン大統領と会談した。", "United States"),
        ("岸田総理のアメリカ訪問は成功だった。", "United States"),
        ("기시다 총리의 미국 국빈 방문을 앞두고", "United States"),
        ("岸田文雄對美國進行國事訪問。", "United States"),
        ("岸田文雄美国国事访问期间与拜登会谈。", "United States"),
    ],
)
def test_a_visit_to_one_ally_in_both_orders(text, country):
    assert visited(text) == {country}


@pytest.mark.parametrize(
    "text",
    [
        "拜登与岸田文雄举行会谈。",
        "林外務大臣は会談した。",
        "블링컨 장관은 하야시 외무상과 회담했다.",
    ],
)
def test_no_visit_word_no_visit(text):
    assert visited(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "美国国防部长奥斯汀与日本防卫相滨田靖一举行会谈。",
        "美国防长奥斯汀8日在五角大楼同日本防长浜田靖一会晤。",
        "日本防卫相滨田靖一与美国防长奥斯汀举行会谈。",
        "美國防長奧斯汀與日本防長濱田靖一會晤。",
    ],
)
def test_chinese_defense_chiefs_meeting(text):
    words = report_signs(text).kind_words
    assert words["defense"] == 1 and words["pair"] == 1


def test_another_countrys_defense_chief_is_no_allies_meeting():
    assert report_signs("美国防长奥斯汀与中国防长会晤。").kind_words["defense"] == 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("美国国务卿布林肯与日本同行林芳正举行会谈。", "foreign"),
        ("美國國務卿布林肯與日本同行舉行會談。", "foreign"),
        ("日本外相林芳正与美国同行布林肯举行了会谈。", "foreign"),
        ("오스틴 국방장관은 일본 측 카운터파트와 회담했다.", "defense"),
        ("林外務大臣は米国側のカウンターパートと電話会談を行った。", "foreign"),
    ],
)
def test_a_counterpart_either_side_first(text, kind):
    words = report_signs(text).kind_words
    assert words[kind] == 1 and words["pair"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "岸田総理はバイデン大統領とビデオ会議を行った。",
        "日米首脳ビデオ会談が行われた。",
        "林外務大臣はブリンケン国務長官とウェブ会議形式で会談した。",
    ],
)
def test_a_japanese_video_meeting(text):
    assert report_signs(text).format_words["video"] == 1


# --- the SCC by its US members, named by surname, meeting Japan's side, in CJK ---------------


@pytest.mark.parametrize(
    "text",
    [
        "奧斯汀和國務卿布林肯上週在東京與其日本同行會晤。",
        "블링컨과 오스틴은 16일 도쿄에서 일본 측 카운터파트와 회담했다.",
        "ポンペオ、エスパー両長官は河野外相らと会談した。",
        "蓬佩奥与马蒂斯在华盛顿会见日本外相河野太郎和防卫相岩屋毅。",
    ],
)
def test_both_us_secretaries_by_name_with_japans_side_is_the_scc(text):
    assert report_signs(text).kind_words["scc"] >= 1


@pytest.mark.parametrize(
    "text",
    [
        "布林肯16日在东京与日本外相茂木敏充举行会谈。",
        "奥斯汀与日本防卫相岸信夫举行会谈。",
        "克里米亚问题上，卡特尔公司与日本外相会谈。",
        "拜登在布林肯和奥斯汀陪同下与岸田文雄举行会谈。",
    ],
)
def test_one_secretary_or_no_japanese_minister_is_no_scc(text):
    assert report_signs(text).kind_words["scc"] == 0
