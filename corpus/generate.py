"""Synthetic LKj reports with known values, for scale benchmarks and tests at scale.

    python corpus/generate.py --count N --out DIR [--seed S] [--damage RATE]

Writes DIR/NNNNNN_<office>.txt and, beside each, its truth in the gold format
of ../shared/gold/SCHEMA.md under DIR/gold/, so `shared/eval/score.py --out OUT
--gold DIR/gold` scores a run against it. Reports vary in office (KPU
provinsi / kabupaten / kota from data/regions.csv, Dinas and Inspektorat),
year, table layout (tabs, `|` borders, space-aligned columns as `pdftotext
-layout` prints them, one cell per line, results stated in sentences),
indicators (data/indicators.csv), budget programs (data/budget_codes.csv) and
Indonesian number formats. OCR damage hits each printed value with
probability RATE: O for 0, l for 1, S for 5, `%` read as `96`, a digit group
split by a space, Cyrillic look-alikes in grades. The truth keeps the damaged
text as `raw` and the true number as `value`, as a careful reader would.
Output depends only on the arguments (seeded `random.Random`).
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
LAYOUTS = ("tabs", "pipes", "spaces", "flat")
DINAS = ("Dinas Kesehatan", "Dinas Pendidikan", "Dinas Perhubungan", "Dinas Sosial", "Inspektorat")
GRADES = ("A", "BB", "B", "CC", "C")
MONTHS = ("Januari", "Februari", "Maret")
CYRILLIC = str.maketrans({"A": "А", "B": "В", "C": "С"})
PROSE = ("Laporan ini disusun sebagai bentuk pertanggungjawaban atas pelaksanaan tugas dan fungsi "
         "selama satu tahun anggaran, sesuai dengan Peraturan Presiden Nomor 29 Tahun 2014 tentang "
         "Sistem Akuntabilitas Kinerja Instansi Pemerintah.")


@dataclass(frozen=True, slots=True)
class Office:
    agency: str  # as it names itself: 'KPU Kota Blitar'
    region: str | None
    province: str | None
    level: str
    town: str  # for the signature line


@dataclass(frozen=True, slots=True)
class Indicator:
    name: str
    unit: str


@dataclass(slots=True)
class Report:
    """Lines of one report and its truth, built together so line numbers stay right."""

    lines: list[str] = field(default_factory=list)
    truth: dict = field(default_factory=dict)

    def add(self, *lines: str) -> int:
        """Append lines; return the 1-based number of the first."""
        self.lines.extend(lines)
        return len(self.lines) - len(lines) + 1


def load_offices() -> list[Office]:
    offices = []
    with (DATA / "regions.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["name"]
            if row["level"] == "provinsi":
                offices.append(Office(f"KPU Provinsi {name}", None, name, "provinsi", name))
            else:
                town = re.sub(r"^(Kabupaten|Kota)\s+", "", name)
                offices.append(Office(f"KPU {name}", name, row["province"], "kabupaten_kota", town))
                if len(offices) % 7 == 0:  # a share of regional agencies, not only KPU
                    for dinas in DINAS[len(offices) % len(DINAS)::len(DINAS)]:
                        offices.append(Office(f"{dinas} {name}", name, row["province"], "kabupaten_kota", town))
    return offices


def load_indicators() -> list[Indicator]:
    with (DATA / "indicators.csv").open(encoding="utf-8") as handle:
        rows = [Indicator(r["name"].strip(), r["unit"].strip()) for r in csv.DictReader(handle)]
    return [r for r in rows if r.unit in ("%", "grade", "laporan", "dokumen", "layanan") and len(r.name) < 140]


def load_programs() -> list[tuple[str, str]]:
    with (DATA / "budget_codes.csv").open(encoding="utf-8") as handle:
        return [(r["code"], r["name"]) for r in csv.DictReader(handle) if r["level"] == "program" and r["name"]]


# --- numbers as reports print them, and as OCR damages them -------------------------------------

def decimal_id(value: float) -> str:
    """97.36 -> '97,36', 100.0 -> '100' (Indonesian decimal comma)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def rupiah(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def digit_damage_kinds(text: str) -> list[str]:
    """The OCR confusions `apply_digit_damage` can make in this printed number."""
    return [k for k, ok in (("O", "0" in text), ("l", "1" in text), ("S", "5" in text),
                            ("split", text.count(".") >= 2), ("96", text.endswith("%"))) if ok]


def apply_digit_damage(text: str, kind: str, rng: random.Random) -> str:
    """One OCR confusion of the given kind: a letter for a digit, a split digit group, `%` read as `96`."""
    if kind == "96":
        return text[:-1].rstrip() + "96"
    if kind == "split":
        cut = text.rindex(".") + 3
        return text[:cut] + " " + text[cut:]
    source = {"O": "0", "l": "1", "S": "5"}[kind]
    spots = [i for i, ch in enumerate(text) if ch == source]
    i = rng.choice(spots)
    return text[:i] + kind + text[i + 1:]


def damage_digits(text: str, rng: random.Random) -> str:
    """One OCR confusion inside a printed number."""
    kinds = digit_damage_kinds(text)
    if not kinds:
        return text
    return apply_digit_damage(text, rng.choice(kinds), rng)


def printed(value: dict, rng: random.Random, rate: float) -> dict:
    """The value object with its raw text, damaged with probability `rate`."""
    raw = value["raw"]
    if rng.random() < rate:
        raw = raw.translate(CYRILLIC) if value.get("text") else damage_digits(raw, rng)
    return {**value, "raw": raw}


def measure(unit: str, rng: random.Random) -> tuple[dict, dict, dict | None]:
    """A target, its realisation and the printed capaian (None for grades)."""
    if unit == "grade":
        target, real = rng.choice(GRADES[:3]), rng.choice(GRADES)
        return ({"raw": target, "value": None, "text": target, "unit": "grade"},
                {"raw": real, "value": None, "text": real, "unit": "grade"}, None)
    if unit == "%":
        target = rng.choice((100.0, 95.0, 90.0, 85.0, 80.0, 77.5, 75.0, 70.0))
        real = round(target * rng.uniform(0.6, 1.15), rng.choice((0, 1, 2)))
        fmt = lambda v: decimal_id(v) + "%"  # noqa: E731
    else:
        target = float(rng.randint(2, 24))
        real = float(max(1, int(target) + rng.randint(-3, 2)))
        fmt = lambda v: f"{decimal_id(v)} {unit.capitalize()}"  # noqa: E731
    achievement = round(real / target * 100, 2)
    return ({"raw": fmt(target), "value": target, "unit": unit},
            {"raw": fmt(real), "value": real, "unit": unit},
            {"raw": decimal_id(achievement) + "%", "value": achievement, "unit": "%"})


# --- table layouts --------------------------------------------------------------------------------

def render(layout: str, header: list[str], rows: list[list[str]], widths: list[int]) -> list[list[str]]:
    """Lines per row (the header first) of a table in one layout."""
    if layout == "tabs":
        return [["\t".join(header)]] + [["\t".join(r)] for r in rows]
    if layout == "pipes":
        rule = "|" + "|".join("-" * 5 for _ in header) + "|"
        return [["| " + " | ".join(header) + " |", rule]] + [["| " + " | ".join(r) + " |"] for r in rows]
    if layout == "spaces":
        def line(cells: list[str]) -> str:
            return " " + "".join(c.ljust(w) + "   " for c, w in zip(cells, widths)).rstrip()
        return [[line(header)]] + [[line(r)] for r in rows]
    return [list(header)] + [[c for c in r if c] for r in rows]  # flat: one cell per line, blanks dropped


def add_table(report: Report, layout: str, caption: str, header: list[str], rows: list[list[str]]) -> list[int]:
    """Add a captioned table; return the line number where each row's values stand."""
    widths = [max(len(c) for c in col) for col in zip(header, *rows)]
    report.add("", caption, "")
    starts = []
    for i, lines in enumerate(render(layout, header, rows, widths)):
        first = report.add(*lines)
        if i:  # values start at the third cell (after No/Kode and the name)
            starts.append(first + sum(1 for c in rows[i - 1][:2] if c) if layout == "flat" else first)
    report.add("")
    return starts


# --- one report -----------------------------------------------------------------------------------

def cover(report: Report, office: Office, year: int, rng: random.Random) -> None:
    body = office.agency.replace("KPU ", "", 1) if office.agency.startswith("KPU ") else office.agency
    if office.agency.startswith("KPU "):
        report.add("", "", "KOMISI PEMILIHAN UMUM", body.upper(), "", "",
                   f"Laporan Kinerja {office.agency}", "", f"Tahun {year}", "", "")
    else:
        report.add("", "LAPORAN KINERJA INSTANSI PEMERINTAH", office.agency.upper(), f"TAHUN {year}", "", "")
    report.add("KATA PENGANTAR", "",
               f"Puji syukur kami panjatkan, Laporan Kinerja {office.agency} Tahun {year} telah disusun. {PROSE}", "",
               f"{office.town}, {rng.choice(MONTHS)} {year + 1}", f"Kepala {office.agency}" if "KPU" not in office.agency
               else f"Ketua {office.agency}", "", "")


def performance(report: Report, office: Office, year: int, indicators: list[Indicator],
                rng: random.Random, rate: float) -> None:
    chosen = rng.sample(indicators, rng.randint(3, 7))
    values = [(ind, *measure(ind.unit, rng)) for ind in chosen]
    values = [(ind, printed(t, rng, rate), printed(r, rng, rate), a and printed(a, rng, rate))
              for ind, t, r, a in values]
    targets, realisations = [], []
    layout = rng.choice(LAYOUTS)
    rows = [[str(i), ind.name, t["raw"]] for i, (ind, t, _, _) in enumerate(values, start=1)]
    lines = add_table(report, layout, f"Tabel 2.1 Perjanjian Kinerja Tahun {year}",
                      ["No", "Indikator Kinerja", "Target"], rows)
    for line, (ind, t, _, _) in zip(lines, values):
        targets.append({"indicator": ind.name, "target": t, "line": line})
    report.add("BAB III", "AKUNTABILITAS KINERJA", "", PROSE)
    layout = rng.choice(LAYOUTS + ("sentences",))
    if layout == "sentences":
        lines = []
        for ind, t, r, a in values:
            capaian = f", capaian {a['raw']}" if a else ""
            lines.append(report.add("", f"Pada tahun {year}, indikator {ind.name} dengan target {t['raw']}, "
                                        f"terealisasi {r['raw']}{capaian}."))
        report.add("")
    else:
        rows = [[str(i), ind.name, t["raw"], r["raw"], a["raw"] if a else "-"]
                for i, (ind, t, r, a) in enumerate(values, start=1)]
        lines = add_table(report, layout, f"Tabel 3.1 Pengukuran Kinerja Tahun {year}",
                          ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"], rows)
    for line, (ind, t, r, a) in zip(lines, values):
        realisations.append({"indicator": ind.name, "target": t, "realisation": r, "achievement": a, "line": line})
    report.truth["targets"], report.truth["realisations"] = targets, realisations


def budget(report: Report, year: int, programs: list[tuple[str, str]], rng: random.Random, rate: float) -> None:
    chosen = rng.sample(programs, rng.randint(2, 3))
    records, rows = [], []
    for code, name in chosen:
        allocation = rng.randint(200, 20_000) * 1_000_000 + rng.randint(0, 999) * 1000
        realisation = int(allocation * rng.uniform(0.7, 0.995))
        percent = round(realisation / allocation * 100, 2)
        alloc_raw, real_raw = (printed({"raw": rupiah(v)}, rng, rate)["raw"] for v in (allocation, realisation))
        pct_raw = printed({"raw": decimal_id(percent) + "%"}, rng, rate)["raw"]
        rows.append([code, name, alloc_raw, real_raw, pct_raw])
        records.append({"code": code, "name": name, "level": "program", "year": None, "allocation": allocation,
                        "realisation": realisation, "percent": percent})
    total_a, total_r = sum(r["allocation"] for r in records), sum(r["realisation"] for r in records)
    total_p = round(total_r / total_a * 100, 2)
    rows.append(["", "Jumlah", rupiah(total_a), rupiah(total_r), decimal_id(total_p) + "%"])
    records.append({"code": None, "name": "Jumlah", "level": "total", "year": None, "allocation": total_a,
                    "realisation": total_r, "percent": total_p})
    layout = rng.choice(LAYOUTS)
    lines = add_table(report, layout, f"Tabel 3.5 Realisasi Anggaran Tahun {year}",
                      ["Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"], rows)
    for line, row, record in zip(lines, rows, records):
        record["raw"] = " | ".join(row[2:])
        record["line"] = line
    report.truth["budgets"] = records
    report.truth["budget_total"] = {"allocation": total_a, "realisation": total_r, "percent": total_p}


def make_report(rng: random.Random, office: Office, indicators: list[Indicator],
                programs: list[tuple[str, str]], rate: float) -> Report:
    year = rng.randint(2019, 2024)
    report = Report()
    report.truth["document"] = {"agency": office.agency, "region": office.region, "province": office.province,
                                "level": office.level, "year": year}
    cover(report, office, year, rng)
    report.add("BAB I", "PENDAHULUAN", "", PROSE, "", "BAB II", "PERENCANAAN KINERJA")
    performance(report, office, year, indicators, rng, rate)
    budget(report, year, programs, rng, rate)
    report.add("BAB IV", "PENUTUP", "", PROSE, "")
    return report


def generate(count: int, out: Path, seed: int = 0, damage: float = 0.0) -> list[Path]:
    """Write `count` reports and their truth under `out`; return the report paths."""
    rng = random.Random(seed)
    offices, indicators, programs = load_offices(), load_indicators(), load_programs()
    (out / "gold").mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        office = rng.choice(offices)
        report = make_report(rng, office, indicators, programs, damage)
        stem = f"{i:06d}_{re.sub(r'[^a-z0-9]+', '_', office.agency.lower()).strip('_')}"
        path = out / f"{stem}.txt"
        path.write_text("\n".join(report.lines) + "\n", encoding="utf-8")
        truth = {"source": path.name, **report.truth}
        (out / "gold" / f"{stem}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True, help="how many reports")
    parser.add_argument("--out", type=Path, required=True, help="folder for the reports (truth goes to OUT/gold)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--damage", type=float, default=0.0, help="chance that OCR damages a printed value (0..1)")
    args = parser.parse_args(argv)
    if args.count < 0 or not 0.0 <= args.damage <= 1.0:
        parser.error("--count must be >= 0 and --damage within 0..1")
    paths = generate(args.count, args.out, args.seed, args.damage)
    print(f"wrote {len(paths)} reports and their truth to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
