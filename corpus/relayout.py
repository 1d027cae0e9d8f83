"""Reprint a report's tab and markdown tables as space-aligned columns, the way `pdftotext -layout` prints them.

    python corpus/relayout.py IN_DIR OUT_DIR [--wrap WIDTH | --flatten [--no-row-gap] | --scan [--seed S]]

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

With `--scan`, each table is printed the way Tesseract reads a bordered table
from a scan: every cell wraps at about 30 characters (a value is never broken)
and each printed line holds the k-th piece of every cell of the row, so a
wrapped cell's lines interleave with its neighbours'; the cells of a line are
parted by ' | ' (a border read), by one or two spaces (a border lost), or by
either in turn; an empty cell leaves no trace; some lines gain a stray mark
('|', '"', ';', '_', "'") at their start or end; rule lines vanish; and some
header words of a row without digits are misread as OCR does ('Realisasi'
read 'Reallsasi', 'Capaian' 'Capalan'). The values themselves stay as printed
(corpus/damage.py damages them; run it first to combine both). Output depends
only on `--seed` and the file names (a `random.Random` seeded per file); line
numbers shift as with `--wrap`, which the scorer allows since it pairs records
by name and values, not by line.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's extract package, run as a script
from extract.grid_tables import render_grid_tables  # noqa: E402

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


SCAN_WIDTH = 30
# Header words and the misreadings Tesseract gives them in scanned LKj tables (i/l, t/l, a/u, m/rn, j dropped).
HEADER_MISREADS = {
    "Realisasi": ["Reallsasi", "Realisas!", "Reaiisasi"], "Capaian": ["Capalan", "Capuian", "Capaiun"],
    "Target": ["Targel", "Tanget", "Targei"], "Indikator": ["lndikator", "Indlkator", "Indikalor"],
    "Kinerja": ["Kinera", "Kinerjn", "Kmerja"], "Sasaran": ["Susaran", "Sasuran"],
    "Anggaran": ["Anggatran", "Angguran"], "Program": ["Progrum", "Pragram"], "Kegiatan": ["Kegiutan", "Keglatan"],
    "Persentase": ["Perseniase", "Persenlase"], "Uraian": ["Uralan"], "Pagu": ["Pagn"],
}
HEADER_WORD_RE = re.compile(r"\b(?:" + "|".join(HEADER_MISREADS) + r")\b", re.IGNORECASE)
STRAY_STARTS = ["| ", '" ', "; ", "_ ", "' ", "|"]
STRAY_ENDS = [" |", " _", " '", " ;", "|", ' "']


def damage_header(cell: str, rng: random.Random) -> str:
    """A header cell with some of its known header words misread, keeping their case where it can."""
    def misread(m: re.Match[str]) -> str:
        if rng.random() >= 0.35:
            return m.group(0)
        word = rng.choice(HEADER_MISREADS[m.group(0).capitalize()])
        return word.upper() if m.group(0).isupper() else word
    return HEADER_WORD_RE.sub(misread, cell)


def scan_pieces(cell: str) -> list[str]:
    """A cell's printed lines when its column is about SCAN_WIDTH wide; a value too long for it stays whole."""
    return textwrap.wrap(cell, SCAN_WIDTH, break_long_words=False, break_on_hyphens=False) or [""]


def scan_join(pieces: list[str], rng: random.Random) -> str:
    """One printed line of a row: its non-empty pieces parted by borders read, lost, or read in turn."""
    pieces = [p for p in pieces if p]
    if not pieces:
        return ""
    style = rng.choice(("bars", "spaces", "mixed"))
    line = pieces[0]
    for piece in pieces[1:]:
        bar = style == "bars" or (style == "mixed" and rng.random() < 0.5)
        line += (" | " if bar else rng.choice((" ", " ", "  "))) + piece
    if rng.random() < 0.15:
        line = rng.choice(STRAY_STARTS) + line
    if rng.random() < 0.15:
        line += rng.choice(STRAY_ENDS)
    return line


def scan(text: str, rng: random.Random) -> str:
    """The text with each run of table lines printed as Tesseract reads a bordered table (see the docstring)."""
    out: list[str] = []
    for line in text.split("\n"):
        cells = cells_of(line)
        if cells is None:
            out.append(line)
            continue
        if RULE_RE.match(line) or all(set(c) <= set("-:") for c in cells):
            continue
        if not any(ch.isdigit() for ch in line):
            cells = [damage_header(c, rng) for c in cells]
        wrapped = [scan_pieces(c) for c in cells]
        for k in range(max(len(w) for w in wrapped)):
            out.append(scan_join([w[k] if k < len(w) else "" for w in wrapped], rng))
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--wrap", type=int, default=None, help="wrap cells longer than this within their column")
    how.add_argument("--flatten", action="store_true", help="one cell per line instead of aligned columns")
    how.add_argument("--scan", action="store_true", help="as Tesseract reads a bordered table (interleaved cells)")
    parser.add_argument("--seed", type=int, default=None, help="with --scan: the seed of its choices (default 1)")
    parser.add_argument("--no-row-gap", action="store_true",
                        help="with --flatten: no blank line between a table's rows")
    args = parser.parse_args()
    if args.no_row_gap and not args.flatten:
        parser.error("--no-row-gap goes with --flatten")
    if args.seed is not None and not args.scan:
        parser.error("--seed goes with --scan")
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.source.glob("*.txt")):
        text = render_grid_tables(path.read_text(encoding="utf-8"))  # a grid table's rows as the '|' rows they print as
        if args.scan:
            printed = scan(text, random.Random(f"{args.seed or 1}:{path.name}"))
        elif args.flatten:
            printed = flatten(text, row_gap=not args.no_row_gap)
        else:
            printed = relayout(text, args.wrap)
        (args.out / path.name).write_text(printed, encoding="utf-8")


if __name__ == "__main__":
    main()
