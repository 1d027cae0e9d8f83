"""Tables an LKj prints beside its capaian table: comparisons with other years and the Renstra, rating scales.

Their values are other years' or the plan's, or bands of a scale: read as the
year's result they would add wrong rows, or replace the main table's.
"""
from __future__ import annotations

from extract.model import Line, LocatedText
from extract.readers import lines_from_text
from extract.sentences import find_measure_sentences
from tests.table_text import table_records


def measures(text: str, year: int | None = None):
    return table_records(text, year)[0]


def values(rows) -> list[tuple]:
    """(indicator, target, realisasi, capaian) of each measure row, None where a value is absent."""
    return [(r.indicator_raw, r.target and r.target.value, r.realisation and r.realisation.value,
             r.achievement and r.achievement.value) for r in rows]


def test_a_table_of_targets_and_realisations_per_year_gives_the_report_years_pair():
    text = ("Tabel 3.4 Capaian Tiga Tahun Terakhir\n"
            "No\tIndikator Kinerja\tTarget 2021\tTarget 2022\tTarget 2023\tRealisasi 2021\tRealisasi 2022\tRealisasi 2023\n"
            "1\tPersentase arsip yang tertata sesuai standar\t70%\t75%\t80%\t71%\t77%\t82%\n"
            "2\tIndeks kepuasan pengguna layanan informasi\t80\t81\t83\t80,4\t81,9\t84,2\n")
    assert values(measures(text, 2023)) == [
        ("Persentase arsip yang tertata sesuai standar", 80.0, 82.0, None),
        ("Indeks kepuasan pengguna layanan informasi", 83.0, 84.2, None)]


def test_last_years_realisation_after_this_years_pair_is_not_the_capaian():
    # 'Target | Realisasi | Realisasi tahun lalu | Capaian': without a capaian the arithmetic cannot place them
    text = ("No\tIndikator Kinerja\tTarget 2022\tRealisasi 2022\tRealisasi 2021\tKeterangan\n"
            "1\tJumlah laporan keuangan yang disusun tepat waktu\t4 laporan\t4 laporan\t3 laporan\tTercapai\n"
            "2\tPersentase temuan pemeriksaan yang ditindaklanjuti\t90%\t87%\t92%\tBelum tercapai\n")
    assert values(measures(text, 2022)) == [
        ("Jumlah laporan keuangan yang disusun tepat waktu", 4.0, 4.0, None),
        ("Persentase temuan pemeriksaan yang ditindaklanjuti", 90.0, 87.0, None)]


def test_realisations_of_earlier_years_before_the_target_keep_their_place():
    text = ("| No | Indikator | Realisasi 2020 | Realisasi 2021 | Target 2022 | Realisasi 2022 | Capaian 2022 |\n"
            "|---|---|---|---|---|---|---|\n"
            "| 1 | Persentase desa dengan profil desa mutakhir | 55% | 61% | 65% | 66% | 101,54% |\n")
    assert values(measures(text, 2022)) == [("Persentase desa dengan profil desa mutakhir", 65.0, 66.0, 101.54)]


def test_realisation_and_capaian_per_year_under_their_words_give_the_report_years_columns():
    text = ("Indikator\n"
            "Realisasi (%) Capaian (%)\n"
            "2021 2022 2023 2021 2022 2023\n"
            "Persentase perkara yang diselesaikan tepat waktu 96 98,5 99 97 99,49 100\n")
    assert values(measures(text, 2023)) == [("Persentase perkara yang diselesaikan tepat waktu", None, 99.0, 100.0)]
    assert measures(text, 2019) == []  # none of the years is the report's: no column is the year's


def test_a_renstra_comparison_gives_no_result_of_the_year():
    text = ("Tabel 3.6 Perbandingan dengan Target Jangka Menengah\n"
            "No\tIndikator Kinerja\tTarget Akhir Renstra 2026\tRealisasi s.d. 2023\tTingkat Kemajuan\n"
            "1\tPersentase wajib pajak yang melapor secara daring\t90%\t76%\t84,44%\n")
    assert measures(text, 2023) == []


def test_realisations_of_years_without_a_target_give_no_rows():
    text = ("No\tIndikator Kinerja\tRealisasi 2021\tRealisasi 2022\tRealisasi 2023\n"
            "1\tPersentase sekolah dengan akreditasi minimal B\t64%\t69%\t73%\n")
    assert measures(text, 2023) == []
    assert measures(text) == []


def test_a_rating_scale_under_the_capaian_table_gives_no_rows():
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tPersentase rekomendasi pengawasan yang ditindaklanjuti\t85%\t88%\t103,53%\n"
            "Keterangan:\n"
            "91% ≤ 100%\tSangat Baik Sekali\n"
            "76% ≤ 90%\tBaik dan Memadai\n"
            "\n"
            "| No | Realisasi | Capaian | Predikat Kinerja |\n"
            "|---|---|---|---|\n"
            "| 1 | 85% - 100% | 90 s.d. 100 | Berhasil Dengan Sangat Baik |\n")
    assert values(measures(text, 2021)) == [
        ("Persentase rekomendasi pengawasan yang ditindaklanjuti", 85.0, 88.0, 103.53)]


def test_a_target_with_a_bound_is_still_read():
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tPersentase pemilih yang tidak memenuhi syarat dalam DPT\t≤ 2%\t1,5%\t125%\n")
    assert [r.indicator_raw for r in measures(text, 2021)] == ["Persentase pemilih yang tidak memenuhi syarat dalam DPT"]


def test_a_caption_reference_ending_a_line_is_no_value():
    # the sentence introducing a table ends with its caption: 'Tabel 3.7' is no realisasi of 3.7
    from pipeline import extract_document

    text = ("LAPORAN KINERJA DINAS KEARSIPAN KABUPATEN SUKAMAJU TAHUN 2022\n\n"
            "C. PENGUKURAN, EVALUASI DAN ANALISIS CAPAIAN KINERJA\n"
            "Sasaran Strategis 2\n"
            "Meningkatnya tertib arsip perangkat daerah\n"
            "Capaian sasaran 2 dapat dilihat pada tabel berikut ini : Tabel 3.7\n"
            "Analisis Capaian Sasaran 2\n")
    lines, pages = lines_from_text(text)
    built = extract_document(LocatedText("arsip.txt", "d", lines, pages)).built
    assert built.realisations == []


def test_a_header_naming_the_years_of_its_columns_is_no_result_sentence():
    lines = [Line(1, 1, "No. Indikator Kinerja Satuan Target 2021 Target"), Line(2, 1, "2022"),
             Line(3, 1, "Realisasi"), Line(4, 1, "2021 Realisasi 2022")]
    assert find_measure_sentences(lines) == []


def test_one_year_under_each_column_word_places_last_years_realisation():
    text = (" No  Indikator Kinerja                 Target    Realisasi   Realisasi\n"
            "                                       2023       2023        2022\n"
            " 1   Persentase pengaduan yang          90%        94%         88%\n"
            "     diselesaikan tepat waktu\n")
    assert values(measures(text, 2023)) == [
        ("Persentase pengaduan yang diselesaikan tepat waktu", 90.0, 94.0, None)]


def test_last_years_column_named_in_words_is_no_value_of_the_year():
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi\tRealisasi Tahun Lalu\n"
            "1\tPersentase dokumen anggaran yang disahkan tepat waktu\t100%\t95%\t100%\n")
    assert values(measures(text)) == [("Persentase dokumen anggaran yang disahkan tepat waktu", 100.0, 95.0, None)]


def test_columns_of_last_year_after_the_years_unnamed_pair_are_the_comparison():
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tRealisasi 2021\tCapaian 2021\n"
            "1\tPersentase aduan masyarakat yang ditindaklanjuti\t80%\t84%\t105%\t78%\t97,5%\n")
    assert values(measures(text, 2022)) == [("Persentase aduan masyarakat yang ditindaklanjuti", 80.0, 84.0, 105.0)]


def test_na_cells_after_a_rows_target_leave_it_a_row_of_its_own():
    # a line without borders: 'n/a' for realisasi and capaian must not hide the target in the row above's name
    text = ("No Indikator Kinerja Utama Satuan Target Realisasi Capaian\n"
            "1 Persentase tindak lanjut hasil pemeriksaan\n"
            "yang diselesaikan % 80% 84% 105%\n"
            "2 Persentase penurunan kasus pungutan liar\n"
            "di unit layanan % 30% n/a n/a\n")
    first, second = measures(text, 2021)
    assert first.indicator_raw.startswith("Persentase tindak lanjut hasil pemeriksaan yang diselesaikan")
    assert "pungutan" not in first.indicator_raw
    assert (first.target.value, first.realisation.value) == (80.0, 84.0)
    assert second.indicator_raw.startswith("Persentase penurunan kasus pungutan liar di unit layanan")
    # ... and the row is a result not yet measured: realisasi and capaian stated as 'n/a', no value
    assert second.target.value == 30.0
    assert (second.realisation.raw, second.realisation.value) == ("n/a", None)
    assert (second.achievement.raw, second.achievement.value) == ("n/a", None)


def test_progress_towards_the_plans_target_gives_no_result_of_the_year():
    text = ("No\tIndikator Kinerja\tTarget Akhir Renstra 2026\tRealisasi s.d. 2023\tCapaian (%)\n"
            "1\tPersentase jalan kabupaten dalam kondisi mantap\t75%\t68%\t90,67%\n")
    assert measures(text, 2023) == []


def test_a_numbered_sub_tables_caption_in_a_cell_is_no_value():
    from extract.lines import analyse_line

    view = analyse_line(Line(1, 1, "Capaian sasaran 3 disajikan pada Tabel 3.12"))
    assert view.values == []


def test_a_tables_rest_under_its_continued_caption_stays_in_the_table():
    head = ("Tabel 3.2 Capaian Indikator Kinerja Tahun 2021\n"
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tPersentase koperasi aktif yang sehat\t40%\t42%\t105%\n"
            "\n"
            "Laporan Kinerja Dinas Koperasi 2021  17\n"
            "\n")
    rest = "2\tJumlah wirausaha baru yang dibina\t150 orang\t162 orang\t108%\n"
    same = measures(head + "Tabel 3.2 (lanjutan)\n" + rest, 2021)
    assert [(r.indicator_raw, r.target.value) for r in same] == [
        ("Persentase koperasi aktif yang sehat", 40.0), ("Jumlah wirausaha baru yang dibina", 150.0)]
    # another table's rest ('Tabel 3.5 (lanjutan)') may have other columns: not read under this header
    assert len(measures(head + "Tabel 3.5 (lanjutan)\n" + rest, 2021)) == 1


def test_a_page_footer_printed_once_inside_a_table_is_no_row():
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tPersentase koperasi aktif yang sehat\t40%\t42%\t105%\n"
            "LKjIP Dinas Koperasi dan UMKM Tahun 2021    22\n"
            "2\tJumlah wirausaha baru yang dibina\t150 orang\t162 orang\t108%\n")
    assert [r.indicator_raw for r in measures(text, 2021)] == [
        "Persentase koperasi aktif yang sehat", "Jumlah wirausaha baru yang dibina"]


def test_years_under_one_word_of_a_space_aligned_header_are_placed_under_it():
    text = (" No  Indikator Kinerja             Target 2023       Realisasi             Capaian\n"
            "                                                2021     2022     2023\n"
            " 1   Persentase pasar rakyat         60%         48%      55%      63%      105%\n"
            "     yang direvitalisasi\n")
    assert values(measures(text, 2023)) == [
        ("Persentase pasar rakyat yang direvitalisasi", 60.0, 63.0, 105.0)]


def test_a_header_comparing_four_years_capaian_word_by_word_is_still_a_header():
    # 'Capaian Kinerja Tahun 2019' per column makes the line long; the years' 'Tahun' are no words of their own
    text = ("| No | Indikator Sasaran | Capaian Kinerja Tahun 2018 | Capaian Kinerja Tahun 2019 | "
            "Capaian Kinerja Tahun 2020 | Target Tahun 2021 | Realisasi Tahun 2021 | Capaian Kinerja Tahun 2021 |\n"
            "|---|---|---|---|---|---|---|---|\n"
            "| 1 | Persentase balita gizi buruk yang ditangani | 88% | 91% | 94% | 100% | 97% | 97% |\n")
    assert values(measures(text, 2021)) == [("Persentase balita gizi buruk yang ditangani", 100.0, 97.0, 97.0)]


def test_a_merged_years_target_and_realisasi_printed_after_the_other_columns_go_under_that_year():
    # a two-storey header read row by row: 'Tahun 2021' spans Target | Realisasi, printed last
    text = ("No Indikator Sasaran\n"
            "Capaian Kinerja Tahun 2018 Capaian Kinerja Tahun 2019 Capaian Kinerja Tahun 2020 "
            "Tahun 2021 Capaian Kinerja Tahun 2021 Target Realisasi\n"
            "1 Angka kesakitan demam berdarah per 100.000 penduduk 41 38 35 30 33 90,91\n"
            "2 Persentase puskesmas terakreditasi 60 72 80 85 88 103,53\n")
    assert values(measures(text, 2021)) == [
        ("Angka kesakitan demam berdarah per 100.000 penduduk", 30.0, 33.0, 90.91),
        ("Persentase puskesmas terakreditasi", 85.0, 88.0, 103.53)]


def test_a_merged_years_sub_columns_on_the_line_below_go_under_that_year():
    flat = ("No Indikator Kinerja Realisasi 2019 Realisasi 2020 Tahun 2021 Capaian 2021\n"
            "Target Realisasi\n"
            "1 Persentase pasar rakyat yang direvitalisasi 40 48 60 63 105\n")
    bordered = ("| No | Indikator Kinerja | Realisasi 2019 | Realisasi 2020 | Tahun 2021 | | Capaian 2021 |\n"
                "| | | | | Target | Realisasi | |\n"
                "|---|---|---|---|---|---|---|\n"
                "| 1 | Persentase pasar rakyat yang direvitalisasi | 40 | 48 | 60 | 63 | 105 |\n")
    tabbed = ("No\tIndikator Kinerja\tRealisasi 2019\tRealisasi 2020\tTahun 2021\t\tCapaian 2021\n"
              "\t\t\t\tTarget\tRealisasi\t\n"
              "1\tPersentase pasar rakyat yang direvitalisasi\t40\t48\t60\t63\t105\n")
    for text in (flat, bordered, tabbed):
        # read alone, 'Target Realisasi' would take the last two values (63 and 105)
        assert values(measures(text, 2021)) == [("Persentase pasar rakyat yang direvitalisasi", 60.0, 63.0, 105.0)]


def test_unfold_year_group_moves_only_a_merged_years_trailing_sub_columns():
    from extract.headers import unfold_year_group
    assert unfold_year_group("Capaian 2019 Tahun 2020 Capaian 2020 Target Realisasi") == \
        "Capaian 2019 Target Tahun 2020 Realisasi Tahun 2020 Capaian 2020"
    for kept in ("Indikator Kinerja Tahun 2020 Target Realisasi",  # the sub-columns already stand under it
                 "Capaian Kinerja Tahun 2019 Capaian Kinerja Tahun 2020 Target Realisasi",  # no merged year
                 "Tahun 2019 Capaian 2019 Tahun 2020 Capaian 2020 Target Realisasi"):  # two merged years: which is unknown
        assert unfold_year_group(kept) == kept


def test_a_column_counted_up_to_a_year_keeps_that_year_so_the_merged_year_takes_the_sub_columns():
    from extract.headers import unfold_year_group
    # 'Capaian s/d Tahun 2021' is the capaian column's year (counted up to it), no second merged year cell
    assert unfold_year_group("Realisasi Tahun 2020 Kondisi Tahun 2021 Target Renstra Capaian s/d Tahun 2021 "
                             "Target Realisasi") == ("Realisasi Tahun 2020 Kondisi Target Tahun 2021 Realisasi Tahun 2021 "
                                                     "Target Renstra Capaian s/d Tahun 2021")
    kept = "Tahun 2020 Capaian 2020 Tahun 2021 Capaian sampai dengan 2021 Target Realisasi"
    assert unfold_year_group(kept) == kept  # still two merged years: which one holds them is unknown


ABOVE_PLAN = ("No Indikator Sasaran Realisasi Tahun 2020 Kondisi Tahun 2021 Target Akhir Renstra "
              "Capaian sd Tahun 2021 Thd Target Akhir Renstra{sub}\n"
              "1 Persentase desa dengan air minum layak 70,50 72,00 75,60 105,00 80,00 94,50\n"
              "2 Cakupan imunisasi dasar lengkap 88,10 90,00 86,40 96,00 95,00 90,95\n")


def test_a_merged_years_target_and_realisasi_printed_last_take_the_capaian_after_them_by_arithmetic():
    # the year's group prints Target | Realisasi | (capaian, unnamed), then the plan's target and the capaian
    # against it; its sub-columns were printed after every other cell, on the same line or the next
    for sub in (" Target Realisasi", "\nTarget Realisasi"):
        assert values(measures(ABOVE_PLAN.format(sub=sub), 2021)) == [
            ("Persentase desa dengan air minum layak", 72.0, 75.6, 105.0),
            ("Cakupan imunisasi dasar lengkap", 90.0, 86.4, 96.0)]


def test_a_header_naming_each_columns_year_wrapped_over_several_lines_is_read_whole():
    # read as it stands, the header would end on its first line with two Target columns
    text = ("No. Indikator Kinerja Satuan Target 2022 Target\n"
            "2023\n"
            "Realisasi\n"
            "2022 Realisasi 2023\n"
            "Capaian 2022(%)\n"
            "Capaian 2023(%)\n"
            "02.01 Indeks Kepuasan Layanan Perizinan Nilai 80 82,5 81,2 83,9 101,5 101,7\n"
            "02.02 Persentase izin terbit tepat waktu Persen 90 92 93,1 90,4 103,44 98,26\n")
    assert values(measures(text, 2023)) == [
        ("Indeks Kepuasan Layanan Perizinan", 82.5, 83.9, 101.7),
        ("Persentase izin terbit tepat waktu", 92.0, 90.4, 98.26)]


def test_a_header_whose_years_each_wait_on_the_next_line_is_read_whole():
    # 'Target Realisasi Tahun' ends on the word 'Tahun', its year and the other year columns a cell a line below
    # (a blank line between each): read as it stands, the header named only Target and Realisasi, and each row's
    # last two values (the year's realisation and the capaian) were taken for them
    text = ("Tabel 3.2 Perbandingan realisasi indikator kinerja utama dengan dua tahun sebelumnya\n\n"
            "Target Realisasi Tahun\n\n"
            "2020\n\n"
            "Realisasi Tahun\n\n"
            "2021\n\n"
            "Realisasi Tahun\n\n"
            "2022\n\n"
            "Capaian Kinerja\n\n"
            "Tahun 2022\n\n"
            "1. Angka partisipasi sekolah usia 16-18 tahun\n\n"
            "72,40% 70,15% 71,02% 73,10% 100,97%\n\n"
            "2. Rasio guru terhadap murid jenjang SMP\n\n"
            "1,20% 1,32% 1,28% 1,25% 96,00%\n")
    assert values(measures(text, 2022)) == [
        ("Angka partisipasi sekolah usia 16-18 tahun", 72.4, 73.1, 100.97),
        ("Rasio guru terhadap murid jenjang SMP", 1.2, 1.25, 96.0)]


def test_an_abbreviated_realisasi_column_of_each_year_is_a_realisation():
    # 'Real.' unread, the year's target took the realisasi's value
    text = ("No Indikator Kinerja Real. Th. 2022 Target Th. 2023 Real. Th. 2023 Capaian (%)\n"
            "1 Persentase sekolah dengan sarana sanitasi layak 71 75 78 104\n")
    assert values(measures(text, 2023)) == [("Persentase sekolah dengan sarana sanitasi layak", 75.0, 78.0, 104.0)]
    _, budgets = table_records("No\tUraian\tPagu (Rp)\tReal. (Rp)\t%\n"
                               "1\tProgram Penunjang Urusan Pemerintahan\t1.250.000.000\t1.180.500.000\t94,44\n", 2023)
    assert [(b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        (1250000000.0, 1180500000.0, 94.44)]


def test_a_wrapped_year_header_whose_last_line_opens_the_first_row_is_read_whole():
    # 'Capaian 2023(%)' and the first row's code and name on one line: the header ended a line early (five columns
    # for six values) and the table gave no rows
    text = ("No. Indikator Kinerja Satuan Target 2022 Target\n"
            "2023\n"
            "Realisasi\n"
            "2022 Realisasi 2023\n"
            "Capaian 2022(%)\n"
            "Capaian 2023(%) 04.01 Indeks Kepuasan Layanan\n"
            "Kependudukan Nilai 78 80,5 79,1 82,4 101,41 102,36\n"
            "04.02 Persentase dokumen terbit tepat waktu Persen 85 90 88,2 91,5 103,76 101,67\n")
    assert values(measures(text, 2023)) == [
        ("Indeks Kepuasan Layanan Kependudukan", 80.5, 82.4, 102.36),
        ("Persentase dokumen terbit tepat waktu", 90.0, 91.5, 101.67)]


def test_years_under_centred_group_words_beside_the_name_labels_go_to_their_group():
    # 'Target' and 'Realisasi' centred over three years each, the years on the line of 'No  Indikator Kinerja',
    # the capaian's year with its unit: a centred label stands nearer the next group's first year than its own
    # last, but each group counts up, so the report year's target and realisasi are still found.
    text = ("                                      Target                  Realisasi          Capaian\n"
            " No  Indikator Kinerja        2021    2022    2023     2021    2022    2023    2023 (%)\n"
            " 1   Persentase sekolah       40%     45%     50%      41%     47%     52%      104,00\n"
            "     ramah anak\n"
            " 2   Jumlah pelatihan guru  6 Kali  6 Kali  8 Kali   6 Kali  7 Kali  8 Kali         100\n")
    assert values(measures(text, 2023)) == [
        ("Persentase sekolah ramah anak", 50.0, 52.0, 104.0),
        ("Jumlah pelatihan guru", 8.0, 8.0, 100.0)]


def test_a_result_run_between_other_years_columns_is_chosen_by_its_capaian():
    # the header's 'Target Realisasi Capaian' stands after its group's other columns, so read from the right the
    # row's target would be its capaian; the one run of three whose capaian is realisasi / target x 100 is the year's
    text = ("No Indikator Kinerja Realisasi 2019 Realisasi 2020\n"
            "Realisasi 2021 Target Akhir Renstra (2023) Capaian thd Renstra Target Realisasi Capaian\n"
            "1 Indeks kualitas tanah pertanian 40.10 45.20 48.00 52.80 110% 60.00 88,00%\n"
            "2 Indeks kebersihan pasar rakyat 66.00 70.10 72.50 70.00 96,55% 80.00 87,50%\n")
    assert values(measures(text, 2021)) == [
        ("Indeks kualitas tanah pertanian", 48.0, 52.8, 110.0),
        ("Indeks kebersihan pasar rakyat", 72.5, 70.0, 96.55)]


def test_revenue_targets_in_rupiah_without_rp_under_an_indicator_header_are_results():
    # a revenue office's 'last year | target | realisasi | %' in bare Rupiah amounts: the header names an
    # indicator column and each % is its realisasi / target, so these are results, not a pagu and its spending
    text = ("No Sasaran Strategis Indikator Kinerja\n"
            "2020 Target Realisasi %\n"
            "1. Meningkatnya pendapatan daerah Jumlah penerimaan retribusi parkir 1.200.000.000 1.500.000.000 1.350.000.000 90,00\n"
            "2. Meningkatnya kepatuhan wajib pajak Persentase wajib pajak yang taat 80% 85% 86,7% 102,00\n")
    found, budgets = table_records(text, 2021)
    assert budgets == []
    by_name = {r.indicator_raw: r for r in found}
    parkir = next(r for name, r in by_name.items() if "retribusi parkir" in name)
    assert (parkir.target.value, parkir.realisation.value, parkir.achievement.value) == \
        (1_500_000_000, 1_350_000_000, 90.0)


def test_rows_run_together_with_more_values_than_the_header_names_are_split_at_the_next_rows_number():
    # a web transcript: each row's values run on into the next row's number and the start of its name, and the
    # row holds one more value than the header's words name columns; the run still ends where the next row opens
    text = ("No Indikator Kinerja Realisasi 2019 Realisasi 2020\n"
            "\n"
            "Realisasi 2021 Target Akhir Renstra (2022) Capaian s.d 2021 terhadap 2022 Target Realisasi Capaian\n"
            "\n"
            "1. Indeks mutu air sumur warga 40.10 45.20 48.00 52.80 110% 60.00 88,000% 2 Indeks kebisingan\n"
            "\n"
            "kawasan industri 70.00 68.40 75.00 78.00 104 % 80.00 97,50%\n")
    assert values(measures(text, 2021)) == [
        ("Indeks mutu air sumur warga", 48.0, 52.8, 110.0),
        ("Indeks kebisingan kawasan industri", 75.0, 78.0, 104.0)]


def test_a_less_is_better_result_closing_its_row_keeps_its_place_beside_other_years():
    # capaian = target / realisasi x 100 (fewer cases is better): the last three values are the year's result,
    # though realisasi / target is no capaian; the earlier run '50 40 80' that happens to fit is not taken for it
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Angka kasus gizi buruk per 1.000 balita 60 50 40 80 50%\n")
    assert values(measures(text, 2021)) == [("Angka kasus gizi buruk per 1.000 balita", 40.0, 80.0, 50.0)]


PER_YEAR_MEASURE = ("Tabel 5\n\nPerbandingan skor kepuasan layanan Tahun 2021 dan 2022 Kelurahan Sidodadi.\n\n"
                    "No Tahun Target Skor Kepuasan Realisasi Skor Kepuasan Capaian\n\n"
                    "1 2021 70,0 74,20 106,00%\n\n2 2022 76,0 78,66 103,50%\n\nUraian program berikut ini.\n")


def test_a_per_year_table_of_one_measure_gives_the_report_years_row_named_by_its_header():
    # rows labelled by their year alone; the measure stands only in the header, after Target and after Realisasi
    assert values(measures(PER_YEAR_MEASURE, 2022)) == [("Skor Kepuasan", 76.0, 78.66, 103.5)]


def test_a_per_year_table_of_one_measure_gives_no_row_of_an_earlier_year():
    assert values(measures(PER_YEAR_MEASURE.replace("2 2022", "2 2023"), 2021)) == [
        ("Skor Kepuasan", 70.0, 74.2, 106.0)]
    assert values(measures(PER_YEAR_MEASURE, 2024)) == []  # neither row is the report year's


def test_a_per_year_table_of_one_measure_keeps_the_latest_row_when_the_year_is_unknown():
    assert values(measures(PER_YEAR_MEASURE)) == [("Skor Kepuasan", 76.0, 78.66, 103.5)]


def test_a_per_year_table_of_one_measure_with_rows_labelled_tahun_gives_the_report_years_row():
    text = PER_YEAR_MEASURE.replace("1 2021", "1 Tahun 2021").replace("2 2022", "2 Tahun 2022")
    assert values(measures(text, 2022)) == [("Skor Kepuasan", 76.0, 78.66, 103.5)]
