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
