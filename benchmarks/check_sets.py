"""Regression check sets: the corpus in other layouts, damaged, generated, and hand-written; scored and compared.

    python benchmarks/check_sets.py --work DIR --tag TAG [--against OLD_TAG]

Builds the check sets under DIR/sets once (each is a folder of reports and the
gold that scores it), runs this checkout's pipeline on each into
DIR/runs/TAG/<set>, scores every set with ../shared/eval/score.py and writes
DIR/runs/TAG/scores.json. With --against, prints each set whose F1 lines or
document fields differ from the older run, and for every set the number of
rows (all four tables, provenance columns aside) that one run has and the
other lacks, so a change that moves rows without moving a score is seen too.

Why: a rule written for one report's layout must not cost another layout
anything. The sets are rebuilt from the repository alone (corpus/relayout.py,
corpus/damage.py, corpus/generate.py, tests/data/layouts), so any checkout can
compare itself with another on the same inputs; the run is deterministic.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS_GOLD = SHARED / "gold"
TABLES = ("documents", "targets", "realisations", "budgets")
# Columns that say where a row came from or how it was repaired, not what it states.
# corpus/damage.py's --kinds (as its NEW_KINDS lists them)
DAMAGE_KINDS = ("pct_o", "rp", "comma_lost", "comma_double", "one", "zero", "bzt", "space", "groups", "stray_end",
                "run_together", "shift_line", "name_cut", "name_letters")
TRACE_COLUMNS = {"source_path", "line", "line_end", "page", "raw_text", "repairs", "flags",
                 "row_id", "extracted_at", "pipeline_version", "evidence", "record_id"}


def _python(*args: str) -> None:
    subprocess.run([sys.executable, *args], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def _corpus_variant(dest: Path, source: Path, relayout: list[str] | None = None,
                    damage: tuple[float, int] | None = None, kinds: list[str] | None = None) -> None:
    """A reprint of the corpus (same gold): damaged first (with the default confusions, or only `kinds`),
    then laid out again, as a scan of a damaged page."""
    work = source
    if damage is not None:
        damaged = dest.with_name(dest.name + ".damaged")
        _python("corpus/damage.py", str(work), str(damaged), "--rate", str(damage[0]), "--seed", str(damage[1]),
                *(["--kinds", *kinds] if kinds else []))
        work = damaged
    if relayout is not None:
        _python("corpus/relayout.py", str(work), str(dest), *relayout)
    else:
        shutil.copytree(work, dest, ignore=shutil.ignore_patterns("*.py", "gold"))
    if work != source:
        shutil.rmtree(work)


def set_specs() -> dict[str, dict]:
    """Every check set: how to build it and which gold scores it."""
    corpus = ROOT / "corpus"
    specs: dict[str, dict] = {"corpus": {"relayout": None}}
    specs["spaces"] = {"relayout": []}
    specs["wrap40"] = {"relayout": ["--wrap", "40"]}
    specs["wrap24"] = {"relayout": ["--wrap", "24"]}
    specs["flatten"] = {"relayout": ["--flatten"]}
    specs["flat-nogap"] = {"relayout": ["--flatten", "--no-row-gap"]}
    for seed in range(1, 7):
        specs[f"scan{seed}"] = {"relayout": ["--scan", "--seed", str(seed)]}
    for rate, seed in ((0.1, 1), (0.1, 2), (0.1, 3), (0.2, 1), (0.3, 1)):
        specs[f"damage{rate}s{seed}"] = {"relayout": None, "damage": (rate, seed)}
    specs["damage0.1-scan1"] = {"relayout": ["--scan", "--seed", "1"], "damage": (0.1, 1)}
    specs["damage0.1-flatten"] = {"relayout": ["--flatten"], "damage": (0.1, 2)}
    # the misreadings `damage.py --kinds` makes ('%' as '9o', ']' for 1, a space or a lost gap inside values, a value
    # on the line below, cut names ...), all at once: one of them, at random, per damaged value
    specs["kinds0.2s1"] = {"relayout": None, "damage": (0.2, 1), "kinds": list(DAMAGE_KINDS)}
    for spec in specs.values():
        spec["source"], spec["gold"] = corpus, CORPUS_GOLD
    specs["layouts"] = {"copy": ROOT / "tests" / "data" / "layouts", "gold": ROOT / "tests" / "data" / "layouts" / "gold"}
    for seed, damage in ((1, 0.0), (2, 0.0), (3, 0.05), (4, 0.1)):
        specs[f"gen{seed}"] = {"generate": (seed, damage)}
    return specs


def build(sets_dir: Path) -> dict[str, Path]:
    """Build missing sets; returns each set's gold folder."""
    golds: dict[str, Path] = {}
    for name, spec in set_specs().items():
        dest = sets_dir / name
        if "generate" in spec:
            seed, damage = spec["generate"]
            if not dest.exists():
                _python("corpus/generate.py", "--count", "12", "--out", str(dest), "--seed", str(seed),
                        "--damage", str(damage))
            golds[name] = dest / "gold"
            continue
        if "copy" in spec:  # copied afresh each run: the folder grows, and its gold is read from the repo
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(spec["copy"], dest, ignore=shutil.ignore_patterns("gold"))
        elif not dest.exists():
            _corpus_variant(dest, spec["source"], spec.get("relayout"), spec.get("damage"), spec.get("kinds"))
        golds[name] = spec["gold"]
    return golds


def _load_scorer():
    spec = importlib.util.spec_from_file_location("lkj_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_set(sets_dir: Path, out: Path) -> str | None:
    """Run the pipeline on one set; the reason when a document failed (the set is then not comparable)."""
    if out.exists():
        shutil.rmtree(out)
    inputs = sorted(p for p in sets_dir.iterdir() if p.suffix in (".txt", ".md"))
    done = subprocess.run([sys.executable, str(ROOT / "pipeline.py"), "extract", *map(str, inputs), "--out",
                           str(out), "--progress", "never", "--workers", "1"], check=False, cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode == 0:
        return None
    return (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]


def summary_lines(report: dict) -> list[str]:
    lines = [f"{kind} P {t['precision']:.3f} R {t['recall']:.3f} F1 {t['f1']:.3f}"
             for kind, t in report["tables"].items()]
    lines.append("fields " + ", ".join(f"{k} {v['correct']}/{v['of']}" for k, v in report["document_fields"].items()))
    return lines


def row_keys(out: Path) -> dict[str, set]:
    """Each table's rows as hashable tuples of what they state (trace columns left out)."""
    keys: dict[str, set] = {}
    for table in TABLES:
        path = out / table
        if not path.exists():
            keys[table] = set()
            continue
        frame = pd.read_parquet(path)
        columns = sorted(c for c in frame.columns if c not in TRACE_COLUMNS)
        keys[table] = {tuple(map(_canonical, row)) for row in frame[columns].itertuples(index=False)}
    return keys


def _canonical(value: object) -> str:
    """A cell as text that does not depend on its column's dtype (a column of another run may hold nulls
    where this one holds none, and so read as float or object: 1.0 and 1, None and nan are the same value)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="folder for the sets and the runs")
    parser.add_argument("--tag", required=True, help="name of this run (e.g. a commit)")
    parser.add_argument("--against", default=None, help="an earlier run's tag to compare with")
    parser.add_argument("--only", nargs="*", default=None, help="run only these sets")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    sets_dir, runs = args.work / "sets", args.work / "runs" / args.tag
    golds = build(sets_dir)
    names = [n for n in golds if args.only is None or n in args.only]
    runs.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(args.jobs) as pool:
        failures = dict(zip(names, pool.map(lambda n: run_set(sets_dir / n, runs / n), names)))
    for name, reason in failures.items():
        if reason is not None:
            print(f"FAILED RUN {name}: {reason}")
    scorer = _load_scorer()
    scores_path = runs / "scores.json"
    scores = json.loads(scores_path.read_text()) if scores_path.exists() else {}
    for name in names:
        scores[name] = summary_lines(scorer.score(runs / name, golds[name]))
    scores_path.write_text(json.dumps(scores, indent=1, sort_keys=True))
    for name in names:
        print(f"{name:<18} " + " | ".join(scores[name]))
    if args.against is None:
        return 0
    old_dir = args.work / "runs" / args.against
    old = json.loads((old_dir / "scores.json").read_text())
    print(f"\n--- against {args.against}")
    for name in names:
        if name not in old:
            continue
        if old[name] != scores[name]:
            print(f"SCORE {name}")
            for before, after in zip(old[name], scores[name]):
                if before != after:
                    print(f"    {before}\n -> {after}")
        new_keys, old_keys = row_keys(runs / name), row_keys(old_dir / name)
        moved = {t: (len(new_keys[t] - old_keys[t]), len(old_keys[t] - new_keys[t])) for t in TABLES}
        if any(a or b for a, b in moved.values()):
            print(f"ROWS  {name}: " + ", ".join(f"{t} +{a}/-{b}" for t, (a, b) in moved.items() if a or b))
    return 0


if __name__ == "__main__":
    sys.exit(main())
