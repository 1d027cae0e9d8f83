"""Time to match every target and realisation row of the corpus against the catalogue.

    .venv/bin/python pipeline.py extract corpus --out /tmp/cat_out
    .venv/bin/python benchmarks/match_speed.py /tmp/cat_out

Prints the cold time (first call: catalogue loading, key building, OCR word
corrections) and the best of 5 warm calls. Target: under 50 ms.
"""
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

from normalize import catalogue  # noqa: E402

out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/cat_out")
names = [n for t in ("targets", "realisations")
         for n in pd.read_parquet(out / t)["indicator_raw"].fillna("").tolist()]
catalogue.indicators(), catalogue._alias_table()  # catalogue load, not per-row work
t0 = time.perf_counter()
res = catalogue.match_indicators(names)
cold = time.perf_counter() - t0
warm = []
for _ in range(5):
    t0 = time.perf_counter()
    catalogue.match_indicators(names)
    warm.append(time.perf_counter() - t0)
with_id = sum(1 for r in res if r[0])
print(f"rows: {len(names)}  with id: {with_id} ({with_id / len(names):.0%})")
print(f"match time cold: {cold * 1000:.1f} ms   warm (best of 5): {min(warm) * 1000:.1f} ms")
