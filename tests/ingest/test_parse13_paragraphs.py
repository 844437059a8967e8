"""split_paragraph_blocks reads a block of one line without splitting it (text.py, issue
#10): the same paragraphs and block numbers as reading every block's lines, on random
texts of one-line and wrapped blocks, blank lines holding spaces, tabs and runs of
spaces."""

import random

from archive.ingest.text import split_paragraph_blocks

PIECES = (
    "The minister said the talks would go on",
    " and on and on until the two sides agreed",
    ".",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\n \n",
    "• item",
    "日米首脳会談が行われた。",
    "",
)


def test_one_line_blocks_read_alone_as_in_a_block_of_lines():
    rng = random.Random(13)
    for _ in range(400):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 25)))
        paragraphs, numbers = split_paragraph_blocks(text)
        # The same as reading the text with a line break doubled into every block that
        # has none (a block of one line and a trailing blank line within it reads alike).
        padded = "\n\n".join(block + "\n" for block in text.split("\n\n"))
        assert (paragraphs, numbers) == split_paragraph_blocks(padded), text
        assert len(paragraphs) == len(numbers) and numbers == sorted(numbers)
