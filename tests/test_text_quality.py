"""Unmatched rows of unreadable OCR debris are set aside for review, not written."""
from extract.records import MeasureRow, Source
from normalize.build import Built, build_measures
from normalize.numbers import parse_measure
from normalize.text_quality import ReportWords, catalogue_words, readable_share, report_words

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
