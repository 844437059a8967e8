"""Ingestion into the database: the seed reports, duplicates, corrections, bad input."""

import io
import json
import zipfile
from datetime import date

import pytest

from archive.models import (
    Article,
    ArticleMeeting,
    Credit,
    ImportBatch,
    Mention,
    Quote,
    SharedPassage,
)
from archive.services import (
    ImportStatus,
    article_reextract,
    articles_import,
    seeds_load,
)

pytestmark = pytest.mark.django_db


def article_from(seed_prefix: str) -> Article:
    return Article.objects.get(source_name__startswith=seed_prefix)


def people_of(article: Article) -> set[str]:
    return set(article.mentions.values_list("person__slug", flat=True))


# One row per seed: what ../shared/corpus/SEEDS.md says a careful curator reads in it.
SEED_TABLE = [
    # file, outlet, wire, date, precision, meeting, people
    (
        "000",
        "efe",
        None,
        date(2022, 1, 7),
        "inferred",
        "scc-2022-01-07",
        {
            "antony-blinken",
            "lloyd-austin",
            "yoshimasa-hayashi",
            "nobuo-kishi",
            "fumio-kishida",
            "scott-morrison",
        },
    ),
    (
        "001",
        "unidentified",
        None,
        None,
        "unknown",
        "scc-2022-01-07",
        {"antony-blinken", "yoshimasa-hayashi", "fumio-kishida"},
    ),
    (
        "002",
        "myind",
        None,
        date(2022, 1, 7),
        "day",
        "scc-2022-01-07",
        {"antony-blinken", "lloyd-austin", "yoshimasa-hayashi", "nobuo-kishi"},
    ),
    (
        "003",
        "sindonews",
        None,
        date(2023, 1, 11),
        "day",
        "scc-2023-01-11",
        {
            "antony-blinken",
            "lloyd-austin",
            "yoshimasa-hayashi",
            "yasukazu-hamada",
            "fumio-kishida",
            "joe-biden",
            "rishi-sunak",
        },
    ),
    (
        "004",
        "unidentified-italian-language-site",
        "reuters",
        date(2022, 1, 7),
        "inferred",
        "scc-2022-01-07",
        {
            "antony-blinken",
            "nobuo-kishi",
            "yoshimasa-hayashi",
            "fumio-kishida",
            "daniel-russel",
            "jeffrey-hornung",
        },
    ),
]


@pytest.mark.parametrize(
    ("seed", "outlet", "wire", "published", "precision", "meeting", "people"),
    SEED_TABLE,
    ids=[row[0] for row in SEED_TABLE],
)
def test_seed_reports_yield_what_a_curator_reads(
    seed_corpus, seed, outlet, wire, published, precision, meeting, people
):
    article = article_from(seed)
    assert article.outlet.slug == outlet
    assert (article.original_wire.slug if article.original_wire else None) == wire
    assert article.published_on == published
    assert article.date_precision == precision
    assert list(article.meetings.values_list("slug", flat=True)) == [meeting]
    assert people_of(article) == people
    assert article.status == "published"


SEED_NOISE = {
    "000": ["cgv/lds", "Related Articles", "Back to top button"],
    "001": ["Leave a Reply", "Your email address will not be published"],
    "002": ["Image credit: Reuters", "Comments"],
    "003": ["loading…", "Baca:", "(esn)", "PHOTO/Reuters"],
    "004": [
        "Sign up now for unlimited free access",
        "READ  Poliga",
        "Lascia un commento",
        "Torna in alto",
        "Our standards",
    ],
}


@pytest.mark.parametrize("seed", sorted(SEED_NOISE))
def test_seed_noise_is_dropped_and_the_raw_text_kept(seed_corpus, seed):
    article = article_from(seed)
    for noise in SEED_NOISE[seed]:
        assert noise not in article.body, noise
    raw = bytes(article.raw)
    assert raw == next(
        path.read_bytes()
        for path in __import__("archive.services", fromlist=["SEEDS_DIR"]).SEEDS_DIR.glob(
            f"{seed}_*.txt"
        )
    )


def test_seed_001_closing_quote_is_repaired(seed_corpus):
    body = article_from("001").body
    assert "ā€¯" not in body
    assert "space capabilities,”" in body or "space capabilities, ”" in body


def test_seed_004_credits_are_not_people_in_the_news(seed_corpus):
    article = article_from("004")
    credits = dict(article.credits.values_list("name", "role"))
    assert credits["Kiyoshi Takenaka"] == "reporter"
    assert credits["Martin Pollard"] == "additional_reporting"
    assert credits["Sri Navaratnam"] == "editor"
    credit_names = set(credits)
    mentioned = set(article.mentions.values_list("person__name", flat=True))
    assert not credit_names & mentioned
    assert not Mention.objects.filter(person__name__icontains="Brun").exists()


def test_seed_quotes_have_their_speakers(seed_corpus):
    speakers = set(Quote.objects.exclude(speaker=None).values_list("speaker__slug", flat=True))
    assert {"antony-blinken", "lloyd-austin", "nobuo-kishi", "daniel-russel"} <= speakers


def test_seeds_001_002_004_share_passages_and_000_003_do_not(seed_corpus):
    ids = {seed: article_from(seed).pk for seed in ("000", "001", "002", "003", "004")}
    pairs = {tuple(sorted((pair.first_id, pair.second_id))) for pair in SharedPassage.objects.all()}
    expected = {
        tuple(sorted((ids[a], ids[b]))) for a, b in (("001", "002"), ("001", "004"), ("002", "004"))
    }
    assert expected <= pairs
    assert not any(ids["000"] in pair or ids["003"] in pair for pair in pairs)
    for pair in SharedPassage.objects.all():
        assert pair.passages and pair.passages[0]["a_text"]


def test_seed_search_vector_knows_alias_spellings(seed_corpus):
    assert Article.objects.search("Anthony Blinken").count() == 5
    assert Article.objects.search("林芳正").count() == 5


def test_importing_the_seeds_twice_creates_nothing(seed_corpus):
    counts = (
        Article.objects.count(),
        Mention.objects.count(),
        Quote.objects.count(),
        Credit.objects.count(),
        SharedPassage.objects.count(),
        ArticleMeeting.objects.count(),
    )
    again = seeds_load()
    assert again.created == 0 and again.duplicates == 5
    assert (
        Article.objects.count(),
        Mention.objects.count(),
        Quote.objects.count(),
        Credit.objects.count(),
        SharedPassage.objects.count(),
        ArticleMeeting.objects.count(),
    ) == counts


def test_each_import_is_logged_as_a_batch(seed_corpus):
    batch = ImportBatch.objects.get(channel="seed")
    assert (batch.created, batch.duplicates, batch.failed) == (5, 0, 0)
    assert batch.articles.count() == 5


def test_reextraction_keeps_a_curators_correction(seed_corpus):
    article = article_from("002")
    article.title = "US and Japan pledge defence cooperation (curated)"
    article.curated_fields = ["title"]
    article.save()
    article.body = "tampered by hand"
    article.save()
    article_reextract(article=article)
    article.refresh_from_db()
    assert article.title == "US and Japan pledge defence cooperation (curated)"
    assert "Austin" in article.body  # not curated: the pipeline's value is back
    assert people_of(article) >= {"lloyd-austin"}


def test_curator_meeting_link_survives_reextraction(seed_corpus):
    article = article_from("001")
    article.meeting_links.all().delete()
    ArticleMeeting.objects.create(article=article, meeting_id=article_from("003").meetings.get().pk)
    article.curated_fields = ["meetings"]
    article.save()
    article_reextract(article=article)
    assert list(article.meetings.values_list("slug", flat=True)) == ["scc-2023-01-11"]


# --- Bad input: a clear error per report, the rest saved, nothing half-written -----------

GOOD = (
    "Japan and US ministers meet\n\nTOKYO, Jan 7 (Reuters) – Japanese Foreign Minister "
    "Yoshimasa Hayashi met Antony Blinken in a virtual two-plus-two meeting on Friday.\n\n"
    "“We agreed to deepen cooperation,” Hayashi told reporters after the talks.\n"
)


def make_zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def snapshot():
    return (
        Article.objects.count(),
        Mention.objects.count(),
        Quote.objects.count(),
        Credit.objects.count(),
        ArticleMeeting.objects.count(),
    )


BAD_INPUTS = [
    ("empty.txt", b"", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("huge.txt", b"a" * (6 * 1024 * 1024), "limit"),
    ("rows.jsonl", b'{"text": "broken", "url": \n', "JSON"),
    ("evil.zip", make_zip({"../escape.txt": GOOD.encode()}), "traversal"),
    ("nested.zip", make_zip({"inner.zip": make_zip({"a.txt": GOOD.encode()})}), "nested"),
    ("bomb.zip", make_zip({"bomb.txt": b"0" * (20 * 1024 * 1024)}), ""),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_a_bad_file_is_reported_and_the_good_one_saved(reference, name, data, message):
    before = snapshot()
    report = articles_import(files=[(name, data), ("good.txt", GOOD.encode())], channel="command")
    failed = [o for o in report.outcomes if o.status == ImportStatus.FAILED]
    assert failed, report.outcomes
    assert message.lower() in failed[0].message.lower()
    assert report.created == 1
    good = Article.objects.get(pk=next(o.article_id for o in report.outcomes if o.article_id))
    # Exactly what it held before, plus the good report and what belongs to it.
    assert snapshot() == (
        before[0] + 1,
        before[1] + good.mentions.count(),
        before[2] + good.quotes.count(),
        before[3] + good.credits.count(),
        before[4] + good.meeting_links.count(),
    )
    assert good.mentions.exists() and good.quotes.exists()
    batch = report.batch
    assert batch.failed == len(failed) and batch.errors[0]["message"] == failed[0].message


def test_a_malformed_csv_row_is_skipped_and_the_others_saved(reference):
    csv_text = (
        "url,title,published,text\n"
        f'https://example.com/a,Good one,2022-01-07,"{GOOD}"\n'
        "https://example.com/b,Bad date,not-a-date-at-all-2022-99-99\n"
    )
    report = articles_import(files=[("batch.csv", csv_text.encode())], channel="command")
    assert report.created == 1
    assert report.failed == 1
    assert Article.objects.filter(url="https://example.com/a").exists()


def test_a_jsonl_batch_keeps_row_metadata(reference):
    rows = [
        {
            "url": "https://example.com/one",
            "outlet": "Reuters",
            "title": "Allies meet",
            "published": "2022-01-07",
            "text": GOOD,
        },
        {
            "url": "https://example.com/two",
            "title": "Second",
            "published": "2023-01-11",
            "text": GOOD.replace("Jan 7", "Jan 11") + "\nA different closing paragraph here.",
        },
    ]
    data = "\n".join(json.dumps(row) for row in rows).encode()
    report = articles_import(files=[("rows.jsonl", data)], channel="command")
    assert report.created == 2, [o.message for o in report.outcomes]
    one = Article.objects.get(url="https://example.com/one")
    assert one.title == "Allies meet"
    assert one.published_on == date(2022, 1, 7)


def test_same_url_twice_in_one_batch_creates_one_article(reference):
    rows = [
        {"url": "https://example.com/dup", "text": GOOD},
        {"url": "https://example.com/dup", "text": GOOD + "\nUpdated."},
    ]
    data = "\n".join(json.dumps(row) for row in rows).encode()
    report = articles_import(files=[("rows.jsonl", data)], channel="command")
    assert (report.created, report.duplicates) == (1, 1)


def test_dry_run_saves_nothing(reference):
    before = snapshot()
    report = articles_import(files=[("good.txt", GOOD.encode())], channel="command", dry_run=True)
    assert report.outcomes[0].status == ImportStatus.PARSED
    assert snapshot() == before
    assert not ImportBatch.objects.exists()


def test_html_scripts_never_reach_the_text(reference):
    html = (
        "<html><head><title>Allies meet</title><script>alert('x')</script></head><body>"
        '<article><h1>Allies meet</h1><p onclick="alert(1)">'
        + GOOD.replace("\n\n", "</p><p>")
        + "</p><script>document.write('evil')</script>"
        "</article></body></html>"
    )
    report = articles_import(files=[("page.html", html.encode())], channel="command")
    assert report.created == 1, report.outcomes[0].message
    article = Article.objects.get()
    assert "alert" not in article.body and "<script" not in article.body
    assert "Hayashi" in article.body


def test_a_curators_boilerplate_pattern_drops_the_line_on_the_next_import(reference):
    from archive.models import BoilerplatePattern, Outlet

    text = GOOD + "\nFollow us on Telegram for more news\n"
    first = articles_import(files=[("a.txt", text.encode())], channel="command", dry_run=True)
    assert "Telegram" in first.outcomes[0].parsed.body
    BoilerplatePattern.objects.create(outlet=None, pattern=r"Follow us on \w+ for more news")
    second = articles_import(files=[("a.txt", text.encode())], channel="command", dry_run=True)
    parsed = second.outcomes[0].parsed
    assert "Telegram" not in parsed.body
    assert any("Telegram" in dropped.line for dropped in parsed.dropped)
    # An outlet's own pattern applies to that outlet's reports too.
    reuters = Outlet.objects.get(slug="reuters")
    assert reuters.boilerplate.filter(pattern__startswith="Sign up now").exists()


def test_undecodable_bytes_are_refused_with_a_clear_message(reference):
    garbage = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xFE, 0xFF, 0xC0]) * 200
    report = articles_import(
        files=[("garbage.txt", garbage), ("good.txt", GOOD.encode())], channel="command"
    )
    failed = [o for o in report.outcomes if o.status == ImportStatus.FAILED]
    assert [o.name for o in failed] == ["garbage.txt"]
    assert "undecodable" in failed[0].message or "binary" in failed[0].message
    assert report.created == 1


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("cp1252", "windows-1252"),
        ("shift_jis", "shift_jis"),
        ("euc_jp", "euc-jp"),
    ],
)
def test_each_encoding_is_detected_and_the_raw_bytes_kept(reference, encoding, expected):
    japanese = encoding in ("shift_jis", "euc_jp")
    text = (
        "日米安全保障協議委員会\n\n林芳正外務大臣は、ブリンケン国務長官と会談した。"
        "両国は同盟の強化で一致した。\n"
        if japanese
        else "Allies meet\n\nTOKYO – “We agreed,” Hayashi said — after the talks in Tokyo.\n"
    )
    raw = text.encode(encoding)
    report = articles_import(files=[(f"{encoding}.txt", raw)], channel="command")
    assert report.created == 1, report.outcomes[0].message
    article = Article.objects.get()
    assert article.raw_encoding == expected
    assert bytes(article.raw) == raw
    assert ("林芳正" if japanese else "“We agreed,”") in article.body
    if japanese:
        assert article.mentions.filter(person__slug="yoshimasa-hayashi").exists()


def test_nul_in_row_metadata_does_not_sink_the_batch(reference):
    rows = [
        {
            "url": "https://example.com/nul",
            "title": "Bad\u0000title",
            "byline": "A\u0000B",
            "section": "Poli\u0000tics",
            "text": GOOD,
        },
        {"url": "https://example.com/fine", "text": GOOD + "\nAnother closing paragraph."},
    ]
    data = "\n".join(json.dumps(row) for row in rows).encode()
    report = articles_import(files=[("rows.jsonl", data)], channel="command")
    assert report.failed == 0 and report.created == 2, [o.message for o in report.outcomes]
    assert Article.objects.get(url="https://example.com/nul").title == "Badtitle"
    assert report.batch.created == 2


def test_an_invalid_url_in_a_row_is_dropped_not_the_report(reference):
    data = json.dumps({"url": "not a url at all", "text": GOOD}).encode()
    report = articles_import(files=[("rows.jsonl", data)], channel="command")
    assert report.created == 1, report.outcomes[0].message
    article = Article.objects.get()
    assert article.url is None
    assert article.extraction["source_hints"]["url"] == "not a url at all"


def test_reextraction_keeps_the_rows_metadata(reference):
    data = json.dumps(
        {
            "url": "https://example.com/r",
            "outlet": "Reuters",
            "published": "2022-01-07",
            "title": "From a batch",
            "text": GOOD,
        }
    ).encode()
    articles_import(files=[("rows.jsonl", data)], channel="command")
    article = Article.objects.get()
    before = (article.outlet.slug, article.published_on, article.title)
    article_reextract(article=article)
    article.refresh_from_db()
    assert (article.outlet.slug, article.published_on, article.title) == before


def test_a_rows_language_tag_is_stored_as_its_iso_639_1_code(reference):
    data = json.dumps({"url": "https://example.com/lang", "language": "en-US", "text": GOOD})
    articles_import(files=[("rows.jsonl", data.encode())], channel="command")
    assert Article.objects.get().language == "en"


def test_unknown_sites_are_not_lumped_together(seed_corpus):
    italian = article_from("004").outlet
    assert italian.name == "Unidentified Italian-language site"
    assert italian.kind == "unknown"
    assert article_from("001").outlet.slug == "unidentified"


def test_an_unknown_outlet_named_in_a_row_becomes_an_outlet(reference):
    from archive.models import Outlet

    data = json.dumps(
        {"url": "https://example.com/jt", "outlet": "The Japan Times", "text": GOOD}
    ).encode()
    articles_import(files=[("rows.jsonl", data)], channel="command")
    outlet = Outlet.objects.get(slug="the-japan-times")
    assert outlet.name == "The Japan Times" and outlet.articles.count() == 1
