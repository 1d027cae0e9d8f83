"""Time to match every target and realisation row of the corpus against the catalogue.

    .venv/bin/python pipeline.py extract corpus --out /tmp/cat_out
    .venv/bin/python benchmarks/match_speed.py /tmp/cat_out

Prints the cold time (first call: catalogue loading, key building, OCR word
corrections) and the best of 15 warm calls. Target: under 50 ms. Beside it,
as a baseline for how loaded the machine is, the best of 15 plain
`process.cdist(fuzz.ratio)` calls of the same keys against the alias keys
(the least any vectorised fuzzy match costs), and the ratio of the two.
"""
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from normalize import catalogue, indicator_match  # noqa: E402

out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/cat_out")
names = [n for t in ("targets", "realisations")
         for n in pd.read_parquet(out / t)["indicator_raw"].fillna("").tolist()]
catalogue.indicators(), indicator_match.entries()  # catalogue load, not per-row work
t0 = time.perf_counter()
res = catalogue.match_indicators(names)
cold = time.perf_counter() - t0
warm, base = [], []
queries = [indicator_match.match_key(n) for n in names]
keys = indicator_match.entries().keys
for _ in range(15):
    t0 = time.perf_counter()
    catalogue.match_indicators(names)
    warm.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    process.cdist(queries, keys, scorer=fuzz.ratio, dtype=np.float32)
    base.append(time.perf_counter() - t0)
with_id = sum(1 for r in res if r[0])
print(f"rows: {len(names)}  with id: {with_id} ({with_id / len(names):.0%})")
print(f"match time cold: {cold * 1000:.1f} ms   warm (best of 15): {min(warm) * 1000:.1f} ms")
print(f"baseline (one plain ratio cdist): {min(base) * 1000:.1f} ms   ratio: {min(warm) / min(base):.1f}x")
