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
