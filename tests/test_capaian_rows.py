"""Rows of capaian and target tables that state no single number: not yet measured, compound, run together.

Each would otherwise give no row, or a wrong value (the next row's number as
the realisasi, the last count of a compound target as the whole target).
"""
from __future__ import annotations

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
                                               "Jumlah inovasi pelayanan yang diterapkan Inovasi"]
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
