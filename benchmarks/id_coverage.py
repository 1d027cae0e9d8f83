"""Share of target and realisation rows that carry a catalogue id, per report and overall.

    .venv/bin/python pipeline.py extract corpus --out /tmp/cat_out
    .venv/bin/python benchmarks/id_coverage.py /tmp/cat_out [--list] [--gold ../shared/gold]

With --gold, rows are also split into those that state a gold-labelled
indicator of their report (fuzzy name match, as the scorer pairs them: real
indicators) and the rest (restatements the gold lists once, and extraction
noise), and the share with an id is printed for each. With --list, every row without an id is printed (report, table, line, best
score, text) so a reader can tell a real indicator the catalogue misses from
extraction noise (sentences, headers, budget lines read as indicators).
"""
import json
import re
import sys
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

args = sys.argv[1:]
gold_dir = Path(args[args.index("--gold") + 1]) if "--gold" in args else None
if gold_dir is not None:
    del args[args.index("--gold"):args.index("--gold") + 2]
out = Path(next((a for a in args if not a.startswith("--")), "/tmp/cat_out"))
docs = pd.read_parquet(out / "documents")[["doc_id", "source_path"]]
frames = []
for table in ("targets", "realisations"):
    df = pd.read_parquet(out / table)
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



def _fold(text) -> str:
    return re.sub(r"[^0-9a-z]+", " ", str(text or "").lower()).strip()


def _states_gold(row, golds: dict[str, list[str]]) -> bool:
    names = golds.get(row.stem, [])
    have = [_fold(row.indicator_raw), _fold(row.indicator)]
    return any(max(fuzz.ratio(h, g), 0.9 * fuzz.token_sort_ratio(h, g)) >= 60 for h in have for g in names)


if gold_dir is not None:
    golds: dict[str, list[str]] = {}
    for path in gold_dir.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        golds[path.stem] = [_fold(r["indicator"]) for t in ("targets", "realisations") for r in data.get(t, [])]
    rows["stem"] = rows["source_path"].map(lambda s: Path(str(s)).stem)
    rows["gold"] = [_states_gold(r, golds) for r in rows.itertuples()]
    for label, g in (("rows stating a gold indicator", rows[rows.gold]), ("other rows", rows[~rows.gold])):
        print(f"{label}: {len(g)}, with id {int(g.has_id.sum())} ({g.has_id.mean():.1%})")

if "--list" in sys.argv:
    print("\nrows without an id:")
    for r in rows[~rows.has_id].sort_values(["report", "table", "line"]).itertuples():
        mark = ("gold " if r.gold else "     ") if gold_dir is not None else ""
        print(f"{r.report} {r.table[:4]} line {r.line:>5} score {r.match_score:.2f} {mark} {str(r.indicator_raw)[:100]}")
