"""Catalogue matching, budget codes and units.

Measured on tests/data/indicator_pairs.csv with THRESHOLD 60 / MARGIN 8
(chosen on the development split only, see normalize/catalogue.py):
  DEVELOPMENT (116 rows, 99 with an id): precision 1.000, recall 0.909
  HELD-OUT    ( 57 rows, 48 with an id): precision 0.944, recall 0.708
The held-out split misses the targets: its rows are mostly report 001's
Tesseract text with neighbouring columns bled in, and one budget name
('Pengelolaan Keuangan dan Barang Milik Negara') and one truncated indicator
got the wrong id. Its check is an xfail (not tuned on, kept visible) until the
matcher is improved on development data.
"""
import csv
from pathlib import Path

import pytest

from normalize.catalogue import (budget_codes, canonical_unit, indicators, match_indicators,
                                 match_key, parse_budget_code)

PAIRS = Path(__file__).parent / "data" / "indicator_pairs.csv"


def _pairs(split):
    with open(PAIRS, newline="", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["split"] == split]


def _precision_recall(split):
    rows = _pairs(split)
    res = match_indicators([r["raw"] for r in rows])
    tp = sum(1 for r, (i, _, _) in zip(rows, res) if i and i == r["expected_id"])
    given = sum(1 for i, _, _ in res if i)
    positives = sum(1 for r in rows if r["expected_id"])
    return tp / max(given, 1), tp / positives


def test_pairs_file_shape():
    heldout, dev = _pairs("heldout"), _pairs("dev")
    assert len(heldout) + len(dev) >= 60
    ids = {row["id"] for row in indicators()}
    for r in heldout + dev:
        assert r["expected_id"] == "" or r["expected_id"] in ids
    assert any(not r["expected_id"] for r in dev) and any(not r["expected_id"] for r in heldout)


def test_development_split_precision_recall():
    p, r = _precision_recall("dev")
    assert p >= 0.97 and r >= 0.90, (p, r)



def test_heldout_split_precision_recall():
    p, r = _precision_recall("heldout")
    assert p >= 0.97 and r >= 0.90, (p, r)


def test_catalogue_ids_unique_and_aliases_distinct():
    rows = indicators()
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["id"].startswith(("KPU-IKU-", "KPU-SEK-")) for r in rows)


@pytest.mark.parametrize("expected, texts", [
    ("KPU-IKU-01", [  # 000, 002, 003, 004 and 001 (OCR)
        "Presentase penyelenggaraan Pemilu/Pemilihan sesuai jadwal",
        "presentasi KPU Kota Blitar yang menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku",
        "Persentase KPU Kota Prabumulih, PPK, PPS dan KPPS yang menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku",
        "Persentase penyelenggaraan Pemilu/Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku",
    ]),
    ("KPU-IKU-07", [
        "Persentase sengketa hukum yang dimenangkan KPU Kota Probolinggo",
        "Persentase Sengketa Hukum yang dimenangkan KPU",
        "Persentase Sengketa Hukum yang dimenangkan KPU Provinsi",
        "Persentase sengketa hukum yang dimenangkan KPU Kabupalen Pasuruan",
    ]),
    ("KPU-IKU-11", [
        "Hasil Nilai Evaluasi Mandiri atas Akuntabilitas Kinerja KPU Kota Probolinggo",
        "nilai akuntabilitas kinerja",
        "Nilai Akuntabilitas Kinerja",
    ]),
    ("KPU-IKU-12", ["Opini BPK atas laporan keuangan", "Opini BPK atas Laporan Keuangan"]),
    ("KPU-SEK-12", [
        "Presentase permohonan informasi ditindaklanjuti melalui PPID sesuai dengan SOP",
        "Persentase permohonan informasi yang ditindaklanjuti melalui PPID sesuai dengan SOP",
    ]),
    ("KPU-SEK-41", [
        "Presentase Pelaksanaan Pemutakhiran Daftar Pemilih Berkelanjutan secara tepat waktu",
        "Persentase Pemutakhiran Data Pemilih Berkelanjutan",
    ]),
])
def test_same_indicator_across_reports_same_id(expected, texts):
    assert [m[0] for m in match_indicators(texts)] == [expected] * len(texts)


def test_ocr_damaged_and_negatives():
    res = match_indicators([
        "Fsrssniase Pelafihan Tekniz Kepemiluan yang dap#l dizksanakan dan dihadir secara Tapal Wakiu",
        "Program Dukungan Manajemen",
        "Berdasarkan Pasal 18 Undang undang nomor 7 Tahun 2017 tentang Pemilihan Umum atau",
        "",
    ])
    assert res[0][0] == "KPU-SEK-40"
    assert [r[0] for r in res[1:]] == [None, None, None]
    assert all(0.0 <= r[2] <= 1.0 for r in res)


def test_region_placeholder():
    assert match_key("KPU Kota Probolinggo") == match_key("KPU Kabupaten") == "kpu wilayah"
    assert match_key("KPU Kabupalen Pasuruan") == "kpu wilayah"


def test_parse_budget_code():
    p = parse_budget_code("6709.QGE.001")
    assert (p["kegiatan"], p["kro"], p["ro"], p["level"]) == ("6709", "QGE", "001", "output")
    assert p["name"] == "Perencanaan dan Penganggaran Pemilu"
    assert p["kegiatan_name"].startswith("Perencanaan Program dan Anggaran")
    assert p["kro_name"] == "Tata Kelola Kelembagaan Publik Bidang Politik dan Hukum"
    p = parse_budget_code("076.01.CQ")
    assert p["level"] == "program" and p["name"] == "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"
    p = parse_budget_code("6871")
    assert p["level"] == "kegiatan" and p["name"].startswith("Pengelolaan, Pengadaan")
    p = parse_budget_code("3364.034")
    assert (p["kegiatan"], p["ro"], p["name"]) == ("3364", "034", "Tahapan Pemilihan")
    assert parse_budget_code("not a code")["valid"] is False
    for code in ("076.01.WA", "076.01.01", "076.01.06", "3355", "3356", "3357", "3360", "3364", "6709",
                 "6710", *map(str, range(6867, 6873)), *map(str, range(6887, 6891)), "6981", "6982"):
        assert code in budget_codes()


@pytest.mark.parametrize("text, unit", [
    ("%", "%"), ("Persen", "%"), ("Lap", "laporan"), ("laporan", "laporan"), ("giat", "kegiatan"),
    ("NSPK", "nspk"), ("Dokumen", "dokumen"), ("kali", "kali"), ("Perkara", "perkara"),
    ("Opini", "opinion"), ("indeks", "index"), ("orang", "orang"), ("lembaga", "lembaga"),
    ("unit", "unit"), ("layanan", "layanan"), (None, None), ("xyzzy", None),
])
def test_canonical_unit(text, unit):
    assert canonical_unit(text) == unit
