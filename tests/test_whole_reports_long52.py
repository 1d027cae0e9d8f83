"""Rules found by the long52 whole reports (HTML export, Word markdown, multi-year comparisons), in our own words."""
from __future__ import annotations

from extract.lines import analyse_line, analysed_cell
from extract.model import Line
from extract.records import MeasureRow, Source
from extract.sentences import find_measure_sentences, named_after_count
from extract.tables import gives_amount_in_prose
from normalize.build import Built, build_measures
from normalize.numbers import parse_percent
from tests.table_text import table_records


def test_an_election_named_with_its_year_keeps_the_year_in_its_name():
    cell = analysed_cell("Tingkat kehadiran pemilih pada Pemilu Serentak 2029")
    assert cell.text.endswith("Serentak 2029") and cell.values == ()
    cell = analysed_cell("Partisipasi pemilih Pemilihan Bupati dan Wakil Bupati 2029 80% 83,5%")
    assert cell.text.endswith("Bupati 2029") and [t.raw for t in cell.values] == ["80%", "83,5%"]
    assert [t.raw for t in analysed_cell("Jumlah pemilih 2029").values] == ["2029"]  # no election named: as before


def test_a_flattened_agreement_whose_next_name_ends_on_an_election_year_keeps_its_target():
    # One cell per line from an HTML page; row 2's sasaran spans two rows, so its line is missing, and its
    # name ends on the election's year: read as a value, the row above took row 2's number for its target.
    text = "\n".join([
        "Tabel 2.1 Perjanjian Kinerja Tahun 2029", "No", "Sasaran Strategis", "Indikator Kinerja", "Target",
        "1", "Terselenggaranya pemungutan suara yang tertib", "Persentase TPS yang dibuka tepat waktu", "98%",
        "2", "Tingkat kehadiran pemilih pada Pemilu Serentak 2029", "80%",
        "3", "Meningkatnya layanan arsip", "Jumlah arsip yang dialihmediakan", "400 arsip", ""])
    measures, _ = table_records(text, 2029)
    assert [(m.indicator_raw, m.target.raw) for m in measures] == [
        ("Persentase TPS yang dibuka tepat waktu", "98%"),
        ("Tingkat kehadiran pemilih pada Pemilu Serentak 2029", "80%"),
        ("Jumlah arsip yang dialihmediakan", "400 arsip")]


def test_a_sentence_naming_the_budget_with_a_joining_word_is_no_row():
    def view(text: str):
        return analyse_line(Line(number=1, page=1, text=text))
    assert gives_amount_in_prose(view("Arsip dan Dokumentasi, dengan pagu keseluruhan Rp 12.345.600.000."))
    assert gives_amount_in_prose(view("kegiatan tersebut yaitu anggaran Rp 1.250.000.000 untuk tahapan"))
    assert not gives_amount_in_prose(view("Layanan Perkantoran Rp 1.250.000.000"))


def real(name: str, target: str, result: str, line: int, table_line: int) -> MeasureRow:
    return MeasureRow(indicator_raw=name, target=parse_percent(target), realisation=parse_percent(result),
                      has_realisation_column=True,
                      source=Source(line=line, page=1, raw=result, table=f"table at {table_line}", table_line=table_line))


def test_two_readable_names_at_full_marks_are_two_indicators_when_their_words_differ():
    # Two per-sasaran tables each state one indicator at 100% against 100%; both names land nearest one
    # catalogue entry, yet they share no word of their own: the same full marks are no restatement.
    polling = real("Persentase tahapan pemungutan suara yang dilaksanakan sesuai jadwal", "100%", "100%", 40, 38)
    roll = real("Persentase daftar pemilih tetap yang ditetapkan tepat waktu", "100%", "100%", 80, 78)
    reworded = real("Persentase daftar pemilih tetap ditetapkan tepat waktu oleh pleno", "100%", "100%", 120, 118)
    vocabulary = {"persentase", "tahapan", "pemungutan", "suara", "yang", "dilaksanakan", "sesuai", "jadwal",
                  "daftar", "pemilih", "tetap", "ditetapkan", "tepat", "waktu", "oleh", "pleno"}
    built = Built()
    build_measures("doc", [polling, roll, reworded], built, vocabulary)
    lines = [r["line"] for r in built.realisations]
    assert 40 in lines and 80 in lines and 120 not in lines  # the rewording shares most words: a restatement


def test_target_years_on_a_markdown_headers_second_storey():
    # A Word table's header of two storeys: 'Target | Target' over '2029 | 2030' (the years come out as the
    # first body row, under the rule line), then an empty separator row. Only the report year's column counts.
    text = "\n".join([
        "Tabel 2.1 Indikator Kinerja Utama", "",
        "| No | Indikator Kinerja | Target | Target |", "|----|----|----|----|",
        "| | | 2029 | 2030 |", "| | | | |",
        "| 1 | Persentase laporan pengawasan yang ditindaklanjuti | 85% | 90% |",
        "| 2 | Jumlah kader pengawas yang dilatih | 300 orang | 350 orang |", ""])
    measures, _ = table_records(text, 2029)
    assert [m.target.raw for m in measures] == ["85%", "300 orang"]


def test_the_indicator_named_after_a_contrast_is_the_one_meant():
    assert named_after_count("mencapai target, sedangkan indikator jumlah kelurahan sadar pemilu baru") == \
        "jumlah kelurahan sadar pemilu baru"
    (row,) = find_measure_sentences([
        Line(1, 1, "Lima indikator mencapai atau melampaui target, sedangkan indikator jumlah kelurahan sadar "
                   "pemilu baru mencapai 9 kelurahan dari target 12 kelurahan (75%).")])
    assert row.indicator_raw.startswith("jumlah kelurahan sadar pemilu")
    assert (row.target.value, row.realisation.value) == (12, 9)


def test_labelled_cells_of_a_flattened_capaian_table_are_values_not_rows():
    # A web page exported cell by cell prints each value under its column's word ('Target: 98%'); read with
    # the word, each value line became a row named 'Target', and the indicator's own row went without values.
    text = "\n".join([
        "Tabel 3.1 Capaian Kinerja Tahun 2029", "No", "Indikator Kinerja", "Target", "Realisasi", "Capaian",
        "1", "Persentase TPS yang dibuka tepat waktu", "Target: 98%", "Realisasi: 99%", "Capaian: 101,02%",
        "2", "Jumlah arsip yang dialihmediakan", "Target: 40 dokumen", "Realisasi: 38 dokumen", "Capaian: 95%", ""])
    measures, _ = table_records(text, 2029)
    assert [(m.indicator_raw, m.target.raw, m.realisation.raw, m.achievement.raw) for m in measures] == [
        ("Persentase TPS yang dibuka tepat waktu", "98%", "99%", "101,02%"),
        ("Jumlah arsip yang dialihmediakan", "40 dokumen", "38 dokumen", "95%")]
