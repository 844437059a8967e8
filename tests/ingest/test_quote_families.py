"""Who said a quote, by family of wording (issue 11): shapes a reader of news in English,
Spanish, Italian and Indonesian meets on any site, each tried on several invented
sentences, and the near misses that must stay unattributed (a place, an outlet or a
common noun where the speaker would stand)."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

ON = date(2023, 7, 28)
MET = {
    "en": "Antony Blinken met Yoshimasa Hayashi in Tokyo on Friday.\n\n",
    "es": "Antony Blinken se reunió con Yoshimasa Hayashi en Tokio el viernes.\n\n",
    "it": "Antony Blinken ha incontrato Yoshimasa Hayashi a Tokyo venerdì.\n\n",
    "id": "Antony Blinken bertemu Yoshimasa Hayashi di Tokyo pada hari Jumat.\n\n",
}


def speakers(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [hit.speaker_slug for hit in find_quotes(body, mentions, index=ref.index, on=ON)]


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "“We will keep working closely with Japan on every front,” Blinken announced."),
        ("en", "“We will keep working closely with Japan on every front,” Blinken affirmed."),
        ("en", "“We will keep working closely with Japan on every front,” Blinken pointed out."),
        ("en", "“We will keep working closely with Japan on every front,” vowed Blinken."),
        ("es", "“La alianza nunca ha sido más fuerte que hoy”, ha dicho Blinken."),
        ("es", "“La alianza nunca ha sido más fuerte que hoy”, ha afirmado Blinken."),
        ("id", "“Aliansi ini tidak pernah sekuat sekarang,” tambah Blinken."),
        ("id", "“Aliansi ini tidak pernah sekuat sekarang,” jelas Blinken kepada wartawan."),
        ("id", "“Aliansi ini tidak pernah sekuat sekarang,” lanjut Blinken."),
        ("id", "“Aliansi ini tidak pernah sekuat sekarang,” demikian kata Blinken."),
        ("it", "«L'alleanza non è mai stata così forte come oggi», ha replicato Blinken."),
    ],
)
def test_a_verb_that_attributes_only_after_the_quote(ref, language, sentence):
    assert speakers(MET[language] + sentence, ref) == ["antony-blinken"]


def test_a_verb_that_takes_an_object_before_a_quote_names_no_speaker(ref):
    """ "announced a “…”" is the writer's naming of what was announced, not a quote."""
    body = MET["en"] + "Blinken announced a “comprehensive strategic partnership” with Japan."
    assert speakers(body, ref) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Blinken juga mengatakan “aliansi ini tidak pernah sekuat sekarang.”",
        "Blinken también dijo que “la alianza nunca ha sido más fuerte que hoy”.",
        "Blinken also said the alliance “has never been stronger than it is today.”",
    ],
)
def test_also_between_the_subject_and_its_verb(ref, sentence):
    assert speakers(MET["en"] + sentence, ref) == ["antony-blinken"]


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "According to Blinken, “the alliance has never been stronger than it is today.”"),
        (
            "en",
            "According to Secretary of State Antony Blinken, the allies are “stronger than"
            " ever before.”",
        ),
        ("es", "Según Blinken, “la alianza nunca ha sido más fuerte que hoy”."),
        ("id", "Menurut Blinken, “aliansi ini tidak pernah sekuat sekarang.”"),
        ("it", "Secondo Blinken, «l'alleanza non è mai stata così forte come oggi»."),
    ],
)
def test_according_to_a_known_person_before_the_quote(ref, language, sentence):
    assert speakers(MET[language] + sentence, ref) == ["antony-blinken"]


def test_according_to_an_institution_names_no_speaker(ref):
    body = MET["en"] + (
        "According to Japan's Foreign Ministry, “the alliance has never been stronger than"
        " it is today.”"
    )
    assert speakers(body, ref) == [None]


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("es", "“La alianza nunca ha sido más fuerte que hoy”, declaró a la prensa Hayashi."),
        ("es", "“La alianza nunca ha sido más fuerte que hoy”, manifestó por su parte Hayashi."),
        (
            "it",
            "«L'alleanza non è mai stata così forte», ha spiegato ai giornalisti Hayashi.",
        ),
        (
            "it",
            "«L'alleanza non è mai stata così forte come oggi», ha affermato il ministro"
            " degli Esteri Hayashi.",
        ),
        ("en", "“The alliance has never been stronger than it is today,” said in Tokyo Hayashi."),
    ],
)
def test_a_few_words_between_the_verb_and_a_known_name(ref, language, sentence):
    assert speakers(MET[language] + sentence, ref) == ["yoshimasa-hayashi"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“La alianza nunca ha sido más fuerte que hoy”, dijo en una entrevista con CNN.",
        "“La alianza nunca ha sido más fuerte que hoy”, afirmó el diario Asahi.",
        "“The alliance has never been stronger than it is today,” said a spokesman for Japan.",
    ],
)
def test_a_few_words_then_a_name_no_one_knows_names_no_speaker(ref, sentence):
    assert speakers(MET["es"] + sentence, ref) == [None]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "“The alliance has never been stronger,” Secretary of State Antony Blinken said.",
            "antony-blinken",
        ),
        (
            "“The alliance has never been stronger,” Minister for Foreign Affairs Yoshimasa"
            " Hayashi told reporters.",
            "yoshimasa-hayashi",
        ),
        (
            "“The alliance has never been stronger,” Hayashi, Japan's foreign minister, said.",
            "yoshimasa-hayashi",
        ),
        (
            "“The alliance has never been stronger,” Blinken, speaking alongside Hayashi, said.",
            "antony-blinken",
        ),
        (
            "“We are determined to deepen our cooperation,” Hayashi was quoted as saying.",
            "yoshimasa-hayashi",
        ),
    ],
)
def test_a_title_or_an_apposition_between_the_quote_and_the_verb(ref, sentence, speaker):
    assert speakers(MET["en"] + sentence, ref) == [speaker]


def test_an_apposition_after_a_place_names_no_speaker(ref):
    body = MET["en"] + "“The alliance has never been stronger,” Tokyo, a city of millions, said."
    assert speakers(body, ref) == []


@pytest.mark.parametrize(
    "language, quotes",
    [
        ("es", "“La alianza es fuerte”, dijo Hayashi.\n\n“Nunca ha sido más fuerte”, insistió."),
        ("es", "“La alianza es fuerte”, dijo Hayashi. “Nunca fue tan fuerte”, añadió en Tokio."),
        (
            "it",
            "«L'alleanza è forte», ha detto Hayashi. «Non è mai stata così forte», ha"
            " aggiunto in conferenza stampa.",
        ),
        ("id", "“Aliansi ini kuat,” kata Hayashi.\n\n“Tidak pernah sekuat sekarang,” ungkapnya."),
        ("id", "“Aliansi ini kuat,” kata Hayashi.\n\n“Tidak pernah sekuat sekarang,” tegasnya."),
    ],
)
def test_a_verb_with_no_subject_goes_on_with_the_last_speaker(ref, language, quotes):
    assert speakers(MET[language] + quotes, ref) == ["yoshimasa-hayashi"] * 2


def test_a_verb_with_a_subject_of_its_own_is_not_the_last_speakers(ref):
    body = MET["es"] + (
        "“La alianza es fuerte”, dijo Hayashi.\n\n"
        "“Nunca ha sido más fuerte que hoy en toda su historia”, sostuvo el funcionario japonés."
    )
    assert speakers(body, ref) == ["yoshimasa-hayashi", None]


def speakers_on(body, ref, on):
    mentions, _ = find_people(body, ref.index)
    return [hit.speaker_slug for hit in find_quotes(body, mentions, index=ref.index, on=on)]


@pytest.mark.parametrize(
    "language, sentence, speaker",
    [
        (
            "es",
            "El canciller estadounidense señaló que la alianza “es ahora más crítica que nunca”.",
            "antony-blinken",
        ),
        (
            "es",
            "“La alianza nunca ha sido más fuerte que hoy”, dijo el ministro de Defensa japonés.",
            "yasukazu-hamada",
        ),
        (
            "it",
            "«L'alleanza non è mai stata così forte come oggi», ha detto il ministro degli"
            " Esteri giapponese.",
            "yoshimasa-hayashi",
        ),
        (
            "id",
            "“Aliansi ini tidak pernah sekuat sekarang,” kata Menteri Luar Negeri Jepang itu.",
            "yoshimasa-hayashi",
        ),
        (
            "es",
            "“La alianza nunca ha sido más fuerte que hoy”, afirmó el secretario de Defensa"
            " estadounidense.",
            "lloyd-austin",
        ),
    ],
)
def test_a_role_printed_post_first_country_after(ref, language, sentence, speaker):
    """Spanish, Italian and Indonesian print the post first and the nationality after:
    the holder that day, as "the Japanese foreign minister" is."""
    assert speakers(MET[language] + sentence, ref) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "“The alliance has never been stronger than it is today,” the secretary of state said.",
        "“La alianza nunca ha sido más fuerte que hoy”, dijo el secretario de Estado.",
        "«L'alleanza non è mai stata così forte come oggi», ha detto il segretario di Stato.",
    ],
)
def test_the_secretary_of_state_is_the_united_states_whoever_was_named_last(ref, sentence):
    body = MET["en"] + sentence  # Hayashi, a foreign minister, is named last
    assert speakers(body, ref) == ["antony-blinken"]


def test_an_undated_report_reads_a_role_as_the_last_holder_named(ref):
    body = (
        "Antony Blinken se reunió con Yoshimasa Hayashi en Tokio.\n\n"
        "El canciller estadounidense señaló que la alianza “es ahora más crítica que nunca”."
    )
    assert speakers_on(body, ref, None) == ["antony-blinken"]
    japanese = body.replace("estadounidense", "japonés")
    assert speakers_on(japanese, ref, None) == ["yoshimasa-hayashi"]


@pytest.mark.parametrize(
    "sentences",
    [
        "Blinken agradeció en Twitter al canciller Hayashi por el encuentro.\n\n"
        "“Reunión exitosa con mis homólogos en Tokio, gracias por su liderazgo”, escribió"
        " en la red social.",
        "Blinken agradeció en Twitter al canciller Hayashi por el encuentro. “Reunión exitosa"
        " con mis homólogos en Tokio, gracias por su liderazgo”, escribió.",
        "Blinken ringrazia su X il ministro Hayashi per l'incontro.\n\n«Un incontro proficuo"
        " con i miei omologhi a Tokyo, grazie a tutti», ha scritto.",
    ],
)
def test_no_subject_and_no_one_quoted_yet_is_the_sentence_befores_subject(ref, sentences):
    assert speakers(MET["es"] + sentences, ref) == ["antony-blinken"]


@pytest.mark.parametrize(
    "above",
    [
        "Yoshimasa Hayashi muncul untuk mengkritik kelompok itu dalam komentarnya kepada wartawan.",
        "Hayashi took aim at the group in remarks to reporters on Friday.",
        "Hayashi criticó al grupo ante la prensa el viernes.",
        "Hayashi ha criticato il gruppo davanti ai giornalisti.",
    ],
)
def test_a_paragraph_that_is_one_quote_under_a_known_persons_reaction(ref, above):
    quote = "“Closed and exclusive cliques that target other countries go against the times.”"
    assert speakers(MET["en"] + above + "\n\n" + quote, ref) == ["yoshimasa-hayashi"]


def test_a_reaction_by_someone_no_one_knows_introduces_no_speaker(ref):
    above = "Beijing took aim at the group in remarks to reporters on Friday."
    quote = "“Closed and exclusive cliques that target other countries go against the times.”"
    assert speakers(MET["en"] + above + "\n\n" + quote, ref) == [None]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("As Blinken put it, “the alliance has never been stronger than it is today.”", None),
        ("Blinken, for his part, said “the alliance has never been stronger than today.”", None),
        ("Hayashi, Japan's top diplomat, told reporters: “We will fulfil our duties.”", None),
        ("Blinken: “The alliance has never been stronger than it is today.”", None),
        ("“The alliance has never been stronger than it is today.” — Antony Blinken", None),
        ("“The alliance has never been stronger than it is today,” Blinken, 61, said.", None),
        (
            "“The alliance has never been stronger than it is today,” said U.S. Secretary of"
            " State Antony Blinken.",
            None,
        ),
        (
            "“The alliance has never been stronger than it is today,” said Minister for"
            " Foreign Affairs Yoshimasa Hayashi.",
            "yoshimasa-hayashi",
        ),
    ],
)
def test_more_shapes_around_a_known_name(ref, sentence, speaker):
    expected = speaker or ("yoshimasa-hayashi" if "Hayashi," in sentence else "antony-blinken")
    assert speakers(MET["en"] + sentence, ref) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tokyo, a city of millions, said “the alliance has never been stronger than today.”",
        "Reuters: “The alliance has never been stronger than it is today, officials say.”",
        "“The alliance has never been stronger than it is today.” — The Editorial Board",
    ],
)
def test_the_same_shapes_around_a_name_no_one_knows(ref, sentence):
    assert speakers(MET["en"] + sentence, ref) == [None]


def test_an_abbreviation_does_not_end_the_sentence_before_the_name(ref):
    body = MET["en"] + "Mr. Hayashi said that the U.S. “remains our one and only ally.”"
    assert speakers(body, ref) == ["yoshimasa-hayashi"]


@pytest.mark.parametrize("pronoun", ["he said", "she said", "he added"])
def test_he_said_with_no_one_quoted_yet_is_the_subject_of_the_sentence_before(ref, pronoun):
    body = MET["en"] + f"“We are determined to deepen our cooperation,” {pronoun}."
    assert speakers(body, ref) == ["antony-blinken"]


def test_he_said_after_a_sentence_naming_no_one_known_names_no_speaker(ref):
    body = "The ministers met in Tokyo.\n\n“We are determined to deepen our cooperation,” he said."
    assert speakers(body, ref) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "“The alliance has never been stronger,” Sheila Smith, a senior fellow at the"
        " Council on Foreign Relations, said.",
        "Sheila Smith, a senior fellow at the Council on Foreign Relations, said “the alliance"
        " has never been stronger.”",
        "Sheila Smith, the author of a book on the alliance, told VOA: “The alliance has never"
        " been stronger.”",
    ],
)
def test_someone_no_one_knows_described_by_an_apposition_is_named_as_printed(ref, sentence):
    mentions, _ = find_people(MET["en"] + sentence, ref.index)
    [hit] = find_quotes(MET["en"] + sentence, mentions, index=ref.index, on=ON)
    assert (hit.speaker_slug, hit.speaker_name) == (None, "Sheila Smith")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council on Foreign Relations, a think tank, said “the alliance has never been"
        " stronger than it is today.”",
        "“The alliance has never been stronger than it is today,” New Delhi, the Indian"
        " capital, said.",
        "“The alliance has never been stronger than it is today,” Tokyo Shimbun, a daily"
        " newspaper, said.",
    ],
)
def test_a_place_or_a_body_described_by_an_apposition_is_no_speaker(ref, sentence):
    mentions, _ = find_people(MET["en"] + sentence, ref.index)
    [hit] = find_quotes(MET["en"] + sentence, mentions, index=ref.index, on=ON)
    assert (hit.speaker_slug, hit.speaker_name) == (None, "")


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("id", "Blinken menyampaikan, “Aliansi ini tidak pernah sekuat sekarang.”"),
        ("id", "Blinken menuturkan bahwa “aliansi ini tidak pernah sekuat sekarang.”"),
        ("id", "Blinken mengingatkan, “Kami akan terus bekerja sama dengan Jepang.”"),
        ("id", "Blinken menekankan, “Kami akan terus bekerja sama dengan Jepang.”"),
        ("es", "Blinken consideró que “la alianza nunca ha sido más fuerte que hoy”."),
        ("es", "Blinken aclaró: “La alianza nunca ha sido más fuerte que hoy”."),
        ("it", "Blinken ha ammesso che «l'alleanza deve fare di più nella regione»."),
        ("it", "Blinken ha garantito che «l'alleanza farà di più nella regione»."),
    ],
)
def test_more_verbs_of_saying_before_the_quote(ref, language, sentence):
    assert speakers(MET[language] + sentence, ref) == ["antony-blinken"]
