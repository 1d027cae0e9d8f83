"""Positioned words -> text lines laid out the way the text stages read them.

A PDF text layer (and Tesseract's word boxes) gives words with positions, not
lines. The table stages already read tabs, `|` borders and columns aligned
with runs of 3+ spaces (`pdftotext -layout`). So words are grouped into lines
by their vertical position, and a horizontal gap wider than a word space
becomes column spacing: the word is padded out to its x position on a grid of
the page's character width, with at least three spaces, so that cells of one
column start at the same offset on every row. Vertical gaps of more than one
line pitch become blank lines, because the table stages end tables at them.
"""
from __future__ import annotations

import ctypes
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

COLUMN_GAP_SPACES = 1.6  # a gap wider than this many character widths separates columns
WIDE_GAP_SPACES = 2.5  # a gap wider than this is a column break even where the grid says less
MIN_COLUMN_SPACES = 3  # what the text stages read as a column break
MAX_BLANK_LINES = 8
WORD_RE = re.compile(r"\S+")


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
        words.append(Word(match.group(), x0, x1, page_height - top, page_height - bottom))
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
            else:
                spaces = round((word.x0 - left) / width) - len(out)  # exact on a monospace grid
                if gap > WIDE_GAP_SPACES * width:
                    spaces = max(spaces, MIN_COLUMN_SPACES)  # proportional text drifts off the grid
                out += " " * max(1, spaces)
        else:
            out += " "
        out += word.text
        previous = word
    return out


def rows_from_words(words: list[Word], tabs: bool = True,
                    ruled: Callable[[list[Word]], str | None] | None = None) -> list[TextRow]:
    """Rebuilt lines of a page, top to bottom. `ruled` may claim a line as a table row and give its text."""
    return rows_from_lines(group_lines(words), tabs, ruled)


def rows_from_lines(lines: list[list[Word]], tabs: bool = True,
                    ruled: Callable[[list[Word]], str | None] | None = None) -> list[TextRow]:
    """Lines of words (each left to right) laid out as text rows, top to bottom."""
    words = [w for line in lines for w in line]
    if not words:
        return []
    width = char_width(words)
    left = min(w.x0 for w in words)
    rows: list[TextRow] = []
    for line in lines:
        text = ruled(line) if ruled else None
        if text is None:
            text = layout_line(line, left, width, tabs)
        rows.append(TextRow(text, min(w.top for w in line), max(w.bottom for w in line)))
    return sorted(rows, key=lambda r: r.top + r.bottom)


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
