"""Meeting words and automatic links on shapes of real pages the first corpus lacked: an
adverb that is no video meeting, trilateral exercises that are no trilateral meeting, the
two US secretaries meeting "their Japanese counterparts" (a 2+2), one side's minister
in town on the day, and an embassy page that covers a summit and a 2+2 at once. The
pages are invented; each family is written in more than one language."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from archive.ingest.meeting_context import report_context
from archive.ingest.meetings import links_choose, report_signs
from archive.ingest.reference import KnownMeeting, Reference
from archive.ingest.results import MeetingSuggestion

DAY = date(2015, 4, 28)


@pytest.mark.parametrize(
    ("body", "video"),
    [
        ("We are partners across virtually every issue of concern to our peoples.", False),
        ("The alliance has been virtually unchanged for decades.", False),
        ("The two ministers met virtually on Friday.", True),
        ("They held a virtual meeting.", True),
        ("Los ministros celebraron una videoconferencia.", True),
    ],
)
def test_virtually_as_almost_is_no_video_meeting(body, video):
    assert bool(report_signs(body).format_words["video"]) is video


@pytest.mark.parametrize(
    ("body", "multi"),
    [
        ("We look forward to trilateral military exercises with Japan and Britain.", False),
        ("The three-way naval drills began on Monday.", False),
        ("我们还期待与日本和英国举行三边军事演习。", False),
        ("한미일 3국 연합훈련이 시작됐습니다.", False),
        ("The leaders held a trilateral summit.", True),
        ("美日菲三边峰会在白宫举行。", True),
        ("3국 정상회담이 열렸습니다.", True),
        ("日米韓の共同訓練を実施した。", False),
        ("日米韓首脳会合を開催した。", True),
    ],
)
def test_trilateral_exercises_are_no_meeting_of_three(body, multi):
    assert bool(report_signs(body).kind_words["multi"]) is multi


@pytest.mark.parametrize(
    ("body", "scc"),
    [
        (
            "Secretary of State John Kerry and Secretary of Defense Ashton Carter were meeting"
            " with their Japanese counterparts in New York City.",
            True,
        ),
        ("The Secretary of State and the Secretary of Defense met their counterparts.", True),
        ("The Secretary of State and the Secretary of Defense joined the President.", False),
    ],
)
def test_the_two_us_secretaries_with_their_counterparts_are_a_2_plus_2(body, scc):
    assert bool(report_signs(body).kind_words["scc"]) is scc


@pytest.mark.parametrize(
    ("body", "allies"),
    [
        ("Austin met his Japanese counterpart.", {"Japan"}),
        ("美国国防部长奥斯汀6月1日在东京表示。", {"United States"}),
        ("오스틴 장관은 일본 방위상과 만났다.", {"Japan"}),
        ("Menteri Pertahanan AS bertemu sejawatnya dari Jepang.", {"Japan"}),
        ("日米防衛相会談", {"Japan", "United States"}),
        ("Austin spoke in Singapore.", set()),
    ],
)
def test_the_allies_named_as_countries(body, allies):
    assert report_signs(body).allies == allies


AUSTIN, HAMADA = "lloyd-austin", "yasukazu-hamada"
DEFENSE = ((AUSTIN, "United States", "defense"), (HAMADA, "Japan", "defense"))


def _meeting(slug, kind, start, posts) -> KnownMeeting:
    slugs = tuple(slug_ for slug_, _, _ in posts)
    return KnownMeeting(slug, slug, start, start, kind=kind, participant_slugs=slugs,
                        participant_posts=posts)  # fmt: skip


def _links(meetings, scores, body, people):
    index = Reference(meetings=tuple(meetings)).index
    ranked = [MeetingSuggestion(m.slug, s, []) for m, s in zip(meetings, scores, strict=True)]
    signs = report_signs(body)
    return links_choose(
        ranked, index, signs, people=people, context=report_context(body, signs.folded)
    )


@pytest.mark.parametrize(
    ("body", "linked"),
    [
        # One side's minister in the host city on the day, about something else.
        ("奧斯汀6月1日在東京表示,中國國防部長拒絕與他會晤是“不幸的”。", []),
        ("Austin said in Tokyo on June 1 that China's refusal to meet was unfortunate.", []),
        # The other ally named as a country: the meeting is grounded.
        ("奧斯汀6月1日在東京與日本防衛大臣會談。", ["dm"]),
        ("Austin met his Japanese counterpart in Tokyo on June 1.", ["dm"]),
        # The kind named grounds it whoever is named.
        ("The defense ministers' meeting was held in Tokyo.", ["dm"]),
    ],
)
def test_one_sides_minister_alone_grounds_no_link(body, linked):
    dm = _meeting("dm", "defense_ministers", date(2023, 6, 1), DEFENSE)
    assert _links([dm], [0.9], body, people=(AUSTIN,)) == linked


OBAMA, ABE = "barack-obama", "shinzo-abe"
KERRY, CARTER, KISHIDA, NAKATANI = "john-kerry", "ashton-carter", "fumio-kishida", "gen-nakatani"
SUMMIT = ((OBAMA, "United States", "head_of_state"), (ABE, "Japan", "head_of_government"))
SCC = (
    (KERRY, "United States", "foreign"),
    (CARTER, "United States", "defense"),
    (KISHIDA, "Japan", "foreign"),
    (NAKATANI, "Japan", "defense"),
)
EMBASSY = (
    "This week, Prime Minister Shinzo Abe visits the United States. On April 28, President"
    " Obama welcomed the Prime Minister at the White House.\n\nAt the same time, Secretary"
    " of State John Kerry and Secretary of Defense Ashton Carter were meeting with their"
    " Japanese counterparts in New York City."
)


def test_a_second_meeting_named_by_its_kind_beside_a_best_one_named_by_its_whole_table():
    summit = _meeting("summit", "summit", DAY, SUMMIT)
    scc = _meeting("scc", "scc", DAY - timedelta(days=1), SCC)
    people = (OBAMA, ABE, KERRY, CARTER)
    assert _links([summit, scc], [0.65, 0.55], EMBASSY, people) == ["summit", "scc"]
    # Without the whole summit table named the two are rivals, too close to pick.
    assert _links([summit, scc], [0.65, 0.55], EMBASSY, (OBAMA, KERRY, CARTER)) == []
    # And a second meeting the report does not name by its kind is still a rival.
    quiet = EMBASSY.replace("were meeting with their Japanese counterparts", "were in New York")
    assert _links([summit, scc], [0.65, 0.55], quiet, people) == []


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Il vertice tra Biden e Kishida si è svolto alla Casa Bianca.", "summit"),
        ("Kunjungan kenegaraan Perdana Menteri Jepang ke Washington.", "summit"),
        ("La visita de Estado del primer ministro japonés.", "summit"),
        ("El encuentro de cancilleres de Japón y EEUU se celebró en Tokio.", "foreign"),
        ("La riunione dei ministri degli esteri di Giappone e Stati Uniti.", "foreign"),
        ("Pertemuan menteri luar negeri AS dan Jepang digelar di Jakarta.", "foreign"),
        ("Pertemuan menteri pertahanan AS dan Jepang digelar di Tokyo.", "defense"),
        ("La reunión de ministros de Defensa terminó sin declaración.", "defense"),
        ("L'incontro tra i ministri della difesa si è tenuto a Tokyo.", "defense"),
        ("Il Comitato consultivo per la sicurezza si è riunito a Washington.", "scc"),
        ("Los tres países acordaron cooperar.", "multi"),
        ("Ketiga pemimpin dari tiga negara itu bertemu.", "multi"),
        ("I due leader hanno parlato a lungo.", "bilateral"),
    ],
)
def test_kind_words_in_italian_spanish_and_indonesian(body, kind):
    assert report_signs(body).kind_words[kind], body


@pytest.mark.parametrize(
    ("body", "future"),
    [
        ("Biden se reunirá con Kishida la próxima semana.", True),
        ("Blinken akan bertemu dengan Menlu Jepang di Tokyo.", True),
        ("Biden incontrerà Kishida domani a Washington.", True),
        ("Biden se reunió con Kishida el miércoles.", False),
        ("Biden ha incontrato Kishida mercoledì.", False),
    ],
)
def test_a_meeting_to_come_in_italian_spanish_and_indonesian(body, future):
    assert report_signs(body).future is future


def test_calls_and_countries_in_italian():
    signs = report_signs("Colloquio telefonico tra Biden e Kishida sulla Corea del Sud e Seul.")
    assert signs.format_words["phone"] and signs.countries == {"South Korea"}
    assert report_signs("Il Giappone e gli Stati Uniti").allies == {"Japan", "United States"}
    assert report_signs("Japón y EEUU").allies == {"Japan", "United States"}
