"""Values stated in prose."""
from __future__ import annotations

from extract.model import Line
from extract.budget_sentences import find_budget_sentences
from extract.sentences import find_measure_sentences


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


def test_sentence_count_whose_lone_digit_reads_as_a_letter():
    # 'target S Laporan': the 5 read as S before its noun, as a table cell's 'S Laporan' is read
    (row,) = find_measure_sentences(views("Pada tahun 2021, indikator Jumlah laporan keuangan yang disusun tepat "
                                          "waktu dengan target S Laporan, terealisasi l Laporan, capaian 20%."))
    assert (row.target.value, row.realisation.value, row.achievement.value) == (5, 1, 20)
    assert find_measure_sentences(views("Pada tahun 2021, indikator Jumlah kunjungan dengan target S, "
                                        "terealisasi 4, capaian 80%.")) == []  # a lone S without its noun


def test_sentence_capaian_is_a_percentage_without_its_sign():
    from extract.model import Line
    from extract.sentences import find_measure_sentences

    (row,) = find_measure_sentences([Line(1, 1, "indikator Tersusunnya Dokumentasi Produk Hukum dengan target "
                                                 "10 Layanan, terealisasi 10 Layanan, capaian 10096.")])
    assert row.achievement.unit == "%" and 100.0 in row.achievement.alternatives


def test_sentences_wrapped_over_lines_are_read_as_paragraphs():
    from extract.model import Line
    from extract.budget_sentences import find_budget_sentences
    from extract.sentences import find_measure_sentences

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
    # without the target tables' names: none names 'indikator X'; only the last, whose name opens the sentence
    # right after its year ('Pada tahun 2022 Level ...'), is read as a list item's would be
    assert [r.indicator_raw for r in find_measure_sentences(lines)] == ["Level Maturitas Penyelenggaraan SPIP"]
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
        # (a name that opens like an indicator's, 'Persentase ...', is read without one: see
        # test_an_indicator_ditargetkan_and_its_capaian_before_its_target)
        "Laporan keuangan tepat waktu ditargetkan 100% dan terealisasi 95%, capaian 95%.",
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


def test_numbered_summary_items_open_on_the_indicators_name():
    # An executive summary lists each indicator's result as an item without the word 'indikator', with
    # words between 'target' and its value, the misspelling 'teralisasi', and an item whose name wraps
    # over a blank line (text taken from PDFs that put a blank line after each printed line).
    lines = paragraph_lines(
        "Selama tahun 2021 dari 4 (empat) indikator kinerja tiga telah mencapai target yaitu : 1. Persentase satker\n"
        "\n"
        "yang menyampaikan laporan keuangan secara tepat waktu dengan target 95% dapat teralisasi sebesar 97,5%\n"
        "\n"
        "2. Indeks kepuasan layanan informasi publik dengan target yang telah ditetapkan 3,20 dapat terealisasi "
        "sebesar 3,35\n"
        "\n"
        "3) Jumlah dokumen perencanaan yang disusun dengan target sebesar 6 dokumen terealisasi 5 dokumen", first=40)
    rows = find_measure_sentences(lines, year=2021)
    assert [r.indicator_raw for r in rows] == [
        "Persentase satker yang menyampaikan laporan keuangan secara tepat waktu",
        "Indeks kepuasan layanan informasi publik", "Jumlah dokumen perencanaan yang disusun"]
    assert [(r.target.value, r.realisation.value) for r in rows] == [(95, 97.5), (3.2, 3.35), (6, 5)]
    assert rows[0].source.line == 40 and rows[1].source.line == 44 and rows[2].target.unit == "dokumen"


def test_misspelt_realisation_word_in_an_indikator_sentence():
    (row,) = find_measure_sentences(paragraph_lines(
        "Pada indikator persentase pengaduan yang diselesaikan dengan target 90% teralisasi 92%, capaian 102,22%."))
    assert (row.target.value, row.realisation.value, row.achievement.value) == (90, 92, 102.22)


def test_summary_items_that_are_not_this_years_result_are_not_read():
    for text in [
        # the nation's target is not the indicator's
        "1. Persentase partisipasi pemilih dengan target nasional 77,5% terealisasi 81,2%",
        # last year's result in this year's report
        "Pada tahun 2020, indikator persentase partisipasi pemilih dengan target 77,5% terealisasi 75,1%.",
        "2. Persentase partisipasi pemilih pada Pemilihan 2020 dengan target 77,5% terealisasi 75,1%",
        # a sentence's end between a would-be name and the next sentence's values
        "Capaian pada indikator ini belum mencapai target. Target 77,5% terealisasi 75,1%.",
        # prose opening on 'Jumlah' but naming no target and realisation of it
        "Jumlah indikator yang mencapai target sebanyak 4 dari 5 indikator dengan realisasi rata-rata 96%.",
    ]:
        assert find_measure_sentences(paragraph_lines(text), year=2021) == [], text
    (row,) = find_measure_sentences(paragraph_lines(
        "2. Persentase partisipasi pemilih pada Pemilihan 2020 dengan target 77,5% terealisasi 75,1%"), year=2020)
    assert (row.target.value, row.realisation.value) == (77.5, 75.1)


def test_a_blank_line_ends_a_sentence_unless_the_sentence_runs_on_after_it():
    from extract.sentences import paragraphs

    lines = paragraph_lines(
        "Capaian indikator persentase laporan tepat waktu dengan target\n"
        "\n"
        "95% terealisasi 90%.\n"
        "Indikator persentase laporan tepat waktu dengan target 95% tercapai.\n"
        "\n"
        "dengan target 95% terealisasi 90%.")
    texts = [p.text for p in paragraphs(lines, ("target",))]
    assert all("\n" not in t for t in texts)
    # '95%' opens with no lower-case letter, and the line after a sentence's '.' opens a new paragraph
    assert find_measure_sentences(lines) == []


def test_a_count_that_looks_like_a_year_is_no_other_year():
    (row,) = find_measure_sentences(paragraph_lines(
        "4. Jumlah peserta pendidikan pemilih dengan target 2000 orang terealisasi 2150 orang"), year=2022)
    assert (row.target.value, row.realisation.value, row.target.unit) == (2000, 2150, "orang")


def test_a_realisation_stated_before_its_target():
    # 'capaian kinerja nyata' and 'Realisasi' call the first value a realisation; without them the printed
    # capaian must be what the two values give, or the first value may be the capaian itself.
    lines = paragraph_lines(
        "Capaian kinerja nyata indikator 1 \"Indeks Kepuasan Layanan Perizinan\" adalah sebesar 81,60 dari target\n"
        "sebesar 80,00 yang direncanakan dalam Perjanjian Kinerja Tahun 2021 sehingga persentase capaian kinerjanya\n"
        "adalah 102,00 %, melampaui target. Realisasi indikator persentase izin yang terbit tepat waktu sebesar 93\n"
        "persen dari target 95 persen. Untuk indikator rasio aduan yang diselesaikan sebesar 0,45 dari target 0,50\n"
        "dengan capaian 111,11%.", first=200)
    rows = find_measure_sentences(lines, year=2021)
    assert [r.indicator_raw for r in rows] == [
        "Indeks Kepuasan Layanan Perizinan", "persentase izin yang terbit tepat waktu", "rasio aduan yang diselesaikan"]
    assert [(r.target.value, r.realisation.value, r.achievement and r.achievement.value) for r in rows] == [
        (80, 81.6, 102), (95, 93, None), (0.5, 0.45, 111.11)]
    assert rows[1].target.unit == rows[1].realisation.unit == "%" and rows[0].source.line == 200


def test_a_capaian_before_its_target_is_no_realisation():
    for text in [
        "Capaian indikator persentase izin yang terbit tepat waktu sebesar 104% dari target yang ditetapkan.",
        "Secara umum capaian kinerja indikator persentase izin yang terbit tepat waktu sebesar 104,2% dari target "
        "95% dengan capaian 104,2%.",
    ]:
        assert find_measure_sentences(paragraph_lines(text), year=2021) == [], text


def test_budget_sentence_with_its_realisation_before_the_pagu():
    (sentence,) = find_budget_sentences(paragraph_lines(
        "Sampai dengan 31 Desember 2022 realisasi belanja Sekretariat sebesar Rp 2.310.455.120,- atau 96,27%\n"
        "dari total pagu anggaran Rp 2.400.000.000,-. Sisa anggaran sebesar Rp 89.544.880 dikembalikan ke kas negara."),
        year=2022)
    assert (sentence.allocation.value, sentence.realisation.value, sentence.percent.value) == (
        2_400_000_000, 2_310_455_120, 96.27)
    # 'realisasi anggaran' names the realisation, not the pagu
    (sentence,) = find_budget_sentences(paragraph_lines(
        "Realisasi anggaran tahun 2022 adalah Rp 1.980.000.000 atau 90% dari pagu sebesar Rp 2.200.000.000."),
        year=2022)
    assert (sentence.allocation.value, sentence.realisation.value, sentence.percent.value) == (
        2_200_000_000, 1_980_000_000, 90)


def test_budget_sentence_revised_pagu_interim_realisation_and_other_years():
    (sentence,) = find_budget_sentences(paragraph_lines(
        "Pada awal tahun 2023 Satker memperoleh pagu DIPA sebesar Rp 8.500.000.000. Setelah efisiensi belanja\n"
        "sebesar Rp 300.000.000 pagu anggaran Satker menjadi Rp 8.200.000.000. Realisasi anggaran sampai dengan\n"
        "triwulan III adalah sebesar Rp 5.100.000.000 atau 62,20%."), year=2023)
    assert sentence.allocation.value == 8_200_000_000 and sentence.realisation is None and sentence.percent is None
    # last year's pagu, told for comparison, is not this year's
    text = "Pagu anggaran tahun 2022 sebesar Rp 3.100.000.000 terealisasi Rp 3.000.000.000 atau 96,77%."
    assert find_budget_sentences(paragraph_lines(text), year=2023) == []
    assert len(find_budget_sentences(paragraph_lines(text), year=2022)) == 1


def test_result_sentences_with_colons_a_target_first_and_a_capaian_kinerja():
    texts = [
        "Target indikator persentase arsip yang terdigitalisasi pada tahun 2023 adalah 70%, sedangkan realisasinya "
        "74,2% sehingga capaian 106%.",
        "1. Persentase arsip yang terdigitalisasi: target 70%, realisasi 74,2%, capaian 106%.",
        "Indikator 2: Persentase arsip yang terdigitalisasi. Target: 70%, Realisasi: 74,2%, Capaian: 106%.",
        "Pada indikator kinerja persentase arsip yang terdigitalisasi target yang ditetapkan sebesar 70% terealisasi "
        "sebesar 74,2% dengan capaian kinerja sebesar 106%.",
        "b. Persentase arsip yang terdigitalisasi dengan target 70% dan realisasi 74,2% (capaian 106%)",
        "3. Persentase arsip yang terdigitalisasi dengan target 70% dan realisasi 74,2% sehingga persentase capaian "
        "106%",
    ]
    for text in texts:
        (row,) = find_measure_sentences(paragraph_lines(text), year=2023)
        assert row.indicator_raw.lower() == "persentase arsip yang terdigitalisasi", text
        assert (row.target.value, row.realisation.value, row.achievement.value) == (70, 74.2, 106), text


def test_summary_items_stating_the_realisation_first_and_two_results_in_one_sentence():
    lines = paragraph_lines(
        "1. Persentase arsip yang terdigitalisasi terealisasi sebesar 74,2% dari target 70%\n"
        "\n"
        "2. Indeks kepuasan layanan arsip dengan target 3,40 terealisasi 3,52, sedangkan Persentase arsip vital\n"
        "yang tertata dengan target 90% terealisasi 88%\n"
        "\n"
        "3. Persentase arsip yang dimusnahkan sebesar 95% dari target 100%")  # a capaian or a realisation? neither said
    rows = find_measure_sentences(lines, year=2023)
    assert [(r.indicator_raw, r.target.value, r.realisation.value) for r in rows] == [
        ("Persentase arsip yang terdigitalisasi", 70, 74.2), ("Indeks kepuasan layanan arsip", 3.4, 3.52),
        ("Persentase arsip vital yang tertata", 90, 88)]


def test_a_name_never_swallows_a_value_and_results_in_brackets_are_read():
    # '74,2% atau 106% dari target 70%': 106% is the capaian, and the realisation before it cannot be the name's
    for text in ["1. Persentase arsip yang terdigitalisasi dengan realisasi sebesar 74,2% atau 106% dari target 70%",
                 "Indikator persentase arsip yang terdigitalisasi dengan realisasi sebesar 74,2% atau 106% dari target "
                 "70%."]:
        assert all(r.realisation.value != 106 for r in find_measure_sentences(paragraph_lines(text), year=2023))
    (row,) = find_measure_sentences(paragraph_lines(
        "2. Persentase arsip yang terdigitalisasi (target 70%, realisasi 74,2%, capaian 106%)"), year=2023)
    assert (row.indicator_raw, row.target.value, row.realisation.value, row.achievement.value) == (
        "Persentase arsip yang terdigitalisasi", 70, 74.2, 106)


def test_budget_sentence_naming_the_dipa():
    (sentence,) = find_budget_sentences(paragraph_lines(
        "Total DIPA Sekretariat tahun 2023 sebesar Rp 7.250.000.000 dengan realisasi Rp 7.001.500.000 atau 96,57%.\n"
        "Dana tersebut dipakai untuk membiayai kegiatan sebagaimana dipaparkan dalam lampiran."), year=2023)
    assert (sentence.allocation.value, sentence.realisation.value) == (7_250_000_000, 7_001_500_000)


def test_budget_sentence_stating_what_was_budgeted():
    """'dianggarkan sebesar Rp X' states the pagu without the word 'anggaran'."""
    from extract.budget_sentences import confirmed_budget_sentence

    lines = paragraph_lines(
        "Belanja Badan Contoh pada tahun 2023 dianggarkan sebesar Rp 6.480.000.000 dengan realisasi\n"
        "Rp 6.123.600.000 atau mencapai 94,50%.")
    (sentence,) = find_budget_sentences(lines, year=2023)
    assert (sentence.allocation.value, sentence.realisation.value, sentence.percent.value) == \
        (6_480_000_000, 6_123_600_000, 94.5)
    proven = confirmed_budget_sentence(lines, year=2023)
    assert (proven.allocation.value, proven.realisation.value) == (6_480_000_000, 6_123_600_000)


def test_budget_sentence_takes_the_final_pagu():
    (sentence,) = find_budget_sentences(paragraph_lines(
        "Pagu awal Sekretariat tahun 2023 sebesar Rp 6.000.000.000, pagu akhir sebesar Rp 5.400.000.000 dan\n"
        "terealisasi sebesar Rp 5.300.000.000 atau 98,15%."), year=2023)
    assert (sentence.allocation.value, sentence.realisation.value) == (5_400_000_000, 5_300_000_000)


def test_budget_sentences_tell_a_programs_pagu_from_the_whole_budget():
    found = find_budget_sentences(paragraph_lines(
        "Program Dukungan Manajemen dengan pagu anggaran sebesar Rp 1.200.000.000 terealisasi Rp 1.150.000.000.\n"
        "\n"
        "Secara keseluruhan pagu anggaran Sekretariat tahun 2023 sebesar Rp 4.000.000.000 dan terealisasi sebesar\n"
        "Rp 3.900.000.000 atau 97,50%."), year=2023)
    assert [(s.allocation.value, s.part) for s in found] == [(1_200_000_000, True), (4_000_000_000, False)]


def test_the_documents_total_comes_from_the_whole_budgets_sentence_of_the_report_year():
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    text = ("LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN PATI TAHUN 2023\n\n"
            "Pada tahun 2022 pagu anggaran Sekretariat sebesar Rp 3.500.000.000 terealisasi Rp 3.400.000.000.\n\n"
            "Program Dukungan Manajemen dengan pagu anggaran sebesar Rp 1.200.000.000 terealisasi Rp 1.150.000.000.\n\n"
            "Realisasi anggaran Sekretariat tahun 2023 sebesar Rp 3.900.000.000 atau 97,50% dari total pagu\n"
            "anggaran Rp 4.000.000.000.\n")
    lines, pages = lines_from_text(text)
    document = extract_document(LocatedText("pati.txt", "d", lines, pages)).document
    assert document["year"] == 2023
    assert (document["total_allocation"], document["total_realisation"]) == (4_000_000_000, 3_900_000_000)


def test_one_programs_pagu_in_an_agreements_list_is_not_the_documents_total():
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    text = ("LAPORAN KINERJA DINAS ARSIP KABUPATEN CONTOH TAHUN 2023\n\n"
            "PERJANJIAN KINERJA TAHUN 2023\nSasaran\nIndikator Kinerja\nTarget\n"
            "Meningkatnya tertib arsip\nPersentase arsip tertata\n90%\n"
            "No\nProgram\nAnggaran\nKeterangan\n"
            "1\nProgram Pengelolaan Arsip\nRp 1.310.000.000\nAPBD\n"
            "2\nProgram Perlindungan Arsip\nRp 275.000.000\nAPBD\n")
    lines, pages = lines_from_text(text)
    result = extract_document(LocatedText("arsip.txt", "d", lines, pages))
    assert [b["allocation"] for b in result.built.budgets] == [1_310_000_000, 275_000_000]
    assert result.document["total_allocation"] is None  # the report states no whole budget: not its first program's


def test_overall_budget_is_the_pair_its_printed_percent_proves():
    """A revised pagu stated after the original one, and a realisation in a later paragraph.

    The first pagu in the prose is the one before the revision; the year's pagu
    is the one that the realisation's own percentage divides into.
    """
    from extract.budget_sentences import confirmed_budget_sentence

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


def test_a_realisation_up_to_a_quarter_proves_no_overall_budget():
    """'Realisasi ... sampai dengan triwulan II ... atau 23,03%' fits its pagu, but it is a part of the year's."""
    from extract.budget_sentences import confirmed_budget_sentence

    lines = views(
        "Pagu anggaran Balai Contoh tahun 2022 sebesar Rp.40.000.000.000,- .",
        "Realisasi anggaran sampai dengan triwulan II adalah sebesar Rp. 9.212.000.000 atau sebesar 23,03%.")
    assert confirmed_budget_sentence(lines) is None


def test_no_overall_budget_without_a_percent_that_fits():
    """Amounts whose stated % no pagu of the prose divides into prove nothing: no pair is made up."""
    from extract.budget_sentences import confirmed_budget_sentence

    lines = views("Pagu anggaran tahun 2023 sebesar Rp 5.000.000.000, dengan realisasi sebesar "
                  "Rp 4.000.000.000 atau 95,10%.")
    assert confirmed_budget_sentence(lines) is None
    (fallback,) = find_budget_sentences(lines)
    assert fallback.allocation.value == 5_000_000_000


def test_amounts_rounded_to_billions_in_words_are_read_whole():
    """'Rp 9,75 miliar' is 9.750.000.000, not 9 (the cell reading of 'Rp 9,75')."""
    from extract.budget_sentences import confirmed_budget_sentence

    lines = views("Untuk tahun 2024 pagu anggaran yang dikelola sebesar Rp 9,75 miliar, dan hingga akhir tahun "
                  "terealisasi sebesar Rp 9,1 miliar atau 93,33%.")
    (sentence,) = find_budget_sentences(lines)
    assert sentence.allocation.value == 9_750_000_000 and sentence.realisation.value == 9_100_000_000
    assert confirmed_budget_sentence(lines).allocation.value == 9_750_000_000


def test_a_realisation_whose_percent_stands_before_its_amount():
    """'realisasi ... sebesar 88,00% yaitu Rp X': the % names the amount that follows it."""
    from extract.budget_sentences import confirmed_budget_sentence

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
    from extract.budget_sentences import confirmed_budget_sentence

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


def test_sentence_values_counted_in_villages_or_hours():
    # nouns read as units only where a value ends its cell still end a value in prose
    (row,) = find_measure_sentences(views("Indikator jumlah kelurahan sadar pemilu dengan target 14 desa, "
                                          "terealisasi 15 desa, capaian 107,14%."))
    assert (row.target.value, row.target.unit, row.realisation.value, row.achievement.value) == (
        14, "desa", 15, 107.14)
    (row,) = find_measure_sentences(views("Indikator rata-rata pengembangan kompetensi pegawai dengan target "
                                          "20 jam, terealisasi 26 jam, capaian 130%."))
    assert (row.target.value, row.target.unit, row.realisation.value) == (20, "jam", 26)


def test_a_result_named_only_by_the_heading_over_it():
    # The list item names the indicator; the prose under it states the year's result without the name.
    lines = paragraph_lines(
        "c. Rasio puskesmas terhadap jumlah penduduk\n"
        "\n"
        "Kecukupan layanan dasar diukur dengan indikator ini. Pada tahun 2018 dengan target 0,45 telah\n"
        "terealisasi 0,51.", first=10)
    [row] = find_measure_sentences(lines, year=2018)
    assert row.indicator_raw == "Rasio puskesmas terhadap jumlah penduduk"
    assert (row.target.value, row.realisation.value, row.source.line) == (0.45, 0.51, 12)
    # a name before a colon on the paragraph's own first line
    [row] = find_measure_sentences(paragraph_lines(
        "3. Tingkat kepuasan pengguna layanan: tahun 2018 dengan target 78% dapat terealisasi 81,4%."), year=2018)
    assert (row.indicator_raw, row.target.value, row.realisation.value) == ("Tingkat kepuasan pengguna layanan", 78, 81.4)
    for text in [
        # a plan's last-year target is not the year's
        "c. Rasio puskesmas terhadap jumlah penduduk\n\nDengan target akhir RPJMD yaitu 0,45 dan pada tahun 2018 "
        "terealisasi 0,51.",
        # another year's result
        "c. Rasio puskesmas terhadap jumlah penduduk\n\nPada tahun 2016 dengan target 0,45 terealisasi 0,51.",
        # two results under one heading: the heading does not tell which is which
        "c. Rasio puskesmas terhadap jumlah penduduk\n\nKota dengan target 0,45 terealisasi 0,51, desa dengan "
        "target 0,30 terealisasi 0,28.",
        # no heading that names an indicator
        "Hasil pengukuran\n\nPada tahun 2018 dengan target 0,45 terealisasi 0,51.",
    ]:
        assert find_measure_sentences(paragraph_lines(text), year=2018) == [], text


def test_a_result_under_a_heading_that_counts_its_indicators():
    # 'Indikator Kinerja 2: <name>' heads the prose, which speaks of 'indikator ini' without the name
    for prose in ("Pada tahun 2021 indikator ini ditargetkan sebesar 90% dan terealisasi sebesar 93,5%, sehingga "
                  "capaian kinerjanya 103,89%.",
                  "Target indikator ini adalah 90% dengan realisasi 93,5% atau capaian 103,89%.",
                  "Indikator ini memiliki target 90% dan telah terealisasi 93,5%, sehingga capaiannya 103,89%."):
        for heading in ("Indikator Kinerja 2: Persentase arsip aktif yang tertata",
                        "Indikator 2. Persentase arsip aktif yang tertata"):
            [row] = find_measure_sentences(paragraph_lines(f"{heading}\n\n{prose}"), year=2021)
            assert (row.indicator_raw, row.target.value, row.realisation.value, row.achievement.value) == (
                "Persentase arsip aktif yang tertata", 90, 93.5, 103.89), (heading, prose)
    # without a heading naming the indicator, 'indikator ini' names nothing
    assert find_measure_sentences(paragraph_lines(
        "Sasaran Kedua\n\nIndikator ini memiliki target 90% dan telah terealisasi 93,5%."), year=2021) == []


def test_target_and_realisation_in_two_sentences():
    [row] = find_measure_sentences(paragraph_lines(
        "Target kehadiran pemilih dalam pemilihan tahun 2020 sebesar 80 persen. Realisasi kehadiran pemilih\n"
        "hanya mencapai 76,35 persen.", first=5), year=2020)
    assert (row.indicator_raw, row.target.value, row.realisation.value) == ("kehadiran pemilih dalam pemilihan", 80, 76.35)
    assert row.target.unit == "%" and row.source.line == 5
    [row] = find_measure_sentences(paragraph_lines(
        "Target ketepatan waktu penyampaian laporan adalah 90%. Sedangkan realisasinya sebesar 95%, capaian 105,56%."),
        year=2020)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (90, 95, 105.56)
    for text in [
        "Target kehadiran pemilih nasional sebesar 77,5 persen. Realisasi kehadiran pemilih mencapai 80 persen.",
        "Target kehadiran pemilih tahun 2020 sebesar 80 persen. Realisasi kehadiran pemilih pada Pemilu 2019 "
        "mencapai 81 persen.",
        "Target kehadiran pemilih tahun 2020 sebesar 80 persen. Realisasi anggaran mencapai 92 persen.",
        "Target kehadiran pemilih tahun 2018 sebesar 80 persen. Realisasi kehadiran pemilih mencapai 81 persen.",
        "Target indikator ini sebesar 80 persen. Realisasi mencapai 81 persen.",
    ]:
        assert find_measure_sentences(paragraph_lines(text), year=2020) == [], text


def test_an_indicator_ditargetkan_and_its_capaian_before_its_target():
    # 'ditargetkan' as the target's word, after a name that opens like an indicator's (no target table needed)
    [row] = find_measure_sentences(paragraph_lines(
        "Jumlah desa yang dibina ditargetkan 40 desa dan teralisasi 44 Desa."), year=2021)
    assert (row.indicator_raw, row.target.value, row.realisation.value) == ("Jumlah desa yang dibina", 40, 44)
    assert row.target.unit == row.realisation.unit
    # a realisation, then its capaian, then the target: 'X% atau Y% dari target Z%'
    [row] = find_measure_sentences(paragraph_lines(
        "1. Persentase aduan yang diselesaikan terealisasi 82,8% atau 92% dari target 90%"), year=2021)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (90, 82.8, 92)
    # the capaian must agree with the two values when no realisation word says which is which
    assert find_measure_sentences(paragraph_lines(
        "1. Persentase aduan yang diselesaikan sebesar 82,8% atau 75% dari target 90%"), year=2021) == []


def test_a_heading_is_a_line_of_its_own_over_a_blank_line():
    # the line above is the tail of a wrapped sentence, not a heading
    text = ("Hasil survei tahun ini disampaikan kepada pimpinan bersama\n"
            "Jumlah responden yang mengisi kuesioner\n"
            "\n"
            "Pada tahun 2018 dengan target 0,45 terealisasi 0,51.")
    assert find_measure_sentences(paragraph_lines(text), year=2018) == []
    # a paragraph cut from a longer stretch of prose has prose, not a heading, above it
    text = "\n".join(["Rasio dokter terhadap penduduk dijelaskan berikut ini"] * 8 +
                     ["Pada tahun 2018 dengan target 0,45 terealisasi 0,51."])
    assert find_measure_sentences(paragraph_lines(text), year=2018) == []


def test_amounts_with_an_abbreviated_scale_are_read_whole_and_a_whole_amount_takes_none():
    """'Rp 7,25 M' is 7.250.000.000 and 'Rp 640 Jt' 640.000.000; a capital word after a whole amount scales nothing."""
    lines = views("Pagu anggaran tahun 2022 sebesar Rp 7,25 M dengan realisasi Rp 6,9 M atau 95,17%.")
    (sentence,) = find_budget_sentences(lines)
    assert (sentence.allocation.value, sentence.realisation.value) == (7_250_000_000, 6_900_000_000)
    lines = views("Pagu anggaran tahun 2022 sebesar Rp 640 Jt dengan realisasi Rp 600 jt.")
    (sentence,) = find_budget_sentences(lines)
    assert (sentence.allocation.value, sentence.realisation.value) == (640_000_000, 600_000_000)
    lines = views("Pagu anggaran tahun 2022 sebesar Rp 7.250.000.000 M dengan realisasi Rp 6.900.000.000 T.")
    (sentence,) = find_budget_sentences(lines)
    assert (sentence.allocation.value, sentence.realisation.value) == (7_250_000_000, 6_900_000_000)


def test_a_realisation_whose_percent_follows_its_pagu_proves_the_pair():
    """'realisasi ... Rp R dari pagu Rp A (P%)': the % closes the pagu that follows the realisation; of two years'
    such sentences the report year's is the total."""
    from extract.budget_sentences import confirmed_budget_sentence

    lines = paragraph_lines(
        "Pada tahun 2022 realisasi anggaran sebesar Rp 5.130.000.000 dari pagu Rp 5.400.000.000 (95%). Pada tahun\n"
        "2023 realisasi anggaran sebesar Rp 6.123.600.000 dari pagu Rp 6.480.000.000 (94,50%).")
    sentence = confirmed_budget_sentence(lines, year=2023)
    assert (sentence.allocation.value, sentence.realisation.value) == (6_480_000_000, 6_123_600_000)


def test_the_whole_budgets_proven_pair_outranks_its_parts():
    """The prose proves the split by kind of belanja first, then the whole: the largest proven pagu is the total."""
    from extract.budget_sentences import confirmed_budget_sentence

    lines = paragraph_lines(
        "Anggaran belanja tahun 2023 sebesar Rp 6.480.000.000 terdiri dari belanja operasi Rp 5.980.000.000 dan\n"
        "belanja modal Rp 500.000.000. Belanja operasi terealisasi Rp 5.681.000.000 (95,00%) dan belanja modal\n"
        "terealisasi Rp 442.600.000 (88,52%). Secara keseluruhan realisasi sebesar Rp 6.123.600.000 atau 94,50%.")
    sentence = confirmed_budget_sentence(lines, year=2023)
    assert (sentence.allocation.value, sentence.realisation.value) == (6_480_000_000, 6_123_600_000)


def test_a_sentence_realisasi_below_zero_keeps_its_minus():
    from extract.sentences import find_measure_sentences
    from extract.model import Line
    text = ("Indikator laju pertumbuhan ekonomi kabupaten dengan target 4,8% terealisasi -2,15% "
            "dengan capaian -44,79%.")
    (row,) = find_measure_sentences([Line(number=1, page=1, text=text)])
    assert (row.target.value, row.realisation.raw, row.realisation.value, row.achievement.value) == (
        4.8, "-2,15%", -2.15, -44.79)


def test_a_realisation_set_against_its_target_by_a_word_of_comparison():
    above, below, exceeded = find_measure_sentences(views(
        "3. Persentase rapat koordinasi yang terdokumentasi mencapai 93,5% melebihi target sebesar 88%.",
        "",
        "Realisasi jumlah desa yang mendapat pendampingan pada tahun 2024 sebesar 41 desa masih di bawah target 45 desa.",
        "",
        "Indikator kedua yaitu indeks kepuasan pengguna layanan terealisasi 3,7 melampaui target yang ditetapkan 3,4, "
        "dengan capaian 108,82%."), year=2024)
    assert (above.indicator_raw, above.target.value, above.realisation.value) == (
        "Persentase rapat koordinasi yang terdokumentasi", 88.0, 93.5)
    assert (below.indicator_raw, below.target.value, below.realisation.value, below.realisation.unit) == (
        "jumlah desa yang mendapat pendampingan", 45.0, 41.0, "desa")
    assert (exceeded.indicator_raw, exceeded.target.value, exceeded.realisation.value, exceeded.achievement.value) == (
        "indeks kepuasan pengguna layanan", 3.4, 3.7, 108.82)
    assert (above.source.line, below.source.line, exceeded.source.line) == (1, 3, 5)


def test_a_comparison_the_values_or_the_target_do_not_bear_out_is_not_read():
    assert find_measure_sentences(views(
        "2. Persentase arsip yang terdigitalisasi mencapai 70% melebihi target sebesar 85%.",  # 70 is no excess
        "",
        "Persentase pemilih pemula yang hadir mencapai 81,2% yang melebihi target nasional 77,5%.",  # the nation's
        "",
        "Indikator nilai evaluasi SAKIP mencapai 66 di atas target 60 sehingga capaian 125%.",  # 66/60 is 110%
        "",
        "Capaian indikator kinerja ketepatan waktu pelaporan mencapai 104% melebihi target 100%.",  # a capaian
    ), year=2024) == []


def test_a_target_after_five_words_of_filler():
    realised, exceeded = find_measure_sentences(views(
        "Indikator persentase surat masuk yang terdisposisi terealisasi sebesar 92% dari target yang telah "
        "ditetapkan yaitu sebesar 90%.",
        "",
        "Realisasi jumlah kajian kebijakan yang diterbitkan mencapai 12 dokumen melebihi target yang sudah ditetapkan "
        "yaitu sebesar 10 dokumen."), year=2024)
    assert (realised.indicator_raw, realised.target.value, realised.realisation.value) == (
        "persentase surat masuk yang terdisposisi", 90.0, 92.0)
    assert (exceeded.indicator_raw, exceeded.target.value, exceeded.realisation.value) == (
        "jumlah kajian kebijakan yang diterbitkan", 10.0, 12.0)


def test_a_capaian_said_with_sebesar_between_the_realisation_and_its_target():
    # '... sebesar R atau sebesar A% dari target ... T': the second 'sebesar' kept the statement unread
    lines = paragraph_lines(
        "Tingkat kehadiran pemilih pada Pemilihan tahun 2021 sebesar 81,2% atau sebesar 104,77% dari target yang\n"
        "telah ditetapkan yaitu sebesar 77,5%.")
    (row,) = find_measure_sentences(lines, year=2021)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (77.5, 81.2, 104.77)
    # a capaian the two values do not give proves no realisation
    lines = paragraph_lines(
        "Tingkat kehadiran pemilih pada Pemilihan tahun 2021 sebesar 81,2% atau sebesar 120% dari target yang\n"
        "telah ditetapkan yaitu sebesar 77,5%.")
    assert find_measure_sentences(lines, year=2021) == []


def test_pencapaian_kinerja_names_a_counted_result_stated_before_its_target():
    # the name after 'Pencapaian kinerja'; the realisation counts its noun and the bare target counts the same
    # (not 12.980%), and the '%' is the capaian's alone
    lines = paragraph_lines(
        "Pencapaian kinerja layanan konsultasi daring tahun 2022 sebesar 12.450 pengunjung atau sebesar 96% dari\n"
        "target yang telah ditetapkan yaitu sebesar 12.975 untuk tahun 2022. Pencapaian kinerja layanan arsip\n"
        "tahun 2022 sebesar 104% dari target yang ditetapkan.")
    (row,) = find_measure_sentences(lines, year=2022)
    assert row.indicator_raw == "layanan konsultasi daring"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (12975, 12450, 96)
    assert row.realisation.unit == "pengunjung" and row.target.unit != "%"


def test_a_bare_target_beside_a_counted_realisation_is_not_reread_as_a_damaged_percent():
    from pipeline import extract_document
    from extract.model import LocatedText
    from extract.readers import lines_from_text

    text = ("LAPORAN KINERJA BALAI CONTOH TAHUN 2022\n"
            "\n"
            "Pencapaian kinerja layanan konsultasi daring tahun 2022 sebesar 12.450 pengunjung atau sebesar 96% dari\n"
            "target yang telah ditetapkan yaitu sebesar 12.975 untuk tahun 2022.\n")
    lines, pages = lines_from_text(text)
    (row,) = extract_document(LocatedText("laporan.txt", "d", lines, pages)).built.realisations
    # 12450 / 12975 gives 96%, and 12.45 / 12.97 (the last digit taken for a misread %) closer still: the counts stand
    assert (row["target_value"], row["realisation_value"], row["unit"]) == (12975, 12450, "pengunjung")
    assert not row["repairs"]


def test_the_year_after_a_name_stated_before_its_result_is_no_part_of_the_name():
    # 'X tahun 2022 sebesar 84 dari target 82': the year says when, the name is X alone (as the table's).
    (row,) = find_measure_sentences(views(
        "Indeks Kepuasan Pelanggan tahun 2022 sebesar 84,15 dari target 82,00 sehingga capaian kinerja sebesar "
        "102,62%. Survei dilakukan dua kali."))
    assert row.indicator_raw == "Indeks Kepuasan Pelanggan"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (82.0, 84.15, 102.62)


def test_a_result_sentence_with_a_page_footer_run_into_its_line_is_still_read():
    # a web transcript joins the page's running footer ('Laporan Kinerja Dinas X | Tahun 2021 12') into the prose
    # line; one '|' in a long paragraph is no table row, but a short line with one is
    footer = "Laporan Kinerja Dinas Perhubungan Kota Contoh | Tahun 2021 12 "
    prose = ("Sementara itu, pada indikator persentase halte yang berfungsi baik target yang ditetapkan sebesar 80, "
             "yang terealisasi 84 dengan tingkat capaian 105,00 sehingga masuk kategori sangat baik dan menjadi "
             "perhatian bersama seluruh bidang dalam menjaga layanan angkutan umum di wilayah kota. ")
    (row,) = find_measure_sentences(views(prose + footer + "Hal ini didukung oleh pemeliharaan rutin halte."))
    assert (row.target.value, row.realisation.value, row.achievement.value) == (80.0, 84.0, 105.0)
    assert find_measure_sentences(views("indikator persentase halte | target 80 terealisasi 84 capaian 105")) == []


def test_a_capaian_in_brackets_right_after_the_target_is_read_when_the_values_bear_it_out():
    # a summary list item: 'X terealisasi R dari target T (C%)'; C = R / T
    rows = find_measure_sentences(views(
        "Hasil indikator utama sebagai berikut: 1. Rata-rata nilai ujian sekolah dasar terealisasi 7,20 "
        "dari target 7,50 (96%). 2. Indeks kepuasan layanan terealisasi 3,30 dari target 3,00 (55%)."))
    first, second = rows
    assert first.indicator_raw == "Rata-rata nilai ujian sekolah dasar"
    assert (first.target.value, first.realisation.value, first.achievement.value) == (7.5, 7.2, 96.0)
    # a bracketed % that R / T does not give is no capaian: the pair is kept, the % left out
    assert (second.target.value, second.realisation.value, second.achievement) == (3.0, 3.3, None)


def test_a_count_noun_repeated_after_the_realisation_and_its_target_is_their_unit():
    (row,) = find_measure_sentences(views(
        "Capaian utama: 1. Jumlah medali atlet daerah pada kejuaraan antar provinsi terealisasi 40 medali "
        "dari target 25 medali (160%)."))
    assert row.indicator_raw == "Jumlah medali atlet daerah pada kejuaraan antar provinsi"
    assert (row.target.value, row.target.unit, row.realisation.value, row.realisation.unit) == \
        (25.0, "medali", 40.0, "medali")
    assert row.achievement.value == 160.0


def test_a_whole_budget_rounded_in_words_is_proven_within_its_rounding_and_outranks_its_parts():
    # the whole: 'Rp 2,3 triliun' of 'Rp 2,61 triliun' is 88,12% to two digits, and the prose prints 88,40%:
    # within what the rounding allows; its parts are proven exactly but are smaller
    from extract.budget_sentences import confirmed_budget_sentence

    lines = views(
        "Serapan belanja daerah tahun anggaran 2019 mencapai 88,40 persen atau Rp 2,3 triliun dari target "
        "belanja Rp 2,61 triliun.",
        "",
        "Belanja operasi tahun anggaran 2019 dianggarkan Rp 1.000.000.000.000 dan terealisasi "
        "Rp 900.000.000.000 atau 90,00 persen.")
    sentence = confirmed_budget_sentence(lines, year=2019)
    assert sentence.allocation.value == 2_610_000_000_000 and sentence.realisation.value == 2_300_000_000_000


def test_whole_amounts_get_no_rounding_slack():
    from extract.budget_sentences import confirmed_budget_sentence

    lines = views("Pagu anggaran tahun 2019 sebesar Rp 2.610.000.000 dan terealisasi Rp 2.300.000.000 atau 88,40 persen.")
    assert confirmed_budget_sentence(lines, year=2019) is None


def test_an_election_grant_received_is_the_pagu_and_the_leftover_is_none():
    # a KPU's regional-election grant (hibah) is the budget it spends; 'anggaran sisa' / 'sisa anggaran' is what is
    # left, and 'penggunaan anggaran' what was spent: neither is a pagu
    lines = views(
        "KPU Kabupaten Contoh mengembalikan anggaran sisa pemilihan sebesar Rp2,5 miliar ke kas daerah.",
        "",
        "Untuk pemilihan tahun 2020 KPU menerima dana hibah sebesar Rp20,4 miliar, sedangkan yang terealisasi "
        "sebesar Rp17,9 miliar.",
        "",
        "Realisasi penggunaan anggaran pemilihan sebesar Rp17,9 miliar tersebut dilaporkan kepada pemerintah daerah.")
    (sentence,) = find_budget_sentences(lines, year=2020)
    assert sentence.allocation.value == 20_400_000_000 and sentence.realisation.value == 17_900_000_000


def test_scale_words_opening_on_a_capital_are_read():
    lines = views("Pagu anggaran tahun 2019 sebesar Rp 2,61 Triliun dan terealisasi Rp 2,3 Triliun.")
    (sentence,) = find_budget_sentences(lines, year=2019)
    assert sentence.allocation.value == 2_610_000_000_000 and sentence.realisation.value == 2_300_000_000_000


def test_a_kind_of_belanja_whose_pagu_and_realisation_the_prose_proves_is_a_budget_row():
    from extract.budget_sentences import find_part_sentences

    lines = views(
        "Realisasi belanja daerah tahun anggaran 2019 mencapai 90,00 persen dari pagu Rp 2.000.000.000.000.",
        "",
        "Belanja tidak langsung tahun 2019 ditargetkan Rp 800,00 Miliar dan terealisasi Rp 760,00 Miliar atau "
        "95,00 persen, sedangkan belanja modal dianggarkan Rp 300.000.000.000 dan terealisasi Rp 240.000.000.000 "
        "atau 80 persen.",
        "",
        "Belanja barang dan jasa dianggarkan Rp 500.000.000.000 dan terealisasi Rp 410.000.000.000 atau 95,00 persen.")
    rows = find_part_sentences(lines, year=2019)
    assert [(r.name, r.allocation.value, r.realisation.value, r.percent.value) for r in rows] == [
        ("Belanja tidak langsung", 800_000_000_000, 760_000_000_000, 95.0),
        ("belanja modal", 300_000_000_000, 240_000_000_000, 80.0)]  # 410 / 500 is 82%, not the 95% printed
    assert rows[0].source.line == 3
    # an amount a table row already states is that row's
    assert [r.name for r in find_part_sentences(lines, year=2019, stated={300_000_000_000})] == ["Belanja tidak langsung"]


def test_an_amount_the_prose_calls_the_pagu_after_its_realisation_word_is_no_realisation():
    # 'realisasi ... dari total anggaran sebesar Rp A, terealisasi Rp R atau P%': A is the pagu the sentence's
    # subject ('realisasi anggaran') is measured against
    from extract.budget_sentences import confirmed_budget_sentence

    lines = views("Realisasi anggaran tahun 2018 dari total anggaran sebesar Rp5.000.000.000, dapat terealisasi sebesar "
                  "Rp4.600.000.000 atau sebesar 92.0 persen, terdiri dari belanja modal terealisasi sebesar "
                  "Rp900.000.000 dari pagu sebesar Rp1.000.000.000 atau sebesar 90,0 persen.")
    sentence = confirmed_budget_sentence(lines, year=2018)
    assert sentence.allocation.value == 5_000_000_000 and sentence.realisation.value == 4_600_000_000


def test_a_kind_of_belanja_whose_realisation_stands_before_its_pagu():
    from extract.budget_sentences import find_part_sentences

    lines = views("Realisasi tersebut terdiri dari belanja pegawai terealisasi sebesar Rp 450.000.000, dari pagu sebesar "
                  "Rp 500.000.000, atau sebesar 90,0 persen, dan belanja modal terealisasi sebesar Rp 300.000.000 dari "
                  "pagu sebesar Rp 400.000.000 atau sebesar 75 persen.")
    rows = find_part_sentences(lines, year=2018)
    assert [(r.name, r.allocation.value, r.realisation.value, r.percent.value) for r in rows] == [
        ("belanja pegawai", 500_000_000, 450_000_000, 90.0), ("belanja modal", 400_000_000, 300_000_000, 75.0)]


def test_a_capaian_target_phrase_and_the_year_after_an_indicators_name():
    # 'Indikator X pada tahun 2019 terealisasi sebesar R dari target sebesar T dengan persentase capaian target
    # sebesar C': the year is no part of the name, and 'capaian target' names the capaian
    (row,) = find_measure_sentences(views(
        "Indikator Persentase Jalan Desa Dalam Kondisi Mantap pada tahun 2019 terealisasi sebesar 72,50 dari target "
        "sebesar 70 dengan persentase capaian target sebesar 103,57. Data ini dihitung dari laporan dinas."), year=2019)
    assert row.indicator_raw == "Persentase Jalan Desa Dalam Kondisi Mantap"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (70.0, 72.5, 103.57)


def test_counts_in_millions_stated_for_both_values_are_read_whole():
    (row,) = find_measure_sentences(views(
        "Semua indikator tercapai kecuali pada indikator \u201cVaksin yang didistribusikan ke daerah\u201d (realisasi "
        "sebesar 1,2 juta dosis dari target 1,5 juta dosis)."))
    assert row.indicator_raw == "Vaksin yang didistribusikan ke daerah"
    assert (row.target.value, row.realisation.value, row.target.unit) == (1_500_000.0, 1_200_000.0, "dosis")
    assert row.realisation.raw == "1,2 juta dosis"


def test_two_kinds_of_belanja_stated_on_one_line_are_two_budget_rows(tmp_path):
    from pipeline import process

    report = tmp_path / "lkpj.txt"
    report.write_text("\n".join([
        "LAPORAN KINERJA PEMERINTAH KABUPATEN CONTOH TAHUN 2018", "",
        "Realisasi tersebut terdiri dari belanja pegawai terealisasi sebesar Rp 450.000.000, dari pagu sebesar "
        "Rp 500.000.000, atau sebesar 90,0 persen, dan belanja modal terealisasi sebesar Rp 300.000.000 dari pagu "
        "sebesar Rp 400.000.000 atau sebesar 75 persen."]), encoding="utf-8")
    budgets = process(report).built.budgets
    assert sorted((b["allocation"], b["realisation"]) for b in budgets) == [
        (400_000_000, 300_000_000), (500_000_000, 450_000_000)]


def test_physical_and_financial_realisation_are_indicators_of_their_own():
    # 'realisasi fisik' / 'realisasi keuangan' are the standard progress indicators of a budget year
    (row,) = find_measure_sentences(views(
        "Belanja daerah terserap 91,2 persen, serta realisasi fisik terealisasi sebesar 97,50 persen dari target "
        "100 persen."), year=2019)
    assert row.indicator_raw == "realisasi fisik"
    assert (row.target.value, row.realisation.value) == (100.0, 97.5)


def test_a_sentence_opening_on_its_year_then_the_indicators_name():
    # 'Tahun 2019 <name> ditargetkan ... dan terealisasi ...': the year that opens the sentence is no list mark,
    # yet the name starts right after it; another year's sentence stays another year's result
    text = ("Kelompok usaha desa terus tumbuh. Tahun 2019 jumlah koperasi desa yang aktif ditargetkan 40 desa "
            "dan terealisasi 52 desa dari seluruh desa yang ada.")
    (row,) = find_measure_sentences(paragraph_lines(text), year=2019)
    assert row.indicator_raw == "jumlah koperasi desa yang aktif"
    assert (row.target.value, row.realisation.value) == (40, 52)
    (row,) = find_measure_sentences(paragraph_lines(
        "Pada tahun 2021, persentase arsip yang tertata ditargetkan 80% dan terealisasi 84%."), year=2021)
    assert row.indicator_raw == "persentase arsip yang tertata"
    assert find_measure_sentences(paragraph_lines(text), year=2020) == []


def test_a_capaian_worked_out_below_the_sentence_is_its_achievement():
    # the sentence prints no capaian; a computation a few lines below does, and its arithmetic proves it
    # (52 / 40 = 130%); a worked value the two values do not give is someone else's
    lines = paragraph_lines(
        "Indikator jumlah koperasi desa yang aktif ditargetkan 40 desa dan terealisasi 52 desa.\n"
        "\n"
        "Dari data tersebut capaian kinerja sebagai berikut : 52 x 100 % = 130,00%\n"
        "\n"
        "40")
    (row,) = find_measure_sentences(lines, year=2019)
    assert row.achievement.value == 130.0 and row.achievement.unit == "%"
    lines = paragraph_lines(
        "Indikator jumlah koperasi desa yang aktif ditargetkan 40 desa dan terealisasi 52 desa.\n"
        "\n"
        "Capaian rata-rata seluruh sasaran = 97,50%")
    (row,) = find_measure_sentences(lines, year=2019)
    assert row.achievement is None


def test_a_pagu_stated_as_its_realisation_plus_the_rest_left():
    # no pagu printed, only the realisation with its % and the rest returned: the pagu is their sum, taken only
    # when the realisation's share of it is the printed %
    from extract.budget_sentences import confirmed_budget_sentence

    (line,) = paragraph_lines(
        "Realisasi anggaran kantor pada tahun 2022 sebesar 95% yaitu Rp. 4.750.000.000 dengan sisa anggaran "
        "Rp. 250.000.000 yang telah disetor kembali ke kas negara.")
    found = confirmed_budget_sentence([line], year=2022)
    assert (found.allocation.value, found.realisation.value, found.percent.value) == (5_000_000_000, 4_750_000_000, 95)
    (line,) = paragraph_lines(
        "Realisasi anggaran kantor pada tahun 2022 sebesar 80% yaitu Rp. 4.750.000.000 dengan sisa anggaran "
        "Rp. 250.000.000 yang telah disetor kembali ke kas negara.")
    assert confirmed_budget_sentence([line], year=2022) is None  # 4,75 / 5 is 95%, not the printed 80%


def test_ratios_stated_in_a_sentence_and_a_table_row():
    (row,) = find_measure_sentences(views(
        "Indikator rasio guru terhadap murid dengan target 1 : 20 terealisasi 1:18,5 (capaian 108%)."))
    assert (row.indicator_raw, row.target.text, row.realisation.text, row.achievement.value) == (
        "rasio guru terhadap murid", "1:20", "1:18,5", 108)
    assert row.target.value is None and row.realisation.unit == "ratio"
    # a ratio against a number is no one indicator's pair
    assert find_measure_sentences(views("Indikator rasio guru terhadap murid target 1:20 terealisasi 18.")) == []
    from tests.table_text import table_records
    measures, _ = table_records(
        "Tabel 3.1 Capaian Indikator Kinerja\n\n"
        "No | Indikator Kinerja | Target | Realisasi | Capaian\n"
        "1 | Rasio guru terhadap murid | 1:20 | 1:18 | 111%\n"
        "2 | Rasio dokter terhadap penduduk | 1 : 2.500 | 1 : 2.000 | 125%")
    assert [(r.target.text, r.realisation.text, r.achievement.value) for r in measures] == [
        ("1:20", "1:18", 111), ("1:2.500", "1:2.000", 125)]


def test_a_second_indicator_after_a_clause_word_is_its_own_row():
    rows = find_measure_sentences(views(
        "Persentase berkas yang diverifikasi dengan target 100% terealisasi 96%, kemudian jumlah sosialisasi yang "
        "dilaksanakan dengan target 6 kali terealisasi 8 kali, sementara persentase keluhan yang ditangani target 90% "
        "terealisasi 92%."), year=2023)
    assert [(r.indicator_raw, r.target.raw, r.realisation.raw) for r in rows] == [
        ("Persentase berkas yang diverifikasi", "100%", "96%"), ("jumlah sosialisasi yang dilaksanakan", "6 kali", "8 kali"),
        ("persentase keluhan yang ditangani", "90%", "92%")]


def test_a_table_row_stating_its_result_in_words_across_its_cells():
    lines = views(
        "No | Aspek | Indikator Keberhasilan | Keterangan",
        " 1 | Penataan arsip Arsip tertata | Sesuai",
        " 2 | Penggunaan dana Dana terpakai | Di atas  target",
        "mencapai 97,5% sebesar 90%",
        " 3 | Kualitas data Data dukung | Target diatas",
        "lengkap 80%",
        " 4 | Pelayanan informasi realisasi 70% | masih di bawah target 85%",
        " 5 | Ketepatan laporan mencapai 70% | melebihi target 85%")  # the comparison does not hold: no row
    rows = find_measure_sentences(lines, year=2023)
    assert [(r.indicator_raw, r.target.value, r.realisation.value, r.source.line) for r in rows] == [
        ("Penggunaan dana Dana terpakai", 90, 97.5, 4), ("Pelayanan informasi", 85, 70, 7)]
    # a value column between the name and the words is the table's, never part of a sentence's name
    assert find_measure_sentences(views(
        " 2 | Persentase dana terpakai | 90 | 97,5 | mencapai 97,5% melebihi target sebesar 90%"), year=2023) == []


def test_a_whole_row_stating_its_result_is_read_above_a_paragraph():
    rows = find_measure_sentences(views(
        " 4 | Pelayanan informasi realisasi 70% | masih di bawah target 85%",
        "Hal ini disebabkan oleh keterbatasan petugas pada 2 triwulan."), year=2023)
    assert [(r.indicator_raw, r.target.value, r.realisation.value) for r in rows] == [("Pelayanan informasi", 85, 70)]


def test_a_target_and_a_result_whose_capaian_proves_them_are_one_row_named_in_full():
    rows = find_measure_sentences(views(
        "Indeks Kepuasan Nelayan (IKN) mengukur kepuasan nelayan atas layanan pelabuhan.",
        "",
        "Pada tahun 2019, target IKN sebesar 80,00. Menurut survei akhir tahun, IKN di seluruh pelabuhan "
        "sebesar 84,00 atau 105,00% dari target tahun ini."))
    (row,) = rows
    assert row.indicator_raw == "Indeks Kepuasan Nelayan (IKN)"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (80.0, 84.0, 105.0)
    assert row.target.unit is None


def test_a_second_value_whose_percent_is_no_capaian_of_the_target_is_not_read():
    assert find_measure_sentences(views(
        "Pada tahun 2019, target IKN sebesar 80,00. Menurut survei akhir tahun, IKN di seluruh pelabuhan "
        "sebesar 84,00 atau 12,00% dari jumlah responden.")) == []


def test_a_result_then_its_target_in_the_next_sentence_that_refers_back_to_it():
    # the value first, then 'Angka ini bila dibandingkan dengan target ...': the capaian (a less-is-better one,
    # 2 - realisasi / target) proves which is which
    (row,) = find_measure_sentences(views(
        "Angka kejadian diare balita menurut catatan puskesmas pada tahun 2022 sebesar 12 per 1000 balita. "
        "Angka ini bila dibandingkan dengan target daerah sebesar 15 per 1000 balita maka sudah melampaui target "
        "dengan capaian kinerja sebesar 120,00 dan kategori sangat tinggi."))
    assert row.indicator_raw == "Angka kejadian diare balita"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (15.0, 12.0, 120.0)


def test_a_target_of_the_plans_last_year_referred_back_to_is_not_the_years():
    # (a guard: read as the year's result, the Renstra's last target would give a wrong row)
    assert find_measure_sentences(views(
        "Persentase jalan mantap kabupaten pada tahun 2022 sebesar 80,00%. Realisasi ini jika dibandingkan dengan "
        "target akhir Renstra sebesar 85,00% maka capaian kinerja sebesar 94,12%.")) == []


def test_a_count_noun_the_unit_list_lacks_is_the_unit_when_both_values_carry_it():
    # 'kelurahan' and 'titik pantau' are no known units: the same word(s) after the target and after the
    # realisation make them the values' noun; 'pada' and 'sebanyak' are filler before a count
    rows = find_measure_sentences(views(
        "1. Persentase kelurahan bebas sampah liar ditargetkan pada 12 kelurahan terealisasi sebanyak 9 kelurahan "
        "dengan tingkat capaian sebesar 75,00.",
        "2. Indikator Jumlah lokasi pemantauan udara target 4 titik pantau, terealisir sebanyak 4 titik pantau, "
        "dengan tingkat capaian sebesar 100."))
    first, second = sorted(rows, key=lambda row: row.source.line)
    assert first.indicator_raw == "Persentase kelurahan bebas sampah liar"
    assert (first.target.value, first.realisation.value, first.achievement.value) == (12.0, 9.0, 75.0)
    assert first.target.unit == "kelurahan"
    assert second.indicator_raw == "Jumlah lokasi pemantauan udara"
    assert (second.target.value, second.realisation.value, second.achievement.value) == (4.0, 4.0, 100.0)
    assert second.realisation.unit == "titik pantau"


def test_a_word_after_the_target_alone_is_no_unit():
    # 'orang' after the realisation only: 'tahun' after the target opens another phrase, the pair is not read as counts
    # of one noun (and no other pattern holds the sentence)
    assert find_measure_sentences(views(
        "Indikator jumlah kader posyandu terlatih ditargetkan 40 tahun ini terealisasi 38 orang.")) == []


def test_a_result_sentence_whose_spaces_ocr_lost_is_read():
    # 'terealisasisebanyak', 'dengantingkat capaiansebesar100': the filler glued to the word before it
    (row,) = find_measure_sentences(views(
        "Persentase sekolah ramah anak ditargetkan pada 20 sekolah terealisasisebanyak 18 "
        "sekolahdengantingkat capaiansebesar90 ,termasuk kategori tinggi."))
    assert (row.target.value, row.realisation.value, row.achievement.value) == (20.0, 18.0, 90.0)


def test_a_list_heading_restated_by_its_sentence_names_the_indicator_once():
    (row,) = find_measure_sentences(views(
        "1. Rasio Guru Bersertifikat",
        "Rasio guru bersertifikat ditargetkan 60 % dan terealisasi 63 % dengan capaian 105,00."))
    assert row.indicator_raw == "Rasio guru bersertifikat"


def test_a_programs_pagu_and_realisation_stated_in_prose_with_a_bare_share_are_a_budget_row():
    # 'Program X ... dengan anggaran Rp A dan realisasi Rp R atau P': the share printed without its '%' counts when
    # R / A gives it; a second program whose share the amounts do not give is not read
    from extract.budget_sentences import find_part_sentences

    lines = views(
        "Capaian ini ditopang oleh Program Peningkatan Kualitas Jalan Desa dengan anggaran sebesar "
        "Rp 800.000.000,- dan realisasi sebesar Rp 760.000.000 atau 95,00 .",
        "",
        "Kegiatan lain didukung Program Pembinaan Olahraga Pelajar dengan anggaran sebesar Rp 400.000.000 dan "
        "realisasi sebesar Rp 300.000.000 atau 80,00 .")
    rows = find_part_sentences(lines, year=2019)
    assert [(r.name, r.allocation.value, r.realisation.value, r.percent.value) for r in rows] == [
        ("Program Peningkatan Kualitas Jalan Desa", 800_000_000, 760_000_000, 95.0)]


def test_a_programs_name_on_the_lines_before_a_long_paragraphs_cut_is_found():
    # a stretch of prose without blank lines is read in runs of lines: the run holding the amounts may open inside
    # the sentence, the program's name on the lines before it; the sentence before names another year, its stop
    # printed after a space ('92,50 .')
    from extract.budget_sentences import find_part_sentences
    from extract.sentences import MAX_PARAGRAPH_LINES

    filler = ["Uraian capaian kinerja urusan ini dijelaskan pada bagian berikut dengan rinci"] * (MAX_PARAGRAPH_LINES - 3)
    lines = views(
        *filler,
        "Rata-rata capaian tahun 2014-2016 sebesar 92,50 . Hasil ini ditopang oleh Program",
        "Pengelolaan Air Limbah Domestik dengan kegiatan pembangunan IPAL komunal",
        "dan sarana sanitasi dengan",
        "total anggaran sebesar Rp 548.000.000,- dan realisasi sebesar Rp.499.471.900 atau 91,14 .")
    (row,) = find_part_sentences(lines, year=2019)
    assert row.name == "Program Pengelolaan Air Limbah Domestik"
    assert (row.allocation.value, row.realisation.value, row.percent.value) == (548_000_000, 499_471_900, 91.14)


def test_a_budget_sentence_naming_what_the_money_was_for_is_a_row_not_the_documents_total():
    # a mid-report page states the pagu of one indicator's actions ('b. Membangun ...') or of a kegiatan named in
    # lower case: a budget row, and no statement of the report's whole budget
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document

    for sentence, name in (
            ("Langkah yang ditempuh untuk indikator ini: a. Melatih guru di desa terpencil b. Membangun ruang "
             "belajar, menyediakan meja dan kursi siswa denganjumlahanggaransebesar Rp. 5.000.000.000,- dan "
             "realisasi Rp.4.250.000.000,- atau 85,00 dengan sisa dana 750.000.000,-",
             "Membangun ruang belajar, menyediakan meja dan kursi siswa"),
            ("Kegiatan penataan taman kota dengan jumlah anggaran sebesar Rp. 2.000.000.000,- dan realisasi "
             "Rp. 1.900.000.000,- atau 95,00 persen.", "Kegiatan penataan taman kota")):
        text = f"LAPORAN KINERJA PEMERINTAH KABUPATEN CONTOH TAHUN 2016\n\n{sentence}\n"
        lines, pages = lines_from_text(text)
        result = extract_document(LocatedText("contoh.txt", "d", lines, pages))
        (row,) = result.built.budgets
        assert (row["name"], row["percent"]) == (name, float(sentence.split("atau ")[1][:5].replace(",", ".")))
        assert result.document["total_allocation"] is None
    # the whole budget stated without naming a purpose stays the report's total
    text = ("LAPORAN KINERJA PEMERINTAH KABUPATEN CONTOH TAHUN 2016\n\n"
            "Anggaran sebesar Rp. 2.000.000.000,- terealisasi sebesar Rp. 1.900.000.000,- atau 95,00%.\n")
    lines, pages = lines_from_text(text)
    result = extract_document(LocatedText("contoh.txt", "d", lines, pages))
    assert result.built.budgets == [] and result.document["total_allocation"] == 2_000_000_000


def narrow(*sentences: str, width: int = 16) -> list[str]:
    """Sentences printed in a narrow column: each wrapped at `width` characters, one after the other."""
    import textwrap

    return [line for sentence in sentences for line in textwrap.wrap(sentence, width)]


def test_a_result_sentence_wrapped_in_a_narrow_column_gives_its_row():
    # a two-column page prints the sentence over a dozen short lines: a run of 8 lines would cut it before its
    # realisation
    column = narrow("Indikator persentase ruas jalan desa dan jalan lingkungan permukiman yang berada dalam "
                    "kondisi mantap dengan target sebesar 80%, dan terealisasi sebesar 76% dengan capaian 95%.")
    assert len(column) >= 12
    (row,) = find_measure_sentences(views(*column))
    assert row.indicator_raw == "persentase ruas jalan desa dan jalan lingkungan permukiman yang berada dalam kondisi mantap"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (80, 76, 95)


def test_neighbouring_sentences_in_a_narrow_column_keep_their_own_values():
    # two results, and a third sentence with a target but no realisation, wrapped narrow in one stretch: each
    # row takes its own sentence's values, and the sentence without a realisation lends none to its neighbour
    column = narrow(
        "Pada tahun ini kegiatan pembinaan berjalan sesuai jadwal yang ditetapkan bersama mitra kerja.",
        "Indikator persentase sekolah yang terakreditasi dengan target 70%, terealisasi 72% dengan capaian 102%.",
        "Indikator jumlah pelatihan guru yang dilaksanakan ditargetkan 12 kali.",
        "Realisasi kegiatan lain mencapai 9 kali pada semester kedua.",
        "Indikator rasio guru terhadap murid dengan target 90%, terealisasi 81% dengan capaian 90%.")
    rows = find_measure_sentences(views(*column))
    assert [(r.indicator_raw, r.target.value, r.realisation.value) for r in rows] == [
        ("persentase sekolah yang terakreditasi", 70, 72), ("rasio guru terhadap murid", 90, 81)]


def test_a_budget_sentence_wrapped_in_a_narrow_column_gives_pagu_and_realisation():
    column = narrow("Pada tahun 2022 pagu anggaran dinas sebesar Rp 4.250.000.000,- dan dari pagu tersebut "
                    "terealisasi sebesar Rp 4.011.500.000,- atau 94,39%.")
    (sentence,) = find_budget_sentences(views(*column))
    assert (sentence.allocation.value, sentence.realisation.value) == (4_250_000_000, 4_011_500_000)
    assert sentence.percent.value == 94.39


def test_a_run_of_wide_prose_ends_with_a_sentence_not_inside_the_next():
    # a stretch of wide prose without blank lines: its result sentence opens on the 7th line and ends on the
    # 10th; a run of 8 lines counted from the stretch's first line would cut it before its realisation
    filler = ["Bagian ini menguraikan capaian kinerja urusan pekerjaan umum selama satu tahun anggaran."] * 6
    rows = find_measure_sentences(views(
        *filler,
        "Selanjutnya pada indikator persentase panjang saluran irigasi dalam kondisi baik",
        "dengan target sebesar 85%, dan",
        "terealisasi sebesar 88% dengan capaian 103,5%. Hasil ini dicapai melalui kegiatan",
        "rehabilitasi jaringan irigasi di seluruh kecamatan."))
    (row,) = rows
    assert row.indicator_raw == "persentase panjang saluran irigasi dalam kondisi baik"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (85, 88, 103.5)


def test_each_lines_narrow_window_is_told_as_is_narrow_tells_its_eight_lines():
    # narrow_starts answers is_narrow for every line's window at once; a window near the end is cut short
    from extract.sentences import MAX_PARAGRAPH_LINES, is_narrow, narrow_starts

    texts = ["Capaian kinerja", "", "tahun ini", "  ", "melampaui target yang ditetapkan dalam perjanjian kinerja " * 3,
             "x", "", "sebesar", "97,5 persen.", "", "", "", "Uraian kegiatan yang dilaksanakan " * 4, "", "ok"]
    assert narrow_starts(texts) == [is_narrow(texts[i:i + MAX_PARAGRAPH_LINES]) for i in range(len(texts))]
    assert narrow_starts(["", "  "]) == [False, False]  # blank lines hold no prose, narrow or wide
    assert narrow_starts([]) == []


def test_a_line_ends_a_sentence_on_its_stop_or_a_quote_or_bracket_after_it():
    from extract.sentences import ends_sentence

    assert ends_sentence("target tercapai.") and ends_sentence('demikian laporan ini."  ') \
        and ends_sentence("(lihat Tabel 3.1.)") and ends_sentence("berhasil!\n")
    # 'sebesar Rp.' and 'No.' run on to what follows; a line ending on a word or a comma ends no sentence
    assert not ends_sentence("pagu sebesar Rp.") and not ends_sentence("Peraturan No.") \
        and not ends_sentence("realisasi anggaran,") and not ends_sentence("") and not ends_sentence("  ")


def test_a_budget_sentence_is_read_with_its_amounts_printed_without_rp_or_with_look_alike_digits():
    # the pagu is any Rupiah amount of a million or more the prose prints: without 'Rp', with OCR's letters for
    # digits, or after 'Rp' without separators; a paragraph with only a year and a rate states none
    def read(text: str):
        return [(s.allocation.value, s.realisation.value if s.realisation else None)
                for s in find_budget_sentences(views(text))]

    assert read("Pada tahun 2023 pagu anggaran sebesar 4.125.880.000 dan terealisasi 4.010.221.340 atau 97,20%.") == [
        (4_125_880_000, 4_010_221_340)]
    assert read("Pada tahun 2023 pagu anggaran sebesar Rp 4.l25.88O.OOO dan terealisasi Rp4010221340.") == [
        (4_125_880_000, 4_010_221_340)]
    assert read("Pada tahun 2023 penyerapan anggaran mencapai 97,20% dari pagu yang ditetapkan.") == []


def test_a_comparison_word_with_dari_before_the_target():
    above, below = find_measure_sentences(views(
        "Indikator indeks kualitas air sungai tahun 2024 mencapai 61,4 melebihi dari target yang ditetapkan 58,0.",
        "",
        "Persentase sekolah yang terakreditasi baik mencapai 72% masih di bawah dari target 80%."), year=2024)
    assert (above.target.value, above.realisation.value) == (58.0, 61.4)
    assert (below.indicator_raw, below.target.value, below.realisation.value) == (
        "Persentase sekolah yang terakreditasi baik", 80.0, 72.0)


def test_list_items_stating_a_kegiatan_pagu_and_realisation_are_budget_rows_and_no_report_total():
    from extract.budget_sentences import confirmed_budget_sentence, find_item_sentences

    lines = views(
        "b. Program Peningkatan Sarana Aparatur, dengan kegiatan sebagai berikut:",
        "1). Pengadaan kendaraan dinas Dengan jumlah dana sebesar Rp. 400.000.000,00 dan telah terealisasi sebesar Rp.",
        "380.000.000,00atau 95,00%.",
        "Indikator Output adalah Tersedianya kendaraan operasional",
        "2). Pemeliharaan gedung kantor dengan pagu anggaran sebesar Rp. 250.000.000,00 dan telah terealisasi "
        "sebesar Rp. 200.000.000,00 atau80,00 %.",
        "3). Rapat koordinasi dengan pagu anggaran sebesar Rp. 100.000.000,00 dan telah terealisasi sebesar "
        "Rp. 90.000.000,00 atau 75,00%.")
    rows = find_item_sentences(lines, year=2016)
    assert [(r.name, r.level, r.allocation.value, r.realisation.value, r.percent.value, r.source.line) for r in rows] == [
        ("Pengadaan kendaraan dinas", "kegiatan", 400_000_000, 380_000_000, 95.0, 2),
        ("Pemeliharaan gedung kantor", "kegiatan", 250_000_000, 200_000_000, 80.0, 5)]  # 90 / 100 is no 75%
    # a kegiatan's pagu is never the report's total
    assert confirmed_budget_sentence(lines, year=2016) is None
    assert find_budget_sentences(lines, year=2016) == []


def test_a_lettered_statement_of_the_year_budget_is_no_list_item_and_stays_the_total():
    from extract.budget_sentences import find_item_sentences

    lines = views("a. Pada tahun 2016 dengan pagu anggaran sebesar Rp. 5.000.000.000,00 dan telah terealisasi "
                  "sebesar Rp. 4.500.000.000,00 atau 90,00%.")
    assert find_item_sentences(lines, year=2016) == []
    (sentence,) = find_budget_sentences(lines, year=2016)
    assert sentence.allocation.value == 5_000_000_000


def test_a_target_introduced_by_any_verb_of_setting_it():
    # 'ditetapkan' was read, 'ditentukan' / 'diperjanjikan' (the same statement in other words) were not
    below, realised = find_measure_sentences(views(
        "Untuk indikator persentase rumah tangga dengan akses air minum, pada tahun 2021 terealisasi 84,10% atau "
        "belum mencapai target yang ditentukan 86,40%.",
        "",
        "Indikator jumlah pelatihan aparatur terealisasi 14 kegiatan dari target yang telah diperjanjikan yaitu "
        "12 kegiatan."), year=2021)
    assert (below.target.value, below.realisation.value) == (86.4, 84.1)
    assert (realised.indicator_raw, realised.target.value, realised.realisation.value) == (
        "jumlah pelatihan aparatur", 12.0, 14.0)


def test_an_older_lakip_calls_the_target_the_plan_and_may_say_the_capaian_first():
    planned, first = find_measure_sentences(views(
        "1. Tingkat kehadiran pegawai pada apel pagi terealisasi 96,5% dari rencana 95%.",
        "",
        "2. Tingkat penyelesaian sengketa kepegawaian, persentase pencapaian rencana sebesar 250% atau teralisir "
        "25% dari rencana sebesar 10%."), year=2010)
    assert (planned.indicator_raw, planned.target.value, planned.realisation.value) == (
        "Tingkat kehadiran pegawai pada apel pagi", 95.0, 96.5)
    assert (first.indicator_raw, first.target.value, first.realisation.value, first.achievement.value) == (
        "Tingkat penyelesaian sengketa kepegawaian", 10.0, 25.0, 250.0)
    # a capaian said first that realisasi / target does not give makes no statement of the three
    assert find_measure_sentences(views(
        "3. Tingkat penyelesaian sengketa kepegawaian, persentase pencapaian rencana sebesar 180% atau teralisir "
        "25% dari rencana sebesar 10%."), year=2010) == []
    # ... nor when a capaian after the target does: the one said first must
    assert find_measure_sentences(views(
        "3. Tingkat penyelesaian sengketa kepegawaian, persentase pencapaian rencana sebesar 180% atau teralisir "
        "25% dari rencana sebesar 10% dengan capaian 250%."), year=2010) == []
    # 'rencana' elsewhere is no target
    assert find_measure_sentences(views(
        "4. Tingkat kehadiran pegawai terealisasi 96,5% sesuai rencana kerja tahun 2010."), year=2010) == []


def test_a_running_page_title_hides_no_sentence_opening_on_the_indicators_name():
    # the title has no full stop and is joined into the paragraph below it
    (row,) = find_measure_sentences(views(
        "Laporan Kinerja Dinas Contoh Tahun 2021",
        "Persentase jalan kabupaten dalam kondisi mantap pada tahun 2021 terealisasi 71,30% dari target 75,00%."),
        year=2021)
    assert (row.indicator_raw, row.target.value, row.realisation.value, row.source.line) == (
        "Persentase jalan kabupaten dalam kondisi mantap", 75.0, 71.3, 2)
    # a wrapped sentence's line runs near the margin: its next line is no sentence of its own
    assert find_measure_sentences(views(
        "Pada tahun ini pemerintah daerah terus berupaya meningkatkan kualitas jalan sebagaimana tercatat dalam",
        "Persentase jalan kabupaten dalam kondisi mantap terealisasi 71,30% dari target 75,00%."), year=2021) == []


def test_a_numbered_item_in_the_capaian_first_form_names_its_indicator_in_any_words():
    # 'Pegawai ...' opens no indicator's name, but the capaian proves the three numbers are one statement
    (row,) = find_measure_sentences(views(
        "2. Pegawai yang lulus diklat kepemimpinan, persentase pencapaian rencana sebesar 95% atau terealisir "
        "sebesar 19% dari rencana sebesar 20%."), year=2010)
    assert (row.indicator_raw, row.target.value, row.realisation.value, row.achievement.value) == (
        "Pegawai yang lulus diklat kepemimpinan", 20.0, 19.0, 95.0)
    # without the capaian that proves it, such an item is not read
    assert find_measure_sentences(views(
        "2. Pegawai yang lulus diklat kepemimpinan terealisir sebesar 19% dari rencana sebesar 20%."), year=2010) == []


def test_a_result_named_by_initials_with_its_target_and_capaian_in_the_sentences_after_it():
    def page(whose: str = "yang ditetapkan untuk Tahun 2021", capaian: str = "103,35%"):
        return paragraph_lines(
            "Laporan Kinerja Kota Contoh Tahun 2021\n"
            "Karena pembatasan kegiatan selama pandemi, target IDG diturunkan dari angka tahun sebelumnya menjadi\n"
            "70,10. Realisasi IDG Kota Contoh Tahun 2021 72,45, lebih rendah dari tahun 2020 yang sebesar 73,02.\n"
            f"Jika dibandingkan dengan target {whose} sebesar 70,10 maka target tersebut\n"
            f"terlampaui dengan capaian kinerja {capaian}, sedangkan terhadap target akhir RPJMD capaiannya 98,50%.\n"
            "Pada tahun-tahun sebelumnya nilai indeks ini terus mengalami kenaikan yang cukup berarti bagi daerah.")

    (row,) = find_measure_sentences(page(), year=2021)
    assert (row.indicator_raw, row.target.value, row.realisation.value, row.achievement.value) == (
        "IDG", 70.1, 72.45, 103.35)
    # a capaian the pair does not give, or the plan's last year's target, proves nothing
    assert find_measure_sentences(page(capaian="110,00%"), year=2021) == []
    assert find_measure_sentences(page(whose="akhir periode"), year=2021) == []


def test_a_pages_running_title_does_not_push_a_result_past_a_run_of_prose():
    # three title lines over eight lines of wide prose: counted with them, the run would end before the capaian
    lines = paragraph_lines(
        "Halaman 41 - Laporan Kinerja Instansi Pemerintah Kota Contoh Tahun 2021\n"
        "Hal. 41\n"
        "LKjIP Kota Contoh 2021\n"
        "Pembatasan kegiatan masyarakat selama tahun berjalan membuat pemerintah kota menurunkan sejumlah\n"
        "sasaran, sehingga target IDG diturunkan dari angka tahun sebelumnya menjadi 70,10 dengan harapan\n"
        "tetap dapat dicapai. Realisasi IDG Kota Contoh Tahun 2021 72,45, lebih rendah dari tahun 2020 yang\n"
        "sebesar 73,02 karena beberapa program pemberdayaan perempuan tidak dapat dilaksanakan sepenuhnya di\n"
        "lapangan. Jika dibandingkan dengan target yang ditetapkan untuk Tahun 2021 sebesar 70,10 maka target\n"
        "tersebut terlampaui dengan capaian kinerja 103,35%, sedangkan terhadap target akhir RPJMD capaiannya\n"
        "sebesar 98,50% dan masih perlu ditingkatkan lagi pada tahun-tahun berikutnya oleh seluruh perangkat\n"
        "daerah yang terkait.")
    (row,) = find_measure_sentences(lines, year=2021)
    assert (row.indicator_raw, row.target.value, row.realisation.value, row.achievement.value) == (
        "IDG", 70.1, 72.45, 103.35)


def test_dari_rencana_wrapped_over_two_lines_is_still_the_target():
    (row,) = find_measure_sentences(paragraph_lines(
        "1. Tingkat kehadiran pegawai pada apel pagi dan upacara hari besar nasional terealisasi 96,5% dari\n"
        "rencana 95%."), year=2010)
    assert (row.target.value, row.realisation.value) == (95.0, 96.5)


def test_a_compared_results_name_leaves_out_the_indicators_number_and_the_year():
    (row,) = find_measure_sentences(views(
        "Untuk indikator kinerja nomor 3 persentase rumah tangga dengan akses air minum, pada tahun 2021 terealisasi "
        "84,10% atau belum mencapai target 86,40%."), year=2021)
    assert row.indicator_raw == "persentase rumah tangga dengan akses air minum"


def test_years_after_a_decimal_are_the_values_unit_not_a_year():
    # years of schooling or life expectancy: 'tahun' after a decimal measures it; 'tahun 2016' after a value names
    # the year the sentence speaks of and is no unit
    (row,) = find_measure_sentences(views(
        "Target indikator kinerja Angka Harapan Hidup warga kota adalah 71,20 Tahun, terealisasi 71,56 tahun "
        "dengan capaian sebesar 100,51."))
    assert (row.target.value, row.realisation.value, row.achievement.value) == (71.2, 71.56, 100.51)
    assert row.target.unit == row.realisation.unit == "tahun"
    from extract.sentences import _VALUE
    import re
    assert re.match(_VALUE, "9,5 tahun,").group(0) == "9,5 tahun"
    assert re.match(_VALUE, "9,5 tahun 2016").group(0) == "9,5"
    assert re.match(_VALUE, "12 tahun").group(0) == "12"  # a count of years stays a bare number here


def test_a_second_measure_in_brackets_after_a_value_is_passed_over():
    # the length or count a percentage stands for, printed in brackets after it, is neither the next value nor the
    # capaian
    first, second = find_measure_sentences(views(
        "Indikator persentase saluran drainase dalam kondisi baik target 70% (84 km) terealisasi 75% (90 km) "
        "dengan capaian 107,14%.",
        "",
        "Indikator kinerja Persentase desa bebas banjir target 40 dapat terealisasi sebesar 42 (21 desa) dengan "
        "tingkat capaian sebesar 105,00."))
    assert (first.target.value, first.realisation.value, first.achievement.value) == (70, 75, 107.14)
    assert (second.target.value, second.realisation.value, second.achievement.value) == (40, 42, 105)


def test_a_value_glued_to_its_realisation_or_capaian_word_is_read():
    # a text export drops the space between a keyword and its number
    first, second = find_measure_sentences(views(
        "Target indikator kinerja Persentase balita gizi baik adalah sebesar 88,10, terealisasi90,20 dengan "
        "tingkat capaian 102,38.",
        "",
        "Target indikator kinerja Persentase ibu hamil diperiksa adalah sebesar 95,00, terealisasi 96,90 dengan "
        "tingkat capaian102,00."))
    assert (first.target.value, first.realisation.value, first.achievement.value) == (88.1, 90.2, 102.38)
    assert (second.realisation.value, second.achievement.value) == (96.9, 102.0)


def test_the_year_a_result_is_for_may_stand_between_its_target_and_realisation():
    for between in ("pada tahun 2019", "sampai dengan akhir tahun 2019", "sampai dengan akhir tahun", "hingga tahun 2019"):
        (row,) = find_measure_sentences(views(
            f"Indikator Rasio puskesmas per satuan penduduk dengan target 3,20 {between} terealisasi 3,45."), year=2019)
        assert (row.target.value, row.realisation.value) == (3.2, 3.45), between
    (row,) = find_measure_sentences(views(
        "Target indikator kinerja Rasio puskesmas per satuan penduduk adalah sebesar 3,20, tercapai realisasi "
        "sebesar 3,45."), year=2019)
    assert (row.target.value, row.realisation.value) == (3.2, 3.45)
    # another year's result stays unread
    assert find_measure_sentences(views(
        "Indikator Rasio puskesmas per satuan penduduk dengan target 3,20 pada tahun 2017 terealisasi 3,45."),
        year=2019) == []


def test_a_result_compared_with_its_target_is_read_when_the_capaian_proves_it():
    text = ("Dari hitungan itu diperoleh Persentase arsip daerah yang tertata rapi sebesar 84, sehingga jika "
            "dibandingkan dengan target sebesar 80 maka pencapaian indikator kinerja program sebesar {a} dengan "
            "predikat baik.")
    (row,) = find_measure_sentences(views(text.format(a="105")), year=2016)
    assert row.indicator_raw == "Persentase arsip daerah yang tertata rapi"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (80, 84, 105)
    # a comparison whose capaian the two values do not give names no target of this result
    assert find_measure_sentences(views(text.format(a="92")), year=2016) == []


def test_capaian_wordings_after_the_realisation_and_a_key_indicators_target_opening():
    for capaian in ("dan capaian 105", "dan tingkat capaian 105", "dengan capaian kinerja IKU sebesar 105"):
        (row,) = find_measure_sentences(views(
            f"Target indikator kinerja Persentase arsip daerah yang tertata rapi adalah sebesar 80, terealisasi 84 "
            f"{capaian}, termasuk kategori baik."), year=2016)
        assert (row.target.value, row.realisation.value, row.achievement.value) == (80, 84, 105), capaian
    (row,) = find_measure_sentences(views(
        "Target IKU Persentase arsip daerah yang tertata rapi adalah sebesar 80, terealisasi 84."), year=2016)
    assert (row.target.value, row.realisation.value) == (80, 84)


def test_a_capaian_in_the_next_sentence_is_taken_when_the_values_give_it():
    text = ("Target indikator kinerja Persentase arsip daerah yang tertata rapi adalah sebesar 80, terealisasi 84. "
            "Berdasarkan realisasi tersebut maka capaian kinerja sebesar {a} sehingga sasaran tercapai.")
    (row,) = find_measure_sentences(views(text.format(a="105")), year=2016)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (80, 84, 105)
    (row,) = find_measure_sentences(views(text.format(a="97")), year=2016)
    assert row.achievement is None  # not realisasi / target: no capaian of this pair


def test_target_first_sentences_opened_by_target_kinerja_or_a_bare_target():
    # 'Target kinerja <name>', the realisation restating the name, the capaian in a 'Dengan demikian' sentence
    (row,) = find_measure_sentences(views(
        "Target kinerja Angka kelulusan siswa sekolah dasar pada tahun 2016 adalah sebesar 90, sedangkan realisasi "
        "pencapaian kinerja Angka kelulusan siswa sekolah dasar adalah sebesar 93,6. Dengan demikian persentase "
        "capaian kinerja adalah sebesar 104 baik."), year=2016)
    assert row.indicator_raw == "Angka kelulusan siswa sekolah dasar"  # no 'pada tahun 2016 adalah' in the name
    assert (row.target.value, row.realisation.value, row.achievement.value) == (90, 93.6, 104)
    # a bare 'Target' before a name that opens on a measure word
    (row,) = find_measure_sentences(views(
        "Target persentase desa bebas buang air besar sembarangan tahun 2016 sebesar 60, terealisasi sebesar 66 "
        "dengan capaian kinerja sebesar 110."), year=2016)
    assert row.indicator_raw == "persentase desa bebas buang air besar sembarangan"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (60, 66, 110)
    # a bare 'Target' before any other word opens no result: 'Target tersebut ...' names no indicator
    text = "Target tersebut pada tahun 2016 adalah sebesar 60, terealisasi sebesar 66 dengan capaian 110."
    assert find_measure_sentences(views(text), year=2016) == []


def test_a_sasarans_spending_stated_as_a_share_of_the_pagu_after_it_is_a_budget_row_not_the_total():
    # the efficiency paragraph of a sasaran: 'Penggunaan dana untuk pencapaian Sasaran "X" sebesar Rp R atau P % dari
    # total pagu sebesar Rp A' - R is the spending though no realisation word names it; the % after it is a share of
    # the pagu that follows, and R / A proves it
    from extract.budget_sentences import find_part_sentences

    lines = views("Penggunaan dana untuk pencapaian Sasaran \u201cMeningkatnya Mutu Layanan Perizinan\u201d adalah sebesar "
                  "Rp. 475.000.000,- atau 95,00 % dari total pagu sebesar Rp. 500.000.000,-. Efisiensinya 5 %.",
                  "",
                  "Untuk pencapaian Sasaran Meningkatnya Kualitas Data dialokasikan pagu sebesar Rp 200.000.000 "
                  "dengan realisasi sebesar Rp 150.000.000 atau 75 %.",
                  "",
                  "Belanja pegawai sebesar Rp 90.000.000 atau 60 % dari total pagu sebesar Rp 300.000.000.")
    rows = find_part_sentences(lines, year=2020)
    assert [(r.name, r.allocation.value, r.realisation.value, r.percent.value) for r in rows] == [
        ('Sasaran "Meningkatnya Mutu Layanan Perizinan"', 500_000_000, 475_000_000, 95.0),
        ("Sasaran Meningkatnya Kualitas Data", 200_000_000, 150_000_000, 75.0)]  # 90 / 300 is 30%, not the 60% printed


def test_a_sasarans_pagu_is_no_total_of_the_report(tmp_path):
    from extract.readers import read_document
    from pipeline import extract_document

    path = tmp_path / "efisiensi.txt"
    path.write_text("LAPORAN KINERJA DINAS PERIZINAN TAHUN 2020\n\nPenggunaan dana untuk pencapaian Sasaran "
                    "\u201cMeningkatnya Mutu Layanan Perizinan\u201d adalah sebesar Rp. 475.000.000,- atau 95,00 % dari "
                    "total pagu sebesar Rp. 500.000.000,-.\n", encoding="utf-8")
    result = extract_document(read_document(path))
    assert [(b["allocation"], b["realisation"]) for b in result.built.budgets] == [(500_000_000, 475_000_000)]
    assert result.document["total_allocation"] is None


def test_a_result_opening_on_its_year_under_a_running_title():
    # the page's running title has no full stop; the line under it opens on the year, then the indicator's name
    for opening in ("Pada Tahun 2020 ", "Pada tahun 2020, ", "Tahun 2020 "):
        (row,) = find_measure_sentences(views(
            "Laporan Kinerja Kota Contoh Tahun 2020",
            opening + "Indeks Kepuasan Masyarakat ditargetkan 82 terealisasi 84,46, dengan capaian kinerja sebesar "
            "103,00%."), year=2020)
        assert row.indicator_raw == "Indeks Kepuasan Masyarakat"
        assert (row.target.value, row.realisation.value, row.achievement.value) == (82, 84.46, 103)
    # another year's result under the title is still not this year's
    assert find_measure_sentences(views(
        "Laporan Kinerja Kota Contoh Tahun 2020",
        "Pada Tahun 2019 Indeks Kepuasan Masyarakat ditargetkan 80 terealisasi 81, dengan capaian kinerja sebesar "
        "101,25%."), year=2020) == []


def test_a_bare_target_before_a_rate_or_share_opens_the_target_first_form():
    # 'Target angka ...' / 'Target prevalensi ...': the measure words of rates open an indicator's name
    (row,) = find_measure_sentences(views(
        "Target angka kematian bayi sebesar 12, terealisasi sebesar 10,5, dengan capaian sebesar 112,5%."), year=2016)
    assert row.indicator_raw == "angka kematian bayi"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (12, 10.5, 112.5)
    (row,) = find_measure_sentences(views(
        "Target Prevalensi Balita Gizi Buruk sebesar 2, terealisasi sebesar 1,6, dengan capaian sebesar 120%."),
        year=2016)
    assert row.indicator_raw == "Prevalensi Balita Gizi Buruk"
    # 'Target angka tersebut ...' names no indicator
    text = "Target angka tersebut sebesar 12, terealisasi sebesar 10,5, dengan capaian sebesar 112,5%."
    assert find_measure_sentences(views(text), year=2016) == []


def test_a_rate_or_unit_printed_after_each_value_is_the_values_unit():
    # a rate's base after each value: the values are so many per the base, not percentages
    (row,) = find_measure_sentences(views(
        "Target indikator kinerja angka kematian bayi sebesar 12 per 1.000 kelahiran hidup, terealisasi sebesar "
        "10,5 per 1.000 kelahiran hidup dengan capaian sebesar 112,5%."), year=2016)
    assert row.indicator_raw == "angka kematian bayi"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (12, 10.5, 112.5)
    assert row.target.unit == row.realisation.unit == "per 1.000 kh"
    (row,) = find_measure_sentences(views(
        "Indikator angka kesakitan demam berdarah ditargetkan 40 per 100.000 penduduk dan terealisasi 35 per "
        "100.000 penduduk."), year=2016)
    assert (row.target.value, row.realisation.value) == (40, 35)
    assert row.target.unit == "per 100.000 penduduk"
    # a length after each value
    (row,) = find_measure_sentences(views(
        "Target persentase jalan kabupaten yang dibangun sebesar 120 km, terealisasi 118 km, dengan capaian "
        "98,33%."), year=2016)
    assert (row.target.value, row.realisation.value, row.target.unit) == (120, 118, "km")


def test_list_lines_without_full_stops_each_state_their_own_result():
    # one 'name target A realisasi B' a line, no full stop between: each line is its own statement
    rows = find_measure_sentences(views(
        "Persentase rumah layak huni target 75% realisasi 70,25%",
        "Persentase desa berlistrik target 98% realisasi 99,10%",
        "Jumlah pasar rakyat yang direvitalisasi target 4 unit realisasi 3 unit"), year=2020)
    assert [(r.indicator_raw, r.target.value, r.realisation.value) for r in rows] == [
        ("Persentase rumah layak huni", 75, 70.25), ("Persentase desa berlistrik", 98, 99.1),
        ("Jumlah pasar rakyat yang direvitalisasi", 4, 3)]
    assert all(r.achievement is None for r in rows)


def test_a_rate_or_prevalence_stated_first_and_compared_with_its_target_in_the_next_sentence():
    # a prevalence named first, its target in the next sentence, the capaian (2 - realisasi / target) proving it
    (row,) = find_measure_sentences(views(
        "Prevalensi balita pendek di kabupaten ini tahun 2016 sebesar 20,5. Angka ini bila dibandingkan dengan target "
        "sebesar 25 maka sudah di bawah target dengan capaian kinerja sebesar 118."), year=2016)
    assert row.indicator_raw == "Prevalensi balita pendek"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (25, 20.5, 118)
    # a rate whose base follows each value
    text = ("Angka kematian bayi tahun 2016 sebesar 8,5 per 1.000 kelahiran hidup. Angka ini bila dibandingkan dengan "
            "target sebesar 10 per 1.000 kelahiran hidup maka capaian kinerja sebesar {a}.")
    (row,) = find_measure_sentences(views(text.format(a="115")), year=2016)
    assert (row.target.value, row.realisation.value, row.target.unit) == (10, 8.5, "per 1.000 kh")
    assert find_measure_sentences(views(text.format(a="99")), year=2016) == []  # a capaian the pair does not give


def test_a_rate_stated_first_with_its_target_and_a_word_of_comparison_in_the_next_sentence():
    # no capaian printed: the next sentence's 'di bawah target' / 'di atas target' must agree with the two values
    text = ("Dengan demikian angka kematian bayi tahun 2016 sebesar 8,5 per 1.000 kelahiran hidup. Bila dibandingkan "
            "dengan target indikator tahun 2016 yakni 10 per 1.000 kelahiran hidup, maka angka ini masih {side} "
            "target.")
    (row,) = find_measure_sentences(views(text.format(side="di bawah")), year=2016)
    assert row.indicator_raw == "angka kematian bayi"
    assert (row.target.value, row.realisation.value, row.target.unit) == (10, 8.5, "per 1.000 kh")
    assert row.achievement is None
    assert find_measure_sentences(views(text.format(side="di atas")), year=2016) == []  # the word disagrees
    # another year's target is not the year's own
    other = text.format(side="di bawah").replace("indikator tahun 2016", "indikator tahun 2015")
    assert find_measure_sentences(views(other), year=2016) == []


def test_a_percent_the_sentence_calls_reached_is_the_capaian_when_the_values_give_it():
    text = ("Jumlah pengunjung museum ditargetkan 4.000 orang terealisasi 3.800 orang, sehingga indikator kinerja "
            "sasaran ini tercapai {a}%.")
    (row,) = find_measure_sentences(views(text.format(a="95")), year=2018)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (4000, 3800, 95)
    (row,) = find_measure_sentences(views(text.format(a="88")), year=2018)
    assert row.achievement is None  # not realisasi / target: 'tercapai' alone makes it no capaian


def test_a_sentence_opening_on_a_measure_word_of_length_or_area_names_its_indicator():
    for name in ("Panjang saluran irigasi yang direhabilitasi", "Luas lahan sawah yang dicetak"):
        (row,) = find_measure_sentences(views(
            f"{name} ditargetkan 120,5 km terealisasi 114,5 km, dengan capaian 95%."), year=2018)
        assert row.indicator_raw == name
        assert (row.target.value, row.realisation.value, row.achievement.value) == (120.5, 114.5, 95)


def test_a_realisation_with_its_target_in_brackets_after_it():
    (row,) = find_measure_sentences(views(
        "Panjang tanggul sungai yang dibangun terealisasi 41,5 (target 45)."), year=2018)
    assert row.indicator_raw == "Panjang tanggul sungai yang dibangun"
    assert (row.target.value, row.realisation.value) == (45, 41.5)
    # a bracketed target after a number no word calls a realisation, with no capaian to prove it, is no result
    assert find_measure_sentences(views(
        "Panjang tanggul sungai yang dibangun sepanjang 41,5 (target 45)."), year=2018) == []


def test_a_result_set_against_its_target_after_it_is_read_when_the_capaian_proves_it():
    text = ("Indeks kepuasan pengguna jalan tol pada tahun 2018 capaiannya melebihi target yaitu 88,2 terhadap target "
            "84, dengan demikian tingkat capaiannya adalah {a}%.")
    (row,) = find_measure_sentences(views(text.format(a="105")), year=2018)
    assert row.indicator_raw == "Indeks kepuasan pengguna jalan tol"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (84, 88.2, 105)
    # no realisation word: a capaian the two values do not give makes them no pair
    assert find_measure_sentences(views(text.format(a="98")), year=2018) == []


def test_yang_menjadi_before_the_target_word_is_no_part_of_the_name():
    (row,) = find_measure_sentences(views(
        "Jumlah pengunjung taman kota yang menjadi target sebesar 52.340 orang terealisasi 49.110 orang, dengan "
        "capaian 93,83%."), year=2018)
    assert row.indicator_raw == "Jumlah pengunjung taman kota"
    assert (row.target.value, row.realisation.value) == (52340, 49110)


def test_a_sentence_opening_on_dari_and_the_target_then_the_name_and_its_realisation():
    for text in ("Dari 640 orang jumlah peserta pelatihan kerja yang menjadi target dinas terealisasi 612 orang, "
                 "dengan capaian 95,63%.",
                 "Dari 640 orang jumlah peserta pelatihan kerja yang ditargetkan terealisasi 612 orang.",
                 "Dari target 640 orang, jumlah peserta pelatihan kerja terealisasi 612 orang."):
        (row,) = find_measure_sentences(views(text), year=2018)
        assert row.indicator_raw == "jumlah peserta pelatihan kerja", text
        assert (row.target.value, row.realisation.value) == (640, 612), text
    # the nation's target is not the indicator's own
    assert find_measure_sentences(views(
        "Dari 640 orang jumlah peserta pelatihan kerja yang menjadi target nasional terealisasi 612 orang."),
        year=2018) == []


def test_a_sentence_naming_an_output_then_terealisasi_x_dari_target_y():
    (row,) = find_measure_sentences(views(
        "Rehabilitasi saluran irigasi tersier terealisasi 412 dari target 450."), year=2018)
    assert row.indicator_raw == "Rehabilitasi saluran irigasi tersier"
    assert (row.target.value, row.target.raw, row.realisation.value) == (450, "450", 412)
    # a pronoun pointing back, a budget, or a year in place of the name names no indicator
    for text in ("Kegiatan ini terealisasi 412 dari target 450.", "Belanja modal terealisasi 412 dari target 450.",
                 "Pada tahun 2018 terealisasi 412 dari target 450."):
        assert find_measure_sentences(views(text), year=2018) == [], text


def test_values_grouped_in_thousands_beside_a_capaian_percent_are_counts_not_percentages(tmp_path):
    # the '%' of the capaian is no unit of the target and realisasi: '30.192' groups thousands (30,192 km), and
    # the ratio reads alike either way, so only the grouping tells
    (row,) = find_measure_sentences(views(
        "Panjang saluran irigasi yang dipelihara ditargetkan 12.480 terealisasi 12.110, dengan capaian 97,04%."),
        year=2021)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (12_480, 12_110, 97.04)
    (row,) = find_measure_sentences(views(
        "Persentase desa tangguh bencana ditargetkan 40,5 terealisasi 42,1, dengan capaian 103,95%."), year=2021)
    assert (row.target.value, row.target.unit) == (40.5, "%")  # a decimal beside it stays a percentage

    from extract.readers import read_document
    from pipeline import extract_document

    path = tmp_path / "irigasi.txt"
    path.write_text("LAPORAN KINERJA DINAS PUPR TAHUN 2021\n\nPanjang saluran irigasi yang dipelihara ditargetkan "
                    "12.480 terealisasi 12.110, dengan capaian 97,04%.\n", encoding="utf-8")
    (out,) = extract_document(read_document(path)).built.realisations
    assert (out["target_value"], out["unit"]) == (12_480, None)


def test_a_sentence_reads_a_target_measured_in_tonnes_or_kilometres_with_the_unit_after_it_alone():
    # public-works and farming reports measure lengths, areas and weights; the unit may be printed after the target only
    (row,) = find_measure_sentences(views(
        "Jumlah hasil panen jagung ditargetkan 2.400 ton dan terealisasi 2.160, dengan capaian 90%."))
    assert (row.target.value, row.target.unit, row.realisation.value, row.achievement.value) == (2400.0, "ton", 2160.0, 90.0)


def test_an_acronym_named_result_with_equals_and_colons_is_read():
    # A summary's key-value lines: the acronym, as printed, is the indicator's name.
    first, second = find_measure_sentences(views(
        "Ringkasan hasil pengukuran kinerja:",
        "IKP = target : 78% realisasi : 80,25%",
        "Skor SPBE Dinas : target 2,6 realisasi 2,9 capaian 111,54%"))
    assert first.indicator_raw == "IKP" and (first.target.value, first.realisation.value) == (78.0, 80.25)
    assert second.indicator_raw == "Skor SPBE Dinas"
    assert (second.target.value, second.realisation.value, second.achievement.value) == (2.6, 2.9, 111.54)


def test_a_heading_word_in_capitals_before_a_colon_is_no_acronym_name():
    assert find_measure_sentences(views("CAPAIAN : target 90% realisasi 95%")) == []


def test_a_result_against_the_plans_end_target_reads_that_target_when_the_capaian_proves_it():
    # The year's realisation stated against the plan's end target, the only target given: the printed capaian
    # is realisasi / target, so the plan's target is the one the year was measured against.
    (row,) = find_measure_sentences(views(
        "2. Rasio puskesmas terhadap penduduk dengan target akhir RPJMD yaitu 0,400 dan pada tahun 2021 "
        "terealisasi 0,450 dan pencapaian terhadap target RPJMD yaitu 112,50."), year=2021)
    assert row.indicator_raw == "Rasio puskesmas terhadap penduduk"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (0.4, 0.45, 112.5)
    # a capaian the two values do not give, or another year's result, is not read
    assert find_measure_sentences(views(
        "2. Rasio puskesmas terhadap penduduk dengan target akhir RPJMD yaitu 0,400 dan pada tahun 2021 "
        "terealisasi 0,450 dan pencapaian kinerja indikator ini yaitu 98,00."), year=2021) == []
    assert find_measure_sentences(views(
        "2. Rasio puskesmas terhadap penduduk dengan target akhir RPJMD yaitu 0,400 dan pada tahun 2019 "
        "terealisasi 0,450 dan pencapaian yaitu 112,50."), year=2021) == []


def test_a_realisation_word_followed_by_its_year_then_the_value():
    (row,) = find_measure_sentences(views(
        "Persentase sekolah berakreditasi A dengan target sebesar 50%, realisasi tahun 2021 sebesar 55%, "
        "capaian 110%."), year=2021)
    assert row.indicator_raw == "Persentase sekolah berakreditasi A"
    assert (row.target.value, row.realisation.value, row.achievement.value) == (50.0, 55.0, 110.0)


def test_pronoun_result_named_by_heading_and_sub_items():
    """'Target dari indikator sasaran ini ...' names no indicator: the heading above and each sub-item do."""
    rows = find_measure_sentences(views(
        "c. Rasio ruang kelas terhadap anak usia sekolah:",
        "-SD/MI",
        "",
        "Target dari indikator sasaran ini adalah terpenuhinya ruang belajar bagi anak usia 7-12 tahun dengan target "
        "akhir RPJMD yaitu 0,250 dan pada tahun 2019 terealisasi 0,275 dan pencapaian terhadap target RPJMD yaitu "
        "110,00. -SMP/MTs Target dari indikator sasaran ini adalah terpenuhinya ruang belajar bagi anak usia 13-15 "
        "tahun dengan target akhir RPJMD yaitu 0,400 dan pada tahun 2019 terealisasi 0,360 dan pencapaian terhadap "
        "target RPJMD yaitu 90,00."), year=2019)
    assert [(r.indicator_raw, r.target.value, r.realisation.value, r.achievement.value) for r in rows] == [
        ("Rasio ruang kelas terhadap anak usia sekolah SD/MI", 0.25, 0.275, 110.0),
        ("Rasio ruang kelas terhadap anak usia sekolah SMP/MTs", 0.4, 0.36, 90.0)]


def test_pronoun_results_under_an_item_flattened_onto_one_line():
    rows = find_measure_sentences(views(
        "Analisis capaian : b. Persentase rumah layak huni: -Perkotaan Capaian indikator ini pada tahun 2020 "
        "ditargetkan 80% dan terealisasi 84% atau capaian 105%. -Perdesaan Capaian indikator ini pada tahun 2020 "
        "ditargetkan 70% dan terealisasi 63% atau capaian 90%."), year=2020)
    assert [(r.indicator_raw, r.target.value, r.realisation.value) for r in rows] == [
        ("Persentase rumah layak huni Perkotaan", 80.0, 84.0), ("Persentase rumah layak huni Perdesaan", 70.0, 63.0)]


def test_pronoun_result_without_a_heading_is_not_named():
    sentence = ("Target dari indikator sasaran ini adalah terpenuhinya ruang belajar dengan target akhir RPJMD yaitu "
                "0,250 dan pada tahun 2019 terealisasi 0,275 dan pencapaian terhadap target RPJMD yaitu 110,00.")
    assert find_measure_sentences(views("Mutu layanan pendidikan terus dijaga oleh dinas.", "", sentence),
                                  year=2019) == []
    # a heading whose own result stands between it and the sentence names that result, not this one
    assert find_measure_sentences(views(
        "a. Persentase sekolah terakreditasi", "", "Persentase sekolah terakreditasi ditargetkan 60% dan "
        "terealisasi 66%.", "", sentence), year=2019)[-1].indicator_raw == "Persentase sekolah terakreditasi"
    assert len(find_measure_sentences(views(
        "a. Persentase sekolah terakreditasi", "", "Persentase sekolah terakreditasi ditargetkan 60% dan "
        "terealisasi 66%.", "", sentence), year=2019)) == 1


def test_pronoun_plan_end_result_its_capaian_does_not_prove_is_not_read():
    # numbers whose printed capaian neither quotient gives: no row
    assert find_measure_sentences(views(
        "b. Rasio guru terhadap murid:", "-SMP", "",
        "Target dari indikator sasaran ini adalah terpenuhinya guru dengan target akhir RPJMD yaitu 0,30 dan pada "
        "tahun 2019 terealisasi 0,18 dan pencapaian terhadap target RPJMD yaitu 85,10."), year=2019) == []


def test_a_plan_end_result_of_two_ratios_is_read_on_its_words_with_the_plans_target_untrusted():
    # two ratios ('1:30' against '1:18'): reports work out a ratio's capaian by formulas of their own, so no
    # arithmetic settles the pair; the sentence names the year's realisation and its capaian, which are kept as
    # printed, and the plan's end target is kept for review (untrusted, with a note saying why)
    for rows in (find_measure_sentences(views(
            "b. Rasio guru terhadap murid:", "-SMP", "",
            "Target dari indikator sasaran ini adalah terpenuhinya guru dengan target akhir RPJMD yaitu 1:30 dan pada "
            "tahun 2019 terealisasi 1:18 dan pencapaian terhadap target RPJMD yaitu 85,10."), year=2019),
            find_measure_sentences(views(
                "3. Rasio bidan terhadap desa dengan target akhir RPJMD yaitu 1 : 2 dan pada tahun 2019 terealisasi "
                "1 : 1,5 dan pencapaian terhadap target RPJMD yaitu 91,40."), year=2019)):
        [row] = rows
        assert row.target.unit == row.realisation.unit == "ratio"
        assert not row.target.trusted and row.target.notes and row.realisation.trusted
        assert row.achievement.value in (85.1, 91.4)
    assert [r.indicator_raw for r in find_measure_sentences(views(
        "b. Rasio guru terhadap murid:", "-SMP", "",
        "Target dari indikator sasaran ini adalah terpenuhinya guru dengan target akhir RPJMD yaitu 1:30 dan pada "
        "tahun 2019 terealisasi 1:18 dan pencapaian terhadap target RPJMD yaitu 85,10."), year=2019)] == [
        "Rasio guru terhadap murid SMP"]
    # a ratio against a number, another year's result, or a capaian no report prints stays unread
    for sentence in ("yaitu 1:30 dan pada tahun 2019 terealisasi 0,18 dan pencapaian yaitu 85,10.",
                     "yaitu 1:30 dan pada tahun 2017 terealisasi 1:18 dan pencapaian yaitu 85,10.",
                     "yaitu 1:30 dan pada tahun 2019 terealisasi 1:18 dan pencapaian yaitu 850,10."):
        assert find_measure_sentences(views(f"3. Rasio guru terhadap murid dengan target akhir RPJMD {sentence}"),
                                      year=2019) == [], sentence


def test_a_list_item_pagu_and_its_realisation_without_a_printed_percent():
    from extract.budget_sentences import find_item_sentences

    lines = views(
        "Anggaran program dialokasikan untuk dua output berikut:",
        "",
        "a. Pendampingan koperasi desa dengan alokasi anggaran sebesar Rp.9.000.000,- (Sembilan Juta Rupiah) untuk "
        "30 koperasi dengan biaya per koperasi Rp.300.000,- dan telah direalisasikan sebesar Rp.8.400.000,- "
        "(Delapan Juta Empat Ratus Ribu Rupiah).",
        "",
        "b. Penyuluhan pasar rakyat dengan alokasi anggaran sebesar Rp.5.000.000,- dan telah direalisasikan sebesar "
        "Rp.6.000.000,-.",  # more spent than the pagu: no pair
        "",
        "c. Pelatihan juru parkir dengan alokasi anggaran sebesar Rp.4.000.000,-. Pada tahun berikutnya telah "
        "direalisasikan sebesar Rp.3.000.000,-.",  # the realisation is another sentence's
        "",
        "d. Pameran produk lokal dengan alokasi anggaran sebesar Rp.2.000.000,- dan tidak direalisasikan sebesar "
        "Rp.1.500.000,-.")  # what was not spent
    (row,) = find_item_sentences(lines, year=2019)
    assert (row.name, row.allocation.value, row.realisation.value, row.percent, row.source.line) == (
        "Pendampingan koperasi desa", 9_000_000, 8_400_000, None, 3)  # no % printed: none made up


def test_a_named_program_pagu_in_a_sentence_with_or_without_its_realisation():
    from extract.budget_sentences import find_named_pagu_sentences

    lines = views(
        "Berdasarkan DIPA tersebut telah disahkan Alokasi Anggaran untuk program Penguatan Layanan Desa sebesar "
        "Rp. 245.800.000,- (dua ratus empat puluh lima juta delapan ratus ribu rupiah) yang dialokasikan untuk "
        "tiga output.",
        "",
        "Pagu anggaran untuk kegiatan pembinaan usaha mikro sebesar Rp 80.000.000 dan terealisasi sebesar "
        "Rp 72.500.000.",
        "",
        "Pagu anggaran untuk kegiatan penataan arsip desa sebesar Rp 50.000.000 dan terealisasi sebesar "
        "Rp 45.000.000 atau 80,00%.",  # the printed % rejects the pair
        "",
        "Pagu anggaran untuk kegiatan lomba desa sebesar Rp 30.000.000 dengan realisasi s.d. triwulan II sebesar "
        "Rp 10.000.000.",  # a quarter's realisation: no reading
        "",
        "Pada tahun 2018 alokasi anggaran untuk program Penguatan Layanan Desa sebesar Rp 200.000.000.")  # another year
    rows = find_named_pagu_sentences(lines, year=2019)
    assert [(r.name, r.level, r.allocation.value, r.realisation and r.realisation.value, r.percent, r.source.line)
            for r in rows] == [
        ("program Penguatan Layanan Desa", "program", 245_800_000, None, None, 1),
        ("kegiatan pembinaan usaha mikro", "kegiatan", 80_000_000, 72_500_000, None, 3)]
    # an allocation a table row states is that row's
    assert find_named_pagu_sentences(lines, year=2019, stated={245_800_000.0, 80_000_000.0}) == []


def test_an_election_still_to_come_named_in_an_indicator_does_not_make_the_sentence_another_years():
    """The 2023 report of an election office measures its work towards the 2025 election ('tahapan Pilkada
    2025'): that year names the event, and no result of a later year can be reported, so the sentence is read.
    A past election's year ('pada Pemilu 2019') still marks the sentence as another year's."""
    (row,) = find_measure_sentences(paragraph_lines(
        "3. Indikator Persentase tahapan Pilkada 2025 yang dijalankan sesuai jadwal\n"
        "ditargetkan 95% dan terealisasi 97% sehingga capaian 102,11%."), year=2023)
    assert (row.target.value, row.realisation.value, row.achievement.value) == (95, 97, 102.11)
    assert find_measure_sentences(paragraph_lines(
        "Indikator Persentase partisipasi pemilih pada Pemilu 2019 ditargetkan 77% dan terealisasi 79%."),
        year=2023) == []


def test_a_summary_counting_indicators_names_the_one_after_yaitu():
    # 'Dari tujuh indikator, enam ... dan satu indikator, yaitu X, terealisasi ...': the count said before
    # 'yaitu' is no part of X's name (which then matches the table row stating the same values)
    (row,) = find_measure_sentences(views(
        "Dari tujuh indikator kinerja, enam indikator mencapai target dan satu indikator, yaitu persentase "
        "arsip dinamis yang tertata, terealisasi 88,40% dari target 95%."))
    assert row.indicator_raw == "persentase arsip dinamis yang tertata"
    assert (row.target.value, row.realisation.value) == (95.0, 88.4)


def test_a_grade_the_evaluation_gave_set_equal_to_its_target_is_the_realisation():
    # 'memperoleh predikat R, sama dengan target T': the grade obtained, then the target it equals (invented office)
    rows = find_measure_sentences(views(
        "Nilai evaluasi akuntabilitas kinerja kantor tahun 2023 memperoleh predikat B, sama dengan target B,",
        "sehingga capaian indikator ini sebesar 100%. Predikat tahun sebelumnya adalah CC."))
    assert [(r.indicator_raw, r.target.text, r.realisation.text, r.achievement.value) for r in rows] == [
        ("Nilai evaluasi akuntabilitas kinerja kantor", "B", "B", 100.0)]


def test_a_pronoun_sentence_opened_by_target_is_named_by_its_numbered_heading():
    # '3.2.2 <name>' heads the analysis; the sentence opens 'Target indikator ini ... sebesar' with no second 'target'
    rows = find_measure_sentences(views(
        "3.2.2 Jumlah kelompok pemilih pemula yang dibina",
        "",
        "Target indikator ini pada tahun 2020 sebesar 8 kelompok dan terealisasi 9 kelompok dengan capaian 112,50%."),
        year=2020)
    assert [r.indicator_raw for r in rows] == ["Jumlah kelompok pemilih pemula yang dibina"]
    assert (rows[0].target.value, rows[0].realisation.value, rows[0].achievement.value) == (8, 9, 112.5)
