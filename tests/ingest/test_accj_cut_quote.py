"""An excerpt cut off inside a quote: the quote opened in the text's last paragraph runs
to its end (quote_marks.quote_spans(last=True)); an unclosed mark in an earlier paragraph
is still ignored. Invented texts."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.quote_marks import quote_spans
from archive.ingest.quotes import find_quotes

CUT = [
    "이어 “두 장관은 우크라이나에 대한 러시아의 침략과 북한의 핵과 미사일 개발 그리고 납치",
    "林外務大臣は記者団に対し、「日米同盟の抑止力と対処力をさらに強化していくことで一致し",
    '美国国务院发言人说，"两位部长同意在自由开放的印太地区进一步加强合作并继续',
]


@pytest.mark.parametrize("paragraph", CUT)
def test_a_quote_cut_off_by_the_end_of_the_text(paragraph):
    start = min(i for i, ch in enumerate(paragraph) if ch in '“「"')
    assert quote_spans(paragraph, last=True) == [(start, len(paragraph))]
    assert quote_spans(paragraph) == []


@pytest.mark.parametrize("paragraph", CUT)
def test_only_the_last_paragraph_runs_to_the_end(ref, paragraph):
    body = f"{paragraph}\n\n두 장관은 회담을 마쳤습니다."
    mentions, _ = find_people(body, ref.index)
    assert find_quotes(body, mentions, index=ref.index) == []
    body = f"두 장관은 회담을 마쳤습니다.\n\n{paragraph}"
    mentions, _ = find_people(body, ref.index)
    texts = [hit.text for hit in find_quotes(body, mentions, index=ref.index)]
    assert len(texts) == 1 and paragraph.endswith(texts[0])


@pytest.mark.parametrize(
    "last",
    [
        "아울러 “오스틴 장관은 항행의 자유를 수호",
        "또한 “두 장관은 북한의 도발을 규탄",
        '이어 "양국은 협력을 더욱 강화',
    ],
)
def test_a_short_clause_cut_off_by_the_end_is_kept(ref, last):
    body = f"두 장관은 7일 워싱턴에서 회담했습니다.\n\n{last}"
    mentions, _ = find_people(body, ref.index)
    texts = [hit.text for hit in find_quotes(body, mentions, index=ref.index)]
    assert texts == [last.split("“")[-1].split('"')[-1]]


@pytest.mark.parametrize(
    "last",
    ["両外相は「自由", "양국은 “자유", "두 장관은 “오스틴 장관은 항행의 자유를 수호”했다."],
)
def test_a_cut_name_or_a_short_closed_quote_is_not(ref, last):
    body = f"両外相は7日、会談した。\n\n{last}"
    mentions, _ = find_people(body, ref.index)
    assert find_quotes(body, mentions, index=ref.index) == []
