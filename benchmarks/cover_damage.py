"""How often OCR damage on a report's cover and preface costs its region, year and agency.

    .venv/bin/python benchmarks/cover_damage.py [--rate 0.05] [--seed 4] [--count 120] [--show]

Writes `count` short KPU reports (cover, preface, a sentence of the first
chapter) for regions drawn from data/regions.csv, replaces each letter OCR
often misreads with its look-alike at `rate` (a→e, n→m, u→n, S→5, A→4, O→0,
E→F, P→F, K→E, as in the sample reports' 'Kabupaien', 'Eabupaten', 'KFU'),
runs `find_document_fields` on each and counts the
documents whose region code, year or agency (scored as the scorer does:
fuzz.ratio of the folded names >= 90) is wrong. The seed picks both the
regions and the damage, so a rule tuned on one seed can be checked on another.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.model import Line, LocatedText  # noqa: E402
from normalize.document_fields import find_document_fields  # noqa: E402

LOOKALIKES = {"a": "e", "e": "c", "t": "l", "n": "m", "i": "l", "o": "c", "u": "n", "s": "5", "S": "5", "O": "0",
              "I": "1", "l": "1", "B": "8", "m": "rn", "h": "b", "r": "t", "A": "4", "K": "E", "T": "I", "P": "F",
              "E": "F"}


def report(region: dict, year: int, rng: random.Random) -> tuple[str, str]:
    """(text, the agency a reader records) of a short report by the region's KPU."""
    name = region["name"]
    if region["level"] == "provinsi":
        office, printed = f"KPU Provinsi {name}", f"PROVINSI {name.upper()}"
    else:
        office, printed = f"KPU {name}", name.upper()
    cover = rng.choice([
        f"LAPORAN KINERJA\nINSTANSI PEMERINTAH\nTAHUN {year}\n\nKOMISI PEMILIHAN UMUM\n{printed}\n",
        f"LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nSEKRETARIAT KOMISI PEMILIHAN UMUM {printed}\n"
        f"TAHUN ANGGARAN {year}\n",
    ])
    text = (f"{cover}\nKATA PENGANTAR\n\nPuji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya "
            f"Laporan Kinerja\n{office} Tahun {year} sebagai wujud pertanggungjawaban atas pelaksanaan tugas.\n\n"
            f"BAB I PENDAHULUAN\nSekretariat {office} melaksanakan tugas sesuai Peraturan KPU Nomor 8 Tahun 2019.\n")
    return text, office


def damaged(text: str, rate: float, rng: random.Random) -> str:
    return "".join(LOOKALIKES[c] if c in LOOKALIKES and rng.random() < rate else c for c in text)


def fold(text: object) -> str:
    return re.sub(r"[^0-9a-z]+", " ", str(text or "").lower()).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--show", action="store_true", help="print each document with a wrong field")
    args = parser.parse_args()
    with open(ROOT / "data" / "regions.csv", newline="", encoding="utf-8") as fh:
        regions = list(csv.DictReader(fh))
    rng = random.Random(args.seed)
    wrong = {"region_code": 0, "year": 0, "agency": 0}
    for k, region in enumerate(rng.sample(regions, args.count)):
        year = rng.randint(2019, 2024)
        text, agency = report(region, year, rng)
        text = damaged(text, args.rate, rng)
        lines = [Line(number=n, page=1, text=t) for n, t in enumerate(text.split("\n"), start=1)]
        found = find_document_fields(LocatedText(source_path=f"{k}.txt", doc_id=str(k), lines=lines, pages=1))
        misses = [field for field, ok in (
            ("region_code", found.region_code == region["code"]),
            ("year", found.year == year),
            ("agency", fuzz.ratio(fold(found.agency), fold(agency)) >= 90)) if not ok]
        for field in misses:
            wrong[field] += 1
        if misses and args.show:
            print(f"{k:3}: {misses} want {region['code']} {agency} {year}; got {found.region_code} "
                  f"{found.agency} {found.year}")
    print(f"{args.count} covers, rate {args.rate}, seed {args.seed}: wrong " +
          ", ".join(f"{field} {n}" for field, n in wrong.items()))


if __name__ == "__main__":
    main()
