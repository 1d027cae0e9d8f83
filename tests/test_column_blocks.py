"""Budget tables flattened one column block at a time (001's OCR), aligned by arithmetic."""
from __future__ import annotations

from extract.column_blocks import find_column_blocks
from extract.model import Line

# From 001 lines 2632-2776 (names, then pagu, realisasi and % blocks), shortened; OCR damage kept.
BLOCK = """Masa Kampanye Pemilu
Persiapan Kampanye Pemilu
Pengelolaan Kampanye Pemilu
Evaluasi dan Laporan Kegiatan
Penyiapan dan Pengelolaan Logistik Pemilu
Pengelolaan Pengadaan Barang dan Jasa

T6.232.000
24 451 500
50.761.000
1.020.000
3 398 463.000
2.955.002.000

54092179
13.681 859
39.454 250
356,000
3258 157,849
2.313.578 467

70.96 %
5596 %
T i3 %
8373 %
95,67 %
7829 %
"""


def block_rows(text: str):
    return find_column_blocks([Line(number=i, page=1, text=t) for i, t in enumerate(text.split("\n"), start=1)])


def test_blocks_pair_pagu_realisasi_and_percent_by_arithmetic():
    rows = block_rows(BLOCK)
    assert len(rows) == 6
    first = rows[0]
    assert first.allocation.value == 76_232_000 and first.realisation.value == 54_092_179
    assert first.percent.value == 70.96
    assert rows[4].allocation.value == 3_398_463_000 and rows[4].realisation.value == 3_258_157_849
    assert [r.source.line for r in rows] == [8, 9, 10, 11, 12, 13]


def test_blocks_that_do_not_add_up_are_not_read():
    # The same shape, but % values that no pagu/realisasi pairing explains: no rows, no guesses.
    scrambled = BLOCK.replace("70.96 %", "12.00 %").replace("5596 %", "13.00 %").replace(
        "95,67 %", "14.00 %").replace("7829 %", "15.00 %").replace("8373 %", "16.00 %")
    assert block_rows(scrambled) == []


SCALED_BLOCK = """Tabel 3.6 Realisasi Anggaran per Kegiatan Tahun 2022
(dalam ribuan rupiah)
Pemeliharaan Data Pemilih Berkelanjutan
Pengadaan Perlengkapan Kantor
Penyuluhan Pemilih Pemula
Pengelolaan Arsip dan Dokumentasi

912.400
305.100
86.000
1.240.300

900.112
298.947
80.840
1.220.456

98,65 %
97,98 %
94,00 %
98,40 %
"""


def test_blocks_under_a_caption_in_thousands_are_read_in_whole_rupiah_and_say_why():
    rows = block_rows(SCALED_BLOCK)
    assert [(r.allocation.value, r.realisation.value, r.percent.value) for r in rows] == [
        (912_400_000, 900_112_000, 98.65), (305_100_000, 298_947_000, 97.98),
        (86_000_000, 80_840_000, 94.00), (1_240_300_000, 1_220_456_000, 98.40)]
    repair = rows[0].allocation.repairs[-1]
    assert (repair.rule, repair.before) == ("amount_scale", "912.400") and "ribuan" in repair.evidence
    unscaled = block_rows(SCALED_BLOCK.replace("(dalam ribuan rupiah)\n", ""))
    assert [r.allocation.value for r in unscaled] == [912_400, 305_100, 86_000, 1_240_300]


# A block whose % column lost its first values (OCR) and whose last two rows are damaged (a pagu digit, a
# glyph before the TOTAL): the pagu block still ends where the realisasi block starts, and every pagu is a row.
LOST_PERCENTS = """Pengadaan Sarana Kantor
Pemeliharaan Gedung
Layanan Umum
Rapat Koordinasi
Layanan Data
Bimbingan Teknis
Layanan Arsip
TOTAL

120.000.000
45.500.000
80.250.000
15.000.000
9.800.000
64.300.000
5.310.000
€40.260.000

118.450.000
44.120.000
79.990.500
14.250.000
9.310.000
60.120.750
5.327.000
32.572.250

95,00 %
95,00 %
93,50 %
891.69%
60.90 %
"""


def test_a_block_whose_percents_lost_their_first_values_keeps_its_last_rows():
    rows = block_rows(LOST_PERCENTS)
    assert [r.allocation.value for r in rows][-2:] == [5_310_000, 40_260_000]
    assert [(r.realisation.value, r.percent.raw) for r in rows[-2:]] == [(5_327_000, "891.69%"), (32_572_250, "60.90 %")]
    assert rows[3].realisation.value == 14_250_000 and rows[3].percent.value == 95.00


def test_a_realisasi_block_short_of_its_last_value_keeps_every_pagu_a_row():
    # The realisasi of the last row was lost: its pagu is still that row's, not a realisasi of no row.
    pagu = ["120.000.000", "45.500.000", "80.250.000", "15.000.000", "9.800.000", "64.300.000"]
    real = ["118.450.000", "44.120.000", "79.990.500", "14.250.000", "9.310.000"]
    pct = ["98,71 %", "96,97 %", "99,68 %", "95,00 %", "95,00 %", "93,50 %"]
    names = [f"Layanan {c}" for c in "ABCDEF"]
    rows = block_rows("\n".join(names + [""] + pagu + [""] + real + [""] + pct) + "\n")
    assert [(r.allocation.value, r.realisation.value if r.realisation else None) for r in rows] == [
        (120_000_000, 118_450_000), (45_500_000, 44_120_000), (80_250_000, 79_990_500), (15_000_000, 14_250_000),
        (9_800_000, 9_310_000), (64_300_000, None)]


def test_a_table_row_on_a_column_block_cell_line_is_dropped():
    # a kegiatan and its only output print the same amounts: the realisasi block holds two equal lines in turn,
    # which a row-wise reader pairs into a row of its own; the blocks already read both cells
    from extract.column_blocks import without_block_cells
    from extract.records import BudgetRow, Source
    block = [BudgetRow(source=Source(line=40 + i, page=3, raw="", table="column blocks", ocr=False),
                       cell_lines=(40 + i, 46 + i, 52 + i)) for i in range(5)]
    stray = BudgetRow(source=Source(line=49, page=3, raw="2.450.800.000 | 2.450.800.000", table="Tabel 3.3", ocr=False))
    elsewhere = BudgetRow(source=Source(line=90, page=4, raw="", table="Tabel 3.4", ocr=False))
    kept = without_block_cells(block + [stray, elsewhere])
    assert kept == block + [elsewhere]
    # no column blocks in the document: every row stays
    assert without_block_cells([stray, elsewhere]) == [stray, elsewhere]
