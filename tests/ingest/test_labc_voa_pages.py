"""A news site's side blocks under the article (invented pages in several languages): the
latest videos (header, the clip's title, the player's notices and timeline) and the
programme schedule (header, bulleted blurbs of any length) are chrome; so are a note that
the text is a provisional translation. The article's own sentences stay."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason, list_under_header
from archive.ingest.pipeline import parse_report


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("请稍等", "player notice"),
        ("請稍等", "player notice"),
        ("Please wait", "player notice"),
        ("没有媒体可用资源", "player notice"),
        ("沒有媒體可用資源", "player notice"),
        ("No media source currently available", "player notice"),
        ("しばらくお待ちください", "player notice"),
        ("잠시만 기다려 주세요", "player notice"),
        ("0:00 0:22:44 0:00", "player notice"),
        ("0:00 2:35 0:00", "player notice"),
        ("VOA卫视最新视频", "related links"),
        ("美国之音中文节目预告", "related links"),
        ("美國之音中文節目預告", "related links"),
        ("Latest videos", "related links"),
        ("Programme schedule", "related links"),
        ("최신 영상", "related links"),
        ("番組表", "related links"),
        ("(暂译)", "translation notice"),
        ("（暫譯）", "translation notice"),
        ("[가번역]", "translation notice"),
        ("*下記の日本語文書は参考のための仮翻訳で、正文は英文です。", "translation notice"),
        ("*以下中文译文仅供参考,以英文原文为准。", "translation notice"),
    ],
)
def test_side_blocks_and_notes_are_chrome(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    "line",
    [
        "请稍等,部长马上就到,会谈将在下午三点开始。",
        "Please wait for the ministers, said the spokesperson, before the talks begin.",
        "两国外长在会谈中讨论了最新视频会议的安排。",
        "会谈于下午3:00 4:00 5:00分三轮举行。",
        "*赖斯警告北韩*",
        "该声明的暂译本已经发布在大使馆网站上。",
    ],
)
def test_sentences_that_name_the_same_things_stay(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def test_under_a_header_bullets_of_any_length_and_a_clips_title_are_listed():
    lines = [
        "美国国务卿与日本外相举行会谈,双方同意加强同盟关系。",
        "VOA卫视最新视频",
        "时事大家谈:美中重启核谈判?",
        "请稍等",
        "0:00 0:22:44 0:00",
        "美国之音中文节目预告",
        "• 7/23【时事大家谈】一档讨论时事的节目,嘉宾与主持人一同分析美中关系的最新发展,"
        "并回答观众提出的问题。",
    ]
    reasons = {1: "related links", 3: "player notice", 4: "player notice", 5: "related links"}
    assert list_under_header(lines, reasons) == [2, 6]
    # Without the player under it, the question is a sentence that ends the list.
    del reasons[3], reasons[4]
    lines[3:5] = ["这是美日两国外长今年第三次会面。", "双方还讨论了朝鲜半岛局势。"]
    assert 2 not in list_under_header(lines, reasons)


def test_a_clips_title_not_under_a_header_stays():
    lines = [
        "Ministers Meet in Tokyo to Strengthen the Alliance",
        "No media source currently available",
        "0:00 0:02:30 0:00",
        "The U.S. secretary of state met Japan's foreign minister in Tokyo on Tuesday.",
    ]
    reasons = {1: "player notice", 2: "player notice"}
    assert list_under_header(lines, reasons) == []


ZH = "\n\n".join(
    [
        "无障碍链接",
        "美日外长在东京举行会谈",
        "美国国务卿星期二在东京与日本外相举行会谈,双方重申美日同盟是地区和平与稳定的基石。",
        "两位外长还讨论了朝鲜半岛局势以及经济安全领域的合作。",
        "VOA卫视最新视频",
        "时事大家谈:美中重启核谈判?",
        "请稍等",
        "没有媒体可用资源",
        "0:00 0:22:44 0:00",
        "美国之音中文节目预告",
        "  • 7/23【时事大家谈】一档讨论时事的节目,嘉宾与主持人一同分析美中关系的最新发展;"
        "主持人:某某",
        "XS\nSM\nMD\nLG",
    ]
)
EN = "\n\n".join(
    [
        "Ministers Meet in Tokyo",
        "The U.S. secretary of state met Japan's foreign minister in Tokyo on Tuesday, and "
        "the two reaffirmed that the alliance is the cornerstone of regional peace.",
        "They also discussed the Korean Peninsula and economic security.",
        "Latest videos",
        "Explainer: what the alliance means for the region?",
        "Please wait",
        "No media source currently available",
        "0:00 0:05:12 0:00",
    ]
)


@pytest.mark.parametrize(
    ("raw", "kept", "video"),
    [
        (ZH, "两位外长还讨论了朝鲜半岛局势以及经济安全领域的合作。", "时事大家谈:美中重启核谈判?"),
        (
            EN,
            "They also discussed the Korean Peninsula and economic security.",
            "Explainer: what the alliance means for the region?",
        ),
    ],
)
def test_a_news_page_with_its_side_blocks_end_to_end(ref, raw, kept, video):
    report = parse_report(raw.encode(), reference=ref)
    paragraphs = report.body.split("\n\n")
    assert paragraphs[-1] == kept  # nothing after the article's last sentence
    dropped = {d.line.strip() for d in report.dropped}
    assert video in dropped
