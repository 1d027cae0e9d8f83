"""Throughput of the pipeline on the sample corpus, beside a plain regex scan of the same text.

    python benchmarks/speed.py [--repeat N] [FOLDER]

Both run in this process on the same bytes (files read once, up front), so
the ratio says how much the extraction costs over merely finding the numbers.
Target (issue 2): the pipeline within 15x of the regex scan.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.readers import doc_id_for, lines_from_text  # noqa: E402
from extract.model import LocatedText  # noqa: E402
from pipeline import extract_document  # noqa: E402

NUMBER_RE = re.compile(r"\d[\d.,]*%?")


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "corpus"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = sorted(Path(args.folder).glob("*.txt")) + sorted(Path(args.folder).glob("*.md"))
    raw = [(p, p.read_bytes()) for p in files]
    texts = [(p, data.decode("utf-8", "replace"), data) for p, data in raw]
    megabytes = sum(len(data) for _, data in raw) / 1e6

    def regex_scan() -> None:
        for _, text, _ in texts:
            sum(1 for _ in NUMBER_RE.finditer(text))

    def pipeline() -> None:
        for path, text, data in texts:
            lines, pages = lines_from_text(text)
            extract_document(LocatedText(source_path=str(path), doc_id=doc_id_for(data), lines=lines, pages=pages))

    pipeline()  # warm caches and imports once, as a batch run would after its first file
    t_regex = best_of(args.repeat, regex_scan)
    t_pipe = best_of(args.repeat, pipeline)
    print(f"corpus: {len(files)} files, {megabytes:.2f} MB (best of {args.repeat})")
    print(f"regex scan : {t_regex * 1000:8.1f} ms  {megabytes / t_regex:8.1f} MB/s")
    print(f"pipeline   : {t_pipe * 1000:8.1f} ms  {megabytes / t_pipe:8.1f} MB/s")
    print(f"ratio      : pipeline takes {t_pipe / t_regex:.1f}x the regex scan (target: within 15x)")


if __name__ == "__main__":
    main()
