"""Pages per second of the whole pipeline on PDFs, beside pdfplumber's plain extract_text.

    python benchmarks/pdf_speed.py [--repeat N] [--pages-per-pdf N]

The five corpus reports are typeset into text-layer PDFs (tests/pdf_fixtures.py)
in a temporary folder. Then, in this process and alternating so both see the
same machine load: pdfplumber's `page.extract_text()` on every page, and the
whole pipeline (read, every stage, Parquet written) on the same files, with
ruled tables read from pypdfium2 paths (the default) and with pdfplumber.
Target (issue 4): the pipeline at >= 10x the pages per second of pdfplumber.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from batch.runner import BatchOptions  # noqa: E402
from pipeline import run_extract  # noqa: E402
from tests.pdf_fixtures import write_typeset  # noqa: E402


def plumber_text(files: list[Path]) -> None:
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()


def whole_pipeline(files: list[Path], out: Path, ruled_tables: str) -> None:
    os.environ["LKJ_PDF_RULED_TABLES"] = ruled_tables  # the batch's worker processes read it
    with contextlib.redirect_stdout(io.StringIO()):
        assert run_extract([str(p) for p in files], out, BatchOptions(workers=os.cpu_count() or 1, redo=True)) == 0


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lines-per-page", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = [write_typeset(src.read_text(encoding="utf-8"), folder / f"{src.stem}.pdf", args.lines_per_page)[0]
                 for src in sorted((ROOT / "corpus").glob("*.txt"))]
        pages = 0
        for path in files:
            with pdfplumber.open(path) as pdf:
                pages += len(pdf.pages)
        runs: dict[str, list[float]] = {"pdfplumber extract_text": [], "pipeline (rules)": [], "pipeline (pdfplumber tables)": []}
        for i in range(args.repeat):
            runs["pdfplumber extract_text"].append(timed(lambda: plumber_text(files)))
            runs["pipeline (rules)"].append(timed(lambda: whole_pipeline(files, folder / "out", "rules")))
            runs["pipeline (pdfplumber tables)"].append(timed(lambda: whole_pipeline(files, folder / "out", "pdfplumber")))
    base = min(runs["pdfplumber extract_text"])
    print(f"{len(files)} PDFs, {pages} pages, best of {args.repeat} runs")
    for name, times in runs.items():
        best = min(times)
        print(f"{name:30} {best:7.2f} s  {pages / best:8.1f} pages/s  {base / best:6.1f}x pdfplumber")


if __name__ == "__main__":
    main()
