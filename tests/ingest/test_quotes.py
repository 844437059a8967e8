"""find_quotes: pairing quote marks and attributing them, one case per form."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import FORMS, find_quotes, find_quotes_and_roles, quote_spans


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(q.form, q.speaker_slug, q.text) for q in find_quotes(body, mentions)]


CASES = [
    (
        "Antony Blinken spoke. “Our alliance is strong,” Blinken said at the start.",
        [("quote-name-verb", "antony-blinken", "Our alliance is strong")],
    ),
    (
        "Antony Blinken spoke. Blinken said: “We will build new tools together.”",
        [("name-verb-colon-quote", "antony-blinken", "We will build new tools together.")],
    ),
    (
        "“It is difficult to overestimate it,” said Antony Blinken, after a meeting.",
        [("quote-verb-name", "antony-blinken", "It is difficult to overestimate it")],
    ),
    (
        "“This is a concerted message,” said Daniel Russell, who served under Obama.",
        [("quote-verb-name", "daniel-russel", "This is a concerted message")],
    ),
    (
        "“We must pursue all avenues,” Japanese Defense Minister Nobuo Kishi told reporters.",
        [("quote-name-verb", "nobuo-kishi", "We must pursue all avenues")],
    ),
    (
        "“We meet against a backdrop of tension,” Lloyd Austin said.\n\n"
        "“We remain grateful for the support,” he added.",
        [
            ("quote-name-verb", "lloyd-austin", "We meet against a backdrop of tension"),
            ("quote-pronoun-verb", "lloyd-austin", "We remain grateful for the support"),
        ],
    ),
    (
        '"We are launching a new agreement," Antony Blinken said.',
        [("quote-name-verb", "antony-blinken", "We are launching a new agreement")],
    ),
    (
        '"They resolved to work together to deter and respond," it said.',
        [("quote-pronoun-verb", None, "They resolved to work together to deter and respond")],
    ),
    (
        "Yoshimasa Hayashi told his counterparts of “corrosive unilateral attempts”.",
        [("name-verb-quote", "yoshimasa-hayashi", "corrosive unilateral attempts")],
    ),
    (
        "“This is a concerted message,” said Daniel Russell, who served.\n\n"
        "“In particular, the resolution is a powerful expression of solidarity.”",
        [
            ("quote-verb-name", "daniel-russel", "This is a concerted message"),
            (
                "continuation",
                "daniel-russel",
                "In particular, the resolution is a powerful expression of solidarity.",
            ),
        ],
    ),
    (
        "“There is no coded news here,” Hornung said.",
        [("quote-name-verb", None, "There is no coded news here")],  # not known: name only
    ),
    (
        "They described it as a “continuous threat,” and agreed to act.",
        [],  # a short scare quote is no quote
    ),
    (
        "The ministers said the efforts presented “political, economic, military and "
        "technological challenges to the region.”",
        [
            (
                "unattributed",
                None,
                "political, economic, military and technological challenges to the region.",
            )
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_find_quotes(ref, body, expected):
    assert quotes(body, ref) == expected


def test_speaker_name_of_an_unknown_speaker_is_kept(ref):
    [hit] = find_quotes("“There is no coded news here,” Hornung said.", [])
    assert hit.speaker_name == "Hornung"


def test_offsets_point_at_the_quote_marks(ref):
    body = "First paragraph.\n\n“We are ready,” Lloyd Austin said."
    mentions, _ = find_people(body, ref.index)
    [hit] = find_quotes(body, mentions)
    assert body[hit.start : hit.end] == "“We are ready,”"


@pytest.mark.parametrize(
    ("paragraph", "spans"),
    [
        ("“a” and “b”", [(0, 3), (8, 11)]),
        ('He said "yes" twice.', [(8, 13)]),
        ('"political, economic”', [(0, 21)]),  # straight open, curly close (seed 002)
        ("“An open quote running on", [(0, 25)]),
        ("text “never closed", []),
    ],
)
def test_quote_spans(paragraph, spans):
    assert quote_spans(paragraph) == spans


# Role subjects: the person who held the post on the report's date `on`.
LONG = "we face challenges such as the change in the strategic balance of the region"


def role_quotes(body, ref, on):
    mentions, _ = find_people(body, ref.index)
    day = date.fromisoformat(on) if on else None
    return [
        (q.form, q.speaker_slug, q.text)
        for q in find_quotes(body, mentions, index=ref.index, on=day)
    ]


ROLE_CASES = [
    # seed 000's form: a talk verb, the quote a few words after it
    (
        "The Japanese foreign minister talked about the current challenges of the "
        "international community “such as the change in the strategic balance.”",
        "2022-01-07",
        [("role-verb-quote", "yoshimasa-hayashi", "such as the change in the strategic balance.")],
    ),
    (
        "Japan's foreign minister spoke of “corrosive unilateral attempts”.",
        "2022-01-07",
        [("role-verb-quote", "yoshimasa-hayashi", "corrosive unilateral attempts")],
    ),
    (
        "The US secretary of state pointed to “the complex challenges we face”.",
        "2022-01-07",
        [("role-verb-quote", "antony-blinken", "the complex challenges we face")],
    ),
    (
        "The U.S. defense secretary said: “We are ready to work together.”",
        "2022-01-07",
        [("role-verb-quote", "lloyd-austin", "We are ready to work together.")],
    ),
    (
        "The American president said the alliance “must not only endure”.",
        "2022-01-07",
        [("role-verb-quote", "joe-biden", "must not only endure")],
    ),
    # the day the defense minister changes
    (
        "“We must pursue all avenues,” said the Japanese defense minister.",
        "2022-08-09",
        [("quote-verb-role", "nobuo-kishi", "We must pursue all avenues")],
    ),
    (
        "“We must pursue all avenues,” said the Japanese defense minister.",
        "2022-08-10",
        [("quote-verb-role", "yasukazu-hamada", "We must pursue all avenues")],
    ),
    (
        "“We must pursue all avenues,” Japan’s minister of defence told reporters.",
        "2022-08-10",
        [("quote-role-verb", "yasukazu-hamada", "We must pursue all avenues")],
    ),
    (
        "“We must pursue all avenues,” the Japanese Prime Minister said.",
        "2022-01-07",
        [("quote-role-verb", "fumio-kishida", "We must pursue all avenues")],
    ),
    (
        "“We must pursue all avenues,” Japanese Minister for Foreign Affairs said.",
        "2022-01-07",
        [("quote-role-verb", "yoshimasa-hayashi", "We must pursue all avenues")],
    ),
    (
        "“We will stand together,” the Australian prime minister said.",
        "2022-01-07",
        [("quote-role-verb", "scott-morrison", "We will stand together")],
    ),
    # a name after the role is the speaker, whatever the date
    (
        "“We must pursue all avenues,” said Japanese Defense Minister Nobuo Kishi.",
        None,
        [("quote-verb-name", "nobuo-kishi", "We must pursue all avenues")],
    ),
    (
        "“We must pursue all avenues,” said the Japanese defense minister, Nobuo Kishi.",
        None,
        [("quote-verb-role", "nobuo-kishi", "We must pursue all avenues")],
    ),
    # "he" after a role is the role's holder
    (
        "“We must pursue all avenues,” said the Japanese defense minister.\n\n"
        "“We remain grateful for the support,” he added.",
        "2022-01-07",
        [
            ("quote-verb-role", "nobuo-kishi", "We must pursue all avenues"),
            ("quote-pronoun-verb", "nobuo-kishi", "We remain grateful for the support"),
        ],
    ),
    # no date: the role is nobody, and an earlier name in the sentence is not the speaker
    (
        f"The Japanese foreign minister talked about the challenges “{LONG}”.",
        None,
        [("unattributed", None, LONG)],
    ),
    (
        f"Blinken said the Japanese foreign minister talked about “{LONG}”.",
        None,
        [("unattributed", None, LONG)],
    ),
    ("“We must pursue all avenues,” said the Japanese defense minister.", None, []),
    # a country the reference has no such post for, or none the roles cover
    (
        f"“{LONG},” the Australian foreign minister said.",
        "2022-01-07",
        [("unattributed", None, LONG)],
    ),
    (
        f"“{LONG},” the British prime minister said.",
        "2023-01-11",
        [("unattributed", None, LONG)],
    ),
    # a talk verb with a known name
    (
        "Yoshimasa Hayashi talked about the challenges “such as the change in the balance”.",
        None,
        [("name-verb-quote", "yoshimasa-hayashi", "such as the change in the balance")],
    ),
    # a talk verb whose quote is too far away to be what was talked about
    (
        "The Japanese foreign minister talked about the challenges of the region, which "
        "the two countries, allies for decades, have long described in their statements as "
        f"“{LONG}”.",
        "2022-01-07",
        [("unattributed", None, LONG)],
    ),
]


ROLE_CASES += [
    # a bare title after the quote: the last person named who holds such a post
    (
        "Lloyd Austin met Yasukazu Hamada. Austin said the ties are strong.\n\n"
        "“We share a vision of a free and open region,” the secretary said.",
        None,
        [("quote-role-verb", "lloyd-austin", "We share a vision of a free and open region")],
    ),
    (
        "Antony Blinken met Yoshimasa Hayashi and Lloyd Austin in Tokyo.\n\n"
        "“We will deepen our cooperation on every front,” said the minister.",
        "2022-01-07",
        [("quote-verb-role", "yoshimasa-hayashi", "We will deepen our cooperation on every front")],
    ),
    (
        "Joe Biden recibió a Fumio Kishida.\n\n"
        "El presidente dijo: “La alianza nunca ha sido tan fuerte como hoy entre nosotros.”",
        None,
        [
            (
                "role-verb-quote",
                "joe-biden",
                "La alianza nunca ha sido tan fuerte como hoy entre nosotros.",
            )
        ],
    ),
    # nobody named holds the post: unattributed, as before
    (
        "Fumio Kishida spoke first.\n\n"
        "“We will deepen our cooperation on every front,” said the secretary.",
        None,
        [("unattributed", None, "We will deepen our cooperation on every front")],
    ),
]


@pytest.mark.parametrize(
    ("body", "on", "expected"), ROLE_CASES, ids=[f"role{i}" for i in range(len(ROLE_CASES))]
)
def test_find_quotes_by_role(ref, body, on, expected):
    assert role_quotes(body, ref, on) == expected


def test_role_speaker_counts_as_a_mention(ref):
    body = "Intro.\n\n“We must pursue all avenues,” said the Japanese defense minister."
    mentions, _ = find_people(body, ref.index)
    hits, roles = find_quotes_and_roles(body, mentions, index=ref.index, on=date(2022, 1, 7))
    assert [(m.slug, m.form, body[m.start : m.end]) for m in roles] == [
        ("nobuo-kishi", "Japanese defense minister", "Japanese defense minister")
    ]
    assert hits[0].speaker_name == "Japanese defense minister"


def test_a_named_role_adds_no_mention(ref):
    body = "“We must pursue all avenues,” said the Japanese defense minister, Nobuo Kishi."
    mentions, _ = find_people(body, ref.index)
    _, roles = find_quotes_and_roles(body, mentions, index=ref.index, on=date(2022, 1, 7))
    assert roles == []


def test_role_forms_are_listed():
    assert {"quote-verb-role", "quote-role-verb", "role-verb-quote"} <= set(FORMS)


# Quotes with no attribution of their own, read from what comes before them.
CARRIED = [
    # a paragraph that is one quote, under a sentence naming a speaker with a speech verb
    (
        "Secretary of State Antony Blinken said the talks would shape the alliance.\n\n"
        "“This alliance has not been updated in a long time, and a great deal has changed.”",
        [
            (
                "introduced",
                "antony-blinken",
                "This alliance has not been updated in a long time, and a great deal has changed.",
            )
        ],
    ),
    # the second quote of a paragraph, the first attributed, no one else named between
    (
        "Yoshimasa Hayashi met his guest in Tokyo. “We share a vision of a free and open "
        "region,” said Hayashi on Friday. “But the challenges to it are serious.”",
        [
            ("quote-verb-name", "yoshimasa-hayashi", "We share a vision of a free and open region"),
            ("same-speaker", "yoshimasa-hayashi", "But the challenges to it are serious."),
        ],
    ),
    (
        "“Selain itu, kita akan memperkuat kerja sama,” kata Yoshimasa Hayashi. "
        "“Dan itulah alasan kami bertemu hari ini.”",
        [
            ("quote-verb-name", "yoshimasa-hayashi", "Selain itu, kita akan memperkuat kerja sama"),
            ("same-speaker", "yoshimasa-hayashi", "Dan itulah alasan kami bertemu hari ini."),
        ],
    ),
    # an aside before the quote: "…, dijo Biden, “…”"
    (
        "Uno de los astronautas, dijo Joe Biden, “será el primero en llegar a la luna”.",
        [("aside-verb-name-quote", "joe-biden", "será el primero en llegar a la luna")],
    ),
    # "gurau" (joked) and "ia" (he) in Indonesian
    (
        "Joe Biden menyambut Fumio Kishida. “Saya berharap saya setampan dia,” gurau Biden. "
        "Ia menegaskan bahwa Amerika “berkomitmen penuh” pada keamanan Jepang.",
        [
            ("quote-verb-name", "joe-biden", "Saya berharap saya setampan dia"),
            ("name-verb-quote", "joe-biden", "berkomitmen penuh"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CARRIED)
def test_quotes_carried_over(ref, body, expected):
    assert quotes(body, ref) == expected


def test_someone_else_named_between_two_quotes_stops_the_same_speaker(ref):
    body = (
        "“We share a vision of a free and open region,” Yoshimasa Hayashi said. Then "
        "Antony Blinken arrived. “But the challenges to it are serious.”"
    )
    assert [form for form, _, _ in quotes(body, ref)] == ["quote-name-verb"]


def test_a_sentence_without_a_speaker_introduces_no_quote(ref):
    body = (
        "The talks would shape the alliance for a decade.\n\n"
        "“This alliance has not been updated in a long time, and a great deal has changed.”"
    )
    assert [(form, slug) for form, slug, _ in quotes(body, ref)] == [("unattributed", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A senior official said a “central pillar” of the policy is the alliance.",
            [("unattributed", None, "central pillar")],
        ),
        (
            "The official praised the ties, noting that Japan is at the “top of the list.”",
            [("unattributed", None, "top of the list.")],
        ),
        (
            "Kedua pemimpin menyatakan bahwa hubungan memasuki “zaman keemasan baru.”",
            [("unattributed", None, "zaman keemasan baru.")],
        ),
        # no speech verb before: a scare quote or a name
        ("The so-called “two plus two” talks begin on Monday in Tokyo.", []),
        ("Both sides back a “free and open” region, the statement read.", []),
        # one word is never enough
        ("The official said the “2+2” would meet in Tokyo.", []),
    ],
)
def test_a_short_quote_after_a_speech_verb(ref, body, expected):
    assert quotes(body, ref) == expected


def test_a_short_phrase_the_speech_verb_does_not_take_is_no_quote(ref):
    body = "The ministers said they had “serious and continuing concerns” about the region."
    assert quotes(body, ref) == []


def test_the_spanish_article_is_no_pronoun(ref):
    body = (
        "Joe Biden recibió a Fumio Kishida. “La alianza es más fuerte que nunca en la región "
        "del Indopacífico”, dijo el portavoz."
    )
    assert [(form, slug) for form, slug, _ in quotes(body, ref)] == [("unattributed", None)]


def test_the_spanish_pronoun_is_the_previous_speaker(ref):
    body = (
        "“Vamos a trabajar juntos”, dijo Joe Biden. Él añadió: “La alianza es más "
        "fuerte que nunca en la región del Indopacífico.”"
    )
    assert [slug for _, slug, _ in quotes(body, ref)] == ["joe-biden", "joe-biden"]
