"""Is a lab series going up, down or staying put? Theil–Sen slope (robust to one wild value) with a
Mann–Kendall test (Kendall's tau against time), never a comparison of two points.

A direction needs at least MIN_POINTS results, p < ALPHA, and a change over the series' span of at
least MIN_RELATIVE_CHANGE of its median (a significant but clinically flat drift is `stable`). With
four points a perfectly monotonic series has p ≈ 0.083, hence ALPHA = 0.10 and MIN_POINTS = 4.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import median

from scipy.stats import kendalltau, theilslopes

MIN_POINTS = 4
ALPHA = 0.10
MIN_RELATIVE_CHANGE = 0.05
DAY_MS = 86_400_000
DAYS_PER_MONTH = 30.4375


@dataclass(frozen=True)
class Trend:
    direction: str  # increasing, decreasing, stable, insufficient_data
    slope_per_month: float | None
    p_value: float | None


def trend(times_ms: list[int], values: list[float]) -> Trend:
    if len(values) < MIN_POINTS or len(set(times_ms)) < 2:
        return Trend("insufficient_data", None, None)
    days = [(t - times_ms[0]) / DAY_MS for t in times_ms]
    slope = float(theilslopes(values, days).slope)
    if len(set(values)) == 1:
        return Trend("stable", 0.0, 1.0)
    p_value = float(kendalltau(days, values).pvalue)
    if math.isnan(p_value):
        p_value = 1.0
    change = abs(slope * (days[-1] - days[0]))
    scale = abs(median(values)) or max(abs(v) for v in values)
    significant = p_value < ALPHA and change >= MIN_RELATIVE_CHANGE * scale
    direction = ("increasing" if slope > 0 else "decreasing") if significant and slope != 0 else "stable"
    return Trend(direction, round(slope * DAYS_PER_MONTH, 6), round(p_value, 6))
