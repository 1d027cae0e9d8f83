"""Reprint a report's tab and `|` tables as space-aligned columns, the way `pdftotext -layout` prints them.

    python corpus/relayout.py IN_DIR OUT_DIR

The same report in another layout states the same values, so its gold still
holds: a run on the reprinted corpus, scored against the corpus gold, shows
what the reader owes to the delimiters rather than to the text. Each table
line becomes its cells padded to the widest cell of its column and joined by
three spaces; `|---|` rule lines go; every other line (line numbers too) stays
as it was, so the gold's line numbers still point at the same rows.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

RULE_RE = re.compile(r"^[\s|:+-]*\|[\s|:+-]*$")


def cells_of(line: str) -> list[str] | None:
    """A table line's cells, or None for a line outside a table."""
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    s = line.strip()
    if s.startswith("|") or s.count("|") >= 2:
        return [c.strip() for c in s.strip("|").split("|")]
    return None


def relayout(text: str) -> str:
    """The text with each run of table lines reprinted as aligned columns (rule lines left blank)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if cells_of(lines[i]) is None:
            out.append(lines[i])
            i += 1
            continue
        block: list[list[str] | None] = []
        while i < len(lines) and cells_of(lines[i]) is not None:
            block.append(None if RULE_RE.match(lines[i]) else cells_of(lines[i]))
            i += 1
        rows = [b for b in block if b is not None]
        n = max(len(r) for r in rows) if rows else 0
        widths = [max((len(r[k]) for r in rows if k < len(r)), default=0) for k in range(n)]
        for cells in block:
            if cells is None:
                out.append("")  # a rule line: kept as a blank so line numbers hold
            else:
                out.append("   ".join(c.ljust(widths[k]) for k, c in enumerate(cells)).rstrip())
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.source.glob("*.txt")):
        (args.out / path.name).write_text(relayout(path.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main()
