"""Which version of the extractor wrote a result: a hash of the code and the catalogue it ran with.

A resumed run skips documents its output folder already holds. Had the code or the catalogue changed
since (an upgrade, a fixed rule, a new alias), the rows kept would be the old code's, silently mixed
with the new code's; so the manifest records the version that wrote each group, and a group another
version wrote is extracted again (`DatasetStore.open`).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# what decides the rows: the stages, the output schemas and the catalogue (not tests, docs or benchmarks)
SOURCES = ("extract/*.py", "normalize/*.py", "batch/*.py", "pipeline.py", "output.py", "data/*")


def version_of(root: Path) -> str:
    """sha256 (first 16 hex digits) over the names and bytes of the files under `root` that decide the rows."""
    digest = hashlib.sha256()
    for path in sorted({p for pattern in SOURCES for p in root.glob(pattern) if p.is_file()}):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """This checkout's version (`version_of` its root), worked out once per process."""
    return version_of(ROOT)
