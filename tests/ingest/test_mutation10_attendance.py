"""A readout's bracketed list of those present says they attended ("…ほか同席") up to its
own closing bracket, whatever brackets the text closed before it (issue 11's seed-20261212
mutation run, attendance.list_says_attended): a credit or a place in brackets earlier in
the text ("ワシントン(共同)") must not end the list before it opens. Invented readouts."""

from datetime import date

import pytest

from tests.ingest.reference_data import native_named_index, news_subjects_of

ON = date(2017, 11, 6)
CAST = {
    "Shinzo Abe": ("Japan", "Prime Minister", "head_of_government"),
    "Donald Trump": ("United States", "President", "head_of_state"),
    "Taro Kono": ("Japan", "Minister for Foreign Affairs", "foreign"),
}
READOUT = "総理はトランプ大統領と会談した(日本側:河野外務大臣ほか同席)。"


@pytest.fixture(scope="module")
def index():
    return native_named_index(CAST)


@pytest.mark.parametrize("before", ["", "ワシントン(共同) ", "(写真) 11月6日、", "(1) "])
def test_a_list_saying_its_people_attended_holds_asides(index, before):
    # The principal is named by title only: the list's minister is an aside because the
    # list says he attended, not because someone of his side is named outside it.
    assert news_subjects_of(before + READOUT, index, ON) == {"donald-trump"}


def test_a_list_of_the_sides_not_saying_so_names_a_principal(index):
    body = "ワシントン(共同) 総理はトランプ大統領と会談した(日本側:河野外務大臣)。"
    assert news_subjects_of(body, index, ON) == {"donald-trump", "taro-kono"}
