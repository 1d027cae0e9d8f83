"""Executors: where documents are extracted. Both yield (task, result) as documents finish.

- `run_local`: a pool of sandboxed child processes on this machine, one per
  worker, with the parent watching every deadline.
- `run_dask`: the same unit of work on a Dask cluster (a LocalCluster, or a
  remote scheduler whose workers see the same files and have lkj-extract
  installed); each Dask worker thread keeps its own sandboxed child.

Only a bounded window of tasks is in flight, so memory stays flat however
many documents the archive holds.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import wait

from batch.limits import Limits, Sandbox, close_thread_sandboxes, failed_result, thread_sandbox
from batch.tasks import Task


def run_local(tasks: Iterable[Task], workers: int, limits: Limits) -> Iterator[tuple[Task, object]]:
    pending = iter(tasks)
    sandboxes = [Sandbox(limits) for _ in range(max(1, workers))]
    idle = list(sandboxes)
    busy: dict[object, Sandbox] = {}
    try:
        while True:
            while idle:
                task = next(pending, None)
                if task is None:
                    break
                sandbox = idle.pop()
                sandbox.send(task)
                busy[sandbox.results] = sandbox
            if not busy:
                return
            deadlines = [s.deadline for s in busy.values() if s.deadline is not None]
            timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            for conn in wait(list(busy), timeout):
                sandbox = busy.pop(conn)
                task = sandbox.task
                yield task, sandbox.receive()
                idle.append(sandbox)
            now = time.monotonic()
            for conn, sandbox in list(busy.items()):
                if sandbox.overdue(now):
                    del busy[conn]
                    task = sandbox.task
                    yield task, sandbox.expire()
                    idle.append(sandbox)
    finally:
        for sandbox in sandboxes:
            sandbox.close()


def extract_on_worker(task: Task, limits: Limits):
    """The Dask task: extract one document in this worker thread's sandbox."""
    return task, thread_sandbox(limits).run(task)


def run_dask(tasks: Iterable[Task], workers: int, limits: Limits,
             scheduler: str | None = None) -> Iterator[tuple[Task, object]]:
    """Run on the Dask scheduler at `scheduler`, or on a LocalCluster of `workers` threads."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise SystemExit("the dask executor needs dask.distributed: pip install 'lkj-extract[dask]'") from exc
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=False,
                               dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        slots = max(1, sum(client.nthreads().values()))
        pending = iter(tasks)
        futures = as_completed()
        submitted: dict[str, Task] = {}

        def submit(count: int) -> None:
            for _ in range(count):
                task = next(pending, None)
                if task is None:
                    return
                future = client.submit(extract_on_worker, task, limits, pure=False,
                                       key=f"lkj-extract-{task.key[:16]}-{task.index}")
                submitted[future.key] = task
                futures.add(future)

        submit(2 * slots)
        for future in futures:
            task = submitted.pop(future.key)
            try:
                _, result = future.result()
            except Exception as exc:  # noqa: BLE001  a lost worker costs this document, not the batch
                result = failed_result(task, f"the Dask task failed ({type(exc).__name__}: {exc}); "
                                             "check the workers' logs")
            future.release()
            yield task, result
            submit(1)
        client.run(close_thread_sandboxes)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
