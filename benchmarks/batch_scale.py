"""Batch import at scale: throughput, peak memory, worker speed-up, Dask vs local.

    python benchmarks/batch_scale.py [--count 1000] [--runs local1,local2,dask2] [--damage 0.1]

Generates COUNT synthetic reports once (corpus/generate.py, seed 0, kept in
/tmp/lkj-bench-COUNT), then runs `pipeline.py extract` on them as a user would,
once per run (executor + workers), each into a fresh output folder. While a run
works, the whole process tree (the CLI, its extraction children, a Dask
LocalCluster's threads) is sampled every 50 ms for its summed RSS; the peak is
printed beside documents/s and MB/s. Ratios are taken against the first run.
Memory is flat when the peak for 10,000 reports is about the peak for 1,000.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "corpus"))

import generate  # noqa: E402


def reports(count: int, damage: float) -> Path:
    folder = Path(f"/tmp/lkj-bench-{count}-{damage:g}")
    if not (folder / "gold").is_dir() or len(list(folder.glob("*.txt"))) != count:
        shutil.rmtree(folder, ignore_errors=True)
        generate.generate(count, folder, seed=0, damage=damage)
    return folder


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run(folder: Path, executor: str, workers: int) -> dict:
    out = Path(f"/tmp/lkj-bench-out-{executor}{workers}")
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, str(ROOT / "pipeline.py"), "extract", str(folder), "--out", str(out),
               "--executor", executor, "--workers", str(workers), "--progress", "never"]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watched, peak = psutil.Process(child.pid), 0
    while child.poll() is None:
        try:
            peak = max(peak, tree_rss(watched))
        except psutil.Error:
            break
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    stdout, stderr = child.communicate()
    if child.returncode not in (0, 1):
        raise SystemExit(f"run failed ({child.returncode}): {stderr[-2000:]}")
    size = sum(p.stat().st_size for p in folder.glob("*.txt"))
    docs = len(list(folder.glob("*.txt")))
    shutil.rmtree(out, ignore_errors=True)
    return {"name": f"{executor} x{workers}", "seconds": elapsed, "docs_s": docs / elapsed,
            "mb_s": size / 1e6 / elapsed, "peak_mb": peak / 2**20, "summary": stdout.strip().splitlines()[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--damage", type=float, default=0.1)
    parser.add_argument("--runs", default="local1,local2,dask2",
                        help="comma-separated EXECUTOR+WORKERS, e.g. local1,local2,dask2")
    args = parser.parse_args()
    folder = reports(args.count, args.damage)
    size = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
    print(f"{args.count} generated reports, {size:.1f} MB, damage {args.damage:g}, {psutil.cpu_count()} cores")
    results = []
    for spec in args.runs.split(","):
        executor, workers = spec.rstrip("0123456789"), int(spec[len(spec.rstrip("0123456789")):])
        result = run(folder, executor, workers)
        results.append(result)
        base = results[0]
        print(f"{result['name']:<10} {result['seconds']:7.1f} s  {result['docs_s']:6.1f} docs/s  "
              f"{result['mb_s']:5.2f} MB/s  peak RSS {result['peak_mb']:6.0f} MB  "
              f"speed-up vs {base['name']}: {base['seconds'] / result['seconds']:.2f}x   [{result['summary']}]",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
