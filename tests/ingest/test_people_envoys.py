"""People accuracy (issue #11), session 11: ambassadors and other envoys are no report's
subject; other states' leaders named in the genitive with their own titles, in a meeting
"between" two others with words qualifying the meeting, or as a later leg a report passes
on in the conditional, are named in passing; a counterpart phrase that lists countries
names each one's counterpart. Invented reports."""

from datetime import date

import pytest

from archive.ingest import attendance, passing
from archive.ingest.cjk_subjects import name_role
from archive.ingest.news_subjects import _relayed, in_the_news, spokesperson
from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.roles import counterpart_mentions

DAY = date(2022, 5, 24)


def _person(slug, name, country, *offices, aliases=()):
    return KnownPerson(slug, name, country, aliases, offices)


EMANUEL = _person(
    "rahm-emanuel",
    "Rahm Emanuel",
    "United States",
    KnownOffice("Ambassador to Japan", "other", "United States", date(2022, 3, 25)),
    aliases=("람 이매뉴얼",),
)
KRITENBRINK = _person(
    "daniel-kritenbrink",
    "Daniel Kritenbrink",
    "United States",
    KnownOffice(
        "Assistant Secretary of State for East Asian and Pacific Affairs",
        "other",
        "United States",
        date(2021, 9, 23),
    ),
)
BLINKEN = _person(
    "antony-blinken",
    "Antony Blinken",
    "United States",
    KnownOffice("Secretary of State", "foreign", "United States", date(2021, 1, 26)),
)
HAYASHI = _person(
    "yoshimasa-hayashi",
    "Yoshimasa Hayashi",
    "Japan",
    KnownOffice("Minister for Foreign Affairs", "foreign", "Japan", date(2021, 11, 10)),
    aliases=("林芳正",),
)
KERRY = _person(
    "john-kerry",
    "John Kerry",
    "United States",
    KnownOffice("Secretary of State", "foreign", "United States", date(2013, 2, 1)),
    aliases=("ケリー国務長官",),
)
WONG = _person(
    "penny-wong",
    "Penny Wong",
    "Australia",
    KnownOffice("Minister for Foreign Affairs", "foreign", "Australia", date(2022, 5, 23)),
)
JAISHANKAR = _person(
    "subrahmanyam-jaishankar",
    "Subrahmanyam Jaishankar",
    "India",
    KnownOffice("Minister of External Affairs", "foreign", "India", date(2019, 5, 31)),
)
XI = _person(
    "xi-jinping",
    "Xi Jinping",
    "China",
    KnownOffice("President", "head_of_state", "China", date(2013, 3, 14)),
    aliases=("習近平", "习近平"),
)
KIM = _person(
    "kim-jong-un",
    "Kim Jong Un",
    "North Korea",
    KnownOffice("Supreme Leader", "other", "North Korea", date(2011, 12, 29)),
    aliases=("Kim Jong-un", "김정은"),
)
TRUMP = _person(
    "donald-trump",
    "Donald Trump",
    "United States",
    KnownOffice("President", "head_of_state", "United States", date(2017, 1, 20)),
)
TILLERSON = _person(
    "rex-tillerson",
    "Rex Tillerson",
    "United States",
    KnownOffice("Secretary of State", "foreign", "United States", date(2017, 2, 1)),
)
REF = Reference(
    people=(
        EMANUEL,
        KRITENBRINK,
        BLINKEN,
        HAYASHI,
        KERRY,
        WONG,
        JAISHANKAR,
        XI,
        KIM,
        TRUMP,
        TILLERSON,
    )
)


def _subjects(body, on=DAY):
    mentions, _ = find_people(body, REF.index)
    return {m.slug for m in in_the_news(body, mentions, [], REF.index, on)}


def test_an_ambassador_is_no_subject_of_the_meeting_he_attends():
    body = (
        "Antony Blinken met Yoshimasa Hayashi in Tokyo. Ambassador Rahm Emanuel and"
        " Assistant Secretary Daniel Kritenbrink joined the talks."
    )
    assert _subjects(body) == {"antony-blinken", "yoshimasa-hayashi"}
    assert spokesperson("rahm-emanuel", REF.index, DAY)
    assert not spokesperson("antony-blinken", REF.index, DAY)


def test_an_envoy_is_judged_by_every_office_on_a_day_none_covers():
    # A report dated before the term the reference records (or misdated) still does not
    # make the ambassador its subject; a minister before his term is not excused.
    assert "rahm-emanuel" not in _subjects("Rahm Emanuel met Yoshimasa Hayashi.", date(2020, 1, 1))
    assert not spokesperson("antony-blinken", REF.index, date(2020, 1, 1))


def test_an_ambassadors_quoted_words_are_not_a_relayed_statement():
    # A spokesperson relays a statement whose people are its subjects; an ambassador's
    # own words keep the people inside them in passing, as anyone's do.
    assert not _relayed("rahm-emanuel", REF.index, DAY)


def test_an_other_leaders_title_before_a_genitive_is_read():
    body = "林芳正外務大臣は会談した。双方は,習近平国家主席の訪米も念頭に,連携していく。"
    assert "xi-jinping" not in _subjects(body)
    # Without the genitive, the leader is named as anyone is.
    assert "xi-jinping" in _subjects("林芳正外務大臣は習近平国家主席と会談した。")


def test_a_meeting_between_two_others_may_have_words_before_between():
    body = (
        "Donald Trump bertemu Yoshimasa Hayashi di Tokyo. "
        + "Mereka membahas aliansi. " * 14
        + "\n\nKarena adanya rencana pertemuan"
        " puncak yang pertama kalinya antara Trump dan Kim Jong-un, Hayashi ingin bertemu."
    )
    assert "kim-jong-un" not in _subjects(body)
    assert passing._BETWEEN_BEFORE.search("the first summit meeting between Trump and ")
    # Five words between the meeting and "between" are too many: no claim is made.
    assert not passing._BETWEEN_BEFORE.search("the meeting that was held last week between ")


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("se reuniría con", True),
        ("viajarían a", True),
        ("incontrerebbe il", True),
        ("la mayoría de", False),
        ("la Secretaría de", False),
        ("María dijo", False),
    ],
)
def test_a_plan_in_the_conditional_is_a_future_marker(text, future):
    assert bool(passing.FUTURE.search(text)) is future


def test_a_later_leg_passed_on_in_the_conditional_is_in_passing():
    body = (
        "Rex Tillerson se reunió con Yoshimasa Hayashi en Tokio.\n\n"
        + "Fue un encuentro largo. " * 20
        + "En China, Tillerson se reuniría con el canciller y posiblemente con el presidente"
        " Xi Jinping."
    )
    assert _subjects(body, date(2017, 3, 16)) >= {"rex-tillerson"}
    assert "xi-jinping" not in _subjects(body, date(2017, 3, 16))


@pytest.mark.parametrize(
    "body",
    [
        "Antony Blinken se reunió con sus contrapartes de Japón, Australia y la India.",
        "Antony Blinken met his counterparts from Japan, Australia and India in Tokyo.",
    ],
)
def test_a_counterpart_phrase_listing_countries_names_each_ones_counterpart(body):
    mentions, _ = find_people(body, REF.index)
    found = {m.slug for m in counterpart_mentions(body, mentions, DAY, REF.index)}
    assert found == {"yoshimasa-hayashi", "penny-wong", "subrahmanyam-jaishankar"}


def test_a_country_after_a_counterpart_adjective_starts_no_list():
    body = "Antony Blinken met his Japanese counterpart, Australia's envoy looking on."
    mentions, _ = find_people(body, REF.index)
    found = {m.slug for m in counterpart_mentions(body, mentions, DAY, REF.index)}
    assert found == {"yoshimasa-hayashi"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("블링컨 장관과도 회담했다", "other"),  # met Blinken too: a partner
        ("블링컨 장관와도", "other"),
        ("블링컨 장관에게도 전했다", "other"),
        ("블링컨 장관하고는", "other"),
        ("블링컨 장관께서는 말했다", "topic"),
        ("블링컨 장관과 회담", "other"),
        ("블링컨 장관도 말했다", "topic"),
    ],
)
def test_a_korean_case_particle_with_do_or_neun_after_it_keeps_its_case(text, role):
    assert name_role(text, 0, 3)[0] == role


OBAMA = _person(
    "barack-obama",
    "Barack Obama",
    "United States",
    KnownOffice("President", "head_of_state", "United States", date(2009, 1, 20)),
)
BILL = _person("bill-clinton", "Bill Clinton", "United States", *OBAMA.offices)
HILLARY = _person("hillary-clinton", "Hillary Clinton", "United States", *OBAMA.offices)
HORNUNG = _person("jeffrey-hornung", "Jeffrey Hornung", "United States")  # an analyst
SPEAKERS = Reference(people=(OBAMA, BILL, HILLARY, HORNUNG)).index


@pytest.mark.parametrize(
    ("body", "slugs"),
    [
        ('"Seguimos junto a ustedes", dijo Obama, y anunció la alianza.', ["barack-obama"]),
        ("Obama said the alliance was strong.", ["barack-obama"]),
        ('"It was a good day," said Obama.', ["barack-obama"]),
        ("Obama mengatakan aliansi itu kuat.", ["barack-obama"]),
        # Two people bear the surname: a verb of saying does not tell which.
        ("Clinton said the alliance was strong.", []),
        # No verb of saying next to it: a bare surname names no one.
        ("The Obama years were different.", []),
        ("Obama's team said so.", []),
        # Someone who holds no office is named by surname only once introduced.
        ("“There is no coded news here,” Hornung said.", []),
    ],
)
def test_a_surname_next_to_a_verb_of_saying_names_its_one_bearer(body, slugs):
    assert [m.slug for m in find_people(body, SPEAKERS)[0]] == slugs


def test_a_speaking_surname_before_the_full_name_waits_for_it():
    # The full name is printed later: the bare surname before it is not read (as before).
    body = "Obama said so, before Barack Obama was named."
    found = find_people(body, SPEAKERS)[0]
    assert [(m.slug, m.form) for m in found] == [("barack-obama", "Barack Obama")]


TRUMP_REF = Reference(people=(TRUMP, TILLERSON, KERRY, BLINKEN)).index


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("President Donald J. Trump spoke today.", [("donald-trump", "Donald J. Trump")]),
        ("Secretary Rex W. Tillerson met them.", [("rex-tillerson", "Rex W. Tillerson")]),
        # An initial and a misspelling together are not read past.
        ("Secretary Rex W. Tilerson met them.", []),
    ],
)
def test_a_middle_initial_the_reference_lacks_is_read_past(body, found):
    mentions, warnings = find_people(body, TRUMP_REF)
    assert [(m.slug, m.form) for m in mentions] == found
    assert warnings == []  # no misspelling to warn of


def test_a_misspelt_name_is_still_warned_of():
    mentions, warnings = find_people("Secretary Antony Blinkne met them.", TRUMP_REF)
    assert [m.slug for m in mentions] == ["antony-blinken"]
    assert warnings == ["'Antony Blinkne' read as Antony Blinken (one letter apart)"]


OKADA = _person(
    "katsuya-okada",
    "Katsuya Okada",
    "Japan",
    KnownOffice("Minister for Foreign Affairs", "foreign", "Japan", date(2009, 9, 16)),
)
HATOYAMA = _person(
    "yukio-hatoyama",
    "Yukio Hatoyama",
    "Japan",
    KnownOffice("Prime Minister", "head_of_government", "Japan", date(2009, 9, 16)),
)
CLINTON = _person(
    "hillary-clinton",
    "Hillary Clinton",
    "United States",
    KnownOffice("Secretary of State", "foreign", "United States", date(2009, 1, 21)),
)
MOFA = Reference(people=(OKADA, HATOYAMA, CLINTON))


@pytest.mark.parametrize("verb", ["stated", "explained", "mentioned", "indicated", "added"])
def test_a_leader_in_his_own_ministers_words_after_stated_is_an_aside(verb):
    body = (
        "Foreign Minister Katsuya Okada met Secretary of State Hillary Clinton in Tokyo.\n\n"
        f"Foreign Minister Okada {verb} that Prime Minister Yukio Hatoyama was also"
        " emphasizing this point."
    )
    mentions, _ = find_people(body, MOFA.index)
    subjects = {m.slug for m in in_the_news(body, mentions, [], MOFA.index, date(2009, 11, 11))}
    assert subjects == {"katsuya-okada", "hillary-clinton"}


OBAMA_HATOYAMA = Reference(
    people=(
        _person(
            "hillary-clinton",
            "Hillary Clinton",
            "United States",
            *CLINTON.offices,
            aliases=("ヒラリー・クリントン", "クリントン"),
        ),
        _person(
            "barack-obama",
            "Barack Obama",
            "United States",
            *OBAMA.offices,
            aliases=("バラク・オバマ", "オバマ"),
        ),
        _person(
            "yukio-hatoyama",
            "Yukio Hatoyama",
            "Japan",
            *HATOYAMA.offices,
            aliases=("鳩山由紀夫", "鳩山"),
        ),
        _person("katsuya-okada", "Katsuya Okada", "Japan", *OKADA.offices, aliases=("岡田克也",)),
    )
)


def test_a_name_in_a_readouts_list_of_those_present_is_an_aside():
    body = (
        "鳩山由紀夫総理は、オバマ大統領との間で日米首脳会談を行ったところ、概要以下のとおり"
        "(日本側:岡田克也外務大臣、藤﨑駐米大使他同席、米側:クリントン国務長官他同席)。"
    )
    mentions, _ = find_people(body, OBAMA_HATOYAMA.index)
    assert {m.slug for m in mentions} >= {"katsuya-okada", "hillary-clinton"}
    subjects = {m.slug for m in in_the_news(body, mentions, [], OBAMA_HATOYAMA.index, None)}
    assert subjects == {"yukio-hatoyama", "barack-obama"}


def test_a_side_named_only_in_a_list_of_sides_has_its_principal_there():
    """A readout that names no one of a side outside a bracket of the sides (which does
    not say its people attended) names that side's principal in it."""
    body = (
        "(日本側:岡田克也外務大臣、米側:クリントン国務長官)\n\n"
        "両外相は、日米同盟の深化について協議した。"
    )
    mentions, _ = find_people(body, OBAMA_HATOYAMA.index)
    subjects = {m.slug for m in in_the_news(body, mentions, [], OBAMA_HATOYAMA.index, None)}
    assert subjects == {"katsuya-okada", "hillary-clinton"}
    # One side named outside: only the other side's list names its principal.
    body = "鳩山由紀夫総理は、米側と会談した(日本側:岡田克也外務大臣、米側:クリントン国務長官)。"
    mentions, _ = find_people(body, OBAMA_HATOYAMA.index)
    subjects = {m.slug for m in in_the_news(body, mentions, [], OBAMA_HATOYAMA.index, None)}
    assert subjects == {"yukio-hatoyama", "hillary-clinton"}
    # A list of those who attended: asides, though the principal is named by title only.
    body = "総理はオバマ大統領と会談した(日本側:岡田克也外務大臣ほか同席)。"
    mentions, _ = find_people(body, OBAMA_HATOYAMA.index)
    subjects = {m.slug for m in in_the_news(body, mentions, [], OBAMA_HATOYAMA.index, None)}
    assert subjects == {"barack-obama"}


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("(Japanese side: Foreign Minister Okada; U.S. side: Secretary Clinton)", True),
        ("(日本側：岡田外務大臣)", True),
        ("(岡田外務大臣も同席) 岡田外務大臣", False),  # not a list opening; and closed
        ("(日本側:岡田外務大臣) 岡田外務大臣", False),  # after the list has closed
    ],
)
def test_the_attendance_list_is_read_from_its_opening_bracket(text, inside):
    at = text.rindex("岡田") if "岡田" in text else text.rindex("Okada")
    assert attendance.in_list(text, at) is inside


SULLIVAN = _person(
    "john-sullivan",
    "John Sullivan",
    "United States",
    KnownOffice("Deputy Secretary of State", "other", "United States", date(2017, 6, 1)),
)
WANG = _person(
    "wang-yi",
    "Wang Yi",
    "China",
    KnownOffice("Foreign Minister", "foreign", "China", date(2013, 3, 16)),
)
OTHERS = Reference(people=(OBAMA, SULLIVAN, WANG)).index


@pytest.mark.parametrize(
    "body",
    [
        # Only a leader or a foreign or defence minister is meant by a bare surname.
        '"This is a turning point," Sullivan said.',
        # Someone else bears the surname here, printed in full.
        'Michael Sullivan, a researcher, spoke. "This is a turning point," Sullivan said.',
        '"Japan is worried," said Wang Dong, a professor. "Tokyo wants guarantees," Wang said.',
        # The surname opens an unknown full name.
        '"Japan is worried," said Wang Dong.',
    ],
)
def test_a_speaking_surname_another_may_bear_names_no_one(body):
    assert find_people(body, OTHERS)[0] == []


def test_a_speaking_surname_of_a_minister_introduced_nowhere_is_read():
    body = '"China will respond," Wang said.'
    assert [m.slug for m in find_people(body, OTHERS)[0]] == ["wang-yi"]
