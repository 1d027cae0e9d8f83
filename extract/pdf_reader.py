"""PDF -> located text: the text layer where it is usable, Tesseract where it is not.

Text-layer pages are read with pypdfium2, which is fast on every page; drawn
column rules turn lines into `|` table rows (`extract/pdf_tables.py`). Pages
without a usable text layer are OCR'd (`extract/ocr.py`). Every line keeps its
page number, and the pages that were OCR'd are returned so rows can say so.
"""
from __future__ import annotations

import os

import re
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from extract.model import Line
from extract.ocr import DPI, OcrError, ocr_pages
from extract.pdf_layout import TextRow, Word, rows_from_lines, rows_from_words, textpage_words, with_blank_lines
from extract.pdf_tables import PlumberTables, column_rules, may_hold_ruled_table, outside, ruled_row

MIN_TEXT_CHARS = 20  # fewer printed characters than this: the page is a scan (or blank)
MIN_READABLE_SHARE = 0.5  # below this share of letters and digits the layer is garbage (see README)
UNREADABLE_RE = re.compile("[\ufffd\ue000-\uf8ff]")


@dataclass(frozen=True, slots=True)
class PdfSettings:
    """How PDFs are read. The defaults are the measured choices (see README)."""

    tabs: bool = True  # column gaps become tabs (else spaces padded to the column, like pdftotext -layout)
    ruled_tables: str = "rules"  # "rules" (pypdfium2 paths) or "pdfplumber"
    dpi: int = DPI
    workers: int | None = None  # parallel Tesseract processes; None: up to 4, by CPU count
    force_ocr: bool = False  # OCR every page, even one with a text layer


# Worker processes of a batch read the choice of ruled-table finder from the environment.
DEFAULT_SETTINGS = PdfSettings(ruled_tables=os.environ.get("LKJ_PDF_RULED_TABLES", "rules"))


class PdfReadError(Exception):
    """A PDF that cannot be read; the message says what to do."""


def readable_share(text: str) -> float:
    """Share of non-space characters that are letters or digits (U+FFFD and private-use codes are not)."""
    chars = "".join(text.split())
    if not chars:
        return 0.0
    good = sum(map(str.isalnum, chars)) - len(UNREADABLE_RE.findall(chars))
    return good / len(chars)


def text_layer_usable(words: list[Word]) -> bool:
    """Enough characters, and mostly real ones."""
    text = "".join(w.text for w in words)
    return len(text) >= MIN_TEXT_CHARS and readable_share(text) >= MIN_READABLE_SHARE


def has_images(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def open_pdf(path: Path, data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise PdfReadError(f"{path}: the PDF is password-protected; save an unprotected copy and read that") from exc
        raise PdfReadError(f"{path}: not a readable PDF ({reason}); re-export or re-scan it") from exc


def text_layer_rows(page: pdfium.PdfPage, index: int, words: list[Word], settings: PdfSettings,
                    plumber: PlumberTables) -> list[TextRow]:
    """A text-layer page's rows, ruled tables cut at their rules."""
    if not words or not may_hold_ruled_table(page):
        return rows_from_words(words, settings.tabs)
    if settings.ruled_tables == "pdfplumber":
        table_rows, boxes = plumber.rows(index)
        rest = rows_from_words(outside(words, boxes), settings.tabs)
        return sorted(rest + table_rows, key=lambda r: (r.top + r.bottom) / 2)
    rules = column_rules(page)
    return rows_from_words(words, settings.tabs, ruled=lambda line: ruled_row(line, rules))


def read_pdf(path: Path, data: bytes, settings: PdfSettings | None = None) -> tuple[list[Line], int, frozenset[int]]:
    """Lines of all pages, the page count, and the 1-based numbers of the pages that were OCR'd."""
    settings = settings or DEFAULT_SETTINGS
    document = open_pdf(path, data)
    plumber = PlumberTables(path)
    pages = len(document)
    try:
        rows, scans = page_rows(path, document, settings, plumber)
    except pdfium.PdfiumError as exc:
        raise PdfReadError(f"{path}: a page cannot be read ({exc}); re-export or re-scan the PDF") from exc
    finally:
        plumber.close()
        document.close()
    lines: list[Line] = []
    for index in range(pages):
        for text in with_blank_lines(rows.get(index, [])) or [""]:
            lines.append(Line(number=len(lines) + 1, page=index + 1, text=text))
    return lines, pages, frozenset(i + 1 for i in scans)


def page_rows(path: Path, document: pdfium.PdfDocument, settings: PdfSettings,
              plumber: PlumberTables) -> tuple[dict[int, list[TextRow]], list[int]]:
    """Rows of every page (0-based index), from the text layer or OCR, and the indexes of the OCR'd pages."""
    rows: dict[int, list[TextRow]] = {}
    scans: list[int] = []
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        words = textpage_words(textpage, page.get_height())
        textpage.close()
        if settings.force_ocr or (not text_layer_usable(words) and has_images(page)):
            scans.append(index)
        else:
            rows[index] = text_layer_rows(page, index, words, settings, plumber)
    if scans:
        try:
            for index, lines in ocr_pages(document, scans, settings.dpi, settings.workers).items():
                rows[index] = rows_from_lines(lines, settings.tabs)
        except OcrError as exc:
            pages = ", ".join(str(i + 1) for i in scans[:10]) + (" ..." if len(scans) > 10 else "")
            raise PdfReadError(f"{path}: page(s) {pages} have no usable text layer and need OCR, but {exc}") from exc
    return rows, scans
