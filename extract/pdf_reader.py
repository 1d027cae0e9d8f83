"""PDF -> located text: the text layer where it is usable, Tesseract where it is not.

Text-layer pages are read with pypdfium2 (fast on every page); pdfplumber is
asked only about pages that draw enough rules to hold a ruled table. Pages
without a usable text layer are OCR'd. Every page keeps its number, and the
pages that were OCR'd are listed in `LocatedText.ocr_pages`.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium

from extract.model import Line, LocatedText
from extract.ocr import OcrUnavailable, ocr_pages
from extract.pdf_layout import TextRow, Word, rows_from_words, textpage_words, with_blank_lines
from extract.pdf_tables import RuledTables, may_hold_ruled_table, outside

MIN_TEXT_CHARS = 20  # fewer printed characters than this: the page is a scan (or blank)
MIN_READABLE_SHARE = 0.8  # below this share of letters, digits and punctuation the layer is garbage


class PdfReadError(Exception):
    """A PDF that cannot be read; the message says what to do."""


def readable_share(text: str) -> float:
    """Share of non-space characters that are letters, digits, punctuation or symbols people print."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    good = sum(1 for c in chars if c != "\ufffd" and unicodedata.category(c)[0] in "LNPS"
               and unicodedata.category(c) != "Co")
    return good / len(chars)


def text_layer_usable(words: list[Word]) -> bool:
    """Enough characters, and mostly real ones (not U+FFFD, private-use or control codes)."""
    text = "".join(w.text for w in words)
    return len(text) >= MIN_TEXT_CHARS and readable_share(text) >= MIN_READABLE_SHARE


def has_images(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def merge_rows(text_rows: list[TextRow], table_rows: list[TextRow]) -> list[TextRow]:
    """Rows of text and of ruled tables in one top-to-bottom order."""
    return sorted(text_rows + table_rows, key=lambda r: (r.top + r.bottom) / 2)


def open_pdf(path: Path, data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise PdfReadError(f"{path}: the PDF is password-protected; save an unprotected copy and read that") from exc
        raise PdfReadError(f"{path}: not a readable PDF ({reason}); re-export or re-scan it") from exc


def read_pdf(path: Path, data: bytes) -> tuple[list[Line], int, frozenset[int]]:
    """Lines of all pages, the page count, and the 1-based numbers of the pages that were OCR'd."""
    document = open_pdf(path, data)
    tables = RuledTables(path)
    try:
        rows: dict[int, list[TextRow]] = {}
        scans: list[int] = []
        for index in range(len(document)):
            page = document[index]
            height = page.get_height()
            textpage = page.get_textpage()
            words = textpage_words(textpage, height)
            textpage.close()
            if not text_layer_usable(words) and has_images(page):
                scans.append(index)
                continue
            table_rows: list[TextRow] = []
            if words and may_hold_ruled_table(page):
                table_rows, boxes = tables.rows(index)
                words = outside(words, boxes)
            rows[index] = merge_rows(rows_from_words(words), table_rows)
        if scans:
            try:
                for index, words in ocr_pages(document, scans).items():
                    rows[index] = rows_from_words(words)
            except OcrUnavailable as exc:
                pages = ", ".join(str(i + 1) for i in scans[:10]) + (" ..." if len(scans) > 10 else "")
                raise PdfReadError(f"{path}: page(s) {pages} have no usable text layer and need OCR, but {exc}") from exc
        lines: list[Line] = []
        for index in range(len(document)):
            for text in with_blank_lines(rows.get(index, [])) or [""]:
                lines.append(Line(number=len(lines) + 1, page=index + 1, text=text))
        return lines, len(document), frozenset(i + 1 for i in scans)
    finally:
        tables.close()
        document.close()
