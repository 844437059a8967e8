"""A role with its country ("el canciller estadounidense", "the U.S. secretary of state")
stands for the last person named who held it only in a report with no date (issue 11's
seed-20261212 mutation run, roles.resolve_title): a dated report reads it as a role of
that day (roles.py's counterpart readers), not as a title for whoever was named last."""

from datetime import date

import pytest

from archive.ingest.results import Mention
from archive.ingest.roles import resolve_title
from tests.ingest.reference_data import seed_reference

NAMED = [Mention("antony-blinken", 0, 7, "Blinken")]


@pytest.fixture(scope="module")
def index():
    return seed_reference().index


@pytest.mark.parametrize("phrase", ["el canciller estadounidense", "the U.S. secretary of state"])
def test_a_role_with_its_country_is_a_title_only_when_undated(index, phrase):
    assert resolve_title(phrase, NAMED, index, undated=True) == "antony-blinken"
    assert resolve_title(phrase, NAMED, index) is None
    assert resolve_title(phrase, NAMED, index, on=date(2022, 1, 7)) is None


@pytest.mark.parametrize("phrase", ["el secretario", "the secretary"])
def test_a_bare_title_is_read_either_way(index, phrase):
    assert resolve_title(phrase, NAMED, index) == "antony-blinken"
    assert resolve_title(phrase, NAMED, index, undated=True) == "antony-blinken"
