"""Transcript turns and speaker lines: quotes whose speaker is printed above or before."""

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.transcripts import find_turns

TRANSCRIPT = "\n\n".join(
    [
        "MODERATOR: Good afternoon. The ministers will make brief remarks first.",
        (
            "SECRETARY BLINKEN: Thank you very much. It is good to be back in Tokyo with "
            "our friends."
        ),
        "FOREIGN MINISTER HAYASHI (THROUGH TRANSLATOR): First, let me welcome everyone here.",
        "QUESTION: Thank you. A question for both ministers about the alliance.",
        "SECRETARY BLINKEN: So yesterday —",
    ]
)


def test_each_turn_is_a_quote_of_its_speaker(ref):
    hits = find_turns(TRANSCRIPT, ref.index)
    assert [(hit.speaker_slug, hit.speaker_name, hit.text) for hit in hits] == [
        (None, "MODERATOR", "Good afternoon."),
        ("antony-blinken", "SECRETARY BLINKEN", "Thank you very much."),
        ("yoshimasa-hayashi", "FOREIGN MINISTER HAYASHI", "First, let me welcome everyone here."),
        (None, "QUESTION", "Thank you."),
        ("antony-blinken", "SECRETARY BLINKEN", "So yesterday —"),
    ]
    assert all(TRANSCRIPT[hit.start : hit.end] == hit.text for hit in hits)
    assert {hit.form for hit in hits} == {"transcript-turn"}


def test_one_capitalised_label_is_no_transcript(ref):
    body = "TOKYO: Japan and the United States agreed on Friday to deepen their cooperation."
    assert find_turns(body, ref.index) == []


def test_labels_without_a_speaker_are_no_turns(ref):
    body = "READ MORE: Japan plans a new base\n\nBACA JUGA: Jepang dan AS bertemu"
    assert find_turns(body, ref.index) == []


def test_the_interpreter_note_is_not_quoted(ref):
    body = (
        "SECRETARY AUSTIN: Thank you.\n\n"
        "MINISTER HAMADA: (Via interpreter) We agreed on the plan. Next, the budget."
    )
    assert [hit.text for hit in find_turns(body, ref.index)] == [
        "Thank you.",
        "We agreed on the plan.",
    ]


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(h.form, h.speaker_slug, h.text) for h in find_quotes(body, mentions, index=ref.index)]


def test_a_quote_under_a_speaker_line(ref):
    body = (
        "오스틴 장관은 동맹의 중요성을 강조했습니다.\n\n"
        "로이드 오스틴 / 미국 국방장관\n\n"
        "“우리는 동맹을 더욱 강화할 것입니다.”"
    )
    assert quotes(body, ref) == [
        ("speaker-line-quote", "lloyd-austin", "우리는 동맹을 더욱 강화할 것입니다.")
    ]


def test_an_english_speaker_line(ref):
    body = (
        "Lloyd Austin, Secretary of Defense\n\n"
        "“We will keep working together to deter aggression in the region.”"
    )
    assert quotes(body, ref) == [
        (
            "speaker-line-quote",
            "lloyd-austin",
            "We will keep working together to deter aggression in the region.",
        )
    ]


def test_a_sentence_is_no_speaker_line(ref):
    body = (
        "Lloyd Austin spoke.\n\n"
        "“We will keep working together to deter aggression in the whole region.”"
    )
    assert [form for form, _, _ in quotes(body, ref)] != ["speaker-line-quote"]


def test_a_known_speaker_label_is_a_mention(ref):
    from archive.ingest.transcripts import read_turns

    mentions = [mention for _, mention in read_turns(TRANSCRIPT, ref.index) if mention]
    assert [(m.slug, m.form) for m in mentions] == [
        ("antony-blinken", "SECRETARY BLINKEN"),
        ("yoshimasa-hayashi", "FOREIGN MINISTER HAYASHI"),
        ("antony-blinken", "SECRETARY BLINKEN"),
    ]
    assert all(TRANSCRIPT[m.start : m.end] == m.form for m in mentions)


def test_one_turn_is_enough_when_its_label_is_a_title_and_a_known_person(ref):
    body = (
        "SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Well, Minister, welcome to Washington. "
        "We have much to discuss.\n\n"
        "The alliance has never been stronger, and we will keep it that way."
    )
    hits = find_turns(body, ref.index)
    assert [(h.speaker_slug, h.text) for h in hits] == [
        ("lloyd-austin", "Well, Minister, welcome to Washington.")
    ]


def test_one_turn_without_a_title_or_a_known_person_is_no_transcript(ref):
    for body in (
        "AUSTIN: We have much to discuss today in Washington.",
        "SECRETARY SMITHERSON: We have much to discuss today in Washington.",
        "QUESTION: What will the two ministers discuss today?",
    ):
        assert find_turns(body, ref.index) == [], body


def turns_under_headings(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(h.form, h.speaker_slug, h.text) for h in find_turns(body, ref.index, mentions)]


def test_a_speech_heading_names_the_speaker_of_the_paragraph_under_it(ref):
    body = (
        "[Opening Statement by Secretary of State Antony Blinken]\n\n"
        "Thank you all for coming. We met for three hours today.\n\n"
        "The ministers agreed on a new plan."
    )
    assert turns_under_headings(body, ref) == [
        ("speech-heading", "antony-blinken", "Thank you all for coming.")
    ]


def test_a_speech_heading_in_chinese_and_japanese(ref):
    zh = "【林芳正外务大臣开场发言】\n\n谢谢大家。今天我们进行了很好的会谈。"
    ja = "〔林芳正外務大臣冒頭発言〕\n\n皆様、こんにちは。本日は有意義な会談でした。"
    assert turns_under_headings(zh, ref) == [("speech-heading", "yoshimasa-hayashi", "谢谢大家。")]
    assert turns_under_headings(ja, ref) == [
        ("speech-heading", "yoshimasa-hayashi", "皆様、こんにちは。")
    ]


def test_a_bracketed_line_without_a_speech_or_with_two_people_is_no_heading(ref):
    for heading in (
        "[Photo: Secretary of State Antony Blinken in Tokyo]",
        "[Remarks by Antony Blinken and Yoshimasa Hayashi]",
        "[Opening Statement by the Moderator]",
    ):
        body = f"{heading}\n\nThank you all for coming. We met for three hours today."
        assert turns_under_headings(body, ref) == [], heading
