"""Issue 11: in a press conference's transcript, a reporter's question that quotes the
one asked ("「…」と言われましたけれども", "“…”라고 말씀하셨는데") gives those words to
the speaker of the answer after it (invented transcripts)."""

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

JAPANESE = (
    "林外務大臣は冒頭、会談の結果について説明した。\n\n"
    "Q:昨日の会見で「同盟を一層強化する」と言われましたけれども、具体的にはどういうことでしょうか。\n\n"
    "A:防衛協力を進めていきたいということです。\n\n"
    "Q:分かりました。ありがとうございます。\n\n"
    "A:以上です。"
)
KOREAN = (
    "기자: 어제 회견에서 “동맹을 더욱 강화하겠다”고 말씀하셨는데 구체적으로 어떤 뜻입니까?\n\n"
    "블링컨 장관: 방위 협력을 진전시키겠다는 뜻입니다.\n\n"
    "기자: 감사합니다.\n\n"
    "블링컨 장관: 고맙습니다."
)


def quoted(body, ref):
    mentions, _ = find_people(body, ref.index)
    hits = find_quotes(body, mentions, index=ref.index)
    return [(hit.speaker_slug, hit.text) for hit in hits if hit.form == "quoted-back"]


def test_a_question_quoting_the_minister_gives_the_words_to_the_answer(ref):
    assert quoted(JAPANESE, ref) == [("yoshimasa-hayashi", "同盟を一層強化する")]


def test_a_korean_question_quoting_the_secretary(ref):
    assert quoted(KOREAN, ref) == [("antony-blinken", "동맹을 더욱 강화하겠다")]


def test_the_same_quote_in_an_answer_is_not_quoted_back(ref):
    body = JAPANESE.replace("Q:昨日の会見で", "A:昨日の会見で", 1)
    assert quoted(body, ref) == []


def test_a_quote_in_a_question_with_a_plain_verb_is_not_the_answers(ref):
    body = JAPANESE.replace("と言われましたけれども", "と首相が述べましたけれども")
    assert quoted(body, ref) == []


def test_outside_a_transcript_there_is_no_one_asked(ref):
    body = "昨日の会見で「同盟を一層強化する」と言われましたけれども、具体的には不明だ。"
    assert quoted(body, ref) == []


def test_what_is_said_in_the_impersonal_passive_is_no_ones_words(ref):
    """「…」と言われています / とされています: "it is said", not "you said"."""
    for verb in ("と言われていますけれども", "と言われておりますが", "とされていますが"):
        body = JAPANESE.replace("と言われましたけれども", verb, 1)
        assert quoted(body, ref) == [], verb
