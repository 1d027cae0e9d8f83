"""Scorer F1 of the PDF path beside the text path, on PDFs typeset from the corpus reports.

    python benchmarks/pdf_accuracy.py [--no-scans] [--keep DIR]

1. Text layer: the five corpus reports are typeset into PDFs with the same
   file stems (the scorer matches documents by stem) and run through the
   pipeline; so is the same paged text as .txt. Target: F1 within 0.02.
2. Scans: the reports are typeset as printed pages (prose wrapped at 100
   characters), every page rasterised at 300 dpi and degraded (blur, noise,
   tilt), and OCR'd. Beside it, the same wrapped text through the text path,
   so the loss due to OCR is told apart from the loss due to wrapping.
Takes a few minutes with scans (every page is OCR'd).
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from batch.runner import BatchOptions  # noqa: E402
from pipeline import run_extract  # noqa: E402
from tests.pdf_fixtures import write_scanned, write_typeset  # noqa: E402

SHARED = ROOT.parent / "shared"
TABLES = ("targets", "realisations", "budgets")


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(inputs: Path, out: Path) -> float:
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        run_extract([str(inputs)], out, BatchOptions(workers=os.cpu_count() or 1, redo=True))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-scans", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the PDFs and outputs here instead of a temp folder")
    args = parser.parse_args()
    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        sources = sorted((ROOT / "corpus").glob("*.txt"))
        variants: dict[str, Path] = {}
        for name in ("text", "pdf") + (() if args.no_scans else ("text wrapped", "scan")):
            variants[name] = base / name.replace(" ", "_")
            variants[name].mkdir(parents=True, exist_ok=True)
        for src in sources:
            text = src.read_text(encoding="utf-8")
            _, paged = write_typeset(text, variants["pdf"] / f"{src.stem}.pdf")
            (variants["text"] / f"{src.stem}.txt").write_text(paged, encoding="utf-8")
            if not args.no_scans:
                printed, wrapped = write_typeset(text, base / f"{src.stem}.printed.pdf", wrap=100)
                (variants["text wrapped"] / f"{src.stem}.txt").write_text(wrapped, encoding="utf-8")
                write_scanned(printed, variants["scan"] / f"{src.stem}.pdf")
        print(f"{'input':14} {'seconds':>8} " + " ".join(f"{t:>13}" for t in TABLES) + "  (F1)")
        for name, folder in variants.items():
            out = base / f"out_{folder.name}"
            seconds = run(folder, out)
            report = scorer.score(out, SHARED / "gold")
            f1 = [report["tables"][t]["f1"] for t in TABLES]
            print(f"{name:14} {seconds:8.1f} " + " ".join(f"{v:13.3f}" for v in f1))


if __name__ == "__main__":
    main()
