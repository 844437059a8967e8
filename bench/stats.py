"""Percentiles of timing samples."""

import math


def percentile(samples: list[float], fraction: float) -> float:
    """The `fraction` (0..1) percentile by linear interpolation between the two closest
    ranks (numpy's default, "linear"): p50 of [1, 2, 3, 4] is 2.5."""
    if not samples:
        raise ValueError("no samples")
    if not 0 <= fraction <= 1:
        raise ValueError("fraction must be within 0..1")
    ordered = sorted(samples)
    position = (len(ordered) - 1) * fraction
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(samples: list[float]) -> dict:
    """p50/p95/p99, mean and count of `samples` (milliseconds), rounded to 0.1."""
    return {
        "n": len(samples),
        "p50": round(percentile(samples, 0.50), 1),
        "p95": round(percentile(samples, 0.95), 1),
        "p99": round(percentile(samples, 0.99), 1),
        "mean": round(sum(samples) / len(samples), 1),
    }
