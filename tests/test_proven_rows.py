"""Three bare numbers under an indicator's name, with no header: read only when capaian = realisasi / target."""
from __future__ import annotations

from extract.lines import LineViews
from extract.model import Line, LocatedText
from extract.proven_rows import find_proven_result_rows, proves_capaian
from pipeline import extract_document


def views(text: str) -> LineViews:
    return LineViews([Line(n, 1, t) for n, t in enumerate(text.splitlines(), start=1)])


PAGE = """2. Analisis Capaian Kinerja

-Persentase berkas perkara yang diminutasi tepat
waktu

80 84 105

3. Meningkatnya kualitas layanan

Persentase pengaduan yang ditindaklanjuti

90,00 81,00 90,00
"""


def test_a_page_without_its_header_gives_the_rows_its_arithmetic_proves():
    rows = find_proven_result_rows(views(PAGE), taken=set())
    assert [r.indicator_raw for r in rows] == ["Persentase berkas perkara yang diminutasi tepat waktu",
                                               "Persentase pengaduan yang ditindaklanjuti"]
    assert [(r.target.value, r.realisation.value, r.achievement.value) for r in rows] == [
        (80, 84, 105), (90, 81, 90)]
    assert [r.source.line for r in rows] == [6, 12]


def test_numbers_the_capaian_does_not_prove_or_a_name_that_measures_nothing_give_no_row():
    text = ("Persentase penduduk miskin menurut kecamatan\n\n2019 2020 2021\n\n"  # years, not a result
            "Jumlah penduduk tahun ini\n12 15 40\n"  # 15 / 12 is 125%, not 40
            "Rata-rata lama sekolah di kota ini\n80 84 105\n")  # no measure word opens the name
    assert find_proven_result_rows(views(text), taken=set()) == []


def test_a_line_a_table_read_is_left_to_it():
    assert find_proven_result_rows(views(PAGE), taken={6, 12}) == []


def test_the_capaian_is_checked_to_its_printed_decimals():
    assert proves_capaian("80,00", "80,83", "101,04")
    assert not proves_capaian("80,00", "80,83", "101,94")
    assert proves_capaian("100", "100", "100%")


def test_the_pipeline_reads_such_rows_as_realisations():
    lines = [Line(n, 1, t) for n, t in enumerate(PAGE.splitlines(), start=1)]
    result = extract_document(LocatedText(source_path="x.txt", doc_id="x", lines=lines, pages=[1]))
    got = {(r["indicator_raw"], r["realisation_value"], r["line"]) for r in result.built.realisations}
    assert ("Persentase pengaduan yang ditindaklanjuti", 81.0, 12) in got


def test_a_name_and_its_three_numbers_on_one_line_give_the_row_the_arithmetic_proves():
    # a text export prints a headerless row's cells after its name with single spaces: the same evidence reads it
    text = ("Hasil kinerja bidang prasarana\n"
            "1. Persentase saluran irigasi dalam kondisi baik 62,50 65,00 104,00\n"
            "2. Jumlah desa bebas banjir 12 12 100\n"
            "Persentase rumah layak huni 2019 2020 2021\n"  # a row of years: no capaian
            "Jumlah pos ronda 40 10 20 30\n"  # a fourth number before the three: counts, no result row
            "Persentase pasar tertata 50 60 90\n")  # 60 / 50 is 120%, not 90
    rows = find_proven_result_rows(views(text), taken=set())
    assert [(r.indicator_raw, r.target.value, r.realisation.value, r.achievement.value, r.source.line)
            for r in rows] == [("Persentase saluran irigasi dalam kondisi baik", 62.5, 65.0, 104.0, 2),
                               ("Jumlah desa bebas banjir", 12, 12, 100, 3)]
    assert find_proven_result_rows(views(text), taken={2, 3}) == []


def test_a_budget_tables_total_line_is_no_one_line_result_row():
    # 'Jumlah' and a pagu, its realisasi and their % prove the same arithmetic: amounts are no result, the word no name
    text = ("Jumlah 9.700.000.000 9.189.227.450 94,73\n"
            "Jumlah dana hibah 9.700.000.000 9.189.227.450 94,73\n")
    assert find_proven_result_rows(views(text), taken=set()) == []


def test_a_line_of_two_amounts_and_their_percent_under_a_name_is_no_result_row():
    # a jenis belanja table printed as a names block, then its amounts block: 'Jumlah' and the column words
    # stand above the first amounts line, whose percent the amounts prove; a budget row, not a result
    text = ("Belanja per jenis\n51 Belanja Pegawai\n52 Belanja Barang\nJumlah\n"
            "Pagu (Rp)\tRealisasi (Rp)\t%\n1.200.000.000\t1.150.000.000\t95,83\n800.000.000\t760.000.000\t95,00\n")
    assert find_proven_result_rows(views(text), taken=set()) == []


def test_rows_under_year_columns_are_values_per_year_not_a_result():
    # an IKU plan: three equal yearly targets would pass for target, realisation and capaian (100 / 100 = 100%)
    text = ("Tabel 2.3 Indikator Kinerja Utama 2020-2022\n\n"
            " No.   Indikator Kinerja                  2020       2021       2022\n"
            " 1.    Persentase kelurahan yang daftar   100%       100%       100%\n"
            "       pemilihnya diperbarui\n"
            " 2.    Persentase surat masuk yang\n"
            "       diarsipkan\n"
            "                                          100        100        100\n")
    assert find_proven_result_rows(views(text), taken=set()) == []
