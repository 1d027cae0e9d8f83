"""A whole budget table run onto one line by a website transcript (docplayer, vdokumen)."""
from __future__ import annotations

from extract.budget_runs import find_run_together_budgets
from extract.doc_text import DocText
from extract.model import Line


def run_together(text: str):
    lines = [Line(number=i, page=1, text=t) for i, t in enumerate(text.split("\n"), start=1)]
    return [(b.name, b.allocation.value, b.realisation.value, b.percent.value)
            for b in find_run_together_budgets(lines, DocText(lines))]


def test_a_budget_table_run_onto_one_line_is_read_row_by_row():
    text = ("Pelaksanaan anggaran tahun ini disajikan berikut. Tabel 3.3 No Program Anggaran Realisasi Persentase "
            "1 Program Dukungan Manajemen 2.310.450.000 2.250.378.300 97,40 2 Program Penyelenggaraan Pemilu "
            "1.100.000.000 1.067.000.000 97,00 Jumlah 3.410.450.000 3.317.378.300 97,27 Tabel di atas menunjukkan")
    assert run_together(text) == [
        ("Program Dukungan Manajemen", 2_310_450_000, 2_250_378_300, 97.40),
        ("Program Penyelenggaraan Pemilu", 1_100_000_000, 1_067_000_000, 97.00),
        ("Jumlah", 3_410_450_000, 3_317_378_300, 97.27)]


def test_a_run_together_line_whose_rates_do_not_prove_its_amounts_gives_no_rows():
    # two amounts and a number that is no realisasi / pagu: prose or a damaged run, not rows
    text = ("Tabel 3.3 No Program Anggaran Realisasi Persentase 1 Program Dukungan Manajemen 2.310.450.000 "
            "2.250.378.300 91,40 2 Program Penyelenggaraan Pemilu 1.100.000.000 1.067.000.000 99,00 dan seterusnya")
    assert run_together(text) == []
    # one proven triple in a long sentence is the budget sentences' to read
    sentence = ("Dari sisi anggaran, pagu anggaran dan realisasi tahun ini menunjukkan persentase yang baik, "
                "yaitu pagu 2.310.450.000 dengan realisasi 2.250.378.300 atau 97,40 persen dari pagu yang tersedia.")
    assert run_together(sentence) == []


def test_a_run_together_table_in_thousands_is_scaled_and_its_overspent_sisa_negative():
    text = ("Tabel 3.4 Serapan Anggaran (dalam ribuan rupiah) No Kegiatan Pagu Realisasi Sisa % "
            "1 Pemutakhiran Data Pemilih 640.000 620.800 19.200 97,00 "
            "2 Sosialisasi Pemilih 250.000 260.000 (10.000) 104,00 Jumlah 890.000 880.800 9.200 98,97 Sumber: SAKTI")
    lines = [Line(number=1, page=1, text=text)]
    rows = find_run_together_budgets(lines, DocText(lines))
    assert [(b.name, b.allocation.value, b.realisation.value, b.remainder.value) for b in rows] == [
        ("Pemutakhiran Data Pemilih", 640_000_000, 620_800_000, 19_200_000),
        ("Sosialisasi Pemilih", 250_000_000, 260_000_000, -10_000_000),
        ("Jumlah", 890_000_000, 880_800_000, 9_200_000)]
    assert rows[0].allocation.repairs[0].rule == "amount_scale"


def test_rows_under_a_header_run_in_at_the_end_of_a_caption_line():
    # a transcript's page number and caption on the header's line: no table header the table reader can use
    text = ("17 Tabel 3.6 Serapan Anggaran Tahun 2023 No Program Pagu Realisasi %\n"
            "1 Program Dukungan Manajemen dan\n"
            "Pelaksanaan Tugas Teknis 2.310.450.000 2.250.378.300 97,40\n"
            "2 Program Penyelenggaraan Pemilu 1.100.000.000 1.067.000.000 97,00\n"
            "Jumlah 3.410.450.000 3.317.378.300 97,27\n"
            "Tabel di atas menunjukkan serapan yang baik.\n")
    assert run_together(text) == [
        ("Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis", 2_310_450_000, 2_250_378_300, 97.40),
        ("Program Penyelenggaraan Pemilu", 1_100_000_000, 1_067_000_000, 97.00),
        ("Jumlah", 3_410_450_000, 3_317_378_300, 97.27)]
    # one proven line under such a caption is not yet a table
    assert run_together(text.split("2 Program")[0]) == []


def test_a_run_together_row_of_results_and_budget_is_named_by_its_indicator_and_no_total():
    """'... 2 Jumlah kunjungan perpustakaan 12.000 11.400 95,00 215.000.000 209.625.000 97,50 ...': the numbers
    before the pagu are the indicator's result, not its name; 'Jumlah kunjungan ...' is no Jumlah row."""
    text = ("Tabel 3.2 No Indikator Kinerja Target Realisasi Capaian Anggaran Realisasi Anggaran % 1 Persentase "
            "koleksi yang dilayankan 80% 84% 105,00 640.000.000 612.800.000 95,75 2 Jumlah kunjungan perpustakaan "
            "12.000 11.400 95,00 215.000.000 209.625.000 97,50 Sumber: Dinas Perpustakaan")
    lines = [Line(number=1, page=1, text=text)]
    rows = find_run_together_budgets(lines, DocText(lines))
    assert [(b.name, b.allocation.value, b.level) for b in rows] == [
        ("Persentase koleksi yang dilayankan", 640_000_000, "other"),
        ("Jumlah kunjungan perpustakaan", 215_000_000, "other")]


def test_rows_of_a_budget_table_whose_header_was_lost_are_read_where_their_rates_prove_them():
    from extract.budget_runs import find_headerless_budget_rows

    def read(text: str):
        lines = [Line(number=i, page=1, text=t) for i, t in enumerate(text.split("\n"), start=1)]
        return [(b.name, b.allocation.value, b.realisation.value, b.percent.value)
                for b in find_headerless_budget_rows(lines, DocText(lines), set())]

    assert read("Realisasi anggaran per program sebagai berikut:\n"
                "1 Program Pengelolaan Kearsipan 1.560.000.000 1.483.200.000 95,08\n"
                "2 Program Penyelenggaraan Statistik 3.050.000.000 2.910.450.000 95,42\n"
                "Jumlah 4.610.000.000 4.393.650.000 95,31\n") == [
        ("Program Pengelolaan Kearsipan", 1_560_000_000, 1_483_200_000, 95.08),
        ("Program Penyelenggaraan Statistik", 3_050_000_000, 2_910_450_000, 95.42),
        ("Jumlah", 4_610_000_000, 4_393_650_000, 95.31)]
    # one such line alone, a rate that proves nothing, or a sentence's amounts: no rows
    assert read("1 Program Pengelolaan Kearsipan 1.560.000.000 1.483.200.000 95,08\n") == []
    assert read("1 Program Pengelolaan Kearsipan 1.560.000.000 1.483.200.000 91,00\n"
                "2 Program Penyelenggaraan Statistik 3.050.000.000 2.910.450.000 90,00\n") == []
    assert read("Pagu sebesar 1.560.000.000 1.483.200.000 95,08\n"
                "Anggaran dari pusat 3.050.000.000 2.910.450.000 95,42\n") == []


def test_a_headerless_rows_earlier_pagu_before_its_proven_pagu_is_no_part_of_its_name():
    # 'Sebelum Perubahan | Setelah Perubahan | Realisasi | %' without its header: the % proves the second pagu,
    # and the first one, before it, is a column of its own, not the end of the program's name
    from extract.budget_runs import find_headerless_budget_rows

    text = ("1 Program Pengelolaan Kearsipan 1.400.000.000 1.560.000.000 1.483.200.000 95,08\n"
            "2 Program Penyelenggaraan Statistik 3.100.000.000 3.050.000.000 2.910.450.000 95,42\n")
    lines = [Line(number=i, page=1, text=t) for i, t in enumerate(text.split("\n"), start=1)]
    rows = find_headerless_budget_rows(lines, DocText(lines), set())
    assert [(b.name, b.allocation.value) for b in rows] == [
        ("Program Pengelolaan Kearsipan", 1_560_000_000), ("Program Penyelenggaraan Statistik", 3_050_000_000)]


def lines_and_doc(text: str) -> tuple[list[Line], DocText]:
    lines = [Line(number=i, page=1, text=t) for i, t in enumerate(text.split("\n"), start=1)]
    return lines, DocText(lines)


def test_list_items_stating_pagu_realisasi_and_sisa_in_words_are_rows_their_sisa_proves():
    # items listed one a line, each naming its pagu, realisasi and sisa but no rate (a quoted statement
    # may close after them): pagu - realisasi = sisa proves the row; a sisa that does not subtract proves nothing
    from extract.budget_runs import find_headerless_budget_rows

    def read(text: str):
        lines = [Line(number=i, page=1, text=t) for i, t in enumerate(text.split("\n"), start=1)]
        return [(b.name, b.allocation.value, b.realisation.value, b.percent)
                for b in find_headerless_budget_rows(lines, DocText(lines), set())]

    assert read("Rinciannya sebagai berikut.\n"
                '"Belanja sewa gudang, pagu Rp 420.000.000, realisasi Rp 399.150.000, sisa Rp 20.850.000," ujarnya.\n'
                "Honor petugas lapangan, pagu Rp 1.250.000.000, realiasi Rp 1.102.500.000, sisa Rp 147.500.000\n") == [
        ("Belanja sewa gudang", 420_000_000, 399_150_000, None),
        ("Honor petugas lapangan", 1_250_000_000, 1_102_500_000, None)]
    # the sisa of the second item does not subtract: its words still name each amount, so it is kept with
    # its sisa flagged for review (an author's or the OCR's slip), beside the proven item
    rows = find_headerless_budget_rows(*lines_and_doc(
        '"Belanja sewa gudang, pagu Rp 420.000.000, realisasi Rp 399.150.000, sisa Rp 20.850.000," ujarnya.\n'
        "Honor petugas lapangan, pagu Rp 1.250.000.000, realisasi Rp 1.102.500.000, sisa Rp 150.000.000\n"), set())
    assert [(b.name, b.allocation.value, b.realisation.value, b.remainder.trusted) for b in rows] == [
        ("Belanja sewa gudang", 420_000_000, 399_150_000, True),
        ("Honor petugas lapangan", 1_250_000_000, 1_102_500_000, False)]
    assert "not pagu" in rows[1].remainder.notes[0]
    # ... but two such items, neither proven, are no list: nothing shows the lines are a table's rows
    assert read("Belanja sewa gudang, pagu Rp 420.000.000, realisasi Rp 399.150.000, sisa Rp 21.000.000\n"
                "Honor petugas lapangan, pagu Rp 1.250.000.000, realisasi Rp 1.102.500.000, sisa Rp 150.000.000\n") == []
    # without the word 'sisa' a third amount that does not subtract names nothing
    assert read('"Belanja sewa gudang, pagu Rp 420.000.000, realisasi Rp 399.150.000, sisa Rp 20.850.000," ujarnya.\n'
                "Honor petugas lapangan, pagu Rp 1.250.000.000, realisasi Rp 1.102.500.000, Rp 150.000.000\n") == []
    # prose running on after the amounts is a sentence, no list item
    assert read("Belanja sewa gudang, pagu Rp 420.000.000, realisasi Rp 399.150.000, sisa Rp 20.850.000 yang akan "
                "dikembalikan ke kas negara\n"
                "Honor petugas lapangan, pagu Rp 1.250.000.000, realisasi Rp 1.102.500.000, sisa Rp 147.500.000 yang "
                "akan dikembalikan pula\n") == []


def test_a_list_item_whose_rate_proves_it_may_close_a_quoted_statement():
    from extract.budget_runs import find_headerless_budget_rows

    text = ('"Sewa kendaraan operasional, pagu Rp 300.000.000, realisasi Rp 285.000.000. Realisasi 95,00 persen," '
            "katanya kepada wartawan.\n"
            '"Pemeliharaan gedung kantor, pagu Rp 500.000.000, realisasi Rp 480.000.000. Realisasi 96,00 persen," '
            "tambahnya.\n")
    lines = [Line(number=i, page=1, text=t) for i, t in enumerate(text.split("\n"), start=1)]
    rows = find_headerless_budget_rows(lines, DocText(lines), set())
    assert [(b.name, b.allocation.value, b.realisation.value, b.percent.value) for b in rows] == [
        ("Sewa kendaraan operasional", 300_000_000, 285_000_000, 95.0),
        ("Pemeliharaan gedung kantor", 500_000_000, 480_000_000, 96.0)]


# A made-up press report quoting two budget items, each stated on one line as printed wide.
QUOTED_ITEMS = """\
Dinas Pangan Kota Sukamaju melaporkan penggunaan anggaran tahun 2023 kepada dewan.
Kepala dinas menyebut dua kegiatan utama yang dibiayai pada tahun itu.
"Penyediaan cadangan pangan daerah, pagu Rp 850.000.000, realisasi Rp 812.400.000, sisa Rp 37.600.000," katanya.
Menurut dia, sisa anggaran berasal dari efisiensi pengadaan.
"Pengawasan keamanan pangan segar, pagu Rp 420.500.000, realisasi Rp 398.250.000, sisa Rp 22.250.000," ujarnya.
"""


def test_list_items_wrapped_over_several_lines_of_a_narrow_column_are_read_as_printed_wide(tmp_path):
    # a narrow column breaks each item's statement over three to six lines, none of which holds the item: the
    # lines from where its sentence opens are read joined, so the rows are those the wide print gives
    import textwrap

    from extract.readers import read_document
    from pipeline import extract_document

    def rows(text: str, name: str) -> list[tuple]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        built = extract_document(read_document(path)).built
        return sorted((b["name"], b["allocation"], b["realisation"]) for b in built.budgets)

    wide = rows(QUOTED_ITEMS, "wide.txt")
    assert wide == [("Pengawasan keamanan pangan segar", 420_500_000, 398_250_000),
                    ("Penyediaan cadangan pangan daerah", 850_000_000, 812_400_000)]
    for width in (16, 24):
        narrow = "\n".join("\n".join(textwrap.wrap(line, width, break_long_words=False))
                           for line in QUOTED_ITEMS.splitlines())
        assert rows(narrow, f"narrow{width}.txt") == wide, width


def test_an_item_wrapped_on_a_wide_page_is_not_joined_to_the_lines_below():
    # on a wide page a line is read as it stands: a name and its amounts broken over lines are no item
    from extract.budget_runs import find_headerless_budget_rows

    text = ("Dinas Pangan Kota Sukamaju melaporkan penggunaan anggaran tahun 2023 kepada dewan dalam rapat "
            "kerja yang digelar pada awal pekan lalu di gedung dewan.\n"
            '"Penyediaan cadangan pangan daerah, pagu Rp 850.000.000, realisasi Rp 812.400.000, sisa\n'
            'Rp 37.600.000," katanya. Menurut dia, sisa anggaran berasal dari efisiensi pengadaan barang dan '
            "jasa yang dilakukan sepanjang tahun oleh panitia.\n"
            '"Pengawasan keamanan pangan segar, pagu Rp 420.500.000, realisasi Rp 398.250.000,\n'
            'sisa Rp 22.250.000," ujarnya dalam rapat yang berlangsung hingga sore hari itu bersama anggota dewan.\n')
    lines = [Line(number=i, page=1, text=t) for i, t in enumerate(text.split("\n"), start=1)]
    assert find_headerless_budget_rows(lines, DocText(lines), set()) == []


def test_a_narrow_columns_wrapped_items_are_read_from_the_lines_joined_and_their_lines_reported():
    import textwrap

    from extract.budget_runs import find_headerless_budget_rows

    narrow = "\n".join("\n".join(textwrap.wrap(line, 20, break_long_words=False)) for line in QUOTED_ITEMS.splitlines())
    lines = [Line(number=i, page=1, text=t) for i, t in enumerate(narrow.split("\n"), start=1)]
    spanned: set[int] = set()
    rows = find_headerless_budget_rows(lines, DocText(lines), set(), spanned=spanned)
    assert [(b.name, b.allocation.value, b.realisation.value, b.remainder.value) for b in rows] == [
        ("Penyediaan cadangan pangan daerah", 850_000_000, 812_400_000, 37_600_000),
        ("Pengawasan keamanan pangan segar", 420_500_000, 398_250_000, 22_250_000)]
    # each row stands on its item's first line; every line the item took is reported, for no other reader to
    # take a piece of it ('pagu' over 'Rp 850.000.000,') for a budget line of its own
    first, second = (next(line.number for line in lines if line.text.startswith(opening))
                     for opening in ('"Penyediaan', '"Pengawasan'))
    assert [b.source.line for b in rows] == [first, second]
    assert set(range(first, first + 6)) | set(range(second, second + 6)) == spanned  # to the line of the sisa
    assert not any(n in spanned for n in range(first - 5, first))  # not the sentence before


def test_a_list_items_amounts_are_read_with_look_alike_digits_or_no_separators():
    # an item's two amounts of a million or more are what it is read from, however the OCR printed them:
    # letters for digits ('1.25O.OOO.OOO', 'l.102...'), no separators after 'Rp', plain grouped numbers
    from extract.budget_runs import item_row

    def read(text: str):
        found = item_row(text, Line(number=1, page=1, text=text), False)
        return None if found is None else (found[0].name, found[0].allocation.value, found[0].realisation.value)

    assert read("Honor petugas, pagu 1.25O.OOO.OOO realisasi l.102.5OO.OOO sisa 147.5OO.OOO") == (
        "Honor petugas", 1_250_000_000, 1_102_500_000)
    assert read("Sewa gudang, pagu Rp420000000, realisasi Rp399150000 (95,04%)") == ("Sewa gudang", 420_000_000,
                                                                                   399_150_000)
    assert read("Sewa gudang 4.125.880.000 4.010.221.340 97,20") == ("Sewa gudang", 4_125_880_000, 4_010_221_340)
    # amounts under a million are no pagu and realisasi of a list item
    assert read("Sewa gudang, pagu Rp 420.000, realisasi Rp 399.000 (95,00%)") is None


def test_a_run_together_budget_header_whose_scan_misread_realisasi_still_reads_its_rows():
    # A scanned page flattened onto one line: 'Realisasi' read with an l for its i ('Reallsasi'), each row's
    # name lost, a volume column's two numbers before its pagu. The rows' own rates prove them; numbers alone
    # before the pagu are no name.
    text = ("Tabel 4.2 Efisiensi Anggaran Output Target Reallsasi Pagu Anggaran Reallsasi Persen {%) "
            "12 11 2.450.000.000,00 2.401.000.000,00 98,00 40 38 980.000.000,00 931.000.000,00 95,00 "
            "Dari tabel di atas dapat dilihat efisiensi penggunaan anggaran.")
    assert run_together(text) == [(None, 2_450_000_000, 2_401_000_000, 98.0), (None, 980_000_000, 931_000_000, 95.0)]


def test_a_run_together_budget_table_carried_on_to_the_next_line_is_read_on():
    text = ("Tabel 3.5 Realisasi Anggaran Tahun 2022 Kode Program/Output Pagu Realisasi % "
            "077.01.WA Program Dukungan Manajemen 2.000.000.000 1.950.000.000 97,50 "
            "4410.EBA.994 Layanan Perkantoran 1.200.000.000 1.176.000.000 98,00 "
            "4410.EBA.956 Layanan BMN 800.000.000 774.000.000 96,75\n"
            "077.01.CQ Program Penyelenggaraan 500.000.000 480.000.000 96,00 "
            "Jumlah 2.500.000.000 2.430.000.000 97,20 Sumber: laporan realisasi akhir tahun\n"
            "Realisasi anggaran naik 2.000.000.000 1.900.000.000 95,00 dan 1.000.000.000 990.000.000 99,00 setelah revisi")
    assert run_together(text) == [
        ("Program Dukungan Manajemen", 2_000_000_000, 1_950_000_000, 97.50),
        ("Layanan Perkantoran", 1_200_000_000, 1_176_000_000, 98.00),
        ("Layanan BMN", 800_000_000, 774_000_000, 96.75),
        ("Program Penyelenggaraan", 500_000_000, 480_000_000, 96.00),
        ("Jumlah", 2_500_000_000, 2_430_000_000, 97.20)]


def test_a_run_together_budget_table_goes_on_after_a_page_marker_and_running_header():
    # A web export ('Teks penuh') breaks the run where the page broke: the next rows, without the header, open
    # with the next row's number after the page's marker and running header; a sentence after them ends nothing.
    text = ("Tabel 3.6 Realisasi Anggaran No Program Anggaran (Rp) Realisasi (Rp) % 1 Program Pelayanan Kantor "
            "820.000.000 779.000.000 95,00 2 Program Sarana Aparatur 400.000.000 392.000.000 98,00\n\n(7)\n\n"
            "BADAN CONTOH SEJAHTERA\n\nLaporan Kinerja Badan Contoh Sejahtera Tahun 2020 18\n\n"
            "3 Program Pengembangan Data Daerah 1.500.000.000 1.425.000.000 95,00 JUMLAH 2.720.000.000 "
            "2.596.000.000 95,44\n\nPada tahun sebelumnya pagu 2.000.000.000 terealisasi 1.900.000.000 atau 95,00% "
            "dan pagu 1.000.000.000 terealisasi 900.000.000 atau 90,00% sebagaimana dilaporkan dalam laporan lalu.")
    assert run_together(text) == [
        ("Program Pelayanan Kantor", 820_000_000, 779_000_000, 95.00),
        ("Program Sarana Aparatur", 400_000_000, 392_000_000, 98.00),
        ("Program Pengembangan Data Daerah", 1_500_000_000, 1_425_000_000, 95.00),
        ("JUMLAH", 2_720_000_000, 2_596_000_000, 95.44)]


def test_a_run_together_table_with_column_numbers_a_sisa_after_its_rate_and_names_broken_off_is_read_whole():
    # A 123dok article export of a program table 'Pagu | Realisasi | % | Sisa': the column numbers '1 2 3 4 5'
    # run into the first row and open the next page's part; each row's sisa (pagu - realisasi) follows its %;
    # a row's name ends one line and its values open a later one, after its name wrapped; a program nothing of
    # which was spent prints noughts, its sisa the whole pagu.
    text = ("Rincian per program sebagai berikut : NO PROGRAM PAGU (Rp.) REALISASI (Rp.) % SISA (Rp.) 1 2 3 4 5 "
            "1. Program Layanan Kantor Contoh 640.000.000,00 608.000.000,00 95,00 32.000.000,00 2. Program Sarana "
            "Aparatur Contoh 150.000.000,00 120.000.000,00 80,00 30.000.000,00\n\n"
            "1 2 3 4 5 3. Program Data Contoh 80.000.000,00 72.000.000,00 90,00 8.000.000,00 4. Program Pelaporan "
            "Kinerja dan Keuangan Contoh\n\n44.000.000,00 33.000.000,00 75,00 11.000.000,00\n\n"
            "5. Program Sekolah\n\nRakyat Contoh\n\n2.000.000.000,00 1.500.000.000,00 75,00 500.000.000,00 "
            "6. Program Kajian Contoh 70.000.000,00 0,00 0,00 70.000.000,00 7. Program Terpotong")
    assert run_together(text) == [
        ("Program Layanan Kantor Contoh", 640_000_000, 608_000_000, 95.00),
        ("Program Sarana Aparatur Contoh", 150_000_000, 120_000_000, 80.00),
        ("Program Data Contoh", 80_000_000, 72_000_000, 90.00),
        ("Program Pelaporan Kinerja dan Keuangan Contoh", 44_000_000, 33_000_000, 75.00),
        ("Program Sekolah Rakyat Contoh", 2_000_000_000, 1_500_000_000, 75.00),
        ("Program Kajian Contoh", 70_000_000, 0, 0.00)]
    lines = [Line(number=i, page=1, text=t) for i, t in enumerate(text.split("\n"), start=1)]
    rows = find_run_together_budgets(lines, DocText(lines))
    assert [b.remainder.value for b in rows] == [32_000_000, 30_000_000, 8_000_000, 11_000_000, 500_000_000,
                                                  70_000_000]


def test_noughts_without_a_sisa_equal_to_the_pagu_make_no_unspent_row():
    # '0,00 0,00' after an amount may be any columns' (a target and a rate): no row without the sisa's proof
    text = ("Rincian per program sebagai berikut : NO PROGRAM PAGU (Rp.) REALISASI (Rp.) % SISA (Rp.) "
            "1. Program Layanan Kantor Contoh 640.000.000,00 608.000.000,00 95,00 32.000.000,00 2. Program Kajian "
            "Contoh 70.000.000,00 0,00 0,00 65.000.000,00 3. Program Data Contoh 80.000.000,00 72.000.000,00 90,00")
    assert [name for name, *_ in run_together(text)] == ["Program Layanan Kantor Contoh", "Program Data Contoh"]
