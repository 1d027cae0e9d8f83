"""Budget table shapes: amounts printed in thousands or millions, a negative Sisa, and short codes under their parent."""
from __future__ import annotations

import json

import pytest

from extract.budget_scale import scale_of
from extract.lines import analyse_line
from extract.model import Line
from extract.table_records import rows_to_records
from extract.tables import find_tables
from normalize.build import Built, build_budgets
from tests.table_text import table_records


def budgets_of(text: str):
    return table_records(text)[1]


def built_rows(text: str) -> list[dict]:
    built = Built()
    build_budgets("doc", budgets_of(text), built)
    return built.budgets


def test_a_caption_in_thousands_scales_every_amount_and_records_why():
    text = ("Tabel 3.9 Serapan Anggaran Tahun 2023 (dalam ribuan rupiah)\n"
            "No\tProgram\tPagu\tRealisasi\t%\n"
            "1\tProgram Dukungan Manajemen\t2.740.115\t2.688.002\t98,10\n"
            "2\tProgram Penyelenggaraan Pemilu\t940.500\t893.475\t95,00\n"
            "\tJumlah\t3.680.615\t3.581.477\t97,31\n")
    rows = built_rows(text)
    assert [(r["allocation"], r["realisation"], r["percent"]) for r in rows] == [
        (2_740_115_000, 2_688_002_000, 98.10), (940_500_000, 893_475_000, 95.00),
        (3_680_615_000, 3_581_477_000, 97.31)]
    repairs = json.loads(rows[0]["repairs"])
    assert {(r["field"], r["rule"], r["raw"]) for r in repairs} == {
        ("allocation", "amount_scale", "2.740.115"), ("realisation", "amount_scale", "2.688.002")}
    assert "dalam ribuan rupiah" in repairs[0]["evidence"]
    # the % still is realisasi / pagu: nothing flagged
    assert not any(r["flagged"] for r in rows)


def test_a_header_in_rp_000_or_rp_juta_scales_its_cells_decimals_included():
    thousands = ("No\tKegiatan\tAnggaran (Rp. 000)\tRealisasi (Rp. 000)\t%\n"
                 "1\tPemutakhiran Data Pemilih\t612.300\t600.054\t98,00\n")
    assert [(b.allocation.value, b.realisation.value) for b in budgets_of(thousands)] == [
        (612_300_000, 600_054_000)]
    millions = ("Uraian\tPagu (Rp juta)\tRealisasi (Rp juta)\t%\n"
                "Belanja Barang\t1.875,40\t1.790,25\t95,46\n")
    [row] = budgets_of(millions)
    assert (row.allocation.value, row.realisation.value) == (1_875_400_000, 1_790_250_000)
    assert row.allocation.trusted  # the decimal part is the amount's, not a fraction of a Rupiah


def test_a_unit_in_the_sentence_introducing_the_table_scales_it():
    # the unit stands in the lead-in above the title, not in the caption (whole reports do this)
    text = ("Serapan per jenis belanja tahun 2022 (dalam ribuan rupiah) disajikan\n"
            "sebagai berikut.\n"
            "\n"
            "Tabel 3.4 Serapan per Jenis Belanja Tahun 2022\n"
            "\n"
            "Akun\tJenis Belanja\tPagu\tRealisasi\t%\n"
            "52\tBelanja Barang\t4.310.600\t4.127.405\t95,75\n")
    [row] = budgets_of(text)
    assert (row.allocation.value, row.realisation.value) == (4_310_600_000, 4_127_405_000)
    assert "ribuan rupiah" in row.allocation.repairs[0].evidence
    # a paragraph above the title that does not lead into it ('... berikut.' / ':') scales nothing
    other = text.replace("sebagai berikut.", "pada lampiran laporan ini.")
    [row] = budgets_of(other)
    assert row.allocation.value == 4_310_600 and not row.allocation.repairs


def test_without_a_caption_nothing_is_scaled():
    text = ("Tabel 3.9 Serapan Anggaran Tahun 2023\n"
            "No\tProgram\tPagu\tRealisasi\t%\n"
            "1\tProgram Dukungan Manajemen\t2.740.115.000\t2.688.002.000\t98,10\n")
    [row] = budgets_of(text)
    assert row.allocation.value == 2_740_115_000 and not row.allocation.repairs


def test_scale_wording():
    assert scale_of("(dalam jutaan rupiah)") == 1_000_000
    assert scale_of("Realisasi Rp (juta)") == 1_000_000
    assert scale_of("Pagu (Rp '000)") == 1_000
    assert scale_of("Anggaran (dalam Milyar Rupiah)") == 1_000_000_000
    # an amount stated with its scale word is a sentence's amount, not a caption
    assert scale_of("pagu sebesar Rp 3 miliar rupiah") is None
    assert scale_of("Pagu Rp 1.000.000") is None
    assert scale_of("Pagu (Rp)") is None
    # a unit line under the caption: 'Satuan: Rp 1.000' (thousands), not a Rupiah amount of its own
    assert scale_of("Satuan : Rp 1.000") == 1_000 and scale_of("Satuan: Rp. 1.000.000") == 1_000_000
    assert scale_of("Satuan kerja dengan pagu Rp 1.000.000.000") is None


def test_a_sisa_in_brackets_or_with_a_minus_is_negative():
    text = ("Kode\tUraian\tPagu\tRealisasi\tSisa\t%\n"
            "6710\tPengadaan Logistik\t800.000.000\t830.000.000\t(30.000.000)\t103,75\n"
            "6711\tSosialisasi Pemilih\t500.000.000\t512.500.000\t-12.500.000\t102,50\n"
            "6712\tPengawasan Internal\t300.000.000\t270.000.000\t30.000.000\t90,00\n")
    assert [b.remainder.value for b in budgets_of(text)] == [-30_000_000, -12_500_000, 30_000_000]


def test_short_codes_are_written_out_under_the_code_printed_above():
    text = ("Kode\tProgram/Kegiatan/Output\tPagu\tRealisasi\t%\n"
            "054.02\tBadan Contoh Nasional\t900.000.000\t870.000.000\t96,67\n"
            "WA\tProgram Dukungan Manajemen\t600.000.000\t585.000.000\t97,50\n"
            "4410\tLayanan Umum Kantor\t600.000.000\t585.000.000\t97,50\n"
            "EBB\tLayanan Sarana Internal\t600.000.000\t585.000.000\t97,50\n"
            "951\tSarana Kantor\t600.000.000\t585.000.000\t97,50\n"
            "CQ\tProgram Teknis\t300.000.000\t285.000.000\t95,00\n"
            "4411\tBimbingan Teknis\t300.000.000\t285.000.000\t95,00\n"
            "002\tModul Bimbingan\t300.000.000\t285.000.000\t95,00\n")
    assert [b.code for b in budgets_of(text)] == [
        "054.02", "054.02.WA", "4410", "4410.EBB", "4410.EBB.951", "054.02.CQ", "4411", "4411.002"]


def test_a_short_code_without_its_parent_above_stays_as_printed():
    text = ("Kode\tUraian\tPagu\tRealisasi\t%\n"
            "EBB\tLayanan Sarana Internal\t600.000.000\t585.000.000\t97,50\n"
            "951\tSarana Kantor\t600.000.000\t585.000.000\t97,50\n")
    assert [b.code for b in budgets_of(text)] == ["EBB", "951"]


def test_a_table_right_under_another_takes_no_scale_from_the_caption_above_it():
    text = ("Realisasi (dalam jutaan rupiah)\n"
            "No\tUraian\tPagu\tRealisasi\t%\n"
            "1\tBelanja Barang\t1.875,40\t1.790,25\t95,46\n"
            "\n"
            "No\tProgram\tPagu\tRealisasi\t%\n"
            "1\tProgram Dukungan Manajemen\t2.740.115.000\t2.688.002.000\t98,10\n")
    first, second = budgets_of(text)
    assert first.allocation.value == 1_875_400_000
    assert second.allocation.value == 2_740_115_000 and not second.allocation.repairs


def test_a_header_times_a_thousand_scales_its_cells():
    text = ("No\tKegiatan\tPagu (x Rp 1.000)\tRealisasi (x Rp 1.000)\t%\n"
            "1\tPemutakhiran Data Pemilih\t612.300\t600.054\t98,00\n")
    assert [(b.allocation.value, b.realisation.value) for b in budgets_of(text)] == [(612_300_000, 600_054_000)]


def test_a_year_cell_with_look_alike_letters_is_still_the_rows_year():
    tabbed = ("Tabel 3.4 Anggaran dan Realisasi per Tahun\n"
              "Tahun\tPagu\tRealisasi\t%\n"
              "2O20\t2.804.100.000\t2.700.950.000\t96,32\n"
              "TA 2O21\t3.006.000.000\t2.950.000.000\t98,14\n"
              "2022\t3.310.500.000\t3.299.000.000\t99,65\n")
    assert [(r["fiscal_year"], r["allocation"]) for r in built_rows(tabbed)] == [
        (2020, 2_804_100_000), (2021, 3_006_000_000), (2022, 3_310_500_000)]
    flattened = "\n".join(["Tabel 3.4 Anggaran dan Realisasi per Tahun", "Tahun", "Pagu", "Realisasi", "%",
                           "TA 2020", "2.804.100.000", "2.700.950.000", "96,32",
                           "TA 2O21", "3.006.000.000", "2.950.000.000", "98,14",
                           "2O22", "3.310.500.000", "3.299.000.000", "99,65"])
    assert [(r["fiscal_year"], r["allocation"], r["percent"]) for r in built_rows(flattened)] == [
        (2020, 2_804_100_000, 96.32), (2021, 3_006_000_000, 98.14), (2022, 3_310_500_000, 99.65)]


def test_rows_under_program_kegiatan_sub_kegiatan_labels_take_the_level_the_label_names():
    under_labels = ("Tabel 3.12 Realisasi Anggaran per Program Tahun 2022\n"
                    "No\tUraian\tAnggaran\tRealisasi\t%\n"
                    "Program :\n"
                    "1\tPeningkatan Pelayanan Kependudukan\t2.450.000.000\t2.380.500.000\t97,16\n"
                    "Kegiatan :\n"
                    "1.1\tPelayanan Pendaftaran Penduduk\t610.000.000\t600.200.000\t98,39\n"
                    "    Sub-Kegiatan :\n"  # (an export indents each level)
                    "1.1.1\tPenyelenggaraan Layanan Keliling\t210.000.000\t205.000.000\t97,62\n"
                    "1.1.2\tPenerbitan Dokumen Pindah Datang\t400.000.000\t395.200.000\t98,80\n")
    assert [(r["name"], r["level"]) for r in built_rows(under_labels)] == [
        ("Peningkatan Pelayanan Kependudukan", "program"), ("Pelayanan Pendaftaran Penduduk", "kegiatan"),
        ("Penyelenggaraan Layanan Keliling", "output"), ("Penerbitan Dokumen Pindah Datang", "output")]
    in_first_cell = ("Uraian\tPagu\tRealisasi\t%\n"
                     "Program :\tPeningkatan Pelayanan Kependudukan\t2.450.000.000\t2.380.500.000\t97,16\n"
                     "Kegiatan :\tPelayanan Pendaftaran Penduduk\t610.000.000\t600.200.000\t98,39\n"
                     "Sub Kegiatan :\tPenyelenggaraan Layanan Keliling\t210.000.000\t205.000.000\t97,62\n")
    assert [r["level"] for r in built_rows(in_first_cell)] == ["program", "kegiatan", "output"]


def test_a_flattened_output_code_alone_on_its_line_opens_the_next_row():
    text = "\n".join(["Tabel 3.6 Realisasi Anggaran per Output Tahun 2023", "Kode", "Kegiatan/Output", "Pagu",
                      "Realisasi", "%",
                      "3357", "Dukungan Teknis Penyelenggaraan", "1.480.000.000", "1.402.300.000", "94,75",
                      "QGE", "Layanan Kehumasan", "220.000.000", "210.100.000", "95,50",
                      "004", "Layanan Publikasi", "120.000.000", "118.800.000", "99,00"])
    rows = built_rows(text)
    assert [(r["code"], r["name"], r["allocation"]) for r in rows] == [
        ("3357", "Dukungan Teknis Penyelenggaraan", 1_480_000_000),
        ("3357.QGE", "Layanan Kehumasan", 220_000_000),
        ("3357.QGE.004", "Layanan Publikasi", 120_000_000)]
    assert rows[1]["percent"] == 95.50 and rows[2]["level"] == "output"


def test_a_flattened_agreement_budget_header_word_per_line_names_no_row():
    text = "\n".join(["PERJANJIAN KINERJA TAHUN 2024", "Sasaran", "Indikator Kinerja", "Target",
                      "Terwujudnya tata kelola yang akuntabel", "Nilai evaluasi SAKIP", "72",
                      "Kegiatan", "Anggaran (Rp)",
                      "Kegiatan Pengelolaan Keuangan", "Rp 1.120.000.000",
                      "Kegiatan Pembinaan Aparatur", "Rp 480.000.000",
                      "Jumlah", "Rp 1.600.000.000"])
    rows = built_rows(text)
    assert [(r["name"], r["level"], r["allocation"]) for r in rows] == [
        ("Kegiatan Pengelolaan Keuangan", "kegiatan", 1_120_000_000),
        ("Kegiatan Pembinaan Aparatur", "kegiatan", 480_000_000), ("Jumlah", "total", 1_600_000_000)]
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(text.split("\n"), start=1)]
    measures = [m for table in find_tables(views) for m in rows_to_records(table)[0]]
    assert [m.indicator_raw for m in measures] == ["Nilai evaluasi SAKIP"]  # 'Kegiatan' is none of its name
    # with its 'No' and 'Keterangan' columns flattened too, and each row numbered with its source of funds under it
    numbered = "\n".join(["PERJANJIAN KINERJA TAHUN 2024", "Sasaran", "Indikator Kinerja", "Target",
                           "Terwujudnya tata kelola yang akuntabel", "Nilai evaluasi SAKIP", "72",
                           "No", "Kegiatan", "Anggaran", "Keterangan",
                           "1", "Kegiatan Pengelolaan Keuangan", "Rp 1.120.000.000", "APBD",
                           "2", "Kegiatan Pembinaan Aparatur", "Rp 480.000.000", "APBD"])
    assert [(r["name"], r["allocation"]) for r in built_rows(numbered)] == [
        ("Kegiatan Pengelolaan Keuangan", 1_120_000_000), ("Kegiatan Pembinaan Aparatur", 480_000_000)]
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(numbered.split("\n"), start=1)]
    measures = [m for table in find_tables(views) for m in rows_to_records(table)[0]]
    assert [m.indicator_raw for m in measures] == ["Nilai evaluasi SAKIP"]


def test_a_narrow_name_column_printed_a_word_a_line_keeps_the_whole_name_and_its_level():
    text = "\n".join([
        "Tabel 21", "Realisasi Keuangan Sasaran 2", "NO", "PROGRAM/", "KEGIATAN", "ANGGARAN", "(Rp)", "REALISASI",
        "(Rp)", "CAPAIAN", "(%)", "1 2 3 4 5", "Program Penataan Wilayah Administrasi 95.1",
        "Kegiatan", "Pembinaan", "Wilayah", "Perbatasan",
        "1. Sub Kegiatan", "Penataan", "Batas", "Wilayah", "Desa", "Tertinggal",
        "512.400.000 498.100.250 97.2",
        "Kegiatan", "Penegasan", "Batas", "Daerah",
        "1.Sub Kegiatan", "Koordinasi", "Penegasan", "Batas",
        "230.000.000 221.560.000 96.3",
        "2.Sub Kegiatan", "Pemetaan", "Batas", "Kecamatan",
        "410.750.000 380.900.100 92.7"])
    rows = built_rows(text)
    assert [(r["name"], r["level"], r["allocation"]) for r in rows] == [
        ("Sub Kegiatan Penataan Batas Wilayah Desa Tertinggal", "output", 512_400_000),
        ("Sub Kegiatan Koordinasi Penegasan Batas", "output", 230_000_000),
        ("Sub Kegiatan Pemetaan Batas Kecamatan", "output", 410_750_000)]


def test_flattened_rows_under_level_labels_take_the_level_and_none_of_the_label_words():
    text = "\n".join(["Kegiatan / Sub-Kegiatan", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)", "Realisasi (%)",
                      "Kegiatan :", "Pelayanan Perpustakaan Keliling", "615,200,000", "600,114,500", "97.55",
                      "Sub-Kegiatan :", "Pengadaan Koleksi Buku", "215,200,000", "210,114,500", "97.64",
                      "Pembinaan Taman Baca", "400,000,000", "390,000,000", "97.50"])
    rows = built_rows(text)
    assert [(r["name"], r["level"], r["allocation"]) for r in rows] == [
        ("Pelayanan Perpustakaan Keliling", "kegiatan", 615_200_000),
        ("Pengadaan Koleksi Buku", "output", 215_200_000), ("Pembinaan Taman Baca", "output", 400_000_000)]


def test_a_row_whose_name_states_its_level_keeps_it_under_another_label():
    text = ("Uraian\tAnggaran\tRealisasi\t%\n"
            "Program :\n"
            "Penataan Ruang Daerah\t900.000.000\t880.000.000\t97,78\n"
            "Kegiatan Penyusunan Rencana Detail Tata Ruang\t900.000.000\t880.000.000\t97,78\n")
    assert [r["level"] for r in built_rows(text)] == ["program", "kegiatan"]


def extracted(text: str):
    """A report's text through every stage: its budget rows and its document fields."""
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    lines, pages = lines_from_text(text)
    result = extract_document(LocatedText("laporan.txt", "d", lines, pages))
    return result.built.budgets, result.document


def test_a_budget_table_printed_sideways_gives_one_row_per_year_column():
    budgets, document = extracted(
        "LAPORAN KINERJA KPU KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "Tabel 3.9 Perbandingan Realisasi Anggaran Tahun 2021 - 2023\n"
        "| Uraian | 2021 | 2022 | 2023 |\n"
        "|---|---|---|---|\n"
        "| Pagu (Rp) | 1.820.000.000 | 2.615.400.000 | 9.870.000.000 |\n"
        "| Realisasi (Rp) | 1.774.500.000 | 2.530.125.000 | 9.652.860.000 |\n"
        "| Sisa (Rp) | 45.500.000 | 85.275.000 | 217.140.000 |\n"
        "| Persentase (%) | 97,50 | 96,74 | 97,80 |\n")
    assert [(b["fiscal_year"], b["allocation"], b["realisation"], b["percent"], b["remainder"], b["level"])
            for b in budgets] == [
        (2021, 1_820_000_000, 1_774_500_000, 97.5, 45_500_000, "total"),
        (2022, 2_615_400_000, 2_530_125_000, 96.74, 85_275_000, "total"),
        (2023, 9_870_000_000, 9_652_860_000, 97.8, 217_140_000, "total")]
    assert (document["total_allocation"], document["total_realisation"]) == (9_870_000_000, 9_652_860_000)


def test_a_sideways_rate_labelled_realisasi_in_percent_is_the_rate():
    budgets, _ = extracted(
        "LAPORAN KINERJA KPU KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "Uraian\t2022\t2023\n"
        "Pagu (Rp)\t2.615.400.000\t9.870.000.000\n"
        "Realisasi (%)\t96,74\t97,80\n"
        "Realisasi (Rp)\t2.530.125.000\t9.652.860.000\n")
    assert [(b["fiscal_year"], b["realisation"], b["percent"]) for b in budgets] == [
        (2022, 2_530_125_000, 96.74), (2023, 9_652_860_000, 97.8)]


def test_a_years_budget_listed_as_labelled_lines_is_one_row_and_its_sisa_no_pagu():
    budgets, document = extracted(
        "LAPORAN KINERJA KPU KOTA SUKAMAJU TAHUN 2023\n\n"
        "Tabel 3.4 Realisasi Anggaran Tahun 2023\n"
        "Pagu Anggaran\t: Rp 4.210.000.000\n"
        "Realisasi Anggaran\t: Rp 4.105.500.000\n"
        "Sisa Anggaran\t: Rp 104.500.000\n"
        "Persentase Realisasi\t: 97,52%\n")
    assert [(b["allocation"], b["realisation"], b["percent"], b["level"]) for b in budgets] == [
        (4_210_000_000, 4_105_500_000, 97.52, "total")]
    assert document["total_allocation"] == 4_210_000_000


def test_labelled_pagu_and_realisasi_lines_restating_the_tables_total_give_no_row_of_their_own():
    budgets, document = extracted(
        "LAPORAN KINERJA KPU KOTA SUKAMAJU TAHUN 2023\n\n"
        "Tabel 3.6 Realisasi Anggaran per Program\n"
        "No\tProgram\tPagu\tRealisasi\t%\n"
        "1\tProgram Penguatan Kelembagaan\t1.250.000.000\t1.200.000.000\t96,00\n"
        "2\tProgram Dukungan Manajemen\t2.750.000.000\t2.585.000.000\t94,00\n"
        "\tJumlah\t4.000.000.000\t3.785.000.000\t94,63\n\n"
        "Pagu Anggaran\t: Rp 4.000.000.000\n"
        "Realisasi Anggaran\t: Rp 3.785.000.000\n")
    assert [(b["name"], b["level"], b["allocation"], b["realisation"]) for b in budgets] == [
        ("Program Penguatan Kelembagaan", "program", 1_250_000_000, 1_200_000_000),
        ("Program Dukungan Manajemen", "program", 2_750_000_000, 2_585_000_000),
        ("Jumlah", "total", 4_000_000_000, 3_785_000_000)]
    assert (document["total_allocation"], document["total_realisation"]) == (4_000_000_000, 3_785_000_000)
    # lines stating other amounts than any row's are a budget of their own
    other, _ = extracted(
        "LAPORAN KINERJA KPU KOTA SUKAMAJU TAHUN 2023\n\n"
        "Tabel 3.6 Realisasi Anggaran per Program\n"
        "No\tProgram\tPagu\tRealisasi\t%\n"
        "1\tProgram Penguatan Kelembagaan\t1.250.000.000\t1.200.000.000\t96,00\n"
        "\tJumlah\t1.250.000.000\t1.200.000.000\t96,00\n\n"
        "Pagu Anggaran\t: Rp 4.000.000.000\n"
        "Realisasi Anggaran\t: Rp 3.785.000.000\n")
    assert [(b["allocation"], b["realisation"]) for b in other] == [
        (1_250_000_000, 1_200_000_000), (1_250_000_000, 1_200_000_000), (4_000_000_000, 3_785_000_000)]


def test_a_pagu_line_restating_the_sum_of_a_table_without_total_row_is_the_reports_budget_not_a_row():
    # No Jumlah row: 'Pagu Anggaran : Rp X' under the table is its rows' pagu added up (and the realisasi
    # line theirs): no row of its own (the realisasi never a pagu), and the report's whole budget.
    table = ("LAPORAN KINERJA DINAS ARSIP KABUPATEN SUKAMAJU TAHUN 2023\n\n"
             "Tabel 3.7 Realisasi Anggaran Tahun 2023\n"
             "No\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%\n"
             "1\tProgram Penunjang Urusan Pemerintahan Daerah\t1.640.000.000\t1.581.780.000\t96,45\n"
             "2\tProgram Pengelolaan Arsip Daerah\t385.500.000\t362.370.000\t94,00\n"
             "3\tProgram Perlindungan dan Penyelamatan Arsip\t214.250.000\t205.680.000\t96,00\n")
    budgets, document = extracted(table + "Pagu Anggaran : Rp 2.239.750.000\nRealisasi Anggaran : Rp 2.149.830.000\n")
    assert [(b["allocation"], b["realisation"], b["level"]) for b in budgets] == [
        (1_640_000_000, 1_581_780_000, "program"), (385_500_000, 362_370_000, "program"),
        (214_250_000, 205_680_000, "program")]
    assert (document["total_allocation"], document["total_realisation"]) == (2_239_750_000, 2_149_830_000)
    assert "line 8" in json.loads(document["evidence"])["total_allocation"]
    budgets, document = extracted(table + "Pagu Anggaran : Rp 2.239.750.000\n")  # the pagu alone
    assert len(budgets) == 3 and document["total_allocation"] == 2_239_750_000
    # an amount that is not the rows' sum is a budget line of its own, as before
    budgets, _ = extracted(table + "Pagu Anggaran : Rp 2.300.000.000\n")
    assert [b["allocation"] for b in budgets][-1] == 2_300_000_000


TABLE_OF_TWO = ("Tabel 3.6 Realisasi Anggaran per Program\n"
                "No Program Pagu Realisasi %\n"
                "1 Program Penguatan Kelembagaan 1.250.000.000 1.200.000.000 96,00\n"
                "2 Program Dukungan Manajemen 2.750.000.000 2.585.000.000 94,00\n"
                "Jumlah 4.000.000.000 3.785.000.000 94,63\n")


@pytest.mark.parametrize("statement, above", [
    ("Anggaran : Rp 4.000.000.000\nRealisasi : Rp 3.785.000.000\n", True),
    ("Pagu anggaran Rp 4.000.000.000\n", False)])
def test_the_tables_total_stated_again_above_or_below_it_gives_no_row_of_its_own(statement, above):
    head = "LAPORAN KINERJA KPU KOTA SUKAMAJU TAHUN 2023\n"
    text = head + statement + "\n" + TABLE_OF_TWO if above else head + TABLE_OF_TWO + "\n" + statement
    budgets, document = extracted(text)
    assert [(b["name"], b["allocation"]) for b in budgets] == [
        ("Program Penguatan Kelembagaan", 1_250_000_000), ("Program Dukungan Manajemen", 2_750_000_000),
        ("Jumlah", 4_000_000_000)]
    assert document["total_allocation"] == 4_000_000_000


def test_labelled_budget_lines_under_a_program_heading_are_that_programs():
    budgets, _ = extracted(
        "LAPORAN KINERJA KPU KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "1. Program Dukungan Manajemen\n"
        "Pagu : Rp 3.140.000.000\n"
        "Realisasi : Rp 3.020.680.000\n"
        "Persentase : 96,20%\n")
    assert [(b["name"], b["level"], b["allocation"]) for b in budgets] == [
        ("Program Dukungan Manajemen", "program", 3_140_000_000)]


def test_sideways_columns_whose_rate_contradicts_them_or_that_name_no_year_give_no_row():
    contradicted, _ = extracted(
        "LAPORAN KINERJA KPU KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "Uraian\t2022\t2023\n"
        "Pagu\t2.615.400.000\t9.870.000.000\n"
        "Realisasi\t2.530.125.000\t9.652.860.000\n"
        "Persentase\t88,10\t97,80\n")
    assert [b["fiscal_year"] for b in contradicted] == [2023]
    no_years, _ = extracted(
        "LAPORAN KINERJA KPU KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "Uraian\tAPBN\tHibah\n"
        "Pagu\t2.615.400.000\t9.870.000.000\n"
        "Realisasi\t2.530.125.000\t9.652.860.000\n")
    assert no_years == []


def test_a_physical_and_financial_progress_table_reads_its_money_target_as_the_pagu():
    """'Target Keuangan (Rp) | Realisasi Keuangan (Rp) | % | Target Fisik | Realisasi Fisik': the money target is
    the pagu; the physical columns' numbers are neither a target nor a realisation of the budget."""
    rows = built_rows("Tabel 3.8 Realisasi Fisik dan Keuangan Tahun 2023\n"
                      "No\tProgram\tTarget Keuangan (Rp)\tRealisasi Keuangan (Rp)\t%\tTarget Fisik (%)\t"
                      "Realisasi Fisik (%)\n"
                      "1\tProgram Penyelenggaraan Jalan\t6.400.000.000\t6.112.000.000\t95,50\t100\t97\n"
                      "2\tProgram Pengelolaan Sumber Daya Air\t1.500.000.000\t1.455.000.000\t97,00\t100\t100\n")
    assert [(r["allocation"], r["realisation"], r["percent"]) for r in rows] == [
        (6_400_000_000, 6_112_000_000, 95.5), (1_500_000_000, 1_455_000_000, 97.0)]


def test_a_capaian_table_with_budget_columns_gives_each_row_as_a_result_and_as_a_budget_row():
    """'Target | Realisasi | Capaian | Anggaran | Realisasi Anggaran | %': the first three measure the indicator,
    the last three are its budget; neither half is lost and no budget amount is read as the result."""
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    lines, pages = lines_from_text(
        "LAPORAN KINERJA DINAS PERPUSTAKAAN KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "Tabel 3.3 Capaian Kinerja dan Anggaran Tahun 2023\n"
        "| No | Indikator Kinerja | Target | Realisasi | Capaian (%) | Anggaran (Rp) | Realisasi Anggaran (Rp) | % |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| 1 | Persentase koleksi bahan pustaka yang dilayankan | 80% | 84% | 105,00 | 640.000.000 | 612.800.000 "
        "| 95,75 |\n"
        "| 2 | Jumlah kunjungan perpustakaan | 12.000 | 11.400 | 95,00 | 215.000.000 | 209.625.000 | 97,50 |\n")
    built = extract_document(LocatedText("laporan.txt", "d", lines, pages)).built
    assert [(r["target_value"], r["realisation_value"], r["achievement_value"]) for r in built.realisations] == [
        (80.0, 84.0, 105.0), (12000.0, 11400.0, 95.0)]
    assert [(b["allocation"], b["realisation"], b["percent"], b["level"]) for b in built.budgets] == [
        (640_000_000, 612_800_000, 95.75, "other"), (215_000_000, 209_625_000, 97.5, "other")]  # 'Jumlah kunjungan'


def test_an_amount_with_a_space_after_a_separator_is_read_whole_when_the_rows_rate_proves_it():
    """OCR left a space after a thousands dot ('1. 483.200.000', '2.910. 450.000'): the number before the space is
    no amount of its own; the whole reading is the one realisasi / pagu = the printed % proves."""
    scanned = built_rows("Tabel 3.6 Realisasi Anggaran Program Tahun 2021\n"
                         "NO PROGRAM ANGGARAN (Rp) REALISASI (Rp) %\n"
                         "1 Program Pengelolaan Kearsipan 1.560.000.000 1. 483.200.000 95,08\n"
                         "2 Program Penyelenggaraan Statistik 3.050.000.000 2.910. 450.000 95,42\n")
    assert [(r["allocation"], r["realisation"], r["percent"]) for r in scanned] == [
        (1_560_000_000, 1_483_200_000, 95.08), (3_050_000_000, 2_910_450_000, 95.42)]


def test_a_sideways_table_with_the_pagu_before_and_after_revision_takes_the_revised_one():
    budgets, document = extracted(
        "LAPORAN KINERJA KPU KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "| Uraian | TA 2022 | TA 2023 |\n"
        "|---|---|---|\n"
        "| Pagu Awal (Rp) | 2.100.000.000 | 8.800.000.000 |\n"
        "| Pagu Setelah Revisi (Rp) | 2.615.400.000 | 9.870.000.000 |\n"
        "| Realisasi (Rp) | 2.530.125.000 | 9.652.860.000 |\n"
        "| Persentase Realisasi (%) | 96,74 | 97,80 |\n")
    assert [(b["fiscal_year"], b["allocation"], b["line"]) for b in budgets] == [
        (2022, 2_615_400_000, 6), (2023, 9_870_000_000, 6)]
    assert document["total_allocation"] == 9_870_000_000


def test_an_agreements_target_and_anggaran_columns_stay_two_columns():
    """'Indikator Kinerja | Target | Anggaran (Rp)': the words 'Target Anggaran' side by side name two columns, a
    target and a pagu, not one money target; and a capaian table with a pagu column keeps its results too."""
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    def built(text: str):
        lines, pages = lines_from_text("LAPORAN KINERJA DINAS ARSIP KABUPATEN SUKAMAJU TAHUN 2023\n\n" + text)
        return extract_document(LocatedText("laporan.txt", "d", lines, pages)).built

    agreement = built("Tabel 2.3 Perjanjian Kinerja Tahun 2023\n"
                      "No\tIndikator Kinerja\tTarget\tAnggaran (Rp)\n"
                      "1\tPersentase arsip perangkat daerah yang tertata\t85%\t1.275.000.000\n"
                      "2\tIndeks kepuasan pengguna layanan arsip\t3,40\t410.000.000\n")
    assert [t["target_value"] for t in agreement.targets] == [85.0, 3.4]
    assert [(b["allocation"], b["realisation"]) for b in agreement.budgets] == [
        (1_275_000_000, None), (410_000_000, None)]
    measured = built("Tabel 3.1 Capaian Kinerja Tahun 2023\n"
                     "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tAnggaran (Rp)\n"
                     "1\tPersentase arsip perangkat daerah yang tertata\t85%\t88%\t103,53\t1.275.000.000\n")
    assert [(r["target_value"], r["realisation_value"], r["achievement_value"]) for r in measured.realisations] == [
        (85.0, 88.0, 103.53)]
    assert [b["allocation"] for b in measured.budgets] == [1_275_000_000]


def test_a_komponen_code_under_its_output_is_the_rows_code():
    """'3363.EBA.994.002' (kegiatan, KRO, RO and komponen) codes its row, an output-level line, as its RO would."""
    rows = built_rows("Kode\tUraian\tPagu\tRealisasi\t%\n"
                      "3363.EBA.994.001\tGaji dan Tunjangan\t2.640.000.000\t2.611.500.000\t98,92\n"
                      "3363.EBA.994.002\tOperasional dan Pemeliharaan Kantor\t980.000.000\t941.780.000\t96,10\n")
    assert [(r["code"], r["level"], r["name"]) for r in rows] == [
        ("3363.EBA.994.001", "output", "Gaji dan Tunjangan"),
        ("3363.EBA.994.002", "output", "Operasional dan Pemeliharaan Kantor")]


def test_a_sideways_table_flattened_one_cell_a_line_or_run_onto_one_line_is_read_too():
    flattened, document = extracted(
        "LAPORAN KINERJA KPU KABUPATEN SUKAMAJU TAHUN 2023\n"
        "Tabel 3.9 Perbandingan Realisasi Anggaran\n"
        "Uraian\n2022\n2023\n"
        "Pagu\n2.615.400.000\n9.870.000.000\n"
        "Realisasi\n2.530.125.000\n9.652.860.000\n"
        "Persentase\n96,74%\n97,80%\n"
        "Sumber: Subbagian Keuangan\n")
    assert [(b["fiscal_year"], b["allocation"], b["realisation"], b["percent"]) for b in flattened] == [
        (2022, 2_615_400_000, 2_530_125_000, 96.74), (2023, 9_870_000_000, 9_652_860_000, 97.8)]
    assert document["total_allocation"] == 9_870_000_000
    run_in, _ = extracted(
        "LAPORAN KINERJA KPU KABUPATEN SUKAMAJU TAHUN 2023 Tabel 3.9 Perbandingan Realisasi Anggaran Uraian 2022 "
        "2023 Pagu 2.615.400.000 9.870.000.000 Realisasi 2.530.125.000 9.652.860.000 Persentase 96,74% 97,80% "
        "Sumber: Subbagian Keuangan. Realisasi anggaran tahun 2023 naik dibanding tahun sebelumnya.\n")
    assert [(b["fiscal_year"], b["allocation"], b["realisation"]) for b in run_in] == [
        (2022, 2_615_400_000, 2_530_125_000), (2023, 9_870_000_000, 9_652_860_000)]


def test_a_budget_sentence_run_into_a_long_line_is_no_sideways_table():
    """One pagu and one realisasi in running text ('... dengan pagu Rp X realisasi Rp Y ...') name no year columns:
    the prose's, not a table's."""
    budgets, document = extracted(
        "LAPORAN KINERJA KPU KABUPATEN SUKAMAJU TAHUN 2023 Pada tahun 2023 Sekretariat mengelola anggaran dengan "
        "pagu Rp 9.870.000.000 realisasi Rp 9.652.860.000 atau 97,80% dari pagu, lebih tinggi dari tahun lalu yang "
        "mencapai 96,74%, karena pengadaan barang selesai tepat waktu.\n")
    assert budgets == []
    assert document["total_allocation"] == 9_870_000_000


def test_a_rows_rate_under_a_two_line_header_or_beside_the_physical_progress_is_the_one_the_amounts_prove():
    """'Realisasi' over 'Rp | %' leaves the rate's column unnamed, and a 'Realisasi Fisik (%)' column is no budget
    rate: the row's % is its number that realisasi / pagu x 100 gives to the decimals printed."""
    two_line = built_rows("Tabel 3.7 Realisasi Anggaran Tahun 2023\n"
                          "No\tProgram\tAnggaran\tRealisasi\t\tSisa\n"
                          "\t\t\tRp\t%\t\n"
                          "1\tProgram Pengelolaan Kearsipan\t1.560.000.000\t1.483.200.000\t95,08\t76.800.000\n"
                          "2\tProgram Penyelenggaraan Statistik\t3.050.000.000\t2.910.450.000\t95,42\t139.550.000\n")
    assert [(r["allocation"], r["realisation"], r["percent"]) for r in two_line] == [
        (1_560_000_000, 1_483_200_000, 95.08), (3_050_000_000, 2_910_450_000, 95.42)]
    physical = built_rows("Tabel 3.8 Realisasi Fisik dan Keuangan\n"
                          "| No | Program | Pagu (Rp) | Realisasi Keuangan | | Realisasi Fisik (%) |\n"
                          "| | | | Rp | % | |\n"
                          "| 1 | Program Penyelenggaraan Jalan | 6.400.000.000 | 6.112.000.000 | 95,50 | 98 |\n")
    assert [(r["realisation"], r["percent"]) for r in physical] == [(6_112_000_000, 95.5)]


def test_a_result_and_budget_table_under_grouped_header_cells_keeps_each_column_in_its_place():
    """'Kinerja' over 'Target | Realisasi | %' and 'Anggaran' over 'Pagu (Rp) | Realisasi (Rp) | %': the first '%' is
    the capaian (not a unit of 'Pagu'), the first 'Realisasi' the indicator's."""
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    lines, pages = lines_from_text(
        "LAPORAN KINERJA DINAS PERPUSTAKAAN KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "| No | Indikator Kinerja | Kinerja | | | Anggaran | | |\n"
        "| | | Target | Realisasi | % | Pagu (Rp) | Realisasi (Rp) | % |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| 1 | Persentase arsip perangkat daerah yang tertata | 85% | 88% | 103,53 | 1.275.000.000 | 1.224.000.000 "
        "| 96,00 |\n")
    built = extract_document(LocatedText("laporan.txt", "d", lines, pages)).built
    assert [(r["target_value"], r["realisation_value"], r["achievement_value"]) for r in built.realisations] == [
        (85.0, 88.0, 103.53)]
    assert [(b["allocation"], b["realisation"], b["percent"]) for b in built.budgets] == [
        (1_275_000_000, 1_224_000_000, 96.0)]


def test_a_programs_physical_progress_beside_its_budget_is_no_indicators_result():
    """'Fisik' over 'Target (%) | Realisasi (%)' and 'Keuangan' over 'Pagu | Realisasi | %', rows named by their
    program: budget rows only; the physical progress of a program measures no indicator."""
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    lines, pages = lines_from_text(
        "LAPORAN KINERJA DINAS PEKERJAAN UMUM KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "| No | Program | Fisik | | Keuangan | | |\n"
        "| | | Target (%) | Realisasi (%) | Pagu (Rp) | Realisasi (Rp) | % |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | Program Penyelenggaraan Jalan | 100 | 97 | 6.400.000.000 | 6.112.000.000 | 95,50 |\n")
    built = extract_document(LocatedText("laporan.txt", "d", lines, pages)).built
    assert built.realisations == []
    assert [(b["allocation"], b["realisation"], b["percent"]) for b in built.budgets] == [
        (6_400_000_000, 6_112_000_000, 95.5)]


def test_labelled_budget_lines_inside_an_indicators_block_are_no_whole_budget():
    """'Target : 100%' / 'Realisasi : 100%' / 'Anggaran : Rp X' / 'Realisasi Anggaran : Rp Y': the budget of one
    indicator, a row but not the year's total, which the prose states."""
    budgets, document = extracted(
        "LAPORAN KINERJA DINAS ARSIP KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "Indikator : Persentase arsip perangkat daerah yang tertata\n"
        "Target : 85%\n"
        "Realisasi : 88%\n"
        "Anggaran : Rp 640.000.000\n"
        "Realisasi Anggaran : Rp 612.800.000\n\n"
        "Pagu anggaran Dinas Arsip tahun 2023 sebesar Rp 4.000.000.000 dengan realisasi Rp 3.880.000.000 atau 97%.\n")
    assert [(b["allocation"], b["realisation"], b["level"]) for b in budgets] == [(640_000_000, 612_800_000, "other")]
    assert (document["total_allocation"], document["total_realisation"]) == (4_000_000_000, 3_880_000_000)


def test_a_realisation_up_to_a_quarter_listed_under_the_pagu_is_no_years_budget_row():
    budgets, _ = extracted(
        "LAPORAN KINERJA KPU KOTA SUKAMAJU TAHUN 2023\n\n"
        "Pagu DIPA : Rp 4.210.000.000\n"
        "Realisasi s.d. Triwulan II : Rp 1.905.500.000\n")
    assert [(b["allocation"], b["realisation"]) for b in budgets if b["realisation"]] == []


def test_in_a_budget_table_by_indicator_a_counting_indicator_is_no_jumlah_row():
    """'Indikator Kinerja | Anggaran | Realisasi | %': 'Jumlah kunjungan perpustakaan' is an indicator's budget;
    the table's own 'Jumlah' row is its total."""
    budgets, document = extracted(
        "LAPORAN KINERJA DINAS PERPUSTAKAAN KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "| No | Indikator Kinerja | Anggaran (Rp) | Realisasi (Rp) | % |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Jumlah kunjungan perpustakaan | 215.000.000 | 209.625.000 | 97,50 |\n"
        "| 2 | Persentase koleksi yang dilayankan | 640.000.000 | 612.800.000 | 95,75 |\n"
        "| | Jumlah | 855.000.000 | 822.425.000 | 96,19 |\n")
    assert [b["level"] for b in budgets] == ["other", "other", "total"]
    assert document["total_allocation"] == 855_000_000


def test_a_list_of_programs_naming_their_pagu_and_realisasi_gives_their_rows_and_no_total():
    """'1. Program X : Pagu Rp A, realisasi Rp R (P%)' item by item: each a program's row; no item's pagu is the
    year's whole budget."""
    budgets, document = extracted(
        "LAPORAN KINERJA DINAS ARSIP KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "Realisasi anggaran per program sebagai berikut:\n"
        "1. Program Pengelolaan Kearsipan : Pagu Rp 1.560.000.000, realisasi Rp 1.483.200.000 (95,08%)\n"
        "2. Program Penyelenggaraan Statistik : Pagu Rp 3.050.000.000, realisasi Rp 2.910.450.000 (95,42%)\n")
    assert [(b["name"], b["allocation"], b["realisation"], b["percent"]) for b in budgets] == [
        ("Program Pengelolaan Kearsipan", 1_560_000_000, 1_483_200_000, 95.08),
        ("Program Penyelenggaraan Statistik", 3_050_000_000, 2_910_450_000, 95.42)]
    assert document["total_allocation"] is None


def test_a_rate_parted_at_its_decimal_separator_is_read_whole_when_the_amounts_prove_it():
    rows = built_rows("Tabel 3.9 Realisasi Anggaran Tahun 2021\n"
                      "No Program Anggaran (Rp) Realisasi (Rp) %\n"
                      "1 Program Pengelolaan Kearsipan 1.560.000.000 1.483.200.000 95, 08\n"
                      "2 Program Penyelenggaraan Statistik 3.050.000.000 2.910.450.000 95,42\n")
    assert [r["percent"] for r in rows] == [95.08, 95.42]


def test_a_realisation_column_printed_before_the_pagu_column_is_read_as_its_own():
    # 'Realisasi (Rp) | Pagu (Rp)' are two columns, not one 'Realisasi Anggaran': bordered, tabbed or
    # run together with only the units between them
    shapes = ["| No | Kegiatan | Realisasi (Rp) | Pagu (Rp) | % |\n"
              "| 1 | Pembinaan Badan Adhoc | 718.250.000 | 750.000.000 | 95,77 |\n",
              "No\tKegiatan\tRealisasi\tPagu\t%\n1\tPembinaan Badan Adhoc\t718.250.000\t750.000.000\t95,77\n",
              "No Kegiatan Realisasi (Rp) Pagu (Rp) %\n1 Pembinaan Badan Adhoc 718.250.000 750.000.000 95,77\n"]
    for text in shapes:
        [row] = budgets_of(text)
        assert (row.allocation.value, row.realisation.value) == (750_000_000, 718_250_000), text
    # 'Realisasi Anggaran (Rp) | Pagu Anggaran (Rp)': the pagu's column after the realisation's
    [row] = budgets_of("No Kegiatan Realisasi Anggaran (Rp) Pagu Anggaran (Rp) %\n"
                       "1 Pembinaan Badan Adhoc 718.250.000 750.000.000 95,77\n")
    assert (row.allocation.value, row.realisation.value) == (750_000_000, 718_250_000)
    # a header flattened one cell a line: the unit closes the Realisasi cell
    flat = ("No\nKegiatan\nRealisasi (Rp)\nPagu (Rp)\n%\n"
            "1\nPembinaan Badan Adhoc\n718.250.000\n750.000.000\n95,77\n")
    [row] = budgets_of(flat)
    assert (row.allocation.value, row.realisation.value) == (750_000_000, 718_250_000)
    # with a Sisa and a 'Realisasi (%)' after the pagu: the second Realisasi is the rate
    [row] = budgets_of("| No | Kegiatan | Realisasi (Rp) | Pagu (Rp) | Sisa (Rp) | Realisasi (%) |\n"
                       "| 1 | Pembinaan Badan Adhoc | 718.250.000 | 750.000.000 | 31.750.000 | 95,77 |\n")
    assert (row.allocation.value, row.realisation.value, row.percent.value, row.remainder.value) == (
        750_000_000, 718_250_000, 95.77, 31_750_000)
    # 'Realisasi Anggaran' after the pagu still names one column
    [row] = budgets_of("No\tKegiatan\tPagu\tRealisasi Anggaran\t%\n"
                       "1\tPembinaan Badan Adhoc\t750.000.000\t718.250.000\t95,77\n")
    assert (row.allocation.value, row.realisation.value) == (750_000_000, 718_250_000)


def test_a_rate_with_a_space_before_its_decimal_comma_keeps_its_row():
    # Tesseract: '93 ,82' closing the line; ',82' opens no number, so it continues the 93
    text = ("No Kegiatan Pagu (Rp) Realisasi (Rp) %\n"
            "1 Pembinaan Badan Adhoc 750.000.000 718.250.000 95,77\n"
            "2 Sosialisasi Pemilih 640.000.000 600.448.000 93 ,82\n")
    rows = budgets_of(text)
    assert [(r.allocation.value, r.realisation.value, r.percent.value) for r in rows] == [
        (750_000_000, 718_250_000, 95.77), (640_000_000, 600_448_000, 93.82)]
    [repair] = rows[1].percent.repairs
    assert repair.before == "93 ,82"


def test_a_scanned_budget_name_wrapped_around_its_value_line_is_read_whole():
    header = "No Program Anggaran (Rp) Realisasi (Rp) %\n"
    # the values beside the name's last line: the numbered line above opens the name
    above = (header +
             "1 Program Pengelolaan Keuangan dan Aset\n"
             "Daerah Provinsi 1.500.000.000 1.425.000.000 95,00\n"
             "2 Program Perencanaan Pembangunan\n"
             "Wilayah 800.000.000 784.000.000 98,00\n"
             "JUMLAH 2.300.000.000 2.209.000.000 96,04\n")
    # the values beside the name's first line: the lines under it, up to the next row's number, end it
    below = (header +
             "1 Program Pengelolaan Keuangan dan Aset 1.500.000.000 1.425.000.000 95,00\n"
             "Daerah Provinsi\n"
             "2 Program Perencanaan Pembangunan 800.000.000 784.000.000 98,00\n"
             "Wilayah\n"
             "JUMLAH 2.300.000.000 2.209.000.000 96,04\n")
    for text in (above, below):
        rows = built_rows(text)
        assert [(r["name"], r["level"]) for r in rows] == [
            ("Program Pengelolaan Keuangan dan Aset Daerah Provinsi", "program"),
            ("Program Perencanaan Pembangunan Wilayah", "program"), ("JUMLAH", "total")], text
    # the next row's number on its own line above its values ends the tail too
    middle = (header +
              "1 Program Pengelolaan Keuangan\n"
              "dan Aset 1.500.000.000 1.425.000.000 95,00\n"
              "Daerah Provinsi\n"
              "2 Program Perencanaan\n"
              "Pembangunan Wilayah 800.000.000 784.000.000 98,00\n")
    assert [r["name"] for r in built_rows(middle)] == [
        "Program Pengelolaan Keuangan dan Aset Daerah Provinsi", "Program Perencanaan Pembangunan Wilayah"]
    # a value line naming a row of its own keeps its name
    own = (header +
           "1 Program Pengelolaan Keuangan dan Aset\n"
           "Kegiatan Penyusunan Laporan 1.500.000.000 1.425.000.000 95,00\n")
    assert [r["name"] for r in built_rows(own)] == ["Kegiatan Penyusunan Laporan"]
    # a numbered group heading over unnumbered rows named in full is no name's opening
    grouped = (header +
               "1 Program Pengelolaan Keuangan dan Aset\n"
               "Penyusunan Neraca 1.500.000.000 1.425.000.000 95,00\n"
               "Penyediaan Jasa Kantor 800.000.000 784.000.000 98,00\n")
    assert [r["name"] for r in built_rows(grouped)] == ["Penyusunan Neraca", "Penyediaan Jasa Kantor"]


def test_a_realisation_printed_as_a_dash_is_zero_when_its_rate_is_zero():
    text = ("| No | Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |\n"
            "| 1 | Pembinaan Badan Adhoc | 750.000.000 | 718.250.000 | 95,77 |\n"
            "| 2 | Pengadaan Kendaraan | 410.000.000 | - | 0,00% |\n"
            "| 3 | Rehabilitasi Gedung | 95.000.000 | - | - |\n")
    rows = built_rows(text)
    assert [(r["realisation"], r["percent"]) for r in rows] == [(718_250_000, 95.77), (0, 0.0), (None, None)]
    [repair] = json.loads(rows[1]["repairs"])
    assert (repair["field"], repair["rule"], repair["raw"]) == ("realisation", "dash_as_zero", "-")


def test_a_kegiatan_named_penganggaran_dan_evaluasi_is_no_header_line():
    # the standard kegiatan of a regional office's table, wrapped so its first line stands alone: its
    # 'Penganggaran' and 'Evaluasi' are no 'Anggaran' and 'Realisasi' columns of a new table
    text = ("Kode Program/Kegiatan Pagu Realisasi %\n"
            "3.27.01 Program Penunjang Urusan Pemerintahan Daerah Provinsi 5.400.000.000 5.292.000.000 98,00\n"
            "3.27.01.1.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja\n"
            "Perangkat Daerah 210.000.000 205.800.000 98,00\n"
            "3.27.01.1.01.0001 Penyusunan Dokumen Renja 210.000.000 205.800.000 98,00\n")
    rows = built_rows(text)
    assert [(r["code"], r["name"]) for r in rows][1:] == [
        ("3.27.01.1.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"),
        ("3.27.01.1.01.0001", "Penyusunan Dokumen Renja")]


def test_a_pagu_stated_in_words_takes_its_realisation_from_the_table_row_with_the_same_pagu():
    """'dialokasikan sebesar Rp X' in the prose, then a table whose 'Pagu' row prints X with its realisasi: the
    row's realisasi is the whole budget's (the same amount to the rupiah), and the evidence names its line."""
    budgets, document = extracted(
        "LAPORAN KINERJA DIREKTORAT PEMBINAAN SEKOLAH TAHUN 2019\n\n"
        "Anggaran Direktorat tahun 2019 yang dialokasikan sebesar Rp 812.400.000.000,- (delapan ratus dua belas "
        "milyar empat ratus juta rupiah).\n\n"
        "Tabel 5 Daya Serap Anggaran Direktorat\n\n"
        "NO ANGGARAN TARGET REALISASI %\n\n"
        "1 Pagu Rp 812.400.000.000,- Rp 730.347.600.000,- 89,90\n\n"
        "2 Perjanjian Kinerja Rp 700.000.000.000,- Rp 640.500.000.000,- 91,50\n")
    assert [(b["allocation"], b["realisation"]) for b in budgets] == [
        (812_400_000_000, 730_347_600_000), (700_000_000_000, 640_500_000_000)]
    assert (document["total_allocation"], document["total_realisation"]) == (812_400_000_000, 730_347_600_000)
    assert json.loads(document["evidence"])["total_realisation"].startswith("line 9: 812.400.000.000")


def test_a_pagu_stated_in_words_beside_rows_of_other_amounts_keeps_no_realisation():
    budgets, document = extracted(
        "LAPORAN KINERJA DIREKTORAT PEMBINAAN SEKOLAH TAHUN 2019\n\n"
        "Anggaran Direktorat tahun 2019 yang dialokasikan sebesar Rp 812.400.000.000,-.\n\n"
        "NO ANGGARAN TARGET REALISASI %\n\n"
        "1 Perjanjian Kinerja Rp 700.000.000.000,- Rp 640.500.000.000,- 91,50\n")
    assert [(b["allocation"], b["realisation"]) for b in budgets] == [(700_000_000_000, 640_500_000_000)]
    assert (document["total_allocation"], document["total_realisation"]) == (812_400_000_000, None)


def test_an_agreements_total_pagu_takes_the_realisation_the_prose_states_with_the_percent_it_proves():
    """'TOTAL ANGGARAN Rp X' in the agreement, 'realisasi ... Rp R atau P%' in the prose without the pagu: R / X
    gives P, so R is the year's realisasi; a realisasi whose % that pagu does not give stays out."""
    text = ("LAPORAN KINERJA KPU KABUPATEN SUKAMAJU TAHUN 2023\n\n"
            "Program Anggaran\n"
            "1. Program Dukungan Manajemen Rp 4.500.000.000\n"
            "2. Program Penyelenggaraan Pemilu Rp 1.500.000.000\n"
            "TOTAL ANGGARAN Rp 6.000.000.000\n\n"
            "3.2 Realisasi Anggaran\n"
            "Realisasi anggaran KPU Kabupaten Sukamaju sampai dengan 31 Desember 2023 sebesar "
            "Rp 5.700.000.000 atau 95%.\n")
    _, document = extracted(text)
    assert (document["total_allocation"], document["total_realisation"]) == (6_000_000_000, 5_700_000_000)
    assert json.loads(document["evidence"])["total_realisation"].startswith("line 9:")
    _, document = extracted(text.replace("95%", "93%"))
    assert (document["total_allocation"], document["total_realisation"]) == (6_000_000_000, None)


BUDGET_FIRST_LAYOUTS = {
    "bordered": (
        "| No | Sasaran | Pagu | Realisasi | % | Indikator Kinerja | Target | Realisasi | Capaian |\n"
        "|---|---|---|---|---|---|---|---|---|\n"
        "| 1 | Meningkatnya tertib arsip daerah | 930.000.000 | 902.100.000 | 97,00 | Persentase arsip yang "
        "dialihmediakan | 70% | 77% | 110% |\n"
        "| 2 | Meningkatnya layanan informasi | 410.000.000 | 389.500.000 | 95,00 | Indeks kepuasan pengguna arsip "
        "| 3,20 | 3,36 | 105% |\n"),
    "tab with Rp": (
        "No\tSasaran\tAnggaran\tRealisasi\t%\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
        "1\tMeningkatnya tertib arsip daerah\tRp 930.000.000\tRp 902.100.000\t97,00%\tPersentase arsip yang "
        "dialihmediakan\t70%\t77%\t110%\n"
        "2\tMeningkatnya layanan informasi\tRp 410.000.000\tRp 389.500.000\t95,00%\tIndeks kepuasan pengguna arsip"
        "\t3,20\t3,36\t105%\n"),
    "grouped header cells": (
        "| No | Sasaran | Anggaran | | | Indikator Kinerja | Kinerja | | |\n"
        "| | | Pagu | Realisasi | % | | Target | Realisasi | Capaian |\n"
        "| 1 | Meningkatnya tertib arsip daerah | 930.000.000 | 902.100.000 | 97,00 | Persentase arsip yang "
        "dialihmediakan | 70% | 77% | 110% |\n"
        "| 2 | Meningkatnya layanan informasi | 410.000.000 | 389.500.000 | 95,00 | Indeks kepuasan pengguna arsip "
        "| 3,20 | 3,36 | 105% |\n"),
    "space-aligned": (
        "No  Sasaran                  Anggaran                               Indikator Kinerja          Kinerja\n"
        "                             Pagu          Realisasi      %                                    Target  Realisasi  Capaian\n"
        "1   Meningkatnya tertib      930.000.000   902.100.000    97,00     Persentase arsip yang      70%     77%        110%\n"
        "    arsip daerah                                                   dialihmediakan\n"
        "2   Meningkatnya layanan     410.000.000   389.500.000    95,00     Indeks kepuasan pengguna   3,20    3,36       105%\n"
        "    informasi                                                      arsip\n"),
}


@pytest.mark.parametrize("layout", list(BUDGET_FIRST_LAYOUTS))
def test_a_budget_group_printed_before_the_measure_gives_each_row_as_a_result_and_as_a_budget_row(layout):
    """'Pagu | Realisasi | % | Indikator | Target | Realisasi | Capaian': the budget columns come first; the
    'Realisasi' and 'Capaian' after the Target are the indicator's, so its result is kept beside its budget
    (it was lost: the second Realisasi read as a second rate, the Capaian as none)."""
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    lines, pages = lines_from_text(
        "LAPORAN KINERJA DINAS KEARSIPAN KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "Tabel 3.4 Capaian Kinerja dan Realisasi Anggaran per Sasaran\n" + BUDGET_FIRST_LAYOUTS[layout] + "\n"
        "Sumber: data diolah.\n")
    built = extract_document(LocatedText("laporan.txt", "d", lines, pages)).built
    assert [(r["indicator_raw"], r["target_value"], r["realisation_value"], r["achievement_value"])
            for r in built.realisations] == [
        ("Persentase arsip yang dialihmediakan", 70.0, 77.0, 110.0),
        ("Indeks kepuasan pengguna arsip", 3.2, 3.36, 105.0)]
    assert [(b["allocation"], b["realisation"], b["percent"]) for b in built.budgets] == [
        (930_000_000, 902_100_000, 97.0), (410_000_000, 389_500_000, 95.0)]


def test_rupiah_budget_cells_beside_a_result_do_not_drop_the_result():
    """'Target | Realisasi | Capaian | Anggaran | Realisasi' with the amounts printed 'Rp ...': the 'Rp' is the budget
    cells', not a sign that the row's measure is an amount."""
    measures, budgets = table_records(
        "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tAnggaran\tRealisasi\t%\n"
        "1\tPersentase arsip yang dialihmediakan\t70%\t77%\t110%\tRp 930.000.000\tRp 902.100.000\t97,00%\n")
    assert [(m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [(70.0, 77.0, 110.0)]
    assert [(b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        (930_000_000, 902_100_000, 97.0)]


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_sasarans_budget_beside_its_result_is_named_by_the_sasaran(sep):
    """'Sasaran | Indikator | Target | Realisasi | Capaian | Pagu | Realisasi | %': the pagu is the sasaran's, so its
    budget row is named as the sasaran is printed; the result keeps the indicator's name."""
    cells = [["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Pagu", "Realisasi", "%"],
             ["1", "Meningkatnya tertib arsip daerah", "Persentase arsip yang dialihmediakan", "70%", "77%", "110%",
              "930.000.000", "902.100.000", "97,00"]]
    measures, budgets = table_records("\n".join(sep.join(row) for row in cells))
    assert [m.indicator_raw for m in measures] == ["Persentase arsip yang dialihmediakan"]
    assert [(b.name, b.allocation.value) for b in budgets] == [("Meningkatnya tertib arsip daerah", 930_000_000)]


def test_a_program_column_still_names_the_budget_of_a_result_and_budget_table():
    """With both a Program and a Sasaran column, the program names the budget row."""
    _, budgets = table_records(
        "No\tSasaran\tProgram\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tPagu\tRealisasi\t%\n"
        "1\tMeningkatnya tertib arsip daerah\tProgram Pengelolaan Arsip\tPersentase arsip yang dialihmediakan\t70%\t77%"
        "\t110%\t930.000.000\t902.100.000\t97,00\n")
    assert [b.name for b in budgets] == ["Program Pengelolaan Arsip"]


def test_a_sasaran_named_on_the_group_line_above_the_value_words_names_its_budget():
    """'| No | Sasaran | Indikator | Kinerja | | | Anggaran | | |' over '| | | | Target | ... | Pagu | Realisasi | % |':
    the Sasaran column is named on the first header line only, and still names the budget row."""
    measures, budgets = table_records(
        "| No | Sasaran | Indikator Kinerja | Kinerja | | | Anggaran | | |\n"
        "| | | | Target | Realisasi | Capaian | Pagu | Realisasi | % |\n"
        "| 1 | Meningkatnya tertib arsip daerah | Persentase arsip yang dialihmediakan | 70% | 77% | 110% | 930.000.000 "
        "| 902.100.000 | 97,00 |\n")
    assert [(m.indicator_raw, m.realisation.value) for m in measures] == [("Persentase arsip yang dialihmediakan", 77.0)]
    assert [(b.name, b.allocation.value) for b in budgets] == [("Meningkatnya tertib arsip daerah", 930_000_000)]


def test_a_total_rows_rate_wrapped_onto_a_line_of_its_own_is_the_rows_rate():
    text = ("Tabel 3.7 Realisasi Anggaran Tahun 2023\n"
            "No Kegiatan Pagu Realisasi %\n"
            "1 Pemutakhiran Data Pemilih 1.200.000.000 1.140.000.000 95,00\n"
            "2 Sosialisasi dan Pendidikan Pemilih 800.000.000 780.000.000 97,50\n"
            "Jumlah Anggaran 2.000.000.000 1.920.000.000\n"
            "96,00\n")
    rows = [(b.name, b.allocation.value, b.realisation.value, b.percent and b.percent.value)
            for b in budgets_of(text)]
    assert rows[-1] == ("Jumlah Anggaran", 2_000_000_000, 1_920_000_000, 96.0)
    assert len(rows) == 3
    # a number the two amounts do not give is no rate of theirs
    [*_, last] = budgets_of(text.replace("96,00\n", "71,00\n"))
    assert last.percent is None


def test_a_remark_wrapped_under_a_one_space_budget_row_stays_out_of_its_name():
    text = ("Tabel 3.8 Realisasi Anggaran per Kegiatan\n"
            "No Kegiatan Pagu Realisasi % Keterangan\n"
            "1 Layanan Perkantoran 900.000.000 855.000.000 95,00 Sisa dana\n"
            "berasal dari penghematan perjalanan\n"
            "2 Pengelolaan Logistik dan 600.000.000 594.000.000 99,00 Sisa dana\n"
            "distribusi\n"
            "Jumlah 1.500.000.000 1.449.000.000 96,60\n")
    assert [b.name for b in budgets_of(text)] == [
        "Layanan Perkantoran", "Pengelolaan Logistik dan distribusi", "Jumlah"]


def test_a_one_space_budget_table_printing_the_name_after_its_values_names_each_row():
    text = ("Tabel 3.9 Serapan Anggaran per Program\n"
            "No Pagu Realisasi % Program\n"
            "1 1.600.000.000 1.520.000.000 95,00 Program Penguatan Kelembagaan dan\n"
            "Demokrasi Daerah\n"
            "2 400.000.000 396.000.000 99,00 Program Dukungan Manajemen\n"
            "Jumlah 2.000.000.000 1.916.000.000 95,80\n")
    assert [(b.name, b.allocation.value, b.realisation.value) for b in budgets_of(text)] == [
        ("Program Penguatan Kelembagaan dan Demokrasi Daerah", 1_600_000_000, 1_520_000_000),
        ("Program Dukungan Manajemen", 400_000_000, 396_000_000),
        ("Jumlah", 2_000_000_000, 1_916_000_000)]
    # with the name column before the values, words after them are a remark, no name
    remark = ("No Program Pagu Realisasi % Keterangan\n"
              "1 Program Dukungan Manajemen 400.000.000 396.000.000 99,00 Sisa dana hasil efisiensi lelang\n")
    assert [b.name for b in budgets_of(remark)] == ["Program Dukungan Manajemen"]


def test_a_program_name_wrapped_under_a_one_space_row_with_a_remark_stays_its_name():
    text = ("Tabel 3.8 Realisasi Anggaran per Program\n"
            "No Program Pagu Realisasi % Keterangan\n"
            "1 Program Penyelenggaraan Pemilu 900.000.000 855.000.000 95,00 Sisa dana\n"
            "dalam Proses Konsolidasi Demokrasi\n"
            "2 Program Dukungan Manajemen 600.000.000 594.000.000 99,00 APBN\n"
            "dan tata usaha\n"
            "Jumlah 1.500.000.000 1.449.000.000 96,60\n")
    assert [b.name for b in budgets_of(text)] == [
        "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
        "Program Dukungan Manajemen dan tata usaha", "Jumlah"]


def test_a_one_space_row_opening_on_its_budget_group_gives_its_sasarans_budget_and_its_result():
    """'No | Pagu | Realisasi | % | Sasaran | Indikator | Target | Realisasi | Capaian' with single spaces: the row
    opens on its budget group, the sasaran and indicator stand between it and the indicator's values."""
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    lines, pages = lines_from_text(
        "LAPORAN KINERJA KPU KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "Tabel 3.3 Capaian Kinerja dan Anggaran per Sasaran\n"
        "No Pagu Realisasi % Sasaran Indikator Target Realisasi Capaian\n"
        "1 1.500.000.000 1.470.000.000 98,00 Meningkatnya kualitas data pemilih "
        "Persentase data pemilih yang valid 90 93 103,33\n"
        "2 700.000.000 644.000.000 92,00 Meningkatnya akuntabilitas kinerja Nilai SAKIP 75 76 101,33\n"
        "\nSumber: data diolah.\n")
    built = extract_document(LocatedText("laporan.txt", "d", lines, pages)).built
    assert [(r["indicator_raw"], r["target_value"], r["realisation_value"]) for r in built.realisations] == [
        ("Persentase data pemilih yang valid", 90.0, 93.0), ("Nilai SAKIP", 75.0, 76.0)]
    assert [(b["name"], b["allocation"], b["realisation"], b["percent"]) for b in built.budgets] == [
        ("Meningkatnya kualitas data pemilih", 1_500_000_000, 1_470_000_000, 98.0),
        ("Meningkatnya akuntabilitas kinerja", 700_000_000, 644_000_000, 92.0)]


def test_the_whole_regions_budget_printed_under_an_offices_table_is_not_the_offices_total():
    """An office shows its share of the region's budget: 'Total APBD Kabupaten X' under its own 'Jumlah' is
    the whole region's, not the office's total; the office's 'Jumlah' stays the report's."""
    text = ("LAPORAN KINERJA DINAS ARSIP KABUPATEN SUKAMAJU TAHUN 2023\n\n"
            "| No | Sumber Dana | Anggaran (Rp) | Realisasi (Rp) | % |\n"
            "|---|---|---|---|---|\n"
            "| 1 | APBD Kabupaten | 3.400.000.000 | 3.264.000.000 | 96,00 |\n"
            "| 2 | DAK | 600.000.000 | 582.000.000 | 97,00 |\n"
            "| | Jumlah | 4.000.000.000 | 3.846.000.000 | 96,15 |\n"
            "| | {name} | 1.850.000.000.000 | 1.702.000.000.000 | 92,00 |\n")
    for name in ("Total APBD Kabupaten Sukamaju", "Jumlah APBD Pemerintah Kabupaten Sukamaju"):
        budgets, document = extracted(text.format(name=name))
        assert [b["level"] for b in budgets] == ["other", "other", "total", "other"]
        assert (document["total_allocation"], document["total_realisation"]) == (4_000_000_000, 3_846_000_000)
    budgets, document = extracted(text.format(name="Total APBD"))  # the office's APBD-funded part may be its total
    assert budgets[-1]["level"] == "total"


def test_budget_rows_a_text_export_runs_together_on_one_line_are_each_their_own_row():
    """'2 Program A 800.000.000 760.000.000 95,00 3 Program B 500.000.000 ...': a site's text export joined two
    rows; each keeps its own name and values, both on that line, and the table's total stays the report's."""
    budgets, document = extracted(
        "LAPORAN KINERJA DINAS SOSIAL KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "No Program Anggaran (Rp) Realisasi (Rp) %\n\n"
        "1 Program Penunjang Urusan Pemerintahan 1.100.000.000 1.056.000.000 96,00\n\n"
        "2 Program Rehabilitasi Sosial 700.000.000 665.000.000 95,00 3 Program Jaminan Sosial Keluarga "
        "200.000.000 194.000.000 97,00\n\n"
        "Jumlah 2.000.000.000 1.915.000.000 95,75\n")
    assert [(b["name"], b["allocation"], b["realisation"], b["line"]) for b in budgets] == [
        ("Program Penunjang Urusan Pemerintahan", 1_100_000_000, 1_056_000_000, 5),
        ("Program Rehabilitasi Sosial", 700_000_000, 665_000_000, 7),
        ("Program Jaminan Sosial Keluarga", 200_000_000, 194_000_000, 7),
        ("Jumlah", 2_000_000_000, 1_915_000_000, 9)]
    assert document["total_allocation"] == 2_000_000_000
    assert budgets[2]["raw"] != budgets[1]["raw"]  # each row's own values, as printed


def test_a_budget_header_whose_cells_wrap_their_unit_onto_the_next_lines_is_read_whole():
    """'No Uraian Anggaran' / '(Rp) Realisasi' / '(Rp) %', a blank line between each (a double-spaced export): one
    pagu word on the first line, the realisasi and the rate on the lines led by the unit of the cell above."""
    rows = built_rows("Tabel 4.2 Pendapatan Tahun 2022\n\n"
                      "No Uraian Jenis Pendapatan Anggaran\n\n(Rp) Realisasi\n\n(Rp) %\n\n"
                      "1. Retribusi Pelayanan Pasar 500.000.000 450.000.000 90,00\n\n"
                      "2. Retribusi Parkir 300.000.000 330.000.000 110,00 3. Sewa Kios 200.000.000 150.000.000 75,00\n")
    assert [(r["name"], r["allocation"], r["realisation"], r["percent"]) for r in rows] == [
        ("Retribusi Pelayanan Pasar", 500_000_000, 450_000_000, 90.0),
        ("Retribusi Parkir", 300_000_000, 330_000_000, 110.0),
        ("Sewa Kios", 200_000_000, 150_000_000, 75.0)]


def test_rupiah_signs_whose_amounts_a_narrow_column_wrapped_below_take_those_amounts():
    # pdftotext -layout of narrow columns: 'Rp.' stays on the row's line, its amount goes to the next line in
    # the same column; a cell with its own sign after it ('Rp. 51.200.000', '92%') is no amount of that 'Rp.'.
    text = ("NO      PROGRAM            PAGU             REALISASI         PERSENTASE   KET\n"
            "1       Program Layanan    Rp.              Rp.               92%          APBN\n"
            "        Administrasi       1.250.000.000    1.150.000.000\n"
            "        Kantor\n"
            "2       Program            Rp.              Rp. 51.200.000    16%          APBN\n"
            "        Pembinaan          320.000.000\n"
            "        Kelembagaan\n")
    rows = budgets_of(text)
    assert [(b.allocation.value, b.realisation.value, b.percent.value) for b in rows] == [
        (1_250_000_000, 1_150_000_000, 92), (320_000_000, 51_200_000, 16)]
    assert rows[0].name == "Program Layanan Administrasi Kantor"


def test_a_reading_its_own_percent_proves_wins_the_line():
    # a table row and a Rupiah-line reading of the same line: the one whose pagu, realisasi and % agree is
    # kept, even when the other ran the amount into the % after it and so read more digits
    from extract.records import BudgetRow, Source
    from normalize.build import one_per_line
    from normalize.numbers import parse_amount, parse_percent

    source = Source(line=12, page=1, raw="")
    table = BudgetRow(name="Program Pembinaan", allocation=parse_amount("320.000.000"),
                      realisation=parse_amount("51.200.000"), percent=parse_percent("16%"), source=source)
    run_on = BudgetRow(name="Program Rp", allocation=parse_amount("51.200.000   16"), realisation=None,
                       percent=None, source=source)
    assert one_per_line([run_on, table]) == [table]


def test_amounts_a_narrow_column_cut_inside_their_digit_groups_are_put_back_whole():
    # the column is narrower than the amount: its last digits (or '000,-') go to the next line, under it
    text = ("Kode        Program        Pagu (Rp)      Realisasi      %\n"
            "                                          (Rp)\n"
            "\n"
            "076.01.AB   Penyelenggar   1.320.450.00   987.696.60     74,80%\n"
            "            aan Layanan    0              0\n"
            "            Publik\n"
            "076.01.CD   Program        Rp2.415.600.   Rp2.398.110.   99,28\n"
            "            Dukungan       000,-          250,-\n")
    rows = budgets_of(text)
    assert [(b.code, b.allocation.value, b.realisation.value) for b in rows] == [
        ("076.01.AB", 1_320_450_000, 987_696_600), ("076.01.CD", 2_415_600_000, 2_398_110_250)]


def test_a_cut_amounts_damaged_piece_is_put_back_and_its_repair_recorded():
    # OCR read a 0 as 'O' in the cut amount and set a space inside the piece under it ('1 6'): the lexer's
    # readings (look-alike, split digit group) apply to the whole amount, and the split is recorded
    text = ("Kode        Program        Pagu (Rp)      Realisasi      %\n"
            "076.01.AB   Program        8.030.742.O0   6.263.828.3    78,00%\n"
            "            Dukungan       0              1 6\n")
    (row,) = budgets_of(text)
    assert (row.allocation.value, row.realisation.value) == (8_030_742_000, 6_263_828_316)
    assert "split_digit_group" in [r.rule for r in row.realisation.repairs]


def test_the_next_rows_amounts_do_not_fill_a_row_whose_rp_cells_are_empty():
    # 'Rp.' with nothing under it but the next numbered row: that row's amounts stay its own
    text = ("NO      PROGRAM            PAGU             REALISASI         PERSENTASE\n"
            "1       Program Layanan    Rp.              Rp.               -\n"
            "2       Program Umum       1.250.000.000    1.150.000.000     92%\n")
    rows = budgets_of(text)
    assert [(b.allocation.value, b.realisation.value) for b in rows if b.allocation is not None] == [
        (1_250_000_000, 1_150_000_000)]
    assert all(b.name != "Program Layanan" or b.allocation is None for b in rows)


def test_a_stray_bar_on_one_value_of_a_space_aligned_row_keeps_its_cut_amounts_whole():
    # a scan's speck stuck to the row's rate ('74,80|' or '|99,28') is no border: the row stays space-aligned,
    # so the amounts a narrow column cut still take their last digits from the line below
    text = ("Kode        Program        Pagu (Rp)      Realisasi      %\n"
            "                                          (Rp)\n"
            "\n"
            "076.01.AB   Penyelenggar   1.320.450.00   987.696.60     74,80|\n"
            "            aan Layanan    0              0\n"
            "            Publik\n"
            "076.01.CD   Program        Rp2.415.600.   Rp2.398.110.   |99,28\n"
            "            Dukungan       000,-          250,-\n")
    rows = budgets_of(text)
    assert [(b.code, b.allocation.value, b.realisation.value, b.percent.value) for b in rows] == [
        ("076.01.AB", 1_320_450_000, 987_696_600, 74.8), ("076.01.CD", 2_415_600_000, 2_398_110_250, 99.28)]


def test_bars_between_cells_still_delimit_a_row():
    # a real border has space on both sides, or stands more than once along the line
    from extract.lines import split_cells

    assert split_cells("1   Program Layanan | 1.250.000.000   92%")[1:] == (True, None)
    assert split_cells("1 |Program Layanan|   1.250.000.000   92%")[1:] == (True, None)


def lost_row_budgets(total_line: str) -> list[dict]:
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    lines, pages = lines_from_text(
        "LAPORAN KINERJA DINAS ARSIP KABUPATEN SUKAMAJU TAHUN 2023\n\n"
        "| Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |\n"
        "|---|---|---|---|\n"
        "| Pengelolaan Arsip Dinamis (2101) | 400.000.000 | 380.000.000 | 95,00 |\n"
        "| Penyimpanan Arsip Statis (2102) | Rp. Rp. | / | |\n"
        "| Layanan Perpustakaan Keliling (2103) | 250.000.000 | 245.000.000 | 98,00 |\n"
        f"{total_line}\n")
    return extract_document(LocatedText("laporan.txt", "d", lines, pages)).built.budgets


def test_a_row_whose_amounts_ocr_lost_is_kept_and_worked_out_from_its_blocks_total():
    # 'Rp. Rp.' where a kegiatan's amounts stood: the row is kept, flagged, and the block's total minus the other
    # kegiatan gives its pagu and realisasi (recorded as a repair with that evidence)
    budgets = lost_row_budgets("| Jumlah | 950.000.000 | 900.000.000 | 94,74 |")
    lost = next(b for b in budgets if b["code"] == "2102")
    assert lost["name"] == "Penyimpanan Arsip Statis"
    assert (lost["allocation"], lost["realisation"]) == (300_000_000, 275_000_000)
    assert "sum_to_total" in lost["repairs"] and "lines 5-7" in lost["repairs"]
    # without a printed total there is no evidence: the row stays, its amounts unread and flagged
    budgets = lost_row_budgets("")
    lost = next(b for b in budgets if b["code"] == "2102")
    assert (lost["allocation"], lost["realisation"], lost["flagged"]) == (None, None, True)


def test_a_lost_rows_name_wrapped_below_it_is_read_up_to_its_code():
    # reprinted at a narrow measure, the name of the row whose amounts were lost goes on under it and closes on its
    # code; the next row opens on its own amounts
    from extract.table_records import rows_with_lost_amounts

    text = ("Kegiatan                       Pagu (Rp)        Realisasi (Rp)\n"
            "1. Pengelolaan Arsip (2101)    400.000.000      380.000.000\n"
            "2. Penyimpanan Arsip           Rp. Rp.          /\n"
            "Statis dan Dinamis\n"
            "Daerah (2102)\n"
            "3. Layanan Perpustakaan (2103) 250.000.000      245.000.000\n"
            "Jumlah                         950.000.000      900.000.000\n")
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(text.split("\n"), start=1)]
    found = []
    for table in find_tables(views):
        found += rows_with_lost_amounts(table, rows_to_records(table)[1], views)
    assert [(b.name, b.code, b.source.line) for b in found] == [
        ("Penyimpanan Arsip Statis dan Dinamis Daerah", "2102", 3)]


def test_a_scaled_table_of_column_groups_reads_each_rows_pagu_in_its_realisasi_group():
    # 'Pagu Realisasi %' printed once per kind of grant, in billions: the row's pagu is the one of the group whose
    # Realisasi and % the header names, not the last group's ('-' where a region got no such grant)
    text = ("Tabel 2.1 Pagu dan Realisasi Dana Hibah per Jenis\n"
            "                                                 (dalam miliar rupiah)\n"
            "                             Rutin                Khusus               Darurat\n"
            "       No   Nama Daerah\n"
            "                       Pagu   Realisasi    %    Pagu   Realisasi  %   Pagu  Realisasi  %\n"
            "       1    KOTA SUKAMAJU     21.50      19.35   90%     40.10      30.00   75%     -     -     0%\n"
            "       2    KAB SUKAMULYA     12.80       6.40   50%      3.20       3.20  100%   1.10   0.55   50%\n"
            "       3    KAB SUKARAJA      30.00      21.32   71%      2.00       1.00   50%     -     -     0%\n")
    _, budgets = table_records(text)
    assert [(b.name, b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        ("KOTA SUKAMAJU", 21_500_000_000, 19_350_000_000, 90.0),
        ("KAB SUKAMULYA", 12_800_000_000, 6_400_000_000, 50.0), ("KAB SUKARAJA", 30_000_000_000, 21_320_000_000, 71.0)]


def test_a_whole_percent_is_the_ratio_rounded_not_a_misread_digit():
    # '71%' beside 21,32 of 30,00 (71,07): printed without decimals, the author rounded; no digit was misread
    from extract.records import BudgetRow, Source
    from normalize.numbers import parse_amount, parse_percent
    from normalize.repair import repair_budget

    row = repair_budget(BudgetRow(source=Source(line=1, page=1, raw=""), allocation=parse_amount("30.000.000.000"),
                                  realisation=parse_amount("21.320.000.000"), percent=parse_percent("71%")))
    assert row.percent.value == 71.0 and not row.percent.repairs


CENTRED_NAMES = (
    "Tabel 4.2 Pagu dan Realisasi Dana per Wilayah (dalam miliar rupiah)\n"
    "   No   Nama Pemda            Pagu      Realisasi    %\n"
    "   1    KOTA MAWAR            20.50       10.25     50%\n"
    "        KAB MAWAR\n"
    "   2                          80.00       60.00     75%\n"
    "        BARAT\n"
    "        KAB MAWAR\n"
    "   3                          40.00       30.00     75%\n"
    "        TIMUR\n"
    "   4    KAB KENANGA           50.00       45.00     90%\n")


def test_a_name_centred_around_its_bare_value_line_keeps_its_end_below_it():
    rows = built_rows(CENTRED_NAMES)
    assert [(r["name"], r["allocation"]) for r in rows] == [
        ("KOTA MAWAR", 20_500_000_000), ("KAB MAWAR BARAT", 80_000_000_000),
        ("KAB MAWAR TIMUR", 40_000_000_000), ("KAB KENANGA", 50_000_000_000)]


def test_name_lines_that_split_unevenly_between_bare_value_lines_stay_as_read():
    # three lines between two bare value lines, one above the first: no even split proves where its name ends
    text = CENTRED_NAMES.replace("        BARAT\n", "        BARAT\n        DAYA\n")
    names = [r["name"] for r in built_rows(text)]
    assert names[1] == "KAB MAWAR"


def test_the_line_over_a_bare_value_line_opens_that_rows_name_not_the_named_row_above():
    text = ("Tabel 4.3 Pagu dan Realisasi Dana per Wilayah (dalam miliar rupiah)\n"
            "   No   Uraian                Pagu      Realisasi    %\n"
            "   1    KOTA MAWAR            20.50       10.25     50%\n"
            "   2    KAB MELATI            40.00       30.00     75%\n"
            "        KAB MAWAR\n"
            "   3                          80.00       60.00     75%\n"
            "        BARAT\n"
            "        KAB MAWAR\n"
            "   4                          40.00       30.00     75%\n"
            "        TIMUR\n"
            "   5    KAB KENANGA           50.00       45.00     90%\n")
    names = [r["name"] for r in built_rows(text)]
    assert names == ["KOTA MAWAR", "KAB MELATI", "KAB MAWAR BARAT", "KAB MAWAR TIMUR", "KAB KENANGA"]


def test_a_line_read_as_several_rows_is_not_read_as_one_row_holding_a_later_rows_amounts():
    # a run-together line holding two program rows: a Rupiah-line reading of it as one row (its first row's
    # text and amounts taken for the name of the second) gives way to the two rows, whatever digits it kept
    from dataclasses import replace
    from extract.records import BudgetRow, Source
    from normalize.build import one_per_line
    from normalize.numbers import parse_amount, parse_percent

    source = Source(line=30, page=1, raw="")
    first = BudgetRow(name="Program Kantor", allocation=parse_amount("640.000.000"),
                      realisation=parse_amount("608.000.000"), percent=parse_percent("95%"), source=source, slot=0)
    second = replace(first, name="Program Sarana", allocation=parse_amount("150.000.000"),
                     realisation=parse_amount("120.000.000"), percent=parse_percent("80%"), slot=1)
    whole_line = replace(second, name="Program Kantor 640.000.000 608.000.000 95,00 2. Program Sarana",
                         remainder=parse_amount("30.000.000"), slot=0)
    assert one_per_line([whole_line, first, second]) == [first, second]


def test_a_rate_whose_last_decimal_ocr_set_apart_is_read_whole_when_the_amounts_give_it():
    # a scanned budget table without borders: the second decimal of one rate printed apart (invented values)
    text = ("Kode    Uraian    Pagu (Rp)    Realisasi (Rp)    %\n"
            "3357.006    Layanan Data Pemilih    512.400.000    488.150.300    95,2 7\n"
            "3360.994    Layanan Perkantoran    2.100.000.000    2.037.000.000    97,00\n")
    _, budgets = table_records(text)
    assert [(b.allocation.value, b.percent.value) for b in budgets] == [(512_400_000, 95.27), (2_100_000_000, 97.0)]
    assert [r.rule for r in budgets[0].percent.repairs] == ["rate_decimal_split_by_a_space"]
