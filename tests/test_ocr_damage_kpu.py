"""OCR damage met in scanned secretariat reports: misread header words, look-alike glyphs in grades
and amounts, a capaian the author miscomputed. Test text is invented for these tests."""
from __future__ import annotations

from tests.table_text import table_records


def test_a_flattened_target_list_under_a_misread_indikator_word_is_read() -> None:
    # the capital I of 'Indikator' read as a lower-case l: the one-cell-per-line PK lost every row
    text = "\n".join([
        "Tabel 2.1 Rencana Kinerja Tahunan", "", "No", "Sasaran", "lndikator Kinerja", "Target",
        "1", "Tertibnya arsip dinamis", "Persentase berkas arsip yang", "tertata sesuai klasifikasi", "85%",
        "2", "Meningkatnya kualitas data", "Persentase data kecamatan yang", "dimutakhirkan tepat waktu", "90%",
        "", "Sumber: Subbagian Umum"])
    measures, _ = table_records(text)
    assert [(m.indicator_raw, m.target.value) for m in measures] == [
        ("Persentase berkas arsip yang tertata sesuai klasifikasi", 85.0),
        ("Persentase data kecamatan yang dimutakhirkan tepat waktu", 90.0)]


def test_a_sentence_wrapped_onto_a_line_opening_with_target_is_no_header() -> None:
    # 'target ... Kinerja.' passed for a Target column over an Indikator Kinerja one; the paragraph's figure
    # below it became a target row
    text = "\n".join([
        "Penilaian mandiri kearsipan oleh Biro Umum memberikan nilai A, sama dengan",
        "target pada Rencana Kinerja.",
        "",
        "Survei kepuasan tamu dilaksanakan terhadap 60 responden dengan",
        "hasil sebesar 88,40%. Ruang tunggu dinilai paling nyaman."])
    measures, _ = table_records(text)
    assert measures == []


def test_a_grade_printed_as_a_look_alike_digit_beside_a_met_grade_is_that_grade() -> None:
    from normalize.repair import repair_from_siblings

    text = "\n".join([
        "No  Indikator Kinerja                        Target   Realisasi   Capaian",
        "1   Nilai evaluasi akuntabilitas internal      8        B           100%",
        "2   Persentase arsip tertata                   80%      84%         105%",
        "3   Nilai maturitas SPIP                       8        C           70%"])
    measures, _ = table_records(text)
    repair_from_siblings(measures)
    first, _, third = measures
    assert (first.target.text, first.target.value, first.target.unit) == ("B", None, "grade")
    assert first.target.repairs[-1].rule == "grade_read_as_digits" and first.target.repairs[-1].before == "8"
    assert third.target.text is None and third.target.value == 8  # no evidence: left as printed


def test_a_capaian_the_author_miscomputed_is_kept_and_flagged() -> None:
    from normalize.repair import repair_measure

    text = "\n".join([
        "No  Indikator Kinerja                        Target   Realisasi   Capaian",
        "1   Indeks kepuasan tamu kantor                 75       81          112,40%",
        "2   Indeks kepuasan layanan arsip               80       84          105,00%"])
    measures, _ = table_records(text)
    off, right = (repair_measure(m) for m in measures)
    assert off.achievement.value == 112.40 and not off.achievement.trusted  # 81 / 75 = 108,00: kept, flagged
    assert "108" in off.achievement.notes[-1]
    assert right.achievement.value == 105.0 and right.achievement.trusted


def test_an_amount_cut_at_a_glyph_for_a_lost_digit_is_joined_and_settled_by_its_percent() -> None:
    from normalize import numbers as N
    from normalize.repair import repair_budget

    tokens = N.lex_values("5521.002  Pengadaan arsip digital   2.4§8.300.000   2.411.500.000   97,70%")
    amount = tokens[1]
    assert (amount.kind, amount.raw, amount.reading.trusted) == ("amount", "2.4§8.300.000", False)
    text = "\n".join([
        "Kode       Kegiatan                           Pagu              Realisasi          %",
        "5521.001   Layanan arsip statis               1.210.000.000     1.190.640.000      98,40%",
        "5521.002   Pengadaan arsip digital            2.4§8.300.000     2.411.500.000      97,70%"])
    _, budgets = table_records(text)
    row = repair_budget(budgets[1])
    assert row.allocation.value == 2_468_300_000 and row.allocation.trusted
    assert row.allocation.repairs[-1].before == "2.4§8.300.000"


def test_a_lower_is_better_capaian_by_either_convention_is_not_flagged() -> None:
    from normalize.repair import repair_measure

    text = "\n".join([
        "No  Indikator Kinerja                        Target   Realisasi   Capaian",
        "1   Persentase surat yang terlambat dikirim     4%       3%          125,00%",
        "2   Persentase berkas yang dikembalikan         5%       4%          120,00%"])
    measures, _ = table_records(text)
    assert all(repair_measure(m).achievement.trusted for m in measures)
