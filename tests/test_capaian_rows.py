"""Rows of capaian and target tables that state no single number: not yet measured, compound, run together.

Each would otherwise give no row, or a wrong value (the next row's number as
the realisasi, the last count of a compound target as the whole target).
"""
from __future__ import annotations

import re

import pytest

from extract.lines import analyse_line
from extract.model import Line, LocatedText
from extract.readers import lines_from_text
from tests.table_text import table_records


def measures(text: str, year: int | None = None):
    return table_records(text, year)[0]


def built(text: str):
    from pipeline import extract_document

    lines, pages = lines_from_text(text)
    return extract_document(LocatedText("laporan.txt", "d", lines, pages)).built


def raw(reading) -> tuple:
    return (reading.raw, reading.value) if reading is not None else None


def test_a_borderless_rows_na_and_dash_cells_give_a_result_without_a_value():
    text = ("LAPORAN KINERJA KPU KABUPATEN TANJUNG ASRI TAHUN 2021\n"
            "\n"
            "Tabel 3.1 Pengukuran Kinerja\n"
            "No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase pemilih muda yang menggunakan hak pilih 70% n/a n/a\n"
            "2 Persentase partisipasi pemilih disabilitas dalam pemilihan 90% - -\n"
            "3 Persentase surat keluar yang diarsipkan tepat waktu 95% 97% 102,11%\n")
    rows = {r["indicator_raw"]: r for r in built(text).realisations}
    young = rows["Persentase pemilih muda yang menggunakan hak pilih"]
    assert (young["target_value"], young["realisation_raw"], young["realisation_value"]) == (70.0, "n/a", None)
    assert young["achievement_value"] is None
    tps = rows["Persentase partisipasi pemilih disabilitas dalam pemilihan"]
    assert (tps["target_value"], tps["realisation_raw"], tps["realisation_value"]) == (90.0, "-", None)
    assert rows["Persentase surat keluar yang diarsipkan tepat waktu"]["realisation_value"] == 97.0


def test_one_dash_after_a_target_is_no_unfilled_realisasi():
    # under Target | Keterangan, the '-' is the remark's: the row is a target, not a result without value
    text = ("No Indikator Kinerja Target Keterangan\n"
            "1 Persentase laporan yang disusun tepat waktu 95% -\n")
    (row,) = measures(text)
    assert (row.target.value, row.realisation) == (95.0, None)


def test_a_bordered_row_with_blank_realisasi_and_capaian_cells_keeps_its_target():
    text = ("| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Nilai evaluasi akuntabilitas kinerja satker | A |  |  |\n"
            "| 2 | Persentase arsip aktif yang tertata | 80% | 85% | 106,25% |\n")
    first, second = measures(text)
    assert first.indicator_raw == "Nilai evaluasi akuntabilitas kinerja satker"
    assert first.target.text == "A" and first.realisation is not None and first.realisation.empty
    assert (second.target.value, second.realisation.value) == (80.0, 85.0)


def test_a_bordered_row_that_lost_a_cell_gets_no_blank_realisasi():
    # three cells under a five-column header: the row does not line up, so its blanks say nothing
    text = ("| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Nilai evaluasi akuntabilitas kinerja satker | A |\n")
    assert all(m.realisation is None for m in measures(text))


def test_the_next_rows_number_after_na_cells_is_no_realisasi():
    # a website's text export: each value line runs on into the next row's number and name
    text = ("Tabel 3.4 Capaian Indikator Kinerja\n"
            "\n"
            "No Indikator Kinerja Utama Satuan Target Realisasi Capaian Sasaran 1. Meningkatnya Mutu Layanan\n"
            "\n"
            "1 Persentase keluhan masyarakat\n"
            "\n"
            "yang diselesaikan % 65% n/a n/a 2 Persentase layanan informasi\n"
            "\n"
            "yang dijawab tepat waktu % 90% 93% 103,33% 3 Jumlah inovasi pelayanan\n"
            "\n"
            "yang diterapkan Inovasi 4 5 125%\n")
    rows = measures(text, 2020)
    assert [r.indicator_raw for r in rows] == ["Persentase keluhan masyarakat yang diselesaikan",
                                               "Persentase layanan informasi yang dijawab tepat waktu",
                                               "Jumlah inovasi pelayanan yang diterapkan"]  # 'Inovasi': Satuan
    assert [raw(r.target) for r in rows] == [("65%", 65.0), ("90%", 90.0), ("4", 4.0)]
    assert [raw(r.realisation) for r in rows] == [("n/a", None), ("93%", 93.0), ("5", 5.0)]


def test_a_compound_target_is_kept_as_printed_without_a_number():
    text = ("| No | Sasaran | Indikator Kinerja | Target |\n"
            "|---|---|---|---|\n"
            "| 1 | Tersusunnya dokumen kinerja | Jumlah dokumen kinerja yang disusun | 1 Renja dan 2 Laporan |\n"
            "| 2 | Tersusunnya laporan keuangan | Jumlah laporan keuangan | 4 Laporan, 1 Neraca |\n"
            "| 3 | Terkelolanya arsip | Jumlah arsip yang dialihmediakan | 250 Berkas |\n")
    rows = measures(text)
    assert [(r.indicator_raw, raw(r.target)) for r in rows] == [
        ("Jumlah dokumen kinerja yang disusun", ("1 Renja dan 2 Laporan", None)),
        ("Jumlah laporan keuangan", ("4 Laporan, 1 Neraca", None)),
        ("Jumlah arsip yang dialihmediakan", ("250 Berkas", 250.0))]


def test_a_compound_target_reaches_the_targets_table_with_its_raw_text():
    text = ("LAPORAN KINERJA KPU KOTA BATU PUTIH TAHUN 2023\n"
            "\n"
            "Tabel 2.1 Perjanjian Kinerja\n"
            "| No | Sasaran | Indikator Kinerja | Target |\n"
            "|---|---|---|---|\n"
            "| 1 | Tersusunnya dokumen kinerja | Jumlah dokumen kinerja yang disusun | 1 Renja dan 2 Laporan |\n"
            "| 2 | Terkelolanya arsip | Persentase arsip yang dikelola | 100% |\n")
    rows = {r["indicator_raw"]: r for r in built(text).targets}
    compound = rows["Jumlah dokumen kinerja yang disusun"]
    assert (compound["target_raw"], compound["target_value"], compound["target_text"]) == (
        "1 Renja dan 2 Laporan", None, None)
    assert rows["Persentase arsip yang dikelola"]["target_value"] == 100.0


def test_a_name_with_numbers_joined_by_dan_is_no_compound_value():
    view = analyse_line(Line(1, 1, "1\tTersusunnya 2 dokumen dan 3 laporan kinerja yang akuntabel dan tepat waktu\t100%"))
    assert [t.raw for t in view.values] == ["100%"]


def test_prose_under_a_markdown_table_is_no_part_of_its_last_row():
    text = ("| No | Indikator Kinerja | Target | Realisasi |\n"
            "|---|---|---|---|\n"
            "| 1 | Persentase arsip aktif yang tertata | 80% | 85% |\n"
            "\n"
            "Capaian tersebut sudah baik.\n")
    (row,) = measures(text)
    assert row.indicator_raw == "Persentase arsip aktif yang tertata"


def test_a_realisasi_cell_saying_in_words_that_nothing_is_measured_yet():
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tPersentase pemilih pemula yang terdaftar\t80%\tBelum dilaksanakan\t-\n"
            "2\tNilai evaluasi reformasi birokrasi satker\tB\tTidak ada penilaian\t-\n"
            "3\tPersentase naskah dinas yang diarsipkan\t90%\t92%\tBelum tercapai\n")
    rows = measures(text)
    assert [(r.target.raw, raw(r.realisation)) for r in rows[:2]] == [
        ("80%", ("Belum dilaksanakan", None)), ("B", ("Tidak ada penilaian", None))]
    # a verdict ('Belum tercapai') is no statement that the realisasi is missing
    assert rows[2].realisation.value == 92.0


def test_an_uppercase_na_after_a_borderless_rows_target():
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase pemilih pemula yang terdaftar 80 % NA NA\n")
    (row,) = measures(text)
    assert (row.target.value, raw(row.realisation), raw(row.achievement)) == (80.0, ("NA", None), ("NA", None))


def test_value_lines_running_into_the_next_rows_opening_under_a_plain_header():
    text = ("Tabel 3.3 Capaian Kinerja\n"
            "No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase keluhan masyarakat\n"
            "yang diselesaikan 65% n/a n/a 2 Persentase layanan informasi\n"
            "yang dijawab tepat waktu 90% 93% 103,33% 3 Jumlah inovasi\n"
            "pelayanan yang diterapkan 4 Laporan 5 Laporan 125%\n")
    rows = measures(text, 2020)
    assert [(r.indicator_raw, raw(r.target), raw(r.realisation)) for r in rows] == [
        ("Persentase keluhan masyarakat yang diselesaikan", ("65%", 65.0), ("n/a", None)),
        ("Persentase layanan informasi yang dijawab tepat waktu", ("90%", 90.0), ("93%", 93.0)),
        ("Jumlah inovasi pelayanan yang diterapkan", ("4 Laporan", 4.0), ("5 Laporan", 5.0))]


def test_whole_rows_run_together_on_one_line_are_read_apart():
    text = ("Tabel 2.1 Perjanjian Kinerja Tahun 2022\n"
            "No Sasaran Indikator Kinerja Target\n"
            "1 Meningkatnya mutu layanan Persentase keluhan yang diselesaikan 90% 2 Persentase layanan\n"
            "yang dijawab tepat waktu 85% 3 Jumlah inovasi pelayanan yang diterapkan 4 Laporan\n")
    rows = measures(text, 2022)
    assert [(r.indicator_raw, raw(r.target)) for r in rows] == [
        ("Persentase keluhan yang diselesaikan", ("90%", 90.0)),
        ("Persentase layanan yang dijawab tepat waktu", ("85%", 85.0)),
        ("Jumlah inovasi pelayanan yang diterapkan", ("4 Laporan", 4.0))]
    assert {r.source.line for r in rows} == {3, 4}


def test_a_number_inside_a_name_before_the_values_opens_no_row():
    # 'dalam 5 Hari Kerja': the number is the name's own, followed by words, not the next row's opening
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase permohonan informasi yang dijawab dalam 5 Hari Kerja 100% 100% 100%\n")
    (row,) = measures(text)
    assert row.indicator_raw == "Persentase permohonan informasi yang dijawab dalam 5 Hari Kerja"
    assert (row.target.value, row.realisation.value) == (100.0, 100.0)


def test_grades_printed_with_their_predikat_in_brackets():
    bordered = ("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
                "1\tNilai evaluasi akuntabilitas kinerja\tA (Memuaskan)\tBB (Sangat Baik)\t90%\n")
    plain = ("No Indikator Kinerja Target Realisasi Capaian\n"
             "1 Nilai evaluasi akuntabilitas kinerja A (Memuaskan) BB (Sangat Baik) 90%\n")
    for text in (bordered, plain):
        (row,) = measures(text)
        assert row.indicator_raw == "Nilai evaluasi akuntabilitas kinerja"
        assert (row.target.text, row.realisation.text, row.achievement.value) == ("A", "BB", 90.0)


def test_a_predikat_in_brackets_inside_a_name_stays_in_the_name():
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Indeks reformasi birokrasi kategori (Baik) 70 72 102,86%\n")
    (row,) = measures(text)
    assert row.indicator_raw == "Indeks reformasi birokrasi kategori (Baik)"
    assert (row.target.value, row.realisation.value) == (70.0, 72.0)


def test_percent_cells_written_with_the_word_persen():
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tPersentase surat masuk yang didisposisi\t100 persen\t97,5 Persen\t97,5 persen\n")
    (row,) = measures(text)
    assert (raw(row.target), raw(row.realisation)) == (("100 persen", 100.0), ("97,5 Persen", 97.5))
    assert row.target.unit == "%"


def test_na_between_a_borderless_rows_values_and_the_a_of_na_is_no_grade():
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase pemilih pemula yang terdaftar 80% n/a 0%\n"
            "2 Persentase pemilih muda yang hadir di TPS 60% N/A N/A\n")
    first, second = measures(text)
    assert (raw(first.target), raw(first.realisation), raw(first.achievement)) == (
        ("80%", 80.0), ("n/a", None), ("0%", 0.0))
    assert (raw(second.target), raw(second.realisation), raw(second.achievement)) == (
        ("60%", 60.0), ("N/A", None), ("N/A", None))
    assert second.realisation.text is None  # not the grade 'A'


def test_a_table_inside_one_long_line_of_a_page_transcript():
    # a website's transcript prints each page on one line: caption, header words, rows and the prose after them
    page = ("24 Tabel 3.2 Capaian Indikator Kinerja Tahun 2022 No Indikator Kinerja Target Realisasi Capaian "
            "1 Persentase keluhan masyarakat yang diselesaikan 80% 84% 105% "
            "2 Persentase layanan informasi yang dijawab dalam 5 hari kerja 90% 90% 100% "
            "3 Nilai evaluasi akuntabilitas kinerja BB B 85% "
            "Sumber: data diolah Berdasarkan tabel di atas, capaian kinerja tahun ini baik.")
    text = "LAPORAN KINERJA KPU KOTA TELAGA BIRU TAHUN 2022\n\n" + page + "\n"
    rows = measures(text, 2022)
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw, r.achievement.raw) for r in rows] == [
        ("Persentase keluhan masyarakat yang diselesaikan", "80%", "84%", "105%"),
        ("Persentase layanan informasi yang dijawab dalam 5 hari kerja", "90%", "90%", "100%"),
        ("Nilai evaluasi akuntabilitas kinerja", "BB", "B", "85%")]
    assert {r.source.line for r in rows} == {3}
    assert rows[0].source.table.startswith("Tabel 3.2")


def test_a_long_paragraph_naming_the_columns_is_no_table():
    text = ("Pengukuran dilakukan dengan membandingkan target dan realisasi setiap indikator kinerja pada tabel "
            "capaian, sehingga diperoleh persentase capaian 1 Januari sampai dengan 31 Desember untuk seluruh "
            "indikator kinerja yang ditetapkan dalam perjanjian kinerja tahun berjalan.\n")
    assert measures(text, 2022) == []


def test_a_signed_agreement_inside_one_long_line_ends_at_its_dateline():
    page = ("7 PERJANJIAN KINERJA TAHUN 2019 KPU KABUPATEN LEMBAH HIJAU No Sasaran Strategis Indikator Kinerja "
            "Target (1) (2) (3) (4) 1 Meningkatnya kualitas layanan Persentase pengaduan yang ditindaklanjuti 95% "
            "2 Terwujudnya tertib arsip Persentase arsip dinas yang tertata 100% 3 Meningkatnya akuntabilitas "
            "Nilai SAKIP BB Lembah Hijau, 3 Januari 2019 Ketua KPU Kabupaten Lembah Hijau")
    rows = measures("\n" + page + "\n", 2019)
    assert [(r.indicator_raw, r.target.raw) for r in rows] == [
        ("Persentase pengaduan yang ditindaklanjuti", "95%"),
        ("Persentase arsip dinas yang tertata", "100%"),
        ("Nilai SAKIP", "BB")]
    # the same agreement for the next year, bound into this year's report, states none of its targets
    assert measures("\n" + page.replace("TAHUN 2019", "TAHUN 2020") + "\n", 2019) == []


def test_the_capaian_against_the_plans_target_is_not_the_years_capaian():
    bordered = ("No\tIndikator Kinerja\tTarget 2021\tRealisasi 2021\tCapaian 2021\tTarget Akhir Renstra 2024\t"
                "Capaian terhadap Target 2024\n"
                "1\tPersentase pemilih pemula yang terdaftar\t80%\t82%\t102,5%\t90%\t91,11%\n")
    plain = ("No Indikator Kinerja Target 2021 Realisasi 2021 Capaian 2021 Target Renstra 2024 Capaian terhadap Renstra\n"
             "1 Persentase pemilih pemula yang terdaftar 80% 82% 102,5% 90% 91,11%\n")
    for text in (bordered, plain):
        (row,) = measures(text, 2021)
        assert (row.target.value, row.realisation.value, row.achievement.value) == (80.0, 82.0, 102.5)


def test_a_capaian_against_the_plan_right_after_the_years_capaian_is_not_the_years():
    # no plan target column between the two capaian columns: the words 'terhadap RPJMD' / 'thd Target Akhir' say which
    plain = ("No Indikator Satuan Realisasi 2020 Target 2021 Realisasi 2021 % Capaian Kinerja Tahun 2021 "
             "% Capaian Kinerja Terhadap RPJMD\n"
             "1 Indeks keterlibatan pemuda Indeks 70,10 72,00 73,44 102,0 95,38\n")
    bordered = ("No\tIndikator Kinerja\tTarget 2021\tRealisasi 2021\tCapaian 2021\tCapaian thd Target Akhir\n"
                "1\tPersentase desa berprestasi\t80%\t82%\t102,5%\t91,11%\n")
    (row,) = measures(plain, 2021)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (72.0, 73.44, 102.0)
    (row,) = measures(bordered, 2021)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (80.0, 82.0, 102.5)


def test_a_plan_capaian_cell_ending_in_a_year_and_its_percent_sign_is_still_a_header():
    # 'Capaian s.d. 2022 terhadap 2024 (%)': the '2024 (%)' closing the last cell is no value of a row
    for sep in ("\t", "   "):
        text = sep.join(("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Target Akhir Renstra",
                         "Capaian s.d. 2022 terhadap 2024 (%)")) + "\n" + \
            sep.join(("1", "Indeks kepuasan layanan informasi", "3,10", "3,26", "105,16", "3,60", "90,56")) + "\n"
        (row,) = measures(text, 2022)
        assert (row.indicator_raw, row.target.value, row.realisation.value, row.achievement.value) == (
            "Indeks kepuasan layanan informasi", 3.1, 3.26, 105.16), sep


def test_a_counts_bare_thousands_in_a_table_of_percentages_stay_a_count():
    # most targets are percentages, yet 'Jumlah ...' counts: '1.200' is twelve hundred, no damaged '1,20%'
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase TPS yang dibentuk tepat waktu 100% 100% 100%\n"
            "2 Persentase aduan yang ditindaklanjuti 90% 95% 105,56%\n"
            "3 Jumlah peserta sosialisasi pemilih pemula 1.200 1.350 112,5%\n")
    rows = measures(text, 2021)
    assert [(r.target.value, r.target.unit, r.realisation.value) for r in rows] == [
        (100.0, "%", 100.0), (90.0, "%", 95.0), (1200.0, None, 1350.0)]


def test_a_compound_value_on_a_line_without_borders():
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Jumlah laporan keuangan yang disusun 12 Laporan dan 1 Dokumen 12 Laporan dan 1 Dokumen 100%\n"
            "2 Jumlah laporan arsip yang disusun 4 Laporan 4 Laporan 100%\n")
    first, second = measures(text)
    assert first.indicator_raw == "Jumlah laporan keuangan yang disusun"
    assert (raw(first.target), raw(first.realisation), raw(first.achievement)) == (
        ("12 Laporan dan 1 Dokumen", None), ("12 Laporan dan 1 Dokumen", None), ("100%", 100.0))
    assert (raw(second.target), raw(second.realisation)) == (("4 Laporan", 4.0), ("4 Laporan", 4.0))


def test_rows_not_yet_measured_inside_one_long_line():
    page = ("31 Tabel 3.5 Pengukuran Kinerja No Indikator Kinerja Target Realisasi Capaian "
            "1 Persentase pemilih pemula yang terdaftar 80% n/a n/a 2 Persentase TPS ramah disabilitas 90% - - "
            "3 Jumlah laporan keuangan yang disusun 4 Laporan 4 Laporan 100% Sumber: data diolah")
    rows = measures("\n" + page + "\n", 2021)
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw) for r in rows] == [
        ("Persentase pemilih pemula yang terdaftar", "80%", "n/a"),
        ("Persentase TPS ramah disabilitas", "90%", "-"),
        ("Jumlah laporan keuangan yang disusun", "4 Laporan", "4 Laporan")]


def test_a_realisasi_stated_in_words_keeps_the_row_with_its_target():
    # an indicator measured by whether a thing was done: the words stand as the realisasi's raw, without a number
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tTersusunnya rencana induk arsip daerah\t1 Dokumen\tTerlaksana\t100%\n"
            "2\tTerlaksananya rapat koordinasi wilayah\t2 kali\tSudah\t100%\n"
            "3\tPersentase surat masuk yang didisposisi\t85%\t88%\t103,53%\n")
    rows = measures(text)
    assert [(r.target.raw, raw(r.realisation), raw(r.achievement)) for r in rows] == [
        ("1 Dokumen", ("Terlaksana", None), ("100%", 100.0)), ("2 kali", ("Sudah", None), ("100%", 100.0)),
        ("85%", ("88%", 88.0), ("103,53%", 103.53))]


def test_a_realisasi_in_words_between_a_borderless_rows_values():
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Tersusunnya rencana induk arsip daerah 1 Dokumen Tersusun 100%\n"
            "2 Terlaksananya rapat koordinasi wilayah 4 kali Belum Terlaksana 0%\n")
    first, second = measures(text)
    assert first.indicator_raw == "Tersusunnya rencana induk arsip daerah"
    assert (first.target.value, raw(first.realisation), first.achievement.value) == (1.0, ("Tersusun", None), 100.0)
    assert second.indicator_raw == "Terlaksananya rapat koordinasi wilayah"
    assert (second.target.value, raw(second.realisation)) == (4.0, ("Belum Terlaksana", None))


def test_a_verdict_in_the_realisasi_cell_of_a_row_that_lines_up_is_its_result():
    # 'Tercapai' under Realisasi (not under a Keterangan): the result in words; the capaian stays the capaian's
    text = ("| No | Indikator Kinerja | Target | Realisasi | Capaian | Keterangan |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Tersedianya sistem informasi arsip | 1 Aplikasi | Tercapai | 100% | Tercapai |\n"
            "| 2 | Persentase arsip yang didigitalkan | 40% | 44% | 110% | Tercapai |\n")
    first, second = measures(text)
    assert (first.target.raw, raw(first.realisation), first.achievement.value) == ("1 Aplikasi", ("Tercapai", None), 100.0)
    assert (second.realisation.value, second.achievement.value) == (44.0, 110.0)


def test_a_done_word_wrapped_from_a_name_is_no_value():
    # space-aligned columns: 'terlaksana' alone on its line ends the name above, it states no result
    text = ("No   Sasaran                        Indikator Kinerja                        Target\n"
            "1.   Meningkatnya partisipasi       Persentase sosialisasi arsip yang           90%\n"
            "     masyarakat                     terlaksana\n")
    (row,) = measures(text)
    assert (row.indicator_raw.endswith("terlaksana"), row.target.value) == (True, 90.0)


def test_an_agreements_target_stated_in_words_is_kept_as_printed():
    text = ("| No | Indikator Kinerja | Target |\n"
            "|---|---|---|\n"
            "| 1 | Tersusunnya peraturan bupati tentang kearsipan | Tersusun |\n"
            "| 2 | Terbentuknya unit kearsipan di kecamatan | Ada |\n"
            "| 3 | Persentase arsip vital yang terlindungi | - |\n"
            "| 4 | Persentase arsip statis yang diakuisisi | 60% |\n")
    rows = measures(text)
    # a dash states no target; 'Tersusun' and 'Ada' do, without a number
    assert [(r.indicator_raw, raw(r.target)) for r in rows] == [
        ("Tersusunnya peraturan bupati tentang kearsipan", ("Tersusun", None)),
        ("Terbentuknya unit kearsipan di kecamatan", ("Ada", None)),
        ("Persentase arsip statis yang diakuisisi", ("60%", 60.0))]


def test_a_row_stated_in_words_takes_no_unit_from_its_capaian():
    text = ("LAPORAN KINERJA DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN TANJUNG ASRI TAHUN 2022\n"
            "\n"
            "Tabel 3.1 Capaian Kinerja arsip daerah\n"
            "| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Tersedianya rencana induk arsip daerah | Ada | Ada | 100% |\n"
            "| 2 | Persentase arsip daerah yang tertata | 80% | 84% | 105% |\n")
    rows = {r["indicator_raw"]: r for r in built(text).realisations}
    plan = rows["Tersedianya rencana induk arsip daerah"]
    assert (plan["target_raw"], plan["realisation_raw"], plan["realisation_value"], plan["unit"]) == (
        "Ada", "Ada", None, None)
    assert rows["Persentase arsip daerah yang tertata"]["unit"] == "%"


def test_na_cells_before_a_borderless_rows_values_keep_each_value_in_its_column():
    # earlier years' columns unfilled: the values still fill the header's columns from the left
    text = ("No Indikator Kinerja Realisasi 2020 Realisasi 2021 Target 2022 Realisasi 2022 Capaian 2022\n"
            "1 Persentase arsip daerah yang tertata n/a 78% 80% 84% 105%\n"
            "2 Persentase arsip vital yang terlindungi - - 60% 66% 110%\n"
            "3 Persentase arsip statis yang diakuisisi 50% 52% 55% 55% 100%\n")
    rows = measures(text, 2022)
    assert [(r.indicator_raw, r.target.value, r.realisation.value, r.achievement.value) for r in rows] == [
        ("Persentase arsip daerah yang tertata", 80.0, 84.0, 105.0),
        ("Persentase arsip vital yang terlindungi", 60.0, 66.0, 110.0),
        ("Persentase arsip statis yang diakuisisi", 55.0, 55.0, 100.0)]


def test_one_dash_before_a_borderless_rows_values_stays_with_the_name():
    # a lone dash may be the name's ('e - KTP'); only two or more together stand for unfilled cells
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase penduduk ber-KTP - elektronik 90% 92% 102,22%\n")
    (row,) = measures(text)
    assert (row.indicator_raw, row.target.value, row.realisation.value) == (
        "Persentase penduduk ber-KTP - elektronik", 90.0, 92.0)


def test_target_raw_keeps_the_bound_printed_before_the_target():
    text = ("LAPORAN KINERJA INSPEKTORAT KABUPATEN TANJUNG ASRI TAHUN 2022\n"
            "\n"
            "Tabel 3.1 Capaian Kinerja Inspektorat\n"
            "No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase rekomendasi hasil pengawasan yang ditindaklanjuti ≥ 90% 93% 103,33%\n"
            "2 Persentase rekomendasi hasil pengawasan yang diverifikasi 80% 84% 105%\n")
    rows = {r["indicator_raw"]: r for r in built(text).realisations}
    followed = rows["Persentase rekomendasi hasil pengawasan yang ditindaklanjuti"]
    assert (followed["target_raw"], followed["target_value"], followed["realisation_raw"]) == ("≥ 90%", 90.0, "93%")
    assert rows["Persentase rekomendasi hasil pengawasan yang diverifikasi"]["target_raw"] == "80%"


def test_one_dash_right_before_a_borderless_rows_values_fills_an_unfilled_column():
    # last year's realisasi not printed: the dash holds its column, so the target is not read as the realisasi
    text = ("No Indikator Kinerja Realisasi 2021 Target 2022 Realisasi 2022 Capaian\n"
            "1 Persentase arsip daerah yang tertata - 80% 84% 105%\n"
            "2 Persentase arsip vital yang terlindungi 60% 65% 66% 101,54%\n")
    first, second = measures(text, 2022)
    assert (first.indicator_raw, first.target.value, first.realisation.value, first.achievement.value) == (
        "Persentase arsip daerah yang tertata", 80.0, 84.0, 105.0)
    assert (second.target.value, second.realisation.value) == (65.0, 66.0)


def test_a_dash_before_a_rows_values_is_left_out_where_every_column_is_filled():
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Indeks kepuasan pengguna arsip - 3,20 3,36 105%\n")
    (row,) = measures(text)
    assert (row.indicator_raw, row.target.value, row.realisation.value, row.achievement.value) == (
        "Indeks kepuasan pengguna arsip", 3.2, 3.36, 105.0)


def test_a_negative_realisasi_keeps_its_minus_sign():
    # a contraction: '-2,15%' read without its sign would pass for growth
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Laju pertumbuhan ekonomi kabupaten 4,8% -2,15% -44,79%\n")
    (row,) = measures(text)
    assert (row.target.value, row.realisation.raw, row.realisation.value, row.achievement.value) == (
        4.8, "-2,15%", -2.15, -44.79)
    bordered = ("| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
                "|---|---|---|---|---|\n"
                "| 1 | Laju pertumbuhan ekonomi kabupaten | 4,8% | -2,15% | -44,79% |\n")
    (row,) = measures(bordered)
    assert (row.realisation.value, row.achievement.value) == (-2.15, -44.79)


def test_a_dash_that_joins_or_parts_values_is_no_minus_sign():
    # a page number '- 14 -', and a span of years '2019-2023', stay positive
    from normalize.numbers import lex_values
    assert [t.reading.value for t in lex_values("Laporan Kinerja 2022 - 14 -")] == [2022.0, 14.0]
    assert [t.reading.value for t in lex_values("Renstra 2019-2023")] == [2019.0, 2023.0]


def test_a_target_stated_as_a_range_is_kept_whole_without_a_value():
    # '70-75%' or '3 ± 1%': a band; neither bound alone is the target, and the row's other values keep their columns
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase penduduk usia kerja yang bekerja 70-75% 72,4% 100%\n"
            "2 Tingkat inflasi tahunan kabupaten 3 ± 1% 2,6% 100%\n")
    first, second = measures(text)
    assert (first.target.raw, first.target.value, first.realisation.value) == ("70-75%", None, 72.4)
    assert (second.indicator_raw, second.target.raw, second.target.value, second.realisation.value) == (
        "Tingkat inflasi tahunan kabupaten", "3 ± 1%", None, 2.6)
    bordered = ("| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
                "|---|---|---|---|---|\n"
                "| 1 | Persentase penduduk usia kerja yang bekerja | 70 - 75% | 72,4% | 100% |\n"
                "| 2 | Tingkat inflasi tahunan kabupaten | 3 ± 1% | 2,6% | 100% |\n")
    first, second = measures(bordered)
    assert [(r.target.raw, r.target.value, r.realisation.value) for r in (first, second)] == [
        ("70 - 75%", None, 72.4), ("3 ± 1%", None, 2.6)]


@pytest.mark.parametrize("layout", ["plain", "markdown"])
def test_a_realisasi_with_a_note_after_it_keeps_its_value(layout: str):
    # the grade an index maps to, or a value marked provisional: the note explains the value, it is no name
    rows = [("1", "Indeks kepuasan pengguna layanan arsip", "3,40", "3,55 (B)", "104,41%"),
            ("2", "Persentase arsip desa yang terdata", "90%", "86% (sementara)", "95,56%")]
    header = ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    if layout == "plain":
        text = "\n".join(" ".join(r) for r in [header, *rows])
    else:
        text = "\n".join("| " + " | ".join(r) + " |" for r in [header, ("---",) * 5, *rows])
    first, second = measures(text)
    assert (first.indicator_raw, first.target.value, first.realisation.value, first.achievement.value) == (
        "Indeks kepuasan pengguna layanan arsip", 3.4, 3.55, 104.41)
    assert (second.target.value, second.realisation.value, second.achievement.value) == (90.0, 86.0, 95.56)


@pytest.mark.parametrize("layout", ["plain", "markdown"])
def test_a_target_bounded_by_a_sign_is_no_rating_scale_band(layout: str):
    # '≤ 10 hari | 8 hari | 125%': a waiting time to stay under, measured; a scale's band holds no realisasi
    rows = [("1", "Rata-rata waktu layanan peminjaman arsip", "≤ 10 hari", "8 hari", "125%"),
            ("2", "", "≤ 50%", "Sangat Kurang", "")]
    header = ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    if layout == "plain":
        text = "\n".join(" ".join(r) for r in [header, rows[0]])
    else:
        text = "\n".join("| " + " | ".join(r) + " |" for r in [header, ("---",) * 5, *rows])
    (row,) = measures(text)
    assert (row.indicator_raw, row.target_bound + row.target.raw, row.realisation.value, row.achievement.value) == (
        "Rata-rata waktu layanan peminjaman arsip", "≤ 10 hari", 8.0, 125.0)


def test_na_and_dash_cells_mixed_after_a_borderless_rows_target():
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase arsip daerah yang tertata 70% n/a -\n"
            "2 Persentase arsip vital yang terlindungi 60% - n/a\n")
    first, second = measures(text)
    assert (first.target.value, raw(first.realisation), raw(first.achievement)) == (70.0, ("n/a", None), ("-", None))
    assert (second.target.value, raw(second.realisation), raw(second.achievement)) == (
        60.0, ("-", None), ("n/a", None))


def test_a_verdict_between_a_borderless_rows_target_and_capaian_is_its_realisasi():
    # '1 Dokumen Tercapai 100%': the count is the target, not a part of the name, and 100% no target
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Tersusunnya rencana induk arsip daerah 1 Dokumen Tercapai 100%\n")
    (row,) = measures(text)
    assert (row.indicator_raw, row.target.raw, raw(row.realisation), row.achievement.value) == (
        "Tersusunnya rencana induk arsip daerah", "1 Dokumen", ("Tercapai", None), 100.0)


def test_a_table_flattened_one_cell_per_line_keeps_cells_stated_in_words_signs_or_na():
    # a web export prints each cell on a line of its own: 'Terlaksana', 'n/a' and '≥ 90%' are cells too
    text = "\n".join([
        "Tabel 3.1 Capaian Kinerja", "No", "Indikator Kinerja", "Target", "Realisasi", "Capaian",
        "1", "Tersusunnya rencana induk arsip daerah", "1 Dokumen", "Terlaksana", "100%",
        "2", "Persentase arsip daerah yang tertata", "≥ 90%", "92%", "102,22%",
        "3", "Persentase arsip vital yang terlindungi", "60%", "n/a", "n/a",
        "4", "Persentase arsip statis yang diakuisisi", "50%", "55%", "110%"])
    rows = measures(text)
    assert [(r.indicator_raw, r.target_bound + r.target.raw, raw(r.realisation), r.achievement.raw) for r in rows] == [
        ("Tersusunnya rencana induk arsip daerah", "1 Dokumen", ("Terlaksana", None), "100%"),
        ("Persentase arsip daerah yang tertata", "≥ 90%", ("92%", 92.0), "102,22%"),
        ("Persentase arsip vital yang terlindungi", "60%", ("n/a", None), "n/a"),
        ("Persentase arsip statis yang diakuisisi", "50%", ("55%", 55.0), "110%")]


@pytest.mark.parametrize("layout", ["plain", "markdown"])
def test_counts_of_nouns_the_lexer_does_not_know_keep_their_row(layout: str):
    # nouns outside the units list: '5 kecamatan', '12 bulan', '250 UMKM' are counts as '2 Dokumen' is
    rows = [("1", "Jumlah kecamatan yang menerapkan arsip elektronik", "5 kecamatan", "6 kecamatan", "120%"),
            ("2", "Lama waktu penyusunan daftar arsip", "12 bulan", "12 bulan", "100%"),
            ("3", "Jumlah UMKM yang arsipnya dibina", "250 UMKM", "240 UMKM", "96%")]
    header = ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    if layout == "plain":
        text = "\n".join(" ".join(r) for r in [header, *rows])
    else:
        text = "\n".join("| " + " | ".join(r) + " |" for r in [header, ("---",) * 5, *rows])
    assert [(r.indicator_raw, r.target.value, r.target.unit, r.realisation.value, r.achievement.value)
            for r in measures(text)] == [
        ("Jumlah kecamatan yang menerapkan arsip elektronik", 5.0, "kecamatan", 6.0, 120.0),
        ("Lama waktu penyusunan daftar arsip", 12.0, "bulan", 12.0, 100.0),
        ("Jumlah UMKM yang arsipnya dibina", 250.0, "umkm", 240.0, 96.0)]


def test_a_code_or_a_row_number_before_a_word_is_no_count():
    from extract.lines import analyse_cell
    for cell in ("6887 Kelembagaan", "001 Fasilitasi", "1 Persentase", "2 Meningkatnya", "31 Desember", "70 BB"):
        assert all(t.kind != "count" for t in analyse_cell(0, cell).values), cell


def test_a_word_in_a_cell_the_header_does_not_name_shifts_no_value():
    # an unlabelled remark column after the capaian: 'Sudah' is none of the header's columns
    text = ("| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Persentase arsip daerah yang tertata | 80% | 85% | 106,25% | Sudah |\n")
    (row,) = measures(text)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (80.0, 85.0, 106.25)


@pytest.mark.parametrize("layout", ["plain", "markdown"])
def test_a_percentage_explained_by_a_count_in_brackets_keeps_its_column(layout: str):
    rows = [("1", "Persentase dokumen arsip yang tersusun", "100% (4 dokumen)", "75% (3 dokumen)", "75%"),
            ("2", "Persentase arsip daerah yang tertata", "80%", "84%", "105%")]
    header = ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    if layout == "plain":
        text = "\n".join(" ".join(r) for r in [header, *rows])
    else:
        text = "\n".join("| " + " | ".join(r) + " |" for r in [header, ("---",) * 5, *rows])
    first, second = measures(text)
    assert (first.target.value, first.realisation.value, first.achievement.value) == (100.0, 75.0, 75.0)
    assert (second.target.value, second.realisation.value) == (80.0, 84.0)


def test_a_performance_system_export_with_a_realisasi_per_month():
    # 'Target | Realisasi 1 ... 12 Jumlah | Target Kinerja (%)': only the months with a value are printed
    text = ("Pejabat Sasaran Kegiatan Indikator Satuan Target Realisasi Target Kinerja(%)\n"
            "1 2 3 4 5 6 7 8 9 10 11 12 Jumlah\n"
            "Kepala Seksi Pengolahan Arsip\n"
            "  Sasaran Kegiatan :\n"
            "  Meningkatnya Kualitas Pengolahan Arsip Daerah\n"
            "  Persentase Arsip Inaktif yang Dipindahkan Sesuai Jadwal Retensi persen 88.40 86 86 97.29\n"
            "  Sasaran Sub-Kegiatan :\n"
            "  Tersusunnya Daftar Arsip Statis Daerah\n"
            "  Jumlah Daftar Arsip Statis yang Tersusun dan Diverifikasi dokumen 4 1 2 1 2 6 150.00\n")
    rows = measures(text)
    assert [(r.indicator_raw, r.target.value, r.realisation.value, r.achievement.value) for r in rows] == [
        ("Persentase Arsip Inaktif yang Dipindahkan Sesuai Jadwal Retensi", 88.4, 86.0, 97.29),
        ("Jumlah Daftar Arsip Statis yang Tersusun dan Diverifikasi", 4.0, 6.0, 150.0)]


@pytest.mark.parametrize("layout", ["bordered", "tabs", "plain", "flattened"])
def test_a_capaian_printed_as_a_verdict_keeps_its_words_as_raw(layout: str):
    # the Capaian column grades each result in words: no value, yet the printed capaian is kept for the auditor
    rows = [("1", "Persentase kios pasar yang ditempati", "75%", "79%", "Tercapai"),
            ("2", "Jumlah koperasi sehat yang dibina", "25 unit", "19 unit", "Tidak Tercapai")]
    header = ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    if layout == "bordered":
        lines = ["| " + " | ".join(header) + " |", "|---|---|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in rows]
    elif layout == "flattened":  # one cell per line: the verdict stands under the realisasi, not in a name
        lines = [cell for r in [header, *rows] for cell in r]
    else:
        sep = "\t" if layout == "tabs" else " "
        lines = [sep.join(header)] + [sep.join(r) for r in rows]
    found = {m.indicator_raw: m for m in measures("\n".join(lines) + "\n")}
    kiosk = found["Persentase kios pasar yang ditempati"]
    assert (kiosk.target.value, kiosk.realisation.value) == (75.0, 79.0)
    assert (kiosk.achievement.raw, kiosk.achievement.value) == ("Tercapai", None)
    assert raw(found["Jumlah koperasi sehat yang dibina"].achievement) == ("Tidak Tercapai", None)


def test_a_verdict_in_a_keterangan_column_is_no_capaian():
    # the word stands in the remark column after the capaian's: the capaian itself was not printed
    text = ("No Indikator Kinerja Target Realisasi Capaian Keterangan\n"
            "1 Persentase kios pasar yang ditempati 75% 79% Tercapai\n")
    (row,) = measures(text)
    assert row.realisation.value == 79.0
    assert row.achievement is None


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_an_indicator_measured_in_rupiah_is_a_result_not_a_budget_line(sep: str):
    # a revenue office states its revenue target and realisasi in Rupiah under Target | Realisasi | Capaian
    rows = [("Indikator Kinerja", "Target", "Realisasi", "Capaian"),
            ("Jumlah penerimaan pajak hotel", "Rp 42.500.000.000", "Rp 39.950.000.000", "94%"),
            ("Rasio pajak terhadap pendapatan", "15,5%", "16,2%", "104,52%")]
    text = ("LAPORAN KINERJA BADAN KEUANGAN DAERAH KOTA SUKAMAJU TAHUN 2023\n\n"
            "Tabel 3.1 Capaian Kinerja\n" + "\n".join(sep.join(r) for r in rows) + "\n")
    result = built(text)
    found = {r["indicator_raw"]: r for r in result.realisations}
    tax = found["Jumlah penerimaan pajak hotel"]
    assert (tax["target_value"], tax["realisation_value"], tax["achievement_value"]) == (42.5e9, 39.95e9, 94.0)
    assert tax["target_raw"] == "Rp 42.500.000.000"
    assert found["Rasio pajak terhadap pendapatan"]["realisation_value"] == 16.2
    assert result.budgets == []


def test_a_budget_line_in_a_capaian_table_stays_a_budget_line():
    # 'Anggaran ...' under Target | Realisasi states what was spent: still a budget line, no indicator
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tPersentase pajak daerah yang dipungut tepat waktu\t90%\t92%\t102,22%\n"
            "2\tAnggaran pemungutan pajak daerah\tRp 2.400.000.000\tRp 2.280.000.000\t95%\n")
    found, budgets = table_records(text)
    assert [m.indicator_raw for m in found] == ["Persentase pajak daerah yang dipungut tepat waktu"]
    assert [b.allocation.value for b in budgets] == [2_400_000_000]


def test_a_capaian_table_titled_as_the_budget_holds_budget_lines():
    # 'Realisasi Anggaran' over Target | Realisasi: an output's pagu and spending, though named by its indicator
    text = ("Tabel 3.6 Realisasi Anggaran Output Layanan Perkantoran\n"
            "Indikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "Persentase layanan perkantoran yang terpenuhi\tRp 3.120.500.000\tRp 3.001.250.000\t96,18%\n")
    found, budgets = table_records(text)
    assert found == []
    assert [b.allocation.value for b in budgets] == [3_120_500_000]


def test_a_forms_column_numbering_with_merged_columns_left_out_is_no_row():
    # an evaluation form numbers its columns '1 2 3 4 7 8' (the quarters merged away), the 'No' column
    # printing its own 1 first: read as a row, its last numbers were a target of 7 and a realisation of 8
    text = ("EVALUASI HASIL RENJA DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2021\n"
            "\n"
            "No Sasaran Program/Kegiatan Indikator Kinerja Target Realisasi\n"
            "yang diukur\n"
            "1 1 2 3 4 7 8\n"
            "Urusan Pemerintahan: Bidang Pertanian\n"
            "1 Meningkatnya hasil panen Persentase lahan yang diairi % 90 92,5\n")
    rows = built(text).realisations
    assert [(r["target_raw"], r["realisation_raw"]) for r in rows] == [("90", "92,5")]
    # a row's own rising integers stay a row: a count target and realisation after a row number
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Jumlah laporan yang disusun 2 3 150%\n")
    (row,) = measures(text)
    assert (row.target.value, row.realisation.value) == (2.0, 3.0)


def test_a_dotted_row_number_before_a_value_line_inside_its_wrapped_name_is_no_target():
    # the name wraps around the line of values, which opens on the row's number and ends on a verdict:
    # '1. 60 66,5 110,83 Berhasil' read the 1 as the target and every value one column late
    text = ("LAPORAN KINERJA DINAS CONTOH KOTA SUKAMAJU TAHUN 2020\n"
            "\n"
            "No. Indikator Kinerja Target (%) Realisasi (%) Capaian (%) Kesimpulan\n"
            "Tingkat penyelesaian aduan\n"
            "1. 60 66,5 110,83 Berhasil\n"
            "masyarakat\n"
            "Persentase sengketa yang\n"
            "2. 75 70 93,33\n"
            "selesai tepat waktu\n")
    rows = {r["indicator_raw"]: r for r in built(text).realisations}
    first = rows["Tingkat penyelesaian aduan masyarakat"]
    assert (first["target_raw"], first["realisation_raw"], first["achievement_raw"]) == ("60", "66,5", "110,83")
    second = rows["Persentase sengketa yang selesai tepat waktu"]
    assert (second["target_raw"], second["realisation_raw"], second["achievement_raw"]) == ("75", "70", "93,33")


def test_names_wrapped_around_bare_value_lines_keep_their_ends_and_numbers():
    # each value line holds its number, values and verdict only; the name opens above it and ends below it,
    # on a capitalised word ('Lalu Lintas'), on a count ('10.000 penduduk'), or beside a verdict split in two
    text = ("LAPORAN KINERJA DINAS CONTOH KOTA SUKAMAJU TAHUN 2020\n"
            "\n"
            "Target Realisasi Capaian\n"
            "No. Indikator Kinerja Kesimpulan\n"
            "(%) (%) (%)\n"
            "Menurunnya Angka Pelanggaran\n"
            "1. 40 44,10 90,70 Berhasil\n"
            "Lalu Lintas\n"
            "Rasio Jumlah halte bus per\n"
            "2. 3,10 5,20 167,74 Berhasil\n"
            "10.000 penduduk\n"
            "Rasio Jumlah petugas per 1.000 Cukup\n"
            "3. 4,60 4,10 89,13\n"
            "penduduk Berhasil\n"
            "Tingkat kelaikan kendaraan (Uji\n"
            "4. 100 100 100 Berhasil\n"
            "Berkala, Emisi)\n"
            "Sumber : Dinas Perhubungan\n")
    rows = built(text).realisations
    assert [(r["indicator_raw"], r["target_raw"], r["realisation_raw"], r["achievement_raw"]) for r in rows] == [
        ("Menurunnya Angka Pelanggaran Lalu Lintas", "40", "44,10", "90,70"),
        ("Rasio Jumlah halte bus per 10.000 penduduk", "3,10", "5,20", "167,74"),
        ("Rasio Jumlah petugas per 1.000 penduduk", "4,60", "4,10", "89,13"),
        ("Tingkat kelaikan kendaraan (Uji Berkala, Emisi)", "100", "100", "100")]
    # the row numbers printed without their dot: the same names
    undotted = re.sub(r"(?m)^(\d)\. ", r"\1 ", text)
    assert [r["indicator_raw"] for r in built(undotted).realisations] == [r["indicator_raw"] for r in rows]
    # a table without row numbers whose first value stands where the number would: no name taken from below
    plain = re.sub(r"(?m)^\d\. ", "", text)
    assert built(plain).realisations[0]["indicator_raw"] == "Menurunnya Angka Pelanggaran"
    # the next name opening on a result word, not a measure word: the capitalised end above it is still the row's
    opened = text.replace("Rasio Jumlah halte bus per\n", "Meningkatnya jumlah halte bus per\n")
    assert [r["indicator_raw"] for r in built(opened).realisations][:2] == [
        "Menurunnya Angka Pelanggaran Lalu Lintas", "Meningkatnya jumlah halte bus per 10.000 penduduk"]
    # a row whose value line carries its verdict keeps a name that ends on a verdict's word
    text = text.replace("Rasio Jumlah petugas per 1.000 Cukup\n3. 4,60 4,10 89,13\npenduduk Berhasil\n",
                        "Persentase jalan dalam kondisi Cukup\n3. 4,60 4,10 89,13 Berhasil\nmantap Baik\n")
    assert built(text).realisations[2]["indicator_raw"] == "Persentase jalan dalam kondisi Cukup mantap Baik"


def test_pieces_of_rupiah_amounts_split_over_lines_give_no_row():
    # a Renja form's narrow 'Rp' columns print '412.316.748.000' as '412.' / '316.7' / '48.00' / '0': the pieces
    # beside a name's last line ('Tipe A 48.00 7,00') are no target and realisasi
    text = ("Formulir E.\n"
            "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten/Kota\n"
            "Renja Perangkat Daerah Dinas Contoh Kabupaten Sukamaju\n"
            "Periode Pelaksanaan Tahun 2022\n"
            "\n"
            "Target Kinerja dan\n"
            "Realisasi Kinerja\n"
            "Indikator Kinerja Program Anggaran Renja\n"
            "Uraian Program / Sa Triwulan\n"
            "(outcome) / Kegiatan Perangkat Daerah\n"
            "No Sasaran Kegiatan/ tu\n"
            "(intermediate output) / Sub tahun berjalan\n"
            "Subkegiatan an\n"
            "kegiatan (output) (Tahun 2022) yang I\n"
            "dievaluasi\n"
            "1 1 2 3 4 7 8\n"
            "Urusan Pemerintahan: Bidang Perhubungan\n"
            "1 Meningkatkan Program: K Rp K Rp\n"
            "kualitas layanan Penyelenggaraan Lalu 412. 207.118\n"
            "angkutan umum yang Lintas Status Sertifikasi Terminal 316.7 .562.21\n"
            "aman dan Jalan a   Tersertifikasi Diukur di\n"
            "Tipe A 48.00 7,00\n"
            "nyaman Nasional TW IV\n"
            "0,00\n"
            "c Persentase Armada Laik Jalan % 90 88,40 sebagian armada belum\n")
    rows = built(text).realisations
    assert [(r["target_raw"], r["realisation_raw"]) for r in rows] == [("90", "88,40")]
    # without the pieces above, a value written with a decimal point is a value
    text = text.replace(" 412. 207.118", "").replace(" 316.7 .562.21", "")
    assert ("48.00", "7,00") in [(r["target_raw"], r["realisation_raw"]) for r in built(text).realisations]


def test_a_remark_after_a_rows_values_that_wraps_in_sentences_is_not_its_name():
    # the Keterangan text after the values goes on under the row, a sentence ending mid-line: those lines are
    # the remark's, while the capitalised word waiting under the value line still ends the name
    text = ("LAPORAN KINERJA DINAS CONTOH KOTA SUKAMAJU TAHUN 2021\n"
            "\n"
            "Tabel 3.2 Capaian Kinerja\n"
            "No Indikator Kinerja Satuan Target Realisasi Keterangan\n"
            "a Persentase Sekolah Terakreditasi % 80 82,50 tercapai\n"
            "b Persentase Lulusan Tepat % 90 86,50 hal ini terutama karena adanya\n"
            "Waktu\n"
            "siswa putus sekolah (DO). Kondisi tersebut\n"
            "disebabkan oleh banyaknya siswa yang\n"
            "pindah ke luar daerah pada semester akhir.\n"
            "c. Persentase Guru yang\n"
            "bersertifikat % 75 70 belum tercapai\n"
            "d Persentase Desa Mandiri di % 40 35 target belum tercapai\n"
            "Kab. Sukamaju\n")
    rows = built(text).realisations
    assert [(r["indicator_raw"].replace(" %", ""), r["target_raw"], r["realisation_raw"]) for r in rows] == [
        ("Persentase Sekolah Terakreditasi", "80", "82,50"), ("Persentase Lulusan Tepat Waktu", "90", "86,50"),
        ("Persentase Guru yang bersertifikat", "75", "70"), ("Persentase Desa Mandiri di Kab. Sukamaju", "40", "35")]


def test_a_two_storey_header_with_its_remark_column_and_units_line():
    # the value words on one line, the label cells (ending on 'Kesimpulan') on the next, their '(%)' on a third:
    # the verdict after each row's values is the Kesimpulan's, and the units line opens no row's name
    text = ("LAPORAN KINERJA DINAS CONTOH KOTA SUKAMAJU TAHUN 2020\n"
            "\n"
            "Target Realisasi Capaian\n"
            "No. Indikator Kinerja Kesimpulan\n"
            "(%) (%) (%)\n"
            "Tingkat penyelesaian aduan\n"
            "1. 60 66,5 110,83 Berhasil\n"
            "masyarakat\n"
            "Tingkat kehadiran rapat\n"
            "2. 90 95 105,56 Berhasil\n"
            "koordinasi\n")
    rows = built(text).realisations
    assert [(r["indicator_raw"], r["target_raw"], r["realisation_raw"], r["achievement_raw"]) for r in rows] == [
        ("Tingkat penyelesaian aduan masyarakat", "60", "66,5", "110,83"),
        ("Tingkat kehadiran rapat koordinasi", "90", "95", "105,56")]
    # one header line, its units under it, and a name that opens on no indicator word
    text = text.replace("Target Realisasi Capaian\nNo. Indikator Kinerja Kesimpulan\n",
                        "No. Indikator Kinerja Target Realisasi Capaian Kesimpulan\n")
    text = text.replace("Tingkat penyelesaian aduan\n", "Menurunnya jumlah aduan\n")
    assert [r["indicator_raw"] for r in built(text).realisations] == [
        "Menurunnya jumlah aduan masyarakat", "Tingkat kehadiran rapat koordinasi"]


def test_a_scanned_quarter_rows_dash_cells_beside_grades_and_opinions_keep_their_columns():
    # Tesseract lost some borders of a quarterly row: 'WTP - WTP' (one quarter unfilled between two opinions),
    # '| - - |' (two unfilled quarters in one cell), 'BB 1O0%' (the grade before a capaian with a look-alike).
    # Each dash is a cell; read without them, the year's realisasi and capaian slide a column.
    text = ("No | Indikator Kinerja | Target 2023 | Realisasi Triwulan | Realisasi 2023 | Capaian\n"
            "| | | TW I | TW II | TW III | TW IV | |\n"
            "1 | Nilai evaluasi kinerja instansi | BB | -  BB | - - | BB 1O0% |\n"
            "2  Opini auditor atas laporan keuangan  WTP - WTP  -  - WTP  100%\n")
    grade, opinion = measures(text)
    assert (grade.target.text, grade.realisation.text, grade.achievement.value) == ("BB", "BB", 100)
    assert (opinion.target.text, opinion.realisation.text, opinion.achievement.value) == ("WTP", "WTP", 100)


def test_a_dash_between_two_numbers_may_still_be_a_range():
    # '70 - 80%': one target stated as a range, not two values with an unfilled cell between
    view = analyse_line(Line(number=1, page=1, text="1  Persentase desa yang terlayani  70 - 80%"))
    assert "-" not in [t.raw for t in view.values]


def test_a_cell_whose_8_and_percent_sign_ocr_both_misread_is_settled_by_the_rows_arithmetic():
    # 'B596' is 85% ('8' read as 'B', '%' as '96'), 'B9,5696' is 89,56%: the capaian proves them, and both
    # readings are recorded; a grade 'B' stays a grade
    text = ("LAPORAN KINERJA DINAS CONTOH TAHUN 2023\n\n"
            "Tabel 3.1 Capaian Kinerja\n"
            "No | Indikator Kinerja | Target | Realisasi | Capaian\n"
            "1 | Persentase dokumen yang selesai | B596 | 90% | 105,88%\n"
            "2 | Persentase laporan tepat waktu | 100% | B9,5696 | 89,56%\n"
            "3 | Nilai evaluasi kinerja | B | B | 100%\n")
    rows = {r["indicator_raw"]: r for r in built(text).realisations}
    first, second = rows["Persentase dokumen yang selesai"], rows["Persentase laporan tepat waktu"]
    assert (first["target_value"], second["realisation_value"]) == (85.0, 89.56)
    assert "arithmetic_capaian" in first["repairs"] and "ocr_letter_in_number" in second["repairs"]
    assert rows["Nilai evaluasi kinerja"]["target_text"] == "B"


def test_a_sentence_under_the_table_with_a_bracketed_count_after_its_rate_is_no_row():
    # A scanned table with a verdict column; the paragraph under it states a rate and explains it in brackets,
    # '81,25% (26 dari 32 los) dari': the count in brackets is no realisasi, and the sentence no row.
    text = ("Tabel 3.1 Capaian Kinerja Tahun 2023\n\n"
            "No  Indikator Kinerja Target Realisasi  Capaian(%) Kategori\n"
            "1 | Persentase pasar yang tertata | 80.00% | 84.00% | 105.00 | Sangat Baik\n"
            "\n\n"
            "2 Persentase pedagang yang terdaftar 90.00%  81.25% 90.28 Baik\n"
            "\n\n\n"
            "  Persentase pedagang yang terdaftar baru mencapai 81,25% (26 dari 32 los) dari\n"
            "  target 90% karena sebagian los masih dalam perbaikan.\n")
    rows = built(text).realisations
    assert [(r["indicator_raw"], r["target_value"], r["realisation_value"]) for r in rows] == [
        ("Persentase pasar yang tertata", 80.0, 84.0), ("Persentase pedagang yang terdaftar", 90.0, 81.25)]


def test_a_flattened_rows_sasaran_line_is_cut_from_its_indicator():
    # one cell per line under 'No | Sasaran Strategis | Target | Realisasi | %' (the header names no Indikator):
    # each row prints its sasaran on one line and its indicator on the next
    text = "\n".join([
        "Capaian Sasaran", "No", "Sasaran Strategis", "Target", "Realisasi", "%",
        "1", "Layanan Arsip Yang Tertib", "Jumlah arsip yang ditata", "40", "44", "110",
        "2", "Pembinaan Pegawai", "Nilai disiplin pegawai", "85", "80", "94",
    ])
    names = [m.indicator_raw for m in measures(text)]
    assert names == ["Jumlah arsip yang ditata", "Nilai disiplin pegawai"]


def test_rows_without_numbers_inside_one_long_line_are_cut_after_the_headers_count_of_values():
    # a page exported as one line, its rows numberless: each row ends after one value per value column
    page = ("9 Tabel 3.4 Capaian Kinerja Dinas Perpustakaan Indikator Kinerja Target Realisasi Capaian "
            "Persentase koleksi buku yang dipinjam ulang 60% 64% 106,67% Indeks literasi warga "
            "55 57,2 104% Jumlah taman baca aktif di kelurahan 18 21 116,67% "
            "Sumber: data diolah Berdasarkan tabel di atas capaian kinerja tahun ini baik.")
    rows = measures("LAPORAN KINERJA DINAS PERPUSTAKAAN KOTA TELAGA BIRU TAHUN 2021\n\n" + page + "\n", 2021)
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw, r.achievement.raw) for r in rows] == [
        ("Persentase koleksi buku yang dipinjam ulang", "60%", "64%", "106,67%"),
        ("Indeks literasi warga", "55", "57,2", "104%"),
        ("Jumlah taman baca aktif di kelurahan", "18", "21", "116,67%")]


def test_an_opener_word_inside_a_name_or_after_a_short_row_does_not_cut_a_numberless_row():
    from extract.long_lines import split_named_rows

    body = ("Persentase warga yang menilai Indeks layanan baik 70% 72% 102,86% "
            "Jumlah kelompok tani binaan 5 Nilai rata-rata kelompok 40 44 110%")
    assert split_named_rows(body, 3) == [
        "Persentase warga yang menilai Indeks layanan baik 70% 72% 102,86%",
        "Jumlah kelompok tani binaan 5 Nilai rata-rata kelompok 40 44 110%"]


def test_a_line_of_labelled_values_under_a_heading_is_no_row_named_by_its_labels() -> None:
    # a scanned report restates each row under its own heading after the table: 'Target 90% Reallsasi 92% ...';
    # read on as a row of the table above, its labels became an indicator named 'Target Reallsasi Capalan'
    text = ("No  lndikator Kinerja                           Target    Reallsasi   Capalan\n"
            "1   Persentase arsip yang tertata rapi          90%       92%         102,22%\n"
            "2   Jumlah pameran arsip keliling               4 kali    5 kali      125%\n"
            "\n"
            "B. Uraian per Indikator\n"
            "\n"
            "1. Persentase arsip yang tertata rapi\n"
            "\n"
            "    Target 90%   Reallsasi 92%   Capalan 102,22%\n")
    rows = table_records(text)[0]
    assert [r.indicator_raw for r in rows] == ["Persentase arsip yang tertata rapi", "Jumlah pameran arsip keliling"]


def test_a_last_years_realisasi_after_the_capaian_is_a_column_of_its_own():
    # 'Realisasi 2020' after 'Capaian 2021' closes the row with last year's value; read as no column, the
    # capaian slid into the realisasi and last year's value into the capaian
    text = ("No\tIndikator Kinerja\tTarget 2021\tRealisasi Triwulan\t\t\t\tRealisasi 2021\tCapaian 2021\tRealisasi 2020\n"
            "\t\t\tTW I\tTW II\tTW III\tTW IV\t\t\t\n"
            "1\tJumlah forum warga yang difasilitasi\t6 kali\t1 kali\t3 kali\t5 kali\t7 kali\t7 kali\t116,67%\t4 kali\n"
            "2\tNilai kinerja anggaran\tB\t-\t-\t-\tB\tB\t100%\tCC\n")
    forum, grade = measures(text, 2021)
    assert (forum.target.raw, forum.realisation.raw, forum.achievement.raw) == ("6 kali", "7 kali", "116,67%")
    assert (grade.target.text, grade.realisation.text, grade.achievement.raw) == ("B", "B", "100%")


def test_a_header_storey_of_years_and_quarters_is_read_with_the_header():
    # the years of 'Target', 'Realisasi' and 'Capaian' stand on the storey below, beside the quarters of the
    # 'Realisasi Triwulan' group: that line is the header's, and the rows under it are the table's
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi Triwulan\t\t\t\tRealisasi\tCapaian\n"
            "\t\t2021\tTW I\tTW II\tTW III\tTW IV\t2021\t2021\n"
            "1\tPersentase aduan warga yang dijawab\t90%\t20%\t45%\t70%\t93%\t93%\t103,33%\n"
            "2\tJumlah forum warga yang difasilitasi\t6 kali\t1 kali\t3 kali\t5 kali\t7 kali\t7 kali\t116,67%\n")
    rows = measures(text, 2021)
    assert [(r.target.raw, r.realisation.raw, r.achievement.raw) for r in rows] == [
        ("90%", "93%", "103,33%"), ("6 kali", "7 kali", "116,67%")]


def test_a_paragraph_whose_next_line_gives_an_amount_is_no_wrap_of_the_last_row():
    # under a scanned target table, after a blank line: 'Target tersebut ... anggaran Program X' over
    # 'sebesar Rp ... dan Program Y' (the full stop only on the third line): the paragraph, not the name's rest
    text = ("No | Sasaran | Indikator Kinerja | Target\n"
            "1 | Meningkatnya layanan | Persentase surat yang dijawab tepat waktu | 90%\n"
            "2 | Persentase arsip yang didigitalkan | 60%\n"
            "\n"
            "Target tersebut didukung oleh anggaran Program Dukungan Manajemen\n"
            "sebesar Rp 2.104.500.000,- dan Program Penyelenggaraan Pemilu dalam Proses\n"
            "Konsolidasi Demokrasi sebesar Rp 918.300.000,-.\n")
    assert [r.indicator_raw for r in measures(text)] == ["Persentase surat yang dijawab tepat waktu",
                                                         "Persentase arsip yang didigitalkan"]


def test_a_sentence_with_column_words_ending_on_its_table_reference_heads_no_table():
    # 'target ... disajikan pada Tabel' over '3.2. Untuk indikator ...': the reference's number wrapped to the
    # next line; read as a header over a row, '3.2' became a target
    text = ("Indikator kinerja utama beserta target Rencana Strategis 2020-2024 disajikan pada Tabel\n"
            "3.2. Untuk indikator jumlah forum warga yang difasilitasi, target Renstra dinyatakan secara\n"
            "kumulatif sejak tahun 2020.\n")
    assert measures(text, 2022) == []
