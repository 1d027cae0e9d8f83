"""Ruled tables of a PDF page, cut into cells by pdfplumber.

pdfplumber is slow on every page, so it only looks at pages that pypdfium2
shows to carry enough path objects (ruling lines, cell rectangles) to hold a
table. Its geometry then cuts the table at the drawn rules, which keeps empty
cells and cells holding several words apart even when the gaps between their
words are narrow. Each table row becomes one `|`-bordered line, the form the
text stages read for markdown and bordered tables.
"""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from extract.pdf_layout import TextRow, Word

MIN_PATHS = 4  # a ruled table needs at least its outer rules


def may_hold_ruled_table(page: pdfium.PdfPage) -> bool:
    """Cheap test: does the page draw enough paths to hold a ruled table?"""
    count = 0
    for _ in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        count += 1
        if count >= MIN_PATHS:
            return True
    return False


def row_text(cells: list[str | None]) -> str:
    """A table row as a `|`-bordered line; a cell's own line breaks become spaces."""
    return "| " + " | ".join(" ".join((cell or "").split()) for cell in cells) + " |"


class RuledTables:
    """pdfplumber opened once per document, and only when a page needs it."""

    def __init__(self, path: Path):
        self.path = path
        self._pdf = None

    def rows(self, page_index: int) -> tuple[list[TextRow], list[tuple[float, float, float, float]]]:
        """Rows of the page's ruled tables (top to bottom) and the tables' boxes (x0, top, x1, bottom)."""
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


def outside(words: list[Word], boxes: list[tuple[float, float, float, float]]) -> list[Word]:
    """The words that do not stand inside any of the boxes."""
    def inside(word: Word, box: tuple[float, float, float, float]) -> bool:
        x0, top, x1, bottom = box
        mx = (word.x0 + word.x1) / 2
        return x0 <= mx <= x1 and top <= word.middle <= bottom
    return [w for w in words if not any(inside(w, box) for box in boxes)]
