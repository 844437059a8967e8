"""The fourth parse-time pass (issue #10): each faster form gives exactly what the form it
replaced gave (the plain forms are written out here), and the work it skips is counted,
never timed."""

import random
import re
from datetime import date

import ftfy
import ftfy.fixes
import pytest

from archive.ingest import boilerplate, dates, mojibake, passing, prefilter, roles, text
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.results import Mention

# The sentence ends passing.py read before this pass: every position tried.
PLAIN_SENTENCE_END = re.compile(
    r"(?<!\bU\.S)(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])[.!?][”\"’)]*(?=\s)"
    r"|[。！？]|\n"
)
PIECES = (
    "U.S.", "Mr.", "Mrs.", "Ms.", "Dr.", "A.", "b.", "Talks", "said", "I", "x", "”", '"', "’",
    ")", ".", "!", "?", "。", "！", "？", " ", "  ", "\n", "\t", "\u3000", "US.", "aU.S.", "_",
)  # fmt: skip


def _random_text(rng: random.Random, pieces=PIECES, size: int = 40) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randrange(size)))


@pytest.mark.parametrize("seed", range(300))
def test_sentence_ends_are_the_plain_patterns(seed):
    body = _random_text(random.Random(seed))
    plain = [m.span() for m in PLAIN_SENTENCE_END.finditer(body)]
    assert [m.span() for m in passing._SENTENCE_END.finditer(body)] == plain, repr(body)


def test_sentence_ends_begin_with_a_class():
    """What makes the pattern fast: `re` skips to the next stop without trying the
    look-behinds at every position (its first item is a character class)."""
    first, _ = re._parser.parse(passing._SENTENCE_END.pattern)[0]
    assert first is re._constants.IN


@pytest.mark.parametrize("seed", range(200))
def test_blanks_collapse_as_the_plain_substitution(seed):
    line = _random_text(random.Random(seed), (" ", "  ", "\t", "a", "bc", "\u00a0", "\n"), 30)
    assert text._collapse_blanks(line) == re.sub(r"[ \t]+", " ", line)


def _plain_link_like(text_: str) -> bool:
    cjk = sum(1 for ch in text_ if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
    size = cjk / 2 + len(re.sub(r"[\u3040-\u9fff\uac00-\ud7af]", " ", text_).split())
    return size <= 12 and not boilerplate._ITEM_END.search(text_.strip())


@pytest.mark.parametrize("seed", range(200))
def test_link_like_counts_as_the_plain_loop(seed):
    words = ("Tokyo", "東京", "외교부", "の", "한", " ", "  ", ".", "：", "a", "\u3040", "\ud7af")
    item = _random_text(random.Random(seed), words, 60)
    assert boilerplate._link_like(item) == _plain_link_like(item), repr(item)


def _plain_find_full_date(text_: str, language: str = "en", default_year=None):
    """Every date printed in the text read, the first by position (a native one on a tie)."""
    text_ = dates.ascii_digits(text_)
    found = list(dates._native_dates(text_, default_year))
    for match in dates.FULL_DATE.finditer(text_):
        day = dates.parse_full_date(match.group(0), language)
        if day:
            found.append((match.start(), day))
    return min(found, key=lambda item: item[0])[1] if found else None


DATE_PIECES = (
    "January 7, 2022", "7 de enero de 2022", "Feb 30, 2021", "2022年1月7日", "令和4年1月8日",
    "2022.01.09", "13 gennaio 2023", "enero 07, 2022", "Mar 3 2020", "11月14日", " said ",
    ", ", "on ", "２０２２年２月１日",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(60))
def test_the_first_full_date_is_the_plain_readings_first(seed):
    rng = random.Random(seed)
    line = "".join(rng.choice(DATE_PIECES) for _ in range(rng.randrange(1, 7)))
    for default_year in (None, 2021):
        expected = _plain_find_full_date(line, "en", default_year)
        assert dates.find_full_date(line, "en", default_year=default_year) == expected, line


def test_dates_after_the_first_are_not_parsed(monkeypatch):
    calls = []
    parse = dates.parse_full_date
    monkeypatch.setattr(dates, "parse_full_date", lambda *a: calls.append(a) or parse(*a))
    line = " and ".join(f"January {day}, 2022" for day in range(1, 29))
    assert dates.find_full_date(line) == date(2022, 1, 1)
    assert len(calls) == 1  # not 28: the first that reads wins


def test_a_cjk_year_spares_reading_the_full_dates(monkeypatch):
    monkeypatch.setattr(dates, "find_full_date", lambda *a, **k: pytest.fail("read"))
    assert dates.find_year("2023年 and then January 7, 2022") == 2023


def test_each_header_line_is_read_for_its_year_once(monkeypatch):
    calls = []
    find_year = dates.find_year
    monkeypatch.setattr(dates, "find_year", lambda line: calls.append(line) or find_year(line))
    lines = ["Headline", "令和6年", "11月14日 the minister met his counterpart"]
    finding, _ = dates.extract_date(lines, header_indexes=[0, 1], body_indexes=[2])
    assert finding.published == date(2024, 11, 14)
    assert calls == ["Headline", "令和6年"]  # before: the year line twice


def _person(slug, *offices):
    return KnownPerson(slug, slug.title(), "Japan", offices=tuple(offices))


def test_holders_are_read_once_per_post_and_day(monkeypatch):
    day = date(2020, 6, 15)
    minister = KnownOffice("Minister of Defense", "defense", "Japan", date(2020, 1, 1))
    index = Reference(people=(_person("kono", minister),)).index
    calls = []
    plain = roles._holders
    monkeypatch.setattr(roles, "_holders", lambda *a: calls.append(a[:3]) or plain(*a))
    for _ in range(3):
        assert roles.holders("Japan", "defense", day, index) == ["kono"]
    assert roles.holders("Japan", "foreign", day, index) == []
    assert calls == [("Japan", "defense", day), ("Japan", "foreign", day)]
    roles.holders("Japan", "defense", day, index).append("changed")  # a copy each time
    assert roles.holders("Japan", "defense", day, index) == ["kono"]


def test_the_holders_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(roles, "HOLDERS_MEMO_SIZE", 3)
    index = Reference().index
    for day in range(1, 8):
        roles.holders("Japan", "defense", date(2020, 1, day), index)
        assert len(index.holders_memo) <= 3


def test_counterpart_phrases_index_the_mentions_once(monkeypatch):
    calls = []
    plain = roles.mention_index
    monkeypatch.setattr(roles, "mention_index", lambda m: calls.append(1) or plain(m))
    body = " ".join(["Austin met his Japanese counterpart."] * 50)
    mentions = [Mention("lloyd-austin", i * 37, i * 37 + 6, "Austin") for i in range(50)]
    roles.counterpart_mentions(body, mentions, date(2022, 1, 7), Reference().index)
    assert len(calls) == 1


EXTRA_PIECES = (
    "8:31 a.m.", " ", "  ", "\n", "10時", "午後", " 3", "5", "分", "頃", "(更新 1/17)",
    "（水曜日）", "於:本省", "更新日:", "| By Jim", "|", "Ministry", "of", "the", "12:30:15",
    "오후 3시 10분", "\t", "\u3000", "٣", "(", ")", "게시일：", "p.m.", "and", "ｂｙ",
    "Jan. 7, 2022",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(150))
def test_a_long_lines_extras_go_as_with_the_plain_substitution(seed):
    rng = random.Random(seed)
    piece = "".join(rng.choice(EXTRA_PIECES) for _ in range(rng.randrange(1, 40)))
    line = piece * (4096 // len(piece) + 1)  # long: read at the screened positions only
    assert dates._without_extras(line) == dates._DATE_LINE_EXTRAS.sub(" ", line)
    assert dates._without_extras(piece) == dates._DATE_LINE_EXTRAS.sub(" ", piece)


def test_sub_at_passes_each_match_to_a_function():
    word = re.compile(r"[a-z]+")
    starts = [0, 1, 3, 8]  # 1 is inside the first match, passed over
    assert prefilter.sub_at(word, lambda m: m.group(0).upper(), "ab cdef gh", starts) == (
        "AB CDEF GH"
    )
    assert prefilter.sub_at(word, "-", "ab cd", [0]) == "- cd"  # only where it is tried


MOJIBAKE = "aé Ã©â€™ÂÄ\x80\x9d¿ßπру–—’”€ \nxyzÃ¡Ã³"


def test_ftfy_reads_embedded_utf8_with_the_screened_function():
    assert mojibake.INSTALLED
    assert ftfy.fixes.decode_inconsistent_utf8 is mojibake.decode_inconsistent_utf8
    assert ftfy.FIXERS["decode_inconsistent_utf8"] is mojibake.decode_inconsistent_utf8


@pytest.mark.parametrize("seed", range(100))
def test_embedded_utf8_is_fixed_as_ftfy_fixes_it(seed):
    rng = random.Random(seed)
    sample = "".join(rng.choice(MOJIBAKE) for _ in range(rng.randrange(40)))
    for text_ in (sample, f"The minister said {sample} today. " * 3):
        assert mojibake.decode_inconsistent_utf8(text_) == mojibake._FTFY_DECODE(text_)


def _plain_leaders(body, on, index):
    """leaders_mentions as it read before: the compounds searched again for each count."""
    compounds = [
        [roles._COMPOUND_COUNTRIES[c] for c in re.findall(roles._ONE_COUNTRY, m.group(0))]
        for m in roles.COUNTRY_COMPOUND.finditer(body)
    ]
    counted = [(m, roles._NUMBERS[m["n"].lower()]) for m in roles.N_LEADERS.finditer(body)]
    if roles.CJK_N_LEADERS.search(body):
        compounds += [
            [roles._CJK_COMPOUND_COUNTRIES[c] for c in m.group(0)]
            for m in roles.CJK_COMPOUND.finditer(body)
        ]
        counted += [(m, roles._CJK_NUMBERS[m["n"]]) for m in roles.CJK_N_LEADERS.finditer(body)]
    found = []
    for match, size in counted:
        countries = next((c for c in compounds if len(set(c)) == len(c) == size), [])
        found.extend(roles._leaders(countries, match, on, index))
    return found


LEADER_PIECES = (
    "Japan-U.S.-Philippines", "Japan-Japan-U.S.", "U.S.-Japan", "Japan-U.S.-Australia-India",
    "the three leaders", "the four leaders", "日米比", "日米韓", "日日米", "3首脳", "4首脳",
    "한미일", "세 정상", " met. ", "。",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(40))
def test_leaders_of_a_counted_meeting_are_the_plain_readings(seed, ref):
    rng = random.Random(seed)
    body = " ".join(rng.choice(LEADER_PIECES) for _ in range(rng.randrange(1, 30)))
    for day in (date(2024, 4, 11), date(2023, 8, 18)):
        expected = _plain_leaders(body, day, ref.index)
        assert roles.leaders_mentions(body, day, ref.index) == expected, body


@pytest.mark.parametrize("seed", range(50))
def test_digits_and_month_days_read_as_the_plain_forms(seed):
    pieces = ("２０２２", "2022", "年", "1", "１", "月", "월", "7", "日", "일", " said ", "x")
    line = _random_text(random.Random(seed), pieces, 20)
    assert dates.ascii_digits(line) == line.translate(dates._FULL_WIDTH_DIGITS)
    plain = next(
        (
            found
            for m in dates.CJK_MONTH_DAY.finditer(line.translate(dates._FULL_WIDTH_DIGITS))
            if (found := dates.month_day(m.group(0)))
        ),
        None,
    )
    assert dates._first_month_day(line) == plain


def test_a_text_without_a_month_word_is_not_searched_for_month_days(monkeypatch):
    monkeypatch.setattr(dates, "CJK_MONTH_DAY", None)  # would raise if searched
    assert dates._first_month_day("On January 7 the ministers met. " * 200) is None
