"""Chinese, Japanese and Korean pages read right (issue 11): each rule on invented text of
its family, never a corpus report's words."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason


@pytest.mark.parametrize(
    "line",
    [
        "您的浏览器不支持HTML5",
        "你的浏览器不支持HTML5视频播放",
        "您的瀏覽器不支援HTML5",
        "お使いのブラウザは動画の再生に対応していません。",
        "ブラウザーがHTML5にサポートしていません",
        "브라우저가 HTML5를 지원하지 않습니다.",
        "사용 중인 브라우저는 이 동영상을 지원하지 않습니다",
    ],
)
def test_a_players_fallback_text_in_cjk_script_is_a_player_notice(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "player notice"


@pytest.mark.parametrize(
    "line",
    [
        "您的浏览器不支持HTML5,国务院发言人说,这个问题将在下周的会谈中解决。国务卿明天抵达东京。",
        "外相は、旧式のブラウザは政府の新しいサイトに対応していませんと述べ、更新を呼びかけた。そのうえで会談に臨んだ。",
        "장관은 일부 브라우저가 새 사이트를 지원하지 않습니다라고 말했다. 이어 회담을 열었다.",
    ],
)
def test_a_sentence_about_browsers_stays(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None
