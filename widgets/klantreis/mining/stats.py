"""Intervals and tests for the customer metrics, as plain functions of counts.

Every metric comes with its number of answers and a 95% interval, so a team never reads
noise as news:

- shares (CSAT top-two box, CES "easy", FCR) use the Wilson score interval: unlike the
  plain ±1.96·SE interval it stays inside 0–100% and keeps its coverage for small samples
  and shares near 0 or 100%, which is where survey cells per step often are;
- NPS is a difference of two shares of one sample (promoters − detractors); its variance is
  (p₊ + p₋ − (p₊ − p₋)²) / n, and the interval is the normal one around it, clipped to
  −100…100. It is only a fair summary from about 30 answers: fewer are flagged;
- a mean (CES) uses Student's t interval.

Before/after changes: a difference of two shares uses Newcombe's hybrid score interval
(built from the two Wilson intervals); NPS the normal interval of the difference of two
independent NPS; a mean Welch's t interval. A change is "beyond noise" when its 95%
interval leaves out zero, which is a two-sided test at the 5% level.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

Z95 = NormalDist().inv_cdf(0.975)
#: Fewer answers than this make an estimate too uncertain to rank steps on.
FEW_ANSWERS = 30


@dataclass(frozen=True)
class Estimate:
    """A value with its 95% interval and the number of answers behind it."""

    n: int
    value: float
    low: float
    high: float


def _nan(n: int) -> Estimate:
    return Estimate(n, math.nan, math.nan, math.nan)


def wilson(k: int, n: int, z: float = Z95) -> Estimate:
    """Share k/n with the Wilson score interval (0–1)."""
    if n <= 0:
        return _nan(0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    low = 0.0 if k == 0 else max(0.0, centre - half)  # exact at the ends, no rounding dust
    high = 1.0 if k == n else min(1.0, centre + half)
    return Estimate(n, p, low, high)


def nps(promoters: int, detractors: int, n: int, z: float = Z95) -> Estimate:
    """Net Promoter Score (−100…100) with the normal interval of the trinomial."""
    if n <= 0:
        return _nan(0)
    plus, minus = promoters / n, detractors / n
    score = plus - minus
    se = math.sqrt(max(plus + minus - score * score, 0.0) / n)
    return Estimate(n, 100 * score, max(-100.0, 100 * (score - z * se)),
                    min(100.0, 100 * (score + z * se)))


def nps_se(promoters: int, detractors: int, n: int) -> float:
    plus, minus = promoters / n, detractors / n
    return 100 * math.sqrt(max(plus + minus - (plus - minus) ** 2, 0.0) / n)


def t_quantile(df: float, p: float = 0.975) -> float:
    """Student's t quantile by the Cornish–Fisher expansion (good to 3 decimals, df ≥ 3)."""
    if df <= 0 or math.isnan(df):
        return math.nan
    z = NormalDist().inv_cdf(p)
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


def mean(n: int, total: float, squares: float) -> tuple[Estimate, float]:
    """Mean with Student's t interval, from n, Σx and Σx²; also the sample variance."""
    if n <= 0:
        return _nan(0), math.nan
    average = total / n
    if n < 2:
        return Estimate(n, average, math.nan, math.nan), math.nan
    variance = max((squares - n * average * average) / (n - 1), 0.0)
    half = t_quantile(n - 1) * math.sqrt(variance / n)
    return Estimate(n, average, average - half, average + half), variance


@dataclass(frozen=True)
class Change:
    """After minus before, with the 95% interval of the change and the test that says
    whether it is beyond noise."""

    before: Estimate
    after: Estimate
    change: float
    low: float
    high: float
    test: str

    @property
    def beyond_noise(self) -> bool:
        return not math.isnan(self.low) and (self.low > 0 or self.high < 0)


def share_change(k1: int, n1: int, k2: int, n2: int, z: float = Z95) -> Change:
    """Difference of two shares (0–1) with Newcombe's hybrid score interval."""
    a, b = wilson(k1, n1, z), wilson(k2, n2, z)
    if n1 <= 0 or n2 <= 0:
        return Change(a, b, math.nan, math.nan, math.nan, "newcombe")
    d = b.value - a.value
    low = d - math.sqrt((b.value - b.low) ** 2 + (a.high - a.value) ** 2)
    high = d + math.sqrt((b.high - b.value) ** 2 + (a.value - a.low) ** 2)
    return Change(a, b, d, low, high, "newcombe")


def nps_change(before: tuple[int, int, int], after: tuple[int, int, int],
               z: float = Z95) -> Change:
    """Difference of two independent NPS (points) with the normal interval.
    Each side is (promoters, detractors, n)."""
    a, b = nps(*before, z=z), nps(*after, z=z)
    if before[2] <= 0 or after[2] <= 0:
        return Change(a, b, math.nan, math.nan, math.nan, "normal")
    se = math.hypot(nps_se(*before), nps_se(*after))
    d = b.value - a.value
    return Change(a, b, d, d - z * se, d + z * se, "normal")


def mean_change(before: tuple[int, float, float], after: tuple[int, float, float]) -> Change:
    """Difference of two means with Welch's t interval. Each side is (n, Σx, Σx²)."""
    (a, va), (b, vb) = mean(*before), mean(*after)
    if a.n < 2 or b.n < 2:
        return Change(a, b, math.nan, math.nan, math.nan, "welch")
    sa, sb = va / a.n, vb / b.n
    se = math.sqrt(sa + sb)
    d = b.value - a.value
    if se == 0:
        return Change(a, b, d, d, d, "welch")
    df = (sa + sb) ** 2 / (sa**2 / (a.n - 1) + sb**2 / (b.n - 1))
    half = t_quantile(df) * se
    return Change(a, b, d, d - half, d + half, "welch")
