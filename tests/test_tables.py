"""Table assembly on real snippets from the sample reports, one per text flavour."""
from __future__ import annotations

import re

import pytest

from extract.lines import analyse_line, find_code, strip_row_number
from extract.model import Line
from extract.table_records import later_value_lines, rows_to_records
from extract.tables import find_tables
from tests.table_text import table_records


def measured(rows) -> list[tuple]:
    """(target, realisasi, capaian) of each measure row."""
    return [(r.target.value, r.realisation.value, r.achievement.value) for r in rows]


def records(text: str):
    return table_records(text)


def test_tab_separated_target_table():
    # 000, Perjanjian Kinerja: Nomor | Sasaran | Indikator | Target, a grade in the last row.
    text = (
        "Nomor\tSasaran Kegiatan\tIndikator Kinerja\tTarget\n"
        "1\t2\t3\t4\n"
        "1\tTerwujudnya Tahapan Pemilu/Pemilihan Sesuai Jadwal\tPresentase penyelenggaraan Pemilu/Pemilihan sesuai jadwal\t100%\n"
        "7\tMeningkatnya Akuntabiltas Keuangan dan Kinerja KPU\tHasil Nilai Evaluasi Mandiri atas Akuntabilitas Kinerja KPU Kota Probolinggo\tBB\n"
        "8\tTerwujudnya Reformasi Birokrasi di KPU Kota Probolinggo\tNilai minimal B untuk penilaian mandiri RB\t90%")
    measures, budgets = records(text)
    assert not budgets
    assert [m.indicator_raw for m in measures] == [
        "Presentase penyelenggaraan Pemilu/Pemilihan sesuai jadwal",
        "Hasil Nilai Evaluasi Mandiri atas Akuntabilitas Kinerja KPU Kota Probolinggo",
        "Nilai minimal B untuk penilaian mandiri RB"]
    assert [m.target.value for m in measures] == [100.0, None, 90.0]
    assert measures[1].target.text == "BB" and measures[1].target.unit == "grade"
    assert all(not m.has_realisation_column for m in measures)
    assert [m.source.line for m in measures] == [3, 4, 5]


def test_tab_table_keeps_empty_cells_in_place():
    # 000 Tabel 3.1 row 6: indicator and target cells empty, only the realisation printed.
    text = ("Nomor\tSasaran Kegiatan\tIndikator Kinerja\tTarget\tRealisasi\n"
            "5\tMeningkatnya Akuntabilitas Keuangan dan Kinerja KPU\tNilai Hasil Evaluasi Mandiri atas Akuntabilitas Kinerja\tBB\tВВ\n"
            "7\tMeningkatnya tertib administrasi\tmendapat layanan administrasi kepegawaian\t\t25%")
    measures, _ = records(text)
    assert measures[0].realisation.text == "BB"  # Cyrillic look-alikes folded
    assert measures[1].target is None and measures[1].realisation.value == 25.0


def test_markdown_table_with_typo_percent():
    # 004: markdown table, '98&' typed for '98%'; counts with a unit noun.
    text = ("| NO | SASARAN KEGIATAN | INDIKATOR KINERJA | TARGET | REALISASI |\n"
            "|-----|--|---|---|-----------|\n"
            "| 2. | Terlaksananya Fasilitasi Perencanaan | Jumlah Dokumen Perencanaan Anggaran Pemeliharaan Logistik | 1 Dokumen | 1 Dokumen |\n"
            "| 6. | Tersedianya Pelayanan Publik | Persentase Peserta pemilu yang Dapat Dilayani | 100% | 98& |")
    measures, _ = records(text)
    assert measures[0].target.value == 1 and measures[0].target.unit == "dokumen"
    assert measures[1].indicator_raw == "Persentase Peserta pemilu yang Dapat Dilayani"
    assert measures[1].realisation.value == 98.0
    assert measures[1].realisation.repairs  # the '&' reading is recorded


def test_flattened_header_and_values_one_per_line():
    # 003: header cells one per line, values trailing the text or standing alone on their lines.
    text = "\n".join([
        "Indikator Kinerja", "", "Target (%)", "", "Realisasi", "(%)", "", "% Capaian", "",
        "Persentase kegiatan koordinasi 90 90 100", "dengan para pihak terkait yang", "", "terlaksana", "",
        "Persentase informasi mengenai", "Partai Politik yang mutakhir dan", "", "80", "", "80", "", "100",
        " dipublikasikan pada publik", "",
        "Nilai Akuntabilitas Kinerja B CcC 60"])
    measures, _ = records(text)
    assert len(measures) == 3
    first, second, third = measures
    assert first.indicator_raw.startswith("Persentase kegiatan koordinasi dengan para pihak")
    assert (first.target.value, first.realisation.value, first.achievement.value) == (90, 90, 100)
    assert second.indicator_raw.startswith("Persentase informasi mengenai Partai Politik")
    assert (second.target.value, second.realisation.value, second.achievement.value) == (80, 80, 100)
    assert third.realisation.text == "CC" and third.target.text == "B"


def test_budget_table_with_split_digit_groups():
    # 000 Tabel 3.4: Rupiah in 'Target'/'Realisasi' columns, digits split inside cells.
    text = ("Tabel 3.4 Realisasi Anggaran (076.01.CQ)\n\n"
            "Sasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaia n\n"
            "Penyelenggara n Pemilu dalam Proses Konsolidasi Demokrasi\tTercapainya tahapan pemilu\t"
            "1.644.763.00 0\t1.601.325.55 9\t97,36%")
    measures, budgets = records(text)
    assert not measures
    (budget,) = budgets
    assert budget.allocation.value == 1_644_763_000 and budget.realisation.value == 1_601_325_559
    assert budget.percent.value == 97.36
    assert budget.code == "076.01.CQ"


def test_budget_table_with_codes_sisa_and_total():
    # 002 Tabel 2.3 and Tabel 3.2.1.
    text = ("Kode Akun\tProgram/kegiatan/subKegiatan/ Mak\tAnggaran\tRealisasi\tSisa\t%\n"
            "3355.003\tLaporan Sitem Akuntansi dan Pelaporan Keuangan Pemilu\t20.978.000\t19.470.000\t1.508.000\t92,81%\n"
            "\n"
            "NO\tPROGRAM\tPAGU\tREALISASI\tPERSENTASE\tKET\n"
            "TOTAL\t\tRp. 20.182.022.000\tRp. 13.025.040.905\t65%\t")
    _, budgets = records(text)
    first, total = budgets
    assert first.code == "3355.003" and first.remainder.value == 1_508_000 and first.percent.value == 92.81
    assert total.name == "TOTAL" and total.allocation.value == 20_182_022_000 and total.percent.value == 65


def test_year_column_and_english_grouping():
    # 004: per-year Pagu/Realisasi table; the percent stands in the Keterangan column.
    text = ("| No | Tahun | Pagu | Realisasi | Keterangan |\n"
            "|----|-------|-----------------|----------------|------------|\n"
            "| 1. | 2021 | 34,884,986,000 | 34,024,395,214 | 97,53% |")
    _, (row,) = records(text)
    assert row.fiscal_year == 2021 and row.allocation.value == 34_884_986_000
    assert row.realisation.value == 34_024_395_214 and row.percent.value == 97.53
    assert row.is_total


def test_a_rate_whose_percent_sign_was_read_as_digits_is_still_the_rate():
    # A per-year table's rate under 'Keterangan': '93,18%' OCR'd '93,185' or '93,1896' is a bare
    # number, kept as the rate because without its misread sign it is realisasi / pagu (93,18).
    from normalize.repair import repair_budget

    for printed in ("93,185", "93,1896"):
        text = ("| No | Tahun | Pagu | Realisasi | Keterangan |\n"
                "|----|-------|-----------------|----------------|------------|\n"
                f"| 1. | 2022 | 27,000,000,000 | 25,158,600,000 | {printed} |")
        _, (row,) = records(text)
        assert row.percent is not None and row.percent.raw.strip() == printed
        assert repair_budget(row).percent.value == 93.18
    # a number the amounts do not prove (a count in the same place) is no rate
    text = ("| No | Tahun | Pagu | Realisasi | Keterangan |\n"
            "|----|-------|-----------------|----------------|------------|\n"
            "| 1. | 2022 | 27,000,000,000 | 25,158,600,000 | 12,5 |")
    _, (row,) = records(text)
    assert row.percent is None


def test_amount_wrapped_to_the_line_above():
    # 003 Analisa Efisiensi row 13: the realisasi cell wrapped onto the line above its row.
    text = ("No. | Program Kegiatan KRO RO Pagu Realisasi TVRO RVRO Realisasi | Efisiensi\n"
            "Konsolidasi Pembentukan Hukum 003 Dukungan Operasional 1.663.815.313,000\n"
            "13 | Demokrasi Badan Adhoc (Lembaga) 1.678.042.000,0000 0 10,000 10,000 | 99,96 0.04")
    _, (row,) = records(text)
    assert row.allocation.value == 1_678_042_000 and row.realisation.value == 1_663_815_313
    assert row.percent.value == 99.96


def test_prose_is_not_a_table():
    text = ("Kegiatan yang dilaksanakan telah mencapai target indikator kinerja dan realisasi anggaran "
            "sebesar 98,50% dari pagu yang ditetapkan pada tahun anggaran berjalan.")
    assert records(text) == ([], [])


def test_a_sentence_wrapped_after_its_target_and_capaian_words_is_no_header_and_row():
    # the first line's words read as column titles ('ditargetkan', 'capaian kinerja'); the next line closes the
    # sentence it opened, and its value is no row's target
    text = ("Pada akhir periode indikator ini ditargetkan 100%, maka capaian kinerja\n"
            "hingga tahun 2024 sebesar 87,40%.")
    assert records(text) == ([], [])


def test_space_aligned_columns_of_another_office(tmp_path):
    # A Dinas report as `pdftotext -layout` prints it: columns by spaces, wrapped cells,
    # a Keterangan text column after the values, 'n/a' and '-' cells, '2 Lap' counts.
    from pathlib import Path

    from pipeline import process

    result = process(Path(__file__).parent / "data" / "dinas_layout.txt")
    doc, built = result.document, result.built
    assert (doc["agency"], doc["year"], doc["level"]) == ("Dinas Kesehatan Kabupaten Sleman", 2021, "kabupaten_kota")
    assert doc["total_allocation"] == 20_750_500_000
    targets = {t["indicator"]: t for t in built.targets}
    assert targets["Angka Kematian Ibu per 100.000 kelahiran hidup"]["target_value"] == 45
    assert targets["Jumlah laporan keuangan tepat waktu"]["unit"] == "laporan"
    reals = {r["indicator"]: r for r in built.realisations}
    assert reals["Persentase puskesmas terakreditasi"]["realisation_value"] == 92
    aki = reals["Angka Kematian Ibu per 100.000 kelahiran hidup"]
    assert aki["realisation_raw"] == "n/a" and aki["realisation_value"] is None
    assert reals["Nilai SAKIP Dinas"]["realisation_text"] == "B"
    budgets = [(b["level"], b["allocation"], b["realisation"], b["percent"]) for b in built.budgets]
    assert budgets[-1] == ("total", 20_750_500_000, 18_995_950_300, 91.54)
    assert len(budgets) == 3


def test_signature_block_and_next_section_title_close_a_table():
    # Corpus 001, end of a Kasubbag Perjanjian Kinerja (lines 3825-3860): the rows stop at the
    # signature's place and date; NIPs and the next section's prose are not rows.
    text = ("No\tIndikator Kinerja\tTarget\n"
            "1\tPersentase proses PAW yang dapat diselesaikan\t100%\n"
            "\n"
            "Pusuruan, 1 2Januan 2023\n"
            "TERLA RUSDIANTO ANIK FARIDA\n"
            "NI, 19780626 200701 1 002 NIP. 19701006 200604 2 006\n"
            "INDIKATOR KINERJA UTAMA (IKT)\n"
            "Berdazarkan Pasal 18 Undang undang nomor 7 Tahun 2017 tentang Pemilihan Umum\n")
    measures, _ = records(text)
    assert [(m.source.line, m.target.value) for m in measures] == [(2, 100.0)]


def test_numbers_citing_laws_and_nips_are_not_values():
    from extract.lines import LineViews

    views = LineViews([Line(1, 1, "sesuai Pasal 30 PKPU Nomor 8 Tahun 2019"), Line(2, 1, "NIP. 19701006 200604 2 006")])
    assert views[0].values == [] and views[1].values == []


def test_markdown_rows_with_split_cells_keep_their_indicator_and_numbered_rows_stay_apart():
    # Corpus 004 lines 250-267 and 475-476: a sasaran cell scrambled into three cells, and a
    # numbered row whose target ('1 Lakip dan 2 ...') is no single value must not join the row above:
    # it is a row of its own, its compound target kept as printed without a number.
    text = ("| No | Sasaran | Indikator Kinerja | Target |\n"
            "|----|---------|-------------------|--------|\n"
            "| 5. | Terlaksananya dan Data | Manajemen | Perencanaan | Tersusunnya Dokumen Pemutakhiran Data Pemilih | 1 Layanan |\n"
            "| 12. | Tersedianya Dokumen | Persentase Pemutakhiran Data Pemilih Berkelanjutan | 100% |\n"
            "| 13. | Terlaksananya Penyusunan Laporan kinerja 2024 | Jumlah Laporan Kinerja | 1 Lakip dan 2 Perjanjian Kinerja |\n")
    measures, _ = records(text)
    assert [(m.source.line, m.indicator_raw) for m in measures] == [
        (3, "Tersusunnya Dokumen Pemutakhiran Data Pemilih"),
        (4, "Persentase Pemutakhiran Data Pemilih Berkelanjutan"),
        (5, "Jumlah Laporan Kinerja")]
    assert (measures[2].target.raw, measures[2].target.value) == ("1 Lakip dan 2 Perjanjian Kinerja", None)


def test_code_ocrd_with_a_space_after_its_dot_is_read_when_it_opens_the_cell():
    assert find_code("3355. 994 Layanan Perkantoran") == ("3355.994", "Layanan Perkantoran")
    assert find_code("2020. 100 peserta hadir")[0] is None  # a year ending a sentence
    assert find_code("jumlah 3355. 994")[0] is None  # not at the start of the cell


def test_a_sasaran_label_and_phrase_in_front_of_the_indicator_are_cut():
    from extract.table_records import split_sasaran

    assert split_sasaran("Sasaran 5 Terwujudnya koordinasi Persentase Pemilih yang Berhak") == \
        "Persentase Pemilih yang Berhak"
    assert split_sasaran("Sasaran kegiatan yang tercapai") == "Sasaran kegiatan yang tercapai"  # no indicator after it
    # a scan lost the border between a sasaran and an output named by its result noun, or a lettered indicator
    assert split_sasaran("Tersusunnya Dokumen Anggaran Terselenggaranya Rapat Koordinasi Daerah") == \
        "Terselenggaranya Rapat Koordinasi Daerah"
    assert split_sasaran("Meningkatnya mutu layanan b. persentase aduan selesai") == "persentase aduan selesai"
    assert split_sasaran("Terwujudnya arsip yang tertata dan mudah diakses") == \
        "Terwujudnya arsip yang tertata dan mudah diakses"  # one sasaran-like name, nothing to cut


def test_capaian_column_whose_header_word_ocr_lost():
    # Corpus 001 lines 1331-1335: the header reads 'Wo | = Target | Realisasi | € v |'; the row's third
    # percentage satisfies capaian = realisasi / target x 100, so it is the capaian.
    text = ("Wo | = Target | Realisasi | € v |\n"
            "1 Persentase permohonan informasi yang ditindaklanjuti | 90% | 81% | 90%\n")
    (row,), _ = records(text)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (90, 81, 90)


def test_a_stray_value_among_four_is_left_out_by_the_arithmetic():
    # Corpus 001 line 2927: '100 56 100% T005%' under Target | Realisasi | Capaian; 56 is debris
    # (the last three do not add up; 100, 100% and T005% = 100% do).
    text = ("No\tIndikator\tTarget\tRealisasi\tCapaian\n"
            "i Terbentuknya Badan Penyelenggara Adhoc secara tepat waktu 100 56 100% T005%\n")
    (row,), _ = records(text)
    assert (row.target.raw, row.realisation.raw, row.achievement.raw) == ("100", "100%", "T005%")


def test_the_last_rows_name_wrapped_below_its_values_is_read_whole():
    # Corpus 001 lines 233-242: the row's name runs on under its value line, then a heading follows.
    text = ("Hn[ ' a0 ~ | Tampet | Realmas: Capsan |\n"
            "i1 Py I 3 {4} L\n"
            "1 Persentass KPU Kabupalen vang menyelenggarakan faliapan | 100% 95%: 5%\n"
            "\n"
            "Venfimes: parpol, Pemutakhiran Bala Pemilih, Penalaan Dapil,\n"
            "FPencalonan, Mass Kampanyes Pamilu. Pemungutan dan Penghifurgan\n"
            "Zuara gan Pembeniukkan Badan Adhoc sesuai denpan jadwal\n"
            "\n"
            "Tujuan | 2. Menyelenggarakan Pentilu | Pemilhan Serentak yang damokratis.\n")
    (row,) = records(text)[0]
    assert row.indicator_raw.startswith("Persentass KPU Kabupalen vang menyelenggarakan faliapan Venfimes: parpol")
    assert row.indicator_raw.endswith("sesuai denpan jadwal")


def test_a_lone_word_or_a_numbered_line_under_the_last_row_is_not_its_name():
    # Corpus 003 lines 1784-1788 ('Berkualitas' after a blank line) and 3475-3476 (a numbered Tujuan).
    text = ("Indikator Kinerja Target Realisasi Capaian\n"
            "Persentase Keputusan KPU Kota 85 85 100\n"
            "\n"
            "Berkualitas\n"
            "\n"
            "Sasaran 2. Terwujudnya Sistem Informasi\n")
    assert [m.indicator_raw for m in records(text)[0]] == ["Persentase Keputusan KPU Kota"]
    text = ("Indikator Kinerja Target\n"
            "Nilai Keterbukaan Informasi Publik 95%\n"
            "2. Menyelenggarakan Pemilu Serentak Yang Demokratis, Tepat Waktu, Efisien dan Efektif\n"
            "Sasaran 4| Terwujudnya Kesadaran\n")
    assert [m.indicator_raw for m in records(text)[0]] == ["Nilai Keterbukaan Informasi Publik"]


def test_page_header_letters_agree_with_its_key():
    from extract.boilerplate import all_key_letters, key_letters, running_key

    texts = ["Laporan Kinerja KPU 2023 hal. 12", "LAPORAN – KINERJA 12", "Laporan Kinérja", "a_b 1.2", "İstanbul 3", ""]
    assert all_key_letters(texts) == [key_letters(t) for t in texts]
    assert all(key_letters(t) == running_key(t).replace(" ", "").encode() for t in texts)


def test_run_together_columns_name_opens_on_the_line_above_that_starts_an_indicator():
    # Corpus 003 lines 3455-3467: the second row's name opens on the line above its value line.
    text = ("Tujuan Sasaran Strategis Indikator Kinerja Target\n"
            "\n"
            "Sasaran 1| Terwujudnya kebijakan bidang | Persentase kegiatan koordinasi\n"
            "politik yang kuat dengan para pihak terkait yang 90%\n"
            "terlaksana\n"
            "\n"
            "Persentase Keputusan KPU Kota\n"
            "Prabumulih yang disusun tepat waktu | 90%\n"
            "sesuai dengan kerangka regulasi KPU\n")
    rows = records(text)[0]
    assert rows[-1].indicator_raw.startswith("Persentase Keputusan KPU Kota Prabumulih yang disusun tepat waktu")


def test_name_wrapped_under_its_value_line_stays_with_its_row_not_the_next():
    # Corpus 003 lines 3477-3489: names sit beside the middle of their value lines, so the
    # lines under a value line finish its name until the next line opening an indicator.
    text = ("Tujuan Sasaran Strategis Indikator Kinerja Target\n"
            "Sasaran 4| Terwujudnya Kesadaran | Persentase Partisipasi Pemilih dalam\n"
            "- . ; - 80%\n"
            "Pemilih,  Kepemiluan  dan | Pemilu/Pemilihan\n"
            "Demokrasi yang tinggi untuk | Persentase Partisipasi Pemilih| 80%\n"
            "seluruh lapisan masyarakat Perempuan dalam Pemilu/Pemilihan\n"
            "\n"
            "Persentase Partisipasi Pemilih| 909\n"
            "Disabilitas dalam Pemilu/Pemilihan\n"
            "\n"
            "Persentase kegiatan pendidikan\n"
            "\n"
            "o 90%\n"
            "pemilih yang terlaksana\n")
    rows = records(text)[0]
    names = {row.source.line: row.indicator_raw for row in rows}
    # a 'Sasaran 4 | ... | Persentase ...' heading line opens the first row's name; specks are not a name
    assert "Persentase Partisipasi Pemilih dalam" in names[3] and names[3].endswith("Pemilu/Pemilihan")
    assert names[8] == "Persentase Partisipasi Pemilih Disabilitas dalam Pemilu/Pemilihan"
    assert names[13] == "Persentase kegiatan pendidikan pemilih yang terlaksana"



def test_a_fragment_row_does_not_take_the_lines_under_it():
    # Corpus 001 lines 3239-3243: '44 361' under the stray word 'Pamrlih,' is no indicator to complete.
    from extract.headers import Header
    from extract.tables import RowDraft, give_previous_its_tail

    views = [analyse_line(Line(number=n, page=1, text=t)) for n, t in
             [(3240, "44 361"), (3241, "KPPS &"), (3242, "Linmiss"), (3243, "Persentase penvelesaian 0")]]
    header = Header(roles=["target"], first_line=1, last_line=1)
    for opening, taken in (("Pamrlih,", 0), ("Persentase pegawai", 2)):
        row = RowDraft(views=[views[0]], values=[], text_parts=[opening], value_line=3240, value_page=1)
        rest = give_previous_its_tail(row, views[1:3], views[3], header)
        assert len(rest) == 2 - taken and len(row.text_parts) == 1 + taken


def test_three_values_under_target_and_capaian_headers_are_target_realisasi_capaian():
    # Corpus 001 lines 2982-2998: the Realisasi header word is lost; 100 / 100 = 100% proves the middle one.
    text = ("No Indikator Target Realisasi Capaian\n"
            "1 Persentase produk hukum yang dikelola dan didokumentasikan 100% 100% 100%\n"
            "Ho indikator Targs! Hestimani - Caparan\n"
            "1 Pamseniase ishapan penyu=upan dals wilayah | pametzan Dasrah 100%: 100%: T005%\n")
    for kind_line in ("Mo Indikator Torget Reésfingsi Cephian\n", "No Indikator Target Capaian\n"):
        rows = records(kind_line + text.split("\n", 1)[1])[0]
        last = rows[-1]
        assert last.has_realisation_column and last.realisation.value == 100 and last.target.value == 100


def test_a_pagu_inside_a_run_together_rkt_row_is_read_and_a_bracketed_code_is_not_one():
    # Corpus 001 lines 4373-4401: a scanned RKT whose rows run sasaran, program, kegiatan, pagu and
    # indicator together; the lexer splits '1 565 472.000' into numbers, and '(6857,' is a kegiatan code.
    text = ("ANGGARAN : TARGET\n"
            "NO | SASARAN PROGRAM PROGRANM KEGIATAN INDIKATOR KINERJA KEGIATAN =\n"
            "(Kp.) | Saiuan | Volume\n"
            "1 Pefencanaan Program dalam Proses Konsolidnsg : : 1 565 472.000 : peag E g Perzen 100\n"
            "4. | PeniiluPemilihbn sosnm dalam Prozes Konsolidasi | Mass Kampanye Pemilo (6870) 61232000 tihapan | Perzen 100\n"
            "Jadvwal | Demokyas (076.01.0Qy | Feeyusunan Dattar Peaulih (6857, | dengat jadwal vanz ditetaplan KPU RI\n")
    budgets = records(text)[1]
    assert [(b.source.line, b.allocation.value) for b in budgets] == [(4, 1_565_472_000), (5, 61_232_000)]


def test_scrambled_column_numbers_are_no_row_and_an_introducing_sentence_ends_the_table():
    # Corpus 001 lines 1477-1492: '(1 I (2)' and '(3} {4) [ 13' are the column numbers, the bare
    # value line takes its wrapped name from above, and '... sebagal berikut' opens the next part.
    text = ("Wo | indikator | Tetget | Realivasi | Capajan\n"
            "(1 I (2)\n"
            "\n"
            "i F-\ufb02:rnase P&n;,rampah_n Lapmn Fz\ufb02angguugmwaban P\ufb02rpggurraan\n"
            "\n"
            "dAngogaran berbasis SIMONIKA yang Tepal Waklu dan Vahd\n"
            "\n"
            "(3} {4) [ 13\n"
            "\n"
            "100% | 100% | 100%\n"
            "\n"
            "Uraian dari capaian indikator yang digunakan adalah sebagal berikut\n"
            "\n"
            "Pengukuran dalam\n"
            "satuan persan (kumulatif\n")
    (row,) = records(text)[0]
    assert row.source.line == 10 and row.realisation.value == 100
    assert row.indicator_raw.startswith("i F-") and row.indicator_raw.endswith("Waklu dan Vahd")


def test_cheap_prechecks_find_what_their_full_patterns_find():
    import random

    from extract.lines import CODE_RE, search_code
    from extract.tables import INTRO_RE, introduces_what_follows

    rng = random.Random(3)
    pieces = list("0123456789") * 3 + list(".. ABCQGE")
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        full, cheap = CODE_RE.search(text), search_code(text)
        assert (full and (full.span(), full.group(1))) == (cheap and (cheap.span(), cheap.group(1))), text
    for text in ("sebagai berikut:", "Sebagai Berikut :  ", "SEBAGAI BERIKUT", "sebagai berikut\t: \n", "sebagai berikut::",
                 "sebagai berikut.", "sebagal benkut", "indikator sebagai berikut ini", "Tabel berikut:"):
        assert introduces_what_follows(text) == bool(INTRO_RE.search(text)), text


def test_a_row_keeps_its_own_sasaran_cell_and_an_empty_indicator_cell_shows():
    # Corpus 000 Tabel 3.1 (lines 674-688): row 6 prints only its sasaran and the realisation.
    text = "\n".join([
        "No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi",
        "5\tMeningkatnya Akuntabilitas Keuangan dan Kinerja KPU\tNilai Hasil Evaluasi Mandiri atas Akuntabilitas Kinerja\tBB\tBB",
        "6\tMeningkatnya pembinaan perbendaharaan\t\t\t24%",
        "\t\tPresentase pegawai yang mendapat layanan administrasi kepegawaian\t97,50%\t25%",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.sasaran) for m in measures] == [
        ("Nilai Hasil Evaluasi Mandiri atas Akuntabilitas Kinerja", "Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU"),
        ("Meningkatnya pembinaan perbendaharaan", "Meningkatnya pembinaan perbendaharaan"),
        ("Presentase pegawai yang mendapat layanan administrasi kepegawaian", ""),
    ]


def test_lost_target_header_word_three_values_that_add_up_are_target_realisasi_capaian():
    # Corpus 001 lines 1254-1260: 'Target' OCR'd to 'me'; the capaian's '%' read as '5' ('1005').
    text = "\n".join([
        "Mo | Indikator me '| Realmani | Capatan |",
        "",
        "1 Paorsemiase pemutakhiran Dala Pemilih yang diaksanakan secara | 100% | 100% 1005",
        "Tepat Wakto",
    ])
    (row,), _ = records(text)
    assert (row.target.value, row.realisation.value) == (100, 100)
    assert row.achievement.raw == "1005" and 100 in row.achievement.alternatives


def test_lost_target_header_word_values_that_do_not_add_up_are_not_read_as_a_target():
    text = "\n".join([
        "Mo | Indikator me '| Realmani | Capatan |",
        "",
        "1 Persentase pemutakhiran Data Pemilih yang dilaksanakan secara | 3 | 100% 80%",
    ])
    (row,), _ = records(text)
    assert row.target is None and (row.realisation.value, row.achievement.value) == (100, 80)


def test_an_earlier_years_realisasi_column_before_the_target_is_not_the_measurement():
    # pdftotext -layout: 'Realisasi 2020 | Target 2021 | Realisasi 2021 | Capaian', header on two lines.
    text = ("  No  Indikator Kinerja                         Realisasi      Target   Realisasi    Capaian\n"
            "                                                     2020        2021        2021        (%)\n"
            "  3   Indeks kualitas dokumen perencanaan            3,18        3,40        3,52     103,53\n"
            "  5   Persentase penduduk miskin                   18,01%      16,40%      16,39%     100,06\n")
    rows = records(text)[0]
    assert measured(rows) == [
        (3.40, 3.52, 103.53), (16.40, 16.39, 100.06)]


def plan_records(text: str, year: int | None):
    return table_records(text, year)[0]


def test_a_plan_table_with_a_target_column_per_year_gives_the_report_years_target():
    # Renstra IKU table: 'Target' over one column per year; only the report year's column is its target.
    text = ("  No  Indikator Kinerja Utama            Satuan   Kondisi                  Target\n"
            "                                                     Awal\n"
            "                                                     2018    2019    2020    2021    2022    2023\n"
            "  1   Opini BPK atas LKPD Provinsi NTB   opini        WTP     WTP     WTP     WTP     WTP     WTP\n"
            "  2   Level Maturitas Penyelenggaraan    level       2,85    3,00    3,05    3,15    3,25    3,35\n"
            "      SPIP\n"
            "  3   Persentase rekomendasi hasil       %             72      75      78      80      85      90\n"
            "      pemeriksaan yang ditindaklanjuti\n")
    rows = plan_records(text, 2022)
    assert [r.target.text or r.target.value for r in rows] == ["WTP", 3.25, 85]
    assert plan_records(text, 2017) == [] and plan_records(text, None) == []  # no column of that year


def test_a_sasaran_heading_rows_number_is_not_a_target():
    # Space-aligned PK: the sasaran stands as a numbered heading row above its lettered indicators.
    text = ("  No   Sasaran Strategis / Indikator Kinerja                                  Target\n"
            "\n"
            "  1    Meningkatnya kualitas tata kelola pemerintahan daerah\n"
            "       a. Nilai SAKIP Pemerintah Provinsi NTB                                     BB\n"
            "  2    Meningkatnya efektivitas pengawasan internal\n"
            "       a. Level Maturitas Penyelenggaraan SPIP                                  3,25\n")
    rows = records(text)[0]
    assert [r.target.text or r.target.value for r in rows] == ["BB", 3.25]
    assert not any(r.indicator_raw.startswith("Meningkatnya") for r in rows)


def test_a_numbered_sasaran_heading_does_not_carry_on_the_row_above():
    # pdftotext -layout PK: '2    Meningkatnya ...' heads the next group; it is not the Opini row's wrapped name.
    text = "\n".join([
        "  No   Sasaran Strategis / Indikator Kinerja                                  Target",
        "",
        "  1    Meningkatnya kualitas tata kelola pemerintahan daerah",
        "       a. Opini BPK atas LKPD Provinsi NTB                                       WTP",
        "  2    Meningkatnya efektivitas pengawasan internal",
        "       a. Level Maturitas Penyelenggaraan SPIP                                  3,25",
    ])
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures][:1] == ["Opini BPK atas LKPD Provinsi NTB"]


def test_a_level_target_does_not_end_the_table_and_a_paragraph_below_it_does():
    # pdftotext -layout PK: 'Level 3' is a target (APIP capability), the row under it is read too; the
    # paragraph after the table (its lines wrapped at 90 characters, one with a Rupiah amount) is no row's name.
    text = "\n".join([
        "  No   Sasaran Strategis / Indikator Kinerja                                  Target",
        "",
        "  2    Meningkatnya efektivitas pengawasan internal",
        "       a. Level Maturitas Penyelenggaraan SPIP                                  3,25",
        "       c. Level kapabilitas APIP (IACM)                                      Level 3",
        "       d. Jumlah laporan hasil pengawasan (LHP) yang                     120 Laporan",
        "          diterbitkan",
        "",
        "    Perjanjian Kinerja tersebut didukung dengan anggaran sebesar Rp 12.846.500.000,00 yang",
        "    bersumber dari APBD Provinsi Nusa Tenggara Barat Tahun Anggaran 2022.",
    ])
    measures, budgets = records(text)
    assert [(m.target.value, m.target.unit) for m in measures] == [(3.25, None), (3.0, "level"), (120.0, "laporan")]
    assert measures[1].target.raw == "Level 3"
    assert "Perjanjian" not in measures[2].indicator_raw and "bersumber" not in measures[2].indicator_raw
    assert not budgets


def test_rupiah_signs_before_every_amount_do_not_shift_the_budget_columns():
    # Bapenda Jabar: 'Rp' before each amount (2 spaces: the same cell; own cell in a tab table), a Sisa
    # column before the %, and Permendagri 90 program codes ('5.02.01').
    spaced = "\n".join([
        "  Kode     Program                                   Anggaran            Realisasi                Sisa       %",
        "                                            Setelah Perubahan",
        "  5.02.01  PROGRAM PENUNJANG URUSAN       Rp  312.450.800.000  Rp  298.112.345.678  Rp  14.338.454.322   95,41",
        "  5.02.02  PROGRAM PENGELOLAAN PENDAPATAN Rp  185.320.000.000  Rp  171.204.887.150  Rp  14.115.112.850   92,38",
        "           JUMLAH BELANJA                 Rp  497.770.800.000  Rp  469.317.232.828  Rp  28.453.567.172   94,28",
    ])
    tabbed = "\n".join([
        "Kode\tProgram\tAnggaran\tRealisasi\tSisa\t%",
        "5.02.01\tPROGRAM PENUNJANG URUSAN\tRp\t312.450.800.000\tRp\t298.112.345.678\tRp\t14.338.454.322\t95,41",
        "5.02.02\tPROGRAM PENGELOLAAN PENDAPATAN\tRp.\t185.320.000.000\tRp.\t171.204.887.150\tRp.\t14.115.112.850\t92,38",
        "\tJUMLAH BELANJA\tRp\t497.770.800.000\tRp\t469.317.232.828\tRp\t28.453.567.172\t94,28",
    ])
    for text in (spaced, tabbed):
        _, budgets = records(text)
        assert [(b.code, b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
            ("5.02.01", 312_450_800_000, 298_112_345_678, 95.41),
            ("5.02.02", 185_320_000_000, 171_204_887_150, 92.38),
            (None, 497_770_800_000, 469_317_232_828, 94.28)], text
        assert [b.name for b in budgets] == ["PROGRAM PENUNJANG URUSAN", "PROGRAM PENGELOLAAN PENDAPATAN", "JUMLAH BELANJA"]


def test_permendagri_codes_are_read_and_levelled():
    from normalize.build import budget_level

    assert find_code("1.02.02.2.01.0009  Pengembangan Puskesmas") == ("1.02.02.2.01.0009", "Pengembangan Puskesmas")
    assert find_code("1.02.01.2.06 Administrasi Umum")[0] == "1.02.01.2.06"
    assert find_code("5.02.01  PROGRAM PENUNJANG")[0] == "5.02.01"
    for text in ("Rp 1.250.000", "tanggal 1.12.2022", "98.50%", "4.451.669.000"):
        assert find_code(text)[0] is None, text
    assert [budget_level(c, None, False) for c in ("5.02.01", "1.02.01.2.01", "1.02.02.2.01.0009", "076.01.WA")] == [
        "program", "kegiatan", "output", "program"]


def test_a_sasaran_run_into_the_empty_indicator_column_is_cut_at_that_columns_start():
    # Dinkes Banyumas PK: one space between the sasaran and the indicator ('akuntabilitas Nilai'), the
    # indicator's first word opening right under 'Indikator Kinerja'.
    text = "\n".join([
        "  No    Sasaran Strategis          Indikator Kinerja                       Satuan           Target",
        "  5.                               Indeks Kepuasan Masyarakat terhadap     indeks             3,25",
        "  6.    Meningkatnya akuntabilitas Nilai SAKIP Dinas Kesehatan             predikat             BB",
        "        kinerja perangkat daerah",
        "  7.                               Jumlah laporan kinerja yang disusun     laporan           2 Lap",
    ])
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Indeks Kepuasan Masyarakat terhadap", "Nilai SAKIP Dinas Kesehatan", "Jumlah laporan kinerja yang disusun"]
    assert measures[1].target.text == "BB"


def test_a_wide_space_aligned_table_is_read_and_a_budget_code_line_below_is_no_rows_name():
    # Corpus 000 Tabel 2.2 and 004's PK as pdftotext -layout would print them: padded lines past 220
    # characters hold a header and rows; the '076.01.CQ ...' line after the last row opens a budget block.
    pad = " " * 120
    text = "\n".join([
        f"Nomor   Sasaran Kegiatan{pad}Indikator Kinerja{pad}Target",
        f"1       Terwujudnya Akuntabilitas Keuangan{pad}Ketepatan Pelaporan Keuangan{pad[:-11]}100%",
        "",
        "076.01.CQ Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [("Ketepatan Pelaporan Keuangan", 100)]


def test_a_cell_wrapped_onto_an_indented_line_of_its_own_carries_on_its_column():
    # Corpus 002's PK as pdftotext -layout prints it with wrapped cells: the indicator's second line
    # stands alone under the Indikator column, with no gap to split on.
    text = "\n".join([
        "No   Sasaran Strategis                        Indikator Kerja                            Target",
        "1    Meningkatkan penyelenggaraan pemilihan   e. persentase partisipasi pemilih yang     10%",
        "                                              berhak memilih tetapi tidak masuk dalam",
        "                                              daftar pemilih",
        "2    Terlaksananya pemilihan yang aman,       a. persentase penyelenggaraan pemilihan    95%",
        "     damai, jujur, dan adil                   yang melaksanakan pemilihan tanpa",
        "                                              konflik",
    ])
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "persentase partisipasi pemilih yang berhak memilih tetapi tidak masuk dalam daftar pemilih",
        "persentase penyelenggaraan pemilihan yang melaksanakan pemilihan tanpa konflik"]


def test_a_wrapped_line_repeated_in_several_tables_is_no_page_header():
    # A report printing the same rows in its PK, its capaian table and per sasaran repeats their
    # wrapped lines word for word; a page header stands apart, with a blank line beside it.
    row = ["1    Meningkatkan penyelenggaraan pemilihan   e. persentase partisipasi pemilih yang     10%",
           "                                              berhak memilih tetapi tidak masuk dalam",
           "                                              daftar pemilih"]
    header = "No   Sasaran Strategis                        Indikator Kerja                            Target"
    page_header = "LAPORAN KINERJA KPU KOTA BLITAR TAHUN 2020"
    parts = []
    for _ in range(3):
        parts += [page_header, "", header, *row] + ["Uraian capaian kinerja tahun ini."] * 36
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(parts, start=1)]
    from extract.boilerplate import boilerplate_lines
    skipped = {views[i].line.text for i in boilerplate_lines(views)}
    assert page_header in skipped and not any("berhak memilih" in t for t in skipped)


def test_a_row_restated_in_three_tables_is_no_running_line():
    # An undelimited report prints one indicator in its IKU, PK and capaian tables; in the last it closes a page.
    row = "2.3 Persentase surat masuk yang didisposisi tepat waktu 90% 96% 106.67%"
    parts = ["2.3 Persentase surat masuk yang didisposisi tepat waktu 85% 90% 95%"] + ["Uraian paragraf."] * 40
    parts += ["2.3 Persentase surat masuk yang didisposisi tepat waktu 90%"] + ["Uraian paragraf."] * 40
    parts += [row, "", "Halaman 7"] + ["Uraian paragraf."] * 40
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(parts, start=1)]
    from extract.boilerplate import boilerplate_lines
    assert row not in {views[i].line.text for i in boilerplate_lines(views)}


def test_a_flattened_header_under_a_title_with_a_value_word_starts_at_its_labels():
    # Corpus 002's Tabel 2.3 flattened one cell per line: 'Realisasi' in the title is no column.
    text = "\n".join([
        "Realisasi DIPA 076 Tahun 2020", "Per Program/Kegiatan", "",
        "Kode Akun", "Program/kegiatan/subKegiatan/ Mak", "Anggaran", "Realisasi", "Sisa", "%", "",
        "076.01.01", "Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya",
        "2.265.454.000", "2.080.486.266", "184.967.734", "91,84%", "",
        "NO", "PROGRAM", "PAGU", "REALISASI", "PERSENTASE", "KET", "",
        "1", "Program Dukungan Manajemen Pelaksanaan Tugas Teknis Lainnya",
        "Rp. 2.265.454.000", "Rp. 2.101.808.066", "93%", "APBN",
    ])
    _, budgets = records(text)
    assert [(b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        (2_265_454_000, 2_080_486_266, 91.84), (2_265_454_000, 2_101_808_066, 93)]


def test_quarterly_columns_are_not_the_years_realisation():
    # Rencana Aksi / capaian table: 'Realisasi Triwulan' over TW I..TW IV, then the year's Realisasi.
    text = ("No\tIndikator Kinerja\tTarget 2023\tRealisasi Triwulan\t\t\t\tRealisasi 2023\tCapaian\n"
            "\t\t\tTW I\tTW II\tTW III\tTW IV\t\t\n"
            "2\tPersentase Partisipasi Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam DPT\t2,8%\t-\t-\t2,1%\t1,9%\t1,9%\t132,14%\n"
            "5\tNilai Akuntabilitas Kinerja\tBB\t-\tBB\t-\t-\tBB\t100%")
    rows = records(text)[0]
    assert [(r.target.value, r.realisation.value, r.achievement.value) for r in rows[:1]] == [(2.8, 1.9, 132.14)]
    assert rows[1].target.text == "BB" and rows[1].realisation.text == "BB"


def test_quarter_group_wrapped_in_a_narrow_column_is_no_realisation_column():
    # pdftotext -layout with narrow columns: 'Realisasi' over 'Triwulan' is one merged cell over TW I..TW IV;
    # the year's result is in 'Realisasi 2023', not in the quarters.
    text = ("No   Indikator        Target 2023   Realisasi                             Realisasi 2023   Capaian\n"
            "     Kinerja                        Triwulan\n"
            "                                    TW I        TW II    TW III   TW IV\n"
            "1    Persentase       80%           20%         45%      70%      95%      95%              118,75%\n"
            "     dokumen yang\n"
            "     selesai\n"
            "2    Nilai SAKIP      BB            -           BB       -        -        BB               100%\n")
    rows = records(text)[0]
    assert [(r.target.value, r.realisation.value, r.achievement.value) for r in rows[:1]] == [(80, 95, 118.75)]
    assert rows[1].target.text == "BB" and rows[1].realisation.text == "BB" and rows[1].achievement.value == 100


def test_the_last_rows_name_wrapped_in_narrow_columns_is_whole():
    # pdftotext -layout: the last row's sasaran and indicator both wrap onto the lines under it, in their
    # columns; the rest of the indicator is its name's, though the lines are space-aligned cells.
    text = ("NO    SASARAN KEGIATAN   INDIKATOR          TARGET          REALISASI\n"
            "                         KINERJA\n"
            "\n"
            "1.    Terwujudnya        Persentase         100%            97%\n"
            "      Layanan Umum       surat yang\n"
            "                         diarsipkan\n"
            "2.    Terwujudnya        Ketepatan          100%            84,99%\n"
            "      Akuntabilitas      Pelaporan\n"
            "                         Keuangan\n"
            "\n"
            "B. ANALISIS CAPAIAN KINERJA\n")
    rows = records(text)[0]
    assert [(r.indicator_raw, r.realisation.value) for r in rows] == [
        ("Persentase surat yang diarsipkan", 97), ("Ketepatan Pelaporan Keuangan", 84.99)]


def test_a_numbered_row_whose_percent_reads_as_a_code_does_not_end_the_table():
    # '3    Persentase       8596' (85% with its sign read as '96', a bare four-digit code to the lexer) over
    # 'Penyusunan' / 'Anggaran': its words look like a header ('Persentase', 'Anggaran'), but a numbered line
    # with a value cell is a row, so the rows below are still the table's
    text = ("No   Indikator        Target\n"
            "     Kinerja\n"
            "\n"
            "1    Jumlah laporan   4 Laporan\n"
            "     keuangan\n"
            "2    Persentase       8596\n"
            "     Penyusunan\n"
            "     Anggaran\n"
            "3    Jumlah           9 Dokumen\n"
            "     Pembayaran Gaji\n")
    rows = records(text)[0]
    assert [(r.indicator_raw, r.target.raw) for r in rows] == [
        ("Jumlah laporan keuangan", "4 Laporan"), ("Persentase Penyusunan Anggaran", "8596"),
        ("Jumlah Pembayaran Gaji", "9 Dokumen")]


def test_initial_pagu_and_remainder_columns_are_not_the_allocation():
    # 'Pagu Awal | Pagu Revisi | Realisasi | % | Sisa Anggaran': the revised pagu is the allocation.
    text = ("Kode\tProgram / Kegiatan / Rincian Output\tPagu Awal (Rp)\tPagu Revisi (Rp)\tRealisasi (Rp)\t%\tSisa Anggaran (Rp)\n"
            "6709.QGE.001\tPerencanaan dan Penganggaran Pemilu\tRp845.000.000,-\tRp912.450.000,-\tRp889.012.300,-\t97,43\tRp23.437.700,-")
    budgets = records(text)[1]
    assert [(b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        (912450000, 889012300, 97.43)]


def test_comparison_table_with_narrow_columns_takes_the_report_years_values():
    # pdftotext -layout: 'Realisasi 2020 | Realisasi 2021 | Target 2022 | Realisasi 2022 | Capaian |
    # Target Renstra 2024 | Kategori', header words two spaces apart, names wrapped under their column.
    text = (" No  Indikator Kinerja               Realisasi  Realisasi   Target  Realisasi  Capaian   Target  Kategori\n"
            "                                        2020       2021      2022      2022      2022   Renstra\n"
            " 1   Persentase penyelenggaraan         100%       100%      100%      100%      100%     100%   Sangat Baik\n"
            "     Pemilu/Pemilihan sesuai dengan\n"
            "     jadwal dan ketentuan yang berlaku\n"
            " 2   Persentase informasi mengenai      60%        70%       75%       80%     106,67%    90%    Sangat Baik\n"
            "     partai politik yang mutakhir\n")
    rows = records(text)[0]
    assert measured(rows) == [
        (100, 100, 100), (75, 80, 106.67)]
    assert rows[0].indicator_raw == ("Persentase penyelenggaraan Pemilu/Pemilihan sesuai dengan "
                                     "jadwal dan ketentuan yang berlaku")
    assert rows[1].indicator_raw == "Persentase informasi mengenai partai politik yang mutakhir"


def test_a_total_row_cut_after_its_pagu_keeps_pagu_first():
    # OCR: the total row's pagu stays on the name line, realisasi and % go to the next line.
    text = ("No Kode Program / Kegiatan Pagu (Rp) Realisasi (Rp) %\n"
            "076.01.CQ.3357 Pelaksanaan Manajemen Perencanaan dan 412.880.000 389.0O5.120 94,22\n"
            "JUMLAH 3.477.949.000\n"
            "3.363.016.781 96,70\n")
    total = records(text)[1][-1]
    assert (total.allocation.value, total.realisation.value, total.percent.value) == (3477949000, 3363016781, 96.7)


def test_a_row_opened_above_its_value_line_takes_its_values():
    # OCR '|' table: '1 | Persentase ...' holds only its number; the name goes on, lower case, on the
    # value line; a lost border puts two values in one cell ('100% | 98.75% 98,7S%').
    text = ("No | Indikator Kinerja Target | Realisas! | Capalan |\n"
            "1 | Persentase Pelaksanaan Pemutakhiran Data Pemilih Berkelanjutan\n"
            "secara tepat waktu 100% | 100% | 100%\n"
            "6 | Persentase penyelesaian pertanggungjawaban penggunaan 100% | 98.75% 98,7S%\n")
    rows = records(text)[0]
    assert measured(rows) == [
        (100, 100, 100), (100, 98.75, 98.75)]
    assert rows[0].indicator_raw.startswith("Persentase Pelaksanaan Pemutakhiran Data Pemilih")


def test_a_page_footer_inside_a_markdown_table_is_no_row():
    # Text-layer export: a page footer stands between the two parts of a split table.
    text = ("| No | Sasaran Strategis | Indikator Kinerja | Target |\n"
            "|----|-------------------|-------------------|--------|\n"
            "| 3 | Terwujudnya Sumber Daya Manusia | Nilai Akuntabilitas Kinerja | BB |\n"
            "\n"
            "Laporan Kinerja KPU Provinsi Sulawesi Tengah Tahun 2023 12\n"
            "\n"
            "| No | Sasaran Strategis | Indikator Kinerja | Target |\n"
            "|----|-------------------|-------------------|--------|\n"
            "| | | Opini BPK atas Laporan Keuangan | WTP |\n")
    rows = records(text)[0]
    assert [r.target.text for r in rows] == ["BB", "WTP"]


def test_a_lettered_item_under_a_flattened_row_opens_the_next_row():
    # Corpus 002's Tabel 2.1 flattened one cell per line: 'b. persentase ...' is lower case after its letter,
    # but it is the next indicator, not the rest of the name above (which shifted every target by a row).
    text = "\n".join([
        "No", "Sasaran Strategis", "Indikator Kerja", "Target", "",
        "1", "Meningkatkan penyelenggaraan pemilihan yang demokratis",
        "a. presentasi KPU Kota Blitar yang menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal", "100%", "",
        "b. persentase partisipasi pemilih dalam pemilihan", "77%", "",
        "c. persentase partisipasi pemilih perempuan dalam pemilihan", "75%", "",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw.split()[-1], m.target.value) for m in measures] == [
        ("jadwal", 100), ("pemilihan", 77), ("pemilihan", 75)]
    assert "perempuan" in measures[2].indicator_raw and "perempuan" not in measures[1].indicator_raw


def flattened(*rows: list[str], gap: bool = True) -> str:
    """Table rows flattened one cell per line, a blank line after each row or (gap=False) none."""
    return "\n".join(line for row in rows for line in row + ([""] if gap else []))


@pytest.mark.parametrize("gap", [True, False])
def test_a_flattened_budget_table_reads_its_year_and_the_percent_under_keterangan(gap: bool):
    # Corpus 004's per-year Pagu / Realisasi table flattened: 'Tahun' is the year column, the '2.' list
    # number opens the next row, and the % stands under 'Keterangan', one value more than the header names.
    text = flattened(["No", "Tahun", "Pagu", "Realisasi", "Keterangan"],
                     ["1.", "2021", "34,884,986,000", "34,024,395,214", "97,53%"],
                     ["2.", "2022", "20,158,342,000", "19,434,570,514", "96,41%"], gap=gap)
    _, budgets = records(text)
    assert [(b.fiscal_year, b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        (2021, 34_884_986_000, 34_024_395_214, 97.53), (2022, 20_158_342_000, 19_434_570_514, 96.41)]


@pytest.mark.parametrize("gap", [True, False])
def test_flattened_header_cells_with_qualifiers_or_ocr_damage_name_their_columns(gap: bool):
    # Corpus 000's Tabel 3.3 and 3.4 flattened: 'Realisasi Sampai Denag 31 Desember 2022' is the realisasi
    # column, though most of its words are no header words; 'Capaia n' is the capaian.
    text = flattened(["Tabel 3.3 Anggaran dan Realisasi APBN KPU Kota Probolinggo Tahun 2022"],
                     ["Nomor Alokasi Anggaran", "Realisasi Sampai Denag 31 Desember 2022", "Presentase"],
                     ["1", "4.451.669.000", "4.384.925.985", "98,50%"],
                     ["Tabel 3.4 Realisasi Anggaran (076.01.CQ)"],
                     ["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaia n"],
                     ["Penyelenggara n Pemilu dalam Proses Konsolidasi Demokrasi",
                      "Tercapainya tahapan pemilu sesuai dengan peraturan perundang-undangan",
                      "1.644.763.00 0", "1.601.325.55 9", "97,36%"], gap=gap)
    _, budgets = records(text)
    assert [(b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        (4_451_669_000, 4_384_925_985, 98.5), (1_644_763_000, 1_601_325_559, 97.36)]


@pytest.mark.parametrize("gap", [True, False])
def test_a_flattened_row_reads_its_column_numbers_row_number_and_cells(gap: bool):
    # Corpus 000's table of sasaran 7 flattened: the column numbers '1' .. '5' one per line are the header's,
    # '7' opens the only row, and its two text lines are the Sasaran and the Indikator cells.
    text = flattened(["Nomor", "Sasaran Kegiatan", "Indikator Kinerja", "Target", "Realisasi"],
                     ["1", "2", "3", "4", "5"],
                     ["7", "Meningkatnya tertib administrasi dan pengelolaan sumber daya manusia",
                      "presentase pegawai yang mendapat layanan administrasi kepegawaian tepat waktu", "97,50%", "25%"],
                     gap=gap)
    (measure,), _ = records(text)
    assert measure.indicator_raw == "presentase pegawai yang mendapat layanan administrasi kepegawaian tepat waktu"
    assert measure.sasaran.startswith("Meningkatnya tertib")
    assert (measure.target.value, measure.realisation.value) == (97.5, 25)


@pytest.mark.parametrize("gap", [True, False])
def test_a_flattened_row_number_closes_the_row_above(gap: bool):
    # Corpus 004 flattened: a row whose target cell holds no single value ('1 Lakip dan 2 Perjanjian Kinerja',
    # kept as printed without a number) and a heading row ('1.', '. Mewujudkan ...') leave their text to no other
    # row; the list number opens the next.
    text = flattened(["NO", "SASARAN KEGIATAN", "INDIKATOR KINERJA", "TARGET", "REALISASI"],
                     ["1.", ". Mewujudkan Komisi Pemilihan Umum yang Mandiri"],
                     ["1.", "Terwujudnya Sistematika dan Standar pengiriman", "Laporan evaluasi distribusi logistik",
                      "100%", "100%"],
                     ["13.", "Terlaksananya Penyusunan Laporan kinerja 2024 dan Perjanjian Kinerja 2024",
                      "Jumlah Laporan Kinerja dan Penyusunan Perjanjian Kinerja", "1 Lakip dan 2 Perjanjian Kinerja"],
                     ["14.", "Terlaksananya Penyusunan Anggaran Tahun 2024", "Persentase Penyusunan Anggaran",
                      "100%", "84,99%"], gap=gap)
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.raw, m.target.value, m.realisation and m.realisation.value)
            for m in measures] == [
        ("Laporan evaluasi distribusi logistik", "100%", 100, 100),
        ("Jumlah Laporan Kinerja dan Penyusunan Perjanjian Kinerja", "1 Lakip dan 2 Perjanjian Kinerja", None, None),
        ("Persentase Penyusunan Anggaran", "100%", 100, 84.99)]


@pytest.mark.parametrize("gap", [True, False])
def test_a_code_alone_on_its_line_opens_the_next_row_of_a_flattened_budget_table(gap: bool):
    # Corpus 002's Tabel 2.3 flattened: OCR lost the capital of 'osialisasi Pilkada ...', which read as the
    # rest of the row above's name and left the 3364.002 row unnamed (a 'total' of 1.500.000).
    text = flattened(["Kode Akun", "Program/kegiatan/subKegiatan/ Mak", "Anggaran", "Realisasi", "Sisa", "%"],
                     ["076.01.06", "Program Penguatan Kelembagaan Demokrasi dan Perbaikan Proses Politik",
                      "2.314.933.000", "343.059.036", "1.971.873.964", "14,82%"],
                     ["3364.002", "osialisasi Pilkada Serentak 2020", "1.500.000", "0", "1.500.000", "0"], gap=gap)
    _, budgets = records(text)
    assert [(b.code, b.name, b.allocation.value, b.is_total) for b in budgets] == [
        ("076.01.06", "Program Penguatan Kelembagaan Demokrasi dan Perbaikan Proses Politik", 2_314_933_000, False),
        ("3364.002", "osialisasi Pilkada Serentak 2020", 1_500_000, False)]  # the election's year is the name's


@pytest.mark.parametrize("gap", [True, False])
def test_the_text_under_a_flattened_rows_values_is_its_ket_cell_when_the_header_ends_on_one(gap: bool):
    # Corpus 002's Tabel 3.2.1 flattened: 'HIBAH' under the third row's % is its KET cell, not the name of
    # the TOTAL row below.
    text = flattened(["NO", "PROGRAM", "PAGU", "REALISASI", "PERSENTASE", "KET"],
                     ["3", "Program Penguatan Kelembagaan dan Perbaikan Proses Politik", "Rp. 15.604.135.000",
                      "Rp. 10.580.173.803", "68%", "HIBAH"],
                     ["TOTAL", "Rp. 20.182.022.000", "Rp. 13.025.040.905", "65%"], gap=gap)
    tables = find_tables([analyse_line(Line(number=i, page=1, text=t))
                          for i, t in enumerate(text.split("\n"), start=1)])
    _, budgets = records(text)
    assert [(b.name, b.allocation.value, b.realisation.value) for b in budgets] == [
        ("Program Penguatan Kelembagaan dan Perbaikan Proses Politik", 15_604_135_000, 10_580_173_803),
        ("TOTAL", 20_182_022_000, 13_025_040_905)]
    # the realisasi and % lines are cells of their rows, which the Rupiah-line reader leaves to the table
    assert later_value_lines(tables[0]) == ({11, 12, 17, 18} if gap else {10, 11, 15, 16})


def test_a_count_whose_lone_digit_ocr_read_as_a_letter_keeps_its_row():
    # 004's agreement with '1 Dokumen' read 'l Dokumen': the cell has no digit, yet it is the row's target.
    text = (
        "| No. | Sasaran Kegiatan | Indikator Kinerja | Target |\n"
        "|-----|---|---|-----------|\n"
        "| (1) | (2) | (3) | (4) |\n"
        "| 3. | Tersedianya Laporan evaluasi Pelaksanaan | Jumlah Dokumen Laporan evaluasi Pelaksanaan | 1 Dokumen |\n"
        "| 4. | Tersedianya Layanan Administrasi Kepemiluan | Jumlah Dokumen Kepemiluan | l Dokumen |\n"
        "| 5. | Tersedianya Data dan infomasi Produk Hukum | Persentase Data dan Infomasi Produk Hukum | 100% |")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.target.unit) for m in measures] == [
        ("Jumlah Dokumen Laporan evaluasi Pelaksanaan", 1.0, "dokumen"),
        ("Jumlah Dokumen Kepemiluan", 1.0, "dokumen"),
        ("Persentase Data dan Infomasi Produk Hukum", 100.0, "%")]
    assert measures[1].target.repairs[0].rule == "ocr_letter_in_number"


def test_a_persentase_indicator_reads_its_bare_numbers_as_percentages():
    # 004's RKT table mixes counts and percents; a 'Persentase' row whose '%' signs OCR read as digits
    # ('10096 | 985') is still a row of percentages: 985 is no plain number but an untrusted percent
    # that may be 98%, flagged for review, not a trusted 985.
    text = (
        "| NO | SASARAN KEGIATAN | INDIKATOR KINERJA | TARGET | REALISASI |\n"
        "|-----|--|---|---|-----------|\n"
        "| 4. | Tersedianya Layanan Administrasi Kepemiluan | Jumlah Dokumen Kepemiluan | 1 Dokumen | 1 Dokumen |\n"
        "| 5. | Tersedianya Data dan infomasi Produk Hukum | Persentase Data dan Infomasi Produk Hukum | 10096 | 985 |\n"
        "| 8. | Evaluasi Tahapan Pemilihan Serentak | Jumlah Dokumen Evaluasi Tahapan pemilihan serentak | 1 Dokumen | 1 Dokumen |")
    measures, _ = records(text)
    row = measures[1]
    assert row.indicator_raw == "Persentase Data dan Infomasi Produk Hukum"
    assert row.target.unit == row.realisation.unit == "%"
    assert not row.realisation.trusted and 98.0 in row.realisation.alternatives
    assert 100.0 in row.target.alternatives


def test_an_amount_whose_first_8_ocr_read_as_b_keeps_its_budget_row():
    # 002's Tabel 2.3 with '800.000 | 0' read 'B00.000 | O': a look-alike opening thousand groups is a
    # digit, and so is an 'O' alone in its cell.
    text = ("Kode Akun\tProgram/kegiatan\tAnggaran\tRealisasi\tSisa\t%\n"
            "3364\tPenyelenggaraan Pemilihan\t1.000.000\t0\t1.000.000\t0\n"
            "3364.005\tPublikasi Informasi\tB00.000\tO\t800.000\t0\n"
            "3364.006\tPengelolaan PAW\t200.000\t0\t200.000\t0")
    _, budgets = records(text)
    assert [(b.code, b.allocation.value, b.realisation.value) for b in budgets] == [
        ("3364", 1_000_000, 0), ("3364.005", 800_000, 0), ("3364.006", 200_000, 0)]
    assert budgets[1].allocation.repairs[0].rule == budgets[1].realisation.repairs[0].rule == "ocr_letter_in_number"


def test_budget_values_a_lost_border_ran_into_the_ket_cell_are_the_rows():
    # Corpus 002's Tabel 3.2.1 with the border before 'KET' lost on one row, as OCR often reads it.
    text = "\n".join([
        "NO | PROGRAM | PAGU | REALISASI | PERSENTASE | KET",
        "1 | Program Dukungan Manajemen Pelaksanaan Tugas Teknis Lainnya | Rp. 2.265.454.000 | Rp. 2.101.808.066 93% APBN",
        "2 | Program Penguatan Kelembagaan dan Perbaikan Proses Politik | Rp. 2.314.933.000 | Rp. 343.059.036 | 15% | APBN",
    ])
    _, budgets = records(text)
    assert [(b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        (2_265_454_000, 2_101_808_066, 93), (2_314_933_000, 343_059_036, 15)]


def test_a_budget_row_with_monthly_realisation_cells_takes_the_pair_its_percent_proves():
    """Months with spending print their amount before the row's Jumlah; the count varies per row.

    Read from the right, the pagu would land on a month; the row's own %
    says which two amounts are the pagu and the realisasi.
    """
    text = (
        "Kegiatan / Sub-Kegiatan Alokasi Anggaran (Rp) Realisasi Anggaran (Rp) Realisasi(%)\n"
        "1 2 3 4 5 6 7 8 9 10 11 12 Jumlah\n"
        "  Pengelolaan Arsip Dinamis Perangkat Daerah 640,500,000 120,000,000 95,250,000 210,400,000 425,650,000 66.46\n"
        "  Penataan Dokumen Kepegawaian 310,000,000 48,900,000 251,600,000 300,500,000 96.94")
    _, budgets = records(text)
    assert [(b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        (640_500_000, 425_650_000, 66.46), (310_000_000, 300_500_000, 96.94)]


def test_a_budget_table_headed_penyerapan_and_serapan_is_read():
    """'Penyerapan' names the spent amount and 'Serapan (%)' its rate, as Realisasi and % do."""
    text = (
        "No\tUraian\tAnggaran (Rp)\tPenyerapan (Rp)\tSerapan (%)\n"
        "1\tBelanja Pegawai\t940.000.000\t921.200.000\t98,00\n"
        "2\tBelanja Barang\t1.260.000.000\t1.171.800.000\t93,00\n"
        "\tTotal\t2.200.000.000\t2.093.000.000\t95,14")
    _, budgets = records(text)
    assert [(b.name, b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        ("Belanja Pegawai", 940_000_000, 921_200_000, 98.0), ("Belanja Barang", 1_260_000_000, 1_171_800_000, 93.0),
        ("Total", 2_200_000_000, 2_093_000_000, 95.14)]


def test_a_realisation_printed_only_as_its_percent_is_the_rows_percent():
    """'Pagu | Realisasi (%)': the rate stands in the Realisasi column; it is no amount, and not lost."""
    text = (
        "No\tKegiatan\tPagu Anggaran\tRealisasi (%)\n"
        "1\tPengelolaan Logistik Pemilihan\tRp. 2.750.000.000\t88,40%\n"
        "\tJumlah\tRp. 2.750.000.000\t88,40%")
    _, budgets = records(text)
    assert [(b.allocation.value, b.realisation, b.percent.value) for b in budgets] == [
        (2_750_000_000, None, 88.4), (2_750_000_000, None, 88.4)]


@pytest.mark.parametrize("pct", ["95,00", "95,00\n%"])
def test_a_flattened_budget_table_with_the_rupiah_sign_on_its_own_line(pct: str):
    """'Rp' above each amount (and '%' under each rate), one cell per line: a sign is neither a name nor a row break."""
    text = "\n".join([
        "No", "Uraian", "Pagu", "Realisasi", "%",
        "1", "Belanja Operasional Kantor", "Rp", "820.000.000", "Rp", "779.000.000", pct,
        "2", "Belanja Pemeliharaan", "Rp", "180.000.000", "Rp", "171.000.000", pct,
        "JUMLAH", "Rp", "1.000.000.000", "Rp", "950.000.000", pct])
    _, budgets = records(text)
    assert [(b.name, b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        ("Belanja Operasional Kantor", 820_000_000, 779_000_000, 95.0),
        ("Belanja Pemeliharaan", 180_000_000, 171_000_000, 95.0),
        ("JUMLAH", 1_000_000_000, 950_000_000, 95.0)]


def test_a_kegiatan_code_written_under_its_program_is_the_kegiatans_code():
    """'076.01.CQ.6872' is kegiatan 6872 of program 076.01.CQ; an output under it keeps its own parts."""
    assert find_code("076.01.CQ.6872 Pemungutan dan Penghitungan Suara") == (
        "6872", "Pemungutan dan Penghitungan Suara")
    assert find_code("076.01.WA.3360.EBA.994 Layanan Perkantoran") == ("3360.EBA.994", "Layanan Perkantoran")
    assert find_code("076.01.WA Program Dukungan Manajemen") == ("076.01.WA", "Program Dukungan Manajemen")
    assert find_code("1.250.400.000") == (None, "1.250.400.000")


def test_a_tahun_anggaran_column_is_the_year_not_a_pagu():
    """'Tahun Anggaran | Pagu | Realisasi | %' over 'TA 2023 | ...': one row per year, each the year's total."""
    text = (
        "No\tTahun Anggaran\tPagu\tRealisasi\tPersentase\n"
        "1\tTA 2022\t5.200.000.000\t4.940.000.000\t95,00%\n"
        "2\tTA 2023\t9.600.000.000\t9.120.000.000\t95,00%")
    _, budgets = records(text)
    assert [(b.fiscal_year, b.is_total, b.allocation.value, b.realisation.value) for b in budgets] == [
        (2022, True, 5_200_000_000, 4_940_000_000), (2023, True, 9_600_000_000, 9_120_000_000)]


def test_an_empty_realisasi_cell_leaves_the_rows_printed_percent():
    """'50.000.000 | - | 0,00': nothing spent; the '-' is no percent, the printed 0,00 is."""
    text = (
        "No  Kegiatan               Pagu (Rp)        Realisasi (Rp)     %\n"
        "1   Pemeliharaan Gedung    800.000.000      776.000.000        97,00\n"
        "2   Pengadaan Kendaraan    45.000.000       -                  0,00")
    _, budgets = records(text)
    assert [(b.allocation.value, b.realisation and b.realisation.value, b.percent.value) for b in budgets] == [
        (800_000_000, 776_000_000, 97.0), (45_000_000, None, 0.0)]


def test_a_header_cell_opening_with_percent_is_a_budget_tables_rate():
    """'% Realisasi' after 'Realisasi (Rp)' names the rate column, not a second realisation amount."""
    from extract.headers import read_header

    views = [analyse_line(Line(1, 1, "No\tUraian\tPagu (Rp)\tRealisasi (Rp)\t% Realisasi"))]
    header, _ = read_header(views, 0)
    assert sorted(header.cell_roles.items()) == [(2, "allocation"), (3, "realisation_amount"), (4, "percent")]


@pytest.mark.parametrize("year_word", ["Tahun", "Tahun Anggaran"])
def test_a_flattened_per_year_budget_table_opening_with_its_year_column(year_word: str):
    """'Tahun' (or 'Tahun Anggaran') first, one cell per line: each year opens its row and is that row's year."""
    text = "\n".join([year_word, "Pagu", "Realisasi", "%",
                      "2022", "6.400.000.000", "6.080.000.000", "95,00",
                      "2023", "12.000.000.000", "11.400.000.000", "95,00"])
    _, budgets = records(text)
    assert [(b.fiscal_year, b.allocation.value, b.realisation.value) for b in budgets] == [
        (2022, 6_400_000_000, 6_080_000_000), (2023, 12_000_000_000, 11_400_000_000)]


@pytest.mark.parametrize("header", ["No  Tahun  Pagu  Realisasi  %", "No Tahun Pagu Reallsasi Ket", "Tahun Anggaran Pagu Realisasi"])
def test_a_scanned_per_year_budget_table_whose_header_lost_its_borders_keeps_each_rows_year(header: str):
    """A scan reads 'No | Tahun | Pagu | Realisasi' as one cell; the header still opens on the year column,
    so each row's year cell is its fiscal year (the report's total is its own year's row, not the first)."""
    text = "\n".join([header,
                      "1. | 2022 | 7,250,000,000 | 7,105,000,000 | 98,00%",
                      "2. 2023  9,800,000,000 | 9,310,000,000 92,50%"])
    _, budgets = records(text)
    assert [(b.fiscal_year, b.allocation.value, b.realisation.value) for b in budgets] == [
        (2022, 7_250_000_000, 7_105_000_000), (2023, 9_800_000_000, 9_310_000_000)]


def test_a_budget_header_naming_a_year_after_tahun_has_no_year_column():
    """'Tahun 2024' in a header is its caption's year: the rows carry no year cell to read."""
    from extract.headers import opens_with_year_column
    assert not opens_with_year_column("Tahun 2024 Pagu Realisasi")
    assert not opens_with_year_column("Uraian Pagu Tahun Realisasi")


def test_a_flattened_budget_rows_name_above_its_values_keeps_its_lower_case_words():
    """Names one word per line above their values: a lower-case word after a row's values opens the next name."""
    text = "\n".join([
        "NO", "KEGIATAN", "ANGGARAN", "(Rp)", "REALISASI", "(Rp)", "CAPAIAN", "(%)",
        "Pembinaan", "Organisasi", "Kemasyarakatan",
        "640.000.000 601.600.000 94,0",
        "Koordinasi", "lintas", "Sektoral",
        "210.000.000 199.500.000 95,0"])
    _, budgets = records(text)
    assert [(b.name, b.allocation.value) for b in budgets] == [
        ("Pembinaan Organisasi Kemasyarakatan", 640_000_000), ("Koordinasi lintas Sektoral", 210_000_000)]


def test_a_verdict_column_after_the_values_does_not_hide_them():
    # A capaian table printed as plain text, with a 'Kategori' word after each row's values, group headings
    # (a kegiatan with its code, a sasaran) between the rows, and each value line in the middle of its name.
    text = (
        "Sasaran\n"
        "Indikator Kinerja Kegiatan\n"
        "Target Realisasi Capaian Kategori\n"
        "KEGIATAN 4120: Pembinaan Tata Usaha dan Kerumahtanggaan di\n"
        "Lingkungan Sekretariat.\n"
        "Meningkatnya Kualitas Arsip.\n"
        "Persentase naskah dinas yang\n"
        "diarsipkan secara elektronik pada 75% 70% 93,33% Baik\n"
        "sekretariat dan bagian\n"
        "dalam tahun berjalan.\n"
        "Tersusunnya Laporan Barang Milik Negara.\n"
        "Jumlah laporan inventaris barang dan\n"
        "4 Lap 3 Lap 75% Tidak Tercapai\n"
        "aset tetap.\n"
        "Terselenggaranya Rapat Koordinasi.\n"
        "Jumlah satker yang\n"
        "mengikuti rapat\n"
        "12 Satker 12 Satker 100% Sangat Berhasil\n"
        "koordinasi triwulanan.\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase naskah dinas yang diarsipkan secara elektronik pada sekretariat dan bagian dalam tahun berjalan.",
        "Jumlah laporan inventaris barang dan aset tetap.",
        "Jumlah satker yang mengikuti rapat koordinasi triwulanan."]
    assert measured(measures) == [(75.0, 70.0, 93.33), (4.0, 3.0, 75.0), (12.0, 12.0, 100.0)]
    assert [m.source.line for m in measures] == [8, 13, 18]


def test_a_verdict_word_after_one_number_or_a_range_is_no_row():
    # Only a closed list of verdicts counts, after two or more values set apart by spaces alone: a scale of
    # ranges ('61% - 80%  Baik'), a single number before a word, or a sentence ending in a verdict are no rows.
    for cell, values in [
        ("Persentase layanan 90% 95% 105,56% Sangat Baik", ["90%", "95%", "105,56%"]),
        ("Nilai SAKIP 72 BB 100% Melampaui Target", ["72", "BB", "100%"]),
        ("Opini atas laporan keuangan WTP WDP Belum Tercapai", ["WTP", "WDP"]),
        ("dinilai dalam kategori B Baik", []),
        ("61% - 80% Baik", []),
        ("61 % ≤ 80 % Cukup", []),
        ("Persentase layanan 90% Tercapai", []),
        ("dengan nilai 88 90 baik.", []),
    ]:
        view = analyse_line(Line(number=1, page=1, text=cell))
        assert [t.raw for t in view.values] == values, cell


def test_sentences_and_a_scale_under_a_table_with_a_word_column_are_no_rows():
    # Under 'Target Realisasi Capaian Keterangan', values inside a line count only side by side: numbers
    # parted by words make a sentence, and a range ('81% - 100%') is a row of the scale of verdicts.
    text = ("Indikator Kinerja Target Realisasi Capaian Keterangan\n"
            "Persentase surat masuk yang didisposisi 90% 96% 106,67% Melampaui target\n"
            "Jumlah rapat pleno yang terdokumentasi 10 Kali 8 Kali 80% Belum tercapai penuh\n"
            "\n"
            "Skala penilaian: 81% - 100% Sangat Baik, 61% - 80% Baik\n"
            "Realisasi rapat didukung oleh 6 kali pleno terbuka dan 2 kali pleno tertutup di kantor\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase surat masuk yang didisposisi",
                                                   "Jumlah rapat pleno yang terdokumentasi"]
    assert measured(measures) == [(90.0, 96.0, 106.67), (10.0, 8.0, 80.0)]


def test_a_sentence_after_a_blank_line_is_not_the_last_rows_name():
    # A space-aligned capaian table, then the paragraph that comments on it.
    text = ("No   Indikator Kinerja                          Target     Realisasi   Capaian    Predikat\n"
            "1    Persentase pengaduan yang dijawab          80%        84%         105%       Sangat Baik\n"
            "     dalam lima hari kerja\n"
            "2    Jumlah publikasi hasil pemilihan           4 Kali     4 Kali      100%       Baik\n"
            "\n"
            "Dari tabel tersebut tampak kedua indikator telah melampaui atau memenuhi target.\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase pengaduan yang dijawab dalam lima hari kerja", "Jumlah publikasi hasil pemilihan"]


def test_a_verdict_sharing_the_capaian_cell_and_the_next_tables_header_stay_out_of_the_rows():
    # '| 104% Sangat Baik |': the capaian with its verdict in one cell; then a markdown scale table whose
    # header ('| No | Rentang Capaian | Predikat |' over its rule) is no part of the last row's name.
    text = ("| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Persentase berkas pencalonan yang diverifikasi | 90% | 94% | 104,44% Sangat Baik |\n"
            "| 2 | Jumlah sosialisasi tatap muka | 8 Kali | 7 Kali | 87,5% (Baik) |\n"
            "\n"
            "| No | Rentang Capaian | Predikat |\n"
            "|---|---|---|\n"
            "| 1 | 91% - 100% | Sangat Baik |\n"
            "| 2 | 76% - 90% | Baik |\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase berkas pencalonan yang diverifikasi",
                                                   "Jumlah sosialisasi tatap muka"]
    assert measured(measures) == [(90.0, 94.0, 104.44), (8.0, 7.0, 87.5)]


def test_a_name_without_an_opening_word_starts_under_the_last_finished_heading():
    # The same plain-text layout, names opening with a noun: the kegiatan (with its code) and the sasaran
    # lines that end in a full stop head the group; the name starts on the line after them.
    text = ("Sasaran\n"
            "Indikator Kinerja Kegiatan\n"
            "Target Realisasi Capaian Kategori\n"
            "KEGIATAN 5071: Dukungan Manajemen dan Pelaksanaan Tugas Teknis di\n"
            "Lingkungan Sekretariat.\n"
            "Meningkatnya Tertib Administrasi Kepegawaian.\n"
            "Dokumen usulan kenaikan pangkat yang\n"
            "diproses tepat waktu 6 Dok 6 Dok 100% Berhasil\n"
            "dalam satu periode.\n"
            "Tersusunnya Rencana Kebutuhan Barang.\n"
            "Laporan rencana kebutuhan dan\n"
            "2 Lap 1 Lap 50% Kurang Berhasil\n"
            "pemeliharaan barang.\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Dokumen usulan kenaikan pangkat yang diproses tepat waktu dalam satu periode.",
        "Laporan rencana kebutuhan dan pemeliharaan barang."]
    assert measured(measures) == [(6.0, 6.0, 100.0), (2.0, 1.0, 50.0)]


def test_space_aligned_capaian_table_with_its_verdict_column_and_names_around_the_value_line():
    # pdftotext -layout prints the same table in columns: the verdict stands in a column of its own, the
    # group headings and the names' lines sit in the name column, and a value line may hold no name at all.
    text = ("Indikator Kinerja Kegiatan                    Target      Realisasi     Capaian     Kategori\n"
            "KEGIATAN 5071: Dukungan Manajemen dan Pelaksanaan Tugas Teknis di\n"
            "Lingkungan Sekretariat.\n"
            "Meningkatnya Tertib Administrasi Kepegawaian.\n"
            "Persentase usulan kenaikan pangkat\n"
            "yang diproses tepat waktu pada               90%         96%           106,67%     Sangat Baik\n"
            "periode April dan Oktober.\n"
            "Tersusunnya Rencana Kebutuhan Barang.\n"
            "Jumlah laporan rencana kebutuhan dan\n"
            "                                              2 Lap       1 Lap         50%         Kurang Berhasil\n"
            "pemeliharaan barang.\n"
            "\n"
            "Dari tabel di atas tampak bahwa satu indikator belum mencapai target tahun ini.\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase usulan kenaikan pangkat yang diproses tepat waktu pada periode April dan Oktober.",
        "Jumlah laporan rencana kebutuhan dan pemeliharaan barang."]
    assert measured(measures) == [(90.0, 96.0, 106.67), (2.0, 1.0, 50.0)]


def test_a_verdict_ocr_damaged_beyond_the_list_is_still_a_word_column_the_header_names():
    # 'Berhasi1' is no verdict of the list; the header's last line names a word column after the values
    # ('Kategori'), so the values standing side by side before it are still the row's.
    text = ("Sasaran\n"
            "Indikator Kinerja Kegiatan\n"
            "Target Realisasi Capaian Kategori\n"
            "Meningkatnya Tertib Administrasi Kepegawaian.\n"
            "Persentase usulan mutasi pegawai\n"
            "85% 80% 94,12% Berhasi1\n"
            "yang diproses tepat waktu.\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase usulan mutasi pegawai yang diproses tepat waktu."]
    assert measured(measures) == [(85.0, 80.0, 94.12)]


def test_the_rows_of_a_verdict_scale_are_no_measurements():
    # The scale a report explains its verdicts with: a range cell ('91 - 100', '> 100', '0 - 50') and a word.
    text = ("Indikator Kinerja                    Target     Realisasi   Capaian\n"
            "Persentase arsip yang tertata        80%        88%         110%\n"
            "\n"
            "No.   Rentang Nilai   Kategori          Keterangan\n"
            "1     >100            Sangat berhasil   Melampaui target indikator\n"
            "2     91 - 100        Berhasil          Mencapai target indikator\n"
            "3     0 - 50          Tidak berhasil    Jauh di bawah target indikator\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase arsip yang tertata"]
    for cell in ["91 - 100", "> 100", "76% s.d 90%", "≤ 50 %"]:
        assert analyse_line(Line(number=1, page=1, text=cell)).values == [], cell
    assert [t.raw for t in analyse_line(Line(number=1, page=1, text="2021 - 2022")).values] == ["2021", "2022"]


def test_a_sasaran_on_the_value_line_goes_on_with_its_indicator_below():
    # A wrapped column holding the sasaran first and its indicator under it, the values on the first line.
    text = ("No  Sasaran / Indikator                                Target   Realisasi\n"
            "4   Meningkatnya mutu layanan data                     100%     40%\n"
            "    dan informasi pemilu\n"
            "    Persentase permintaan data yang\n"
            "    dijawab dalam tiga hari kerja\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase permintaan data yang dijawab dalam tiga hari kerja"]


@pytest.mark.parametrize("layout", ["tab", "markdown", "flattened"])
def test_a_satuan_column_gives_a_bare_target_its_unit(layout):
    # Perjanjian Kinerja with the unit in a column of its own: 'Jumlah ... | Dokumen | 3'.
    rows = [("1", "Tersusunnya dokumen perencanaan", "Jumlah dokumen rencana kerja yang disahkan", "Dokumen", "3"),
            ("2", "Terselenggaranya sosialisasi", "Jumlah sosialisasi tatap muka kepada pemilih pemula", "Kali", "24"),
            ("3", "Meningkatnya kehadiran pemilih", "Tingkat kehadiran pemilih di tempat pemungutan suara", "%", "81,5")]
    header = ("No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target")
    if layout == "tab":
        text = "\n".join("\t".join(r) for r in [header, *rows])
    elif layout == "markdown":
        text = "\n".join("| " + " | ".join(r) + " |" for r in [header, ("---",) * 5, *rows])
    else:
        text = "\n".join(cell for r in [header, *rows] for cell in r)
    measures, budgets = records(text)
    assert not budgets
    assert [(m.target.value, m.target.unit) for m in measures] == [(3.0, "dokumen"), (24.0, "kali"), (81.5, "%")]
    assert measures[0].indicator_raw == "Jumlah dokumen rencana kerja yang disahkan"


def test_a_satuan_cell_that_names_no_unit_noun_leaves_the_value_as_printed():
    # 'Nilai' is no count noun: the grade stays a grade, and a number under an unknown word keeps no unit.
    text = ("No\tIndikator Kinerja\tSatuan\tTarget\n"
            "1\tNilai hasil evaluasi akuntabilitas kinerja satuan kerja\tNilai\tA\n"
            "2\tRata-rata lama waktu penyelesaian surat masuk\tHari kerja\t3\n"
            "3\tJumlah berkas arsip yang dialihmediakan\tBerkas\t2 Lembar")
    measures, _ = records(text)
    assert [(m.target.value, m.target.text, m.target.unit) for m in measures[:2]] == [
        (None, "A", "grade"), (3.0, None, None)]


def test_a_score_satuan_over_a_number_gives_points_or_an_index_never_a_percent():
    # 'Nilai' printed in the Satuan column: a number under it is a score, whatever the capaian's '%' or the
    # percentages of the other rows suggest; the indicator naming an index makes it one.
    text = ("No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian\n"
            "1\tPersentase keluhan pelanggan yang diselesaikan\tPersen\t85\t90\t105,88%\n"
            "2\tPersentase arsip yang tertata\t%\t70\t77,596\t110,85%\n"
            "3\tHasil Indeks Kepuasan Pelanggan Terminal\tNilai\t81,25\t83,422\t102,67%\n"
            "4\tSkor keterbukaan informasi badan publik\tSkor\t70\t74\t105,71%\n"
            "5\tNilai akuntabilitas kinerja dinas\tNilai\tBB\tA\t110%\n"
            "6\tPersentase sekolah yang terakreditasi\tSekolah\t60\t64\t106,67%")
    measures, _ = records(text)
    assert [(m.target.value, m.target.text, m.target.unit, m.realisation.unit) for m in measures] == [
        (85.0, None, "%", "%"), (70.0, None, "%", "%"), (81.25, None, "index", "index"),
        (70.0, None, "points", "points"), (None, "BB", "grade", "grade"), (60.0, None, "%", "%")]
    assert measures[2].realisation.value == 83.422  # a score's decimals are no '%' misread as '96'
    assert [m.satuan for m in measures] == ["Persen", "%", "Nilai", "Skor", "Nilai", "Sekolah"]
    # (a word the units list lacks does not outweigh a name stating a percentage: it may be a name's piece)


def test_a_target_printed_two_spaces_after_a_wide_satuan_is_still_the_target():
    # space-aligned: 'Puskesmas' is wider than the header's 'Satuan', so its target stands two spaces after
    # it, in the same cell; the row's values are then read by their order, the target not dropped
    text = ("  No   Indikator Kinerja                          Satuan     Target   Realisasi   Capaian\n"
            "  1    Persentase balita ditimbang                %          85       88          103,53%\n"
            "  2    Jumlah puskesmas terakreditasi paripurna   Puskesmas  6        7           116,67%\n"
            "  3    Nilai kepuasan pasien rawat jalan          Nilai      80,5     82          101,86%\n")
    measures, _ = records(text)
    assert [(m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
        (85.0, 88.0, 103.53), (6.0, 7.0, 116.67), (80.5, 82.0, 101.86)]
    assert [m.satuan for m in measures] == ["%", "Puskesmas", "Nilai"]


def test_the_base_of_a_rate_that_ends_a_name_line_stays_in_the_name():
    # space-aligned, the name wrapping: 'per 10.000' closes the name's first line, right before the target
    text = ("  No   Indikator Kinerja                        Target   Realisasi   Capaian\n"
            "  1    Angka kesakitan demam berdarah per 10.000    4,5        3,9     113,33\n"
            "       penduduk\n"
            "  2    Persentase desa bebas jentik                  70         74     105,71\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == [
        ("Angka kesakitan demam berdarah per 10.000 penduduk", 4.5, 3.9),
        ("Persentase desa bebas jentik", 70.0, 74.0)]


def targets_for_year(text: str, year: int | None) -> list[tuple[str, float | None]]:
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(text.split("\n"), start=1)]
    return [(m.indicator_raw, m.target.value) for table in find_tables(views, report_year=year)
            for m in rows_to_records(table)[0]]


@pytest.mark.parametrize("header", [
    "| No | Indikator Kinerja | Target 2025 |",
    "| No | Indikator Kinerja | Target Tahun 2024 | Target Tahun 2025 |",
    "| No | Indikator Kinerja | Kondisi Awal | Target Renstra 2025 |",
])
def test_a_renstra_table_without_the_report_years_column_states_no_target_of_that_year(header):
    # A 2023 report restating its plan: the columns are for other years, so none is 2023's target.
    values = header.count("|") - 3
    text = "\n".join([
        header,
        "| 1 | Persentase laporan keuangan yang disampaikan tepat waktu | " + " | ".join(["60%", "95%"][-values:]) + " |",
        "| 2 | Persentase arsip aktif yang tertata sesuai klasifikasi | " + " | ".join(["40%", "80%"][-values:]) + " |"])
    assert targets_for_year(text, 2023) == []


def test_the_report_years_target_column_is_read_whatever_its_place():
    text = ("| No | Indikator Kinerja | Target 2023 | Target 2024 |\n"
            "| 1 | Persentase laporan keuangan yang disampaikan tepat waktu | 85% | 95% |\n"
            "| 2 | Persentase arsip aktif yang tertata sesuai klasifikasi | 55% | 80% |")
    assert targets_for_year(text, 2023) == [
        ("Persentase laporan keuangan yang disampaikan tepat waktu", 85.0),
        ("Persentase arsip aktif yang tertata sesuai klasifikasi", 55.0)]
    assert [v for _, v in targets_for_year(text, 2024)] == [95.0, 80.0]


def test_one_target_column_named_by_year_is_read_when_the_report_year_is_unknown():
    text = ("| No | Indikator Kinerja | Target 2023 |\n"
            "| 1 | Persentase laporan keuangan yang disampaikan tepat waktu | 85% |")
    assert [v for _, v in targets_for_year(text, None)] == [85.0]
    assert [v for _, v in targets_for_year(text, 2023)] == [85.0]


def test_a_title_footer_between_rows_is_no_row_even_when_its_page_number_sits_under_target():
    # A page break inside a space-aligned PK table; the footer (OCR spelled the town two ways) occurs once only.
    text = "\n".join([
        "No   Sasaran Strategis            Indikator Kinerja                                   Target",
        "1    Meningkatnya layanan         Persentase permohonan informasi yang dijawab        95%",
        "",
        "Laporan Kinerja KPU Kabupaten Tanah Laut Tahun 2023                                  27",
        "",
        "2    Meningkatnya akuntabilitas   Jumlah dokumen evaluasi kinerja yang disusun        3 Dokumen",
        "",
        "LAPORAN KINERJA KPU KABUPATEN TANAH LAUI TAHUN 2023 Hal. 28",
        "3    Terwujudnya tata kelola      Persentase pengaduan pemilih yang ditindaklanjuti   100%",
    ])
    assert targets_for_year(text, 2023) == [
        ("Persentase permohonan informasi yang dijawab", 95.0),
        ("Jumlah dokumen evaluasi kinerja yang disusun", 3.0),
        ("Persentase pengaduan pemilih yang ditindaklanjuti", 100.0)]


@pytest.mark.parametrize("line", [
    "Laporan Kinerja tahun 2023 disusun tepat waktu                           1 Dokumen",
    "| 4 | Laporan Kinerja Instansi Pemerintah Tahun 2023 | 1 |",
])
def test_a_row_naming_the_report_is_kept_when_it_is_no_bare_footer(line):
    from extract.doc_text import DocText
    from extract.boilerplate import title_footer_lines
    assert title_footer_lines(DocText([Line(number=1, page=1, text=line)])) == set()


def test_flattened_rows_lower_case_line_after_the_next_rows_opening_stays_with_that_row():
    # One cell per line; OCR glued the second indicator's first word to the next ('PersentaseBadan'),
    # so only its row number line shows that a new row has begun above the lower-case wrap.
    text = "\n".join([
        "No", "Sasaran Strategis", "Indikator Kinerja", "Target",
        "1 Terwujudnya layanan informasi", "yang terbuka",
        "Persentase permohonan informasi publik", "yang dijawab tepat waktu", "95%",
        "2 Terbentuknya badan adhoc sesuai jadwal",
        "PersentaseBadan Adhoc/ PPK dan PPS", "Kecamatan Yang",
        "dibentuk tepat waktu", "sesuai ketentuan", "100%",
    ])
    measures, _ = records(text)
    assert [m.target.value for m in measures] == [95.0, 100.0]
    assert measures[0].indicator_raw == "Persentase permohonan informasi publik yang dijawab tepat waktu"
    assert measures[1].indicator_raw.endswith("Kecamatan Yang dibentuk tepat waktu sesuai ketentuan")


def test_flattened_sasaran_wrapped_over_lines_is_cut_where_the_indicator_opens():
    # One cell per line under Sasaran | Indikator; the sasaran wraps (and OCR spoiled its opening verb).
    text = "\n".join([
        "No", "Sasaran Strategis", "Indikator Kinerja", "Target",
        "1 Terw,ujudnya pengelolaan arsip", "yang tertib dan terdigitalisasi",
        "Jumlah arsip inaktif yang", "dialihmediakan", "250 Berkas",
    ])
    measures, _ = records(text)
    assert len(measures) == 1
    assert measures[0].indicator_raw == "Jumlah arsip inaktif yang dialihmediakan"
    assert measures[0].sasaran == "Terw,ujudnya pengelolaan arsip yang tertib dan terdigitalisasi"
    assert (measures[0].target.value, measures[0].target.unit) == (250.0, "berkas")


def test_flattened_next_numbered_sasaran_whose_verb_ocr_broke_is_not_the_row_aboves_wrap():
    # One cell per line; row 3's sasaran opens with its number but OCR split its verb, so only the number
    # in sequence (3 after the group of 2) shows it heads the next group.
    text = "\n".join([
        "No", "Sasaran Strategis", "Indikator Kinerja", "Target",
        "1 Terwujudnya arsip daerah", "yang tertib",
        "Persentase OPD yang menyerahkan", "arsip statis", "90%",
        "2 Meningkatnya layanan perpustakaan",
        "Persentase desa yang", "dilayani perpustakaan", "keliling tiap bulan", "too%",
        "3 Ter,vvuj udnya literasi warga", "di seluruh kecamatan",
        "Persentase sekolah yang memiliki pojok baca", "1O0%",
    ])
    measures, _ = records(text)
    assert [m.target.value for m in measures] == [90.0, 100.0, 100.0]
    assert measures[1].indicator_raw == "Persentase desa yang dilayani perpustakaan keliling tiap bulan"
    assert measures[2].indicator_raw == "Persentase sekolah yang memiliki pojok baca"


@pytest.mark.parametrize("wrapped", ["3 Hari Kerja", "5 Tahapan Pemilu"])
def test_flattened_wrapped_name_opening_with_a_number_stays_with_its_row(wrapped: str):
    # A wrapped line opening with a number that heads no next group (a count of days, or not the number after
    # the group of 2) is row 2's name going on.
    text = "\n".join([
        "No", "Sasaran Strategis", "Indikator Kinerja", "Target",
        "1 Terwujudnya pelayanan prima", "Persentase izin yang terbit", "tepat waktu", "95%",
        "2 Meningkatnya kepatuhan pajak", "Persentase keberatan yang", "diselesaikan dalam",
        wrapped, "85%",
    ])
    measures, _ = records(text)
    assert [m.target.value for m in measures] == [95.0, 85.0]
    name = measures[1].indicator_raw
    assert name.startswith("Persentase keberatan yang diselesaikan dalam")
    assert name.endswith(wrapped.split(" ", 1)[1])


@pytest.mark.parametrize("layout", ["wrap_below", "wrap_on_value_line", "sasaran_beside"])
def test_a_wrapped_name_ending_in_a_count_of_days_keeps_the_count(layout: str):
    # Space-aligned (Tesseract) rows whose name wraps before '2 Hari Kerja': the '2' counts the days, it is no
    # row number, so the name keeps it, on the line under the values or on the value line itself.
    rows = {
        "wrap_below": ["No  Indikator Kinerja  Target  Realisasi",
                       "1  Persentase pengaduan yang ditindaklanjuti dalam  90%  92%",
                       "   2 Hari Kerja",
                       "2  Persentase arsip yang tertata rapi  80%  85%"],
        "wrap_on_value_line": ["No  Indikator Kinerja  Target  Realisasi",
                               "1  Persentase pengaduan yang ditindaklanjuti dalam",
                               "2 Hari Kerja  90%  92%",
                               "2  Persentase arsip yang tertata rapi  80%  85%"],
        "sasaran_beside": ["No  Sasaran  Indikator Kinerja  Target  Realisasi",
                           "1  Meningkatnya mutu layanan  Persentase pengaduan yang  90%  92%",
                           "   pengaduan  ditindaklanjuti dalam",
                           "   2 Hari Kerja",
                           "2  Terwujudnya tertib arsip  Persentase arsip yang tertata rapi  80%  85%"],
    }[layout]
    measures, _ = records("\n".join(rows))
    assert [(m.target.value, m.realisation.value) for m in measures] == [(90.0, 92.0), (80.0, 85.0)]
    assert measures[0].indicator_raw.endswith("ditindaklanjuti dalam 2 Hari Kerja")
    assert measures[1].indicator_raw == "Persentase arsip yang tertata rapi"


@pytest.mark.parametrize("count", ["5 (lima) hari kerja", "2 kali dalam setahun"])
def test_a_wrapped_count_in_words_or_of_times_stays_on_the_name(count: str):
    text = "\n".join(["No  Indikator Kinerja  Target  Realisasi",
                     "1  Persentase aduan warga yang dijawab paling lambat  85%  88%",
                     f"   {count}",
                     "2  Persentase arsip yang tertata rapi  80%  85%"])
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [f"Persentase aduan warga yang dijawab paling lambat {count}",
                                                   "Persentase arsip yang tertata rapi"]


@pytest.mark.parametrize(("text", "stripped"), [
    ("3 Hari Kerja", "3 Hari Kerja"),                     # a wrapped name's count of days
    ("14 (empat belas) hari kalender", "14 (empat belas) hari kalender"),
    ("5 tahun sekali", "5 tahun sekali"),
    ("2. Persentase arsip tertata", "Persentase arsip tertata"),  # a row number
    ("1 Tahun 2022", "Tahun 2022"),                       # a numbered year row: the year is no count
    ("2 Tahun Anggaran 2023", "Tahun Anggaran 2023"),
    ("' 2  Nilai Evaluasi", "Nilai Evaluasi"),          # a mark a scan read before the row number
    ("; pengelolaan arsip", "pengelolaan arsip"),
    ('"Pendidikan Pemilih"', '"Pendidikan Pemilih"'),  # a quote against its word is the name's
])
def test_strip_row_number_keeps_a_count_that_belongs_to_the_text(text: str, stripped: str):
    assert strip_row_number(text) == stripped


def test_a_row_number_before_a_name_is_still_dropped():
    # The count rule keeps only a number before a span of time: '3 Persentase ...' still loses its row number.
    text = "\n".join(["No  Indikator Kinerja  Target",
                     "1  Persentase surat yang dibalas tepat waktu  95%",
                     "3  Jumlah hari layanan terbuka  240 hari"])
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase surat yang dibalas tepat waktu",
                                                   "Jumlah hari layanan terbuka"]


def test_scanned_sasaran_joined_to_its_indicator_by_one_space_on_the_line_above_the_values():
    # Tesseract text of a Sasaran | Indikator table: no border, one space between the sasaran and the name's
    # opening ('... akuntabel Indeks ...'), the name's end beside the values in capitals ('Pelayanan Publik').
    text = "\n".join([
        "No Sasaran Strategis Indikator Kinerja Target Realisasi Capaian",
        "1 Meningkatnya mutu layanan arsip Persentase arsip aktif",
        "yang tertata 90% 92% 102,22%",
        "2 Terwujudnya layanan publik yang prima Indeks Kepuasan",
        "Pelayanan Publik 3,4 3,5 102,94%",
        "3 Meningkatnya Indeks Literasi Warga",
        "Jumlah desa binaan literasi 12 12 100%",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == [
        ("Persentase arsip aktif yang tertata", 90.0, 92.0),
        ("Indeks Kepuasan Pelayanan Publik", 3.4, 3.5),
        ("Jumlah desa binaan literasi", 12.0, 12.0)]


def test_a_row_one_cell_short_where_sasaran_and_indicator_joined_keeps_its_values_in_place():
    # The border between the sasaran and indicator cells was lost: the row has one cell fewer than its header,
    # so its target stands under 'Indikator' by position; read from the right, it is the target again.
    text = "\n".join([
        "No | Sasaran | Indikator Kinerja | Target | Realisasi | Capaian",
        "1 | Terwujudnya layanan publik yang prima Indeks Kepuasan Pelayanan | 3,4 | 3,5 | 102,94%",
        "2 | Meningkatnya tertib arsip | Jumlah arsip yang dialihmediakan | 400 | 420 | 105%",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
        ("Indeks Kepuasan Pelayanan", 3.4, 3.5, 102.94),
        ("Jumlah arsip yang dialihmediakan", 400.0, 420.0, 105.0)]


@pytest.mark.parametrize("verb", ["Terbayarnya", "Terjaminnya", "Terkelolanya"])
def test_scanned_sasaran_of_other_result_verbs_is_cut_from_the_indicator(verb: str):
    # The sasaran opens with a result word other than the usual 'Terwujudnya' / 'Meningkatnya'; joined to its
    # indicator by one space, it is still the sasaran's, not the name's opening.
    text = "\n".join([
        "No Sasaran Strategis Indikator Kinerja Target Realisasi Capaian",
        f"1 {verb} honor petugas lapangan Jumlah petugas yang dibayar 120 118 98,33%",
        "2 Terwujudnya arsip yang tertib Persentase arsip yang tertata 90% 92% 102,22%",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Jumlah petugas yang dibayar", 120.0), ("Persentase arsip yang tertata", 90.0)]


def test_scanned_sasaran_tail_in_lower_case_before_the_indicator_is_cut():
    # The sasaran's cell wrapped over three lines; its last words ('aman bagi daerah') stand on the next
    # indicator's value line, joined to that name by one space, the name's end on the line below. A name
    # never opens in lower case before its measure word: it opens at 'Persentase' and keeps its wrap.
    text = "\n".join([
        "No | Sasaran Strategis | Indikator Kinerja | Target",
        "1 | Terwujudnya pengelolaan arsip | Persentase arsip aktif | 95%",
        "yang tertib dan | yang tertata rapi |",
        "aman bagi daerah Persentase arsip vital | 90%",
        "yang terlindungi",
        "2 | Meningkatnya layanan perpustakaan | Jumlah pengunjung | 500",
        "bagi warga | perpustakaan keliling |",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Persentase arsip aktif yang tertata rapi", 95.0),
        ("Persentase arsip vital yang terlindungi", 90.0),
        ("Jumlah pengunjung perpustakaan keliling", 500.0)]


def test_scanned_name_wrap_above_a_name_set_beside_its_sasaran_goes_to_the_row_above():
    # Row 2's sasaran piece and name are joined by one space ('Pegawai Opini ...'); its name's last word
    # ('Kinerja') stands above row 3's value line, where the sasaran's end and the name stand two spaces apart.
    # That line opens row 3's name, so 'Kinerja' is row 2's, and row 3's name drops the sasaran's end.
    text = "\n".join([
        "No | Sasaran Strategis | Indikator Kinerja | Target",
        "1 | Terwujudnya tata kelola | Persentase dokumen anggaran | 100%",
        "2. Sumber Daya Pegawai Opini Inspektorat atas Laporan | WTP",
        "Kinerja",
        "yang berintegritas  Nilai Kepatuhan Pelaporan 80",
        "Harta Kekayaan",
        "3 | Meningkatnya layanan perpustakaan | Jumlah pengunjung | 500",
    ])
    measures, _ = records(text)
    assert [m.target.raw for m in measures] == ["100%", "WTP", "80", "500"]
    assert measures[1].indicator_raw.endswith("Opini Inspektorat atas Laporan Kinerja")
    assert measures[2].indicator_raw == "Nilai Kepatuhan Pelaporan Harta Kekayaan"


@pytest.mark.parametrize(("between", "value_line"), [
    ("Terwujudnya dukungan  gedung dan peralatan", "' Gedung dan Peralatan | untuk mendukung 100% 80%"),
    ("Terwujudnya dukungan | gedung dan peralatan", "Gedung dan Peralatan  untuk mendukung | 100% 80%"),
])
def test_scanned_name_opened_above_past_a_line_holding_sasaran_and_name_side_by_side(between: str, value_line: str):
    # A scan of a Sasaran | Indikator table: the name opens two lines above its values ('Persentase ...'), the
    # line between holds the sasaran's opening and the name's next piece apart (a border kept or two spaces),
    # and the value line goes on with the name in lower case after the sasaran's piece.
    text = "\n".join([
        "No  Sasaran Kegiatan Indikator Kinerja | Target Realisasi |",
        "1 2 3 4 5",
        "Persentase Terpeliharanya",
        between,
        value_line,
        "kegiatan kantor yang layak",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == [
        ("Persentase Terpeliharanya gedung dan peralatan untuk mendukung kegiatan kantor yang layak", 100.0, 80.0)]


def test_a_dash_in_a_keterangan_column_is_not_the_rows_target():
    # RKT with a text column after Target; one row's remark is '-', another's is blank.
    text = ("No\tSasaran\tIndikator Kinerja\tTarget\tKeterangan\n"
            "1\tTertibnya administrasi umum\tPersentase surat masuk yang didisposisi hari itu\t85 %\tnaik dari tahun lalu\n"
            "2\tTertibnya administrasi umum\tJumlah dokumen rencana anggaran yang disusun\t2 Dok\t-\n"
            "3\tTertibnya administrasi umum\tJumlah laporan barang milik negara yang disusun\t4 Lap\tn/a")
    measures, _ = records(text)
    assert [(m.target.value, m.target.unit) for m in measures] == [(85.0, "%"), (2.0, "dokumen"), (4.0, "laporan")]


def test_flattened_header_ending_in_a_category_column_reads_values_before_the_category_word():
    # The header's cells stand on three lines, the last ending in 'Kategori'; each row grades itself in a word.
    text = "\n".join([
        "Sasaran",
        "Indikator Kinerja",
        "Target Realisasi Capaian Kategori",
        "Tersedianya layanan hukum.",
        "Persentase rancangan keputusan yang",
        "ditelaah tepat waktu 90% 88% 97,78% Baik",
        "Terlaksananya pengelolaan arsip.",
        "Jumlah arsip yang dialihmediakan",
        "300 Berkas 320 Berkas 106,67% Sangat Baik",
    ])
    measures, _ = records(text)
    assert [(m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
        (90.0, 88.0, 97.78), (300.0, 320.0, 106.67)]
    assert measures[0].indicator_raw.endswith("Persentase rancangan keputusan yang ditelaah tepat waktu")
    assert "Baik" not in measures[1].indicator_raw and "Berkas" not in measures[1].indicator_raw


def test_a_target_table_captioned_as_another_years_plan_is_not_read_for_the_report_year():
    rows = ("| No | Indikator Kinerja | Target |\n"
            "| 1 | Persentase laporan keuangan yang disampaikan tepat waktu | 97% |\n"
            "| 2 | Persentase arsip aktif yang tertata sesuai klasifikasi | 72% |")
    for caption, expected in [("Tabel 4.1 Rencana Kinerja Tahunan (RKT) Tahun 2024", []),
                              ("Tabel 2.2 Perjanjian Kinerja Tahun 2023", [97.0, 72.0]),
                              ("Tabel 2.1 Indikator Kinerja Utama 2020 - 2024", [97.0, 72.0])]:
        assert [v for _, v in targets_for_year(f"{caption}\n{rows}", 2023)] == expected, caption


def test_a_plan_table_flattened_one_cell_per_line_gives_the_report_years_column():
    # 'Target' over its years, each on its own line; each row's five targets one per line too.
    text = "\n".join([
        "No", "Indikator Kinerja", "Target", "2021", "2022", "2023", "2024", "2025",
        "1", "Persentase laporan keuangan yang disampaikan tepat waktu", "70%", "75%", "80%", "85%", "90%",
        "2", "Persentase arsip aktif yang tertata sesuai klasifikasi", "50%", "55%", "60%", "65%", "70%",
    ])
    assert targets_for_year(text, 2023) == [
        ("Persentase laporan keuangan yang disampaikan tepat waktu", 80.0),
        ("Persentase arsip aktif yang tertata sesuai klasifikasi", 60.0)]
    assert targets_for_year(text, 2020) == []  # no column of that year: no target of it


def test_last_years_realisation_beside_this_years_target_is_no_measurement():
    # 'Realisasi 2022 | Target 2023': a target table restating the year before, not a capaian table.
    text = ("| No | Indikator Kinerja | Realisasi Tahun 2022 | Target Tahun 2023 |\n"
            "| 1 | Persentase laporan keuangan yang disampaikan tepat waktu | 78% | 85% |\n"
            "| 2 | Jumlah dokumen rencana kerja yang disahkan | 2 Dokumen | 3 Dokumen |")
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(text.split("\n"), start=1)]
    rows = [m for table in find_tables(views, report_year=2023) for m in rows_to_records(table)[0]]
    assert [(m.target.value, m.realisation) for m in rows] == [(85.0, None), (3.0, None)]
    assert not any(m.has_realisation_column for m in rows)


def test_this_years_target_and_realisation_still_make_a_measurement():
    text = ("| No | Indikator Kinerja | Target 2023 | Realisasi 2023 |\n"
            "| 1 | Persentase laporan keuangan yang disampaikan tepat waktu | 85% | 81% |")
    measures, _ = records(text)
    assert [(m.target.value, m.realisation.value) for m in measures] == [(85.0, 81.0)]


def test_a_satuan_cell_spelling_out_persen_makes_a_bare_target_a_percent():
    text = ("No\tIndikator Kinerja\tSatuan\tTarget\n"
            "1\tTingkat kehadiran pegawai pada apel pagi\tPERSEN\t92,5")
    measures, _ = records(text)
    assert [(m.target.value, m.target.unit) for m in measures] == [(92.5, "%")]


def test_a_numbered_row_whose_target_cell_holds_no_value_does_not_take_its_number():
    # '2.1' in the No column; the target cell holds its value with words in a bracket that names no unit.
    # The row number is no target: the value before the bracket is (the words explain it).
    # ('3,40 (Indeks)' is a value with its unit: see the bracket-unit tests.)
    text = ("| No | Indikator Kinerja | Target |\n"
            "| 2.1 | Indeks kepuasan pemohon informasi publik | 3,40 (skala empat) |\n"
            "| 2.2 | Persentase permohonan informasi yang dijawab tepat waktu | 92% |")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Indeks kepuasan pemohon informasi publik", 3.4),
        ("Persentase permohonan informasi yang dijawab tepat waktu", 92.0)]
    text = ("| No | Indikator Kinerja | Target |\n"
            "| 2.1 | Indeks kepuasan pemohon informasi publik | (skala empat) |\n"
            "| 2.2 | Persentase permohonan informasi yang dijawab tepat waktu | 92% |")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Persentase permohonan informasi yang dijawab tepat waktu", 92.0)]


@pytest.mark.parametrize("sep", ["tab", "markdown"])
def test_a_target_cell_with_a_one_sided_bound_gives_its_number_as_the_target(sep):
    # A signed agreement prints some targets as bounds ('≥ 85%', '> 90 %'); alone in a scale's cell such a
    # range states no value, but under the Target column it is the row's target.
    rows = [("No", "Indikator Kinerja", "Target"),
            ("1", "Persentase pengaduan masyarakat yang diselesaikan", "≥ 85%"),
            ("2", "Persentase rekomendasi pengawasan yang ditindaklanjuti", "> 90 %"),
            ("3", "Indeks kepuasan layanan informasi", "3,4")]
    if sep == "tab":
        text = "\n".join("\t".join(r) for r in rows)
    else:
        text = "\n".join("| " + " | ".join(r) + " |" for r in [rows[0], ("---",) * 3, *rows[1:]])
    measures, _ = records(text)
    assert [(m.target.value, m.target.unit) for m in measures] == [(85.0, "%"), (90.0, "%"), (3.4, None)]


def test_two_word_indicators_that_open_with_their_measure_keep_their_row():
    # IKU lists name audit and evaluation results in two words: 'Opini BPK', 'Nilai SAKIP', 'Nilai RB'
    text = ("| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Opini BPK | WTP | WTP | 100% |\n"
            "| 2 | Nilai SAKIP | BB | A | 110% |\n"
            "| 3 | Nilai RB | 68,5 | 70,1 | 102,34% |\n"
            "| 4 | Kabupaten Lamongan | 3 | 3 | 100% |\n"
            "| 5 | Manajemen | 2 | 2 | 100% |")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.text or m.target.value, m.realisation.text or m.realisation.value)
            for m in measures] == [("Opini BPK", "WTP", "WTP"), ("Nilai SAKIP", "BB", "A"), ("Nilai RB", 68.5, 70.1)]


@pytest.mark.parametrize("layout", ["markdown", "tab"])
def test_values_carrying_their_unit_in_brackets_or_as_an_hour_count_keep_their_row(layout):
    rows = [("1", "Indeks Kepuasan Pelayanan Publik", "3,18 (Indeks)", "3,27 (Indeks)", "102,83%"),
            ("2", "Rata-rata jam pelatihan per pegawai", "16 Jam", "18 Jam", "112,5%"),
            ("3", "Persentase usulan kenaikan pangkat tepat waktu", "78 (%)", "80 (%)", "102,56%")]
    header = ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    if layout == "tab":
        text = "\n".join("\t".join(r) for r in [header, *rows])
    else:
        text = "\n".join("| " + " | ".join(r) + " |" for r in [header, ("---",) * 5, *rows])
    measures, _ = records(text)
    assert [(m.target.value, m.target.unit, m.realisation.value, m.achievement.value) for m in measures] == [
        (3.18, "index", 3.27, 102.83), (16.0, "jam", 18.0, 112.5), (78.0, "%", 80.0, 102.56)]


def test_the_satuan_word_of_an_undelimited_row_is_its_unit_not_part_of_its_name():
    # 'No Indikator Satuan Target Realisasi Capaian' printed as plain text: the unit word stands between
    # the name and the values ('Nilai SAKIP Nilai BB A 110%')
    text = ("No Indikator Kinerja Satuan Target Realisasi Capaian\n"
            "1 Opini BPK Opini WTP WTP 100%\n"
            "2 Nilai SAKIP Nilai BB A 110%\n"
            "3 Indeks Kepuasan Layanan Indeks 3,18 3,27 102,83%\n"
            "4 Jumlah naskah kebijakan yang disusun Dokumen 4 5 125%")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.text or m.target.value, m.target.unit) for m in measures] == [
        ("Opini BPK", "WTP", "opinion"), ("Nilai SAKIP", "BB", "grade"),
        ("Indeks Kepuasan Layanan", 3.18, "index"), ("Jumlah naskah kebijakan yang disusun", 4.0, "dokumen")]


def test_a_satuan_noun_the_catalogue_lacks_leaves_an_undelimited_rows_name():
    # 'Kelurahan' and 'Posyandu' are in no units list, yet under a Satuan header the capitalised word
    # after a name in lower case is the row's Satuan cell; a name in title case keeps its last word
    text = ("No Indikator Kinerja Satuan Target Realisasi Capaian\n"
            "1 Jumlah kelurahan siaga aktif Kelurahan 12 14 116,67%\n"
            "2 Jumlah posyandu purnama yang dibina Posyandu 30 27 90%\n"
            "3 Jumlah Kader Kesehatan Terlatih 80 84 105%")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == [
        ("Jumlah kelurahan siaga aktif", 12.0, 14.0), ("Jumlah posyandu purnama yang dibina", 30.0, 27.0),
        ("Jumlah Kader Kesehatan Terlatih", 80.0, 84.0)]


def test_the_satuan_word_before_a_wrapped_names_rest_is_its_unit_not_part_of_its_name():
    # the Satuan cell stands last on the value line, and the name's wrapped words come on the line below:
    # joined, the unit word would sit inside the name ('... yang Persen dikelola ...')
    text = ("No Indikator Kinerja Satuan Target Realisasi Capaian\n"
            "1 Persentase surat masuk yang Persen 90 94 104,44\n"
            "  didisposisi tepat waktu\n"
            "2 Jumlah kajian kebijakan daerah yang Dokumen 3 4 133,33\n"
            "  diselesaikan\n"
            "3 Jumlah kader posyandu yang dilatih Orang 40 44 110\n"
            "4 Persentase Rekomendasi Pengawasan Yang Persen 85 88 103,53\n"
            "  Ditindaklanjuti")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.target.unit) for m in measures] == [
        ("Persentase surat masuk yang didisposisi tepat waktu", 90.0, "%"),
        ("Jumlah kajian kebijakan daerah yang diselesaikan", 3.0, "dokumen"),
        ("Jumlah kader posyandu yang dilatih", 40.0, "orang"),
        # title case: the name left unfinished before its unit word goes on with its capitalised last line
        ("Persentase Rekomendasi Pengawasan Yang Ditindaklanjuti", 85.0, "%")]


def test_a_count_cells_wrapped_word_under_it_is_no_part_of_the_name():
    # the target '1 Dokumen Renja' wraps like the name beside it: 'Renja' stands under the count,
    # after the name's last line, a border kept or lost between them
    for gap in ("  ", " | "):
        text = ("No Indikator Kinerja Target\n"
                f"1 Jumlah rencana kerja tahunan{gap}1 Dokumen\n"
                f"yang ditetapkan tepat waktu{gap}Renja\n"
                f"2 Jumlah kajian hukum yang{gap}3 Laporan\n"
                "diselesaikan\n")
        measures, _ = records(text)
        assert [(m.indicator_raw, m.target.value, m.target.unit) for m in measures] == [
            ("Jumlah rencana kerja tahunan yang ditetapkan tepat waktu", 1.0, "dokumen"),
            ("Jumlah kajian hukum yang diselesaikan", 3.0, "laporan")], gap


def test_a_sasarans_wrapped_piece_left_of_the_count_stays_out_of_the_value_cell():
    # two text columns wrap: the last piece under the name's column is the name's, not the count's
    text = ("No Sasaran Indikator Target\n"
            "1 Tersusunnya Sistem | Jumlah laporan sistem akuntansi dan | 1 Laporan\n"
            "Pelaporan | Pelaporan Keuangan\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures][0].endswith("Pelaporan Keuangan")


def test_two_capitalised_words_after_a_blank_line_mid_table_end_the_name_above():
    # a page's layout sets the name's last line apart: the next row's number bounds it, so two words close
    # the name as three do; a unit noun pair (a count cell's piece) or one word alone stays out
    for sep in (" | ", "  ", " "):
        for wrap, tail in (("Pengaduan Daring", " Pengaduan Daring"), ("Dokumen Laporan", ""), ("Daring", "")):
            text = (f"No{sep}Indikator Kinerja{sep}Target{sep}Realisasi{sep}Capaian\n"
                    f"1{sep}Persentase arsip yang ditata sesuai ketentuan{sep}90%{sep}95%{sep}105,56%\n"
                    f"2{sep}Indeks kepuasan pengguna atas Layanan{sep}3,2{sep}3,4{sep}106,25%\n"
                    "\n"
                    f"{wrap}\n"
                    f"3{sep}Persentase pegawai yang mengikuti pelatihan{sep}80%{sep}85%{sep}106,25%\n")
            assert [m.indicator_raw for m in records(text)[0]] == [
                "Persentase arsip yang ditata sesuai ketentuan", "Indeks kepuasan pengguna atas Layanan" + tail,
                "Persentase pegawai yang mengikuti pelatihan"], (sep, wrap)


def test_a_count_cells_wrapped_word_stays_in_its_raw_text():
    # '2 Dokumen' over 'Renstra': the target's printed text is '2 Dokumen Renstra', borders read or lost
    spaced = ("No   Indikator Kinerja                            Target      Realisasi\n"
              "1    Jumlah dokumen perencanaan yang disusun      2 Dokumen   2 Dokumen\n"
              "     tepat waktu                                  Renstra     Renstra\n"
              "2    Persentase layanan informasi publik          100%        100%\n")
    piped = ("No | Indikator Kinerja | Target | Realisasi\n"
             "1 | Jumlah dokumen perencanaan yang disusun | 2 Dokumen | 2 Dokumen\n"
             "  | tepat waktu | Renstra | Renstra\n"
             "2 | Persentase layanan informasi publik | 100% | 100%\n")
    target_only = ("No | Sasaran | Indikator Kinerja | Target\n"
                   "1 | Meningkatnya akuntabilitas | Jumlah laporan kinerja yang disusun tepat waktu | 1 Laporan\n"
                   "  |  |  | Kinerja\n"
                   "2 | Meningkatnya layanan | Persentase layanan informasi publik | 100%\n")
    for text in (spaced, piped):
        first = records(text)[0][0]
        assert first.indicator_raw == "Jumlah dokumen perencanaan yang disusun tepat waktu"
        assert (first.target.raw, first.target.value, first.target.unit) == ("2 Dokumen Renstra", 2.0, "dokumen")
        assert first.realisation.raw == "2 Dokumen Renstra"
    first = records(target_only)[0][0]
    assert (first.indicator_raw, first.target.raw, first.target.value) == (
        "Jumlah laporan kinerja yang disusun tepat waktu", "1 Laporan Kinerja", 1.0)


def test_a_names_wrap_under_a_cell_holding_name_and_count_stays_the_names():
    # the header's columns do not line up with the rows: name and count fall in one cell, and the title-case
    # line under them ('Pengadaan Barang') is the name's wrap, not the count's
    text = ("No.  Sasaran Kegiatan" + " " * 120 + "Indikator Kinerja" + " " * 60 + "Target\n"
            "\n"
            "1.   Terlaksananya   Pengelolaan   Keuangan   Tersusunnya Dokumen Pelaksanaan Anggaran   1 Dokumen\n"
            "\n"
            + " " * 56 + "Tersusunnya Laporan Pengadaan        1 Laporan\n"
            + " " * 56 + "Barang\n"
            + " " * 56 + "Tersusunnya Rencana                  1 Laporan\n"
            + " " * 56 + "Pengadaan Barang\n")
    names = [m.indicator_raw for m in records(text)[0]]
    assert names == ["Tersusunnya Dokumen Pelaksanaan Anggaran", "Tersusunnya Laporan Pengadaan Barang",
                     "Tersusunnya Rencana Pengadaan Barang"], names


def test_a_unit_word_wrapped_under_a_bare_number_makes_it_a_count():
    # '1.500' over 'orang' in the same column: the cell reads '1.500 orang', a count of people
    rows = [("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"),
            ("1", "Persentase TPS yang dibentuk tepat waktu", "100%", "100%", "100%"),
            ("2", "Jumlah pemilih pemula yang", "1.500", "1.620", "108%"),
            ("", "mendapat sosialisasi", "orang", "orang", ""),
            ("3", "Persentase aduan yang ditindaklanjuti", "90%", "95%", "105,56%")]
    spaced = "\n".join("".join(f"{cell:<{w}}" for cell, w in zip(row, (5, 45, 10, 12, 10))).rstrip() for row in rows)
    piped = "\n".join(" | ".join(row).rstrip(" |") for row in rows)
    for text in (spaced, piped):
        second = records(text)[0][1]
        assert second.indicator_raw == "Jumlah pemilih pemula yang mendapat sosialisasi", text
        assert (second.target.raw, second.target.value, second.target.unit) == ("1.500 orang", 1500.0, "orang")
        assert (second.realisation.raw, second.realisation.value) == ("1.620 orang", 1620.0)


def test_a_header_repeating_its_columns_per_year_keeps_the_report_years_group():
    # 'Tahun 2022' and 'Tahun 2023' over 'Target | Realisasi | Capaian', twice: each year's values stay together
    rows = [("No", "Indikator Kinerja", "Tahun 2022", "", "", "Tahun 2023", "", ""),
            ("", "", "Target", "Realisasi", "Capaian", "Target", "Realisasi", "Capaian"),
            ("1", "Persentase arsip yang tertata", "85%", "86%", "101,18%", "90%", "92%", "102,22%"),
            ("2", "Indeks kepuasan layanan", "3,1", "3,2", "103,23%", "3,2", "3,4", "106,25%")]
    spaced = "\n".join("".join(f"{cell:<{w}}" for cell, w in zip(row, (4, 34, 10, 12, 12, 10, 12, 10))).rstrip()
                       for row in rows)
    piped = "\n".join(" | ".join(row) for row in rows)
    for text in (spaced, piped):
        for year, expected in ((2023, [(90.0, 92.0, 102.22), (3.2, 3.4, 106.25)]),
                               (2022, [(85.0, 86.0, 101.18), (3.1, 3.2, 103.23)])):
            measures, _ = table_records(text, year)
            assert measured(measures) == expected, (year, text)


def test_per_year_groups_abbreviated_under_a_year_line_keep_the_report_years_group():
    # '2022 | 2023' over 'T R C T R C' (or 'Tgt | Real | %', 'Target | Realisasi | %'): the short words name the
    # columns of each year's group; the report year's group is the row's target, realisasi and capaian
    for words in (("T", "R", "C"), ("Tgt", "Real", "%"), ("T", "R", "%"), ("Target", "Realisasi", "%"),
                  ("Tgt.", "Real.", "Cap.")):
        rows = [("No", "Indikator Kinerja", "2022", "", "", "2023", "", ""),
                ("", "", *words, *words),
                ("1", "Persentase pengaduan yang ditindaklanjuti", "80%", "84%", "105%", "85%", "83%", "97,65%"),
                ("2", "Jumlah dokumen evaluasi program", "4", "4", "100%", "5", "6", "120%")]
        spaced = "\n".join("".join(f"{cell:<{w}}" for cell, w in zip(row, (4, 44, 10, 11, 9, 10, 11, 8))).rstrip()
                           for row in rows)
        piped = "\n".join(" | ".join(row) for row in rows)
        for text in (spaced, piped):
            for year, expected in ((2023, [(85.0, 83.0, 97.65), (5.0, 6.0, 120.0)]),
                                   (2022, [(80.0, 84.0, 105.0), (4.0, 4.0, 100.0)])):
                measures, _ = table_records(text, year)
                assert measured(measures) == expected, (year, text)
            assert measures[1].indicator_raw == "Jumlah dokumen evaluasi program"


def test_per_year_groups_on_the_label_line_under_the_years_keep_the_report_years_group():
    # the years on the line above 'No | Indikator Kinerja | T | R | C | T | R | C' (the label words and the
    # letters on one line), or 'Target | Realisasi | %' spelled out there
    for words in (("T", "R", "C"), ("Target", "Realisasi", "%")):
        rows = [("", "", "2021", "", "", "2022", "", ""),
                ("No", "Indikator Kinerja", *words, *words),
                ("1", "Persentase pengaduan yang ditindaklanjuti", "80%", "84%", "105%", "85%", "83%", "97,65%"),
                ("2", "Jumlah dokumen evaluasi program", "4", "4", "100%", "5", "6", "120%")]
        spaced = "\n".join("".join(f"{cell:<{w}}" for cell, w in zip(row, (4, 44, 10, 11, 9, 10, 11, 8))).rstrip()
                           for row in rows)
        piped = "\n".join(" | ".join(row) for row in rows)
        for text in (spaced, piped):
            for year, expected in ((2022, [(85.0, 83.0, 97.65), (5.0, 6.0, 120.0)]),
                                   (2021, [(80.0, 84.0, 105.0), (4.0, 4.0, 100.0)])):
                assert measured(table_records(text, year)[0]) == expected, (year, text)


def test_per_year_groups_with_wrapped_label_lines_between_the_years_and_the_words_keep_the_report_years_group():
    # 'Indikator Tahun 2022 Tahun 2023' / 'Sasaran Kinerja' / 'Kinerja Target Realisasi Capaian Target Realisasi
    # Capaian': the top storey's labels wrap onto a line between the years and the role words; a row's target,
    # realisasi and capaian are all of the report year's group, never one year's target with the other's realisasi
    interleaved = ("INDIKATOR TAHUN 2022 TAHUN 2023\n"
                   "SASARAN KINERJA\n"
                   "KINERJA TARGET REALISASI CAPAIAN TARGET REALISASI CAPAIAN\n"
                   "Meningkatnya Mutu\n"
                   "Persentase\n"
                   "Layanan Arsip\n"
                   "arsip yang\n"
                   "Daerah\n"
                   "tertata 60% 70% 116,67% 80% 88% 110%\n"
                   "dengan baik\n")
    piped = ("| Sasaran | Indikator | Tahun 2022 | Tahun 2023 |\n"
             "| Strategis | Kinerja | | |\n"
             "| | | Target | Realisasi | Capaian | Target | Realisasi | Capaian |\n"
             "| Meningkatnya Mutu Layanan Arsip | Persentase arsip yang tertata | 60% | 70% | 116,67% | 80% | 88% | 110% |\n")
    spaced = ("No   Indikator                 Tahun 2022                   Tahun 2023\n"
              "     Kinerja\n"
              "                       Target  Realisasi  Capaian   Target  Realisasi  Capaian\n"
              "1    Persentase arsip      60%     70%       116,67%   80%     88%       110%\n")
    for text in (interleaved, piped, spaced):
        for year, expected in ((2023, [(80.0, 88.0, 110.0)]), (2022, [(60.0, 70.0, 116.67)])):
            assert measured(table_records(text, year)[0]) == expected, (year, text)


def test_abbreviated_groups_under_no_years_give_no_values():
    # 'T R C T R C' with no year line above: which group is the year's cannot be told, so none is read
    text = ("No | Indikator Kinerja\n"
            " | | T | R | C | T | R | C\n"
            "1 | Persentase pengaduan yang ditindaklanjuti | 80% | 84% | 105% | 85% | 83% | 97,65%\n")
    assert table_records(text, 2023)[0] == []


def test_spelled_out_groups_under_no_years_give_no_mixed_row():
    # 'Target Realisasi Capaian Target Realisasi Capaian' with no year over the groups (or groups named by no year,
    # 'Kinerja | Keuangan'): which group is the year's cannot be told, and a row taking one group's target and the
    # other's realisasi states what no report prints, so none is read
    plain = ("No Indikator Target Realisasi Capaian Target Realisasi Capaian\n"
             "1 Persentase arsip yang tertata 60% 70% 116,67% 80% 88% 110%\n")
    named = ("No Indikator Kinerja Keuangan\n"
             "Target Realisasi Capaian Target Realisasi Capaian\n"
             "1 Persentase arsip yang tertata 90% 92% 102,22% 150.000.000 140.000.000 93,33%\n")
    for text in (plain, named):
        assert table_records(text, 2023)[0] == [], text


def test_a_year_ending_an_indicators_name_stays_in_the_name():
    # 'Tingkat kehadiran pemilih pada Pilkada 2020' before its values: the year is the name's, every value column
    # is filled without it
    rows = [("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"),
            ("1", "Tingkat kehadiran pemilih pada Pilkada 2020", "75%", "79,2%", "105,6%"),
            ("2", "Jumlah rapat koordinasi tahapan", "6", "6", "100%")]
    spaced = "\n".join("".join(f"{cell:<{w}}" for cell, w in zip(row, (5, 50, 10, 12, 9))).rstrip() for row in rows)
    piped = "\n".join(" | ".join(row) for row in rows)
    single = "\n".join(" ".join(row) for row in rows)
    for text in (spaced, piped, single):
        measures, _ = table_records(text, 2020)
        assert [m.indicator_raw for m in measures] == ["Tingkat kehadiran pemilih pada Pilkada 2020",
                                                       "Jumlah rapat koordinasi tahapan"], text
        assert measured(measures)[0] == (75.0, 79.2, 105.6)
    # a target list too: 'Indikator | Target'
    measures, _ = table_records("No | Indikator Kinerja | Target\n"
                                "1 | Tingkat kehadiran pemilih pada Pilkada 2020 | 75%\n", 2020)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [("Tingkat kehadiran pemilih pada Pilkada 2020", "75%")]


def test_a_name_opened_above_its_value_line_keeps_its_first_line_and_its_year():
    # the values printed at the foot of a two-line name: 'Tingkat kehadiran pemilih dalam' over 'Pilkada Serentak
    # 75% ...' (a connector ends the first line, the second opens capitalised), the whole name over a bare value
    # line, or its year alone before the values: the row keeps its first line (and the year) instead of being lost
    head = "No   Indikator Kinerja                              Target    Realisasi   Capaian\n"
    tail = "2    Jumlah rapat koordinasi tahapan                6         6           100%\n"
    for first, second, name in (
            ("Tingkat kehadiran pemilih dalam", "Pilkada Serentak", "Tingkat kehadiran pemilih dalam Pilkada Serentak"),
            ("Tingkat kehadiran pemilih dalam Pilkada", "", "Tingkat kehadiran pemilih dalam Pilkada"),
            ("Tingkat kehadiran pemilih dalam Pilkada", "2020", "Tingkat kehadiran pemilih dalam Pilkada 2020"),
            ("Tingkat kehadiran pemilih dalam", "Pilkada 2020", "Tingkat kehadiran pemilih dalam Pilkada 2020")):
        text = (head + f"1    {first}\n"
                + f"     {second:<47}75%       79,2%       105,6%\n" + tail)
        measures, _ = table_records(text, 2020)
        assert [m.indicator_raw for m in measures] == [name, "Jumlah rapat koordinasi tahapan"], text
        assert measured(measures)[0] == (75.0, 79.2, 105.6)
    # a value line with its own number and name opens its own row, though the line above ends on a connector
    text = (head + "1    Tingkat kehadiran pemilih dalam\n"
            "2    Dokumen evaluasi tahapan yang disahkan         1         1           100%\n")
    assert [m.indicator_raw for m in table_records(text, 2020)[0]] == ["Dokumen evaluasi tahapan yang disahkan"]


def test_a_numbered_name_over_its_values_after_a_full_row_is_a_row_of_its_own():
    # '2    Tingkat kehadiran pemilih dalam' (its number, a measure word, no values) under a full row, its values on
    # the line below with the name's rest: the second row, not the end of the first row's name; and '2020' alone
    # under a value line ends that row's name
    head = "No   Indikator Kinerja                              Target    Realisasi   Capaian\n"
    text = (head
            + "1    Jumlah rapat koordinasi tahapan                6         6           100%\n"
            + "2    Tingkat kehadiran pemilih dalam\n"
            + "     Pilkada Serentak                               75%       79,2%       105,6%\n"
            + "3    Persentase pemilih pemula yang terdaftar       60%       66%         110%\n"
            + "     2020\n"
            + "4    Persentase arsip yang tertata                  90%       90%         100%\n")
    measures, _ = table_records(text, 2020)
    assert [m.indicator_raw for m in measures] == [
        "Jumlah rapat koordinasi tahapan", "Tingkat kehadiran pemilih dalam Pilkada Serentak",
        "Persentase pemilih pemula yang terdaftar 2020", "Persentase arsip yang tertata"]
    assert measured(measures)[1] == (75.0, 79.2, 105.6)


def test_a_row_number_centred_on_the_value_line_keeps_the_name_opened_above_it():
    # 'Persentase kehadiran pemilih' over '2    Penyandang disabilitas dalam Pilkada   75% ...' over 'dan Pemilu':
    # the No cell centred beside a three-line name; the first line is the row's, not lost
    head = "No   Indikator Kinerja                              Target    Realisasi   Capaian\n"
    text = (head
            + "1    Jumlah rapat koordinasi tahapan                6         6           100%\n"
            + "     Persentase kehadiran pemilih\n"
            + "2    Penyandang disabilitas dalam Pilkada           75%       79,2%       105,6%\n"
            + "     dan Pemilu\n"
            + "3    Persentase arsip yang tertata                  90%       90%         100%\n")
    single = "\n".join(" ".join(line.split()) for line in text.split("\n"))  # a scan's single spaces
    for layout in (text, single):
        measures, _ = table_records(layout, 2020)
        assert [m.indicator_raw for m in measures] == [
            "Jumlah rapat koordinasi tahapan",
            "Persentase kehadiran pemilih Penyandang disabilitas dalam Pilkada dan Pemilu",
            "Persentase arsip yang tertata"], layout


def test_a_bordered_value_line_under_its_numbered_opening_keeps_its_name_piece_in_the_name_column():
    # '2 | Tingkat kehadiran pemilih dalam | | |' over ' | Pilkada Serentak | 75% | ...': the value line's first
    # border closes its blank No cell; its name piece is the name's end, not a No cell's text
    text = ("No | Indikator Kinerja | Target | Realisasi | Capaian\n"
            "1 | Jumlah rapat koordinasi tahapan | 6 | 6 | 100%\n"
            "2 | Tingkat kehadiran pemilih dalam | | |\n"
            " | Pilkada Serentak | 75% | 79,2% | 105,6%\n"
            "3 | Persentase arsip yang tertata | 90% | 90% | 100%\n")
    measures, _ = table_records(text, 2020)
    assert [m.indicator_raw for m in measures] == [
        "Jumlah rapat koordinasi tahapan", "Tingkat kehadiran pemilih dalam Pilkada Serentak",
        "Persentase arsip yang tertata"]
    assert measured(measures)[1] == (75.0, 79.2, 105.6)


def test_a_year_under_a_tahun_column_is_no_part_of_the_name():
    # 'Tahun' heads a column of its own: each row's year is that column's, not its name's
    text = ("No  Indikator Kinerja  Tahun  Target  Realisasi  Capaian\n"
            "1  Tingkat kehadiran pemilih 2019 75% 79,2% 105,6%\n")
    assert [m.indicator_raw for m in table_records(text, 2019)[0]] == ["Tingkat kehadiran pemilih"]


def test_a_name_numbered_inside_its_cell_beside_the_sasarans_wrap_is_a_row_of_its_own():
    # one sasaran over two indicators numbered in their cell ('1. ...', '2. ...'): the sasaran's wrapped
    # words stand left of the second name, in lower case, yet that line holds its own row, not a second value line
    for sep in ("    ", " ", " | "):
        for head, values in (("Target", ("95%", "77,5%", "100%")),
                             (f"Target{sep}Realisasi", (f"90%{sep}94%", f"85%{sep}88%", f"80%{sep}80%"))):
            text = (f"No{sep}Sasaran Strategis{sep}Indikator Kinerja{sep}{head}\n"
                    f"1.{sep}Meningkatnya mutu{sep}1. Persentase aduan yang ditangani{sep}{values[0]}\n"
                    f"{sep}layanan publik{sep}2. Persentase pengguna yang puas{sep}{values[1]}\n"
                    f"2.{sep}Meningkatnya mutu{sep}1. Persentase arsip tertata{sep}{values[2]}\n")
            measures = records(text)[0]
            assert [(m.indicator_raw, m.target.raw) for m in measures] == [
                ("Persentase aduan yang ditangani", values[0].split(sep)[0]),
                ("Persentase pengguna yang puas", values[1].split(sep)[0]),
                ("Persentase arsip tertata", values[2].split(sep)[0])], (sep, head)


def test_a_sasaran_heading_numbered_in_roman_between_rows_names_no_row():
    # 'II.  Meningkatnya ...' in the No column heads the next group: it is no wrap of the row above
    rows = [("No.", "Indikator Kinerja", "Target", "Realisasi", "%"),
            ("I.", "Meningkatnya mutu layanan arsip"),
            ("1.", "Persentase arsip yang dipindai", "90", "93", "103,33"),
            ("II.", "Meningkatnya keterbukaan informasi"),
            ("1.", "Persentase permohonan yang dijawab", "100", "100", "100")]
    spaced = "\n".join("".join(f"{cell:<{w}}" for cell, w in zip(row, (6, 40, 10, 12, 8))).rstrip() for row in rows)
    piped = "\n".join(" | ".join(row) for row in rows)
    for text in (spaced, piped):
        assert [m.indicator_raw for m in records(text)[0]] == [
            "Persentase arsip yang dipindai", "Persentase permohonan yang dijawab"], text


def test_a_wrapped_line_opening_at_the_blank_no_cells_border_goes_on_the_name():
    # rows printed '1 | name | values' have no outer border: a wrapped line leaves the No cell blank and
    # opens with the border after it ('  | tepat waktu |'), its piece still the name's, also over a blank line
    for wrap in ("  | diverifikasi tepat waktu | |", "\n| Diverifikasi Tepat Waktu | |"):
        text = ("No | Indikator Kinerja | Target | Realisasi\n"
                "1 | Persentase usulan kenaikan pangkat yang | 95% | 97%\n"
                f"{wrap}\n"
                "2 | Jumlah pegawai yang mengikuti diklat | 40 | 42\n")
        measures, _ = records(text)
        assert [m.indicator_raw.lower() for m in measures] == [
            "persentase usulan kenaikan pangkat yang diverifikasi tepat waktu",
            "jumlah pegawai yang mengikuti diklat"], wrap


def test_a_bordered_tables_wrapped_line_keeps_its_cells():
    # '| 1 | name |': the line's first border is the outer one, and a wrapped line's blank No cell is its own
    text = ("| No | Indikator Kinerja | Target | Realisasi |\n"
            "| 1 | Persentase usulan kenaikan pangkat yang | 95% | 97% |\n"
            "|  | diverifikasi tepat waktu | | |\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase usulan kenaikan pangkat yang diverifikasi tepat waktu"]


def test_the_last_rows_wrapped_lines_read_in_order_when_a_capitalised_one_comes_first():
    # under the table's last row, 'Atas Pelayanan' waits (it could open a name) while the lower-case line
    # under it joins at once: the name still reads in the lines' order
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase surat yang diarsipkan tepat waktu 90% 93% 103,33%\n"
            "2 Indeks Kepuasan Pengguna 3,4 3,5 102,94%\n"
            "  Atas Pelayanan\n"
            "  administrasi kependudukan\n"
            "\n"
            "Dari tabel tersebut terlihat bahwa seluruh indikator telah mencapai target yang ditetapkan.\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase surat yang diarsipkan tepat waktu",
        "Indeks Kepuasan Pengguna Atas Pelayanan administrasi kependudukan"]


def test_a_wrapped_name_keeps_its_unit_like_word_without_a_satuan_column():
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Jumlah rapat koordinasi penyusunan Dokumen 4 5 125%\n"
            "  perencanaan\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Jumlah rapat koordinasi penyusunan Dokumen perencanaan"]


def test_a_name_ending_in_a_unit_word_keeps_it_without_a_satuan_column():
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Jumlah rancangan peraturan yang diselesaikan Dokumen 4 5 125%")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Jumlah rancangan peraturan yang diselesaikan Dokumen"]


def test_markdown_export_markup_in_cells_reads_as_its_text(tmp_path):
    # A PDF converted to markdown puts '<br>' where a cell wraps and '**' around bold totals: the names are
    # the rendered text, and a row whose name wrapped is kept whole; each value keeps its line.
    from extract.readers import read_document
    from pipeline import extract_document

    report = tmp_path / "lkj.md"
    report.write_text("\n".join([
        "# LAPORAN KINERJA KPU KABUPATEN SLEMAN TAHUN 2023", "",
        "| No | Indikator Kinerja | Target | Realisasi | Capaian |",
        "|---|---|---|---|---|",
        "| 1 | Persentase partisipasi<br>pemilih dalam Pemilu | 77,5% | 79,9% | 103,10% |",
        "| 2 | Nilai SAKIP<br/>KPU Kabupaten Sleman | BB | BB | 100% |", "",
        "| No | Program | Pagu (Rp) | Realisasi (Rp) | % |",
        "|---|---|---|---|---|",
        "| 1 | Program Dukungan Manajemen | 5.250.000.000 | 5.012.345.000 | 95,47 |",
        "| | **Jumlah** | **5.250.000.000** | **5.012.345.000** | **95,47** |"]), encoding="utf-8")
    built = extract_document(read_document(report)).built
    assert [(r["indicator_raw"], r["line"]) for r in built.realisations] == [
        ("Persentase partisipasi pemilih dalam Pemilu", 5), ("Nilai SAKIP KPU Kabupaten Sleman", 6)]
    assert [(b["name"], b["allocation"], b["line"]) for b in built.budgets][-1] == ("Jumlah", 5_250_000_000, 11)


def test_an_html_table_in_a_markdown_export_reads_as_its_rows(tmp_path):
    # Converters write an HTML table into the markdown where a table has merged cells. Each row reads as the
    # '| ... |' row it renders as, on the line where its cells start; the lines around keep their numbers.
    from extract.readers import read_document
    from pipeline import extract_document

    report = tmp_path / "lkj.md"
    report.write_text("\n".join([
        "# LAPORAN KINERJA KPU KABUPATEN SLEMAN TAHUN 2023", "",
        "<table>",
        "<thead><tr><th>No</th><th>Indikator Kinerja</th><th>Target</th><th>Realisasi</th><th>Capaian</th></tr></thead>",
        "<tbody>",
        "<tr>",
        "<td>1</td><td>Persentase partisipasi pemilih<br>dalam Pemilu</td><td>77,5%</td><td>79,9%</td><td>103,10%</td>",
        "</tr>",
        "<tr><td>2</td><td>Opini BPK atas laporan keuangan &amp; kinerja</td><td>WTP</td><td>WTP</td><td>100%</td></tr>",
        "</tbody>", "</table>", "",
        "Capaian kinerja tahun ini baik."]), encoding="utf-8")
    located = read_document(report)
    assert len(located.lines) == 13 and located.lines[12].text == "Capaian kinerja tahun ini baik."
    built = extract_document(located).built
    assert [(r["indicator_raw"], r["realisation_raw"], r["line"]) for r in built.realisations] == [
        ("Persentase partisipasi pemilih dalam Pemilu", "79,9%", 7),
        ("Opini BPK atas laporan keuangan & kinerja", "WTP", 9)]


def test_a_kro_code_ocrd_with_a_space_after_a_dot_is_read_whole():
    """OCR spaces a dot of an output code: '6709. QGE.001' and '6709.QGE. 001' are 6709.QGE.001."""
    assert find_code("6709. QGE.001 Layanan Dukungan") == ("6709.QGE.001", "Layanan Dukungan")
    assert find_code("6710.EBA. 962") == ("6710.EBA.962", "")
    assert find_code("6709. QGE") == ("6709.QGE", "")
    assert find_code("2021. ABC ditetapkan")[0] is None  # a year ending a sentence


def test_a_sentence_ending_on_an_amount_under_a_budget_table_is_no_row():
    """The paragraph under the table restates its total in a sentence that ends on the pagu."""
    text = (
        "No\tJenis Belanja\tPagu\tRealisasi\t%\n"
        "1\tBelanja Pegawai\t4.300.000.000\t4.215.600.000\t98,04\n"
        "2\tBelanja Barang\t2.700.000.000\t2.590.110.000\t95,93\n"
        "\tJumlah\t7.000.000.000\t6.805.710.000\t97,22\n"
        "\n"
        "Serapan anggaran Sekretariat KPU Kota Ambon tahun 2022 sebesar Rp6.805.710.000 atau 97,22% "
        "dari pagu sebesar Rp7.000.000.000.")
    _, budgets = records(text)
    assert [(b.name, b.allocation.value) for b in budgets] == [
        ("Belanja Pegawai", 4_300_000_000), ("Belanja Barang", 2_700_000_000), ("Jumlah", 7_000_000_000)]


def test_undelimited_budget_rows_read_amounts_spaced_into_groups_and_a_leading_kegiatan_code():
    """Tesseract rows without cells: thousand groups parted by spaces, the kegiatan code opening the name.

    The pair of amounts whose realisasi / pagu gives the printed % is the
    row's; the spaced amount left in the name's text is not part of the name.
    """
    text = (
        "KODE URAIAN PAGU REALISASI %\n"
        "076.01.WA Program Dukungan Manajemen 3 412 500 000 3.287 004 120 96,32 %\n"
        "6710 Pengelolaan Sumber Daya Manusia 1.250.000.000 1 201 875 000 96.15%\n"
        "6709. QGE.001 Layanan Perencanaan Anggaran 815.000.000 790.550.000 97,00\n")
    _, budgets = records(text)
    assert [(b.code, b.name, b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        ("076.01.WA", "Program Dukungan Manajemen", 3_412_500_000, 3_287_004_120, 96.32),
        ("6710", "Pengelolaan Sumber Daya Manusia", 1_250_000_000, 1_201_875_000, 96.15),
        ("6709.QGE.001", "Layanan Perencanaan Anggaran", 815_000_000, 790_550_000, 97.0)]
    assert budgets[0].source.raw == "3 412 500 000 | 3.287 004 120 | 96,32 %"


def test_spaced_numbers_the_percent_does_not_prove_are_not_joined_into_amounts():
    """Without a % that the joined amounts give, the spaced numbers are not read as a pagu and realisasi."""
    text = (
        "KODE URAIAN PAGU REALISASI %\n"
        "076.01.WA Program Dukungan Manajemen 3 412 500 000 3.287 004 120 50,00 %\n")
    _, budgets = records(text)
    assert all(b.realisation is None or b.realisation.value != 3_287_004_120 for b in budgets)


def test_a_budget_rows_code_and_name_on_the_line_above_its_values_stay_its_own():
    """A layout export centres the values of a wrapped cell: the row's number, code and name open the line above.

    The row number is no value, the values-only line takes the code and name
    above it, and a value line that goes on in lower case ends the name its
    coded line opened.
    """
    text = (
        " NO   KODE       PROGRAM / KEGIATAN                    PAGU              REALISASI          %\n"
        " 1    076.01.WA  Program Dukungan Manajemen\n"
        "                                                       7.450.000.000     7.301.221.500      98,00\n"
        " 2    3360       Operasional Perkantoran dan Dukungan\n"
        "                 sarana Prasarana                        530.000.000       522.110.000      98,51\n"
        "                 JUMLAH                                7.450.000.000     7.301.221.500      98,00\n")
    _, budgets = records(text)
    assert [(b.code, b.name, b.allocation.value, b.source.line) for b in budgets] == [
        ("076.01.WA", "Program Dukungan Manajemen", 7_450_000_000, 3),
        ("3360", "Operasional Perkantoran dan Dukungan sarana Prasarana", 530_000_000, 5),
        (None, "JUMLAH", 7_450_000_000, 6)]


def test_a_numbered_budget_line_opens_the_next_rows_name_not_the_rest_of_the_row_above():
    """Without codes, the row number opens each name; a name that ends on 'dalam' goes on at the value line.

    '2    Program Penyelenggaraan Pemilu dalam' under the first row's values is
    the second row's opening, and its value line 'Proses Konsolidasi
    Demokrasi  ...' ends that name.
    """
    text = (
        " NO   PROGRAM                                     PAGU              REALISASI          %\n"
        " 1    Program Dukungan Manajemen\n"
        "                                                   3.100.000.000     3.050.710.000      98,41\n"
        " 2    Program Penyelenggaraan Pemilu dalam\n"
        "      Proses Konsolidasi Demokrasi                21.700.000.000    20.101.450.000      92,63\n"
        "      JUMLAH                                      24.800.000.000    23.152.160.000      93,36\n")
    _, budgets = records(text)
    assert [(b.name, b.allocation.value) for b in budgets] == [
        ("Program Dukungan Manajemen", 3_100_000_000),
        ("Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", 21_700_000_000),
        ("JUMLAH", 24_800_000_000)]


def test_a_coded_group_heading_without_values_is_not_glued_to_the_row_under_it():
    """'076.01.WA  Program ...' with no values heads its kegiatan rows; each row keeps its own name."""
    text = (
        " KODE        URAIAN                                   PAGU              REALISASI          %\n"
        " 076.01.WA   Program Dukungan Manajemen\n"
        "             Pengelolaan Keuangan dan Barang Milik      912.000.000       900.310.000      98,72\n"
        "             Negara\n"
        "             Operasional Perkantoran                  2.188.000.000     2.150.400.000      98,28\n")
    _, budgets = records(text)
    assert [(b.code, b.name) for b in budgets] == [
        (None, "Pengelolaan Keuangan dan Barang Milik Negara"), (None, "Operasional Perkantoran")]


@pytest.mark.parametrize("header", [
    "Uraian\tAnggaran Setelah Revisi\tRealisasi Belanja\tSisa Pagu\tDaya Serap (%)",
    "Uraian\tPagu Sebelum Revisi\tPagu Sesudah Revisi\tRealisasi\tSisa\t%",
])
def test_a_pagu_qualified_before_or_after_its_revision_and_a_daya_serap_column(header: str):
    """'Anggaran Setelah Revisi' is the year's pagu, 'Pagu Sebelum Revisi' the initial one; 'Daya Serap (%)' the rate.

    'Revisi' read as a column of its own shifted the realisation onto the Sisa column.
    """
    before = "\t1.900.000.000" if "Sebelum" in header else ""
    text = (
        f"{header}\n"
        f"Belanja Pegawai{before}\t2.000.000.000\t1.950.400.000\t49.600.000\t97,52\n"
        f"Jumlah{before}\t2.000.000.000\t1.950.400.000\t49.600.000\t97,52")
    _, budgets = records(text)
    assert [(b.allocation.value, b.realisation.value, b.remainder.value, b.percent.value) for b in budgets] == [
        (2_000_000_000, 1_950_400_000, 49_600_000, 97.52)] * 2


def test_two_spaced_amounts_run_together_are_cut_where_the_rate_proves_them():
    """'2 000 000 000 1 870 000 000 93,50' reads as one run of groups; the bare 93,50 says where it parts.

    Read whole, the run would be a pagu of two quintillion rupiah: no pagu
    at all is better than that one.
    """
    text = (
        "KODE URAIAN PAGU REALISASI %\n"
        "076.01.CQ Program Penyelenggaraan Pemilu 2 000 000 000 1 870 000 000 93,50\n"
        "076.01.WA Program Dukungan Manajemen 2 000 000 000 1 870 000 000 12,00\n")
    _, budgets = records(text)
    assert [(b.code, b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        ("076.01.CQ", 2_000_000_000, 1_870_000_000, 93.5)]


@pytest.mark.parametrize("gap", [True, False])
def test_a_flattened_rows_number_over_its_code_line_is_no_value_of_the_row_above(gap: bool):
    """'1' over '076.01.WA' over the name: the number opens the row; '2' does not close row 1 as a fifth value."""
    text = flattened(["No", "Kode", "Program", "Pagu", "Realisasi", "Sisa", "%"],
                     ["1", "076.01.WA", "Program Dukungan Manajemen", "1.800.000.000", "1.764.000.000", "36.000.000",
                      "98,00"],
                     ["2", "076.01.CQ", "Program Penyelenggaraan Pemilu", "600.000.000", "540.000.000", "60.000.000",
                      "90,00"], gap=gap)
    _, budgets = records(text)
    assert [(b.code, b.allocation.value, b.realisation.value, b.remainder.value, b.percent.value) for b in budgets] == [
        ("076.01.WA", 1_800_000_000, 1_764_000_000, 36_000_000, 98.0),
        ("076.01.CQ", 600_000_000, 540_000_000, 60_000_000, 90.0)]


def test_a_budget_percent_whose_sign_ocr_read_as_96_is_no_kegiatan_code():
    """'7596' in the % cell is 75% with its sign read as '96', not a bare kegiatan code; the arithmetic settles it."""
    text = (
        "Kode\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%\n"
        "076.01.WA\tProgram Dukungan Manajemen\t8.000.000.000\t6.000.000.000\t7596\n")
    _, budgets = records(text)
    assert [(b.code, b.allocation.value, b.realisation.value, b.percent.raw) for b in budgets] == [
        ("076.01.WA", 8_000_000_000, 6_000_000_000, "7596")]


@pytest.mark.parametrize("gap", [True, False])
def test_a_flattened_budget_rows_percent_read_as_a_bare_code_stays_its_percent(gap: bool):
    """'7596' under the row's pagu and realisasi gives 75% of them: the row's %, not the next row's code.

    A bare four digits that no reading makes the row's rate still opens the next row.
    """
    text = flattened(["Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"],
                     ["076.01.CQ", "Program Penyelenggaraan Pemilu", "8.000.000.000", "6.000.000.000", "7596"],
                     ["3357", "Pelaksanaan Manajemen Perencanaan", "400.000.000", "390.000.000", "97,50"], gap=gap)
    _, budgets = records(text)
    assert [(b.code, b.allocation.value, b.percent.raw if b.percent else None) for b in budgets] == [
        ("076.01.CQ", 8_000_000_000, "7596"), ("3357", 400_000_000, "97,50")]


def test_a_percent_sign_in_a_cell_of_its_own_joins_its_rate_and_is_no_name():
    """'Rp | amount' and '98,57 | %': each sign printed in its own cell, as a PDF export sets them.

    The '%' cell at the row's end was read as the row's text, so every row
    was named '%' and 'Jumlah' was no total. A '%' after a name is a Satuan cell and stays one.
    """
    text = (
        "No\tUraian\tPagu\tRealisasi\t%\n"
        "1\tBelanja Pegawai\tRp\t1.800.000.000\tRp\t1.710.000.000\t95,00\t%\n"
        "\tJumlah\tRp\t1.800.000.000\tRp\t1.710.000.000\t95,00\t%\n")
    _, budgets = records(text)
    assert [(b.name, b.allocation.value, b.percent.value, b.is_total) for b in budgets] == [
        ("Belanja Pegawai", 1_800_000_000, 95.0, False), ("Jumlah", 1_800_000_000, 95.0, False)]
    from extract.lines import split_cells
    assert split_cells("Persentase layanan\t%\t90\t%")[0] == ["Persentase layanan", "%", "90%"]


def test_a_tab_sasaran_heading_whose_empty_cells_were_dropped_gives_no_target():
    # Tab export of a PK: '2.<tab>Meningkatnya ...' heads its '2.1' indicators; its empty Target cell is
    # not written, so the row has two cells under a three-cell header. Its row number is no target.
    text = "\n".join([
        "No\tSasaran Strategis / Indikator Kinerja\tTarget",
        "1.\tMeningkatnya mutu layanan arsip",
        "1.1\tPersentase arsip inaktif yang ditata sesuai pedoman\t95%",
        "2.\tMeningkatnya keterbukaan informasi",
        "2.1\tJumlah rilis informasi publik yang diterbitkan\t6 Kali",
        "2.2\tIndeks kepuasan pemohon informasi\t3,40",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase arsip inaktif yang ditata sesuai pedoman", "95%"),
        ("Jumlah rilis informasi publik yang diterbitkan", "6 Kali"),
        ("Indeks kepuasan pemohon informasi", "3,40")]


def test_a_short_tab_row_whose_value_stands_under_no_keeps_it():
    # The fewer-cells rule reads only a bare row number as none: a '%' in the first cell is a value.
    text = "\n".join([
        "No\tIndikator Kinerja\tTarget",
        "1\tPersentase arsip inaktif yang ditata sesuai pedoman\t95%",
        "80%\tPersentase surat masuk yang didisposisi",
    ])
    measures, _ = records(text)
    assert measures[0].target.raw == "95%"
    assert len(measures) == 2 and measures[1].target.raw == "80%"


def test_a_program_and_anggaran_line_under_a_pk_ends_the_indicator_above():
    # Tab PK: the indicators, then '<tab>Program<tab>Anggaran' heads the programs and their pagu. Those
    # words are not the last indicator's name, nor the program's.
    text = "\n".join([
        "No\tSasaran Strategis\tIndikator Kinerja\tTarget",
        "1\tMeningkatnya mutu layanan arsip\tPersentase arsip inaktif yang ditata sesuai pedoman\t95%",
        "2\tMeningkatnya akuntabilitas kinerja\tNilai evaluasi SAKIP satuan kerja\tBB",
        "\tProgram\tAnggaran",
        "1\tProgram Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya\tRp 2.750.100.000",
        "Kegiatan\tAnggaran",
        "1\tPengelolaan arsip dan dokumentasi\t125.000.000",
    ])
    measures, budgets = records(text)
    assert [(m.indicator_raw, m.target.text or m.target.value) for m in measures] == [
        ("Persentase arsip inaktif yang ditata sesuai pedoman", 95.0), ("Nilai evaluasi SAKIP satuan kerja", "BB")]
    assert [b.name for b in budgets] == ["Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya",
                                         "Pengelolaan arsip dan dokumentasi"]
    assert [b.allocation.value for b in budgets] == [2750100000.0, 125000000.0]


def test_numbers_in_an_iku_tables_formula_and_source_columns_are_no_targets():
    # Space-aligned IKU: a Penjelasan / Formulasi column between the indicator and its target. Its
    # 'paling lambat 3 hari', 'x 100%' and '4 kali setahun' are the formula's; a wrapped formula line
    # holding 'x 100%' opens no row, and the indicator's wrapped name stays whole.
    text = "\n".join([
        "  No   Indikator Kinerja Utama              Penjelasan / Formulasi                          Sumber Data       Target",
        "  1    Persentase surat keluar yang         Surat dikirim paling lambat 3 hari             Subbag Umum          95%",
        "       diarsipkan secara elektronik         sejak ditandatangani x 100%",
        "  2    Indeks kepuasan pengguna layanan     Survei 4 kali setahun, skala 1-4               Sekretariat          3,10",
        "  3    Jumlah laporan monitoring            Laporan per semester selama 1 tahun            Subbag Program   2 Laporan",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase surat keluar yang diarsipkan secara elektronik", "95%"),
        ("Indeks kepuasan pengguna layanan", "3,10"),
        ("Jumlah laporan monitoring", "2 Laporan")]


def test_a_wrapped_formula_line_of_a_tab_iku_table_opens_no_row():
    text = "\n".join([
        "No\tIndikator Kinerja Utama\tFormulasi\tSumber Data\tTarget",
        "1\tPersentase surat keluar yang diarsipkan\tJumlah surat diarsipkan dibagi\tSubbag Umum\t95%",
        "\t\tjumlah surat keluar x 100%\t\t",
        "2\tJumlah laporan monitoring\tLaporan per semester\tSubbag Program\t2 Laporan",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase surat keluar yang diarsipkan", "95%"), ("Jumlah laporan monitoring", "2 Laporan")]


@pytest.mark.parametrize("bound", ["≥", ">=", "Minimal", "min."])
def test_a_bound_before_a_plain_text_rows_target_is_not_the_indicators_name(bound: str):
    # A PK printed as plain text, one row per line: the sign or word opening the target cell stands
    # between the name and the value; the name is the indicator's without it.
    text = "\n".join([
        "No Sasaran Strategis Indikator Kinerja Target",
        f"1 Meningkatnya mutu layanan arsip Persentase arsip inaktif yang ditata {bound} 90%",
        f"2 Meningkatnya kepuasan pengguna Indeks kepuasan pengguna layanan arsip {bound} 3,20",
        "3 Meningkatnya mutu layanan Persentase layanan sesuai standar pelayanan minimal 100%",
    ])
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase arsip inaktif yang ditata", "Indeks kepuasan pengguna layanan arsip",
        "Persentase layanan sesuai standar pelayanan minimal"]
    assert [m.target.value for m in measures] == [90.0, 3.2, 100.0]


def test_a_deadline_in_a_run_together_formula_line_is_no_target():
    # Tesseract PK with a Penjelasan column after the target: the rows' wrapped lines run the indicator's
    # and the formula's words together; 'paling lambat 3 hari kerja' (OCR'd '3 hri kerja' in the next
    # column) is a deadline, not a row of its own with target 3.
    text = "\n".join([
        "No | Sasaran | Indikator Kinerja | Target | Penjelasan",
        "1 | Meningkatnya mutu layanan arsip | Persentase berita acara | 100% Jumlah berita acara",
        "rapat yang disusun | rapat yang diunggah | yang diunggah",
        "paling lambat 3 hari kerja | pling lambat 3 hri kerja",
        "dibagi jumlah rapat",
        "2 | Meningkatnya mutu layanan data | Persentase permohonan data | 90% Jumlah permohonan",
        "yang dijawab | dijawab dibagi total permohonan",
    ])
    measures, _ = records(text)
    assert [m.target.raw for m in measures] == ["100%", "90%"]


@pytest.mark.parametrize("layout", ["tab", "spaced"])
def test_quarters_numbered_alone_under_a_target_triwulan_group_are_not_the_years_target(layout: str):
    # Rencana Aksi: 'Target | Target Triwulan' over a line of bare roman numerals 'I II III IV'. The
    # year's target is the Target column's, not the third quarter's.
    if layout == "tab":
        text = "\n".join([
            "No\tIndikator Kinerja\tTarget\tTarget Triwulan",
            "\t\t\tI\tII\tIII\tIV",
            "1\tPersentase arsip inaktif yang ditata sesuai pedoman\t90%\t20%\t45%\t70%\t90%",
            "2\tJumlah rilis informasi publik\t8 Kali\t2 Kali\t2 Kali\t2 Kali\t2 Kali",
        ])
    else:
        text = "\n".join([
            "  No   Indikator Kinerja                              Target       Target Triwulan",
            "                                                                I      II     III     IV",
            "  1    Persentase arsip inaktif yang ditata              90%      20%    45%    70%     90%",
            "  2    Jumlah rilis informasi publik                  8 Kali   2 Kali 2 Kali 2 Kali  2 Kali",
        ])
    measures, _ = records(text)
    assert [(m.indicator_raw.split()[0], m.target.raw) for m in measures] == [("Persentase", "90%"), ("Jumlah", "8 Kali")]


def test_a_target_printed_at_the_foot_of_its_rows_cells_keeps_the_whole_name():
    # pdftotext -layout PK whose cells are aligned to the bottom: the indicator opens two lines above
    # the line holding the target; the name is the three lines', not the last line's alone.
    text = "\n".join([
        "  No   Sasaran Strategis               Indikator Kinerja                                Target",
        "  1    Meningkatnya mutu               Persentase arsip inaktif yang",
        "       layanan arsip                   dipindahkan ke unit kearsipan",
        "                                       sesuai jadwal retensi                              95%",
        "  2    Meningkatnya keterbukaan        Jumlah rilis informasi publik                   6 Kali",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase arsip inaktif yang dipindahkan ke unit kearsipan sesuai jadwal retensi", "95%"),
        ("Jumlah rilis informasi publik", "6 Kali")]


def test_a_flattened_iku_rows_formula_cell_is_no_value_line():
    # IKU flattened one cell per line: indicator, formula, source, target. The formula's 'x 100%' is
    # not the row's value, and the indicator is the row's first text line, not the formula.
    text = "\n".join(["No", "Indikator Kinerja Utama", "Formulasi", "Sumber Data", "Target",
                      "1", "Persentase surat keluar yang diarsipkan secara elektronik",
                      "Jumlah surat diarsipkan dibagi jumlah surat keluar x 100%", "Subbag Umum", "95%",
                      "2", "Jumlah rilis informasi publik", "Rilis yang terbit dalam 1 tahun", "PPID", "6 Kali"])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase surat keluar yang diarsipkan secara elektronik", "95%"), ("Jumlah rilis informasi publik", "6 Kali")]


def test_a_formulas_x_100_percent_is_no_value_of_a_plain_text_row():
    # pdftotext without -layout: indicator and formula run together, the formula wrapped onto a line
    # of its own ending in 'x 100%'. That factor opens no row; the targets are the rows' last values.
    text = "\n".join([
        "No Indikator Kinerja Utama Formulasi Target",
        "1 Persentase surat keluar yang Jumlah surat diarsipkan dibagi 95%",
        "diarsipkan secara elektronik jumlah surat keluar x 100%",
        "2 Persentase permohonan data yang (permohonan dijawab / permohonan masuk) 90%",
        "dijawab tepat waktu × 100 %",
    ])
    measures, _ = records(text)
    assert [m.target.raw for m in measures] == ["95%", "90%"]
    assert [m.source.line for m in measures] == [2, 4]


@pytest.mark.parametrize("cell", ["jumlah selesai dibagi jumlah sengketa x 100%", "(a/b)x100%", "a / b X 1000"])
def test_a_formula_factor_after_x_is_no_cell_value(cell: str):
    assert analyse_line(Line(number=1, page=1, text=cell)).values == []


def test_a_value_after_an_x_that_is_no_factor_is_still_a_value():
    # only the factor 100 (or 1000) after 'x' is a formula's; another number there is the row's value
    assert [t.raw for t in analyse_line(Line(number=1, page=1, text="Persentase pemilih disabilitas x 50%")).values] \
        == ["50%"]


@pytest.mark.parametrize("layout", ["tab", "spaced", "plain"])
def test_a_lettered_sasaran_heading_states_no_grade_target_nor_joins_the_row_above(layout: str):
    # 'B.' numbering a sasaran heading reads like the grade B; before the row's text it counts the rows.
    rows = [("No", "Sasaran / Indikator Kinerja", "Target"), ("A.", "Meningkatnya mutu layanan arsip", ""),
            ("1", "Persentase arsip inaktif yang ditata sesuai pedoman", "95%"),
            ("B.", "Meningkatnya kepuasan pengguna layanan", ""), ("2", "Indeks kepuasan pengguna layanan", "3,20")]
    if layout == "tab":
        text = "\n".join("\t".join(c for c in row if c) for row in rows)
    elif layout == "spaced":
        text = "\n".join(f"  {a:<5}{b:<60}{c:>8}".rstrip() for a, b, c in rows)
    else:
        text = "\n".join(" ".join(c for c in row if c) for row in rows)
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase arsip inaktif yang ditata sesuai pedoman", "95%"), ("Indeks kepuasan pengguna layanan", "3,20")]


@pytest.mark.parametrize("cell, expected", [
    ("WTP (Wajar Tanpa Pengecualian)", ("WTP", "opinion")), ("A (Memuaskan)", ("A", "grade")),
    ("BB (Sangat Baik)", ("BB", "grade")), ("100 persen", (100.0, "%")), ("6 kali/tahun", (6.0, "kali")),
    ("2 laporan / thn", (2.0, "laporan")), ("BB (70-80)", ("BB", "grade")), ("95% (3 tahapan)", (95.0, "%")),
    ("WTP*", ("WTP", "opinion")), ("4 Dokumen (triwulanan)", (4.0, "dokumen"))])
def test_a_target_cell_explaining_its_value_in_words_keeps_the_value(cell: str, expected: tuple):
    # A PK's Target cell may spell out what its value means; the value is the target, the words explain it.
    text = "\n".join(["No\tIndikator Kinerja\tTarget",
                      "1\tPersentase arsip inaktif yang ditata sesuai pedoman\t95%",
                      f"2\tNilai kinerja layanan kearsipan\t{cell}"])
    measures, _ = records(text)
    assert len(measures) == 2
    target = measures[1].target
    # raw keeps the cell; a predikat in brackets after a grade is the grade's word, as in a line of
    # values ('B (Baik) BB (Sangat Baik) 100%'), and raw is the grade as printed
    printed = cell.split(" (")[0] if cell.endswith(("(Memuaskan)", "(Sangat Baik)")) else cell
    assert (target.text or target.value, target.unit) == expected and target.raw == printed


def test_a_target_cell_of_words_alone_states_no_target():
    text = "\n".join(["No\tIndikator Kinerja\tTarget",
                      "1\tPersentase arsip inaktif yang ditata sesuai pedoman\t(belum ditetapkan)"])
    assert records(text)[0] == []


@pytest.mark.parametrize("sep", ["\t", "    "])
def test_a_plan_table_with_a_satuan_column_names_its_rows_by_the_indicator_and_skips_a_dash(sep: str):
    # Renstra IKU table: 'Satuan' beside the indicator, 'Target' over one column per year. The row's
    # name is its indicator, not its Satuan cell; a '-' in the report year's column states no target.
    text = "\n".join(sep.join(r) for r in [
        ("No", "Indikator Kinerja Utama", "Satuan", "Target"),
        ("", "", "", "2021", "2022", "2023", "2024"),
        ("1", "Persentase arsip inaktif yang ditata sesuai pedoman", "%", "80", "85", "90", "95"),
        ("2", "Indeks kepuasan pengguna layanan arsip", "Indeks", "3,00", "3,10", "3,20", "3,30"),
        ("3", "Persentase arsip statis yang didigitalkan", "%", "-", "-", "40", "60")])
    assert targets_for_year(text, 2022) == [("Persentase arsip inaktif yang ditata sesuai pedoman", 85.0),
                                            ("Indeks kepuasan pengguna layanan arsip", 3.1)]


def test_a_right_aligned_target_wider_than_its_header_word_is_the_target_cell():
    # pdftotext -layout right-aligns the Target column: a long cell starts left of the header word, under
    # the indicator column, yet it is set apart from the name and reaches into the Target column.
    text = "\n".join([
        "  No   Indikator Kinerja                                   Target",
        "  1    Opini BPK atas laporan keuangan satker      WTP (Wajar Tanpa Pengecualian)",
        "  2    Persentase arsip inaktif yang ditata                     95%",
    ])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.text or m.target.value) for m in measures] == [
        ("Opini BPK atas laporan keuangan satker", "WTP"), ("Persentase arsip inaktif yang ditata", 95.0)]


def test_a_grade_whose_b_ocr_read_as_8_under_target_is_the_grade_flagged():
    text = "\n".join(["| No | Indikator Kinerja | Target |",
                      "| 1 | Nilai evaluasi SAKIP satuan kerja | 8B |",
                      "| 2 | Persentase arsip inaktif yang ditata | 95% |"])
    measures, _ = records(text)
    target = measures[0].target
    assert (target.text, target.unit, target.raw, target.trusted) == ("BB", "grade", "8B", False)
    assert [r.rule for r in target.repairs] == ["ocr_grade_letters"]


def test_a_flattened_groups_item_number_is_no_target():
    # Flattened PK numbered by group: '1.' over its sasaran, then '1.1', '1.2' over each indicator and
    # its target. '1.1' is the item's number, not its target.
    text = "\n".join(["No", "Sasaran Strategis / Indikator Kinerja", "Target",
                      "1.", "Meningkatnya mutu layanan arsip",
                      "1.1", "Persentase arsip inaktif yang ditata sesuai pedoman", "95%",
                      "1.2", "Jumlah rilis informasi publik", "6 Kali",
                      "2.", "Meningkatnya kepuasan pengguna layanan",
                      "2.1", "Indeks kepuasan pengguna layanan", "3,20"])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase arsip inaktif yang ditata sesuai pedoman", "95%"), ("Jumlah rilis informasi publik", "6 Kali"),
        ("Indeks kepuasan pengguna layanan", "3,20")]


def test_a_plain_rows_item_number_is_cut_from_its_name():
    text = "\n".join(["No Sasaran Strategis / Indikator Kinerja Target",
                      "1. Meningkatnya mutu layanan arsip",
                      "1.1 Persentase arsip inaktif yang ditata sesuai pedoman 95%",
                      "1.2 Jumlah rilis informasi publik 6 Kali"])
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase arsip inaktif yang ditata sesuai pedoman",
                                                   "Jumlah rilis informasi publik"]


def test_target_table_whose_scanned_header_misreads_indikator_kinerja_by_a_letter():
    # A scanned target table: the only value word 'Target' (here 'Targel'), and the column naming the
    # indicators read 'lndikator Kinerjn'; a target-only header still needs that column named.
    text = (
        "No | Program | lndikator Kinerjn | Targel\n"
        "1 | Meningkatnya layanan arsip | Persentase arsip yang didigitalkan | 85%\n"
        "2 | Terkelolanya aset daerah | Persentase aset bersertifikat | 60%")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Persentase arsip yang didigitalkan", 85.0), ("Persentase aset bersertifikat", 60.0)]
    # a target word alone, with no column naming the indicators, is still no target table
    assert not records(text.replace("lndikator Kinerjn", "Nama Pejabat"))[0]


def test_a_scanned_row_whose_short_name_wraps_below_its_value_keeps_the_rest_before_the_next_numbered_row():
    # A scan interleaves a wrapped cell with its neighbours: a sub-row's name 'Tersedianya Arsip' stands beside
    # its value and its rest 'Digital Terverifikasi' on the line below; the next row opens with its number.
    text = (
        "No  Sasaran Strategis Indikator Kinerja  Target\n"
        "1. Meningkatnya tata kelola Jumlah dokumen rencana kerja 3 Dokumen\n"
        "arsip dan dokumen yang disahkan tepat waktu\n"
        "Tersedianya Arsip 75%\n"
        "Digital Terverifikasi\n"
        "2. Terwujudnya pelayanan Persentase aduan yang dijawab 90%\n"
        "publik yang cepat dalam tiga hari kerja")
    measures, _ = records(text)
    assert [(strip(m.indicator_raw), m.target.raw) for m in measures][1] == ("Tersedianya Arsip Digital Terverifikasi", "75%")
    assert len(measures) == 3 and measures[2].target.raw == "90%"


def strip(text: str) -> str:
    return " ".join(text.split())


def test_a_scanned_budget_row_whose_ket_word_follows_its_values_without_a_border_is_read():
    # Borders lost: the amounts and % of row 2 stand before its Keterangan word, so they do not end the line.
    text = (
        "NO  PROGRAM  PAGU  REALISASI  PERSENTASE  KET\n"
        "1 | Program Layanan Umum | Rp. 1.450.000.000 | Rp. 1.392.000.000 | 96% | APBD\n"
        "2 Program Pembinaan Wilayah  Rp. 3.000.000.000 Rp. 2.250.000.000 75%  APBD\n"
        "dan Kawasan Perbatasan\n"
        "3 | Program Kerja Sama Daerah | Rp. 800.000.000 | Rp. 640.000.000 | 80% | APBD")
    _, budgets = records(text)
    row = next(b for b in budgets if b.source.line == 3)
    assert (row.allocation.value, row.realisation.value, row.percent.value) == (3_000_000_000, 2_250_000_000, 75.0)
    assert "Pembinaan Wilayah" in row.name
    # a line whose amounts run on into words is no such row ('... Rp. 3.000.000.000 dialokasikan untuk 3 kegiatan')
    assert not any(b.source.line == 3 for b in records(text.replace("75%  APBD", "75% dialokasikan untuk 3 kegiatan"))[1])


def test_a_scanned_cell_with_two_value_lines_stays_one_row():
    # A scan reads a row whose Target and Realisasi cells hold two lines each ('100% 40%' over '100% 38%') line by
    # line beside the name's wrapped pieces: the second value line carries a name piece but opens no row.
    text = (
        "No | Sasaran | Indikator Kinerja | Target | Realisasi\n"
        "1 | Meningkatnya mutu | Persentase aduan warga | 100% | 40%\n"
        "layanan pengaduan | dijawab lewat kanal | 100% | 38%\n"
        "daring resmi dalam tiga hari\n"
        "2 | Terwujudnya tertib arsip | Persentase arsip tertata | 90% | 85%\n"
        "Persentase berkas pindai | 80% | 60%")
    measures, _ = records(text)
    assert [(m.target.raw, m.realisation.raw) for m in measures] == [
        ("100%", "40%"), ("90%", "85%"), ("80%", "60%")]
    assert measures[0].indicator_raw.startswith("Persentase aduan warga")
    # a second line opening a name of its own, lower case or not, is a row of its own
    assert len(records(text.replace("dijawab lewat kanal", "jumlah aduan selesai"))[0]) == 4


def test_a_scanned_budget_row_takes_its_name_from_before_its_values_not_from_its_ket_cell():
    # The header's borders lost ('NO  PROGRAM  PAGU ... KET|'), its rows' partly read: the Ket word after the
    # values ('88% APBD', its border lost too) is no program name; the cell before the amounts is.
    text = (
        "NO  PROGRAM  PAGU  REALISASI PERSENTASE KET|\n"
        "' 1 Program Pelayanan Arsip | Rp. 1.200.000.000 Rp. 1.056.000.000 | 88% APBD\n"
        "; 2 | Program Penataan Ruang | Rp. 900.000.000 | Rp. 720.000.000 | 80% | HIBAH")
    _, budgets = records(text)
    assert [(b.allocation.value, b.percent.value) for b in budgets] == [(1_200_000_000, 88.0), (900_000_000, 80.0)]
    assert budgets[0].name == "Program Pelayanan Arsip"
    assert budgets[1].name == "Program Penataan Ruang"


def test_a_scanned_indicator_is_read_apart_from_the_sasaran_beside_it_where_borders_were_lost():
    # A scan reads 'Sasaran | Indikator | Target' line by line across both wrapped cells; the border between
    # them is read on some lines and lost (two spaces) on others, so the cells do not line up with the header's.
    text = (
        "No. | Sasaran Kegiatan | Indikator Kinerja | Target\n"
        "1 | Tersedianya arsip dinas | Jumlah arsip yang | 40 Berkas\n"
        "yang tertata rapi | dialihmediakan\n"
        "2. Terwujudnya layanan data  Jumlah Laporan statistik  4 Laporan\n"
        "sektoral yang andal  sektoral yang diterbitkan\n"
        "Pemerintah Kota | tepat waktu\n"
        "3. Meningkatnya mutu Persentase aduan | 90%\n"
        "pelayanan | yang dijawab")
    measures, _ = records(text)
    names = [strip(m.indicator_raw) for m in measures]
    assert names[1] == "Jumlah Laporan statistik sektoral yang diterbitkan tepat waktu"
    assert [m.target.raw for m in measures] == ["40 Berkas", "4 Laporan", "90%"]
    assert names[0].startswith("Jumlah arsip yang") and "Tersedianya" not in names[0]


def test_a_borderless_budget_row_with_a_bare_rate_before_its_keterangan_word_is_read():
    # 'Serapan (%)' printed without its sign ('91,50'), then the Keterangan's verdict ('Efisien', 'Sesuai'):
    # the line's values stop short of its end, and the rate is the run's last value
    text = ("No Sasaran Strategis Anggaran (Rp) Realisasi (Rp) Serapan (%) Keterangan\n"
            "1 Meningkatnya mutu layanan kearsipan 3.200.000.000 2.928.000.000 91,50 Efisien\n"
            "2 Meningkatnya tata kelola data sektoral 800.000.000 760.000.000 95,00 Sesuai\n")
    _, budgets = records(text)
    assert [(b.name, b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        ("Meningkatnya mutu layanan kearsipan", 3_200_000_000, 2_928_000_000, 91.5),
        ("Meningkatnya tata kelola data sektoral", 800_000_000, 760_000_000, 95.0)]


def test_a_capaian_column_before_the_pagu_of_a_borderless_row_is_no_part_of_its_name():
    # 'Capaian Kinerja (%)' before 'Anggaran', and an 'Efisiensi' verdict after the rate: the capaian's
    # number is the row's value, so the sasaran's name ends before it
    text = ("No Sasaran Strategis Capaian Kinerja (%) Anggaran (Rp) Realisasi (Rp) Serapan (%) Efisiensi\n"
            "1 Meningkatnya mutu layanan kearsipan 104,20 3.200.000.000 2.928.000.000 91,50 Efisien\n"
            "2 Meningkatnya tata kelola data sektoral 97,35 800.000.000 760.000.000 95,00 Efisien\n")
    _, budgets = records(text)
    assert [(b.name, b.allocation.value, b.percent.value) for b in budgets] == [
        ("Meningkatnya mutu layanan kearsipan", 3_200_000_000, 91.5),
        ("Meningkatnya tata kelola data sektoral", 800_000_000, 95.0)]


def test_a_budget_table_with_one_column_group_per_year_gives_the_report_years_group_only():
    # 'Pagu 2022 | Realisasi 2022 | % | Pagu 2023 | Realisasi 2023 | %' (or the years over the column words): each
    # row is read from its own year's group, never one year's pagu with the other's realisasi
    rows = ("| 1 | Program Pelayanan Arsip | 2.000.000.000 | 1.900.000.000 | 95,00 | 2.600.000.000 | 2.522.000.000 | 97,00 |\n"
            "| 2 | Program Penataan Ruang | 500.000.000 | 450.000.000 | 90,00 | 7.500.000.000 | 7.200.000.000 | 96,00 |\n"
            "| | Jumlah | 2.500.000.000 | 2.350.000.000 | 94,00 | 10.100.000.000 | 9.722.000.000 | 96,26 |\n")
    named = "| No | Program | Pagu 2022 | Realisasi 2022 | % | Pagu 2023 | Realisasi 2023 | % |\n" + rows
    above = ("| No | Program | 2022 | | | 2023 | | |\n"
             "| | | Pagu | Realisasi | % | Pagu | Realisasi | % |\n" + rows)
    plain = ("No Program Pagu 2022 Realisasi 2022 % Pagu 2023 Realisasi 2023 %\n"  # a scan: '2023 %' ends the header
             + "\n".join(" ".join(c.strip() for c in line.strip("| ").split("|") if c.strip())
                         for line in rows.splitlines()) + "\n")
    for text in (named, above, plain):
        _, budgets = table_records(text, year=2023)
        assert [(b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
            (2_600_000_000, 2_522_000_000, 97.0), (7_500_000_000, 7_200_000_000, 96.0),
            (10_100_000_000, 9_722_000_000, 96.26)]
        _, budgets = table_records(text, year=2022)
        assert [b.allocation.value for b in budgets] == [2_000_000_000, 500_000_000, 2_500_000_000]


def test_a_budget_table_with_one_group_per_year_none_of_them_the_reports_gives_the_latest_years_group():
    # the report names no year, or one the header lacks (misread, or the signing year): a report compares its
    # year with earlier ones, so the latest group is read, and its rows carry that year so none passes for another
    text = ("| No | Kegiatan | Anggaran 2020 | Realisasi 2020 | % | Anggaran 2021 | Realisasi 2021 | % |\n"
            "| 1 | Pembinaan Kearsipan | 800.000.000 | 720.000.000 | 90,00 | 950.000.000 | 931.000.000 | 98,00 |\n"
            "| 2 | Layanan Perpustakaan | 400.000.000 | 392.000.000 | 98,00 | 1.200.000.000 | 1.140.000.000 | 95,00 |\n")
    for year in (None, 2022):
        _, budgets = table_records(text, year=year)
        assert [(b.allocation.value, b.realisation.value, b.percent.value, b.fiscal_year) for b in budgets] == [
            (950_000_000, 931_000_000, 98.0, 2021), (1_200_000_000, 1_140_000_000, 95.0, 2021)]
    _, budgets = table_records(text, year=2020)
    assert [(b.allocation.value, b.fiscal_year) for b in budgets] == [(800_000_000, 2020), (400_000_000, 2020)]


def test_a_layout_export_centring_a_budget_rows_number_and_values_in_its_wrapped_name_keeps_each_name_whole():
    # pdftotext -layout of cells aligned to the middle: the name opens on the line above the numbered value line
    # and ends on the line below; the next row's opening line is none of the row above's tail
    text = ("  No    Program                                   Pagu (Rp)        Realisasi (Rp)       %\n"
            "\n"
            "        Program Pelayanan Kearsipan dan\n"
            "  1     Pengelolaan Arsip Dinamis             2.400.000.000        2.304.000.000    96,00\n"
            "        Perangkat Daerah\n"
            "        Program Penyelenggaraan Statistik\n"
            "  2     Sektoral Kabupaten                      600.000.000          570.000.000    95,00\n"
            "        Berbasis Data\n"
            "        JUMLAH                                3.000.000.000        2.874.000.000    95,80\n")
    _, budgets = records(text)
    assert [(" ".join(b.name.split()), b.allocation.value) for b in budgets] == [
        ("Program Pelayanan Kearsipan dan Pengelolaan Arsip Dinamis Perangkat Daerah", 2_400_000_000),
        ("Program Penyelenggaraan Statistik Sektoral Kabupaten Berbasis Data", 600_000_000),
        ("JUMLAH", 3_000_000_000)]


def test_an_unnumbered_budget_rows_name_opening_on_the_line_above_its_values_is_its_own():
    # no No column, the values beside the name's last line: 'Program ...' over '... Kabupaten/Kota  5.210.400.000';
    # each 'Program' line opens its own row's name, none is the tail of the row above
    text = ("   Program                                         Anggaran (Rp)       Realisasi (Rp)        %\n"
            "\n"
            "   Program Pelayanan Administrasi\n"
            "   Perkantoran Daerah                              3.100.000.000        2.976.000.000    96,00\n"
            "   Program Pengembangan Jaringan\n"
            "   Komunikasi Desa                                   900.000.000          810.000.000    90,00\n"
            "   Jumlah                                          4.000.000.000        3.786.000.000    94,65\n")
    _, budgets = records(text)
    assert [(" ".join(b.name.split()), b.allocation.value) for b in budgets] == [
        ("Program Pelayanan Administrasi Perkantoran Daerah", 3_100_000_000),
        ("Program Pengembangan Jaringan Komunikasi Desa", 900_000_000),
        ("Jumlah", 4_000_000_000)]


def test_a_program_heading_above_its_numbered_kegiatan_rows_stays_out_of_their_names():
    # no name goes on under the first value line (the next row's values stand there): 'Program ...' heads a group
    for heading in ("PROGRAM PELAYANAN KEARSIPAN", "Program Pelayanan Kearsipan"):
        text = ("  No    Program / Kegiatan                        Pagu (Rp)        Realisasi (Rp)       %\n"
                "\n"
                f"        {heading}\n"
                "  1     Pengelolaan Arsip Dinamis             2.400.000.000        2.304.000.000    96,00\n"
                "  2     Penataan Arsip Statis                   600.000.000          570.000.000    95,00\n")
        _, budgets = records(text)
        assert [" ".join(b.name.split()) for b in budgets] == ["Pengelolaan Arsip Dinamis", "Penataan Arsip Statis"]
    # a second heading over the last row before the total: no tail of the row above, no part of the row below
    text = ("  No    Program / Kegiatan                        Pagu (Rp)        Realisasi (Rp)       %\n"
            "\n"
            "        Program Pelayanan Kearsipan\n"
            "  1     Pengelolaan Arsip Dinamis             2.400.000.000        2.304.000.000    96,00\n"
            "  2     Penataan Arsip Statis                   600.000.000          570.000.000    95,00\n"
            "        Program Penyelenggaraan Statistik\n"
            "  3     Penyusunan Data Sektoral                300.000.000          294.000.000    98,00\n"
            "        Jumlah                                3.300.000.000        3.168.000.000    96,00\n")
    _, budgets = records(text)
    assert [" ".join(b.name.split()) for b in budgets] == [
        "Pengelolaan Arsip Dinamis", "Penataan Arsip Statis", "Penyusunan Data Sektoral", "Jumlah"]


def test_a_scanned_budget_header_whose_pagu_lost_its_last_letter_still_has_a_pagu_column():
    # 'PAGU' read 'PAGN': without it the first amount would be taken for the realisasi
    text = ("NO KEGIATAN  PAGN REALISASI PERSENTASE KET\n"
            "1 Layanan Perkantoran Rp. 1.250.000.000 Rp. 1.125.000.000  90% APBN\n"
            "2 Pengelolaan Arsip Daerah Rp. 400.000.000 Rp. 300.000.000  75% APBN\n")
    _, budgets = records(text)
    assert [(b.allocation.value, b.realisation.value) for b in budgets] == \
        [(1_250_000_000, 1_125_000_000), (400_000_000, 300_000_000)]


def test_a_rating_scales_wrapped_description_heads_no_table():
    # a scan of the scale under a capaian table: 'tidak sesuai target indikator' wraps a Keterangan cell, and its
    # two header words make no 'Indikator ... Target' header for the band below it
    text = ("No. Rentang Nilai Kategori Keterangan\n"
            "4 | 51 – 70 | Kurang berhasil | Kegiatan yang dilaksanakan\n"
            "tidak sesuai target indikator\n"
            "kinerja\n"
            "5  0 - 50  Tidak berhasil | Kegiatan yang dilaksanakan\n"
            "\" sangat tidak sesuai target '\n"
            "indikator kinerja\n")
    measures, _ = records(text)
    assert measures == []


@pytest.mark.parametrize("layout", ["plain", "tab", "markdown"])
def test_a_targets_bound_is_kept_before_its_raw_value_as_printed(layout: str):
    # '≥ 90%' is a target of 90 that more also meets: the value is 90, and the raw keeps the sign for the auditor
    rows = [("1", "Persentase arsip inaktif yang ditata", "≥ 90%"),
            ("2", "Nilai evaluasi kearsipan internal", "Min. BB"),
            ("3", "Persentase layanan sesuai standar pelayanan minimal", "100%")]
    header = ("No", "Indikator Kinerja", "Target")
    if layout == "plain":
        text = "\n".join(" ".join(r) for r in [header, *rows])
    elif layout == "tab":
        text = "\n".join("\t".join(r) for r in [header, *rows])
    else:
        text = "\n".join("| " + " | ".join(r) + " |" for r in [header, ("---",) * 3, *rows])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target_bound + m.target.raw, m.target.value, m.target.text) for m in measures] == [
        ("Persentase arsip inaktif yang ditata", "≥ 90%", 90.0, None),
        ("Nilai evaluasi kearsipan internal", "Min. BB", None, "BB"),
        ("Persentase layanan sesuai standar pelayanan minimal", "100%", 100.0, None)]


@pytest.mark.parametrize("sep", ["tab", "markdown"])
def test_a_target_cell_before_quarter_cells_is_the_years_target(sep: str):
    # 'Target | TW I | TW II | TW III | TW IV': the quarter in the next cell does not qualify the Target word
    rows = [("No", "Indikator Kinerja", "Target", "TW I", "TW II", "TW III", "TW IV"),
            ("1", "Persentase surat masuk yang diagendakan", "95%", "20%", "45%", "70%", "95%"),
            ("2", "Jumlah rapat koordinasi kecamatan", "12 kali", "3 kali", "6 kali", "9 kali", "12 kali")]
    if sep == "tab":
        text = "\n".join("\t".join(r) for r in rows)
    else:
        text = "\n".join("| " + " | ".join(r) + " |" for r in [rows[0], ("---",) * 7, *rows[1:]])
    measures, _ = table_records(text, 2022)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase surat masuk yang diagendakan", "95%"), ("Jumlah rapat koordinasi kecamatan", "12 kali")]


@pytest.mark.parametrize("sep", ["tab", "markdown"])
def test_a_rencana_aksi_of_quarters_alone_states_no_years_target(sep: str):
    # 'Target TW I ... Target TW IV' and no column for the year: no quarter is taken for the year's target
    rows = [("No", "Indikator Kinerja", "Target TW I", "Target TW II", "Target TW III", "Target TW IV"),
            ("1", "Persentase surat masuk yang diagendakan", "20%", "45%", "70%", "95%")]
    if sep == "tab":
        text = "\n".join("\t".join(r) for r in rows)
    else:
        text = "\n".join("| " + " | ".join(r) + " |" for r in [rows[0], ("---",) * 6, *rows[1:]])
    measures, _ = table_records(text, 2022)
    assert [m for m in measures if m.target is not None] == []


def test_a_borderless_target_before_quarters_is_a_column_when_the_rows_say_so():
    # 'Target TW I TW II TW III TW IV' without borders: five values a row make 'Target' the year's column;
    # four make them the quarters alone, with no year's target printed
    text = ("Tabel 3.2 Rencana Aksi Sekretariat\n"
            "No Indikator Kinerja Target TW I TW II TW III TW IV\n"
            "1 Persentase surat keluar yang diarsipkan 90% 25% 50% 70% 90%\n"
            "2 Jumlah rapat evaluasi kinerja 8 kali 2 kali 4 kali 6 kali 8 kali\n"
            "\n"
            "Tabel 3.3 Rencana Aksi Keuangan\n"
            "No Indikator Kinerja Target TW I TW II TW III TW IV\n"
            "1 Persentase tagihan yang dibayar tepat waktu 30% 55% 80% 100%\n")
    measures, _ = table_records(text, 2022)
    assert [(m.indicator_raw, m.target.raw) for m in measures if m.target is not None] == [
        ("Persentase surat keluar yang diarsipkan", "90%"), ("Jumlah rapat evaluasi kinerja", "8 kali")]


def test_a_borderless_row_of_quarters_keeps_its_realisasi_and_capaian_and_takes_no_quarter_for_target():
    # one value short of 'Target TW I .. TW IV Realisasi Capaian': the quarters' targets, then the year's result
    text = ("No Indikator Kinerja Target TW I TW II TW III TW IV Realisasi Capaian\n"
            "1 Persentase tagihan yang dibayar tepat waktu 30% 55% 80% 100% 97% 97%\n")
    (row,) = table_records(text, 2022)[0]
    assert row.target is None
    assert (row.realisation.raw, row.achievement.raw) == ("97%", "97%")


def test_a_borderless_target_heading_each_quarter_set_is_no_years_column():
    # 'Target TW I TW II TW III TW IV Realisasi TW I ...': the target word heads the quarters' targets
    text = ("No Indikator Kinerja Target TW I TW II TW III TW IV Realisasi TW I TW II TW III TW IV\n"
            "1 Persentase surat keluar yang diarsipkan 25% 50% 70% 90% 20% 45% 72% 91%\n")
    measures, _ = table_records(text, 2022)
    assert [m for m in measures if m.target is not None and m.target.raw == "25%"] == []


def test_quarter_columns_written_q1_to_q4_under_a_group_word_give_the_years_value_from_y():
    # 'Target' over '... Q1 Q2 Smt 1 Q3 s.d.Q3 Q4 Y': Y is the year's target; read alone, neither line is a header
    text = ("Target\n"
            "Sasaran Strategis Indikator Kinerja Utama Q1 Q2 Smt 1 Q3 s.d.Q3 Q4 Y\n"
            "1a-N Persentase arsip surat yang dipindai 20% 40% 40% 60% 60% 80% 95%\n"
            "1b-N Jumlah pegawai yang mengikuti pelatihan 2 4 4 6 6 8 10\n")
    measures, _ = table_records(text, 2023)
    assert [m.target.raw for m in measures] == ["95%", "10"]
    assert [m.indicator_raw for m in measures][1].endswith("Jumlah pegawai yang mengikuti pelatihan")
    # 'Target Realisasi' over one run each; with no Y printed, Q4 is the year's
    text = ("Target Realisasi\n"
            "No Indikator Kinerja Q1 Q2 s.d. Q3 Q4 Q1 Q2 s.d. Q3 Q4\n"
            "1 Persentase arsip surat yang dipindai 20% 40% 60% 90% 25% 45% 62% 92%\n")
    (row,) = table_records(text, 2023)[0]
    assert (row.target.raw, row.realisation.raw) == ("90%", "92%")


def test_two_word_macro_indicators_of_a_regions_iku_keep_their_row():
    # a Bappeda's or a Pemda's IKU names macro results in two words: 'Angka Kemiskinan', 'Pertumbuhan Ekonomi'
    text = ("| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Angka Kemiskinan | 9,1% | 8,8% | 103,3% |\n"
            "| 2 | Pertumbuhan Ekonomi | 5,2% | 5,4% | 103,85% |\n"
            "| 3 | Laju Inflasi | 3,5% | 3,1% | 111,43% |\n"
            "| 4 | Kecamatan Sukamaju | 3 | 3 | 100% |\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.realisation.value) for m in measures] == [
        ("Angka Kemiskinan", 8.8), ("Pertumbuhan Ekonomi", 5.4), ("Laju Inflasi", 3.1)]


def test_a_scanned_output_style_row_takes_its_wrapped_name_before_the_next_result_row():
    """Scanned Sasaran | Indikator rows whose indicators are results ('Tersusunnya Rekapitulasi'): a value line
    opening with such a word is the next row, so the lines above it are the row above's wrapped name, and a row
    named by two words so far is not dropped as a fragment."""
    text = "\n".join([
        "No  Sasaran Strategis  Indikator Kinerja  Target",
        "2. | Terselenggaranya Tata Kelola Terlaksananya Pelayanan 1 Layanan",
        "Kearsipan yang Tertib | Kearsipan Kantor Sekretariat ;",
        "Terpadu | Kabupaten Contoh ;",
        "|Tersusunnya Rekapitulasi 2 Laporan",
        "Penerimaan Negara Bukan Pajak",
        "Tahunan (PNBP)",
        "Tersusunnya Laporan Barang Persediaan 1 Laporan"])
    measures, _ = records(text)
    assert [(m.source.line, m.target.raw) for m in measures] == [(2, "1 Layanan"), (5, "2 Laporan"), (8, "1 Laporan")]
    assert measures[0].indicator_raw.startswith("Terlaksananya Pelayanan Kearsipan")
    assert measures[1].indicator_raw == "Tersusunnya Rekapitulasi Penerimaan Negara Bukan Pajak Tahunan (PNBP)"


def test_a_scanned_sasaran_wrap_run_into_a_result_indicator_is_cut_at_the_result():
    """'Pelayanan serta Pengawasan Internal Tersedianya Sistem 1 Aplikasi': the sasaran cell's later words ran into
    the indicator on the value line; under a Sasaran | Indikator header the name opens at the '-nya' result. A name
    opening on a measure word keeps its own '-nya' word ('Persentase Terpenuhinya ...')."""
    text = "\n".join([
        "No  Sasaran Strategis  Indikator Kinerja  Target",
        "1. Meningkatnya Kualitas Persentase Terpenuhinya Sarana Kerja 95%",
        "2. Terwujudnya Tata Kelola Tersusunnya Peta Proses Bisnis 1 Dokumen",
        "Pelayanan serta Pengawasan Internal Tersedianya Sistem Informasi 1 Aplikasi"])
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase Terpenuhinya Sarana Kerja", "Tersusunnya Peta Proses Bisnis", "Tersedianya Sistem Informasi"]


def test_a_scanned_row_under_a_sasaran_wrap_and_a_bordered_result_cell_keeps_its_lines_in_order():
    """'Pengawasan Internal | Tersusunnya Rekapitulasi dan | 1 Dokumen' opens the next row in its indicator's cell
    (the sasaran's wrap before the border): the lines above it are the row above's, read in their own order
    though its lower-case 'dan' joined it first."""
    text = "\n".join([
        "No  Sasaran Strategis  Indikator Kinerja  Target",
        "3. | Tersedianya Dukungan | Terlaksananya Pembinaan | 2 Laporan",
        "Teknis Kearsipan, Pegawai Kantor Sekretariat",
        "Pengadaan Barang dan Jasa",
        "dan",
        "Pengawasan Internal | Tersusunnya Rekapitulasi dan | 1 Dokumen",
        "Kepegawaian yang | Penilaian Prestasi Kerja"])
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(text.split("\n"), start=1)]
    (table,) = find_tables(views)
    assert [[v.line.number for v in row.views] for row in table.rows] == [[2, 3, 4, 5], [6, 7]]
    measures, _ = records(text)
    assert [(m.source.line, m.target.raw) for m in measures] == [(2, "2 Laporan"), (6, "1 Dokumen")]
    assert measures[0].indicator_raw.startswith("Terlaksananya Pembinaan Pegawai Kantor Sekretariat")
    assert measures[1].indicator_raw == "Tersusunnya Rekapitulasi dan Penilaian Prestasi Kerja"


def test_a_stray_border_on_a_wrapped_line_does_not_make_the_rows_name_a_cell():
    """A scanned value line read without its borders ('1.  Terwujudnya ... Tersusunnya Daftar 2 Dokumen') has no
    cells: a '|' kept on a line under it ('| dan') splits that line alone, and its piece is not the row's name."""
    text = "\n".join([
        "No | Sasaran Strategis | Indikator Kinerja | Target",
        "1.  Terwujudnya Pengelolaan Arsip Tersusunnya Daftar 2 Dokumen",
        "Dinamis, Inventaris Arsip Aktif",
        "Kantor Sekretariat",
        '| dan "',
        "Terwujudnya Layanan Hukum | Terlaksananya Penyuluhan Hukum | 4 Kegiatan"])
    measures, _ = records(text)
    assert [(m.source.line, m.target.raw) for m in measures] == [(2, "2 Dokumen"), (6, "4 Kegiatan")]
    assert measures[0].indicator_raw.startswith("Tersusunnya Daftar Dinamis, Inventaris Arsip Aktif Kantor Sekretariat")


def test_a_scanned_sasaran_cell_run_into_a_lettered_indicator_keeps_the_row():
    """'2 Meningkatnya kualitas layanan a. persentase satker ... | 90%': the row number without its dot, the sasaran
    and the lettered indicator's first line in one cell; the indicator opens at its measure word after the letter,
    and its wrapped lines (split otherwise) carry it on."""
    text = "\n".join([
        "No | Sasaran Strategis | Indikator Kinerja | Target",
        "2 Meningkatnya kualitas layanan a. persentase satker Sekretariat | 90% '",
        "hukum yang profesional | yang menindaklanjuti",
        "|rekomendasi hasil pemeriksaan",
        "tepat waktu",
        "b. jumlah dokumen | 12 Dokumen",
        "produk hukum yang disusun"])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("persentase satker Sekretariat yang menindaklanjuti rekomendasi hasil pemeriksaan tepat waktu", "90%"),
        ("jumlah dokumen produk hukum yang disusun", "12 Dokumen")]


def test_a_scanned_agreements_last_row_does_not_run_on_into_its_budget_list():
    """Under an agreement's last indicator the scan runs on into its budget list: '076.01.CQ ...' and the lines
    after it (a '|' kept on them too, 'Rp.' on one) are not that row's name, and the row is kept."""
    text = "\n".join([
        "No. | Sasaran Kegiatan | Indikator Kinerja | Target",
        "6. | Terwujudnya Tertib Arsip | Persentase Arsip Tertata | 95%",
        "7.  Terwujudnya Pelayanan  Persentase Keluhan yang Ditangani  90%",
        "Publik",
        "",
        "076.01.WA Dukungan Manajemen '",
        "' dan Pelaksanaan Tugas",
        "|Teknis Lainnya \"",
        "Kegiatan Layanan Umum Rp. Rp. | /"])
    measures, _ = records(text)
    assert [(m.source.line, m.indicator_raw, m.target.raw) for m in measures] == [
        (2, "Persentase Arsip Tertata", "95%"), (3, "Persentase Keluhan yang Ditangani Publik", "90%")]


def test_a_numbered_line_opening_a_sasaran_does_not_carry_on_the_row_above():
    """'_ 8.  Terlaksananya Rapat Koordinasi ...' with a value the reader cannot take ('2 Rapat dan 1 Notulen'): a
    row's number then a sasaran's opening starts the next row, none of the row above's wrapped name."""
    text = "\n".join([
        "No. | Sasaran Kegiatan | Indikator Kinerja | Target",
        "7. | Tersedianya Data | Persentase Data Arsip | 100%",
        "kearsipan Kantor | yang Terdigitalisasi",
        "_ 8.  Terlaksananya Rapat Jumlah Rapat Koordinasi dan 2 Rapat dan 1 Notulen",
        "Koordinasi Wilayah dan Notulen Rapat",
        "9.  Terlaksananya Pembinaan | Persentase Pegawai Terbina | 100%"])
    measures, _ = records(text)
    assert [(m.source.line, m.indicator_raw) for m in measures][0] == (2, "Persentase Data Arsip yang Terdigitalisasi")


def test_a_header_lines_roles_kept_for_the_next_look_are_not_changed_by_a_caller():
    """`line_roles` works a text's roles out once; a caller that extends its list does not change the next answer."""
    from extract.headers import line_roles
    read = ["label", "label", "target", "realisation", "achievement"]  # 'Indikator', 'Kinerja', then the values
    roles, known, total = line_roles("Indikator Kinerja | Target | Realisasi | Capaian")
    assert roles == read and known == total == 5
    roles.append("allocation")  # (as `heads_budget_block` builds its own list from the cells' roles)
    assert line_roles("Indikator Kinerja | Target | Realisasi | Capaian")[0] == read


def test_only_a_line_of_words_alone_is_passed_over_by_the_value_reader():
    """`usable_values` skips a line without tokens; a line whose number stands inside its text, whose cell is a
    code, or whose value is a grade or a result in words is still read."""
    from extract.tables import without_tokens
    assert without_tokens(analyse_line(Line(7, 1, "dan aduan yang ditanggapi tepat waktu")))
    for text in ("75% Jumlah aduan yang ditanggapi", "4417 Pengelolaan Arsip Daerah", "Opini BPK WTP",
                 "Belum dilaksanakan", "| 4417.001 | Layanan Umum |"):
        assert not without_tokens(analyse_line(Line(7, 1, text))), text


def test_an_output_code_under_its_programs_letters_alone_is_the_output_code():
    # SAKTI prints an output as 'WA.4256.EBA.962' (program WA): the kegiatan, KRO and RO are the code
    assert find_code("WA.4256.EBA.962 Layanan Umum") == ("4256.EBA.962", "Layanan Umum")
    assert find_code("CQ.4257.QDB") == ("4257.QDB", "")
    assert find_code("ABC.4256.EBA") == (None, "ABC.4256.EBA")  # three letters: no program's
    _, budgets = records("| Kode | Uraian | Pagu | Realisasi | % |\n"
                         "| WA.5120.EBA.994 | Layanan Perkantoran | 2.000.000.000 | 1.950.000.000 | 97,50 |\n"
                         "| WA.5120.EBB.951 | Layanan Sarana Internal | 400.000.000 | 380.000.000 | 95,00 |\n")
    assert [(b.code, b.name) for b in budgets] == [("5120.EBA.994", "Layanan Perkantoran"),
                                                   ("5120.EBB.951", "Layanan Sarana Internal")]


@pytest.mark.parametrize("layout", ["wrap_below", "wrap_on_value_line", "inside_name", "sasaran_beside", "flattened"])
def test_a_duration_stated_as_a_product_is_the_names_own(layout: str):
    # '1 x 24 jam' / '2x24 Jam' in a name: the number after the 'x' is no target, and a wrapped line opening
    # with the product goes on the name above (its '1' is no row number).
    rows = {
        "wrap_below": ["No  Indikator Kinerja  Target  Realisasi",
                       "1  Persentase aduan listrik yang dipulihkan dalam  95%  97%",
                       "   1 x 24 jam",
                       "2  Persentase surat yang diarsipkan  70%  75%"],
        "wrap_on_value_line": ["No  Indikator Kinerja  Target  Realisasi",
                               "1  Persentase aduan listrik yang dipulihkan dalam",
                               "2x24 Jam  95%  97%",
                               "2  Persentase surat yang diarsipkan  70%  75%"],
        "inside_name": ["No  Indikator Kinerja  Target  Realisasi",
                        "1  Persentase aduan listrik yang dipulihkan 1 x 24 jam  95%  97%",
                        "2  Persentase surat yang diarsipkan  70%  75%"],
        "sasaran_beside": ["No  Sasaran  Indikator Kinerja  Target  Realisasi",
                           "1  Meningkatnya layanan energi  Persentase aduan listrik yang  95%  97%",
                           "   energi  dipulihkan dalam waktu 1 x 24 jam",
                           "2  Terwujudnya tertib surat  Persentase surat yang diarsipkan  70%  75%"],
        "flattened": ["No", "Indikator Kinerja", "Target", "Realisasi",
                      "1", "Persentase aduan listrik yang", "dipulihkan dalam 1 x 24 jam", "95%", "97%",
                      "2", "Persentase surat yang diarsipkan", "70%", "75%"],
    }[layout]
    measures, _ = records("\n".join(rows))
    assert [(m.target.value, m.realisation.value) for m in measures] == [(95.0, 97.0), (70.0, 75.0)]
    assert re.search(r"dipulihkan (dalam (waktu )?)?[12] ?x ?24 [Jj]am$", measures[0].indicator_raw)
    assert measures[1].indicator_raw == "Persentase surat yang diarsipkan"


def test_a_lone_product_of_hours_is_no_value_nor_row_number():
    assert strip_row_number("1 x 24 jam") == "1 x 24 jam"
    cell = analyse_line(Line(number=1, page=1, text="ditangani 1x24 jam")).cells[0]
    assert cell.values == () and cell.text == "ditangani 1x24 jam"


@pytest.mark.parametrize("layout", ["border_lost_two_spaces", "border_lost_one_space", "stray_mark_after_cell"])
def test_a_compound_target_whose_border_a_scan_lost_is_still_the_rows_target(layout: str):
    # A scanned Sasaran | Indikator row whose compound target ('2 Renstra dan 3 Renja') ran into the name's cell,
    # or whose cell ends in a stray mark: the counts are the row's target, not words of its name.
    value_line = {
        "border_lost_two_spaces": "|2. Tersusunnya Dokumen  Jumlah Rencana Strategis dan  2 Renstra dan 3 Renja  100%",
        "border_lost_one_space": "2. Tersusunnya Dokumen  Jumlah Rencana Strategis dan 2 Renstra dan 3 Renja  100%",
        "stray_mark_after_cell": "2. | Tersusunnya Dokumen | Jumlah Rencana Strategis dan | 2 Renstra dan 3 Renja ; | 100%",
    }[layout]
    rows = ["No  Sasaran  Indikator Kinerja  Target  Realisasi",
            "1. | Tersusunnya Rencana Kerja | Persentase rencana kerja yang disahkan | 100% | 90%",
            value_line,
            "Perencanaan 2025 | Penyusunan Rencana Kerja",
            "3. | Terkelolanya Arsip | Persentase arsip tertata | 80% | 85%"]
    measures, _ = records("\n".join(rows))
    assert [m.target.raw for m in measures] == ["100%", "2 Renstra dan 3 Renja", "80%"]
    assert measures[1].target.value is None and measures[1].realisation.raw == "100%"
    assert measures[1].indicator_raw.startswith("Jumlah Rencana Strategis dan")
    assert "Renja" not in measures[1].indicator_raw


@pytest.mark.parametrize("text", ["Persentase 2 desa dan 3 kelurahan terlayani  90%  95%",
                                  "2. Jumlah 2 desa dan 3 kelurahan terlayani 90% 95%"])
def test_counts_in_lower_case_inside_a_name_stay_the_names(text: str):
    cell = analyse_line(Line(number=1, page=1, text=text)).cells
    assert [t.raw for c in cell for t in c.values] == ["90%", "95%"]


@pytest.mark.parametrize(("heading", "value_line"), [
    (["2. M | l Ienyelenggarakan Layanan Arsi | p Yang Terbuka, Cepat Murah dan Ramah", "Tepat,"],  # verb broken
     "Terwujudnya koordinasi | Persentase Arsip Vital | 2,8%"),
    (["3, Mewujudkan Layanan Arsip", "|yang Terbuka, Cepat,", "Murah dan Ramah"],  # wrapped, its number's comma
     "Terwujudnya koordinasi | Persentase Arsip Vital | 2,8%"),
    (["2. M | l Ienyelenggarakan Layanan Arsi | p Yang Terbuka, Cepat Murah dan Ramah ;", "Tepat,"],
     "Terwujudnya koordinasi Persentase Arsip Vital 2,8%"),  # the next row's sasaran and name joined by one space
])
def test_a_numbered_mission_heading_in_a_scan_is_no_piece_of_the_row_above(heading: list[str], value_line: str):
    # A scanned Sasaran | Indikator table heads each group with its numbered mission: OCR broke its verb or
    # read its number's dot as a comma, and its wrapped pieces go on in lower case; none of it names the row above.
    rows = ["No  Sasaran Strategis | Indikator kinerja | Target",
            "(1) | (2) | (3) | (4)",
            "2. | Terwujudnya Sistem Informasi | Persentase informasi mengenai | 25%",
            "mengenai Arsip Daerah yang | arsip daerah yang mutakhir",
            "andal dan berkualitas | dan dipublikasikan pada publik ;",
            "Terwujudnya Sumber Daya  Nilai Akuntabilitas Kinerja  B",
            "yang berkualitas  Nilai Keterbukaan Informasi 100%",
            "Publik",
            *heading,
            value_line,
            "; layanan kearsipan  yang Terdaftar Tetapi",
            "yang sesuai dengan Standar Belum Masuk dalam Daftar",
            "Arsip Tetap"]
    measures, _ = records("\n".join(rows))
    names = {m.target.raw: m.indicator_raw for m in measures}
    assert names["100%"] == "Nilai Keterbukaan Informasi Publik"
    assert names["2,8%"].startswith("Persentase Arsip Vital") and "Terbuka" not in names["2,8%"] \
        and "Tepat" not in names["2,8%"]


def test_result_names_in_a_scan_are_read_beside_their_sasarans_pieces():
    # Result-style indicators ('Tersusunnya Katalog dan ...') open with a sasaran's word: on the value line they stand
    # after the sasaran's piece (two spaces apart, or joined by one space to its opening), and on the lines below,
    # those holding two pieces give the name its next piece; lone pieces there are the sasaran's longer wrap.
    text = "\n".join([
        "No | Sasaran Strategis | Indikator Kinerja  Target",
        "(1) | (2) | (3) | (4)",
        "1. Terlaksananya kegiatan Tersusunnya Pedoman dan  1 Dokumen",
        "; pengelolaan arsip | Standar Penyimpanan Arsip",
        "daerah, penataan, Daerah",
        "2.  Tersusunnya Rancangan Terlaksananya Layanan  1 Laporan",
        "Peraturan Bupati, | Konsultasi Kearsipan",
        "Pembinaan,Pengawasan Arsip",
        "dan",
        "Penyuluhan Regulasi  Tersusunnya Katalog dan | 1 Layanan",
        "Tata Naskah Dinas yang | Daftar Arsip Statis",
        "Berkaitan dengan",
        "_ Penyelenggaraan Kearsipan",
        "3. Terfasilitasinya Pelaksanaan Terwujudnya Sistem Digital  1 Layanan",
        "Layanan Arsip Daerah, | Arsip Daerah dan Pusat"])
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Tersusunnya Pedoman dan Standar Penyimpanan Arsip", "1 Dokumen"),
        ("Terlaksananya Layanan Konsultasi Kearsipan", "1 Laporan"),
        ("Tersusunnya Katalog dan Daftar Arsip Statis", "1 Layanan"),
        ("Terwujudnya Sistem Digital Arsip Daerah dan Pusat", "1 Layanan")]


@pytest.mark.parametrize("text", [
    # one line per header line, the first row's number and name run onto the last ('Capaian (%) 1. ...')
    "No Indikator Kinerja Target Realisasi\n"
    "Capaian (%) 1. Persentase rekomendasi audit\n"
    "yang ditindaklanjuti 85% 88% 103,53%\n"
    "2. Indeks kepuasan peserta pelatihan 78 80,6 103,33\n",
    # flattened one cell per line: the last cell runs on into the first row's number and name
    "Tabel 3.2 Capaian Kinerja\nNo\nIndikator Kinerja\nTarget\nRealisasi\nCapaian (%) 1 Persentase rekomendasi audit\n"
    "yang ditindaklanjuti\n85%\n88%\n103,53%\n2\nIndeks kepuasan peserta pelatihan\n78\n80,6\n103,33\n",
])
def test_a_first_row_run_onto_the_headers_last_line_keeps_its_name(text: str):
    # read as it stood, the header took 'Persentase rekomendasi audit' for its own words and the row lost them
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
        ("Persentase rekomendasi audit yang ditindaklanjuti", 85.0, 88.0, 103.53),
        ("Indeks kepuasan peserta pelatihan", 78.0, 80.6, 103.33)]
    # the opening keeps the number of the header line it stood on (traceable to the raw text)
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(text.split("\n"), start=1)]
    header_last = find_tables(views)[0].header.last_line
    first = find_tables(views)[0].rows[0].views[0]
    assert first.line.number == header_last and first.line.text.startswith("1")


def test_a_header_line_running_on_into_a_row_is_split_only_before_a_numbered_name():
    from extract.headers import header_row_split
    text = "Capaian 2021(%) 03.01 Indeks Kualitas Layanan"
    assert text[header_row_split(text):] == "03.01 Indeks Kualitas Layanan"
    for kept in ("Capaian 2021 Indeks Kualitas",  # no row number: a header cell's words
                 "2021 1 Persentase kegiatan",  # no column word before the number
                 "Indikator 1 Persentase kegiatan",  # a label, not a value column's words
                 "Capaian 1 Persentase kegiatan 90% 92%"):  # values after it: a row of its own
        assert header_row_split(kept) is None


TALK_AFTER_TABLE = ("Apabila dilihat dari realisasi tahun 2024, maka capaian tersebut\n"
                    "relatif tetap bila dibandingkan dengan tahun 2023.\n")


@pytest.mark.parametrize("table", [
    # a comparison table whose narrow Indikator column wraps the name over five lines above a bare value line
    ("Indikator\n"
     "Realisasi % Capaian (%)\n"
     "2021 2022 2023 2024 2021 2022 2023 2024\n"
     "Persentase Perkara\n"
     "Gugatan Sederhana yang\n"
     "diselesaikan tepat\n"
     "waktu sesuai ketentuan\n"
     "(e-Court)\n"
     "98 99,50 100 100 98 99,50 100 100\n"),
    # bordered, the name's rest in its cell under the value line
    ("| Indikator Kinerja | Target | Realisasi | Capaian |\n"
     "| Persentase Perkara Gugatan Sederhana | 100% | 98% | 98% |\n"
     "| yang diselesaikan tepat waktu sesuai ketentuan (e-Court) | | | |\n"),
    # space-aligned, the name's rest under its column
    ("No   Indikator Kinerja                      Target     Realisasi   Capaian\n"
     "1    Persentase Perkara Gugatan Sederhana   100%       98%         98%\n"
     "     yang diselesaikan tepat waktu\n"
     "     sesuai ketentuan (e-Court)\n"),
    # flattened one cell per line
    ("No\nIndikator Kinerja\nTarget\nRealisasi\nCapaian\n1\nPersentase Perkara Gugatan Sederhana\n"
     "yang diselesaikan tepat waktu sesuai\nketentuan (e-Court)\n100%\n98%\n98%\n"),
], ids=["above-bare-values", "bordered", "space-aligned", "flattened"])
def test_the_last_rows_name_keeps_its_first_line_and_leaves_the_paragraph_below(table: str):
    # A paragraph discussing the table ('Apabila ..., maka ...' / '... tahun 2023.') follows its last row; neither
    # line alone is long enough to read as prose, but together they are a sentence, not the rest of the name.
    (row,) = table_records(table + TALK_AFTER_TABLE, 2024)[0]  # the report year picks the comparison's columns
    assert row.indicator_raw == "Persentase Perkara Gugatan Sederhana yang diselesaikan tepat waktu sesuai " \
                                "ketentuan (e-Court)"
    assert row.realisation.value in (98.0, 100.0)



# A table read without its layout: each row's dotted code and name stand on one line (the name may wrap), its satuan
# and values on the line below. The code counts the rows; it is no value.
CODED_ROWS_ABOVE_VALUES = (
    "No. Indikator Kinerja Satuan Target 2022 Target 2023 Realisasi 2022 Realisasi 2023\n"
    "Capaian 2022(%) Capaian 2023(%)\n"
    "03.01 Nilai Survei Kepuasan\n"
    "Pelayanan Publik Indeks 80,5 82,10 81,2 83,40 100,87 101,58\n"
    "03.02 Persentase kelurahan dengan status Mandiri\n"
    "Persen 60 62 58,3 64,5 97,17 104,03\n"
    "03.03 Persentase kelurahan dengan laporan\n"
    "keuangan tepat waktu\n"
    "Persen 40,25 45,50 41,00 47,25 101,86 103,85\n"
    "Rata-Rata Capaian 100,00 103,15\n")


def test_a_dotted_row_code_above_its_values_is_no_value_and_its_name_is_the_rows():
    rows = [r for r in table_records(CODED_ROWS_ABOVE_VALUES, 2023)[0] if r.indicator_raw.startswith(("Nilai", "Pers"))]
    assert [(r.target.value, r.realisation.value) for r in rows] == [(82.10, 83.40), (62, 64.5), (45.50, 47.25)]
    assert rows[1].indicator_raw.startswith("Persentase kelurahan dengan status Mandiri")
    assert rows[2].indicator_raw.startswith("Persentase kelurahan dengan laporan keuangan tepat waktu")
    assert rows[0].indicator_raw.startswith("Nilai Survei Kepuasan Pelayanan Publik")
    assert not any(r.target.value in (3.02, 3.03) or r.target.raw.startswith("03.") for r in
                   table_records(CODED_ROWS_ABOVE_VALUES, 2023)[0] if r.target is not None)



def test_a_paragraph_under_a_budget_table_that_holds_an_amount_mid_sentence_is_no_row():
    # the sentence opens on the realisasi ('Rp X dari pagu ...') and ends on another amount a line below: the table
    # ended at the sentence, whose words and amounts are no row's
    text = ("| No | Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |\n"
            "| 1 | Layanan Kearsipan Daerah | 1.600.000.000 | 1.520.000.000 | 95,00 |\n"
            "| 2 | Pembinaan Perpustakaan Desa | 400.000.000 | 380.000.000 | 95,00 |\n"
            "| | Jumlah | 2.000.000.000 | 1.900.000.000 | 95,00 |\n"
            "\n"
            "Rp 1.900.000.000 dari anggaran yang dialokasikan telah dibelanjakan guna menunjang\n"
            "capaian kinerja, dengan sisa anggaran sebesar Rp 100.000.000.\n")
    _, budgets = table_records(text, year=2023)
    assert [(b.name, b.allocation.value) for b in budgets] == [
        ("Layanan Kearsipan Daerah", 1_600_000_000), ("Pembinaan Perpustakaan Desa", 400_000_000),
        ("Jumlah", 2_000_000_000)]


def test_a_budget_tables_lone_total_label_is_no_part_of_the_row_above_and_takes_no_values_from_the_prose_below():
    # 'JUMLAH' alone on its line: over its values it is the total row's name; over a sentence stating the amounts
    # ('Pagu Rp X terserap sebesar Rp Y atau 95%'), its values were not printed, and the sentence is no row
    rows = ("No  Kegiatan                        Anggaran (Rp)     Realisasi (Rp)      %\n"
            "1   Layanan Kearsipan Daerah        1.600.000.000     1.520.000.000   95,00\n"
            "2   Pembinaan Perpustakaan Desa       400.000.000       380.000.000   95,00\n"
            "    JUMLAH\n")
    below = "                                    2.000.000.000     1.900.000.000   95,00\n"
    prose = ("Pagu Rp 2.000.000.000 terserap sebesar Rp 1.900.000.000 atau 95,00%\n"
             "untuk membiayai kegiatan pendukung sasaran.\n")
    _, budgets = table_records(rows + below, year=2023)
    assert [(b.name, b.allocation.value, b.realisation.value) for b in budgets] == [
        ("Layanan Kearsipan Daerah", 1_600_000_000, 1_520_000_000),
        ("Pembinaan Perpustakaan Desa", 400_000_000, 380_000_000), ("JUMLAH", 2_000_000_000, 1_900_000_000)]
    _, budgets = table_records(rows + prose, year=2023)
    assert [(b.name, b.allocation.value) for b in budgets] == [
        ("Layanan Kearsipan Daerah", 1_600_000_000), ("Pembinaan Perpustakaan Desa", 400_000_000)]


def test_a_budget_first_row_read_with_single_spaces_gives_its_budget_and_its_indicator():
    # 'Sasaran | Pagu | Realisasi | % | Indikator | Target | Realisasi | Capaian' read by OCR without cells: the
    # pagu, realisasi and % stand mid-line between the sasaran (the budget row's name) and the indicator
    text = ("No Sasaran Anggaran Realisasi % Indikator Kinerja Target Realisasi Capaian\n"
            "1 Terkelolanya arsip daerah 3.100.000.000 2.945.000.000 95,00 Persentase arsip terdigitalisasi 80% 84% 105%\n"
            "2 Meningkatnya minat baca Rp 600.000.000 Rp 540.000.000 90% Indeks minat baca 55 57 103,64%\n")
    measures, budgets = table_records(text, year=2023)
    assert [(b.name, b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        ("Terkelolanya arsip daerah", 3_100_000_000, 2_945_000_000, 95.0),
        ("Meningkatnya minat baca", 600_000_000, 540_000_000, 90.0)]
    assert [(m.indicator_raw, m.sasaran, m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
        ("Persentase arsip terdigitalisasi", "Terkelolanya arsip daerah", 80.0, 84.0, 105.0),
        ("Indeks minat baca", "Meningkatnya minat baca", 55.0, 57.0, 103.64)]


def test_a_borderless_budget_tables_first_row_whose_remark_holds_a_column_word_is_no_header_line():
    # the first row opens on 'Program' and its Keterangan after the values ('Sisa efisiensi', 'Efisiensi anggaran')
    # holds words a header uses ('Sisa', 'Anggaran'), but the line holds amounts: it is the first row, not the
    # header's second line
    for remark in ("Sisa efisiensi", "Efisiensi anggaran"):
        text = ("No Program Pagu Realisasi % Keterangan\n"
                f"1 Program Layanan Kearsipan 1.600.000.000 1.520.000.000 95,00 {remark}\n"
                "2 Program Pembinaan Perpustakaan 400.000.000 380.000.000 95,00 Sesuai\n")
        _, budgets = table_records(text, year=2023)
        assert [(b.name, b.allocation.value, b.realisation.value) for b in budgets] == [
            ("Program Layanan Kearsipan", 1_600_000_000, 1_520_000_000),
            ("Program Pembinaan Perpustakaan", 400_000_000, 380_000_000)]


def test_a_borderless_budget_row_before_a_remark_of_several_words_keeps_its_values_when_its_rate_proves_them():
    # 'Sisa hasil efisiensi lelang' after the values: longer than a one-word Ket, but 1.520.000.000 of 1.600.000.000
    # is the 95,00 printed beside them, so they are the row's pagu, realisasi and %
    text = ("No Program Pagu Realisasi % Keterangan\n"
            "1 Program Layanan Kearsipan 1.600.000.000 1.520.000.000 95,00 Sisa hasil efisiensi lelang\n"
            "2 Program Pembinaan Perpustakaan 400.000.000 380.000.000 95,00 Terserap sesuai rencana\n")
    _, budgets = table_records(text, year=2023)
    assert [(b.name, b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        ("Program Layanan Kearsipan", 1_600_000_000, 1_520_000_000, 95.0),
        ("Program Pembinaan Perpustakaan", 400_000_000, 380_000_000, 95.0)]
    # a rate the amounts do not give leaves the line to the text, as before
    _, budgets = table_records(text.replace("380.000.000 95,00", "380.000.000 75,00"), year=2023)
    assert [b.name for b in budgets] == ["Program Layanan Kearsipan"]


def test_a_two_word_budget_absorption_indicator_in_a_capaian_table_is_a_measure():
    # 'Penyerapan Anggaran' (or 'Serapan Anggaran') beside its 100% / 96,40% / 96,40% and a Kesimpulan: the
    # realisation of the budget reported as an indicator, two words like 'Nilai SAKIP', no fragment
    text = ("| No | Indikator Kinerja | Target | Realisasi | Capaian | Kesimpulan |\n"
            "| 1 | Persentase arsip vital terlindungi | 90% | 93% | 103,33% | Tercapai |\n"
            "| 2 | {name} | 100% | 96,40% | 96,40% | Tidak Tercapai |\n")
    for name in ("Penyerapan Anggaran", "Serapan Anggaran"):
        measures, budgets = table_records(text.format(name=name), year=2023)
        assert [(m.indicator_raw, m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
            ("Persentase arsip vital terlindungi", 90.0, 93.0, 103.33), (name, 100.0, 96.4, 96.4)]
        assert budgets == []


def test_a_line_with_fewer_values_under_a_budget_tables_filled_total_row_ends_the_table():
    # under 'Jumlah | pagu | realisasi | %', the paragraph ('Dana tersebut ... sejumlah Rp X', 'Pagu belanja Rp X')
    # holds one amount: no row of the table; a group's total ('Jumlah Sasaran 1') ends nothing
    head = ("No  Kegiatan                        Anggaran (Rp)     Realisasi (Rp)      %\n"
            "1   Layanan Kearsipan Daerah        1.600.000.000     1.520.000.000   95,00\n"
            "2   Pembinaan Perpustakaan Desa       400.000.000       380.000.000   95,00\n")
    total = "    Jumlah                          2.000.000.000     1.900.000.000   95,00\n"
    for prose in ("Dana tersebut dipakai membiayai kedua kegiatan di atas sejumlah Rp 2.000.000.000\n"
                  "yang berasal dari APBD.\n",
                  "Pagu belanja Rp 2.000.000.000\nRealisasi belanja Rp 1.900.000.000\n"):
        _, budgets = table_records(head + total + prose, year=2023)
        assert [(b.name, b.allocation.value) for b in budgets] == [
            ("Layanan Kearsipan Daerah", 1_600_000_000), ("Pembinaan Perpustakaan Desa", 400_000_000),
            ("Jumlah", 2_000_000_000)]
    group = ("    Jumlah Sasaran 1                2.000.000.000     1.900.000.000   95,00\n"
             "3   Layanan Arsip Statis              300.000.000\n")
    _, budgets = table_records(head + group, year=2023)
    assert [(b.name, b.allocation.value) for b in budgets][2:] == [
        ("Jumlah Sasaran 1", 2_000_000_000), ("Layanan Arsip Statis", 300_000_000)]


def test_a_budget_row_whose_values_stand_before_its_name_gives_no_row_named_by_its_number():
    # 'No | Pagu | Realisasi | % | Program': the words after the values are the row's name, no remark; the row
    # number alone before them names nothing
    text = ("No Pagu Realisasi % Program\n"
            "1 1.600.000.000 1.520.000.000 95,00 Program Layanan Kearsipan\n"
            "2 400.000.000 380.000.000 95,00 Program Pembinaan Perpustakaan\n")
    _, budgets = table_records(text, year=2023)
    assert [b.name for b in budgets if b.name in ("1", "2")] == []


def test_a_per_year_budget_header_whose_years_stand_in_words_above_or_one_a_column_below_keeps_one_years_group():
    # a scan: 'Tahun 2021 Tahun 2022' over 'Pagu Realisasi % Pagu Realisasi %' (the years read as words), or the
    # years repeated under each column word: the rows are read from one year's group, never the first by default
    rows = ("1 Program Pelayanan Arsip 900.000.000 855.000.000 95,00 1.300.000.000 1.261.000.000 97,00\n"
            "2 Program Statistik Sektoral 300.000.000 270.000.000 90,00 450.000.000 441.000.000 98,00\n")
    above = "No Program Tahun 2021 Tahun 2022\nPagu Realisasi % Pagu Realisasi %\n"
    below = "No Program Pagu Realisasi % Pagu Realisasi %\n2021 2021 2021 2022 2022 2022\n"
    for head in (above, below):
        _, budgets = table_records(head + rows, year=2022)
        assert [(b.allocation.value, b.realisation.value, b.fiscal_year) for b in budgets] == [
            (1_300_000_000, 1_261_000_000, 2022), (450_000_000, 441_000_000, 2022)]
        _, budgets = table_records(head + rows, year=2021)
        assert [b.allocation.value for b in budgets] == [900_000_000, 300_000_000]


def test_a_per_year_budget_header_whose_years_stand_a_blank_line_above_its_column_words_keeps_the_report_years_group():
    # a double-spaced export (every line followed by a blank one): 'No Sumber Dana 2020 2021', blank, then
    # 'Alokasi Realisasi % Alokasi Realisasi %': the years still say which group is the report year's
    head = "No  Sumber Dana  2020  2021\n\nAlokasi (Rp) Realisasi (Rp) % Alokasi (Rp) Realisasi (Rp) %\n\n"
    rows = ("1. Dana Daerah 8.000.000.000 7.600.000.000 95,00 9.500.000.000 9.025.000.000 95,00\n\n"
            "2. Dana Pusat 1.200.000.000 1.080.000.000 90,00 900.000.000 882.000.000 98,00\n\n"
            "Total Belanja 9.200.000.000 8.680.000.000 94,35 10.400.000.000 9.907.000.000 95,26\n")
    _, budgets = table_records(head + rows, year=2021)
    assert [(b.name, b.allocation.value, b.realisation.value, b.fiscal_year) for b in budgets] == [
        ("Dana Daerah", 9_500_000_000, 9_025_000_000, 2021), ("Dana Pusat", 900_000_000, 882_000_000, 2021),
        ("Total Belanja", 10_400_000_000, 9_907_000_000, 2021)]
    _, budgets = table_records(head + rows, year=2020)
    assert [b.allocation.value for b in budgets] == [8_000_000_000, 1_200_000_000, 9_200_000_000]


def test_a_one_line_header_run_on_into_its_first_row_reads_that_row_and_the_rows_below():
    # a website's text export joins the header and the first row, its values too, on one line: the header is
    # the words before the row number, the row keeps that line; the rows below are read as usual
    text = ("Tabel 3.1 Capaian Kinerja\n\n"
            "No Indikator Kinerja Satuan Target Realisasi Capaian 1 Persentase pasar tertib retribusi % 80 86 107,50\n\n"
            "2 Jumlah pedagang yang dibina orang 120 150 125\n")
    rows, _ = table_records(text, 2022)
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw, r.achievement.raw, r.source.line) for r in rows] == [
        ("Persentase pasar tertib retribusi", "80", "86", "107,50", 3),
        ("Jumlah pedagang yang dibina", "120", "150", "125", 5)]
    budget = ("No Program Anggaran (Rp) Realisasi (Rp) % 1. APBD Kota 900.000.000 864.000.000 96,00\n"
              "2. DAK Fisik 300.000.000 297.000.000 99,00\n"
              "Jumlah 1.200.000.000 1.161.000.000 96,75\n")
    _, budgets = table_records(budget, 2022)
    assert [(b.name, b.allocation.value, b.source.line) for b in budgets] == [
        ("APBD Kota", 900_000_000, 1), ("DAK Fisik", 300_000_000, 2), ("Jumlah", 1_200_000_000, 3)]


def test_a_caption_before_header_words_and_a_row_number_is_no_header_run_on_into_its_row():
    # 'Tabel 3.2 ...' on a line as long as a page's: a page printed on one line, read as such (`long_lines`); a
    # shorter one is a caption before its header (see the caption test below); and the words before a
    # roman numeral in capitals ('TRIWULAN I TRIWULAN II') are one header, no row opening
    from extract.headers import header_runs_into_row
    page = "Tabel 3.2 Capaian No Indikator Target Realisasi Capaian 1 Persentase x 80 84 105 " + \
        "2 Persentase pasar yang tertib dan bersih menurut hasil survei lapangan tahunan 70 75 107,14"
    assert len(page) >= 160 and header_runs_into_row(page) is None
    assert header_runs_into_row("INDIKATOR TARGET 2021 REALISASI (%) TRIWULAN I TRIWULAN II") is None
    assert header_runs_into_row("No Indikator Target 2021 Realisasi 2021 Capaian 1 Persentase x 80 84 105") == 48


def test_a_caption_on_the_line_of_a_short_header_is_the_title_and_the_rows_below_are_read():
    # 'Tabel 4.1 <title>' opens the header's line, which runs on into the first Sasaran heading; the rows follow
    # on lines of their own. The caption's number and title words ('Capaian Kinerja') are no header's: the
    # header opens at 'No', the caption is the table's title.
    from extract.headers import caption_end
    head = "Tabel 4.1 Capaian Kinerja Sasaran No Indikator Kinerja Satuan Target Realisasi Capaian"
    assert head[caption_end(head):].startswith("No Indikator")
    assert caption_end("No Indikator Kinerja Target Realisasi Capaian") == 0
    text = ("Tabel 4.1 Capaian Kinerja Sasaran No Indikator Kinerja Satuan Target Realisasi Capaian Sasaran "
            "1. Meningkatnya mutu layanan pasar\n"
            "1 Persentase kios yang tertata % 60 66 110\n"
            "2 Nilai survei kepuasan pedagang Indeks 3,0 3,3 110\n")
    tables = find_tables([analyse_line(Line(k, 1, t)) for k, t in enumerate(text.splitlines(), start=1)])
    assert [t.title for t in tables] == ["Tabel 4.1 Capaian Kinerja Sasaran"]
    rows, _ = table_records(text, 2022)
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw, r.achievement.raw, r.source.line) for r in rows] == [
        ("Persentase kios yang tertata", "60", "66", "110", 2),
        ("Nilai survei kepuasan pedagang", "3,0", "3,3", "110", 3)]


SASARAN_ROWS = ("Meningkatnya ketertiban pasar Jumlah kios yang ditata Kios 40 46 115\n\n"
                "Meningkatnya kualitas pelayanan pasar rakyat\n\n"
                "yang bersih dan sehat\n\n"
                "Persentase pasar dengan sarana sanitasi\n\n"
                "memadai\n\n"
                "% 60 66 110\n")


@pytest.mark.parametrize("head", [
    "Sasaran Strategis Indikator Kinerja Satuan Target 2022 Realisasi 2022 Capaian (%)\n\n",
    # flattened one cell per line under the line of its label columns, a blank line between each
    "Sasaran Strategis Indikator Kinerja Satuan\n\nTarget Tahun 2022\n\nRealisasi Tahun 2022\n\nCapaian (%)\n\n"])
def test_a_sasaran_wrapped_over_two_lines_above_the_next_indicator_is_no_piece_of_the_row_above(head):
    # 'Sasaran | Indikator | Satuan | Target | ...': a sasaran line ('Meningkatnya ...') opens the next row's group,
    # so its lower-case wrap belongs there, not to the name of the row above; a Satuan ends no name
    rows, _ = table_records(head + SASARAN_ROWS, 2022)
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw) for r in rows] == [
        ("Jumlah kios yang ditata", "40", "46"),
        ("Persentase pasar dengan sarana sanitasi memadai", "60", "66")]


def test_a_rate_printed_in_the_satuan_column_is_the_rows_unit_not_a_piece_of_its_name():
    # 'Liter/detik', 'Km/jam' under Satuan on a borderless line: an amount per time is the unit (no percent the
    # table's other rows suggest); a name ending on a pair of nouns ('Kab/Kota') keeps it
    text = ("No Indikator Kinerja Satuan Target Realisasi Capaian\n"
            "1 Persentase sambungan rumah aktif % 75 78 104\n"
            "2 Kapasitas produksi air bersih Liter/detik 250 240 96\n"
            "3 Kecepatan rata-rata angkutan kota Km/jam 30 28 93,33\n"
            "4 Jumlah desa binaan Kab/Kota 12 12 100\n")
    rows, _ = table_records(text, 2022)
    assert [(r.indicator_raw, r.target.value, r.target.unit) for r in rows][1:3] == [
        ("Kapasitas produksi air bersih", 250, "liter/detik"), ("Kecepatan rata-rata angkutan kota", 30, "km/jam")]
    assert rows[3].indicator_raw.endswith("Kab/Kota")


@pytest.mark.parametrize("head", [
    "No Indikator Kinerja Target\n\n(%) Realisasi\n\n(%) Capaian\n\n",
    "No Indikator Kinerja Target\n(%) Realisasi\n(%) Capaian (%)\n"])
def test_a_header_whose_cells_wrap_their_unit_onto_the_next_line_keeps_every_value_column(head):
    # 'Target (%)' wrapped: '(%) Realisasi' then '(%) Capaian', each line led by the unit of the cell above; the
    # Capaian column is the header's too, so the values stay in their columns
    rows = ("1 Persentase lansia terlantar yang terlayani 70 77 110\n\n"
            "2 Persentase rumah tidak layak huni direhabilitasi 40 38 95\n")
    measures, _ = table_records(head + rows, 2022)
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw, r.achievement.raw) for r in measures] == [
        ("Persentase lansia terlantar yang terlayani", "70", "77", "110"),
        ("Persentase rumah tidak layak huni direhabilitasi", "40", "38", "95")]


# The same with codes a decimal could also be ('2.01', '2.1'): the rows counting on in one shape tell the code
# from a value, and the line below holds the row's satuan and values.
DECIMAL_CODED_ROWS = (
    "No. Indikator Kinerja Satuan Target 2024 Realisasi 2024 Capaian (%)\n"
    "{a} Persentase layanan perizinan selesai\n"
    "tepat waktu\n"
    "Persen 88 91,5 103,98\n"
    "{b} Nilai Evaluasi Reformasi Birokrasi\n"
    "Nilai 68,25 70,1 102,71\n"
    "{c} Jumlah inovasi pelayanan yang diterapkan\n"
    "Inovasi 3 4 133,33\n")


@pytest.mark.parametrize("codes", [("2.01", "2.02", "2.03"), ("4.1", "4.2", "4.3")])
def test_a_dotted_row_code_a_decimal_could_be_is_no_value_where_the_rows_count_on(codes):
    text = DECIMAL_CODED_ROWS.format(a=codes[0], b=codes[1], c=codes[2])
    rows = table_records(text, 2024)[0]
    assert [(r.indicator_raw, r.target.value, r.realisation.value) for r in rows] == [
        ("Persentase layanan perizinan selesai tepat waktu", 88.0, 91.5),
        ("Nilai Evaluasi Reformasi Birokrasi", 68.25, 70.1),
        ("Jumlah inovasi pelayanan yang diterapkan", 3.0, 4.0)]



def test_a_decimal_like_row_code_over_a_lone_target_is_the_rows_code():
    # a Perjanjian Kinerja with one Target column: the line below holds the satuan and the target alone
    text = ("No Indikator Kinerja Satuan Target\n"
            "3.1 Persentase desa dengan dokumen perencanaan\n"
            "Persen 75\n"
            "3.2 Indeks Kepuasan Masyarakat\n"
            "Indeks 3,4\n")
    rows = table_records(text, 2024)[0]
    assert [(r.indicator_raw, r.target.value) for r in rows] == [
        ("Persentase desa dengan dokumen perencanaan", 75.0), ("Indeks Kepuasan Masyarakat", 3.4)]


@pytest.mark.parametrize("mark", ["", "; ", '" ', "' "])
def test_a_scanned_rows_name_wrapped_without_borders_under_a_bordered_value_line_is_read_whole(mark: str):
    # a scan keeps the borders of the value line ('2 | Persentase arsip | 85%') and loses them on the
    # name's wrapped lines below, which may open or end with a stray mark: they still carry on the name
    text = ("No | Indikator Kinerja | Target\n"
            "1 | Persentase arsip vital | 85%\n"
            f"{mark}yang tersimpan sesuai\n"
            "standar kearsipan\n"
            "2 | Jumlah laporan keuangan | 4 Laporan\n"
            f"yang disusun tepat waktu {mark.strip()}\n")
    measures, _ = table_records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Persentase arsip vital yang tersimpan sesuai standar kearsipan", 85.0),
        ("Jumlah laporan keuangan yang disusun tepat waktu", 4.0)]


def test_an_unreadable_percent_before_a_rows_values_keeps_its_column_and_is_not_guessed():
    # 'MWo%' is a target a scan read as glyphs: left in the name, the realisasi would pass for the
    # target and the capaian for the realisasi
    text = ("No | Indikator Kinerja | Target | Realisasi | Capaian\n"
            "1 | Persentase arsip vital yang tersimpan MWo% | 82% | 82%\n")
    measures, _ = table_records(text)
    [row] = measures
    assert row.indicator_raw == "Persentase arsip vital yang tersimpan"
    assert (row.target.raw, row.target.value, row.target.trusted) == ("MWo%", None, False)
    assert (row.realisation.value, row.achievement.value) == (82.0, 82.0)


def test_a_percent_read_as_a_four_digit_code_under_a_header_without_borders_is_a_value():
    # the row's borders were read, its header's were not: no cell index names the value columns, yet
    # '8596' (85% with the sign read as '96') has value cells only to its right, so it is the target
    text = ("No  Indikator Kinerja  Target  Realisasi  Capaian\n"
            "1 | Persentase kegiatan sosialisasi | 8596 | 52,8% | 62,12%\n")
    measures, _ = table_records(text)
    [row] = measures
    assert (row.target.raw, row.realisation.value, row.achievement.value) == ("8596", 52.8, 62.12)


def test_a_wrapped_name_line_holding_column_words_in_lower_case_goes_on_with_the_name():
    # 'target kinerjanya tercapai' holds the words of a header ('Target', 'Capaian'), but a header opens
    # with a capital: in lower case under a row it is the row's name going on, not the next table
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 | Persentase satuan kerja yang | 80% 67% 83,75%\n"
            "target kinerjanya tercapai\n"
            "sesuai perjanjian kinerja\n")
    measures, _ = table_records(text)
    assert [(m.indicator_raw, m.target.value, m.achievement.value) for m in measures] == [
        ("Persentase satuan kerja yang target kinerjanya tercapai sesuai perjanjian kinerja", 80.0, 83.75)]


def test_a_name_wrapped_without_borders_under_a_header_whose_words_share_a_value_cell():
    # 'No | Indikator Kinerja  Target': the border between the name's and the target's header cells lost,
    # so no header cell is the name's alone; the wrapped lines still carry the name on
    text = ("No | Indikator Kinerja  Target\n"
            "1 | Persentase informasi dan | 77,5%\n"
            "publikasi yang ditampilkan di\n"
            '" media resmi\n')
    measures, _ = table_records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Persentase informasi dan publikasi yang ditampilkan di media resmi", 77.5)]


def test_a_numbered_row_holding_a_header_word_and_a_code_like_value_does_not_open_a_budget_table():
    # '2 | Persentase penyelesaian | 8596' holds 'Persentase' (a % column's word), and its wrapped
    # 'anggaran' below an allocation's: still the target table's second row, not a new header
    text = ("No Indikator Kinerja  Target\n"
            "1 Persentase kegiatan sosialisasi  90%\n"
            "2 | Persentase penyelesaian | 8596\n"
            "pertanggungjawaban penggunaan\n"
            "; anggaran sesuai ketentuan\n"
            "3 Persentase calon peserta 95%\n")
    measures, budgets = table_records(text)
    assert budgets == []
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase kegiatan sosialisasi", "90%"),
        ("Persentase penyelesaian pertanggungjawaban penggunaan anggaran sesuai ketentuan", "8596"),
        ("Persentase calon peserta", "95%")]


def test_a_stray_mark_before_the_next_rows_number_leaves_the_wrapped_name_to_the_row_above():
    # "' 2  Nilai ..." opens the next row behind a mark a scan read; 'Produk Hukum' between is the
    # row above's wrapped name, not the next row's opening
    text = ("No  Indikator Kinerja | Target\n"
            "1 | Persentase data dan informasi  80%\n"
            "Produk Hukum\n"
            "' 2  Nilai Evaluasi Reformasi Birokrasi BB\n")
    measures, _ = table_records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase data dan informasi Produk Hukum", "80%"),
        ("Nilai Evaluasi Reformasi Birokrasi", "BB")]


def test_a_wrapped_names_count_before_the_days_it_counts_is_no_row():
    # '... dalam waktu 5' over 'hari kerja': the name broke between its count and what it counts
    text = ("No | Indikator Kinerja | Target\n"
            "1 | Persentase proses PAW anggota | 80%\n"
            "' DPRD yang dapat\n"
            "diselesaikan dalam waktu 5\n"
            "hari kerja\n"
            "2 | Persentase keputusan yang | 95%\n"
            "disusun tepat waktu|\n")
    measures, _ = table_records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase proses PAW anggota DPRD yang dapat diselesaikan dalam waktu 5 hari kerja", "80%"),
        ("Persentase keputusan yang disusun tepat waktu", "95%")]


def test_a_row_of_four_digit_cells_under_a_borderless_header_keeps_every_value():
    # two percentages read as four-digit 'codes' ('7096' and '5996', the sign read as '96') side by side,
    # and the row number behind a mark a scan read ('; 1')
    text = ("No  Indikator Kinerja  Target  Realisasi  Capaian\n"
            "; 1 | Persentase sarana yang berfungsi | 7096 | 5996 | 84,29%\n")
    measures, _ = table_records(text)
    [row] = measures
    assert row.indicator_raw == "Persentase sarana yang berfungsi"
    assert (row.target.raw, row.realisation.raw, row.achievement.value) == ("7096", "5996", 84.29)


@pytest.mark.parametrize("number", ["5.", "_ 5."])
def test_a_scanned_names_wrapped_line_with_a_border_mark_at_its_edge_stays_on_the_name(number: str):
    # the wrapped line kept a '|' at its edge ('|Pemutakhiran ...'): a mark a scan read, no border inside
    # it, so the line is the name's rest, not a piece of another column
    text = ("No Sasaran Strategis Indikator Kinerja Target\n"
            "(1)  (2)  (3)  (4)\n"
            "1. Terlaksananya kegiatan  Tersusunnya Sistematika dan 1 NSPK\n"
            "fasilitasi pengelolaan data Standar Pengiriman Logistik\n"
            f"{number} | Terkelolanya arsip dan data  Kepegawaian | Tersusunnya Dokumen | 1 Layanan\n"
            "|Penataan Arsip Pegawai\n"
            "Tersusunnya Laporan  1 Laporan\n"
            "Pelaksanaan Kegiatan\n")
    measures, _ = table_records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures][1:] == [
        ("Tersusunnya Dokumen Penataan Arsip Pegawai", "1 Layanan"),
        ("Tersusunnya Laporan Pelaksanaan Kegiatan", "1 Laporan")]


def test_a_wrapped_line_with_a_border_mark_at_its_end_keeps_the_names_line_order():
    # '|1 Persentase hasil 90% 91% 101,11%' then the name's rest on three lines, the last ending on a
    # '|' a scan read: that line is no cell of its own, so the name's lines keep their order
    text = ("No | Indikator Kinerja | Target | Realisasi | Capaian\n"
            "|1 Persentase hasil 90% 91%  101,11%\n"
            "' notulensi rapat\n"
            "pleno yang diselesaikan\n"
            "paling lambat 2 hari kerja |\n"
            "2 | Jumlah laporan kinerja | 2 Dokumen | 2 Dokumen | 100%\n")
    measures, _ = table_records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase hasil notulensi rapat pleno yang diselesaikan paling lambat 2 hari kerja",
        "Jumlah laporan kinerja"]


def test_a_wrapped_name_line_with_a_budget_word_over_a_numbered_row_opens_no_header():
    # '|Anggaran (LPPA)' (the end of a name) over '3 | Persentase logistik | 8596': the 'Anggaran' and
    # 'Persentase' are a pagu's and a %'s column words, but the second line is a numbered row
    text = ("No Indikator Kinerja Target\n"
            "1 | Tersusunnya Laporan  6 Laporan\n"
            "Pertanggungjawaban Penggunaan\n"
            "|Anggaran (LPPA)\n"
            "2 | Persentase logistik | 8596\n"
            "yang didistribusikan tepat waktu\n"
            "3 | Persentase penyusunan anggaran | 9596\n")
    measures, budgets = table_records(text)
    assert budgets == []
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Tersusunnya Laporan Pertanggungjawaban Penggunaan Anggaran (LPPA)", "6 Laporan"),
        ("Persentase logistik yang didistribusikan tepat waktu", "8596"),
        ("Persentase penyusunan anggaran", "9596")]


def test_a_budget_rows_percent_read_as_a_four_digit_code_in_its_last_cell_is_its_percent():
    # '... 13.258.241.000 12.065.480.627 | 9196': 91% with the sign read as '96' (12.065.480.627 /
    # 13.258.241.000 = 91,00%); a code that does not fit (here '6709') stays no value
    text = ("Kode  Program  Pagu (Rp)  Realisasi (Rp)  %\n"
            "076.01.CQ Penyelenggaraan Pemilu dalam 13.258.241.000 12.065.480.627 | 9196\n"
            "076.01.WA Dukungan Manajemen 8.030.742.000 6.263.828.305 | 6709\n")
    _, budgets = table_records(text)
    assert [(b.allocation.value, b.percent.raw if b.percent else None) for b in budgets] == [
        (13_258_241_000, "9196"), (8_030_742_000, None)]


def test_a_row_number_before_a_name_opening_a_measure_is_no_compound_target():
    # '4 Jumlah Pembayaran Gaji dan 9 Dokumen': the border between the name and its target lost, the
    # row number and the name read like a first count ('4 Jumlah ...') joined to '9 Dokumen'
    text = ("No Indikator Kinerja Target\n"
            "3 Persentase sengketa hukum yang dimenangkan 100%\n"
            "4 Jumlah Pembayaran Gaji dan 9 Dokumen\n"
            "Tunjangan ;\n"
            "5 Jumlah rencana kerja 12 Laporan dan 1 Dokumen\n")
    measures, _ = table_records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase sengketa hukum yang dimenangkan", "100%"),
        ("Jumlah Pembayaran Gaji dan Tunjangan", "9 Dokumen"),
        ("Jumlah rencana kerja", "12 Laporan dan 1 Dokumen")]


def test_a_result_named_rows_capitalised_wrap_goes_to_it_before_the_next_numbered_row():
    # 'Terwujudnya Dokumen Teknis' (a result named as an output, no Sasaran column) wraps on capitalised
    # lines; the next line opening with its number ends them
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase satuan kerja yang tertib 80% 67% 83,75%\n"
            "2 Terwujudnya Dokumen Teknis  6 Layanan  3 Layanan 50%\n"
            "Pemilu Legislatif, Pemilu\n"
            "Presiden dan Wakil Presiden\n"
            "3 Persentase kegiatan 75% 47% 62,67%\n"
            "pengelolaan arsip\n")
    measures, _ = table_records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase satuan kerja yang tertib",
        "Terwujudnya Dokumen Teknis Pemilu Legislatif, Pemilu Presiden dan Wakil Presiden",
        "Persentase kegiatan pengelolaan arsip"]


def test_a_numbered_rows_capitalised_wrap_before_the_next_numbered_row_is_its_names_rest():
    # no Sasaran column: between two numbered rows, capitalised lines (and a lower-case last one) are the
    # upper row's name, in their order
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase arsip yang tertata 80% 80% 100%\n"
            "2 Persentase Pelaksanaan 77,5% 68% 87,74%\n"
            "Pemutakhiran Daftar Pemilih\n"
            "Berkelanjutan secara tepat _\n"
            "waktu\n"
            "3 | Tersusunnya Data Kebutuhan dan 20 Layanan 21 Layanan  105%\n")
    measures, _ = table_records(text)
    assert [m.indicator_raw for m in measures][1] == \
        "Persentase Pelaksanaan Pemutakhiran Daftar Pemilih Berkelanjutan secara tepat waktu"


def test_a_quarterly_rows_dash_cell_whose_border_a_scan_lost_keeps_its_column():
    # 'Target | TW I | TW II | TW III | TW IV | Realisasi | Capaian': the border between TW II's '-' and
    # TW III's '2,1%' lost ('- 2,1%'); the dash is still a cell, or every value slides a column left
    text = ("No | Indikator Kinerja | Target | TW I | TW II | TW III | TW IV | Realisasi | Capaian\n"
            "2 | Persentase pemilih yang tidak terdaftar | 2,8% | - | - 2,1% | 1,9% | 1,9% | 132,14%\n"
            "3 | Persentase pertumbuhan | 5% | -2,07% | 1% | 2% | 3% | 3% | 60%\n")
    measures, _ = table_records(text)
    assert [(m.target.raw, m.realisation.raw, m.achievement.raw) for m in measures] == [
        ("2,8%", "1,9%", "132,14%"), ("5%", "3%", "60%")]


def test_unfilled_quarters_between_two_values_of_a_borderless_row_keep_their_columns():
    # 'Target TW I TW II TW III TW IV Realisasi Capaian' read without borders: '2,8% - - 2,1% ...' leaves
    # TW I and TW II unfilled; the dashes are their cells. One dash between values proves nothing (a range's).
    text = ("No Indikator Kinerja Target TW I TW II TW III TW IV Realisasi Capaian\n"
            "2 Persentase pemilih yang tidak terdaftar 2,8% - - 2,1% 1,9%  1,9% 132,14%\n"
            "7 Indeks Reformasi Birokrasi 77  - - - 78,52 78,52  101,97%\n")
    measures, _ = table_records(text)
    assert [(m.target.raw, m.realisation.raw, m.achievement.raw) for m in measures] == [
        ("2,8%", "1,9%", "132,14%"), ("77", "78,52", "101,97%")]


def test_a_name_wrapped_under_a_roman_numbered_group_row_keeps_its_opening():
    # 'I Penerimaan Asli Daerah ...' heads rows numbered 1., 2., ...; row 2's name wraps and its values stand beside
    # the wrapped word ('Rujukan'): the name opens on the numbered line above, also in a double-spaced export
    text = ("No URAIAN JENIS PENERIMAAN ANGGARAN (Rp) REALISASI (Rp) %\n"
            "I Penerimaan Asli Daerah 2.265.100.000 1.829.700.140 80,78\n"
            "1. Retribusi Pelayanan Pasar 1.850.000.000 1.799.620.140 97,28\n"
            "2. Jasa Layanan Laboratorium Kesehatan Daerah Non\n"
            "Rujukan 415.100.000 30.080.000 7,25\n"
            "3. Sewa Aset Gedung 120.000.000 118.000.000 98,33\n")
    for layout in (text, text.replace("\n", "\n\n")):
        budgets = table_records(layout, 2022)[1]
        assert [(b.name, b.allocation.value) for b in budgets] == [
            ("Penerimaan Asli Daerah", 2_265_100_000), ("Retribusi Pelayanan Pasar", 1_850_000_000),
            ("Jasa Layanan Laboratorium Kesehatan Daerah Non Rujukan", 415_100_000),
            ("Sewa Aset Gedung", 120_000_000)], layout


def test_a_row_whose_values_the_next_groups_label_follows_is_read():
    # 'I Penerimaan <six values> II Belanja': a text export joins a group row and the next group's label (no values
    # of its own); the row's values stand inside the line, and the report year's group is the row's. On a line of
    # its own, or run on from the header's last line ('Pagu (Rp) Realisasi (Rp) % ... % I Penerimaan ...')
    head = ("No Sumber Dana Anggaran dan Realisasi\n"
            "2021 2022\n"
            "Pagu (Rp) Realisasi (Rp) % Pagu (Rp) Realisasi (Rp) %")
    row = "I Penerimaan 2.155.700.100 2.010.300.200 93,25 11.640.500.000 12.004.800.300 103,13 II Belanja"
    rest = ("1. APBD Kabupaten 41.100.200.300 40.200.100.400 97,81 70.500.300.200 66.100.200.300 93,76\n"
            "2. APBN 1.400.100.000 1.400.100.000 100 3.200.500.000 2.900.100.200 90,61\n")
    for text in (f"{head}\n{row}\n{rest}", f"{head} {row}\n{rest}", f"{head} {row}\n{rest}".replace("\n", "\n\n")):
        budgets = table_records(text, 2022)[1]
        assert [(b.name, b.allocation.value, b.realisation.value) for b in budgets] == [
            ("Penerimaan", 11_640_500_000, 12_004_800_300), ("APBD Kabupaten", 70_500_300_200, 66_100_200_300),
            ("APBN", 3_200_500_000, 2_900_100_200)], text



def test_a_short_sentence_after_a_blank_line_is_no_part_of_the_last_rows_name():
    # 'Demikian capaian kinerja tahun 2023.' under the table, a blank line between: the text below it, whatever the
    # layout; the rest of a name after a blank line (no full stop) still ends the name
    rows = [("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"),
            ("1", "Persentase arsip yang tertata", "90%", "92%", "102,22%"),
            ("2", "Jumlah dokumen evaluasi", "4", "4", "100%")]
    spaced = "\n".join("".join(f"{c:<{w}}" for c, w in zip(row, (4, 40, 9, 11, 9))).rstrip() for row in rows)
    piped = "\n".join("| " + " | ".join(row) + " |" for row in rows)
    plain = "\n".join(" ".join(row) for row in rows)
    for text in (spaced, piped, plain):
        for paragraph in ("Demikian capaian kinerja tahun 2023.", "Demikian capaian kinerja\ntahun ini."):
            names = [r.indicator_raw for r in table_records(f"{text}\n\n{paragraph}\n", 2023)[0]]
            assert names == ["Persentase arsip yang tertata", "Jumlah dokumen evaluasi"], (text, paragraph)
    names = [r.indicator_raw for r in table_records(f"{plain}\n\nprogram dan kegiatan daerah\n", 2023)[0]]
    assert names == ["Persentase arsip yang tertata", "Jumlah dokumen evaluasi program dan kegiatan daerah"]


def test_a_formulas_factor_in_words_is_no_value():
    # 'Rumus indikator ... dibagi jumlah ... dikali 100%' under the table: the factor that makes a ratio a percent
    # ('dikali 100%', 'dikalikan dengan 100%'), like 'x 100%', is no target of a row
    for factor in ("dikali 100%", "dikalikan dengan 100%", "Dikali 100"):
        text = ("No Indikator Kinerja Target Realisasi Capaian\n"
                "1 Persentase arsip yang tertata 90% 92% 102,22%\n"
                "2 Jumlah dokumen evaluasi 4 4 100%\n\n"
                "Rumus indikator persentase arsip yang tertata adalah jumlah arsip yang\n"
                f"tertata dibagi jumlah arsip yang diterima {factor}\n")
        measures = table_records(text, 2023)[0]
        assert [r.target.value for r in measures] == [90.0, 4.0], factor


def test_a_formula_note_right_under_the_last_row_is_no_part_of_its_name():
    # 'Rumus ...' / 'Formulasi ...' / 'Keterangan: ...' over '... dibagi jumlah ... x 100%' right under the last
    # row (no blank line): a note on how the indicator is worked out, neither the row's name nor a row of its own
    for opener in ("Rumus indikator persentase dokumen adalah jumlah dokumen yang",
                   "Formulasi perhitungan indikator adalah : jumlah dokumen yang",
                   "Keterangan: indikator dihitung dari jumlah dokumen yang"):
        for factor in ("x 100%", "dikali 100%"):
            text = ("No Indikator Kinerja Target Realisasi Capaian\n"
                    "1 Persentase dokumen yang disahkan 85% 88% 103,53%\n"
                    "2 Jumlah laporan monitoring 12 12 100%\n"
                    f"{opener}\n"
                    f"disahkan dibagi jumlah dokumen yang diajukan {factor}\n")
            measures = table_records(text, 2023)[0]
            assert [(r.indicator_raw, r.target.value) for r in measures] == [
                ("Persentase dokumen yang disahkan", 85.0), ("Jumlah laporan monitoring", 12.0)], (opener, factor)


def test_a_flattened_two_storey_headers_quarters_go_under_their_merged_cell():
    # one cell per line: 'Realisasi Triwulan' is a merged cell whose quarters a blank line later print;
    # a lone '-' is a quarter with no figure, not a rule line
    text = "\n".join(["No", "Indikator Kinerja", "Target 2023", "Realisasi Triwulan", "Realisasi 2023", "Capaian", "",
                      "TW I", "TW II", "TW III", "TW IV", "",
                      "1", "Persentase arsip yang tertata", "100%", "25%", "50%", "75%", "100%", "100%", "100%", "",
                      "2", "Persentase pemilih yang tidak terdaftar", "2,8%", "-", "-", "2,1%", "1,9%", "1,9%",
                      "132,14%", ""])
    measures, _ = table_records(text)
    assert [(m.target.raw, m.realisation.raw, m.achievement.raw) for m in measures] == [
        ("100%", "100%", "100%"), ("2,8%", "1,9%", "132,14%")]


def test_any_digit_finds_what_a_test_per_character_finds():
    # the search stands in for `any(ch.isdigit() for ch in text)`: the same answer on ASCII text and on
    # text with other scripts' digits or superscripts
    from extract.lines import any_digit

    for text in ("Target Realisasi Capaian", "Tahun 2023", "", "Capaian (%) \u2013 kinerja", "m\u00b2 luas",
                 "Nilai \u0663", "Capaian \u00e9t\u00e9 7", "No | Indikator"):
        assert any_digit(text) == any(ch.isdigit() for ch in text), text
    assert any_digit("m\u00b2 luas") and not any_digit("Target Realisasi Capaian")


def test_lines_with_gives_each_word_lines_alike_whether_asked_first_alone_or_together():
    # each word's lines are found once per document and kept: a later question with more words, or the same
    # word again, gets the lines a fresh scan gives, and a caller changing its list changes no later answer
    from extract.doc_text import DocText

    lines = [Line(n, 1, t) for n, t in enumerate(
        ["Pagu anggaran", "Target dan REALISASI", "teks lain", "realisasi pagu", "Anggaran 2023"], 1)]
    doc, fresh = DocText(lines), DocText(lines)
    alone = doc.lines_with("realisasi")
    alone.append(99)
    assert doc.lines_with("realisasi") == [1, 3]
    assert doc.lines_with("target", "realisasi", "anggaran") == fresh.lines_with("anggaran", "target", "realisasi") \
        == [0, 1, 3, 4]
    assert doc.lines_with_case("Anggaran") == [4] and doc.lines_with("anggaran") == [0, 4]


def test_a_flattened_two_storey_header_without_a_blank_line_puts_its_quarters_under_the_merged_cell():
    text = "\n".join(["No", "Indikator Kinerja", "Target 2023", "Realisasi Triwulan", "Realisasi 2023", "Capaian",
                      "TW I", "TW II", "TW III", "TW IV",
                      "1", "Persentase arsip yang tertata", "80%", "25%", "50%", "75%", "100%", "100%", "125%"])
    measures, _ = table_records(text)
    assert [(m.target.raw, m.realisation.raw, m.achievement.raw) for m in measures] == [("80%", "100%", "125%")]


def test_a_first_row_whose_percent_reads_as_a_code_is_no_second_header_line():
    # '1    Persentase informasi    9596' under 'No  Indikator Kinerja  Target': its 'Persentase' is a %
    # column's word, but a numbered line holding a code-like value is the first row
    text = ("No   Indikator Kinerja          Target\n"
            "1    Persentase informasi       9596\n"
            "     mengenai partai politik\n"
            "2    Jumlah laporan sistem      4 Laporan\n")
    measures, _ = table_records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase informasi mengenai partai politik", "9596"), ("Jumlah laporan sistem", "4 Laporan")]


def test_a_code_like_value_beside_value_cells_is_a_value_also_when_the_row_lost_a_border():
    # '1  Persentase permohonan | 7096 | 78,05% | 111,5%': the row number and name share a cell, so the cells
    # stand one to the left of the header's; '7096' (70% read with '96') has only value cells to its right
    text = ("No | Indikator Kinerja | Target | Realisasi | Capaian\n"
            "1  Persentase permohonan informasi | 7096 | 78,05% | 111,5%\n"
            "3 Tersusunnya Data Kebutuhan dan  8 Layanan | 7 Layanan | 87,5%\n")
    measures, _ = table_records(text)
    assert [(m.target.raw, m.realisation.raw, m.achievement.raw) for m in measures] == [
        ("7096", "78,05%", "111,5%"), ("8 Layanan", "7 Layanan", "87,5%")]


def test_a_grid_table_with_merged_cells_reads_as_its_rows(tmp_path):
    # A text export draws tables with '+---+' rules: a header group over its sub-columns, cells wrapped over
    # lines, a 'Jumlah' cell over two columns. Each row is read whole, on its first line; lines keep numbers.
    from extract.readers import read_document
    from pipeline import extract_document

    report = tmp_path / "lkj.txt"
    report.write_text("\n".join([
        "LAPORAN KINERJA DINAS PERHUBUNGAN PROVINSI JAMBI TAHUN 2022", "",
        "+----+---------------------------+------------+------------+----------+",
        "|    |                           |            Tahun 2022             |",
        "| No | Indikator Kinerja         +------------+------------+----------+",
        "|    |                           |   Target   | Realisasi  | Capaian  |",
        "+====+===========================+============+============+==========+",
        "| 1  | Persentase halte yang     |     80.00% |     84.00% |   105.00 |",
        "|    | layak pakai               |            |            |          |",
        "+----+---------------------------+------------+------------+----------+",
        "| 2  | Jumlah uji petik angkutan |     6 Kali |     6 Kali |   100.00 |",
        "+----+---------------------------+------------+------------+----------+", "",
        "+------+--------------------+-------------------+-------------------+-------+",
        "| Kode | Program            |         Pagu (Rp) |    Realisasi (Rp) |   %   |",
        "+======+====================+===================+===================+=======+",
        "| 1.01 | PROGRAM PENUNJANG  |  2,500,000,000.00 |  2,375,000,000.00 | 95.00 |",
        "|      | URUSAN PEMERINTAHAN|                   |                   |       |",
        "+------+--------------------+-------------------+-------------------+-------+",
        "|          JUMLAH           |  2,500,000,000.00 |  2,375,000,000.00 | 95.00 |",
        "+------+--------------------+-------------------+-------------------+-------+",
        "", "Demikian laporan ini."]), encoding="utf-8")
    located = read_document(report)
    assert len(located.lines) == 23 and located.lines[22].text == "Demikian laporan ini."
    built = extract_document(located).built
    assert [(r["indicator_raw"], r["target_value"], r["realisation_value"], r["achievement_value"], r["line"])
            for r in built.realisations] == [
        ("Persentase halte yang layak pakai", 80.0, 84.0, 105.0, 8),
        ("Jumlah uji petik angkutan", 6.0, 6.0, 100.0, 11)]
    assert [(b["name"], b["allocation"], b["realisation"], b["line"]) for b in built.budgets] == [
        ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN", 2_500_000_000, 2_375_000_000, 17),
        ("JUMLAH", 2_500_000_000, 2_375_000_000, 20)]


def test_unnumbered_indicators_beside_a_wrapped_sasaran_are_rows_of_their_own():
    # One Sasaran cell wraps down beside several indicators that carry no number: the lower-case words are
    # the Sasaran's, the capitalised name in the Indikator column opens the next row with its own target.
    text = ("No  Sasaran Strategis       Indikator Kinerja                  Satuan    Target\n"
            "1   Meningkatnya mutu       Indeks Kepuasan Masyarakat          Indeks     81,50\n"
            "    layanan puskesmas       Bed Occupancy Rate (BOR)            %             70\n"
            "                            Rata-rata lama rawat inap           Hari           4\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Indeks Kepuasan Masyarakat", 81.5), ("Bed Occupancy Rate (BOR)", 70.0), ("Rata-rata lama rawat inap", 4.0)]


def test_an_accreditation_level_in_a_value_column_is_a_grade():
    # A hospital's accreditation target is its level in words ('Paripurna'); the year's survey postponed,
    # the realisasi is '-' and the capaian 'n/a'. The level is the row's target, not words of its name.
    text = ("No  Indikator Kinerja                   Satuan         Target   Realisasi   Capaian\n"
            "1   Cost recovery rate                  %                  85       88,40    104,00\n"
            "2   Status akreditasi rumah sakit       Predikat    Paripurna           -       n/a\n"
            "3   Status akreditasi puskesmas         Predikat        Utama       Utama       100\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.text, m.target.unit) for m in measures[1:]] == [
        ("Status akreditasi rumah sakit", "Paripurna", "grade"), ("Status akreditasi puskesmas", "Utama", "grade")]
    assert measures[1].realisation.value is None and measures[2].realisation.text == "Utama"


def test_a_letter_after_tipe_or_kelas_ends_the_name_and_is_no_grade():
    # 'terminal tipe B', 'rumah sakit kelas C': the letter names a class; a real grade after it is still read.
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi\n"
            "1\tIndeks kepuasan layanan terminal tipe B\t80,00\t81,36\n"
            "2\tNilai akreditasi rumah sakit kelas C\tBB\tB\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value or m.target.text, m.realisation.value or m.realisation.text)
            for m in measures] == [("Indeks kepuasan layanan terminal tipe B", 80.0, 81.36),
                                   ("Nilai akreditasi rumah sakit kelas C", "BB", "B")]
    flat = analyse_line(Line(number=1, page=1, text="Indeks kepuasan layanan terminal tipe B"))
    assert not flat.values and flat.text == "Indeks kepuasan layanan terminal tipe B"


def test_a_grid_headers_group_label_heads_each_sub_column_after_its_words_and_before_its_years():
    from extract.grid_tables import render_grid_tables

    grid = ("+----+-----------+-----------+-----------+\n"
            "|    |           |    Anggaran (Rp)      |\n"
            "| No | Program   +-----------+-----------+\n"
            "|    |           | Pagu      | Realisasi |\n"
            "+====+===========+===========+===========+\n"
            "\n"
            "+----+-----------+-----------+-----------+\n"
            "|    |           |        Target         |\n"
            "| No | Indikator +-----------+-----------+\n"
            "|    |           | 2022      | 2023      |\n"
            "+====+===========+===========+===========+")
    rendered = [line for line in render_grid_tables(grid).split("\n") if line]
    assert rendered == ["| No | Program | Pagu Anggaran (Rp) | Realisasi Anggaran (Rp) |", "|---|---|---|---|",
                        "| No | Indikator | Target 2022 | Target 2023 |", "|---|---|---|---|"]


def test_a_paragraph_under_a_flattened_table_stating_values_in_sentences_is_no_row():
    # One cell per line, then the paragraph under the table restates a result: its values stand inside words and
    # a sentence ends on one, which no flattened cell does. The table ends there, its first line no row's name.
    text = ("Target\nRealisasi\nCapaian(%)\n"
            "Jumlah uji petik angkutan\n6 Kali\n6 Kali\n100.00\n"
            "  Persentase halte layak pakai pada tahun 2022 mencapai\n"
            "  88,20% dari target 85,50% atau capaian 103,16%. Pemasangan halte dan lampu\n"
            "  penerangan dilakukan pada 38 km ruas jalan provinsi.\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == [
        ("Jumlah uji petik angkutan", 6.0, 6.0)]


def test_counts_of_a_noun_the_name_counts_are_values_when_a_scan_lost_their_borders():
    # A scanned grid table: the second indicator of a two-row sasaran cell stands unnumbered under the first,
    # its target '15 Insiden' joined to the name; the realisation table's row joins both counts to its name.
    text = ("No | Sasaran Strategis | Indikator Kinerja | Target\n"
            "1 Turunnya risiko bencana Persentase desa yang memiliki peta rawan 60.00%\n"
            "bencana | tersosialisasi\n"
            "\n\n"
            "Jumlah insiden banjir di 15 Insiden\n"
            "permukiman\n"
            "\n\n"
            "2 | Meningkatnya tata kelola Nilai SAKIP Badan | BB\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures][1] == (
        "Jumlah insiden banjir di permukiman", 15.0)
    assert measures[1].target.unit == "insiden"
    cell = analyse_line(Line(number=1, page=1, text="3 Jumlah insiden banjir  15 Insiden  11 Insiden | 126.67")).cells[0]
    assert cell.text == "3 Jumlah insiden banjir"
    assert [(v.reading.value, v.reading.unit) for v in cell.values] == [(15.0, "insiden"), (11.0, "insiden")]
    # a count whose noun the name does not name, or a sentence's, stays text
    assert not analyse_line(Line(number=1, page=1, text="Jumlah desa tangguh 12 Kecamatan")).cells[0].values
    assert not analyse_line(Line(number=1, page=1, text="terjadi banjir sebanyak 15 Insiden.")).cells[0].values


def test_a_long_word_cut_to_one_capital_by_a_narrow_column_is_no_grade():
    # pdftotext -layout cuts a word longer than its column where the column ends: 'Bimbingan,Pembinaan'
    # leaves its 'B' alone on the sasaran's line; read as a grade it would open a row of its own
    text = ("No    Sasaran            Indikator          Target\n"
            "\n"
            "1.    Meningkatnya       Persentase         90%\n"
            "      Layanan Umum       surat yang\n"
            "                         diarsipkan\n"
            "2.    Tersusunnya        Terlaksananya      2 Laporan\n"
            "      Dokumen Rapat, B   Pelayanan\n"
            "      imbingan,Pembina   Kearsipan\n"
            "      aan\n")
    rows = records(text)[0]
    assert [(r.indicator_raw, r.target.raw) for r in rows] == [
        ("Persentase surat yang diarsipkan", "90%"), ("Terlaksananya Pelayanan Kearsipan", "2 Laporan")]


@pytest.mark.parametrize("remark", ["Kategori", "Kesimpulan"])
def test_a_flattened_remark_title_after_the_values_is_no_part_of_the_first_name(remark: str):
    # A measurement table flattened one cell per line whose last column grades each row in words: its
    # title alone on the line after 'Capaian' belongs to the header, so the first row's name starts clean
    # and each verdict stays out of the next row's name.
    text = flattened(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", remark],
                     ["1", "Persentase halte yang diperbaiki", "80%", "84%", "105,00", "Sangat Baik"],
                     ["2", "Persentase armada yang laik jalan", "90%", "81%", "90,00", "Baik"])
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase halte yang diperbaiki",
                                                   "Persentase armada yang laik jalan"]
    assert [m.realisation.value for m in measures] == [84, 81]


def test_a_kegiatan_code_after_a_mark_a_scan_read_at_the_lines_start_is_still_its_code():
    # '" 6709 | Penyusunan ... | Rp...': the quote is debris of the scan, the cell holds the code alone
    assert find_code('" 6709 ') == ("6709", "")
    assert find_code("; 3360") == ("3360", "")
    assert find_code('" 2023')[0] is None  # a year, not a code
    view = analyse_line(Line(number=9, page=2, text='" 6709 | Penyusunan Rencana Kerja | Rp850.000.000,- | 97,10'))
    assert view.codes == ["6709"]


def test_a_name_wrapped_over_an_unfinished_line_keeps_the_line_that_opened_it():
    # a narrow Indikator column: the name opens on one line, goes on over a line ending on '/' (unfinished), and
    # its last word stands beside the values; the name starts at its opening line, not at the unfinished one
    text = ("Indikator Kinerja Target Realisasi Capaian\n"
            "Jumlah Dokumen Rencana Kerja Disusun 2 2 100%\n"
            "\n"
            "Persentase Keluhan Warga Ditangani\n"
            "dalam Layanan Daring/\n"
            "\n"
            "Luring 90% 85% 94,44%\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Jumlah Dokumen Rencana Kerja Disusun",
        "Persentase Keluhan Warga Ditangani dalam Layanan Daring/ Luring"]
    assert measured(measures) == [(2.0, 2.0, 100.0), (90.0, 85.0, 94.44)]


def test_tab_table_ends_at_the_paragraph_after_a_blank_line():
    # A comparison table of a text layer (prior years beside the report year), then a note and the analysis: the
    # last row keeps its own name, and no sentence below with a rate in it is read as one more row.
    text = ("No\tIndikator Kinerja\tRealisasi 2020\tTarget 2021\tRealisasi 2021\tCapaian 2021\n"
            "1\tPersentase arsip yang tertata rapi\t90%\t95%\t96%\t101,05%\n"
            "2\tNilai Akuntabilitas Kinerja\tB\tB\tBB\t-\n"
            "\n"
            "Keterangan: nilai tahun 2020 diambil dari laporan tahun sebelumnya\n"
            "yang telah direviu oleh inspektorat.\n"
            "\n"
            "3.2 Analisis Capaian\n"
            "\n"
            "Indikator 1. Dari 1.200 berkas yang masuk ke unit kearsipan, sebanyak\n"
            "1.152 berkas tertata menurut klasifikasi, sehingga realisasi\n"
            "mencapai 96% dari target 95%. Capaian indikator ini 101,05%, naik\n"
            "dibandingkan tahun 2020 yang sebesar 90%.\n"
            "\n"
            "Indikator 2. Nilai evaluasi mandiri akuntabilitas kinerja mencapai BB,\n"
            "melampaui target B.")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase arsip yang tertata rapi", "Nilai Akuntabilitas Kinerja"]
    assert measures[1].realisation.text == "BB"


def test_a_sentence_giving_an_amount_under_a_target_table_is_no_row():
    # A plan table's paragraph states the money behind it: that is prose, not a budget row of the target table.
    text = ("| No | Sasaran | Indikator Kinerja | Target |\n"
            "|---|---|---|---|\n"
            "| 1 | Tertibnya arsip | Persentase arsip yang tertata rapi | 95% |\n"
            "\n"
            "Kegiatan di atas didukung anggaran sebesar Rp 1.250.000.000.")
    measures, budgets = records(text)
    assert [m.target.value for m in measures] == [95.0]
    assert budgets == []


def test_a_sentence_with_pagu_and_realisasi_amounts_heads_no_table():
    # 'pagu anggaran sebesar Rp X terealisasi Rp Y atau' carries column words, but its amounts make it a sentence.
    text = ("Program Pengelolaan Arsip tahun ini memperoleh\n"
            "pagu anggaran sebesar Rp 812.400.000 terealisasi Rp 790.150.000 atau\n"
            "97,26%. Program Layanan Perkantoran yang seluruhnya untuk belanja operasional memperoleh pagu Rp 300.000.000 dan\n"
            "terealisasi Rp 291.000.000 atau 97,00%.")
    measures, budgets = records(text)
    assert measures == [] and budgets == []


def test_a_bordered_row_split_over_two_lines_keeps_its_opening():
    # The No cell and the name's start on one bordered line with empty value cells, the name's end and the values
    # on the next with an empty No cell: one row, named by both lines.
    text = ("| No | Indikator Kinerja | Realisasi 2022 | Target 2023 | Realisasi 2023 | Capaian (%) |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Persentase arsip yang tertata rapi | 90% | 95% | 96% | 101,05 |\n"
            "| 2 | Persentase surat masuk yang didisposisi oleh pimpinan | | | | |\n"
            "| | Tepat Waktu | 70% | 80% | 84% | 105 |\n"
            "| 3 | Nilai Akuntabilitas Kinerja | B | B | BB | 100 |")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures[:2]] == [
        ("Persentase arsip yang tertata rapi", 95.0, 96.0),
        ("Persentase surat masuk yang didisposisi oleh pimpinan Tepat Waktu", 80.0, 84.0)]
    assert len(measures) == 3


def test_a_note_under_a_scanned_table_ends_it():
    # 'Catatan: ...' under a table whose cells a scan parted with '|': the note, then the analysis below, are no
    # part of the last row, whose name stays its own.
    text = ("No | Indikator Kinerja | Realisasi 2020 | Target 2021 | Realisasi 2021 | Capaian 2021\n"
            "1 | Persentase arsip yang tertata rapi | 90% | 95% | 96% | 101,05%\n"
            "2 | Nilai Akuntabilitas Kinerja | B | B | BB | -\n"
            "\n"
            "Catatan: nilai tahun 2020 diambil dari laporan tahun sebelumnya\n"
            "yang telah direviu oleh inspektorat.\n"
            "\n"
            "Indikator 1. Dari 1.200 berkas yang masuk ke unit kearsipan, sebanyak\n"
            "1.152 berkas tertata menurut klasifikasi, sehingga realisasi\n"
            "mencapai 96% dari target 95%. Capaian indikator ini 101,05%, naik\n"
            "dibandingkan tahun 2020 yang sebesar 90%.")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase arsip yang tertata rapi", "Nilai Akuntabilitas Kinerja"]


def test_a_scanned_row_numbered_on_its_first_line_takes_the_lines_down_to_its_values():
    # A scan prints '2 Persentase ...' and two capitalised pieces of the name before the line with the values: the
    # number marks where the row opens, so all of it is the row's name (none of it the row above's).
    text = ("No | Indikator Kinerja | Realisasi 2022 | Target 2023 | Realisasi 2023 | Capaian (%)\n"
            "1 Persentase arsip yang tertata rapi 90%  95% 96% 101,05\n"
            "2 Persentase surat masuk\n"
            "Disposisi Pimpinan|\n"
            "Hari Kerja Yang Sama\n"
            "Tepat Waktu  70% 80%  84% 105\n"
            "3 | Nilai Akuntabilitas Kinerja | B | B | BB | 100")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.realisation.value) for m in measures[:2]] == [
        ("Persentase arsip yang tertata rapi", 96.0),
        ("Persentase surat masuk Disposisi Pimpinan Hari Kerja Yang Sama Tepat Waktu", 84.0)]


def test_a_speck_before_a_scanned_rows_number_leaves_its_values_before_the_remark():
    # '_ 2 Ketepatan ...  100% 95% 95% Laporan Juli terlambat': the scan's '_' before the row number, a Keterangan
    # after the values; the number is still the row's, not a value, and the values are the three before the remark.
    text = ("No Indikator Kinerja Target Realisasi Capaian Keterangan\n"
            "1 Persentase arsip yang tertata rapi  95% 96% 101,05% Tercapai\n"
            "_ 2 Ketepatan Pelaporan Keuangan  100% 95% 95% Laporan Juli terlambat")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
        ("Persentase arsip yang tertata rapi", 95.0, 96.0, 101.05), ("Ketepatan Pelaporan Keuangan", 100.0, 95.0, 95.0)]


def test_a_paragraph_stating_a_rate_in_its_words_ends_a_scanned_table():
    # Under a scan's last row, after a blank line: 'mencapai 83,65% dari' / 'target 77,5%, atau capaian ...' are a
    # sentence's values (a word before each, 'dari' or 'atau' after), no row's; the last row keeps its name.
    text = ("No | Indikator Kinerja | Target | Realisasi | Capaian\n"
            "1 | Persentase arsip yang tertata rapi | 95% | 96% | 101,05%\n"
            "2 Nilai Akuntabilitas Kinerja BB BB 100%\n"
            "\n"
            "Penataan arsip pada tahun ini berhasil mencapai 96% dari\n"
            "target 95%, atau capaian 101,05%. Dari delapan unit kerja yang\n"
            "dinilai, tujuh telah menerapkan klasifikasi sehingga realisasinya\n"
            "87,5%.")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase arsip yang tertata rapi", "Nilai Akuntabilitas Kinerja"]
    assert measures[1].realisation.text == "BB"


SPLIT_HEADER = ("No   Indikator Kinerja                        Target     Realisasi    Capaian\n"
                "(1)  (2)                                       (3)         (4)          (5)\n")


def test_a_row_cut_by_a_page_break_keeps_its_first_words_and_target():
    # A space-aligned table runs over a page: the page's number and running title, then the header
    # printed again with its column numbers. The row the break cut keeps its name's first words and its
    # target from above the break, its realisasi and capaian from below; the page number is no row.
    text = ("Tabel 3.1 Capaian Kinerja Dinas Sosial Tahun 2022\n\n" + SPLIT_HEADER +
            "1    Persentase bantuan sosial yang             95%        97%        102,11\n"
            "     disalurkan tepat waktu\n"
            "2    Persentase panti sosial yang               80%\n"
            "\n"
            "                                  - 14 -\n"
            "        Laporan Kinerja Dinas Sosial Kabupaten Tegal Tahun 2022\n"
            "\n" + SPLIT_HEADER +
            "     memenuhi standar pelayanan                             76%         95,00\n"
            "3    Jumlah pendamping yang dilatih              60 orang   66 orang   110,00\n")
    rows = records(text)[0]
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw, r.achievement.raw) for r in rows] == [
        ("Persentase bantuan sosial yang disalurkan tepat waktu", "95%", "97%", "102,11"),
        ("Persentase panti sosial yang memenuhi standar pelayanan", "80%", "76%", "95,00"),
        ("Jumlah pendamping yang dilatih", "60 orang", "66 orang", "110,00")]


def test_the_last_words_above_a_page_break_stay_with_the_row_they_wrap():
    # The page ends under a row whose name wrapped ('... atas Laporan' over 'Keuangan'); the table
    # goes on under its repeated header, so those words are the row's, not the next row's.
    text = (SPLIT_HEADER +
            "1    Opini BPK atas Laporan                     WTP        WTP        100,00\n"
            "     Keuangan\n"
            "\n"
            "                               Halaman 9\n"
            "\n" + SPLIT_HEADER +
            "2    Indeks kepuasan masyarakat                 82         84,10      102,56\n")
    rows = records(text)[0]
    assert [r.indicator_raw for r in rows] == ["Opini BPK atas Laporan Keuangan", "Indeks kepuasan masyarakat"]


def test_the_same_header_with_no_page_break_above_it_heads_a_table_of_its_own():
    # Two numbered parts print the same header one after the other: no page number or running line
    # between them, so the second part's caption heads a table of its own and its rows keep that title.
    part = SPLIT_HEADER + "1    Persentase arsip yang dialihmediakan       70%        72%        102,86\n"
    text = ("1. Meningkatnya tertib arsip\n\n" + part + "\n2. Meningkatnya layanan arsip\n\n" + part)
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(text.split("\n"), start=1)]
    tables = find_tables(views)
    assert [t.title for t in tables] == ["1. Meningkatnya tertib arsip", "2. Meningkatnya layanan arsip"]


def test_a_header_whose_cells_wrap_over_two_lines_still_places_a_rows_blank_cells():
    # 'Target' over 'Tahun 2022', 'Realisasi' over 'Tahun 2022': the header's value words stand on two lines,
    # each column's words stacked. Its columns are found by where the words stand, so a row whose
    # realisasi and capaian are blank (not measured yet) keeps its target and no realisation.
    text = ("                                              Target      Realisasi     Capaian\n"
            "No   Indikator Kinerja                        Tahun 2022  Tahun 2022    (%)\n"
            "1    Persentase desa yang memiliki peta        80%         84%          105,00\n"
            "     rawan bencana\n"
            "2    Indeks ketahanan daerah                   0,55                           \n"
            "3    Jumlah relawan yang dilatih               150 orang   162 orang    108,00\n")
    rows = records(text)[0]
    said = lambda reading: reading.raw if reading is not None else None  # noqa: E731
    assert [(r.indicator_raw, r.target.raw, said(r.realisation), said(r.achievement)) for r in rows] == [
        ("Persentase desa yang memiliki peta rawan bencana", "80%", "84%", "105,00"),
        ("Indeks ketahanan daerah", "0,55", "", None),  # a blank realisasi cell: measured, no value yet
        ("Jumlah relawan yang dilatih", "150 orang", "162 orang", "108,00")]


def test_a_budget_name_wrapped_under_a_stacked_pagu_header_stays_in_its_row():
    # 'Pagu' over 'Anggaran (Rp)' and 'Realisasi' over 'Anggaran (Rp)': with the columns known by where the
    # stacked words stand, each name's wrapped line is the name column's, and the row's name reads whole.
    text = ("No   Program                              Pagu             Realisasi        Persen\n"
            "                                          Anggaran (Rp)    Anggaran (Rp)\n"
            "1    Program Penanggulangan               2.400.000.000    2.316.000.000    96,50\n"
            "     Bencana Daerah\n"
            "2    Program Penunjang Urusan             1.600.000.000    1.520.000.000    95,00\n"
            "     Pemerintahan Daerah\n")
    budgets = records(text)[1]
    assert [(b.name, b.allocation.value, b.percent.value) for b in budgets] == [
        ("Program Penanggulangan Bencana Daerah", 2_400_000_000, 96.5),
        ("Program Penunjang Urusan Pemerintahan Daerah", 1_600_000_000, 95.0)]


def test_a_name_opened_at_the_foot_of_a_page_goes_on_with_its_values_on_the_next():
    # The page ends after the first words of row 2 ('2  Persentase kendaraan uji yang'); its footer prints
    # the page number beside the report's short title; the next page repeats the header, then the name's
    # rest with the row's values. The opened name is row 2's, not a wrapped tail of row 1.
    header = "No  Indikator Kinerja                              Target   Realisasi   Capaian\n"
    text = (header +
            "1   Persentase terminal yang memenuhi standar        90%       92%      102,22%\n"
            "    pelayanan\n"
            "2   Persentase kendaraan uji yang\n"
            "\n"
            "Hal. 12                               LKjIP Dinas Perhubungan 2022\n"
            "\n" + header +
            "    lulus uji berkala                                85%       88%      103,53%\n"
            "3   Jumlah halte yang dibangun                       6 unit    6 unit   100,00%\n")
    rows = records(text)[0]
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw) for r in rows] == [
        ("Persentase terminal yang memenuhi standar pelayanan", "90%", "92%"),
        ("Persentase kendaraan uji yang lulus uji berkala", "85%", "88%"),
        ("Jumlah halte yang dibangun", "6 unit", "6 unit")]


@pytest.mark.parametrize("text, edge", [
    ("Hal. 12                 LKjIP Dinas Perhubungan 2022", True),
    ("Laporan Kinerja Inspektorat Tahun 2021      Halaman 7", True),
    ("- 31 -", True),
    ("Jumlah pendamping                      12", False),  # a row's name and value, no page's edge
    ("Target    Realisasi", False),
])
def test_a_page_number_beside_a_running_title_marks_a_pages_edge(text: str, edge: bool):
    from extract.boilerplate import is_page_edge
    assert is_page_edge(text) is edge


def test_a_header_copy_misread_by_ocr_still_joins_the_table_over_the_page_break():
    # A scan reads the header printed again on the next page with two letters wrong ('lndikator',
    # 'Realisasl'): still the same header, so the page's number and running title are no row.
    text = ("No  Indikator Kinerja                          Target    Realisasi   Capaian (%)\n"
            "1   Indeks risiko bencana daerah               139,80     141,20      98,99\n"
            "\n"
            "                                  -14-\n"
            "LAKIP BPBD Kab. Ciamis 2022\n"
            "\n"
            "No  lndikator Kinerja                          Target    Realisasl   Capaian (%)\n"
            "2   Nilai SAKIP BPBD                            B          BB         112,50\n")
    rows = records(text)[0]
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw) for r in rows] == [
        ("Indeks risiko bencana daerah", "139,80", "141,20"), ("Nilai SAKIP BPBD", "B", "BB")]


def test_a_coded_budget_table_under_a_stacked_pagu_header_keeps_its_wrapped_names():
    # 'Anggaran (Rp)' printed under both 'Pagu' and 'Realisasi': read line by line the words make one column
    # too many; stacked, they make three, and each code's wrapped name line stays in its row.
    text = (" Kode        Uraian                                   Pagu            Realisasi         %\n"
            "                                                    Anggaran (Rp)    Anggaran (Rp)\n"
            " 076.01.CQ   Penyelenggaraan Pemilu dalam Proses   5.100.000.000     4.998.000.000    98,00\n"
            "             Konsolidasi Demokrasi\n"
            " 076.01.WA   Program Dukungan Manajemen            2.000.000.000     1.950.000.000    97,50\n"
            "             Jumlah                                7.100.000.000     6.948.000.000    97,86\n")
    budgets = records(text)[1]
    assert [(b.name, b.realisation.value, b.percent.value) for b in budgets] == [
        ("Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", 4_998_000_000, 98.0),
        ("Program Dukungan Manajemen", 1_950_000_000, 97.5),
        ("Jumlah", 6_948_000_000, 97.86)]


def test_patterns_written_to_open_with_a_class_find_what_the_plain_patterns_find():
    # each search pattern rewritten for speed (opening with a character class, its \b or lookbehind after it)
    # finds the same spans as the plain pattern it stands for, also at a text's edges and beside other scripts
    import re

    from extract.lines import NAMED_COUNT_END_RE, SPECK_RE
    from extract.sentences import INDICATOR_HEAD_RE, SENTENCE_END_RE
    from extract.table_records import BOUND_HINT_RE
    from extract.tables import ANY_CASE_INDICATOR_RE, GAP_RE, INDICATOR_START_RE, PARAGRAPH_STOP_RE, RUPIAH_RE
    from extract.sentences import YEAR_RE
    from normalize.document_fields import _HEAD_RE, _KPU_TAIL_RE
    from normalize.numbers import _FOOTNOTE_MARK_RE

    plain = [
        (RUPIAH_RE, re.compile(r"\bRp\b", re.I)),
        (GAP_RE, re.compile(r"\s*\|\s*|\s{2,}")),
        (SPECK_RE, re.compile(r"(?:(?<=\S)\|(?=\s|$))|(?:(?<=\s)\|(?=\S))")),
        (SENTENCE_END_RE, re.compile(r"(?<=[^\s\d.][.;!?])\s+(?=[A-Z(\d])|(?<=\d[.;])\s+(?=[A-Z])")),
        (PARAGRAPH_STOP_RE, re.compile(r"[\w)]\.(?:\s+[A-Z]|\s*$)")),
        (BOUND_HINT_RE, re.compile(r"[≥≤<>=]|\b(?i:min|maks|max|sekurang)")),
        (INDICATOR_START_RE, re.compile(r"\b(Persentase|Presentase|Prosentase|Presentasi|Persentasi|Jumlah|Nilai|"
                                        r"Indeks|Opini|Rasio|Tingkat|Ketepatan|Hasil Nilai)\b")),
        (ANY_CASE_INDICATOR_RE, re.compile(r"\b(Persentase|Presentase|Prosentase|Presentasi|Persentasi|Jumlah|Nilai|"
                                           r"Indeks|Opini|Rasio|Tingkat|Ketepatan|Hasil Nilai)\b", re.I)),
        (INDICATOR_HEAD_RE, re.compile(r"\b(?:persentase|presentase|prosentase|jumlah|nilai|indeks|opini|rasio|tingkat|"
                                       r"ketepatan|cakupan|rata-rata|level|panjang|luas|volume|kapasitas)\b", re.I)),
        (_KPU_TAIL_RE, re.compile(r"(?:\b(?:[keh]\s?[pf]\s?l?\s?u(?:-?d)?|fplu)|\b[keh][o0]m\w{2,3}\s+[pf][ecf]m\w{4,8}"
                                  r"\s+u\w{2,3}(?:\s+daerah)?)[\s\-–]*$", re.I)),
        (_HEAD_RE, re.compile(r"\b(?:dinas|badan|inspektorat|sekretariat|satuan|kantor|rumah\s+sakit|rsud|"
                              r"bappeda|bapenda|bappelitbangda|bpbd|bpkad|bpkd|bkpsdm|bkd|bkpp|dprd|pemerintah|"
                              r"kecamatan|uptd?|dewan|"
                              r"kejaksaan|pengadilan|kepolisian|lembaga|setda|dinkes|satpol|lpmp|bpmp|"
                              r"dishub|disdik|disdikbud|dispora|disnaker|disnakertrans|disperindag|dinsos|"
                              r"disdukcapil|diskominfo|dispenda|dlh|dpmptsp|dpmd|dp3a)\b", re.I)),
        (YEAR_RE, re.compile(r"\b(?i:tahun|th|ta|anggaran|pemilu|pemilihan|pilkada|periode|renstra|rpjmd|rpjmn)\.?\s+"
                             r"((?:19|20)\d{2})(?:\s*[-\u2013/]\s*((?:19|20)\d{2}))?\b")),
        (_FOOTNOTE_MARK_RE, re.compile(r"(?<=[\d%])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")),
        (NAMED_COUNT_END_RE, re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d{1,3}(?:[.,]\d{1,2})?)"
                                        r"\s+([A-Z][a-z-]{2,19})[\s|;:'\"_]*$")),
    ]
    texts = ["Pagu Rp 1.200.000 | rp. 300", "xRp 5", "RP.12", "Rp", "a |  b\t| c   d", "|x", "96,40|  12", "x | y",
             "Target tercapai. Realisasi 90%; Capaian (B) naik.  2023. Tahun", "tahun 2023.", "(a).", ".",
             "≥ 90%", "Min. 80%", "xmin 3", "MAKSIMAL 2", "ſekurang-kurangnya", "nilai minimum", "K > 3", "",
             "1. Persentase X dan jumlah Y", "xNilai", "HASIL NILAI SAKIP", "Hasil Nilai", "İndeks kepuasan",
             "Ketepatan", "Panjang jalan", "xluas", "volume", "Kapasitas", "kapasitasnya", "Luas",
             "rata-rata lama", "Sekretariat KPU ", "Komisi Pemilihan Umum Daerah -", "kpl u-d", "oleh fplu",
             "EFU ", "xhpu", "Eomisi Femilihan Umum ", "oleh HPU -", "kefu", "Komisi Pcmilihan Umum",
             "Jumlah kejadian 12 Kejadian 9 Kejadian", "x1.200 Arsip", "3,5 Desa |", "Kepala Dinas Kesehatan ",
             "BAPPELITBANGDA Kota", "xdinas", "DISHUB Kota", "Disdikbud x", "disdik", "DP3A", "DLHK", "Disnakertrans", "UPTD Puskesmas", "Rumah  Sakit", "ſetda", "Tahun 2023",
             "TA. 2022 - 2024",
             "renstra 2020/2024", "pemilihan 2020", "thn 2021", "3,62¹ dan 95%²³", "m² 2⁴"]
    for new, old in plain:
        for text in texts:
            if new is PARAGRAPH_STOP_RE:  # (asked only whether the line holds one; its match opens at the '.')
                assert (new.search(text) is None) == (old.search(text) is None), text
            else:
                assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
    assert GAP_RE.split("a |  b\t| c   d") == ["a", "b", "c", "d"]


def test_a_percentage_row_whose_target_reads_as_a_thousands_number_is_kept_with_its_readings():
    # A scanned agreement's '100%' read as '1009': as a bare number above a thousand it looked like an amount,
    # and the row was lost. In a row that states a percentage it is read as one, untrusted, its readings kept.
    text = "\n".join([
        "PERJANJIAN KINERJA TAHUN 2025",
        "No | Sasaran Strategis | Indikator Kinerja | Target | Formulasi",
        "1 | Meningkatnya layanan | Persentase surat masuk | 95% Jumlah surat yang",
        "arsip kantor yang diarsipkan tepat waktu dibagi total surat",
        "2 | Tertibnya pengelolaan | Persentase dokumen anggaran | 1009 Jumlah dokumen yang",
        "anggaran kantor yang disusun tepat waktu disusun dibagi total dokumen",
        "3 | Terlaksananya pelatihan | Jumlah pelatihan pegawai | 6 kali Jumlah pelatihan",
        "pegawai kantor yang diadakan dalam satu tahun",
        "4 | Terkelolanya barang | Persentase barang yang dicatat | 90% Jumlah barang tercatat",
        "milik negara dalam aplikasi dibagi total barang"])
    measures, _ = table_records(text)
    (row,) = [m for m in measures if m.source.line == 5]
    assert row.indicator_raw.startswith("Persentase dokumen anggaran")
    assert row.target.value == 1009 and not row.target.trusted and row.target.unit == "%"
    assert 100 in row.target.alternatives and any(n.startswith("percent_row") for n in row.target.notes)


def test_a_thousands_number_with_no_one_whole_percent_reading_is_still_no_value():
    # '1500' is 100%, 150% or 15% with its sign read as digits: nothing singles one out, and the row stays unread
    text = "\n".join([
        "PERJANJIAN KINERJA TAHUN 2025",
        "No | Sasaran Strategis | Indikator Kinerja | Target | Formulasi",
        "1 | Meningkatnya layanan | Persentase surat masuk | 95% Jumlah surat yang",
        "arsip kantor yang diarsipkan tepat waktu dibagi total surat",
        "2 | Tertibnya pengelolaan | Persentase dokumen anggaran | 1500 Jumlah dokumen yang",
        "anggaran kantor yang disusun tepat waktu disusun dibagi total dokumen",
        "3 | Terkelolanya barang | Persentase barang yang dicatat | 90% Jumlah barang tercatat",
        "milik negara dalam aplikasi dibagi total barang"])
    measures, _ = table_records(text)
    assert not [m for m in measures if m.source.line == 5]


def test_a_line_read_again_in_another_report_shares_its_analysis_and_keeps_its_own_place():
    # a batch reads many reports in one process: a row or a '100%' cell read in one report is not lexed again in
    # the next, yet each line keeps its own number and each cell its own column
    from extract.lines import LineViews

    first = LineViews([Line(1, 1, "Persentase pemilih   85%   100%")])
    second = LineViews([Line(40, 3, ""), Line(41, 3, "Persentase pemilih   85%   100%"), Line(42, 3, "100%")])
    assert second[1].cells is first[0].cells and second[1].line.number == 41
    assert [v.raw for v in second[1].values] == ["85%", "100%"]
    moved = second[2].cells[0]
    assert moved.raw == "100%" and (moved.index, moved.start) == (0, -1)
    assert first[0].cells[-1].index == 2 and moved.values == first[0].cells[-1].values


def test_a_header_word_cut_across_two_lines_still_makes_the_header():
    # A narrow Satuan cell wraps its word: 'Satua' ends one header line, 'n' opens the next. The lower-case 'n'
    # is the word's end, not a sentence; the header reads whole and the unit cell is no part of the name.
    text = ("No Indikator Kinerja Satua\n"
            "\n"
            "n Target Realisasi %\n"
            "\n"
            "1 Persentase sekolah yang terakreditasi % 80 88 110\n")
    (row,), _ = records(text)
    assert measured([row]) == [(80, 88, 110)]
    assert row.indicator_raw == "Persentase sekolah yang terakreditasi"


def test_columns_the_header_lost_after_a_proven_capaian_do_not_hide_the_rows_values():
    # The page prints a second % and the office in charge after the capaian, but the header names neither:
    # the values stop short of the line's end. 75 / 60 x 100 = 125 proves the first three the row's.
    text = ("No Indikator Kinerja Satuan Target Realisasi Capaian\n"
            "1 Persentase desa yang memiliki posyandu aktif % 60 75 125 100 DINKES\n"
            "2 Persentase balita yang ditimbang % 80 72 90 100 DINKES\n")
    rows, _ = records(text)
    assert measured(rows) == [(60, 75, 125), (80, 72, 90)]
    assert [r.indicator_raw for r in rows] == ["Persentase desa yang memiliki posyandu aktif",
                                               "Persentase balita yang ditimbang"]


def test_a_summary_line_under_the_last_row_is_not_its_name():
    # 'RATA-RATA 94,50 ...': a label straight before its number sums the table up; the last row's name ends above it.
    text = ("No Indikator Kinerja Satuan Target Realisasi Capaian\n"
            "1 Persentase desa yang memiliki posyandu aktif % 60 75 125\n"
            "2 Persentase balita yang ditimbang\n"
            "% 80 72 90\n"
            "RATA-RATA 107,50 Predikat : Sangat Baik\n")
    rows, _ = records(text)
    assert [r.indicator_raw for r in rows] == ["Persentase desa yang memiliki posyandu aktif",
                                               "Persentase balita yang ditimbang"]


def test_rata_rata_opening_an_indicators_name_is_a_row_and_may_run_on_after_the_row_above():
    # 'Rata-rata' before words names an indicator. The second row's name runs on after the first row's values
    # and wraps onto the next line; its values stand on a line of their own. The first row's line names column
    # words ('Capaian', 'Kinerja') but its numbers side by side make it a row, not the header's second line.
    text = ("Uraian Target Realisasi Capaian\n"
            "\n"
            "Rata-rata Capaian Kinerja Program 80 90 112,50 Rata-rata Capaian Kinerja Kegiatan\n"
            "\n"
            "Prioritas\n"
            "\n"
            "50 45 90\n")
    rows, _ = records(text)
    assert [(r.indicator_raw, r.target.value, r.realisation.value, r.achievement.value) for r in rows] == [
        ("Rata-rata Capaian Kinerja Program", 80, 90, 112.5),
        ("Rata-rata Capaian Kinerja Kegiatan Prioritas", 50, 45, 90)]


def test_narrow_columns_under_a_header_whose_label_wraps():
    # A plan table reprinted in columns 16 wide: 'Indikator' wraps 'Kinerja' onto the header's second line,
    # and each row's sasaran and indicator pieces share lines. The indicator is its own column's words only,
    # over more lines than a name usually takes.
    text = (
        "No   Sasaran Kegiatan   Indikator          Target\n"
        "                        Kinerja\n"
        "1    Tertatanya arsip   Persentase         90%\n"
        "     kantor             berkas\n"
        "                        tersimpan\n"
        "     secara rapi        menurut kode\n"
        "     dan tertib         klasifikasi\n"
        "                        yang dipakai\n"
        "                        di seluruh\n"
        "                        unit kerja\n"
        "2    Terbinanya         Jumlah sesi        4 Kegiatan\n"
        "     relawan desa       pelatihan\n"
        "                        relawan\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase berkas tersimpan menurut kode klasifikasi yang dipakai di seluruh unit kerja",
        "Jumlah sesi pelatihan relawan"]
    assert [m.target.value for m in measures] == [90.0, 4.0]


def test_a_narrow_name_cell_with_its_values_at_its_foot():
    # Columns 16 wide, the values printed beside the last line of the name's cell: every line from the
    # numbered opening down to the value line is that one name, though it runs past three lines.
    text = (
        "No   Indikator          Target   Realisasi   Capaian\n"
        "     Kinerja\n"
        "1    Persentase         100%     100%        100%\n"
        "     surat masuk\n"
        "     dijawab\n"
        "2    Persentase\n"
        "     kendaraan dinas\n"
        "     yang diservis\n"
        "     berkala sesuai\n"
        "     jadwal\n"
        "     bengkel            80%      60%         75%\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase surat masuk dijawab",
        "Persentase kendaraan dinas yang diservis berkala sesuai jadwal bengkel"]
    assert [(m.target.value, m.realisation.value) for m in measures] == [(100.0, 100.0), (80.0, 60.0)]


def test_a_lone_measure_word_goes_on_with_a_line_that_opens_like_a_name():
    # In a narrow name column 'Persentase' stands alone on the value line and the next line opens 'Jumlah ...':
    # one word names nothing yet, so the line below is the same name's, not the next row's.
    text = (
        "No   Indikator          Target   Realisasi   Capaian\n"
        "     Kinerja\n"
        "1    Persentase         100%     90%         90%\n"
        "     Jumlah Arsip\n"
        "     yang Dipindai\n"
        "2    Jumlah Rapat       4        4           100%\n"
        "     Evaluasi\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase Jumlah Arsip yang Dipindai", "Jumlah Rapat Evaluasi"]


def test_an_iku_code_before_an_indicators_name_is_no_part_of_it():
    # Kemenkeu units number their IKU '1c-N', '2a-CP' before the name; a flattened row may print its sasaran before
    # the code: neither the code nor the sasaran is the indicator's name
    from extract.lines import strip_row_number
    from extract.table_records import split_sasaran

    assert strip_row_number("1d-N Persentase arsip surat yang dipindai tepat waktu") == \
        "Persentase arsip surat yang dipindai tepat waktu"
    assert strip_row_number("2a-CP Indeks kepuasan pengguna layanan") == "Indeks kepuasan pengguna layanan"
    assert split_sasaran("Tata kelola arsip yang tertib 1c-N Persentase arsip surat yang dipindai") == \
        "Persentase arsip surat yang dipindai"
    assert strip_row_number("3 Hari Kerja") == "3 Hari Kerja"  # a count still opens a wrapped name's end
    assert split_sasaran("Persentase pemilih usia 17-25 tahun") == "Persentase pemilih usia 17-25 tahun"


def test_a_header_whose_year_wraps_onto_its_own_line_before_the_last_cell_runs_into_the_first_row():
    # 'Target Indikator' / 'Th 2021' / 'Realisasi Indikator Th 2021 1 Persentase ...': the year line wraps the
    # Target cell; the last header cell ('Realisasi Indikator') runs on into the first row's number and name
    text = ("b. Indikator Program Pelayanan Kesehatan\n\nNo Uraian Target Indikator\n\nTh 2021\n\n"
            "Realisasi Indikator Th 2021 1 Persentase puskesmas yang\n\nterakreditasi\n\n80 % 86,5 %\n\n"
            "2 Persentase desa siaga aktif\n\n60 % 64 %\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == [
        ("Persentase puskesmas yang terakreditasi", 80.0, 86.5), ("Persentase desa siaga aktif", 60.0, 64.0)]


def test_a_title_in_capitals_right_under_the_last_row_is_not_its_name():
    # The next page's title follows the table's last row with no blank line between ('DAFTAR ... Kembali', a link's
    # label in another case after it): a heading, not the rest of a name written in lower case. A wrapped rest in
    # the name's own case still joins it.
    text = ("No Indikator Kinerja Target\n"
            "1 Persentase arsip surat yang dipindai 100%\n"
            "2 Persentase layanan rapat yang tuntas 90%\n"
            "DAFTAR RINCIAN SASARAN KINERJA Kembali\n"
            "SEKSI UMUM\n"
            "BAGIAN TATA USAHA\n")
    assert [m.indicator_raw for m in records(text)[0]] == [
        "Persentase arsip surat yang dipindai", "Persentase layanan rapat yang tuntas"]
    text = ("No Indikator Kinerja Target\n"
            "1 Persentase arsip surat yang dipindai 100%\n"
            "2 Persentase layanan rapat yang tuntas 90%\n"
            "tepat waktu oleh SEKSI UMUM\n")
    assert records(text)[0][-1].indicator_raw == "Persentase layanan rapat yang tuntas tepat waktu oleh SEKSI UMUM"


def test_a_header_word_cut_across_two_lines_keeps_the_columns_after_it():
    # a narrow cell wraps 'Realisasi' as 'Realisa' / 'si'; the words after the cut are the header's too
    text = ("No Indikator Kinerja Target Realisa\n"
            "si Capaian\n"
            "1 Persentase desa yang mandiri 80 85 106,25\n")
    assert measured(records(text)[0]) == [(80, 85, 106.25)]


@pytest.mark.parametrize("years", ["2021\n2022 2023", "Tahun 2021 Tahun 2022 Tahun 2023"])
def test_years_over_uneven_column_groups_keep_the_report_years_group(years: str):
    # 'Capaian Tahun' over three years: the first prints one value only, the report year's group
    # Target / Realisasi / %, the next year's Target / %; only the report year's group is the result
    text = ("No Indikator Kinerja Satuan\n"
            "Capaian Tahun\n"
            f"{years}\n"
            "Target Realisasi % Target %\n"
            "1 Persentase desa yang mandiri % 61,2 64,5 66,8 103,57 70,1 95,29\n"
            "2 Rasio kios pupuk per kecamatan % 3,1 3,4 3,3 97,06 3,6 91,67\n")
    rows = table_records(text, 2022)[0]
    assert measured(rows) == [(64.5, 66.8, 103.57), (3.4, 3.3, 97.06)]


def test_dashed_list_items_wrapped_around_their_values_are_rows_of_their_own():
    # a group heading over dashed items; the first item's parenthesis stands on its value line, the second's
    # name wraps over two lines above a value line holding only its unit and values
    text = ("No Indikator Kinerja Satuan Target Realisasi Capaian\n"
            "1 Angka kelulusan siswa:\n"
            "- jenjang dasar\n"
            "(negeri dan swasta) % 98 99 101,02\n"
            "- jenjang menengah (negeri\n"
            "dan swasta)\n"
            "% 95 94 98,95\n")
    rows = records(text)[0]
    assert measured(rows) == [(98, 99, 101.02), (95, 94, 98.95)]
    assert "jenjang dasar (negeri dan swasta)" in rows[0].indicator_raw
    assert "menengah" not in rows[0].indicator_raw
    assert "jenjang menengah (negeri dan swasta)" in rows[1].indicator_raw


def test_a_next_years_target_group_after_the_report_years_is_no_result():
    # two years over groups of three and two columns: the second year's Target / % is a plan, not the result
    text = ("No Indikator Kinerja\n"
            "2022 2023\n"
            "Target Realisasi % Target %\n"
            "1 Persentase desa yang mandiri 64,5 66,8 103,57 70,1 95,29\n")
    assert measured(table_records(text, 2022)[0]) == [(64.5, 66.8, 103.57)]


# Scans written to open with a class or a literal (which the engine skips to in C) find what their plain forms find.
_SCAN_SNIPPETS = ("Target (%) | Realisasi (Rp) | Capaian % | TW I | Triwulan II | Smt 2 | semester-iv | TRW.3 |\tSEMESTER 1",
                  "Capaian Tahun 2021  Th. 2022  thn2023  TAHUN1999  Xtahun 2020  th 20211  ſemester ii  ıtw I",
                  "anggaran sebesar Rp 25.612.568.000 dan senilai 1.240.000.000; disebesar 1.000.000.000 (Sebesar 12.000.000)",
                  "ketwi tw1 tw 4x Semester III; sMt 2 - smt . iv")


@pytest.mark.parametrize(("scan", "plain", "flags"), [
    ("YEAR_TAG_RE", r"\b(?:tahun|th|thn)\.?\s*(?:19|20)\d\d\b", re.I),
])
def test_header_scans_opening_with_a_class_find_what_their_plain_forms_find(scan: str, plain: str, flags: int):
    from extract import headers
    for text in _SCAN_SNIPPETS + tuple(s.lower() for s in _SCAN_SNIPPETS):
        found = [m.span() for m in getattr(headers, scan).finditer(text)]
        assert found == [m.span() for m in re.finditer(plain, text, flags)]
    assert any(getattr(headers, scan).search(s) for s in _SCAN_SNIPPETS)
    assert getattr(headers, scan).pattern[0] == "[" and not getattr(headers, scan).flags & re.I  # a class re.I hides not


def test_amount_in_prose_opening_with_its_literal_finds_what_the_plain_form_finds():
    from extract.tables import AMOUNT_IN_PROSE_RE
    plain = r"\b(?:sebesar|senilai)\s+(?:R[pP]\.?\s*)?\d{1,3}(?:[.,]\d{3}){2,}"
    for text in _SCAN_SNIPPETS:
        assert [m.span() for m in AMOUNT_IN_PROSE_RE.finditer(text)] == [m.span() for m in re.finditer(plain, text)]
    assert [m.group() for m in AMOUNT_IN_PROSE_RE.finditer(_SCAN_SNIPPETS[2])] == [
        "sebesar Rp 25.612.568.000", "senilai 1.240.000.000"]
    assert AMOUNT_IN_PROSE_RE.pattern.startswith("se")  # a literal to scan for


def test_a_row_verdict_beside_target_is_no_header():
    # A table flattened into running text puts each row's verdict ('Tercapai Target', 'Target Tidak Tercapai')
    # between its values and the next row's name: the line holds 'Target' twice and 'Persentase', yet is rows.
    text = ("Sasaran Strategis Indikator Kinerja Target Realisasi Capaian Kriteria\n"
            "Meningkatnya mutu layanan publik\n"
            "Persentase aduan warga yang selesai ditangani tepat waktu\n"
            "95% 95% 100% Tercapai Target Persentase relawan desa terlatih 80% 80% 100% Tercapai Target Meningkatnya\n"
            "tata kelola keuangan\n"
            "Persentase temuan audit yang ditindaklanjuti\n"
            "60% 45% 75% Target Tidak Tercapai\n"
            "Indeks kepuasan masyarakat 85 90 105,88% Terlampaui Target")
    measures, _ = table_records(text)
    got = {(m.indicator_raw, m.target.raw, m.realisation.raw) for m in measures}
    assert ("Persentase temuan audit yang ditindaklanjuti", "60%", "45%") in got
    assert ("Indeks kepuasan masyarakat", "85", "90") in got


def test_a_header_with_a_target_column_beside_other_words_stays_a_header():
    # guard: 'Target' beside column words (no verdict word) keeps naming its column
    text = ("No Indikator Kinerja Target Realisasi Capaian Keterangan\n"
            "1 Persentase dokumen perencanaan tepat waktu 100% 100% 100% Tercapai\n"
            "2 Indeks kepuasan layanan 80 76 95% Tidak Tercapai")
    measures, _ = table_records(text)
    got = [(m.indicator_raw, m.target.raw, m.realisation.raw) for m in measures]
    assert got == [("Persentase dokumen perencanaan tepat waktu", "100%", "100%"),
                   ("Indeks kepuasan layanan", "80", "76")]


def test_rows_run_together_are_split_at_each_rows_verdict():
    # Each row's values end in its Kriteria verdict; the next row's name and values follow on the same line,
    # and the line ends in the next sasaran's first word, which is no row's name.
    text = ("Sasaran Strategis Indikator Kinerja Target Realisasi Capaian Kriteria\n"
            "Meningkatnya mutu layanan publik\n"
            "Persentase aduan warga yang selesai ditangani tepat waktu\n"
            "95% 95% 100% Tercapai Target Persentase relawan desa terlatih 80% 80% 100% Tercapai Target Meningkatnya\n"
            "tata kelola keuangan\n"
            "Persentase temuan audit yang ditindaklanjuti\n"
            "60% 45% 75% Target Tidak Tercapai")
    measures, _ = table_records(text)
    got = [(m.indicator_raw, m.target.raw, m.realisation.raw) for m in measures]
    assert got == [("Persentase aduan warga yang selesai ditangani tepat waktu", "95%", "95%"),
                   ("Persentase relawan desa terlatih", "80%", "80%"),
                   ("Persentase temuan audit yang ditindaklanjuti", "60%", "45%")]


def test_grades_before_a_target_verdict_are_the_rows_values():
    text = ("Indikator Kinerja Target Realisasi Capaian Kriteria\n"
            "Nilai evaluasi SAKIP BB BB 100% Tercapai Target\n"
            "Indeks kepuasan masyarakat 85 90 105,88% Terlampaui Target")
    measures, _ = table_records(text)
    got = [(m.indicator_raw, m.target.raw, m.realisation.raw) for m in measures]
    assert got == [("Nilai evaluasi SAKIP", "BB", "BB"), ("Indeks kepuasan masyarakat", "85", "90")]


def test_a_verdict_then_words_that_open_no_measure_leaves_the_line_one_row():
    # guard: after the verdict comes the row's remark, not a next row's name
    text = ("Indikator Kinerja Target Realisasi Capaian Keterangan\n"
            "Persentase aduan warga yang selesai ditangani 95% 95% 100% Tercapai karena layanan daring berjalan")
    measures, _ = table_records(text)
    got = [(m.indicator_raw, m.target.raw, m.realisation.raw) for m in measures]
    assert got == [("Persentase aduan warga yang selesai ditangani", "95%", "95%")]


def test_a_time_limit_ending_a_name_line_is_the_names_not_a_value():
    # the name ends on its time limit, its values on the next line
    text = ("Indikator Kinerja Target Realisasi Capaian\n"
            "Persentase izin usaha yang terbit dalam waktu paling lama 5 (lima) hari\n"
            "90% 95% 105,56%\n"
            "Persentase aduan yang ditanggapi 80% 85% 106,25%")
    measures, _ = table_records(text)
    got = [(m.indicator_raw, m.target.raw, m.realisation.raw) for m in measures]
    assert got == [("Persentase izin usaha yang terbit dalam waktu paling lama 5 (lima) hari", "90%", "95%"),
                   ("Persentase aduan yang ditanggapi", "80%", "85%")]


def test_a_count_of_days_with_no_limit_words_stays_a_target():
    # guard: a target table's day count after the name is its target
    text = ("No Indikator Kinerja Target\n"
            "1 Rata-rata lama penerbitan izin 5 hari\n"
            "2 Jumlah desa mandiri 12 desa")
    measures, _ = table_records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [("Rata-rata lama penerbitan izin", "5 hari"),
                                                                   ("Jumlah desa mandiri", "12 desa")]


def test_a_time_limit_on_a_wrapped_name_line_below_the_values_stays_in_the_name():
    text = ("No  Indikator Kinerja                        Target    Realisasi   Capaian (%)\n"
            "1   Persentase laporan gangguan yang          95%       97%         102,11\n"
            "    ditangani kurang dari 12 jam\n"
            "2   Indeks kepuasan layanan                   80        82          102,50")
    measures, _ = table_records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase laporan gangguan yang ditangani kurang dari 12 jam",
                                                   "Indeks kepuasan layanan"]


def test_child_friendly_city_ranks_in_value_cells_are_grades():
    text = ("| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
            "| 1 | Persentase anak korban kekerasan yang tertangani | 100% | 100% | 100% |\n"
            "| 2 | Predikat Kabupaten Layak Anak | Nindya | Pratama | - |")
    measures, _ = table_records(text)
    got = [(m.indicator_raw, m.target.raw, m.target.unit, m.realisation.raw) for m in measures]
    assert ("Predikat Kabupaten Layak Anak", "Nindya", "grade", "Pratama") in got


def test_a_line_of_ranks_with_the_source_note_run_onto_it_is_the_rows_values():
    # a text export puts the row's cells on one line; the table's source note runs onto it
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1. Indeks Pembangunan Gender\n"
            "92,10% 92,55% 100,49%\n"
            "2. Tingkat Capaian Kota Layak Anak\n"
            "Madya Madya Madya Sumber : Dinas Sosial, 2023")
    measures, _ = table_records(text)
    got = [(m.indicator_raw, m.target.raw, m.realisation.raw) for m in measures]
    assert got == [("Indeks Pembangunan Gender", "92,10%", "92,55%"), ("Tingkat Capaian Kota Layak Anak", "Madya", "Madya")]


def test_rank_words_before_other_words_stay_a_names_words():
    # guard: 'Madya Pratama' opening a line of words is a name's, not a row's values
    from extract.lines import analyse_line
    from extract.model import Line
    view = analyse_line(Line(number=1, page=1, text="Madya Pratama Karya sebagai mitra pembangunan"))
    assert view.values == [] and view.text.startswith("Madya Pratama")


def test_header_words_give_units_role_words_and_damaged_value_words_their_roles_and_prose_none():
    """A unit is a 'unit' wherever it is read; a damaged value word is read fuzzily, 'PAGN' beside value words
    loosely; the words of a sentence name no column and count all but the specks."""
    from extract.headers import header_words, line_roles, word_role

    assert word_role("%", False) == word_role("(rp)", False) == "unit"
    assert header_words("no indikator realisas capaian (%)") == [
        ("no", "label"), ("indikator", "label"), ("realisas", "realisation"), ("capaian", "achievement"),
        ("(%)", "unit")]
    assert header_words("pagn realisasi (rp) sisa") == [
        ("pagn", "allocation"), ("realisasi", "realisation"), ("(rp)", "unit"), ("sisa", "remainder")]
    assert header_words("semua pegawai di sini hadir", fuzzy=False) == [
        ("semua", None), ("pegawai", None), ("di", None), ("sini", None), ("hadir", None)]
    assert line_roles("Semua pegawai di sini hadir tepat waktu") == ([], 0, 6)


def test_the_next_rows_number_left_after_a_row_of_counts_is_no_value_of_it():
    # text run together: the next row's 'No' ends the value line, its name on the line below
    text = ("No Indikator Kinerja Target Capaian Kinerja\n"
            "1 Jumlah pustakawan yang dilatih 15 Orang 12 Orang\n"
            "Jumlah taman baca yang dibina 6 Desa 5 Desa 2\n"
            "Jumlah arsip yang ditata 40 Berkas 40 Berkas")
    measures, _ = table_records(text)
    row = next(m for m in measures if m.indicator_raw.startswith("Jumlah taman"))
    assert row.target.raw == "6 Desa" and row.target.value == 6


def test_a_capaian_column_holding_counts_in_the_targets_unit_is_the_realisasi():
    # 'Target | Capaian Kinerja' with no Realisasi column: the achieved count, in the target's unit, is the result
    text = ("No Indikator Kinerja Target Capaian Kinerja\n"
            "1 Jumlah pustakawan yang dilatih 15 Orang 12 Orang\n"
            "2 Jumlah arsip yang ditata 40 Berkas 40 Berkas")
    measures, _ = table_records(text)
    assert [(m.target.value, m.realisation.value if m.realisation else None, m.achievement) for m in measures] == [
        (15, 12, None), (40, 40, None)]
    # a capaian printed as a percentage stays the capaian, with no realisasi
    text = ("No Indikator Kinerja Target Capaian Kinerja\n"
            "1 Jumlah pustakawan yang dilatih 15 Orang 80%")
    measures, _ = table_records(text)
    assert measures[0].realisation is None and measures[0].achievement.value == 80


def test_lines_after_a_value_line_ending_on_the_next_rows_number_open_the_next_row():
    # a Sasaran | Indikator table run together: the value line ends on the next row's 'No', and the next row's
    # sasaran stands on the line below (the excerpt cut in its name): no wrap of this row's name
    text = ("No Sasaran Indikator Kinerja Target Capaian Kinerja\n\n"
            "1\n\nMeningkatnya minat baca warga\n\n"
            "Jumlah pustakawan yang dilatih 15 Org 12 Org\n\n"
            "Jumlah taman baca yang dibina 6 Desa/Kel 5 Desa/Kel 2\n\n"
            "Terhimpunnya naskah lama dan terbitan daerah sebagai koleksi serta pelestarian budaya\n\n"
            "Jumlah naskah lama yang dihimpun dan dire\n")
    measures, _ = table_records(text)
    assert [m.indicator_raw for m in measures] == ["Jumlah pustakawan yang dilatih", "Jumlah taman baca yang dibina"]


def test_a_capitalised_line_under_a_sasaran_going_on_in_lower_case_opens_the_rows_name():
    # flattened Sasaran | Indikator cells: the sasaran wraps in lower case, the name's first line stands apart
    # above its value line, whose own piece opens no indicator
    text = ("No Sasaran Indikator Kinerja Target Capaian Kinerja\n\n"
            "1\n\nMeningkatnya minat\n\nbaca bagi warga desa\n\nGerakan Desa\n\n"
            "Cinta Buku (GDCB) 20 Org 18 Org\n\n"
            "Jumlah taman baca yang dibina 6 Desa/Kel 5 Desa/Kel\n")
    measures, _ = table_records(text)
    assert [m.indicator_raw for m in measures] == ["Gerakan Desa Cinta Buku (GDCB)", "Jumlah taman baca yang dibina"]


def test_a_capitalised_sasaran_line_is_no_opening_of_a_name_that_opens_on_its_value_line():
    text = ("No Sasaran Indikator Kinerja Target Capaian Kinerja\n\n"
            "1\n\nMeningkatnya kualitas\n\nlayanan di Kecamatan\n\nSukamaju Barat\n\n"
            "Indeks kepuasan masyarakat 80 82\n")
    measures, _ = table_records(text)
    assert [m.indicator_raw for m in measures] == ["Indeks kepuasan masyarakat"]


def test_a_numbered_rates_name_goes_on_at_its_value_line_opening_with_a_capital():
    # the rate's name wraps: '2. Angka Kesakitan' over 'Malaria per 1.000 penduduk' and its values
    text = ("NO. Indikator Sasaran\n\n"
            "Capaian Kinerja Tahun 2016 Capaian Kinerja Tahun 2017 Capaian Kinerja Tahun 2018 Tahun 2019 "
            "Capaian Kinerja Tahun 2019 Target Realisasi\n\n"
            "1. Angka Kesakitan Demam\n\n"
            "per 1.000 penduduk 2,30 2,20 2,10 1,90 2,00 90,48\n\n"
            "2. Angka Kesakitan\n\n"
            "Malaria per 1.000 penduduk 0,61 0,55 0,50 0,42 0,45 84,00\n")
    measures, _ = table_records(text, 2019)
    assert [m.indicator_raw for m in measures] == ["Angka Kesakitan Demam per 1.000 penduduk",
                                                   "Angka Kesakitan Malaria per 1.000 penduduk"]
    assert [(m.target.value, m.realisation.value) for m in measures] == [(1.9, 2.0), (0.42, 0.45)]


def test_a_page_footer_over_its_page_number_on_a_line_of_its_own_is_no_row():
    text = ("Tabel 2.1 Perjanjian Kinerja\n"
            "No Sasaran Strategis Indikator Kinerja Target\n"
            "1 Meningkatnya pelayanan sosial Persentase penyandang masalah sosial yang tertangani 75%\n"
            "2 Meningkatnya pemberdayaan fakir miskin Persentase keluarga miskin yang mandiri 40%\n\n"
            "Laporan Kinerja Dinas Sosial Tahun 2021\n\n"
            "14\n\n"
            "A. Capaian Kinerja Organisasi\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase penyandang masalah sosial yang tertangani", "75%"),
        ("Persentase keluarga miskin yang mandiri", "40%")]


def test_a_pk_rows_target_before_its_program_and_pagu_is_a_target():
    # 'Sasaran | Indikator | Target | Program | Anggaran': the row's values end on the pagu, its target in its text
    text = ("Tabel 2.2 Perjanjian Kinerja\n\n"
            "No Sasaran Indikator Sasaran Target Program Anggaran (Rp.)\n\n"
            "1 Meningkatnya ketahanan pangan Persentase desa rawan pangan yang tertangani 62,5% "
            "Peningkatan Ketahanan Pangan 845.200.000,00\n"
            "2 Meningkatnya produksi padi Persentase kenaikan produksi padi 4,25% "
            "Peningkatan Produksi Pertanian 1.120.000.000,00\n")
    measures, budgets = records(text)
    assert [(m.indicator_raw, m.target.value, m.sasaran) for m in measures] == [
        ("Persentase desa rawan pangan yang tertangani", 62.5, "Meningkatnya ketahanan pangan"),
        ("Persentase kenaikan produksi padi", 4.25, "Meningkatnya produksi padi")]
    assert [(b.name, b.allocation.value) for b in budgets] == [
        ("Peningkatan Ketahanan Pangan", 845_200_000.0), ("Peningkatan Produksi Pertanian", 1_120_000_000.0)]


def test_a_page_footer_wrapped_at_a_narrow_measure_over_its_year_and_page_number_is_no_row():
    text = ("Tabel 2.1 Perjanjian Kinerja\n"
            "No Sasaran Strategis Indikator Kinerja Target\n"
            "1 Meningkatnya pelayanan sosial Persentase penyandang masalah sosial yang tertangani 75%\n\n"
            "Laporan Kinerja Dinas Sosial Tahun\n"
            "2021\n\n"
            "14\n\n"
            "A. Capaian Kinerja Organisasi\n")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == ["Persentase penyandang masalah sosial yang tertangani"]


def test_a_pk_row_flattened_one_cell_piece_a_line_keeps_its_indicator_above_its_target_and_program():
    # each cell's pieces on lines of their own, a row running over more lines than a wrapped name does
    text = ("Tabel 2.2 Perjanjian Kinerja\n\n"
            "Dinas Pertanian Kabupaten Sleman tahun 2021\n\n"
            "No Sasaran Indikator Sasaran Target Program Anggaran (Rp.)\n\n"
            "1. Meningkatnya\n\nketahanan pangan\n\nmasyarakat desa\n\n"
            "- Persentase desa rawan pangan yang tertangani\n\n"
            "- 62,5% Peningkatan Ketahanan Pangan Daerah\n\n"
            "845.200.000,00\n\n"
            "- Persentase kenaikan\n\nproduksi padi\n\n"
            "- 4,25% Peningkatan produksi\n\npertanian dan\n\nPengembangan perkebunan rakyat\n\n"
            "1.120.000.000,00\n")
    measures, budgets = records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Persentase desa rawan pangan yang tertangani", 62.5), ("Persentase kenaikan produksi padi", 4.25)]
    assert [b.allocation.value for b in budgets] == [845_200_000.0, 1_120_000_000.0]


def test_a_decimal_or_a_count_after_huruf_or_tahun_is_a_value_not_a_citation():
    # 'melek huruf' and a 'tahun' unit end indicator names; a citation is 'huruf b' or 'tahun 2019'. Read as
    # citations, the first value joined the name and the others slid a column.
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Persentase penduduk dewasa melek huruf 91,40 92,15 100,82\n"
            "2 Harapan lama bersekolah tahun 12,10 12,30 101,65\n"
            "3 Banyaknya laporan evaluasi tahun 6 6 100\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == [
        ("Persentase penduduk dewasa melek huruf", 91.4, 92.15),
        ("Harapan lama bersekolah tahun", 12.1, 12.3),
        ("Banyaknya laporan evaluasi tahun", 6.0, 6.0)]
    from extract.lines import LineViews

    views = LineViews([Line(1, 1, "sesuai Pasal 5 huruf b Peraturan Nomor 3 Tahun 2019"),
                       Line(2, 1, "Indikator Kinerja Target Tahun 1 Tahun 2 Tahun 3")])
    assert views[0].values == [] and views[1].values == []  # a plan's years numbered in its heading: no values


def test_a_numbered_row_named_by_acronyms_alone_is_a_measure_but_a_capitalised_scrap_is_not():
    # Pemda IKU lists name some measures by acronyms only; a misread 'NIP' line or a wrapped name's last
    # line in capitals carries numbers too but is no numbered row with a target and a result.
    text = ("No Indikator Kinerja Target Realisasi Capaian\n"
            "1 Angka harapan hidup penduduk 68,20 68,45 100,37\n"
            "2 APM SDMI 95,10 96,00 100,95\n"
            "3 IPM 70,20 70,85 100,93\n"
            "NIF 19790512 200312 1\n"
            "4 Nilai IKM 80 82 102,5\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == [
        ("Angka harapan hidup penduduk", 68.2, 68.45), ("APM SDMI", 95.1, 96.0), ("IPM", 70.2, 70.85),
        ("Nilai IKM", 80.0, 82.0)]


def test_a_one_line_paragraph_under_a_table_flattened_one_cell_per_line_is_not_the_last_name():
    # Each cell on a line of its own: the name is printed whole before its values, so the line below the last
    # value opens the text after the table, whether or not its sentence ends on that line.
    text = ("INDIKATOR KINERJA TARGET REALISASI CAPAIAN\n"
            "1. Persentase temuan yang ditindaklanjuti\n75%\n80%\n106,67%\n"
            "2. Persentase laporan hasil audit yang tepat waktu\n90%\n85%\n94,44%\n"
            "Secara umum capaian kedua indikator di atas sudah baik karena tim audit bekerja sesuai jadwal\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Persentase temuan yang ditindaklanjuti", 75.0),
        ("Persentase laporan hasil audit yang tepat waktu", 90.0)]


def test_column_numbers_run_onto_a_one_line_header_and_the_first_row_keep_the_first_row():
    # A text export joined the header, its row of column numbers and the first row's name on one line.
    text = ("INDIKATOR KINERJA SATUAN TARGET REALISASI CAPAIAN 1 2 3 4 5 1 Persentase desa yang memiliki air bersih\n"
            "% 60.00 54.00 90.00\n"
            "2 Persentase rumah tangga dengan sanitasi layak\n"
            "% 70.00 77.00 110.00\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == [
        ("Persentase desa yang memiliki air bersih", 60.0, 54.0),
        ("Persentase rumah tangga dengan sanitasi layak", 70.0, 77.0)]
    from extract.headers import header_runs_into_row
    assert header_runs_into_row("Tabel 2 Capaian Indikator Target Realisasi Capaian 1 2 4 1 Persentase x") is None


def test_a_long_line_running_several_rows_together_under_a_header_gives_every_row():
    # A text export printed the whole table body on one line (past the length read as prose).
    names = ["Persentase aparatur yang mengikuti pelatihan teknis bidang keuangan",
             "Persentase dokumen perencanaan daerah yang disahkan tepat waktu",
             "Persentase rekomendasi pengawasan yang selesai ditindaklanjuti",
             "Persentase desa yang telah menerapkan sistem informasi keuangan desa"]
    values = ["75,00 70,00 93,33", "100,00 90,00 90,00", "60,00 72,00 120,00", "50,00 55,00 110,00"]
    body = " ".join(f"{k} {name} {v}" for k, (name, v) in enumerate(zip(names, values), start=1))
    assert len(body) > 300
    measures, _ = records("No Indikator Kinerja Target Realisasi Capaian\n" + body + "\n")
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == [
        (names[0], 75.0, 70.0), (names[1], 100.0, 90.0), (names[2], 60.0, 72.0), (names[3], 50.0, 55.0)]


def test_rows_on_one_long_line_under_numbered_sasaran_restart_their_numbers_and_all_are_read():
    # Rows grouped under numbered sasaran restart at 1; a grade row's values are no run of numbers, but the
    # next row's number is the next in turn.
    body = ("1 Meningkatnya kualitas tata kelola keuangan daerah 1 Persentase perangkat daerah dengan laporan "
            "keuangan tepat waktu 90,00 95,00 105,56 2 Opini BPK atas laporan keuangan daerah Opini WTP WTP 100 "
            "3 Persentase aset daerah yang telah bersertifikat 40,00 35,00 87,50 2 Meningkatnya kualitas pelayanan "
            "publik daerah 1 Persentase perangkat daerah dengan standar pelayanan 80,00 84,00 105,00")
    measures, _ = records("No Sasaran No Indikator Kinerja Satuan Target Realisasi Capaian\n" + body + "\n")
    assert [(m.indicator_raw, m.realisation.raw) for m in measures] == [
        ("Persentase perangkat daerah dengan laporan keuangan tepat waktu", "95,00"),
        ("Opini BPK atas laporan keuangan daerah", "WTP"),
        ("Persentase aset daerah yang telah bersertifikat", "35,00"),
        ("Persentase perangkat daerah dengan standar pelayanan", "84,00")]


def test_a_numbered_name_under_a_header_flattened_one_word_per_line_is_the_first_row_not_a_header_cell():
    text = ("Indikator Kinerja\nTarget\nRealisasi\nCapaian\n"
            "1. Persentase temuan yang ditindaklanjuti\n75%\n80%\n106,67%\n"
            "2. Persentase laporan hasil audit yang tepat waktu\n90%\n85%\n94,44%\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.achievement.value) for m in measures] == [
        ("Persentase temuan yang ditindaklanjuti", 75.0, 106.67),
        ("Persentase laporan hasil audit yang tepat waktu", 90.0, 94.44)]


def test_a_continuation_page_on_one_line_without_its_header_gives_rows_its_capaian_proves():
    # Each page printed on one line, the table's header on the page before: the rows stand when the third
    # value of most of them is the second over the first x 100.
    page = ("31 3 Meningkatnya kualitas pelayanan publik daerah 1 Persentase perangkat daerah dengan standar "
            "pelayanan 80,00 84,00 105,00 2 Persentase pengaduan masyarakat yang diselesaikan 75,00 60,00 80,00 "
            "3 Indeks kepuasan masyarakat Angka 80,00 82,40 103,00 "
            "4 Meningkatnya kualitas aparatur 1 Persentase pegawai yang mengikuti diklat 50,00 45,00 90,00")
    measures, _ = records(page + "\n")
    assert [(m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
        (80.0, 84.0, 105.0), (75.0, 60.0, 80.0), (80.0, 82.4, 103.0), (50.0, 45.0, 90.0)]
    assert measures[0].indicator_raw == "Persentase perangkat daerah dengan standar pelayanan"
    # a paragraph with numbers that no capaian proves gives none
    prose = ("Pada tahun 2016 tercatat 12 kegiatan 14 rapat dan 3 Kunjungan kerja dengan 45 peserta 50 undangan "
             "serta 2 Rapat koordinasi yang diikuti 30 peserta 25 undangan dan 4 Bimbingan teknis bagi 60 peserta "
             "70 undangan, sedangkan 5 Sosialisasi diikuti 80 peserta 90 undangan dari seluruh kecamatan 12 13 14")
    assert records(prose + "\n")[0] == []


@pytest.mark.parametrize("labels", [["No. Indikator Kinerja Utama per Bidang"], ["No. Rincian Output (RO) per", "Unit Kerja"]])
@pytest.mark.parametrize("target", ["TARGET", "TARGET\nTAHUNAN"])
def test_a_satuan_cell_between_flattened_value_cells_keeps_the_target_before_it(labels, target):
    head = labels + [target.split("\n")[0], " ".join(target.split("\n")[1:] + ["SATUAN"]), "REALISASI", "%"]
    measures, _ = records("\n".join(head + ["1 Jumlah dokumen perencanaan yang disusun 4 Dokumen 3 75 %"]))
    assert measured(measures) == [(4, 3, 75)]


OUTPUT_ROW = "1 Layanan Perkantoran Dasar 6 Paket 3 50 %"


@pytest.mark.parametrize("header", [
    ["No. Rincian Output Target Tahunan Satuan Capaian Output Triwulan II Jumlah %"],  # one line
    ["No. Rincian Output (RO) per", "Unit Kerja", "TARGET", "TAHUNAN SATUAN", "CAPAIAN OUTPUT", "TRIWULAN II",
     "JUMLAH %"],  # one cell per line
])
def test_a_capaian_cell_over_jumlah_and_percent_is_the_realisation_and_its_capaian(header):
    measures, _ = records("\n".join(header + [OUTPUT_ROW]))
    assert measured(measures) == [(6, 3, 50)]
    assert measures[0].indicator_raw == "Layanan Perkantoran Dasar"


def test_capaian_alone_before_a_percent_stays_the_capaian():
    from extract.headers import line_roles, resolve_roles
    assert resolve_roles(line_roles("Target Satuan Capaian %")[0]) == ["target", "achievement"]
    assert resolve_roles(line_roles("Target Realisasi Capaian Jumlah %")[0]) == ["target", "realisation",
                                                                               "achievement"]


def test_a_page_footer_with_its_page_number_on_the_next_line_is_no_row():
    text = "\n".join(["No Indikator Kinerja Target Realisasi Capaian",
                      "1 Persentase surat yang dibalas 80 72 90",
                      "Laporan Kinerja Kantor Contoh Tahun 2020", "12", "2.", "Tertibnya arsip", "kantor"])
    measures, _ = records(text)
    assert measured(measures[:1]) == [(80, 72, 90)]
    assert not any("Laporan" in r.indicator_raw or r.target is not None and r.target.value == 12 for r in measures)


def test_a_header_wrapped_over_lines_around_its_fullest_line_names_each_of_a_rows_values():
    # A layout export of narrow header cells: the year over its three columns, 'Kondisi Awal' over '(2020)',
    # 'Target Akhir' / 'Renstra' / '(2024)' and the plan's capaian stacked in their columns. The fullest line
    # alone names Target and Realisasi only, which read by order would fall on the plan's last two values;
    # joined column by column, the header names all six, and each row gives the year's result.
    text = (
            "                                            Tahun 2021                        % Capaian\n"
            "                                                                  Target Akhir  s.d. 2021\n"
            "                         Kondisi Awal\n"
            "  No      Indikator                                       %         Renstra     terhadap\n"
            "                           (2020)   Target   Realisasi\n"
            "                                                        Capaian     (2024)    Akhir Renstra\n"
            "                                                                                (2024)\n"
            "       Persentase jalan\n"
            "  1.                      70,00%    75%      78,50%    104,67%     90%         87,22%\n"
            "       dalam kondisi baik\n"
            "  2.   Indeks kepuasan    80,10     81       83,40     102,96%     85          98,12%\n"
            "                                             tidak diukur\n"
            "  3.   Indeks gini        NA        NA                 0,31%      0,35         88,57%\n")
    rows = records(text)[0]
    said = lambda reading: reading.raw if reading is not None else None  # noqa: E731
    assert [(r.indicator_raw, r.target.raw, said(r.realisation), said(r.achievement)) for r in rows] == [
        ("Persentase jalan dalam kondisi baik", "75%", "78,50%", "104,67%"),
        ("Indeks kepuasan", "81", "83,40", "102,96%"),
        ("Indeks gini", "NA", None, "0,31%")]  # each 'NA' holds its own column: no value moves into the target


def test_a_header_naming_fewer_columns_than_a_rows_values_does_not_guess_which_they_are():
    # Only 'Target' and 'Realisasi' are named, yet each row prints five values (a start value, the year's
    # result, a capaian and a plan's target, their header words lost). Read from the right, the plan's
    # columns would pass for the year's target and realisasi: no row is better than a wrong one.
    text = ("No   Indikator Kinerja                 Target    Realisasi\n"
            "1    Persentase desa tangguh bencana   40%       45%       48%       106,67%   60%\n"
            "2    Indeks risiko bencana             120,5     118,0     116,2     101,55%   110,0\n")
    assert records(text)[0] == []


def test_a_short_name_is_a_row_when_its_capaian_is_its_realisasi_over_its_target():
    # crops listed by name alone under a Target / Realisasi / Capaian header, and a sub-indicator under its parent
    text = ("No Komoditas Target Realisasi Capaian\n"
            "1) Cabai Rawit 12.400 15.128 122,00%\n"
            "2) Kedelai 8.000 6.100 76,25%\n")
    measures, _ = records(text)
    assert [(m.indicator_raw, m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
        ("Cabai Rawit", 12400.0, 15128.0, 122.0), ("Kedelai", 8000.0, 6100.0, 76.25)]
    measures, _ = records("No Indikator Kinerja Satuan Target Realisasi % Capaian\n- Jagung % 6,40 8,32 130,00\n")
    assert [(m.indicator_raw, m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
        ("Jagung", 6.4, 8.32, 130.0)]


def test_a_short_name_without_proven_arithmetic_or_of_a_summary_stays_refused():
    text = ("No Komoditas Target Realisasi Capaian\n"
            "1) Kedelai 8.000 6.100 90,00%\n"  # the capaian is no ratio of the two
            "2) Kacang 500 500 100%\n"  # equal numbers prove nothing
            "3) Tahun 2019 2020 101,2\n"  # a year, not a name
            "4) Jumlah 8.500 6.600 77,65%\n"  # a total row
            "Kedelai Hitam 8.000 6.100 76,25%\n")  # no number of its own: a wrapped name's last line
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == []


def test_a_name_one_word_to_a_line_above_a_value_line_led_by_its_satuan_is_the_rows_name():
    # a double-spaced export: the name's words each on a line, then the Satuan cell and the values
    text = ("No Indikator Satuan Target Realisasi Capaian\n\n"
            "1\n\nIndeks\n\nKeterlibatan\n\nPemuda Desa\n\n"
            "Indeks 72,00 73,44 102,0\n")
    (row,) = table_records(text, 2021)[0]
    assert row.indicator_raw == "Indeks Keterlibatan Pemuda Desa"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (72.0, 73.44, 102.0)


def test_prose_one_blank_line_under_a_double_spaced_tables_complete_last_row_is_no_part_of_its_name():
    # every line of the export is followed by a blank line, so the blank line under the row says nothing;
    # the line under it is too wide for the row's name cell, or opens a sentence read over the blank lines
    header = "No Indikator Satuan Target Realisasi Capaian\n\n"
    row = "1 Indeks Keterlibatan Pemuda Desa Indeks 72,00 73,44 102,0\n\n"
    wide = "Keterlibatan pemuda desa yang diukur oleh dinas, bersama kecamatan maupun\n"
    paragraph = ("Keterlibatan pemuda desa\n\nterus tumbuh dari tahun ke tahun karena dukungan\n\n"
                 "kecamatan. Program karang taruna berjalan baik.\n")
    for after in (wide, paragraph):
        (measure,) = table_records(header + row + after, 2021)[0]
        assert measure.indicator_raw == "Indeks Keterlibatan Pemuda Desa", after


def test_a_header_printed_one_word_to_a_line_over_double_spaced_rows_is_read():
    # a document site's text export: every word of the header on a line of its own, a blank line between
    words = ["No", "Indikator", "Satuan", "Realisasi", "2020", "Target", "2021", "Realisasi", "2021", "%",
             "Capaian", "Tahun", "2021"]
    text = "\n\n".join(words) + "\n\n1 Indeks keterlibatan pemuda desa Indeks 70,10 72,00 73,44 102,0\n"
    (row,) = table_records(text, 2021)[0]
    assert (row.indicator_raw, row.target.value, row.realisation.value, row.achievement.value) == (
        "Indeks keterlibatan pemuda desa", 72.0, 73.44, 102.0)


def test_a_header_flattened_one_whole_cell_to_a_line_is_not_read_as_one_printed_word_by_word():
    # each line a whole cell and no cell split over lines: the flattened header's own reading, rows one value a line
    text = ("No\n\nIndikator Kinerja\n\nTarget\n\nRealisasi\n\nCapaian\n\nKeterangan\n\nSatuan\n\nSumber Data\n\n"
            "1\n\nPersentase desa tangguh\n\n80%\n\n82%\n\n102,5%\n")
    rows = table_records(text, 2021)[0]
    assert [(r.target.value, r.realisation.value, r.achievement.value) for r in rows] == [(80.0, 82.0, 102.5)]


def test_a_borderless_row_counting_years_reads_its_values_where_the_capaian_proves_them():
    # 'N tahun' after a number reads as a cited year ('Tahun 2'); a target and a realisasi both counted in years,
    # the capaian after them their ratio, are the row's values, and the row is not glued onto the next one
    text = ("Indikator Target Realisasi % Capaian\n"
            "Layanan jasa pengelolaan keuangan 2 tahun 1 tahun 50\n"
            "Jumlah rapat koordinasi 6 kali 6 kali 100\n")
    rows = table_records(text, 2021)[0]
    assert [(r.indicator_raw, r.target.value, r.target.unit, r.realisation.value, r.achievement.value) for r in rows] == [
        ("Layanan jasa pengelolaan keuangan", 2.0, "tahun", 1.0, 50.0), ("Jumlah rapat koordinasi", 6.0, "kali", 6.0, 100.0)]


def test_counts_of_years_that_no_capaian_proves_stay_words_of_the_name():
    # a plan's heading 'Tahun 1 Tahun 2 Tahun 3' and a pair whose third number is no ratio of them
    assert not analyse_line(Line(number=1, page=1, text="Tahun 1 Tahun 2 Tahun 3")).values
    (cell,) = analyse_line(Line(number=1, page=1, text="Masa layanan 2 tahun 1 tahun 80")).cells
    assert [v.raw for v in cell.values][:2] != ["2 tahun", "1 tahun"]


def test_a_borderless_row_measured_in_a_length_or_volume_unit_keeps_its_values():
    # 'KM' in capitals is no grade ('BB') and 'm3' no word: both are the unit of the target and realisasi
    text = ("Indikator Target Realisasi Capaian\n"
            "Jumlah ruas saluran irigasi tersier 140 KM 126 KM 90\n"
            "Jumlah air baku yang tersalurkan 500 m3 450 m3 90\n")
    rows = table_records(text, 2021)[0]
    assert [(r.indicator_raw, r.target.value, r.target.unit, r.realisation.value) for r in rows] == [
        ("Jumlah ruas saluran irigasi tersier", 140.0, "km", 126.0), ("Jumlah air baku yang tersalurkan", 500.0, "m3", 450.0)]


def test_a_unit_of_several_words_after_each_value_is_read_where_the_capaian_proves_it():
    # the Satuan printed beside each value ('ribu penumpang kapal'); without a proving capaian the words stay the name's
    text = ("Indikator Target Realisasi %\n"
            "Jumlah penumpang angkutan sungai 40 ribu penumpang 50 ribu penumpang 125\n")
    (row,) = table_records(text, 2021)[0]
    assert (row.indicator_raw, row.target.value, row.target.unit, row.realisation.value, row.achievement.value) == (
        "Jumlah penumpang angkutan sungai", 40.0, "ribu penumpang", 50.0, 125.0)
    (cell,) = analyse_line(Line(number=1, page=1, text="Jumlah kapal 40 ribu penumpang 50 ribu penumpang 60")).cells
    assert all(v.reading.unit is None for v in cell.values)


def test_a_lower_case_row_of_proven_counts_under_a_row_of_proven_counts_is_a_row_of_its_own():
    # not the row above's second value line: its counts carry their own noun and prove their own capaian
    text = ("Indikator Target Realisasi % Capaian\n"
            "penyediaan alat tulis kantor 4 kali 2 kali 50\n"
            "penyediaan jasa kebersihan gedung 12 bulan 12 bulan 100\n")
    rows = table_records(text, 2021)[0]
    assert [(r.indicator_raw, r.target.value, r.target.unit, r.achievement.value) for r in rows] == [
        ("penyediaan alat tulis kantor", 4.0, "kali", 50.0), ("penyediaan jasa kebersihan gedung", 12.0, "bulan", 100.0)]


def test_budget_code_alone_under_a_space_aligned_agreement_ends_the_last_row():
    # pdftotext -layout with narrow columns: the agreement's last indicator, then its budget block whose
    # code stands alone on a line and whose names wrap below it. The last row keeps its own name and value.
    text = (
        "No.   Sasaran Kegiatan           Indikator Kinerja          Target\n"
        "\n"
        "1.    Terkelolanya Arsip         Persentase arsip yang      100%\n"
        "      Kantor                     tertata\n"
        "2.    Terwujudnya                Ketepatan Penyusunan       95%\n"
        "      Tertib Anggaran            Laporan Anggaran\n"
        "\n"
        "012.03.DX\n"
        "Pengelolaan Administrasi\n"
        "dan Layanan Kantor\n"
        "\n"
        "Layanan Umum               Rp. Rp.   /\n"
        "Perkantoran dan\n"
        "Pengelolaan Sarana\n"
        "(5120)\n"
        "3. Layanan Kearsipan       Rp.       310.500.000,-\n"
        "(5121)\n"
        "4. Pemeliharaan Gedung     Rp.       1.250.000.000,-\n")
    measures, _ = table_records(text)
    names = [(m.indicator_raw, m.target.raw if m.target else None) for m in measures]
    assert names == [("Persentase arsip yang tertata", "100%"), ("Ketepatan Penyusunan Laporan Anggaran", "95%")]


def test_a_value_cell_glued_to_its_satuan_keeps_its_row():
    from extract.lines import analyse_cell
    cell = analyse_cell(2, " 100%Dokumen ")
    (token,) = cell.values
    assert (token.kind, token.reading.value, token.raw, cell.text) == ("percent", 100.0, "100%Dokumen", "")


def test_a_bordered_budget_row_whose_borders_after_the_name_were_lost_keeps_its_values():
    # A scan read the borders of the name cell but lost those between the amounts: the last cell holds
    # pagu, realisasi, % and the Ket word. Its values are the row's; its words are no part of the name.
    text = (
        "NO | PROGRAM | PAGU | REALISASI | PERSENTASE | KET\n"
        "1 | Program Layanan Arsip | Rp. 3.400.000.000 Rp. 3.060.000.000 90%  APBD\n"
        "2 | Program Sarana Kantor | Rp. 1.200.000.000 | Rp. 960.000.000 | 80% | APBD\n")
    _, budgets = table_records(text)
    rows = [(b.name, b.allocation.value, b.realisation.value, b.percent.value) for b in budgets]
    assert rows == [("Program Layanan Arsip", 3_400_000_000, 3_060_000_000, 90),
                    ("Program Sarana Kantor", 1_200_000_000, 960_000_000, 80)]


def test_a_sasaran_heading_flattened_into_its_first_rows_paragraph_opens_that_rows_name():
    # A web export of a ringkasan table (Target | Realisasi | Capaian) prints each sasaran heading in the same
    # paragraph as its group's first indicator: the heading is cut off, the name kept whole with its wrap, and a
    # name that stands whole on the heading's line keeps its row (it was dropped with the heading).
    text = ("INDIKATOR KINERJA\n\nKINERJA\n\nTarget Realisasi Capaian\n\n(1) (2) (3) (4)\n\n"
            "Sasaran 1 : Meningkatnya Mutu Layanan Arsip yang Tertib Persentase berkas arsip Kantor Lembah Hijau "
            "yang dialihmediakan\n\n"
            "sesuai jadwal retensi.\n\n"
            "100% 100% 100%\n\n"
            "Persentase pengunjung layanan baca 70% 63% 90%\n\n"
            "Sasaran 2 : Terwujudnya Tata Kelola Keuangan yang Baik Persentase temuan audit yang ditindaklanjuti.\n\n"
            "95% 95% 100%\n\n"
            "Jumlah laporan keuangan tepat waktu 4% 4% 100%")
    measures, _ = records(text)
    assert [m.indicator_raw for m in measures] == [
        "Persentase berkas arsip Kantor Lembah Hijau yang dialihmediakan sesuai jadwal retensi.",
        "Persentase pengunjung layanan baca",
        "Persentase temuan audit yang ditindaklanjuti.",
        "Jumlah laporan keuangan tepat waktu"]
    assert measured(measures)[0] == (100.0, 100.0, 100.0) and measured(measures)[2] == (95.0, 95.0, 100.0)


def test_a_sasaran_heading_alone_or_opening_with_a_measure_word_opens_no_name():
    # 'Sasaran 1 : Meningkatnya Indeks ...' is a sasaran whose object is an index, not a name run into it; a heading
    # without a measure word after its words opens nothing either: the rows below keep their own names.
    from extract.tables import joins_sasaran_heading
    assert not joins_sasaran_heading("Sasaran 1 : Meningkatnya Indeks Kepuasan Pengguna Layanan")
    assert not joins_sasaran_heading("Sasaran 2 : Terwujudnya tata kelola keuangan yang baik")
    assert not joins_sasaran_heading("Tabel 3.1 Persentase capaian sasaran")
    assert joins_sasaran_heading("Sasaran Strategis 3. Terlaksananya layanan hukum Jumlah produk hukum yang disusun")


def test_a_header_whose_column_word_ocr_printed_with_a_one_for_an_l_still_heads_its_table():
    # 'Rea1isasi': OCR's '1' for 'l' cut the column word in two, and the table went unread
    from extract.headers import header_words
    roles = [role for _, role in header_words("Kode   Uraian   Pagu   Rea1isasi")]
    assert "allocation" in roles and "realisation" in roles


def test_a_percent_right_after_an_age_in_years_is_the_rows_target_not_a_cited_year():
    # 'usia 0-5 tahun 85%': no law or year is cited with a '%', so the percent is the target, the age the name's
    text = ("No Indikator Kinerja Target\n1 Persentase balita usia 0-5 tahun yang ditimbang 80%\n"
            "2 Persentase lansia usia 60 tahun 45%\n")
    measures, _ = table_records(text, 2021)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase balita usia 0-5 tahun yang ditimbang", "80%"), ("Persentase lansia usia 60 tahun", "45%")]


def test_a_table_run_onto_long_lines_under_a_capitalised_header_goes_on_after_page_breaks():
    # A web export: the header in capitals, the rows run onto a line; the table goes on after a blank line (one
    # row), then after the page's marker, banner and running header, each line opening with the next row's
    # number; the prose after it is no row.
    text = ("Tabel 3.2 Capaian Kinerja Tahun 2020 NO SASARAN INDIKATOR KINERJA SATUAN TARGET REALISASI CAPAIAN "
            "1 Meningkatnya mutu layanan arsip daerah 1 Persentase arsip statis yang tertata % 60,00 66,00 110,00 "
            "2 Persentase perangkat daerah yang tertib arsip % 50,00 45,00 90,00\n\n"
            "3 Jumlah arsip yang didigitalkan berkas 2.000 2.400 120,00\n\n(5)\n\nDINAS ARSIP CONTOH\n\n"
            "LKjIP Dinas Arsip Contoh Tahun 2020 12\n\n"
            "4 Indeks kepuasan pengguna layanan arsip Indeks 80,00 n/a n/a 5 Persentase desa yang dibina "
            "tertib arsip % 30 - - 6 Persentase arsip vital yang terlindungi % 70,00 77,00 110,00\n\n"
            "Pada tahun 2021 dinas akan menambah 7 Ruang penyimpanan arsip dengan 8 Rak bergerak 40,00 50,00 125,00.\n")
    measures, _ = table_records(text, 2020)
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == [
        ("Persentase arsip statis yang tertata", 60.0, 66.0),
        ("Persentase perangkat daerah yang tertib arsip", 50.0, 45.0),
        ("Jumlah arsip yang didigitalkan", 2000.0, 2400.0),
        ("Indeks kepuasan pengguna layanan arsip", 80.0, None),
        ("Persentase desa yang dibina tertib arsip", 30.0, None),
        ("Persentase arsip vital yang terlindungi", 70.0, 77.0)]


def test_a_table_drawn_in_box_drawing_characters_reads_as_its_grid():
    # A web page dumped by a text browser draws its bordered tables with box-drawing characters, each cell
    # centred on its row: a three-line name holds its values on the middle line. Read as the ASCII grid it draws.
    from extract.grid_tables import box_drawing_as_ascii, render_grid_tables

    page = ("┌──┬──────────────────────┬───────┬─────────┐\n"
            "│No│Indikator Kinerja     │Target │Realisasi│\n"
            "├──┼──────────────────────┼───────┼─────────┤\n"
            "│  │Persentase gudang     │       │         │\n"
            "│1 │arsip yang tertata di │90%    │87,50%   │\n"
            "│  │lima kecamatan        │       │         │\n"
            "├──┼──────────────────────┼───────┼─────────┤\n"
            "│2 │Nilai Evaluasi SAKIP  │B      │BB       │\n"
            "└──┴──────────────────────┴───────┴─────────┘\n"
            "Garis │ di tengah kalimat tetap seperti tercetak.")
    assert box_drawing_as_ascii(page).split("\n")[0] == "+--+----------------------+-------+---------+"
    assert box_drawing_as_ascii(page).split("\n")[-1] == "Garis │ di tengah kalimat tetap seperti tercetak."
    measures, _ = records(render_grid_tables(page))
    assert [(m.indicator_raw, m.target.value or m.target.text, m.realisation.value or m.realisation.text)
            for m in measures] == [("Persentase gudang arsip yang tertata di lima kecamatan", 90.0, 87.5),
                                   ("Nilai Evaluasi SAKIP", "B", "BB")]


def test_a_one_sided_target_alone_on_its_flattened_line_is_kept_whatever_word_opens_the_name():
    # a target table flattened one cell per line, no blank line between rows: '≤ 3 hari' under Target is the
    # target (less also meets it), though 'Lama waktu ...' opens with no usual indicator word; a rating scale's
    # band ('80% ≤ 95%') prints two numbers about its sign and is no such cell
    text = "\n".join([
        "Tabel 2.1 Perjanjian Kinerja Kelurahan Contoh", "No", "Sasaran", "Indikator Kinerja", "Target",
        "1", "Meningkatnya mutu layanan kelurahan", "Persentase surat keterangan selesai di hari yang sama", "≥ 85%",
        "2", "Meningkatnya mutu layanan kelurahan", "Lama waktu penerbitan surat pengantar nikah", "≤ 3 hari",
        "3", "Meningkatnya mutu layanan kelurahan", "Indeks kepuasan warga terhadap layanan kelurahan", "≥ 78"])
    measures, _ = records(text)
    found = {m.indicator_raw: m.target for m in measures}
    lama = next(t for name, t in found.items() if name.startswith("Lama waktu penerbitan"))
    assert (lama.value, lama.unit) == (3.0, "hari")
    assert len(measures) == 3


def test_a_numbered_subsection_heading_after_a_blank_line_closes_a_flattened_table():
    # a capaian table flattened one cell per line, no blank line between rows; after a blank line '2.4 Evaluasi
    # Capaian' opens the report's next part: its number is no value and the paragraph under it no row
    text = "\n".join([
        "Tabel 2.3 Capaian Kinerja Kelurahan Contoh", "No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)",
        "1", "Persentase surat keterangan selesai di hari yang sama", "≥ 85%", "88,00%", "103,53",
        "2", "Indeks kepuasan warga terhadap layanan kelurahan", "≥ 78", "80,50", "103,21",
        "", "2.4 Evaluasi Capaian", "",
        "Surat keterangan yang diajukan warga berjumlah 1.240 berkas, 1.091 berkas di antaranya selesai",
        "pada hari yang sama."])
    measures, _ = records(text)
    assert [m.target.value for m in measures] == [85.0, 78.0]
    from extract.tables import closes_flattened_table
    assert closes_flattened_table("3.2 Analisis Capaian Kinerja")
    assert not closes_flattened_table("2.1 Persentase desa yang dilayani")  # a numbered indicator opening a row
    assert not closes_flattened_table("1.2 Meningkatnya mutu layanan")  # a numbered sasaran


def test_a_section_heading_after_a_blank_line_is_no_part_of_the_last_rows_name():
    # under a table's last row, a blank line, then 'C. Evaluasi Kinerja' (a capital letter, a roman numeral or a
    # subsection's number with its dot, then a capitalised word): the report's next section, whatever the layout;
    # the rest of a name after a blank line, in title case without such a label, still ends the name
    rows = [("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"),
            ("1", "Persentase taman kota yang terawat", "85%", "88%", "103,53%"),
            ("2", "Jumlah laporan pemantauan", "12", "12", "100%")]
    spaced = "\n".join("".join(f"{c:<{w}}" for c, w in zip(row, (4, 40, 9, 11, 9))).rstrip() for row in rows)
    tabbed = "\n".join("\t".join(row) for row in rows)
    plain = "\n".join(" ".join(row) for row in rows)
    expected = ["Persentase taman kota yang terawat", "Jumlah laporan pemantauan"]
    for text in (spaced, tabbed, plain):
        for heading in ("C. Evaluasi Kinerja", "   D. Akuntabilitas Keuangan", "IV. Penutup Laporan",
                        "3.2 Realisasi Anggaran Dinas", "2.4. Capaian Sasaran Strategis"):
            names = [r.indicator_raw for r in table_records(f"{text}\n\n{heading}\n\nUraian singkat.\n", 2023)[0]]
            assert names == expected, (text, heading)
            if "Anggaran" in heading:
                continue  # (a budget section's heading between two rows ends the table: another rule)
            first, last = text.rsplit("\n", 1)  # between two rows: the next group's heading, not the row above's
            names = [r.indicator_raw for r in table_records(f"{first}\n\n{heading}\n\n{last}\n", 2023)[0]]
            assert names == expected, (text, heading)
    names = [r.indicator_raw for r in table_records(f"{plain}\n\nKualitas Lingkungan Hidup Kota\n", 2023)[0]]
    assert names == [expected[0], expected[1] + " Kualitas Lingkungan Hidup Kota"]


def test_a_paragraph_set_across_a_space_aligned_table_is_no_part_of_the_last_rows_name():
    # pdftotext -layout: a wrapped name stays in its column, left of the values; the paragraph under the table,
    # after a blank line, runs on under the value columns (its next line states the row's values again)
    table = (" Indikator Kinerja                  Realisasi 2021  Target 2022  Realisasi 2022    Capaian\n"
             " Persentase arsip vital yang                   95%         100%           100%       100%\n"
             " dialihmediakan sesuai\n"
             " jadwal retensi\n"
             "\n"
             "Indikator persentase arsip vital yang dialihmediakan sesuai jadwal retensi pada\n"
             "tahun 2022 memiliki target 100% dengan realisasi 100%, sehingga capaiannya 100%. Pada tahun\n"
             "2021 realisasi indikator ini sebesar 95%.\n")
    names = [r.indicator_raw for r in table_records(table, 2022)[0]]
    assert names == ["Persentase arsip vital yang dialihmediakan sesuai jadwal retensi"]
    # a last row with no wrapped line below it: the same paragraph is still no part of its name
    rows = table.split("\n")
    single = "\n".join(rows[:2] + rows[4:])
    assert [r.indicator_raw for r in table_records(single, 2022)[0]] == ["Persentase arsip vital yang"]


def test_a_lone_piece_between_two_lines_of_one_cell_is_that_cells_middle_line():
    # a scan lost the empty cells of a wrapped line (' | Kota Contoh yang ditata | '): one piece naming no column;
    # the line below continues the Indikator cell, whose lines follow each other, so the piece is its middle line
    table = ("| No | Sasaran Strategis | Indikator Kinerja | Target |\n"
             "| 1 | Tertatanya arsip daerah | Persentase arsip dinamis Pemerintah | 90% |\n"
             " | Kota Contoh yang ditata sesuai | \n"
             "|  |  | klasifikasi arsip | \n"
             "| 2 | Meningkatnya layanan | Jumlah layanan arsip keliling | 12 kali |\n")
    names = [r.indicator_raw for r in table_records(table, 2022)[0]]
    assert names == ["Persentase arsip dinamis Pemerintah Kota Contoh yang ditata sesuai klasifikasi arsip",
                     "Jumlah layanan arsip keliling"]


def test_a_tab_rows_name_wrapped_around_its_value_line_keeps_its_first_line_from_the_row_above():
    # a tab table's name printed on three lines with its number and values on the middle one: the line above
    # ('Persentase ...' in the name's cell) opens a new measure under a row whose name is whole, so it is the
    # next row's opening, not the row above's wrapped tail (in either a target or a realisation table)
    header = "No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian"
    body = ("1\tTertatanya arsip dinas\tPersentase arsip aktif yang dipindai tepat waktu\t90%\t92%\t102,22%\n"
            "\tMeningkatnya mutu\tPersentase surat keluar\t\t\t\n"
            "2\tlayanan persuratan\tyang dikirim pada hari\t95%\t96%\t101,05%\n"
            "\t\tyang sama\t\t\t\n"
            "3\tTertibnya aset\tJumlah barang milik daerah yang dicatat\t40\t42\t105%\n")
    expected = ["Persentase arsip aktif yang dipindai tepat waktu",
                "Persentase surat keluar yang dikirim pada hari yang sama",
                "Jumlah barang milik daerah yang dicatat"]
    assert [r.indicator_raw for r in table_records(f"{header}\n{body}", 2023)[0]] == expected
    target_only = "\n".join("\t".join(line.split("\t")[:4]) for line in body.splitlines())
    assert [r.indicator_raw for r in table_records(f"No\tSasaran\tIndikator Kinerja\tTarget\n{target_only}\n",
                                                   2023)[0]] == expected
    # a name whose first line ends on a connector ('... yang') or holds its measure word alone goes on below
    for first, rest in (("Persentase arsip yang", "Jumlah dipindai tepat waktu"), ("Nilai", "Indeks Kearsipan")):
        text = f"No\tIndikator Kinerja\tTarget\n1\t{first}\t90%\n\t{rest}\t\n2\tJumlah barang dicatat\t40\n"
        assert [r.indicator_raw for r in table_records(text, 2023)[0]][0] == f"{first} {rest}"


def test_a_target_stated_in_the_name_on_a_line_of_its_own_is_the_names_text():
    # 'Persentase ... sebesar 100%': the name states its target after a quantifier; on a line of its own (a wrapped
    # cell's last line, or a name flattened one cell per line) that value is no row and no column of the row
    header = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]
    flattened = "\n".join(header + ["1", "Persentase izin usaha terbit tepat waktu sebesar 90%", "90%", "93%",
                                    "103,33%", "2", "Jumlah pelaku usaha dibina", "40", "44", "110%"])
    tabbed = "\n".join(["\t".join(header), "1\tPersentase izin usaha terbit\t90%\t93%\t103,33%",
                        "\ttepat waktu sebesar 90%\t\t\t", "2\tJumlah pelaku usaha dibina\t40\t44\t110%"])
    spaced = "\n".join(["No  Indikator Kinerja              Target  Realisasi  Capaian",
                        "1   Persentase izin usaha terbit   90%     93%        103,33%",
                        "    tepat waktu sebesar 90%",
                        "2   Jumlah pelaku usaha dibina     40      44         110%"])
    for text in (flattened, tabbed, spaced):
        rows = table_records(text + "\n", 2023)[0]
        assert [(r.indicator_raw, r.target.raw, r.realisation.raw, r.achievement.raw) for r in rows] == [
            ("Persentase izin usaha terbit tepat waktu sebesar", "90%", "93%", "103,33%"),
            ("Jumlah pelaku usaha dibina", "40", "44", "110%")], text
    # the displayed name drops the quantifier left at its end
    from normalize.indicators import clean_indicator
    assert clean_indicator("Persentase izin usaha terbit tepat waktu sebesar") == \
        "Persentase izin usaha terbit tepat waktu"
    # a value in a cell of its own, or a count after its noun, is still the row's ('Jumlah pelaku usaha | 40')
    rows = table_records("No\tIndikator Kinerja\tRealisasi\tCapaian\n1\tJumlah pelaku usaha sebanyak 40 orang"
                         "\t44\t110%\n", 2023)[0]
    assert (rows[0].target.raw, rows[0].realisation.raw) == ("40 orang", "44")


def test_a_two_word_name_of_a_graded_level_is_a_measure():
    # 'Kapabilitas APIP', 'Level SPIP', 'Maturitas SPIP': an inspectorate's graded levels named in two words, as
    # 'Nilai SAKIP' is; such a row is read, not set aside as a fragment (a two-word place name still is)
    text = "\n".join(["No  Indikator Kinerja                 Target  Realisasi  Capaian",
                      "1   Persentase rekomendasi selesai    80%     84%        105,00",
                      "2   Kapabilitas APIP                  3       3          100,00",
                      "3   Level SPIP                        3       3,25       108,33",
                      "4   Kota Sukamaju                     4       4          100,00"])
    rows = table_records(text + "\n", 2023)[0]
    assert [(r.indicator_raw, r.realisation.raw) for r in rows] == [
        ("Persentase rekomendasi selesai", "84%"), ("Kapabilitas APIP", "3"), ("Level SPIP", "3,25")]


# a scan without borders: OCR prints each line's gaps at its own width, so the header's words stand over no
# column of the rows (invented office and values)
BORDERLESS_SCAN = """Tabel 3.1 Pengukuran Kinerja Tahun 2021
No      Indikator Kinerja   Target      Realisasi      Capaian
1   Persentase surat masuk yang diarsipkan
          secara elektronik dan dapat ditelusuri       100%      100%        100%
     dalam satu hari kerja
2   Persentase rapat pleno yang risalahnya     90%    95,00%       105,56%
     diunggah ke laman resmi
3        Persentase aduan pemilih yang dijawab tepat     80%      84%     105%
     waktu melalui kanal daring
"""


def test_a_header_whose_words_stand_over_no_column_of_its_rows_reads_the_rows_in_order():
    measures, _ = table_records(BORDERLESS_SCAN, 2021)
    assert [m.indicator_raw for m in measures] == [
        "Persentase surat masuk yang diarsipkan secara elektronik dan dapat ditelusuri dalam satu hari kerja",
        "Persentase rapat pleno yang risalahnya diunggah ke laman resmi",
        "Persentase aduan pemilih yang dijawab tepat waktu melalui kanal daring"]
    assert [(m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
        (100.0, 100.0, 100.0), (90.0, 95.0, 105.56), (80.0, 84.0, 105.0)]


# the same scan's agreement table: one value a row, the rest of a long name printed deep under its column
BORDERLESS_AGREEMENT = """Tabel 2.1 Perjanjian Kinerja Tahun 2021
No      Sasaran       Indikator Kinerja     Target
1    Tertibnya administrasi persuratan     Persentase surat masuk yang diarsipkan     100%
                                           secara elektronik paling lambat Tahun 2021
                                           dalam satu hari kerja
2    Terbukanya informasi rapat      Persentase risalah rapat pleno yang diunggah    90%
"""


def test_a_wrapped_names_rest_indented_deep_under_a_borderless_header_is_no_running_text():
    measures, _ = table_records(BORDERLESS_AGREEMENT, 2021)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Persentase surat masuk yang diarsipkan secara elektronik paling lambat Tahun 2021 dalam satu hari kerja",
         100.0),
        ("Persentase risalah rapat pleno yang diunggah", 90.0)]


# an agreement printed one cell per line, no blank line between rows, crossing a page: the page's number, a blank
# line above it, stands right above the next page's running title (invented office and values)
FLAT_AGREEMENT_OVER_A_PAGE = """Tabel 2.1
Perjanjian Kinerja Tahun 2022
No
Sasaran
Indikator Kinerja
Target
1
Tertibnya arsip
Persentase arsip yang ditata
85%
2
Terbukanya informasi

7
LKj KPU Kota Sukamaju 2022

Jumlah layanan informasi yang dibuka
12 layanan

Perjanjian kinerja ini menjadi dasar pengukuran pada Bab III.
"""


def test_a_page_number_above_the_running_title_is_no_cell_of_a_flattened_row():
    measures, _ = table_records(FLAT_AGREEMENT_OVER_A_PAGE, 2022)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase arsip yang ditata", "85%"), ("Jumlah layanan informasi yang dibuka", "12 layanan")]


def test_a_paragraph_of_the_other_column_between_tab_rows_is_no_rows_name() -> None:
    # a two-column page read left column first: the right column's paragraph (no tabs) stands between two rows
    # of the capaian table; read as the wrap of the row above, it ran into that row's name
    text = ("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tPersentase arsip dinas yang didigitalkan\t80%\t84%\t105%\n"
            "Selama tahun berjalan kantor ini juga menerima\n"
            "kunjungan studi banding dari dua kabupaten\n"
            "2\tJumlah pameran arsip keliling\t4 kali\t5 kali\t125%\n")
    rows = table_records(text)[0]
    assert [r.indicator_raw for r in rows] == ["Persentase arsip dinas yang didigitalkan", "Jumlah pameran arsip keliling"]


def test_an_amended_agreements_target_is_the_years_and_the_original_beside_it_is_not():
    # 'PK Perubahan': the agreement was amended mid-year; the table prints both targets, the capaian uses the new one
    text = ("Tabel 2.4 Perjanjian Kinerja Tahun 2022 (Awal dan Perubahan)\n"
            "No\tSasaran\tIndikator Kinerja\tTarget Awal\tTarget Perubahan\n"
            "1\tMeningkatnya literasi pemilih\tJumlah desa sadar pemilu yang dibina\t15 desa\t9 desa\n"
            "2\t\tPersentase pengaduan yang dijawab tepat waktu\t100%\t100%\n"
            "\n"
            "Tabel 3.1 Capaian Kinerja\n"
            "No\tIndikator Kinerja\tTarget PK Awal\tTarget PK Perubahan\tRealisasi\tCapaian\n"
            "1\tJumlah desa sadar pemilu yang dibina\t15 desa\t9 desa\t10 desa\t111,11%\n")
    measures, _ = table_records(text, 2022)
    by_line = {m.source.line: m for m in measures}
    assert by_line[3].target.value == 9 and by_line[4].target.value == 100
    assert (by_line[8].target.value, by_line[8].realisation.value, by_line[8].achievement.value) == (9, 10, 111.11)


def test_a_target_awal_column_alone_is_the_years_target():
    text = ("No\tIndikator Kinerja\tTarget Awal\tRealisasi\tCapaian\n"
            "1\tJumlah desa sadar pemilu yang dibina\t12 desa\t12 desa\t100%\n")
    measures, _ = table_records(text, 2022)
    assert [(m.target.value, m.realisation.value) for m in measures] == [(12, 12)]


def test_a_prose_line_running_one_sentence_into_the_next_is_no_header():
    from extract.headers import text_header_score

    line = "Capaian diukur terhadap target PK Perubahan. Dari tujuh indikator, enam indikator mencapai"
    assert text_header_score(line, True) == ([], False)
    assert text_header_score("No  Indikator  Target  Realisasi s.d. Desember  Capaian", True)[1]


def test_a_spaced_realisasi_whose_first_group_took_the_percent_column_is_proved_by_the_closing_rate():
    # Tesseract text, cells parted by single spaces; a realisasi grouped by spaces after a pagu grouped by dots.
    text = "\n".join([
        "Kode Program/Kegiatan Pagu (Rp) Realisasi (Rp) %",
        "4410 Layanan Arsip Dinamis 2.718.400.000 2 655 102 300 97.67",
        "4411 Layanan Kehumasan 1,204,600,000 1 150 393 000 95.50",
    ])
    _, budgets = records(text)
    assert [(b.allocation.value, b.realisation.value, b.percent.value) for b in budgets] == [
        (2_718_400_000, 2_655_102_300, 97.67), (1_204_600_000, 1_150_393_000, 95.5)]


def test_a_sub_numbered_row_of_a_space_aligned_table_keeps_its_number_out_of_the_values():
    # pdftotext -layout, landscape: the indicator's number '1.1' stands in the No column on the value line.
    text = "\n".join([
        "Tabel 3.1 Capaian Indikator Kinerja Tahun 2021",
        "    No      Indikator Kinerja                                       Target               Realisasi               Capaian",
        "            Persentase keberatan",
        "    1.1     informasi yang diselesaikan                               100%                    100%                  100%",
        "            dalam jangka waktu",
        "            yang ditetapkan",
        "",
        "            Jumlah pelatihan",
        "    1.2     petugas pemutakhiran data                                3 kali                  4 kali               133,33%",
        "            tingkat kecamatan",
        "",
        "    2.1     Persentase sekolah mitra aktif                             40%                     44%                  110%",
        "            dalam kelas demokrasi",
    ])
    measures, _ = records(text)
    assert [(m.target.raw, m.realisation.raw, m.achievement.raw) for m in measures] == [
        ("100%", "100%", "100%"), ("3 kali", "4 kali", "133,33%"), ("40%", "44%", "110%")]
