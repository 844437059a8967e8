"""Issue 11, a quote that is a sentence of its own after reported speech in its paragraph
(session 17): "Dunmore said commanders have the right of self-defense. They have also
prepared for attacks. “We are very mindful of the threat.”" The words are the speaker
whose reported words run up to them, over at most two sentences; not when someone else is
named on the way, nor when the sentences before report no one. People and texts are made
up."""

import pytest

from archive.ingest.reference import Reference
from tests.ingest.invented_people import TARO_YAMADA, WALTER_DUNMORE
from tests.ingest.invented_people import speaker_of_words as said

WORDS = "We are very mindful of the threat and it is changing fast right now."


@pytest.fixture(scope="module")
def index():
    return Reference(people=(TARO_YAMADA, WALTER_DUNMORE)).index


@pytest.mark.parametrize(
    "lead",
    [
        "Walter Dunmore said commanders have the right of self-defense. ",
        "Walter Dunmore said commanders have the right of self-defense. "
        "They have also prepared for rocket and drone attacks. ",
    ],
)
def test_a_quote_after_reported_speech_is_the_reporters_subjects(index, lead):
    body = f"The talks were held on Monday.\n\n{lead}“{WORDS}”"
    assert said(body, index)[WORDS] == "walter-dunmore"


@pytest.mark.parametrize(
    "lead",
    [
        # Someone else named on the way.
        "Walter Dunmore said commanders have the right of self-defense. "
        "Taro Yamada met the commanders in Tokyo. ",
        # Three sentences back: too far.
        "Walter Dunmore said commanders have the right of self-defense. "
        "They have prepared. They have trained. ",
        # No one reported.
        "Commanders have the right of self-defense. They have also prepared for attacks. ",
    ],
)
def test_no_reported_speaker_close_by_leaves_the_quote_no_ones(index, lead):
    body = f"The talks were held on Monday.\n\n{lead}“{WORDS}”"
    assert said(body, index)[WORDS] is None
