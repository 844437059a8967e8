"""Issue 11: the name of a document in quotation marks, printed in title case, is no one's
words even when long ("Names of concepts or documents in quotation marks are not quotes",
eval/corpus/README.md); a sentence in quotation marks still is (invented texts)."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.quote_names import reads_as_a_title
from archive.ingest.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Joint Statement of the Security Consultative Committee: Toward a More Robust Alliance",
            True,
        ),
        ("U.S.-Japan Joint Leaders’ Statement: Building an Alliance for a New Era", True),
        ("Declaración Conjunta de los Líderes de Japón y Estados Unidos sobre la Alianza", True),
        ("We will work together to keep the region free and open for all", False),
        # a sentence inside, or too few words to tell
        ("I Am Very Happy To Be Here. Thank You All.", False),
        ("Free and Open Indo-Pacific", False),
    ],
)
def test_a_title_reads_as_one(text, title):
    assert reads_as_a_title(text) is title


def test_a_long_document_name_is_no_quote_but_a_long_sentence_is(ref):
    body = (
        "The ministers issued the “Joint Statement of the Security Consultative Committee: "
        "Toward a More Robust Alliance and Greater Shared Responsibilities” on Monday.\n\n"
        "A senior official told reporters that “the two countries will work together to keep "
        "the region free and open for all of its people.”"
    )
    mentions, _ = find_people(body, ref.index)
    hits = find_quotes(body, mentions)
    assert [hit.text[:14] for hit in hits] == ["the two countr"]
