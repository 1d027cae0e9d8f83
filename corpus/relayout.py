"""Reprint a report's tab and markdown tables as space-aligned columns, the way `pdftotext -layout` prints them.

    python corpus/relayout.py IN_DIR OUT_DIR [--wrap WIDTH | --flatten [--no-row-gap]]

The same report in another layout states the same values, so its gold still
holds: a run on the reprinted corpus, scored against the corpus gold, shows
what the reader owes to the delimiters rather than to the text. Each table
line becomes its cells padded to the widest cell of its column and joined by
three spaces; a `|---|` rule line becomes blank, so the gold's line numbers
still point at the same rows. With `--wrap WIDTH`, a cell longer than WIDTH
wraps onto the lines below within its column, top-aligned as a word processor
sets it (line numbers then shift). With `--flatten`, each cell stands on a line
of its own and a blank line follows each row, as text pulled from a PDF without
its layout reads; with `--no-row-gap` too, no blank line parts the rows, as
most PDF text extraction gives them.
"""
from __future__ import annotations

import argparse
import re
import textwrap
from pathlib import Path

RULE_RE = re.compile(r"^[\s|:+-]*\|[\s|:+-]*$")


def cells_of(line: str) -> list[str] | None:
    """A table line's cells, or None for a line outside a table."""
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    s = line.strip()
    if len(s) > 1 and s.startswith("|") and s.endswith("|"):  # a markdown row; OCR'd borders rarely frame a line
        return [c.strip() for c in s[1:-1].split("|")]
    return None


def relayout(text: str, wrap: int | None = None) -> str:
    """The text with each run of table lines reprinted as aligned columns."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if cells_of(lines[i]) is None:
            out.append(lines[i])
            i += 1
            continue
        block: list[list[list[str]] | None] = []  # per row, per cell, its printed lines
        while i < len(lines) and (cells := cells_of(lines[i])) is not None:
            wrapped = [(textwrap.wrap(c, wrap) or [""]) if wrap else [c] for c in cells]
            block.append(None if RULE_RE.match(lines[i]) else wrapped)
            i += 1
        rows = [b for b in block if b is not None]
        n = max(len(r) for r in rows) if rows else 0
        widths = [max((len(part) for r in rows if k < len(r) for part in r[k]), default=0) for k in range(n)]
        for row in block:
            if row is None:
                out.append("")  # a rule line: kept as a blank so line numbers hold
                continue
            for j in range(max(len(cell) for cell in row)):
                out.append("   ".join((cell[j] if j < len(cell) else "").ljust(widths[k])
                                      for k, cell in enumerate(row)).rstrip())
    return "\n".join(out)


def flatten(text: str, row_gap: bool = True) -> str:
    """The text with each table row's cells one per line, and a blank line after each row unless not `row_gap`."""
    out: list[str] = []
    for line in text.split("\n"):
        cells = cells_of(line)
        if cells is None:
            out.append(line)
        elif not RULE_RE.match(line):
            out.extend(c for c in cells if c)
            if row_gap:
                out.append("")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--wrap", type=int, default=None, help="wrap cells longer than this within their column")
    how.add_argument("--flatten", action="store_true", help="one cell per line instead of aligned columns")
    parser.add_argument("--no-row-gap", action="store_true",
                        help="with --flatten: no blank line between a table's rows")
    args = parser.parse_args()
    if args.no_row_gap and not args.flatten:
        parser.error("--no-row-gap goes with --flatten")
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.source.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (args.out / path.name).write_text(flatten(text, row_gap=not args.no_row_gap) if args.flatten else relayout(text, args.wrap),
                                          encoding="utf-8")


if __name__ == "__main__":
    main()
