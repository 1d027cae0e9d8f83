"""PDF input: text-layer PDFs give the text path's rows; scans are OCR'd; bad PDFs fail clearly.

The PDFs are typeset by the tests from the corpus reports (tests/pdf_fixtures.py).
"""
from __future__ import annotations

import io
from collections import Counter
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from extract.pdf_layout import Word, rows_from_words, with_blank_lines
from extract.pdf_reader import text_layer_usable
from extract.readers import ReadError, read_document
from pipeline import DocumentResult, extract_document
from tests.pdf_fixtures import SEPARATOR_RE, paginate, typeset, write_scanned, write_typeset

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
HAS_TESSERACT = shutil.which("tesseract") is not None
ROW_KEYS = {
    "targets": ("indicator_raw", "target_raw", "target_value", "target_text", "page"),
    "realisations": ("indicator_raw", "target_value", "realisation_value", "achievement_value", "page"),
    "budgets": ("code", "name", "allocation", "realisation", "percent", "page"),
}


def report(prefix: str) -> str:
    return next(CORPUS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def rows(result: DocumentResult) -> dict[str, list[tuple]]:
    return {table: sorted(tuple(str(r[k]) for k in keys) for r in getattr(result.built, table))
            for table, keys in ROW_KEYS.items()}


def printed_lines(text) -> list[str]:
    """The words of each line that prints something, cell borders and separator rows left out."""
    words = (" ".join(line.text.replace("|", " ").split()) for line in text.lines if not SEPARATOR_RE.match(line.text))
    return [w for w in words if w]


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "pipeline.py"), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)


@pytest.mark.parametrize("prefix", ["002", "004"])  # tab-separated tables; ruled markdown tables
def test_text_layer_pdf_gives_the_rows_of_its_text(prefix: str, tmp_path: Path):
    pdf, paged = write_typeset(report(prefix), tmp_path / "report.pdf")
    (tmp_path / "report.txt").write_text(paged, encoding="utf-8")
    from_pdf = read_document(pdf)
    from_text = read_document(tmp_path / "report.txt")
    assert from_pdf.pages == from_text.pages > 1 and not from_pdf.ocr
    # Same words on the same lines; a ruled row with only empty cells prints no text, so it has no line.
    assert printed_lines(from_pdf) == printed_lines(from_text)
    pdf_rows, text_rows = rows(extract_document(from_pdf)), rows(extract_document(from_text))
    assert sum(len(v) for v in text_rows.values()) > 10
    assert pdf_rows == text_rows


def test_ruled_table_cells_stay_apart_even_when_empty(tmp_path: Path):
    page = ["Tabel 1", "| No | Indikator | Target | Realisasi |", "|---|---|---|---|",
            "| 1 | Indeks A | 90% | 95% |", "| | lanjutan | | |", "| 2 | Indeks B | | 80% |"]
    path = tmp_path / "ruled.pdf"
    path.write_bytes(typeset([page]))
    lines = [l.text for l in read_document(path).lines if l.text.strip()]
    assert lines == ["Tabel 1", "| No | Indikator | Target | Realisasi |", "| 1 | Indeks A | 90% | 95% |",
                     "| | lanjutan | | |", "| 2 | Indeks B | | 80% |"]


def test_tab_table_keeps_empty_cells_in_their_column(tmp_path: Path):
    page = ["No\tUraian\tPagu\tRealisasi\t%", "1\tBelanja Barang\t1.000.000\t900.000\t90%",
            "TOTAL\t\t1.000.000\t900.000\t90%", "", "Paragraf biasa setelah tabel."]
    path = tmp_path / "tabs.pdf"
    path.write_bytes(typeset([page]))
    lines = [l.text for l in read_document(path).lines]
    assert lines == page


def test_words_become_lines_with_columns_and_blank_lines():
    w = lambda text, x0, top: Word(text, x0, x0 + 5 * len(text), top, top + 9)
    words = [w("Target", 200, 10), w("Indikator", 10, 10), w("Realisasi", 300, 10),
             w("Indeks", 10, 20), w("kepuasan", 45, 20), w("80%", 200, 20), w("85%", 300, 20),
             w("Catatan", 10, 50)]
    assert with_blank_lines(rows_from_words(words)) == [
        "Indikator\tTarget\tRealisasi", "Indeks kepuasan\t80%\t85%", "", "", "Catatan"]


def test_a_layer_of_garbage_or_nothing_is_not_usable():
    word = lambda text: Word(text, 0, 10, 0, 10)
    assert text_layer_usable([word("Capaian kinerja tahun 2022 sebesar 98,5%")])
    assert not text_layer_usable([word("12")])  # a page number over a scan
    assert not text_layer_usable([word("\ue000\ue011\ue022\ue013\ue004\ue015\ue026\ue007\ue018\ue009\ue020\ue021")])
    assert not text_layer_usable([word("\ufffd" * 30)])


def test_cli_reads_pdfs_beside_text_files_in_a_folder(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_typeset(report("002"), folder / "blitar.pdf")
    (folder / "kalteng.txt").write_text(report("004"), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("extract", str(folder), "--out", str(out))
    assert result.returncode == 0, result.stderr
    docs = pd.read_parquet(out / "documents").set_index("source_path")
    assert docs.loc[str(folder / "blitar.pdf"), "pages"] > 1
    assert set(docs["status"]) == {"ok"} and not docs["ocr"].any()
    budgets = pd.read_parquet(out / "budgets")
    assert budgets["page"].gt(1).any()


def test_broken_and_locked_pdfs_fail_with_a_reason(tmp_path: Path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n this is not a pdf")
    with pytest.raises(ReadError, match="not a readable PDF"):
        read_document(broken)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.text(20, 20, "Capaian 100%")
    pdf.set_encryption(owner_password="owner", user_password="user")
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(bytes(pdf.output()))
    with pytest.raises(ReadError, match="password-protected"):
        read_document(locked)


def small_scan(path: Path) -> Path:
    """An image-only PDF page (a photo of text), cheap to make."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 200), 255)
    ImageDraw.Draw(image).text((20, 20), "Realisasi anggaran 98%", fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=100)
    path.write_bytes(buffer.getvalue())
    return path


def test_scans_without_tesseract_fail_saying_what_to_install(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    small_scan(folder / "scan.pdf")
    write_typeset(report("002"), folder / "text.pdf")
    out = tmp_path / "out"
    result = run_cli("extract", str(folder), "--out", str(out), env={"PATH": str(tmp_path / "empty")})
    assert result.returncode == 1
    docs = pd.read_parquet(out / "documents").set_index("source_path")
    assert docs.loc[str(folder / "text.pdf"), "status"] == "ok"
    assert docs.loc[str(folder / "scan.pdf"), "status"] == "failed"
    assert "apt-get install tesseract-ocr tesseract-ocr-ind" in docs.loc[str(folder / "scan.pdf"), "error"]


@pytest.mark.skipif(not HAS_TESSERACT, reason="needs tesseract-ocr and tesseract-ocr-ind")
def test_a_scanned_page_is_ocred_and_recovers_its_values(tmp_path: Path):
    """A PDF of one text-layer page and one degraded scan of a budget table.

    The scan's budget rows are compared with the text path's rows for the same
    page, by budget code: at least 85% of their amounts and percents must come
    back (the run that set this: 52 of 60, 87%). Misses: a program code OCR'd
    without its leading zero ('76.01.01'), '0%' read as '8', and percents the
    printed amounts do not prove (the report's own rounding).
    """
    pages = paginate(report("002"), 60, wrap=100)
    table_page = next(i for i, page in enumerate(pages) if "3364.034" in "\n".join(page))
    text_pdf = tmp_path / "printed.pdf"
    text_pdf.write_bytes(typeset(pages))
    scan = write_scanned(text_pdf, tmp_path / "scan.pdf", pages=[table_page])
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(str(text_pdf)), [0])
    mixed.import_pages(pdfium.PdfDocument(str(scan)), [0])
    mixed.save(str(tmp_path / "mixed.pdf"))
    mixed.close()

    text = read_document(tmp_path / "mixed.pdf")
    assert text.ocr and text.ocr_pages == frozenset({2}) and text.pages == 2
    result = extract_document(text)
    (tmp_path / "page.txt").write_text("\n".join(pages[table_page]), encoding="utf-8")
    expected = extract_document(read_document(tmp_path / "page.txt")).built.budgets

    assert all(r["page"] == 2 and r["ocr"] for r in result.built.budgets if r["code"])
    assert not any(r["ocr"] for r in result.built.targets + result.built.realisations if r["page"] == 1)
    values = lambda budgets: Counter((r["code"], field, r[field]) for r in budgets if r["code"]
                                     for field in ("allocation", "realisation", "percent") if r[field] is not None)
    wanted, got = values(expected), values(result.built.budgets)
    found = (wanted & got).total()
    assert wanted.total() >= 50
    assert found / wanted.total() >= 0.85, (found, wanted.total(), wanted - got)
