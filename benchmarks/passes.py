"""Passes over the corpus for counting instructions: the difference of N=2 and N=1 is one pass's cost.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null .venv/bin/python benchmarks/passes.py N [--cold]

Instruction counts do not depend on the machine's load, so two versions can be
compared while other work runs. The garbage collector is off (its timing
varies). `--cold` empties the per-process caches keyed by a text before each
pass (as `speed.py` does for unseen reports, without the other reports): the
cost of text the process has not read.
"""
from __future__ import annotations

import gc
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract.model import LocatedText  # noqa: E402
from extract.readers import doc_id_for, lines_from_text  # noqa: E402
from pipeline import extract_document  # noqa: E402
from speed import clear_text_caches, text_caches  # noqa: E402


def main() -> None:
    passes, cold = int(sys.argv[1]), "--cold" in sys.argv[2:]
    texts = [(p, p.read_bytes()) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    caches = text_caches()
    gc.disable()
    for _ in range(passes):
        if cold:
            clear_text_caches(caches)
        for path, data in texts:
            lines, pages = lines_from_text(data.decode())
            extract_document(LocatedText(source_path=str(path), doc_id=doc_id_for(data), lines=lines, pages=pages))


if __name__ == "__main__":
    main()
