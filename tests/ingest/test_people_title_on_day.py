"""A bare CJK title as a quote's subject stands for a person named without it only by an
office they held on the report's day (cjk_title_subjects.bare_title_speaker's `on`):
Kishida, foreign minister until 2017 and prime minister from 2021, is no "外相" in 2022.
Invented reports."""

from datetime import date

from archive.ingest.cjk_title_subjects import bare_title_speaker
from archive.ingest.people import find_people
from archive.ingest.pipeline import parse_report

BODY = "林芳正氏と岸田文雄氏が会談した。外相は「同盟は強固だ」と述べた。"


def _speaker(ref, on):
    mentions, _ = find_people(BODY, ref.index)
    offset = BODY.index("外相は")
    speaker = bare_title_speaker(BODY, offset, "外相は", "と述べた。", mentions, ref.index, on)
    return speaker.slug if speaker else None


def test_the_title_holder_on_the_reports_day_is_the_speaker(ref):
    assert _speaker(ref, date(2022, 1, 21)) == "yoshimasa-hayashi"


def test_the_title_held_then_is_read_on_an_earlier_day(ref):
    # In 2016 Kishida was the foreign minister (and Hayashi none): the one named last.
    assert _speaker(ref, date(2016, 5, 1)) == "fumio-kishida"


def test_without_a_day_or_on_a_day_no_term_covers_every_office_counts(ref):
    assert _speaker(ref, None) == "fumio-kishida"
    # 2019: neither held any recorded office; each is read by every office recorded.
    assert _speaker(ref, date(2019, 6, 1)) == "fumio-kishida"


def test_a_reports_quote_goes_to_the_title_holder_of_its_day(ref):
    # Through the pipeline: the report's own date decides who "外相" is.
    def speaker(day):
        raw = f"日米外相会談\n\n{day}\n\n{BODY}\n"
        return [q.speaker_slug for q in parse_report(raw.encode(), reference=ref).quotes]

    assert speaker("2022年1月21日") == ["yoshimasa-hayashi"]
    assert speaker("2016年5月1日") == ["fumio-kishida"]
