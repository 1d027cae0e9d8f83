"""Rows whose OCR ran the table's columns together (raw Tesseract of a bordered table)."""
from extract.interleaved import indicator_column, split_line
from extract.lines import LineViews, analyse_line
from extract.model import Line
from normalize.indicators import first_per_indicator

# Corpus 001, Perjanjian Kinerja Sekretariat, row 1 (lines 3215-3219).
ROW = [
    "I | Terwujudnya dukungnn sarana | Persentase  tersedianya | 70 % Jumlah sarana prasarana",
    "prasarang gune meninghathan | sarana  prassrana  unfuk vang berfimgs: dengan",
    "kelancaran tugas KPL memernuhi kebutuham kerja baik dibag) yuminh",
]


def test_wrapped_lines_are_cut_at_the_first_lines_column_widths():
    views = LineViews([Line(n, 1, t) for n, t in enumerate(ROW, start=3215)])
    name = indicator_column(list(views), 3215)
    assert name.startswith("Persentase tersedianya sarana prassrana unfuk")
    assert "kebutuham kerja" in name
    for other_column in ("dukungnn", "prasarang", "kelancaran", "Jumlah", "berfimgs", "yuminh"):
        assert other_column not in name


def test_a_kept_border_moves_the_column_edge():
    # the '|' stands after 'lebih panjang sekali', past the first line's sasaran width
    assert split_line("lebih panjang sekali | nama indikator sisa rumus", [16, 14, 10]) == \
        ["lebih panjang sekali", "nama indikator", "sisa rumus"]


def test_rows_with_one_text_column_are_left_alone():
    views = LineViews([Line(1, 1, "1 | Persentase laporan tepat waktu | 100%"), Line(2, 1, "dan akurat")])
    assert indicator_column(list(views), 1) is None


def test_a_fragment_naming_itself_with_other_values_is_another_indicator():
    rows = [("Persentase Partisipasi Pemilih Perempuan dalam Pemilu", 80.0),
            ("Persentase Partisipasi Pemilih", 90.0),
            ("dalam Pemilu", 23.0)]
    kept, _ = first_per_indicator(rows, lambda r: r[0], lambda r: (r[1],))
    assert [r[0] for r in kept] == [rows[0][0], rows[1][0], rows[2][0]]
    residue = [("Persentase permohonan informasi yang ditindaklanjuti melalui PPID sesuai dengan SOP", 100.0),
               ("melalui PPID sesuai dengan SOP", 23.0)]
    kept, dropped = first_per_indicator(residue, lambda r: r[0], lambda r: (r[1],))
    assert kept == residue[:1] and len(dropped) == 1


# A scanned Perjanjian Kinerja: the header keeps its borders (its Indikator word misread by a letter), the rows
# keep some; each cell's wrapped lines stand under the value line split otherwise than it.
SCANNED_PK = """Tabel 3.1 Perjanjian Kinerja Tahun 2023

No | Sasaran Program | lndikator Kinera | Target
1 | Meningkatnya mutu layanan | a. persentase aduan warga | 90%
publik yang cepat dan tepat yang diselesaikan dalam
lima hari kerja
b. persentase dokumen | 85%
perizinan yang terbit tepat waktu
2 | Terwujudnya tata kelola | Nilai evaluasi kinerja | 75
' keuangan yang akuntabel | instansi pemerintah
Disiplin | "Sistem Pengendalian Intern"
; tahunan |

Sumber: Bagian Perencanaan
"""


def test_a_scanned_rows_wrapped_name_is_read_on_from_its_value_lines_cell():
    """'b. persentase dokumen | 85%' holds the name's first line only: the lines under it carry it on, whether
    they keep no border ('perizinan yang terbit tepat waktu') or one before the sasaran's words."""
    from tests.table_text import table_records
    names = {m.source.line: m.indicator_raw for m in table_records(SCANNED_PK, 2023)[0]}
    assert names[7] == "persentase dokumen perizinan yang terbit tepat waktu"
    assert names[9] == "Nilai evaluasi kinerja instansi pemerintah Sistem Pengendalian Intern tahunan"
    assert names[4].startswith("persentase aduan warga") and names[4].endswith("lima hari kerja")


def test_a_header_cell_misread_by_a_letter_still_names_the_indicator_column():
    from extract.headers import cell_roles_of
    _, labels = cell_roles_of(analyse_line(Line(1, 1, "No | Sasaran Program | lndikator Kinera | Target")))
    assert labels == {0: "no", 1: "sasaran", 2: "indikator"}
    _, labels = cell_roles_of(analyse_line(Line(1, 1, "No | Sasaran Program | Keterangan | Target")))
    assert "indikator" not in labels.values()


def test_two_rows_of_one_table_stating_the_same_value_are_two_indicators():
    # one word apart and both 80%: in one table two indicators; in two tables, one restated
    rows = [("Persentase kehadiran peserta rapat dalam Musrenbang", 80.0, 10),
            ("Persentase kehadiran peserta perempuan rapat dalam Musrenbang", 80.0, 10)]
    kept, _ = first_per_indicator(rows, lambda r: r[0], lambda r: (r[1],), lambda r: r[2])
    assert kept == rows
    kept, dropped = first_per_indicator([rows[0], (*rows[1][:2], 60)], lambda r: r[0], lambda r: (r[1],),
                                        lambda r: r[2])
    assert kept == rows[:1] and len(dropped) == 1


# The same table as a scan that kept one border of its header, its label words misread and run together.
SCANNED_PK_ONE_BORDER = """Tabel 3.1 Perjanjian Kinerja Tahun 2023

No  Sasuran Program  Indikalor Kinerja | Targel
1 Meningkatnya mutu layanan a. persentase aduan warga  90%
publik yang cepat dan tepat yang diselesaikan dalam
lima hari kerja
b. persentase dokumen 85% |
| perizinan yang terbit _
tepat waktu

Sumber: Bagian Perencanaan
"""


def test_a_scanned_header_whose_words_ran_together_still_parts_sasaran_and_indicator():
    from tests.table_text import table_records
    names = {m.source.line: m.indicator_raw for m in table_records(SCANNED_PK_ONE_BORDER, 2023)[0]}
    assert names[7] == "persentase dokumen perizinan yang terbit tepat waktu"
    assert names[4].startswith("persentase aduan warga")  # the lettered item opens the name, past the sasaran


# Each row's value line opens with its number, its sasaran and its indicator's first words; the lines under it,
# up to the next row's number, are both cells wrapped (the border between them read or lost).
SCANNED_PK_NUMBERED = """Tabel 3.1 Perjanjian Kinerja Tahun 2023

No  Sasaran Program  Indikator Kinerja  Target
1 Terwujudnya Arsip Daerah Persentase OPD yang  100%
Yang Tertib | menyerahkan arsip statis
Tepat Waktu
2 | Meningkatnya Mutu Layanan | Nilai Survei Kepuasan | 82
Perpustakaan Keliling | Masyarakat atas layanan
Daerah
3 | Terwujudnya Literasi Warga | Jumlah kunjungan ke | 12.000 orang
perpustakaan daerah

Sumber: Bagian Perencanaan
"""


def test_a_scanned_numbered_rows_wrapped_lines_up_to_the_next_number_are_its_own():
    from tests.table_text import table_records
    names = {m.source.line: m.indicator_raw for m in table_records(SCANNED_PK_NUMBERED, 2023)[0]}
    assert names[4].startswith("Persentase OPD yang menyerahkan arsip statis")
    assert names[7].startswith("Nilai Survei Kepuasan Masyarakat atas layanan")


# A two-storey header as a scan splits it: the label words over the value words, each on a line of its own.
SCANNED_MEASUREMENT = """Tabel 3.2 Pengukuran Kinerja Tahun 2023

No | Sasaran Program | Indikalor Kinerja
Target | Realisasi | Capaian
1 Meningkatnya mutu layanan | a. persentase aduan warga | 90% | 95%  105,6%
publik yang cepat dan tepat yang diselesaikan dalam
lima hari kerja
b. persentase dokumen 85% 80% | 94,1%
' perizinan yang terbit tepat waktu
c. persentase arsip | 70% | 77% | 110%
yang tertata rapi

Secara umum capaian kinerja tahun ini baik.
"""


def test_a_scanned_two_storey_headers_label_line_still_parts_sasaran_and_indicator():
    from tests.table_text import table_records
    names = {m.source.line: m.indicator_raw for m in table_records(SCANNED_MEASUREMENT, 2023)[0]}
    assert names[8] == "persentase dokumen perizinan yang terbit tepat waktu"
    assert names[10] == "persentase arsip yang tertata rapi"


# One row under its own header, as a scan reads it: the Sasaran word misread, the value line without borders,
# the cells' wrapped lines with one, the last opening 'sumber daya ...'; a stamp under the table after a blank line.
SCANNED_ONE_ROW = """3. Meningkatnya kapasitas sumber daya aparatur

Nomor | Susaran Kegiatan | Indikator Kinerja | Target | Realisasi
1 | 2 | 3 4 | 5
3  Meningkatnya kapasitas  persentase aparatur yang 90%  60%
dan kompetensi | mengikuti pelatihan teknis
sumber daya aparatur | sesuai rencana tahunan

ARSIP DINAS KOPI SAH

Kapasitas aparatur menentukan mutu layanan kepada masyarakat dan terus ditingkatkan setiap tahun.
"""


def test_a_scanned_rows_lower_case_name_takes_its_wrapped_lines_but_no_stamp():
    from tests.table_text import table_records
    measures = table_records(SCANNED_ONE_ROW, 2023)[0]
    assert [(m.indicator_raw, m.target.value, m.realisation.value) for m in measures] == \
        [("persentase aparatur yang mengikuti pelatihan teknis sesuai rencana tahunan", 90.0, 60.0)]


# The values at the top of a row whose indicator cell is centred: the value line holds the sasaran alone, and the
# indicator opens inside a line below, after the sasaran's last words.
SCANNED_CENTRED = """Tabel 3.1 Capaian Kinerja Tahun 2023

Nomor | Sasaran Kegiatan | Indikator Kinerja | Target | Realisasi |
1 | 2 | 3 | 4 | 5
' 2  Meningkatnya mutu arsip 95% 97%
|daerah yang tertata dan mudah
diakses publik Persentase
berkas arsip yang dipindai
dalam tahun berjalan
Persentase ruang arsip yang 100% 80%
memenuhi standar
"""


def test_a_scanned_rows_indicator_opening_below_its_sasaran_wrap_is_its_name():
    from tests.table_text import table_records
    names = [m.indicator_raw for m in table_records(SCANNED_CENTRED, 2023)[0]]
    assert names[0] == "Persentase berkas arsip yang dipindai dalam tahun berjalan"


# A header without borders over rows that keep some: the first line's cells give the columns' widths, but a
# wrapped line without a border, shorter than the sasaran's width, may be the name's alone.
SCANNED_NO_HEADER_BORDERS = """Tabel 2.1 Perjanjian Kinerja Tahun 2023

No Sasaran Program Indikator Kinerja Target
1 | Meningkatnya mutu pelayanan | a. persentase izin usaha yang | 100%
" perizinan daerah | diterbitkan dalam waktu
kurang dari tiga hari kerja
sesuai standar pelayanan
b. persentase aduan perizinan | 90%
yang ditindaklanjuti

Sumber: Bagian Perencanaan
"""


def test_a_scanned_rows_borderless_wrapped_lines_stay_with_the_name():
    from tests.table_text import table_records
    names = [m.indicator_raw for m in table_records(SCANNED_NO_HEADER_BORDERS, 2023)[0]]
    assert names[0] == ("persentase izin usaha yang diterbitkan dalam waktu kurang dari tiga hari kerja "
                        "sesuai standar pelayanan")


def test_a_two_word_name_takes_its_wrapped_line_when_the_widths_give_it_none():
    """'Tersedianya Laporan | 2 Dokumen' over 'Keuangan Semesteran': the line's left cells are empty, so the widths
    put all of it under the sasaran; a name of two words is only its first line, so the line is its rest."""
    rows = ["4. | Terlaksananya Pengelolaan | Keuangan Negara | Tersedianya Laporan | 2 Dokumen",
            "Keuangan Semesteran"]
    views = LineViews([Line(n, 1, t) for n, t in enumerate(rows, start=40)])
    assert indicator_column(list(views), 40) == "Tersedianya Laporan Keuangan Semesteran"


def test_a_full_name_keeps_the_width_cut():
    """A name of three words or more on its first line may be whole: a wrapped line under the sasaran stays its."""
    rows = ["4. | Terlaksananya Pengelolaan | Persentase Laporan Keuangan | 100%",
            "Keuangan"]
    views = LineViews([Line(n, 1, t) for n, t in enumerate(rows, start=40)])
    assert indicator_column(list(views), 40) == "Persentase Laporan Keuangan"


# A scanned Sasaran | Indikator table whose rows' borders are read on some lines only (made up for the test).
SCANNED_RAGGED = """Tabel 3.4 Capaian Kinerja Tahun 2023

No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi
1 | Terwujudnya layanan | Persentase dokumen perencanaan | 100% | 98%
perizinan yang cepat  yang disusun tepat waktu
2  Meningkatnya kualitas pengawasan Jumlah temuan 10 Temuan 8 Temuan
internal  yang ditindaklanjuti
Tersedianya Laporan | 4 Laporan 4 Laporan
Keuangan Semesteran
3  Meningkatnya tata kelola  a. persentase rekomendasi audit 90% 85%
keuangan daerah  yang selesai ditindaklanjuti
"""


def test_a_rows_name_beside_its_sasaran_is_worked_out_once_with_the_same_answer():
    """The keeper `rows_to_records` uses gives what `indicator_beside_sasaran` gives, in both cases, asked again
    or not, and `row_label` with it names every row as it does without it."""
    from extract.tables import beside_sasaran_once, find_tables, indicator_beside_sasaran, row_label
    views = [analyse_line(Line(number=i, page=1, text=t)) for i, t in enumerate(SCANNED_RAGGED.split("\n"), start=1)]
    tables = find_tables(views, report_year=2023)
    rows = [(row, table.header) for table in tables for row in table.rows]
    assert len(rows) >= 2
    named_beside = cases_differ = 0
    for row, header in rows:
        beside = beside_sasaran_once(row, header)
        for any_case in (False, True, False, True):
            assert beside(any_case) == indicator_beside_sasaran(row, header, any_case=any_case)
        named_beside += bool(beside(True))
        cases_differ += beside(True) != beside(False)  # 'a. persentase ...' opens a name only in any case
        want = ("indikator", "uraian")
        assert row_label(row, header, want, beside_sasaran_once(row, header)) == row_label(row, header, want)
    assert named_beside and cases_differ  # some row is named line by line beside its sasaran, one only in any case
