"""Reports reprinted in a narrow column: the lines the printer wrapped are read as the lines they were.

A heading or a table row wrapped at 40 characters otherwise reads as a column
header over nothing, and the row's values stand apart from its name.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

from extract.model import Line
from extract.narrow_print import continues, join_narrow_lines, measure
from extract.readers import read_document

# A made-up office's report, one table row to a line, as a wide page prints it.
REPORT = """\
LAPORAN KINERJA DINAS PERIKANAN KABUPATEN TELUK HARAPAN TAHUN 2022
BAB III AKUNTABILITAS KINERJA ORGANISASI DAN CAPAIAN SASARAN STRATEGIS
Capaian kinerja dinas pada tahun 2022 diukur dengan membandingkan target yang ditetapkan dalam perjanjian kinerja dengan realisasi yang dicapai sampai akhir tahun anggaran.
Tabel 3.1 Pengukuran Kinerja Sasaran Meningkatnya Produksi Perikanan Budidaya dan Tangkap
Sasaran Strategis Indikator Kinerja Satuan Target Realisasi Capaian (%)
Meningkatnya produksi perikanan budidaya dan tangkap di wilayah pesisir
Jumlah produksi perikanan budidaya air tawar yang dipasarkan nelayan setempat ton 1.250 1.310 104,80
Persentase kelompok pembudidaya ikan yang menerima pendampingan teknis dari penyuluh persen 80 76 95,00
Jumlah kapal penangkap ikan yang telah memiliki dokumen kelaikan berlayar unit 45 48 106,67
Dari tabel di atas terlihat bahwa dua dari tiga indikator melampaui target, sedangkan pendampingan kelompok pembudidaya belum mencapai target karena keterbatasan jumlah penyuluh lapangan.
Tabel 3.2 Realisasi Anggaran Program dan Kegiatan Dinas Perikanan Tahun 2022
Program / Kegiatan Pagu Anggaran (Rp) Realisasi (Rp) Realisasi (%)
Program Pengelolaan Perikanan Budidaya dan Pemberdayaan Pembudidaya Ikan 2,450,000,000 2,301,550,000 93.94
Program Pengelolaan Perikanan Tangkap dan Pelabuhan Perikanan Rakyat 1,120,400,000 1,098,750,000 98.07
Upaya yang akan dilakukan pada tahun berikutnya adalah menambah tenaga penyuluh dan memperluas jangkauan pendampingan ke desa pesisir.
"""


def wrapped(text: str, width: int) -> str:
    """The text as a narrow column prints it: each line broken where the next word would not fit."""
    return "\n".join("\n".join(textwrap.wrap(line, width, break_long_words=False)) if line else ""
                     for line in text.split("\n"))


def lines_of(text: str) -> list[Line]:
    return [Line(n, 1, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_a_report_wrapped_at_a_narrow_measure_gives_the_rows_it_gives_as_printed_wide(tmp_path: Path):
    from pipeline import extract_document

    def rows(text: str, name: str) -> tuple[list[tuple], list[tuple]]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        built = extract_document(read_document(path)).built
        return (sorted((r["indicator"], r["target_value"], r["realisation_value"]) for r in built.realisations),
                sorted((b["name"], b["allocation"], b["realisation"]) for b in built.budgets))

    wide = rows(REPORT, "wide.txt")
    assert len(wide[0]) == 3 and len(wide[1]) == 2
    assert rows(wrapped(REPORT, 40), "narrow.txt") == wide  # the budget rows ran together into one


def test_wrapped_pieces_are_joined_and_numbered_in_turn_each_knowing_its_line_in_the_file():
    printed = wrapped(REPORT, 40).split("\n")
    lines, file_lines = join_narrow_lines(lines_of("\n".join(printed)))
    texts = [line.text for line in lines]
    # the budget header whole, not in pieces (its caption, whose last word did not fit either, runs into it)
    assert any(t.endswith("Program / Kegiatan Pagu Anggaran (Rp) Realisasi (Rp) Realisasi (%)") for t in texts)
    row = next(line for line in lines if line.text.startswith("Persentase kelompok"))
    assert row.text.endswith("penyuluh persen 80 76 95,00")
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))  # neighbours by number, as stages count
    assert printed[file_lines[row.number - 1] - 1].startswith("Persentase kelompok")  # its first piece's line


def test_a_wide_report_is_left_as_it_is():
    lines = lines_of(REPORT)
    assert measure([line.text for line in lines]) is None
    assert join_narrow_lines(lines) == (lines, None)


def test_a_short_text_is_not_taken_for_narrow_print():
    assert measure(wrapped(REPORT, 40).split("\n")[:6]) is None  # too few full lines to tell a measure


def test_a_line_ending_where_the_next_word_would_have_fitted_ended_by_itself():
    assert continues("Capaian kinerja sasaran strategis pada", "tahun 2022", 40)  # 'tahun' did not fit
    assert not continues("Capaian kinerja sasaran", "strategis pada tahun 2022", 40)  # 'strategis' would have
    assert not continues("Laman resmi dinas", "www.perikanan.telukharapan.go.id", 40)  # a short line: a label


def test_a_numbered_item_a_caption_or_an_indented_line_starts_afresh():
    full = "Jumlah dokumen perencanaan yang disusun"  # 39 characters: no word fits after it
    assert continues(full, "tepat waktu", 40)
    assert not continues(full, "2. Persentase aduan yang ditindaklanjuti", 40)
    assert not continues(full, "01.02 Persentase aduan", 40)
    assert not continues(full, "Tabel 3.2 Realisasi Anggaran", 40)
    assert not continues(full, "    Sub Kegiatan :", 40)


def test_a_name_after_a_rows_values_opens_the_next_row():
    assert not continues("Perikanan Rakyat 1,120,400,000 98.07", "Program Pengelolaan Pesisir", 40)
    assert continues("Perikanan Tangkap Rakyat 1,120,400,000", "98.07", 40)  # the row's last value wrapped
    assert continues("Laporan Kinerja Dinas Perikanan 2022", "Kabupaten", 40)  # a year closes no row


def test_a_heading_in_capitals_or_a_new_sentence_starts_afresh():
    assert not continues("Sasaran Target Realisasi Capaian Kategori", "PROGRAM PENUNJANG URUSAN", 45)
    assert continues("Disusun oleh DINAS PERIKANAN KABUPATEN", "KEPULAUAN SERIBU", 40)  # a name in capitals runs on
    assert not continues("Target tahun ini tercapai seluruhnya.", "Realisasi anggaran mencapai", 40)
    assert not continues("Target tahun ini tercapai seluruhnya.", "“Kami bersyukur,” ujarnya", 40)
    assert continues("Target tahun ini tercapai seluruhnya,", "sehingga", 40)


def test_rows_state_the_line_of_the_file_their_first_piece_stands_on(tmp_path: Path):
    from pipeline import extract_document

    printed = wrapped(REPORT, 40)
    path = tmp_path / "narrow.txt"
    path.write_text(printed, encoding="utf-8")
    text = read_document(path)
    assert text.file_lines is not None and text.file_line(len(text.lines)) == len(printed.split("\n"))
    built = extract_document(text).built
    file = printed.split("\n")
    for row in built.realisations:
        assert row["indicator"].startswith(file[row["line"] - 1].strip())
    for row in built.budgets:
        assert row["name"].startswith(file[row["line"] - 1].strip())


def test_rows_printed_in_columns_are_never_joined():
    table = "\n".join(f"{k}   Jumlah kelompok binaan desa {k:<2}   {10 + k:>3}   {12 + k:>3}" for k in range(1, 16))
    lines = lines_of(table)
    assert measure([line.text for line in lines]) is not None  # every row runs to the same width ...
    assert [line.text for line in join_narrow_lines(lines)[0]] == table.split("\n")  # ... yet each is a row of its own
    assert not continues("| 1 | Jumlah kelompok binaan | 10 | 12 |", "| 2 | Jumlah |", 40)


def test_a_value_alone_under_a_name_is_a_cell_of_its_own():
    # a table flattened one cell to a line: the pagu under the program's name is its own line
    assert not continues("Program Dukungan Manajemen Kantor", "18.440.879.000", 40)
    assert not continues("Program Dukungan Manajemen Kantor", "73,93%", 40)
    assert continues("dokumen 12,50 13,75 14,00 15,25 101,10", "98,5", 40)  # a row's last value wrapped


def test_a_line_of_a_bordered_table_is_never_joined():
    assert not continues("pemilih muda | Persentase partisipasi", "pemilih dalam pemilihan | 70%", 40)
    assert not continues("Persentase partisipasi pemilih muda", "| 2 | Jumlah |", 40)


def test_lines_named_in_evidence_and_repairs_are_the_files_lines_too():
    # an auditor follows 'lines 3-4' or 'stated at line 2' to the file: after a join they are the file's numbers
    from extract.model import LocatedText
    from normalize.build import Built
    from pipeline import to_file_lines

    text = LocatedText(source_path="x.txt", doc_id="x", lines=[Line(n, 1, f"line {n}") for n in (1, 2, 3, 4)],
                       pages=1, file_lines=[1, 3, 6, 7])
    built = Built(budgets=[{"line": 4, "repairs": '[{"evidence": "the 2 rows above (lines 2-3) add up"}]'}],
                  review=[{"line": 3, "evidence": "taken for the indicator stated at line 2 (line 2022 of a law)"}])
    evidence = {"agency": "line 4: KPU Kabupaten X", "year": "line 9000: a number past the text"}
    to_file_lines(text, built, evidence)
    assert built.budgets[0]["line"] == 7 and "(lines 3-6)" in built.budgets[0]["repairs"]
    assert built.review[0] == {"line": 6, "evidence": "taken for the indicator stated at line 3 (line 2022 of a law)"}
    assert evidence == {"agency": "line 7: KPU Kabupaten X", "year": "line 9000: a number past the text"}
