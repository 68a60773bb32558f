#!/usr/bin/env python3
"""Independent oracle for the scoring tests (Tests/HindsightCoreTests/Scoring).

Prints the expected figures of every test case, computed with scikit-learn
(brier_score_loss, log_loss), properscoring (brier_score), statsmodels
(proportion_confint, method="wilson") and numpy (everything else, including
numpy.percentile for the bootstrap). The bootstrap reuses the documented SplitMix64
generator and resampling indices (docs/methodology.md) reimplemented here, so the
interval can be compared digit for digit.

Set up:  python3 -m venv /tmp/scoring-venv
         /tmp/scoring-venv/bin/pip install scikit-learn properscoring statsmodels numpy scipy
Run:     /tmp/scoring-venv/bin/python scripts/scoring_oracle_cases.py
"""

import math

import numpy as np
import properscoring
from scipy.stats import norm
from sklearn.metrics import brier_score_loss, log_loss
from statsmodels.stats.proportion import proportion_confint

Z95 = 1.959963984540054
SEED = 0x48494E4453494748  # ASCII "HINDSIGH"
RESAMPLES = 2000
MASK = (1 << 64) - 1

# Each case: p, outcomes, optional (low, high) per forecast (None when not scale-derived).
TOY10_P = [0.9, 0.8, 0.7, 0.7, 0.6, 0.3, 0.2, 0.1, 0.95, 0.5]
TOY10_O = [1, 1, 0, 1, 1, 0, 0, 1, 1, 0]
N30_P = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5,
         0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99,
         0.01, 0.3, 0.6, 0.7, 0.7, 0.75, 0.9, 0.2, 0.45, 0.8]
N30_O = [0, 0, 1, 0, 0, 1, 0, 1, 0, 1,
         1, 0, 1, 1, 1, 0, 1, 1, 1, 1,
         0, 0, 1, 1, 0, 1, 1, 0, 1, 1]
CASES = {
    "toy10": (TOY10_P, TOY10_O, None),
    "toy3": ([0.9, 0.8, 0.7], [1, 0, 1], None),
    "allTrue": ([0.6, 0.7, 0.8, 0.9], [1, 1, 1, 1], None),
    "coinOnly": ([0.5, 0.5, 0.5], [1, 0, 1], None),
    "single": ([0.7], [1], None),
    "n29": (N30_P[:29], N30_O[:29], None),
    "n30": (N30_P, N30_O, None),
    # Scale-derived forecasts: 0.75 "probably" [0.65, 0.8], 0.7 "likely" [0.65, 0.75],
    # 0.2 "unlikely" [0.1, 0.288], 0.5 "maybe" [0.4, 0.5]; the rest stated.
    "sensitivity": (
        [0.75, 0.7, 0.2, 0.5, 0.9, 0.3],
        [1, 0, 0, 1, 1, 1],
        [(0.65, 0.8), (0.65, 0.75), (0.1, 0.288), (0.4, 0.5), None, None],
    ),
}


def splitmix64(state):
    """Yields SplitMix64 outputs from the given seed."""
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def next_index(gen, n):
    """x mod n, redrawing while x >= 2**64 - (2**64 mod n)."""
    r = (1 << 64) % n
    while True:
        x = next(gen)
        if x < (1 << 64) - r:
            return x % n


def canonical_errors(p, o, iv):
    """Squared errors ordered as the Swift code orders them: by (p, low, high), false first."""
    rows = []
    for i in range(len(p)):
        low, high = iv[i] if iv and iv[i] else (-1.0, -1.0)
        rows.append((p[i], low, high, o[i], (p[i] - o[i]) ** 2))
    rows.sort()
    return [row[4] for row in rows]


def bootstrap(errors):
    gen = splitmix64(SEED)
    n = len(errors)
    means = []
    for _ in range(RESAMPLES):
        total = 0.0
        for _ in range(n):
            total += errors[next_index(gen, n)]
        means.append(total / n)
    return np.percentile(np.array(means), [2.5, 97.5])  # default method: linear


def wilson(k, n):
    return proportion_confint(k, n, alpha=0.05, method="wilson")


def bin_index(p):
    return min(int(math.floor(100 * p + 0.5)) // 10, 9)  # round half away from zero (p >= 0)


def report(name, p, o, iv):
    p = np.array(p, dtype=float)
    o = np.array(o, dtype=int)
    n = len(p)
    bs = brier_score_loss(o, p)
    assert abs(bs - np.mean(properscoring.brier_score(o, p))) < 1e-15
    ll = log_loss(o, p, labels=[0, 1])
    po = np.where(o == 1, p, 1 - p)
    sph = np.mean(po / np.sqrt(p ** 2 + (1 - p) ** 2))
    obar = o.mean()
    unc = obar * (1 - obar)
    rel = res = 0.0
    for value in np.unique(p):
        mask = p == value
        ok = o[mask].mean()
        rel += mask.sum() * (value - ok) ** 2
        res += mask.sum() * (ok - obar) ** 2
    rel, res = rel / n, res / n
    print(f"== {name} (n = {n})")
    print(f"brier {bs!r}")
    print(f"log_loss {ll!r}")
    print(f"spherical {sph!r}")
    print(f"bss_base_rate {(1 - bs / unc) if unc > 0 else None!r}")
    print(f"bss_coin {1 - bs / 0.25!r}")
    print(f"murphy REL {rel!r} RES {res!r} UNC {unc!r} (REL-RES+UNC {rel - res + unc!r})")
    print(f"calibration_in_the_large {p.mean() - obar!r}")
    side = p != 0.5
    if side.any():
        hits = int(np.sum((p[side] > 0.5) == (o[side] == 1)))
        conf = np.maximum(p[side], 1 - p[side]).mean()
        print(f"hit_rate {hits}/{side.sum()} = {hits / side.sum()!r} ci95 {wilson(hits, side.sum())!r}")
        print(f"overconfidence {conf - hits / side.sum()!r}")
    else:
        print("hit_rate None overconfidence None")
    for b in range(10):
        mask = np.array([bin_index(x) == b for x in p])
        if mask.any():
            k = int(o[mask].sum())
            print(f"bin {b}: n {mask.sum()} mean_p {p[mask].mean()!r} observed {k / mask.sum()!r}"
                  f" ci95 {wilson(k, mask.sum())!r}")
    errors = (p - o) ** 2
    if n >= 30:
        half = Z95 * np.std(errors, ddof=1) / math.sqrt(n)
        print(f"brier_ci95 normal (ddof=1) {max(0.0, bs - half)!r} {min(1.0, bs + half)!r}")
    else:
        low, high = bootstrap(canonical_errors(list(p), list(o), iv))
        print(f"brier_ci95 bootstrap {low!r} {high!r}")
    if iv:
        lows = np.array([i[0] if i else x for i, x in zip(iv, p)])
        highs = np.array([i[1] if i else x for i, x in zip(iv, p)])
        at_low = brier_score_loss(o, lows)
        at_high = brier_score_loss(o, highs)
        print(f"brier_range at_low {at_low!r} at_high {at_high!r}"
              f" min {min(bs, at_low, at_high)!r} max {max(bs, at_low, at_high)!r}")


if __name__ == "__main__":
    gen = splitmix64(1234567)
    print("splitmix64(1234567) first outputs:", [next(gen) for _ in range(3)])
    gen = splitmix64(SEED)
    print("splitmix64(SEED) indices below 10:", [next_index(gen, 10) for _ in range(10)])
    print(f"z95 check: norm.ppf(0.975) = {norm.ppf(0.975)!r} (used {Z95!r})")
    for case_name, (ps, os_, ivs) in CASES.items():
        report(case_name, ps, os_, ivs)
