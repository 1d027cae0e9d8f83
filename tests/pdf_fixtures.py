"""Test PDFs made from the corpus text: typeset text-layer PDFs and degraded scans.

The tests build their own PDFs so nothing is downloaded and every value in a PDF
is known from its source text. A report is cut into pages of lines; the same
pages give a paged text (form feeds, as `pdftotext` writes) for the text path
and a PDF for the PDF path, so both paths can be compared row by row.

Typesetting keeps each source line on one PDF line in a monospace font:
- tab-separated rows: each cell placed at its column's x position;
- markdown `|` tables: cells inside drawn cell borders (a ruled table), the
  `|---|` separator row drawn as a rule only;
- other lines: printed as they are.
"""
from __future__ import annotations

import io
import random
import re
from collections.abc import Iterable
from pathlib import Path

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSansMono.ttf"),
)
FONT_SIZE = 8.0
CHAR_WIDTH = FONT_SIZE * 0.602  # DejaVu Sans Mono advance is 1233/2048 em
LINE_HEIGHT = FONT_SIZE * 1.25
MARGIN = 36.0
COLUMN_GAP = 3  # characters between tab-separated columns, as `pdftotext -layout` leaves
SEPARATOR_RE = re.compile(r"^\s*\|(\s*:?-+:?\s*\|)+\s*$")


def font_path() -> Path:
    """A monospace TTF with Latin and Cyrillic glyphs (Debian: fonts-dejavu-core)."""
    for path in FONT_CANDIDATES:
        if path.exists():
            return path
    raise FileNotFoundError("DejaVuSansMono.ttf not found: apt-get install fonts-dejavu-core")


def wrap_prose(lines: list[str], width: int) -> list[str]:
    """Plain lines longer than `width` broken at spaces, as a printed page breaks them (tables stay whole)."""
    wrapped: list[str] = []
    for line in lines:
        if len(line) <= width or "\t" in line or is_table_row(line):
            wrapped.append(line)
            continue
        current = ""
        for word in line.split(" "):
            if current and len(current) + 1 + len(word) > width:
                wrapped.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        wrapped.append(current)
    return wrapped


def paginate(text: str, lines_per_page: int = 60, wrap: int | None = None) -> list[list[str]]:
    """Cut a report into pages of lines, never inside a markdown table when it can be helped.

    With `wrap`, long prose lines are first broken as on a printed page (used for
    scans, whose pages must be page-sized images).
    """
    lines = text.replace("\r\n", "\n").split("\n")
    if wrap:
        lines = wrap_prose(lines, wrap)
    pages: list[list[str]] = []
    page: list[str] = []
    for i, line in enumerate(lines):
        page.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        in_table = line.lstrip().startswith("|") and nxt.lstrip().startswith("|")
        if len(page) >= lines_per_page and (not in_table or len(page) >= 2 * lines_per_page):
            pages.append(page)
            page = []
    if page:
        pages.append(page)
    return pages


def paged_text(pages: list[list[str]]) -> str:
    """The pages as one text, each page after the first opened by a form feed."""
    return "\n\f".join("\n".join(page) for page in pages)


def is_table_row(line: str) -> bool:
    s = line.strip()
    return len(s) >= 2 and s.startswith("|") and s.endswith("|")


def markdown_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip()[1:-1].split("|")]


def blocks(page: list[str]) -> Iterable[tuple[str, list[str]]]:
    """Runs of lines of one kind: 'tabs', 'ruled' (markdown table) or 'plain'.

    Blank lines between two tab-separated lines belong to their table, so that
    the table keeps one set of column positions, as a printed table does.
    """
    kinds = ["ruled" if is_table_row(line) else "tabs" if "\t" in line else "plain" for line in page]
    for i, line in enumerate(page):
        if not line.strip():
            before = next((kinds[j] for j in range(i - 1, -1, -1) if page[j].strip()), None)
            after = next((kinds[j] for j in range(i + 1, len(page)) if page[j].strip()), None)
            if before == after == "tabs":
                kinds[i] = "tabs"
    run: list[str] = []
    kind = None
    for line, k in zip(page, kinds):
        if run and k != kind:
            yield kind, run
            run = []
        kind = k
        run.append(line)
    if run:
        yield kind, run


def column_starts(rows: list[list[str]], gap: int = COLUMN_GAP) -> list[int]:
    """Character offset of each column: the widest cell before it plus a gap."""
    count = max(len(r) for r in rows)
    widths = [max((len(r[i]) if i < len(r) else 0) for r in rows) for i in range(count)]
    starts, x = [], 0
    for w in widths:
        starts.append(x)
        x += w + gap
    return starts


def layout_page(page: list[str]) -> tuple[list[tuple[int, int, str]], list[tuple[int, list[int]]], int]:
    """What to draw on a page: text pieces (slot, column, text), ruled rows (slot, cell edge columns), width in chars.

    A slot is a line position on the page; positions are in characters of the monospace font.
    """
    pieces: list[tuple[int, int, str]] = []
    rules: list[tuple[int, list[int]]] = []
    slot = 0
    width = 1
    for kind, run in blocks(page):
        if kind == "plain":
            for line in run:
                if line.strip():
                    lead = len(line) - len(line.lstrip(" "))
                    pieces.append((slot, lead, line.strip(" ")))
                    width = max(width, len(line))
                slot += 1
        elif kind == "tabs":
            rows = [line.split("\t") for line in run]
            starts = column_starts(rows)
            for cells in rows:
                for start, cell in zip(starts, cells):
                    if cell.strip():  # a blank line is one empty cell
                        pieces.append((slot, start, cell.strip()))
                        width = max(width, start + len(cell))
                slot += 1
        else:
            rows = [markdown_cells(line) for line in run if not SEPARATOR_RE.match(line)]
            starts = [s + 2 for s in column_starts(rows)]  # room for the border and padding
            edges = [s - 2 for s in starts] + [starts[-1] + max(len(r[-1]) if len(r) == len(starts) else 0 for r in rows) + 1]
            for cells in rows:
                for start, cell in zip(starts, cells):
                    if cell:
                        pieces.append((slot, start, cell))
                rules.append((slot, edges))
                slot += 1
            width = max(width, edges[-1] + 1)
    return pieces, rules, width


def typeset(pages: list[list[str]]) -> bytes:
    """A text-layer PDF of the pages, one PDF page per text page, each line on its own PDF line."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.set_compression(True)
    pdf.add_font("mono", fname=str(font_path()))
    pdf.set_auto_page_break(False)
    for page in pages:
        pieces, rules, width = layout_page(page)
        slots = len(page)
        pdf.add_page(format=(max(595.0, width * CHAR_WIDTH + 2 * MARGIN), max(842.0, slots * LINE_HEIGHT + 2 * MARGIN)))
        pdf.set_font("mono", size=FONT_SIZE)
        pdf.set_line_width(0.5)
        for slot, column, text in pieces:
            baseline = MARGIN + (slot + 1) * LINE_HEIGHT - FONT_SIZE * 0.3
            pdf.text(MARGIN + column * CHAR_WIDTH, baseline, text)
        for slot, edges in rules:
            top = MARGIN + slot * LINE_HEIGHT
            bottom = top + LINE_HEIGHT
            left, right = MARGIN + edges[0] * CHAR_WIDTH, MARGIN + edges[-1] * CHAR_WIDTH
            pdf.line(left, top, right, top)
            pdf.line(left, bottom, right, bottom)
            for edge in edges:
                x = MARGIN + edge * CHAR_WIDTH
                pdf.line(x, top, x, bottom)
    return bytes(pdf.output())


def write_typeset(text: str, path: Path, lines_per_page: int = 60, wrap: int | None = None) -> tuple[Path, str]:
    """Write the typeset PDF of a report and return it with the paged text it was made from."""
    pages = paginate(text, lines_per_page, wrap)
    path.write_bytes(typeset(pages))
    return path, paged_text(pages)


def degrade(image, seed: int, blur: float = 1.0, noise: float = 24.0, rotate: float = 0.3):
    """A page image made to look scanned: grey, slightly rotated, blurred, speckled."""
    from PIL import Image, ImageFilter
    import numpy as np

    rng = random.Random(seed)
    grey = image.convert("L").rotate(rng.uniform(-rotate, rotate), resample=Image.BICUBIC, fillcolor=255, expand=False)
    grey = grey.filter(ImageFilter.GaussianBlur(blur))
    pixels = np.asarray(grey, dtype=np.float32)
    speckle = np.random.default_rng(seed).normal(0.0, noise, pixels.shape)
    return Image.fromarray(np.clip(pixels + speckle, 0, 255).astype(np.uint8))


def write_scanned(text_pdf: Path, path: Path, pages: list[int] | None = None, dpi: int = 300, seed: int = 7) -> Path:
    """An image-only PDF: the chosen pages (0-based) of a text-layer PDF rasterised and degraded."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(text_pdf))
    try:
        images = []
        for i in pages if pages is not None else range(len(doc)):
            bitmap = doc[i].render(scale=dpi / 72)
            images.append(degrade(bitmap.to_pil(), seed + i))
    finally:
        doc.close()
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    path.write_bytes(buffer.getvalue())
    return path
