"""A video's caption needs the video's information line above it (issue 11's seed-20261212
mutation run, captions.video_captions): free lines that run up to the page's first line
above download links are kept (nothing marks a video above them), and reading them up to
the top is no error. Invented lines."""

from archive.ingest.captions import video_captions


def test_free_lines_from_the_top_of_the_page_to_the_download_links_are_kept():
    paragraphs = ["The two leaders spoke.", "They agreed on a plan.", "Download mp4 (223MB)"]
    assert video_captions(paragraphs, {2: "download links"}) == []
    assert video_captions(paragraphs[1:], {1: "transcript link"}) == []


def test_the_caption_under_a_first_line_with_a_running_time_is_one():
    paragraphs = ["Summit remarks | 6:08", "The two leaders spoke.", "Download mp4 (223MB)"]
    assert video_captions(paragraphs, {0: "media label", 2: "download links"}) == [1]
