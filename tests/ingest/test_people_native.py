"""People in native scripts: kanji, katakana, hangul, hanzi; surnames before titles."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import KnownPerson, Reference


def found(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(m.slug, m.form) for m in mentions]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Kanji: the full name, the surname before a title.
        ("林芳正外務大臣は会談に臨んだ。", [("yoshimasa-hayashi", "林芳正")]),
        ("林外務大臣は会談に臨んだ。", [("yoshimasa-hayashi", "林外務大臣")]),
        ("林大臣から説明があった。", [("yoshimasa-hayashi", "林大臣")]),
        ("岸田総理は述べた。", [("fumio-kishida", "岸田総理")]),
        ("岸田首相と岸防衛大臣", [("fumio-kishida", "岸田首相"), ("nobuo-kishi", "岸防衛大臣")]),
        ("岸田文雄首相が出席した。", [("fumio-kishida", "岸田文雄")]),  # longest first
        ("浜田防衛相は語った。", [("yasukazu-hamada", "浜田防衛相")]),
        # A surname alone, without a title, is a common word: no one.
        ("林の中を歩いた。", []),
        ("岸田は静かな町だ。", []),
        ("森林と林道", []),
        # Katakana: Americans as MOFA writes them.
        ("ブリンケン国務長官と会談した。", [("antony-blinken", "ブリンケン国務長官")]),
        ("オースティン長官は述べた。", [("lloyd-austin", "オースティン長官")]),
        ("アントニー・ブリンケン米国国務長官", [("antony-blinken", "アントニー・ブリンケン")]),
        ("シャナハン米国防長官代行と会談", [("patrick-shanahan", "シャナハン米国防長官")]),
        # Hangul, with the space Korean puts before a title.
        ("블링컨 국무장관은 말했다", [("antony-blinken", "블링컨 국무장관")]),
        ("하야시 외무상은 말했다", [("yoshimasa-hayashi", "하야시 외무상")]),
        (
            "기시다 총리와 기시 방위상",
            [("fumio-kishida", "기시다 총리"), ("nobuo-kishi", "기시 방위상")],
        ),
        ("하야시 요시마사 외무상", [("yoshimasa-hayashi", "하야시 요시마사")]),
        # Hanzi, simplified and traditional.
        ("布林肯说", [("antony-blinken", "布林肯")]),
        ("美国防长奥斯汀表示", [("lloyd-austin", "奥斯汀")]),
        ("美國防長奧斯汀表示", [("lloyd-austin", "奧斯汀")]),
        ("日本外相林芳正", [("yoshimasa-hayashi", "林芳正")]),
        ("日本首相岸田文雄", [("fumio-kishida", "岸田文雄")]),
        ("日本防卫大臣滨田靖一", [("yasukazu-hamada", "滨田靖一")]),
        ("日本防衛大臣濱田靖一", [("yasukazu-hamada", "濱田靖一")]),
        ("林外相表示", [("yoshimasa-hayashi", "林外相")]),
        # Surname-first Latin forms, MOFA's capitals included.
        (
            "HAYASHI Yoshimasa, Minister for Foreign Affairs",
            [("yoshimasa-hayashi", "HAYASHI Yoshimasa")],
        ),
        ("Mr. KISHI Nobuo met him.", [("nobuo-kishi", "KISHI Nobuo")]),
    ],
)
def test_native_forms(ref, body, expected):
    assert found(body, ref) == expected


def test_a_western_surname_after_the_full_name(ref):
    body = "アントニー・ブリンケン国務長官が来日した。ブリンケンは総理を表敬した。"
    assert found(body, ref) == [
        ("antony-blinken", "アントニー・ブリンケン"),
        ("antony-blinken", "ブリンケン"),
    ]


def test_a_western_surname_alone_needs_a_title_or_the_full_name(ref):
    assert found("ブリンケンという名前", ref) == []


def test_a_title_before_a_western_surname(ref):
    assert found("美国国务卿克里访问东京", ref) == [("john-f-kerry", "克里")]


def test_two_characters_are_too_few_after_the_full_name(ref):
    # "克里" (Kerry) is in "克里米亚" (Crimea): a short surname needs its title every time.
    body = "约翰·克里访问东京，谈到克里米亚局势。"
    assert found(body, ref) == [("john-f-kerry", "约翰·克里")]


def test_a_given_name_before_a_middle_dot_matches_alone(ref):
    assert found("希拉里访问日本", ref) == [("hillary-rodham-clinton", "希拉里")]


def test_a_surname_two_people_share_is_nobody():
    reference = Reference(
        people=(
            KnownPerson("naoto-kan", "Naoto Kan", "Japan", ("菅直人", "菅")),
            KnownPerson("yoshihide-suga", "Yoshihide Suga", "Japan", ("菅義偉", "菅")),
        )
    )
    assert found("菅総理は述べた。", reference) == []
    assert found("菅義偉総理は述べた。", reference) == [("yoshihide-suga", "菅義偉")]


def test_a_one_character_alias_needs_a_title():
    reference = Reference(
        people=(KnownPerson("yoshimasa-hayashi", "Yoshimasa Hayashi", "Japan", ("林",)),)
    )
    assert found("林で会った。林外相に会った。", reference) == [("yoshimasa-hayashi", "林外相")]
