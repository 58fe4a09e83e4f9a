#!/usr/bin/python3
"""scipy/pandas oracle for the @cairn/stats parity suite.

Reads {"cases": [{"id": ..., "op": ..., ...}]} as JSON on stdin and prints
{"scipy": version, "results": [{"id": ..., ...}]} on stdout.

Numbers in inputs: null is NaN, the strings "inf" / "-inf" are infinities. Non-finite numbers in
outputs are written as the strings "NaN", "inf", "-inf" (JSON has no such literals).

Ops:
  special     scipy.special / scipy.stats values: erfc, ndtr, chi2_sf, kstwo_sf, gammaln, gammaincc,
              kolmogorov, smirnov
  ks          scipy.stats.ks_2samp(a, b) (two-sided, method 'auto' unless given)
  chisquare   scipy.stats.chisquare(obs, exp)
  wasserstein / energy   scipy.stats.wasserstein_distance / energy_distance
  sturges     numpy histogram_bin_edges(a ++ b, 'sturges') and np.histogram(a, edges) counts
  evidently   the whole per-column verdict by Evidently's legacy rules (a reference
              implementation with pandas + scipy of evidently 0.7 legacy/calculations/stattests):
              cleaning, test choice by n_ref / n_unique, binning, thresholds.
"""
import json
import math
import sys

import numpy as np
import pandas as pd
import scipy
from scipy import special, stats
from scipy.spatial import distance


def num_in(values):
    out = []
    for v in values:
        if v is None:
            out.append(np.nan)
        elif v == "inf":
            out.append(np.inf)
        elif v == "-inf":
            out.append(-np.inf)
        else:
            out.append(float(v))
    return np.array(out, dtype=float)


def num_out(x):
    if x is None:
        return None
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


# ---- Evidently legacy rules --------------------------------------------------------------

def unique_keys(ref, cur):
    return list(set(ref.dropna().unique()) | set(cur.dropna().unique()))


def binned(ref, cur, ftype, fill):
    """legacy get_binned_data: per-value buckets unless numeric with > 20 distinct reference values."""
    if ftype == "num" and ref.nunique() > 20:
        bins = np.histogram_bin_edges(pd.concat([ref, cur], axis=0).values, bins="sturges")
        rp = np.histogram(ref, bins)[0] / len(ref)
        cp = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = unique_keys(ref, cur)
        rd = {**dict.fromkeys(keys, 0), **dict(ref.value_counts())}
        cd = {**dict.fromkeys(keys, 0), **dict(cur.value_counts())}
        rp = np.array([rd[k] / len(ref) for k in keys])
        cp = np.array([cd[k] / len(cur) for k in keys])
    if fill:
        for arr in (rp, cp):
            nz = min(arr[arr != 0])
            np.place(arr, arr == 0, nz / 10**6 if nz <= 0.0001 else 0.0001)
    return rp, cp


def t_ks(ref, cur, ftype):
    r = stats.ks_2samp(ref, cur)
    return r.statistic, r.pvalue


def t_chisquare(ref, cur, ftype):
    keys = unique_keys(ref, cur)
    rd = {**dict.fromkeys(keys, 0), **dict(ref.value_counts())}
    cd = {**dict.fromkeys(keys, 0), **dict(cur.value_counts())}
    k = cur.shape[0] / ref.shape[0]
    r = stats.chisquare([cd[key] for key in keys], [rd[key] * k for key in keys])
    return r.statistic, r.pvalue


def t_z(ref, cur, ftype):
    if ref.nunique() == 1 and cur.nunique() == 1 and ref.unique()[0] == cur.unique()[0]:
        return 0.0, 1.0
    first = sorted(set(ref.unique()) | set(cur.unique()))[0]
    a = ref.apply(lambda x: 0 if x == first else 1)
    b = cur.apply(lambda x: 0 if x == first else 1)
    n1, n2 = len(a), len(b)
    p1, p2 = float(sum(a)) / n1, float(sum(b)) / n2
    pooled = float(p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2))
    return z, 2 * (1 - stats.norm.cdf(np.abs(z)))


def t_wasserstein(ref, cur, ftype):
    v = stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
    return v, v


def t_js(ref, cur, ftype):
    rp, cp = binned(ref, cur, ftype, False)
    v = distance.jensenshannon(rp, cp)
    return v, v


def t_psi(ref, cur, ftype):
    rp, cp = binned(ref, cur, ftype, True)
    v = np.sum((rp - cp) * np.log(rp / cp))
    return v, v


def t_kl(ref, cur, ftype):
    rp, cp = binned(ref, cur, ftype, True)
    v = stats.entropy(rp, cp)
    return v, v


def t_hellinger(ref, cur, ftype):
    if ftype == "cat":
        r = (ref.value_counts() / len(ref)).to_dict()
        c = (cur.value_counts() / len(cur)).to_dict()
        h = 0.0
        for key in list(r.keys() | c.keys()):
            h += (np.sqrt(r.get(key, 0)) - np.sqrt(c.get(key, 0))) ** 2
    else:
        bins = np.histogram_bin_edges(list(ref) + list(cur), bins="sturges")
        h1 = np.histogram(ref, bins=bins, density=True)[0]
        h2 = np.histogram(cur, bins=bins, density=True)[0]
        width = np.diff(bins)
        h = 0.0
        for i in range(len(h1)):
            h += (np.sqrt(h1[i] * width[i]) - np.sqrt(h2[i] * width[i])) ** 2
    v = np.sqrt(h) / np.sqrt(2)
    return v, v


def t_energy(ref, cur, ftype):
    v = stats.energy_distance(ref, cur)
    return v, v


TESTS = {
    "ks": (t_ks, 0.05, lambda p, t: p <= t),
    "chisquare": (t_chisquare, 0.05, lambda p, t: p < t),
    "z": (t_z, 0.05, lambda p, t: p < t),
    "wasserstein": (t_wasserstein, 0.1, lambda s, t: s >= t),
    "jensenshannon": (t_js, 0.1, lambda s, t: s >= t),
    "psi": (t_psi, 0.1, lambda s, t: s >= t),
    "kl": (t_kl, 0.1, lambda s, t: s >= t),
    "hellinger": (t_hellinger, 0.1, lambda s, t: s >= t),
    "energy": (t_energy, 0.1, lambda s, t: s >= t),
}


def default_test(ref, cur, ftype):
    n_values = pd.concat([ref, cur]).nunique()
    if ref.shape[0] <= 1000:
        if ftype == "num" and n_values > 5:
            return "ks"
        return "chisquare" if n_values > 2 else "z"
    if ftype == "num" and n_values > 5:
        return "wasserstein"
    return "jensenshannon"


def evidently_series(ref, cur, ftype, method=None):
    """Evidently's per-column verdict on two pandas Series (missing values and infinities included)."""
    ref = ref.replace([np.inf, -np.inf], np.nan).dropna()
    cur = cur.replace([np.inf, -np.inf], np.nan).dropna()
    if len(ref) == 0 or len(cur) == 0:
        return {"skipped": True}
    method = method or default_test(ref, cur, ftype)
    fn, threshold, rule = TESTS[method]
    statistic, score = fn(ref, cur, ftype)
    return {
        "skipped": False,
        "method": method,
        "statistic": num_out(statistic),
        "score": num_out(score),
        "drift": bool(rule(score, threshold)),
    }


def evidently(case):
    ftype = case["type"]
    if ftype == "num":
        ref = pd.Series(num_in(case["reference"]))
        cur = pd.Series(num_in(case["current"]))
    else:
        ref = pd.Series(case["reference"], dtype=object)
        cur = pd.Series(case["current"], dtype=object)
    return evidently_series(ref, cur, ftype, case.get("method"))


# ---- dispatch ----------------------------------------------------------------------------

def special_values(case):
    fn = case["fn"]
    args = case["args"]
    if fn == "erfc":
        return special.erfc(args[0])
    if fn == "ndtr":
        return special.ndtr(args[0])
    if fn == "chi2_sf":
        return stats.chi2.sf(args[0], args[1])
    if fn == "kstwo_sf":
        return stats.kstwo.sf(args[0], args[1])
    if fn == "kolmogorov":
        return special.kolmogorov(args[0])
    if fn == "smirnov":
        return special.smirnov(int(args[0]), args[1])
    if fn == "gammaln":
        return special.gammaln(args[0])
    if fn == "gammaincc":
        return special.gammaincc(args[0], args[1])
    raise ValueError(f"unknown special function {fn}")


def run(case):
    op = case["op"]
    if op == "special":
        return {"value": num_out(special_values(case))}
    if op == "ks":
        r = stats.ks_2samp(num_in(case["a"]), num_in(case["b"]), method=case.get("method", "auto"))
        return {"statistic": num_out(r.statistic), "pValue": num_out(r.pvalue)}
    if op == "chisquare":
        r = stats.chisquare(num_in(case["observed"]), num_in(case["expected"]))
        return {"statistic": num_out(r.statistic), "pValue": num_out(r.pvalue)}
    if op == "wasserstein":
        return {"value": num_out(stats.wasserstein_distance(num_in(case["a"]), num_in(case["b"])))}
    if op == "energy":
        return {"value": num_out(stats.energy_distance(num_in(case["a"]), num_in(case["b"])))}
    if op == "evidently":
        return evidently(case)
    if op == "sturges":
        data = np.concatenate([num_in(case["a"]), num_in(case["b"])])
        edges = np.histogram_bin_edges(data, bins="sturges")
        return {"edges": [num_out(e) for e in edges], "counts": [int(c) for c in np.histogram(num_in(case["a"]), edges)[0]]}
    raise ValueError(f"unknown op {op}")


def main():
    request = json.load(sys.stdin)
    results = []
    for case in request["cases"]:
        try:
            out = run(case)
        except Exception as error:  # reported per case, so one bad case does not hide the others
            out = {"error": f"{type(error).__name__}: {error}"}
        out["id"] = case["id"]
        results.append(out)
    json.dump({"scipy": scipy.__version__, "numpy": np.__version__, "results": results}, sys.stdout, allow_nan=False)


if __name__ == "__main__":
    main()
