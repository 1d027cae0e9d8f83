"""The child process that extracts documents one at a time for a `Sandbox`.

Run as `python -m batch.child TASK_FD RESULT_FD MEMORY_MB`. It caps its own
address space first, so a document that balloons raises MemoryError (or kills
only this process) instead of taking the machine down. It serves tasks until
its task pipe closes, so it never outlives the process that started it.
"""
from __future__ import annotations

import resource
import sys
from multiprocessing.connection import Connection

from batch.tasks import Task, run_task


def cap_memory(memory_mb: int) -> None:
    """Limit this process's address space to `memory_mb` MB (0: no limit)."""
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def serve(tasks: Connection, results: Connection, memory_mb: int) -> None:
    while True:
        try:
            task: Task = tasks.recv()
        except EOFError:
            return
        result, out_of_memory = run_task(task, memory_mb)
        results.send((result, out_of_memory))
        if out_of_memory:
            return  # a fresh process is cheaper than trusting a heap that hit its cap


def main(argv: list[str]) -> int:
    task_fd, result_fd, memory_mb = int(argv[0]), int(argv[1]), int(argv[2])
    tasks = Connection(task_fd, readable=True, writable=False)
    results = Connection(result_fd, readable=False, writable=True)
    import pipeline  # noqa: F401  (import before the cap: loading code is not the document's cost)
    cap_memory(memory_mb)
    serve(tasks, results, memory_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
