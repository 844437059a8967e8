"""How far a score could move on other reports like these: 95% intervals by the
bootstrap over reports (the reports of a split drawn again with replacement, the counts
summed and divided as the score itself is, 1,000 times with a fixed seed, the middle 95%
of what comes out).

A split of 117 reports, seven of them Chinese, cannot show a difference of a few points;
the intervals say which of the targets' comparisons the corpus can decide at all. The
holdout's gap is drawn the same way, dev and holdout resampled apart, so that a gap whose
interval holds zero is one the corpus does not show.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from archive.evaluation.scoring import FIELDS, Counts

RESAMPLES = 1000
SEED = 20261205
KEYS = ("precision", "recall")
FEWEST = 5  # fewer reports with something to count draw no interval worth printing
Interval = tuple[float, float] | None


def _report_counts(scores: Sequence) -> list[dict[str, Counts]]:
    """Each report's counts per field (a field the report was not scored on counts 0)."""
    return [
        {name: s.fields[name].counts if name in s.fields else Counts() for name in FIELDS}
        for s in scores
    ]


def _value(counts: Counts, key: str) -> float | None:
    return counts.precision if key == "precision" else counts.recall


def _resampled_totals(reports: list[dict[str, Counts]], rng: random.Random) -> dict[str, Counts]:
    totals = {name: Counts() for name in FIELDS}
    for one in rng.choices(reports, k=len(reports)):
        for name in FIELDS:
            totals[name] += one[name]
    return totals


def _middle(values: list[float]) -> Interval:
    """The 2.5th and 97.5th percentiles (nearest rank), or None with nothing to rank."""
    if not values:
        return None
    ordered = sorted(values)
    low = ordered[int(0.025 * (len(ordered) - 1))]
    high = ordered[int(round(0.975 * (len(ordered) - 1)))]
    return (round(low, 4), round(high, 4))


def _counted(reports: list[dict[str, Counts]], name: str, key: str) -> int:
    """How many reports have something to count for the score (a pipeline answer for
    precision, a label item for recall)."""
    attribute = "predicted" if key == "precision" else "labeled"
    return sum(1 for one in reports if getattr(one[name], attribute))


def score_intervals(scores: Sequence, *, resamples: int = RESAMPLES, seed: int = SEED) -> dict:
    """{field: {"precision": (low, high) or None, "recall": ..., "precision_reports": n,
    "recall_reports": n}} for a split's reports; None when fewer than FEWEST reports count
    (one report drawn a thousand times is still one report)."""
    reports = _report_counts(scores)
    drawn: dict[str, dict[str, list[float]]] = {n: {k: [] for k in KEYS} for n in FIELDS}
    if reports:
        rng = random.Random(seed)
        for _ in range(resamples):
            totals = _resampled_totals(reports, rng)
            for name in FIELDS:
                for key in KEYS:
                    value = _value(totals[name], key)
                    if value is not None:
                        drawn[name][key].append(value)
    intervals = {}
    for name in FIELDS:
        intervals[name] = {}
        for key in KEYS:
            counted = _counted(reports, name, key)
            intervals[name][key] = _middle(drawn[name][key]) if counted >= FEWEST else None
            intervals[name][f"{key}_reports"] = counted
    return intervals


def language_intervals(scores: Sequence, *, resamples: int = RESAMPLES, seed: int = SEED) -> dict:
    """{language: score_intervals of that language's reports}: the "90 in each language"
    target judged on seven Italian reports needs its interval beside it."""
    languages = sorted({s.language for s in scores})
    return {
        lang: score_intervals(
            [s for s in scores if s.language == lang], resamples=resamples, seed=seed
        )
        for lang in languages
    }


def gap_intervals(
    dev: Sequence, holdout: Sequence, *, resamples: int = RESAMPLES, seed: int = SEED
) -> dict:
    """{field: {"precision": (low, high) or None, ...}} of holdout minus dev, each split
    drawn again apart in every round."""
    dev_reports, held_reports = _report_counts(dev), _report_counts(holdout)
    drawn: dict[str, dict[str, list[float]]] = {n: {k: [] for k in KEYS} for n in FIELDS}
    if dev_reports and held_reports:
        rng = random.Random(seed)
        for _ in range(resamples):
            dev_totals = _resampled_totals(dev_reports, rng)
            held_totals = _resampled_totals(held_reports, rng)
            for name in FIELDS:
                for key in KEYS:
                    a, b = _value(dev_totals[name], key), _value(held_totals[name], key)
                    if a is not None and b is not None:
                        drawn[name][key].append(b - a)
    return {name: {key: _middle(drawn[name][key]) for key in KEYS} for name in FIELDS}
