"""A link back to the page's section printed in capitals ("BACK TO NEWS") names the section
as "Back to News" does: the pattern ignores case, and so must the screen before it.
Invented lines."""

from archive.ingest.section_links import back_link_targets


def test_a_back_link_in_capitals_names_its_section():
    assert back_link_targets(["BACK TO NEWS RELEASES"]) == {"NEWS RELEASES"}
    assert back_link_targets(["RETURN TO THE TOP"]) == set()


def test_a_capitalised_line_without_a_link_names_nothing():
    assert back_link_targets(["TALKS TO CONTINUE IN TOKYO"]) == set()
