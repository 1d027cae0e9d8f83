"""Unmatched rows of unreadable OCR debris are set aside for review, not written."""
from extract.records import MeasureRow, Source
from normalize.build import Built, build_measures
from normalize.numbers import parse_measure
from normalize.text_quality import (ReportWords, catalogue_words, header_years, is_acronym, is_glued_acronym,
                                     readable_share, report_words, unreadable)

# Corpus 001, Rencana Aksi table (line 4240): what Tesseract made of an indicator cell.
DEBRIS = "Tem'njnmnfimherDml&mm&:nhmumm hfimmm \"BATKTM -y Tzwujuflnpiflmmm 4 v -"


def test_words_the_report_repeats_count_as_readable():
    vocabulary = report_words(["Laporan penyelenggaraan kampanye"] * 3 + ["xqzt vvbn"])
    assert {"laporan", "penyelenggaraan", "kampanye"} <= vocabulary
    assert "xqzt" not in vocabulary and "persentase" in catalogue_words()
    assert readable_share("Persentase laporan kampanye", vocabulary) == 1.0
    assert readable_share(DEBRIS, vocabulary) < 0.3


def test_the_lazy_vocabulary_knows_the_words_the_counted_set_knows():
    # what the pipeline hands build_measures: the counts looked up per word instead of the whole set built
    lines = ["Sewa genset lelang terbuka", "sewa GENSET; lelang-terbuka", "SEWA genset 12 ok", "Arsip ok xy pleno"]
    counted, lazy = report_words(lines), ReportWords(lines)
    for word in ("sewa", "genset", "lelang", "terbuka", "arsip", "pleno", "persentase", "ok", "xy",
                 "Sewa", "genset12", "lelang-terbuka", "", "sewà"):
        assert (word in lazy) == (word in counted), word
    # printed three times, twice, once but the catalogue's, and a word of two letters however often
    assert "genset" in lazy and "lelang" not in lazy and "pleno" in lazy and "ok" not in lazy


def row(name: str, line: int) -> MeasureRow:
    return MeasureRow(indicator_raw=name, source=Source(line=line, page=4, raw="2"), target=parse_measure("2", None))


def test_debris_goes_to_review_and_readable_unknown_indicators_stay():
    built = Built()
    clean_unknown = "Jumlah rumah tangga penerima bantuan air bersih"  # no KPU catalogue id, but words
    vocabulary = report_words([clean_unknown] * 3)
    build_measures("doc", [row(DEBRIS, 4240), row(clean_unknown, 10)], built, vocabulary)
    assert [t["indicator_raw"] for t in built.targets] == [clean_unknown]
    (dropped,) = [r for r in built.review if r["action"] == "dropped"]
    assert dropped["line"] == 4240 and dropped["page"] == 4 and dropped["raw"] == DEBRIS
    assert dropped["rule"] == "unreadable_text"


def test_without_a_vocabulary_every_row_is_kept():
    built = Built()
    build_measures("doc", [row(DEBRIS, 4240)], built)
    assert len(built.targets) == 1


def test_words_shaped_like_words_pass_without_repeats():
    from normalize.text_quality import looks_like_word, unreadable
    assert all(looks_like_word(w) for w in ("kelahiran", "Kematian", "SAKIP", "puskesmas"))
    assert not any(looks_like_word(w) for w in ("Tzwujuflnpiflmmm", "hfimmm", "Dml&mm&:nhmumm", "TInformasi"))
    # another office's indicator in a short report: nothing repeats, nothing in the KPU catalogue
    assert unreadable("Angka Kematian Ibu per 100.000 kelahiran hidup", frozenset()) is None
    assert "shaped like words" in unreadable(DEBRIS, frozenset())


def test_a_short_report_keeps_rows_named_by_acronyms_it_never_repeats():
    # a one-page agreement of a social office: nothing repeats, the catalogue knows few of its words
    names = ["Jumlah PMKS yang tertangani", "Cakupan perekaman KTP-el", "Pertumbuhan PDRB", "Kasus P4GN terungkap",
             "Tingkat Pengangguran Terbuka (TPT)", "Nilai LKjIP", "Persentase KPM PKH graduasi",
             "Angka Partisipasi Murni SMPMTs", "Persentase santri Melek Al-Qur'an"]
    lines = [f"{i} {name} % 80" for i, name in enumerate(names, 1)]
    vocabulary = ReportWords(lines)
    for name in names:
        assert unreadable(name, vocabulary) is None, name
    built = Built()
    build_measures("doc", [row(name, i) for i, name in enumerate(names, 1)], built, vocabulary)
    assert [t["indicator_raw"] for t in built.targets] == names
    assert not [r for r in built.review if r["action"] == "dropped"]


def test_acronyms_do_not_carry_a_row_whose_other_words_are_debris():
    # capitals amid glyph soup: left out of the count only when every other word reads
    soup = "Tewmudnts Pamln HPU Ssrentsi PPEPFS Fwmzkh vane Lapomn 100%"
    assert all(is_acronym(w) for w in ("PMKS", "LKjIP", "SMPMTs", "(TPT)", "P4GN", "DP3AP2KB"))
    assert not any(is_acronym(w) for w in ("Ksh", "FEswmmm", "Pamln", "KPUKABUPATEN", "1S5kali", "B0fy"))
    assert "shaped like words" in unreadable(soup, ReportWords([soup]))
    assert "shaped like words" in unreadable("PMKS Jumlzh tertangnni Ksh", ReportWords([]))
    # a run of capitals with a word or two is no name either
    assert "shaped like words" in unreadable("PMKS TPKH DRBK Nilai", ReportWords([]))


def test_an_acronym_glued_to_the_next_word_reads_as_an_acronym_and_a_word():
    # a text export dropped the slashes of 'SD/MI/Paket A': the level's acronyms run into 'Paket'
    for name in ("Angka Partisipasi Kasar APK SDMIPaket A", "Angka Partisipasi Murni APM SMPMTsPaket B"):
        assert unreadable(name, ReportWords([name])) is None, name
    assert all(is_glued_acronym(w) for w in ("SDMIPaket", "SMPMTsPaket", "(SDLBPaket"))
    # one capital before a word, no word after the capitals, or a misspelt word: still not readable
    assert not any(is_glued_acronym(w) for w in ("TInformasi", "FEswmmm", "KPUKABUPATEN", "PMKSJumlzh", "Paket"))
    assert "shaped like words" in unreadable("Tewmudnts SDMIPaket Fwmzkh Lapomn", ReportWords([]))


def test_a_multi_year_header_read_as_a_row_name_goes_to_review():
    # the column heads of a five-year target table, run into the group label below them
    header = "OPD Kondisi awal 2019 2020 2021 2022 2023 RKPD ASPEK PELAYANAN UMUM Fokus Layanan Dasar"
    clean = "Rasio guru terhadap murid SD"
    built = Built()
    build_measures("doc", [row(header, 30), row(clean, 34)], built, ReportWords([header, clean]))
    assert [t["indicator_raw"] for t in built.targets] == [clean]
    (dropped,) = [r for r in built.review if r["action"] == "dropped"]
    assert dropped["rule"] == "header_text" and dropped["line"] == 30 and "2019 2020 2021" in dropped["evidence"]
    # two years are a period or a comparison, not a header
    assert header_years("Target RPJMD 2019-2023") is None and header_years("Realisasi 2021 dan 2022") is None


def test_a_one_page_agreement_of_another_office_keeps_its_acronym_rows():
    # a social office's Perjanjian Kinerja excerpt: the whole report is this table, so no word repeats
    from extract.model import LocatedText
    from extract.readers import lines_from_text
    from pipeline import extract_document
    text = """PERJANJIAN KINERJA TAHUN 2023
DINAS SOSIAL KABUPATEN WANAJAYA

No | Sasaran Strategis | Indikator Kinerja | Target
1 | Meningkatnya pelayanan sosial | Jumlah PMKS yang tertangani | 1.250 orang
2 | | Persentase KPM PKH graduasi mandiri | 12 %
3 | Meningkatnya akuntabilitas | Nilai LKjIP Dinas | 75
"""
    lines, pages = lines_from_text(text)
    built = extract_document(LocatedText("pk.txt", "d", lines, pages)).built
    assert [(t["indicator_raw"], t["target_raw"], t["line"]) for t in built.targets] == [
        ("Jumlah PMKS yang tertangani", "1.250 orang", 5), ("Persentase KPM PKH graduasi mandiri", "12 %", 6),
        ("Nilai LKjIP Dinas", "75", 7)]
    assert not [r for r in built.review if r["action"] == "dropped"]


def test_real_words_with_long_consonant_runs_or_three_vowels_in_four_are_word_shaped():
    from normalize.text_quality import looks_like_word
    # a coda before a two-letter onset ('Renstra', 'instruksi'), '-nya' after 'ng', three vowels in four
    assert all(looks_like_word(w) for w in ("Renstra", "instruksi", "Transkripsi", "berkurangnya",
                                              "pengklasifikasian", "atau", "usia", "Riau"))
    # glyph soup keeps failing: runs no syllable join explains, vowels out of proportion
    assert not any(looks_like_word(w) for w in ("Tzwujuflnpiflmmm", "hfimmm", "mrtnsk", "Eiaou", "Jumlzh"))
    for name in ("Kesesuaian Renja dengan Renstra", "Penduduk usia produktif", "Berkurangnya kawasan kumuh"):
        assert unreadable(name, ReportWords([name])) is None, name


def test_a_name_whose_ls_ocr_read_as_ones_reads_as_words():
    # OCR printed '1' for 'l' inside and at the end of words; the words are real all the same
    from normalize.text_quality import letters_for_digits, unreadable
    name = "Persentasc kehadiran pemi1ih da1am Pemi1ihan Kepa1a Desa dan Waki1 Desa"
    assert unreadable(name, frozenset()) is None
    assert letters_for_digits("Rea1isasi Tahun 2021 TW1 Covid19 abc1.500") == "Realisasi Tahun 2021 TW1 Covid19 abc1.500"
    assert letters_for_digits("waki1 jadwa1.", closing=True) == "wakil jadwal."
