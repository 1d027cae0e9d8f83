"""Values as older OCR engines (ABBYY, Adobe, early Tesseract) print them in scanned LKj tables.

The snippets are written for these tests in the shape of scanned Perjanjian
Kinerja and budget pages: '%' read as 'o/o', the three digits of 100 read as
letters ('lOO', 'IOO', 'too'), a last group of zeros read as 'OOO', a cover
year with look-alike letters.
"""
from __future__ import annotations

import pytest

from extract.lines import analyse_line
from extract.model import Line, LocatedText
from normalize import numbers as N
from normalize.document_fields import find_document_fields
from tests.table_text import table_records


def records(text: str):
    return table_records(text)[0]


@pytest.mark.parametrize("raw,value", [
    ("80o/o", 80.0), ("92,5 o/o", 92.5), ("100o/o", 100.0), ("1OOo/o", 100.0), ("l0Oo/o", 100.0),
    ("lOOo/o", 100.0), ("IOO %", 100.0), ("too%", 100.0), ("tOO o/o", 100.0),
    ("97,5\u00b0/o", 97.5), ("100\u00b0/o", 100.0),  # ABBYY: the ring of '%' read as a degree sign
    ("lOO,OO%", 100.0), ("IOO,O o/o", 100.0), ("8O %", 80.0), ("9S\u00b0/o", 95.0), ("8O o/o", 80.0),
])
def test_a_cell_read_alone_gives_what_the_line_lexer_gives(raw: str, value: float) -> None:
    # parse_measure read '80o/o' as 800 (the 'o' a zero) and 'lOO%' as words; the lexer read both as percents
    reading = N.parse_measure(raw)
    assert (reading.value, reading.unit, reading.trusted) == (value, "%", True)
    assert reading.repairs and all(r.before == raw for r in reading.repairs)  # each change is on record
    tokens = N.lex_values(f"Persentase satker tertib {raw}")
    assert [(t.kind, t.raw, t.reading.value) for t in tokens] == [("percent", raw, value)]


@pytest.mark.parametrize("text", ["tool%", "Target too tinggi", "itu too", "Stoo%", "lOOk%", "loo"])
def test_words_that_look_like_a_lettered_hundred_are_not_values(text: str) -> None:
    assert N.lex_values(text) == []
    assert N.parse_measure(text).value is None


def test_lexing_from_start_positions_still_finds_what_finditer_finds_with_lettered_values() -> None:
    from normalize.numbers import _LEX_RE, _lex_matches

    for text in ("too% t00% tOO o/o", "target too%", "l0Oo/o 1OOo/o", "loo% Ioo%", "tahun too", "Rp 3.120.OOO",
                 "lOO,OO% tOO,O\u00b0/o", "8O % 9O o/o", "Rp 2 .450.000 3 .100.250.000", "tahun 2019 .", "2 .5"):
        assert [m.span() for m in _lex_matches(text)] == [m.span() for m in _LEX_RE.finditer(text)], text


def test_an_8_read_as_b_opening_a_percent_is_read() -> None:
    # '| 100% | B6,75% |': the realisasi's 8 read as B; unread, the row lost its value (and the row)
    tokens = N.lex_values("| 12. | Ketepatan laporan keuangan | 100% | B6,75% |")
    assert [(t.kind, t.reading.value) for t in tokens][-1] == ("percent", 86.75)
    assert tokens[-1].reading.repairs[-1].before == "B6,75%"
    # a grade before a percent, and a B before two digits (no 8 opens a percent above 200), stay as they were
    assert [(t.kind, t.raw) for t in N.lex_values("Nilai B 90%")] == [("grade", "B"), ("percent", "90%")]
    assert N.lex_values("kelas B12,5 %") == []


def test_a_last_group_of_zeros_read_as_letters_stays_in_the_amount() -> None:
    # 'Rp 2.315.480.OOO' was read as Rp 2.315.480, a trusted value a thousand times too small
    tokens = N.lex_values("Pagu Rp 2.315.480.OOO realisasi 2.207.113.5OO 95,32%")
    assert [(t.kind, t.reading.value) for t in tokens] == [
        ("amount", 2315480000), ("amount", 2207113500), ("percent", 95.32)]
    assert tokens[0].reading.repairs  # the letters read as zeros are recorded


def test_an_o_ending_a_number_is_its_zero_but_other_letters_after_digits_stay_words() -> None:
    # a capaian cell printed '9O': the O is the last 0; '4G' and '2B' are names, not 46 and 28
    assert [(t.kind, t.reading.value) for t in N.lex_values("Nilai SAKIP | BB | B | 9O")][-1] == ("number", 90.0)
    assert N.lex_values("jaringan 4G dan pensil 2B") == []


def test_an_amount_is_not_cut_where_its_last_group_is_damaged() -> None:
    # 'Rp 2.315.480.OO0' and 'Rp 2.315.480.X00' were read as Rp 2.315.480, trusted: a thousand times too small
    assert [t.reading.value for t in N.lex_values("Rp 2.315.480.OO0,00")] == [2315480000]
    assert [t.kind for t in N.lex_values("Rp 2.315.480.X00 | 96,13%")] == ["percent"]
    assert [t.reading.value for t in N.lex_values("sebesar Rp 7.500.Selanjutnya")] == [7500]  # a glued word ends it


def test_a_space_before_a_separator_stays_inside_the_amount() -> None:
    # 'Rp 3 .100.250.000' was read as a trusted Rp 3; a space after a dot ('1.500.000. 200.000') may end an
    # amount in a list, so only a space before one joins
    tokens = N.lex_values("Pagu Rp 3 .100.250.000 realisasi Rp 2.980.114.500 96,13%")
    assert [(t.kind, t.reading.value) for t in tokens] == [
        ("amount", 3100250000), ("amount", 2980114500), ("percent", 96.13)]
    assert tokens[0].raw == "Rp 3 .100.250.000"  # the raw keeps the space
    assert [t.reading.value for t in N.lex_values("sebanyak 2 .5")] == [2]


def test_a_flattened_target_column_with_lettered_hundreds() -> None:
    # a scanned PK: one cell per line, the 100% of each row printed 'lOOo/o' and 'too%' by the OCR
    text = "\n".join([
        "Indikator Kinerja", "", "Target", "",
        "Persentase dokumen perencanaan yang", "disusun tepat waktu", "", "lOOo/o", "",
        "Persentase laporan keuangan yang", "disampaikan tepat waktu", "", "too%", ""])
    measures = records(text)
    assert [(m.target.value, m.target.raw) for m in measures] == [(100.0, "lOOo/o"), (100.0, "too%")]
    assert all(m.target.repairs for m in measures)


@pytest.mark.parametrize("cover_year,year", [("2Ol9", 2019), ("20I8", 2018), ("2O1S", 2015), ("2O2l", 2021)])
def test_cover_year_with_look_alike_letters(cover_year: str, year: int) -> None:
    text = "\n".join(["LAPORAN KINERJA", "", "KPU KOTA MADIUN", "", f"TAHUN {cover_year}", "",
                      "BAB I PENDAHULUAN", "", "KPU Kota Madiun menyusun laporan ini."])
    lines = [Line(number=n, page=1, text=t) for n, t in enumerate(text.split("\n"), start=1)]
    fields = find_document_fields(LocatedText(source_path="t.txt", doc_id="t", lines=lines, pages=1))
    assert (fields.agency, fields.year) == ("KPU Kota Madiun", year)


def test_a_word_after_tahun_is_no_year() -> None:
    # 'TAHUN 2O1Sampai': the S opens a word glued to the number, so it is no 5 of a year 2015
    text = "\n".join(["LAPORAN KINERJA", "", "KPU KOTA MADIUN", "", "TAHUN 2O1Sampai", ""])
    lines = [Line(number=n, page=1, text=t) for n, t in enumerate(text.split("\n"), start=1)]
    fields = find_document_fields(LocatedText(source_path="t.txt", doc_id="t", lines=lines, pages=1))
    assert fields.year != 2015


def cover_fields(*cover: str):
    text = "\n\n".join(list(cover) + ["BAB I PENDAHULUAN", "Laporan ini disusun."])
    lines = [Line(number=n, page=1, text=t) for n, t in enumerate(text.split("\n"), start=1)]
    return find_document_fields(LocatedText(source_path="t.txt", doc_id="t", lines=lines, pages=1))


@pytest.mark.parametrize("name,agency", [
    ("KPU KABUPATEN LAM0NGAN", "KPU Kabupaten Lamongan"),  # 0 for O ending the name: the year was lost
    ("KPU KABUPATEN MAGETAN", "KPU Kabupaten Magetan"),
    ("KPU KABUPATEN 8OJONEGORO", "KPU Kabupaten Bojonegoro"),  # 8 for B opening the name
    ("KPU KABUPATEN SARNPANG", "KPU Kabupaten Sampang"),  # 'rn' for 'm'
    ("KPU KOTA SERNARANG", "KPU Kota Semarang"),
    ("KPU KOTA TERNATE", "KPU Kota Ternate"),  # a name with 'rn' of its own stays itself
    ("KPU KABUPATEN KEDlRl", "KPU Kabupaten Kediri"),  # 'l' for 'I' in capitals
    ("KPU KABUPATEN BLlTAR", "KPU Kabupaten Blitar"),
    ("KPU KOTA MALANG", "KPU Kota Malang"),  # a name with 'l' of its own stays itself
    ("KOMISI PEMILIHAN UMUM KABUPATEN KED1R1", "KPU Kabupaten Kediri"),
    ("K0MISI PEMILIHAN UMUM KABUPATEN MADIUN", "KPU Kabupaten Madiun"),
    ("KPU PR0VINSI JAWA TENGAH", "KPU Provinsi Jawa Tengah"),
])
def test_cover_names_with_ocr_letters_keep_office_and_year(name: str, agency: str) -> None:
    fields = cover_fields("LAPORAN KINERJA", name, "TAHUN 2021")
    assert (fields.agency, fields.year) == (agency, 2021)


def test_a_regulation_number_before_tahun_is_still_no_report_year() -> None:
    fields = cover_fields("LAPORAN KINERJA", "KPU KOTA MADIUN", "TAHUN 2021",
                          "Peraturan KPU Nomor 7/PKPU Tahun 2017 dan Nomor 29 Tahun 2014 mengatur laporan ini.")
    assert fields.year == 2021


def measured_row(target: str, realisation: str, achievement: str):
    from extract.records import MeasureRow, Source
    from normalize.repair import repair_measure

    return repair_measure(MeasureRow(
        indicator_raw="Persentase dokumen yang disusun", source=Source(line=1, page=1, raw=""),
        target=N.parse_measure(target, "%"), realisation=N.parse_measure(realisation, "%"),
        achievement=N.parse_measure(achievement, "%"), has_realisation_column=True))


def test_a_capaian_digit_ocr_confused_is_settled_when_only_it_makes_the_row_add_up() -> None:
    # 62 / 70 x 100 = 88,57; printed '68,57' (8 read as 6): no one-digit change of 70 or 62 fits
    row = measured_row("70%", "62%", "68,57%")
    assert row.achievement.value == 88.57 and row.achievement.trusted
    (repair,) = row.achievement.repairs
    assert repair.rule == "digit_misread" and repair.before == "68,57%" and "88.57" in repair.after


def test_a_digit_misread_that_several_fields_could_hold_is_flagged_not_guessed() -> None:
    # target 100: realisasi 85 with capaian 65, or realisasi 65 with capaian 65 -- either may be misread
    row = measured_row("100%", "85%", "65%")
    assert (row.realisation.value, row.achievement.value) == (85, 65)
    assert not row.achievement.trusted and "left as printed" in row.achievement.notes[-1]


def test_a_capped_capaian_and_digits_ocr_does_not_confuse_stay_as_printed() -> None:
    row = measured_row("95%", "100%", "100%")  # the report caps its capaian at 100
    assert row.achievement.value == 100 and row.achievement.trusted and not row.achievement.repairs
    row = measured_row("80%", "60%", "72%")  # 75 expected: 2 for 5 is no OCR confusion
    assert row.achievement.value == 72 and not row.achievement.repairs


def test_a_signing_date_with_a_look_alike_year_still_dates_the_report() -> None:
    # no 'Tahun NNNN' anywhere: the report year comes from its signing date, printed 'Maret 2O2l'
    fields = cover_fields("LAPORAN KINERJA", "KPU KOTA MADIUN", "Madiun, 15 Maret 2O2l", "Ketua")
    assert fields.year == 2020 and "2O2l" in fields.evidence["year"]


def test_a_cell_holding_only_a_look_alike_damaged_number_is_that_number() -> None:
    # a bordered capaian table whose header gives the unit '(o/o)': cells 'lOO', '9S', '9O' hold no sign
    text = "\n".join([
        "No | Indikator Kinerja | Target (o/o) | Realisasi (o/o) | Capaian (o/o)",
        "1 | Persentase arsip tertata | lOO | 9S | 95",
        "2 | Persentase layanan informasi tepat waktu | 9O | 9O | IOO"])
    measures = records(text)
    assert [(m.target.value, m.realisation.value, m.achievement.value) for m in measures] == [
        (100, 95, 95), (90, 90, 100)]
    assert all(m.target.repairs for m in measures)


@pytest.mark.parametrize("cell", ["S1", "D3", "2B", "4G", "loo", "too", "lOOk", "Iol"])
def test_codes_and_words_in_a_cell_of_their_own_are_no_values(cell: str) -> None:
    assert analyse_line(Line(number=1, page=1, text=f"Pendidikan | {cell} | 12")).values[0].raw != cell


def test_a_result_sentence_with_ocr_percent_signs_and_letters() -> None:
    from extract.sentences import find_measure_sentences

    (row,) = find_measure_sentences([Line(number=1, page=1, text=(
        "Indikator persentase surat masuk yang diarsipkan dengan target lOOo/o terealisasi 9S,5\u00b0/o "
        "dengan capaian 95,5o/o."))])
    assert (row.target.value, row.realisation.value, row.achievement.value) == (100, 95.5, 95.5)
    assert row.target.repairs and row.realisation.repairs


@pytest.mark.parametrize("cover", [("LAPORAN KINERJA", "KPU KOTA MADIUN", "TAHUN 2 0 2 1"),
                                   ("LAPORAN KINERJA", "KPU KOTA MADIUN", "TAHUN 20 21"),
                                   ("LAPORAN KINERJA 2O21", "KPU KOTA MADIUN")])
def test_cover_years_letter_spaced_or_without_tahun(cover: tuple[str, ...]) -> None:
    assert cover_fields(*cover).year == 2021


def test_a_letter_spaced_or_damaged_period_is_no_report_year() -> None:
    # a Renstra period 'TAHUN 2 0 2 0 - 2 0 2 4' or 'Tahun 2O2O s/d 2O24' names no single year
    for period in ("RENSTRA TAHUN 2 0 2 0 - 2 0 2 4", "Renstra Tahun 2O2O s/d 2O24"):
        assert cover_fields("LAPORAN KINERJA", "KPU KOTA MADIUN", period).year is None
        assert cover_fields("LAPORAN KINERJA", "KPU KOTA MADIUN", "TAHUN 2022", period).year == 2022


@pytest.mark.parametrize("raw", ["lO0%", "IO0 %", "to0%"])
def test_a_hundred_with_only_its_first_zero_read_as_a_letter_is_still_a_percent(raw: str) -> None:
    # 'lO0%': the 1 read as l and the first 0 as O, the last 0 right; a target cell holding it is the row's value
    view = analyse_line(Line(number=1, page=1, text=f"| 3 | Tertibnya arsip | Persentase arsip tertata | {raw} |"))
    assert [(t.kind, t.reading.value) for t in view.values] == [("percent", 100.0)]
    assert view.values[0].reading.repairs  # the reading is on record as a repair


def test_a_scan_mark_before_a_rows_first_border_is_no_cell():
    # "'| 5 | ...": the mark read before the border would move every cell one place, the row number into a value
    view = analyse_line(Line(number=1, page=1, text="\u2018| 5 | Tersusunnya laporan | Jumlah laporan kinerja | 2 Dokumen |"))
    assert [c.text for c in view.cells] == ["", "Tersusunnya laporan", "Jumlah laporan kinerja", ""]
    assert [t.raw for t in view.values] == ["2 Dokumen"]


def test_a_grade_with_its_second_b_read_as_8_and_an_opinion_with_its_w_read_as_vv_are_values() -> None:
    # a poor scan of a capaian table: 'BB' printed 'B8', 'WTP' printed 'VVTP'; unread, both rows lost their
    # target and ran into the row above
    rows = records("No  Indikator Kinerja                   Target   Realisasi  Capaian\n"
                   "1   Nilai evaluasi SAKIP Kantor Contoh  B8       BB         100%\n"
                   "2   Opini atas laporan keuangan         VVTP     WTP        100%\n")
    got = [(r.indicator_raw, r.target.text, r.target.unit, r.realisation.text) for r in rows]
    assert got == [("Nilai evaluasi SAKIP Kantor Contoh", "BB", "grade", "BB"),
                   ("Opini atas laporan keuangan", "WTP", "opinion", "WTP")]
    assert rows[0].target.repairs[-1].before == "B8"
    # not in running text, nor a room or a code with words after it
    assert N.lex_values("Ruang B8 lantai dua") == [] and N.parse_measure("B8a").text is None
