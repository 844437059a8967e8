"""compare_texts and find_shared: reworded retellings found, independent reports not."""

import itertools
import random

from archive.ingest import similarity
from archive.ingest.similarity import (
    MIN_MATCHED_SENTENCES,
    compare_texts,
    find_shared,
    sentence_similarity,
    sentences,
    stems,
)

WIRE = (
    "The ministers said they had serious and continuing concerns regarding human rights "
    "issues in Xinjiang and Hong Kong regions.\n\n"
    "Russia, China and the United States are also fighting to build hypersonic weapons "
    "whose extreme speed makes them difficult to spot."
)
RETOLD = (
    "In other news, the weather was fine.\n\n"
    "The ministers also said they had serious and persistent concerns about human rights "
    "in the Xinjiang and Hong Kong regions.\n\n"
    "Russia, China and the United States are in the race to develop hypersonic weapons, "
    "whose speed makes them difficult to detect."
)
UNRELATED = (
    "The central bank kept interest rates unchanged on Thursday, citing inflation.\n\n"
    "Analysts expect a cut in the spring as growth slows across the region."
)


def test_stems_drop_stopwords_and_unify_spellings():
    assert stems("The defence of Destabilising behaviour") == stems(
        "defense destabilizing behavior"
    )
    assert "the" not in stems("the ministers said")


def test_sentences_carry_offsets():
    body = (
        "Short.\n\nThe ministers met in Tokyo on Friday to discuss defence cooperation. "
        "Next one here."
    )
    [first] = sentences(body)
    assert (
        body[first.start : first.end]
        == "The ministers met in Tokyo on Friday to discuss defence cooperation."
    )


def test_similarity_needs_enough_shared_words():
    assert sentence_similarity(frozenset("abcd"), frozenset("abcd")) == 0.0
    assert sentence_similarity(frozenset("abcdef"), frozenset("abcdef")) == 1.0


def test_compare_texts_finds_the_reworded_sentences():
    passages = compare_texts(WIRE, RETOLD)
    assert len(passages) == 1  # two consecutive sentences merge into one passage
    [passage] = passages
    assert passage.a_text == WIRE
    assert passage.b_text.startswith("The ministers also said")
    assert RETOLD[passage.b_start : passage.b_end] == passage.b_text
    assert 0.7 <= passage.similarity <= 1


def test_compare_texts_unrelated():
    assert compare_texts(WIRE, UNRELATED) == []


def test_find_shared_pairs_and_keys():
    result = find_shared({"wire": WIRE, "retold": RETOLD, "other": UNRELATED})
    assert [(a, b) for a, b, _, _ in result] == [("wire", "retold")]


def test_one_shared_sentence_is_not_enough():
    """Two reports quoting the same statement share one sentence; that is no retelling."""
    one = WIRE.split("\n\n")[0]
    result = find_shared(
        {"a": one + "\n\n" + UNRELATED, "b": one + "\n\nSomething else entirely here today."}
    )
    assert MIN_MATCHED_SENTENCES == 2 and result == []


def test_seed_000_and_003_share_nothing_in_either_direction(seeds):
    for other in ("001", "002", "004"):
        for a, b in (("000", other), (other, "000"), ("003", other), (other, "003")):
            assert compare_texts(seeds[a].body, seeds[b].body) == []


def _corpus(count, seed=7):
    """Synthetic reports: random sentences over a big vocabulary, some retold with edits."""
    rng = random.Random(seed)
    vocabulary = [f"w{n:04d}x" for n in range(4000)]

    def sentence():
        return (
            " ".join(rng.choice(vocabulary) for _ in range(rng.randint(8, 20))).capitalize() + "."
        )

    reports = {}
    for n in range(count):
        lines = [sentence() for _ in range(12)]
        if n and rng.random() < 0.3:  # retell three sentences of an earlier report, edited
            source = reports[rng.randrange(n)].split("\n\n")
            for i in rng.sample(range(len(source)), 3):
                words = source[i].rstrip(".").split()
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
                lines[rng.randrange(12)] = " ".join(words) + "."
        reports[n] = "\n\n".join(lines)
    return reports


def test_find_shared_equals_the_brute_force_answer():
    """The prefix filter only skips pairs that cannot reach the threshold."""
    reports = _corpus(60)
    fast = {(a, b): round(score, 3) for a, b, score, _ in find_shared(reports)}
    slow = {}
    for a, b in itertools.combinations(reports, 2):
        passages = compare_texts(reports[a], reports[b])
        matched = sum(len(sentences(p.a_text)) for p in passages)
        if matched >= MIN_MATCHED_SENTENCES:
            slow[(a, b)] = True
    assert set(fast) == set(slow)
    assert fast  # the corpus does contain retellings


def test_find_shared_compares_few_of_a_thousand_reports_sentence_pairs(monkeypatch):
    """1,000 reports (12,000 sentences, ~72 million sentence pairs): the prefix filter
    leaves a few thousand pairs to score, not a share of all of them (work counted, not
    timed: about 1,100 scored in this corpus)."""
    reports = _corpus(1000)
    scored = []
    score = similarity.sentence_similarity
    monkeypatch.setattr(
        similarity, "sentence_similarity", lambda a, b: scored.append(1) or score(a, b)
    )
    result = find_shared(reports)
    total = sum(len(sentences(text)) for text in reports.values())
    assert result
    assert len(scored) < total * (total - 1) // 2 // 10_000


def test_cjk_sentences_end_at_cjk_punctuation():
    body = (
        "日米同盟の抑止力を一層強化することで一致しました。"
        "北朝鮮問題で緊密に連携することを確認した！"
    )
    found = sentences(body)
    assert [body[s.start : s.end] for s in found] == [
        "日米同盟の抑止力を一層強化することで一致しました。",
        "北朝鮮問題で緊密に連携することを確認した！",
    ]


def test_a_full_width_decimal_point_ends_no_sentence():
    body = (
        "防衛費を１．５倍に増やす計画について両国の閣僚が詳しく協議しました．次の会合を来年開く．"
    )
    assert len(sentences(body)) == 2


def test_cjk_stems_are_bigrams():
    assert stems("日米同盟") == frozenset({"日米", "米同", "同盟"})


def test_two_reports_retelling_a_chinese_story():
    a = (
        "美国国务卿布林肯与日本外相林芳正举行会谈，双方同意加强同盟的威慑能力。"
        "双方确认将在朝鲜核导问题上保持密切合作。会谈持续了大约一个小时。"
    )
    b = (
        "美国国务卿布林肯和日本外相林芳正举行了会谈，双方同意加强同盟威慑能力。"
        "双方确认在朝鲜核导问题上保持密切合作。今天北京天气晴朗。"
    )
    [passage] = compare_texts(a, b)
    assert passage.a_text.startswith("美国国务卿") and passage.b_text.endswith("密切合作。")
