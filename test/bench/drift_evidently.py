#!/usr/bin/python3
"""Baseline for test/bench/drift-bench.ts and the check-drift parity test: a whole drift check with
pandas + scipy applying Evidently 0.7's legacy rules (REFERENCE.md section 3), as a user without
Cairn would run it: pandas reads both files, columns are typed as evidently's infer_column_type
does, and every column gets Evidently's default test (scipy_oracle.evidently_series, the reference
implementation the @cairn/stats parity suite checks against).

Usage: drift_evidently.py ORACLE_DIR REFERENCE CURRENT [COLUMN ...]
Prints {"seconds", "peak_rss_kb", "columns": {name: {type, method, statistic, score, drift} | {type, skipped}},
"share", "drift"} as JSON. Reads CSV/TSV/JSON/JSONL (no Parquet: Debian's pandas has no pyarrow).
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd

sys.path.insert(0, sys.argv[1])
import scipy_oracle as o  # noqa: E402


def read(path):
    if path.endswith(".tsv"):
        return pd.read_csv(path, sep="\t")
    if path.endswith(".jsonl") or path.endswith(".ndjson"):
        return pd.read_json(path, lines=True)
    if path.endswith(".json"):
        return pd.read_json(path)
    return pd.read_csv(path)


def column_type(series):
    """evidently 0.7 infer_column_type on the reference column's pandas dtype."""
    if pd.api.types.is_bool_dtype(series.dtype):
        return "cat"
    if pd.api.types.is_float_dtype(series.dtype):
        return "num"
    if pd.api.types.is_integer_dtype(series.dtype):
        return "cat" if series.nunique() <= 10 else "num"
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return "datetime"
    non_null = series.dropna()
    return "text" if non_null.nunique() > 0.5 * len(non_null) else "cat"


def main():
    start = time.perf_counter()
    ref = read(sys.argv[2])
    cur = read(sys.argv[3])
    wanted = sys.argv[4:] or [c for c in ref.columns if c in cur.columns]
    out = {}
    for name in wanted:
        ftype = column_type(ref[name])
        if ftype in ("text", "datetime"):
            out[name] = {"type": ftype, "skipped": True}
            continue
        r = ref[name]
        c = cur[name]
        if ftype == "num":
            r = r.astype(float)
            c = c.astype(float)
        result = o.evidently_series(r, c, ftype)
        result["type"] = ftype
        out[name] = result
    tested = [v for v in out.values() if not v.get("skipped")]
    drifted = sum(1 for v in tested if v["drift"])
    share = drifted / len(tested) if tested else 0
    print(json.dumps({
        "seconds": time.perf_counter() - start,
        "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "columns": out,
        "share": share,
        "drift": bool(tested) and share >= 0.5,
    }))


if __name__ == "__main__":
    main()
