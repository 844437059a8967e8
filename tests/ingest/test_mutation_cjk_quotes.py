"""The same speaker going on (issue 11's mutation sample, cjk_quotes.py): a CJK quote
whose sentence opens with a connective ("また、", "이어") and nothing else, and ends with a
speech verb, is the previous quote's speaker's, slug and name both."""

import pytest

from archive.ingest.cjk_quotes import attribute, introduced_speaker, relayed
from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.results import Mention


def _attribute(paragraph: str, opening: str, closing: str, previous):
    start = paragraph.index(opening)
    end = paragraph.index(closing, start + 1) + 1
    return attribute(paragraph, 0, start, end, [(start, end)], [], previous)


@pytest.mark.parametrize(
    ("paragraph", "opening", "closing", "previous"),
    [
        ("また、「同盟をさらに強化していく」と述べた。", "「", "」", ("fumio-kishida", "岸田総理")),
        ("이어 “동맹을 더욱 강화하겠다”고 말했다.", "“", "”", ("yoon-suk-yeol", "윤석열 대통령")),
    ],
)
def test_a_connective_carries_the_previous_speaker_on(paragraph, opening, closing, previous):
    found = _attribute(paragraph, opening, closing, previous)
    assert (found.form, found.slug, found.name, found.pronoun) == ("same-speaker", *previous, True)


def test_no_one_quoted_before_carries_no_one_on():
    found = _attribute("また、「同盟をさらに強化していく」と述べた。", "「", "」", (None, ""))
    assert found is None or found.form != "same-speaker"


@pytest.mark.parametrize(
    ("paragraph", "opening", "closing"),
    [
        ("他说：“同盟是基石。”", "“", "”"),
        ("同大臣は「同盟をさらに強化していく」と述べた。", "「", "」"),
    ],
)
def test_a_pronoun_subject_is_the_previous_speaker_and_marked_a_pronoun(
    paragraph, opening, closing
):
    # Attribution.pronoun is read by no caller in the package yet (quotes.py takes the
    # form, slug and name); the flag is part of what attribute() returns all the same.
    previous = ("antony-blinken", "布林肯")
    found = _attribute(paragraph, opening, closing, previous)
    assert (found.form, found.slug, found.name, found.pronoun) == (
        "pronoun-verb-quote",
        *previous,
        True,
    )


def _speakers(ref, sentence):
    body = f"林芳正外相和布林肯国务卿举行了会谈。\n\n{sentence}"
    mentions, _ = find_people(body, ref.index)
    return [hit.speaker_slug for hit in find_quotes(body, mentions, index=ref.index)]


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # One clause: the president gave the speech, stressing the words.
        (
            "拜登总统上周访问东京并在记者会上发表声明,强调“美国百分之百与同盟国日本同在”。",
            ["joe-biden"],
        ),
        # A second clause with a subject of its own (日方, no known person) gave it.
        (
            "拜登总统上周访问东京并与各方举行会谈,日方随后在记者会上发表声明,"
            "强调“美国百分之百与同盟国日本同在”。",
            [],
        ),
    ],
)
def test_a_speech_made_in_a_clause_of_its_own_is_not_the_first_subjects(ref, sentence, speakers):
    assert [slug for slug in _speakers(ref, sentence) if slug] == speakers


# A colon after a speech clause: "拜登总统…发表了…讲话：“…”". "演说：" was read as the verb
# 说, but "讲话：" (no verb) as a headline's "name: words" colon, which must follow the name
# at once, so it gave no speaker. The speech-clause rule now holds for a colon too (the
# mutation sample's cjk_quotes._reported 45 showed it).


def test_a_colon_after_a_speech_noun_read_as_a_verb_gives_the_speaker(ref):
    sentence = "拜登总统在白宫南草坪向全国民众发表了一次重要的电视演说：“我们与日本站在一起。”"
    assert [slug for slug in _speakers(ref, sentence) if slug] == ["joe-biden"]


def test_a_colon_after_the_speech_of_a_subject_not_known_gives_no_speaker(ref):
    sentence = "拜登总统离开后,日方发表声明：“美国百分之百与同盟国日本同在。”"
    assert [slug for slug in _speakers(ref, sentence) if slug] == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "拜登总统在白宫南草坪向全国民众发表了一次重要的电视讲话：“我们与日本站在一起。”",
            "joe-biden",
        ),
        ("拜登总统访问东京时,岸田首相发表讲话：“美国百分之百与同盟国日本同在。”", "fumio-kishida"),
    ],
    ids=["the-subjects-speech", "the-last-clauses-subject"],
)
def test_a_colon_after_a_speech_clause_gives_the_speaker(ref, sentence, speaker):
    assert [slug for slug in _speakers(ref, sentence) if slug] == [speaker]


def test_a_spokesperson_relays_only_in_the_sentence_after_the_quote():
    # Korean ends sentences with "."; the relay read is the sentence after the quote's, not
    # the first one of the body.
    body = (
        "외교부는 “동맹은 굳건하다”라고 밝혔다. 박민수 대변인은 이같이 전했다. "
        "백악관은 “협력을 넓히겠다”라고 밝혔다. 회담은 내일 열린다."
    )
    first = body.index("”라고")
    second = body.index("”라고", first + 1)
    assert relayed(body, first, []).name == "박민수 대변인"
    assert relayed(body, second, []) is None


@pytest.mark.parametrize("offset", [0, 100])
def test_the_speaker_introduced_is_named_in_the_announcing_sentence_only(offset):
    # a50f3b0 sample: "…次のように述べた" announces the quote below; its subject is the
    # person named in that sentence, not one named in a sentence before it.
    earlier = "林外相は東京に到着した。会談後、記者団に次のように述べた。"
    hayashi = [Mention("yoshimasa-hayashi", offset, offset + 1, "林")]
    assert introduced_speaker(earlier, offset, hayashi) is None
    same = "会談が行われた。林外相は次のように述べた。"
    at = offset + same.index("林")
    assert introduced_speaker(same, offset, [Mention("yoshimasa-hayashi", at, at + 1, "林")]) == (
        "yoshimasa-hayashi",
        "林",
    )


def test_a_known_spokesperson_who_relays_is_named_by_their_mention():
    # a50f3b0 sample: the one known person in the relaying sentence's subject, by the form
    # their mention printed.
    body = "외교부는 “동맹은 굳건하다”라고 밝혔다. 박민수 대변인은 이같이 전했다. 회담은 내일."
    quote_end, park = body.index("”라고"), body.index("박민수")
    found = relayed(body, quote_end, [Mention("min-su-park", park, park + 3, "박민수")])
    assert (found.form, found.slug, found.name) == ("relayed", "min-su-park", "박민수")


# --- the seed-20261207 sample (attribute 185): a name right after the quote is its speaker
# when a speech verb follows within 30 characters of the name.

_AFTER_NAME = "在会谈后的记者会上对记者" * 3  # 36 characters of words between name and verb


@pytest.mark.parametrize(
    ("between", "speaker"), [(0, "yoshimasa-hayashi"), (29, "yoshimasa-hayashi"), (30, None)]
)
def test_a_speech_verb_within_thirty_characters_of_the_name_after_the_quote(ref, between, speaker):
    body = (
        "日美外长举行会谈。\n\n“日美同盟坚如磐石，我们将继续密切合作。”林芳正"
        + _AFTER_NAME[:between]
        + "说。"
    )
    mentions, _ = find_people(body, ref.index)
    assert [hit.speaker_slug for hit in find_quotes(body, mentions, index=ref.index)] == [speaker]
