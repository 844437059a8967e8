"""Quotes in the headline, attributed as the body's are or by a headline's own shapes (a
quote right after or before a known name): archive/ingest/headline_quotes.py. Invented
headlines in Korean, Japanese, Chinese, English and Spanish."""

from datetime import date

import pytest

from archive.ingest.headline_quotes import headline_quotes
from archive.ingest.people import find_people
from archive.ingest.pipeline import parse_report
from archive.ingest.results import QuoteHit

ON = date(2024, 4, 10)


def read(ref, title, body_quotes=()):
    people = find_people(title, ref.index)[0]
    found = headline_quotes(title, people, list(body_quotes), index=ref.index, on=ON)
    return [(q.speaker_slug, q.text, q.form) for q in found]


@pytest.mark.parametrize(
    ("title", "speaker", "text"),
    [
        (
            "미일 정상회담...바이든 대통령 “미일동맹, 세계 평화∙안보 초석”",
            "joe-biden",
            "미일동맹, 세계 평화∙안보 초석",
        ),
        ("岸田首相「日米同盟は揺るぎない」", "fumio-kishida", "日米同盟は揺るぎない"),
        ("奥斯汀：“非常令人担忧”", "lloyd-austin", "非常令人担忧"),
        (
            "Blinken: “The alliance has never been stronger”",
            "antony-blinken",
            "The alliance has never been stronger",
        ),
        (
            "“We will defend every inch of Japan” — Secretary Lloyd Austin",
            "lloyd-austin",
            "We will defend every inch of Japan",
        ),
        ("“Japan is our closest ally” — Blinken", "antony-blinken", "Japan is our closest ally"),
        (
            "Blinken: “La alianza es más fuerte que nunca”",
            "antony-blinken",
            "La alianza es más fuerte que nunca",
        ),
    ],
)
def test_a_headline_quote_is_the_known_person_named_next_to_it(ref, title, speaker, text):
    assert read(ref, title) == [(speaker, text, "headline")]


@pytest.mark.parametrize(
    "title",
    [
        "Japan “concerned” over missile launch",  # no one named: a phrase
        "Biden, Kishida hail “new era” as Pentagon studies plan",  # names not next to it
        "日米「2+2」開催へ",
        "林外務大臣「自由で開かれたインド太平洋」を推進",  # a concept's name, not words
    ],
)
def test_a_headline_quote_with_no_known_speaker_is_not_kept(ref, title):
    assert read(ref, title) == []


def test_a_headline_quote_the_body_repeats_is_the_bodys(ref):
    title = "Blinken: “The alliance has never been stronger”"
    body_quote = QuoteHit("antony-blinken", "The alliance has never been stronger.", 10, 50, "x")
    assert read(ref, title, [body_quote]) == []


def test_the_pipeline_puts_the_headlines_quote_first_with_offsets_in_the_title(ref):
    title = "바이든 대통령 “미일동맹, 세계 평화∙안보 초석”"
    raw = (
        f"{title}\n\n조 바이든 미국 대통령과 기시다 후미오 일본 총리가 10일 워싱턴에서 정상회담을"
        " 열었습니다. 두 정상은 양국 동맹의 군사 구조를 재편하는 방안을 논의했습니다."
    ).encode()
    parsed = parse_report(raw, reference=ref)
    assert parsed.title == title
    first = parsed.quotes[0]
    assert (first.speaker_slug, first.form) == ("joe-biden", "headline")
    assert title[first.start : first.end] == "“미일동맹, 세계 평화∙안보 초석”"
