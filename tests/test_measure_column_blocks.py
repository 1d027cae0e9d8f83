"""Measure tables whose text came out one cell per line: names above the header, cells below it."""
from __future__ import annotations

from extract.doc_text import DocText
from extract.measure_column_blocks import find_measure_column_blocks
from extract.model import Line, LocatedText
from pipeline import extract_document


def lines_of(text: str) -> list[Line]:
    return [Line(n, 1, t) for n, t in enumerate(text.splitlines(), start=1)]


def read(text: str, taken: set[int] | None = None):
    lines = lines_of(text)
    return find_measure_column_blocks(lines, DocText(lines), taken or set())


def values(rows) -> list[tuple[float, float, float]]:
    return [(r.target.value, r.realisation.value, r.achievement.value) for r in rows]


# four names numbered and run together, the Sasaran cell's words between them; a row's cells in turn,
# the last two rows side by side (a line of targets, one of results, one of capaian); a page footer under it
RUN_TOGETHER = """Tabel 3.1 Capaian sasaran tahun ini :
NO
SASARAN
INDIKATOR
1. Persentase surat masuk yang Meningkatnya dicatat hari itu 2. Jumlah layanan mutu keliling desa layanan
3. Persentase keluhan yang dijawab 4. Jumlah rapat yang dicatat
TARGET
REALISASI
%
90 %
81 %
90
40
50
125
80% 60 %
72% 60%
90 100
Laporan Kinerja Kantor Contoh Tahun 2020
12
2.
Tertibnya
arsip kantor
"""

# names one per line, then every target, every result, every capaian
BY_COLUMN = """Hasil pengukuran kinerja:
Persentase arsip yang tertata
Jumlah pegawai yang dilatih
Target
Realisasi
Capaian
80
20
60
25
75
125
"""


def test_run_together_names_pair_with_cells_their_capaian_proves():
    rows = read(RUN_TOGETHER)
    assert [r.indicator_raw.split()[:3] for r in rows] == [["Persentase", "surat", "masuk"],
                                                          ["Jumlah", "layanan", "mutu"],
                                                          ["Persentase", "keluhan", "yang"],
                                                          ["Jumlah", "rapat", "yang"]]
    assert values(rows) == [(90, 81, 90), (40, 50, 125), (80, 72, 90), (60, 60, 100)]
    assert [r.source.line for r in rows] == [10, 13, 16, 16]


def test_names_one_per_line_and_a_column_per_block():
    rows = read(BY_COLUMN)
    assert [r.indicator_raw for r in rows] == ["Persentase arsip yang tertata", "Jumlah pegawai yang dilatih"]
    assert values(rows) == [(80, 60, 75), (20, 25, 125)]


def test_no_pairing_when_the_names_are_not_as_many_as_the_rows():
    assert read(BY_COLUMN.replace("Jumlah pegawai yang dilatih\n",
                                  "Jumlah pegawai yang dilatih\nNilai kepuasan tamu\n")) == []


def test_no_pairing_when_the_capaian_does_not_prove_the_cells():
    assert read(BY_COLUMN.replace("\n125\n", "\n140\n")) == []


def test_no_pairing_when_two_readings_are_both_proven():
    # in turn: (50, 50, 100), (100, 200, 200); by column: (50, 100, 200) twice
    text = "Persentase satu\nPersentase dua\nTarget\nRealisasi\nCapaian\n50\n50\n100\n100\n200\n200\n"
    assert read(text) == []


def test_lines_another_reader_took_are_left_alone():
    assert read(BY_COLUMN, taken={7}) == []


def test_the_pipeline_gives_them_as_realisations_and_no_row_from_the_footer():
    lines = lines_of(BY_COLUMN + "Laporan Kinerja Kantor Contoh Tahun 2020\n12\n")
    result = extract_document(LocatedText(source_path="x.txt", doc_id="x", lines=lines, pages=[1]))
    got = {(r["indicator_raw"], r["target_value"], r["realisation_value"]) for r in result.built.realisations}
    assert got == {("Persentase arsip yang tertata", 80.0, 60.0), ("Jumlah pegawai yang dilatih", 20.0, 25.0)}


def test_the_pipeline_reads_them_where_the_table_reader_gathered_nameless_rows():
    # (the header reader takes the cells for rows of its own, four values each and no name: they give no record,
    # so their lines are still this reader's)
    lines = lines_of(RUN_TOGETHER)
    result = extract_document(LocatedText(source_path="x.txt", doc_id="x", lines=lines, pages=[1]))
    got = [(r["target_value"], r["realisation_value"], r["achievement_value"]) for r in result.built.realisations]
    assert got == [(90, 81, 90), (40, 50, 125), (80, 72, 90), (60, 60, 100)]


def test_a_row_the_table_reader_made_elsewhere_leaves_the_other_lines_to_this_reader():
    # (the table reader reads a row from the page footer and the numbers under it: its lines are its own)
    text = RUN_TOGETHER.split("Tertibnya")[0]
    lines = lines_of(text)
    result = extract_document(LocatedText(source_path="x.txt", doc_id="x", lines=lines, pages=[1]))
    got = [(r["target_value"], r["realisation_value"], r["achievement_value"]) for r in result.built.realisations]
    assert got[:4] == [(90, 81, 90), (40, 50, 125), (80, 72, 90), (60, 60, 100)]
