"""The lab-trend statistics equal scipy's (theilslopes; kendalltau's exact and tie-corrected p-values),
on random series with and without ties, short and long."""

from __future__ import annotations

import math
import random

import pytest
from scipy.stats import kendalltau, theilslopes

from nlp.labs.trend import kendall_p_value, theil_sen_slope, trend


def series(rng: random.Random, n: int, ties: bool, drift: float) -> tuple[list[float], list[float]]:
    days = sorted(float(rng.randint(0, 12)) if ties else rng.uniform(0, 700) for _ in range(n))
    values = [round(rng.gauss(10, 3), 0 if ties else 3) + drift * i for i in range(n)]
    return days, values


@pytest.mark.parametrize("ties", [False, True])
@pytest.mark.parametrize("n", [4, 5, 9, 20, 33, 34, 60])
def test_slope_and_p_value_equal_scipys(n: int, ties: bool) -> None:
    rng = random.Random(n * 2 + ties)
    for drift in (0.0, 0.3, -0.8):
        days, values = series(rng, n, ties, drift)
        expected_p = kendalltau(days, values).pvalue
        assert theil_sen_slope(days, values) == pytest.approx(theilslopes(values, days).slope, abs=1e-12)
        if not math.isnan(expected_p):
            assert kendall_p_value(days, values) == pytest.approx(expected_p, abs=1e-12)


def test_four_monotonic_points_are_a_trend_and_three_are_not() -> None:
    day = 86_400_000
    assert trend([0, 30 * day, 60 * day, 90 * day], [1.0, 1.2, 1.4, 1.6]).direction == "increasing"
    assert trend([0, 30 * day, 60 * day], [1.0, 1.2, 1.4]).direction == "insufficient_data"
    assert trend([0, 30 * day, 60 * day, 90 * day], [5.0, 5.0, 5.0, 5.0]).direction == "stable"
