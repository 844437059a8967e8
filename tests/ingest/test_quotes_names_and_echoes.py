"""Issue 11, quotes by mechanism (invented texts, several languages): a name in quotes
is no one's words (given by "so-called", a genitive after a CJK quote, CJK names listed
together), a partial quote that ends its sentence is the subject's however far from the
verb, a paragraph that is one quote under "X echoed…" is X's, and a transcriber's notes
("(Inaudible.)", "(Laughter.)") are not a turn's words."""

import pytest

from archive.ingest import cjk_quotes
from archive.ingest.people import find_people
from archive.ingest.quote_names import names_a_thing
from archive.ingest.quotes import find_quotes
from archive.ingest.speakers import scare_quote
from archive.ingest.transcripts import read_turns


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text, hit.form) for hit in find_quotes(body, mentions)]


@pytest.mark.parametrize(
    "before",
    [
        "Three years ago the Obama administration announced the so-called ",
        "Hampir 3 tahun lalu pemerintahan Obama mengumumkan apa yang disebut, ",
        'Pemerintahan Obama mengumumkan apa yang disebut, "Asia Pivot" atau ',
        "El gobierno anunció lo que se conoce como ",
        "Il governo ha annunciato il cosiddetto ",
        "Tokyo backed a plan dubbed ",
    ],
)
def test_a_short_quote_a_phrase_names_is_a_name(before):
    assert names_a_thing("Asia Pivot", before)


def test_words_after_a_naming_phrase_long_enough_to_be_words_are_not_a_name():
    text = "we will stand with our allies in every way that we possibly can"
    assert not names_a_thing(text, "He called it what is called ")
    assert not names_a_thing("Asia Pivot", "Blinken told reporters ")


def test_a_named_policy_is_no_ones_quote(ref):
    body = (
        "Antony Blinken said the United States would pursue what is called “a "
        "pivot to Asia” in the years ahead."
    )
    assert quotes(body, ref) == []


def test_a_short_quote_ending_the_sentence_far_from_the_verb_is_the_subjects():
    before = (
        "Hayashi said on Thursday that his ministry was watching the meeting between the "
        "leaders of North Korea and Russia in the Far East "
    )
    text = "carefully and attentively."
    assert scare_quote(text, before, 0, "Hayashi")
    assert not scare_quote(text, before, 0, "Hayashi", ends_sentence=True)
    assert scare_quote("carefully", before, 0, "Hayashi", ends_sentence=True)  # one word


@pytest.mark.parametrize(
    "body",
    [
        "Yoshimasa Hayashi mengatakan pada hari Kamis bahwa kementeriannya mengamati "
        "pertemuan antara kedua pemimpin itu “dengan hati-hati dan penuh perhatian.”",
        "Yoshimasa Hayashi said on Thursday that his ministry was watching the meeting "
        "between the two leaders “carefully and attentively”.",
    ],
)
def test_a_far_partial_quote_ending_the_sentence(ref, body):
    ((slug, _, form),) = quotes(body, ref)
    assert (slug, form) == ("yoshimasa-hayashi", "name-verb-quote")


def test_a_far_partial_quote_inside_the_sentence_stays_the_writers(ref):
    body = (
        "Yoshimasa Hayashi said on Thursday that his ministry and its partners in the region "
        "were working with the “like minded” countries on their next steps."
    )
    assert quotes(body, ref) == []


@pytest.mark.parametrize(
    "above",
    [
        "Japanese Prime Minister Fumio Kishida echoed the president's comments.",
        "El primer ministro japonés, Fumio Kishida, se hizo eco del comentario del presidente.",
        "Perdana Menteri Jepang Fumio Kishida menggemakan komentar presiden itu.",
    ],
)
def test_a_quote_under_an_echo_is_the_echoers(ref, above):
    words = "“It is necessary to further promote cooperation among Japan, the US and Korea.”"
    found = quotes(f"{above}\n\n{words}", ref)
    assert [(slug, form) for slug, _, form in found] == [("fumio-kishida", "introduced")]


def test_a_quote_under_an_echo_of_no_known_person_is_no_ones(ref):
    body = (
        "The prime minister echoed the president's comments.\n\n"
        "“It is necessary to further promote cooperation among Japan, the US and Korea.”"
    )
    assert [(slug, form) for slug, _, form in quotes(body, ref)] == [(None, "unattributed")]


@pytest.mark.parametrize(
    "text, following, expected",
    [
        ("2+2", "の作業を通じて日米同盟の重要性を示すことができた旨述べた。", True),
        ("一个中国", "的原则。", True),
        ("2+2", "と述べた。", False),  # the quotative: words said
        ("日米同盟を一層強化していきたい。", "の考えを示した。", False),  # its own punctuation
    ],
)
def test_a_genitive_after_a_short_cjk_quote_makes_it_a_name(text, following, expected):
    assert cjk_quotes.qualifies_a_noun(text, following) is expected


def test_a_name_in_a_cjk_readout_is_no_ones_quote(ref):
    body = "ケリー長官から,今般,「2+2」の作業を通じて日米同盟の重要性を示すことができた旨述べた。"
    assert quotes(body, ref) == []


@pytest.mark.parametrize(
    "following, expected",
    [
        ("及び「核リスク低減に関する日米協力」(PDF)の文書を発出した。", True),
        ("や「日米協力」を発表した。", True),
        ("和“一带一路”的倡议。", True),
        ("及び「日米協力」と述べた。", False),
    ],
)
def test_cjk_names_listed_together_are_read_by_the_last(following, expected):
    name = "新たなイニシアティブに関するファクトシート"
    assert cjk_quotes.reads_as_a_name(name, following) is expected


def _turns(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit, _ in read_turns(body, ref.index, mentions)]


def test_a_transcribers_notes_are_no_words_of_the_turn(ref):
    body = (
        "SECRETARY BLINKEN: (Laughter.) Thank you all for coming. We met today.\n\n"
        "FOREIGN MINISTER HAYASHI: (Inaudible.) (Laughter.)\n\n"
        "FOREIGN MINISTER HAYASHI: (Via interpreter) (Applause.) Thank you, Tony. Yes."
    )
    assert _turns(body, ref) == [
        ("antony-blinken", "Thank you all for coming."),
        ("yoshimasa-hayashi", "Thank you, Tony."),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # Someone else's name for a thing: "what Beijing calls", "described as".
        "Fumio Kishida said on Wednesday that Japan would keep working with partners to "
        'resist what Beijing calls "a peaceful reunification of the motherland."',
        "Joe Biden told reporters after the talks that the two countries had built what one "
        'official described as a "global partnership of a new kind."',
        # Two words ending the sentence far from the verb: the writer's phrase.
        "Fumio Kishida said on Wednesday that Japan would keep working with its partners in "
        'the region on what remains a "global partnership."',
    ],
)
def test_a_phrase_someone_else_names_is_not_the_subjects_quote(ref, body):
    assert [speaker for speaker, _, _ in quotes(body, ref) if speaker] == []
