"""One progress line for the whole batch, on stderr, redrawn at most ten times a second."""
from __future__ import annotations

import sys
import time
from typing import TextIO


def clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class Progress:
    def __init__(self, total: int, enabled: bool, stream: TextIO = sys.stderr):
        self.total, self.enabled, self.stream = total, enabled and total > 0, stream
        self.done = self.failed = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def line(self) -> str:
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        eta = clock((self.total - self.done) / rate) if rate > 0 else "--:--:--"
        return (f"{self.done}/{self.total} documents, {self.failed} failed, "
                f"{rate:.1f} docs/s, ETA {eta}")

    def advance(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= 0.1 or self.done == self.total):
            self._drawn = now
            self.stream.write("\r" + self.line() + "\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
