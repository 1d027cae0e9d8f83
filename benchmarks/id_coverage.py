"""Share of target and realisation rows that carry a catalogue id, per report and overall.

    .venv/bin/python pipeline.py extract corpus --out /tmp/cat_out
    .venv/bin/python benchmarks/id_coverage.py /tmp/cat_out [--list]

With --list, every row without an id is printed (report, table, line, best
score, text) so a reader can tell a real indicator the catalogue misses from
extraction noise (sentences, headers, budget lines read as indicators).
"""
import sys
from pathlib import Path

import pandas as pd

out = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), "/tmp/cat_out"))
docs = pd.read_parquet(out / "documents.parquet")[["doc_id", "source_path"]]
frames = []
for table in ("targets", "realisations"):
    df = pd.read_parquet(out / f"{table}.parquet")
    df["table"] = table
    frames.append(df)
rows = pd.concat(frames, ignore_index=True)
rows = rows.merge(docs, on="doc_id", how="left")
rows["report"] = rows["source_path"].map(lambda s: Path(str(s)).name.split("_")[0][:8])
rows["has_id"] = rows["indicator_id"].notna()

print(f"{'report':<8}{'table':<14}{'rows':>6}{'with id':>9}{'share':>8}")
for (report, table), g in rows.groupby(["report", "table"]):
    print(f"{report:<8}{table:<14}{len(g):>6}{int(g.has_id.sum()):>9}{g.has_id.mean():>8.0%}")
for report, g in rows.groupby("report"):
    print(f"{report:<8}{'both':<14}{len(g):>6}{int(g.has_id.sum()):>9}{g.has_id.mean():>8.0%}")
print(f"{'all':<8}{'both':<14}{len(rows):>6}{int(rows.has_id.sum()):>9}{rows.has_id.mean():>8.1%}")

if "--list" in sys.argv:
    print("\nrows without an id:")
    for r in rows[~rows.has_id].sort_values(["report", "table", "line"]).itertuples():
        print(f"{r.report} {r.table[:4]} line {r.line:>5} score {r.match_score:.2f}  {str(r.indicator_raw)[:110]}")
