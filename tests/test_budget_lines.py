"""Budget lines of a Perjanjian Kinerja's budget block, read without a table header."""
from __future__ import annotations

from extract.budget_lines import find_budget_lines
from extract.lines import analyse_line, strip_row_number
from extract.model import Line


def budget_lines(text: str, first: int = 1):
    views = [analyse_line(Line(number=n, page=1, text=t)) for n, t in enumerate(text.split("\n"), start=first)]
    return [(row.source.line, row.name, row.allocation.value, row.is_total) for row in find_budget_lines(views)]


def test_a_budget_block_with_its_total():
    # Corpus 001 lines 3534-3538 (the Kasubbag Umum PK's budget block).
    text = ("2. | Pengelolann Keusngan dan Barang Milk | Rp.  1.759.811.000\n"
            "Nopar |\n"
            "3 Operuaional Perkantoran dan Dukungan - Rp 357.825.000\n"
            "Sarana Prasarana\n"
            "TOTAL ANGGARAN RP, 2482 438.000\n")
    rows = budget_lines(text, 3534)
    assert [(line, value, total) for line, _, value, total in rows] == [
        (3534, 1_759_811_000, False), (3536, 357_825_000, False), (3538, 2_482_438_000, True)]
    assert rows[0][1].startswith("Pengelolann Keusngan dan Barang Milk")


def test_the_amount_of_a_wrapped_cell_under_its_rupiah_sign():
    # Corpus 001 lines 3530-3532: the name line ends on 'Rp,'; the amount stands two lines below.
    rows = budget_lines("Pengelolaan, Pengadaan, Laporn  dan Rp,\n\n364 802 000\n", 3530)
    assert rows == [(3532, "Pengelolaan, Pengadaan, Laporn dan", 364_802_000, False)]
    assert budget_lines("Sasaran strategis tahun ini\n\n364 802 000\n") == []  # no Rupiah sign above: not a pagu


def test_rupiah_sign_read_as_rf():
    # Corpus 001 line 3740: 'Rp.' read as 'RF.'.
    assert budget_lines("TOTAL ANGGARAN RF. 34515303000\n", 3740) == [(3740, "TOTAL ANGGARAN", 34_515_303_000, True)]


def test_running_text_mentioning_an_amount_is_not_a_budget_line():
    text = "Pagu anggaran sebesar Rp 2.482.438.000 dengan realisasi Rp 2.100.000.000\n"
    assert budget_lines(text) == []


def test_a_budget_line_padded_into_columns_is_read_by_its_words_not_its_width():
    # pdftotext -layout pads a wide table's columns: the line is long, its words are few.
    line = "3. Masa Kampanye Pemilu (6870)" + " " * 110 + "Rp.       9.141.401.000,-"
    assert len(line) > 120
    assert [(value, total) for _, _, value, total in budget_lines(line, 473)] == [(9_141_401_000, False)]


def test_bare_amounts_on_lines_under_each_other_are_a_flattened_rows_cells():
    # Corpus 002's 'Pagu Awal | Pagu Revisi | Selisih' revision list flattened one cell per line: each 'Rp.'
    # cell was read as a budget line of its own. A bare amount alone (under its name) still is one.
    text = ("2\nDIPA Rev Ke 1\nRp.2.478.418.000\nRp.18.082.553.000\nRp.15.604.135.000\n"
            "Pencatatan Hibah Pilkada kedalam Dipa 2020 sebesar Rp.15.604.135.000\n\n"
            "Program Dukungan Manajemen\nRp. 2.125.576.000\n")
    assert budget_lines(text) == [(9, "Program Dukungan Manajemen", 2_125_576_000, False)]


def test_the_lone_amount_of_a_flattened_revision_lists_first_row_is_its_cell():
    # A revision list (Pagu Awal | Pagu Revisi | Selisih) flattened one cell per line: its first row has no
    # revision yet, so one amount; the rows after it print two or three, line under line. The lone amount is
    # a cell of that list like theirs. A list printing one amount for every row keeps its budget lines.
    text = ("1\nAnggaran semula\nRp.1.120.000.000\n\n"
            "2\nPerubahan pertama\nRp.1.120.000.000\nRp.1.310.500.000\nRp.190.500.000\n")
    assert budget_lines(text) == []
    listed = "Program Pelayanan Kantor\nRp.1.120.000.000\n\nProgram Sarana Kerja\nRp.310.500.000\n"
    assert [value for _, _, value, _ in budget_lines(listed)] == [1_120_000_000, 310_500_000]


def test_a_scanned_revision_row_without_a_selisih_under_a_wrapped_remark_is_no_budget_line():
    # A scanned 'Pagu Awal | Pagu Revisi | Selisih | Ket' list: a row whose Selisih is nil ('- Rp.') prints two
    # amounts, and the remark of the row above wraps onto the line between them.
    text = ("4  Revisi Ketiga  Rp.5.100.000.000 Rp.5.060.000.000 Rp.40.000.000 Pengurangan pagu pada\n"
            "| akun belanja modal\n"
            "5 | Revisi Keempat | Rp.5.060.000.000 | Rp.5.060.000.000 | - Rp. | Revisi POK\n")
    assert budget_lines(text) == []


def test_lines_a_table_row_took_its_values_from_are_left_to_it():
    # A flattened table row: 'Rp. 2.101.808.066' is the realisasi cell of the row whose name and pagu stand
    # on the line above, which the table reader read; it is no budget line of its own.
    text = "Program Dukungan Manajemen Rp. 2.265.454.000\nRp. 2.101.808.066\n93%"
    views = [analyse_line(Line(number=n, page=1, text=t)) for n, t in enumerate(text.split("\n"), start=1)]
    assert [row.source.line for row in find_budget_lines(views)] == [1, 2]
    assert [row.source.line for row in find_budget_lines(views, taken={2})] == [1]


def test_a_long_kegiatan_name_closed_by_its_code_is_a_budget_line():
    # Corpus 004's PK budget block as pdftotext -layout prints it: 17 words of name, then '(6981)'.
    name = ("6. Pengucapan Sumpah/Janji Presiden dan Wakil Presiden serta Anggota DPR, DPD, DPRD Provinsi, "
            "dan DPRD Kabupaten/Kota (6981)")
    line = name + " " * 20 + "Rp.       16.268.000,-"
    assert [(value, total) for _, _, value, total in budget_lines(line, 488)] == [(16_268_000, False)]
    # the same words without the code that closes a kegiatan name read as running text
    assert budget_lines(name.replace(" (6981)", "") + " Rp. 16.268.000,-", 488) == []


def test_a_tab_separated_agreement_budget_with_one_amount_column_is_read():
    """'Kegiatan <tab> Anggaran': a pagu-only table has no realisation header, so its lines are budget lines."""
    text = ("No\tKegiatan\tAnggaran\n"
            "1\tPenyediaan Layanan Perkantoran\tRp. 2.350.000.000\n"
            "2\tPengelolaan Logistik Pemilihan\tRp. 640.000.000\n"
            "\tTOTAL ANGGARAN\tRp. 2.990.000.000")
    assert budget_lines(text) == [(2, "Penyediaan Layanan Perkantoran", 2_350_000_000, False),
                                  (3, "Pengelolaan Logistik Pemilihan", 640_000_000, False),
                                  (4, "TOTAL ANGGARAN", 2_990_000_000, True)]


def test_a_tab_table_with_several_amount_columns_gives_no_budget_lines():
    """A 'Pagu Awal | Pagu Revisi | Selisih' list (or a realisation table) is a table: none of its lines,
    not even one holding a single amount, is a budget line of its own."""
    text = ("No\tUraian\tPagu Awal\tPagu Revisi\tSelisih\n"
            "1\tDIPA Awal\tRp.3.100.000.000\t\t\n"
            "2\tRevisi Ke 1\tRp.3.100.000.000\tRp.3.350.000.000\tRp.250.000.000")
    assert budget_lines(text) == []


def test_a_scanned_revision_list_whose_tabs_were_lost_gives_no_budget_lines_but_a_budget_line_still_counts():
    """The same list as a scan reads it, borders lost or read as '|': its rows beside a three-amount row are
    no budget lines; a line naming a program with one amount (and one with its realisation) still is."""
    text = ("No Uraian Pagu Awal Pagu Revisi Selisih\n"
            "1 | Revisi Awal | Rp.4.120.000.000\n"
            "2 Revisi Ke 1 | Rp.4.120.000.000 Rp.4.305.500.000 | Rp.185.500.000\n"
            "\n"
            "Program Dukungan Manajemen Rp. 3.210.000.000\n"
            "Program Penguatan Kelembagaan Rp. 1.095.500.000 Rp. 1.001.250.000")
    assert [(line, name, value) for line, name, value, _ in budget_lines(text)] == [
        (5, "Program Dukungan Manajemen", 3_210_000_000), (6, "Program Penguatan Kelembagaan", 1_095_500_000)]


def test_an_amount_under_a_wrapped_sentence_takes_no_name_from_it():
    """A Keterangan cell wrapped line by line ('pengurangan pada akun 5210 sebesar' over 'Rp.48.250.000 5211
    sebesar'): the amount belongs to the sentence, so the line above is no label of a budget line."""
    text = ("Pengurangan dari pusat pada akun 5210 sebesar\n"
            "Rp.48.250.000 5211 sebesar\n"
            "\n"
            "Dukungan Manajemen\n"
            "Rp.2.500.000.000")
    assert [(line, name, value) for line, name, value, _ in budget_lines(text)] == [
        (5, "Dukungan Manajemen", 2_500_000_000)]


def test_a_name_wrapped_under_its_first_letter_goes_on_and_a_jumlah_keeps_its_own_name():
    """The wrapped rest of a program's name stands under the name's first letter; 'Jumlah' below is the total.

    The wrapped line is no label of the 'Jumlah' line, which names itself.
    """
    text = ("1. Program Dukungan Manajemen                  Rp. 2.400.000.000,-\n"
            "2. Program Penyelenggaraan Pemilu dalam        Rp. 9.600.000.000,-\n"
            "   Proses Konsolidasi Demokrasi\n"
            "   Jumlah                                      Rp. 12.000.000.000,-\n")
    assert budget_lines(text) == [
        (1, "Program Dukungan Manajemen", 2_400_000_000, False),
        (2, "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", 9_600_000_000, False),
        (4, "Jumlah", 12_000_000_000, True)]


def test_a_line_below_that_opens_its_own_item_or_a_signature_is_no_wrapped_name():
    text = ("1. Program Dukungan Manajemen                  Rp. 2.400.000.000,-\n"
            "   KETUA KPU KABUPATEN\n")
    assert budget_lines(text) == [(1, "Program Dukungan Manajemen", 2_400_000_000, False)]


def test_a_block_captioned_in_thousands_or_millions_is_read_in_whole_rupiah_and_says_why():
    thousands = ("Pagu anggaran kegiatan (dalam ribuan rupiah):\n"
                 "1. Program Pelayanan Administrasi Kantor      Rp 1.215.300\n"
                 "2. Program Peningkatan Sarana Aparatur        Rp 384.750\n"
                 "TOTAL ANGGARAN                               Rp 1.600.050\n")
    views = [analyse_line(Line(number=n, page=1, text=t)) for n, t in enumerate(thousands.split("\n"), start=1)]
    rows = find_budget_lines(views)
    assert [r.allocation.value for r in rows] == [1_215_300_000, 384_750_000, 1_600_050_000]
    assert all(r.allocation.repairs[-1].rule == "amount_scale" for r in rows)
    assert "dalam ribuan rupiah" in rows[0].allocation.repairs[-1].evidence
    # in millions, an amount below the usual floor is still the block's ('Rp 96,40' is Rp 96.400.000)
    millions = ("Anggaran (Rp juta)\n"
                "Program Pembinaan Kepegawaian   Rp 96,40\n"
                "Program Pengawasan Internal     Rp 1.020,75\n")
    assert [value for _, _, value, _ in budget_lines(millions)] == [96_400_000, 1_020_750_000]


def test_a_block_without_a_caption_or_far_below_one_is_not_scaled():
    text = ("Tabel 2.1 Anggaran per Program (dalam ribuan rupiah)\n"
            "Program Pelayanan Administrasi Kantor      Rp 1.215.300\n"
            "Program Peningkatan Sarana Aparatur        Rp 384.750\n"
            "\n"
            "Kepala Dinas menyepakati pagu berikut untuk tahun berjalan.\n"
            "Program Pengelolaan Keuangan Daerah        Rp 2.450.000.000\n")
    assert [value for _, _, value, _ in budget_lines(text)] == [1_215_300_000, 384_750_000, 2_450_000_000]


def test_an_amount_opening_a_paragraph_that_goes_on_below_is_no_budget_line():
    # 'Rp 1.900.000.000' alone, the sentence going on in lower case on the next line: no name, no budget line;
    # a name on the line above still names an amount standing alone
    rows = budget_lines("Rp 1.900.000.000\ndipergunakan untuk menunjang capaian kinerja.\n")
    assert rows == []
    rows = budget_lines("Program Pelayanan Kearsipan\nRp 1.900.000.000\n")
    assert [(name, value) for _, name, value, _ in rows] == [("Program Pelayanan Kearsipan", 1_900_000_000)]


def test_a_list_number_whose_stop_a_scan_read_as_a_comma_is_no_part_of_the_name():
    # A scanned budget block: '2.' read as '2,' before the program's name; the name starts at 'Program'.
    text = ("| Program | Anggaran\n"
            "1. Pengelolaan Data Pemilih | Rp. 4.500.000.000\n"
            "|2,  Program Layanan Perkantoran Rp. 1.250.000.000\n")
    assert [(name, value) for _, name, value, _ in budget_lines(text)] == [
        ("Pengelolaan Data Pemilih", 4_500_000_000), ("Program Layanan Perkantoran", 1_250_000_000)]
    # a table row's name is stripped alike; a count that goes on ('2, 3 dan 4 kali') keeps its number
    assert strip_row_number("2,  Program Layanan Perkantoran") == "Program Layanan Perkantoran"
    assert strip_row_number("2, 3 dan 4 kali rapat") == "2, 3 dan 4 kali rapat"


def test_a_sentence_wrapped_just_after_an_amount_gives_no_budget_line():
    # narrow columns of prose: a line ends on an amount and a word that carries the sentence on ('dan'),
    # or on the amount's full stop and the next sentence's first word; a name that 'reaches' an amount is prose
    text = ("Dana tersebut dibagi untuk Belanja\n"
            "Operasional Rp 75.500.000 dan\n"
            "Belanja Perjalanan Rp 12.250.000. Sisa\n"
            "dana dikembalikan ke kas daerah.\n"
            "Belanja di Kecamatan Utara mencapai Rp 61.000.000\n"
            "(80,79%) dari pagu kecamatan tersebut.\n")
    assert budget_lines(text) == []
    # the same items listed one a line are budget lines
    assert budget_lines("Belanja Operasional Rp 75.500.000\nBelanja Perjalanan Rp 12.250.000\n") == [
        (1, "Belanja Operasional", 75_500_000, False), (2, "Belanja Perjalanan", 12_250_000, False)]


def test_a_wrapped_sentence_going_on_after_its_amount_is_not_a_budget_line():
    # The second line of a paragraph: a pagu, then 'dan' and the realisasi on the next line; no budget line ends on 'dan'
    text = ("Program Layanan Perkantoran tahun ini memperoleh pagu Rp 1.200.000.000 dan realisasi\n"
            "yang seluruhnya untuk belanja operasional memperoleh pagu Rp 350.000.000 dan\n"
            "terealisasi Rp 341.000.000 atau 97,43%.")
    assert budget_lines(text) == []
    assert budget_lines("Belanja Operasional Rp 350.000.000\n") == [(1, "Belanja Operasional", 350_000_000, False)]


def test_an_unlabelled_sum_under_a_budget_block_is_its_total():
    # A plan's budget block: two programmes and, without a label, the amount both add up to.
    text = ("1. Program Pembinaan Arsip Daerah\n\nRp. 250.000.000,-\n\n"
            "2. Program Layanan Perpustakaan\n\nRp. 150.000.000,-\n\nRp. 400.000.000,-\n")
    rows = budget_lines(text)
    assert [(value, total) for _, _, value, total in rows] == [
        (250_000_000, False), (150_000_000, False), (400_000_000, True)]
    assert rows[2][1] == "Jumlah"


def test_an_unlabelled_amount_that_is_no_sum_stays_an_item():
    text = ("1. Program Pembinaan Arsip Daerah\n\nRp. 250.000.000,-\n\n"
            "2. Program Layanan Perpustakaan\n\nRp. 150.000.000,-\n\nRp. 90.000.000,-\n")
    rows = budget_lines(text)
    assert [total for *_, total in rows] == [False, False, False]


def test_an_amount_wrapped_from_a_long_sentence_is_no_budget_line():
    # pdftotext -layout wraps a paragraph where the page is wide: a sentence about last year's pagu ends its line on
    # 'sebesar' and the amount stands alone on the next line. It closes that sentence; no budget line.
    text = ("    Sebagai pembanding, pada tahun lalu penyerapan mencapai 91,20% dari alokasi dana sebesar\n"
            "    Rp 1.780.250.000.\n")
    assert budget_lines(text) == []
    # a label over the amount still names it
    assert budget_lines("Belanja Modal\nRp 1.780.250.000\n") == [(2, "Belanja Modal", 1_780_250_000, False)]


def test_a_revised_pagu_stated_in_prose_is_no_budget_line():
    # A paragraph wraps so that its last line is '... anggaran, pagu menjadi Rp X.': the pagu after a revision,
    # the report's total (a document field), not a line of a budget table.
    text = ("Dinas Arsip memperoleh pagu awal Tahun 2022 sebesar Rp 2.150.400.000. Setelah pergeseran\n"
            "anggaran, pagu menjadi Rp 2.087.900.000.\n")
    assert budget_lines(text) == []
    assert budget_lines("Program Layanan Kearsipan   Rp 2.087.900.000\n") == [
        (1, "Program Layanan Kearsipan", 2_087_900_000, False)]


def test_an_amount_closing_a_long_sentence_above_is_no_budget_line():
    # a paragraph's last words wrap its amount alone onto a line: the sentence's total, not a nameless row
    text = ("Perjanjian Kinerja tersebut didukung oleh dua program, yaitu Program Dukungan Manajemen\n"
            "dan Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi, dengan total pagu\n"
            "Rp8.412.600.000.\n")
    assert budget_lines(text) == []
    # a short label over its amount is still a line
    assert [r[2] for r in budget_lines("Program Dukungan Manajemen\nRp 8.412.600.000\n")] == [8412600000]


def test_a_second_page_column_merged_after_the_amount_is_cut_off():
    # a two-column scan: the right column's words stand past a wide gap after the amount's closing '.-'
    rows = budget_lines("Program Dukungan Manajemen Rp. 2.115.400.000.-  Layanan perkantoran  DIPA 2021\n")
    assert [(r[1], r[2]) for r in rows] == [("Program Dukungan Manajemen", 2115400000)]
