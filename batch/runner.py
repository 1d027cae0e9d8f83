"""Run a batch: plan the work, extract on an executor, commit group by group.

Work is planned from content hashes: a document already in the output's
manifest is skipped (unless `redo`), and identical files are extracted once.
Results stream to the store a group at a time (`commit_every` documents in
input order), so memory does not grow with the archive and a killed run loses
at most the groups in flight.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from batch.executors import run_dask, run_local
from batch.limits import Limits
from batch.progress import Progress
from batch.store import DatasetStore
from batch.tasks import Task

TABLE_ROWS = ("documents", "targets", "realisations", "budgets", "review")


@dataclass(frozen=True, slots=True)
class BatchOptions:
    workers: int = 1
    executor: str = "local"  # "local" or "dask"
    scheduler: str | None = None  # Dask scheduler address; None starts a LocalCluster
    limits: Limits = Limits()
    redo: bool = False
    commit_every: int = 100
    progress: bool = False


@dataclass(slots=True)
class BatchSummary:
    inputs: int = 0
    skipped: int = 0  # already in the output
    skipped_failed: int = 0  # ... of which had failed
    duplicates: int = 0  # same bytes as another input of this run
    outdated: int = 0  # documents in the output that another version of the extractor wrote: extracted again
    extracted: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source path, error)
    rows: Counter = field(default_factory=Counter)
    repaired: int = 0
    flagged: int = 0
    dropped: int = 0  # rows of unreadable OCR debris set aside for review
    bytes: int = 0

    def add(self, result) -> None:
        self.extracted += 1
        doc = result.document
        if doc.get("status") == "failed":
            self.failed.append((doc.get("source_path"), doc.get("error")))
        self.rows["documents"] += 1
        for table in TABLE_ROWS[1:]:
            self.rows[table] += len(getattr(result.built, table))
        for row in result.built.review:
            self.repaired += row["action"] == "repaired"
            self.flagged += row["action"] == "flagged"
            self.dropped += row["action"] == "dropped"


def content_key(path: Path) -> str:
    """sha256 of the file's bytes; an unreadable file is keyed by its path (it fails in the worker)."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return "unreadable:" + str(path.resolve())


def plan(files: list[Path], done: set[str], summary: BatchSummary,
         failed: frozenset[str] | set[str] = frozenset()) -> list[Task]:
    tasks, seen = [], set()
    for path in files:
        key = content_key(path)
        if key in done:
            summary.skipped += 1
            summary.skipped_failed += key in failed
        elif key in seen:
            summary.duplicates += 1
        else:
            seen.add(key)
            tasks.append(Task(index=len(tasks), path=str(path), key=key, size=_size(path), cwd=os.getcwd()))
    return tasks


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def execute(tasks: list[Task], options: BatchOptions) -> Iterator[tuple[Task, object]]:
    if options.executor == "dask":
        return run_dask(tasks, options.workers, options.limits, options.scheduler)
    return run_local(tasks, options.workers, options.limits)


def run_batch(files: list[Path], out: Path, options: BatchOptions) -> BatchSummary:
    """Extract `files` into the dataset at `out`; return what happened."""
    summary = BatchSummary(inputs=len(files))
    store = DatasetStore(out)
    done = store.open(redo=options.redo)
    summary.outdated = store.outdated
    tasks = plan(files, done, summary, store.failed)
    size = max(1, options.commit_every)
    open_groups: dict[int, dict[int, tuple[str, object]]] = {}
    if not tasks:
        return summary
    progress = Progress(len(tasks), options.progress)
    try:
        for task, result in execute(tasks, options):
            summary.add(result)
            summary.bytes += task.size
            progress.advance(result.document.get("status") == "failed")
            group = task.index // size
            members = open_groups.setdefault(group, {})
            members[task.index] = (task.key, result)
            expected = min(size, len(tasks) - group * size)
            if len(members) == expected:
                store.commit([members[i] for i in sorted(members)])
                del open_groups[group]
    finally:
        progress.close()
    return summary
