"""The canonical catalogue: one id per indicator, budget code and unit.

The catalogue is plain CSV under `data/` (a user can read and extend it):

- `indicators.csv` (`id,name,unit,sasaran,aliases`): `KPU-IKU-nn` are the
  commission-level indicators (KPU Renstra 2020-2024 IKU and the older
  2015-2019 wordings still printed), `KPU-SEK-nn` the secretariat's
  (Perjanjian Kinerja Sekretariat, RKT, Rencana Aksi). Ids are stable: new
  indicators are appended, never renumbered. Aliases (separated by ` | `) are
  spellings printed in a report or quoted in a gold file, typos included.
- `units.csv` (`unit,spellings,note`), `budget_codes.csv`
  (`code,level,name,aliases,source`), `word_variants.csv` (spelling variants
  unified before matching), `report_words.csv` (header wording, vocabulary
  for OCR word repair).

Matching (`match_indicators`, `match_key`) lives in
`normalize/indicator_match.py`; its thresholds and how they were chosen are
described there and in the README.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from normalize.indicator_match import match_indicators, match_key, match_with_closest  # noqa: F401  (the catalogue's API)
from normalize.indicators import key

__all__ = ["budget_codes", "canonical_unit", "covers_agency", "indicators", "match_indicators", "match_key", "match_with_closest",
           "parse_budget_code",
           "report_words", "units"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# The offices whose indicators the catalogue holds: the election commission (KPU; KIP in Aceh) and its
# secretariats. Another office's 'Nilai SAKIP' or 'Opini BPK atas LKPD' is its own indicator, not KPU-IKU-11/12.
CATALOGUE_AGENCY_RE = re.compile(r"\b(KPU|KIP|Komisi\s+(Pemilihan\s+Umum|Independen\s+Pemilihan))\b", re.I)


def covers_agency(agency: str | None) -> bool:
    """Whether a report's indicators may be matched to the catalogue: a KPU office, or an office not known."""
    return agency is None or not agency.strip() or CATALOGUE_AGENCY_RE.search(agency) is not None


# ------------------------------------------------------------------ loading

@cache
def indicators() -> list[dict]:
    with open(DATA_DIR / "indicators.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["aliases"] = [a.strip() for a in row["aliases"].split(" | ") if a.strip()]
    return rows


@cache
def units() -> dict[str, str]:
    """Spelling (lower case) -> unit."""
    out: dict[str, str] = {}
    with open(DATA_DIR / "units.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[row["unit"].lower()] = row["unit"]
            for s in row["spellings"].split(" | "):
                if s.strip():
                    out.setdefault(s.strip().lower(), row["unit"])
    return out


@cache
def report_words() -> list[str]:
    """Header and formula wording printed around indicator cells (vocabulary for OCR words)."""
    with open(DATA_DIR / "report_words.csv", newline="", encoding="utf-8") as fh:
        return [row["text"] for row in csv.DictReader(fh)]


@cache
def budget_codes() -> dict[str, dict]:
    with open(DATA_DIR / "budget_codes.csv", newline="", encoding="utf-8") as fh:
        return {row["code"]: row for row in csv.DictReader(fh)}


# ------------------------------------------------------------------ budget codes and units

CODE_RE = re.compile(r"^\s*(?:(\d{3}\.\d{2}\.[A-Z0-9]{2})\s*$|(\d{4})(?:\.([A-Z]{3}|\d{3}))?(?:\.(\d{3}))?\s*$)")


def parse_budget_code(code: str) -> dict:
    """Split a budget code into program / kegiatan / kro / ro parts, with catalogue names.

    '6709.QGE.001' -> kegiatan 6709, kro QGE, ro 001; '3364.034' (older
    structure) -> kegiatan 3364, ro 034; '076.01.CQ' -> program.
    """
    cat = budget_codes()
    text = (code or "").strip().upper().replace(" ", "")
    out = {"code": text, "level": None, "program": None, "kegiatan": None, "kro": None,
           "ro": None, "name": None, "kegiatan_name": None, "kro_name": None, "valid": False}
    m = CODE_RE.match(text)
    if not m:
        return out
    out["valid"] = True
    if m.group(1):
        out.update(level="program", program=m.group(1))
    else:
        keg, mid, ro = m.group(2), m.group(3), m.group(4)
        out["kegiatan"] = keg
        if mid and mid.isdigit():  # kegiatan.output (older structure)
            ro, mid = mid, None
        out["kro"], out["ro"] = mid, ro
        out["level"] = "output" if ro else ("kro" if mid else "kegiatan")
        out["kegiatan_name"] = (cat.get(keg) or {}).get("name") or None
        out["kro_name"] = (cat.get(mid) or {}).get("name") or None if mid else None
    entry = cat.get(text)
    if entry is None and out["level"] == "kegiatan":
        entry = cat.get(out["kegiatan"])
    if entry is None and out["level"] == "kro":
        entry = cat.get(out["kro"])
    out["name"] = (entry or {}).get("name") or None
    return out


def canonical_unit(text: str | None) -> str | None:
    """'Lap' -> 'laporan', 'persen' -> '%', 'giat' -> 'kegiatan'; None when unknown."""
    if not text:
        return None
    t = key(text) if text.strip() != "%" else "%"
    table = units()
    if t in table:
        return table[t]
    first = t.split()[0] if t.split() else ""
    return table.get(first)
