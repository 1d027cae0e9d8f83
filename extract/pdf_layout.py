"""Positioned words -> text lines laid out the way the text stages read them.

A PDF text layer (and Tesseract's word boxes) gives words with positions, not
lines. The table stages already read tabs, `|` borders and columns aligned
with runs of 3+ spaces (`pdftotext -layout`). So words are grouped into lines
by their vertical position, and a horizontal gap wider than two and a half
characters is a column break. By default (measured best, see README) a table's
lines are written with one tab per column: the columns are the x extents of
the table's cells, merged where they overlap, so a row with empty cells (a
wrapped indicator, a TOTAL row without a code) keeps its values in their
columns. The alternative pads words to their x position on a grid of the
page's character width, like `pdftotext -layout`. Vertical gaps of more than
one line pitch become blank lines, because the table stages read them.
"""
from __future__ import annotations

import ctypes
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

COLUMN_GAP_SPACES = 2.5  # a gap wider than this many character widths separates columns
DOUBLE_SPACE = 1.5  # a gap wider than this (but not a column break) is two spaces, as OCR'd text has them
MIN_COLUMN_SPACES = 3  # what the text stages read as a column break
MAX_BLANK_LINES = 8
# pdfium writes a hyphen that ends a line as U+FFFE and joins the next line's word to it
# without a break; the hyphen closes the word, so the two halves keep their own lines.
WORD_RE = re.compile("[^\\s\ufffe]+\ufffe?|\ufffe")
LINE_END_HYPHEN = "\ufffe"


@dataclass(frozen=True, slots=True)
class Word:
    """A word and its box, in points from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class TextRow:
    """One rebuilt line of a page with its vertical extent (for ordering and blank lines)."""

    text: str
    top: float
    bottom: float


def textpage_words(textpage, page_height: float) -> list[Word]:
    """Words of a pypdfium2 text page with their boxes.

    The text comes from one call; boxes are asked only for each word's first and
    last character (pdfium's loose boxes, which span the font's full height), so
    a page costs two calls per word instead of several per character.
    """
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP shift indices; read one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    rect = pdfium_c.FS_RECTF()
    loose = pdfium_c.FPDFText_GetLooseCharBox
    raw_page = textpage.raw
    ref = ctypes.byref(rect)
    words: list[Word] = []
    for match in WORD_RE.finditer(text):
        start, end = match.start(), match.end() - 1
        if not loose(raw_page, start, ref):
            continue
        x0, top, bottom = rect.left, rect.top, rect.bottom
        if end != start and loose(raw_page, end, ref):
            top = rect.top if rect.top > top else top
            bottom = rect.bottom if rect.bottom < bottom else bottom
        x1 = rect.right
        if x1 < x0:
            x0, x1 = x1, x0
        words.append(Word(match.group().replace(LINE_END_HYPHEN, "-"), x0, x1, page_height - top, page_height - bottom))
    return words


def group_lines(words: list[Word]) -> list[list[Word]]:
    """Words sharing a line: their vertical middles fall inside the line's band; each line left to right."""
    lines: list[list[Word]] = []
    band_top = band_bottom = 0.0
    for word in sorted(words, key=lambda w: (w.middle, w.x0)):
        if lines and band_top <= word.middle <= band_bottom:
            lines[-1].append(word)
            continue
        lines.append([word])
        height = word.bottom - word.top
        band_top, band_bottom = word.top + height * 0.2, word.bottom - height * 0.2
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def char_width(words: list[Word]) -> float:
    """The page's typical character width: the median of words' width per character."""
    widths = [(w.x1 - w.x0) / len(w.text) for w in words if len(w.text) >= 2 and w.x1 > w.x0]
    return statistics.median(widths) if widths else 5.0


def layout_line(line: list[Word], left: float, width: float, tabs: bool = False) -> str:
    """A line's words joined by one space; on a wide gap, a tab or padding out to the word's column."""
    out = ""
    previous: Word | None = None
    for word in line:
        if previous is None:
            out = " " * max(0, round((word.x0 - left) / width))
        elif (gap := word.x0 - previous.x1) > COLUMN_GAP_SPACES * width:
            if tabs:
                out += "\t"
            else:  # to the word's column on the grid; at least a column break where proportional text drifts
                out += " " * max(MIN_COLUMN_SPACES, round((word.x0 - left) / width) - len(out))
        else:
            out += " " * (2 if gap > DOUBLE_SPACE * width else 1)
        out += word.text
        previous = word
    return out


def rows_from_words(words: list[Word], tabs: bool = True,
                    ruled: Callable[[list[Word]], str | None] | None = None) -> list[TextRow]:
    """Rebuilt lines of a page, top to bottom. `ruled` may claim a line as a table row and give its text."""
    return rows_from_lines(group_lines(words), tabs, ruled)


def rows_from_lines(lines: list[list[Word]], tabs: bool = True,
                    ruled: Callable[[list[Word]], str | None] | None = None) -> list[TextRow]:
    """Lines of words (each left to right) laid out as text rows, top to bottom.

    With `tabs`, the lines of a table are written with one tab per column, so a
    row with empty cells keeps its values under the right header.
    """
    words = [w for line in lines for w in line]
    if not words:
        return []
    width = char_width(words)
    left = min(w.x0 for w in words)
    ordered = sorted(lines, key=lambda ws: sum(w.middle for w in ws) / len(ws))
    texts: list[str | None] = [ruled(line) if ruled else None for line in ordered]
    if tabs:
        for run in table_runs(ordered, texts, left, width):
            tabbed = tab_table([ordered[i] for i in run], width)
            for i, text in zip(run, tabbed):
                texts[i] = text
    return [TextRow(text if text is not None else layout_line(line, left, width, tabs),
                    min(w.top for w in line), max(w.bottom for w in line))
            for line, text in zip(ordered, texts)]


def split_cells(line: list[Word], width: float) -> list[list[Word]]:
    """The line's words in cells: a column gap starts a new cell."""
    cells = [[line[0]]]
    for a, b in zip(line, line[1:]):
        if b.x0 - a.x1 > COLUMN_GAP_SPACES * width:
            cells.append([b])
        else:
            cells[-1].append(b)
    return cells


def table_runs(lines: list[list[Word]], claimed: list[str | None], left: float, width: float) -> list[list[int]]:
    """Indexes of consecutive lines forming a table: rows with cells, and indented lines between them.

    A line without column gaps that starts at the left edge is prose or a title and ends the run.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        many = claimed[i] is None and len(split_cells(line, width)) >= 2
        indented = claimed[i] is None and line[0].x0 - left > COLUMN_GAP_SPACES * width
        if many or (current and indented):
            current.append(i)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


def columns(rows: list[list[list[Word]]], width: float) -> list[tuple[float, float]]:
    """Columns of a table: the x extents of its cells, overlapping extents merged."""
    spans = sorted((cell[0].x0, cell[-1].x1) for cells in rows if len(cells) >= 2 for cell in cells)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1] + width * 0.5:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def column_of(x: float, cols: list[tuple[float, float]]) -> int:
    """The column a cell starting at x belongs to: the last one starting at or before it."""
    index = 0
    for i, (x0, _) in enumerate(cols):
        if x0 <= x + 0.5:
            index = i
    return index


def tab_table(lines: list[list[Word]], width: float) -> list[str]:
    """A table's lines with one tab per column boundary, empty cells included."""
    rows = [split_cells(line, width) for line in lines]
    cols = columns(rows, width)
    if len(cols) < 2:
        return [" ".join(w.text for w in line) for line in lines]
    out: list[str] = []
    for cells in rows:
        at = column_of(cells[0][0].x0, cols)
        text = "\t" * at + " ".join(w.text for w in cells[0])
        for cell in cells[1:]:
            col = max(column_of(cell[0].x0, cols), at + 1)  # a cell after a gap is in a later column
            text += "\t" * (col - at) + " ".join(w.text for w in cell)
            at = col
        out.append(text + "\t" * max(0, len(cols) - 1 - at))
    return out


def with_blank_lines(rows: list[TextRow]) -> list[str]:
    """The rows' texts, with blank lines where the vertical gap spans more than one line pitch.

    The pitch is the smallest step between rows that is at least a line's height:
    the spacing of running text, which tables and headings only widen.
    """
    if not rows:
        return []
    middles = [(r.top + r.bottom) / 2 for r in rows]
    height = statistics.median(r.bottom - r.top for r in rows)
    steps = [b - a for a, b in zip(middles, middles[1:]) if b - a >= 0.9 * height]
    pitch = min(steps) if steps else 1.2 * height
    texts = [rows[0].text]
    for before, after, row in zip(middles, middles[1:], rows[1:]):
        blanks = max(0, round((after - before) / pitch) - 1) if pitch > 0 else 0
        texts.extend([""] * min(MAX_BLANK_LINES, blanks))
        texts.append(row.text)
    return texts
