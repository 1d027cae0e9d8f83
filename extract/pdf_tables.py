"""Ruled tables of a PDF page: rows cut into cells at the drawn column rules.

A ruled table's cells are separated by lines, not by wide gaps, so two words
in neighbouring cells may stand closer than a column gap, and an empty cell
leaves no trace in the text. Two ways to read the rules:

- `rules` (default): the page's path objects from pypdfium2. Thin tall paths
  are column rules; a text line crossed by two or more of them is a table row,
  and its words are put into the cells between the rules. Costs about a
  millisecond a page.
- `pdfplumber`: its table finder, opened only for pages that draw paths. It is
  the reference for cell geometry but costs about 0.3 s on a dense page, which
  alone breaks the speed target (benchmarks/pdf_speed.py measures both).

Each table row becomes one `|`-bordered line, the form the text stages read
for markdown and bordered tables.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from extract.pdf_layout import TextRow, Word

MIN_PATHS = 4  # a ruled table needs at least its outer rules
RULE_THICKNESS = 2.5  # points; thicker paths are shapes, not rules
MIN_RULE_LENGTH = 4.0  # points
SAME_X = 1.5  # rules closer than this are one rule


@dataclass(frozen=True, slots=True)
class Rule:
    """A vertical rule: its x and its extent, in points from the page's top."""

    x: float
    top: float
    bottom: float


def column_rules(page: pdfium.PdfPage) -> list[Rule]:
    """Vertical rules drawn on the page (lines, and the sides of thin rectangles)."""
    height = page.get_height()
    rules: list[Rule] = []
    for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if right - left <= RULE_THICKNESS and top - bottom >= MIN_RULE_LENGTH:
            rules.append(Rule((left + right) / 2, height - top, height - bottom))
    return rules


def row_text(cells: list[str | None]) -> str:
    """A table row as a `|`-bordered line; a cell's own line breaks become spaces."""
    texts = (" ".join((cell or "").split()) for cell in cells)
    return "|" + "|".join(f" {text} " if text else " " for text in texts) + "|"


def rules_across(rules: list[Rule], top: float, bottom: float) -> list[float]:
    """x of the rules that cross the band's middle, left to right, near-duplicates merged."""
    middle = (top + bottom) / 2
    xs: list[float] = []
    for x in sorted(r.x for r in rules if r.top <= middle <= r.bottom):
        if not xs or x - xs[-1] > SAME_X:
            xs.append(x)
    return xs


def ruled_row(line: list[Word], rules: list[Rule]) -> str | None:
    """The line as a table row when two or more column rules cross it, else None.

    Words go into the cells between the rules; words outside the rules stay beside the row.
    """
    xs = rules_across(rules, min(w.top for w in line), max(w.bottom for w in line))
    if len(xs) < 2:
        return None
    cells: list[list[str]] = [[] for _ in range(len(xs) + 1)]
    for word in line:
        cells[bisect_right(xs, (word.x0 + word.x1) / 2)].append(word.text)
    before, inner, after = " ".join(cells[0]), cells[1:-1], " ".join(cells[-1])
    text = row_text([" ".join(c) for c in inner])
    return " ".join(part for part in (before, text, after) if part)


class PlumberTables:
    """pdfplumber opened once per document, and only when a page needs it."""

    def __init__(self, path: Path):
        self.path = path
        self._pdf = None

    def rows(self, page_index: int) -> tuple[list[TextRow], list[tuple[float, float, float, float]]]:
        """Rows of the page's ruled tables and the tables' boxes (x0, top, x1, bottom)."""
        import pdfplumber

        if self._pdf is None:
            self._pdf = pdfplumber.open(self.path)
        page = self._pdf.pages[page_index]
        rows: list[TextRow] = []
        boxes: list[tuple[float, float, float, float]] = []
        for table in page.find_tables():
            cells = table.extract()
            if len(cells) < 2 or max(len(r) for r in cells) < 2:
                continue  # a framed paragraph, not a table
            boxes.append(table.bbox)
            for row, texts in zip(table.rows, cells):
                rows.append(TextRow(row_text(texts), row.bbox[1], row.bbox[3]))
        page.flush_cache()
        return rows, boxes

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def may_hold_ruled_table(page: pdfium.PdfPage) -> bool:
    """Cheap test: does the page draw enough paths to hold a ruled table?"""
    count = 0
    for _ in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        count += 1
        if count >= MIN_PATHS:
            return True
    return False


def outside(words: list[Word], boxes: list[tuple[float, float, float, float]]) -> list[Word]:
    """The words that do not stand inside any of the boxes."""
    def inside(word: Word, box: tuple[float, float, float, float]) -> bool:
        x0, top, x1, bottom = box
        return x0 <= (word.x0 + word.x1) / 2 <= x1 and top <= word.middle <= bottom
    return [w for w in words if not any(inside(w, box) for box in boxes)]
