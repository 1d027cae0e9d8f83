"""A results table with sub-rows that a web export ran onto one line in column order."""
from __future__ import annotations

from extract.long_lines import cut_table, split_lettered_rows, unfold_column_major
from tests.table_text import table_records

HEADER = "No Sasaran Indikator Target Realisasi Capaian %"


def measures(text: str, year: int | None = None):
    return table_records(text, year)[0]


def page() -> str:
    return ("Capaian tiap indikator kinerja tersebut disajikan dalam tabel berikut ini. Tabel 2. Capaian Kinerja "
            + HEADER + " 1. Meningkatnya Mutu Layanan Perizinan. "
            "a. Persentase izin yang terbit tepat waktu 1. Usaha 2. Bangunan 3. Reklame "
            "90% 90% 80% 81% 94,5% 84% 90% 105% 105% "
            "b. Persentase pengaduan yang dijawab : Daring Loket 70% 60% 77% 48% 110% 80% "
            "c. Indeks kepuasan pemohon izin 82 84,05 102,5% "
            "Sumber: Kantor Pelayanan Terpadu Kota Danau Hijau")


def test_sub_rows_printed_column_by_column_in_one_long_line_take_the_ith_value_of_each_run():
    text = "LAPORAN KINERJA KANTOR PELAYANAN TERPADU KOTA DANAU HIJAU TAHUN 2020\n" + page() + "\n"
    rows = measures(text, 2020)
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw, r.achievement.raw) for r in rows] == [
        ("Persentase izin yang terbit tepat waktu Usaha", "90%", "81%", "90%"),
        ("Persentase izin yang terbit tepat waktu Bangunan", "90%", "94,5%", "105%"),
        ("Persentase izin yang terbit tepat waktu Reklame", "80%", "84%", "105%"),
        ("Persentase pengaduan yang dijawab Daring", "70%", "77%", "110%"),
        ("Persentase pengaduan yang dijawab Loket", "60%", "48%", "80%"),
        ("Indeks kepuasan pemohon izin", "82", "84,05", "102,5%")]


def test_the_header_opens_at_its_bare_indikator_word_not_at_prose_naming_indikator_kinerja():
    header, rows, title = cut_table(page())
    assert header == HEADER
    assert title == "Tabel 2. Capaian Kinerja"


def test_lettered_indicators_under_a_numbered_sasaran_are_cut_apart_in_turn():
    row = "1. Terwujudnya Arsip Tertib. a. Jumlah arsip dipindai 500 620 124% b. Nilai tata arsip 70 77 110%"
    assert split_lettered_rows(row) == [
        "1. Terwujudnya Arsip Tertib.", "a. Jumlah arsip dipindai 500 620 124%", "b. Nilai tata arsip 70 77 110%"]
    # one letter alone is as likely a word of a name
    assert split_lettered_rows("1. Program a. Persentase X 50% 55% 110%") == ["1. Program a. Persentase X 50% 55% 110%"]


def test_column_order_is_read_only_when_the_arithmetic_proves_it():
    # printed row by row: each run of three is a target, realisasi and capaian, so the text stays as it is
    row = "a. Persentase berkas lengkap 1. Baru 2. Ulang 80% 88% 110% 60% 66% 110%"
    assert unfold_column_major(row, HEADER) == [row]
    # column order, but the capaian prove no sub-row: left unread rather than guessed
    row = "a. Persentase berkas lengkap 1. Baru 2. Ulang 80% 60% 70% 50% 99% 99%"
    assert unfold_column_major(row, HEADER) == [row]
    # values not k x n: no reading
    row = "a. Persentase berkas lengkap 1. Baru 2. Ulang 80% 60% 88% 66% 110%"
    assert unfold_column_major(row, HEADER) == [row]
    # proved: 88 / 80 and 66 / 60 are 110
    row = "a. Persentase berkas lengkap 1. Baru 2. Ulang 80% 60% 88% 66% 110% 110%"
    assert unfold_column_major(row, HEADER) == [
        "a. Persentase berkas lengkap Baru 80% 88% 110%", "a. Persentase berkas lengkap Ulang 60% 66% 110%"]


def test_a_negative_realisasi_counts_among_a_rows_closing_values():
    # a decline printed as a negative realisasi and capaian: -5 / 20 x 100 is -25
    row = "c. Persentase penurunan tunggakan 1. Kota 2. Desa 20% 25% -5% 25% -25% 100%"
    assert unfold_column_major(row, HEADER) == [
        "c. Persentase penurunan tunggakan Kota 20% -5% -25%", "c. Persentase penurunan tunggakan Desa 25% 25% 100%"]


def test_a_long_line_tables_rows_carried_on_to_the_next_line_are_read_with_it():
    # A web export wrapped the table: rows 1-2 on the header's line, rows 3-4 and the source note on the next.
    text = ("LAPORAN KINERJA DINAS ARSIP KOTA TELUK BIRU TAHUN 2022\n"
            "Tabel 3.1 Capaian Kinerja Tahun 2022 No Indikator Kinerja Target Realisasi Capaian "
            "1 Persentase arsip vital yang terselamatkan 90% 92% 102,22% "
            "2 Persentase perangkat daerah yang menata arsip aktif 75% 60% 80%\n"
            "3 Jumlah kunjungan layanan arsip statis 400 orang 452 orang 113% "
            "4 Nilai pengawasan kearsipan internal 70 71,5 102,14% Sumber: Bidang Kearsipan\n")
    rows = measures(text, 2022)
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw, r.source.line) for r in rows] == [
        ("Persentase arsip vital yang terselamatkan", "90%", "92%", 2),
        ("Persentase perangkat daerah yang menata arsip aktif", "75%", "60%", 2),
        ("Jumlah kunjungan layanan arsip statis", "400 orang", "452 orang", 3),
        ("Nilai pengawasan kearsipan internal", "70", "71,5", 3)]
