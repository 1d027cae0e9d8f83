"""Throughput of the pipeline on the sample corpus, beside a plain regex scan of the same text.

    python benchmarks/speed.py [--repeat N] [FOLDER]

Both run in this process on the same bytes (files read once, up front), so
the ratio says how much the extraction costs over merely finding the numbers.
Target (issue 2): the pipeline within 15x of the regex scan.

The pipeline is timed twice. "warm" repeats passes over the same reports, so
the per-process caches keyed by a line's or a word's text (header scores,
number readings, region matches, OCR word readings) answer most questions
from the pass before: a flattering figure. "unseen" empties those caches,
reads other reports (tests/data/layouts, untimed) as a batch worker would
have before, then times the corpus: its own lines are new to the caches,
while the words reports share (header words, units) are not. That is the
throughput a batch import sees. The catalogue's own caches are kept.
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


def text_caches() -> list:
    """The per-process caches keyed by a text (bounded `lru_cache`s), not the catalogue's loaders."""
    import importlib
    import pkgutil

    import extract
    import normalize
    caches = []
    for package in (extract, normalize):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            caches += [fn for fn in vars(module).values() if hasattr(fn, "cache_parameters")
                       and getattr(fn, "__module__", "") == module.__name__
                       and fn.cache_parameters()["maxsize"] not in (None, 1)]
    return caches


def clear_text_caches(caches: list) -> None:
    from normalize import indicator_match
    for cache in caches:
        cache.cache_clear()
    indicator_match._word_fix.clear()  # (a bounded dict of OCR words' readings, not an lru_cache)


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

    caches = text_caches()
    others = [(p, p.read_bytes()) for p in sorted((ROOT / "tests" / "data" / "layouts").glob("*.txt"))]

    def pipeline_unseen() -> float:
        """Seconds for a corpus pass after the caches were emptied and refilled with other reports only."""
        clear_text_caches(caches)
        for path, data in others:
            lines, pages = lines_from_text(data.decode("utf-8", "replace"))
            extract_document(LocatedText(source_path=str(path), doc_id=doc_id_for(data), lines=lines, pages=pages))
        start = time.perf_counter()
        pipeline()
        return time.perf_counter() - start

    pipeline()  # warm caches and imports once, as a batch run would after its first file
    t_regex = best_of(args.repeat, regex_scan)
    t_pipe = best_of(args.repeat, pipeline)
    t_new = min(pipeline_unseen() for _ in range(args.repeat))
    print(f"corpus: {len(files)} files, {megabytes:.2f} MB (best of {args.repeat})")
    print(f"regex scan        : {t_regex * 1000:8.1f} ms  {megabytes / t_regex:8.1f} MB/s")
    print(f"pipeline, warm    : {t_pipe * 1000:8.1f} ms  {megabytes / t_pipe:8.1f} MB/s  "
          f"ratio {t_pipe / t_regex:.1f}x")
    print(f"pipeline, unseen  : {t_new * 1000:8.1f} ms  {megabytes / t_new:8.1f} MB/s  "
          f"ratio {t_new / t_regex:.1f}x")
    print(f"ratio      : pipeline takes {t_new / t_regex:.1f}x the regex scan on unseen reports, {t_pipe / t_regex:.1f}x "
          f"warm (target: within 15x)")


if __name__ == "__main__":
    main()
