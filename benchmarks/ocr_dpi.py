"""OCR accuracy and time by render resolution, on degraded scans of corpus pages.

    python benchmarks/ocr_dpi.py [--dpi 150 200 300] [--docs 000 002 003 004]

From each chosen corpus report, the printed page (typeset, prose wrapped at
100 characters) holding the most numbers is rasterised at 300 dpi, blurred,
speckled and tilted (tests/pdf_fixtures.py), and OCR'd at each resolution.
Figures per resolution: seconds of wall time for all pages (Tesseract runs in
parallel), the share of the source's numbers found verbatim in the OCR text
(what the tables need), and the character similarity of the whole text.
"""
from __future__ import annotations

import argparse
import difflib
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.pdf_reader import PdfSettings, read_pdf  # noqa: E402
from tests.pdf_fixtures import paginate, typeset, write_scanned  # noqa: E402

NUMBER_RE = re.compile(r"\d[\d.,]*\d%?|\d%?")


def numbers(text: str) -> Counter:
    return Counter(NUMBER_RE.findall(text))


def flat(text: str) -> str:
    return " ".join(text.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 200, 300])
    parser.add_argument("--docs", nargs="+", default=["000", "002", "003", "004"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sources: list[str] = []
        scans: list[Path] = []
        for prefix in args.docs:
            src = next((ROOT / "corpus").glob(f"{prefix}_*.txt"))
            pages = paginate(src.read_text(encoding="utf-8"), 60, wrap=100)
            best = max(range(len(pages)), key=lambda i: sum(numbers("\n".join(pages[i])).values()))
            sources.append("\n".join(pages[best]))
            text_pdf = folder / f"{prefix}.pdf"
            text_pdf.write_bytes(typeset([pages[best]]))
            scans.append(write_scanned(text_pdf, folder / f"{prefix}_scan.pdf", dpi=300))
        print(f"{len(scans)} degraded pages (300 dpi source), {sum(sum(numbers(s).values()) for s in sources)} numbers")
        print(f"{'dpi':>5} {'seconds':>8} {'numbers found':>14} {'char similarity':>16}")
        for dpi in args.dpi:
            start = time.perf_counter()
            texts = []
            for scan in scans:
                lines, _, _ = read_pdf(scan, scan.read_bytes(), PdfSettings(dpi=dpi))
                texts.append("\n".join(line.text for line in lines))
            seconds = time.perf_counter() - start
            found = sum((numbers(src) & numbers(txt)).total() for src, txt in zip(sources, texts))
            total = sum(numbers(src).total() for src in sources)
            similarity = sum(difflib.SequenceMatcher(None, flat(s), flat(t), autojunk=False).ratio()
                             for s, t in zip(sources, texts)) / len(sources)
            print(f"{dpi:>5} {seconds:>8.1f} {found / total:>14.3f} {similarity:>16.3f}")


if __name__ == "__main__":
    main()
