"""Values stated in prose."""
from __future__ import annotations

from extract.model import Line
from extract.sentences import find_budget_sentences, find_measure_sentences


def views(*texts: str):
    return [Line(number=i, page=1, text=t) for i, t in enumerate(texts, start=1)]


def test_indicator_result_sentence():
    rows = find_measure_sentences(views(
        "Pada indikator persentase partisipasi pemilih dalam pemilihan dengan target 90,89%, "
        "terealisasi 92,22% atau capaian 101,46%. Selanjutnya indikator nilai akuntabilitas kinerja "
        "target BB dan realisasi B."))
    first, second = rows
    assert first.indicator_raw == "persentase partisipasi pemilih dalam pemilihan"
    assert (first.target.value, first.realisation.value, first.achievement.value) == (90.89, 92.22, 101.46)
    assert (second.target.text, second.realisation.text, second.achievement) == ("BB", "B", None)


def test_sentence_without_its_indicator_is_not_read():
    assert find_measure_sentences(views("Secara umum target 100% terealisasi 95% atau capaian 95%.")) == []


def test_budget_sentence_from_000():
    (sentence,) = find_budget_sentences(views(
        "Berdasarkan alokasi anggaran KPU Kota Probolinggo Tahun 2022, pagu anggaran KPU Kabupaten Ciamis "
        "sebesar Rp. 4.451.669.000 - (Empat miliar empat ratus lima puluh satu juta rupiah). Dari pagu "
        "tersebut terealisasi sebesar Rp. 4.384.925.985,- atau sebesar 98,50%."))
    assert sentence.allocation.value == 4_451_669_000
    assert sentence.realisation.value == 4_384_925_985 and sentence.percent.value == 98.5


def test_sentence_values_with_count_units():
    from extract.model import Line
    from extract.sentences import find_measure_sentences

    (row,) = find_measure_sentences([Line(9, 2, "Pada tahun 2024, indikator Jumlah Laporan Kinerja dengan target "
                                                 "17 Dokumen, terealisasi 17 Dokumen, capaian 100%.")])
    assert (row.target.value, row.target.unit, row.realisation.value, row.achievement.value) == (17, "dokumen", 17, 100)


def test_sentence_values_opening_with_a_look_alike_letter():
    from extract.model import Line
    from extract.sentences import find_measure_sentences

    (row,) = find_measure_sentences([Line(1, 1, "Pada tahun 2022, indikator Terlaksananya Inventarisasi Logistik "
                                                 "Pemilu dengan target l4 Laporan, terealisasi 12 Laporan, capaian 85,71%.")])
    assert (row.target.value, row.realisation.value, row.achievement.value) == (14, 12, 85.71)


def test_sentence_capaian_is_a_percentage_without_its_sign():
    from extract.model import Line
    from extract.sentences import find_measure_sentences

    (row,) = find_measure_sentences([Line(1, 1, "indikator Tersusunnya Dokumentasi Produk Hukum dengan target "
                                                 "10 Layanan, terealisasi 10 Layanan, capaian 10096.")])
    assert row.achievement.unit == "%" and 100.0 in row.achievement.alternatives


def test_sentences_wrapped_over_lines_are_read_as_paragraphs():
    from extract.model import Line
    from extract.sentences import find_budget_sentences, find_measure_sentences

    text = ["Pada tahun anggaran 2022, KPU Kabupaten Banyuwangi mendapatkan pagu",
            "anggaran sebesar Rp.4.423.935.000,- yang terealisasi sebesar",
            "Rp 4.300.000.000 atau 97,20%.",
            "",
            "No\tUraian\tPagu",
            "Capaian indikator Persentase laporan keuangan tepat waktu dengan target",
            "100%, terealisasi 95%, capaian 95%."]
    lines = [Line(n, 3, t) for n, t in enumerate(text, start=70)]
    (budget,) = find_budget_sentences(lines)
    assert (budget.allocation.value, budget.realisation.value, budget.percent.value) == (4_423_935_000, 4_300_000_000, 97.2)
    assert budget.source.line == 71 and budget.source.page == 3  # the line the pagu stands on
    (row,) = find_measure_sentences(lines)
    assert row.indicator_raw == "Persentase laporan keuangan tepat waktu" and row.source.line == 75
    assert (row.target.value, row.realisation.value, row.achievement.value) == (100, 95, 95)


def test_table_line_test_agrees_with_its_regex():
    from extract.sentences import TABLE_LINE_RE, is_table_line

    samples = ["", "   ", "a   b", "a  b", "   b", "a   ", "a \t b", "x|y", "a\xa0  b", "a   \tb", "a    b   ", "1.   2",
               "Realisasi   Target", "kata  dua  tiga", "a\u2003   b"]
    for text in samples:
        assert is_table_line(text) == bool(TABLE_LINE_RE.search(text)), text


def test_realisation_check_passes_every_text_the_sentence_pattern_can_match():
    from extract.sentences import MEASURE_SENTENCE_RE, may_state_realisation

    for word in ("realisasi", "REALISASI", "terealisasi", "REALİSASI", "realısasi", "ReAlIzAsI"):
        text = f"Indikator Persentase layanan publik, target 90%, {word} 92%"
        assert MEASURE_SENTENCE_RE.search(text), text
        assert may_state_realisation(text), text
    assert not may_state_realisation("Indikator Persentase layanan publik dengan target 90%")


INSPEKTORAT_NAMES = ["Nilai SAKIP Pemerintah Provinsi NTB", "Opini BPK atas LKPD Provinsi NTB",
                     "Level Maturitas Penyelenggaraan SPIP", "Persentase rekomendasi hasil pemeriksaan yang",
                     "Level kapabilitas APIP (IACM)", "Jumlah laporan hasil pengawasan (LHP) yang diterbitkan"]


def paragraph_lines(text: str, first: int = 1):
    return [Line(number=n, page=2, text=t) for n, t in enumerate(text.split("\n"), start=first)]


def test_sentences_naming_a_target_tables_indicator_are_read_without_the_word_indikator():
    # A Bab III paragraph per indicator: 'ditargetkan', the realisation before the target, a grade after
    # 'predikat', 'Level 3'; the indicator is named as the report's own target table names it.
    lines = paragraph_lines(
        "Nilai SAKIP Pemerintah Provinsi NTB ditargetkan memperoleh predikat BB dan berdasarkan\n"
        "hasil evaluasi Kementerian PANRB tahun 2022 terealisasi dengan predikat BB (nilai\n"
        "70,54), sehingga capaian kinerja indikator ini sebesar 100%. Nilai ini meningkat 1,21\n"
        "poin dibandingkan tahun sebelumnya.\n"
        "\n"
        "Realisasi persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti tahun 2022\n"
        "sebesar 88,40% dari target 85%, sehingga capaian kinerja sebesar 104,00%. Dari 1.431\n"
        "rekomendasi, sebanyak 1.265 rekomendasi telah ditindaklanjuti sesuai rekomendasi.\n"
        "\n"
        "Level kapabilitas APIP (IACM) dengan target Level 3 pada tahun 2022 terealisasi Level\n"
        "3, dengan capaian 100%. Inspektorat terus memperkuat elemen manajemen kinerja dan\n"
        "\n"
        "Pada tahun 2022 Level Maturitas Penyelenggaraan SPIP ditargetkan 3,25 dan realisasinya\n"
        "mencapai 3,41 atau capaian sebesar 104,92%.", first=115)
    assert find_measure_sentences(lines) == []  # without the target tables' names: none names 'indikator X'
    rows = find_measure_sentences(lines, names=INSPEKTORAT_NAMES)
    assert [r.indicator_raw for r in rows] == [
        "Nilai SAKIP Pemerintah Provinsi NTB", "persentase rekomendasi hasil pemeriksaan yang",
        "Level kapabilitas APIP (IACM)", "Level Maturitas Penyelenggaraan SPIP"]
    values = [(r.target.text or r.target.value, r.realisation.text or r.realisation.value, r.achievement.value)
              for r in rows]
    assert values == [("BB", "BB", 100), (85, 88.4, 104), (3, 3, 100), (3.25, 3.41, 104.92)]
    assert rows[2].target.unit == "level" and rows[0].source.line == 115 and rows[1].source.line == 121
    assert all(r.from_sentence and r.has_realisation_column for r in rows)


def test_named_sentences_need_a_known_name_and_both_values_of_one_kind():
    names = ["Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "Indeks kepuasan wajib pajak"]
    for text in [
        # no target table names this indicator
        "Persentase laporan keuangan tepat waktu ditargetkan 100% dan terealisasi 95%, capaian 95%.",
        # prose percentages that are not a measurement of the named indicator
        "Indeks kepuasan wajib pajak diukur oleh lembaga independen terhadap 3.400 responden, 92% puas.",
        "Untuk mencapai target Indeks kepuasan wajib pajak 82,00 realisasi anggaran sebesar 95,20%.",
        "Untuk target Indeks kepuasan wajib pajak 82,00 realisasi belanja Rp 1.250.000.000 telah dicapai.",
        # two indicators compared in one sentence: whose values are whose cannot be told
        "Indeks kepuasan wajib pajak dan persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti "
        "ditargetkan 85% dan terealisasi 88%.",
        # a grade against a number: not one indicator's target and realisation
        "Indeks kepuasan wajib pajak ditargetkan BB dan terealisasi 84,65.",
        # a value too far after its keyword
        "Indeks kepuasan wajib pajak ditargetkan naik setiap tahun seiring dengan perluasan layanan samsat "
        "daring 82,00 dan terealisasi 84,65.",
    ]:
        assert find_measure_sentences(paragraph_lines(text), names=names) == [], text
    (row,) = find_measure_sentences(paragraph_lines(
        "Pada tahun 2020 indeks kepuasan wajib pajak ditargetkan 82,00 dan terealisasi 84,65."), names=names)
    assert (row.target.value, row.realisation.value, row.achievement) == (82, 84.65, None)


def test_a_named_sentence_is_found_with_a_few_of_its_names_words_misread():
    # OCR changed one letter in three of the name's words ('rekomendasl', 'pemeriksasn', 'ditindaklanjutl'):
    # the name still scores 90 against the sentence, and the quick word check must not turn it away.
    lines = paragraph_lines(
        "Realisasi persentase rekomendasl hasil pemeriksasn yang ditindaklanjutl tahun 2022\n"
        "sebesar 88,40% dari target 85%, sehingga capaian kinerja sebesar 104,00%.", first=120)
    rows = find_measure_sentences(lines, names=INSPEKTORAT_NAMES)
    assert [(r.target.value, r.realisation.value) for r in rows] == [(85, 88.4)]


def test_overall_budget_is_the_pair_its_printed_percent_proves():
    """A revised pagu stated after the original one, and a realisation in a later paragraph.

    The first pagu in the prose is the one before the revision; the year's pagu
    is the one that the realisation's own percentage divides into.
    """
    from extract.sentences import confirmed_budget_sentence

    lines = views(
        "Belanja Dinas Contoh Tahun Anggaran 2023 semula ditetapkan sebesar Rp.8.400.000.000,- terdiri dari",
        "belanja operasi sebesar Rp.8.100.000.000,- dan belanja modal sebesar Rp.300.000.000,-.",
        "",
        "Setelah perubahan, anggaran belanja menjadi sebesar Rp. 7.900.000.000,-.",
        "",
        "Hingga akhir tahun, terserapnya anggaran sebesar Rp. 7.252.200.000,- atau 91,80 persen dari",
        "alokasi. Anggaran yang tidak terealisasikan sebesar Rp. 647.800.000,- atau 8,20 persen.")
    sentence = confirmed_budget_sentence(lines)
    assert sentence.allocation.value == 7_900_000_000 and sentence.source.line == 4
    assert sentence.realisation.value == 7_252_200_000 and sentence.percent.value == 91.8


def test_no_overall_budget_without_a_percent_that_fits():
    """Amounts whose stated % no pagu of the prose divides into prove nothing: no pair is made up."""
    from extract.sentences import confirmed_budget_sentence

    lines = views("Pagu anggaran tahun 2023 sebesar Rp 5.000.000.000, dengan realisasi sebesar "
                  "Rp 4.000.000.000 atau 95,10%.")
    assert confirmed_budget_sentence(lines) is None
    (fallback,) = find_budget_sentences(lines)
    assert fallback.allocation.value == 5_000_000_000


def test_amounts_rounded_to_billions_in_words_are_read_whole():
    """'Rp 9,75 miliar' is 9.750.000.000, not 9 (the cell reading of 'Rp 9,75')."""
    from extract.sentences import confirmed_budget_sentence

    lines = views("Untuk tahun 2024 pagu anggaran yang dikelola sebesar Rp 9,75 miliar, dan hingga akhir tahun "
                  "terealisasi sebesar Rp 9,1 miliar atau 93,33%.")
    (sentence,) = find_budget_sentences(lines)
    assert sentence.allocation.value == 9_750_000_000 and sentence.realisation.value == 9_100_000_000
    assert confirmed_budget_sentence(lines).allocation.value == 9_750_000_000


def test_a_realisation_whose_percent_stands_before_its_amount():
    """'realisasi ... sebesar 88,00% yaitu Rp X': the % names the amount that follows it."""
    from extract.sentences import confirmed_budget_sentence

    lines = views("Alokasi anggaran awal Rp. 6.000.000.000 kemudian direvisi menjadi Rp. 5.500.000.000.",
                  "",
                  "Realisasi anggaran sampai akhir tahun sebesar 88,00% yaitu Rp. 4.840.000.000 dengan sisa "
                  "Rp. 660.000.000.")
    sentence = confirmed_budget_sentence(lines)
    assert (sentence.allocation.value, sentence.realisation.value) == (5_500_000_000, 4_840_000_000)


def test_a_revised_pagu_the_prose_proves_outranks_an_agreements_total_without_realisation(tmp_path):
    """The signed agreement's 'TOTAL ANGGARAN' is the pagu before the year's revisions and has no realisation;
    the prose's revised pagu, with a realisation its own % confirms, is the year's budget."""
    from pipeline import process

    report = tmp_path / "lkj.txt"
    report.write_text("\n".join([
        "LAPORAN KINERJA KPU KABUPATEN CONTOH TAHUN 2023", "",
        "1. Program Dukungan Manajemen Rp. 3.000.000.000,-",
        "2. Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi Rp. 1.000.000.000,-",
        "TOTAL ANGGARAN Rp. 4.000.000.000,-", "",
        "Setelah revisi DIPA, pagu anggaran tahun 2023 menjadi sebesar Rp. 5.000.000.000,-. Sampai dengan "
        "akhir tahun terealisasi sebesar Rp. 4.600.000.000,- atau 92,00%."]), encoding="utf-8")
    doc = process(report).document
    assert (doc["total_allocation"], doc["total_realisation"]) == (5_000_000_000, 4_600_000_000)


def test_the_reports_own_years_budget_wins_over_the_year_before():
    """'Pada tahun 2021 ... Pada tahun 2022 ...': both pairs add up; the report's year is the one it reports on."""
    from extract.sentences import confirmed_budget_sentence

    lines = views("Pada tahun 2021 KPU Kota Contoh mengelola anggaran sebesar Rp. 2.500.000.000,- dengan realisasi "
                  "Rp. 2.400.000.000,- (96,00%). Pada tahun 2022 pagu anggaran naik menjadi Rp. 6.000.000.000,- "
                  "dengan realisasi Rp. 5.820.000.000,- atau 97,00%.")
    assert confirmed_budget_sentence(lines, year=2022).allocation.value == 6_000_000_000
    assert confirmed_budget_sentence(lines, year=2021).allocation.value == 2_500_000_000


def test_without_a_proven_pair_the_pagu_stated_for_the_reports_year_is_taken(tmp_path):
    """Two pagu sentences, the first of the year before: the report's own year's pagu is its budget."""
    from pipeline import process

    report = tmp_path / "lkj.txt"
    report.write_text("\n".join([
        "LAPORAN KINERJA KPU KOTA CONTOH TAHUN 2024", "",
        "Sebagai pembanding, pada tahun 2023 pagu anggaran KPU Kota Contoh adalah sebesar Rp. 4.100.000.000,-.", "",
        "Pada tahun 2024 pagu anggaran KPU Kota Contoh adalah sebesar Rp. 9.300.000.000,- untuk seluruh kegiatan."]),
        encoding="utf-8")
    assert process(report).document["total_allocation"] == 9_300_000_000


def test_a_table_row_of_amounts_is_no_budget_sentence():
    """A row whose cells a layout left apart by one space ('... Daerah 912,000,000 455,100,000 ... 99.12') is no
    'anggaran ... sebesar Rp X' sentence, though the header above it says 'Alokasi Anggaran'."""
    lines = views("Kegiatan / Sub-Kegiatan Alokasi Anggaran (Rp) Realisasi Anggaran (Rp) Realisasi(%)",
                  "  Pengelolaan Barang Milik Daerah 912,000,000 455,100,000 448,900,000 904,000,000 99.12")
    assert find_budget_sentences(lines) == []
