"""Who said a quote, in shapes of real pages the first corpus lacked: a verb of praise
before the quoted words ("memuji ikatan “…”", "praised the alliance as “…”"), a name
glued to a related link run into the sentence ("…di Timur TengahBlinken mengatakan,
“…”"), and Chinese reported speech ("奥斯汀…表示,…是“不幸的”") and headlines ("奥斯汀:
…“…”"). The pages are invented."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(h.form, h.speaker_slug, h.text) for h in find_quotes(body, mentions, index=ref.index)]


def test_a_verb_of_praise_before_the_quote_names_its_speaker(ref):
    indonesian = (
        "Setelah bertemu dengan Perdana Menteri Jepang untuk pertama kalinya, Presiden Joe"
        " Biden memuji ikatan “sejarah, perdagangan, budaya, dan rasa hormat yang besar”"
        " antara kedua bangsa."
    )
    english = (
        "President Joe Biden praised the alliance as “the cornerstone of peace and security"
        " in the region” on Wednesday."
    )
    spanish = (
        "El presidente Joe Biden elogió la alianza como “la piedra angular de la paz y la"
        " seguridad en la región” el miércoles."
    )
    for body in (indonesian, english, spanish):
        assert [speaker for _, speaker, _ in quotes(body, ref)] == ["joe-biden"], body


def test_a_verb_of_praise_far_from_the_quote_names_no_one(ref):
    body = (
        "President Joe Biden praised the many contributions that the people of both"
        " countries have made over the decades to what the communique calls “a partnership"
        " of free and open societies in the region.”"
    )
    assert [speaker for _, speaker, _ in quotes(body, ref)] == [None]


def test_a_surname_glued_to_a_related_link_is_the_speaker(ref):
    body = (
        "BACA JUGA: Jepang dan AS Gelar Pembicaraan di Timur TengahBlinken mengatakan,"
        " “Kami membahas rinciannya setiap hari bersama para mitra kami di kawasan.”"
    )
    assert quotes(body, ref) == [
        (
            "name-verb-quote",
            "antony-blinken",
            "Kami membahas rinciannya setiap hari bersama para mitra kami di kawasan.",
        )
    ]
    # A glued tail that is nobody's surname names no one; "McCain" is no glued name.
    for name in ("di Timur TengahSmithson", "Senator McCain"):
        body2 = body.replace("di Timur TengahBlinken", name)
        assert [speaker for _, speaker, _ in quotes(body2, ref)] == [None]


def test_chinese_reported_speech_is_the_speakers(ref):
    body = "美国国防部长奥斯汀6月1日在东京表示,中国国防部长拒绝与他会晤是“不幸的”。"
    assert quotes(body, ref) == [("name-verb-quote", "lloyd-austin", "不幸的")]
    traditional = "美國國防部長奧斯汀6月1日在東京表示,中國國防部長拒絕與他會晤是“不幸的”。"
    assert quotes(traditional, ref) == [("name-verb-quote", "lloyd-austin", "不幸的")]


def test_someone_else_named_after_the_verb_leaves_the_quote_open(ref):
    body = "奥斯汀表示,岸田首相此前称这是“非常重要的一步”。"
    assert ("name-verb-quote", "lloyd-austin", "非常重要的一步") not in quotes(body, ref)


def test_a_headline_name_and_colon_speaks_its_quote(ref):
    body = "奧斯汀:中國防長拒絕與他會晤是不幸的 中國挑釁性攔截美國飛機“非常令人擔憂”"
    assert quotes(body, ref) == [("name-verb-colon-quote", "lloyd-austin", "非常令人擔憂")]
    # A colon after no known name names no one, and a short quote is then no quote.
    assert quotes("消息人士:美日关系“非常重要”", ref) == []


def test_according_to_names_the_speaker_after_the_quote(ref):
    words = "We will deepen our cooperation with Japan across the region,"
    for after in ("according to", "según", "menurut", "secondo"):
        found = quotes(f"“{words}” {after} Antony Blinken.", ref)
        assert found[0][:2] == ("quote-verb-name", "antony-blinken"), after
    # "according to reports" names no one.
    assert quotes(f"“{words}” according to reports.", ref)[0][:2] == ("unattributed", None)


@pytest.mark.parametrize(
    "body",
    [
        "“Vamos a profundizar la cooperación con Japón en toda la región”, recalcó Antony Blinken.",
        "“Approfondiremo la cooperazione con il Giappone in tutta la regione”, ha osservato"
        " Antony Blinken.",
        "“Kami akan memperdalam kerja sama dengan Jepang di kawasan,” papar Antony Blinken.",
        "토니 블링컨 국무장관은 “일본과의 협력을 지역 전반에서 심화하겠다”고 평가했습니다.",
        "布林肯警告：“我们将在整个地区深化与日本的合作。”",
    ],
)
def test_more_speech_verbs_in_each_language(ref, body):
    assert [who for _, who, _ in quotes(body, ref)] == ["antony-blinken"], body


def test_a_few_words_far_from_the_speech_verb_are_the_writers(ref):
    italian = (
        "Per quanto concerne la Corea del Nord, il Ministro Yoshimasa Hayashi ha affermato che"
        " il Giappone è seriamente preoccupato delle attività nucleari e missilistiche"
        " nordcoreane, e che è necessario che il G7 e i Paesi “like minded” lavorino insieme."
    )
    assert quotes(italian, ref) == []
    english = (
        "Antony Blinken said that the United States was deeply concerned about the missile"
        " launches of recent weeks and that the allies and other “like-minded partners” must"
        " act together."
    )
    assert quotes(english, ref) == []
    # Close to the verb, a few words are the speaker's.
    near = "Antony Blinken said the alliance was “stronger than ever” on Friday."
    assert quotes(near, ref) == [("name-verb-quote", "antony-blinken", "stronger than ever")]
