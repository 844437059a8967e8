"""A synthetic report's passage keys from the words the generator drew, not from its text.

`minhash.passage_keys(body)` splits the body into sentences with a regular expression and
cuts each word to its stem: two thirds of the generator's CPU when it was called on every
body. The generator already knows its sentences (lists of words joined by spaces, opened
by a capital, closed by a full stop), so it takes each word's stems once (a word of the
vocabulary comes back thousands of times) and a sentence's stems are the union of its
words'. The keys are IDENTICAL to the text path's (tests/test_corpus_keys.py checks it on
thousands of bodies). Where the splitter cuts a sentence after a word like "F." (in
"John F. Kerry") the cut is worked out from the words; a paragraph is read through the
text path when a sentence does not open on an ASCII letter (the splitter cuts only before
[A-Z“"‘(], and capitalising a non-ASCII letter can change it: "ß" becomes "SS"), when a
word holds a CJK full stop or a line break, or a quote's words hold a full stop.

Pure: no Django, no database."""

import re
from string import ascii_letters

import numpy as np

from archive.ingest import similarity
from archive.ingest.minhash import SIGNATURE_SIZE, signatures_band_keys, stem_hashes

# What the splitter may cut at, in Latin and CJK text, and the paragraph separator.
_UNSAFE = re.compile(r"[.!?…。！？．\n]")
_HARD = re.compile(r"[。！？．\n]")
# A word that ends a sentence when the next opens on [A-Z“"‘(] (the splitter's rule).
_ENDS = re.compile(r"[.!?…][”\"’)]*$")
_SPLITTER_OPENINGS = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZ“"‘(')
_OPENINGS = frozenset(ascii_letters)


class WordStems:
    """Each word's stems (as numbers: rows of one array of `stem_hashes`) and the band keys
    of sentences given as words. One per generator process; it holds the vocabulary's and
    the names' stems, a few tens of thousands."""

    def __init__(self):
        self.words: dict[str, frozenset | None] = {}  # None: not by the fast path
        # Words whose only obstacle is a Latin full stop or the like, as in "John F.
        # Kerry": the splitter's cut is worked out from the words (`pieces`).
        self.dotted: set[str] = set()
        self.stems: dict[str, int] = {}
        self.tokens: dict[str, frozenset] = {}
        self.hashes = np.empty((4096, SIGNATURE_SIZE), dtype=np.uint64)

    def stem_id(self, stem: str) -> int:
        number = self.stems.get(stem)
        if number is None:
            number = self.stems[stem] = len(self.stems)
            if number == len(self.hashes):
                self.hashes = np.concatenate([self.hashes, np.empty_like(self.hashes)])
            self.hashes[number] = stem_hashes(stem)
        return number

    def word(self, word: str) -> frozenset | None:
        """The stem numbers of one item the generator joins with spaces (a word, a name, a
        keyword and its noun), or None when the text path must read its paragraph."""
        if word not in self.words:
            if not word or _HARD.search(word):
                self.words[word] = None
            elif _UNSAFE.search(word):
                self.words[word] = None
                self.dotted.add(word)
            else:
                self.words[word] = self.token(word)
        return self.words[word]

    def token(self, text: str) -> frozenset:
        """The stems of space-separated text: those of a sentence are the union of its
        words' (a word, a possessive or a CJK run, whose bigrams are its stems, never
        spans a space). Remembered: a name's words come back in every report naming it."""
        found = self.tokens.get(text)
        if found is None:
            found = self.tokens[text] = frozenset(map(self.stem_id, similarity.stems(text)))
        return found

    def sentence(self, words: list[str], *, cuts: bool = True) -> list[frozenset] | None:
        """The stem numbers of `sentence(words)`: one set, or several where the splitter
        cuts it after a word like "F." (`cuts`; not in a quote, whose words are followed
        by a comma); None when the text path must read it."""
        if words[0][:1] not in _OPENINGS:
            return None
        known = self.words
        try:
            return [frozenset().union(*map(known.__getitem__, words))]
        except KeyError:
            parts = [self.word(word) for word in words]
        except TypeError:  # a word of the slow path's
            parts = list(map(known.__getitem__, words))
        if None not in parts:
            return [frozenset().union(*parts)]
        dotted = self.dotted
        pairs = zip(words, parts, strict=True)
        if cuts and all(part is not None or word in dotted for word, part in pairs):
            return self.pieces(" ".join(words).split())
        return None

    def pieces(self, tokens: list[str]) -> list[frozenset]:
        """The splitter's sentences of one sentence written with words ending in a full
        stop: it cuts after such a word when the next opens on [A-Z“"‘(]."""
        found, current = [], set()
        for at, token in enumerate(tokens):
            current.update(self.token(token))
            following = tokens[at + 1][:1] if at + 1 < len(tokens) else ""
            if following in _SPLITTER_OPENINGS and _ENDS.search(token):
                found.append(frozenset(current))
                current = set()
        found.append(frozenset(current))
        return found

    def paragraph(self, sentences_words: list[list[str]], text) -> list[frozenset]:
        """The stem numbers of a paragraph's sentences, from its words, or (when one of
        them cannot be) from its text, `text()` (a callable: the text is built only then)."""
        found = []
        for words in sentences_words:
            stems = self.sentence(words)
            if stems is None:
                return self.text(text())
            found.extend(stems)
        return found

    def text(self, paragraph: str) -> list[frozenset]:
        """The text path: the splitter's sentences of one paragraph, as stem numbers."""
        stem_id = self.stem_id
        found = similarity.sentences(paragraph)
        return [frozenset(stem_id(stem) for stem in sentence.stems) for sentence in found]

    def keys(self, sentence_stems) -> list[int]:
        """`minhash.passage_keys` of the body whose sentences have these stems: the
        distinct band keys of the sentences with MIN_SENTENCE_STEMS stems or more, sorted."""
        flat, starts = [], []
        for stems in sentence_stems:
            if len(stems) >= similarity.MIN_SENTENCE_STEMS:
                starts.append(len(flat))
                flat.extend(stems)
        if not starts:
            return []
        signatures = np.minimum.reduceat(self.hashes[flat], starts, axis=0)
        return np.unique(signatures_band_keys(signatures)).tolist()
