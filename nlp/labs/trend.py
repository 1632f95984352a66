"""Is a lab series going up, down or staying put? Theil–Sen slope (robust to one wild value) with a
Mann–Kendall test (Kendall's tau against time), never a comparison of two points.

A direction needs at least MIN_POINTS results, p < ALPHA, and a change over the series' span of at
least MIN_RELATIVE_CHANGE of its median (a significant but clinically flat drift is `stable`). With
four points a perfectly monotonic series has p ≈ 0.083, hence ALPHA = 0.10 and MIN_POINTS = 4.

Both are computed here as scipy.stats computes them (theilslopes; kendalltau: exact p without ties up
to EXACT_MAX points, else the tie-corrected normal approximation; tests hold the two equal), because
scipy's per-call overhead (~1 ms) was most of a lab-trends request.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from statistics import median

import numpy as np

MIN_POINTS = 4
ALPHA = 0.10
MIN_RELATIVE_CHANGE = 0.05
DAY_MS = 86_400_000
DAYS_PER_MONTH = 30.4375
EXACT_MAX = 33


@dataclass(frozen=True)
class Trend:
    direction: str  # increasing, decreasing, stable, insufficient_data
    slope_per_month: float | None
    p_value: float | None


def trend(times_ms: list[int], values: list[float]) -> Trend:
    if len(values) < MIN_POINTS or len(set(times_ms)) < 2:
        return Trend("insufficient_data", None, None)
    days = [(t - times_ms[0]) / DAY_MS for t in times_ms]
    slope = theil_sen_slope(days, values)
    if len(set(values)) == 1:
        return Trend("stable", 0.0, 1.0)
    p_value = kendall_p_value(days, values)
    change = abs(slope * (days[-1] - days[0]))
    scale = abs(median(values)) or max(abs(v) for v in values)
    significant = p_value < ALPHA and change >= MIN_RELATIVE_CHANGE * scale
    direction = ("increasing" if slope > 0 else "decreasing") if significant and slope != 0 else "stable"
    return Trend(direction, round(slope * DAYS_PER_MONTH, 6), round(p_value, 6))


def _pairs(x: list[float], y: list[float]) -> tuple[np.ndarray, np.ndarray]:
    """(x[j] - x[i], y[j] - y[i]) for every i < j, as arrays: a long series has tens of thousands of pairs."""
    i, j = np.triu_indices(len(x), 1)
    xs, ys = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return xs[j] - xs[i], ys[j] - ys[i]


def theil_sen_slope(x: list[float], y: list[float]) -> float:
    """Median of the slopes between every two points at different x."""
    dx, dy = _pairs(x, y)
    apart = dx != 0
    return float(np.median(dy[apart] / dx[apart]))


def kendall_p_value(x: list[float], y: list[float]) -> float:
    """Two-sided p-value of Kendall's tau (the Mann–Kendall trend test when x is time)."""
    n = len(x)
    dx, dy = _pairs(x, y)
    s = int(np.sum(np.sign(dx) * np.sign(dy)))
    x_ties, y_ties = _tie_sizes(x), _tie_sizes(y)
    if not x_ties and not y_ties and n <= EXACT_MAX:
        pairs = n * (n - 1) // 2
        fewer = (pairs - abs(s)) // 2  # min(concordant, discordant)
        return min(1.0, 2 * sum(_inversions(n)[: fewer + 1]) / math.factorial(n))
    variance = (n * (n - 1) * (2 * n + 5) - _tie_term(x_ties) - _tie_term(y_ties)) / 18
    variance += (sum(t * (t - 1) * (t - 2) for t in x_ties) * sum(u * (u - 1) * (u - 2) for u in y_ties)
                 / (9 * n * (n - 1) * (n - 2)))
    variance += sum(t * (t - 1) for t in x_ties) * sum(u * (u - 1) for u in y_ties) / (2 * n * (n - 1))
    if variance <= 0:
        return 1.0
    return math.erfc(abs(s) / math.sqrt(variance) / math.sqrt(2))


def _tie_sizes(values: list[float]) -> list[int]:
    return [count for count in Counter(values).values() if count > 1]


def _tie_term(ties: list[int]) -> int:
    return sum(t * (t - 1) * (2 * t + 5) for t in ties)


@cache
def _inversions(n: int) -> tuple[int, ...]:
    """How many permutations of n items have k inversions, for every k (Mahonian numbers)."""
    counts = [1]
    for size in range(2, n + 1):
        longer = [0] * (len(counts) + size - 1)
        for k, count in enumerate(counts):
            for added in range(size):
                longer[k + added] += count
        counts = longer
    return tuple(counts)
