"""Per-document time and memory limits.

Each document is extracted inside a child process (`batch.child`) that caps
its own address space; the parent gives it a wall-clock deadline and kills it
when the document overruns. A file that makes a parser loop or balloon costs
one `failed` row and a fresh child, never the batch. The child is a plain
subprocess (not multiprocessing), so this works inside daemonic Dask workers too.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from batch.tasks import Task

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Limits:
    """What one document may cost. 0 means no limit."""

    seconds: float = 120.0
    memory_mb: int = 2048
    seconds_per_page: float = 10.0  # a PDF may take this long per page (OCR of a scan), when that is more

    def seconds_for(self, path: str) -> float:
        """The wall-clock budget of one input: `seconds`, or more for a long PDF that may need OCR."""
        if self.seconds <= 0:
            return 0.0
        return max(self.seconds, self.seconds_per_page * pdf_pages(path))


def pdf_pages(path: str) -> int:
    """Pages of a PDF, read from its page tree only (0 when not a PDF or unreadable)."""
    if not path.lower().endswith(".pdf"):
        return 0
    try:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(path)
        try:
            return len(document)
        finally:
            document.close()
    except Exception:  # a broken file fails later, in the child, with its reason
        return 0


def failed_result(task: Task, error: str):
    """A `failed` documents row for `task`, keyed by its content hash."""
    from pipeline import failed_document

    result = failed_document(Path(task.path), error)
    if len(task.key) == 64:
        result.document["doc_id"] = task.key
    return result


class Sandbox:
    """One child process that extracts documents one at a time under `Limits`."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.task: Task | None = None
        self.deadline: float | None = None
        self._start()

    def _start(self) -> None:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "batch.child", str(task_r), str(result_w), str(self.limits.memory_mb)],
            pass_fds=(task_r, result_w), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            env=env, cwd=str(ROOT))
        os.close(task_r)
        os.close(result_w)
        self.tasks = Connection(task_w, readable=False, writable=True)
        self.results = Connection(result_r, readable=True, writable=False)

    def send(self, task: Task) -> None:
        """Start `task`; its deadline starts now."""
        self.task = task
        budget = self.limits.seconds_for(task.path)
        self.deadline = time.monotonic() + budget if budget > 0 else None
        try:
            self.tasks.send(task)
        except OSError:
            pass  # the child is gone; receive() reports it as this task's failure

    def overdue(self, now: float) -> bool:
        return self.deadline is not None and now >= self.deadline

    def receive(self):
        """The result of the current task (the child has answered or died)."""
        task = self.task
        try:
            result, out_of_memory = self.results.recv()
        except (EOFError, OSError):
            code = self.process.wait()
            how = f"was killed by signal {-code}" if code < 0 else f"exited with code {code}"
            hint = " (the memory limit is set with --memory-limit)" if self.limits.memory_mb else ""
            result, out_of_memory = failed_result(task, f"the extraction process {how} while reading this file, "
                                                  f"most likely out of memory or a crash in a parser{hint}"), True
        self.task = self.deadline = None
        if out_of_memory:
            self.restart()
        return result

    def expire(self):
        """Kill the child on an overrun: the current task fails, a fresh child takes over."""
        task = self.task
        self.task = self.deadline = None
        self.restart()
        budget = self.limits.seconds_for(task.path)
        return failed_result(task, f"stopped after {budget:g} s, the per-document time limit "
                             f"(raise it with --time-limit; PDFs get {self.limits.seconds_per_page:g} s "
                             f"a page when that is more); the file may make a parser loop")

    def run(self, task: Task):
        """Extract `task` and wait for it, within the limits (the blocking form, for Dask workers)."""
        self.send(task)
        timeout = self.limits.seconds if self.limits.seconds > 0 else None
        if wait([self.results], timeout):
            return self.receive()
        return self.expire()

    def restart(self) -> None:
        self.close()
        self._start()

    def close(self) -> None:
        """Stop the child: closing its task pipe ends it; kill it if it is busy."""
        self.tasks.close()
        if self.process.poll() is None:
            try:
                self.process.wait(timeout=0.5 if self.task is None else 0)
            except subprocess.TimeoutExpired:
                pass
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
        self.results.close()


_local = threading.local()
_all: list[Sandbox] = []
_lock = threading.Lock()


def thread_sandbox(limits: Limits) -> Sandbox:
    """The calling thread's sandbox, started on first use (Dask runs tasks on worker threads)."""
    sandbox = getattr(_local, "sandbox", None)
    if sandbox is None or sandbox.limits != limits:
        if sandbox is not None:
            sandbox.close()
        sandbox = Sandbox(limits)
        _local.sandbox = sandbox
        with _lock:
            _all.append(sandbox)
    return sandbox


def close_thread_sandboxes() -> int:
    """Stop every sandbox this process started for worker threads; return how many."""
    with _lock:
        sandboxes, _all[:] = list(_all), []
    for sandbox in sandboxes:
        sandbox.close()
    _local.__dict__.clear()
    return len(sandboxes)
