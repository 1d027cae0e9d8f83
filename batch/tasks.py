"""The unit of work a batch hands out: one input file, and what became of it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Task:
    """One input to extract.

    `key` is the sha256 of the file's bytes, computed before dispatch so a
    re-run can skip what is already done; an unreadable file gets a key made
    from its path instead.
    """

    index: int  # position in this run's sorted work list
    path: str
    key: str
    size: int  # bytes, for throughput figures
    cwd: str = ""  # the directory a relative `path` is taken from (the worker's own may differ)


def run_task(task: Task, memory_mb: int = 0):
    """Extract one input; any exception becomes a `failed` row. Returns (result, out_of_memory)."""
    from pipeline import failed_document, process

    path = Path(task.path)
    out_of_memory = False
    try:
        result = process(Path(task.cwd, path) if task.cwd else path)
        result.document["source_path"] = str(path)  # as given, not as resolved
    except MemoryError:
        out_of_memory = True
        limit = f"the per-document memory limit of {memory_mb} MB" if memory_mb else "the memory available"
        result = failed_document(path, f"needed more than {limit}; raise it with --memory-limit "
                                       f"or check the file (is it one huge line or a runaway table?)")
    except Exception as exc:  # noqa: BLE001  one bad report must not lose the batch
        result = failed_document(path, f"extraction failed: {type(exc).__name__}: {exc}")
    if result.document.get("doc_id") is None and len(task.key) == 64:
        result.document["doc_id"] = task.key
    return result, out_of_memory
