"""Countries abbreviated beside the allies' pair (issue 11's mutation sample at 30d3c52,
meeting_compounds.py): the run of country characters ends at the first character that
is no ally, no abbreviation and no separator, on either side. Invented sentences."""

import pytest

from archive.ingest.meeting_compounds import compound_countries


@pytest.mark.parametrize(
    "body, countries",
    [
        ("日米豪防衛相会談が開かれた。", {"Australia"}),
        ("日米・豪・比の首脳が集まった。", {"Australia", "Philippines"}),
        ("美日印澳四方会谈", {"India", "Australia"}),
        # seed-20261207 sample (_run_countries 22): words after the pair end the run, so a
        # country named further on is no part of the compound.
        ("日米首脳会談で豪州にも触れた。", set()),
        ("日美外长会谈后，澳大利亚外长发表讲话。", set()),
        ("豪州の首相は日米首脳会談を歓迎した。", set()),
    ],
)
def test_the_compound_is_the_run_of_country_characters_around_the_pair(body, countries):
    assert compound_countries(body) == frozenset(countries)
