"""OCR of PDF pages without a usable text layer: pypdfium2 renders, Tesseract reads.

Tesseract runs as the `tesseract` command with its Indonesian and English
models (`-l ind+eng`; Debian packages tesseract-ocr and tesseract-ocr-ind).
Its TSV output gives word boxes, which go through the same line and column
layout as a text layer, so OCR'd tables reach the table stages in the same
shape. Rendering stays in the calling thread (pdfium is not thread-safe);
the Tesseract processes run in parallel, one single-threaded process per page.
"""
from __future__ import annotations

import csv
import functools
import io
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pypdfium2 as pdfium

from extract.pdf_layout import Word

LANGUAGES = "ind+eng"
DPI = 150  # chosen by benchmarks/ocr_dpi.py; see README
PAGE_SEGMENTATION = "4"  # one column of text of variable sizes: measured best (benchmarks/ocr_dpi.py)
INSTALL_HINT = "install it with: apt-get install tesseract-ocr tesseract-ocr-ind"
PAGE_TIMEOUT = 300  # seconds for one page


class OcrError(Exception):
    """Tesseract is missing, lacks a language, or failed on a page; the message says what to do."""


@functools.lru_cache(maxsize=None)
def tesseract_command(path_env: str | None = None) -> str:
    """The tesseract binary with the languages we need, or OcrError."""
    binary = shutil.which("tesseract", path=path_env)
    if binary is None:
        raise OcrError(f"Tesseract is not installed; {INSTALL_HINT}")
    listed = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=60)
    languages = set((listed.stdout + listed.stderr).split())
    missing = [lang for lang in LANGUAGES.split("+") if lang not in languages]
    if missing:
        raise OcrError(f"Tesseract lacks the language data {', '.join(missing)}; {INSTALL_HINT}")
    return binary


def find_tesseract() -> str:
    return tesseract_command(os.environ.get("PATH"))


def render_png(page: pdfium.PdfPage, dpi: int) -> bytes:
    """The page as a greyscale PNG at the given resolution."""
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def lines_from_tsv(tsv: str, dpi: int) -> list[list[Word]]:
    """Tesseract's words (level 5) in points, grouped by the line Tesseract put them on.

    Tesseract's own lines follow a skewed scan, which grouping by height alone would cut in two.
    """
    scale = 72 / dpi
    lines: dict[tuple[str, str, str], list[Word]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, []).append(
            Word(text, left * scale, (left + width) * scale, top * scale, (top + height) * scale))
    return merge_side_by_side([sorted(words, key=lambda w: w.x0) for words in lines.values()])


def merge_side_by_side(lines: list[list[Word]]) -> list[list[Word]]:
    """Join lines that Tesseract put in different blocks but stand side by side (one table row's cells)."""
    merged: list[list[Word]] = []
    for line in sorted(lines, key=lambda ws: min(w.top for w in ws)):
        top, bottom = min(w.top for w in line), max(w.bottom for w in line)
        x0, x1 = line[0].x0, line[-1].x1
        for other in merged:
            o_top, o_bottom = min(w.top for w in other), max(w.bottom for w in other)
            overlap = min(bottom, o_bottom) - max(top, o_top)
            apart = all(x1 < w.x0 or x0 > w.x1 for w in other)
            if apart and overlap >= 0.5 * min(bottom - top, o_bottom - o_top):
                other.extend(line)
                other.sort(key=lambda w: w.x0)
                break
        else:
            merged.append(list(line))
    return merged


def ocr_png(binary: str, png: bytes, dpi: int) -> list[list[Word]]:
    """Run Tesseract on one page image."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(
            [binary, "stdin", "stdout", "-l", LANGUAGES, "--psm", PAGE_SEGMENTATION, "--dpi", str(dpi), "tsv"],
            input=png, capture_output=True, env=env, timeout=PAGE_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"Tesseract took over {PAGE_TIMEOUT} s on one page; try a lower --dpi or a smaller scan") from exc
    if done.returncode != 0:
        raise OcrError(f"Tesseract failed: {done.stderr.decode(errors='replace').strip()[-300:]}")
    return lines_from_tsv(done.stdout.decode("utf-8", errors="replace"), dpi)


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def ocr_pages(document: pdfium.PdfDocument, indices: list[int], dpi: int = DPI,
              workers: int | None = None) -> dict[int, list[list[Word]]]:
    """Lines of words of each listed page (0-based), OCR'd in parallel."""
    if not indices:
        return {}
    binary = find_tesseract()
    with ThreadPoolExecutor(max_workers=workers or default_workers()) as pool:
        futures = {i: pool.submit(ocr_png, binary, render_png(document[i], dpi), dpi) for i in indices}
        return {i: future.result() for i, future in futures.items()}
