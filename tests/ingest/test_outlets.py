"""extract_outlet: publisher and wire told apart."""

from archive.ingest.outlets import extract_outlet, find_wire


def test_hint_wins_and_unknown_outlets_keep_their_name(ref):
    finding = extract_outlet(index=ref.index, paragraphs=[], hint_outlet="Il Giornale Online")
    assert (finding.outlet_slug, finding.outlet_name) == (None, "Il Giornale Online")
    finding = extract_outlet(index=ref.index, paragraphs=[], hint_outlet="Reuters")
    assert (finding.outlet_slug, finding.outlet_name) == ("reuters", "Reuters")


def test_url_of_an_unknown_site_beats_a_fingerprint(ref):
    finding = extract_outlet(
        index=ref.index,
        paragraphs=["Baca: something", "(esn)"],
        hint_url="https://www.example.it/2022/01/07/x",
        dateline_wire="Reuters",
    )
    assert (finding.outlet_slug, finding.outlet_name, finding.wire_slug) == (
        None,
        "example.it",
        "reuters",
    )


def test_byline_names_the_outlet(ref):
    finding = extract_outlet(index=ref.index, paragraphs=[], byline="Myind Staff")
    assert finding.outlet_slug == "myind"


def test_fingerprint_names_the_outlet(ref):
    lines = ["Baca: Revenge, China Blocks Visas", "Text.", "(esn)"]
    finding = extract_outlet(index=ref.index, paragraphs=lines, chrome=[lines[0], lines[2]])
    assert finding.outlet_slug == "sindonews"


def test_foreign_chrome_means_a_republisher(ref):
    lines = [
        "Sign up now for unlimited free access to Reuters.com",
        "Lascia un commento",
        "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
    ]
    finding = extract_outlet(
        index=ref.index, paragraphs=lines, chrome=lines, dateline_wire="Reuters", body_language="en"
    )
    assert (finding.outlet_slug, finding.wire_slug) == (None, "reuters")


def test_wire_from_a_closing_sign_off(ref):
    assert find_wire("", "… as head of the Japanese government. EFE", ref.index) == ("efe", "EFE")
    assert find_wire("", "The talks ended.", ref.index) == (None, "")


def test_unknown_wire_credit_is_kept_by_name(ref):
    finding = extract_outlet(index=ref.index, paragraphs=[], dateline_wire="Kyodo")
    assert (finding.wire_slug, finding.wire_name) == (None, "Kyodo")
